//! The signing identity: the certificate kept encrypted in the vault, or a `.p12` file;
//! creating, importing and backing one up. The window's "Certificaat voor ondertekenen"
//! and `meldcode cert new|import|export|show` both call these.

use std::path::Path;

use zeroize::Zeroizing;

use super::{OpsError, Session};
pub use crate::export::sign::{KeyAlgorithm, NewCertificate, SigningIdentity};
use crate::export::sign::{SignError, VAULT_SECRET};
use crate::storage::AuditAction;

/// Where the signing identity comes from.
#[derive(Clone)]
pub enum IdentitySource {
    /// The certificate kept in the vault (`meldcode cert import|new --vault`, the window's
    /// settings).
    Vault,
    /// A PKCS#12 file's bytes and its password.
    Pkcs12 {
        /// The file's contents.
        bytes: Zeroizing<Vec<u8>>,
        /// Its password.
        password: Zeroizing<String>,
    },
}

impl std::fmt::Debug for IdentitySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            IdentitySource::Vault => "Vault",
            IdentitySource::Pkcs12 { .. } => "Pkcs12",
        })
    }
}

/// How long a new personal certificate is valid, in days (three years).
pub const DEFAULT_VALID_DAYS: u32 = 1095;

/// What the vault's certificate says: who it names, until when, its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateSummary {
    /// The subject's common name.
    pub name: String,
    /// The subject's function (title attribute), when present.
    pub function: Option<String>,
    /// The subject's organisation, when present.
    pub organisation: Option<String>,
    /// The end of the validity period.
    pub valid_until: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether it is self-signed (nobody else vouches for the name).
    pub self_signed: bool,
    /// SHA-256 fingerprint, uppercase hex.
    pub fingerprint: String,
}

impl CertificateSummary {
    /// The summary of an identity.
    pub fn of(identity: &SigningIdentity) -> Self {
        Self {
            name: identity.subject_common_name().unwrap_or_default(),
            function: identity.subject_function(),
            organisation: identity.subject_organisation(),
            valid_until: identity.not_after(),
            self_signed: identity.is_self_signed(),
            fingerprint: identity.fingerprint(),
        }
    }
}

/// The vault's certificate as `cert show` prints it; `None` without one (reading it
/// writes no audit entry: the key does not leave the vault).
pub fn summary(session: &Session) -> Result<Option<CertificateSummary>, OpsError> {
    if !has_certificate(session) {
        return Ok(None);
    }
    identity(session, &IdentitySource::Vault).map(|id| Some(CertificateSummary::of(&id)))
}

/// Whether the session's vault holds a signing certificate.
pub fn has_certificate(session: &Session) -> bool {
    matches!(session.store.secret(VAULT_SECRET), Ok(Some(_)))
}

/// The identity from its source; without a certificate in the vault: [`OpsError::NoCertificate`].
pub fn identity(session: &Session, source: &IdentitySource) -> Result<SigningIdentity, OpsError> {
    match source {
        IdentitySource::Vault => {
            let bytes = Zeroizing::new(
                session
                    .store
                    .secret(VAULT_SECRET)?
                    .ok_or(OpsError::NoCertificate)?,
            );
            SigningIdentity::from_store_bytes(&bytes).map_err(OpsError::Certificate)
        }
        IdentitySource::Pkcs12 { bytes, password } => {
            SigningIdentity::from_pkcs12_bytes(bytes, password).map_err(OpsError::CertificateFile)
        }
    }
}

/// A personal self-signed certificate, valid from now by the session's clock.
pub fn create_certificate(
    session_now: chrono::DateTime<chrono::Utc>,
    mut request: NewCertificate,
) -> Result<SigningIdentity, OpsError> {
    request.not_before = session_now;
    SigningIdentity::create_self_signed(&request).map_err(OpsError::Certificate)
}

/// Refuses to replace the vault's certificate unless asked to.
pub fn check_replace(session: &Session, replace: bool) -> Result<(), OpsError> {
    session.store.writable()?;
    if !replace && has_certificate(session) {
        return Err(OpsError::Refused(
            crate::texts::messages::CERTIFICATE_EXISTS,
        ));
    }
    Ok(())
}

/// Keeps an identity in the vault (encrypted with it).
pub fn store_identity(session: &mut Session, identity: &SigningIdentity) -> Result<(), OpsError> {
    let bytes = identity.to_store_bytes().map_err(OpsError::Certificate)?;
    session.store.put_secret(VAULT_SECRET, &bytes)
}

/// Creates a personal self-signed certificate (RSA 2048 unless asked otherwise) and keeps
/// it in the vault; refused before any key is made when the vault has one and `replace`
/// is false.
pub fn create_in_vault(
    session: &mut Session,
    request: NewCertificate,
    replace: bool,
) -> Result<SigningIdentity, OpsError> {
    check_replace(session, replace)?;
    let identity = create_certificate(session.now(), request)?;
    store_identity(session, &identity)?;
    Ok(identity)
}

/// Reads a `.p12`/`.pfx` file the user chose.
pub fn read_certificate_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, OpsError> {
    std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(OpsError::file(path))
}

/// Puts the certificate and private key of a `.p12`/`.pfx` into the vault. Refused, with
/// nothing changed, when the vault has one and `replace` is false, when the password is
/// wrong, or when the file holds no usable certificate with its key.
pub fn import_into_vault(
    session: &mut Session,
    p12: &[u8],
    password: &str,
    replace: bool,
) -> Result<SigningIdentity, OpsError> {
    check_replace(session, replace)?;
    let identity =
        SigningIdentity::from_pkcs12_bytes(p12, password).map_err(OpsError::CertificateFile)?;
    store_identity(session, &identity)?;
    Ok(identity)
}

/// Writes the vault's certificate with its private key to a new password protected `.p12`
/// at `out` (an existing file is refused, before anything is recorded).
pub fn backup_to_file(session: &mut Session, password: &str, out: &Path) -> Result<(), OpsError> {
    super::files::check_target(out)?;
    if out.exists() {
        return Err(OpsError::Invalid(
            crate::texts::messages::FILE_EXISTS.replace("{path}", &out.display().to_string()),
        ));
    }
    let p12 = backup_certificate(session, password)?;
    super::files::write_atomic(out, &p12, false)
}

/// The vault's certificate with its private key as a password protected `.p12`, for
/// backup; recorded in the audit log (the key leaves the vault) before the bytes are
/// returned.
pub fn backup_certificate(
    session: &mut Session,
    password: &str,
) -> Result<Zeroizing<Vec<u8>>, OpsError> {
    session.store.writable()?;
    let identity = identity(session, &IdentitySource::Vault)?;
    if password.is_empty() {
        return Err(OpsError::Refused(
            crate::texts::messages::CERTIFICATE_EMPTY_PASSWORD,
        ));
    }
    let p12 = identity
        .to_pkcs12_bytes(password)
        .map_err(OpsError::Certificate)?;
    session.store.record(
        AuditAction::Export,
        None,
        &format!("certificate {}", identity.fingerprint()),
    )?;
    Ok(Zeroizing::new(p12))
}

/// A `.p12` of a new identity (no vault involved).
pub fn pkcs12_bytes(identity: &SigningIdentity, password: &str) -> Result<Vec<u8>, OpsError> {
    if password.is_empty() {
        return Err(OpsError::Refused(
            crate::texts::messages::CERTIFICATE_EMPTY_PASSWORD,
        ));
    }
    identity
        .to_pkcs12_bytes(password)
        .map_err(|e: SignError| OpsError::Certificate(e))
}
