//! The numbered upgrade path. Each step takes a vault from one format to the next, after
//! a backup, in one transaction; a vault several formats old runs every step in turn.
//!
//! Step 1 → 2: one shared passphrase becomes the first user's key slot, the vault gets
//! an id, every record is re-encrypted under a new data key bound to that id, and the
//! sealed state is written. Nothing of the content changes.

use std::path::Path;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::audit::{self, AuditAction};
use super::backup;
use super::crypto::{self, DataKey};
use super::error::VaultError;
use super::lock::{self, Acquired};
use super::schema::{
    connect, header_set, pinned_version, put_users, read_key_header, read_profile,
};
use super::slots::{self, VaultUser};
use super::vault::{OpenOptions, entry_for};
use super::{rekey, state};
use crate::domain::Actor;

/// Runs every step from the file's format up to the current one. `passphrase` must open
/// the file as it is; it becomes the first user's passphrase.
pub(crate) fn upgrade(path: &Path, passphrase: &str, opts: &OpenOptions) -> Result<(), VaultError> {
    let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    if pinned_version(&conn)? == 1 {
        v1_to_v2(conn, path, passphrase, opts)?;
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
    let _lock = match lock::acquire(
        path,
        &user.name,
        &opts.workstation,
        opts.take_over_stale_lock,
    )? {
        Acquired::Held(h) => h,
        Acquired::Other { holder, .. } => return Err(VaultError::Locked { holder }),
    };
    // The backup before anything changes; it stays (it is never rotated out, as it does
    // not open under the new key) until the user destroys old backups.
    backup::take_before_upgrade(&conn, path, 1)?;

    let vault_id = crypto::random_bytes::<16>();
    let new = DataKey::for_vault(vault_id);
    let slot = slots::new_slot(&vault_id, &user.name, passphrase, kdf, &new)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(slots::SLOTS_TABLE)?;
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
    slots::write_all(&tx, std::slice::from_ref(&slot))?;
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
