//! The neutral document model and the builders that turn domain data into it.
//!
//! Pure: no egui, no file system, no clock (the moment of export is passed in). Every export
//! goes through a [`Document`], so PDF and DOCX always say the same thing.
//!
//! The app builds a document with [`build`] and renders it with
//! [`export::render`](crate::export::render):
//!
//! ```
//! use meldcode::{domain::example, export, report};
//! let now = chrono::Utc::now();
//! let d = example::dossier();
//! let doc = report::build(report::DocumentKind::Consultatie, Some(&d), &example::profile(), now)?;
//! let pdf = export::render(&doc, export::Format::Pdf)?;
//! assert!(pdf.starts_with(b"%PDF-"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod anonymise;
pub mod builders;
pub mod checklist;
pub mod followup;
pub mod letters;
pub mod lexicon;
pub mod meldformulier;
pub mod melding_check;
pub mod melding_doc;
pub mod model;
pub mod vt_antwoord;

pub use anonymise::{Confirmations, Findings};
pub use builders::{
    consultatie, consultatie_with, dossier, history_line, history_line_named, inzage, protocol,
    protocol_with_tree,
};

use builders::dossier as dossier_doc;
pub use model::{Block, Document, Meta, SignatureBlock};

use chrono::{DateTime, Datelike as _, NaiveDate, Timelike as _, Utc};

use crate::domain::{Dossier, Profile, ProfileField};
use crate::form::FormSet;

/// The kinds of document the app exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// The organisation's meldcode protocol.
    Protocol,
    /// The full dossier.
    Dossier,
    /// The anonymised summary for collegial consultation.
    Consultatie,
    /// The client's copy under AVG art. 15.
    Inzage,
    /// The meldformulier for Veilig Thuis (and its mail draft).
    Meldformulier,
    /// The plain-Dutch letter to the parents after a melding.
    BriefOuders,
    /// The answer to a request for information from Veilig Thuis.
    VtAntwoord,
}

impl DocumentKind {
    /// Every kind, in menu order.
    pub const ALL: [DocumentKind; 7] = [
        DocumentKind::Dossier,
        DocumentKind::Consultatie,
        DocumentKind::Inzage,
        DocumentKind::Protocol,
        DocumentKind::Meldformulier,
        DocumentKind::BriefOuders,
        DocumentKind::VtAntwoord,
    ];

    /// Whether the kind is built from one dossier (all but the protocol).
    pub fn needs_dossier(self) -> bool {
        self != DocumentKind::Protocol
    }

    /// The kind for a name as given by [`DocumentKind::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The kind's name as used on the command line and in file names.
    pub fn id(self) -> &'static str {
        match self {
            DocumentKind::Protocol => "protocol",
            DocumentKind::Dossier => "dossier",
            DocumentKind::Consultatie => "consultatie",
            DocumentKind::Inzage => "inzage",
            DocumentKind::Meldformulier => "meldformulier",
            DocumentKind::BriefOuders => "brief-ouders",
            DocumentKind::VtAntwoord => "vt-antwoord",
        }
    }
}

/// Why a document could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    /// The kind is built from a dossier and none was given.
    #[error("a {0} document needs a dossier")]
    NeedsDossier(&'static str),
    /// The kind needs more than a dossier and a profile (the meldformulier, the letter to
    /// the parents and the answer to Veilig Thuis have checks and inputs of their own).
    #[error("a {0} document is made with its own builder (see `ops::export::document`)")]
    OwnBuilder(&'static str),
    /// The document prints a profile field that is empty (Dutch message).
    #[error("{}", .0.missing_message())]
    MissingProfileField(ProfileField),
    /// The anonymised summary holds doubtful words the user has not confirmed (Dutch
    /// message naming only those words).
    #[error("{}", crate::texts::messages::anonymisation_doubtful_words(.0))]
    Unconfirmed(Vec<String>),
}

impl DocumentKind {
    /// The profile fields the document prints and cannot do without.
    pub fn required_profile_fields(self) -> &'static [ProfileField] {
        use ProfileField as F;
        match self {
            DocumentKind::Protocol => &[
                F::Naam,
                F::Sector,
                F::Eindverantwoordelijke,
                F::Aandachtsfunctionaris,
                F::VeiligThuisRegio,
                F::VeiligThuisTelefoon,
                F::BeveiligdeMail,
                F::Klachtenregeling,
                F::Bewaartermijn,
            ],
            DocumentKind::Dossier => &[F::Naam, F::Eindverantwoordelijke],
            DocumentKind::Consultatie => &[],
            DocumentKind::Inzage => &[F::Naam, F::Aandachtsfunctionaris, F::Bewaartermijn],
            DocumentKind::Meldformulier => &[
                F::Naam,
                F::Gebruiker,
                F::VeiligThuisRegio,
                F::BeveiligdeMail,
            ],
            DocumentKind::BriefOuders => &[F::Naam, F::Gebruiker, F::Klachtenregeling],
            DocumentKind::VtAntwoord => &[F::Naam, F::Gebruiker],
        }
    }
}

/// Fails with the first profile field `kind` needs and the profile lacks.
pub fn check_profile(kind: DocumentKind, profile: &Profile) -> Result<(), BuildError> {
    profile
        .require(kind.required_profile_fields())
        .map_err(BuildError::MissingProfileField)
}

/// The anonymised summary with what the anonymiser found.
#[derive(Debug, Clone)]
pub struct CheckedSummary {
    /// The summary.
    pub document: Document,
    /// The replacements of unregistered names (to show the user) and, always empty
    /// here, the unconfirmed doubtful words.
    pub report: Findings,
}

/// The anonymised summary, refused with [`BuildError::Unconfirmed`] while it holds doubtful
/// words the user has not confirmed in `conf` (as a name or as a word). The front ends
/// show the error's words, collect the answers in `conf` and call again.
pub fn consultatie_checked(
    d: &Dossier,
    profile: &Profile,
    now: DateTime<Utc>,
    conf: &Confirmations,
) -> Result<CheckedSummary, BuildError> {
    let (document, report) = consultatie_with(d, profile, now, conf);
    if !report.doubtful.is_empty() {
        return Err(BuildError::Unconfirmed(
            report.doubtful.iter().cloned().collect(),
        ));
    }
    Ok(CheckedSummary { document, report })
}

/// Builds the protocol, dossier, consultatie or inzage document from a dossier (not used
/// for the protocol) and the organisation profile. The protocol uses the bundled `protocol` form set; call
/// [`protocol`] directly for an organisation's own set. `now` is the moment printed on the
/// document and written into its metadata.
pub fn build(
    kind: DocumentKind,
    dossier: Option<&Dossier>,
    profile: &Profile,
    now: DateTime<Utc>,
) -> Result<Document, BuildError> {
    let need = || dossier.ok_or(BuildError::NeedsDossier(kind.id()));
    if !matches!(
        kind,
        DocumentKind::Meldformulier | DocumentKind::BriefOuders | DocumentKind::VtAntwoord
    ) {
        check_profile(kind, profile)?;
    }
    Ok(match kind {
        DocumentKind::Protocol => protocol(profile, bundled_protocol_forms(), now),
        DocumentKind::Dossier => dossier_doc(need()?, profile, now),
        DocumentKind::Consultatie => {
            consultatie_checked(need()?, profile, now, &Confirmations::default())?.document
        }
        DocumentKind::Inzage => inzage(need()?, profile, now),
        DocumentKind::Meldformulier | DocumentKind::BriefOuders | DocumentKind::VtAntwoord => {
            return Err(BuildError::OwnBuilder(kind.id()));
        }
    })
}

/// The bundled `protocol` form set (embedded at build time), or an empty set when the
/// bundle has none: the protocol then holds the sector text and the stored answers.
fn bundled_protocol_forms() -> &'static FormSet {
    static EMPTY: std::sync::OnceLock<FormSet> = std::sync::OnceLock::new();
    crate::form::bundled()
        .iter()
        .find(|s| s.id == "protocol")
        .unwrap_or_else(|| {
            EMPTY.get_or_init(|| FormSet {
                id: "protocol".to_owned(),
                title: crate::texts::documents::PROTOCOL_TITLE.to_owned(),
                sector: String::new(),
                description: String::new(),
                source: String::new(),
                forms: Vec::new(),
                tree: None,
                choices: std::collections::BTreeMap::new(),
            })
        })
}

/// A date as it reads in Dutch text: "2 november 2026".
pub fn fmt_date(d: NaiveDate) -> String {
    let month = crate::texts::common::MONTHS
        .get(d.month0() as usize)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", d.day(), d.year())
}

/// A moment: "3 november 2026, 09:00 UTC".
pub fn fmt_datetime(at: DateTime<Utc>) -> String {
    format!(
        "{}, {:02}:{:02} UTC",
        fmt_date(at.date_naive()),
        at.hour(),
        at.minute()
    )
}

/// A file name for an export that contains no person's name:
/// `MD-2026-0001_consultatie_2026-11-23.pdf`. Characters outside `[A-Za-z0-9._-]` in the
/// reference become `-`.
pub fn default_file_name(
    kind: DocumentKind,
    reference: &str,
    date: NaiveDate,
    ext: &str,
) -> String {
    let reference: String = reference
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let reference = reference.trim_matches('-');
    let ext = ext.trim_start_matches('.');
    if reference.is_empty() {
        format!("{}_{}.{ext}", kind.id(), date.format("%Y-%m-%d"))
    } else {
        format!(
            "{reference}_{}_{}.{ext}",
            kind.id(),
            date.format("%Y-%m-%d")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_file_name_is_reference_kind_and_date() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(
            default_file_name(DocumentKind::Consultatie, "MD-2026-0001", d, "pdf"),
            "MD-2026-0001_consultatie_2026-11-23.pdf"
        );
        assert_eq!(
            default_file_name(DocumentKind::Protocol, "", d, ".docx"),
            "protocol_2026-11-23.docx"
        );
        assert_eq!(
            default_file_name(DocumentKind::Dossier, "MD/2026 07", d, "pdf"),
            "MD-2026-07_dossier_2026-11-23.pdf"
        );
    }

    #[test]
    fn dates_read_in_dutch() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(fmt_date(d), "2 november 2026");
    }
}
