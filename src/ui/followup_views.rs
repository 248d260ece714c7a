//! The follow-up parts of the dossier screen (issues 7–10), kept together so the dossier
//! view needs only three hooks: above the step (urgent path, export buttons), inside the
//! step (participation in step 3; afspraken, melding and letter in step 5; requests for
//! information at every step), and the export dialog.

use crate::app::{AppState, Command, DocumentKind, FollowupSection};
use crate::domain::{Dossier, Step};
use crate::texts;

use super::afspraken_view::AfsprakenView;
use super::export_dialog::ExportDialog;
use super::info_request_view::InfoRequestView;
use super::melding_view::MeldingView;
use super::participation_view::ParticipationView;
use super::urgent_view::UrgentView;

/// View-local state of the follow-up parts.
#[derive(Debug, Default)]
pub struct FollowupViews {
    urgent: UrgentView,
    afspraken: AfsprakenView,
    info: InfoRequestView,
    participation: ParticipationView,
    melding: MeldingView,
    /// The export dialog of the dossier screen.
    pub export: ExportDialog,
    /// The part to bring into view (for a few frames, while the layout settles).
    pub focus: Option<FollowupSection>,
    focus_frames: u8,
}

/// A separator that scrolls itself to the top of the view when `section` has the focus.
fn section_start(ui: &mut egui::Ui, focus: &mut Option<FollowupSection>, section: FollowupSection) {
    ui.add_space(8.0);
    let r = ui.separator();
    if *focus == Some(section) {
        r.scroll_to_me(Some(egui::Align::TOP));
    }
}

impl FollowupViews {
    /// Above the timeline's step: the urgent path and the export buttons.
    pub fn top_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        self.urgent.ui(ui, state, d, cmds);
        self.export.buttons_ui(
            ui,
            state,
            &[
                DocumentKind::Dossier,
                DocumentKind::Consultatie,
                DocumentKind::Inzage,
            ],
            Some(d),
        );
    }

    /// Inside the step shown.
    pub fn step_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        step: Step,
        cmds: &mut Vec<Command>,
    ) {
        let mut export = None;
        if self.focus.is_some() && self.focus_frames == 0 {
            self.focus_frames = 3;
        }
        match step {
            Step::Gesprek => {
                section_start(ui, &mut self.focus, FollowupSection::Participation);
                self.participation.ui(ui, state, d, cmds);
            }
            Step::Beslissen => {
                section_start(ui, &mut self.focus, FollowupSection::Afspraken);
                self.afspraken.ui(ui, state, d, cmds);
                let melden = d.decisions.last().is_some_and(|x| x.melden);
                section_start(ui, &mut self.focus, FollowupSection::Melding);
                ui.heading(texts::common::MELDING_HEADING);
                if melden || d.melding.sent.is_some() || !d.melding.answers.is_empty() {
                    self.melding.ui(ui, state, d, cmds);
                } else {
                    ui.label(texts::window::MELDING_AFTER_DECISION);
                }
                section_start(ui, &mut self.focus, FollowupSection::Letter);
                egui::CollapsingHeader::new(texts::common::LETTER_TO_PARENTS_TITLE)
                    .id_salt("letter")
                    .default_open(d.melding.sent.is_some())
                    .show(ui, |ui| {
                        super::letter_view::letter_ui(ui, state, d, &mut export, cmds);
                    });
            }
            _ => {}
        }
        section_start(ui, &mut self.focus, FollowupSection::VtRequests);
        egui::CollapsingHeader::new(format!(
            "{} ({})",
            texts::window::VT_REQUEST_HEADING,
            d.info_requests.len()
        ))
        .id_salt("vt_requests")
        .default_open(!d.info_requests.is_empty())
        .show(ui, |ui| self.info.ui(ui, state, d, cmds, &mut export));
        if let Some(kind) = export {
            self.export.open_for(kind, Some(d), state);
        }
        if self.focus.is_some() {
            self.focus_frames = self.focus_frames.saturating_sub(1);
            if self.focus_frames == 0 {
                self.focus = None;
            } else {
                ui.ctx().request_repaint();
            }
        }
    }

    /// Opens a request for information in the editor (the answer along the guidelines).
    pub fn edit_request(&mut self, request: crate::domain::InfoRequest) {
        self.info.start_editing(request);
    }

    /// The export dialog, when open.
    pub fn dialog_ui(&mut self, ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
        self.export.ui(ctx, state, cmds);
    }
}
