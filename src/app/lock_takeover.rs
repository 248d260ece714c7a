//! The window's side of the lock rule in [`super::lock_policy`] (#26): a stale lock of this
//! user on this computer is taken over on unlock without a question; one of someone else is
//! offered ("Overnemen", after a confirmation); a live one gives read-only with a way to try
//! again. The passphrase is kept (zeroised on drop) only while the vault is open read-only,
//! so trying again or taking over needs no second typing.

use std::path::Path;

use zeroize::Zeroizing;

use super::lock_policy::{LockDecision, decide};
use super::{App, AppError, Message, Screen, Source, handle::vault_error};
use crate::storage::{LockInfo, OpenOptions, Vault, VaultError, workstation_name};
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

/// The lock status of an open vault under the rule.
pub fn status_of(vault: &Vault) -> LockStatus {
    let Some(holder) = vault.lock_holder() else {
        return LockStatus::Own;
    };
    match decide(
        holder,
        vault.lock_is_stale(),
        &vault.profile().user.name,
        &workstation_name(),
    ) {
        LockDecision::Offer => LockStatus::Stale(holder.clone()),
        LockDecision::TakeOver | LockDecision::ReadOnly => LockStatus::Busy(holder.clone()),
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
    ) -> Result<Vault, VaultError> {
        let mut vault = Vault::open(path, passphrase, &OpenOptions::default())?;
        if let Some(holder) = vault.lock_holder()
            && decide(
                holder,
                vault.lock_is_stale(),
                &vault.profile().user.name,
                &workstation_name(),
            ) == LockDecision::TakeOver
        {
            let again = Vault::open(
                path,
                passphrase,
                &OpenOptions {
                    take_over_stale_lock: true,
                    ..OpenOptions::default()
                },
            )?;
            if !again.is_read_only() {
                self.state.message = Some(Message {
                    error: false,
                    text: t::LOCK_OWN_TAKEN_OVER.to_owned(),
                    items: Vec::new(),
                });
            }
            vault = again;
        }
        self.lock_retry = vault
            .is_read_only()
            .then(|| Zeroizing::new(passphrase.to_owned()));
        Ok(vault)
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
        let vault = match command {
            LockCommand::Retry => self.open_existing(&path, &passphrase),
            LockCommand::TakeOver => Vault::open(
                &path,
                &passphrase,
                &OpenOptions {
                    take_over_stale_lock: true,
                    ..OpenOptions::default()
                },
            ),
        }
        .map_err(vault_error)?;
        let writable = !vault.is_read_only();
        let screen = self.state.screen.clone();
        self.use_vault(vault);
        if let Screen::Dossier { id, .. } = screen
            && let Err(e) = self.handle(super::Command::OpenDossier(id))
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
