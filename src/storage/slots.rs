//! Key slots (format 2): one row per user in `slots`. A slot holds the user's P-256
//! public key, their private key sealed under an Argon2id key from their passphrase, and
//! the data key sealed to their public key. Adding a user needs only the data key;
//! re-keying re-seals a new data key to every remaining public key, without passphrases.
//!
//! The plain fields are bounded before any derivation and bound into the private key's
//! associated data, so a changed field reads as damage or a wrong passphrase, never as a
//! hang. A checksum per row tells a damaged slot (corrupt) from a wrong passphrase.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::crypto::{
    self, DataKey, KdfParams, PUBLIC_LEN, SEALED_DATA_KEY_LEN, SEALED_SECRET_LEN, UserSecret,
    VaultId, derive_kek,
};
use super::error::VaultError;

/// The `slots` table, exactly as every format-2 vault has it.
pub(crate) const SLOTS_TABLE: &str = "
CREATE TABLE slots (user TEXT PRIMARY KEY, kdf_m_kib INTEGER NOT NULL, kdf_t INTEGER NOT NULL,
                    kdf_p INTEGER NOT NULL, salt BLOB NOT NULL, public_key BLOB NOT NULL,
                    secret_key BLOB NOT NULL, data_key BLOB NOT NULL, sum BLOB NOT NULL) STRICT;
";

/// One user's slot as stored.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub user: String,
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    pub public: Vec<u8>,
    pub secret: Vec<u8>,
    pub data_key: Vec<u8>,
    pub sum: Vec<u8>,
}

/// A user of the vault as listed in the sealed `users` record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultUser {
    /// Name, as it appears in the audit log and the history.
    pub name: String,
    /// Function, e.g. "aandachtsfunctionaris".
    pub function: String,
    /// The slot's public key (hex), tying the listing to the slot.
    #[serde(default)]
    pub public_key: String,
}

fn secret_aad(
    vault_id: &VaultId,
    user: &str,
    kdf: KdfParams,
    salt: &[u8],
    public: &[u8],
) -> Vec<u8> {
    crypto::sha256(&[
        b"meldcode slot secret v2",
        vault_id,
        user.as_bytes(),
        &kdf.m_cost_kib.to_le_bytes(),
        &kdf.t_cost.to_le_bytes(),
        &kdf.p_cost.to_le_bytes(),
        salt,
        public,
    ])
    .to_vec()
}

fn key_aad(vault_id: &VaultId, user: &str, public: &[u8]) -> Vec<u8> {
    crypto::sha256(&[
        b"meldcode slot data key v2",
        vault_id,
        user.as_bytes(),
        public,
    ])
    .to_vec()
}

fn sum(s: &Slot) -> Vec<u8> {
    crypto::sha256(&[
        b"meldcode slot v2",
        s.user.as_bytes(),
        &s.kdf.m_cost_kib.to_le_bytes(),
        &s.kdf.t_cost.to_le_bytes(),
        &s.kdf.p_cost.to_le_bytes(),
        &s.salt,
        &s.public,
        &s.secret,
        &s.data_key,
    ])
    .to_vec()
}

fn derive(
    passphrase: &str,
    salt: &[u8],
    kdf: KdfParams,
) -> Result<zeroize::Zeroizing<[u8; 32]>, VaultError> {
    if !kdf.within_bounds() {
        return Err(VaultError::KdfOutOfBounds {
            m_cost_kib: kdf.m_cost_kib,
            t_cost: kdf.t_cost,
            p_cost: kdf.p_cost,
        });
    }
    derive_kek(passphrase.as_bytes(), salt, kdf)
        .map_err(|e| VaultError::corrupt(format!("key parameters: {e}")))
}

/// A new slot for `user`, its private key sealed under `passphrase` and `key` sealed to it.
pub(crate) fn new_slot(
    vault_id: &VaultId,
    user: &str,
    passphrase: &str,
    kdf: KdfParams,
    key: &DataKey,
) -> Result<Slot, VaultError> {
    let salt = crypto::random_bytes::<16>().to_vec();
    let kek = derive(passphrase, &salt, kdf)?;
    let secret = UserSecret::generate();
    let public = secret.public();
    let sealed_secret = secret.seal(&kek, &secret_aad(vault_id, user, kdf, &salt, &public));
    let mut slot = Slot {
        user: user.to_owned(),
        kdf,
        salt,
        public,
        secret: sealed_secret,
        data_key: Vec::new(),
        sum: Vec::new(),
    };
    reseal(vault_id, &mut slot, key)?;
    Ok(slot)
}

/// Seals `key` to the slot's public key (after a re-key) and renews the checksum.
pub(crate) fn reseal(vault_id: &VaultId, slot: &mut Slot, key: &DataKey) -> Result<(), VaultError> {
    slot.data_key = crypto::seal_data_key(
        &slot.public,
        &key_aad(vault_id, &slot.user, &slot.public),
        key,
    )
    .ok_or_else(|| {
        VaultError::corrupt(format!(
            "the key slot of {:?} has no valid public key",
            slot.user
        ))
    })?;
    slot.sum = sum(slot);
    Ok(())
}

/// Tries the passphrase on a slot: the data key (bound to the vault) when it fits,
/// `None` when it does not.
pub(crate) fn unlock(
    vault_id: &VaultId,
    slot: &Slot,
    passphrase: &str,
) -> Result<Option<DataKey>, VaultError> {
    let kek = derive(passphrase, &slot.salt, slot.kdf)?;
    let aad = secret_aad(vault_id, &slot.user, slot.kdf, &slot.salt, &slot.public);
    let Some(secret) = UserSecret::open(&kek, &aad, &slot.secret) else {
        return Ok(None);
    };
    if secret.public() != slot.public {
        return Err(VaultError::corrupt(format!(
            "the key slot of {:?} is damaged",
            slot.user
        )));
    }
    secret
        .open_data_key(&key_aad(vault_id, &slot.user, &slot.public), &slot.data_key)
        .map(|k| Some(k.bound_to(*vault_id)))
        .ok_or_else(|| VaultError::corrupt(format!("the key slot of {:?} is damaged", slot.user)))
}

/// Every slot, each checked (bounds, sizes, checksum) before any is used.
pub(crate) fn read_all(conn: &Connection) -> Result<Vec<Slot>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT user, kdf_m_kib, kdf_t, kdf_p, salt, public_key, secret_key, data_key, sum \
         FROM slots ORDER BY user",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Slot {
            user: r.get(0)?,
            kdf: KdfParams {
                m_cost_kib: r.get(1)?,
                t_cost: r.get(2)?,
                p_cost: r.get(3)?,
            },
            salt: r.get(4)?,
            public: r.get(5)?,
            secret: r.get(6)?,
            data_key: r.get(7)?,
            sum: r.get(8)?,
        })
    })?;
    let slots: Vec<Slot> = rows.collect::<Result<_, _>>()?;
    for s in &slots {
        if !s.kdf.within_bounds() {
            return Err(VaultError::KdfOutOfBounds {
                m_cost_kib: s.kdf.m_cost_kib,
                t_cost: s.kdf.t_cost,
                p_cost: s.kdf.p_cost,
            });
        }
        if !(8..=64).contains(&s.salt.len())
            || s.public.len() != PUBLIC_LEN
            || s.secret.len() != SEALED_SECRET_LEN
            || s.data_key.len() != SEALED_DATA_KEY_LEN
            || s.sum != sum(s)
        {
            return Err(VaultError::corrupt(
                "a key slot does not match its checksum",
            ));
        }
    }
    if slots.is_empty() {
        return Err(VaultError::corrupt("the vault has no key slots"));
    }
    Ok(slots)
}

/// Replaces every slot with `slots`.
pub(crate) fn write_all(conn: &Connection, slots: &[Slot]) -> Result<(), VaultError> {
    conn.execute("DELETE FROM slots", [])?;
    for s in slots {
        conn.execute(
            "INSERT INTO slots (user, kdf_m_kib, kdf_t, kdf_p, salt, public_key, secret_key, \
             data_key, sum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                s.user,
                s.kdf.m_cost_kib,
                s.kdf.t_cost,
                s.kdf.p_cost,
                s.salt,
                s.public,
                s.secret,
                s.data_key,
                s.sum
            ],
        )?;
    }
    Ok(())
}

/// A hash over every slot row, for the sealed state.
pub(crate) fn digest(slots: &[Slot]) -> [u8; 32] {
    let sums: Vec<&[u8]> = slots.iter().map(|s| s.sum.as_slice()).collect();
    crypto::sha256(&sums)
}
