//! The signing identity: the certificate kept encrypted in the vault, or a `.p12` file;
//! creating, importing and backing one up.

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
            SigningIdentity::from_pkcs12_bytes(bytes, password).map_err(OpsError::Certificate)
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
