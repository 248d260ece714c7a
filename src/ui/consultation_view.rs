//! Stap 2: recording a consultation (collegial, Veilig Thuis, a deskundige) as the one record
//! the step form and the documents show (#16, #25). What was typed stays until the record is
//! in the dossier: a refused consultation loses nothing.

use crate::app::{AppState, Command, Op};
use crate::domain::{Consultation, ConsultationKind, Dossier};
use crate::texts;

use super::lint_editor::LintedText;

/// The consultation being typed, and the list of those recorded.
#[derive(Debug, Default)]
pub struct ConsultationView {
    date: String,
    /// Whether the date was filled in with today (once: after that it stays as typed).
    dated: bool,
    kind: Option<ConsultationKind>,
    with_whom: String,
    question: String,
    outcome: String,
    question_check: LintedText,
    outcome_check: LintedText,
    /// The number of consultations when "Overleg opslaan" was pressed: the fields are
    /// cleared once the dossier holds more, i.e. only after the record was saved.
    pending: Option<usize>,
    rows: super::lazy_list::LazyRows,
}

const KINDS: [ConsultationKind; 3] = [
    ConsultationKind::Collegiaal,
    ConsultationKind::VeiligThuis,
    ConsultationKind::Deskundige,
];

impl ConsultationView {
    /// Draws the form for a new consultation and the recorded ones.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        if let Some(before) = self.pending
            && dossier.consultations.len() > before
        {
            self.pending = None;
            self.with_whom.clear();
            self.question.clear();
            self.outcome.clear();
        }
        if !std::mem::replace(&mut self.dated, true) && self.date.is_empty() {
            self.date = super::format_date(state.today());
        }
        ui.strong(texts::window::CONSULTATION_NEW_HEADING);
        ui.add_enabled_ui(!dossier.is_closed(), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| self.form_ui(ui, state, dossier, cmds));
        });
        ui.add_space(6.0);
        ui.strong(texts::window::CONSULTATIONS_RECORDED_HEADING);
        if dossier.consultations.is_empty() {
            ui.label(egui::RichText::new(texts::window::CONSULTATIONS_NONE).weak());
        }
        let keyed = dossier.consultations.iter().map(|c| (u64::from(c.id), c));
        self.rows.show(ui, keyed, |ui, c| {
            ui.label(
                egui::RichText::new(format!(
                    "{} \u{2014} {} \u{2014} {}",
                    super::format_date(c.on),
                    c.kind.label(),
                    c.with_whom
                ))
                .strong(),
            );
            if !c.question.is_empty() {
                ui.label(&c.question);
            }
            ui.label(egui::RichText::new(&c.outcome).italics());
            ui.add_space(4.0);
        });
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        super::date_picker::date_text_ui(
            ui,
            texts::window::CONSULTATION_DATE_LABEL,
            &mut self.date,
            "consultation_date",
            state.today(),
        );
        let kind = *self.kind.get_or_insert(ConsultationKind::Collegiaal);
        ui.label(texts::window::CONSULTATION_KIND_LABEL);
        ui.horizontal_wrapped(|ui| {
            for k in KINDS {
                if ui.radio(kind == k, k.label()).clicked() {
                    self.kind = Some(k);
                }
            }
        });
        let l = ui.label(texts::window::CONSULTATION_WITH_LABEL);
        ui.add(egui::TextEdit::singleline(&mut self.with_whom).desired_width(f32::INFINITY))
            .labelled_by(l.id);
        let opts = super::lint_options(state, Some(dossier));
        for (label, text, editor, place) in [
            (
                texts::window::CONSULTATION_QUESTION_LABEL,
                &mut self.question,
                &mut self.question_check,
                "consultatie_vraag",
            ),
            (
                texts::window::CONSULTATION_OUTCOME_LABEL,
                &mut self.outcome,
                &mut self.outcome_check,
                "consultatie_uitkomst",
            ),
        ] {
            let l = ui.label(label);
            let look = super::lint_editor::LintedLook {
                label: l.id,
                place,
                placeholder: "",
                rows: 3,
            };
            let out = editor.ui(ui, text, &opts, place, look);
            cmds.extend(out.kept.map(|x| Command::Op(Op::KeepHint(x))));
        }
        let parsed = super::parse_date(&self.date);
        if parsed.is_none() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::DATE_FORMAT_ERROR,
            );
        }
        if ui.button(texts::window::CONSULTATION_SAVE_BUTTON).clicked()
            && let Some(on) = parsed
        {
            self.pending = Some(dossier.consultations.len());
            cmds.push(Command::Op(Op::AddConsultation(Consultation {
                id: 0,
                on,
                kind: self.kind.unwrap_or(ConsultationKind::Collegiaal),
                with_whom: self.with_whom.trim().to_owned(),
                question: self.question.trim().to_owned(),
                outcome: self.outcome.trim().to_owned(),
            })));
        }
    }
}
