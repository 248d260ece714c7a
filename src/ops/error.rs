//! [`OpsError`]: why an operation failed, with one Dutch message for both front ends.

use std::path::PathBuf;

use crate::domain::ChangeError;
use crate::export::ExportError;
use crate::export::sign::SignError;
use crate::storage::{LockInfo, VaultError};
use crate::texts::messages as t;

/// Why an operation failed. [`OpsError::dutch_message`] is what the window shows and the
/// command line prints; `Display` is the English technical form for logs.
#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(VaultError),
    /// The dossier refused the change.
    #[error(transparent)]
    Change(#[from] ChangeError),
    /// Input refused before anything changed: a Dutch message built from the input (a
    /// field name, a region), never dossier content.
    #[error("invalid: {0}")]
    Invalid(String),
    /// Input refused before anything changed: a fixed Dutch message.
    #[error("refused: {0}")]
    Refused(&'static str),
    /// Required fields or checks are missing: a fixed Dutch message and the items (labels,
    /// never dossier content).
    #[error("incomplete ({} items)", .1.len())]
    Incomplete(&'static str, Vec<String>),
    /// A document cannot be made yet: what is missing or why it is refused (Dutch, no
    /// dossier content).
    #[error("not ready ({} items)", .0.len())]
    NotReady(Vec<String>),
    /// No dossier with this id or reference.
    #[error("no dossier {0:?}")]
    NoDossier(String),
    /// The vault is held by someone else: changes and audited exports are refused.
    #[error("the vault is in use by {} on {}", .holder.user, .holder.workstation)]
    ReadOnly {
        /// Who holds it, where, since when.
        holder: LockInfo,
        /// Whether the lock looks stale (the holder is gone).
        stale: bool,
    },
    /// Signing was asked for and there is no certificate.
    #[error("no signing certificate")]
    NoCertificate,
    /// A certificate could not be made or used.
    #[error("cannot use the certificate: {0}")]
    Certificate(SignError),
    /// A certificate file (`.p12`/`.pfx`) could not be used: a wrong password, or no
    /// usable certificate with its private key in it.
    #[error("cannot use the certificate file: {0}")]
    CertificateFile(SignError),
    /// Rendering or signing a document failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A file or folder could not be read or written.
    #[error("{path:?}: {source}")]
    File {
        /// Which.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The target of an export is not usable (a folder, or a folder that does not exist).
    #[error("unusable target {0:?}")]
    Target(PathBuf),
}

impl From<VaultError> for OpsError {
    fn from(e: VaultError) -> Self {
        match e {
            // One message for a refused change, whether the example or the vault applied it.
            VaultError::Change(c) => OpsError::Change(c),
            other => OpsError::Vault(other),
        }
    }
}

impl From<SignError> for OpsError {
    fn from(e: SignError) -> Self {
        OpsError::Export(ExportError::Sign(e))
    }
}

impl OpsError {
    /// The message for the user, in Dutch: the same in the window and on the command line.
    pub fn dutch_message(&self) -> String {
        match self {
            OpsError::Vault(e) => e.dutch_message(),
            OpsError::Change(e) => match e {
                ChangeError::Closed => t::CHANGE_REFUSED_DOSSIER_CLOSED.to_owned(),
                ChangeError::NotApplicable => t::CHANGE_REFUSED_NOT_APPLICABLE.to_owned(),
                ChangeError::MissingReason => t::REASON_MISSING.to_owned(),
                ChangeError::UnknownSignal(id) => {
                    t::DOSSIER_SIGNAL_UNKNOWN.replace("{id}", &id.to_string())
                }
                ChangeError::UnknownPerson(id) => {
                    t::DOSSIER_PERSON_UNKNOWN.replace("{id}", &id.to_string())
                }
                // These carry their own Dutch text (which references, what is wrong).
                ChangeError::PersonReferenced(_) | ChangeError::InvalidPerson(_) => e.to_string(),
            },
            OpsError::Refused(text) | OpsError::Incomplete(text, _) => (*text).to_owned(),
            OpsError::Invalid(text) => text.clone(),
            OpsError::NotReady(_) => t::EXPORT_NOT_READY.to_owned(),
            OpsError::NoDossier(given) => t::DOSSIER_NOT_IN_VAULT.replace("{dossier}", given),
            OpsError::ReadOnly { holder, stale } => {
                let mut m = VaultError::Locked {
                    holder: holder.clone(),
                }
                .dutch_message();
                if *stale {
                    m.push(' ');
                    m.push_str(t::LOCK_STALE_TAKE_OVER_HINT);
                }
                m
            }
            OpsError::NoCertificate => t::SIGNING_NO_CERTIFICATE.to_owned(),
            OpsError::Certificate(SignError::WrongPassword)
            | OpsError::CertificateFile(SignError::WrongPassword) => {
                t::CERTIFICATE_WRONG_PASSWORD.to_owned()
            }
            OpsError::Certificate(SignError::InvalidField { .. }) => {
                t::CERTIFICATE_FIELDS_INVALID.to_owned()
            }
            OpsError::CertificateFile(_) => t::CERTIFICATE_FILE_UNUSABLE.to_owned(),
            OpsError::Certificate(_) => t::SIGNING_CERTIFICATE_UNREADABLE.to_owned(),
            OpsError::Export(_) => t::EXPORT_FAILED.to_owned(),
            OpsError::File { path, .. } => {
                t::FILE_READ_WRITE_FAILED.replace("{path}", &path.display().to_string())
            }
            OpsError::Target(path) => {
                t::EXPORT_TARGET_INVALID.replace("{path}", &path.display().to_string())
            }
        }
    }

    /// The items listed under the message (missing fields, gaps before an export).
    pub fn items(&self) -> Vec<String> {
        match self {
            OpsError::Incomplete(_, items) | OpsError::NotReady(items) => items.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether the operation was refused for missing input rather than failed (the command
    /// line exits 1 for these, 2 for failures).
    pub fn is_not_ready(&self) -> bool {
        matches!(self, OpsError::NotReady(_))
    }

    /// Whether the vault file itself is damaged or too new (a finding of `vault check`).
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            OpsError::Vault(VaultError::Corrupt { .. } | VaultError::TooNew { .. })
        )
    }

    pub(crate) fn file(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> OpsError {
        let path = path.to_owned();
        move |source| OpsError::File { path, source }
    }
}
