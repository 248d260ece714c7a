//! A request for information from Veilig Thuis (seed 004: the seven guidelines of Haxe and
//! Janssen): who asked, when, which questions; the answer guided along the guidelines, with
//! own observations apart from what others said, through the writing check; export as
//! PDF/DOCX from the export dialog.

use super::export_dialog::ExportChoice;
use crate::app::Op;
use crate::app::{AppState, Command, DocumentKind, FollowupCommand};
use crate::domain::{Dossier, InfoRequest, KeptHint};
use crate::texts;

use super::lint_field::LintField;

/// The request being edited and the guideline ticks.
#[derive(Debug, Default)]
pub struct InfoRequestView {
    draft: Option<InfoRequest>,
    received: String,
    answered: String,
    guidelines: [bool; 7],
    /// Whether `guidelines` holds the stored ticks of the request being edited.
    guidelines_loaded: bool,
    own: LintField,
    others: LintField,
}

impl InfoRequestView {
    /// Draws the requests of the dossier and the one being edited. Sets `export` when the
    /// user asks to export an answer.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
        export: &mut Option<ExportChoice>,
    ) {
        ui.label(egui::RichText::new(texts::window::VT_REQUEST_HELP).weak());
        for r in &d.info_requests {
            ui.push_id(("vt_request", r.id), |ui| {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.strong(format!(
                        "{} {} \u{2014} {}",
                        texts::window::VT_REQUEST_RECEIVED,
                        super::format_date(r.received_on),
                        r.asked_by
                    ));
                    ui.label(format!(
                        "{}: {}",
                        texts::window::VT_REQUEST_QUESTIONS_LABEL,
                        r.questions
                    ));
                    ui.label(match r.answered_on {
                        Some(on) => {
                            format!(
                                "{} {}",
                                texts::common::VT_REQUEST_ANSWERED_ON_LABEL,
                                super::format_date(on)
                            )
                        }
                        None => texts::window::VT_REQUEST_NOT_ANSWERED.to_owned(),
                    });
                    let gaps = state.vt_answer_missing(d, r.id);
                    if !gaps.is_empty() {
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            texts::window::VT_REQUEST_GAPS_LABEL,
                        );
                        for g in &gaps {
                            ui.label(format!("\u{2022} {g}"));
                        }
                    }
                    ui.horizontal_wrapped(|ui| {
                        if !d.is_closed()
                            && ui.button(texts::window::VT_REQUEST_EDIT_BUTTON).clicked()
                        {
                            self.start_editing(r.clone());
                        }
                        if ui.button(texts::window::VT_REQUEST_EXPORT_BUTTON).clicked() {
                            *export = Some((DocumentKind::VtAntwoord, Some(r.id)));
                        }
                    });
                });
            });
        }
        if d.is_closed() {
            return;
        }
        if self.draft.is_none() {
            if ui.button(texts::window::VT_REQUEST_NEW_BUTTON).clicked() {
                let today = state.now.with_timezone(&chrono::Local).date_naive();
                self.start_editing(InfoRequest {
                    id: 0,
                    received_on: today,
                    asked_by: String::new(),
                    questions: String::new(),
                    own_observations: String::new(),
                    from_others: String::new(),
                    consent: None,
                    consent_note: String::new(),
                    answered_on: None,
                });
            }
            return;
        }
        let mut kept = Vec::new();
        self.draft_ui(ui, state, d, cmds, &mut kept);
        cmds.extend(kept.into_iter().map(|x| Command::Op(Op::KeepHint(x))));
    }

    /// Opens a request in the editor.
    pub fn start_editing(&mut self, r: InfoRequest) {
        self.received = super::format_date(r.received_on);
        self.answered = r.answered_on.map(super::format_date).unwrap_or_default();
        self.guidelines = [false; 7];
        self.guidelines_loaded = false;
        self.draft = Some(r);
    }

    fn draft_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
        kept: &mut Vec<KeptHint>,
    ) {
        let Self {
            draft,
            received,
            answered,
            guidelines,
            guidelines_loaded,
            own,
            others,
        } = self;
        let Some(r) = draft else {
            return;
        };
        if !std::mem::replace(guidelines_loaded, true) {
            // The ticks saved with the answer, shown when the request is opened again.
            for n in d.info_request_guidelines.get(&r.id).into_iter().flatten() {
                if let Some(tick) = usize::from(*n)
                    .checked_sub(1)
                    .and_then(|i| guidelines.get_mut(i))
                {
                    *tick = true;
                }
            }
        }
        ui.separator();
        ui.strong(if r.id == 0 {
            texts::window::VT_REQUEST_NEW_BUTTON
        } else {
            texts::window::VT_REQUEST_EDIT_BUTTON
        });
        ui.label(format!(
            "{} {}",
            texts::window::VT_REQUEST_DOSSIER_PREFIX,
            d.reference
        ));
        super::labelled_singleline_ui(ui, texts::window::VT_REQUEST_RECEIVED_INPUT_LABEL, received);
        super::labelled_singleline_ui(
            ui,
            texts::window::VT_REQUEST_ASKED_BY_LABEL,
            &mut r.asked_by,
        );
        super::labelled_multiline_ui(
            ui,
            texts::window::VT_REQUEST_QUESTIONS_LABEL,
            &mut r.questions,
        );
        ui.add_space(4.0);
        ui.strong(texts::window::VT_REQUEST_GUIDELINES_HEADING);
        for (tick, line) in guidelines
            .iter_mut()
            .zip(texts::common::VT_REQUEST_GUIDELINES)
        {
            ui.checkbox(tick, line);
        }
        ui.add_space(4.0);
        let opts = super::lint_options(state, Some(d));
        own.ui(
            ui,
            texts::window::VT_REQUEST_OWN_OBSERVATIONS_LABEL,
            "vt_answer:own",
            &mut r.own_observations,
            &opts,
            kept,
        );
        others.ui(
            ui,
            texts::window::VT_REQUEST_FROM_OTHERS_LABEL,
            "vt_answer:others",
            &mut r.from_others,
            &opts,
            kept,
        );
        ui.label(texts::window::VT_REQUEST_CONSENT_LABEL);
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut r.consent,
                Some(true),
                texts::window::VT_REQUEST_CONSENT_GIVEN,
            );
            ui.radio_value(
                &mut r.consent,
                Some(false),
                texts::window::VT_REQUEST_CONSENT_REFUSED,
            );
            ui.radio_value(
                &mut r.consent,
                None,
                texts::window::VT_REQUEST_CONSENT_NOT_ASKED,
            );
        });
        if r.consent != Some(true) {
            super::labelled_singleline_ui(
                ui,
                texts::window::VT_REQUEST_CONSENT_NOTE_LABEL,
                &mut r.consent_note,
            );
        }
        super::labelled_singleline_ui(ui, texts::window::VT_REQUEST_ANSWERED_INPUT_LABEL, answered);
        let received_on = super::parse_date(received);
        let answered_on = if answered.trim().is_empty() {
            Some(None)
        } else {
            super::parse_date(answered).map(Some)
        };
        if received_on.is_none() || answered_on.is_none() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::DATE_FORMAT_ERROR,
            );
        }
        let ready = !r.asked_by.trim().is_empty() && !r.questions.trim().is_empty();
        let mut close = false;
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    ready && received_on.is_some() && answered_on.is_some(),
                    egui::Button::new(texts::window::VT_REQUEST_SAVE_BUTTON),
                )
                .on_disabled_hover_text(texts::messages::VT_REQUEST_INCOMPLETE)
                .clicked()
                && let (Some(on), Some(answered_on)) = (received_on, answered_on)
            {
                let mut request = r.clone();
                request.received_on = on;
                request.answered_on = answered_on;
                let ticked = (1u8..).zip(guidelines.iter()).filter(|(_, t)| **t);
                cmds.push(Command::Op(Op::Followup(
                    FollowupCommand::SaveInfoRequest {
                        request,
                        guidelines: ticked.map(|(n, _)| n).collect(),
                    },
                )));
                close = true;
            } else if ui.button(texts::window::CANCEL_BUTTON).clicked() {
                close = true;
            }
        });
        if close {
            *draft = None;
        }
    }
}
