//! The vault's own care in the window: accepting an older vault as the current version
//! after the warning (the bar under the top bar), and renewing the data key (the
//! Organisatie page), both through [`crate::ops::vault`], the same as `meldcode vault
//! accept-older|rekey`.

use super::{App, AppError, Message};
use crate::ops;
use crate::texts::window as t;

/// What the warning bar and the Organisatie page ask of the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultCareCommand {
    /// Go on with the vault as opened although it is older than one this computer saw.
    AcceptOlder,
    /// Renew the data key (the page asked for confirmation).
    RotateKey,
}

impl App {
    /// Accepts the older vault or renews the key; the outcome goes to the message bar.
    pub(super) fn handle_vault_care(&mut self, command: VaultCareCommand) {
        let done = match command {
            VaultCareCommand::AcceptOlder => ops::vault::accept_as_current(&mut self.session)
                .map(|()| t::VAULT_ROLLBACK_ACCEPTED_MESSAGE.to_owned()),
            VaultCareCommand::RotateKey => {
                let mut total = 0;
                ops::vault::rotate_key(&mut self.session, &mut |_, all| total = all)
                    .map(|()| t::VAULT_REKEY_DONE_MESSAGE.replace("{count}", &total.to_string()))
            }
        };
        self.state.vault_warning = ops::vault::warning(&self.session);
        self.state.message = Some(match done {
            Ok(text) => Message {
                error: false,
                text,
                items: Vec::new(),
            },
            Err(e) => AppError::from(e).message(),
        });
    }
}
