//! Who may write a vault: our own lock file `<vault>.lock` (JSON: user, workstation, pid,
//! since, heartbeat, token) that a second opener can read, plus an operating-system lock
//! (via `fs4`) on `<vault>.lock-os` where the file system supports it. The OS lock is on
//! a separate file because Windows locks are mandatory and would hide the JSON.
//!
//! A lock is stale when its heartbeat is older than [`STALE_AFTER_MINUTES`] or when the OS
//! lock is free (its holder died). A stale lock is taken over only when asked to.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::error::{VaultError, from_io};

/// After this many minutes without a heartbeat a lock counts as stale.
pub const STALE_AFTER_MINUTES: i64 = 10;
/// The holder refreshes its heartbeat at least this often while writing.
pub const HEARTBEAT_SECONDS: i64 = 60;

/// Who holds a vault and since when, as written in `<vault>.lock`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    /// The user's name (from the profile of the holder).
    pub user: String,
    /// The holder's computer.
    pub workstation: String,
    /// The holder's process id.
    pub pid: u32,
    /// Since when it holds the lock.
    pub since: DateTime<Utc>,
    /// Last sign of life.
    pub heartbeat: DateTime<Utc>,
    /// Random token telling this holder from a later one.
    #[serde(default)]
    pub token: String,
}

impl LockInfo {
    /// Whether the heartbeat is older than [`STALE_AFTER_MINUTES`] at `now`.
    pub fn heartbeat_expired(&self, now: DateTime<Utc>) -> bool {
        now.signed_duration_since(self.heartbeat).num_minutes() >= STALE_AFTER_MINUTES
    }
}

/// The path of the JSON lock file for a vault.
pub fn lock_path(vault: &Path) -> PathBuf {
    sibling(vault, ".lock")
}

fn os_lock_path(vault: &Path) -> PathBuf {
    sibling(vault, ".lock-os")
}

pub(crate) fn sibling(vault: &Path, suffix: &str) -> PathBuf {
    let mut s = vault.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// The outcome of trying to take the lock.
pub(crate) enum Acquired {
    /// We hold it.
    Held(HeldLock),
    /// Someone else does; `stale` says whether it may be taken over.
    Other {
        /// The holder.
        holder: LockInfo,
        /// Whether the holder looks dead.
        stale: bool,
    },
}

/// A lock we hold; released on drop.
pub(crate) struct HeldLock {
    json: PathBuf,
    _os: Option<File>,
    pub(crate) info: LockInfo,
    /// Whether we took it over from a stale holder.
    pub(crate) taken_over: Option<LockInfo>,
}

/// Tries to take the lock of `vault` for `user` on `workstation`.
pub(crate) fn acquire(
    vault: &Path,
    user: &str,
    workstation: &str,
    take_over_stale: bool,
) -> Result<Acquired, VaultError> {
    let os = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(os_lock_path(vault))
        .map_err(from_io)?;
    // Where the file system has no locks, `try_lock_exclusive` errors; the JSON and its
    // heartbeat then decide alone.
    let os_free = fs4::fs_std::FileExt::try_lock_exclusive(&os).unwrap_or(true);
    let json = lock_path(vault);
    let now = Utc::now();
    let existing = read(&json);
    let mut taken_over = None;
    if let Some(holder) = existing {
        let stale = os_free || holder.heartbeat_expired(now);
        if !(stale && take_over_stale) {
            return Ok(Acquired::Other { holder, stale });
        }
        taken_over = Some(holder);
    } else if !os_free {
        // A live holder whose JSON is not written yet (or was removed).
        let holder = LockInfo {
            user: "?".to_owned(),
            workstation: "?".to_owned(),
            pid: 0,
            since: now,
            heartbeat: now,
            token: String::new(),
        };
        return Ok(Acquired::Other {
            holder,
            stale: false,
        });
    }
    let info = LockInfo {
        user: user.to_owned(),
        workstation: workstation.to_owned(),
        pid: std::process::id(),
        since: now,
        heartbeat: now,
        token: hex(&super::crypto::random_bytes::<16>()),
    };
    write(&json, &info)?;
    Ok(Acquired::Held(HeldLock {
        json,
        _os: os_free.then_some(os),
        info,
        taken_over,
    }))
}

impl HeldLock {
    /// Refreshes the heartbeat; fails with `Locked` when someone took the lock over.
    pub(crate) fn heartbeat(&mut self, force: bool) -> Result<(), VaultError> {
        self.verify()?;
        let now = Utc::now();
        if force
            || now.signed_duration_since(self.info.heartbeat).num_seconds() >= HEARTBEAT_SECONDS
        {
            let mut info = self.info.clone();
            info.heartbeat = now;
            write(&self.json, &info)?;
            self.info = info;
        }
        Ok(())
    }

    /// Fails with `Locked` when the lock file no longer names us.
    pub(crate) fn verify(&self) -> Result<(), VaultError> {
        match read(&self.json) {
            Some(current) if current.token == self.info.token => Ok(()),
            Some(holder) => Err(VaultError::Locked { holder }),
            None => Err(VaultError::ChangedElsewhere),
        }
    }
}

impl Drop for HeldLock {
    fn drop(&mut self) {
        if matches!(read(&self.json), Some(i) if i.token == self.info.token) {
            std::fs::remove_file(&self.json).ok();
        }
    }
}

fn read(path: &Path) -> Option<LockInfo> {
    let bytes = std::fs::read(path).ok()?;
    match serde_json::from_slice(&bytes) {
        Ok(info) => Some(info),
        // An unreadable lock file (half written by a crash) counts as an old lock.
        Err(_) => Some(LockInfo {
            user: "?".to_owned(),
            workstation: "?".to_owned(),
            pid: 0,
            since: DateTime::<Utc>::UNIX_EPOCH,
            heartbeat: DateTime::<Utc>::UNIX_EPOCH,
            token: String::new(),
        }),
    }
}

/// Writes the lock file atomically: temp file in the same folder, flush, rename.
fn write(path: &Path, info: &LockInfo) -> Result<(), VaultError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(from_io)?;
    let json = serde_json::to_vec_pretty(info).map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })?;
    tmp.write_all(&json).map_err(from_io)?;
    tmp.as_file().sync_all().map_err(from_io)?;
    tmp.persist(path).map_err(|e| from_io(e.error))?;
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        write!(s, "{b:02x}").ok();
        s
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn second_taker_sees_the_first_and_takes_over_only_when_stale() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("v.mdv");
        let Acquired::Held(first) = acquire(&vault, "Sanne", "pc-1", false).unwrap() else {
            panic!("first taker must get the lock");
        };
        match acquire(&vault, "Henk", "pc-2", true).unwrap() {
            Acquired::Other { holder, stale } => {
                assert_eq!(holder.user, "Sanne");
                assert!(!stale, "a live holder with a fresh heartbeat is not stale");
            }
            Acquired::Held(_) => panic!("lock taken from a live holder"),
        }
        drop(first);
        assert!(!lock_path(&vault).exists(), "released on drop");
        let Acquired::Held(_) = acquire(&vault, "Henk", "pc-2", false).unwrap() else {
            panic!("free lock must be taken");
        };
    }

    #[test]
    fn a_dead_holders_lock_is_stale_and_can_be_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let vault = dir.path().join("v.mdv");
        let old = Utc::now() - chrono::Duration::minutes(STALE_AFTER_MINUTES + 1);
        let dead = LockInfo {
            user: "Sanne".into(),
            workstation: "pc-1".into(),
            pid: 1,
            since: old,
            heartbeat: old,
            token: "t".into(),
        };
        write(&lock_path(&vault), &dead).unwrap();
        let Acquired::Other { stale: true, .. } = acquire(&vault, "Henk", "pc-2", false).unwrap()
        else {
            panic!("dead holder must be stale and not taken over unasked");
        };
        let Acquired::Held(held) = acquire(&vault, "Henk", "pc-2", true).unwrap() else {
            panic!("stale lock must be taken over when asked");
        };
        assert_eq!(held.taken_over.as_ref().unwrap().user, "Sanne");
    }
}
