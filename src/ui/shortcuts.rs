//! The keyboard shortcuts of the commands: egui's key types stay in the view layer.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::Command;

/// The keyboard shortcut of a command, if it has one.
pub fn shortcut(command: &Command) -> Option<KeyboardShortcut> {
    let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
    match command {
        Command::NewDossier => cmd(Key::N),
        Command::Save => cmd(Key::S),
        Command::FocusSearch => cmd(Key::F),
        Command::Lock => cmd(Key::L),
        _ => None,
    }
}

/// The commands with a shortcut, checked every frame.
pub const WITH_SHORTCUT: [Command; 4] = [
    Command::NewDossier,
    Command::Save,
    Command::FocusSearch,
    Command::Lock,
];

/// The commands triggered by shortcuts pressed this frame (consumes the keys).
pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    WITH_SHORTCUT
        .into_iter()
        .filter(|c| shortcut(c).is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s))))
        .collect()
}
