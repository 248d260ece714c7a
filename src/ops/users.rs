//! The vault's users: one key slot each, listed, added and removed; the passphrase policy.
//!
//! Who may add or remove users: the session's user must be the eindverantwoordelijke or
//! the aandachtsfunctionaris *as the organisation profile names them* (compared by name,
//! case-insensitively). The profile is sealed inside the vault, so only someone who can
//! already open it can change who that is — and that change is itself in the audit log.

use super::{OpsError, Session};
pub use crate::storage::VaultUser;
use crate::texts::messages as t;

/// Checks a new passphrase against the policy; the refusal is Dutch.
pub fn check_passphrase(passphrase: &str) -> Result<(), OpsError> {
    crate::storage::check_passphrase(passphrase).map_err(|w| OpsError::Invalid(w.dutch_message()))
}

/// The users with a key slot, in name order.
pub fn list(session: &Session) -> Result<Vec<VaultUser>, OpsError> {
    let v = session
        .store
        .vault()
        .ok_or(OpsError::Refused(t::USERS_WITHOUT_VAULT))?;
    Ok(v.list_users()?)
}

/// Whether the organisation profile names `name` as the eindverantwoordelijke or the
/// aandachtsfunctionaris (compared trimmed and case-insensitively).
pub fn is_manager(session: &Session, name: &str) -> bool {
    let o = &session.profile().organisation;
    let name = name.trim();
    !name.is_empty()
        && [&o.eindverantwoordelijke.name, &o.aandachtsfunctionaris.name]
            .iter()
            .any(|n| same_name(n, name))
}

/// Whether the session's user may add and remove users (see the module's doc).
pub fn may_manage(session: &Session) -> bool {
    is_manager(session, &session.actor.name)
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn allowed(session: &Session) -> Result<(), OpsError> {
    allowed_or(session, t::USERS_NOT_ALLOWED)
}

/// Refuses with `refusal` unless the vault is writable and the session's user may manage
/// it (see the module's doc).
pub(super) fn allowed_or(session: &Session, refusal: &'static str) -> Result<(), OpsError> {
    session.store.writable()?;
    if may_manage(session) {
        Ok(())
    } else {
        Err(OpsError::Refused(refusal))
    }
}

/// Gives `name` a key slot for `passphrase` (checked against the policy); audited. A name
/// is refused when empty or when it differs from a user's only in case or spaces: the
/// history, the audit log and [`is_manager`] would not tell the two apart.
pub fn add(
    session: &mut Session,
    name: &str,
    function: &str,
    passphrase: &str,
) -> Result<(), OpsError> {
    allowed(session)?;
    if name.trim().is_empty() {
        return Err(OpsError::Refused(
            crate::texts::messages::USERS_NEW_NAME_MISSING,
        ));
    }
    if list(session)?.iter().any(|u| same_name(&u.name, name)) {
        return Err(OpsError::Refused(t::VAULT_USER_EXISTS));
    }
    check_passphrase(passphrase)?;
    let v = session
        .store
        .vault_mut()
        .ok_or(OpsError::Refused(t::USERS_WITHOUT_VAULT))?;
    Ok(v.add_user(name, function, passphrase)?)
}

/// Removes `name`'s key slot and renews the data key, so they cannot open the vault or
/// read what is written from now on (what they copied before stays readable to them).
/// Their signing certificate is emptied, so a later user of the same name cannot sign
/// with it.
pub fn remove(
    session: &mut Session,
    name: &str,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), OpsError> {
    allowed(session)?;
    let v = session
        .store
        .vault_mut()
        .ok_or(OpsError::Refused(t::USERS_WITHOUT_VAULT))?;
    v.remove_user(name, progress)?;
    if let Some(theirs) = super::identity::user_secret_name(session, name)?
        && session.store.secret(&theirs)?.is_some()
    {
        session.store.put_secret(&theirs, &[])?;
    }
    Ok(())
}
