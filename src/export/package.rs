//! The melding package: the meldformulier as PDF and DOCX (signed where an identity is
//! given: the PDF with an embedded signature, the DOCX with a detached `.p7s`) and the
//! `.eml` mail draft with the PDF attached.
//!
//! Pure: everything is built in memory and nothing is built unless the melding is ready
//! ([`crate::report::melding_check::readiness`] is empty). The caller writes the files,
//! all or none (`meldcode mail`, the app's export dialog).

use chrono::{DateTime, FixedOffset, Utc};

use super::mail::{Attachment, MailDraft, eml, neutral_subject};
use super::sign::SignError;
use super::{ExportError, Format, Signing};
use crate::domain::{Dossier, Profile};
use crate::form::FormSet;
use crate::lint::{Lint, LintOptions};
use crate::report::melding_check::{Missing, effective_checklist, readiness};
use crate::report::{DocumentKind, default_file_name, fmt_date, melding_doc};

/// One file of the package: a name without any person's name, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    /// File name: `REFERENCE_kind_DATE.ext`.
    pub name: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The files of a melding, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// The meldformulier as PDF (signed when an identity was given).
    pub pdf: PackageFile,
    /// The meldformulier as DOCX.
    pub docx: PackageFile,
    /// The detached signature of the DOCX, when signed.
    pub p7s: Option<PackageFile>,
    /// The mail draft with the PDF attached.
    pub eml: PackageFile,
    /// What became of the signatures' timestamps: failed when either got none.
    pub timestamp: super::Timestamped,
}

impl Package {
    /// Every file, in the order they are written.
    pub fn files(&self) -> Vec<&PackageFile> {
        let mut v = vec![&self.pdf, &self.docx];
        v.extend(self.p7s.as_ref());
        v.push(&self.eml);
        v
    }
}

/// How to build a package.
#[derive(Debug, Clone)]
pub struct PackageOptions<'a> {
    /// The moment of export (document dates, signing time).
    pub now: DateTime<Utc>,
    /// The `Date:` header of the draft, in the user's time zone.
    pub mail_date: DateTime<FixedOffset>,
    /// A random string for the draft's `Message-ID` and MIME boundary.
    pub unique: String,
    /// How to sign the PDF and the DOCX, when they are signed.
    pub signing: Option<Signing<'a>>,
}

/// Why no package was built.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// The melding is not complete; every gap is listed.
    #[error("the meldformulier is not complete ({} items missing)", .0.len())]
    NotReady(Vec<Missing>),
    /// The form set has no `meldformulier` form.
    #[error("the form set {0} has no meldformulier")]
    NoForm(String),
    /// PDF or DOCX export failed.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Signing failed.
    #[error("signing failed: {0}")]
    Sign(#[from] SignError),
}

/// Builds the melding package for a dossier, or says what is missing.
///
/// `set` is the form set that holds the `meldformulier` form (the bundled one or the
/// organisation's own variant); `linter` is the writing check (normally
/// [`crate::lint::lint`]).
pub fn melding_package(
    d: &Dossier,
    p: &Profile,
    set: &FormSet,
    linter: &dyn Fn(&str, &LintOptions) -> Vec<Lint>,
    opts: &PackageOptions<'_>,
) -> Result<Package, PackageError> {
    let form = set
        .form(melding_doc::FORM_ID)
        .ok_or_else(|| PackageError::NoForm(set.id.clone()))?;
    let mut missing = readiness(d, p, form, linter);
    if let Some(gap) = unknown_exception(d, p, set) {
        missing.push(gap);
    }
    if !missing.is_empty() {
        return Err(PackageError::NotReady(missing));
    }
    let doc = melding_doc::meldformulier(d, p, set, opts.now);
    let date = opts.now.date_naive();
    let name = |ext: &str| default_file_name(DocumentKind::Meldformulier, &d.reference, date, ext);

    let (pdf, docx, p7s, timestamp) = match &opts.signing {
        Some(signing) => {
            let pdf = super::sign_export(&doc, Format::Pdf, signing)?;
            let docx = super::sign_export(&doc, Format::Docx, signing)?;
            let p7s = docx.detached.map(|bytes| PackageFile {
                name: super::sign::docx::signature_file_name(&name("docx")),
                bytes,
            });
            let timestamp = match (pdf.timestamp, docx.timestamp) {
                (failed @ super::Timestamped::Failed(_), _)
                | (_, failed @ super::Timestamped::Failed(_)) => failed,
                (pdf, _) => pdf,
            };
            (pdf.document, docx.document, p7s, timestamp)
        }
        None => (
            super::render(&doc, Format::Pdf)?,
            super::render(&doc, Format::Docx)?,
            None,
            super::Timestamped::NotAsked,
        ),
    };
    let pdf = PackageFile {
        name: name("pdf"),
        bytes: pdf,
    };
    let draft = MailDraft {
        from: None,
        to: Some(p.organisation.veilig_thuis_email.trim().to_owned()).filter(|s| !s.is_empty()),
        subject: neutral_subject(&d.reference),
        body: mail_body(d, p, &pdf.name, opts.now),
        attachments: vec![Attachment {
            file_name: pdf.name.clone(),
            content_type: "application/pdf".to_owned(),
            bytes: pdf.bytes.clone(),
        }],
        date: opts.mail_date,
        unique: opts.unique.clone(),
    };
    Ok(Package {
        eml: PackageFile {
            name: default_file_name(DocumentKind::Meldformulier, &d.reference, date, "eml"),
            bytes: eml(&draft),
        },
        pdf,
        docx: PackageFile {
            name: name("docx"),
            bytes: docx,
        },
        p7s,
        timestamp,
    })
}

/// A gap when the recorded *open melden, tenzij* exception is not one of the set's own
/// list (the `uitzondering` field's choices): a region's variant words them differently.
fn unknown_exception(d: &Dossier, p: &Profile, set: &FormSet) -> Option<Missing> {
    let c = effective_checklist(d, p);
    let id = c
        .exception
        .as_deref()
        .filter(|_| c.family_informed == Some(false))?;
    let list = set
        .form(melding_doc::FORM_ID)?
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .find(|f| f.id == "uitzondering")?
        .choices
        .as_deref()
        .and_then(|l| set.choices.get(l))?;
    (!list.options.iter().any(|o| o.id == id)).then_some(Missing::Checklist(
        crate::texts::messages::CHECK_UNKNOWN_EXCEPTION,
    ))
}

/// The draft's body: what is attached and the reminders before sending. No person's name
/// except the melder's own signature.
fn mail_body(d: &Dossier, p: &Profile, attachment: &str, now: DateTime<Utc>) -> String {
    let channel = effective_checklist(d, p).channel;
    crate::texts::melding::MAIL_DRAFT_BODY
        .replace("{regio}", {
            let r = p.organisation.veilig_thuis_regio.trim();
            if r.is_empty() {
                crate::texts::melding::MAIL_DRAFT_VT_FALLBACK_NAME
            } else {
                r
            }
        })
        .replace("{kenmerk}", &d.reference)
        .replace("{bijlage}", attachment)
        .replace("{datum}", &fmt_date(now.date_naive()))
        .replace("{kanaal}", &channel)
        .replace("{naam}", p.user.name.trim())
        .replace("{functie}", p.user.function.trim())
        .replace("{organisatie}", p.organisation.name.trim())
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::{Change, example};
    use crate::report::melding_check::tests::ready_dossier;

    fn no_hints(_: &str, _: &LintOptions) -> Vec<Lint> {
        Vec::new()
    }

    fn build(d: &Dossier) -> Result<Package, PackageError> {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        melding_package(
            d,
            &example::profile(),
            melding_doc::bundled_set().unwrap(),
            &no_hints,
            &PackageOptions {
                now,
                mail_date: now.fixed_offset(),
                unique: "0f0f".to_owned(),
                signing: None,
            },
        )
    }

    fn under_exception(exception: &str) -> Dossier {
        let mut d = ready_dossier();
        let mut c = d.melding.checklist.clone();
        c.family_informed = Some(false);
        c.exception = Some(exception.to_owned());
        c.exception_motivation = "Vader dreigde de kinderen mee te nemen.".to_owned();
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).unwrap();
        d.apply(Change::SetChecklist { checklist: c }, &example::user(), now)
            .unwrap();
        d
    }

    #[test]
    fn a_ready_melding_gives_named_files_without_names() {
        let p = build(&ready_dossier()).unwrap();
        let names: Vec<&str> = p.files().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "MD-2026-0001_meldformulier_2026-11-23.pdf",
                "MD-2026-0001_meldformulier_2026-11-23.docx",
                "MD-2026-0001_meldformulier_2026-11-23.eml",
            ]
        );
        assert!(p.pdf.bytes.starts_with(b"%PDF"));
        assert!(p.p7s.is_none());
    }

    #[test]
    fn the_exception_must_come_from_the_sets_own_list() {
        assert!(build(&under_exception("veiligheid-kind-gezin")).is_ok());
        match build(&under_exception("veiligheid-kind")) {
            Err(PackageError::NotReady(m)) => assert_eq!(
                m,
                [Missing::Checklist(
                    crate::texts::messages::CHECK_UNKNOWN_EXCEPTION
                )]
            ),
            other => panic!("{other:?}"),
        }
    }
}
