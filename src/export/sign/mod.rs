//! Digital signatures for exported documents (issue 8).
//!
//! # What it does
//! - [`cert`]: a [`SigningIdentity`] (certificate, chain, private key) imported from PKCS#12,
//!   created as a personal self-signed certificate, or exported as PKCS#12 for backup.
//! - [`pdf`]: [`sign_pdf`] appends an incremental update with a signature field, an optional
//!   visible appearance and a detached CAdES signature in PAdES baseline B-B form
//!   (`ETSI.CAdES.detached`, signing-certificate-v2, no signing-time attribute: the time is
//!   the signature's `/M`), so earlier signatures stay valid.
//! - [`docx`]: [`sign_detached`] makes a detached CMS signature (`.p7s`) over any bytes.
//! - [`verify`]: [`verify_pdf`] and [`verify_detached`] check signatures, coverage, later
//!   changes (only further signatures may follow a signed revision) and trust (a checked
//!   certificate path), and report unsigned signature fields.
//!
//! Everything here is a pure function over bytes: no clock (the signing time is passed in),
//! no file system, no network (an RFC 3161 timestamp goes through a transport function the
//! caller passes in, see [`tsa`]; [`tsa_http`] is the opt-in HTTP one). Key material never leaves memory except as the password
//! protected PKCS#12 the caller asks for.

mod appearance;
pub mod cert;
mod cms;
mod diff;
pub mod docx;
mod path;
pub mod pdf;
mod pdf_write;
pub mod stored;
pub mod tsa;
pub mod tsa_http;
pub mod verify;

pub use cert::{KeyAlgorithm, NewCertificate, SigningIdentity};
pub use docx::{sign_detached, sign_detached_timestamped};
pub use pdf::{PdfSignOptions, VisibleSignature, sign_pdf, sign_pdf_timestamped};
pub use stored::VAULT_SECRET;
pub use verify::{
    Coverage, LaterChanges, PdfVerification, SignatureReport, TimestampReport, Trust, TrustProblem,
    UnsignedField, Verdict, verify_detached, verify_pdf,
};

/// The lines of a visible signature: "Digitaal ondertekend door NAME", the function and the
/// organisation from the certificate, then "WHEN, PLACE".
pub fn visible_lines(identity: &SigningIdentity, when: &str, place: Option<&str>) -> Vec<String> {
    let mut lines = vec![format!(
        "{} {}",
        crate::texts::documents::SIGNATURE_SIGNED_BY,
        identity.subject_common_name().unwrap_or_default()
    )];
    lines.extend(identity.subject_function());
    lines.extend(identity.subject_organisation());
    lines.push(match place {
        Some(place) if !place.trim().is_empty() => format!("{when}, {place}"),
        _ => when.to_owned(),
    });
    lines
}

/// Everything that can go wrong while creating, importing or using a certificate, or while
/// signing or verifying a document.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// The PKCS#12 password is wrong (the integrity check or the decryption failed).
    #[error("wrong password for the certificate file")]
    WrongPassword,
    /// The PKCS#12 data could not be read.
    #[error("the certificate file is not a readable PKCS#12 (.p12/.pfx) file: {0}")]
    Pkcs12(String),
    /// The PKCS#12 file holds no private key with its certificate.
    #[error("the certificate file holds no private key with a matching certificate")]
    NoPrivateKey,
    /// The private key does not belong to the certificate.
    #[error("the private key does not belong to the certificate")]
    KeyMismatch,
    /// The key type is not supported (only RSA and ECDSA P-256 are).
    #[error("unsupported key type: {0} (supported: RSA, ECDSA P-256)")]
    UnsupportedKey(String),
    /// A certificate could not be parsed or built.
    #[error("invalid certificate: {0}")]
    Certificate(String),
    /// A field for a new certificate is empty or invalid.
    #[error("invalid certificate field {field}: {reason}")]
    InvalidField {
        /// Which field (name, organisation, …).
        field: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Key generation or the signature operation failed.
    #[error("cryptographic operation failed: {0}")]
    Crypto(String),
    /// The input is not a PDF file.
    #[error("not a PDF file")]
    NotPdf,
    /// The PDF could not be parsed.
    #[error("cannot read the PDF structure: {0}")]
    MalformedPdf(String),
    /// The PDF is encrypted; signing encrypted PDFs is not supported.
    #[error("the PDF is encrypted; signing encrypted PDFs is not supported")]
    EncryptedPdf,
    /// The PDF is certified with "no changes allowed" (DocMDP P=1); a further signature
    /// would break that certification.
    #[error("the PDF is certified with \"no changes allowed\"; it cannot be signed again")]
    CertifiedNoChanges,
    /// The page for the visible signature does not exist.
    #[error("page {page_index} does not exist (the document has {page_count} pages)")]
    PageOutOfRange {
        /// Zero-based page index that was asked for.
        page_index: usize,
        /// Number of pages in the document.
        page_count: usize,
    },
    /// The rectangle of the visible signature is empty or not finite.
    #[error("the signature rectangle is empty or invalid")]
    InvalidRect,
    /// The font for the visible signature could not be used.
    #[error("cannot use the signature font: {0}")]
    Font(String),
    /// The CMS signature is larger than the space reserved for it.
    #[error("the signature does not fit in the reserved space ({needed} > {reserved} bytes)")]
    SignatureTooLarge {
        /// Bytes needed.
        needed: usize,
        /// Bytes reserved.
        reserved: usize,
    },
    /// The data holds no signature at all.
    #[error("the document holds no digital signature")]
    NoSignature,
    /// A signature could not be decoded.
    #[error("cannot decode the signature: {0}")]
    MalformedSignature(String),
    /// The timestamp service gave no usable timestamp (RFC 3161).
    #[error("no timestamp: {0}")]
    Timestamp(String),
}

/// Result type of this module.
pub type Result<T> = std::result::Result<T, SignError>;
