//! The child's participation in step 3 (seed 002: the nine actiepunten of the Handreiking
//! Participatie): which points were done, when and how, with the child's own words; the
//! conversation tips of seed 002's bijlage 2 at hand.

use crate::app::Op;
use crate::app::{AppState, Command, FollowupCommand};
use crate::domain::{Dossier, Participation};
use crate::texts;

/// Drafts of a new participation entry.
#[derive(Debug)]
pub struct ParticipationView {
    point: u8,
    on: String,
    how: String,
    words: String,
}

impl Default for ParticipationView {
    fn default() -> Self {
        Self {
            point: 1,
            on: String::new(),
            how: String::new(),
            words: String::new(),
        }
    }
}

impl ParticipationView {
    /// Draws the nine points, the entry form and the tips.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            point,
            on,
            how,
            words,
        } = self;
        ui.heading(texts::common::PARTICIPATION_HEADING);
        ui.label(egui::RichText::new(texts::window::PARTICIPATION_HELP).weak());
        let done = (1..=9_u8)
            .filter(|n| d.participation.iter().any(|p| p.point == *n))
            .count();
        ui.label(format!(
            "{done} {}",
            texts::window::PARTICIPATION_DONE_OF_NINE
        ));
        for (i, (title, help)) in texts::window::PARTICIPATION_POINTS.iter().enumerate() {
            let n = u8::try_from(i + 1).unwrap_or(9);
            let entries: Vec<&Participation> =
                d.participation.iter().filter(|p| p.point == n).collect();
            super::urgent_view::check_item_ui(
                ui,
                !entries.is_empty(),
                egui::RichText::new(format!("{n}. {title}")).strong(),
            );
            ui.label(egui::RichText::new(*help).weak());
            for p in entries {
                ui.label(format!(
                    "      {} \u{2014} {}",
                    super::format_date(p.on),
                    p.how
                ));
                if !p.child_words.trim().is_empty() {
                    ui.label(
                        egui::RichText::new(format!(
                            "      {} \u{201c}{}\u{201d}",
                            texts::window::PARTICIPATION_CHILD_SAID,
                            p.child_words
                        ))
                        .italics(),
                    );
                }
            }
        }
        if !d.is_closed() {
            ui.add_space(6.0);
            egui::CollapsingHeader::new(texts::window::PARTICIPATION_ADD_HEADING)
                .id_salt("participation_add")
                .show(ui, |ui| {
                    let label = ui.label(texts::window::PARTICIPATION_POINT_LABEL);
                    egui::ComboBox::from_id_salt("participation_point")
                        .selected_text(format!(
                            "{}. {}",
                            point,
                            texts::window::PARTICIPATION_POINTS
                                [usize::from(*point).clamp(1, 9) - 1]
                                .0
                        ))
                        .show_ui(ui, |ui| {
                            for (i, (title, _)) in
                                texts::window::PARTICIPATION_POINTS.iter().enumerate()
                            {
                                let n = u8::try_from(i + 1).unwrap_or(9);
                                ui.selectable_value(point, n, format!("{n}. {title}"));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    if on.is_empty() {
                        *on = super::format_date(
                            state.now.with_timezone(&chrono::Local).date_naive(),
                        );
                    }
                    super::labelled_singleline_ui(ui, texts::window::PARTICIPATION_WHEN_LABEL, on);
                    super::labelled_multiline_ui(ui, texts::window::PARTICIPATION_HOW_LABEL, how);
                    super::labelled_multiline_ui(
                        ui,
                        texts::window::PARTICIPATION_WORDS_LABEL,
                        words,
                    );
                    let date = super::parse_date(on);
                    if date.is_none() {
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            texts::window::DATE_FORMAT_ERROR,
                        );
                    }
                    if ui
                        .add_enabled(
                            date.is_some() && !how.trim().is_empty(),
                            egui::Button::new(texts::window::PARTICIPATION_SAVE_BUTTON),
                        )
                        .on_disabled_hover_text(texts::messages::PARTICIPATION_HOW_MISSING)
                        .clicked()
                        && let Some(on_date) = date
                    {
                        cmds.push(Command::Op(Op::Followup(
                            FollowupCommand::RecordParticipation(Participation {
                                point: *point,
                                on: on_date,
                                how: std::mem::take(how),
                                child_words: std::mem::take(words),
                            }),
                        )));
                    }
                });
        }
        egui::CollapsingHeader::new(texts::window::PARTICIPATION_TIPS_HEADING)
            .id_salt("participation_tips")
            .show(ui, |ui| {
                for (heading, tips) in texts::window::PARTICIPATION_TIP_GROUPS {
                    ui.strong(heading);
                    for tip in tips {
                        ui.label(format!("\u{2022} {tip}"));
                    }
                    ui.add_space(4.0);
                }
            });
    }
}
