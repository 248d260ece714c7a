//! Detached signatures for DOCX (or any other file): a DER CMS `SignedData` over the exact
//! bytes, to be written as `NAME.docx.p7s` beside the document by the caller.
//!
//! Check one with
//! `openssl cms -verify -binary -inform DER -content X.docx -in X.docx.p7s -noverify`.

use chrono::{DateTime, Utc};
use sha2::{Digest as _, Sha256};

use super::Result;
use super::cert::SigningIdentity;

/// Signs `content` (the exact DOCX bytes) and returns the detached CMS signature (DER, the
/// contents of the `.p7s` file). Unlike a PDF signature it keeps the signing-time attribute:
/// a `.p7s` has no other place for the time, and `openssl cms -verify` accepts it.
pub fn sign_detached(
    content: &[u8],
    identity: &SigningIdentity,
    signing_time: DateTime<Utc>,
) -> Result<Vec<u8>> {
    super::cms::sign_digest(&Sha256::digest(content), identity, Some(signing_time), None)
}

/// Like [`sign_detached`], with an RFC 3161 timestamp over the signature requested through
/// `transport` (only when the organisation configured a timestamp service).
pub fn sign_detached_timestamped(
    content: &[u8],
    identity: &SigningIdentity,
    signing_time: DateTime<Utc>,
    transport: super::tsa::Transport<'_>,
) -> Result<Vec<u8>> {
    super::cms::sign_digest(
        &Sha256::digest(content),
        identity,
        Some(signing_time),
        Some(transport),
    )
}

/// The conventional name of the signature file for `document_file_name`
/// (`melding.docx` → `melding.docx.p7s`).
pub fn signature_file_name(document_file_name: &str) -> String {
    format!("{document_file_name}.p7s")
}
