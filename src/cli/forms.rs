//! `meldcode forms check [DIR]`: reads the form files and prints every diagnostic.
//! The form module never touches the disk; this file does the reading.
use std::{
    fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

use anyhow::{Context as _, bail};

use crate::form::{self, CHOICES_FILE, Diagnostic, SET_FILE, SourceFile};

/// Subcommands of `meldcode forms`.
#[derive(Debug, clap::Subcommand)]
pub enum FormsCommand {
    /// Check every form file in DIR (the bundled forms when no DIR is given).
    Check {
        /// One set folder (with `set.toml`), or a folder of set folders with an optional
        /// `choices.toml`.
        dir: Option<PathBuf>,
    },
}

/// Runs `meldcode forms …`: exit 0 when every file is valid, 1 when any is not, 2 on a
/// usage or read error.
pub fn run(cmd: FormsCommand) -> ExitCode {
    match cmd {
        FormsCommand::Check { dir } => {
            let (sets, files, diagnostics) = match dir {
                None => {
                    let files = form::bundled_files();
                    let (sets, diags) = form::load_folder(&files);
                    (sets.len(), files.len(), diags)
                }
                Some(dir) => match read_dir_files(&dir) {
                    Ok(files) => {
                        let (sets, diags) = form::load_org_folder(&files);
                        (sets.len(), files.len(), diags)
                    }
                    Err(err) => return super::fail(&err),
                },
            };
            report(sets, files, &diagnostics)
        }
    }
}

fn report(sets: usize, files: usize, diagnostics: &[Diagnostic]) -> ExitCode {
    for d in diagnostics {
        println!("{d}");
    }
    if diagnostics.is_empty() {
        println!(
            "ok: {sets} form set{}, {files} file{}, no errors",
            plural(sets),
            plural(files)
        );
        ExitCode::SUCCESS
    } else {
        let bad: std::collections::BTreeSet<&Path> =
            diagnostics.iter().map(|d| d.file.as_path()).collect();
        println!(
            "{} error{} in {} file{}",
            diagnostics.len(),
            plural(diagnostics.len()),
            bad.len(),
            plural(bad.len())
        );
        ExitCode::from(1)
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The `.toml` files of one set folder, or of a folder of set folders plus its
/// `choices.toml`.
pub(crate) fn read_dir_files(dir: &Path) -> anyhow::Result<Vec<SourceFile>> {
    if !dir.is_dir() {
        bail!(
            "{} {}",
            crate::texts::cli::NOT_A_FOLDER_PREFIX,
            dir.display()
        );
    }
    let mut files = Vec::new();
    if dir.join(SET_FILE).is_file() {
        read_tomls(dir, &mut files)?;
    } else {
        let choices = dir.join(CHOICES_FILE);
        if choices.is_file() {
            files.push(read_one(&choices)?);
        }
        let mut subdirs = Vec::new();
        for entry in read_folder(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                subdirs.push(path);
            }
        }
        subdirs.sort();
        for sub in subdirs {
            read_tomls(&sub, &mut files)?;
        }
    }
    if files
        .iter()
        .all(|f| f.path.file_name().is_some_and(|n| n == CHOICES_FILE))
    {
        bail!(crate::texts::cli::no_form_sets_in(&format!(
            "{:?}",
            dir.display().to_string()
        )));
    }
    Ok(files)
}

/// The entries of a folder, or a Dutch error naming it.
fn read_folder(dir: &Path) -> anyhow::Result<fs::ReadDir> {
    fs::read_dir(dir).with_context(|| {
        format!(
            "{} {}",
            crate::texts::cli::CANNOT_READ_FOLDER_PREFIX,
            dir.display()
        )
    })
}

fn read_tomls(dir: &Path, out: &mut Vec<SourceFile>) -> anyhow::Result<()> {
    let mut paths = Vec::new();
    for entry in read_folder(dir)? {
        let path = entry?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == "toml") {
            paths.push(path);
        }
    }
    paths.sort();
    for path in paths {
        out.push(read_one(&path)?);
    }
    Ok(())
}

fn read_one(path: &Path) -> anyhow::Result<SourceFile> {
    let bytes = fs::read(path).with_context(|| {
        format!(
            "{} {}",
            crate::texts::cli::CANNOT_READ_FILE_PREFIX,
            path.display()
        )
    })?;
    let text = String::from_utf8(bytes)
        .with_context(|| format!("{} {}", crate::texts::cli::NOT_UTF8_PREFIX, path.display()))?;
    Ok(SourceFile::new(path, text))
}
