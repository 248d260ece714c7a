//! Theme, zoom and the idle lock.

use crate::app::Prefs;
use crate::app::{AppState, Command, ThemeChoice};
use crate::texts;

/// Draws the settings.
pub fn settings_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let prefs = &state.prefs;
    ui.heading(texts::window::SETTINGS_HEADING);
    ui.add_space(8.0);
    ui.label(texts::window::SETTINGS_THEME_LABEL);
    ui.horizontal(|ui| {
        for (choice, text) in [
            (ThemeChoice::System, texts::window::SETTINGS_THEME_SYSTEM),
            (ThemeChoice::Light, texts::window::SETTINGS_THEME_LIGHT),
            (ThemeChoice::Dark, texts::window::SETTINGS_THEME_DARK),
        ] {
            if ui.radio(prefs.theme == choice, text).clicked() {
                cmds.push(Command::Prefs(Prefs::SetTheme(choice)));
            }
        }
    });
    ui.add_space(8.0);
    let mut percent = (prefs.zoom * 100.0).round() as u32;
    let label = ui.label(texts::window::SETTINGS_ZOOM_LABEL);
    if ui
        .add(egui::Slider::new(&mut percent, 75..=200).step_by(5.0))
        .labelled_by(label.id)
        .changed()
    {
        cmds.push(Command::Prefs(Prefs::SetZoom(percent as f32 / 100.0)));
    }
    ui.add_space(8.0);
    let mut minutes = prefs.idle_lock_minutes;
    let label = ui.label(texts::window::SETTINGS_IDLE_LOCK_LABEL);
    if ui
        .add(egui::Slider::new(&mut minutes, 0..=60))
        .labelled_by(label.id)
        .changed()
    {
        cmds.push(Command::Prefs(Prefs::SetIdleLock(minutes)));
    }
}
