//! The vault's own care in the window: accepting an older vault as the current version
//! after the warning (the bar under the top bar), renewing the data key and destroying old
//! backups (the Organisatie page), all through [`crate::ops::vault`], the same as
//! `meldcode vault accept-older|rekey|backups --destroy`.

use super::{App, AppError, Message};
use crate::ops;
use crate::texts::window as t;

/// What the warning bar and the Organisatie page ask of the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaultCareCommand {
    /// Go on with the vault as opened although it is older than one this computer saw.
    AcceptOlder,
    /// Renew the data key and re-encrypt the old backups with it (the page asked for
    /// confirmation).
    RotateKey,
    /// Destroy the backups that still open with an old passphrase (the page asked for
    /// confirmation).
    DestroyStaleBackups,
}

impl App {
    /// Accepts the older vault, renews the key or destroys old backups; the outcome goes to
    /// the message bar.
    pub(super) fn handle_vault_care(&mut self, command: VaultCareCommand) {
        let done = match command {
            VaultCareCommand::AcceptOlder => ops::vault::accept_as_current(&mut self.session)
                .map(|()| t::VAULT_ROLLBACK_ACCEPTED_MESSAGE.to_owned()),
            VaultCareCommand::RotateKey => {
                let mut total = 0;
                ops::vault::rotate_key(&mut self.session, &mut |_, all| total = all).map(|()| {
                    with_backups(
                        &mut self.session,
                        t::VAULT_REKEY_DONE_MESSAGE,
                        &[("{count}", total.to_string())],
                    )
                })
            }
            VaultCareCommand::DestroyStaleBackups => {
                ops::vault::destroy_stale_backups(&mut self.session).map(|n| {
                    t::VAULT_STALE_BACKUPS_DESTROYED_MESSAGE.replace("{count}", &n.to_string())
                })
            }
        };
        self.refresh_users();
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

/// The message after a re-key that succeeded (`text` with `{backups}` and `fill`), once the
/// old backups are re-encrypted too; when they cannot be, the re-key still stands and the
/// message says so, with what to do.
pub(super) fn with_backups(
    session: &mut crate::ops::Session,
    text: &str,
    fill: &[(&str, String)],
) -> String {
    let mut done = fill
        .iter()
        .fold(text.to_owned(), |t, (k, v)| t.replace(k, v));
    match ops::vault::reencrypt_stale_backups(session, &mut |_, _| {}) {
        Ok(n) => done.replace("{backups}", &n.to_string()),
        Err(e) => {
            done = done.replace("{backups}", "0");
            format!(
                "{done} {} {}",
                crate::texts::messages::BACKUPS_REENCRYPT_FAILED,
                e.dutch_message()
            )
        }
    }
}
