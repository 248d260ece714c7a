//! Checking signatures: every signature of a PDF, or a detached `.p7s` over a DOCX.
//!
//! Pure functions over bytes. For each signature: who signed (CN, O), when, whether the
//! signed byte ranges cover the file up to that revision, whether the digest and the RSA or
//! ECDSA signature check out, whether the document changed afterwards (only further
//! signatures are allowed, see [`super::diff`]), and whether the signer's certificate path
//! leads to a trusted certificate (see [`super::path`]). "Intact" and "trusted" are separate
//! results: [`Verdict`] combines them.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, Utc};
use der::Decode as _;
use lopdf::{Document, Object, ObjectId};
use x509_cert::Certificate;

use super::cert::{OID_CN, OID_EMAIL, OID_O, name_attribute};
use super::cms::{CmsCheck, check_detached, issued_by};
use super::diff::{is_sig_field, only_signatures_added, shows_on_page};
pub use super::path::TrustProblem;
use super::pdf_write::{decode_text_string, hex_decode};
use super::{Result, SignError};

/// Whether the signer's certificate is one the user trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// A valid path leads from the certificate to one in the trusted list ("vertrouwd"):
    /// CA issuers, fitting key usages, every certificate valid at the signing time.
    Trusted,
    /// The certificate is self-signed (e.g. a personal certificate made in the app) and not
    /// in the trusted list.
    SelfSigned,
    /// No valid path to the trusted list, or the certificate is missing; see
    /// [`SignatureReport::trust_problem`] for why.
    Untrusted,
}

/// The overall judgement of one signature or of a whole document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Intact, nothing but further signatures added afterwards, and the signer's identity
    /// trusted.
    Trusted,
    /// Intact and unchanged, but the signer's identity is not verified (self-signed, unknown
    /// issuer, or a certificate path that breaks a rule).
    IntactNotTrusted,
    /// Changed after signing, not covering the document, or a broken signature.
    Invalid,
}

/// Which part of the file a signature covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// The whole file (for a PDF: the signature belongs to the last revision).
    WholeFile,
    /// The whole file up to the end of the revision the signature belongs to; later
    /// incremental updates follow (see [`LaterChanges`]).
    Revision {
        /// Byte length of the signed revision.
        signed_len: usize,
    },
    /// The byte ranges leave out more than the signature value, or do not end at a revision.
    Partial,
}

/// What changed in the document after a signature was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaterChanges {
    /// Nothing: the signature covers the whole file.
    None,
    /// Only further signatures were added (signature fields, their appearances, the form and
    /// the pages' annotation lists).
    OnlySignatures,
    /// Other content changed after the signature.
    Other,
}

/// The result of checking one signature.
#[derive(Debug, Clone)]
pub struct SignatureReport {
    /// The PDF signature field's name (`None` for a detached signature).
    pub field_name: Option<String>,
    /// Signer's common name (CN).
    pub signer_name: Option<String>,
    /// Signer's organisation (O).
    pub signer_organisation: Option<String>,
    /// Signer's e-mail address from the certificate subject.
    pub signer_email: Option<String>,
    /// Signing time: the signed signing-time attribute, else the PDF's `/M` entry.
    pub signing_time: Option<DateTime<Utc>>,
    /// `/Reason` of a PDF signature.
    pub reason: Option<String>,
    /// `/Location` of a PDF signature.
    pub location: Option<String>,
    /// The digest of the covered bytes equals the signed digest.
    pub digest_matches: bool,
    /// The RSA/ECDSA signature verifies with the signer's certificate.
    pub signature_valid: bool,
    /// What the signature covers.
    pub coverage: Coverage,
    /// What changed after signing.
    pub later_changes: LaterChanges,
    /// Whether the certificate is trusted.
    pub trust: Trust,
    /// Why it is not trusted (`None` when trusted).
    pub trust_problem: Option<TrustProblem>,
    /// The RFC 3161 timestamp on the signature, when there is one.
    pub timestamp: Option<TimestampReport>,
}

/// An RFC 3161 timestamp token on a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimestampReport {
    /// The time the timestamp service vouches for.
    pub time: Option<DateTime<Utc>>,
    /// The token is signed correctly and belongs to this signature.
    pub intact: bool,
    /// The service's certificate is meant for timestamping and has a valid path to the
    /// trust list; then its time, not the signer's claim, is the time certificates are
    /// checked at.
    pub trusted: bool,
}

impl SignatureReport {
    /// The signed bytes are unchanged: digest and signature check out over a complete
    /// revision.
    pub fn is_intact(&self) -> bool {
        self.digest_matches && self.signature_valid && self.coverage != Coverage::Partial
    }

    /// Intact, and nothing but further signatures was added afterwards. Says nothing about
    /// who signed: see [`Self::verdict`].
    pub fn is_valid(&self) -> bool {
        self.is_intact() && self.later_changes != LaterChanges::Other
    }

    /// Valid and the signer's identity trusted.
    pub fn verdict(&self) -> Verdict {
        if !self.is_valid() {
            Verdict::Invalid
        } else if self.trust == Trust::Trusted {
            Verdict::Trusted
        } else {
            Verdict::IntactNotTrusted
        }
    }
}

/// A signature field without a signature value (`/FT /Sig` and no `/V`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsignedField {
    /// The field name (`/T`).
    pub name: Option<String>,
    /// The page it sits on, counting from 1.
    pub page: Option<usize>,
    /// It has an area on the page and is not hidden: it can draw over the content.
    pub visible: bool,
    /// It is part of what the last signature signed (e.g. a prepared field for a second
    /// signer); otherwise it was added after the last signature.
    pub signed_over: bool,
}

/// The result of checking all signatures of a PDF.
#[derive(Debug, Clone)]
pub struct PdfVerification {
    /// One report per signature, in file order (first signature first).
    pub signatures: Vec<SignatureReport>,
    /// Signature fields without a signature, in page order.
    pub unsigned_fields: Vec<UnsignedField>,
}

impl PdfVerification {
    /// At least one signature, and every signature is valid (intact, only further
    /// signatures afterwards). Says nothing about who signed: see [`Self::verdict`].
    pub fn all_valid(&self) -> bool {
        !self.signatures.is_empty() && self.signatures.iter().all(SignatureReport::is_valid)
    }

    /// The worst verdict over all signatures; [`Verdict::Invalid`] without signatures.
    pub fn verdict(&self) -> Verdict {
        self.signatures
            .iter()
            .map(SignatureReport::verdict)
            .max()
            .unwrap_or(Verdict::Invalid)
    }
}

/// Checks every signature in `pdf`. `trusted` holds DER certificates the user trusts.
///
/// A PDF without signatures gives an empty list; bytes that are not a PDF give
/// [`SignError::NotPdf`].
pub fn verify_pdf(pdf: &[u8], trusted: &[Vec<u8>]) -> Result<PdfVerification> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(SignError::NotPdf);
    }
    let full = Document::load_mem(pdf).ok();
    let mut signatures = Vec::new();
    let ranges = find_byte_ranges(pdf);
    for range in &ranges {
        signatures.push(check_pdf_signature(pdf, range, full.as_ref(), trusted));
    }
    let unsigned_fields = full.as_ref().map_or_else(Vec::new, |doc| {
        let last_end = ranges
            .last()
            .map(|r| r.ranges[2].saturating_add(r.ranges[3]));
        unsigned_fields(pdf, doc, last_end)
    });
    Ok(PdfVerification {
        signatures,
        unsigned_fields,
    })
}

/// Checks a detached CMS signature (`.p7s`, DER or PEM) over `content` (e.g. a DOCX).
pub fn verify_detached(
    content: &[u8],
    signature: &[u8],
    trusted: &[Vec<u8>],
) -> Result<SignatureReport> {
    let der_bytes = p7s_der(signature)?;
    let check = check_detached(&der_bytes, &[content])?;
    Ok(report_from(
        &check,
        trusted,
        Coverage::WholeFile,
        LaterChanges::None,
        None,
    ))
}

/// Accepts a DER `.p7s` or a PEM one (`-----BEGIN PKCS7-----` / `CMS`).
fn p7s_der(signature: &[u8]) -> Result<Vec<u8>> {
    let Ok(text) = std::str::from_utf8(signature) else {
        return Ok(signature.to_vec());
    };
    if !text.contains("-----BEGIN") {
        return Ok(signature.to_vec());
    }
    let (_, der_bytes) = pem_rfc7468_decode(text.trim())
        .map_err(|e| SignError::MalformedSignature(format!("PEM: {e}")))?;
    Ok(der_bytes)
}

fn pem_rfc7468_decode(text: &str) -> std::result::Result<(String, Vec<u8>), der::Error> {
    let (label, doc) = der::Document::from_pem(text)?;
    Ok((label.to_owned(), doc.as_bytes().to_vec()))
}

/// `pdf_time` is the PDF's `/M`, used when the CMS has no signing-time attribute (PAdES).
fn report_from(
    check: &CmsCheck,
    trusted: &[Vec<u8>],
    coverage: Coverage,
    later_changes: LaterChanges,
    pdf_time: Option<DateTime<Utc>>,
) -> SignatureReport {
    let subject = check.signer.as_ref().map(|c| &c.tbs_certificate.subject);
    let signing_time = check.signing_time.or(pdf_time);
    let anchors: Vec<Certificate> = trusted
        .iter()
        .filter_map(|der_bytes| Certificate::from_der(der_bytes).ok())
        .collect();
    let timestamp = check.timestamp.as_ref().map(|token| TimestampReport {
        time: token.time,
        intact: token.intact,
        trusted: token.intact
            && token.signer.as_ref().is_some_and(|tsa| {
                super::path::is_timestamping(tsa)
                    && super::path::validate(tsa, &token.certificates, &anchors, token.time).is_ok()
            }),
    });
    let checked_at = match timestamp {
        Some(ts) if ts.trusted => ts.time,
        _ => signing_time,
    };
    let (trust, trust_problem) = trust_of(check, &anchors, checked_at);
    SignatureReport {
        field_name: None,
        signer_name: subject.and_then(|s| name_attribute(s, OID_CN)),
        signer_organisation: subject.and_then(|s| name_attribute(s, OID_O)),
        signer_email: subject.and_then(|s| name_attribute(s, OID_EMAIL)),
        signing_time,
        reason: None,
        location: None,
        digest_matches: check.digest_matches,
        signature_valid: check.signature_valid,
        coverage,
        later_changes,
        trust,
        trust_problem,
        timestamp,
    }
}

/// Trusted when a valid certificate path leads from the signer to a trusted certificate at
/// the signing time; self-signed when there is no path and the signer issued itself.
fn trust_of(
    check: &CmsCheck,
    anchors: &[Certificate],
    at: Option<DateTime<Utc>>,
) -> (Trust, Option<TrustProblem>) {
    let Some(signer) = &check.signer else {
        return (Trust::Untrusted, Some(TrustProblem::NoCertificate));
    };
    match super::path::validate(signer, &check.certificates, anchors, at) {
        Ok(()) => (Trust::Trusted, None),
        Err(TrustProblem::NoPathToTrusted)
            if signer.tbs_certificate.issuer == signer.tbs_certificate.subject
                && issued_by(signer, signer) =>
        {
            (Trust::SelfSigned, Some(TrustProblem::NoPathToTrusted))
        }
        Err(problem) => (Trust::Untrusted, Some(problem)),
    }
}

/// A `/ByteRange` found in the file, with the raw signature value in its gap.
struct ByteRange {
    ranges: [usize; 4],
    /// Decoded `/Contents` (DER plus zero padding), when the gap is exactly one hex string
    /// directly after the `/Contents` key.
    contents: Option<Vec<u8>>,
}

/// Scans the raw bytes for `/ByteRange [a b c d]` entries (works even when the PDF
/// structure is damaged).
fn find_byte_ranges(pdf: &[u8]) -> Vec<ByteRange> {
    let key = b"/ByteRange";
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(pos) = find(pdf, key, from) {
        from = pos + key.len();
        let Some(ranges) = parse_four_ints(&pdf[from..]) else {
            continue;
        };
        if ranges == [0, 0, 0, 0] || !seen.insert(ranges) {
            continue;
        }
        let contents = gap_contents(pdf, &ranges);
        found.push(ByteRange { ranges, contents });
    }
    found.sort_by_key(|r| r.ranges[2].saturating_add(r.ranges[3]));
    found
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn parse_four_ints(bytes: &[u8]) -> Option<[usize; 4]> {
    let mut i = 0;
    let skip_ws = |i: &mut usize| {
        while bytes.get(*i).is_some_and(u8::is_ascii_whitespace) {
            *i += 1;
        }
    };
    skip_ws(&mut i);
    if bytes.get(i) != Some(&b'[') {
        return None;
    }
    i += 1;
    let mut out = [0_usize; 4];
    for slot in &mut out {
        skip_ws(&mut i);
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        *slot = std::str::from_utf8(bytes.get(start..i)?)
            .ok()?
            .parse()
            .ok()?;
    }
    skip_ws(&mut i);
    (bytes.get(i) == Some(&b']')).then_some(out)
}

fn gap_contents(pdf: &[u8], ranges: &[usize; 4]) -> Option<Vec<u8>> {
    let [start, first_len, second_start, second_len] = *ranges;
    if start != 0 || first_len == 0 || second_start <= first_len {
        return None;
    }
    if second_start.checked_add(second_len)? > pdf.len() {
        return None;
    }
    let gap = pdf.get(first_len..second_start)?;
    let inner = gap.strip_prefix(b"<")?.strip_suffix(b">")?;
    let before = pdf.get(..first_len)?.trim_ascii_end();
    if !before.ends_with(b"/Contents") {
        return None;
    }
    hex_decode(inner)
}

fn check_pdf_signature(
    pdf: &[u8],
    range: &ByteRange,
    full: Option<&Document>,
    trusted: &[Vec<u8>],
) -> SignatureReport {
    let [_, first_len, second_start, second_len] = range.ranges;
    let signed_end = second_start + second_len;
    let coverage = if range.contents.is_none() {
        Coverage::Partial
    } else if signed_end == pdf.len() {
        Coverage::WholeFile
    } else if ends_at_revision(&pdf[..signed_end]) {
        Coverage::Revision {
            signed_len: signed_end,
        }
    } else {
        Coverage::Partial
    };
    let later_changes = match coverage {
        Coverage::WholeFile => LaterChanges::None,
        Coverage::Revision { signed_len } => later_changes(pdf, signed_len, full),
        Coverage::Partial => LaterChanges::Other,
    };
    let check = range.contents.as_deref().and_then(|contents| {
        check_detached(
            contents,
            &[&pdf[..first_len], &pdf[second_start..signed_end]],
        )
        .ok()
    });
    let details = full.and_then(|doc| dictionary_details(doc, &range.ranges));
    let pdf_time = details
        .as_ref()
        .and_then(|d| d.m.as_deref())
        .and_then(parse_pdf_date);
    let mut report = match &check {
        Some(check) => report_from(check, trusted, coverage, later_changes, pdf_time),
        None => SignatureReport {
            field_name: None,
            signer_name: None,
            signer_organisation: None,
            signer_email: None,
            signing_time: None,
            reason: None,
            location: None,
            digest_matches: false,
            signature_valid: false,
            coverage,
            later_changes,
            trust: Trust::Untrusted,
            trust_problem: Some(TrustProblem::NoCertificate),
            timestamp: None,
        },
    };
    if let Some(details) = details {
        report.reason = details.reason;
        report.location = details.location;
        report.field_name = details.field_name;
    }
    report
}

/// Whether `bytes` ends with `%%EOF` (and an optional end-of-line).
fn ends_at_revision(bytes: &[u8]) -> bool {
    let trimmed = bytes.trim_ascii_end();
    trimmed.ends_with(b"%%EOF") && bytes.len() - trimmed.len() <= 2
}

/// What the signature dictionary and its field say.
struct Details {
    reason: Option<String>,
    location: Option<String>,
    m: Option<String>,
    field_name: Option<String>,
}

/// Reads `/Reason`, `/Location`, `/M` and the field name of the signature dictionary whose
/// `/ByteRange` is `ranges`.
fn dictionary_details(doc: &Document, ranges: &[usize; 4]) -> Option<Details> {
    let wanted: Vec<i64> = ranges
        .iter()
        .filter_map(|&r| i64::try_from(r).ok())
        .collect();
    let (sig_id, sig) = doc.objects.iter().find_map(|(id, obj)| {
        let dict = obj.as_dict().ok()?;
        let found: Vec<i64> = dict
            .get(b"ByteRange")
            .and_then(Object::as_array)
            .ok()?
            .iter()
            .filter_map(|o| o.as_i64().ok())
            .collect();
        (found == wanted).then_some((*id, dict))
    })?;
    let text = |key: &[u8]| {
        sig.get(key)
            .and_then(Object::as_str)
            .ok()
            .map(decode_text_string)
    };
    Some(Details {
        reason: text(b"Reason"),
        location: text(b"Location"),
        m: text(b"M"),
        field_name: doc.objects.values().find_map(|obj| {
            let dict = obj.as_dict().ok()?;
            (dict.get(b"V").and_then(Object::as_reference).ok()? == sig_id)
                .then(|| dict.get(b"T").and_then(Object::as_str).ok())
                .flatten()
                .map(decode_text_string)
        }),
    })
}

/// Parses `D:YYYYMMDDHHmmSS` with an optional `Z` or `+HH'mm'` offset.
fn parse_pdf_date(text: &str) -> Option<DateTime<Utc>> {
    let body = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = body.chars().take(14).collect();
    if digits.len() < 14 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let local = NaiveDateTime::parse_from_str(&digits, "%Y%m%d%H%M%S").ok()?;
    let rest = &body[14..];
    let offset_secs = match rest.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let nums: String = rest[1..].chars().filter(char::is_ascii_digit).collect();
            let hours: i64 = nums.get(0..2)?.parse().ok()?;
            let minutes: i64 = nums.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            let secs = hours * 3600 + minutes * 60;
            if sign == '-' { -secs } else { secs }
        }
        _ => 0,
    };
    Some(local.and_utc() - chrono::Duration::seconds(offset_secs))
}

/// Compares the revision that ends at `signed_len` with the whole file: only further
/// signatures may have been added (see [`super::diff`]).
fn later_changes(pdf: &[u8], signed_len: usize, full: Option<&Document>) -> LaterChanges {
    let Some(full) = full else {
        return LaterChanges::Other;
    };
    let Ok(signed) = Document::load_mem(&pdf[..signed_len]) else {
        return LaterChanges::Other;
    };
    if only_signatures_added(pdf, &signed, full, signed_len) {
        LaterChanges::OnlySignatures
    } else {
        LaterChanges::Other
    }
}

/// Every signature field without a value, on the pages (through `/Annots`) or only in the
/// form. `last_end` is where the last signature's signed bytes end.
fn unsigned_fields(pdf: &[u8], doc: &Document, last_end: Option<usize>) -> Vec<UnsignedField> {
    let last_signed = last_end
        .filter(|&end| end < pdf.len() && ends_at_revision(&pdf[..end]))
        .and_then(|end| Document::load_mem(&pdf[..end]).ok());
    let signed_over = |id: &ObjectId| match (last_end, &last_signed) {
        (Some(end), _) if end == pdf.len() => true,
        (_, Some(signed)) => signed.objects.get(id) == doc.objects.get(id),
        _ => false,
    };
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    let mut consider = |id: ObjectId, page: Option<usize>| {
        if !seen.insert(id) {
            return;
        }
        let Ok(widget) = doc.get_dictionary(id) else {
            return;
        };
        let field = if is_sig_field(widget) {
            Some(widget)
        } else {
            widget
                .get(b"Parent")
                .and_then(Object::as_reference)
                .and_then(|p| doc.get_dictionary(p))
                .ok()
                .filter(|p| is_sig_field(p))
        };
        let Some(field) = field else {
            return;
        };
        if field.has(b"V") || (field.has(b"Kids") && !widget.has(b"Rect")) {
            return;
        }
        found.push(UnsignedField {
            name: field
                .get(b"T")
                .and_then(Object::as_str)
                .ok()
                .map(decode_text_string),
            page,
            visible: widget.has(b"Rect") && shows_on_page(widget),
            signed_over: signed_over(&id),
        });
    };
    for (number, page_id) in doc.get_pages() {
        let annots = doc
            .get_dictionary(page_id)
            .and_then(|p| p.get(b"Annots"))
            .and_then(|a| match a {
                Object::Reference(id) => doc.get_object(*id).and_then(Object::as_array),
                other => other.as_array(),
            })
            .cloned()
            .unwrap_or_default();
        for annot in annots {
            if let Ok(id) = annot.as_reference() {
                consider(id, usize::try_from(number).ok());
            }
        }
    }
    let fields = doc
        .catalog()
        .and_then(|c| c.get(b"AcroForm"))
        .and_then(|f| match f {
            Object::Reference(id) => doc.get_dictionary(*id),
            other => other.as_dict(),
        })
        .and_then(|f| f.get(b"Fields"))
        .and_then(|a| match a {
            Object::Reference(id) => doc.get_object(*id).and_then(Object::as_array),
            other => other.as_array(),
        })
        .cloned()
        .unwrap_or_default();
    for field in fields {
        if let Ok(id) = field.as_reference() {
            consider(id, None);
        }
    }
    found
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn parses_pdf_dates() {
        let t = parse_pdf_date("D:20261123101500+01'00'").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-11-23T09:15:00+00:00");
        let z = parse_pdf_date("D:20261123101500Z").unwrap();
        assert_eq!(z.to_rfc3339(), "2026-11-23T10:15:00+00:00");
        assert!(parse_pdf_date("D:2026").is_none());
    }

    fn with_ranges(first: usize, second: usize, tail: usize, key: &str) -> Vec<u8> {
        format!("%PDF-1.7 /ByteRange [0 {first:010} {second:010} {tail:010}] {key} <0000>xx")
            .into_bytes()
    }

    #[test]
    fn byte_range_gap_must_be_the_contents_string() {
        let probe = with_ranges(0, 0, 0, "/Contents");
        let lt = probe.iter().position(|&b| b == b'<').unwrap();
        let good = with_ranges(lt, lt + 6, 2, "/Contents");
        let found = find_byte_ranges(&good);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].ranges, [0, lt, lt + 6, 2]);
        assert_eq!(found[0].contents.as_deref(), Some([0_u8, 0].as_slice()));

        let other_key = with_ranges(lt, lt + 6, 2, "/Contentz");
        assert!(find_byte_ranges(&other_key)[0].contents.is_none());
        let shifted = with_ranges(lt + 1, lt + 6, 2, "/Contents");
        assert!(find_byte_ranges(&shifted)[0].contents.is_none());
    }

    #[test]
    fn not_a_pdf_is_an_error() {
        assert!(matches!(
            verify_pdf(b"PK\x03\x04", &[]),
            Err(SignError::NotPdf)
        ));
    }

    #[test]
    fn unsigned_pdf_has_no_signatures() {
        let mut doc = Document::with_version("1.7");
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        let result = verify_pdf(&bytes, &[]).unwrap();
        assert!(result.signatures.is_empty());
        assert!(!result.all_valid());
    }
}
