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
/// Record format from vault format 2 on (the vault id joins the associated data).
pub const RECORD_FORMAT_V2: u32 = 2;
/// Record format from vault format 3 on: every plaintext is padded inside the AEAD to a
/// bucket ([`bucket`]), so sealed sizes do not tell what was written.
pub const RECORD_FORMAT_V3: u32 = 3;
/// Sealed audit entries are a multiple of this many bytes (every action of a user with
/// a name of normal length, signing included, fits one bucket).
pub const AUDIT_BUCKET: usize = 512;
/// Sealed dossier bodies, summaries and records are a multiple of this many bytes.
pub const RECORD_BUCKET: usize = 4096;
/// What sealing adds to a plaintext: nonce and tag.
const SEAL_OVERHEAD: usize = NONCE_LEN + 16;

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

    /// The most a vault file may ask for: 4 GiB of memory, 64 passes, 16 lanes. A file
    /// asking more is refused before any derivation (it would hang or abort the program).
    pub const MAX: KdfParams = KdfParams {
        m_cost_kib: 4 * 1024 * 1024,
        t_cost: 64,
        p_cost: 16,
    };

    /// Whether these parameters stay within [`KdfParams::MAX`] (the floor is not
    /// required: the test parameters stay allowed).
    pub fn within_bounds(self) -> bool {
        self.m_cost_kib <= KdfParams::MAX.m_cost_kib
            && self.t_cost <= KdfParams::MAX.t_cost
            && self.p_cost <= KdfParams::MAX.p_cost
    }

    /// Whether these parameters are below the product floor.
    pub fn is_weak(self) -> bool {
        self.m_cost_kib < KdfParams::FLOOR.m_cost_kib || self.t_cost < KdfParams::FLOOR.t_cost
    }
}

/// A vault's random id (format 2 on): part of every record's associated data, so a row
/// from another vault never opens here.
pub type VaultId = [u8; 16];

/// The 256-bit key that encrypts the records, with the vault id its records are bound
/// to (`None` for format-1 vaults, which had none). Zeroised on drop.
pub struct DataKey {
    key: Zeroizing<[u8; 32]>,
    vault_id: Option<VaultId>,
    format: u32,
}

impl DataKey {
    /// A fresh random key for a format-1 layout (no vault id); see [`DataKey::for_vault`].
    pub fn generate() -> DataKey {
        let mut k = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(k.as_mut());
        DataKey {
            key: k,
            vault_id: None,
            format: RECORD_FORMAT,
        }
    }

    /// A fresh random key whose records are bound to `vault_id` (current record format).
    pub fn for_vault(vault_id: VaultId) -> DataKey {
        let mut k = DataKey::generate();
        k.vault_id = Some(vault_id);
        k.format = RECORD_FORMAT_V3;
        k
    }

    /// The same key bound to `vault_id` (current record format).
    pub fn bound_to(self, vault_id: VaultId) -> DataKey {
        DataKey {
            key: self.key,
            vault_id: Some(vault_id),
            format: RECORD_FORMAT_V3,
        }
    }

    /// The same key for another record format (upgrades read and write older formats).
    pub fn with_format(mut self, format: u32) -> DataKey {
        self.format = format;
        self
    }

    /// The vault id the records are bound to.
    pub fn vault_id(&self) -> Option<VaultId> {
        self.vault_id
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.key.as_ref().into())
    }

    fn aad(&self, table: &str, id: &str) -> Vec<u8> {
        match self.vault_id {
            None => format!("meldcode\0{table}\0{id}\0{RECORD_FORMAT}").into_bytes(),
            Some(v) => {
                format!("meldcode\0{}\0{table}\0{id}\0{}", hex(&v), self.format).into_bytes()
            }
        }
    }

    /// Encrypts `plain`; the result is nonce ‖ ciphertext ‖ tag. From record format 3 on
    /// the plaintext is padded first, so the result is a multiple of [`bucket`]`(table)`.
    pub fn seal(&self, table: &str, id: &str, plain: &[u8]) -> Vec<u8> {
        if self.format >= RECORD_FORMAT_V3 {
            let padded = pad(plain, bucket(table));
            seal_with(&self.cipher(), &self.aad(table, id), &padded)
        } else {
            seal_with(&self.cipher(), &self.aad(table, id), plain)
        }
    }

    /// Decrypts a blob made by [`DataKey::seal`] for the same table and id (and removes
    /// the padding, which the tag covers).
    pub fn open(&self, table: &str, id: &str, blob: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let plain = open_with(&self.cipher(), &self.aad(table, id), blob)?;
        if self.format >= RECORD_FORMAT_V3 {
            unpad(plain)
        } else {
            Some(plain)
        }
    }

    /// A key for the audit chain, derived from the data key, so that only a passphrase
    /// holder can extend the chain.
    pub fn audit_mac_key(&self) -> Zeroizing<[u8; 32]> {
        let mut h = Sha256::new();
        match self.vault_id {
            None => h.update(b"meldcode audit chain v1"),
            Some(v) => {
                h.update(b"meldcode audit chain v2");
                h.update(v);
            }
        }
        h.update(self.key.as_ref());
        Zeroizing::new(h.finalize().into())
    }
}

/// The size sealed blobs of `table` are a multiple of.
pub fn bucket(table: &str) -> usize {
    if table == "audit" {
        AUDIT_BUCKET
    } else {
        RECORD_BUCKET
    }
}

/// `plain ‖ 0x80 ‖ 0x00…`, long enough that the sealed blob is a multiple of `bucket`.
fn pad(plain: &[u8], bucket: usize) -> Zeroizing<Vec<u8>> {
    let sealed = (plain.len() + 1 + SEAL_OVERHEAD).div_ceil(bucket) * bucket;
    let mut out = Zeroizing::new(Vec::with_capacity(sealed - SEAL_OVERHEAD));
    out.extend_from_slice(plain);
    out.push(0x80);
    out.resize(sealed - SEAL_OVERHEAD, 0);
    out
}

/// Removes [`pad`]'s padding; `None` when there is none.
fn unpad(mut padded: Zeroizing<Vec<u8>>) -> Option<Zeroizing<Vec<u8>>> {
    let end = padded.iter().rposition(|&b| b != 0)?;
    if padded[end] != 0x80 {
        return None;
    }
    padded.truncate(end);
    Some(padded)
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
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

/// Derives the key-encryption key from the passphrase. Parameters beyond
/// [`KdfParams::MAX`] are refused here too, before anything is allocated.
pub fn derive_kek(
    passphrase: &[u8],
    salt: &[u8],
    params: KdfParams,
) -> Result<Zeroizing<[u8; 32]>, argon2::Error> {
    if !params.within_bounds() {
        return Err(argon2::Error::MemoryTooMuch);
    }
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
/// Length of a wrapped data key: nonce, key, tag.
pub const WRAPPED_LEN: usize = NONCE_LEN + 32 + 16;

/// Wraps the data key with the key-encryption key (format 1; kept for the tests of the
/// unwrap that upgrades use).
#[cfg(test)]
pub fn wrap(kek: &[u8; 32], key: &DataKey) -> Vec<u8> {
    seal_with(
        &XChaCha20Poly1305::new(kek.into()),
        WRAP_AAD,
        key.key.as_ref(),
    )
}

/// Unwraps the data key; `None` when the key-encryption key is wrong (or the wrapped
/// key is damaged, which the header checksum tells apart).
pub fn unwrap(kek: &[u8; 32], wrapped: &[u8]) -> Option<DataKey> {
    let plain = open_with(&XChaCha20Poly1305::new(kek.into()), WRAP_AAD, wrapped)?;
    let arr: [u8; 32] = plain.as_slice().try_into().ok()?;
    Some(DataKey {
        key: Zeroizing::new(arr),
        vault_id: None,
        format: RECORD_FORMAT,
    })
}

// Key slots (format 2): each user has a P-256 key pair. The private key is sealed under
// the key-encryption key from that user's passphrase; the data key is sealed to every
// user's public key (ephemeral ECDH, as age's recipient stanzas do with X25519), so the
// data key can be re-sealed for every user without their passphrases.

/// Length of a SEC1 compressed P-256 public key.
pub const PUBLIC_LEN: usize = 33;
/// Length of a sealed private key: nonce, 32-byte scalar, tag.
pub const SEALED_SECRET_LEN: usize = NONCE_LEN + 32 + 16;
/// Length of a data key sealed to a public key: ephemeral key, nonce, key, tag.
pub const SEALED_DATA_KEY_LEN: usize = PUBLIC_LEN + NONCE_LEN + 32 + 16;

/// A user's private key, zeroised on drop (by `p256`).
pub struct UserSecret(p256::SecretKey);

impl UserSecret {
    /// A fresh key pair.
    pub fn generate() -> UserSecret {
        UserSecret(p256::SecretKey::random(&mut rand::rngs::OsRng))
    }

    /// The public key, SEC1 compressed.
    pub fn public(&self) -> Vec<u8> {
        use p256::elliptic_curve::sec1::ToEncodedPoint as _;
        self.0
            .public_key()
            .to_encoded_point(true)
            .as_bytes()
            .to_vec()
    }

    /// Seals this private key under a key-encryption key; `aad` binds the slot's plain
    /// fields (user, KDF parameters, salt, public key, vault id) to it.
    pub fn seal(&self, kek: &[u8; 32], aad: &[u8]) -> Vec<u8> {
        let mut bytes = Zeroizing::new([0u8; 32]);
        bytes.copy_from_slice(&self.0.to_bytes());
        seal_with(&XChaCha20Poly1305::new(kek.into()), aad, bytes.as_slice())
    }

    /// Opens a private key sealed by [`UserSecret::seal`]; `None` for a wrong passphrase.
    pub fn open(kek: &[u8; 32], aad: &[u8], blob: &[u8]) -> Option<UserSecret> {
        let plain = open_with(&XChaCha20Poly1305::new(kek.into()), aad, blob)?;
        p256::SecretKey::from_slice(&plain).ok().map(UserSecret)
    }

    /// Decrypts a private key sealed by [`UserSecret::seal`] *without* checking its tag,
    /// for a format-2 key slot whose associated data names the user, while the name is
    /// still sealed. The caller must compare the result's public key with the slot's and
    /// check the tag with [`UserSecret::open`] as soon as the name is known. Works because
    /// the XChaCha20 keystream does not depend on the associated data: sealing zeros
    /// under the same key and nonce gives it.
    pub fn open_unverified(kek: &[u8; 32], blob: &[u8]) -> Option<UserSecret> {
        if blob.len() != SEALED_SECRET_LEN {
            return None;
        }
        let (nonce, rest) = blob.split_at(NONCE_LEN);
        let ct = &rest[..32];
        let stream = Zeroizing::new(
            XChaCha20Poly1305::new(kek.into())
                .encrypt(
                    XNonce::from_slice(nonce),
                    Payload {
                        msg: &[0u8; 32],
                        aad: b"",
                    },
                )
                .ok()?,
        );
        let mut plain = Zeroizing::new([0u8; 32]);
        for (i, b) in plain.iter_mut().enumerate() {
            *b = ct[i] ^ stream[i];
        }
        p256::SecretKey::from_slice(plain.as_slice())
            .ok()
            .map(UserSecret)
    }

    /// Opens a data key sealed to this user's public key by [`seal_data_key`].
    pub fn open_data_key(&self, aad: &[u8], blob: &[u8]) -> Option<DataKey> {
        if blob.len() != SEALED_DATA_KEY_LEN {
            return None;
        }
        let (eph, sealed) = blob.split_at(PUBLIC_LEN);
        let eph = p256::PublicKey::from_sec1_bytes(eph).ok()?;
        let wrap = shared_wrap_key(&self.0, &eph, &blob[..PUBLIC_LEN], &self.public());
        let plain = open_with(&XChaCha20Poly1305::new(wrap.as_ref().into()), aad, sealed)?;
        let arr: [u8; 32] = plain.as_slice().try_into().ok()?;
        Some(DataKey {
            key: Zeroizing::new(arr),
            vault_id: None,
            format: RECORD_FORMAT,
        })
    }
}

fn shared_wrap_key(
    secret: &p256::SecretKey,
    other: &p256::PublicKey,
    eph_public: &[u8],
    recipient: &[u8],
) -> Zeroizing<[u8; 32]> {
    use p256::elliptic_curve::sec1::ToEncodedPoint as _;
    let point = p256::AffinePoint::from(other.to_projective() * *secret.to_nonzero_scalar());
    let encoded = point.to_encoded_point(false);
    let x = Zeroizing::new(encoded.x().map(|x| x.to_vec()).unwrap_or_default());
    Zeroizing::new(sha256(&[b"meldcode slot v2", eph_public, recipient, &x]))
}

/// Seals the data key to a user's public key (fresh ephemeral key each time); `None`
/// when the public key is not a valid P-256 point.
pub fn seal_data_key(public: &[u8], aad: &[u8], key: &DataKey) -> Option<Vec<u8>> {
    let recipient = p256::PublicKey::from_sec1_bytes(public).ok()?;
    let eph = UserSecret::generate();
    let eph_public = eph.public();
    let wrap = shared_wrap_key(&eph.0, &recipient, &eph_public, public);
    let mut out = eph_public;
    out.extend(seal_with(
        &XChaCha20Poly1305::new(wrap.as_ref().into()),
        aad,
        key.key.as_ref(),
    ));
    Some(out)
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
    fn a_record_of_another_vault_does_not_open() {
        let k = DataKey::for_vault([1; 16]);
        let blob = k.seal("dossiers", "1:1", b"x");
        let copy = DataKey {
            key: Zeroizing::new(*k.key),
            vault_id: Some([2; 16]),
            format: RECORD_FORMAT_V3,
        };
        assert!(copy.open("dossiers", "1:1", &blob).is_none());
        assert!(k.open("dossiers", "1:1", &blob).is_some());
    }

    #[test]
    fn a_data_key_sealed_to_a_user_opens_with_that_user_only() {
        let sanne = UserSecret::generate();
        let henk = UserSecret::generate();
        let key = DataKey::for_vault([3; 16]);
        let sealed = seal_data_key(&sanne.public(), b"slot Sanne", &key).unwrap();
        assert_eq!(sealed.len(), SEALED_DATA_KEY_LEN);
        let back = sanne.open_data_key(b"slot Sanne", &sealed).unwrap();
        assert_eq!(*back.key, *key.key);
        assert!(sanne.open_data_key(b"slot Henk", &sealed).is_none());
        assert!(henk.open_data_key(b"slot Sanne", &sealed).is_none());
        let kek = derive_kek(b"wachtwoord", b"zoutzoutzout", KdfParams::INSECURE_TEST).unwrap();
        let sealed_secret = sanne.seal(&kek, b"aad");
        assert_eq!(sealed_secret.len(), SEALED_SECRET_LEN);
        let opened = UserSecret::open(&kek, b"aad", &sealed_secret).unwrap();
        assert_eq!(opened.public(), sanne.public());
        let unverified = UserSecret::open_unverified(&kek, &sealed_secret).unwrap();
        assert_eq!(unverified.public(), sanne.public());
        let other = derive_kek(b"anders", b"zoutzoutzout", KdfParams::INSECURE_TEST).unwrap();
        assert!(
            UserSecret::open_unverified(&other, &sealed_secret)
                .is_none_or(|s| s.public() != sanne.public())
        );
        assert!(UserSecret::open(&kek, b"other", &sealed_secret).is_none());
    }

    #[test]
    fn sealed_sizes_are_buckets_and_the_padding_is_authenticated() {
        let k = DataKey::for_vault([4; 16]);
        for len in [0, 1, 200, 471, 472, 473, 1000] {
            let plain = vec![0u8; len];
            let blob = k.seal("audit", "1", &plain);
            assert_eq!(blob.len() % AUDIT_BUCKET, 0, "{len}");
            assert_eq!(k.open("audit", "1", &blob).unwrap().as_slice(), &plain[..]);
        }
        assert_eq!(k.seal("audit", "1", &[1; 471]).len(), 512);
        assert_eq!(k.seal("audit", "1", &[1; 472]).len(), 1024);
        assert_eq!(k.seal("dossiers", "1:1", b"x").len(), RECORD_BUCKET);
        // The same key in record format 2 neither pads nor opens a padded blob.
        let blob = k.seal("records", "state", b"{}");
        let v2 = DataKey {
            key: Zeroizing::new(*k.key),
            vault_id: k.vault_id,
            format: RECORD_FORMAT_V2,
        };
        assert!(v2.open("records", "state", &blob).is_none());
        assert_eq!(v2.seal("records", "state", b"{}").len(), 2 + SEAL_OVERHEAD);
        // A plaintext without its 0x80 marker is refused even when the tag is right.
        let bare = seal_with(&k.cipher(), &k.aad("records", "x"), &[1, 2, 0, 0]);
        assert!(k.open("records", "x", &bare).is_none());
    }

    #[test]
    fn test_parameters_are_reported_weak_and_the_floor_is_not() {
        assert!(KdfParams::INSECURE_TEST.is_weak());
        assert!(!KdfParams::FLOOR.is_weak());
    }
}
