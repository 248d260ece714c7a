//! The bar at the top: navigation, the example marker and the save state.

use crate::app::{AppState, Command, Source};
use crate::app::{Nav, Op};
use crate::texts;

use super::command_button_ui;

/// Draws the top bar.
pub fn top_bar_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.strong(texts::window::WINDOW_TITLE);
        if let Source::Example { changed } = state.source {
            ui.label(
                egui::RichText::new(format!(" {} ", texts::window::EXAMPLE_BADGE))
                    .strong()
                    .background_color(ui.visuals().warn_fg_color)
                    .color(ui.visuals().panel_fill),
            );
            if changed {
                ui.colored_label(ui.visuals().warn_fg_color, texts::window::EXAMPLE_NOT_SAVED);
            }
        }
        ui.separator();
        command_button_ui(ui, Command::Nav(Nav::ShowList), cmds);
        command_button_ui(ui, Command::Nav(Nav::ShowNewDossier), cmds);
        command_button_ui(ui, Command::Nav(Nav::FocusSearch), cmds);
        command_button_ui(ui, Command::Nav(Nav::ShowOrganisation), cmds);
        command_button_ui(ui, Command::Nav(Nav::ShowSettings), cmds);
        command_button_ui(ui, Command::Op(Op::Save), cmds);
        command_button_ui(ui, Command::Op(Op::Lock), cmds);
        if state.is_example() {
            ui.separator();
            command_button_ui(ui, Command::Nav(Nav::ShowWizard), cmds);
        }
    });
    if state.is_example() {
        ui.colored_label(ui.visuals().warn_fg_color, texts::window::EXAMPLE_BANNER);
    }
    if let Some(holder) = &state.read_only_holder
        && state.lock_status == crate::app::lock_takeover::LockStatus::Own
    {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("{} {holder}", texts::window::READ_ONLY_BANNER_HELD_BY),
        );
    }
    ui.add_space(4.0);
}
