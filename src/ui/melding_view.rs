//! The melding (issue 9) in step 5: the meldformulier prefilled from the dossier, what is
//! still missing, the checklist before sending, "pakket maken" (PDF, DOCX, `.eml` into a
//! folder), and after sending: date, Veilig Thuis reference, follow-up, what comes next.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::app::Op;
use crate::app::{AppState, Command, ExportCommand, FollowupCommand};
use crate::domain::{Checklist, Dossier, Sent, Value, VeiligThuisCall};
use crate::texts;

use super::form_view::{FormContext, FormView};

/// The sections the checklist editor covers; the form view leaves them out.
const CHECKLIST_SECTIONS: [&str; 2] = ["controlelijst", "open_melden"];

/// Drafts of the melding screen.
#[derive(Debug, Default)]
pub struct MeldingView {
    form: FormView,
    pending: BTreeMap<String, Option<Value>>,
    last_edit: Option<Instant>,
    checklist: Option<ChecklistDraft>,
    dir: String,
    sign: bool,
    open_mail: bool,
    sent_on: String,
    sent_reference: String,
    sent_follow_up: String,
    sent_follow_up_on: String,
    chooser: super::file_chooser::FileChooser,
}

#[derive(Debug, Clone, Default)]
struct ChecklistDraft {
    called_at: String,
    employee: String,
    family: Option<bool>,
    exception: String,
    motivation: String,
    channel: String,
}

impl ChecklistDraft {
    fn of(c: &Checklist, default_channel: &str) -> Self {
        Self {
            called_at: c
                .call
                .as_ref()
                .map(|x| x.at.format("%d-%m-%Y %H:%M").to_string())
                .unwrap_or_default(),
            employee: c
                .call
                .as_ref()
                .map(|x| x.employee.clone())
                .unwrap_or_default(),
            family: c.family_informed,
            exception: c.exception.clone().unwrap_or_default(),
            motivation: c.exception_motivation.clone(),
            channel: if c.channel.is_empty() {
                default_channel.to_owned()
            } else {
                c.channel.clone()
            },
        }
    }

    fn to_checklist(&self) -> Option<Checklist> {
        let call = if self.called_at.trim().is_empty() {
            None
        } else {
            let at = crate::form::parse_date_time(&self.called_at, None).ok()?;
            Some(VeiligThuisCall {
                at,
                employee: self.employee.trim().to_owned(),
            })
        };
        Some(Checklist {
            call,
            family_informed: self.family,
            exception: (!self.exception.is_empty() && self.family == Some(false))
                .then(|| self.exception.clone()),
            exception_motivation: self.motivation.trim().to_owned(),
            channel: self.channel.trim().to_owned(),
        })
    }
}

impl MeldingView {
    /// Draws the melding part of step 5.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        self.flush(ui.ctx(), false, cmds);
        if let Some(sent) = &d.melding.sent {
            sent_summary_ui(ui, state, d, sent);
        }
        let missing = state.melding_missing(d);
        egui::CollapsingHeader::new(texts::window::MELDING_CHECKLIST_HEADING)
            .id_salt("melding_checklist")
            .default_open(!d.melding.checklist.missing().is_empty())
            .show(ui, |ui| self.checklist_ui(ui, state, d, cmds));
        egui::CollapsingHeader::new(texts::window::MELDING_FORM_HEADING)
            .id_salt("melding_form")
            .default_open(d.melding.sent.is_none())
            .show(ui, |ui| self.form_ui(ui, state, d, cmds));
        // Below the form, so the list that changes while typing does not move it (#20).
        ui.add_space(6.0);
        ui.strong(texts::window::MELDING_READINESS_HEADING);
        if missing.is_empty() {
            ui.label(texts::window::MELDING_READY);
        } else {
            for m in &missing {
                ui.label(format!("\u{2022} {}", super::plain::user_text(m)));
            }
        }
        ui.add_space(6.0);
        egui::CollapsingHeader::new(texts::window::MELDING_PACKAGE_HEADING)
            .id_salt("melding_package")
            .default_open(missing.is_empty())
            .show(ui, |ui| {
                self.package_ui(ui, state, d, missing.is_empty(), cmds);
            });
        egui::CollapsingHeader::new(texts::window::MELDING_SENT_HEADING)
            .id_salt("melding_sent")
            .show(ui, |ui| self.sent_ui(ui, state, d, cmds));
    }

    /// Sends the buffered form edits after a second without typing, or now.
    fn flush(&mut self, ctx: &egui::Context, now: bool, cmds: &mut Vec<Command>) {
        let Some(at) = self.last_edit else {
            return;
        };
        if now || at.elapsed() >= crate::app::AUTOSAVE_AFTER {
            for (field, value) in std::mem::take(&mut self.pending) {
                cmds.push(Command::Op(Op::Followup(
                    FollowupCommand::SetMeldingField { field, value },
                )));
            }
            self.last_edit = None;
        } else {
            ctx.request_repaint_after(crate::app::AUTOSAVE_AFTER + Duration::from_millis(20));
        }
    }

    fn checklist_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let org = &state.profile.organisation;
        let draft = self
            .checklist
            .get_or_insert_with(|| ChecklistDraft::of(&d.melding.checklist, &org.beveiligde_mail));
        ui.label(egui::RichText::new(texts::window::MELDING_CHECKLIST_HELP).weak());
        super::labelled_singleline_ui(
            ui,
            texts::window::MELDING_CALLED_AT_LABEL,
            &mut draft.called_at,
        );
        super::labelled_singleline_ui(
            ui,
            texts::window::MELDING_VT_EMPLOYEE_LABEL,
            &mut draft.employee,
        );
        ui.label(texts::window::MELDING_FAMILY_INFORMED_LABEL);
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(&mut draft.family, Some(true), texts::common::ANSWER_YES);
            ui.radio_value(
                &mut draft.family,
                Some(false),
                texts::window::MELDING_FAMILY_NOT_INFORMED_OPTION,
            );
        });
        if draft.family == Some(false) {
            let options = state
                .forms
                .any_form("meldformulier")
                .and_then(|(set, _)| {
                    set.choices
                        .get("open_melden_tenzij_vt")
                        .or_else(|| set.choices.get("open_melden_tenzij"))
                })
                .map(|c| c.options.clone())
                .unwrap_or_default();
            ui.label(texts::window::MELDING_EXCEPTION_LABEL);
            for o in &options {
                ui.radio_value(&mut draft.exception, o.id.clone(), &o.label);
            }
            super::labelled_multiline_ui(
                ui,
                texts::window::MELDING_EXCEPTION_MOTIVATION_LABEL,
                &mut draft.motivation,
            );
        }
        super::labelled_singleline_ui(ui, texts::window::MELDING_CHANNEL_LABEL, &mut draft.channel);
        let parsed = draft.to_checklist();
        if parsed.is_none() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::DATE_TIME_FORMAT_ERROR,
            );
        }
        if ui
            .add_enabled(
                parsed.is_some() && !d.is_closed(),
                egui::Button::new(texts::window::MELDING_CHECKLIST_SAVE_BUTTON),
            )
            .clicked()
            && let Some(c) = parsed
        {
            cmds.push(Command::Op(Op::Followup(FollowupCommand::SetChecklist(c))));
            self.checklist = None;
        }
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Some((set, def)) = state.forms.any_form("meldformulier") else {
            ui.label(texts::messages::MELDFORMULIER_NOT_FOUND);
            return;
        };
        let mut def = def.clone();
        def.sections
            .retain(|s| !CHECKLIST_SECTIONS.contains(&s.id.as_str()));
        let mut answers = state.melding_answers(d);
        for (k, v) in &self.pending {
            match v {
                Some(v) => answers.insert(k.clone(), v.clone()),
                None => answers.remove(k),
            };
        }
        let fill = |s: &str| s.to_owned();
        let cx = FormContext {
            set,
            persons: &d.persons,
            fill: &fill,
            enabled: !d.is_closed(),
            lint: super::lint_options(state, Some(d)),
            today: state.today(),
            records: Some(d),
        };
        let pending = &mut self.pending;
        let mut edited = false;
        self.form.ui(ui, &def, &cx, &answers, &mut |field, value| {
            pending.insert(field, value);
            edited = true;
        });
        if edited {
            self.last_edit = Some(Instant::now());
            ui.ctx()
                .request_repaint_after(crate::app::AUTOSAVE_AFTER + Duration::from_millis(20));
        }
        cmds.extend(
            self.form
                .take_kept_hints()
                .into_iter()
                .map(|x| Command::Op(Op::KeepHint(x))),
        );
    }

    fn package_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        ready: bool,
        cmds: &mut Vec<Command>,
    ) {
        ui.label(egui::RichText::new(texts::window::MELDING_PACKAGE_HELP).weak());
        if self.dir.is_empty() {
            self.dir = super::export_dialog::default_dir().display().to_string();
        }
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(texts::window::EXPORT_FOLDER_LABEL);
            ui.add(egui::TextEdit::singleline(&mut self.dir).desired_width(360.0))
                .labelled_by(l.id);
            let start = std::path::PathBuf::from(self.dir.trim());
            let chosen = self
                .chooser
                .button_ui(ui, texts::window::CHOOSE_FOLDER_BUTTON, || {
                    super::file_chooser::ChooserRequest {
                        pick: super::file_chooser::Pick::Folder,
                        dir: Some(start),
                        filter: None,
                    }
                });
            if let Some(dir) = chosen {
                self.dir = dir.display().to_string();
            }
        });
        self.chooser.note_ui(ui);
        if super::export_dialog::sign_choice_ui(ui, state, &mut self.sign) {
            // Leaving for the Organisatie page: what was typed here is committed first.
            self.flush(ui.ctx(), true, cmds);
            cmds.push(Command::Nav(crate::app::Nav::ShowCertificate));
        }
        ui.checkbox(&mut self.open_mail, texts::window::MELDING_OPEN_MAIL_OPTION);
        let busy = state.exports.busy();
        if busy {
            super::export_dialog::progress_ui(ui, state);
        }
        if ui
            .add_enabled(
                ready && !busy && !self.dir.trim().is_empty(),
                egui::Button::new(texts::window::MELDING_MAKE_PACKAGE_BUTTON),
            )
            .on_disabled_hover_text(texts::window::MELDING_NOT_READY)
            .clicked()
        {
            self.flush(ui.ctx(), true, cmds);
            cmds.push(Command::Op(Op::Export(ExportCommand::Package {
                dossier: d.id,
                dir: std::path::PathBuf::from(self.dir.trim()),
                sign: self.sign,
                open_mail: self.open_mail,
            })));
        }
        super::export_dialog::exported_files_ui(ui, state, cmds);
    }

    fn sent_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        if d.is_closed() {
            return;
        }
        if self.sent_on.is_empty() {
            self.sent_on = super::format_date(state.now.with_timezone(&chrono::Local).date_naive());
        }
        super::labelled_singleline_ui(
            ui,
            texts::window::MELDING_SENT_ON_INPUT_LABEL,
            &mut self.sent_on,
        );
        super::labelled_singleline_ui(
            ui,
            texts::common::VT_REFERENCE_LABEL,
            &mut self.sent_reference,
        );
        super::labelled_multiline_ui(
            ui,
            texts::common::AGREED_FOLLOW_UP_LABEL,
            &mut self.sent_follow_up,
        );
        super::labelled_singleline_ui(
            ui,
            texts::window::MELDING_FOLLOW_UP_ON_INPUT_LABEL,
            &mut self.sent_follow_up_on,
        );
        let on = super::parse_date(&self.sent_on);
        let follow_up_on = if self.sent_follow_up_on.trim().is_empty() {
            Some(None)
        } else {
            super::parse_date(&self.sent_follow_up_on).map(Some)
        };
        if on.is_none() || follow_up_on.is_none() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::DATE_FORMAT_ERROR,
            );
        }
        if ui
            .add_enabled(
                on.is_some() && follow_up_on.is_some() && !self.sent_reference.trim().is_empty(),
                egui::Button::new(texts::window::MELDING_SENT_SAVE_BUTTON),
            )
            .on_disabled_hover_text(texts::messages::MELDING_SENT_VT_REFERENCE_MISSING)
            .clicked()
            && let (Some(on), Some(follow_up_on)) = (on, follow_up_on)
        {
            cmds.push(Command::Op(Op::Followup(FollowupCommand::RecordSent(
                Sent {
                    on,
                    veilig_thuis_reference: self.sent_reference.trim().to_owned(),
                    follow_up: self.sent_follow_up.trim().to_owned(),
                    follow_up_on,
                },
            ))));
        }
    }
}

/// After sending: what was recorded and what comes next.
fn sent_summary_ui(ui: &mut egui::Ui, state: &AppState, d: &Dossier, sent: &Sent) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(format!(
            "{} {} \u{2014} {} {}",
            texts::window::MELDING_SENT_ON,
            super::format_date(sent.on),
            texts::common::VT_REFERENCE_LABEL,
            sent.veilig_thuis_reference
        ));
        if !sent.follow_up.is_empty() {
            ui.label(format!(
                "{}: {}",
                texts::common::AGREED_FOLLOW_UP_LABEL,
                sent.follow_up
            ));
        }
        ui.strong(texts::window::MELDING_NEXT_HEADING);
        let today = state.now.with_timezone(&chrono::Local).date_naive();
        if let Some(on) = sent.follow_up_on {
            let key = if on < today {
                texts::window::MELDING_NEXT_FOLLOW_UP_LATE
            } else {
                texts::window::MELDING_NEXT_FOLLOW_UP
            };
            ui.label(format!("\u{2022} {key} {}", super::format_date(on)));
        }
        if super::letter_view::not_offered_reason(d).is_none() {
            ui.label(format!("\u{2022} {}", texts::window::MELDING_NEXT_LETTER));
        }
        ui.label(format!(
            "\u{2022} {}",
            texts::window::MELDING_NEXT_AFSPRAKEN
        ));
        ui.label(format!(
            "\u{2022} {}",
            texts::window::MELDING_NEXT_VT_FEEDBACK
        ));
    });
}
