//! Vault maintenance: check, change the passphrase, read the audit log.

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

/// The tampering a check found, in Dutch, if any.
pub fn tampering(report: &CheckReport) -> Option<String> {
    report
        .tampering
        .as_ref()
        .map(crate::storage::Tampering::dutch_detail)
}
