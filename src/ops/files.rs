//! Writing files the user asked for: all or none, through temporary files beside their
//! targets, flushed to disk before they are renamed into place. The one writer of exports,
//! packages, certificates and preferences.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::OpsError;

/// The folder a file is written in (`.` for a bare name).
pub fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `FILE` + `.p7s`: the detached signature beside a signed DOCX.
pub fn p7s_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".p7s");
    PathBuf::from(name)
}

/// Refuses an output path that is a folder or whose folder is missing, before any work.
pub fn check_target(out: &Path) -> Result<(), OpsError> {
    if out.is_dir() || !parent(out).is_dir() {
        return Err(OpsError::Target(out.to_owned()));
    }
    Ok(())
}

/// Files written to temporary files beside their targets and flushed to disk, not yet in
/// place. Dropped without [`Staged::persist`], they are deleted.
#[derive(Debug)]
pub struct Staged {
    files: Vec<(NamedTempFile, PathBuf)>,
}

impl Staged {
    /// Writes every file to a temporary file in its target folder; on any failure the
    /// temporary files written so far are removed and nothing is in place.
    pub fn new(files: &[(PathBuf, Vec<u8>)]) -> Result<Self, OpsError> {
        let mut staged = Vec::new();
        for (path, bytes) in files {
            let dir = parent(path);
            let mut tmp = NamedTempFile::new_in(dir).map_err(OpsError::file(dir))?;
            tmp.write_all(bytes)
                .and_then(|()| tmp.as_file().sync_all())
                .map_err(OpsError::file(path))?;
            staged.push((tmp, path.clone()));
        }
        Ok(Self { files: staged })
    }

    /// The targets, in order.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|(_, p)| p.clone()).collect()
    }

    /// Renames every file into place; returns the paths written.
    pub fn persist(self) -> Result<Vec<PathBuf>, OpsError> {
        let mut written = Vec::new();
        for (tmp, path) in self.files {
            tmp.persist(&path).map_err(|e| OpsError::File {
                path: path.clone(),
                source: e.error,
            })?;
            written.push(path);
        }
        if let Some(first) = written.first()
            && let Ok(d) = std::fs::File::open(parent(first))
        {
            // Make the renames durable where the platform allows syncing a folder.
            d.sync_all().ok();
        }
        Ok(written)
    }
}

/// Writes every file, all or none: a failure leaves no half set behind.
pub fn write_all_or_none(files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>, OpsError> {
    Staged::new(files)?.persist()
}

/// Writes one file atomically; with `replace` false an existing file is refused.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), OpsError> {
    let staged = Staged::new(&[(path.to_owned(), bytes.to_owned())])?;
    if replace {
        staged.persist()?;
        return Ok(());
    }
    for (tmp, path) in staged.files {
        tmp.persist_noclobber(&path).map_err(|e| OpsError::File {
            path: path.clone(),
            source: e.error,
        })?;
    }
    Ok(())
}

/// Opens a file with the system's handler (the only process the program starts).
pub fn open_with_system(path: &Path) -> Result<(), OpsError> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(path)
        .spawn()
        .map(drop)
        .map_err(|_| OpsError::Refused(crate::texts::messages::EXPORT_OPEN_FAILED))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn a_failed_file_leaves_none_of_the_set() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("a.pdf");
        let bad = dir.path().join("missing-folder").join("b.pdf");
        let r = write_all_or_none(&[(good.clone(), b"a".to_vec()), (bad, b"b".to_vec())]);
        assert!(r.is_err());
        assert!(!good.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_new_file_does_not_replace_one() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("cert.p12");
        write_atomic(&f, b"one", false).unwrap();
        assert!(write_atomic(&f, b"two", false).is_err());
        write_atomic(&f, b"three", true).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"three");
        assert_eq!(p7s_path(Path::new("x/a.docx")), Path::new("x/a.docx.p7s"));
    }
}
