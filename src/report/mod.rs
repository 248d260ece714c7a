//! The neutral document model and the builders that turn domain data into it.
//!
//! Pure: no egui, no file system, no clock (the moment of export is passed in). Every export
//! goes through a [`Document`], so PDF and DOCX always say the same thing.

pub mod anonymise;
pub mod builders;
pub mod followup;
pub mod letters;
pub mod meldformulier;
pub mod melding_check;
pub mod melding_doc;
pub mod model;
pub mod texts;
pub mod vt_antwoord;

pub use builders::{consultatie, dossier, inzage, protocol};
pub use model::{Block, Document, Meta, SignatureBlock};

use chrono::{DateTime, Datelike as _, NaiveDate, Timelike as _, Utc};

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

/// A date as it reads in Dutch text: "2 november 2026".
pub fn fmt_date(d: NaiveDate) -> String {
    let month = texts::MONTHS
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
