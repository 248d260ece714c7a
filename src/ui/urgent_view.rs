//! The urgent path (seed 002: acute onveiligheid, eergerelateerd geweld "binnen het uur"):
//! mark a dossier urgent at any step, then at once what to do now, the calls made, the time
//! since the signal, and the normal steps that are still to be recorded afterwards.

use chrono::{DateTime, Utc};

use crate::app::Op;
use crate::app::{AppState, Command, FollowupCommand};
use crate::domain::{Change, Dossier, Step, StepStatus, UrgentCallee};
use crate::texts;

/// Drafts of the urgent panel.
#[derive(Debug, Default)]
pub struct UrgentView {
    reason: String,
    by: String,
    note: String,
}

/// "12 min", "2 uur 5 min", "3 dagen" since `from`.
pub fn elapsed_label(from: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - from).num_minutes().max(0);
    match minutes {
        0..60 => format!("{minutes} min"),
        60..1440 => format!("{} uur {} min", minutes / 60, minutes % 60),
        _ => format!("{} dagen", minutes / 1440),
    }
}

/// When the latest signal was recorded, from the history.
fn last_signal_recorded(d: &Dossier) -> Option<DateTime<Utc>> {
    d.history
        .iter()
        .rev()
        .find(|h| matches!(h.change, Change::AddSignal { .. }))
        .map(|h| h.at)
}

/// A checklist line: a painted box, ticked when done, and the text (the bundled fonts have
/// no ballot-box glyph).
pub fn check_item_ui(ui: &mut egui::Ui, done: bool, text: impl Into<egui::WidgetText>) {
    ui.horizontal_wrapped(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
        let color = ui.visuals().text_color();
        let stroke = egui::Stroke::new(1.5, color);
        ui.painter()
            .rect_stroke(rect.shrink(1.0), 2.0, stroke, egui::StrokeKind::Inside);
        if done {
            let p = |x: f32, y: f32| rect.min + egui::vec2(x, y);
            ui.painter()
                .line_segment([p(3.0, 7.5), p(6.0, 10.5)], stroke);
            ui.painter()
                .line_segment([p(6.0, 10.5), p(11.5, 3.5)], stroke);
        }
        ui.label(text);
    });
}

impl UrgentView {
    /// Draws the button to mark the dossier urgent, or the urgent panel when it is.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self { reason, by, note } = self;
        let Some(urgent) = &d.urgent else {
            if d.is_closed() {
                return;
            }
            egui::CollapsingHeader::new(texts::window::URGENT_MARK_EXPANDER)
                .id_salt("urgent_mark")
                .show(ui, |ui| {
                    ui.label(texts::window::URGENT_MARK_HELP);
                    super::labelled_singleline_ui(ui, texts::window::URGENT_REASON_LABEL, reason);
                    if ui
                        .add_enabled(
                            !reason.trim().is_empty(),
                            egui::Button::new(texts::window::URGENT_MARK_BUTTON),
                        )
                        .on_disabled_hover_text(texts::messages::REASON_MISSING)
                        .clicked()
                    {
                        cmds.push(Command::Op(Op::Followup(FollowupCommand::MarkUrgent {
                            reason: std::mem::take(reason),
                        })));
                    }
                });
            return;
        };
        let warn = ui.visuals().error_fg_color;
        egui::Frame::group(ui.style())
            .stroke(egui::Stroke::new(2.0, warn))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    egui::RichText::new(texts::window::URGENT_HEADING)
                        .strong()
                        .size(18.0)
                        .color(warn),
                );
                ui.label(format!(
                    "{} {}",
                    texts::window::URGENT_REASON_PREFIX,
                    urgent.reason
                ));
                let since = last_signal_recorded(d).unwrap_or(urgent.marked_at);
                ui.label(
                    egui::RichText::new(format!(
                        "{} {}",
                        texts::window::URGENT_SINCE_SIGNAL,
                        elapsed_label(since, state.now)
                    ))
                    .strong(),
                );
                ui.label(format!(
                    "{} {}",
                    texts::window::URGENT_SINCE_MARKED,
                    elapsed_label(urgent.marked_at, state.now)
                ));
                ui.add_space(4.0);
                ui.strong(texts::window::URGENT_NOW_HEADING);
                for (callee, what) in [
                    (UrgentCallee::Politie, texts::window::URGENT_DO_POLICE),
                    (UrgentCallee::VeiligThuis, texts::window::URGENT_DO_VT),
                    (UrgentCallee::Deskundige, texts::window::URGENT_DO_EXPERT),
                ] {
                    let calls: Vec<_> = urgent.calls.iter().filter(|c| c.to == callee).collect();
                    check_item_ui(ui, !calls.is_empty(), what);
                    for c in calls {
                        ui.label(format!(
                            "      {} {} {} {}{}",
                            texts::window::URGENT_CALLED_AT,
                            c.at.with_timezone(&chrono::Local).format("%d-%m-%Y %H:%M"),
                            texts::window::URGENT_CALLED_BY,
                            c.by.name,
                            if c.note.trim().is_empty() {
                                String::new()
                            } else {
                                format!(": {}", c.note)
                            }
                        ));
                    }
                }
                for item in texts::window::URGENT_CHECKLIST {
                    ui.label(format!("\u{2022} {item}"));
                }
                if !d.is_closed() {
                    ui.add_space(4.0);
                    ui.strong(texts::window::URGENT_RECORD_CALL_HEADING);
                    if by.is_empty() {
                        by.clone_from(&state.profile.user.name);
                    }
                    super::labelled_singleline_ui(ui, texts::window::URGENT_CALLER_LABEL, by);
                    super::labelled_singleline_ui(ui, texts::window::URGENT_CALL_NOTE_LABEL, note);
                    ui.horizontal_wrapped(|ui| {
                        for callee in [
                            UrgentCallee::VeiligThuis,
                            UrgentCallee::Politie,
                            UrgentCallee::Deskundige,
                        ] {
                            if ui
                                .button(format!(
                                    "{} {}",
                                    texts::window::URGENT_CALLED_BUTTON_PREFIX,
                                    callee.label()
                                ))
                                .clicked()
                            {
                                cmds.push(Command::Op(Op::Followup(
                                    FollowupCommand::RecordUrgentCall {
                                        to: callee,
                                        by: by.clone(),
                                        note: std::mem::take(note),
                                    },
                                )));
                            }
                        }
                    });
                }
                let open: Vec<String> = Step::ALL
                    .into_iter()
                    .filter(|s| d.step(*s).status != StepStatus::Afgerond)
                    .map(|s| {
                        format!(
                            "{} {} ({})",
                            texts::common::STEP_PREFIX,
                            s.number(),
                            super::timeline::status_label(d.step(s).status).to_lowercase()
                        )
                    })
                    .collect();
                if !open.is_empty() {
                    ui.add_space(4.0);
                    ui.label(format!(
                        "{} {}",
                        texts::window::URGENT_STEPS_OPEN,
                        open.join(", ")
                    ));
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;

    #[test]
    fn elapsed_reads_in_minutes_hours_and_days() {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let at = |m| t0 + chrono::Duration::minutes(m);
        assert_eq!(elapsed_label(t0, at(42)), "42 min");
        assert_eq!(elapsed_label(t0, at(125)), "2 uur 5 min");
        assert_eq!(elapsed_label(t0, at(3 * 1440 + 5)), "3 dagen");
        assert_eq!(elapsed_label(at(5), t0), "0 min");
    }
}
