//! The dossier list: status, current step, next action, who holds it; search.

use crate::app::{AppState, Command};
use crate::domain::{Dossier, Step, StepStatus};
use crate::texts;

/// Search text and the one-shot focus request of Ctrl+F.
#[derive(Debug, Default)]
pub struct DossierListView {
    /// The search text.
    pub search: String,
    /// Put the focus in the search field on the next frame.
    pub focus_search: bool,
}

/// The next action for a dossier, as the list shows it.
pub fn next_action(d: &Dossier) -> String {
    if d.is_closed() {
        return texts::NEXT_NONE.to_owned();
    }
    let step = d.current_step();
    if step == Step::Beslissen && d.decisions.is_empty() {
        return texts::NEXT_DECIDE.to_owned();
    }
    if d.step(step).status == StepStatus::Afgerond {
        return texts::NEXT_NONE.to_owned();
    }
    format!(
        "{} {}: {}",
        texts::STEP,
        step.number(),
        texts::NEXT_COMPLETE_STEP.to_lowercase()
    )
}

fn matches(d: &Dossier, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || d.reference.to_lowercase().contains(&search)
        || d.title.to_lowercase().contains(&search)
}

impl DossierListView {
    /// Draws the list.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let Self {
            search,
            focus_search,
        } = self;
        ui.heading(texts::LIST_HEADING);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let label = ui.label(texts::LIST_SEARCH);
            let field = ui
                .add(egui::TextEdit::singleline(search).desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(focus_search) {
                field.request_focus();
            }
        });
        ui.add_space(8.0);
        if state.dossiers.is_empty() {
            ui.label(texts::LIST_EMPTY);
            return;
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("dossier_list")
                .striped(true)
                .spacing([16.0, 8.0])
                .show(ui, |ui| {
                    for h in [
                        texts::COL_REFERENCE,
                        texts::COL_TITLE,
                        texts::COL_STATUS,
                        texts::COL_STEP,
                        texts::COL_NEXT,
                        texts::COL_HOLDER,
                        "",
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for d in state.dossiers.iter().filter(|d| matches(d, search)) {
                        row_ui(ui, d, cmds);
                    }
                });
        });
    }
}

fn row_ui(ui: &mut egui::Ui, d: &Dossier, cmds: &mut Vec<Command>) {
    ui.label(&d.reference);
    ui.label(&d.title);
    ui.label(if d.is_closed() {
        texts::STATUS_CLOSED
    } else {
        texts::STATUS_OPEN
    });
    let step = d.current_step();
    ui.label(format!("{} {}", texts::STEP, step.number()))
        .on_hover_text(step.title());
    let last = d.history.last().map_or(d.created_at, |h| h.at);
    ui.label(format!(
        "{} ({})",
        next_action(d),
        super::format_date(last.date_naive())
    ));
    ui.label(&d.created_by.name);
    if ui
        .button(texts::OPEN)
        .on_hover_text(format!("{} {}", texts::OPEN, d.reference))
        .clicked()
    {
        cmds.push(Command::OpenDossier(d.id));
    }
    ui.end_row();
}
