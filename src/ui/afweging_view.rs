//! The afwegingskader as a guided flow: one question at a time, a motivation with each
//! answer, the path taken as a small diagram, and the decision of stap 5.

use crate::app::Op;
use crate::app::{AppState, Command};
use crate::domain::afweging::{Evaluation, OutcomeKind};
use crate::domain::{DecisionTree, Dossier, Tri, evaluate};
use crate::texts;

/// The answer and decision being prepared.
#[derive(Debug, Default)]
pub struct AfwegingView {
    answer: Option<Tri>,
    motivation: String,
    vt_contact: String,
    /// A question on the path the user chose to answer again.
    editing: Option<String>,
    melden: Option<bool>,
    hulp: Option<bool>,
    decision_motivation: String,
}

impl AfwegingView {
    /// Draws the flow for the dossier.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        tree: &DecisionTree,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let eval = evaluate(tree, &dossier.afweging_answers());
        ui.heading(&tree.title);
        if !tree.intro.is_empty() {
            ui.label(&tree.intro);
        }
        if tree.allows_weet_niet() {
            ui.label(
                egui::RichText::new(texts::window::AFWEGINGSKADER_DONT_KNOW_COUNTS_AS_NO).weak(),
            );
        }
        ui.add_space(6.0);
        path_diagram_ui(ui, tree, dossier, &eval, self);
        ui.add_space(8.0);
        let question = self
            .editing
            .clone()
            .or_else(|| eval.next.clone())
            .and_then(|q| tree.question(&q).cloned());
        let enabled = !dossier.is_closed();
        ui.add_enabled_ui(enabled, |ui| match question {
            Some(q) => {
                let with_vt = if self.editing.is_some() {
                    eval.path
                        .iter()
                        .find(|p| p.question == q.id)
                        .is_some_and(|p| p.with_veilig_thuis)
                } else {
                    eval.next_with_veilig_thuis
                };
                self.question_ui(ui, tree, &q, with_vt, cmds);
            }
            None => self.decision_ui(ui, state, tree, &eval, dossier, cmds),
        });
    }

    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        tree: &DecisionTree,
        q: &crate::domain::afweging::Question,
        with_vt: bool,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            answer,
            motivation,
            vt_contact,
            editing,
            ..
        } = self;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong(format!(
                "{} ({} {})",
                q.title,
                texts::common::STEP_PREFIX,
                q.step
            ));
            ui.label(egui::RichText::new(&q.text).size(16.0));
            if with_vt {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    format!("! {}", texts::window::AFWEGINGSKADER_WITH_VT_MARKER),
                );
            }
            if !q.help.is_empty() {
                ui.label(egui::RichText::new(&q.help).weak());
            }
            if !q.vragen_ter_afweging.is_empty() {
                egui::CollapsingHeader::new(texts::window::AFWEGINGSKADER_QUESTIONS_HEADING)
                    .default_open(true)
                    .show(ui, |ui| {
                        for v in &q.vragen_ter_afweging {
                            ui.label(format!("\u{2022} {v}"));
                        }
                    });
            }
            let options: &[Tri] = if tree.allows_weet_niet() {
                &[Tri::Ja, Tri::Nee, Tri::WeetNiet]
            } else {
                &[Tri::Ja, Tri::Nee]
            };
            ui.label(texts::common::ANSWER_LABEL);
            ui.horizontal(|ui| {
                for &t in options {
                    if ui.radio(*answer == Some(t), t.label()).clicked() {
                        *answer = Some(t);
                    }
                }
            });
            if let Some(t) = answer {
                let branch = if *t == Tri::Ja { &q.ja } else { &q.nee };
                if !branch.text.is_empty() {
                    ui.horizontal(|ui| {
                        super::arrow_ui(ui);
                        ui.label(egui::RichText::new(&branch.text).italics());
                    });
                }
            }
            super::labelled_multiline_ui(
                ui,
                texts::window::AFWEGINGSKADER_MOTIVATION_LABEL,
                motivation,
            );
            if with_vt {
                super::labelled_singleline_ui(
                    ui,
                    texts::window::AFWEGINGSKADER_VT_EMPLOYEE_LABEL,
                    vt_contact,
                );
            }
            let ready = answer.is_some() && !motivation.trim().is_empty();
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(texts::window::AFWEGINGSKADER_ANSWER_BUTTON),
                )
                .on_disabled_hover_text(texts::messages::REASON_MISSING)
                .clicked()
                && let Some(t) = answer.take()
            {
                cmds.push(Command::Op(Op::AnswerAfweging {
                    question: q.id.clone(),
                    answer: t,
                    motivation: std::mem::take(motivation),
                    with_veilig_thuis: with_vt,
                    veilig_thuis_contact: vt_contact.clone(),
                }));
                *editing = None;
            }
        });
    }

    fn decision_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        tree: &DecisionTree,
        eval: &Evaluation,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            melden,
            hulp,
            decision_motivation,
            ..
        } = self;
        ui.heading(texts::window::AFWEGINGSKADER_OUTCOME_HEADING);
        for o in eval.outcomes.iter().filter_map(|o| tree.outcome(o)) {
            ui.horizontal(|ui| {
                super::arrow_ui(ui);
                ui.strong(&o.label);
            });
            if !o.text.is_empty() {
                ui.label(&o.text);
            }
        }
        ui.add_space(8.0);
        ui.heading(texts::window::DECISION_HEADING);
        let mut m = melden.unwrap_or_else(|| eval.reaches(tree, OutcomeKind::Melden));
        let mut h = hulp.unwrap_or_else(|| eval.reaches(tree, OutcomeKind::Hulp));
        if ui
            .checkbox(&mut m, texts::window::DECISION_REPORT_TO_VT_OPTION)
            .changed()
        {
            *melden = Some(m);
        }
        if ui
            .checkbox(&mut h, texts::window::DECISION_HELP_OPTION)
            .changed()
        {
            *hulp = Some(h);
        }
        let boss = &state.profile.organisation.eindverantwoordelijke;
        ui.label(format!(
            "{}: {} ({})",
            texts::window::DECISION_DECIDED_BY_LABEL,
            boss.name,
            boss.function
        ));
        super::labelled_multiline_ui(
            ui,
            texts::window::DECISION_MOTIVATION_LABEL,
            decision_motivation,
        );
        if ui
            .add_enabled(
                !decision_motivation.trim().is_empty(),
                egui::Button::new(texts::window::DECISION_RECORD_BUTTON),
            )
            .on_disabled_hover_text(texts::messages::REASON_MISSING)
            .clicked()
        {
            cmds.push(Command::Op(Op::Decide {
                melden: m,
                hulp: h,
                motivation: std::mem::take(decision_motivation),
            }));
        }
        if !dossier.decisions.is_empty() {
            ui.add_space(8.0);
            ui.heading(texts::window::DECISIONS_RECORDED_HEADING);
            for d in &dossier.decisions {
                let what: Vec<&str> = [
                    d.melden
                        .then_some(texts::window::DECISION_REPORT_TO_VT_OPTION),
                    d.hulp.then_some(texts::window::DECISION_HELP_OPTION),
                ]
                .into_iter()
                .flatten()
                .collect();
                ui.label(format!(
                    "{} \u{2014} {} \u{2014} {} ({})",
                    super::format_date(d.on),
                    what.join(" + "),
                    d.decided_by.name,
                    d.decided_by.function
                ));
                ui.label(egui::RichText::new(&d.motivation).weak());
            }
        }
    }
}

/// The path as painted boxes with arrows: answered questions, the open question, outcomes.
fn path_diagram_ui(
    ui: &mut egui::Ui,
    tree: &DecisionTree,
    dossier: &Dossier,
    eval: &Evaluation,
    view: &mut AfwegingView,
) {
    ui.strong(texts::window::AFWEGINGSKADER_PATH_HEADING);
    ui.horizontal_wrapped(|ui| {
        let vt_color = ui.visuals().warn_fg_color;
        for (i, p) in eval.path.iter().enumerate() {
            if i > 0 {
                super::arrow_ui(ui);
            }
            let title = tree
                .question(&p.question)
                .map_or(p.question.as_str(), |q| q.title.as_str());
            let stroke = if p.with_veilig_thuis {
                egui::Stroke::new(2.0, vt_color)
            } else {
                ui.visuals().widgets.noninteractive.bg_stroke
            };
            egui::Frame::group(ui.style())
                .stroke(stroke)
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.strong(title);
                        ui.label(format!(
                            "{}: {}",
                            texts::common::ANSWER_LABEL,
                            p.given.label()
                        ));
                        if p.with_veilig_thuis {
                            ui.colored_label(vt_color, texts::window::AFWEGINGSKADER_WITH_VT_SHORT);
                        }
                        if let Some(a) = dossier.afweging.get(&p.question) {
                            ui.label(egui::RichText::new(&a.motivation).weak().small());
                        }
                        if !dossier.is_closed()
                            && ui
                                .small_button(texts::window::AFWEGINGSKADER_CHANGE_ANSWER_BUTTON)
                                .on_hover_text(format!(
                                    "{} {title}",
                                    texts::window::AFWEGINGSKADER_CHANGE_ANSWER_BUTTON
                                ))
                                .clicked()
                        {
                            view.editing = Some(p.question.clone());
                        }
                    });
                });
        }
        if let Some(next) = eval.next.as_ref().and_then(|n| tree.question(n)) {
            if !eval.path.is_empty() {
                super::arrow_ui(ui);
            }
            egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(2.0, ui.visuals().selection.stroke.color))
                .show(ui, |ui| {
                    ui.strong(&next.title);
                    ui.label("?");
                });
        }
        for o in eval.outcomes.iter().filter_map(|o| tree.outcome(o)) {
            super::arrow_ui(ui);
            egui::Frame::group(ui.style())
                .fill(ui.visuals().faint_bg_color)
                .show(ui, |ui| {
                    ui.strong(&o.label);
                });
        }
    });
}
