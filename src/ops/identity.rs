//! The signing identity: the certificate of the vault's user kept encrypted in the vault,
//! or a `.p12` file; creating, importing and backing one up. The window's "Certificaat voor
//! ondertekenen" and `meldcode cert new|import|export|show` both call these.
//!
//! **One certificate per user.** Each vault user (the key slot that opened the session,
//! [`Session::actor`]) has their own secret, named by a hash of their name (record names
//! are not encrypted, so no name shows in the file). Nobody signs with, shows, replaces or
//! exports a colleague's certificate.
//!
//! **The shared certificate of older vaults** (one secret, `signing-identity`) belongs to
//! one user, decided by [`shared_owner`]: the user whose name is the certificate's common
//! name; failing that the eindverantwoordelijke the profile names; failing that the
//! profile's user (who made the vault); failing that the only user. Only that user sees and
//! uses it; it moves to their own secret the first time they change, back up or sign with
//! it while the vault is writable (the shared secret is then emptied).

use std::path::Path;

use zeroize::Zeroizing;

use sha2::Sha256;

use super::{OpsError, Session};
pub use crate::export::sign::{KeyAlgorithm, NewCertificate, SigningIdentity};
use crate::export::sign::{SignError, VAULT_SECRET};
use crate::storage::AuditAction;

/// Where the signing identity comes from.
#[derive(Clone)]
pub enum IdentitySource {
    /// The session's user's certificate kept in the vault (`meldcode cert import|new
    /// --vault`, the window's settings).
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

/// The vault secret holding the random key that names users' secrets (see
/// [`user_secret_name`]).
const NAMES_KEY_SECRET: &str = "secret-names-key";

/// The name of the vault secret holding `user`'s identity: `signing-identity:` and 16 bytes,
/// in hex, of HMAC-SHA-256 over the name (trimmed, in lower case: users' names differ by
/// more than case or spaces, see [`super::users::add`]) under a random key kept sealed in the
/// vault. Record names are readable without the passphrase; a plain hash of a name could be
/// matched against a staff list, this one cannot. `None` while the vault has no such key
/// yet, so no user has an own certificate in it.
pub fn user_secret_name(session: &Session, user: &str) -> Result<Option<String>, OpsError> {
    Ok(stored(session, NAMES_KEY_SECRET)?.map(|key| tagged_name(&key, user)))
}

/// [`user_secret_name`], making the naming key first when the vault has none.
fn user_secret_name_to_write(session: &mut Session, user: &str) -> Result<String, OpsError> {
    if let Some(key) = stored(session, NAMES_KEY_SECRET)? {
        return Ok(tagged_name(&key, user));
    }
    let key = Zeroizing::new(rand::random::<[u8; 32]>().to_vec());
    session.store.put_secret(NAMES_KEY_SECRET, &key)?;
    Ok(tagged_name(&key, user))
}

fn tagged_name(key: &[u8], user: &str) -> String {
    use hmac::Mac as _;
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"meldcode signing identity\0");
    mac.update(user.trim().to_lowercase().as_bytes());
    let digest = mac.finalize().into_bytes();
    let hex = digest[..16]
        .iter()
        .fold(String::with_capacity(32), |mut out, b| {
            use std::fmt::Write as _;
            let _ = write!(out, "{b:02x}");
            out
        });
    format!("{VAULT_SECRET}:{hex}")
}

/// A stored identity's bytes: `None` when absent or emptied.
fn stored(session: &Session, name: &str) -> Result<Option<Zeroizing<Vec<u8>>>, OpsError> {
    Ok(session
        .store
        .secret(name)?
        .map(Zeroizing::new)
        .filter(|b| !b.is_empty()))
}

fn same_name(a: &str, b: &str) -> bool {
    let a = a.trim().to_lowercase();
    !a.is_empty() && a == b.trim().to_lowercase()
}

/// The vault user an older vault's shared certificate belongs to (see the module's doc),
/// or `None` without one.
pub fn shared_owner(session: &Session) -> Result<Option<String>, OpsError> {
    let Some(bytes) = stored(session, VAULT_SECRET)? else {
        return Ok(None);
    };
    let Some(vault) = session.store.vault() else {
        return Ok(None);
    };
    let users: Vec<String> = vault.list_users()?.into_iter().map(|u| u.name).collect();
    let common_name = SigningIdentity::from_store_bytes(&bytes)
        .ok()
        .and_then(|id| id.subject_common_name())
        .unwrap_or_default();
    let profile = session.profile();
    let owner = [
        common_name.as_str(),
        profile.organisation.eindverantwoordelijke.name.as_str(),
        profile.user.name.as_str(),
    ]
    .iter()
    .find_map(|candidate| users.iter().find(|u| same_name(u, candidate)))
    .or(match users.as_slice() {
        [only] => Some(only),
        _ => None,
    });
    Ok(owner.cloned())
}

/// Whether the session's user owns the shared certificate of an older vault.
fn owns_shared(session: &Session) -> Result<bool, OpsError> {
    Ok(shared_owner(session)?.is_some_and(|o| same_name(&o, &session.actor.name)))
}

/// The session's user's stored identity: their own secret, else the shared one when it is
/// theirs.
fn own_bytes(session: &Session) -> Result<Option<Zeroizing<Vec<u8>>>, OpsError> {
    if let Some(name) = user_secret_name(session, &session.actor.name)?
        && let Some(b) = stored(session, &name)?
    {
        return Ok(Some(b));
    }
    if owns_shared(session)? {
        return stored(session, VAULT_SECRET);
    }
    Ok(None)
}

/// Moves an older vault's shared certificate to its owner's own secret when the session's
/// user is that owner and the vault is writable; otherwise does nothing. Both writes are
/// audited under the user.
pub fn settle_shared(session: &mut Session) -> Result<(), OpsError> {
    if session.store.writable().is_err()
        || session
            .store
            .vault()
            .is_none_or(crate::storage::Vault::is_read_only)
        || !owns_shared(session)?
    {
        return Ok(());
    }
    let actor = session.actor.name.clone();
    let own = user_secret_name_to_write(session, &actor)?;
    if stored(session, &own)?.is_none()
        && let Some(bytes) = stored(session, VAULT_SECRET)?
    {
        session.store.put_secret(&own, &bytes)?;
    }
    session.store.put_secret(VAULT_SECRET, &[])
}

/// The session's user's certificate as `cert show` prints it; `None` without one (reading
/// it writes no audit entry: the key does not leave the vault).
pub fn summary(session: &Session) -> Result<Option<CertificateSummary>, OpsError> {
    if !has_certificate(session) {
        return Ok(None);
    }
    identity(session, &IdentitySource::Vault).map(|id| Some(CertificateSummary::of(&id)))
}

/// Whether the session's user has a signing certificate in the vault.
pub fn has_certificate(session: &Session) -> bool {
    matches!(own_bytes(session), Ok(Some(_)))
}

/// The identity from its source; without a certificate of the session's user in the vault:
/// [`OpsError::NoCertificate`] (a colleague's is never used).
pub fn identity(session: &Session, source: &IdentitySource) -> Result<SigningIdentity, OpsError> {
    match source {
        IdentitySource::Vault => {
            let bytes = own_bytes(session)?.ok_or(OpsError::NoCertificate)?;
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

/// Refuses to replace the session's user's certificate unless asked to.
pub fn check_replace(session: &Session, replace: bool) -> Result<(), OpsError> {
    session.store.writable()?;
    if !replace && has_certificate(session) {
        return Err(OpsError::Refused(
            crate::texts::messages::CERTIFICATE_EXISTS,
        ));
    }
    Ok(())
}

/// Keeps an identity in the vault (encrypted with it) as the session's user's; a shared
/// certificate of an older vault that was theirs is emptied.
pub fn store_identity(session: &mut Session, identity: &SigningIdentity) -> Result<(), OpsError> {
    let bytes = identity.to_store_bytes().map_err(OpsError::Certificate)?;
    let owned_shared = owns_shared(session)?;
    let actor = session.actor.name.clone();
    let own = user_secret_name_to_write(session, &actor)?;
    session.store.put_secret(&own, &bytes)?;
    if owned_shared {
        session.store.put_secret(VAULT_SECRET, &[])?;
    }
    Ok(())
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

/// Writes the session's user's certificate with its private key to a new password
/// protected `.p12` at `out` (an existing file is refused, before anything is recorded).
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

/// The session's user's certificate with its private key as a password protected `.p12`,
/// for backup; recorded in the audit log under that user (the key leaves the vault) before
/// the bytes are returned. A colleague's certificate is never exported.
pub fn backup_certificate(
    session: &mut Session,
    password: &str,
) -> Result<Zeroizing<Vec<u8>>, OpsError> {
    session.store.writable()?;
    settle_shared(session)?;
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
