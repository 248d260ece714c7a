//! The window's side of the lock rule in [`crate::ops::lock_policy`] (#26): a stale lock of
//! this user on this computer is taken over on unlock without a question; one of someone
//! else is offered ("Overnemen", after a confirmation); a live one gives read-only with a way
//! to try again. The passphrase is kept (zeroised on drop) only while the vault is open
//! read-only, so trying again or taking over needs no second typing.

use std::path::Path;

use zeroize::Zeroizing;

use super::{App, AppError, Command, Message, Nav, Screen, Source};
/// Who holds a vault's lock, where and since when (for the lock bar).
pub use crate::ops::LockInfo;
use crate::ops::lock_policy::{self, LockDecision};
use crate::ops::{OpenVault, OpsError, Session};
use crate::texts::window as t;

/// What the window shows about the vault's lock.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LockStatus {
    /// This window holds the lock, or no vault is open.
    #[default]
    Own,
    /// Someone else holds it and is alive: read-only, "Opnieuw proberen".
    Busy(LockInfo),
    /// Someone else held it and looks gone: read-only, "Overnemen" after a confirmation.
    Stale(LockInfo),
}

/// What the lock bar asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockCommand {
    /// Take over a stale lock of someone else (the user confirmed).
    TakeOver,
    /// Open again; takes the lock when it is free (or the rule allows taking it over).
    Retry,
}

/// The lock status of a session under the rule.
pub fn status_of(session: &Session) -> LockStatus {
    match lock_policy::decide_for(session) {
        None => LockStatus::Own,
        Some((holder, LockDecision::Offer)) => LockStatus::Stale(holder.clone()),
        Some((holder, LockDecision::TakeOver | LockDecision::ReadOnly)) => {
            LockStatus::Busy(holder.clone())
        }
    }
}

impl App {
    /// Opens an existing vault under the lock rule: takes over this user's own stale lock
    /// at once (the vault writes the audit entry); otherwise keeps the passphrase while
    /// read-only, for "Opnieuw proberen" and "Overnemen".
    pub(super) fn open_existing(
        &mut self,
        path: &Path,
        passphrase: &str,
    ) -> Result<Session, OpsError> {
        let opened = lock_policy::open_vault(
            path,
            passphrase,
            &OpenVault {
                state_dir: self.state_dir.clone(),
                ..OpenVault::default()
            },
            self.session.clock(),
        )?;
        if opened.own_lock_taken_over {
            self.state.message = Some(Message {
                error: false,
                text: t::LOCK_OWN_TAKEN_OVER.to_owned(),
                items: Vec::new(),
            });
        }
        self.remember_for_retry(&opened.session, passphrase);
        Ok(opened.session)
    }

    fn remember_for_retry(&mut self, session: &Session, passphrase: &str) {
        self.lock_retry = session
            .store
            .read_only_holder()
            .is_some()
            .then(|| Zeroizing::new(passphrase.to_owned()));
    }

    /// Runs a lock-bar command: opens the vault again, taking a stale lock over when the
    /// user confirmed it, and returns to the screen that was shown.
    pub(super) fn handle_lock(&mut self, command: LockCommand) -> Result<(), AppError> {
        let Source::Vault { path } = &self.state.source else {
            return Ok(());
        };
        let path = path.clone();
        let Some(passphrase) = self.lock_retry.clone() else {
            return Err(AppError::Text(t::LOCK_RETRY_NEEDS_PASSPHRASE));
        };
        let session = match command {
            LockCommand::Retry => self.open_existing(&path, &passphrase)?,
            LockCommand::TakeOver => {
                let take_over = OpenVault {
                    take_over_stale_lock: true,
                    state_dir: self.state_dir.clone(),
                    ..OpenVault::default()
                };
                Session::open_vault(&path, &passphrase, &take_over, self.session.clock())?
            }
        };
        let writable = session.store.read_only_holder().is_none();
        let screen = self.state.screen.clone();
        self.use_session(session);
        if let Screen::Dossier { id, .. } = screen
            && let Err(e) = self.handle(Command::Nav(Nav::OpenDossier(id)))
        {
            self.state.message = Some(e.message());
        }
        self.state.screen = screen;
        let text = match (writable, command) {
            (true, LockCommand::TakeOver) => t::LOCK_TAKEN_OVER,
            (true, LockCommand::Retry) => t::LOCK_NOW_FREE,
            (false, _) => t::LOCK_STILL_BUSY,
        };
        self.lock_retry = (!writable).then_some(passphrase);
        self.state.message = Some(Message {
            error: false,
            text: text.to_owned(),
            items: Vec::new(),
        });
        Ok(())
    }
}
