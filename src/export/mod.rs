//! Export: turns a [`report::Document`](crate::report::Document) into PDF or DOCX bytes, signs
//! them, and packs a melding as a mail draft and package. Exporters are plain functions of the document plus
//! options; no clock, no disk: the caller (storage, CLI, app) writes files.
//!
//! The operations layer needs two calls: [`render`] for the bytes of a document, and
//! [`sign_export`] to sign them (PDF: an embedded signature on the document's last signature
//! block; DOCX: the bytes of the detached `.p7s`).

pub mod docx;
mod font;
pub mod layout;
pub mod mail;
pub mod package;
pub mod pdf;
pub mod sign;
mod wrap;

pub use docx::{DocxOptions, docx};
pub use pdf::{LayoutInfo, PdfOptions, pdf, pdf_with_layout};

use chrono::{DateTime, Utc};

use crate::report::Document;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A bundled font could not be read.
    #[error("font {0} could not be parsed")]
    Font(&'static str),
    /// The DOCX writer failed.
    #[error("DOCX could not be written: {0}")]
    Docx(String),
    /// Signing failed.
    #[error("cannot sign: {0}")]
    Sign(#[from] sign::SignError),
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// PDF with embedded, subset fonts.
    Pdf,
    /// Word document (Office Open XML).
    Docx,
}

impl Format {
    /// The format for an extension (`pdf`, `docx`).
    pub fn from_extension(ext: &str) -> Option<Self> {
        [Format::Pdf, Format::Docx]
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// File extension without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

/// Renders a document in a format, with the document's own author and creation moment
/// ([`Meta`](crate::report::Meta)) as metadata.
pub fn render(doc: &Document, format: Format) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Pdf => pdf(doc, &PdfOptions::new(doc.meta.created)),
        Format::Docx => docx(doc, &DocxOptions::new(doc.meta.created)),
    }
}

/// A signed export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// The document: the signed PDF, or the DOCX unchanged.
    pub document: Vec<u8>,
    /// For a DOCX, the detached CMS signature to save as `NAME.docx.p7s`.
    pub detached: Option<Vec<u8>>,
    /// Whether the signature carries an RFC 3161 timestamp.
    pub timestamp: Timestamped,
}

/// What became of the timestamp of a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timestamped {
    /// No timestamp service was set: none asked.
    NotAsked,
    /// The service's token is in the signature.
    Added,
    /// The service gave no usable timestamp (the reason); the document was signed without.
    Failed(String),
}

/// How an export is signed: by whom, when, why and where, and the date-time text shown in
/// the visible signature. The operations layer fills it in, once for every front end.
#[derive(Debug, Clone)]
pub struct Signing<'a> {
    /// The certificate and key.
    pub identity: &'a sign::SigningIdentity,
    /// The signing time written into the signature.
    pub at: DateTime<Utc>,
    /// The reason in the PDF signature dictionary.
    pub reason: String,
    /// The place, shown in the visible signature and written as the location.
    pub place: Option<String>,
    /// The date and time as shown in the visible signature.
    pub when: String,
    /// The RFC 3161 timestamp service (`http://…`) to ask, when the organisation set one.
    pub timestamp_service: Option<String>,
}

/// Signs through `sign`, with a timestamp from `transport` when given. When the service
/// gives none (unreachable, an error reply, a reply that does not check out), signs again
/// without: a signature without a timestamp is still a valid signature, and a melding must
/// not wait for a service (see docs/signing.md, "Timestamps").
fn with_timestamp(
    transport: Option<sign::tsa::Transport<'_>>,
    sign: impl Fn(Option<sign::tsa::Transport<'_>>) -> Result<Vec<u8>, sign::SignError>,
) -> Result<(Vec<u8>, Timestamped), sign::SignError> {
    let Some(transport) = transport else {
        return Ok((sign(None)?, Timestamped::NotAsked));
    };
    match sign(Some(transport)) {
        Ok(bytes) => Ok((bytes, Timestamped::Added)),
        Err(sign::SignError::Timestamp(reason)) => Ok((sign(None)?, Timestamped::Failed(reason))),
        Err(e) => Err(e),
    }
}

/// Renders `doc` and signs it. A PDF gets an embedded signature whose visible appearance
/// (name, function, organisation, date, place) fills the **last** signature block of the
/// document (the one that closes it: the eindverantwoordelijke's in the dossier, the
/// melder's in the meldformulier), or sits at the bottom of the last page when the document
/// has none; a DOCX gets a detached signature over its exact bytes. With a timestamp
/// service, the signature gets its token, or is made without when the service gives none
/// ([`Signed::timestamp`] tells which).
pub fn sign_export(
    doc: &Document,
    format: Format,
    signing: &Signing<'_>,
) -> Result<Signed, ExportError> {
    let place = signing.place.as_deref().filter(|p| !p.trim().is_empty());
    let http = signing
        .timestamp_service
        .as_deref()
        .map(sign::tsa_http::http_transport);
    let transport: Option<sign::tsa::Transport<'_>> = http.as_ref().map(|t| t as _);
    match format {
        Format::Pdf => {
            let (bytes, info) = pdf_with_layout(doc, &PdfOptions::new(doc.meta.created))?;
            let (page_index, rect_pt) = match info.signature_rects.last() {
                Some((page, [x, y, w, h])) => (*page, [*x, *y, x + w, y + h]),
                None => (info.pages.saturating_sub(1), pdf::FALLBACK_SIGNATURE),
            };
            let opts = sign::PdfSignOptions {
                signing_time: signing.at,
                reason: Some(signing.reason.clone()).filter(|r| !r.is_empty()),
                location: place.map(str::to_owned),
                visible: Some(sign::VisibleSignature {
                    page_index,
                    rect_pt,
                    lines: sign::visible_lines(signing.identity, &signing.when, place),
                }),
            };
            let (document, timestamp) = with_timestamp(transport, |t| match t {
                Some(t) => sign::sign_pdf_timestamped(&bytes, signing.identity, &opts, t),
                None => sign::sign_pdf(&bytes, signing.identity, &opts),
            })?;
            Ok(Signed {
                document,
                detached: None,
                timestamp,
            })
        }
        Format::Docx => {
            let bytes = docx(doc, &DocxOptions::new(doc.meta.created))?;
            let (p7s, timestamp) = with_timestamp(transport, |t| match t {
                Some(t) => sign::sign_detached_timestamped(&bytes, signing.identity, signing.at, t),
                None => sign::sign_detached(&bytes, signing.identity, signing.at),
            })?;
            Ok(Signed {
                document: bytes,
                detached: Some(p7s),
                timestamp,
            })
        }
    }
}
