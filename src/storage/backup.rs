//! Backups: the whole encrypted vault, copied with `VACUUM INTO` to a temp file in
//! `<vault>.backups/`, flushed, made private (0600, folder 0700 on Unix), then renamed
//! to `<vault file name>.<UTC time>.c<change counter>.bak`.
//!
//! The name is for people only. A backup is recognised by its sealed content: it must
//! open as a vault of the same id under the current data key and its sealed state must
//! match its tables ([`verified`]). Rotation keeps the newest by sealed generation and
//! never deletes a file it cannot recognise, so planted names cannot push real backups
//! out. Backups made under an older data key (before a passphrase change or a removed
//! user) are "stale": kept until the user re-encrypts or destroys them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use super::crypto::DataKey;
use super::error::{VaultError, from_io};
use super::lock::sibling;
use super::schema::{header_need, pinned_version};
use super::state;

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
    /// When it was taken (from the name in [`list`]; from the sealed state in
    /// [`verified`]).
    pub at: DateTime<Utc>,
    /// The vault's change counter at the time.
    pub counter: u64,
    /// The sealed state's generation (0 in [`list`], which does not open the files).
    pub generation: u64,
}

/// Every backup of `vault` by its file name, oldest first, names dated in the future
/// left out. Unverified: for display and tests; rotation uses [`verified`].
pub fn list(vault: &Path) -> Vec<BackupFile> {
    let prefix = prefix(vault);
    let Ok(entries) = std::fs::read_dir(backup_dir(vault)) else {
        return Vec::new();
    };
    let now = Utc::now();
    let mut out: Vec<BackupFile> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".bak")?;
            let (stamp, counter) = rest.split_once(".c")?;
            let at = NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%S%3fZ")
                .ok()?
                .and_utc();
            (at <= now + chrono::TimeDelta::minutes(5)).then_some(())?;
            Some(BackupFile {
                path: e.path(),
                at,
                counter: counter.parse().ok()?,
                generation: 0,
            })
        })
        .collect();
    out.sort_by(|a, b| a.at.cmp(&b.at).then(a.counter.cmp(&b.counter)));
    out
}

/// Every regular file in the backup folder (temp files aside).
fn files(vault: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(backup_dir(vault)) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Opens a backup read-only and checks it is this vault's: its sealed state opens under
/// `key` (bound to this vault's id). That is enough to recognise it (nobody without the
/// key can make one); whether its rows still match is for [`super::Vault::check`] on the
/// restored copy.
pub(crate) fn verify_file(path: &Path, key: &DataKey) -> Option<BackupFile> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
        .ok()?;
    conn.pragma_update(None, "trusted_schema", "OFF").ok()?;
    if pinned_version(&conn).ok()? != super::vault::SCHEMA_VERSION {
        return None;
    }
    let id: Vec<u8> = header_need(&conn, "vault_id").ok()?;
    if key.vault_id().map(|v| v.to_vec()) != Some(id) {
        return None;
    }
    let st = state::read(&conn, key).ok()?;
    let counter: i64 = header_need(&conn, "change_counter").ok()?;
    Some(BackupFile {
        path: path.to_owned(),
        at: st.sealed_at,
        counter: counter.cast_unsigned(),
        generation: st.generation,
    })
}

/// Every backup of `vault` that is recognised by its sealed content under `key`, oldest
/// (lowest generation) first.
pub(crate) fn verified(vault: &Path, key: &DataKey) -> Vec<BackupFile> {
    let mut out: Vec<BackupFile> = files(vault)
        .iter()
        .filter_map(|p| verify_file(p, key))
        .collect();
    out.sort_by(|a, b| a.generation.cmp(&b.generation).then(a.at.cmp(&b.at)));
    out
}

/// Files in the backup folder that are this vault's by name or by id but do not open
/// under `key` (made before a re-key, or damaged).
pub(crate) fn stale(vault: &Path, key: &DataKey) -> Vec<PathBuf> {
    let prefix = prefix(vault);
    let id = key.vault_id().map(|v| v.to_vec());
    files(vault)
        .into_iter()
        .filter(|p| verify_file(p, key).is_none())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
                || plain_vault_id(p).is_some_and(|v| Some(v) == id)
        })
        .collect()
}

fn plain_vault_id(path: &Path) -> Option<Vec<u8>> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)
        .ok()?;
    pinned_version(&conn).ok()?;
    header_need(&conn, "vault_id").ok()
}

/// Copies the vault into its backup folder and keeps the newest `keep` recognised ones.
pub(crate) fn take(
    conn: &Connection,
    vault: &Path,
    key: &DataKey,
    counter: u64,
    keep: usize,
) -> Result<PathBuf, VaultError> {
    let target = copy(conn, vault, &format!("c{counter}"))?;
    rotate(vault, key, keep, &target)?;
    Ok(target)
}

/// The backup before an upgrade; never rotated.
pub(crate) fn take_before_upgrade(
    conn: &Connection,
    vault: &Path,
    from: u32,
) -> Result<PathBuf, VaultError> {
    copy(conn, vault, &format!("format{from}"))
}

fn copy(conn: &Connection, vault: &Path, tag: &str) -> Result<PathBuf, VaultError> {
    let dir = backup_dir(vault);
    std::fs::create_dir_all(&dir).map_err(from_io)?;
    private(&dir, true);
    let now = Utc::now();
    let name = format!(
        "{}{}.{tag}.bak",
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
            private(&tmp_path, false);
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
    Ok(target)
}

/// Owner-only permissions (Unix); elsewhere the folder's ACLs decide.
fn private(path: &Path, dir: bool) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = if dir { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).ok();
    }
    #[cfg(not(unix))]
    let _ = (path, dir);
}

/// Deletes all but the newest `keep` recognised backups; never `just_written`, never a
/// file it does not recognise.
pub(crate) fn rotate(
    vault: &Path,
    key: &DataKey,
    keep: usize,
    just_written: &Path,
) -> Result<(), VaultError> {
    let all = verified(vault, key);
    let excess = all.len().saturating_sub(keep);
    for b in all.into_iter().take(excess) {
        if b.path != just_written {
            std::fs::remove_file(&b.path).map_err(from_io)?;
        }
    }
    Ok(())
}

/// Deletes every backup of this vault, recognised or stale (after a purge: they hold the
/// purged dossiers).
pub(crate) fn remove_all(vault: &Path, key: &DataKey) -> Result<(), VaultError> {
    let mut paths: Vec<PathBuf> = verified(vault, key).into_iter().map(|b| b.path).collect();
    paths.extend(stale(vault, key));
    paths.extend(list(vault).into_iter().map(|b| b.path));
    paths.sort();
    paths.dedup();
    for p in paths {
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(from_io(e)),
        }
    }
    Ok(())
}

/// Flushes a directory entry where the platform allows (not on Windows).
pub(crate) fn sync_dir(dir: &Path) {
    std::fs::File::open(dir).and_then(|f| f.sync_all()).ok();
}
