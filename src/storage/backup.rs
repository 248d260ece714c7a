//! Rotating backups: the whole encrypted vault, copied with `VACUUM INTO` to a temp file
//! in `<vault>.backups/`, flushed, then renamed to
//! `<vault file name>.<UTC time>.c<change counter>.bak`. The last N are kept.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::Connection;

use super::error::{VaultError, from_io};
use super::lock::sibling;

/// The backup folder of a vault.
pub fn backup_dir(vault: &Path) -> PathBuf {
    sibling(vault, ".backups")
}

fn prefix(vault: &Path) -> String {
    vault
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        + "."
}

/// A backup on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    /// Where it is.
    pub path: PathBuf,
    /// When it was taken.
    pub at: DateTime<Utc>,
    /// The vault's change counter at the time.
    pub counter: u64,
}

/// Every backup of `vault`, oldest first.
pub fn list(vault: &Path) -> Vec<BackupFile> {
    let prefix = prefix(vault);
    let Ok(entries) = std::fs::read_dir(backup_dir(vault)) else {
        return Vec::new();
    };
    let mut out: Vec<BackupFile> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".bak")?;
            let (stamp, counter) = rest.split_once(".c")?;
            let at = NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%3fZ")
                .ok()?
                .and_utc();
            Some(BackupFile {
                path: e.path(),
                at,
                counter: counter.parse().ok()?,
            })
        })
        .collect();
    out.sort_by(|a, b| a.at.cmp(&b.at).then(a.counter.cmp(&b.counter)));
    out
}

/// Copies the vault into its backup folder and keeps the newest `keep`.
pub(crate) fn take(
    conn: &Connection,
    vault: &Path,
    counter: u64,
    keep: usize,
) -> Result<PathBuf, VaultError> {
    let dir = backup_dir(vault);
    std::fs::create_dir_all(&dir).map_err(from_io)?;
    let now = Utc::now();
    let name = format!(
        "{}{}.c{counter}.bak",
        prefix(vault),
        now.format("%Y%m%dT%H%M%S%3fZ")
    );
    let target = dir.join(name);
    // `VACUUM INTO` wants a file that does not exist; reserve a unique temp name and
    // free it again. A crash leaves only a `.tmp` file, never a half backup.
    let tmp = tempfile::Builder::new()
        .prefix(".backup-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(from_io)?
        .into_temp_path();
    let tmp_path = tmp.to_path_buf();
    tmp.close().map_err(from_io)?;
    let Some(tmp_str) = tmp_path.to_str() else {
        return Err(VaultError::Storage {
            detail: format!("backup path is not valid Unicode: {}", tmp_path.display()),
        });
    };
    let result = conn
        .execute("VACUUM INTO ?1", [tmp_str])
        .map_err(VaultError::from)
        .and_then(|_| {
            std::fs::File::open(&tmp_path)
                .and_then(|f| f.sync_all())
                .map_err(from_io)
        })
        .and_then(|()| std::fs::rename(&tmp_path, &target).map_err(from_io));
    if let Err(e) = result {
        std::fs::remove_file(&tmp_path).ok();
        return Err(e);
    }
    sync_dir(&dir);
    rotate(vault, keep)?;
    Ok(target)
}

/// Deletes all but the newest `keep` backups.
pub(crate) fn rotate(vault: &Path, keep: usize) -> Result<(), VaultError> {
    let all = list(vault);
    let excess = all.len().saturating_sub(keep);
    for b in all.into_iter().take(excess) {
        std::fs::remove_file(&b.path).map_err(from_io)?;
    }
    Ok(())
}

/// Deletes every backup (after a purge: they hold the purged dossiers).
pub(crate) fn remove_all(vault: &Path) -> Result<(), VaultError> {
    for b in list(vault) {
        std::fs::remove_file(&b.path).map_err(from_io)?;
    }
    Ok(())
}

/// Flushes a directory entry where the platform allows (not on Windows).
pub(crate) fn sync_dir(dir: &Path) {
    std::fs::File::open(dir).and_then(|f| f.sync_all()).ok();
}
