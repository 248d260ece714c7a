//! `meldcode sign …` and `meldcode verify …`.
//!
//! Exit codes: `sign` and `cert` 0 done, 2 error. `verify`: 0 intact and the signer's
//! identity trusted; 3 intact but the identity not verified (self-signed, unknown issuer, a
//! certificate path that breaks a rule, expired at the signing time); 1 changed after
//! signing, broken or no signature; 2 error (unreadable file, not a PDF/DOCX, missing
//! `.p7s`). An untrusted signature never exits 0.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use chrono::{Local, Utc};
use zeroize::Zeroizing;

use crate::ops::files::{p7s_path, write_atomic};
use crate::ops::sign::cert::certificate_der_from_pem_or_der;
use crate::ops::sign::{
    Coverage, PdfSignOptions, SignatureReport, SigningIdentity, Verdict, VisibleSignature,
    sign_detached, sign_pdf, verify_detached, verify_pdf,
};
use crate::texts::verify as t;

/// Environment variable that holds the certificate password (else it is asked for).
pub const PASSWORD_ENV: &str = "MELDCODE_CERT_PASSWORD";

/// Arguments of `meldcode sign`.
#[derive(Debug, clap::Args)]
pub struct SignArgs {
    /// The PDF or DOCX to sign.
    pub file: PathBuf,
    /// PKCS#12 file (`.p12`/`.pfx`) with certificate and private key. The password comes
    /// from `MELDCODE_CERT_PASSWORD` or is asked for.
    #[arg(long)]
    pub cert: PathBuf,
    /// Where to write the result: the signed PDF (default: sign the PDF in place), or the
    /// detached signature of a DOCX (default: `FILE.p7s`).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Why the document is signed (PDF only).
    #[arg(long)]
    pub reason: Option<String>,
    /// Where the document is signed (PDF only; also shown in the visible block).
    #[arg(long)]
    pub location: Option<String>,
    /// Add a visible signature block (name, function, organisation, date, place).
    #[arg(long)]
    pub visible: bool,
    /// Page for the visible block, counting from 1 (default: the last page).
    #[arg(long, requires = "visible")]
    pub page: Option<usize>,
}

/// Arguments of `meldcode verify`.
#[derive(Debug, clap::Args)]
#[command(after_help = t::EXIT_CODES)]
pub struct VerifyArgs {
    /// The PDF or DOCX to check.
    pub file: PathBuf,
    /// Detached signature of a DOCX (default: `FILE.p7s`).
    #[arg(long)]
    pub signature: Option<PathBuf>,
    /// A certificate you trust (PEM or DER); repeat for more.
    #[arg(long = "trust")]
    pub trust: Vec<PathBuf>,
}

/// The kind of document, by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pdf,
    Docx,
}

fn kind_of(bytes: &[u8], path: &Path) -> anyhow::Result<Kind> {
    if bytes.starts_with(b"%PDF-") {
        Ok(Kind::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") {
        Ok(Kind::Docx)
    } else {
        bail!(
            "{} {}",
            crate::texts::cli::NOT_PDF_OR_DOCX_PREFIX,
            path.display()
        )
    }
}

pub(super) fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| {
        format!(
            "{} {}",
            crate::texts::cli::CANNOT_READ_FILE_PREFIX,
            path.display()
        )
    })
}

/// Runs `meldcode sign`.
pub fn run_sign(args: &SignArgs) -> ExitCode {
    match sign(args) {
        Ok(written) => {
            println!("{} {}", crate::texts::cli::SIGNED_PREFIX, written.display());
            ExitCode::SUCCESS
        }
        Err(err) => super::fail(&err),
    }
}

fn sign(args: &SignArgs) -> anyhow::Result<PathBuf> {
    let document = read(&args.file)?;
    let kind = kind_of(&document, &args.file)?;
    let p12 = read(&args.cert)?;
    let password = password(crate::texts::cli::PROMPT_CERTIFICATE_PASSWORD, false)?;
    let identity = SigningIdentity::from_pkcs12_bytes(&p12, &password).with_context(|| {
        format!(
            "{} {}",
            crate::texts::cli::CANNOT_USE_CERTIFICATE_PREFIX,
            args.cert.display()
        )
    })?;
    let now = Utc::now();
    match kind {
        Kind::Pdf => {
            let visible = if args.visible {
                let doc = lopdf::Document::load_mem(&document)
                    .context(crate::texts::cli::CANNOT_READ_PDF_STRUCTURE)?;
                let page_index = match args.page {
                    Some(0) => bail!(crate::texts::cli::PAGES_COUNT_FROM_ONE),
                    Some(page) => page - 1,
                    None => doc.get_pages().len().saturating_sub(1),
                };
                Some(VisibleSignature {
                    page_index,
                    rect_pt: free_block_rect(&doc, page_index),
                    lines: block_lines(&identity, now, args.location.as_deref()),
                })
            } else {
                None
            };
            let opts = PdfSignOptions {
                signing_time: now,
                reason: args.reason.clone(),
                location: args.location.clone(),
                visible,
            };
            let signed = sign_pdf(&document, &identity, &opts)
                .context(crate::texts::cli::CANNOT_SIGN_PDF)?;
            let out = args.out.clone().unwrap_or_else(|| args.file.clone());
            atomic_write(&out, &signed)?;
            Ok(out)
        }
        Kind::Docx => {
            let p7s =
                sign_detached(&document, &identity, now).context(crate::texts::cli::CANNOT_SIGN)?;
            let out = args.out.clone().unwrap_or_else(|| p7s_path(&args.file));
            atomic_write(&out, &p7s)?;
            Ok(out)
        }
    }
}

/// Size of the visible block in points (about 88 × 28 mm).
const BLOCK_SIZE: [f32; 2] = [250.0, 80.0];

/// A place near the bottom of the page for a new signature block that does not overlap the
/// blocks of earlier signatures: left, then right, then one row higher.
fn free_block_rect(doc: &lopdf::Document, page_index: usize) -> [f32; 4] {
    use lopdf::Object;
    let [w, h] = BLOCK_SIZE;
    let Some(page_id) = doc.get_pages().into_values().nth(page_index) else {
        return [56.0, 56.0, 56.0 + w, 56.0 + h];
    };
    let annots = doc
        .get_dictionary(page_id)
        .and_then(|page| page.get(b"Annots"))
        .and_then(|a| match a {
            Object::Reference(id) => doc.get_object(*id).and_then(Object::as_array),
            other => other.as_array(),
        })
        .cloned()
        .unwrap_or_default();
    let taken: Vec<[f32; 4]> = annots
        .iter()
        .filter_map(|a| a.as_reference().ok())
        .filter_map(|id| doc.get_dictionary(id).ok())
        .filter(|d| d.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig".as_slice()))
        .filter_map(|d| d.get(b"Rect").and_then(Object::as_array).ok())
        .filter_map(|r| {
            let v: Vec<f32> = r.iter().filter_map(|n| n.as_float().ok()).collect();
            (v.len() == 4).then(|| {
                [
                    v[0].min(v[2]),
                    v[1].min(v[3]),
                    v[0].max(v[2]),
                    v[1].max(v[3]),
                ]
            })
        })
        .collect();
    let overlaps =
        |a: &[f32; 4], b: &[f32; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    for row in 0..6_u8 {
        for x in [56.0, 56.0 + w + 12.0] {
            let y = 56.0 + f32::from(row) * (h + 12.0);
            let rect = [x, y, x + w, y + h];
            if !taken.iter().any(|t| overlaps(t, &rect)) {
                return rect;
            }
        }
    }
    [56.0, 56.0, 56.0 + w, 56.0 + h]
}

/// Name, function, organisation, local date and place for the visible block.
fn block_lines(
    identity: &SigningIdentity,
    now: chrono::DateTime<Utc>,
    location: Option<&str>,
) -> Vec<String> {
    let date = now
        .with_timezone(&Local)
        .format("%d-%m-%Y %H:%M")
        .to_string();
    crate::ops::sign::visible_lines(identity, &date, location)
}

/// Writes `bytes` atomically over `path`: a crash leaves the old file or the new one.
fn atomic_write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    Ok(write_atomic(path, bytes, true)?)
}

/// Like [`atomic_write`], but refuses to replace an existing file.
pub(super) fn atomic_write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    Ok(write_atomic(path, bytes, false)?)
}

/// The password from `MELDCODE_CERT_PASSWORD`, else asked without echo (twice when
/// `confirm`).
pub(super) fn password(prompt: &str, confirm: bool) -> anyhow::Result<Zeroizing<String>> {
    if let Some(from_env) = super::secrets::from_environment(PASSWORD_ENV) {
        return Ok(from_env);
    }
    let first = Zeroizing::new(rpassword::prompt_password(prompt).with_context(|| {
        format!(
            "{} {PASSWORD_ENV}",
            crate::texts::cli::CANNOT_ASK_PASSWORD_SET_PREFIX
        )
    })?);
    if confirm {
        let again = Zeroizing::new(
            rpassword::prompt_password(crate::texts::cli::PROMPT_REPEAT)
                .context(crate::texts::cli::CANNOT_READ_PASSWORD)?,
        );
        if *first != *again {
            bail!(crate::texts::cli::PASSWORDS_DIFFER);
        }
    }
    Ok(first)
}

/// Exit code of `meldcode verify` when the document is intact but the signer's identity is
/// not verified.
pub const EXIT_NOT_TRUSTED: u8 = 3;

/// Runs `meldcode verify`: exit 0 trusted, 3 intact but not trusted, 1 invalid, 2 error.
pub fn run_verify(args: &VerifyArgs) -> ExitCode {
    match verify(args) {
        Ok(Verdict::Trusted) => ExitCode::SUCCESS,
        Ok(Verdict::IntactNotTrusted) => ExitCode::from(EXIT_NOT_TRUSTED),
        Ok(Verdict::Invalid) => ExitCode::from(1),
        Err(err) => super::fail(&err),
    }
}

fn read_nl(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| t::cannot_read(&path.display().to_string()))
}

fn verify(args: &VerifyArgs) -> anyhow::Result<Verdict> {
    let file = args.file.display().to_string();
    let document = read_nl(&args.file)?;
    let kind =
        kind_of(&document, &args.file).map_err(|_| anyhow::anyhow!(t::not_pdf_or_docx(&file)))?;
    let mut trusted = Vec::new();
    for path in &args.trust {
        let bytes = read_nl(path)?;
        trusted.push(
            certificate_der_from_pem_or_der(&bytes)
                .with_context(|| t::cannot_read_certificate(&path.display().to_string()))?,
        );
    }
    match kind {
        Kind::Pdf => {
            let result = verify_pdf(&document, &trusted).context(t::CANNOT_CHECK_PDF)?;
            if result.signatures.is_empty() {
                println!("{file}: {}", t::NO_SIGNATURE);
            } else {
                println!("{}", t::signature_count(&file, result.signatures.len()));
            }
            for (i, report) in result.signatures.iter().enumerate() {
                print_report(i + 1, report);
            }
            for field in &result.unsigned_fields {
                println!(
                    "{}",
                    t::unsigned_field(
                        field.name.as_deref(),
                        field.page,
                        field.visible,
                        field.signed_over
                    )
                );
            }
            let verdict = result.verdict();
            println!("{}", t::verdict(verdict));
            Ok(verdict)
        }
        Kind::Docx => {
            let sig_path = args
                .signature
                .clone()
                .unwrap_or_else(|| p7s_path(&args.file));
            let sig_name = sig_path.display().to_string();
            let signature =
                std::fs::read(&sig_path).with_context(|| t::cannot_read_signature(&sig_name))?;
            let report = verify_detached(&document, &signature, &trusted)
                .with_context(|| t::cannot_check_signature(&sig_name))?;
            println!("{}", t::detached_header(&file, &sig_name));
            print_report(1, &report);
            let verdict = report.verdict();
            println!("{}", t::verdict(verdict));
            Ok(verdict)
        }
    }
}

fn print_report(number: usize, report: &SignatureReport) {
    println!(
        "{}",
        t::signature_heading(number, report.field_name.as_deref())
    );
    let signer = report.signer_name.as_deref().unwrap_or(t::UNKNOWN);
    match &report.signer_organisation {
        Some(org) => println!("  {:<15} {signer}, {org}", t::SIGNER),
        None => println!("  {:<15} {signer}", t::SIGNER),
    }
    if let Some(email) = &report.signer_email {
        println!("  {:<15} {email}", t::EMAIL);
    }
    match report.signing_time {
        Some(at) => println!(
            "  {:<15} {} {}",
            t::SIGNED_AT,
            at.format("%Y-%m-%d %H:%M:%S UTC"),
            t::SIGNED_AT_CLAIMED
        ),
        None => println!("  {:<15} {}", t::SIGNED_AT, t::UNKNOWN),
    }
    if let Some(ts) = &report.timestamp {
        println!(
            "  {:<15} {}",
            t::TIMESTAMP,
            t::timestamp(
                ts.time
                    .map(|at| at.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                    .as_deref(),
                ts.intact,
                ts.trusted
            )
        );
    }
    if let Some(reason) = &report.reason {
        println!("  {:<15} {reason}", t::REASON);
    }
    if let Some(location) = &report.location {
        println!("  {:<15} {location}", t::LOCATION);
    }
    let intact = if !report.signature_valid {
        t::INTACT_BAD_SIGNATURE
    } else if !report.digest_matches {
        t::INTACT_CHANGED
    } else if report.coverage == Coverage::Partial {
        t::INTACT_PARTIAL
    } else {
        t::INTACT_YES
    };
    println!("  {:<15} {intact}", t::INTACT);
    println!(
        "  {:<15} {}",
        t::LATER,
        t::later_changes(report.later_changes)
    );
    println!(
        "  {:<15} {}",
        t::CERTIFICATE,
        t::trust(report.trust, report.trust_problem)
    );
}
