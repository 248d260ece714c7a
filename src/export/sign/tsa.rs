//! RFC 3161 timestamps (opt-in; DECISIONS.md "Timestamps").
//!
//! A timestamp proves that a signature existed at a time vouched for by a timestamp service
//! (TSA), not just claimed by the signer's clock. It is requested only when the organisation
//! has configured a service: the caller passes a [`Transport`] that sends the DER
//! `TimeStampReq` and returns the DER `TimeStampResp` (over HTTP: a POST with content type
//! `application/timestamp-query`). This module itself makes no network call.
//!
//! - [`timestamp`] builds the request over SHA-256 of a CMS signature value (with a random
//!   nonce and `certReq`), sends it, and returns the token after checking status, imprint,
//!   nonce and the token's own signature. The token goes into the signer's unsigned
//!   attribute id-aa-timeStampToken (PAdES baseline B-T).
//! - [`check_token`] reads a token back: its time (`genTime`) and whether it is intact and
//!   belongs to the signature.

use chrono::{DateTime, Utc};
use cms::content_info::ContentInfo;
use cms::signed_data::SignedData;
use der::asn1::{Any, GeneralizedTime, ObjectIdentifier, OctetString};
use der::{Decode as _, Encode as _, Reader as _, SliceReader, Tag, Tagged as _};
use sha2::{Digest as _, Sha256};
use x509_cert::Certificate;

use super::cms::{OID_SHA256, OID_SIGNED_DATA, check_signed_data};
use super::{Result, SignError};

/// id-aa-timeStampToken: the unsigned attribute that carries the token.
pub(crate) const OID_TIMESTAMP_TOKEN: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.14");
/// id-ct-TSTInfo: the content type of a token's signed content.
const OID_TST_INFO: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.1.4");

/// Sends a DER `TimeStampReq` and returns the DER `TimeStampResp`, or a reason why not.
pub type Transport<'a> = &'a dyn Fn(&[u8]) -> std::result::Result<Vec<u8>, String>;

/// What a timestamp token says and whether it holds.
#[derive(Debug, Clone)]
pub struct TokenCheck {
    /// The time the service vouches for.
    pub time: Option<DateTime<Utc>>,
    /// The token's signature checks out and its imprint is the SHA-256 of the signature
    /// value it is attached to.
    pub intact: bool,
    /// The service's certificate, when included.
    pub signer: Option<Certificate>,
    /// All certificates in the token (for the service's path).
    pub certificates: Vec<Certificate>,
}

fn tsa_error(reason: impl Into<String>) -> SignError {
    SignError::Timestamp(reason.into())
}

fn der_error(e: der::Error) -> SignError {
    tsa_error(format!("DER: {e}"))
}

/// `SEQUENCE { parts… }` from already encoded parts.
fn sequence(parts: &[Vec<u8>]) -> Result<Vec<u8>> {
    Any::new(Tag::Sequence, parts.concat())
        .and_then(|any| any.to_der())
        .map_err(der_error)
}

/// `MessageImprint ::= SEQUENCE { hashAlgorithm, hashedMessage }` for SHA-256.
fn message_imprint(digest: &[u8]) -> Result<Vec<u8>> {
    let algorithm = sequence(&[OID_SHA256.to_der().map_err(der_error)?])?;
    let hashed = OctetString::new(digest.to_vec())
        .and_then(|o| o.to_der())
        .map_err(der_error)?;
    sequence(&[algorithm, hashed])
}

/// The DER `TimeStampReq` (version 1, SHA-256 imprint, nonce, certReq TRUE).
pub fn request(digest: &[u8], nonce: u64) -> Result<Vec<u8>> {
    sequence(&[
        1_u8.to_der().map_err(der_error)?,
        message_imprint(digest)?,
        nonce.to_der().map_err(der_error)?,
        true.to_der().map_err(der_error)?,
    ])
}

/// The elements of a DER `SEQUENCE`.
fn elements(der_bytes: &[u8]) -> Result<Vec<Any>> {
    let outer = Any::from_der(der_bytes).map_err(der_error)?;
    if outer.tag() != Tag::Sequence {
        return Err(tsa_error("expected a SEQUENCE"));
    }
    let mut reader = SliceReader::new(outer.value()).map_err(der_error)?;
    let mut out = Vec::new();
    while !reader.is_finished() {
        out.push(Any::decode(&mut reader).map_err(der_error)?);
    }
    Ok(out)
}

/// Takes the token out of a DER `TimeStampResp`, checking the status, the imprint over
/// `digest`, the `nonce` and the token's signature.
pub fn token_from_response(response: &[u8], digest: &[u8], nonce: u64) -> Result<Vec<u8>> {
    let parts = elements(response)?;
    let status_info = parts
        .first()
        .ok_or_else(|| tsa_error("empty response"))?
        .to_der()
        .map_err(der_error)?;
    let status = elements(&status_info)?
        .first()
        .and_then(|s| s.decode_as::<u8>().ok())
        .ok_or_else(|| tsa_error("no status"))?;
    // 0 granted, 1 granted with modifications; anything else is a refusal.
    if status > 1 {
        return Err(tsa_error(format!("the service refused (status {status})")));
    }
    let token = parts
        .get(1)
        .ok_or_else(|| tsa_error("no token in the response"))?
        .to_der()
        .map_err(der_error)?;
    let info = tst_info(&token)?;
    if info.imprint != message_imprint_digest(digest) {
        return Err(tsa_error("the token is for other data"));
    }
    if info.nonce != Some(nonce) {
        return Err(tsa_error("the token's nonce does not match the request"));
    }
    let check = check_signed_token(&token)?;
    if !check {
        return Err(tsa_error("the token's signature does not verify"));
    }
    Ok(token)
}

/// Requests a token over SHA-256 of `signature_value` through `transport`.
pub fn timestamp(signature_value: &[u8], transport: Transport<'_>) -> Result<Vec<u8>> {
    use rand::RngCore as _;
    let digest = Sha256::digest(signature_value);
    let nonce = rand::rngs::OsRng.next_u64() >> 1;
    let response = transport(&request(&digest, nonce)?).map_err(tsa_error)?;
    token_from_response(&response, &digest, nonce)
}

/// Reads a token attached to the signature value `signature_value`.
pub(crate) fn check_token(token: &[u8], signature_value: &[u8]) -> TokenCheck {
    let digest = Sha256::digest(signature_value);
    let info = tst_info(token).ok();
    let signed = signed_data(token).ok();
    let cms = signed
        .as_ref()
        .zip(info.as_ref())
        .and_then(|(sd, info)| check_signed_data(sd, &[info.raw.as_slice()]).ok());
    let imprint_ok = info
        .as_ref()
        .is_some_and(|i| i.imprint == message_imprint_digest(&digest));
    TokenCheck {
        time: info.as_ref().and_then(|i| i.time),
        intact: imprint_ok
            && cms
                .as_ref()
                .is_some_and(|c| c.digest_matches && c.signature_valid),
        signer: cms.as_ref().and_then(|c| c.signer.clone()),
        certificates: cms.map(|c| c.certificates).unwrap_or_default(),
    }
}

/// The parts of a `TSTInfo` we use.
struct TstInfo {
    /// The DER `TSTInfo` (the signed content).
    raw: Vec<u8>,
    /// The DER `MessageImprint`.
    imprint: Vec<u8>,
    time: Option<DateTime<Utc>>,
    nonce: Option<u64>,
}

/// The DER of the imprint we expect, for comparison (`None` never matches).
fn message_imprint_digest(digest: &[u8]) -> Vec<u8> {
    message_imprint(digest).unwrap_or_default()
}

fn signed_data(token: &[u8]) -> Result<SignedData> {
    let info = ContentInfo::from_der(token).map_err(der_error)?;
    if info.content_type != OID_SIGNED_DATA {
        return Err(tsa_error("the token is not a CMS SignedData"));
    }
    info.content.decode_as().map_err(der_error)
}

fn tst_info(token: &[u8]) -> Result<TstInfo> {
    let signed = signed_data(token)?;
    if signed.encap_content_info.econtent_type != OID_TST_INFO {
        return Err(tsa_error("the token holds no TSTInfo"));
    }
    let raw = signed
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or_else(|| tsa_error("the token holds no TSTInfo"))?
        .decode_as::<OctetString>()
        .map_err(der_error)?
        .into_bytes();
    // TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime,
    //   accuracy OPTIONAL, ordering BOOLEAN DEFAULT FALSE, nonce INTEGER OPTIONAL, … }
    let parts = elements(&raw)?;
    let imprint = parts
        .get(2)
        .ok_or_else(|| tsa_error("TSTInfo without imprint"))?
        .to_der()
        .map_err(der_error)?;
    let time = parts
        .get(4)
        .and_then(|t| t.decode_as::<GeneralizedTime>().ok())
        .and_then(|t| i64::try_from(t.to_unix_duration().as_secs()).ok())
        .and_then(|secs| DateTime::from_timestamp(secs, 0));
    let nonce = parts
        .iter()
        .skip(5)
        .find(|p| p.tag() == Tag::Integer)
        .and_then(|p| p.decode_as::<u64>().ok());
    Ok(TstInfo {
        raw,
        imprint,
        time,
        nonce,
    })
}

fn check_signed_token(token: &[u8]) -> Result<bool> {
    let info = tst_info(token)?;
    let signed = signed_data(token)?;
    let check = check_signed_data(&signed, &[info.raw.as_slice()])?;
    Ok(check.digest_matches && check.signature_valid)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn request_is_der_with_imprint_nonce_and_cert_req() {
        let digest = [7_u8; 32];
        let req = request(&digest, 0x0102_0304).unwrap();
        let parts = elements(&req).unwrap();
        assert_eq!(parts.len(), 4);
        assert_eq!(parts[0].decode_as::<u8>().unwrap(), 1);
        assert_eq!(parts[2].decode_as::<u64>().unwrap(), 0x0102_0304);
        assert!(parts[3].decode_as::<bool>().unwrap());
        assert_eq!(
            parts[1].to_der().unwrap(),
            message_imprint(&digest).unwrap()
        );
    }

    #[test]
    fn refusal_and_garbage_are_errors() {
        // TimeStampResp { status { 2 (rejection) } }
        let refused = sequence(&[sequence(&[2_u8.to_der().unwrap()]).unwrap()]).unwrap();
        let err = token_from_response(&refused, &[0; 32], 1).unwrap_err();
        assert!(err.to_string().contains("refused"), "{err}");
        assert!(token_from_response(b"not der", &[0; 32], 1).is_err());
    }
}
