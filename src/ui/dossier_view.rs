//! One dossier: header, the five-step timeline and the step shown below it, with its form,
//! its special part (signals, consultations, gesprek and zienswijzen, afwegingskader), the
//! AVG requests and its history.

use crate::app::Op;
use crate::app::{AppState, Command};
use crate::domain::{Dossier, HistoryEntry, Step, StepStatus};
use crate::texts;

use super::afweging_view::AfwegingView;
use super::form_view::{FormContext, FormView};
use super::gesprek_view::GesprekView;
use super::signals_view::SignalsView;

/// Drafts of the dossier screen.
#[derive(Debug, Default)]
pub struct DossierView {
    title: Option<String>,
    reason: String,
    revisit_reason: String,
    form: FormView,
    signals: SignalsView,
    afweging: AfwegingView,
    gesprek: GesprekView,
    consultations: super::consultation_view::ConsultationView,
    /// The follow-up parts (urgent path, afspraken, melding, export dialog).
    pub more: super::followup_views::FollowupViews,
    hints: super::open_hints::OpenHintsCache,
    persons: super::persons_view::PersonsView,
    overview: super::open_hints::HintOverviewView,
    history: super::lazy_list::LazyRows,
    family: super::family_view::FamilyView,
    requests: super::correction_request_view::CorrectionRequestView,
}

impl DossierView {
    /// Draws the dossier.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        step: Step,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            title,
            reason,
            revisit_reason,
            form,
            signals,
            afweging,
            gesprek,
            consultations,
            more,
            hints,
            persons,
            overview,
            history,
            family,
            requests,
        } = self;
        header_ui(ui, dossier, title, reason, cmds);
        persons.ui(ui, state, dossier, cmds);
        more.top_ui(ui, state, dossier, cmds);
        more.dialog_ui(ui.ctx(), state, cmds);
        let open = hints.open(state, dossier);
        // The overview scrolls on its own in a third of the window, so the steps stay in
        // view and the step below does not move when hints come and go.
        let max_height = (ui.available_height() * 0.33).max(120.0);
        egui::CollapsingHeader::new(format!(
            "{} ({})",
            texts::window::OPEN_HINTS_HEADING,
            open.hints.len()
        ))
        .id_salt("open_hints")
        .open(more.export.take_overview_request().then_some(true))
        .show(ui, |ui| overview.ui(ui, open, max_height, cmds));
        ui.add_space(6.0);
        super::timeline::timeline_ui(ui, dossier, step, cmds);
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt(("step", step.number()))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(format!(
                    "{} {}: {}",
                    texts::common::STEP_PREFIX,
                    step.number(),
                    step.title()
                ));
                let set = state.forms.get(&dossier.form_set);
                match step {
                    Step::Signaleren => signals.ui(ui, state, dossier, cmds),
                    Step::Gesprek => {
                        gesprek.ui(ui, state, dossier, cmds);
                        family.ui(ui, state, dossier, cmds);
                    }
                    Step::Wegen | Step::Beslissen => match set.and_then(|s| s.tree.as_ref()) {
                        Some(tree) => afweging.ui(ui, state, tree, dossier, step, cmds),
                        None => {
                            ui.label(texts::window::AFWEGINGSKADER_NOT_IN_FORM_SET);
                        }
                    },
                    Step::Consulteren => consultations.ui(ui, state, dossier, cmds),
                }
                more.step_ui(ui, state, dossier, step, cmds);
                requests.ui(ui, state, dossier, cmds);
                ui.add_space(8.0);
                ui.separator();
                let answers = state.answers(dossier, step);
                match set.and_then(|s| s.step_form(step.number()).map(|f| (s, f))) {
                    Some((set, def)) => {
                        let fill = |s: &str| s.to_owned();
                        let cx = FormContext {
                            set,
                            persons: &dossier.persons,
                            fill: &fill,
                            enabled: !dossier.is_closed(),
                            lint: super::lint_options(state, Some(dossier)),
                            today: state.today(),
                            records: Some(dossier),
                        };
                        ui.label(egui::RichText::new(texts::window::FORM_REQUIRED_LEGEND).weak());
                        form.ui(ui, def, &cx, &answers, &mut |field, value| {
                            cmds.push(Command::Op(Op::EditField { step, field, value }));
                        });
                        cmds.extend(
                            form.take_kept_hints()
                                .into_iter()
                                .map(|x| Command::Op(Op::KeepHint(x))),
                        );
                        let missing = crate::app::forms::missing_required(def, &answers);
                        if !missing.is_empty() && dossier.step(step).status != StepStatus::Afgerond
                        {
                            ui.add_space(6.0);
                            ui.strong(texts::window::FORM_REQUIRED_OPEN_LABEL);
                            for m in &missing {
                                ui.label(format!("\u{2022} {m}"));
                            }
                        }
                    }
                    None => {
                        ui.label(egui::RichText::new(texts::window::STEP_FORM_MISSING).weak());
                    }
                }
                ui.add_space(8.0);
                step_actions_ui(ui, dossier, step, revisit_reason, cmds);
                ui.add_space(8.0);
                history_ui(ui, dossier, step, set, history);
            });
    }
}

fn header_ui(
    ui: &mut egui::Ui,
    dossier: &Dossier,
    title: &mut Option<String>,
    reason: &mut String,
    cmds: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(&dossier.reference);
        let label = ui.label(texts::window::DOSSIER_TITLE_LABEL);
        let mut text = title.clone().unwrap_or_else(|| dossier.title.clone());
        let r = ui
            .add_enabled(
                !dossier.is_closed(),
                egui::TextEdit::singleline(&mut text).desired_width(360.0),
            )
            .labelled_by(label.id);
        if r.changed() {
            *title = Some(text);
        }
        if r.lost_focus()
            && let Some(t) = title.take()
            && t != dossier.title
        {
            cmds.push(Command::Op(Op::SetTitle(t)));
        }
    });
    if dossier.is_closed() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            texts::window::DOSSIER_CLOSED_BANNER,
        );
    }
    let (text, make): (&str, fn(String) -> Command) = if dossier.is_closed() {
        (texts::window::DOSSIER_REOPEN_BUTTON, |x| {
            Command::Op(Op::ReopenDossier(x))
        })
    } else {
        (texts::window::DOSSIER_CLOSE_BUTTON, |x| {
            Command::Op(Op::CloseDossier(x))
        })
    };
    egui::CollapsingHeader::new(format!("{text}\u{2026}"))
        .id_salt("close_reopen")
        .default_open(dossier.is_closed())
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(texts::common::REASON_LABEL);
                let field = ui
                    .add(egui::TextEdit::singleline(reason).desired_width(320.0))
                    .labelled_by(label.id);
                if submitted(ui, &field, reason)
                    | ui.add_enabled(!reason.trim().is_empty(), egui::Button::new(text))
                        .on_disabled_hover_text(texts::messages::REASON_MISSING)
                        .clicked()
                {
                    cmds.push(make(std::mem::take(reason)));
                }
            });
        });
}

fn step_actions_ui(
    ui: &mut egui::Ui,
    dossier: &Dossier,
    step: Step,
    revisit_reason: &mut String,
    cmds: &mut Vec<Command>,
) {
    if dossier.is_closed() {
        return;
    }
    let rec = dossier.step(step);
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{}: {}",
            texts::common::STATUS_LABEL,
            super::timeline::status_label(rec.status)
        ));
        if rec.status == StepStatus::Afgerond {
            let label = ui.label(texts::common::REASON_LABEL);
            let field = ui
                .add(egui::TextEdit::singleline(revisit_reason).desired_width(240.0))
                .labelled_by(label.id);
            if submitted(ui, &field, revisit_reason)
                | ui.add_enabled(
                    !revisit_reason.trim().is_empty(),
                    egui::Button::new(texts::window::STEP_REVISIT_BUTTON),
                )
                .on_disabled_hover_text(texts::messages::REASON_MISSING)
                .clicked()
            {
                cmds.push(Command::Op(Op::RevisitStep {
                    step,
                    reason: std::mem::take(revisit_reason),
                }));
            }
        } else if ui.button(texts::window::STEP_COMPLETE_BUTTON).clicked() {
            cmds.push(Command::Op(Op::CompleteStep(step)));
        }
    });
}

/// Enter in a reason field confirms (when a reason is given); Escape clears it.
fn submitted(ui: &egui::Ui, field: &egui::Response, reason: &mut String) -> bool {
    let (enter, escape) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    if escape && (field.has_focus() || field.lost_focus()) {
        reason.clear();
    }
    field.lost_focus() && enter && !reason.trim().is_empty()
}

/// The label of a field of `form`, also inside repeat groups.
fn field_label<'a>(fields: &'a [crate::form::Field], id: &str) -> Option<&'a str> {
    fields.iter().find_map(|f| {
        if f.id == id {
            Some(f.label.as_str())
        } else {
            field_label(&f.fields, id)
        }
    })
}

/// The user's words for a field id of the step's form or an afwegingskader question id
/// (#20): the history names them by their labels, not their keys.
fn label_of(set: Option<&crate::form::FormSet>, step: Step, id: &str) -> Option<String> {
    let set = set?;
    let field = set
        .step_form(step.number())
        .and_then(|f| f.sections.iter().find_map(|s| field_label(&s.fields, id)));
    let question = || {
        set.tree
            .as_ref()
            .and_then(|t| t.question(id))
            .map(|q| q.title.as_str())
    };
    field.or_else(question).map(str::to_owned)
}

fn history_ui(
    ui: &mut egui::Ui,
    dossier: &Dossier,
    step: Step,
    set: Option<&crate::form::FormSet>,
    rows: &mut super::lazy_list::LazyRows,
) {
    let entries: Vec<&HistoryEntry> = dossier
        .history
        .iter()
        .filter(|h| h.change.step() == Some(step))
        .collect();
    egui::CollapsingHeader::new(format!(
        "{} ({})",
        texts::window::STEP_HISTORY_HEADING,
        entries.len()
    ))
    .id_salt(("history", step.number()))
    .show(ui, |ui| {
        if entries.is_empty() {
            ui.label(texts::window::STEP_HISTORY_EMPTY);
        }
        let keyed = entries
            .iter()
            .enumerate()
            .rev()
            .map(|(i, h)| ((u64::from(step.number()) << 32) | i as u64, *h));
        let label = |id: &str| label_of(set, step, id);
        rows.show(ui, keyed, |ui, h| {
            ui.label(format!(
                "{} \u{2014} {} \u{2014} {}",
                h.at.with_timezone(&chrono::Local).format("%d-%m-%Y %H:%M"),
                h.by.name,
                crate::report::history_line_named(dossier, &h.change, &label)
            ));
        });
    });
}
