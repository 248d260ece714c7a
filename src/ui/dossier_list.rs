//! The dossier list: status, current step, next action, who holds it; search.

use crate::app::Nav;
use crate::app::{AppState, Command, ListRow, NextDated};
use crate::domain::Step;
use crate::texts;

/// Search text and the one-shot focus request of Ctrl+F.
#[derive(Debug, Default)]
pub struct DossierListView {
    /// The search text.
    pub search: String,
    /// Put the focus in the search field on the next frame.
    pub focus_search: bool,
}

/// The next action for a dossier, as the list shows it, with its date where it has one.
pub fn next_action(row: &ListRow) -> (String, Option<chrono::NaiveDate>) {
    if row.closed {
        return (texts::NEXT_NONE.to_owned(), None);
    }
    if let Some((what, on)) = row.next_dated {
        let text = match what {
            NextDated::Afspraak => texts::NEXT_CHECK_AFSPRAAK,
            NextDated::CatchUp => texts::NEXT_CATCH_UP,
        };
        return (text.to_owned(), Some(on));
    }
    if row.step_done {
        return (texts::NEXT_NONE.to_owned(), None);
    }
    if row.step == Step::Beslissen && !row.decided {
        return (texts::NEXT_DECIDE.to_owned(), None);
    }
    let action = texts::NEXT_STEP_ACTIONS
        .get(row.step.index())
        .copied()
        .unwrap_or(texts::NEXT_COMPLETE_STEP);
    (action.to_owned(), None)
}

fn matches(row: &ListRow, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    search.is_empty()
        || row.reference.to_lowercase().contains(&search)
        || row.title.to_lowercase().contains(&search)
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
        if state.rows.is_empty() {
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
                        texts::COL_NEXT_DATE,
                        texts::COL_HOLDER,
                        texts::COL_UPDATED,
                        "",
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    let today = state.now.with_timezone(&chrono::Local).date_naive();
                    for row in state.rows.iter().filter(|r| matches(r, search)) {
                        row_ui(ui, row, today, cmds);
                    }
                });
        });
    }
}

fn row_ui(ui: &mut egui::Ui, row: &ListRow, today: chrono::NaiveDate, cmds: &mut Vec<Command>) {
    ui.label(&row.reference);
    ui.label(&row.title);
    ui.label(if row.closed {
        texts::STATUS_CLOSED
    } else {
        texts::STATUS_OPEN
    });
    ui.label(format!("{} {}", texts::STEP, row.step.number()))
        .on_hover_text(row.step.title());
    let (action, on) = next_action(row);
    ui.horizontal_wrapped(|ui| {
        ui.label(action);
        super::afspraken_view::due_badge_ui(ui, row, today, cmds);
    });
    match on {
        Some(on) if on < today => {
            ui.colored_label(ui.visuals().error_fg_color, super::format_date(on))
                .on_hover_text(texts::OVERDUE);
        }
        Some(on) => {
            ui.label(super::format_date(on));
        }
        None => {
            ui.label("");
        }
    }
    ui.label(&row.holder);
    ui.label(super::format_date(row.updated));
    if ui
        .button(texts::OPEN)
        .on_hover_text(format!("{} {}", texts::OPEN, row.reference))
        .clicked()
    {
        cmds.push(Command::Nav(Nav::OpenDossier(row.id)));
    }
    ui.end_row();
}
