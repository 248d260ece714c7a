//! Detached CMS (PKCS#7) `SignedData`: building one over a SHA-256 digest, and checking one
//! against the bytes it claims to cover.

use std::time::Duration;

use chrono::{DateTime, Utc};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo, SignerInfos,
};
use der::asn1::{Any, GeneralizedTime, OctetString, SetOfVec, UtcTime};
use der::{Decode as _, Encode as _, Reader as _, SliceReader, Tag};
use sha2::{Digest as _, Sha256, Sha384, Sha512};
use signature::Verifier as _;
use spki::{AlgorithmIdentifierOwned, DecodePublicKey as _, ObjectIdentifier};
use x509_cert::Certificate;
use x509_cert::attr::Attribute;
use x509_cert::time::Time;

use super::cert::{OID_ECDSA_WITH_SHA256, OID_RSA, OID_SHA256_WITH_RSA, SigningIdentity};
use super::{Result, SignError};

pub(crate) const OID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
pub(crate) const OID_SIGNED_DATA: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const OID_CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const OID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const OID_SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
const OID_SIGNING_CERTIFICATE_V2: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.47");
pub(crate) const OID_SHA256: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const OID_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const OID_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");
const OID_SHA384_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const OID_SHA512_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");

/// Builds a DER `ContentInfo` with a detached `SignedData` over content whose SHA-256 digest
/// is `digest`: signed attributes content-type, message-digest, signing-certificate-v2
/// (RFC 5035) and, when `signing_time` is given, signing-time; the signer's certificate and
/// chain included. PAdES baseline signatures pass `None`: there the time is the PDF's `/M`.
///
/// With a `timestamper`, the signature value is sent to a timestamp service (RFC 3161) and
/// the token it returns is added as the unsigned attribute id-aa-timeStampToken (PAdES B-T).
pub(crate) fn sign_digest(
    digest: &[u8],
    identity: &SigningIdentity,
    signing_time: Option<DateTime<Utc>>,
    timestamper: Option<super::tsa::Transport<'_>>,
) -> Result<Vec<u8>> {
    let err = |e: der::Error| SignError::Crypto(format!("CMS encoding: {e}"));
    let cert = identity.certificate()?;
    let cert_hash = Sha256::digest(identity.certificate_der());

    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
    // ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING } (hash algorithm defaults to SHA-256)
    let cert_id = OctetString::new(cert_hash.to_vec())
        .map_err(err)?
        .to_der()
        .map_err(err)?;
    let ess_cert_id = Any::new(Tag::Sequence, cert_id).map_err(err)?;
    let certs = Any::new(Tag::Sequence, ess_cert_id.to_der().map_err(err)?).map_err(err)?;
    let signing_certificate = Any::new(Tag::Sequence, certs.to_der().map_err(err)?).map_err(err)?;

    let mut attrs = vec![attribute(
        OID_CONTENT_TYPE,
        Any::encode_from(&OID_DATA).map_err(err)?,
    )?];
    if let Some(at) = signing_time {
        attrs.push(attribute(
            OID_SIGNING_TIME,
            Any::encode_from(&cms_time(at)?).map_err(err)?,
        )?);
    }
    attrs.push(attribute(
        OID_MESSAGE_DIGEST,
        Any::encode_from(&OctetString::new(digest.to_vec()).map_err(err)?).map_err(err)?,
    )?);
    attrs.push(attribute(OID_SIGNING_CERTIFICATE_V2, signing_certificate)?);
    let signed_attrs = SetOfVec::try_from(attrs).map_err(err)?;
    let to_sign = signed_attrs.to_der().map_err(err)?;
    let (signature_algorithm, signature) = identity.private_key()?.sign_sha256(&to_sign)?;

    let sha256 = AlgorithmIdentifierOwned {
        oid: OID_SHA256,
        parameters: None,
    };
    let unsigned_attrs = match timestamper {
        Some(transport) => {
            let token = super::tsa::timestamp(&signature, transport)?;
            let value = Any::from_der(&token).map_err(err)?;
            Some(
                SetOfVec::try_from(vec![attribute(super::tsa::OID_TIMESTAMP_TOKEN, value)?])
                    .map_err(err)?,
            )
        }
        None => None,
    };
    let signer_info = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: cert.tbs_certificate.issuer.clone(),
            serial_number: cert.tbs_certificate.serial_number.clone(),
        }),
        digest_alg: sha256.clone(),
        signed_attrs: Some(signed_attrs),
        signature_algorithm,
        signature: OctetString::new(signature).map_err(err)?,
        unsigned_attrs,
    };

    let mut certificates = vec![CertificateChoices::Certificate(cert)];
    for extra in identity.chain_certificates()? {
        let choice = CertificateChoices::Certificate(extra);
        if !certificates.contains(&choice) {
            certificates.push(choice);
        }
    }
    let signed_data = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: SetOfVec::try_from(vec![sha256]).map_err(err)?,
        encap_content_info: EncapsulatedContentInfo {
            econtent_type: OID_DATA,
            econtent: None,
        },
        certificates: Some(CertificateSet(
            SetOfVec::try_from(certificates).map_err(err)?,
        )),
        crls: None,
        signer_infos: SignerInfos(SetOfVec::try_from(vec![signer_info]).map_err(err)?),
    };
    ContentInfo {
        content_type: OID_SIGNED_DATA,
        content: Any::encode_from(&signed_data).map_err(err)?,
    }
    .to_der()
    .map_err(err)
}

fn attribute(oid: ObjectIdentifier, value: Any) -> Result<Attribute> {
    Ok(Attribute {
        oid,
        values: SetOfVec::try_from(vec![value])
            .map_err(|e| SignError::Crypto(format!("CMS encoding: {e}")))?,
    })
}

/// RFC 5652: UTCTime for 1950–2049, GeneralizedTime otherwise.
fn cms_time(at: DateTime<Utc>) -> Result<Time> {
    let secs = u64::try_from(at.timestamp())
        .map_err(|_| SignError::Crypto("signing time before 1970".to_owned()))?;
    let dt = der::DateTime::from_unix_duration(Duration::from_secs(secs))
        .map_err(|e| SignError::Crypto(e.to_string()))?;
    if dt.year() < 2050 {
        UtcTime::from_date_time(dt)
            .map(Time::UtcTime)
            .map_err(|e| SignError::Crypto(e.to_string()))
    } else {
        Ok(Time::GeneralTime(GeneralizedTime::from_date_time(dt)))
    }
}

/// What checking one CMS signature found.
#[derive(Debug, Clone)]
pub(crate) struct CmsCheck {
    /// The signer's certificate, when it is included.
    pub signer: Option<Certificate>,
    /// All certificates included in the signature.
    pub certificates: Vec<Certificate>,
    /// The signing-time attribute.
    pub signing_time: Option<DateTime<Utc>>,
    /// Whether the digest of the covered bytes equals the signed message digest.
    pub digest_matches: bool,
    /// Whether the signature value verifies with the signer's public key.
    pub signature_valid: bool,
    /// The RFC 3161 timestamp token over the signature value, when there is one.
    pub timestamp: Option<super::tsa::TokenCheck>,
}

/// Checks a DER CMS `ContentInfo` (trailing zero padding allowed) against the concatenation
/// of `content`.
pub(crate) fn check_detached(cms_der: &[u8], content: &[&[u8]]) -> Result<CmsCheck> {
    let malformed = |e: der::Error| SignError::MalformedSignature(e.to_string());
    let mut reader = SliceReader::new(cms_der).map_err(malformed)?;
    let info = ContentInfo::decode(&mut reader).map_err(malformed)?;
    let rest = reader
        .read_slice(reader.remaining_len())
        .map_err(malformed)?;
    if rest.iter().any(|&b| b != 0) {
        return Err(SignError::MalformedSignature(
            "unexpected data after the signature".to_owned(),
        ));
    }
    if info.content_type != OID_SIGNED_DATA {
        return Err(SignError::MalformedSignature(
            "not a CMS SignedData".to_owned(),
        ));
    }
    let signed_data: SignedData = info.content.decode_as().map_err(malformed)?;
    check_signed_data(&signed_data, content)
}

/// Checks the first signer of `signed_data` against `content` (the detached content, or the
/// encapsulated content's octets).
pub(crate) fn check_signed_data(signed_data: &SignedData, content: &[&[u8]]) -> Result<CmsCheck> {
    let malformed = |e: der::Error| SignError::MalformedSignature(e.to_string());
    let certificates: Vec<Certificate> = signed_data
        .certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|choice| match choice {
            CertificateChoices::Certificate(c) => Some(c.clone()),
            CertificateChoices::Other(_) => None,
        })
        .collect();
    let Some(signer_info) = signed_data.signer_infos.0.iter().next() else {
        return Err(SignError::NoSignature);
    };
    let signer = certificates
        .iter()
        .find(|c| signer_matches(&signer_info.sid, c))
        .cloned();

    let digest = digest_of(signer_info.digest_alg.oid, content);
    let mut signing_time = None;
    let (digest_matches, signed_bytes) = match &signer_info.signed_attrs {
        Some(attrs) => {
            let mut message_digest = None;
            for attr in attrs.iter() {
                let Some(value) = attr.values.iter().next() else {
                    continue;
                };
                if attr.oid == OID_MESSAGE_DIGEST {
                    message_digest = value
                        .decode_as::<OctetString>()
                        .ok()
                        .map(OctetString::into_bytes);
                } else if attr.oid == OID_SIGNING_TIME {
                    signing_time = value
                        .to_der()
                        .ok()
                        .and_then(|d| Time::from_der(&d).ok())
                        .and_then(|t| {
                            let secs = i64::try_from(t.to_unix_duration().as_secs()).ok()?;
                            DateTime::from_timestamp(secs, 0)
                        });
                }
            }
            let matches = digest.is_some() && message_digest.is_some() && digest == message_digest;
            (matches, attrs.to_der().map_err(malformed)?)
        }
        None => (digest.is_some(), content.concat()),
    };
    let signature_valid = signer.as_ref().is_some_and(|cert| {
        verify_signature(
            &cert.tbs_certificate.subject_public_key_info,
            signer_info.signature_algorithm.oid,
            signer_info.digest_alg.oid,
            &signed_bytes,
            signer_info.signature.as_bytes(),
        )
    });
    let timestamp = signer_info
        .unsigned_attrs
        .iter()
        .flat_map(|attrs| attrs.iter())
        .find(|attr| attr.oid == super::tsa::OID_TIMESTAMP_TOKEN)
        .and_then(|attr| attr.values.iter().next())
        .and_then(|token| token.to_der().ok())
        .map(|token| super::tsa::check_token(&token, signer_info.signature.as_bytes()));
    Ok(CmsCheck {
        signer,
        certificates,
        signing_time,
        digest_matches,
        signature_valid,
        timestamp,
    })
}

fn signer_matches(sid: &SignerIdentifier, cert: &Certificate) -> bool {
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(ias) => {
            ias.issuer == cert.tbs_certificate.issuer
                && ias.serial_number == cert.tbs_certificate.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => cert
            .tbs_certificate
            .extensions
            .iter()
            .flatten()
            .filter(|ext| ext.extn_id == ObjectIdentifier::new_unwrap("2.5.29.14"))
            .any(|ext| {
                OctetString::from_der(ext.extn_value.as_bytes())
                    .is_ok_and(|v| v.as_bytes() == ski.0.as_bytes())
            }),
    }
}

fn digest_of(algorithm: ObjectIdentifier, content: &[&[u8]]) -> Option<Vec<u8>> {
    fn run<D: sha2::Digest>(content: &[&[u8]]) -> Vec<u8> {
        let mut hasher = D::new();
        for part in content {
            hasher.update(part);
        }
        hasher.finalize().to_vec()
    }
    match algorithm {
        a if a == OID_SHA256 => Some(run::<Sha256>(content)),
        a if a == OID_SHA384 => Some(run::<Sha384>(content)),
        a if a == OID_SHA512 => Some(run::<Sha512>(content)),
        _ => None,
    }
}

/// Verifies `signature` over `data` with the public key in `spki`. `algorithm` is the
/// signature algorithm; `digest_hint` the digest algorithm for a bare `rsaEncryption`.
pub(crate) fn verify_signature(
    spki: &spki::SubjectPublicKeyInfoOwned,
    algorithm: ObjectIdentifier,
    digest_hint: ObjectIdentifier,
    data: &[u8],
    signature: &[u8],
) -> bool {
    let Ok(spki_der) = spki.to_der() else {
        return false;
    };
    let rsa_digest = match algorithm {
        a if a == OID_SHA256_WITH_RSA => Some(OID_SHA256),
        a if a == OID_SHA384_WITH_RSA => Some(OID_SHA384),
        a if a == OID_SHA512_WITH_RSA => Some(OID_SHA512),
        a if a == OID_RSA => Some(digest_hint),
        _ => None,
    };
    if let Some(digest) = rsa_digest {
        let Ok(key) = rsa::RsaPublicKey::from_public_key_der(&spki_der) else {
            return false;
        };
        let Ok(sig) = rsa::pkcs1v15::Signature::try_from(signature) else {
            return false;
        };
        return match digest {
            d if d == OID_SHA256 => rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key)
                .verify(data, &sig)
                .is_ok(),
            d if d == OID_SHA384 => rsa::pkcs1v15::VerifyingKey::<Sha384>::new(key)
                .verify(data, &sig)
                .is_ok(),
            d if d == OID_SHA512 => rsa::pkcs1v15::VerifyingKey::<Sha512>::new(key)
                .verify(data, &sig)
                .is_ok(),
            _ => false,
        };
    }
    if algorithm == OID_ECDSA_WITH_SHA256 {
        let Ok(key) = p256::ecdsa::VerifyingKey::from_public_key_der(&spki_der) else {
            return false;
        };
        let Ok(sig) = p256::ecdsa::DerSignature::try_from(signature) else {
            return false;
        };
        return key.verify(data, &sig).is_ok();
    }
    false
}

/// Whether `cert` carries a valid signature by `issuer` (names and signature checked).
pub(crate) fn issued_by(cert: &Certificate, issuer: &Certificate) -> bool {
    if cert.tbs_certificate.issuer != issuer.tbs_certificate.subject {
        return false;
    }
    let Ok(tbs) = cert.tbs_certificate.to_der() else {
        return false;
    };
    let Some(signature) = cert.signature.as_bytes() else {
        return false;
    };
    verify_signature(
        &issuer.tbs_certificate.subject_public_key_info,
        cert.signature_algorithm.oid,
        OID_SHA256,
        &tbs,
        signature,
    )
}
