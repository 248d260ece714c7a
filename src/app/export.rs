//! Exports from the window: the dialog's request becomes an [`crate::ops::export`] plan on
//! the main thread, is rendered and staged on a worker thread while the window shows a
//! spinner, and is committed (audit entries, then the files in place) when the worker is
//! done. The views only choose what and where.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use super::handle::AppError;
use super::{App, Message};
use crate::domain::{Dossier, DossierId};
use crate::ops::Document;
use crate::ops::export::{self as ops_export, ExportRequest, Rendered};
use crate::ops::package::{PackageRequest, plan_package};
pub use crate::ops::{DocumentKind, Format, SignatureStatus, WrittenFile as ExportedFile};
use crate::ops::{IdentitySource, OpsError, files};
use crate::texts;

/// A file name for an export without any person's name: `MD-2026-0001_dossier_2026-11-23.pdf`.
pub fn default_file_name(
    kind: DocumentKind,
    reference: &str,
    date: chrono::NaiveDate,
    format: Format,
) -> String {
    ops_export::default_file_name(kind, reference, date, format)
}

/// A request from the export dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCommand {
    /// Write one document.
    Write {
        /// Which document.
        kind: DocumentKind,
        /// For the answer to Veilig Thuis: which request.
        request: Option<u32>,
        /// The dossier (ignored for the protocol).
        dossier: Option<DossierId>,
        /// Format.
        format: Format,
        /// Target file.
        path: PathBuf,
        /// Sign with the vault's certificate.
        sign: bool,
        /// Open the file with the system's handler afterwards.
        open_after: bool,
    },
    /// Write the melding package (PDF, DOCX, `.eml`) into a folder.
    Package {
        /// The dossier.
        dossier: DossierId,
        /// Target folder.
        dir: PathBuf,
        /// Sign with the vault's certificate.
        sign: bool,
        /// Open the `.eml` in the mail program afterwards.
        open_mail: bool,
    },
    /// Open an exported file with the system's handler.
    Open(PathBuf),
}

/// Exports in progress and done, as the views read them.
#[derive(Debug, Default)]
pub struct ExportState {
    /// What is being exported, and since when (for the spinner).
    pub running: Option<(String, Instant)>,
    /// The files written in this session, newest last.
    pub done: Vec<ExportedFile>,
    /// Whether a signing certificate is set up in the vault.
    pub has_certificate: bool,
    /// The user's confirmations of doubtful words in the anonymised summary, per dossier
    /// (kept for the session only, never written).
    pub confirmations: std::collections::BTreeMap<DossierId, crate::ops::Confirmations>,
    /// The user's choice of items for the letter to the parents, per dossier (kept for the
    /// session only, never written).
    pub letter_choices: std::collections::BTreeMap<DossierId, ops_export::LetterChoice>,
    rx: Option<Receiver<JobResult>>,
    open_after: bool,
}

impl ExportState {
    /// Whether an export is running.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }
}

struct JobResult(Result<Rendered, OpsError>);

impl std::fmt::Debug for JobResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JobResult")
    }
}

pub use crate::ops::{Block, Document as ReportDocument};

impl super::AppState {
    /// What still stands between the melding and its export (Dutch, no dossier content).
    pub fn melding_missing(&self, d: &Dossier) -> Vec<String> {
        ops_export::melding_gaps(&self.profile, &self.forms, d)
    }

    /// The meldformulier answers: prefilled from the dossier, overlaid with the edits.
    pub fn melding_answers(&self, d: &Dossier) -> crate::domain::Answers {
        ops_export::melding_answers(&self.profile, d)
    }

    /// The letter to the parents with the user's choice of items, or why there is none.
    pub fn letter(&self, d: &Dossier) -> Result<Document, &'static str> {
        ops_export::letter_preview(&self.profile, d, self.now, &self.letter_choice(d.id))
    }

    /// The items the letter to the parents can hold, with the user's choice applied.
    pub fn letter_items(&self, d: &Dossier) -> Vec<ops_export::LetterItem> {
        ops_export::letter_items(d, &self.letter_choice(d.id))
    }

    fn letter_choice(&self, id: DossierId) -> ops_export::LetterChoice {
        self.exports
            .letter_choices
            .get(&id)
            .cloned()
            .unwrap_or_default()
    }

    /// What stands between the answer to a request from Veilig Thuis and its export.
    pub fn vt_answer_missing(&self, d: &Dossier, request: u32) -> Vec<String> {
        ops_export::vt_answer_gaps(&self.profile, d, request)
    }
}

impl App {
    /// Runs one export command.
    pub(super) fn handle_export(&mut self, command: ExportCommand) -> Result<(), AppError> {
        if self.state.exports.busy() && !matches!(command, ExportCommand::Open(_)) {
            return Err(AppError::Text(texts::window::EXPORT_BUSY));
        }
        let sign = |on: bool| on.then_some(IdentitySource::Vault);
        match command {
            ExportCommand::Write {
                kind,
                request,
                dossier,
                format,
                path,
                sign: signed,
                open_after,
            } => {
                self.flush_due(Instant::now(), true);
                let label = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let req = ExportRequest {
                    kind,
                    dossier,
                    format,
                    sign: sign(signed),
                    place: None,
                    request,
                    out: path,
                    letter: dossier
                        .and_then(|id| self.state.exports.letter_choices.get(&id).cloned())
                        .unwrap_or_default(),
                };
                let conf = dossier
                    .and_then(|id| self.state.exports.confirmations.get(&id).cloned())
                    .unwrap_or_default();
                let plan = ops_export::plan_export_confirmed(
                    &mut self.session,
                    &self.state.forms,
                    req,
                    &conf,
                )?;
                self.start(label, open_after, move || plan.render());
            }
            ExportCommand::Package {
                dossier,
                dir,
                sign: signed,
                open_mail,
            } => {
                self.flush_due(Instant::now(), true);
                let label = dir.display().to_string();
                let req = PackageRequest {
                    dossier,
                    dir,
                    sign: sign(signed),
                };
                let plan = plan_package(&mut self.session, &self.state.forms, req)?;
                self.start(label, open_mail, move || plan.render());
            }
            ExportCommand::Open(path) => files::open_with_system(&path)?,
        }
        Ok(())
    }

    /// Renders on a worker thread; [`App::poll_exports`] commits the result.
    fn start(
        &mut self,
        label: String,
        open_after: bool,
        work: impl FnOnce() -> Result<Rendered, OpsError> + Send + 'static,
    ) {
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            // The window may be gone; then there is no one to tell.
            let _ = tx.send(JobResult(work()));
        });
        self.state.exports.running = Some((label, Instant::now()));
        self.state.exports.rx = Some(rx);
        self.state.exports.open_after = open_after;
    }

    /// Collects a finished export and commits it (audit entries, then the files in place).
    /// Returns whether an export is still running, so the shell keeps repainting.
    pub fn poll_exports(&mut self) -> bool {
        let Some(rx) = &self.state.exports.rx else {
            return false;
        };
        let result = match rx.try_recv() {
            Err(TryRecvError::Empty) => return true,
            Err(TryRecvError::Disconnected) => Err(AppError::Text(texts::messages::EXPORT_FAILED)),
            Ok(JobResult(rendered)) => rendered
                .and_then(|r| {
                    let open = r.open.clone();
                    ops_export::commit(&mut self.session, r).map(|files| (files, open))
                })
                .map_err(AppError::from),
        };
        self.state.exports.rx = None;
        self.state.exports.running = None;
        match result {
            Ok((files, open)) => {
                self.state.message = Some(Message {
                    error: false,
                    text: texts::window::EXPORT_DONE.to_owned(),
                    items: files
                        .iter()
                        .flat_map(|f| {
                            let line =
                                format!("{} \u{2014} {}", f.path.display(), f.signature.label());
                            std::iter::once(line).chain(f.warning.clone())
                        })
                        .collect(),
                });
                self.state.exports.done.extend(files);
                if let Some(path) = open.filter(|_| self.state.exports.open_after)
                    && let Err(e) = files::open_with_system(&path)
                {
                    self.state.message = Some(AppError::from(e).message());
                }
            }
            Err(e) => self.state.message = Some(e.message()),
        }
        false
    }

    /// Waits for a running export to finish (tests and the screenshot script).
    pub fn wait_for_export(&mut self, timeout: std::time::Duration) {
        let start = Instant::now();
        while self.poll_exports() && start.elapsed() < timeout {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// The vault's audit log entries about a dossier (none for the example).
    pub fn audit_entries(&mut self, dossier: Option<DossierId>) -> Vec<crate::ops::AuditEntry> {
        self.session.store.audit_log(dossier).unwrap_or_default()
    }
}
