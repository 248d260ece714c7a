//! The Gebruikers section of the Organisatie page: who has a key slot in the vault. The
//! eindverantwoordelijke and the aandachtsfunctionaris (as the profile on the same page
//! names them) add users and remove them after a confirmation; everybody else sees the
//! list only, with the reason. Passphrase fields are masked and emptied once used. Above
//! it, when there are any, the old backups that still open with an old passphrase, which
//! the same two destroy after a confirmation.

use zeroize::{Zeroize as _, Zeroizing};

use crate::app::{AppState, Command, Op, Passphrase, UsersCommand, VaultCareCommand};
use crate::texts;
use crate::texts::window as t;

/// What is typed in the section.
pub struct UsersView {
    name: String,
    function: String,
    passphrase: Zeroizing<String>,
    passphrase_again: Zeroizing<String>,
    /// The form's own refusal (the two passphrases differ).
    mismatch: bool,
    /// The name just sent to be added: the fields empty once the list shows it.
    adding: Option<String>,
    /// The user whose removal waits for confirmation.
    removing: Option<String>,
    /// Whether renewing the vault's key waits for confirmation.
    rekeying: bool,
    /// Whether destroying the old backups waits for confirmation.
    destroying: bool,
}

impl Default for UsersView {
    fn default() -> Self {
        Self {
            name: String::new(),
            function: String::new(),
            passphrase: Passphrase::field(),
            passphrase_again: Passphrase::field(),
            mismatch: false,
            adding: None,
            removing: None,
            rekeying: false,
            destroying: false,
        }
    }
}

impl std::fmt::Debug for UsersView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passphrases.
        f.debug_struct("UsersView")
            .field("adding", &self.adding)
            .field("removing", &self.removing)
            .field("rekeying", &self.rekeying)
            .field("destroying", &self.destroying)
            .finish_non_exhaustive()
    }
}

impl UsersView {
    /// Draws the section (collapsed until opened), after the old backups that still open
    /// with an old passphrase, if any.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        self.stale_backups_ui(ui, state, cmds);
        egui::CollapsingHeader::new(t::USERS_HEADING)
            .id_salt("users_section")
            .show(ui, |ui| self.body_ui(ui, state, cmds));
        ui.add_space(6.0);
    }

    fn body_ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let users = &state.users;
        if !users.in_vault {
            ui.label(t::USERS_ONLY_IN_VAULT);
            return;
        }
        if let Some(added) = &self.adding {
            if users.rows.iter().any(|u| &u.name == added) {
                self.name.clear();
                self.function.clear();
                self.adding = None;
            } else if users.refusal.is_some() {
                // Refused: keep the name and function to correct them.
                self.adding = None;
            }
        }
        ui.label(egui::RichText::new(t::USERS_INTRO).weak());
        let manage = users.may_manage;
        egui::Grid::new("users_grid")
            .striped(true)
            .num_columns(if manage { 3 } else { 2 })
            .show(ui, |ui| {
                ui.strong(t::USERS_NAME_COLUMN);
                ui.strong(t::USERS_FUNCTION_COLUMN);
                ui.end_row();
                for u in &users.rows {
                    let mut name = u.name.clone();
                    if u.is_self {
                        name = format!("{name} {}", t::USERS_IS_YOU_MARK);
                    }
                    ui.label(name);
                    let mut function = u.function.clone();
                    if u.manages {
                        function = if function.is_empty() {
                            t::USERS_MANAGES_MARK.to_owned()
                        } else {
                            format!("{function}, {}", t::USERS_MANAGES_MARK)
                        };
                    }
                    ui.label(function);
                    // Nobody removes themselves (the vault refuses it too).
                    if manage && !u.is_self && ui.button(t::USERS_REMOVE_BUTTON).clicked() {
                        self.removing = Some(u.name.clone());
                    }
                    ui.end_row();
                }
            });
        if manage {
            self.removal_ui(ui, cmds);
        }
        if let Some(refusal) = &users.refusal {
            ui.colored_label(ui.visuals().error_fg_color, &refusal.text);
        }
        ui.add_space(6.0);
        if manage {
            self.add_ui(ui, cmds);
            ui.add_space(6.0);
            self.rekey_ui(ui, cmds);
        } else {
            ui.label(t::USERS_READ_ONLY);
        }
    }

    /// How many old backups still open with an old passphrase, and (for whoever manages the
    /// users) "Vernietigen…" after a confirmation. Nothing when there are none.
    fn stale_backups_ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let users = &state.users;
        if !users.in_vault || users.stale_backups == 0 {
            self.destroying = false;
            return;
        }
        ui.horizontal(|ui| {
            ui.label(
                t::VAULT_STALE_BACKUPS_LABEL.replace("{count}", &users.stale_backups.to_string()),
            );
            if users.may_manage
                && !self.destroying
                && ui.button(t::VAULT_STALE_BACKUPS_DESTROY_BUTTON).clicked()
            {
                self.destroying = true;
            }
        });
        if self.destroying && users.may_manage {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(t::VAULT_STALE_BACKUPS_QUESTION);
                ui.horizontal(|ui| {
                    if ui.button(t::VAULT_STALE_BACKUPS_CONFIRM_BUTTON).clicked() {
                        cmds.push(Op::VaultCare(VaultCareCommand::DestroyStaleBackups).into());
                        self.destroying = false;
                    }
                    if ui.button(texts::window::CANCEL_BUTTON).clicked() {
                        self.destroying = false;
                    }
                });
            });
        }
        ui.add_space(6.0);
    }

    /// "Nieuwe sleutel maken", after a confirmation.
    fn rekey_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        ui.label(egui::RichText::new(t::VAULT_REKEY_HINT).small());
        if !self.rekeying {
            if ui.button(t::VAULT_REKEY_BUTTON).clicked() {
                self.rekeying = true;
            }
            return;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(t::VAULT_REKEY_QUESTION);
            ui.horizontal(|ui| {
                if ui.button(t::VAULT_REKEY_CONFIRM_BUTTON).clicked() {
                    cmds.push(Op::VaultCare(VaultCareCommand::RotateKey).into());
                    self.rekeying = false;
                }
                if ui.button(texts::window::CANCEL_BUTTON).clicked() {
                    self.rekeying = false;
                }
            });
        });
    }

    fn removal_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let Some(name) = &self.removing else {
            return;
        };
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(format!("{name} {}", t::USERS_REMOVE_QUESTION));
            ui.horizontal(|ui| {
                if ui.button(t::USERS_REMOVE_CONFIRM_BUTTON).clicked() {
                    cmds.push(Op::Users(UsersCommand::Remove { name: name.clone() }).into());
                    close = true;
                }
                if ui.button(texts::window::CANCEL_BUTTON).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.removing = None;
        }
    }

    fn add_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        let Self {
            name,
            function,
            passphrase,
            passphrase_again,
            mismatch,
            adding,
            removing: _,
            rekeying: _,
            destroying: _,
        } = self;
        ui.strong(t::USERS_ADD_HEADING);
        egui::Grid::new("user_add").num_columns(2).show(ui, |ui| {
            super::grid_text_row(ui, t::USERS_NEW_NAME_LABEL, name, false);
            super::grid_text_row(ui, t::USERS_NEW_FUNCTION_LABEL, function, false);
            super::grid_text_row(ui, t::USERS_NEW_PASSPHRASE_LABEL, passphrase, true);
            super::grid_text_row(
                ui,
                t::USERS_NEW_PASSPHRASE_AGAIN_LABEL,
                passphrase_again,
                true,
            );
        });
        ui.label(egui::RichText::new(t::USERS_PASSPHRASE_HANDOVER_HINT).small());
        if *mismatch {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::WIZARD_PASSPHRASES_DIFFER,
            );
        }
        if ui.button(t::USERS_ADD_BUTTON).clicked() {
            *mismatch = **passphrase != **passphrase_again;
            if !*mismatch {
                *adding = Some(name.trim().to_owned());
                cmds.push(
                    Op::Users(UsersCommand::Add {
                        name: name.trim().to_owned(),
                        function: function.trim().to_owned(),
                        passphrase: Passphrase::take_from(passphrase),
                    })
                    .into(),
                );
            }
            // Used or refused: either way wiped and typed again.
            passphrase.zeroize();
            passphrase_again.zeroize();
        }
    }
}
