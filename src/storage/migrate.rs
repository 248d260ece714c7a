//! The numbered upgrade path. Each step takes a vault from one format to the next, after
//! a backup, in one transaction; a vault several formats old runs every step in turn.
//!
//! Step 1 → 2: one shared passphrase becomes the first user's key slot, the vault gets
//! an id, every record is re-encrypted under a new data key bound to that id, and the
//! sealed state is written. Nothing of the content changes.
//!
//! Step 2 → 3: the id counters leave the plain header for a sealed record, the key slots
//! lose their plain user names (the sealed list of users names them), and everything is
//! re-encrypted under a new data key with padding to buckets. Every user keeps their
//! passphrase; the upgrading user's own slot is re-sealed without the name, the others
//! keep it inside their (sealed) associated data ([`super::slots`]).

use std::path::Path;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::audit::{self, AuditAction};
use super::backup;
use super::crypto::{self, DataKey};
use super::error::Tampering;
use super::error::VaultError;
use super::lock::{self, Acquired};
use super::schema::{
    Counters, connect, header_need, header_set, pinned_version, put_counters, put_users,
    read_key_header, read_profile, read_users, vault_id as schema_vault_id,
};
use super::slots::{self, VaultUser};
use super::vault::{OpenOptions, entry_for};
use super::{rekey, state};
use crate::domain::Actor;

/// Runs every step from the file's format up to the current one. `passphrase` must open
/// the file as it is; it becomes the first user's passphrase.
pub(crate) fn upgrade(path: &Path, passphrase: &str, opts: &OpenOptions) -> Result<(), VaultError> {
    let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    let mut version = pinned_version(&conn)?;
    let mut conn = Some(conn);
    // A vault upgraded from format 1 in this call has its backup already.
    let mut backup_first = true;
    if version == 1 {
        v1_to_v2(
            conn.take().ok_or(VaultError::ReadOnly)?,
            path,
            passphrase,
            opts,
        )?;
        version = 2;
        backup_first = false;
    }
    if version == 2 {
        let conn = match conn.take() {
            Some(c) => c,
            None => connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?,
        };
        v2_to_v3(conn, path, passphrase, opts, backup_first)?;
    }
    Ok(())
}

/// The name and function of the first user: the named slot, else the actor, else the
/// user of the profile.
pub(crate) fn first_user(opts: &OpenOptions, profile_user: &Actor) -> Actor {
    if let Some(name) = opts.user.as_ref().filter(|n| !n.trim().is_empty()) {
        let function = if *name == opts.actor.name {
            opts.actor.function.clone()
        } else if *name == profile_user.name {
            profile_user.function.clone()
        } else {
            String::new()
        };
        return Actor::new(name.trim(), &function);
    }
    if !opts.actor.name.trim().is_empty() {
        return Actor::new(opts.actor.name.trim(), &opts.actor.function);
    }
    profile_user.clone()
}

fn v1_to_v2(
    mut conn: Connection,
    path: &Path,
    passphrase: &str,
    opts: &OpenOptions,
) -> Result<(), VaultError> {
    let (kdf, salt, wrapped) = read_key_header(&conn, 1)?;
    let kek = crypto::derive_kek(passphrase.as_bytes(), &salt, kdf)
        .map_err(|e| VaultError::corrupt(format!("key parameters: {e}")))?;
    let Some(old) = crypto::unwrap(&kek, &wrapped) else {
        conn.execute(
            "INSERT INTO failed_attempts (at) VALUES (?1)",
            [chrono::Utc::now().to_rfc3339()],
        )
        .ok();
        return Err(VaultError::WrongPassphrase);
    };
    let profile = read_profile(&conn, &old)?;
    let user = first_user(opts, &profile.user);
    let _lock = hold_lock(path, &user.name, opts)?;
    // The backup before anything changes; it stays (it is never rotated out, as it does
    // not open under the new key) until the user destroys old backups.
    backup::take_before_upgrade(&conn, path, 1)?;

    let vault_id = crypto::random_bytes::<16>();
    let new = DataKey::for_vault(vault_id).with_format(crypto::RECORD_FORMAT_V2);
    let slot = slots::v2::new_slot(&vault_id, &user.name, passphrase, kdf, &new)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(slots::v2::SLOTS_TABLE)?;
    rekey::reencrypt(&tx, &old, &new, &mut |_, _| {})?;
    for k in [
        "kdf_m_kib",
        "kdf_t",
        "kdf_p",
        "salt",
        "wrapped_key",
        "header_sum",
    ] {
        tx.execute("DELETE FROM header WHERE key = ?1", [k])?;
    }
    header_set(&tx, "vault_id", &vault_id.to_vec())?;
    header_set(&tx, "schema_version", &2u32)?;
    slots::v2::write_all(&tx, std::slice::from_ref(&slot))?;
    put_users(
        &tx,
        &new,
        &[VaultUser {
            name: user.name.clone(),
            function: user.function.clone(),
            public_key: crypto::hex(&slot.public),
        }],
    )?;
    let mut o = opts.clone();
    o.actor = user;
    audit::append(
        &tx,
        &new,
        &mut entry_for(&o, AuditAction::Upgraded, None, "format 1 to 2"),
    )?;
    let counter: i64 = super::schema::header_need(&tx, "change_counter")?;
    header_set(&tx, "change_counter", &(counter + 1))?;
    state::seal(&tx, &new, Some(0))?;
    tx.commit()?;
    Ok(())
}

fn v2_to_v3(
    mut conn: Connection,
    path: &Path,
    passphrase: &str,
    opts: &OpenOptions,
    backup_first: bool,
) -> Result<(), VaultError> {
    let vault_id = schema_vault_id(&conn)?;
    let old_slots = slots::v2::read_all(&conn)?;
    let wanted = opts.user.as_deref().map(str::trim);
    let mut order: Vec<&slots::v2::Slot> = old_slots
        .iter()
        .filter(|s| wanted.is_none_or(|w| s.user == w))
        .collect();
    if order.is_empty() {
        return Err(VaultError::UnknownUser);
    }
    order.sort_by_key(|s| s.user != opts.actor.name);
    let mut found = None;
    for s in order {
        if let Some(k) = slots::v2::unlock(&vault_id, s, passphrase)? {
            found = Some((k, s.user.clone()));
            break;
        }
    }
    let Some(((old, kek, secret), name)) = found else {
        conn.execute(
            "INSERT INTO failed_attempts (at) VALUES (?1)",
            [chrono::Utc::now().to_rfc3339()],
        )
        .ok();
        return Err(VaultError::WrongPassphrase);
    };
    // Nothing changed behind the program's back is carried into the new format.
    let generation = state::verify(&conn, &old)?.generation;
    let user = read_users(&conn, &old)?
        .into_iter()
        .find(|u| u.name == name)
        .ok_or(VaultError::Tampered(Tampering::SlotNotListed))?;
    let _lock = hold_lock(path, &user.name, opts)?;
    if backup_first {
        backup::take_before_upgrade(&conn, path, 2)?;
    }
    let new = DataKey::for_vault(vault_id);
    let new_slots = old_slots
        .into_iter()
        .map(|s| {
            let owner = (s.user == name).then_some((&*kek, &secret));
            slots::v2::to_v3(&vault_id, s, &new, owner)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let next: i64 = header_need(&tx, "next_dossier")?;
    let mut counters = Counters {
        next_dossier: next.cast_unsigned(),
        ..Counters::default()
    };
    let refs: Vec<(String, i64)> = tx
        .prepare("SELECT key, value FROM header WHERE key LIKE 'reference!_%' ESCAPE '!'")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (k, n) in refs {
        let year = k
            .strip_prefix("reference_")
            .and_then(|y| y.parse().ok())
            .ok_or_else(|| VaultError::corrupt(format!("header value {k:?} is not a year")))?;
        let n = u32::try_from(n)
            .map_err(|_| VaultError::corrupt(format!("header value {k:?} is out of range")))?;
        counters.references.insert(year, n);
    }
    tx.execute(
        "DELETE FROM header WHERE key = 'next_dossier' OR key LIKE 'reference!_%' ESCAPE '!'",
        [],
    )?;
    rekey::reencrypt(&tx, &old, &new, &mut |_, _| {})?;
    tx.execute_batch("DROP TABLE slots;")?;
    tx.execute_batch(slots::SLOTS_TABLE)?;
    slots::write_all(&tx, &new_slots)?;
    put_counters(&tx, &new, &counters)?;
    header_set(&tx, "schema_version", &3u32)?;
    let mut o = opts.clone();
    o.actor = Actor::new(&user.name, &user.function);
    audit::append(
        &tx,
        &new,
        &mut entry_for(&o, AuditAction::Upgraded, None, "format 2 to 3"),
    )?;
    let counter: i64 = header_need(&tx, "change_counter")?;
    header_set(&tx, "change_counter", &(counter + 1))?;
    state::seal(&tx, &new, Some(generation))?;
    tx.commit()?;
    Ok(())
}

/// The vault's lock for an upgrade, or who holds it.
fn hold_lock(path: &Path, user: &str, opts: &OpenOptions) -> Result<lock::HeldLock, VaultError> {
    match lock::acquire(path, user, &opts.workstation, opts.take_over_stale_lock)? {
        Acquired::Held(h) => Ok(h),
        Acquired::Other { holder, .. } => Err(VaultError::Locked { holder }),
    }
}
