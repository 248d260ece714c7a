//! The export dialog (issue 7 §5, issue 8 §5): which document, PDF or DOCX, where (an `rfd`
//! save dialog with a default file name of reference, kind and date, never a name), the
//! sign step, "open after saving", a spinner while the worker writes, and the signature
//! status of the files written. The app does the export and the audit entry.

use super::file_chooser::{ChooserRequest, FileChooser, Pick};
use std::path::PathBuf;

use crate::app::{AppState, Command, DocumentKind, ExportCommand, Format};
use crate::app::{Nav, Op};
use crate::domain::{Dossier, DossierId};
use crate::texts;
use crate::texts::window as t;

/// Which document: its kind and, for the answer to Veilig Thuis, which request.
pub type ExportChoice = (DocumentKind, Option<u32>);

/// The dialog's state.
#[derive(Debug)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent toggles of one dialog, each its own checkbox or request"
)]
pub struct ExportDialog {
    open: bool,
    kind: ExportChoice,
    dossier: Option<DossierId>,
    reference: String,
    format: Format,
    path: String,
    sign: bool,
    open_after: bool,
    hints: super::open_hints::OpenHintsCache,
    anonymise: super::anonymise_dialog::AnonymiseCheck,
    overview_requested: bool,
    chooser: FileChooser,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            kind: (DocumentKind::Dossier, None),
            dossier: None,
            reference: String::new(),
            format: Format::Pdf,
            path: String::new(),
            sign: false,
            open_after: false,
            hints: super::open_hints::OpenHintsCache::default(),
            anonymise: super::anonymise_dialog::AnonymiseCheck::default(),
            overview_requested: false,
            chooser: FileChooser::default(),
        }
    }
}

/// The folder exports go to by default: the user's documents folder, else the home folder.
pub fn default_dir() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(std::path::Path::to_path_buf)
                .or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The Dutch name of a kind of document.
pub fn kind_label(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Dossier => t::EXPORT_KIND_DOSSIER,
        DocumentKind::Consultatie => t::EXPORT_KIND_CONSULTATION,
        DocumentKind::Inzage => t::EXPORT_KIND_DATA_ACCESS,
        DocumentKind::Protocol => t::EXPORT_KIND_PROTOCOL,
        DocumentKind::VtAntwoord => t::EXPORT_KIND_VT_ANSWER,
        DocumentKind::BriefOuders => texts::common::LETTER_TO_PARENTS_TITLE,
        DocumentKind::Meldformulier => t::EXPORT_KIND_MELDFORMULIER,
    }
}

/// The sign step: a checkbox when the vault holds a certificate, else a link to the
/// section that makes or imports one. Returns whether that link was clicked: the caller
/// then commits what it holds and pushes [`Nav::ShowCertificate`].
pub fn sign_choice_ui(ui: &mut egui::Ui, state: &AppState, sign: &mut bool) -> bool {
    if state.exports.has_certificate {
        ui.checkbox(sign, t::EXPORT_SIGN_OPTION);
        return false;
    }
    *sign = false;
    if state.is_example() {
        ui.label(egui::RichText::new(texts::messages::SIGNING_NOT_IN_EXAMPLE).weak());
        return false;
    }
    ui.label(egui::RichText::new(t::EXPORT_SIGN_NO_CERTIFICATE_HINT).weak());
    ui.link(t::EXPORT_SIGN_SET_UP_LINK).clicked()
}

/// A spinner with what is being written and for how long.
pub fn progress_ui(ui: &mut egui::Ui, state: &AppState) {
    if let Some((what, since)) = &state.exports.running {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(format!(
                "{} {what} ({:.1} s)",
                t::EXPORT_RUNNING_PREFIX,
                since.elapsed().as_secs_f32()
            ));
        });
    }
}

/// The files exported in this session, with their signature status and an "Openen" button.
pub fn exported_files_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    if state.exports.done.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.strong(t::EXPORTED_FILES_HEADING);
    egui::ScrollArea::vertical()
        .id_salt("exported_files")
        .max_height(120.0)
        .show(ui, |ui| exported_rows_ui(ui, state, cmds));
}

fn exported_rows_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    for (i, f) in state.exports.done.iter().enumerate().rev().take(8) {
        ui.push_id(("exported", i), |ui| {
            ui.horizontal_wrapped(|ui| {
                let name = f
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                ui.label(name).on_hover_text(f.path.display().to_string());
                ui.label(egui::RichText::new(f.signature.label()).weak());
                if ui.small_button(t::OPEN_BUTTON).clicked() {
                    cmds.push(Command::Op(Op::Export(ExportCommand::Open(f.path.clone()))));
                }
            });
        });
    }
}

impl ExportDialog {
    /// Opens the dialog for a document of `dossier` (or the organisation's protocol).
    pub fn open_for(&mut self, kind: ExportChoice, dossier: Option<&Dossier>, state: &AppState) {
        self.open = true;
        self.kind = kind;
        self.dossier = dossier.map(|d| d.id);
        self.reference = dossier.map(|d| d.reference.clone()).unwrap_or_default();
        self.sign = state.exports.has_certificate;
        self.path = self.default_path(state).display().to_string();
    }

    /// Whether the user asked, from the dialog, to see the open hints (once).
    pub fn take_overview_request(&mut self) -> bool {
        std::mem::take(&mut self.overview_requested)
    }

    /// Whether the dialog is shown.
    pub fn is_open(&self) -> bool {
        self.open
    }

    fn default_name(&self, state: &AppState) -> String {
        let today = state.now.with_timezone(&chrono::Local).date_naive();
        crate::app::export::default_file_name(self.kind.0, &self.reference, today, self.format)
    }

    fn default_path(&self, state: &AppState) -> PathBuf {
        let dir = PathBuf::from(self.path.trim())
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(default_dir, std::path::Path::to_path_buf);
        dir.join(self.default_name(state))
    }

    /// The export buttons of a screen: one per kind, each opening the dialog.
    pub fn buttons_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        kinds: &[DocumentKind],
        dossier: Option<&Dossier>,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.label(t::EXPORT_BUTTONS_LABEL);
            for kind in kinds {
                if ui
                    .button(format!("{}\u{2026}", kind_label(*kind)))
                    .on_hover_text(t::EXPORT_TIP)
                    .clicked()
                {
                    self.open_for((*kind, None), dossier, state);
                }
            }
        });
    }

    /// Draws the dialog when open.
    pub fn ui(&mut self, ctx: &egui::Context, state: &AppState, cmds: &mut Vec<Command>) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new(t::EXPORT_DIALOG_TITLE)
            .id(egui::Id::unique("export_dialog"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(520.0)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 110.0))
            .show(ctx, |ui| self.body_ui(ui, state, cmds));
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            open = false;
        }
        self.open = open && self.open;
    }

    fn body_ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        ui.strong(kind_label(self.kind.0));
        if !self.reference.is_empty() {
            ui.label(format!("{} {}", t::EXPORT_DOSSIER_PREFIX, self.reference));
        }
        ui.horizontal(|ui| {
            let before = self.format;
            ui.radio_value(&mut self.format, Format::Pdf, "PDF");
            ui.radio_value(&mut self.format, Format::Docx, t::EXPORT_FORMAT_DOCX);
            if before != self.format {
                let path = PathBuf::from(self.path.trim()).with_extension(self.format.extension());
                self.path = path.display().to_string();
            }
        });
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t::EXPORT_FILE_LABEL);
            ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(380.0))
                .labelled_by(l.id);
            let current = PathBuf::from(self.path.trim());
            let name = self.default_name(state);
            let extension = self.format.extension();
            let chosen = self
                .chooser
                .button_ui(ui, t::EXPORT_CHOOSE_FILE_BUTTON, || ChooserRequest {
                    pick: Pick::SaveFile(name),
                    dir: current.parent().map(std::path::Path::to_path_buf),
                    filter: Some((extension.to_owned(), vec![extension.to_owned()])),
                });
            if let Some(chosen) = chosen {
                self.path = chosen.display().to_string();
            }
        });
        self.chooser.note_ui(ui);
        ui.label(egui::RichText::new(t::EXPORT_FILE_NAME_HINT).weak());
        if let Some(d) = self.dossier.and_then(|id| state.dossier(id)) {
            // Issue 6: the dossier's open writing hints, before it leaves the vault; #26:
            // as a count with a link, so the buttons below stay on screen.
            let n = self.hints.hints(state, d).len();
            ui.horizontal_wrapped(|ui| {
                if n == 0 {
                    ui.label(t::EXPORT_HINTS_NONE);
                } else {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        format!("{n} {}", t::EXPORT_HINTS_COUNT),
                    );
                    if ui.link(t::EXPORT_HINTS_LINK).clicked() {
                        self.overview_requested = true;
                        self.open = false;
                    }
                }
            });
            if self.kind.0 == DocumentKind::Consultatie {
                self.anonymise.ui(ui, state, d, cmds);
            }
        }
        if sign_choice_ui(ui, state, &mut self.sign) {
            self.open = false;
            cmds.push(Command::Nav(Nav::ShowCertificate));
        }
        ui.checkbox(&mut self.open_after, t::EXPORT_OPEN_AFTER_OPTION);
        if state.is_example() {
            ui.label(egui::RichText::new(t::EXPORT_EXAMPLE_NO_AUDIT).weak());
        }
        let busy = state.exports.busy();
        progress_ui(ui, state);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !busy && !self.path.trim().is_empty(),
                    egui::Button::new(t::EXPORT_START_BUTTON),
                )
                .clicked()
            {
                cmds.push(Command::Op(Op::Export(ExportCommand::Write {
                    kind: self.kind.0,
                    request: self.kind.1,
                    dossier: self.dossier,
                    format: self.format,
                    path: PathBuf::from(self.path.trim()),
                    sign: self.sign,
                    open_after: self.open_after,
                })));
            }
            if ui.button(t::CLOSE_BUTTON).clicked() {
                self.open = false;
            }
        });
        exported_files_ui(ui, state, cmds);
    }
}
