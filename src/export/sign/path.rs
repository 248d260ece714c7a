//! Certificate path validation for a signer (security review, finding 9).
//!
//! A signer is trusted only along a path `signer → issuer → … → anchor` where the anchor is a
//! certificate the user trusts and every step holds:
//! - each issuer's signature over the certificate below it checks out;
//! - each issuer is a CA (basicConstraints `cA = TRUE`), its keyUsage (when present) allows
//!   keyCertSign, and its pathLenConstraint (when present) is respected;
//! - the signer's keyUsage (when present) allows digitalSignature or nonRepudiation;
//! - every certificate on the path, the anchor included, is valid at the signing time.
//!
//! A certificate on the trust list is an anchor by itself: a personal self-signed certificate
//! the user trusts explicitly needs no CA bit, but it must be valid at the signing time.
//! Revocation (CRL/OCSP) is not checked: that needs the network.

use chrono::{DateTime, Utc};
use spki::ObjectIdentifier;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage};

use super::cms::issued_by;

const OID_BASIC_CONSTRAINTS: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.19");
const OID_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.15");
const OID_EXT_KEY_USAGE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37");
const OID_KP_TIME_STAMPING: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.3.8");

/// The longest path searched (signer plus issuers).
const MAX_DEPTH: usize = 8;

/// Why a signer's identity is not trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrustProblem {
    /// No path from the signer to a certificate on the trust list.
    NoPathToTrusted,
    /// A certificate on the path issued another one without being a CA (basicConstraints
    /// `cA` missing or false): an end-entity certificate cannot issue certificates.
    IssuerNotCa,
    /// An issuer's keyUsage does not allow signing certificates (keyCertSign).
    IssuerKeyUsage,
    /// An issuer's pathLenConstraint does not allow this many CAs below it.
    PathTooLong,
    /// The signer's keyUsage allows neither digitalSignature nor nonRepudiation.
    SignerKeyUsage,
    /// A certificate on the path was not (yet, or no longer) valid at the signing time.
    NotValidAtSigningTime,
    /// The signature names no signing time, so validity cannot be checked.
    NoSigningTime,
    /// The signer's certificate is not in the signature.
    NoCertificate,
}

/// Checks the path of `signer` to one of `anchors` through `pool` (the certificates in the
/// signature) at time `at`. `Ok` means a complete, valid path; `Err` the most telling
/// problem found.
pub(crate) fn validate(
    signer: &Certificate,
    pool: &[Certificate],
    anchors: &[Certificate],
    at: Option<DateTime<Utc>>,
) -> Result<(), TrustProblem> {
    let Some(at) = at else {
        return Err(TrustProblem::NoSigningTime);
    };
    if !signer_usage_ok(signer) {
        return Err(TrustProblem::SignerKeyUsage);
    }
    if !valid_at(signer, at) {
        return Err(TrustProblem::NotValidAtSigningTime);
    }
    let mut search = Search {
        pool,
        anchors,
        at,
        problem: None,
    };
    if search.extend(signer, &mut vec![signer.clone()]) {
        Ok(())
    } else {
        Err(search.problem.unwrap_or(TrustProblem::NoPathToTrusted))
    }
}

struct Search<'a> {
    pool: &'a [Certificate],
    anchors: &'a [Certificate],
    at: DateTime<Utc>,
    /// The first constraint violation seen on a path that was otherwise going somewhere.
    problem: Option<TrustProblem>,
}

impl Search<'_> {
    /// Depth-first: whether `current` (last of `path`, already checked) leads to an anchor.
    fn extend(&mut self, current: &Certificate, path: &mut Vec<Certificate>) -> bool {
        if self.anchors.contains(current) {
            return true;
        }
        if path.len() >= MAX_DEPTH {
            return false;
        }
        let candidates: Vec<Certificate> = self
            .anchors
            .iter()
            .chain(self.pool.iter())
            .filter(|c| !path.contains(c) && issued_by(current, c))
            .cloned()
            .collect();
        for issuer in candidates {
            // CAs between the signer and this issuer (the signer itself is not counted).
            let below = path.len() - 1;
            if let Err(problem) = issuer_ok(&issuer, below, self.at) {
                self.problem.get_or_insert(problem);
                continue;
            }
            path.push(issuer.clone());
            if self.extend(&issuer, path) {
                return true;
            }
            path.pop();
        }
        false
    }
}

fn issuer_ok(
    issuer: &Certificate,
    cas_below: usize,
    at: DateTime<Utc>,
) -> Result<(), TrustProblem> {
    let Ok(Some(constraints)) = extension::<BasicConstraints>(issuer, OID_BASIC_CONSTRAINTS) else {
        return Err(TrustProblem::IssuerNotCa);
    };
    if !constraints.ca {
        return Err(TrustProblem::IssuerNotCa);
    }
    if let Some(max) = constraints.path_len_constraint
        && cas_below > usize::from(max)
    {
        return Err(TrustProblem::PathTooLong);
    }
    match extension::<KeyUsage>(issuer, OID_KEY_USAGE) {
        Ok(None) => {}
        Ok(Some(usage)) if usage.key_cert_sign() => {}
        _ => return Err(TrustProblem::IssuerKeyUsage),
    }
    if !valid_at(issuer, at) {
        return Err(TrustProblem::NotValidAtSigningTime);
    }
    Ok(())
}

fn signer_usage_ok(signer: &Certificate) -> bool {
    match extension::<KeyUsage>(signer, OID_KEY_USAGE) {
        Ok(None) => true,
        Ok(Some(usage)) => usage.digital_signature() || usage.non_repudiation(),
        Err(()) => false,
    }
}

/// Whether `cert` is meant for a timestamp service (extended key usage timeStamping,
/// RFC 3161 section 2.3).
pub(crate) fn is_timestamping(cert: &Certificate) -> bool {
    matches!(
        extension::<ExtendedKeyUsage>(cert, OID_EXT_KEY_USAGE),
        Ok(Some(usage)) if usage.0.contains(&OID_KP_TIME_STAMPING)
    )
}

/// Whether `at` lies within the certificate's notBefore … notAfter.
pub(crate) fn valid_at(cert: &Certificate, at: DateTime<Utc>) -> bool {
    let validity = &cert.tbs_certificate.validity;
    let secs = |t: &x509_cert::time::Time| i64::try_from(t.to_unix_duration().as_secs()).ok();
    match (secs(&validity.not_before), secs(&validity.not_after)) {
        (Some(from), Some(until)) => (from..=until).contains(&at.timestamp()),
        _ => false,
    }
}

/// The extension `oid` of `cert`: `Ok(None)` when absent, `Err` when present but unreadable
/// (which counts as a violation, never as "no constraint").
fn extension<'a, T: der::Decode<'a>>(
    cert: &'a Certificate,
    oid: ObjectIdentifier,
) -> Result<Option<T>, ()> {
    match cert
        .tbs_certificate
        .extensions
        .iter()
        .flatten()
        .find(|ext| ext.extn_id == oid)
    {
        None => Ok(None),
        Some(ext) => T::from_der(ext.extn_value.as_bytes())
            .map(Some)
            .map_err(|_| ()),
    }
}
