//! The export worker: renders, signs and writes the files of one export on a background
//! thread, all or none, and checks the signatures of what it wrote.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::export::{ExportFormat, ExportedFile, SignatureStatus};
use super::handle::AppError;
use crate::domain::{Dossier, Profile};
use crate::export::package::{PackageOptions, melding_package};
use crate::export::sign::{
    PdfSignOptions, SigningIdentity, VisibleSignature, sign_detached, sign_pdf,
};
use crate::export::{DocxOptions, PdfOptions};
use crate::form::FormSet;
use crate::report::Document;
use crate::texts;

/// What the worker renders, signs and writes.
pub(super) enum Work {
    /// One document in one format.
    Document {
        doc: Document,
        format: ExportFormat,
        path: PathBuf,
        place: String,
    },
    /// The melding package into a folder.
    Package {
        dossier: Box<Dossier>,
        profile: Box<Profile>,
        set: Box<FormSet>,
        dir: PathBuf,
    },
}

/// One export: what to write, with which identity, when, and whether to open it after.
pub(super) struct Job {
    pub(super) work: Work,
    pub(super) identity: Option<SigningIdentity>,
    pub(super) now: DateTime<Utc>,
    pub(super) open: bool,
}

/// Renders, signs and writes; returns the files written and the one to open on request.
pub(super) fn run_job(job: &Job) -> anyhow::Result<(Vec<ExportedFile>, Option<PathBuf>)> {
    match &job.work {
        Work::Document {
            doc,
            format,
            path,
            place,
        } => {
            let (bytes, p7s) = render_document(doc, *format, place, job)?;
            let mut files = vec![(path.clone(), bytes.clone())];
            if let Some(sig) = &p7s {
                files.push((p7s_path(path), sig.clone()));
            }
            write_all_or_none(&files)?;
            let signature = match (format, &p7s) {
                (ExportFormat::Pdf, _) => status_of_pdf(&bytes),
                (ExportFormat::Docx, Some(sig)) => status_of_detached(&bytes, sig),
                (ExportFormat::Docx, None) => SignatureStatus::Unsigned,
            };
            let file = ExportedFile {
                path: path.clone(),
                signature,
            };
            Ok((vec![file], Some(path.clone())))
        }
        Work::Package {
            dossier,
            profile,
            set,
            dir,
        } => {
            let opts = PackageOptions {
                now: job.now,
                mail_date: job.now.with_timezone(&chrono::Local).fixed_offset(),
                unique: unique_part(job.now),
                identity: job.identity.as_ref(),
            };
            let pkg = melding_package(dossier, profile, set, &crate::lint::lint, &opts)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let files: Vec<(PathBuf, Vec<u8>)> = pkg
                .files()
                .into_iter()
                .map(|f| (dir.join(&f.name), f.bytes.clone()))
                .collect();
            write_all_or_none(&files)?;
            let docx_status = match &pkg.p7s {
                Some(sig) => status_of_detached(&pkg.docx.bytes, &sig.bytes),
                None => SignatureStatus::Unsigned,
            };
            let eml = dir.join(&pkg.eml.name);
            let written = vec![
                ExportedFile {
                    path: dir.join(&pkg.pdf.name),
                    signature: status_of_pdf(&pkg.pdf.bytes),
                },
                ExportedFile {
                    path: dir.join(&pkg.docx.name),
                    signature: docx_status,
                },
                ExportedFile {
                    path: eml.clone(),
                    signature: SignatureStatus::Unsigned,
                },
            ];
            Ok((written, Some(eml)))
        }
    }
}

/// One document as PDF or DOCX, signed when the job has an identity: the PDF with a visible
/// signature on its signature block, the DOCX with a detached `.p7s`.
fn render_document(
    doc: &Document,
    format: ExportFormat,
    place: &str,
    job: &Job,
) -> anyhow::Result<(Vec<u8>, Option<Vec<u8>>)> {
    match format {
        ExportFormat::Pdf => {
            let (pdf, layout) = crate::export::pdf_with_layout(doc, &PdfOptions::new(job.now))?;
            let Some(identity) = &job.identity else {
                return Ok((pdf, None));
            };
            let visible =
                layout
                    .signature_rects
                    .last()
                    .map(|(page, [x, y, w, h])| VisibleSignature {
                        page_index: *page,
                        rect_pt: [*x, *y, x + w, y + h],
                        lines: signature_lines(identity, job.now, place),
                    });
            let opts = PdfSignOptions {
                signing_time: job.now,
                reason: Some(doc.meta.subject.clone()).filter(|s| !s.is_empty()),
                location: Some(place.to_owned()).filter(|p| !p.trim().is_empty()),
                visible,
            };
            Ok((sign_pdf(&pdf, identity, &opts)?, None))
        }
        ExportFormat::Docx => {
            let docx = crate::export::docx(doc, &DocxOptions::new(job.now))?;
            let p7s = match &job.identity {
                Some(identity) => Some(sign_detached(&docx, identity, job.now)?),
                None => None,
            };
            Ok((docx, p7s))
        }
    }
}

/// Name, function, organisation, date and place for the visible signature.
fn signature_lines(identity: &SigningIdentity, now: DateTime<Utc>, place: &str) -> Vec<String> {
    let mut lines = vec![format!(
        "{} {}",
        texts::SIGNED_BY,
        identity.subject_common_name().unwrap_or_default()
    )];
    lines.extend(identity.subject_function());
    lines.extend(identity.subject_organisation());
    let date = now
        .with_timezone(&chrono::Local)
        .format("%d-%m-%Y %H:%M")
        .to_string();
    lines.push(if place.trim().is_empty() {
        date
    } else {
        format!("{date}, {}", place.trim())
    });
    lines
}

/// A unique part for the draft's message id: time and random bytes, no content.
fn unique_part(now: DateTime<Utc>) -> String {
    use rand::RngCore as _;
    let mut bytes = [0_u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let hex = bytes.iter().fold(String::new(), |mut hex, b| {
        let _ = std::fmt::Write::write_fmt(&mut hex, format_args!("{b:02x}"));
        hex
    });
    format!("{}.{hex}", now.timestamp())
}

fn status_of_pdf(bytes: &[u8]) -> SignatureStatus {
    match crate::export::sign::verify_pdf(bytes, &[]) {
        Ok(v) if v.signatures.is_empty() => SignatureStatus::Unsigned,
        Ok(v) if v.all_valid() => status_of_report(&v.signatures[v.signatures.len() - 1]),
        _ => SignatureStatus::Invalid,
    }
}

fn status_of_detached(content: &[u8], sig: &[u8]) -> SignatureStatus {
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

fn p7s_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".p7s");
    PathBuf::from(name)
}

/// Writes every file through a temporary file in its folder (fsync), and renames them into
/// place only when all were written: a failure leaves no half package behind.
fn write_all_or_none(files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut temps = Vec::new();
    for (path, bytes) in files {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
        tmp.write_all(bytes)?;
        tmp.as_file().sync_all()?;
        temps.push((tmp, path));
    }
    for (tmp, path) in temps {
        tmp.persist(path).map_err(|e| e.error)?;
    }
    Ok(())
}

/// Opens a file with the system's handler (the only process the app starts).
pub(super) fn open_with_system(path: &Path) -> Result<(), AppError> {
    let mut cmd = if cfg!(target_os = "windows") {
        let mut c = std::process::Command::new("explorer");
        c.arg(path);
        c
    } else if cfg!(target_os = "macos") {
        let mut c = std::process::Command::new("open");
        c.arg(path);
        c
    } else {
        let mut c = std::process::Command::new("xdg-open");
        c.arg(path);
        c
    };
    cmd.spawn()
        .map(drop)
        .map_err(|_| AppError::Text(texts::EXPORT_OPEN_FAILED))
}
