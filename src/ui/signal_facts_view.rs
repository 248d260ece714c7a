//! Under each signal of stap 1 (#16): its record (withdrawn, approved by its source, earlier
//! versions) and the buttons to correct, withdraw or approve it, each with a small form.
//! A signal is never edited in place; the form stays with what was typed until the dossier
//! holds the new record, so a refused one loses nothing.

use crate::app::{AppState, Command, FactsCommand, Op};
use crate::domain::{Dossier, Signal};
use crate::texts;
use crate::texts::window as t;

/// The one form open under the signals list, if any.
#[derive(Debug, Default)]
pub struct SignalFacts {
    open: Option<OpenForm>,
}

#[derive(Debug)]
struct OpenForm {
    /// The dossier the signal is in (the view is shared by every dossier).
    dossier: crate::domain::DossierId,
    /// The signal's id.
    signal: u32,
    form: Form,
    /// How many records of this kind the signal had when the form was sent.
    sent: Option<usize>,
}

#[derive(Debug)]
enum Form {
    Correct { text: String, reason: String },
    Withdraw { reason: String },
    Approve { by: String, on: String, how: String },
}

impl Form {
    /// How many records of this form's kind the signal has.
    fn recorded(&self, d: &Dossier, signal: u32) -> usize {
        match self {
            Form::Correct { .. } => d.signal_versions(signal).len(),
            Form::Withdraw { .. } => usize::from(d.signal_withdrawal(signal).is_some()),
            Form::Approve { .. } => d
                .signal_approvals
                .iter()
                .filter(|a| a.signal == signal)
                .count(),
        }
    }
}

fn local_date(at: chrono::DateTime<chrono::Utc>) -> String {
    super::format_date(at.with_timezone(&chrono::Local).date_naive())
}

/// The text of a signal: struck through once withdrawn, with the words a hint points at
/// marked otherwise.
pub fn signal_text_ui(
    ui: &mut egui::Ui,
    d: &Dossier,
    s: &Signal,
    mark: Option<&std::ops::Range<usize>>,
) {
    if d.signal_withdrawal(s.id).is_some() {
        ui.label(egui::RichText::new(&s.text).strikethrough().weak());
    } else {
        super::hint_target::marked_text_ui(ui, &s.text, mark);
    }
}

impl SignalFacts {
    /// Draws the record of signal `s` below its text, its buttons and, when open, its form.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        s: &Signal,
        cmds: &mut Vec<Command>,
    ) {
        if let Some(open) = &self.open
            && (open.dossier, open.signal) == (d.id, s.id)
            && open
                .sent
                .is_some_and(|before| open.form.recorded(d, s.id) > before)
        {
            self.open = None;
        }
        record_ui(ui, d, s);
        let withdrawn = d.signal_withdrawal(s.id).is_some();
        if d.is_closed() || withdrawn {
            return;
        }
        ui.horizontal(|ui| {
            let mut start = |form: Form| {
                self.open = Some(OpenForm {
                    dossier: d.id,
                    signal: s.id,
                    form,
                    sent: None,
                });
            };
            if ui.button(t::SIGNAL_CORRECT_BUTTON).clicked() {
                start(Form::Correct {
                    text: s.text.clone(),
                    reason: String::new(),
                });
            }
            if ui.button(t::SIGNAL_WITHDRAW_BUTTON).clicked() {
                start(Form::Withdraw {
                    reason: String::new(),
                });
            }
            if d.awaits_approval(s) && ui.button(t::SIGNAL_APPROVE_BUTTON).clicked() {
                start(Form::Approve {
                    by: s.source.clone().unwrap_or_default(),
                    on: super::format_date(state.today()),
                    how: String::new(),
                });
            }
        });
        let Some(open) = self
            .open
            .as_mut()
            .filter(|o| (o.dossier, o.signal) == (d.id, s.id))
        else {
            return;
        };
        let mut cancel = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let sent = open.form.recorded(d, s.id);
            let command = form_ui(ui, state, s.id, &mut open.form, &mut cancel);
            if let Some(command) = command {
                open.sent = Some(sent);
                cmds.push(Command::Op(Op::Facts(command)));
            }
        });
        if cancel {
            self.open = None;
        }
    }
}

/// The lines that say what happened to a signal: withdrawn, approved or still waiting for
/// its source, and its earlier texts folded.
fn record_ui(ui: &mut egui::Ui, d: &Dossier, s: &Signal) {
    if let Some(w) = d.signal_withdrawal(s.id) {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t::SIGNAL_WITHDRAWN_LINE
                .replace("{date}", &local_date(w.at))
                .replace("{who}", &w.by.name)
                .replace("{reason}", &w.reason),
        );
    }
    if let Some(a) = d.signal_approval(s.id) {
        ui.label(
            egui::RichText::new(
                t::SIGNAL_APPROVED_LINE
                    .replace("{who}", &a.by)
                    .replace("{date}", &super::format_date(a.on))
                    .replace("{how}", &a.how),
            )
            .weak(),
        );
    }
    let versions = d.signal_versions(s.id);
    if versions.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(format!(
        "{} ({})",
        t::SIGNAL_EARLIER_VERSIONS_HEADING,
        versions.len()
    ))
    .id_salt(("signal_versions", s.id))
    .show(ui, |ui| {
        for v in versions.into_iter().rev() {
            ui.label(
                egui::RichText::new(
                    t::SIGNAL_VERSION_REPLACED_LINE
                        .replace("{date}", &local_date(v.replaced_at))
                        .replace("{who}", &v.by.name)
                        .replace("{reason}", &v.reason),
                )
                .weak(),
            );
            ui.label(egui::RichText::new(&v.text).italics());
            ui.add_space(2.0);
        }
    });
}

/// One open form; returns the command when its button was pressed. A date that is no date
/// sends nothing and says so.
fn form_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    signal: u32,
    form: &mut Form,
    cancel: &mut bool,
) -> Option<FactsCommand> {
    let mut command = None;
    let save_label = match form {
        Form::Correct { text, reason } => {
            ui.label(egui::RichText::new(t::SIGNAL_CORRECT_HELP).weak());
            super::labelled_multiline_ui(ui, t::SIGNAL_CORRECT_TEXT_LABEL, text);
            super::labelled_singleline_ui(ui, t::SIGNAL_CORRECT_REASON_LABEL, reason);
            t::SIGNAL_CORRECT_SAVE_BUTTON
        }
        Form::Withdraw { reason } => {
            ui.label(egui::RichText::new(t::SIGNAL_WITHDRAW_HELP).weak());
            super::labelled_singleline_ui(ui, t::SIGNAL_WITHDRAW_REASON_LABEL, reason);
            t::SIGNAL_WITHDRAW_SAVE_BUTTON
        }
        Form::Approve { by, on, how } => {
            super::labelled_singleline_ui(ui, t::SIGNAL_APPROVE_BY_LABEL, by);
            super::date_picker::date_text_ui(
                ui,
                t::SIGNAL_APPROVE_DATE_LABEL,
                on,
                "signal_approve_date",
                state.today(),
            );
            super::labelled_singleline_ui(ui, t::SIGNAL_APPROVE_HOW_LABEL, how);
            if on.trim().is_empty() {
                ui.colored_label(ui.visuals().error_fg_color, t::DATE_FORMAT_ERROR);
            }
            t::SIGNAL_APPROVE_SAVE_BUTTON
        }
    };
    ui.horizontal(|ui| {
        if ui.button(save_label).clicked() {
            command = match form {
                Form::Correct { text, reason } => Some(FactsCommand::CorrectSignal {
                    signal,
                    text: text.trim().to_owned(),
                    reason: reason.trim().to_owned(),
                }),
                Form::Withdraw { reason } => Some(FactsCommand::WithdrawSignal {
                    signal,
                    reason: reason.trim().to_owned(),
                }),
                Form::Approve { by, on, how } => {
                    super::parse_date(on).map(|on| FactsCommand::ApproveSignal {
                        signal,
                        by: by.trim().to_owned(),
                        on,
                        how: how.trim().to_owned(),
                    })
                }
            };
        }
        if ui.button(texts::window::CANCEL_BUTTON).clicked() {
            *cancel = true;
        }
    });
    command
}
