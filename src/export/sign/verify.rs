//! Checking signatures: every signature of a PDF, or a detached `.p7s` over a DOCX.
//!
//! Pure functions over bytes. For each signature: who signed (CN, O), when, whether the
//! signed byte ranges cover the file up to that revision, whether the digest and the RSA or
//! ECDSA signature check out, whether the document changed afterwards (further signatures
//! are fine), and whether the certificate is trusted.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, Utc};
use der::Decode as _;
use lopdf::{Dictionary, Document, Object};
use x509_cert::Certificate;

use super::cert::{OID_CN, OID_EMAIL, OID_O, name_attribute};
use super::cms::{CmsCheck, check_detached, issued_by};
use super::pdf_write::{decode_text_string, hex_decode};
use super::{Result, SignError};

/// Whether the signer's certificate is one the user trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// The certificate, or a certificate that issued it, is in the trusted list ("vertrouwd").
    Trusted,
    /// The certificate is self-signed (e.g. a personal certificate made in the app) and not
    /// in the trusted list.
    SelfSigned,
    /// Issued by someone not in the trusted list, or the certificate is missing.
    Untrusted,
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
}

impl SignatureReport {
    /// The signed bytes are unchanged: digest and signature check out over a complete
    /// revision.
    pub fn is_intact(&self) -> bool {
        self.digest_matches && self.signature_valid && self.coverage != Coverage::Partial
    }

    /// Intact, and nothing but further signatures was added afterwards.
    pub fn is_valid(&self) -> bool {
        self.is_intact() && self.later_changes != LaterChanges::Other
    }
}

/// The result of checking all signatures of a PDF.
#[derive(Debug, Clone)]
pub struct PdfVerification {
    /// One report per signature, in file order (first signature first).
    pub signatures: Vec<SignatureReport>,
}

impl PdfVerification {
    /// At least one signature, and every signature is valid.
    pub fn all_valid(&self) -> bool {
        !self.signatures.is_empty() && self.signatures.iter().all(SignatureReport::is_valid)
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
    for range in find_byte_ranges(pdf) {
        signatures.push(check_pdf_signature(pdf, &range, full.as_ref(), trusted));
    }
    Ok(PdfVerification { signatures })
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

fn report_from(
    check: &CmsCheck,
    trusted: &[Vec<u8>],
    coverage: Coverage,
    later_changes: LaterChanges,
) -> SignatureReport {
    let subject = check.signer.as_ref().map(|c| &c.tbs_certificate.subject);
    SignatureReport {
        field_name: None,
        signer_name: subject.and_then(|s| name_attribute(s, OID_CN)),
        signer_organisation: subject.and_then(|s| name_attribute(s, OID_O)),
        signer_email: subject.and_then(|s| name_attribute(s, OID_EMAIL)),
        signing_time: check.signing_time,
        reason: None,
        location: None,
        digest_matches: check.digest_matches,
        signature_valid: check.signature_valid,
        coverage,
        later_changes,
        trust: trust_of(check, trusted),
    }
}

/// Trusted when the signer or any certificate on its issuer path (through the embedded
/// certificates) is, or is issued by, a trusted certificate.
fn trust_of(check: &CmsCheck, trusted: &[Vec<u8>]) -> Trust {
    let Some(signer) = &check.signer else {
        return Trust::Untrusted;
    };
    let anchors: Vec<Certificate> = trusted
        .iter()
        .filter_map(|der_bytes| Certificate::from_der(der_bytes).ok())
        .collect();
    let mut current = signer.clone();
    for _ in 0..8 {
        if anchors
            .iter()
            .any(|anchor| *anchor == current || issued_by(&current, anchor))
        {
            return Trust::Trusted;
        }
        let next = check
            .certificates
            .iter()
            .find(|c| **c != current && issued_by(&current, c))
            .cloned();
        match next {
            Some(issuer) => current = issuer,
            None => break,
        }
    }
    if signer.tbs_certificate.issuer == signer.tbs_certificate.subject && issued_by(signer, signer)
    {
        Trust::SelfSigned
    } else {
        Trust::Untrusted
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
    let mut report = match &check {
        Some(check) => report_from(check, trusted, coverage, later_changes),
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
        },
    };
    if let Some(doc) = full {
        add_dictionary_details(doc, &range.ranges, &mut report);
    }
    report
}

/// Whether `bytes` ends with `%%EOF` (and an optional end-of-line).
fn ends_at_revision(bytes: &[u8]) -> bool {
    let trimmed = bytes.trim_ascii_end();
    trimmed.ends_with(b"%%EOF") && bytes.len() - trimmed.len() <= 2
}

/// Reads `/Reason`, `/Location`, `/M` and the field name of the signature dictionary whose
/// `/ByteRange` is `ranges`.
fn add_dictionary_details(doc: &Document, ranges: &[usize; 4], report: &mut SignatureReport) {
    let wanted: Vec<i64> = ranges
        .iter()
        .filter_map(|&r| i64::try_from(r).ok())
        .collect();
    let Some((sig_id, sig)) = doc.objects.iter().find_map(|(id, obj)| {
        let dict = obj.as_dict().ok()?;
        let found: Vec<i64> = dict
            .get(b"ByteRange")
            .and_then(Object::as_array)
            .ok()?
            .iter()
            .filter_map(|o| o.as_i64().ok())
            .collect();
        (found == wanted).then_some((*id, dict))
    }) else {
        return;
    };
    let text = |key: &[u8]| {
        sig.get(key)
            .and_then(Object::as_str)
            .ok()
            .map(decode_text_string)
    };
    report.reason = text(b"Reason");
    report.location = text(b"Location");
    if report.signing_time.is_none() {
        report.signing_time = text(b"M").as_deref().and_then(parse_pdf_date);
    }
    report.field_name = doc.objects.values().find_map(|obj| {
        let dict = obj.as_dict().ok()?;
        (dict.get(b"V").and_then(Object::as_reference).ok()? == sig_id)
            .then(|| dict.get(b"T").and_then(Object::as_str).ok())
            .flatten()
            .map(decode_text_string)
    });
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

/// Compares the revision that ends at `signed_len` with the whole file: only added
/// signature fields (and the form, pages' annotation lists and catalog entries that hold
/// them) may differ.
fn later_changes(pdf: &[u8], signed_len: usize, full: Option<&Document>) -> LaterChanges {
    let Some(full) = full else {
        return LaterChanges::Other;
    };
    let Ok(signed) = Document::load_mem(&pdf[..signed_len]) else {
        return LaterChanges::Other;
    };
    for (id, new) in &full.objects {
        let Some(old) = signed.objects.get(id) else {
            continue;
        };
        if old == new || is_xref_stream(new) {
            continue;
        }
        if !allowed_change(full, old, new) {
            return LaterChanges::Other;
        }
    }
    LaterChanges::OnlySignatures
}

fn is_xref_stream(obj: &Object) -> bool {
    obj.as_stream()
        .ok()
        .and_then(|s| s.dict.get(b"Type").ok())
        .and_then(|t| t.as_name().ok())
        == Some(b"XRef".as_slice())
}

/// An object may change after signing when it is the catalog (only `/AcroForm`), the form
/// (fields, flags, resources), a page (only `/Annots`), or an annotation or field array,
/// and everything it gains is a signature field.
fn allowed_change(doc: &Document, old: &Object, new: &Object) -> bool {
    match (old, new) {
        (Object::Array(old), Object::Array(new)) => only_added_signature_fields(doc, old, new),
        (Object::Dictionary(old), Object::Dictionary(new)) => {
            let changeable: &[&[u8]] = match new.get(b"Type").and_then(Object::as_name) {
                Ok(b"Catalog") => &[b"AcroForm"],
                Ok(b"Page") => &[b"Annots"],
                _ if new.has(b"Fields") || old.has(b"Fields") => {
                    &[b"Fields", b"SigFlags", b"DR", b"DA"]
                }
                _ => return false,
            };
            same_except(old, new, changeable) && lists_only_grow(doc, old, new)
        }
        _ => false,
    }
}

fn same_except(old: &Dictionary, new: &Dictionary, changeable: &[&[u8]]) -> bool {
    let keys: BTreeSet<&[u8]> = old
        .iter()
        .chain(new.iter())
        .map(|(k, _)| k.as_slice())
        .collect();
    keys.into_iter()
        .filter(|k| !changeable.contains(k))
        .all(|k| old.get(k).ok() == new.get(k).ok())
}

/// `/Annots` and `/Fields` arrays (inline or indirect) keep their entries and gain only
/// signature fields.
fn lists_only_grow(doc: &Document, old: &Dictionary, new: &Dictionary) -> bool {
    for key in [b"Annots".as_slice(), b"Fields".as_slice()] {
        let resolve = |dict: &Dictionary| -> Option<Vec<Object>> {
            match dict.get(key).ok()? {
                Object::Array(items) => Some(items.clone()),
                Object::Reference(id) => doc.get_object(*id).ok()?.as_array().ok().cloned(),
                _ => None,
            }
        };
        let old_items = resolve(old).unwrap_or_default();
        let new_items = resolve(new).unwrap_or_default();
        if old.get(key).ok() != new.get(key).ok()
            && !only_added_signature_fields(doc, &old_items, &new_items)
        {
            return false;
        }
    }
    true
}

fn only_added_signature_fields(doc: &Document, old: &[Object], new: &[Object]) -> bool {
    old.iter().all(|o| new.contains(o))
        && new
            .iter()
            .filter(|n| !old.contains(n))
            .all(|n| is_signature_field(doc, n))
}

fn is_signature_field(doc: &Document, obj: &Object) -> bool {
    let dict = match obj {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    };
    dict.and_then(|d| d.get(b"FT").ok())
        .and_then(|ft| ft.as_name().ok())
        == Some(b"Sig".as_slice())
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
