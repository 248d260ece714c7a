//! The lock screen: asks the passphrase again after idle time or Ctrl+L.

use crate::app::Op;
use crate::app::{AppState, Command};
use crate::texts;

/// The passphrase being typed.
#[derive(Debug, Default)]
pub struct LockView {
    passphrase: String,
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
                    egui::TextEdit::singleline(passphrase)
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
                cmds.push(Command::Op(Op::Unlock(std::mem::take(passphrase))));
            }
            if let Some(message) = &state.message {
                ui.colored_label(ui.visuals().error_fg_color, &message.text);
            }
        });
    }
}
