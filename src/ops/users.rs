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

/// Whether the session's user may add and remove users (see the module's doc).
pub fn may_manage(session: &Session) -> bool {
    let o = &session.profile().organisation;
    let me = session.actor.name.trim();
    !me.is_empty()
        && [&o.eindverantwoordelijke.name, &o.aandachtsfunctionaris.name]
            .iter()
            .any(|n| n.trim().to_lowercase() == me.to_lowercase())
}

fn allowed(session: &Session) -> Result<(), OpsError> {
    session.store.writable()?;
    if may_manage(session) {
        Ok(())
    } else {
        Err(OpsError::Refused(t::USERS_NOT_ALLOWED))
    }
}

/// Gives `name` a key slot for `passphrase` (checked against the policy); audited.
pub fn add(
    session: &mut Session,
    name: &str,
    function: &str,
    passphrase: &str,
) -> Result<(), OpsError> {
    allowed(session)?;
    check_passphrase(passphrase)?;
    let v = session
        .store
        .vault_mut()
        .ok_or(OpsError::Refused(t::USERS_WITHOUT_VAULT))?;
    Ok(v.add_user(name, function, passphrase)?)
}

/// Removes `name`'s key slot and renews the data key, so they cannot open the vault or
/// read what is written from now on (what they copied before stays readable to them).
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
    Ok(v.remove_user(name, progress)?)
}
