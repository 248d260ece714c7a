//! Keys and record encryption.
//!
//! A random 256-bit data key encrypts every record with XChaCha20-Poly1305 (random
//! 192-bit nonce per write, associated data = table, record id and record format). The
//! data key is stored wrapped by a key-encryption key from Argon2id over the passphrase;
//! the wrap's authentication tag is the key check. Keys live in [`Zeroizing`] buffers.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

/// Length of a nonce in a sealed blob.
const NONCE_LEN: usize = 24;
/// Record format version, part of every record's associated data.
pub const RECORD_FORMAT: u32 = 1;

/// Argon2id cost parameters, stored in the vault header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost_kib: u32,
    /// Iterations.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl KdfParams {
    /// The floor for product vaults: 64 MiB, 3 passes (above OWASP's 19 MiB / 2).
    pub const FLOOR: KdfParams = KdfParams {
        m_cost_kib: 64 * 1024,
        t_cost: 3,
        p_cost: 1,
    };

    /// A deliberately weak setting for tests and benchmarks only: 64 KiB, 1 pass.
    /// `vault check` reports vaults made with less than [`KdfParams::FLOOR`].
    pub const INSECURE_TEST: KdfParams = KdfParams {
        m_cost_kib: 64,
        t_cost: 1,
        p_cost: 1,
    };

    /// Calibrates to about `target` on this machine, never below [`KdfParams::FLOOR`].
    pub fn calibrate(target: Duration) -> KdfParams {
        let mut params = KdfParams::FLOOR;
        let salt = [0u8; 16];
        let start = Instant::now();
        if derive_kek(b"calibration", &salt, params).is_err() {
            return params;
        }
        let per_pass = start.elapsed().as_secs_f64() / f64::from(params.t_cost);
        if per_pass > 0.0 {
            let passes = (target.as_secs_f64() / per_pass).round();
            params.t_cost = (passes as u32).clamp(KdfParams::FLOOR.t_cost, 64);
        }
        params
    }

    /// Whether these parameters are below the product floor.
    pub fn is_weak(self) -> bool {
        self.m_cost_kib < KdfParams::FLOOR.m_cost_kib || self.t_cost < KdfParams::FLOOR.t_cost
    }
}

/// The 256-bit key that encrypts the records. Zeroised on drop.
pub struct DataKey(Zeroizing<[u8; 32]>);

impl DataKey {
    /// A fresh random key.
    pub fn generate() -> DataKey {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        DataKey(k)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_ref().into())
    }

    /// Encrypts `plain`; the result is nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, table: &str, id: &str, plain: &[u8]) -> Vec<u8> {
        seal_with(&self.cipher(), &aad(table, id), plain)
    }

    /// Decrypts a blob made by [`DataKey::seal`] for the same table and id.
    pub fn open(&self, table: &str, id: &str, blob: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        open_with(&self.cipher(), &aad(table, id), blob)
    }

    /// A key for the audit chain, derived from the data key, so that only a passphrase
    /// holder can extend the chain.
    pub fn audit_mac_key(&self) -> Zeroizing<[u8; 32]> {
        let mut h = Sha256::new();
        h.update(b"meldcode audit chain v1");
        h.update(self.0.as_ref());
        Zeroizing::new(h.finalize().into())
    }
}

fn aad(table: &str, id: &str) -> Vec<u8> {
    format!("meldcode\0{table}\0{id}\0{RECORD_FORMAT}").into_bytes()
}

fn seal_with(cipher: &XChaCha20Poly1305, aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let payload = Payload { msg: plain, aad };
    // Encryption with a valid key and in-memory buffers cannot fail; an empty result
    // would fail to open and be reported as damage, never silently accepted.
    let ct = cipher
        .encrypt(XNonce::from_slice(&nonce), payload)
        .unwrap_or_default();
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

fn open_with(cipher: &XChaCha20Poly1305, aad: &[u8], blob: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if blob.len() < NONCE_LEN + 16 {
        return None;
    }
    let (nonce, ct) = blob.split_at(NONCE_LEN);
    cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
        .ok()
        .map(Zeroizing::new)
}

/// Derives the key-encryption key from the passphrase.
pub fn derive_kek(
    passphrase: &[u8],
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; 32]>, argon2::Error> {
    let p = Params::new(params.m_cost_kib, params.t_cost, params.p_cost, Some(32))?;
    let mut out = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p).hash_password_into(
        passphrase,
        salt,
        out.as_mut(),
    )?;
    Ok(out)
}

const WRAP_AAD: &[u8] = b"meldcode vault data key v1";

/// Wraps the data key with the key-encryption key.
pub fn wrap(kek: &[u8; 32], key: &DataKey) -> Vec<u8> {
    seal_with(
        &XChaCha20Poly1305::new(kek.into()),
        WRAP_AAD,
        key.0.as_ref(),
    )
}

/// Unwraps the data key; `None` when the key-encryption key is wrong (or the wrapped
/// key is damaged, which the header checksum tells apart).
pub fn unwrap(kek: &[u8; 32], wrapped: &[u8]) -> Option<DataKey> {
    let plain = open_with(&XChaCha20Poly1305::new(kek.into()), WRAP_AAD, wrapped)?;
    let arr: [u8; 32] = plain.as_slice().try_into().ok()?;
    Some(DataKey(Zeroizing::new(arr)))
}

/// Fresh random bytes (salts).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

/// SHA-256 over length-prefixed parts.
pub fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().into()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn a_record_opens_only_with_its_own_table_and_id() {
        let k = DataKey::generate();
        let blob = k.seal("dossiers", "7", b"Zo\xc3\xab");
        assert_eq!(
            k.open("dossiers", "7", &blob).unwrap().as_slice(),
            b"Zo\xc3\xab"
        );
        assert!(k.open("dossiers", "8", &blob).is_none());
        assert!(k.open("audit", "7", &blob).is_none());
        let mut bad = blob.clone();
        bad[30] ^= 1;
        assert!(k.open("dossiers", "7", &bad).is_none());
        assert!(!blob.windows(3).any(|w| w == b"Zo\xc3"));
    }

    #[test]
    fn wrapped_key_needs_the_right_passphrase() {
        let salt = random_bytes::<16>();
        let kek = derive_kek(b"goed", &salt, KdfParams::INSECURE_TEST).unwrap();
        let other = derive_kek(b"fout", &salt, KdfParams::INSECURE_TEST).unwrap();
        let key = DataKey::generate();
        let wrapped = wrap(&kek, &key);
        assert!(unwrap(&other, &wrapped).is_none());
        let back = unwrap(&kek, &wrapped).unwrap();
        let blob = key.seal("t", "1", b"x");
        assert_eq!(back.open("t", "1", &blob).unwrap().as_slice(), b"x");
    }

    #[test]
    fn test_parameters_are_reported_weak_and_the_floor_is_not() {
        assert!(KdfParams::INSECURE_TEST.is_weak());
        assert!(!KdfParams::FLOOR.is_weak());
    }
}
