//! Afspraken and veiligheidsplan in step 5 (seeds 001, 002): who, what, by when, how it is
//! checked; kept or not; a missed agreement leads back to the afwegingskader in one click.

use crate::app::{AppState, Command, FollowupCommand};
use crate::app::{Nav, Op};
use crate::domain::{Afspraak, AfspraakStatus, Dossier};
use crate::texts;

/// Drafts of a new agreement.
#[derive(Debug, Default)]
pub struct AfsprakenView {
    who: String,
    what: String,
    due: String,
    check: String,
    rows: super::lazy_list::LazyRows,
}

/// The Dutch status of an agreement on `today`.
pub fn status_label(a: &Afspraak, today: chrono::NaiveDate) -> &'static str {
    match a.status {
        AfspraakStatus::Nagekomen => texts::window::AFSPRAAK_STATUS_KEPT,
        AfspraakStatus::NietNagekomen => texts::window::AFSPRAAK_STATUS_NOT_KEPT,
        AfspraakStatus::Lopend if a.overdue(today) => texts::window::AFSPRAAK_STATUS_OVERDUE,
        AfspraakStatus::Lopend if a.due == today => texts::window::AFSPRAAK_STATUS_DUE_TODAY,
        AfspraakStatus::Lopend => texts::window::AFSPRAAK_STATUS_RUNNING,
    }
}

/// The reason recorded when an agreement was not kept.
pub fn missed_reason(a: &Afspraak) -> String {
    format!(
        "{} {} ({} {})",
        texts::window::AFSPRAAK_NOT_KEPT_REASON,
        a.what.trim(),
        texts::window::AFSPRAAK_DUE,
        super::format_date(a.due)
    )
}

impl AfsprakenView {
    /// Draws the veiligheidsplan.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            who,
            what,
            due,
            check,
            rows,
        } = self;
        let today = state.now.with_timezone(&chrono::Local).date_naive();
        ui.heading(texts::common::AFSPRAKEN_HEADING);
        ui.label(egui::RichText::new(texts::window::AFSPRAKEN_HELP).weak());
        if d.afspraken.is_empty() {
            ui.label(texts::window::AFSPRAKEN_NONE);
        }
        // Laid out only where visible: a long case gathers many agreements (#26).
        let keyed = d.afspraken.iter().map(|a| (u64::from(a.id), a));
        rows.show(ui, keyed, |ui, a| {
            ui.push_id(("afspraak", a.id), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let status = status_label(a, today);
                    let color = if status == texts::window::AFSPRAAK_STATUS_OVERDUE
                        || a.status == AfspraakStatus::NietNagekomen
                    {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(egui::RichText::new(status).strong().color(color));
                        ui.label(format!(
                            "{} {}",
                            texts::window::AFSPRAAK_DUE,
                            super::format_date(a.due)
                        ));
                        if let Some(on) = a.checked_on {
                            ui.label(format!(
                                "({} {})",
                                texts::window::AFSPRAAK_CHECKED_ON,
                                super::format_date(on)
                            ));
                        }
                    });
                    ui.label(format!("{}: {}", texts::window::AFSPRAAK_WHO_LABEL, a.who));
                    ui.label(format!(
                        "{}: {}",
                        texts::window::AFSPRAAK_WHAT_LABEL,
                        a.what
                    ));
                    ui.label(format!(
                        "{}: {}",
                        texts::window::AFSPRAAK_CHECK_LABEL,
                        a.check
                    ));
                    if a.status == AfspraakStatus::Lopend && !d.is_closed() {
                        ui.horizontal_wrapped(|ui| {
                            if ui
                                .button(texts::window::AFSPRAAK_MARK_KEPT_BUTTON)
                                .clicked()
                            {
                                cmds.push(Command::Op(Op::Followup(
                                    FollowupCommand::AfspraakKept(a.id),
                                )));
                            }
                            if ui
                                .button(texts::window::AFSPRAAK_MARK_NOT_KEPT_BUTTON)
                                .on_hover_text(texts::window::AFSPRAAK_MARK_NOT_KEPT_TIP)
                                .clicked()
                            {
                                cmds.push(Command::Op(Op::Followup(
                                    FollowupCommand::AfspraakMissed {
                                        id: a.id,
                                        reason: missed_reason(a),
                                    },
                                )));
                            }
                        });
                    }
                });
            });
        });
        if d.is_closed() {
            return;
        }
        ui.add_space(6.0);
        egui::CollapsingHeader::new(texts::window::AFSPRAAK_ADD_HEADING)
            .id_salt("afspraak_add")
            .default_open(d.afspraken.is_empty())
            .show(ui, |ui| {
                super::labelled_singleline_ui(ui, texts::window::AFSPRAAK_WHO_LABEL, who);
                super::labelled_singleline_ui(ui, texts::window::AFSPRAAK_WHAT_LABEL, what);
                super::labelled_singleline_ui(ui, texts::window::AFSPRAAK_DUE_INPUT_LABEL, due);
                super::labelled_singleline_ui(ui, texts::window::AFSPRAAK_CHECK_LABEL, check);
                let date = super::parse_date(due);
                if !due.trim().is_empty() && date.is_none() {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        texts::window::DATE_FORMAT_ERROR,
                    );
                }
                let ready = date.is_some()
                    && !who.trim().is_empty()
                    && !what.trim().is_empty()
                    && !check.trim().is_empty();
                if ui
                    .add_enabled(
                        ready,
                        egui::Button::new(texts::window::AFSPRAAK_SAVE_BUTTON),
                    )
                    .on_disabled_hover_text(texts::messages::AFSPRAAK_INCOMPLETE)
                    .clicked()
                    && let Some(due_date) = date
                {
                    cmds.push(Command::Op(Op::Followup(FollowupCommand::AddAfspraak {
                        who: std::mem::take(who),
                        what: std::mem::take(what),
                        due: due_date,
                        check: std::mem::take(check),
                    })));
                    due.clear();
                }
            });
    }
}

/// In the dossier list: how many agreements are overdue or due within a week, with a button
/// that opens step 5 of that dossier.
pub fn due_badge_ui(
    ui: &mut egui::Ui,
    row: &crate::app::ListRow,
    today: chrono::NaiveDate,
    cmds: &mut Vec<Command>,
) {
    if row.closed {
        return;
    }
    let overdue = row.afspraken_due.iter().filter(|(_, d)| *d < today).count();
    let soon = row
        .afspraken_due
        .iter()
        .filter(|(_, d)| *d >= today && (*d - today).num_days() <= 7)
        .count();
    if overdue == 0 && soon == 0 {
        return;
    }
    let (text, color) = if overdue > 0 {
        (
            format!("{overdue} {}", texts::window::DOSSIER_LIST_AFSPRAAK_OVERDUE),
            ui.visuals().error_fg_color,
        )
    } else {
        (
            format!("{soon} {}", texts::window::DOSSIER_LIST_AFSPRAAK_DUE_SOON),
            ui.visuals().warn_fg_color,
        )
    };
    if ui
        .button(egui::RichText::new(text).color(color).strong())
        .on_hover_text(texts::window::DOSSIER_LIST_AFSPRAAK_TIP)
        .clicked()
    {
        cmds.push(Command::Nav(Nav::OpenDossier(row.id)));
        cmds.push(Command::Op(Op::Followup(FollowupCommand::Show {
            step: crate::domain::Step::Beslissen,
            section: crate::app::FollowupSection::Afspraken,
        })));
    }
}
