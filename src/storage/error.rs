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
    /// The file asks for key-derivation costs beyond [`super::KdfParams::MAX`]; refused
    /// before anything is derived or allocated (it would hang or abort the program).
    #[error(
        "the vault asks for key-derivation costs beyond the limits \
         (memory {m_cost_kib} KiB, {t_cost} passes, {p_cost} lanes; at most 4 GiB, 64, 16)"
    )]
    KdfOutOfBounds {
        /// Memory asked, in KiB.
        m_cost_kib: u32,
        /// Passes asked.
        t_cost: u32,
        /// Lanes asked.
        p_cost: u32,
    },
    /// The file holds database objects a vault never has (a trigger, a view, an extra
    /// table or index) or lacks some; refused before anything is read or written.
    #[error("the vault file holds an unexpected database schema: {detail}")]
    UnexpectedSchema {
        /// Which objects differ (types and names only).
        detail: String,
    },
    /// The vault's tables do not match its sealed state: someone changed the file outside
    /// the program (a row rolled back, deleted, added or copied from elsewhere, a replayed
    /// audit head). Refused at open; reported by `check`.
    #[error("the vault was changed outside Meldcode Dossier: {0}")]
    Tampered(Tampering),
    /// No key slot for this user name.
    #[error("this vault has no user by that name")]
    UnknownUser,
    /// A user by that name already has a key slot.
    #[error("this vault already has a user by that name")]
    UserExists,
    /// The user who opened the vault cannot remove their own key slot.
    #[error("you cannot remove yourself; another user must do that")]
    CannotRemoveSelf,
    /// The passphrase does not meet the policy (see [`super::check_passphrase`]).
    #[error("the passphrase is too weak: {0}")]
    WeakPassphrase(super::policy::Weakness),
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

/// What the sealed state found changed (ids and record names, never content).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum Tampering {
    /// The sealed state record is gone.
    #[error("the sealed state is missing")]
    StateMissing,
    /// The sealed state does not open under this vault's key (replaced or damaged).
    #[error("the sealed state fails authentication")]
    StateUnreadable,
    /// The sealed state belongs to another vault.
    #[error("the sealed state belongs to another vault")]
    ForeignState,
    /// A plain header value (a counter, a reference number) differs from the sealed one.
    #[error("header value {0:?} differs from the sealed state")]
    HeaderChanged(String),
    /// A dossier the state names is gone.
    #[error("dossier {} is missing", .0.0)]
    DossierMissing(DossierId),
    /// A dossier the state does not name is there.
    #[error("dossier {} was added outside the program", .0.0)]
    DossierAdded(DossierId),
    /// A dossier holds an older revision than the sealed one.
    #[error("dossier {} was rolled back from revision {sealed} to {found}", id.0)]
    DossierRolledBack {
        /// Which dossier.
        id: DossierId,
        /// The revision the state names.
        sealed: i64,
        /// The revision in the table.
        found: i64,
    },
    /// A dossier holds a newer revision than the state (the state itself was replayed).
    #[error("dossier {} is at revision {found}, the sealed state at {sealed} (an old state was put back)", id.0)]
    DossierAhead {
        /// Which dossier.
        id: DossierId,
        /// The revision the state names.
        sealed: i64,
        /// The revision in the table.
        found: i64,
    },
    /// A dossier row is not the one this vault wrote (copied from elsewhere or altered).
    #[error("dossier {} is not the row this vault wrote (copied from elsewhere or altered)", .0.0)]
    DossierReplaced(DossierId),
    /// A record (profile, secret, audit head, users) is gone.
    #[error("record {0:?} is missing")]
    RecordMissing(String),
    /// A record the state does not name is there.
    #[error("record {0:?} was added outside the program")]
    RecordAdded(String),
    /// A record differs from the sealed one (an older copy or another vault's).
    #[error("record {0:?} is not the one this vault wrote")]
    RecordChanged(String),
    /// The audit log ends earlier than sealed (entries removed, an old head put back).
    #[error("the audit log was cut back from entry {sealed} to {found}")]
    AuditRolledBack {
        /// The last entry the state names.
        sealed: u64,
        /// The last entry in the table.
        found: u64,
    },
    /// The audit log has entries the state does not name.
    #[error(
        "the audit log has entries after {sealed} up to {found} that the program did not write"
    )]
    AuditAdded {
        /// The last entry the state names.
        sealed: u64,
        /// The last entry in the table.
        found: u64,
    },
    /// The last audit entry differs from the sealed one.
    #[error("audit entry {seq} is not the one this vault wrote")]
    AuditReplaced {
        /// Which entry.
        seq: u64,
    },
    /// The key slots differ from the sealed ones (a slot added, removed or swapped).
    #[error("the key slots differ from the sealed state")]
    SlotsChanged,
    /// The slot that opened the vault is not in the sealed list of users.
    #[error("the key slot used is not one of the vault's users")]
    SlotNotListed,
}

impl Tampering {
    /// A short Dutch description (ids and record names only).
    pub fn dutch_detail(&self) -> String {
        match self {
            Tampering::StateMissing | Tampering::StateUnreadable | Tampering::ForeignState => {
                texts::messages::VAULT_TAMPERED_SEALED_STATE.to_owned()
            }
            Tampering::HeaderChanged(_) => texts::messages::VAULT_TAMPERED_HEADER.to_owned(),
            Tampering::DossierMissing(id) => {
                texts::messages::VAULT_TAMPERED_DOSSIER_MISSING.replace("{id}", &id.0.to_string())
            }
            Tampering::DossierAdded(id) => {
                texts::messages::VAULT_TAMPERED_DOSSIER_ADDED.replace("{id}", &id.0.to_string())
            }
            Tampering::DossierRolledBack { id, .. } | Tampering::DossierAhead { id, .. } => {
                texts::messages::VAULT_TAMPERED_DOSSIER_OLD.replace("{id}", &id.0.to_string())
            }
            Tampering::DossierReplaced(id) => {
                texts::messages::VAULT_TAMPERED_DOSSIER_REPLACED.replace("{id}", &id.0.to_string())
            }
            Tampering::RecordMissing(_)
            | Tampering::RecordAdded(_)
            | Tampering::RecordChanged(_) => texts::messages::VAULT_TAMPERED_RECORD.to_owned(),
            Tampering::AuditRolledBack { .. }
            | Tampering::AuditAdded { .. }
            | Tampering::AuditReplaced { .. } => {
                texts::messages::VAULT_TAMPERED_AUDIT_LOG.to_owned()
            }
            Tampering::SlotsChanged | Tampering::SlotNotListed => {
                texts::messages::VAULT_TAMPERED_KEY_SLOTS.to_owned()
            }
        }
    }
}

impl VaultError {
    /// The message for the user interface, in Dutch.
    pub fn dutch_message(&self) -> String {
        match self {
            VaultError::WrongPassphrase => texts::messages::VAULT_WRONG_PASSPHRASE.to_owned(),
            VaultError::Corrupt { .. } => texts::messages::VAULT_CORRUPT.to_owned(),
            VaultError::TooNew { version } => {
                texts::messages::VAULT_TOO_NEW.replace("{version}", &version.to_string())
            }
            VaultError::KdfOutOfBounds {
                m_cost_kib,
                t_cost,
                p_cost,
            } => texts::messages::VAULT_KEY_DERIVATION_OUT_OF_BOUNDS
                .replace("{m}", &(u64::from(*m_cost_kib) / 1024).to_string())
                .replace("{t}", &t_cost.to_string())
                .replace("{p}", &p_cost.to_string()),
            VaultError::UnexpectedSchema { .. } => {
                texts::messages::VAULT_UNEXPECTED_SCHEMA.to_owned()
            }
            VaultError::Tampered(t) => {
                format!("{} {}", texts::messages::VAULT_TAMPERED, t.dutch_detail())
            }
            VaultError::UnknownUser => texts::messages::VAULT_USER_UNKNOWN.to_owned(),
            VaultError::UserExists => texts::messages::VAULT_USER_EXISTS.to_owned(),
            VaultError::CannotRemoveSelf => texts::messages::VAULT_CANNOT_REMOVE_SELF.to_owned(),
            VaultError::WeakPassphrase(w) => w.dutch_message(),
            VaultError::ReadOnly => texts::messages::VAULT_READ_ONLY.to_owned(),
            VaultError::DiskFull => texts::messages::VAULT_DISK_FULL.to_owned(),
            VaultError::PermissionDenied => texts::messages::VAULT_PERMISSION_DENIED.to_owned(),
            VaultError::Locked { holder } => texts::messages::VAULT_LOCKED
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
            VaultError::ChangedElsewhere => texts::messages::VAULT_CHANGED_ELSEWHERE.to_owned(),
            VaultError::Busy => texts::messages::VAULT_BUSY.to_owned(),
            VaultError::NotFound(id) => {
                texts::messages::VAULT_NOT_FOUND.replace("{id}", &id.0.to_string())
            }
            VaultError::Missing(_) => texts::messages::VAULT_MISSING.to_owned(),
            VaultError::AlreadyExists(_) => texts::messages::VAULT_ALREADY_EXISTS.to_owned(),
            VaultError::Change(_) => texts::messages::VAULT_CHANGE_REFUSED.to_owned(),
            VaultError::Io(_) | VaultError::Storage { .. } => {
                texts::messages::VAULT_READ_WRITE_FAILED.to_owned()
            }
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
            VaultError::KdfOutOfBounds {
                m_cost_kib: u32::MAX,
                t_cost: 1,
                p_cost: 1,
            },
            VaultError::UnexpectedSchema { detail: "x".into() },
            VaultError::Tampered(Tampering::DossierMissing(DossierId(2))),
            VaultError::UnknownUser,
            VaultError::UserExists,
            VaultError::CannotRemoveSelf,
        ] {
            assert!(!e.dutch_message().is_empty());
            assert_ne!(e.dutch_message(), e.to_string());
        }
    }
}
