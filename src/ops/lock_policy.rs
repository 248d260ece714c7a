//! What to do when someone else's lock is found on a vault (#26), decided in one place so the
//! window and the command line follow the same rule. [`decide`] is pure: no file access, no
//! clock of its own; the vault says who holds the lock and whether that holder looks gone.
//! [`open_vault`] opens a vault under the rule.

use std::path::Path;

use super::{Clock, OpenVault, OpsError, Session};
use crate::storage::{LockInfo, workstation_name};

/// The rule's outcome for a lock held by another process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockDecision {
    /// The holder is gone and was this user on this computer (a window that was killed or
    /// crashed): take the lock over without asking; the vault writes the audit entry.
    TakeOver,
    /// The holder is gone but was someone else or another computer: show who and since
    /// when, and take over only after the user confirmed what that means.
    Offer,
    /// The holder is alive: read-only, with the holder's name and a way to try again.
    ReadOnly,
}

/// Decides for a lock held by `holder`; `stale` is the vault's verdict (operating-system
/// lock free or heartbeat expired); `user` and `workstation` are who is opening now.
pub fn decide(holder: &LockInfo, stale: bool, user: &str, workstation: &str) -> LockDecision {
    if !stale {
        return LockDecision::ReadOnly;
    }
    // A lock file that could not be read has no token and names nobody.
    let known = !holder.token.is_empty();
    let same_user = known && !user.trim().is_empty() && holder.user.trim() == user.trim();
    // Computer names are case-insensitive on Windows and often differ only in case.
    let same_computer = !workstation.trim().is_empty()
        && holder.workstation.trim().to_lowercase() == workstation.trim().to_lowercase();
    if same_user && same_computer {
        LockDecision::TakeOver
    } else {
        LockDecision::Offer
    }
}

/// The rule applied to an open session's vault: `None` when this session holds the lock
/// (or no vault is open), else who holds it and what the rule says.
pub fn decide_for(session: &Session) -> Option<(&LockInfo, LockDecision)> {
    let vault = session.store.vault()?;
    let holder = vault.lock_holder()?;
    let decision = decide(
        holder,
        vault.lock_is_stale(),
        &vault.profile().user.name,
        &workstation_name(),
    );
    Some((holder, decision))
}

/// A vault opened under the rule.
#[derive(Debug)]
pub struct Opened {
    /// The session on the vault (read-only when someone else still holds the lock).
    pub session: Session,
    /// Whether this user's own stale lock on this computer was taken over.
    pub own_lock_taken_over: bool,
}

/// Opens an existing vault under the rule, with `how` for everything but the lock: this
/// user's own stale lock on this computer is taken over at once (the vault writes the audit
/// entry); any other lock leaves the vault read-only, for the caller to offer trying again or
/// taking over. `how.take_over_stale_lock` is the user's confirmation that someone else's
/// stale lock may be taken over (the vault still never takes a live one).
pub fn open_vault(
    path: &Path,
    passphrase: &str,
    how: &OpenVault,
    clock: Clock,
) -> Result<Opened, OpsError> {
    let session = Session::open_vault(path, passphrase, how, clock.clone())?;
    if how.take_over_stale_lock
        || !matches!(decide_for(&session), Some((_, LockDecision::TakeOver)))
    {
        return Ok(Opened {
            session,
            own_lock_taken_over: false,
        });
    }
    drop(session);
    let take_over = OpenVault {
        take_over_stale_lock: true,
        ..how.clone()
    };
    let session = Session::open_vault(path, passphrase, &take_over, clock)?;
    let own_lock_taken_over = session.store.read_only_holder().is_none();
    Ok(Opened {
        session,
        own_lock_taken_over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holder(user: &str, workstation: &str) -> LockInfo {
        let at = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
        LockInfo {
            user: user.to_owned(),
            workstation: workstation.to_owned(),
            pid: 7,
            since: at,
            heartbeat: at,
            token: "t".to_owned(),
        }
    }

    #[test]
    fn own_stale_lock_is_taken_over_others_are_offered_live_ones_wait() {
        let mine = holder("Çağla Ünal-de Wít", "PC-12");
        assert_eq!(
            decide(&mine, true, "Çağla Ünal-de Wít", "pc-12"),
            LockDecision::TakeOver
        );
        assert_eq!(
            decide(&mine, false, "Çağla Ünal-de Wít", "pc-12"),
            LockDecision::ReadOnly,
            "a live lock is never taken, not even one's own"
        );
        assert_eq!(
            decide(&mine, true, "Bjørn Zoë", "pc-12"),
            LockDecision::Offer
        );
        assert_eq!(
            decide(&mine, true, "Çağla Ünal-de Wít", "pc-13"),
            LockDecision::Offer,
            "the same name on another computer may be another session"
        );
        let unreadable = LockInfo {
            token: String::new(),
            ..holder("?", "?")
        };
        assert_eq!(
            decide(&unreadable, true, "?", "?"),
            LockDecision::Offer,
            "an unreadable lock file names nobody"
        );
        assert_eq!(decide(&holder("", ""), true, "", ""), LockDecision::Offer);
    }
}
