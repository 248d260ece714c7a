//! The afwegingskader as a guided flow: one question at a time, a motivation with each
//! answer, the path taken as a small diagram, and the decision of stap 5.

use crate::app::Op;
use crate::app::{AppState, Command, DecisionAccountInput};
use crate::domain::afweging::{Evaluation, OutcomeKind};
use crate::domain::{DecisionTree, Dossier, Tri, evaluate};
use crate::texts;

use super::samen_met_vt::SamenMetVtInput;

/// The answer and decision being prepared.
#[derive(Debug, Default)]
pub struct AfwegingView {
    answer: Option<Tri>,
    motivation: String,
    samen: SamenMetVtInput,
    /// A question on the path the user chose to answer again.
    editing: Option<String>,
    melden: Option<bool>,
    hulp: Option<bool>,
    decision_motivation: String,
    decision_samen: SamenMetVtInput,
    deviation: String,
    /// The history's length when an answer or decision was sent: what was typed is cleared
    /// once the dossier has more, so a refused one loses nothing.
    pending: Option<usize>,
}

impl AfwegingView {
    /// Draws the flow for the dossier in `step` (4 or 5). The decision is taken in stap 5
    /// only; stap 4 shows where the afwegingskader leads and points there.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        tree: &DecisionTree,
        dossier: &Dossier,
        step: crate::domain::Step,
        cmds: &mut Vec<Command>,
    ) {
        if let Some(before) = self.pending
            && dossier.history.len() > before
        {
            let (editing, melden, hulp) = (None, self.melden, self.hulp);
            *self = Self {
                editing,
                melden,
                hulp,
                ..Self::default()
            };
        }
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
                self.question_ui(ui, state, tree, &q, with_vt, dossier, cmds);
            }
            None if step == crate::domain::Step::Beslissen => {
                self.decision_ui(ui, state, tree, &eval, dossier, cmds);
            }
            None => {
                outcome_ui(ui, tree, &eval);
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    ui.label(texts::window::DECISION_TAKEN_IN_STEP_5_NOTE);
                    if ui
                        .button(texts::window::DECISION_GO_TO_STEP_5_BUTTON)
                        .clicked()
                    {
                        cmds.push(Command::Nav(crate::app::Nav::SelectStep(
                            crate::domain::Step::Beslissen,
                        )));
                    }
                });
            }
        });
    }

    #[allow(clippy::too_many_arguments)]
    fn question_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        tree: &DecisionTree,
        q: &crate::domain::afweging::Question,
        with_vt: bool,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            answer,
            motivation,
            samen,
            pending,
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
                    format!("! {}", texts::window::AFWEGINGSKADER_WITH_VT_GUIDANCE),
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
            samen.ui(
                ui,
                texts::window::AFWEGINGSKADER_ANSWERED_WITH_VT_OPTION,
                "afweging_samen_met_vt",
                state.today(),
            );
            let together = samen.value();
            let why_not = if motivation.trim().is_empty() {
                Some(texts::messages::REASON_MISSING)
            } else {
                together.as_ref().err().copied()
            };
            if let Some(why) = why_not.filter(|_| answer.is_some()) {
                ui.label(egui::RichText::new(why).weak());
            }
            if ui
                .add_enabled(
                    answer.is_some() && why_not.is_none(),
                    egui::Button::new(texts::window::AFWEGINGSKADER_ANSWER_BUTTON),
                )
                .on_disabled_hover_text(why_not.unwrap_or(texts::messages::REASON_MISSING))
                .clicked()
                && let (Some(t), Ok(samen_met_vt)) = (*answer, together)
            {
                cmds.push(Command::Op(Op::AnswerAfweging {
                    question: q.id.clone(),
                    answer: t,
                    motivation: motivation.clone(),
                    samen_met_vt,
                }));
                *pending = Some(dossier.history.len());
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
            decision_samen,
            deviation,
            pending,
            ..
        } = self;
        outcome_ui(ui, tree, eval);
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
            "{}: {}",
            texts::window::DECISION_DECIDED_BY_LABEL,
            boss.described()
        ));
        super::labelled_multiline_ui(
            ui,
            texts::window::DECISION_MOTIVATION_LABEL,
            decision_motivation,
        );
        decision_samen.ui(
            ui,
            texts::window::DECISION_TAKEN_WITH_VT_OPTION,
            "besluit_samen_met_vt",
            state.today(),
        );
        let grounds = dossier.meldnorm_grounds();
        if !grounds.is_empty() {
            ui.label(format!(
                "{} {}.",
                texts::window::DECISION_MELDNORM_APPLIES_LABEL,
                grounds
                    .iter()
                    .map(|g| g.label())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let deviates = !m && !grounds.is_empty();
        if deviates {
            super::labelled_multiline_ui(
                ui,
                texts::window::DECISION_MELDNORM_DEVIATION_LABEL,
                deviation,
            );
        }
        let together = decision_samen.value();
        let why_not = if decision_motivation.trim().is_empty() {
            Some(texts::messages::DECISION_NO_MOTIVATION)
        } else if deviates && deviation.trim().is_empty() {
            Some(texts::messages::DECISION_AGAINST_MELDNORM_WITHOUT_MOTIVATION)
        } else {
            together.as_ref().err().copied()
        };
        if let Some(why) = why_not {
            ui.label(egui::RichText::new(why).weak());
        }
        if ui
            .add_enabled(
                why_not.is_none(),
                egui::Button::new(texts::window::DECISION_RECORD_BUTTON),
            )
            .on_disabled_hover_text(why_not.unwrap_or_default())
            .clicked()
            && let Ok(samen_met_vt) = together
        {
            cmds.push(Command::Op(Op::Decide {
                melden: m,
                hulp: h,
                motivation: decision_motivation.clone(),
                account: DecisionAccountInput {
                    samen_met_vt,
                    meldnorm_afwijking: if deviates {
                        deviation.clone()
                    } else {
                        String::new()
                    },
                },
            }));
            *pending = Some(dossier.history.len());
        }
        if !dossier.decisions.is_empty() {
            ui.add_space(8.0);
            ui.heading(texts::window::DECISIONS_RECORDED_HEADING);
            for (i, d) in dossier.decisions.iter().enumerate() {
                ui.label(format!(
                    "{} \u{2014} {} \u{2014} {}",
                    super::format_date(d.on),
                    super::record_summary::decision_what(d),
                    d.decided_by.described()
                ));
                ui.label(egui::RichText::new(&d.motivation).weak());
                if let Some(a) = dossier.decision_account(i) {
                    if let Some(vt) = &a.samen_met_vt {
                        ui.label(format!(
                            "{} ({}, {})",
                            texts::window::DECISION_TOGETHER_WITH_VT_NOTE,
                            vt.with_whom,
                            super::format_date(vt.on)
                        ));
                    }
                    if !a.meldnorm_afwijking.trim().is_empty() {
                        ui.label(format!(
                            "{}: {}",
                            texts::window::DECISION_DEVIATION_NOTE,
                            a.meldnorm_afwijking
                        ));
                    }
                }
            }
        }
    }
}

/// Where the afwegingskader leads, with the tree's own words.
fn outcome_ui(ui: &mut egui::Ui, tree: &DecisionTree, eval: &Evaluation) {
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
