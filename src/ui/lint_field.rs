//! A long text with the writing check, for the follow-up screens: a label above a
//! [`LintedText`] (hints underlined in place, the hint panel below, "Suggestie toepassen"
//! and "Negeren…" with a reason, kept in the dossier).

use crate::domain::KeptHint;
use crate::lint::LintOptions;

use super::lint_editor::{LintedLook, LintedText};

/// A labelled, checked long text.
#[derive(Debug, Default)]
pub struct LintField {
    editor: LintedText,
}

impl LintField {
    /// Draws the labelled editor and its hints; returns whether the text changed. A hint
    /// kept with a reason is returned in `kept` with `place` as its place.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        place: &str,
        text: &mut String,
        opts: &LintOptions,
        kept: &mut Vec<KeptHint>,
    ) -> bool {
        let l = ui.label(label);
        let look = LintedLook {
            label: l.id,
            place,
            placeholder: "",
            rows: 4,
        };
        let out = self.editor.ui(ui, text, opts, place, look);
        kept.extend(out.kept);
        out.changed
    }
}
