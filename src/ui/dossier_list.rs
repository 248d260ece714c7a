//! The dossier list: status, current step, next action, who holds it; search.

use crate::app::Nav;
use crate::app::{AppState, Command, ListRow};
use crate::domain::{Reminder, Step};
use crate::texts;

/// Search text and the one-shot focus request of Ctrl+F.
#[derive(Debug, Default)]
pub struct DossierListView {
    /// The search text.
    pub search: String,
    /// Put the focus in the search field on the next frame.
    pub focus_search: bool,
}

/// The next action for a dossier, as the list shows it, with its date where it has one:
/// the earliest reminder, else what the current step asks.
pub fn next_action(row: &ListRow) -> (String, Option<chrono::NaiveDate>) {
    if let Some(r) = row.reminders.first() {
        return (r.kind.label(), Some(r.due));
    }
    if row.closed || row.step_done {
        return (texts::window::NEXT_ACTION_NONE.to_owned(), None);
    }
    if row.step == Step::Beslissen {
        // Once the decision is recorded, what is left is completing stap 5.
        let action = if row.decided {
            texts::window::NEXT_ACTION_COMPLETE_STEP
        } else {
            texts::window::NEXT_ACTION_DECIDE
        };
        return (action.to_owned(), None);
    }
    let action = texts::window::NEXT_ACTION_PER_STEP
        .get(row.step.index())
        .copied()
        .unwrap_or(texts::window::NEXT_ACTION_COMPLETE_STEP);
    (action.to_owned(), None)
}

/// A date as the list shows it: "te laat" after it when it is past on `today`.
pub fn due_text(on: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    if on < today {
        format!(
            "{} {}",
            super::format_date(on),
            texts::common::REMINDER_OVERDUE_LABEL
        )
    } else {
        super::format_date(on)
    }
}

/// Every reminder of a row, one per line (the hover text of its next action).
fn reminders_tip(reminders: &[Reminder], today: chrono::NaiveDate) -> String {
    let mut lines = vec![texts::window::DOSSIER_LIST_REMINDERS_TIP.to_owned()];
    lines.extend(
        reminders
            .iter()
            .map(|r| format!("{}: {}", r.kind.label(), due_text(r.due, today))),
    );
    lines.join("\n")
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
        ui.heading(texts::window::DOSSIER_LIST_HEADING);
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let label = ui.label(texts::window::DOSSIER_LIST_SEARCH_LABEL);
            let field = ui
                .add(egui::TextEdit::singleline(search).desired_width(320.0))
                .labelled_by(label.id);
            if std::mem::take(focus_search) {
                field.request_focus();
            }
        });
        ui.add_space(8.0);
        if state.rows.is_empty() {
            ui.label(texts::window::DOSSIER_LIST_EMPTY);
            return;
        }
        let today = state.now.with_timezone(&chrono::Local).date_naive();
        let shown: Vec<&ListRow> = state.rows.iter().filter(|r| matches(r, search)).collect();
        // One line per dossier, laid out only where visible (#26); the header is row 0.
        let row_h = ui.spacing().interact_size.y.max(
            ui.text_style_height(&egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.y,
        );
        let spacing_y = ui.spacing().item_spacing.y;
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .show_rows(ui, row_h, shown.len() + 1, |ui, range| {
                egui::Grid::new("dossier_list")
                    .striped(true)
                    .spacing([16.0, spacing_y])
                    .min_row_height(row_h)
                    .start_row(range.start)
                    .show(ui, |ui| {
                        for i in range {
                            match i.checked_sub(1) {
                                None => header_ui(ui),
                                Some(r) => row_ui(ui, shown[r], today, cmds),
                            }
                        }
                    });
            });
    }
}

fn header_ui(ui: &mut egui::Ui) {
    for h in [
        texts::common::REFERENCE_LABEL,
        texts::common::TITLE_LABEL,
        texts::common::STATUS_LABEL,
        texts::common::CURRENT_STEP_LABEL,
        texts::window::COLUMN_NEXT_ACTION,
        texts::window::COLUMN_NEXT_ACTION_DATE,
        texts::window::COLUMN_HOLDER,
        texts::window::COLUMN_LAST_CHANGED,
        "",
    ] {
        ui.strong(h);
    }
    ui.end_row();
}

/// A cell at most `width` wide: the text shortened with "…", the full text on hover.
fn short_cell(ui: &mut egui::Ui, text: &str, width: f32) {
    short_cell_tip(ui, text, width, text);
}

/// A cell at most `width` wide: the text shortened with "…", `tip` on hover.
fn short_cell_tip(ui: &mut egui::Ui, text: &str, width: f32, tip: &str) {
    ui.scope(|ui| {
        ui.set_max_width(width);
        ui.add(egui::Label::new(text).truncate()).on_hover_text(tip);
    });
}

fn row_ui(ui: &mut egui::Ui, row: &ListRow, today: chrono::NaiveDate, cmds: &mut Vec<Command>) {
    ui.label(&row.reference);
    short_cell(ui, &row.title, 260.0);
    ui.label(if row.closed {
        texts::common::DOSSIER_STATUS_CLOSED
    } else {
        texts::common::DOSSIER_STATUS_OPEN
    });
    ui.label(format!(
        "{} {}",
        texts::common::STEP_PREFIX,
        row.step.number()
    ))
    .on_hover_text(row.step.title());
    let (action, on) = next_action(row);
    let reminders = &row.reminders;
    ui.horizontal(|ui| {
        if reminders.len() > 1 {
            let more = format!(
                "{action} (+{} {})",
                reminders.len() - 1,
                texts::window::DOSSIER_LIST_MORE_REMINDERS
            );
            short_cell_tip(ui, &more, 220.0, &reminders_tip(reminders, today));
        } else {
            short_cell(ui, &action, 220.0);
        }
        super::afspraken_view::due_badge_ui(ui, row, today, cmds);
    });
    match on {
        Some(on) if on < today => {
            ui.colored_label(ui.visuals().error_fg_color, due_text(on, today))
                .on_hover_text(texts::window::NEXT_ACTION_OVERDUE_TIP);
        }
        Some(on) => {
            ui.label(due_text(on, today));
        }
        None => {
            ui.label("");
        }
    }
    ui.label(&row.holder);
    ui.label(super::format_date(row.updated));
    if ui
        .button(texts::window::OPEN_BUTTON)
        .on_hover_text(format!("{} {}", texts::window::OPEN_BUTTON, row.reference))
        .clicked()
    {
        cmds.push(Command::Nav(Nav::OpenDossier(row.id)));
    }
    ui.end_row();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DossierId;

    fn row(step: Step, decided: bool) -> ListRow {
        ListRow {
            id: DossierId(1),
            reference: "MD-2026-0001".to_owned(),
            title: "Groep 5".to_owned(),
            closed: false,
            step,
            step_done: false,
            decided,
            updated: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default(),
            reminders: Vec::new(),
            holder: "Zoë Çelik".to_owned(),
            afspraken_due: Vec::new(),
        }
    }

    #[test]
    fn stap_5_asks_for_the_decision_until_it_is_recorded() {
        assert_eq!(
            next_action(&row(Step::Beslissen, false)).0,
            texts::window::NEXT_ACTION_DECIDE
        );
        assert_eq!(
            next_action(&row(Step::Beslissen, true)).0,
            texts::window::NEXT_ACTION_COMPLETE_STEP
        );
        assert_eq!(
            next_action(&row(Step::Wegen, false)).0,
            texts::window::NEXT_ACTION_PER_STEP[3]
        );
    }
}
