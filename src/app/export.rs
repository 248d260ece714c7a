//! Exports from the app (issues 7, 8, 9, 10): build the document with the report builders,
//! record the export (and signature) in the vault's audit log, then render, sign and write
//! the files on a worker thread while the window shows a spinner. The views only choose what
//! and where; this module is the one place that writes export files.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

use chrono::{DateTime, Utc};

use super::export_worker::{Job, Work, open_with_system, run_job};
use super::handle::AppError;
use super::{App, Message};
use crate::domain::{Dossier, DossierId, Profile};
use crate::export::sign::SigningIdentity;
use crate::form::FormSet;
use crate::report::melding_check::Missing;
use crate::report::{self, Document, DocumentKind};
use crate::storage::AuditAction;
use crate::texts;

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// The full dossier.
    Dossier,
    /// The anonymised summary for collegial consultation.
    Consultatie,
    /// The client's copy (AVG art. 15).
    Inzage,
    /// The organisation's protocol.
    Protocol,
    /// The answer to a request for information from Veilig Thuis (request id).
    VtAntwoord(u32),
    /// The letter to the parents after a melding.
    BriefOuders,
    /// The meldformulier.
    Meldformulier,
}

impl ExportKind {
    /// The report's kind of document.
    pub fn document_kind(self) -> DocumentKind {
        match self {
            ExportKind::Dossier => DocumentKind::Dossier,
            ExportKind::Consultatie => DocumentKind::Consultatie,
            ExportKind::Inzage => DocumentKind::Inzage,
            ExportKind::Protocol => DocumentKind::Protocol,
            ExportKind::VtAntwoord(_) => DocumentKind::VtAntwoord,
            ExportKind::BriefOuders => DocumentKind::BriefOuders,
            ExportKind::Meldformulier => DocumentKind::Meldformulier,
        }
    }

    /// The id used in file names and the audit log (never content).
    pub fn id(self) -> &'static str {
        self.document_kind().id()
    }

    /// Whether the document is about one dossier.
    pub fn needs_dossier(self) -> bool {
        self != ExportKind::Protocol
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// PDF.
    Pdf,
    /// Word.
    Docx,
}

impl ExportFormat {
    /// File extension.
    pub fn ext(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
        }
    }
}

/// A file name for an export without any person's name: `MD-2026-0001_dossier_2026-11-23.pdf`.
pub fn default_file_name(
    kind: ExportKind,
    reference: &str,
    date: chrono::NaiveDate,
    format: ExportFormat,
) -> String {
    report::default_file_name(kind.document_kind(), reference, date, format.ext())
}

/// A request from the export dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCommand {
    /// Write one document.
    Write {
        /// Which document.
        kind: ExportKind,
        /// The dossier (ignored for the protocol).
        dossier: Option<DossierId>,
        /// Format.
        format: ExportFormat,
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

/// The signature status of an exported file, checked by reading the written bytes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    /// Not signed.
    Unsigned,
    /// Signed and intact.
    Valid {
        /// Signer's name from the certificate.
        signer: String,
        /// A personal certificate made in the app (not issued by a trusted party).
        self_signed: bool,
    },
    /// A signature that does not check out.
    Invalid,
}

impl SignatureStatus {
    /// Dutch description.
    pub fn label(&self) -> String {
        match self {
            SignatureStatus::Unsigned => texts::SIG_NONE.to_owned(),
            SignatureStatus::Valid {
                signer,
                self_signed,
            } => {
                let mut s = format!("{} {signer}", texts::SIG_VALID);
                if *self_signed {
                    s.push_str(texts::SIG_SELF_SIGNED);
                }
                s
            }
            SignatureStatus::Invalid => texts::SIG_INVALID.to_owned(),
        }
    }
}

/// One file written by an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    /// Where.
    pub path: PathBuf,
    /// Its signature.
    pub signature: SignatureStatus,
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
    rx: Option<Receiver<JobResult>>,
}

impl ExportState {
    /// Whether an export is running.
    pub fn busy(&self) -> bool {
        self.running.is_some()
    }
}

struct JobResult {
    files: Result<Vec<ExportedFile>, String>,
    open: Option<PathBuf>,
}

impl std::fmt::Debug for JobResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JobResult")
    }
}

pub use crate::report::{Block, Document as ReportDocument};

impl super::AppState {
    /// What still stands between the melding and its export (Dutch, no dossier content).
    pub fn melding_missing(&self, d: &Dossier) -> Vec<String> {
        let Some((_, form)) = self.forms.any_form("meldformulier") else {
            return vec![texts::ERR_NO_MELDFORMULIER.to_owned()];
        };
        report::melding_check::readiness(d, &self.profile, form, &crate::lint::lint)
            .iter()
            .map(Missing::describe_safely)
            .collect()
    }

    /// The meldformulier answers: prefilled from the dossier, overlaid with the edits.
    pub fn melding_answers(&self, d: &Dossier) -> crate::domain::Answers {
        report::meldformulier::answers(d, &self.profile)
    }

    /// The letter to the parents, or why there is none (see
    /// [`report::letters::brief_ouders`]).
    pub fn letter(&self, d: &Dossier) -> Result<Document, &'static str> {
        report::letters::brief_ouders(d, &self.profile, self.now)
            .map_err(report::letters::LetterRefused::dutch_message)
    }

    /// What stands between the answer to a request from Veilig Thuis and its export.
    pub fn vt_answer_missing(&self, d: &Dossier, request: u32) -> Vec<String> {
        report::vt_antwoord::vt_antwoord_gaps(d, &self.profile, request, &crate::lint::lint)
            .map_or_else(
                || vec![texts::ERR_UNKNOWN_ITEM.to_owned()],
                |gaps| gaps.iter().map(Missing::describe_safely).collect(),
            )
    }
}

impl App {
    /// Runs one export command.
    pub(super) fn handle_export(&mut self, command: ExportCommand) -> Result<(), AppError> {
        if self.state.exports.busy() && !matches!(command, ExportCommand::Open(_)) {
            return Err(AppError::Text(texts::EXPORT_BUSY));
        }
        match command {
            ExportCommand::Write {
                kind,
                dossier,
                format,
                path,
                sign,
                open_after,
            } => {
                self.flush_due(Instant::now(), true);
                let now = (self.clock)();
                let d = match (kind.needs_dossier(), dossier) {
                    (true, Some(id)) => Some(
                        self.state
                            .dossier(id)
                            .cloned()
                            .ok_or(AppError::Text(texts::ERR_NO_DOSSIER))?,
                    ),
                    (true, None) => return Err(AppError::Text(texts::ERR_NO_DOSSIER)),
                    (false, _) => None,
                };
                let doc = self.build_document(kind, d.as_ref(), now)?;
                let identity = self.identity_for(sign)?;
                let detail = format!(
                    "{} {}{}",
                    kind.id(),
                    format.ext(),
                    signed_detail(identity.as_ref())
                );
                self.audit(d.as_ref().map(|d| d.id), &detail, identity.is_some())?;
                let place = self.state.profile.organisation.place.clone();
                self.start(Job {
                    work: Work::Document {
                        doc,
                        format,
                        path,
                        place,
                    },
                    identity,
                    now,
                    open: open_after,
                });
            }
            ExportCommand::Package {
                dossier,
                dir,
                sign,
                open_mail,
            } => {
                self.flush_due(Instant::now(), true);
                let now = (self.clock)();
                let d = self
                    .state
                    .dossier(dossier)
                    .cloned()
                    .ok_or(AppError::Text(texts::ERR_NO_DOSSIER))?;
                let missing = self.state.melding_missing(&d);
                if !missing.is_empty() {
                    return Err(AppError::NotReady(missing));
                }
                let set = self.meldformulier_set()?.clone();
                let identity = self.identity_for(sign)?;
                let detail = format!(
                    "meldformulier pdf docx eml{}",
                    signed_detail(identity.as_ref())
                );
                self.audit(Some(d.id), &detail, identity.is_some())?;
                self.start(Job {
                    work: Work::Package {
                        dossier: Box::new(d),
                        profile: Box::new(self.state.profile.clone()),
                        set: Box::new(set),
                        dir,
                    },
                    identity,
                    now,
                    open: open_mail,
                });
            }
            ExportCommand::Open(path) => open_with_system(&path)?,
        }
        Ok(())
    }

    /// The form set that holds the meldformulier.
    fn meldformulier_set(&self) -> Result<&FormSet, AppError> {
        self.state
            .forms
            .any_form(report::melding_doc::FORM_ID)
            .map(|(set, _)| set)
            .ok_or(AppError::Text(texts::ERR_NO_MELDFORMULIER))
    }

    fn build_document(
        &self,
        kind: ExportKind,
        d: Option<&Dossier>,
        now: DateTime<Utc>,
    ) -> Result<Document, AppError> {
        let p: &Profile = &self.state.profile;
        let need = || d.ok_or(AppError::Text(texts::ERR_NO_DOSSIER));
        Ok(match kind {
            ExportKind::Protocol => {
                let set = self
                    .state
                    .forms
                    .any_form("protocol")
                    .map(|(s, _)| s.clone())
                    .ok_or(AppError::Text(texts::ERR_NO_FORM_SET))?;
                report::protocol(p, &set, now)
            }
            ExportKind::Dossier => report::dossier(need()?, p, now),
            ExportKind::Consultatie => report::consultatie(need()?, p, now),
            ExportKind::Inzage => report::inzage(need()?, p, now),
            ExportKind::VtAntwoord(id) => {
                let d = need()?;
                let missing = self.state.vt_answer_missing(d, id);
                if !missing.is_empty() {
                    return Err(AppError::NotReady(missing));
                }
                report::vt_antwoord::vt_antwoord(d, p, id, now)
                    .ok_or(AppError::Text(texts::ERR_UNKNOWN_ITEM))?
            }
            ExportKind::BriefOuders => report::letters::brief_ouders(need()?, p, now)
                .map_err(|e| AppError::Text(e.dutch_message()))?,
            ExportKind::Meldformulier => {
                let d = need()?;
                let missing = self.state.melding_missing(d);
                if !missing.is_empty() {
                    return Err(AppError::NotReady(missing));
                }
                report::melding_doc::meldformulier(d, p, self.meldformulier_set()?, now)
            }
        })
    }

    /// The vault's signing certificate when signing is asked for; an error explains how to
    /// set one up when there is none.
    fn identity_for(&self, sign: bool) -> Result<Option<SigningIdentity>, AppError> {
        if !sign {
            return Ok(None);
        }
        let Some(vault) = &self.vault else {
            return Err(AppError::Text(texts::SIGN_NO_CERT));
        };
        let bytes = vault
            .secret(crate::export::sign::VAULT_SECRET)
            .map_err(|e| AppError::Dutch(e.dutch_message()))?
            .ok_or(AppError::Text(texts::SIGN_NO_CERT))?;
        SigningIdentity::from_store_bytes(&bytes)
            .map(Some)
            .map_err(|_| AppError::Text(texts::SIGN_CERT_UNREADABLE))
    }

    /// Records the export (and the signature) in the audit log before any file is written;
    /// the example has no audit log.
    fn audit(
        &mut self,
        dossier: Option<DossierId>,
        detail: &str,
        signed: bool,
    ) -> Result<(), AppError> {
        if let Some(vault) = &mut self.vault {
            let fail = |e: crate::storage::VaultError| AppError::Dutch(e.dutch_message());
            vault
                .record(AuditAction::Export, dossier, detail)
                .map_err(fail)?;
            if signed {
                vault
                    .record(AuditAction::Sign, dossier, detail)
                    .map_err(fail)?;
            }
        }
        Ok(())
    }

    fn start(&mut self, job: Job) {
        let (tx, rx) = channel();
        let label = match &job.work {
            Work::Document { path, .. } => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Work::Package { dir, .. } => dir.display().to_string(),
        };
        std::thread::spawn(move || {
            let result = run_job(&job).map_err(|e| e.to_string());
            let (files, open) = match result {
                Ok((files, open)) => (Ok(files), open.filter(|_| job.open)),
                Err(e) => (Err(e), None),
            };
            // The window may be gone; then there is no one to tell.
            let _ = tx.send(JobResult { files, open });
        });
        self.state.exports.running = Some((label, Instant::now()));
        self.state.exports.rx = Some(rx);
    }

    /// Collects a finished export; called every frame.
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.state.exports.rx else {
            return;
        };
        match rx.try_recv() {
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
            }
            Err(TryRecvError::Disconnected) => {
                self.state.exports.rx = None;
                self.state.exports.running = None;
                self.state.message = Some(AppError::Text(texts::EXPORT_FAILED).message());
            }
            Ok(result) => {
                self.state.exports.rx = None;
                self.state.exports.running = None;
                match result.files {
                    Ok(files) => {
                        self.state.message = Some(Message {
                            error: false,
                            text: texts::EXPORT_DONE.to_owned(),
                            items: files
                                .iter()
                                .map(|f| {
                                    format!("{} \u{2014} {}", f.path.display(), f.signature.label())
                                })
                                .collect(),
                        });
                        self.state.exports.done.extend(files);
                        if let Some(path) = result.open
                            && let Err(e) = open_with_system(&path)
                        {
                            self.state.message = Some(e.message());
                        }
                    }
                    Err(e) => {
                        self.state.message = Some(
                            AppError::Dutch(format!("{} ({e})", texts::EXPORT_FAILED)).message(),
                        );
                    }
                }
            }
        }
    }

    /// Refreshes whether the vault holds a signing certificate.
    pub(super) fn refresh_certificate(&mut self) {
        self.state.exports.has_certificate = self
            .vault
            .as_ref()
            .is_some_and(|v| matches!(v.secret(crate::export::sign::VAULT_SECRET), Ok(Some(_))));
    }

    /// Waits for a running export to finish (tests and the screenshot script).
    pub fn wait_for_export(&mut self, ctx: &egui::Context, timeout: std::time::Duration) {
        let start = Instant::now();
        while self.state.exports.busy() && start.elapsed() < timeout {
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.poll_exports(ctx);
        }
    }

    /// The vault's audit log entries about a dossier (none for the example).
    pub fn audit_entries(&mut self, dossier: Option<DossierId>) -> Vec<crate::storage::AuditEntry> {
        self.vault
            .as_mut()
            .and_then(|v| v.audit_log(dossier).ok())
            .unwrap_or_default()
    }
}

/// The audit detail of a signature: the certificate's fingerprint, never a name.
fn signed_detail(identity: Option<&SigningIdentity>) -> String {
    identity.map_or_else(String::new, |i| {
        format!(" signed certificate {}", i.fingerprint())
    })
}
