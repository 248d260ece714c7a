//! Requests to correct or add to the file (AVG art. 16, #16), at every step of the open
//! dossier: the requests with their answers, the form to record one and, under a request
//! without an answer, the form to answer it. Also allowed once the dossier is closed.

use crate::app::{AppState, Command, FactsCommand, Op};
use crate::domain::{CorrectionRequest, Dossier, PersonId};
use crate::texts;
use crate::texts::window as t;

/// The request and the answer being typed.
#[derive(Debug, Default)]
pub struct CorrectionRequestView {
    by: Option<PersonId>,
    by_role: String,
    received: String,
    /// Whether the dates were filled in with today (once: after that they stay as typed).
    dated: bool,
    request: String,
    /// The number of requests when the form was sent: cleared once the dossier holds more.
    pending: Option<usize>,
    answer: Option<AnswerDraft>,
}

#[derive(Debug)]
struct AnswerDraft {
    /// The dossier the request is in (the view is shared by every dossier).
    dossier: crate::domain::DossierId,
    /// The request's id.
    request: u32,
    granted: Option<bool>,
    on: String,
    text: String,
}

fn request_ui(ui: &mut egui::Ui, d: &Dossier, r: &CorrectionRequest) {
    ui.strong(format!(
        "{} \u{2014} {} {}",
        super::family_view::who(d, r.by, &r.by_role),
        t::CORRECTION_REQUEST_RECEIVED_PREFIX,
        super::format_date(r.received_on)
    ));
    ui.label(egui::RichText::new(format!("\u{201c}{}\u{201d}", r.request)).italics());
    match &r.answer {
        Some(a) => {
            let outcome = if a.granted {
                t::CORRECTION_REQUEST_GRANTED_MARKER
            } else {
                t::CORRECTION_REQUEST_REFUSED_MARKER
            };
            ui.label(format!(
                "{outcome} {}: {}",
                super::format_date(a.on),
                a.text
            ));
        }
        None => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t::CORRECTION_REQUEST_OPEN_MARKER,
            );
        }
    }
}

/// The answer form; returns the command when its button was pressed with a date.
fn answer_ui(ui: &mut egui::Ui, state: &AppState, a: &mut AnswerDraft) -> Option<FactsCommand> {
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut a.granted,
            Some(true),
            t::CORRECTION_REQUEST_GRANTED_OPTION,
        );
        ui.radio_value(
            &mut a.granted,
            Some(false),
            t::CORRECTION_REQUEST_REFUSED_OPTION,
        );
    });
    super::date_picker::date_text_ui(
        ui,
        t::CORRECTION_REQUEST_ANSWER_DATE_LABEL,
        &mut a.on,
        "correction_answer_date",
        state.today(),
    );
    super::labelled_multiline_ui(ui, t::CORRECTION_REQUEST_ANSWER_LABEL, &mut a.text);
    let on = super::parse_date(&a.on);
    if a.on.trim().is_empty() {
        ui.colored_label(ui.visuals().error_fg_color, t::DATE_FORMAT_ERROR);
    }
    let clicked = ui
        .add_enabled(
            a.granted.is_some(),
            egui::Button::new(t::CORRECTION_REQUEST_ANSWER_SAVE_BUTTON),
        )
        .on_disabled_hover_text(t::CORRECTION_REQUEST_CHOOSE_OUTCOME)
        .clicked();
    let (Some(granted), Some(on), true) = (a.granted, on, clicked) else {
        return None;
    };
    Some(FactsCommand::AnswerCorrectionRequest {
        request: a.request,
        granted,
        text: a.text.trim().to_owned(),
        on,
    })
}

impl CorrectionRequestView {
    /// Draws the requests, folded under a heading with their count (open when one waits for
    /// an answer).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        if let Some(before) = self.pending
            && d.correction_requests.len() > before
        {
            self.pending = None;
            self.by = None;
            self.by_role.clear();
            self.request.clear();
        }
        if self.answer.as_ref().is_some_and(|a| {
            a.dossier == d.id
                && d.correction_requests
                    .iter()
                    .any(|r| r.id == a.request && r.answer.is_some())
        }) {
            self.answer = None;
        }
        if !std::mem::replace(&mut self.dated, true) && self.received.is_empty() {
            self.received = super::format_date(state.today());
        }
        let open = d.correction_requests.iter().any(|r| r.answer.is_none());
        egui::CollapsingHeader::new(format!(
            "{} ({})",
            t::CORRECTION_REQUESTS_HEADING,
            d.correction_requests.len()
        ))
        .id_salt("correction_requests")
        .default_open(open)
        .show(ui, |ui| self.body_ui(ui, state, d, cmds));
    }

    fn body_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        ui.label(egui::RichText::new(t::CORRECTION_REQUESTS_HELP).weak());
        if d.correction_requests.is_empty() {
            ui.label(t::CORRECTION_REQUESTS_NONE);
        }
        for r in &d.correction_requests {
            request_ui(ui, d, r);
            if r.answer.is_none() {
                match self
                    .answer
                    .as_mut()
                    .filter(|a| (a.dossier, a.request) == (d.id, r.id))
                {
                    Some(a) => {
                        let mut cancel = false;
                        egui::Frame::group(ui.style()).show(ui, |ui| {
                            if let Some(c) = answer_ui(ui, state, a) {
                                cmds.push(Command::Op(Op::Facts(c)));
                            }
                            cancel = ui.button(texts::window::CANCEL_BUTTON).clicked();
                        });
                        if cancel {
                            self.answer = None;
                        }
                    }
                    None => {
                        if ui.button(t::CORRECTION_REQUEST_ANSWER_BUTTON).clicked() {
                            self.answer = Some(AnswerDraft {
                                dossier: d.id,
                                request: r.id,
                                granted: None,
                                on: super::format_date(state.today()),
                                text: String::new(),
                            });
                        }
                    }
                }
            }
            ui.add_space(4.0);
        }
        egui::CollapsingHeader::new(t::CORRECTION_REQUEST_ADD_HEADING)
            .id_salt("correction_request_add")
            .show(ui, |ui| {
                super::family_view::person_pick_ui(
                    ui,
                    "correction_request_person",
                    t::CORRECTION_REQUEST_PERSON_LABEL,
                    &d.persons,
                    &mut self.by,
                    &mut self.by_role,
                );
                super::labelled_singleline_ui(
                    ui,
                    t::CORRECTION_REQUEST_BY_LABEL,
                    &mut self.by_role,
                );
                super::date_picker::date_text_ui(
                    ui,
                    t::CORRECTION_REQUEST_RECEIVED_LABEL,
                    &mut self.received,
                    "correction_request_received",
                    state.today(),
                );
                super::labelled_multiline_ui(
                    ui,
                    t::CORRECTION_REQUEST_TEXT_LABEL,
                    &mut self.request,
                );
                let received_on = super::parse_date(&self.received);
                if self.received.trim().is_empty() {
                    ui.colored_label(ui.visuals().error_fg_color, t::DATE_FORMAT_ERROR);
                }
                if ui.button(t::CORRECTION_REQUEST_SAVE_BUTTON).clicked()
                    && let Some(received_on) = received_on
                {
                    cmds.push(Command::Op(Op::Facts(FactsCommand::AddCorrectionRequest {
                        by: self.by,
                        by_role: self.by_role.trim().to_owned(),
                        received_on,
                        request: self.request.trim().to_owned(),
                    })));
                    self.pending = Some(d.correction_requests.len());
                }
            });
    }
}
