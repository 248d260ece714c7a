//! Every way the vault can fail, each with a plain English message (CLI) and a Dutch one
//! (UI, via [`VaultError::dutch_message`]). Messages carry ids and paths, never names or
//! dossier text.

use std::path::PathBuf;

use rusqlite::ErrorCode;

use super::lock::LockInfo;
use crate::domain::{ChangeError, DossierId};
use crate::texts;

/// Why a vault operation failed. Every failure leaves the last committed state as it was.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// The passphrase does not unlock the vault (the key-check record did not verify).
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The file is damaged: not a vault, a damaged page, a record that fails its
    /// authentication after the passphrase was accepted, or missing tables.
    #[error("the vault file is damaged: {detail}")]
    Corrupt {
        /// What was found damaged (table and record id, never content).
        detail: String,
    },
    /// The vault was written by a newer version of the program.
    #[error("the vault was made by a newer version of Meldcode Dossier (format {version})")]
    TooNew {
        /// The vault's format version.
        version: u32,
    },
    /// The vault is open read-only, or the file cannot be written.
    #[error("the vault is read-only")]
    ReadOnly,
    /// The disk is full, a quota is reached, or the file may not grow.
    #[error("the disk is full or refused the write; nothing was changed")]
    DiskFull,
    /// The operating system refused access to the file or its folder.
    #[error("permission denied")]
    PermissionDenied,
    /// Someone else holds the vault's lock.
    #[error("the vault is in use by {} on {} since {}", holder.user, holder.workstation, holder.since.format("%Y-%m-%d %H:%M UTC"))]
    Locked {
        /// Who holds the lock.
        holder: LockInfo,
    },
    /// The vault was changed by another process since this one read it.
    #[error("the vault was changed by someone else since it was opened; reopen it")]
    ChangedElsewhere,
    /// Another process is writing right now.
    #[error("the vault is busy (another program is writing); try again")]
    Busy,
    /// No dossier with this id.
    #[error("no dossier with id {}", .0.0)]
    NotFound(DossierId),
    /// There is no vault at this path.
    #[error("no vault at {0:?}")]
    Missing(PathBuf),
    /// A vault already exists at this path.
    #[error("a file already exists at {0:?}")]
    AlreadyExists(PathBuf),
    /// The dossier refused the change.
    #[error("change refused: {0}")]
    Change(#[from] ChangeError),
    /// A file system error outside SQLite.
    #[error("input/output error: {0}")]
    Io(#[from] std::io::Error),
    /// An unexpected SQLite error (a bug, or a failing device).
    #[error("storage error: {detail}")]
    Storage {
        /// SQLite's description (no data: all values are bound parameters).
        detail: String,
    },
}

impl VaultError {
    /// The message for the user interface, in Dutch.
    pub fn dutch_message(&self) -> String {
        match self {
            VaultError::WrongPassphrase => texts::VAULT_WRONG_PASSPHRASE.to_owned(),
            VaultError::Corrupt { .. } => texts::VAULT_CORRUPT.to_owned(),
            VaultError::TooNew { version } => {
                texts::VAULT_TOO_NEW.replace("{version}", &version.to_string())
            }
            VaultError::ReadOnly => texts::VAULT_READ_ONLY.to_owned(),
            VaultError::DiskFull => texts::VAULT_DISK_FULL.to_owned(),
            VaultError::PermissionDenied => texts::VAULT_PERMISSION_DENIED.to_owned(),
            VaultError::Locked { holder } => texts::VAULT_LOCKED
                .replace("{user}", &holder.user)
                .replace("{workstation}", &holder.workstation)
                .replace(
                    "{since}",
                    &holder
                        .since
                        .with_timezone(&chrono::Local)
                        .format("%d-%m-%Y %H:%M")
                        .to_string(),
                ),
            VaultError::ChangedElsewhere => texts::VAULT_CHANGED_ELSEWHERE.to_owned(),
            VaultError::Busy => texts::VAULT_BUSY.to_owned(),
            VaultError::NotFound(id) => texts::VAULT_NOT_FOUND.replace("{id}", &id.0.to_string()),
            VaultError::Missing(_) => texts::VAULT_MISSING.to_owned(),
            VaultError::AlreadyExists(_) => texts::VAULT_ALREADY_EXISTS.to_owned(),
            VaultError::Change(_) => texts::VAULT_CHANGE_REFUSED.to_owned(),
            VaultError::Io(_) | VaultError::Storage { .. } => texts::VAULT_IO.to_owned(),
        }
    }

    pub(crate) fn corrupt(detail: impl Into<String>) -> Self {
        VaultError::Corrupt {
            detail: detail.into(),
        }
    }
}

impl From<rusqlite::Error> for VaultError {
    fn from(err: rusqlite::Error) -> Self {
        match &err {
            rusqlite::Error::SqliteFailure(e, _) => from_sqlite_code(e.code, e.extended_code, &err),
            rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::IntegralValueOutOfRange(..) => {
                VaultError::corrupt(format!("a column holds a value of the wrong type ({err})"))
            }
            rusqlite::Error::QueryReturnedNoRows => {
                VaultError::corrupt("an expected row is missing")
            }
            _ => VaultError::Storage {
                detail: err.to_string(),
            },
        }
    }
}

/// Maps an SQLite result code to a variant. Public to the crate so the mapping can be
/// tested for the codes a test cannot provoke as root (read-only files).
pub(crate) fn from_sqlite_code(
    code: ErrorCode,
    extended: std::os::raw::c_int,
    err: &dyn std::fmt::Display,
) -> VaultError {
    match code {
        ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => {
            VaultError::corrupt(format!("SQLite reports damage ({err})"))
        }
        ErrorCode::DiskFull => VaultError::DiskFull,
        ErrorCode::ReadOnly => VaultError::ReadOnly,
        ErrorCode::PermissionDenied
        | ErrorCode::CannotOpen
        | ErrorCode::AuthorizationForStatementDenied => VaultError::PermissionDenied,
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => VaultError::Busy,
        ErrorCode::SystemIoFailure => match extended {
            // A read past the end: the file was truncated.
            rusqlite::ffi::SQLITE_IOERR_SHORT_READ => {
                VaultError::corrupt("the file is shorter than its pages say (truncated)")
            }
            // A short or refused write: no space, a quota, or a file size limit.
            rusqlite::ffi::SQLITE_IOERR_WRITE | rusqlite::ffi::SQLITE_IOERR_TRUNCATE => {
                VaultError::DiskFull
            }
            _ => VaultError::Storage {
                detail: err.to_string(),
            },
        },
        _ => VaultError::Storage {
            detail: err.to_string(),
        },
    }
}

/// Maps an I/O error of our own files (lock, backups) to a variant.
pub(crate) fn from_io(err: std::io::Error) -> VaultError {
    match err.kind() {
        std::io::ErrorKind::PermissionDenied => VaultError::PermissionDenied,
        std::io::ErrorKind::ReadOnlyFilesystem => VaultError::ReadOnly,
        std::io::ErrorKind::StorageFull
        | std::io::ErrorKind::QuotaExceeded
        | std::io::ErrorKind::FileTooLarge => VaultError::DiskFull,
        _ => VaultError::Io(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Root ignores file permissions, so the tests cannot make SQLite refuse a read-only
    // file for real; the mapping of the codes it would return is checked here.
    #[test]
    fn read_only_and_permission_codes_map_to_their_variants() {
        let m = |c, x| from_sqlite_code(c, x, &"x");
        assert!(matches!(
            m(ErrorCode::ReadOnly, rusqlite::ffi::SQLITE_READONLY),
            VaultError::ReadOnly
        ));
        assert!(matches!(
            m(ErrorCode::CannotOpen, rusqlite::ffi::SQLITE_CANTOPEN),
            VaultError::PermissionDenied
        ));
        assert!(matches!(
            m(ErrorCode::PermissionDenied, rusqlite::ffi::SQLITE_PERM),
            VaultError::PermissionDenied
        ));
        assert!(matches!(
            m(ErrorCode::DiskFull, rusqlite::ffi::SQLITE_FULL),
            VaultError::DiskFull
        ));
        assert!(matches!(
            m(
                ErrorCode::SystemIoFailure,
                rusqlite::ffi::SQLITE_IOERR_WRITE
            ),
            VaultError::DiskFull
        ));
        assert!(matches!(
            m(
                ErrorCode::SystemIoFailure,
                rusqlite::ffi::SQLITE_IOERR_SHORT_READ
            ),
            VaultError::Corrupt { .. }
        ));
        assert!(matches!(
            from_io(std::io::Error::from(std::io::ErrorKind::PermissionDenied)),
            VaultError::PermissionDenied
        ));
        assert!(matches!(
            from_io(std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem)),
            VaultError::ReadOnly
        ));
        assert!(matches!(
            from_io(std::io::Error::from(std::io::ErrorKind::StorageFull)),
            VaultError::DiskFull
        ));
    }

    #[test]
    fn every_variant_has_a_dutch_message() {
        for e in [
            VaultError::WrongPassphrase,
            VaultError::corrupt("x"),
            VaultError::ReadOnly,
            VaultError::DiskFull,
            VaultError::ChangedElsewhere,
        ] {
            assert!(!e.dutch_message().is_empty());
            assert_ne!(e.dutch_message(), e.to_string());
        }
    }
}
