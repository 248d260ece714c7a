//! Signing a PDF by incremental update.
//!
//! The original bytes stay untouched; after them come: the signature dictionary
//! (`/Adobe.PPKLite`, `/ETSI.CAdES.detached`, PAdES baseline B-B), a signature field that is also its widget, the
//! widget's appearance, the AcroForm (`/SigFlags 3`), the page with the widget added to its
//! `/Annots`, the catalog when the form is new, and a cross-reference section in the same
//! form as the previous one (table or stream) that points back with `/Prev`. The CMS
//! signature covers every byte except the `/Contents` hex string. A later signature appends
//! another update, so earlier signatures keep covering exactly their own revision.

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object, ObjectId};
use sha2::{Digest as _, Sha256};

use super::appearance::{self, RawObject};
use super::cert::SigningIdentity;
use super::pdf_write::{hex_encode, last_startxref, pdf_date, text_string, write_object};
use super::{Result, SignError};

/// Width of the `/ByteRange` array as written; the placeholder and the final value are
/// padded to it.
const BYTE_RANGE_WIDTH: usize = 36;

/// How to sign a PDF.
#[derive(Debug, Clone)]
pub struct PdfSignOptions {
    /// The signing time written in the signature's `/M` (PAdES: the CMS carries no
    /// signing-time attribute). It is the time the signer's clock claims.
    pub signing_time: DateTime<Utc>,
    /// Why the document is signed, e.g. "Melding Veilig Thuis".
    pub reason: Option<String>,
    /// Where it is signed, e.g. "Utrecht".
    pub location: Option<String>,
    /// The visible signature block; `None` signs invisibly.
    pub visible: Option<VisibleSignature>,
}

/// Where and what the visible signature shows.
#[derive(Debug, Clone)]
pub struct VisibleSignature {
    /// Zero-based page index.
    pub page_index: usize,
    /// Rectangle `[x1, y1, x2, y2]` in PDF points from the page's lower left corner.
    pub rect_pt: [f32; 4],
    /// Lines to draw: name, function, organisation, date, place.
    pub lines: Vec<String>,
}

/// Signs `pdf` with `identity` and returns the signed PDF (the input plus one incremental
/// update). Earlier signatures stay valid.
pub fn sign_pdf(pdf: &[u8], identity: &SigningIdentity, opts: &PdfSignOptions) -> Result<Vec<u8>> {
    sign_pdf_inner(pdf, identity, opts, None)
}

/// Like [`sign_pdf`], with an RFC 3161 timestamp over the signature requested through
/// `transport` (PAdES baseline B-T). Only for an organisation that configured a timestamp
/// service: it is the one network call the program may make.
pub fn sign_pdf_timestamped(
    pdf: &[u8],
    identity: &SigningIdentity,
    opts: &PdfSignOptions,
    transport: super::tsa::Transport<'_>,
) -> Result<Vec<u8>> {
    sign_pdf_inner(pdf, identity, opts, Some(transport))
}

/// Room for a timestamp token (the service's signature and certificates).
const TIMESTAMP_RESERVE: usize = 16 * 1024;

fn sign_pdf_inner(
    pdf: &[u8],
    identity: &SigningIdentity,
    opts: &PdfSignOptions,
    timestamper: Option<super::tsa::Transport<'_>>,
) -> Result<Vec<u8>> {
    if !pdf.starts_with(b"%PDF-") {
        return Err(SignError::NotPdf);
    }
    let doc = Document::load_mem(pdf).map_err(|e| SignError::MalformedPdf(e.to_string()))?;
    if doc.trailer.has(b"Encrypt") {
        return Err(SignError::EncryptedPdf);
    }
    let prev_xref = last_startxref(pdf)
        .filter(|&p| p < pdf.len())
        .ok_or_else(|| SignError::MalformedPdf("no startxref".to_owned()))?;
    let prev_is_table = pdf[prev_xref..].trim_ascii_start().starts_with(b"xref");
    let root_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|_| SignError::MalformedPdf("trailer without /Root".to_owned()))?;
    let catalog = doc
        .get_dictionary(root_id)
        .map_err(|e| SignError::MalformedPdf(format!("catalog: {e}")))?
        .clone();

    if docmdp_permission(&doc, &catalog) == Some(1) {
        return Err(SignError::CertifiedNoChanges);
    }

    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let page_index = opts.visible.as_ref().map_or(0, |v| v.page_index);
    let Some(&page_id) = pages.get(page_index) else {
        return Err(SignError::PageOutOfRange {
            page_index,
            page_count: pages.len(),
        });
    };
    let rect = match &opts.visible {
        Some(v) => normalized_rect(v.rect_pt)?,
        None => [0.0; 4],
    };

    let trailer_size = doc
        .trailer
        .get(b"Size")
        .and_then(Object::as_i64)
        .ok()
        .and_then(|s| u32::try_from(s).ok())
        .unwrap_or(0);
    let mut next_id = trailer_size.max(doc.max_id + 1);
    let mut alloc = move || {
        let id = next_id;
        next_id += 1;
        id
    };

    let mut update = Update::default();

    // The form: reuse an indirect AcroForm (the catalog then stays as it is).
    let (acroform_id, mut acroform, catalog_needs_update) = match catalog.get(b"AcroForm") {
        Ok(Object::Reference(id)) => (
            *id,
            doc.get_dictionary(*id)
                .map_err(|e| SignError::MalformedPdf(format!("AcroForm: {e}")))?
                .clone(),
            false,
        ),
        Ok(Object::Dictionary(d)) => ((alloc(), 0), d.clone(), true),
        _ => ((alloc(), 0), Dictionary::new(), true),
    };
    let (fields_array_id, mut fields) = match acroform.get(b"Fields") {
        Ok(Object::Reference(id)) => (
            Some(*id),
            doc.get_object(*id)
                .and_then(Object::as_array)
                .map_err(|e| SignError::MalformedPdf(format!("AcroForm fields: {e}")))?
                .clone(),
        ),
        Ok(Object::Array(items)) => (None, items.clone()),
        _ => (None, Vec::new()),
    };
    // A visible signature fills the document's own empty field on that spot when there is
    // one (its name, tooltip and structure element stay); otherwise a new field is added.
    let prepared = opts
        .visible
        .as_ref()
        .and_then(|_| unsigned_field_at(&doc, page_id, rect));

    let sig_id = alloc();
    let ap_id = alloc();
    let (widget_id, mut widget) = if let Some((id, dict)) = &prepared {
        (id.0, dict.clone())
    } else {
        let mut widget = Dictionary::new();
        widget.set("Type", Object::Name(b"Annot".to_vec()));
        widget.set("Subtype", Object::Name(b"Widget".to_vec()));
        widget.set("FT", Object::Name(b"Sig".to_vec()));
        widget.set("T", text_string(&unused_field_name(&doc, &fields)));
        widget.set(
            "Rect",
            Object::Array(rect.iter().map(|&v| Object::Real(v)).collect()),
        );
        widget.set("P", Object::Reference(page_id));
        (alloc(), widget)
    };
    widget.set("V", Object::Reference((sig_id, 0)));
    // Print (4) + Locked (128).
    widget.set("F", Object::Integer(132));
    let mut ap = Dictionary::new();
    ap.set("N", Object::Reference((ap_id, 0)));
    widget.set("AP", Object::Dictionary(ap));
    update.push_object((widget_id, 0), &Object::Dictionary(widget));

    match &opts.visible {
        Some(v) => {
            let objects = appearance::visible(
                ap_id,
                rect[2] - rect[0],
                rect[3] - rect[1],
                &v.lines,
                &mut alloc,
            )?;
            for obj in objects {
                update.push_raw(obj);
            }
        }
        None => update.push_raw(appearance::invisible(ap_id)),
    }

    if prepared.is_none() {
        fields.push(Object::Reference((widget_id, 0)));
    }
    match fields_array_id {
        Some(id) if prepared.is_none() => update.push_object(id, &Object::Array(fields)),
        Some(_) => {}
        None => acroform.set("Fields", Object::Array(fields)),
    }
    acroform.set("SigFlags", Object::Integer(3));
    update.push_object(acroform_id, &Object::Dictionary(acroform));
    if catalog_needs_update {
        let mut catalog = catalog;
        catalog.set("AcroForm", Object::Reference(acroform_id));
        update.push_object(root_id, &Object::Dictionary(catalog));
    }
    if prepared.is_none() {
        add_annotation(&doc, page_id, (widget_id, 0), &mut update)?;
    }

    // The signature dictionary, with placeholders for /ByteRange and /Contents.
    let reserved = contents_capacity(identity)
        + if timestamper.is_some() {
            TIMESTAMP_RESERVE
        } else {
            0
        };
    let mut sig = Vec::new();
    sig.extend_from_slice(b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached");
    sig.extend_from_slice(b"/ByteRange");
    let byte_range_at = sig.len();
    sig.extend_from_slice(format!("{:<BYTE_RANGE_WIDTH$}", "[0 0 0 0]").as_bytes());
    sig.extend_from_slice(b"/Contents");
    let contents_at = sig.len();
    sig.push(b'<');
    sig.resize(sig.len() + 2 * reserved, b'0');
    sig.push(b'>');
    sig.extend_from_slice(b"/M");
    write_object(&mut sig, &text_string(&pdf_date(opts.signing_time)));
    if let Some(name) = identity.subject_common_name() {
        sig.extend_from_slice(b"/Name");
        write_object(&mut sig, &text_string(&name));
    }
    if let Some(reason) = &opts.reason {
        sig.extend_from_slice(b"/Reason");
        write_object(&mut sig, &text_string(reason));
    }
    if let Some(location) = &opts.location {
        sig.extend_from_slice(b"/Location");
        write_object(&mut sig, &text_string(location));
    }
    sig.extend_from_slice(b"/Prop_Build<</App<</Name/Meldcode#20Dossier>>>>>>");
    let sig_index = update.objects.len();
    update.push_raw(RawObject {
        id: sig_id,
        body: sig,
    });

    // Serialize the update after the original bytes.
    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") && !out.ends_with(b"\r") {
        out.push(b'\n');
    }
    let mut offsets = Vec::with_capacity(update.objects.len());
    let mut sig_body_at = 0;
    for (i, (id, body)) in update.objects.iter().enumerate() {
        offsets.push((*id, out.len()));
        out.extend_from_slice(format!("{} {} obj\n", id.0, id.1).as_bytes());
        if i == sig_index {
            sig_body_at = out.len();
        }
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let trailer = TrailerInfo::new(&doc, pdf, prev_xref);
    if prev_is_table {
        write_xref_table(&mut out, &offsets, &trailer, alloc());
    } else {
        let xref_id = alloc();
        write_xref_stream(&mut out, &mut offsets, &trailer, xref_id)?;
    }

    // Fill in /ByteRange, then sign everything but the /Contents hex string.
    let contents_start = sig_body_at + contents_at;
    let contents_end = contents_start + 2 * reserved + 2;
    let tail_len = out.len() - contents_end;
    let range = format!("[0 {contents_start} {contents_end} {tail_len}]");
    if range.len() > BYTE_RANGE_WIDTH {
        return Err(SignError::MalformedPdf("file too large to sign".to_owned()));
    }
    let range_at = sig_body_at + byte_range_at;
    out[range_at..range_at + BYTE_RANGE_WIDTH]
        .copy_from_slice(format!("{range:<BYTE_RANGE_WIDTH$}").as_bytes());

    let mut hasher = Sha256::new();
    hasher.update(&out[..contents_start]);
    hasher.update(&out[contents_end..]);
    let cms = super::cms::sign_digest(&hasher.finalize(), identity, None, timestamper)?;
    if cms.len() > reserved {
        return Err(SignError::SignatureTooLarge {
            needed: cms.len(),
            reserved,
        });
    }
    let hex = hex_encode(&cms);
    out[contents_start + 1..contents_start + 1 + hex.len()].copy_from_slice(hex.as_bytes());
    Ok(out)
}

/// The empty signature field (`/FT /Sig`, no `/V`) whose widget sits on `page_id` at
/// `rect` (within a point), as the document prepared it for this signature.
fn unsigned_field_at(
    doc: &Document,
    page_id: ObjectId,
    rect: [f32; 4],
) -> Option<(ObjectId, Dictionary)> {
    let page = doc.get_dictionary(page_id).ok()?;
    let annots = match page.get(b"Annots").ok()? {
        Object::Reference(id) => doc.get_object(*id).ok()?.as_array().ok()?.clone(),
        other => other.as_array().ok()?.clone(),
    };
    annots.iter().find_map(|a| {
        let id = a.as_reference().ok()?;
        let d = doc.get_dictionary(id).ok()?;
        let is_sig = d.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig".as_slice());
        if !is_sig || d.has(b"V") {
            return None;
        }
        let r = d.get(b"Rect").and_then(Object::as_array).ok()?;
        let same = r.len() == 4
            && r.iter().zip(rect).all(|(v, want)| {
                v.as_float()
                    .ok()
                    .or_else(|| v.as_i64().ok().map(|i| i as f32))
                    .is_some_and(|v| (v - want).abs() <= 1.0)
            });
        same.then(|| (id, d.clone()))
    })
}

/// The `/P` of a certification signature (`/Perms /DocMDP`), when there is one.
fn docmdp_permission(doc: &Document, catalog: &Dictionary) -> Option<i64> {
    let resolve = |obj: &Object| -> Option<Object> {
        match obj {
            Object::Reference(id) => doc.get_object(*id).ok().cloned(),
            other => Some(other.clone()),
        }
    };
    let perms = resolve(catalog.get(b"Perms").ok()?)?;
    let sig = resolve(perms.as_dict().ok()?.get(b"DocMDP").ok()?)?;
    let references = resolve(sig.as_dict().ok()?.get(b"Reference").ok()?)?;
    references.as_array().ok()?.iter().find_map(|r| {
        let r = resolve(r)?;
        let r = r.as_dict().ok()?;
        if r.get(b"TransformMethod").and_then(Object::as_name).ok()? != b"DocMDP" {
            return None;
        }
        let params = resolve(r.get(b"TransformParams").ok()?)?;
        // The default permission is 2 (form filling and signing allowed).
        Some(
            params
                .as_dict()
                .ok()?
                .get(b"P")
                .and_then(Object::as_i64)
                .unwrap_or(2),
        )
    })
}

/// Bytes reserved for the DER CMS signature: the certificates plus room for signature,
/// attributes and structure (RSA up to 4096 bits).
fn contents_capacity(identity: &SigningIdentity) -> usize {
    let certs: usize =
        identity.certificate_der().len() + identity.chain_der().iter().map(Vec::len).sum::<usize>();
    certs + 4096
}

/// `[x1 y1 x2 y2]` ordered so that x1 < x2 and y1 < y2; rejects empty or non-finite ones.
fn normalized_rect(r: [f32; 4]) -> Result<[f32; 4]> {
    if r.iter().any(|v| !v.is_finite()) {
        return Err(SignError::InvalidRect);
    }
    let out = [
        r[0].min(r[2]),
        r[1].min(r[3]),
        r[0].max(r[2]),
        r[1].max(r[3]),
    ];
    if out[2] - out[0] < 1.0 || out[3] - out[1] < 1.0 {
        return Err(SignError::InvalidRect);
    }
    Ok(out)
}

/// "Handtekening N" with the first N not taken by an existing field.
fn unused_field_name(doc: &Document, fields: &[Object]) -> String {
    let taken: Vec<String> = fields
        .iter()
        .filter_map(|f| match f {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        })
        .filter_map(|d| d.get(b"T").and_then(Object::as_str).ok())
        .map(super::pdf_write::decode_text_string)
        .collect();
    (1..=taken.len() + 1)
        .map(|n| format!("Handtekening {n}"))
        .find(|name| !taken.contains(name))
        .unwrap_or_else(|| "Handtekening".to_owned())
}

/// Adds `widget` to the page's `/Annots` (rewriting the page, or the annotation array when
/// it is an indirect object).
fn add_annotation(
    doc: &Document,
    page_id: ObjectId,
    widget: ObjectId,
    update: &mut Update,
) -> Result<()> {
    let mut page = doc
        .get_dictionary(page_id)
        .map_err(|e| SignError::MalformedPdf(format!("page: {e}")))?
        .clone();
    match page.get(b"Annots") {
        Ok(Object::Reference(id)) => {
            let mut annots = doc
                .get_object(*id)
                .and_then(Object::as_array)
                .map_err(|e| SignError::MalformedPdf(format!("page annotations: {e}")))?
                .clone();
            annots.push(Object::Reference(widget));
            update.push_object(*id, &Object::Array(annots));
        }
        Ok(Object::Array(items)) => {
            let mut annots = items.clone();
            annots.push(Object::Reference(widget));
            page.set("Annots", Object::Array(annots));
            update.push_object(page_id, &Object::Dictionary(page));
        }
        _ => {
            page.set("Annots", Object::Array(vec![Object::Reference(widget)]));
            update.push_object(page_id, &Object::Dictionary(page));
        }
    }
    Ok(())
}

/// The objects of one incremental update, serialized, in writing order.
#[derive(Default)]
struct Update {
    objects: Vec<(ObjectId, Vec<u8>)>,
}

impl Update {
    fn push_object(&mut self, id: ObjectId, obj: &Object) {
        let mut body = Vec::new();
        write_object(&mut body, obj);
        self.objects.push((id, body));
    }

    fn push_raw(&mut self, obj: RawObject) {
        self.objects.push(((obj.id, 0), obj.body));
    }
}

/// The trailer entries an update carries over.
struct TrailerInfo {
    root: Object,
    info: Option<Object>,
    id: Object,
    prev: usize,
}

impl TrailerInfo {
    fn new(doc: &Document, pdf: &[u8], prev: usize) -> Self {
        let id = doc.trailer.get(b"ID").ok().cloned().unwrap_or_else(|| {
            let digest = Sha256::digest(pdf);
            let part = Object::String(digest[..16].to_vec(), lopdf::StringFormat::Hexadecimal);
            Object::Array(vec![part.clone(), part])
        });
        Self {
            root: doc
                .trailer
                .get(b"Root")
                .ok()
                .cloned()
                .unwrap_or(Object::Null),
            info: doc.trailer.get(b"Info").ok().cloned(),
            id,
            prev,
        }
    }

    fn entries(&self, size: u32) -> Dictionary {
        let mut dict = Dictionary::new();
        dict.set("Size", Object::Integer(i64::from(size)));
        dict.set("Root", self.root.clone());
        if let Some(info) = &self.info {
            dict.set("Info", info.clone());
        }
        dict.set("ID", self.id.clone());
        dict.set("Prev", Object::Integer(int(self.prev)));
        dict
    }
}

/// A byte count or offset as a PDF integer.
fn int(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Groups sorted object numbers into `(first, count)` subsections.
fn subsections(ids: &[u32]) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for &id in ids {
        match out.last_mut() {
            Some((first, count)) if *first + *count == id => *count += 1,
            _ => out.push((id, 1)),
        }
    }
    out
}

fn write_xref_table(
    out: &mut Vec<u8>,
    offsets: &[(ObjectId, usize)],
    trailer: &TrailerInfo,
    size: u32,
) {
    let mut sorted = offsets.to_vec();
    sorted.sort_unstable();
    let xref_at = out.len();
    out.extend_from_slice(b"xref\n");
    let ids: Vec<u32> = sorted.iter().map(|((id, _), _)| *id).collect();
    let mut entries = sorted.iter();
    for (first, count) in subsections(&ids) {
        out.extend_from_slice(format!("{first} {count}\n").as_bytes());
        for ((_, generation), offset) in entries.by_ref().take(count as usize) {
            out.extend_from_slice(format!("{offset:010} {generation:05} n\r\n").as_bytes());
        }
    }
    out.extend_from_slice(b"trailer\n");
    write_object(out, &Object::Dictionary(trailer.entries(size)));
    out.extend_from_slice(format!("\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
}

fn write_xref_stream(
    out: &mut Vec<u8>,
    offsets: &mut Vec<(ObjectId, usize)>,
    trailer: &TrailerInfo,
    xref_id: u32,
) -> Result<()> {
    let xref_at = out.len();
    offsets.push(((xref_id, 0), xref_at));
    offsets.sort_unstable();
    let ids: Vec<u32> = offsets.iter().map(|((id, _), _)| *id).collect();
    let mut data = Vec::with_capacity(offsets.len() * 7);
    for ((_, generation), offset) in offsets.iter() {
        let offset = u32::try_from(*offset)
            .map_err(|_| SignError::MalformedPdf("file too large to sign".to_owned()))?;
        data.push(1);
        data.extend_from_slice(&offset.to_be_bytes());
        data.extend_from_slice(&generation.to_be_bytes());
    }
    let mut dict = trailer.entries(xref_id + 1);
    dict.set("Type", Object::Name(b"XRef".to_vec()));
    dict.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    let index = subsections(&ids)
        .into_iter()
        .flat_map(|(first, count)| [i64::from(first), i64::from(count)])
        .map(Object::Integer)
        .collect();
    dict.set("Index", Object::Array(index));
    dict.set("Length", Object::Integer(int(data.len())));
    out.extend_from_slice(format!("{xref_id} 0 obj\n").as_bytes());
    write_object(out, &Object::Dictionary(dict));
    out.extend_from_slice(b"\nstream\n");
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    out.extend_from_slice(format!("startxref\n{xref_at}\n%%EOF\n").as_bytes());
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn subsections_group_consecutive_ids() {
        assert_eq!(
            subsections(&[1, 2, 3, 7, 9, 10]),
            vec![(1, 3), (7, 1), (9, 2)]
        );
        assert!(subsections(&[]).is_empty());
    }

    #[test]
    fn rect_is_normalized_and_checked() {
        let rect = normalized_rect([200.0, 100.0, 50.0, 40.0]).unwrap();
        assert_eq!(rect.map(|v| v.to_string()), ["50", "40", "200", "100"]);
        assert!(normalized_rect([0.0, 0.0, 0.0, 10.0]).is_err());
        assert!(normalized_rect([0.0, 0.0, f32::NAN, 10.0]).is_err());
    }

    #[test]
    fn reads_docmdp_permission() {
        let mut doc = Document::with_version("1.7");
        let mut params = Dictionary::new();
        params.set("P", Object::Integer(1));
        let mut reference = Dictionary::new();
        reference.set("TransformMethod", Object::Name(b"DocMDP".to_vec()));
        reference.set("TransformParams", Object::Dictionary(params));
        let mut sig = Dictionary::new();
        sig.set(
            "Reference",
            Object::Array(vec![Object::Dictionary(reference)]),
        );
        let sig_id = doc.add_object(Object::Dictionary(sig));
        let mut perms = Dictionary::new();
        perms.set("DocMDP", Object::Reference(sig_id));
        let mut catalog = Dictionary::new();
        assert_eq!(docmdp_permission(&doc, &catalog), None);
        catalog.set("Perms", Object::Dictionary(perms));
        assert_eq!(docmdp_permission(&doc, &catalog), Some(1));
    }

    #[test]
    fn rejects_non_pdf() {
        let id = SigningIdentity::create_self_signed(&crate::export::sign::NewCertificate {
            name: "A".into(),
            function: "B".into(),
            organisation: "C".into(),
            email: "a@example.org".into(),
            algorithm: crate::export::sign::KeyAlgorithm::EcdsaP256,
            not_before: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            valid_days: 30,
        })
        .unwrap();
        let opts = PdfSignOptions {
            signing_time: DateTime::from_timestamp(1_790_000_100, 0).unwrap(),
            reason: None,
            location: None,
            visible: None,
        };
        assert!(matches!(
            sign_pdf(b"PK\x03\x04 not a pdf", &id, &opts),
            Err(SignError::NotPdf)
        ));
    }
}
