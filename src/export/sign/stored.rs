//! A signing identity kept inside an encrypted store (the vault's secrets).
//!
//! The bytes are `MCID` + version 1 + a one-byte password length + a random password +
//! PKCS#12 under that password. The password only satisfies the PKCS#12 format: the
//! protection comes from the store, which encrypts the whole record. Never write these
//! bytes to a file; use [`SigningIdentity::to_pkcs12_bytes`] with the user's password for
//! a backup.

use rand::Rng as _;
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

use super::cert::SigningIdentity;
use super::{Result, SignError};

/// Name of the vault secret that holds the user's signing identity.
pub const VAULT_SECRET: &str = "signing-identity";

const MAGIC: &[u8] = b"MCID\x01";
const PASSWORD_LEN: usize = 32;

impl SigningIdentity {
    /// The identity as bytes for an encrypted store (see the module documentation).
    pub fn to_store_bytes(&self) -> Result<Zeroizing<Vec<u8>>> {
        let password: Zeroizing<String> = Zeroizing::new(
            rand::rngs::OsRng
                .sample_iter(rand::distributions::Alphanumeric)
                .take(PASSWORD_LEN)
                .map(char::from)
                .collect(),
        );
        let p12 = self.to_pkcs12_bytes(&password)?;
        let mut out = Zeroizing::new(Vec::with_capacity(
            MAGIC.len() + 1 + PASSWORD_LEN + p12.len(),
        ));
        out.extend_from_slice(MAGIC);
        out.push(PASSWORD_LEN as u8);
        out.extend_from_slice(password.as_bytes());
        out.extend_from_slice(&p12);
        Ok(out)
    }

    /// Reads bytes made by [`SigningIdentity::to_store_bytes`].
    pub fn from_store_bytes(bytes: &[u8]) -> Result<Self> {
        let bad = || SignError::Pkcs12("the stored signing certificate is damaged".to_owned());
        let rest = bytes.strip_prefix(MAGIC).ok_or_else(bad)?;
        let (&len, rest) = rest.split_first().ok_or_else(bad)?;
        let len = usize::from(len);
        if rest.len() < len {
            return Err(bad());
        }
        let (password, p12) = rest.split_at(len);
        let password = std::str::from_utf8(password).map_err(|_| bad())?;
        Self::from_pkcs12_bytes(p12, password)
    }

    /// SHA-256 fingerprint of the certificate, as uppercase hex: identifies the certificate
    /// in the audit log without naming anyone.
    pub fn fingerprint(&self) -> String {
        use std::fmt::Write as _;
        Sha256::digest(self.certificate_der()).iter().fold(
            String::with_capacity(64),
            |mut out, b| {
                let _ = write!(out, "{b:02X}");
                out
            },
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::cert::{KeyAlgorithm, NewCertificate};
    use super::*;

    #[test]
    fn store_bytes_round_trip_and_damage_is_refused() {
        let id = SigningIdentity::create_self_signed(&NewCertificate {
            name: "Zoë Ünal".to_owned(),
            function: "intern begeleider".to_owned(),
            organisation: "De Ĳsvogel".to_owned(),
            email: "ib@example.nl".to_owned(),
            algorithm: KeyAlgorithm::EcdsaP256,
            not_before: chrono::Utc::now(),
            valid_days: 30,
        })
        .unwrap();
        let bytes = id.to_store_bytes().unwrap();
        let back = SigningIdentity::from_store_bytes(&bytes).unwrap();
        assert_eq!(back.certificate_der(), id.certificate_der());
        assert_eq!(back.fingerprint(), id.fingerprint());
        assert_eq!(id.fingerprint().len(), 64);
        let mut damaged = bytes.to_vec();
        damaged[MAGIC.len() + 3] ^= 1;
        assert!(SigningIdentity::from_store_bytes(&damaged).is_err());
        assert!(SigningIdentity::from_store_bytes(b"MCID").is_err());
    }
}
