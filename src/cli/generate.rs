//! `meldcode generate man|completions SHELL|reference` (hidden): the manual pages, the shell
//! completions and the Markdown reference (`docs/cli.md`), generated from the clap
//! definitions so they never drift from the real arguments. The packaging script
//! (`scripts/build-deb.sh`) calls it on the built binary.

use std::{fs, path::Path, path::PathBuf, process::ExitCode};

use anyhow::Context as _;
use clap::CommandFactory as _;
use clap_complete::Shell;

use crate::texts::about as t;

/// What to generate.
#[derive(Debug, clap::Subcommand)]
pub enum GenerateCommand {
    /// Manual pages: `meldcode.1` and one `meldcode-SUBCOMMAND.1` per subcommand.
    Man {
        /// Folder to write the pages into (created when missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Completion script for one shell (`meldcode.bash`, `_meldcode`, `meldcode.fish`, ...).
    Completions {
        /// The shell.
        shell: Shell,
        /// Folder to write the script into (created when missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// The command-line reference in Markdown, with an example per subcommand.
    Reference {
        /// The file to write (`docs/cli.md`); standard output when not given.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Runs `meldcode generate …` and prints the path of every file written.
pub fn run(cmd: GenerateCommand) -> ExitCode {
    let written = match cmd {
        GenerateCommand::Man { out } => man(&out),
        GenerateCommand::Completions { shell, out } => completions(shell, &out),
        GenerateCommand::Reference { out: None } => {
            print!("{}", super::reference::markdown());
            return ExitCode::SUCCESS;
        }
        GenerateCommand::Reference { out: Some(out) } => {
            fs::write(&out, super::reference::markdown())
                .with_context(|| {
                    format!(
                        "{} {:?}",
                        t::GENERATE_CANNOT_WRITE,
                        out.display().to_string()
                    )
                })
                .map(|()| vec![out])
        }
    };
    match written {
        Ok(paths) => {
            for p in paths {
                println!("{}", p.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => super::fail(&err),
    }
}

/// The command tree as the user sees it: `build()` names each subcommand with its full path.
pub(crate) fn command() -> clap::Command {
    let mut cmd = super::Args::command();
    cmd.build();
    cmd
}

fn create(out: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(out).with_context(|| {
        format!(
            "{} {:?}",
            t::GENERATE_CANNOT_WRITE,
            out.display().to_string()
        )
    })
}

fn man(out: &Path) -> anyhow::Result<Vec<PathBuf>> {
    create(out)?;
    // After `build()` each subcommand is named `meldcode-forms` and used as `meldcode forms`.
    let cmd = command();
    let pages = std::iter::once(&cmd).chain(
        cmd.get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help"),
    );
    let mut written = Vec::new();
    for page in pages {
        let man = clap_mangen::Man::new(page.clone())
            .date(crate::build_info::BUILD_DATE)
            .source(format!("meldcode {}", crate::build_info::VERSION))
            .manual("Meldcode Dossier");
        let mut bytes = Vec::new();
        man.render(&mut bytes)?;
        let path = out.join(man.get_filename());
        fs::write(&path, bytes).with_context(|| {
            format!(
                "{} {:?}",
                t::GENERATE_CANNOT_WRITE,
                out.display().to_string()
            )
        })?;
        written.push(path);
    }
    Ok(written)
}

fn completions(shell: Shell, out: &Path) -> anyhow::Result<Vec<PathBuf>> {
    create(out)?;
    let mut cmd = command();
    let path = clap_complete::generate_to(shell, &mut cmd, "meldcode", out).with_context(|| {
        format!(
            "{} {:?}",
            t::GENERATE_CANNOT_WRITE,
            out.display().to_string()
        )
    })?;
    Ok(vec![path])
}
