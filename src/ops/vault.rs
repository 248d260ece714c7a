//! Vault maintenance: check, change the passphrase, renew the key, old backups, read the
//! audit log.

use super::{OpsError, Session};
use crate::domain::DossierId;
pub use crate::storage::{AuditAction, AuditEntry, CheckReport, DossierSummary, KdfParams};

/// Checks everything in the vault (integrity, every record, the audit chain); the example
/// has nothing to check.
pub fn check(session: &mut Session) -> Result<Option<CheckReport>, OpsError> {
    match session.store.vault_mut() {
        Some(v) => Ok(Some(v.check()?)),
        None => Ok(None),
    }
}

/// Changes the vault's passphrase.
pub fn change_passphrase(session: &mut Session, old: &str, new: &str) -> Result<(), OpsError> {
    session.store.writable()?;
    match session.store.vault_mut() {
        Some(v) => Ok(v.change_passphrase(old, new)?),
        None => Ok(()),
    }
}

/// The audit log, optionally only about one dossier.
pub fn audit_log(
    session: &mut Session,
    dossier: Option<DossierId>,
) -> Result<Vec<AuditEntry>, OpsError> {
    session.store.audit_log(dossier)
}

/// The warning about the vault just opened (older than a version this computer saw), in
/// Dutch, if any.
pub fn warning(session: &Session) -> Option<String> {
    session
        .store
        .vault()
        .and_then(|v| v.warning().map(crate::storage::VaultWarning::dutch_message))
}

/// Where this computer keeps the last state it saw of each vault (to warn when one opens
/// older): `MELDCODE_STATE_DIR`, else the platform's data folder. The window and the
/// command line share it.
pub fn state_dir() -> Option<std::path::PathBuf> {
    if let Some(d) = std::env::var_os("MELDCODE_STATE_DIR") {
        return Some(std::path::PathBuf::from(d));
    }
    directories::ProjectDirs::from("nl", "Meldcode", "Meldcode Dossier")
        .map(|d| d.data_dir().join("vault-state"))
}

/// Accepts the vault just opened as the current version after its [`warning`] (the user
/// chose to go on with it): this computer no longer warns about it. Nothing to do without
/// a warning or in the example.
pub fn accept_as_current(session: &mut Session) -> Result<(), OpsError> {
    match session.store.vault_mut() {
        Some(v) if v.warning().is_some() => Ok(v.accept_as_current()?),
        _ => Ok(()),
    }
}

/// Renews the vault's data key (after a suspected leak): everything re-encrypted in one
/// transaction, the new key sealed to every user, audited. Only the eindverantwoordelijke
/// or the aandachtsfunctionaris (as for managing users). `progress` gets (done, total).
pub fn rotate_key(
    session: &mut Session,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), OpsError> {
    super::users::allowed_or(session, crate::texts::messages::VAULT_REKEY_NOT_ALLOWED)?;
    let v = session.store.vault_mut().ok_or(OpsError::Refused(
        crate::texts::messages::VAULT_REKEY_WITHOUT_VAULT,
    ))?;
    Ok(v.rotate_key(progress)?)
}

/// The vault's backups that do not open under its current key (made before a passphrase
/// change, a removed user or a key rotation: an old passphrase or a removed user still
/// opens them), oldest name first; none in the example.
pub fn stale_backups(session: &Session) -> Vec<std::path::PathBuf> {
    session
        .store
        .vault()
        .map(crate::storage::Vault::stale_backups)
        .unwrap_or_default()
}

/// Re-encrypts the stale backups made under the key this session replaced (call right
/// after [`change_passphrase`], [`rotate_key`] or [`super::users::remove`]), so old
/// passphrases and removed users no longer open them; audited. Backups from before an
/// earlier session's re-key stay stale (see [`destroy_stale_backups`]). Returns how many
/// were re-encrypted; `progress` gets (done, total) for the records of each backup.
pub fn reencrypt_stale_backups(
    session: &mut Session,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize, OpsError> {
    session.store.writable()?;
    match session.store.vault_mut() {
        Some(v) => Ok(v.reencrypt_stale_backups(progress)?),
        None => Ok(0),
    }
}

/// Deletes every stale backup (see [`stale_backups`]); audited. Only the
/// eindverantwoordelijke or the aandachtsfunctionaris, as for [`rotate_key`]. Returns how
/// many were deleted.
pub fn destroy_stale_backups(session: &mut Session) -> Result<usize, OpsError> {
    super::users::allowed_or(
        session,
        crate::texts::messages::VAULT_BACKUPS_DESTROY_NOT_ALLOWED,
    )?;
    let v = session.store.vault_mut().ok_or(OpsError::Refused(
        crate::texts::messages::VAULT_BACKUPS_WITHOUT_VAULT,
    ))?;
    Ok(v.destroy_stale_backups()?)
}

/// The tampering a check found, in Dutch, if any.
pub fn tampering(report: &CheckReport) -> Option<String> {
    report
        .tampering
        .as_ref()
        .map(crate::storage::Tampering::dutch_detail)
}
