//! Key slots: one row per user in `slots`. A slot holds the user's P-256 public key,
//! their private key sealed under an Argon2id key from their passphrase, and the data
//! key sealed to their public key. Adding a user needs only the data key; re-keying
//! re-seals a new data key to every remaining public key, without passphrases.
//!
//! Format 3: a slot holds no name. The names are in the sealed `users` record, tied to
//! the slots by public key, so the file does not say who the users are. Opening tries
//! the passphrase on each slot in turn (one Argon2id each, until one fits). A slot
//! carried over from format 2 still has the user's name in its private key's associated
//! data; it is opened without the tag first, checked against its public key, and its
//! tag is checked as soon as the name is read from the sealed list ([`unlock`]).
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
use super::error::{Tampering, VaultError};

/// The `slots` table, exactly as every format-3 vault has it: no names.
pub(crate) const SLOTS_TABLE: &str = "
CREATE TABLE slots (public_key BLOB PRIMARY KEY, kdf_m_kib INTEGER NOT NULL,
                    kdf_t INTEGER NOT NULL, kdf_p INTEGER NOT NULL, salt BLOB NOT NULL,
                    secret_key BLOB NOT NULL, data_key BLOB NOT NULL, sum BLOB NOT NULL) STRICT;
";

/// One user's slot as stored. Whose it is, is in the sealed `users` record.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
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

fn kdf_bytes(kdf: KdfParams) -> [[u8; 4]; 3] {
    [
        kdf.m_cost_kib.to_le_bytes(),
        kdf.t_cost.to_le_bytes(),
        kdf.p_cost.to_le_bytes(),
    ]
}

fn secret_aad(vault_id: &VaultId, kdf: KdfParams, salt: &[u8], public: &[u8]) -> Vec<u8> {
    let [m, t, p] = kdf_bytes(kdf);
    crypto::sha256(&[
        b"meldcode slot secret v3",
        vault_id,
        &m,
        &t,
        &p,
        salt,
        public,
    ])
    .to_vec()
}

fn key_aad(vault_id: &VaultId, public: &[u8]) -> Vec<u8> {
    crypto::sha256(&[b"meldcode slot data key v3", vault_id, public]).to_vec()
}

fn sum(s: &Slot) -> Vec<u8> {
    let [m, t, p] = kdf_bytes(s.kdf);
    crypto::sha256(&[
        b"meldcode slot v3",
        &m,
        &t,
        &p,
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

/// A new slot, its private key sealed under `passphrase` and `key` sealed to it.
pub(crate) fn new_slot(
    vault_id: &VaultId,
    passphrase: &str,
    kdf: KdfParams,
    key: &DataKey,
) -> Result<Slot, VaultError> {
    let salt = crypto::random_bytes::<16>().to_vec();
    let kek = derive(passphrase, &salt, kdf)?;
    let secret = UserSecret::generate();
    let public = secret.public();
    let sealed_secret = secret.seal(&kek, &secret_aad(vault_id, kdf, &salt, &public));
    let mut slot = Slot {
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
    slot.data_key = crypto::seal_data_key(&slot.public, &key_aad(vault_id, &slot.public), key)
        .ok_or_else(|| VaultError::corrupt("a key slot has no valid public key"))?;
    slot.sum = sum(slot);
    Ok(())
}

/// The name the sealed list of users gives a slot's public key, read with the data key
/// the slot just gave (for a slot carried over from format 2).
pub(crate) type NameOf<'a> = &'a dyn Fn(&DataKey, &[u8]) -> Result<Option<String>, VaultError>;

/// Tries the passphrase on a slot: the data key (bound to the vault) when it fits,
/// `None` when it does not. One Argon2id derivation.
pub(crate) fn unlock(
    vault_id: &VaultId,
    slot: &Slot,
    passphrase: &str,
    name_of: NameOf<'_>,
) -> Result<Option<DataKey>, VaultError> {
    let kek = derive(passphrase, &slot.salt, slot.kdf)?;
    let aad = secret_aad(vault_id, slot.kdf, &slot.salt, &slot.public);
    let damaged = || VaultError::corrupt("a key slot is damaged");
    if let Some(secret) = UserSecret::open(&kek, &aad, &slot.secret) {
        if secret.public() != slot.public {
            return Err(damaged());
        }
        return secret
            .open_data_key(&key_aad(vault_id, &slot.public), &slot.data_key)
            .map(|k| Some(k.bound_to(*vault_id)))
            .ok_or_else(damaged);
    }
    // A slot from format 2: its associated data holds the user's name, which is sealed
    // now. Without the tag first; only the right passphrase gives the slot's key pair.
    let Some(secret) = UserSecret::open_unverified(&kek, &slot.secret) else {
        return Ok(None);
    };
    if secret.public() != slot.public {
        return Ok(None);
    }
    let key = secret
        .open_data_key(&key_aad(vault_id, &slot.public), &slot.data_key)
        .ok_or_else(damaged)?
        .bound_to(*vault_id);
    let name =
        name_of(&key, &slot.public)?.ok_or(VaultError::Tampered(Tampering::SlotNotListed))?;
    let aad = v2::secret_aad(vault_id, &name, slot.kdf, &slot.salt, &slot.public);
    if UserSecret::open(&kek, &aad, &slot.secret).is_none() {
        return Err(damaged());
    }
    Ok(Some(key))
}

fn check_fields(
    kdf: KdfParams,
    salt: &[u8],
    public: &[u8],
    secret: &[u8],
    data_key: &[u8],
) -> Result<bool, VaultError> {
    if !kdf.within_bounds() {
        return Err(VaultError::KdfOutOfBounds {
            m_cost_kib: kdf.m_cost_kib,
            t_cost: kdf.t_cost,
            p_cost: kdf.p_cost,
        });
    }
    Ok((8..=64).contains(&salt.len())
        && public.len() == PUBLIC_LEN
        && secret.len() == SEALED_SECRET_LEN
        && data_key.len() == SEALED_DATA_KEY_LEN)
}

/// Every slot in table order, each checked (bounds, sizes, checksum) before any is used.
pub(crate) fn read_all(conn: &Connection) -> Result<Vec<Slot>, VaultError> {
    let mut stmt = conn.prepare(
        "SELECT kdf_m_kib, kdf_t, kdf_p, salt, public_key, secret_key, data_key, sum \
         FROM slots ORDER BY rowid",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Slot {
            kdf: KdfParams {
                m_cost_kib: r.get(0)?,
                t_cost: r.get(1)?,
                p_cost: r.get(2)?,
            },
            salt: r.get(3)?,
            public: r.get(4)?,
            secret: r.get(5)?,
            data_key: r.get(6)?,
            sum: r.get(7)?,
        })
    })?;
    let slots: Vec<Slot> = rows.collect::<Result<_, _>>()?;
    for s in &slots {
        if !check_fields(s.kdf, &s.salt, &s.public, &s.secret, &s.data_key)? || s.sum != sum(s) {
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

/// Replaces every slot with `slots`, in this order.
pub(crate) fn write_all(conn: &Connection, slots: &[Slot]) -> Result<(), VaultError> {
    conn.execute("DELETE FROM slots", [])?;
    for s in slots {
        conn.execute(
            "INSERT INTO slots (public_key, kdf_m_kib, kdf_t, kdf_p, salt, secret_key, \
             data_key, sum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                s.public,
                s.kdf.m_cost_kib,
                s.kdf.t_cost,
                s.kdf.p_cost,
                s.salt,
                s.secret,
                s.data_key,
                s.sum
            ],
        )?;
    }
    Ok(())
}

/// A hash over every slot's checksum, for the sealed state.
pub(crate) fn digest(sums: &[Vec<u8>]) -> [u8; 32] {
    let sums: Vec<&[u8]> = sums.iter().map(Vec::as_slice).collect();
    crypto::sha256(&sums)
}

/// The slot digest of the sealed state, for the file's format.
pub(crate) fn digest_of(conn: &Connection, version: u32) -> Result<[u8; 32], VaultError> {
    let sums: Vec<Vec<u8>> = if version == 2 {
        v2::read_all(conn)?.into_iter().map(|s| s.sum).collect()
    } else {
        read_all(conn)?.into_iter().map(|s| s.sum).collect()
    };
    Ok(digest(&sums))
}

/// Format-2 slots (the user's name in plain text and in the associated data), for the
/// upgrade paths only.
pub(crate) mod v2 {
    use rusqlite::{Connection, params};

    use super::super::crypto::{self, DataKey, KdfParams, UserSecret, VaultId};
    use super::super::error::VaultError;
    use super::{check_fields, derive, kdf_bytes};

    /// The `slots` table of format 2. Never edit: pinned files are compared against it.
    pub(crate) const SLOTS_TABLE: &str = "
CREATE TABLE slots (user TEXT PRIMARY KEY, kdf_m_kib INTEGER NOT NULL, kdf_t INTEGER NOT NULL,
                    kdf_p INTEGER NOT NULL, salt BLOB NOT NULL, public_key BLOB NOT NULL,
                    secret_key BLOB NOT NULL, data_key BLOB NOT NULL, sum BLOB NOT NULL) STRICT;
";

    /// A format-2 slot: [`super::Slot`] with its user's name.
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

    pub(crate) fn secret_aad(
        vault_id: &VaultId,
        user: &str,
        kdf: KdfParams,
        salt: &[u8],
        public: &[u8],
    ) -> Vec<u8> {
        let [m, t, p] = kdf_bytes(kdf);
        crypto::sha256(&[
            b"meldcode slot secret v2",
            vault_id,
            user.as_bytes(),
            &m,
            &t,
            &p,
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
        let [m, t, p] = kdf_bytes(s.kdf);
        crypto::sha256(&[
            b"meldcode slot v2",
            s.user.as_bytes(),
            &m,
            &t,
            &p,
            &s.salt,
            &s.public,
            &s.secret,
            &s.data_key,
        ])
        .to_vec()
    }

    /// A new format-2 slot for `user` (the upgrade from format 1).
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
        let sealed = secret.seal(&kek, &secret_aad(vault_id, user, kdf, &salt, &public));
        let data_key = crypto::seal_data_key(&public, &key_aad(vault_id, user, &public), key)
            .ok_or_else(|| VaultError::corrupt("a new key pair is invalid"))?;
        let mut slot = Slot {
            user: user.to_owned(),
            kdf,
            salt,
            public,
            secret: sealed,
            data_key,
            sum: Vec::new(),
        };
        slot.sum = sum(&slot);
        Ok(slot)
    }

    /// What a format-2 slot gives its owner: the data key (record format 2), the
    /// key-encryption key and the private key.
    pub(crate) type Opened = (DataKey, zeroize::Zeroizing<[u8; 32]>, UserSecret);

    /// Tries the passphrase on a format-2 slot: [`Opened`] when it fits.
    pub(crate) fn unlock(
        vault_id: &VaultId,
        slot: &Slot,
        passphrase: &str,
    ) -> Result<Option<Opened>, VaultError> {
        let kek = derive(passphrase, &slot.salt, slot.kdf)?;
        let aad = secret_aad(vault_id, &slot.user, slot.kdf, &slot.salt, &slot.public);
        let Some(secret) = UserSecret::open(&kek, &aad, &slot.secret) else {
            return Ok(None);
        };
        let damaged = || VaultError::corrupt("a key slot is damaged");
        if secret.public() != slot.public {
            return Err(damaged());
        }
        let key = secret
            .open_data_key(&key_aad(vault_id, &slot.user, &slot.public), &slot.data_key)
            .ok_or_else(damaged)?
            .bound_to(*vault_id)
            .with_format(crypto::RECORD_FORMAT_V2);
        Ok(Some((key, kek, secret)))
    }

    /// Every format-2 slot in name order, each checked like [`super::read_all`].
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
            if !check_fields(s.kdf, &s.salt, &s.public, &s.secret, &s.data_key)? || s.sum != sum(s)
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

    /// Replaces every slot (format 2).
    pub(crate) fn write_all(conn: &Connection, slots: &[Slot]) -> Result<(), VaultError> {
        conn.execute("DELETE FROM slots", [])?;
        for s in slots {
            conn.execute(
                "INSERT INTO slots (user, kdf_m_kib, kdf_t, kdf_p, salt, public_key, \
                 secret_key, data_key, sum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
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

    /// The format-3 form of a format-2 slot: the same key pair and passphrase, the data
    /// key `key` sealed without the name. With the owner's key-encryption key (the user
    /// who upgrades) the private key is re-sealed without the name too; other users'
    /// slots keep the name in their associated data until they change their passphrase.
    pub(crate) fn to_v3(
        vault_id: &VaultId,
        slot: Slot,
        key: &DataKey,
        owner: Option<(&[u8; 32], &UserSecret)>,
    ) -> Result<super::Slot, VaultError> {
        let secret = match owner {
            Some((kek, secret)) => secret.seal(
                kek,
                &super::secret_aad(vault_id, slot.kdf, &slot.salt, &slot.public),
            ),
            None => slot.secret,
        };
        let mut out = super::Slot {
            kdf: slot.kdf,
            salt: slot.salt,
            public: slot.public,
            secret,
            data_key: Vec::new(),
            sum: Vec::new(),
        };
        super::reseal(vault_id, &mut out, key)?;
        Ok(out)
    }
}
