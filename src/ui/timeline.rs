//! The five steps as a timeline: done / busy / open, with the revisit count.

use crate::app::Command;
use crate::app::Nav;
use crate::domain::{Dossier, Step, StepStatus};
use crate::texts;

/// The Dutch word for a step status.
pub fn status_label(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Open => texts::common::STEP_STATUS_OPEN,
        StepStatus::Bezig => texts::common::STEP_STATUS_IN_PROGRESS,
        StepStatus::Afgerond => texts::common::STEP_STATUS_COMPLETED,
    }
}

fn status_color(ui: &egui::Ui, status: StepStatus) -> egui::Color32 {
    let v = ui.visuals();
    match status {
        StepStatus::Open => v.weak_text_color(),
        StepStatus::Bezig => v.warn_fg_color,
        StepStatus::Afgerond => {
            if v.dark_mode {
                egui::Color32::from_rgb(110, 200, 120)
            } else {
                egui::Color32::from_rgb(30, 120, 40)
            }
        }
    }
}

/// Draws the timeline; clicking a step shows it.
pub fn timeline_ui(ui: &mut egui::Ui, dossier: &Dossier, shown: Step, cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        for (i, step) in Step::ALL.into_iter().enumerate() {
            if i > 0 {
                super::arrow_ui(ui);
            }
            let rec = dossier.step(step);
            let color = status_color(ui, rec.status);
            let mut text = format!(
                "{} {} \u{b7} {}",
                texts::common::STEP_PREFIX,
                step.number(),
                status_label(rec.status)
            );
            if rec.revisits > 0 {
                text = format!(
                    "{text} ({}\u{00d7} {})",
                    rec.revisits,
                    texts::window::STEP_REVISITS_SUFFIX
                );
            }
            egui::Frame::group(ui.style())
                .stroke(egui::Stroke::new(
                    if step == shown { 2.0 } else { 1.0 },
                    color,
                ))
                .show(ui, |ui| {
                    let short = texts::window::STEP_SHORT_NAMES
                        .get(step.index())
                        .copied()
                        .unwrap_or_default();
                    let r = ui
                        .selectable_label(
                            step == shown,
                            egui::RichText::new(format!("{short}\n{text}")).color(color),
                        )
                        .on_hover_text(step.title());
                    if r.clicked() {
                        cmds.push(Command::Nav(Nav::SelectStep(step)));
                    }
                });
        }
    });
}
