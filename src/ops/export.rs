//! Exporting one document: plan (build the document, check it is ready, find who signs) →
//! render and sign → stage the files → audit → put the files in place.
//!
//! Decided here, once for the window and the command line:
//! - **which block is signed**: the document's last signature block (see
//!   [`crate::export::sign_export`]): in the dossier the eindverantwoordelijke's, the
//!   organisation's signature on the dossier, after the opsteller's;
//! - **the reason** is "Voor akkoord ondertekend", **the time** in the visible block is the
//!   session's clock in the user's time zone ("23 november 2026, 10:15"), **the place** the
//!   one asked for or else the organisation's;
//! - **the audit entries**: `Export` with `KIND EXT`, and when signed `Sign` with
//!   `KIND EXT certificate FINGERPRINT` (never a name), followed by ` timestamped` or
//!   ` timestamp failed` when the organisation set a timestamp service;
//! - **the timestamp**: asked from the organisation's service when it set one
//!   ([`crate::domain::Organisation::timestamp_service`]); when the service gives none the
//!   document is signed without and the written file carries a Dutch warning;
//! - **the order**: nothing is audited unless the document rendered and every file was
//!   written to a temporary file beside its target and flushed; the audit entries are then
//!   committed, and only then are the files renamed into place. A failed render or write
//!   leaves no audit entry; a failed audit leaves no file.
//!
//! The three phases are separate so the window can render on a worker thread:
//! [`plan_export`] and [`commit`] need the session, [`ExportPlan::render`] does not.

use std::path::PathBuf;

use chrono::{DateTime, Local, Utc};

use super::files::{self, Staged};
use super::forms::FormSets;
use super::identity::{IdentitySource, SigningIdentity, identity};
use super::{OpsError, Session};
use crate::domain::{Dossier, DossierId, Profile};
pub use crate::export::Format;
use crate::export::Signing;
pub use crate::report::letters::{LetterChoice, LetterItem, LetterSource, letter_items};
use crate::report::melding_check::Missing;
use crate::report::{self, melding_check, melding_doc, vt_antwoord};
pub use crate::report::{Confirmations, Document, DocumentKind, Findings};
use crate::storage::AuditAction;
use crate::texts;

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    /// Which document.
    pub kind: DocumentKind,
    /// The dossier (not used for the protocol).
    pub dossier: Option<DossierId>,
    /// PDF or DOCX.
    pub format: Format,
    /// Sign, and with what; `None` leaves the document unsigned.
    pub sign: Option<IdentitySource>,
    /// The place in the visible signature; the organisation's place when `None`.
    pub place: Option<String>,
    /// For the answer to Veilig Thuis: which request (the latest when `None`).
    pub request: Option<u32>,
    /// The file to write (a signed DOCX also gets `FILE.p7s`).
    pub out: PathBuf,
    /// For the letter to the parents: the items chosen against the default.
    pub letter: LetterChoice,
}

/// The signature status of a written file, checked by reading the bytes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureStatus {
    /// Not signed.
    Unsigned,
    /// Signed and intact.
    Valid {
        /// Signer's name from the certificate.
        signer: String,
        /// A personal certificate (not issued by a trusted party).
        self_signed: bool,
    },
    /// A signature that does not check out.
    Invalid,
}

impl SignatureStatus {
    /// Dutch description.
    pub fn label(&self) -> String {
        match self {
            SignatureStatus::Unsigned => texts::messages::SIGNATURE_STATUS_NONE.to_owned(),
            SignatureStatus::Valid {
                signer,
                self_signed,
            } => {
                let mut s = format!("{} {signer}", texts::messages::SIGNATURE_STATUS_VALID_BY);
                if *self_signed {
                    s.push_str(texts::messages::SIGNATURE_STATUS_SELF_SIGNED_SUFFIX);
                }
                s
            }
            SignatureStatus::Invalid => texts::messages::SIGNATURE_STATUS_INVALID.to_owned(),
        }
    }
}

/// One file written by an export, with its signature checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenFile {
    /// Where.
    pub path: PathBuf,
    /// Its signature.
    pub signature: SignatureStatus,
    /// What the user should know about it (Dutch): the timestamp service gave none.
    pub warning: Option<String>,
}

/// The audit entries an export will record once its files are staged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct AuditPlan {
    pub(super) dossier: Option<DossierId>,
    /// What was written: `KIND EXT…`.
    pub(super) detail: String,
    /// The certificate's fingerprint when signed.
    pub(super) signed_with: Option<String>,
    /// What became of the timestamp, once signed.
    pub(super) timestamp: crate::export::Timestamped,
}

impl AuditPlan {
    /// The entries: `Export` with the detail, and `Sign` with the fingerprint when signed.
    pub(super) fn entries(&self) -> Vec<(AuditAction, String)> {
        let mut v = vec![(AuditAction::Export, self.detail.clone())];
        if let Some(fp) = &self.signed_with {
            let stamp = match self.timestamp {
                crate::export::Timestamped::NotAsked => "",
                crate::export::Timestamped::Added => " timestamped",
                crate::export::Timestamped::Failed(_) => " timestamp failed",
            };
            v.push((
                AuditAction::Sign,
                format!("{} certificate {fp}{stamp}", self.detail),
            ));
        }
        v
    }
}

/// Who signs, and the texts of the signature.
pub(super) struct Signer {
    pub(super) identity: SigningIdentity,
    pub(super) place: Option<String>,
    /// The organisation's timestamp service, when set.
    pub(super) timestamp_service: Option<String>,
}

impl Signer {
    pub(super) fn signing(&self, at: DateTime<Utc>) -> Signing<'_> {
        Signing {
            identity: &self.identity,
            at,
            reason: texts::documents::SIGNATURE_REASON.to_owned(),
            place: self.place.clone(),
            when: signing_time_text(at),
            timestamp_service: self.timestamp_service.clone(),
        }
    }
}

/// The warning for a signature made without the timestamp the organisation asked for.
pub(super) fn timestamp_warning(
    service: Option<&str>,
    outcome: &crate::export::Timestamped,
) -> Option<String> {
    match outcome {
        crate::export::Timestamped::Failed(reason) => Some(
            texts::messages::TIMESTAMP_FAILED_SIGNED_WITHOUT
                .replace("{url}", service.unwrap_or_default())
                .replace("{reason}", reason),
        ),
        _ => None,
    }
}

/// The date and time shown in a visible signature: the user's time zone, Dutch words.
pub fn signing_time_text(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Local);
    format!(
        "{}, {}",
        report::fmt_date(local.date_naive()),
        local.format("%H:%M")
    )
}

/// A document, built and checked, with who signs it: ready to render, on any thread.
pub struct ExportPlan {
    doc: Document,
    format: Format,
    out: PathBuf,
    signer: Option<Signer>,
    now: DateTime<Utc>,
    audit: AuditPlan,
}

impl std::fmt::Debug for ExportPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExportPlan")
            .field("format", &self.format)
            .field("out", &self.out)
            .field("audit", &self.audit)
            .finish_non_exhaustive()
    }
}

/// Files rendered, signed and staged beside their targets, with the audit entries to record
/// before they are put in place.
#[derive(Debug)]
pub struct Rendered {
    staged: Staged,
    audit: AuditPlan,
    checked: Vec<WrittenFile>,
    /// The file to open afterwards on request (the document, or the package's draft).
    pub open: Option<PathBuf>,
}

/// What stands between the melding and its export (labels, never dossier content).
pub fn melding_gaps(profile: &Profile, forms: &FormSets, d: &Dossier) -> Vec<String> {
    let Some(form) = forms
        .meldformulier_set()
        .and_then(|s| s.form(melding_doc::FORM_ID))
    else {
        return vec![texts::messages::MELDFORMULIER_NOT_FOUND.to_owned()];
    };
    melding_check::readiness(d, profile, form, &crate::lint::lint)
        .iter()
        .map(Missing::describe_safely)
        .collect()
}

/// What stands between the answer to a request from Veilig Thuis and its export.
pub fn vt_answer_gaps(profile: &Profile, d: &Dossier, request: u32) -> Vec<String> {
    vt_antwoord::vt_antwoord_gaps(d, profile, request, &crate::lint::lint).map_or_else(
        || vec![texts::messages::DOSSIER_ITEM_UNKNOWN.to_owned()],
        |gaps| gaps.iter().map(Missing::describe_safely).collect(),
    )
}

/// The document of a kind, or why it cannot be made yet: the one builder behind every
/// export (the letters and the meldformulier have checks of their own).
pub fn document(
    profile: &Profile,
    forms: &FormSets,
    kind: DocumentKind,
    dossier: Option<&Dossier>,
    request: Option<u32>,
    now: DateTime<Utc>,
) -> Result<Document, OpsError> {
    document_confirmed(
        profile,
        forms,
        kind,
        dossier,
        request,
        now,
        &Confirmations::default(),
    )
}

/// What the anonymiser finds in a dossier's summary with the user's confirmations: the
/// words it replaced and the doubtful words still unconfirmed (shown before the export).
pub fn consultatie_findings(
    session: &mut Session,
    id: DossierId,
    conf: &Confirmations,
) -> Result<Findings, OpsError> {
    let d = session.store.load(id)?;
    let now = session.now();
    Ok(report::consultatie_with(&d, session.profile(), now, conf).1)
}

/// [`document`] with the user's confirmations of doubtful words for the anonymised
/// summary, which is refused while any is unconfirmed (the error names the words). A
/// document whose profile lacks a field it prints is refused naming that field.
pub fn document_confirmed(
    profile: &Profile,
    forms: &FormSets,
    kind: DocumentKind,
    dossier: Option<&Dossier>,
    request: Option<u32>,
    now: DateTime<Utc>,
    conf: &Confirmations,
) -> Result<Document, OpsError> {
    let need = || dossier.ok_or(OpsError::Refused(texts::messages::DOSSIER_NONE_OPEN));
    if matches!(
        kind,
        DocumentKind::Protocol
            | DocumentKind::Dossier
            | DocumentKind::Inzage
            | DocumentKind::Consultatie
    ) {
        report::check_profile(kind, profile)
            .map_err(|e| OpsError::NotReady(vec![e.to_string()]))?;
    }
    Ok(match kind {
        DocumentKind::Protocol => match forms.any_form("protocol") {
            Some((set, _)) => report::protocol(profile, set, now),
            None => report::build(kind, None, profile, now)
                .map_err(|_| OpsError::Refused(texts::messages::FORM_SET_NOT_FOUND))?,
        },
        DocumentKind::Dossier => report::dossier(need()?, profile, now),
        DocumentKind::Consultatie => {
            report::consultatie_checked(need()?, profile, now, conf)
                .map_err(|e| OpsError::NotReady(vec![e.to_string()]))?
                .document
        }
        DocumentKind::Inzage => report::inzage(need()?, profile, now),
        DocumentKind::BriefOuders => letter(profile, need()?, now, &LetterChoice::new())?,
        DocumentKind::VtAntwoord => {
            let d = need()?;
            let id = match request {
                Some(id) => id,
                None => vt_antwoord::latest_request(d)
                    .map(|r| r.id)
                    .ok_or(OpsError::Refused(texts::messages::VT_REQUEST_NONE))?,
            };
            let gaps = vt_answer_gaps(profile, d, id);
            if !gaps.is_empty() {
                return Err(OpsError::NotReady(gaps));
            }
            vt_antwoord::vt_antwoord(d, profile, id, now)
                .ok_or(OpsError::Refused(texts::messages::DOSSIER_ITEM_UNKNOWN))?
        }
        DocumentKind::Meldformulier => {
            let d = need()?;
            let gaps = melding_gaps(profile, forms, d);
            if !gaps.is_empty() {
                return Err(OpsError::NotReady(gaps));
            }
            let set = forms
                .meldformulier_set()
                .ok_or(OpsError::Refused(texts::messages::MELDFORMULIER_NOT_FOUND))?;
            melding_doc::meldformulier(d, profile, set, now)
        }
    })
}

/// Plans an export: loads the dossier, builds and checks the document, finds the signing
/// identity. Nothing is written or audited yet.
pub fn plan_export(
    session: &mut Session,
    forms: &FormSets,
    req: ExportRequest,
) -> Result<ExportPlan, OpsError> {
    plan_export_confirmed(session, forms, req, &Confirmations::default())
}

/// [`plan_export`] with the user's confirmations of doubtful words (the anonymised
/// summary).
pub fn plan_export_confirmed(
    session: &mut Session,
    forms: &FormSets,
    req: ExportRequest,
    conf: &Confirmations,
) -> Result<ExportPlan, OpsError> {
    files::check_target(&req.out)?;
    session.store.writable()?;
    let now = session.now();
    let dossier = match (req.kind.needs_dossier(), req.dossier) {
        (true, Some(id)) => Some(session.store.load(id)?),
        (true, None) => return Err(OpsError::Refused(texts::messages::DOSSIER_NONE_OPEN)),
        (false, _) => None,
    };
    let profile = session.profile().clone();
    let doc = match (req.kind, &dossier) {
        (DocumentKind::BriefOuders, Some(d)) => letter(&profile, d, now, &req.letter)?,
        _ => document_confirmed(
            &profile,
            forms,
            req.kind,
            dossier.as_ref(),
            req.request,
            now,
            conf,
        )?,
    };
    let signer = signer(session, req.sign.as_ref(), req.place)?;
    let audit = AuditPlan {
        dossier: dossier.as_ref().map(|d| d.id),
        detail: format!("{} {}", req.kind.id(), req.format.extension()),
        signed_with: signer.as_ref().map(|s| s.identity.fingerprint()),
        timestamp: crate::export::Timestamped::NotAsked,
    };
    Ok(ExportPlan {
        doc,
        format: req.format,
        out: req.out,
        signer,
        now,
        audit,
    })
}

/// The signer for a request: the identity (the session's user's own for
/// [`IdentitySource::Vault`]) and the place of the visible signature.
pub(super) fn signer(
    session: &mut Session,
    source: Option<&IdentitySource>,
    place: Option<String>,
) -> Result<Option<Signer>, OpsError> {
    let Some(source) = source else {
        return Ok(None);
    };
    if matches!(source, IdentitySource::Vault) {
        super::identity::settle_shared(session)?;
    }
    let identity = identity(session, source)?;
    let place = place
        .unwrap_or_else(|| session.profile().organisation.place.clone())
        .trim()
        .to_owned();
    let service = session.profile().organisation.timestamp_service.trim();
    Ok(Some(Signer {
        identity,
        place: Some(place).filter(|p| !p.is_empty()),
        timestamp_service: Some(service.to_owned()).filter(|s| !s.is_empty()),
    }))
}

impl ExportPlan {
    /// Renders and signs the document and stages its files (the document, and the `.p7s`
    /// of a signed DOCX). Needs no session: the window runs it on a worker thread.
    pub fn render(mut self) -> Result<Rendered, OpsError> {
        let (document, detached, warning) = match &self.signer {
            Some(signer) => {
                let out =
                    crate::export::sign_export(&self.doc, self.format, &signer.signing(self.now))?;
                let warning =
                    timestamp_warning(signer.timestamp_service.as_deref(), &out.timestamp);
                self.audit.timestamp = out.timestamp;
                (out.document, out.detached, warning)
            }
            None => (crate::export::render(&self.doc, self.format)?, None, None),
        };
        let signature = match (self.format, &detached) {
            (Format::Pdf, _) => status_of_pdf(&document),
            (Format::Docx, Some(sig)) => status_of_detached(&document, sig),
            (Format::Docx, None) => SignatureStatus::Unsigned,
        };
        let mut out = vec![(self.out.clone(), document)];
        if let Some(sig) = detached {
            out.push((files::p7s_path(&self.out), sig));
        }
        Ok(Rendered {
            staged: Staged::new(&out)?,
            audit: self.audit,
            checked: vec![WrittenFile {
                path: self.out.clone(),
                signature,
                warning,
            }],
            open: Some(self.out),
        })
    }
}

impl Rendered {
    pub(super) fn new(
        staged: Staged,
        audit: AuditPlan,
        checked: Vec<WrittenFile>,
        open: Option<PathBuf>,
    ) -> Self {
        Self {
            staged,
            audit,
            checked,
            open,
        }
    }

    /// Every path that will be written, in order.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.staged.paths()
    }
}

/// Records the audit entries and puts the staged files in place. When the audit log
/// refuses, the staged files are removed and nothing is written.
pub fn commit(session: &mut Session, rendered: Rendered) -> Result<Vec<WrittenFile>, OpsError> {
    for (action, detail) in rendered.audit.entries() {
        session
            .store
            .record(action, rendered.audit.dossier, &detail)?;
    }
    rendered.staged.persist()?;
    Ok(rendered.checked)
}

/// Plans, renders and commits one export: what the command line does in one go.
pub fn export_document(
    session: &mut Session,
    forms: &FormSets,
    req: ExportRequest,
) -> Result<(Vec<PathBuf>, Vec<WrittenFile>), OpsError> {
    let rendered = plan_export(session, forms, req)?.render()?;
    let paths = rendered.paths();
    Ok((paths, commit(session, rendered)?))
}

/// [`export_document`] with the user's confirmations of doubtful words.
pub fn export_document_confirmed(
    session: &mut Session,
    forms: &FormSets,
    req: ExportRequest,
    conf: &Confirmations,
) -> Result<(Vec<PathBuf>, Vec<WrittenFile>), OpsError> {
    let rendered = plan_export_confirmed(session, forms, req, conf)?.render()?;
    let paths = rendered.paths();
    Ok((paths, commit(session, rendered)?))
}

pub(super) fn status_of_pdf(bytes: &[u8]) -> SignatureStatus {
    match crate::export::sign::verify_pdf(bytes, &[]) {
        Ok(v) if v.signatures.is_empty() => SignatureStatus::Unsigned,
        Ok(v) if v.all_valid() => status_of_report(&v.signatures[v.signatures.len() - 1]),
        _ => SignatureStatus::Invalid,
    }
}

pub(super) fn status_of_detached(content: &[u8], sig: &[u8]) -> SignatureStatus {
    match crate::export::sign::verify_detached(content, sig, &[]) {
        Ok(r) if r.is_valid() => status_of_report(&r),
        _ => SignatureStatus::Invalid,
    }
}

fn status_of_report(r: &crate::export::sign::SignatureReport) -> SignatureStatus {
    SignatureStatus::Valid {
        signer: r.signer_name.clone().unwrap_or_default(),
        self_signed: r.trust == crate::export::sign::Trust::SelfSigned,
    }
}

/// A file name for an export without any person's name: `MD-2026-0001_dossier_2026-11-23.pdf`.
pub fn default_file_name(
    kind: DocumentKind,
    reference: &str,
    date: chrono::NaiveDate,
    format: Format,
) -> String {
    crate::report::default_file_name(kind, reference, date, format.extension())
}

/// The meldformulier's answers as the window shows them: prefilled from the dossier and the
/// profile, overlaid with the user's edits.
pub fn melding_answers(profile: &Profile, d: &Dossier) -> crate::domain::Answers {
    crate::report::meldformulier::answers(d, profile)
}

/// The choice for the letter to the parents of dossier `id` from signal numbers (by date,
/// [`Dossier::signal_number`]): `with` put in (also what the child told), `without` left
/// out. Refuses a number the dossier lacks, a signal the letter cannot hold, and a number
/// in both lists.
pub fn letter_choice_by_numbers(
    session: &mut Session,
    id: DossierId,
    with: &[u32],
    without: &[u32],
) -> Result<LetterChoice, OpsError> {
    let d = session.store.load(id)?;
    let items = report::letters::letter_preview(&d);
    let mut choice = LetterChoice::new();
    for (numbers, included) in [(with, true), (without, false)] {
        for n in numbers {
            let unknown = |text: &str| OpsError::Invalid(text.replace("{id}", &n.to_string()));
            let signal = d
                .signal_with_number(*n)
                .ok_or_else(|| unknown(texts::messages::DOSSIER_SIGNAL_UNKNOWN))?;
            let source = LetterSource::Signal(signal);
            if !items.iter().any(|i| i.source == source) {
                return Err(unknown(
                    texts::messages::LETTER_TO_PARENTS_SIGNAL_NOT_OFFERED,
                ));
            }
            if choice.insert(source, included) == Some(!included) {
                return Err(unknown(texts::messages::LETTER_TO_PARENTS_SIGNAL_BOTH));
            }
        }
    }
    Ok(choice)
}

/// The letter to the parents with the user's choice of items, or why there is none.
pub fn letter(
    profile: &Profile,
    d: &Dossier,
    now: DateTime<Utc>,
    choice: &LetterChoice,
) -> Result<Document, OpsError> {
    report::letters::brief_ouders_met(d, profile, now, &report::letters::letter_items(d, choice))
        .map_err(|e| OpsError::NotReady(vec![e.dutch_message().to_owned()]))
}

/// The letter to the parents for a preview, with the user's choice of items, or why there
/// is none (Dutch).
pub fn letter_preview(
    profile: &Profile,
    d: &Dossier,
    now: chrono::DateTime<chrono::Utc>,
    choice: &LetterChoice,
) -> Result<crate::report::Document, &'static str> {
    crate::report::letters::brief_ouders_met(
        d,
        profile,
        now,
        &crate::report::letters::letter_items(d, choice),
    )
    .map_err(crate::report::letters::LetterRefused::dutch_message)
}
