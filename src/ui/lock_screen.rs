//! The lock screen: asks the passphrase again after idle time or Ctrl+L.

use zeroize::Zeroizing;

use crate::app::{AppState, Command};
use crate::app::{Op, Passphrase};
use crate::texts;

/// The passphrase being typed: wiped when used or dropped, never shown by `Debug`.
pub struct LockView {
    passphrase: Zeroizing<String>,
}

impl Default for LockView {
    fn default() -> Self {
        Self {
            passphrase: Passphrase::field(),
        }
    }
}

impl std::fmt::Debug for LockView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockView").finish_non_exhaustive()
    }
}

impl LockView {
    /// Whether nothing is typed (the field is emptied once the passphrase is used).
    pub fn is_empty(&self) -> bool {
        self.passphrase.is_empty()
    }
}

impl LockView {
    /// Draws the lock screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let Self { passphrase } = self;
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.heading(texts::window::LOCK_SCREEN_HEADING);
            ui.add_space(8.0);
            if state.is_example() {
                ui.label(texts::window::LOCK_SCREEN_EXAMPLE_HELP);
            } else {
                ui.label(texts::window::LOCK_SCREEN_HELP);
            }
            ui.add_space(8.0);
            let label = ui.label(texts::window::PASSPHRASE_LABEL);
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut **passphrase)
                        .password(true)
                        .desired_width(280.0),
                )
                .labelled_by(label.id);
            if !field.has_focus() && !ui.ctx().memory(|m| m.focused().is_some()) {
                field.request_focus();
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui
                .button(texts::window::LOCK_SCREEN_UNLOCK_BUTTON)
                .clicked()
                || enter
            {
                cmds.push(Command::Op(Op::Unlock(Passphrase::take_from(passphrase))));
                super::forget_typed(ui, field.id);
            }
            if let Some(message) = &state.message {
                ui.colored_label(ui.visuals().error_fg_color, &message.text);
            }
        });
    }
}
