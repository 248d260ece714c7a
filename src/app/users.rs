//! The vault's users in the window (the Gebruikers section of the Organisatie page): the
//! list with each user's function, and adding and removing users through
//! [`crate::ops::users`], which decides who may (the eindverantwoordelijke or the
//! aandachtsfunctionaris the profile names), checks the passphrase policy and writes the
//! audit entries, the same as `meldcode vault user add|remove`.

use zeroize::Zeroizing;

use super::{App, AppError, Message};
use crate::ops::{self, users};
use crate::texts::window as t;

/// A passphrase typed in the window: zeroed when dropped, never shown by `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct Passphrase(Zeroizing<String>);

/// The room a passphrase field starts with, so that typing never moves the text and leaves
/// an unwiped copy behind.
const FIELD_CAPACITY: usize = 256;

impl Passphrase {
    /// An empty passphrase field: wiped when dropped, with room to type without moving.
    pub fn field() -> Zeroizing<String> {
        Zeroizing::new(String::with_capacity(FIELD_CAPACITY))
    }

    /// Takes the typed text; the field is left empty, with fresh room.
    pub fn take_from(field: &mut Zeroizing<String>) -> Self {
        Self(std::mem::replace(field, Self::field()))
    }

    /// The typed text, for the operation that uses it.
    pub(super) fn secret(&self) -> &str {
        &self.0
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Self {
        Self(Zeroizing::new(text))
    }
}

impl From<&str> for Passphrase {
    fn from(text: &str) -> Self {
        Self(Zeroizing::new(text.to_owned()))
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

/// What the Gebruikers section asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsersCommand {
    /// Give a colleague a key slot.
    Add {
        /// Their name, as the history and the audit log will show it.
        name: String,
        /// Their function.
        function: String,
        /// Their passphrase (the form checked that it was typed twice the same).
        passphrase: Passphrase,
    },
    /// Remove a user's key slot (the form asked for confirmation); the vault key is renewed.
    Remove {
        /// Their name, as listed.
        name: String,
    },
}

/// One user with a key slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRow {
    /// Name.
    pub name: String,
    /// Function, as given when the user was added.
    pub function: String,
    /// Whether this is the user of this window.
    pub is_self: bool,
    /// Whether the profile names them eindverantwoordelijke or aandachtsfunctionaris.
    pub manages: bool,
}

/// The Gebruikers section's data, refreshed when a vault opens, the profile is saved, or
/// a user is added or removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UsersState {
    /// Whether a vault is open (the example has no users).
    pub in_vault: bool,
    /// The users, in name order.
    pub rows: Vec<UserRow>,
    /// Whether this window's user may add and remove users.
    pub may_manage: bool,
    /// Why the last add or remove was refused, shown in the section.
    pub refusal: Option<Message>,
    /// How many old backups still open with an old passphrase or for a removed user.
    pub stale_backups: usize,
}

impl App {
    /// Reads the vault's users again (reading the list writes no audit entry).
    pub(super) fn refresh_users(&mut self) {
        let in_vault = self.session.store.vault().is_some();
        let rows = if in_vault {
            match users::list(&self.session) {
                Ok(all) => all
                    .into_iter()
                    .map(|u| UserRow {
                        is_self: u.name == self.session.actor.name,
                        manages: users::is_manager(&self.session, &u.name),
                        name: u.name,
                        function: u.function,
                    })
                    .collect(),
                Err(e) => {
                    self.state.users.refusal = Some(AppError::from(e).message());
                    Vec::new()
                }
            }
        } else {
            Vec::new()
        };
        let users = &mut self.state.users;
        users.in_vault = in_vault;
        users.rows = rows;
        users.may_manage = in_vault && users::may_manage(&self.session);
        users.stale_backups = ops::vault::stale_backups(&self.session).len();
    }

    /// Adds or removes a user. A refusal is kept for the section instead of the message bar.
    pub(super) fn handle_users(&mut self, command: UsersCommand) {
        let done = match command {
            UsersCommand::Add {
                name,
                function,
                passphrase,
            } => users::add(&mut self.session, &name, &function, &passphrase.0)
                .map(|()| t::USERS_ADDED_MESSAGE.to_owned()),
            UsersCommand::Remove { name } => {
                users::remove(&mut self.session, &name, &mut |_, _| {}).map(|()| {
                    super::vault_care::with_backups(
                        &mut self.session,
                        t::USERS_REMOVED_MESSAGE,
                        &[],
                    )
                })
            }
        };
        match done {
            Ok(text) => {
                self.state.users.refusal = None;
                self.state.message = Some(Message {
                    error: false,
                    text,
                    items: Vec::new(),
                });
            }
            Err(e) => self.state.users.refusal = Some(AppError::from(e).message()),
        }
        self.refresh_users();
    }
}
