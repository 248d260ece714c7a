//! The signer's certificate and private key: import from PKCS#12, create a personal
//! self-signed certificate, export as PKCS#12 for backup.
//!
//! Key material stays in memory (zeroized on drop); it leaves only as password protected
//! PKCS#12 bytes for the vault or for a backup the user asked for.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Utc};
use der::asn1::{Any, GeneralizedTime, Ia5String, SetOfVec, Utf8StringRef};
use der::{Decode as _, Encode as _, Tag, Tagged as _};
use pkcs8::DecodePrivateKey as _;
use pkcs8::EncodePrivateKey as _;
use rand::RngCore as _;
use rsa::RsaPrivateKey;
use sha2::{Digest as _, Sha256};
use signature::{SignatureEncoding as _, Signer as _};
use spki::DecodePublicKey as _;
use spki::{AlgorithmIdentifierOwned, ObjectIdentifier};
use x509_cert::Certificate;
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::builder::{Builder as _, CertificateBuilder, Profile};
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::{Time, Validity};
use zeroize::Zeroizing;

use super::{Result, SignError};

pub(crate) const OID_CN: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.3");
pub(crate) const OID_O: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.10");
pub(crate) const OID_TITLE: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.4.12");
pub(crate) const OID_EMAIL: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.1");
pub(crate) const OID_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
pub(crate) const OID_EC_PUBLIC_KEY: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
pub(crate) const OID_P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
pub(crate) const OID_SHA256_WITH_RSA: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
pub(crate) const OID_ECDSA_WITH_SHA256: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");

/// The key type of a new personal certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyAlgorithm {
    /// RSA with a 2048-bit modulus and PKCS#1 v1.5 SHA-256 signatures: the most widely
    /// accepted choice (Adobe Reader, pdfsig, Windows).
    #[default]
    Rsa2048,
    /// ECDSA on NIST P-256 with SHA-256: small and fast, accepted by current readers.
    EcdsaP256,
}

/// What a personal self-signed certificate says about its holder.
#[derive(Debug, Clone)]
pub struct NewCertificate {
    /// Full name of the professional; becomes the common name (CN).
    pub name: String,
    /// Function, e.g. "Intern begeleider"; becomes the title attribute.
    pub function: String,
    /// Organisation, e.g. "Basisschool De Regenboog"; becomes O.
    pub organisation: String,
    /// E-mail address; becomes emailAddress and the subject alternative name.
    pub email: String,
    /// Key type.
    pub algorithm: KeyAlgorithm,
    /// Start of the validity period (usually now; passed in, the core has no clock).
    pub not_before: DateTime<Utc>,
    /// Length of the validity period in days.
    pub valid_days: u32,
}

/// A certificate with its chain and private key, ready to sign.
///
/// The private key is kept as PKCS#8 DER in memory that is zeroized on drop; `Debug` never
/// shows it.
pub struct SigningIdentity {
    certificate: Vec<u8>,
    chain: Vec<Vec<u8>>,
    key_pkcs8: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for SigningIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningIdentity")
            .field("subject", &self.subject_common_name())
            .field("chain_len", &self.chain.len())
            .finish_non_exhaustive()
    }
}

/// A parsed private key; both variants zeroize their secrets on drop.
pub(crate) enum PrivateKey {
    Rsa(Box<RsaPrivateKey>),
    P256(p256::SecretKey),
}

impl PrivateKey {
    fn from_pkcs8(der_bytes: &[u8]) -> Result<Self> {
        let info = pkcs8::PrivateKeyInfo::from_der(der_bytes)
            .map_err(|e| SignError::UnsupportedKey(format!("unreadable private key ({e})")))?;
        let oid = info.algorithm.oid;
        if oid == OID_RSA {
            RsaPrivateKey::from_pkcs8_der(der_bytes)
                .map(|k| Self::Rsa(Box::new(k)))
                .map_err(|e| SignError::UnsupportedKey(format!("RSA key ({e})")))
        } else if oid == OID_EC_PUBLIC_KEY {
            let curve = info
                .algorithm
                .parameters_oid()
                .map_err(|e| SignError::UnsupportedKey(format!("EC key without curve ({e})")))?;
            if curve != OID_P256 {
                return Err(SignError::UnsupportedKey(format!("EC curve {curve}")));
            }
            p256::SecretKey::from_pkcs8_der(der_bytes)
                .map(Self::P256)
                .map_err(|e| SignError::UnsupportedKey(format!("P-256 key ({e})")))
        } else {
            Err(SignError::UnsupportedKey(format!("algorithm {oid}")))
        }
    }

    /// Whether this key belongs to the public key in `spki`.
    fn matches(&self, spki: &SubjectPublicKeyInfoOwned) -> bool {
        let Ok(spki_der) = spki.to_der() else {
            return false;
        };
        match self {
            Self::Rsa(key) => rsa::RsaPublicKey::from_public_key_der(&spki_der)
                .is_ok_and(|public| public == key.to_public_key()),
            Self::P256(key) => p256::PublicKey::from_public_key_der(&spki_der)
                .is_ok_and(|public| public == key.public_key()),
        }
    }

    /// Signs `message` with SHA-256; returns the CMS signature algorithm and the signature.
    pub(crate) fn sign_sha256(
        &self,
        message: &[u8],
    ) -> Result<(AlgorithmIdentifierOwned, Vec<u8>)> {
        match self {
            Self::Rsa(key) => {
                let signer = rsa::pkcs1v15::SigningKey::<Sha256>::new(key.as_ref().clone());
                let signature = signer
                    .try_sign(message)
                    .map_err(|e| SignError::Crypto(e.to_string()))?;
                Ok((
                    AlgorithmIdentifierOwned {
                        oid: OID_SHA256_WITH_RSA,
                        parameters: Some(Any::null()),
                    },
                    signature.to_vec(),
                ))
            }
            Self::P256(key) => {
                let signer = p256::ecdsa::SigningKey::from(key);
                let signature: p256::ecdsa::DerSignature = signer
                    .try_sign(message)
                    .map_err(|e| SignError::Crypto(e.to_string()))?;
                Ok((
                    AlgorithmIdentifierOwned {
                        oid: OID_ECDSA_WITH_SHA256,
                        parameters: None,
                    },
                    signature.to_vec(),
                ))
            }
        }
    }
}

impl SigningIdentity {
    /// Imports a certificate with its private key from PKCS#12 (`.p12`/`.pfx`) bytes.
    ///
    /// Reads both the OpenSSL 3 default (PBES2, AES-256-CBC, HMAC-SHA-256) and the legacy
    /// encryption (RC2/3DES, SHA-1 MAC). A wrong password gives [`SignError::WrongPassword`].
    pub fn from_pkcs12_bytes(bytes: &[u8], password: &str) -> Result<Self> {
        let store = p12_keystore::KeyStore::from_pkcs12(bytes, password).map_err(map_p12_error)?;
        let Some((_, chain)) = store.private_key_chain() else {
            return Err(SignError::NoPrivateKey);
        };
        let mut certs = chain.chain().iter().map(|c| c.as_der().to_vec());
        let Some(certificate) = certs.next() else {
            return Err(SignError::NoPrivateKey);
        };
        let identity = Self {
            certificate,
            chain: certs.collect(),
            key_pkcs8: Zeroizing::new(chain.key().to_vec()),
        };
        identity.check_key()?;
        Ok(identity)
    }

    /// Exports certificate, chain and private key as PKCS#12 bytes protected by `password`
    /// (PBES2 with AES-256-CBC, HMAC-SHA-256 integrity): for the vault or a backup file.
    pub fn to_pkcs12_bytes(&self, password: &str) -> Result<Vec<u8>> {
        let mut certs = Vec::with_capacity(1 + self.chain.len());
        for der_bytes in std::iter::once(&self.certificate).chain(&self.chain) {
            certs.push(
                p12_keystore::Certificate::from_der(der_bytes)
                    .map_err(|e| SignError::Certificate(e.to_string()))?,
            );
        }
        let local_key_id = Sha256::digest(&self.certificate);
        let entry = p12_keystore::PrivateKeyChain::new(
            self.key_pkcs8.as_slice(),
            &local_key_id[..20],
            certs,
        );
        let mut store = p12_keystore::KeyStore::new();
        let alias = self
            .subject_common_name()
            .unwrap_or_else(|| "meldcode".to_owned());
        store.add_entry(&alias, p12_keystore::KeyStoreEntry::PrivateKeyChain(entry));
        store
            .writer(password)
            .write()
            .map_err(|e| SignError::Pkcs12(e.to_string()))
    }

    /// Creates a personal self-signed certificate with a new key.
    ///
    /// The subject is CN = name, O = organisation, title = function, emailAddress = e-mail;
    /// key usage is digital signature and non-repudiation.
    pub fn create_self_signed(request: &NewCertificate) -> Result<Self> {
        let subject = subject_name(request)?;
        let email = Ia5String::new(request.email.trim()).map_err(|_| SignError::InvalidField {
            field: "email",
            reason: "must be plain ASCII",
        })?;
        let validity = validity(request.not_before, request.valid_days)?;
        let serial = random_serial()?;
        let profile = Profile::Leaf {
            issuer: subject.clone(),
            enable_key_agreement: false,
            enable_key_encipherment: false,
        };
        let san = SubjectAltName(vec![GeneralName::Rfc822Name(email)]);
        let cert_err = |e: x509_cert::builder::Error| SignError::Certificate(e.to_string());
        let mut rng = rand::rngs::OsRng;
        let (certificate, key_pkcs8) = match request.algorithm {
            KeyAlgorithm::Rsa2048 => {
                let key = RsaPrivateKey::new(&mut rng, 2048)
                    .map_err(|e| SignError::Crypto(e.to_string()))?;
                let spki = SubjectPublicKeyInfoOwned::from_key(key.to_public_key())
                    .map_err(|e| SignError::Certificate(e.to_string()))?;
                let pkcs8 = key
                    .to_pkcs8_der()
                    .map_err(|e| SignError::Crypto(e.to_string()))?;
                let signer = rsa::pkcs1v15::SigningKey::<Sha256>::new(key);
                let mut builder =
                    CertificateBuilder::new(profile, serial, validity, subject, spki, &signer)
                        .map_err(cert_err)?;
                builder.add_extension(&san).map_err(cert_err)?;
                let cert = builder
                    .build::<rsa::pkcs1v15::Signature>()
                    .map_err(cert_err)?;
                (cert, pkcs8)
            }
            KeyAlgorithm::EcdsaP256 => {
                let key = p256::SecretKey::random(&mut rng);
                let spki = SubjectPublicKeyInfoOwned::from_key(key.public_key())
                    .map_err(|e| SignError::Certificate(e.to_string()))?;
                let pkcs8 = key
                    .to_pkcs8_der()
                    .map_err(|e| SignError::Crypto(e.to_string()))?;
                let signer = p256::ecdsa::SigningKey::from(&key);
                let mut builder =
                    CertificateBuilder::new(profile, serial, validity, subject, spki, &signer)
                        .map_err(cert_err)?;
                builder.add_extension(&san).map_err(cert_err)?;
                let cert = builder
                    .build::<p256::ecdsa::DerSignature>()
                    .map_err(cert_err)?;
                (cert, pkcs8)
            }
        };
        let identity = Self {
            certificate: certificate
                .to_der()
                .map_err(|e| SignError::Certificate(e.to_string()))?,
            chain: Vec::new(),
            key_pkcs8: Zeroizing::new(key_pkcs8.as_bytes().to_vec()),
        };
        identity.check_key()?;
        Ok(identity)
    }

    /// The signer's certificate (DER).
    pub fn certificate_der(&self) -> &[u8] {
        &self.certificate
    }

    /// The rest of the chain (DER), from the issuer upwards; empty for a self-signed one.
    pub fn chain_der(&self) -> &[Vec<u8>] {
        &self.chain
    }

    /// The common name (CN) of the certificate's subject.
    pub fn subject_common_name(&self) -> Option<String> {
        let cert = Certificate::from_der(&self.certificate).ok()?;
        name_attribute(&cert.tbs_certificate.subject, OID_CN)
    }

    /// The organisation (O) of the certificate's subject.
    pub fn subject_organisation(&self) -> Option<String> {
        let cert = Certificate::from_der(&self.certificate).ok()?;
        name_attribute(&cert.tbs_certificate.subject, OID_O)
    }

    /// The function (title attribute) of the certificate's subject, when present.
    pub fn subject_function(&self) -> Option<String> {
        let cert = Certificate::from_der(&self.certificate).ok()?;
        name_attribute(&cert.tbs_certificate.subject, OID_TITLE)
    }

    /// The end of the certificate's validity period (`notAfter`).
    pub fn not_after(&self) -> Option<DateTime<Utc>> {
        let cert = Certificate::from_der(&self.certificate).ok()?;
        let secs = cert
            .tbs_certificate
            .validity
            .not_after
            .to_unix_duration()
            .as_secs();
        DateTime::from_timestamp(i64::try_from(secs).ok()?, 0)
    }

    /// Whether the certificate is self-signed (issuer equals subject).
    pub fn is_self_signed(&self) -> bool {
        Certificate::from_der(&self.certificate)
            .is_ok_and(|c| c.tbs_certificate.issuer == c.tbs_certificate.subject)
    }

    /// The parsed certificate.
    pub(crate) fn certificate(&self) -> Result<Certificate> {
        Certificate::from_der(&self.certificate).map_err(|e| SignError::Certificate(e.to_string()))
    }

    /// The parsed chain certificates.
    pub(crate) fn chain_certificates(&self) -> Result<Vec<Certificate>> {
        self.chain
            .iter()
            .map(|c| Certificate::from_der(c).map_err(|e| SignError::Certificate(e.to_string())))
            .collect()
    }

    /// The parsed private key (zeroized when the returned value is dropped).
    pub(crate) fn private_key(&self) -> Result<PrivateKey> {
        PrivateKey::from_pkcs8(&self.key_pkcs8)
    }

    /// Checks that the private key belongs to the certificate.
    fn check_key(&self) -> Result<()> {
        let cert = self.certificate()?;
        if self
            .private_key()?
            .matches(&cert.tbs_certificate.subject_public_key_info)
        {
            Ok(())
        } else {
            Err(SignError::KeyMismatch)
        }
    }
}

/// Maps the PKCS#12 reader's errors: a failed integrity check or decryption means a wrong
/// password, anything else a damaged or unsupported file.
fn map_p12_error(err: p12_keystore::error::Error) -> SignError {
    use p12_keystore::error::Error as E;
    match err {
        E::MacError(_) | E::UnpadError | E::Pkcs5Error(_) => SignError::WrongPassword,
        other => SignError::Pkcs12(other.to_string()),
    }
}

/// The first value of attribute `oid` in `name`, as text.
pub(crate) fn name_attribute(name: &Name, oid: ObjectIdentifier) -> Option<String> {
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|atv| atv.oid == oid)
        .and_then(|atv| directory_string(&atv.value))
}

/// Decodes a DirectoryString (UTF8String, PrintableString, IA5String, BMPString,
/// TeletexString as Latin-1).
fn directory_string(value: &Any) -> Option<String> {
    let bytes = value.value();
    match value.tag() {
        Tag::Utf8String | Tag::PrintableString | Tag::Ia5String | Tag::VisibleString => {
            String::from_utf8(bytes.to_vec()).ok()
        }
        Tag::BmpString => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        Tag::TeletexString => Some(bytes.iter().map(|&b| char::from(b)).collect()),
        _ => None,
    }
}

/// Builds the subject name: O, title, CN, emailAddress (most general first, as in X.500).
fn subject_name(request: &NewCertificate) -> Result<Name> {
    let field = |value: &str, field: &'static str| -> Result<String> {
        let value = value.trim();
        if value.is_empty() {
            return Err(SignError::InvalidField {
                field,
                reason: "must not be empty",
            });
        }
        if value.chars().count() > 64 {
            return Err(SignError::InvalidField {
                field,
                reason: "must be at most 64 characters",
            });
        }
        Ok(value.to_owned())
    };
    let name = field(&request.name, "name")?;
    let organisation = field(&request.organisation, "organisation")?;
    let function = field(&request.function, "function")?;
    let email = field(&request.email, "email")?;
    if !email.contains('@') || !email.is_ascii() {
        return Err(SignError::InvalidField {
            field: "email",
            reason: "must be an ASCII address with @",
        });
    }
    let utf8 = |oid: ObjectIdentifier, value: &str| -> Result<RelativeDistinguishedName> {
        let value = Utf8StringRef::new(value).map_err(|e| SignError::Certificate(e.to_string()))?;
        rdn(oid, Any::from(value))
    };
    let email_value = Ia5String::new(&email).map_err(|_| SignError::InvalidField {
        field: "email",
        reason: "must be plain ASCII",
    })?;
    Ok(RdnSequence(vec![
        utf8(OID_O, &organisation)?,
        utf8(OID_TITLE, &function)?,
        utf8(OID_CN, &name)?,
        rdn(OID_EMAIL, Any::from(&email_value))?,
    ]))
}

fn rdn(oid: ObjectIdentifier, value: Any) -> Result<RelativeDistinguishedName> {
    SetOfVec::try_from(vec![AttributeTypeAndValue { oid, value }])
        .map(RelativeDistinguishedName)
        .map_err(|e| SignError::Certificate(e.to_string()))
}

fn validity(not_before: DateTime<Utc>, valid_days: u32) -> Result<Validity> {
    let to_time = |at: DateTime<Utc>| -> Result<Time> {
        let secs = u64::try_from(at.timestamp())
            .map_err(|_| SignError::Certificate("date before 1970".to_owned()))?;
        let dt = der::DateTime::from_unix_duration(Duration::from_secs(secs))
            .map_err(|e| SignError::Certificate(e.to_string()))?;
        Ok(Time::GeneralTime(GeneralizedTime::from_date_time(dt)))
    };
    let not_after = not_before + chrono::Duration::days(i64::from(valid_days.max(1)));
    Ok(Validity {
        not_before: to_time(not_before)?,
        not_after: to_time(not_after)?,
    })
}

/// A positive random 16-byte serial number.
fn random_serial() -> Result<SerialNumber> {
    let mut bytes = [0_u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    SerialNumber::new(&bytes).map_err(|e| SignError::Certificate(e.to_string()))
}

/// Parses a PEM or DER certificate (for trust lists given on the command line).
pub fn certificate_der_from_pem_or_der(bytes: &[u8]) -> Result<Vec<u8>> {
    if let Ok(text) = std::str::from_utf8(bytes)
        && text.contains("-----BEGIN CERTIFICATE-----")
    {
        let cert = <Certificate as der::DecodePem>::from_pem(text.trim())
            .map_err(|e| SignError::Certificate(e.to_string()))?;
        return cert
            .to_der()
            .map_err(|e| SignError::Certificate(e.to_string()));
    }
    Certificate::from_der(bytes).map_err(|e| SignError::Certificate(e.to_string()))?;
    Ok(bytes.to_vec())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_key() {
        let id = SigningIdentity::create_self_signed(&NewCertificate {
            name: "Jan de Vries".to_owned(),
            function: "Leerkracht".to_owned(),
            organisation: "OBS Het Anker".to_owned(),
            email: "jan@anker.example".to_owned(),
            algorithm: KeyAlgorithm::EcdsaP256,
            not_before: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            valid_days: 30,
        })
        .unwrap();
        let text = format!("{id:?}");
        assert!(text.contains("Jan de Vries"), "{text}");
        assert!(!text.contains("key_pkcs8"), "{text}");
        assert_eq!(id.subject_function().as_deref(), Some("Leerkracht"));
        assert!(id.is_self_signed());
        assert_eq!(
            id.not_after(),
            DateTime::from_timestamp(1_790_000_000 + 30 * 86_400, 0)
        );
    }

    #[test]
    fn pem_and_der_certificates_are_accepted() {
        let der_bytes = SigningIdentity::create_self_signed(&NewCertificate {
            name: "A".to_owned(),
            function: "B".to_owned(),
            organisation: "C".to_owned(),
            email: "a@c.example".to_owned(),
            algorithm: KeyAlgorithm::EcdsaP256,
            not_before: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            valid_days: 30,
        })
        .unwrap()
        .certificate_der()
        .to_vec();
        let cert = Certificate::from_der(&der_bytes).unwrap();
        let pem = der::EncodePem::to_pem(&cert, der::pem::LineEnding::LF).unwrap();
        assert_eq!(
            certificate_der_from_pem_or_der(pem.as_bytes()).unwrap(),
            der_bytes
        );
        assert_eq!(
            certificate_der_from_pem_or_der(&der_bytes).unwrap(),
            der_bytes
        );
        assert!(certificate_der_from_pem_or_der(b"junk").is_err());
    }
}
