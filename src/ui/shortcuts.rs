//! The keyboard shortcuts of the commands: egui's key types stay in the view layer.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::app::Command;
use crate::app::{Nav, Op};

/// The keyboard shortcut of a command, if it has one.
pub fn shortcut(command: &Command) -> Option<KeyboardShortcut> {
    let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
    match command {
        Command::Nav(Nav::ShowNewDossier) => cmd(Key::N),
        Command::Op(Op::Save) => cmd(Key::S),
        Command::Nav(Nav::FocusSearch) => cmd(Key::F),
        Command::Op(Op::Lock) => cmd(Key::L),
        _ => None,
    }
}

/// The commands with a shortcut, checked every frame.
pub const WITH_SHORTCUT: [Command; 4] = [
    Command::Nav(Nav::ShowNewDossier),
    Command::Op(Op::Save),
    Command::Nav(Nav::FocusSearch),
    Command::Op(Op::Lock),
];

/// The commands triggered by shortcuts pressed this frame (consumes the keys).
pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    WITH_SHORTCUT
        .into_iter()
        .filter(|c| shortcut(c).is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s))))
        .collect()
}
