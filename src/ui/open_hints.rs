//! The open writing-check hints of a whole dossier, as shown before an export: where each
//! sits, what is wrong, and a button to go there.

use crate::app::Command;
use crate::app::Nav;
use crate::app::hints::{HintPlace, OpenHint};
use crate::domain::Dossier;
use crate::texts;

/// The hints of the last dossier revision, so the dossier is not re-checked every frame.
#[derive(Debug, Default)]
pub struct OpenHintsCache {
    key: Option<(crate::domain::DossierId, usize, usize)>,
    hints: Vec<OpenHint>,
}

impl OpenHintsCache {
    /// The open hints of `dossier`, recomputed only when it changed.
    pub fn hints(&mut self, state: &crate::app::AppState, dossier: &Dossier) -> &[OpenHint] {
        let key = (dossier.id, dossier.history.len(), dossier.kept_hints.len());
        if self.key != Some(key) {
            let opts = crate::app::hints::lint_options(state, Some(dossier));
            self.hints = crate::app::hints::open_hints(&state.forms, dossier, &opts);
            self.key = Some(key);
        }
        &self.hints
    }
}

/// Where a hint sits, in words.
pub fn place_label(place: &HintPlace) -> String {
    match place {
        HintPlace::Field { step, label, .. } => {
            format!("{} {}: {label}", texts::STEP, step.number())
        }
        HintPlace::Signal(id) => format!("{} {id}", texts::HINT_PLACE_SIGNAL),
        HintPlace::Conversation(id) => format!("{} {id}", texts::HINT_PLACE_CONVERSATION),
    }
}

/// Lists the open hints (or says there are none); "Ga naar" opens the step.
pub fn open_hints_ui(ui: &mut egui::Ui, hints: &[OpenHint], cmds: &mut Vec<Command>) {
    if hints.is_empty() {
        ui.label(texts::OPEN_HINTS_NONE);
        return;
    }
    ui.label(egui::RichText::new(texts::OPEN_HINTS_HELP).weak());
    egui::Grid::new("open_hints")
        .num_columns(4)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for (i, h) in hints.iter().enumerate() {
                ui.label(place_label(&h.place));
                let color = super::lint_editor::category_color(h.lint.category, ui.visuals());
                ui.label(
                    egui::RichText::new(h.lint.category.label())
                        .strong()
                        .color(color),
                );
                ui.label(format!(
                    "\u{201c}{}\u{201d} \u{2014} {}",
                    h.matched, h.lint.message
                ));
                if ui
                    .push_id(i, |ui| ui.small_button(texts::GO_TO))
                    .inner
                    .on_hover_text(format!("{} {}", texts::GO_TO, place_label(&h.place)))
                    .clicked()
                {
                    cmds.push(Command::Nav(Nav::SelectStep(h.place.step())));
                }
                ui.end_row();
            }
        });
}
