//! [`Session`]: the store, the clock and the acting user. Every operation takes one.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Local, NaiveDate, Utc};

use super::{OpsError, Store};
use crate::domain::{Actor, Profile};
use crate::storage::{KdfParams, OpenOptions, Vault};

/// Where the time comes from: the system clock in the product, a hand-moved one in tests.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The system clock.
pub fn system_clock() -> Clock {
    Arc::new(Utc::now)
}

/// How to open a vault.
#[derive(Debug, Clone, Default)]
pub struct OpenVault {
    /// Take over a lock whose holder is gone (crashed or left).
    pub take_over_stale_lock: bool,
    /// Whose key slot to open (a vault shared by a team); `None` tries every slot.
    pub user: Option<String>,
    /// The app's data folder, where the last state this computer saw of each vault is
    /// kept (to warn when a vault opens older than that); `None` skips that check.
    pub state_dir: Option<std::path::PathBuf>,
    /// Open for `vault check` only: read-only, no lock, no audit entry, and a vault
    /// changed outside the program opens so the check can report it.
    pub for_check: bool,
}

/// One user's working session: the store, the clock and who acts.
pub struct Session {
    /// Where the dossiers live.
    pub store: Store,
    clock: Clock,
    /// Who acts: the vault's user, or the example's.
    pub actor: Actor,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("store", &self.store)
            .field("actor", &self.actor)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// A session on the embedded example.
    pub fn example(clock: Clock) -> Self {
        let store = Store::example();
        let actor = store.profile().user.clone();
        Self {
            store,
            clock,
            actor,
        }
    }

    /// A session holding nothing: a locked window's, until the vault is opened again.
    pub fn locked(clock: Clock) -> Self {
        let store = Store::empty();
        let actor = store.profile().user.clone();
        Self {
            store,
            clock,
            actor,
        }
    }

    /// Opens a vault as the user whose key slot the passphrase opens (the lock, the history
    /// and the audit log name them).
    pub fn open_vault(
        path: &Path,
        passphrase: &str,
        how: &OpenVault,
        clock: Clock,
    ) -> Result<Self, OpsError> {
        let opts = OpenOptions {
            take_over_stale_lock: how.take_over_stale_lock,
            user: how.user.clone(),
            state_dir: how.state_dir.clone(),
            ..OpenOptions::default()
        };
        let vault = if how.for_check {
            Vault::open_for_check(path, passphrase, &opts)?
        } else {
            Vault::open(path, passphrase, &opts)?
        };
        Ok(Self::on_vault(vault, clock))
    }

    /// Creates a vault for `profile`. `kdf` sets the Argon2 cost (tests); `None` calibrates.
    pub fn create_vault(
        path: &Path,
        passphrase: &str,
        profile: &Profile,
        kdf: Option<KdfParams>,
        clock: Clock,
    ) -> Result<Self, OpsError> {
        let opts = OpenOptions {
            actor: profile.user.clone(),
            ..OpenOptions::default()
        };
        let vault = match kdf {
            Some(kdf) => Vault::create_with_kdf(path, passphrase, profile, &opts, kdf),
            None => Vault::create(path, passphrase, profile, &opts),
        }?;
        Ok(Self::on_vault(vault, clock))
    }

    fn on_vault(vault: Vault, clock: Clock) -> Self {
        // The user whose key slot opened the vault acts, not the profile's first user.
        let actor = vault.current_user().clone();
        Self {
            store: Store::Vault(Box::new(vault)),
            clock,
            actor,
        }
    }

    /// Now, by the session's clock.
    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Today by the session's clock, in the user's time zone. `chrono-tz` is not a
    /// dependency: the offset is the system's local one (Europe/Amsterdam on the users'
    /// machines).
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&Local).date_naive()
    }

    /// The clock, to hand to code that reads the time itself (the window's frame time).
    pub fn clock(&self) -> Clock {
        Arc::clone(&self.clock)
    }

    /// Replaces the clock (tests).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The user and the organisation.
    pub fn profile(&self) -> &Profile {
        self.store.profile()
    }
}
