//! The audit log (NEN 7513): an append-only table inside the vault. Each entry is
//! encrypted like every other record and chained: `hash = SHA-256(mac key ‖ previous hash
//! ‖ seq ‖ sealed entry)`, with a key derived from the data key, so nobody without the
//! passphrase can rewrite the chain. The head (last seq and hash) is kept as an encrypted
//! record too, so removing the last entries is detected as well.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension as _, params};
use serde::{Deserialize, Serialize};

use super::crypto::{DataKey, sha256};
use super::error::VaultError;
use crate::domain::DossierId;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    /// The vault was opened.
    OpenVault,
    /// A dossier was created.
    Create,
    /// A dossier was read.
    Read,
    /// A dossier was changed.
    Change,
    /// A document was printed.
    Print,
    /// Data left the vault (export, inzage).
    Export,
    /// A document was signed.
    Sign,
    /// Data was deleted.
    Delete,
    /// Someone tried a wrong passphrase.
    FailedPassphrase,
    /// The passphrase was changed.
    PassphraseChanged,
    /// Dossiers past their retention period were destroyed.
    Purge,
    /// A stale lock was taken over.
    LockTakenOver,
    /// A user was given a key slot.
    UserAdded,
    /// A user's key slot was removed (the data key was renewed).
    UserRemoved,
    /// The data key was renewed and everything re-encrypted.
    KeyRotated,
    /// The vault file was upgraded to a newer format.
    Upgraded,
}

impl AuditAction {
    /// A short English label for the CLI.
    pub fn label(self) -> &'static str {
        match self {
            AuditAction::OpenVault => "open-vault",
            AuditAction::Create => "create",
            AuditAction::Read => "read",
            AuditAction::Change => "change",
            AuditAction::Print => "print",
            AuditAction::Export => "export",
            AuditAction::Sign => "sign",
            AuditAction::Delete => "delete",
            AuditAction::FailedPassphrase => "failed-passphrase",
            AuditAction::PassphraseChanged => "passphrase-changed",
            AuditAction::Purge => "purge",
            AuditAction::LockTakenOver => "lock-taken-over",
            AuditAction::UserAdded => "user-added",
            AuditAction::UserRemoved => "user-removed",
            AuditAction::KeyRotated => "key-rotated",
            AuditAction::Upgraded => "upgraded",
        }
    }
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// 1-based, gapless.
    pub seq: u64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who: the user whose key slot opened the vault (empty for a failed passphrase,
    /// whose author is unknown).
    pub user: String,
    /// The user's function.
    pub function: String,
    /// From which computer.
    pub workstation: String,
    /// Which dossier, if any.
    pub dossier: Option<DossierId>,
    /// What.
    pub action: AuditAction,
    /// Details without names (e.g. "signal 4", "pdf consultatie").
    pub detail: String,
}

pub(crate) const TABLE: &str = "audit";
pub(crate) const HEAD: &str = "audit-head";

fn link(mac: &[u8; 32], prev: &[u8], seq: u64, sealed: &[u8]) -> [u8; 32] {
    sha256(&[mac, prev, &seq.to_le_bytes(), sealed])
}

#[derive(Serialize, Deserialize)]
struct Head {
    seq: u64,
    hash: Vec<u8>,
}

fn read_head(conn: &Connection, key: &DataKey) -> Result<Head, VaultError> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM records WHERE name = ?1", [HEAD], |r| {
            r.get(0)
        })
        .optional()?;
    let Some(blob) = blob else {
        return Ok(Head {
            seq: 0,
            hash: vec![0; 32],
        });
    };
    let plain = key
        .open("records", HEAD, &blob)
        .ok_or_else(|| VaultError::corrupt("the audit log head fails authentication"))?;
    serde_json::from_slice(&plain)
        .map_err(|_| VaultError::corrupt("the audit log head is unreadable"))
}

/// Appends one entry; call inside the caller's transaction.
pub(crate) fn append(
    conn: &Connection,
    key: &DataKey,
    entry: &mut AuditEntry,
) -> Result<(), VaultError> {
    let head = read_head(conn, key)?;
    entry.seq = head.seq + 1;
    let plain = serde_json::to_vec(entry).map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })?;
    let sealed = key.seal(TABLE, &entry.seq.to_string(), &plain);
    let hash = link(&key.audit_mac_key(), &head.hash, entry.seq, &sealed);
    conn.execute(
        "INSERT INTO audit (seq, entry, hash) VALUES (?1, ?2, ?3)",
        params![entry.seq.cast_signed(), sealed, hash.to_vec()],
    )?;
    let new_head = serde_json::to_vec(&Head {
        seq: entry.seq,
        hash: hash.to_vec(),
    })
    .map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })?;
    conn.execute(
        "INSERT OR REPLACE INTO records (name, value) VALUES (?1, ?2)",
        params![HEAD, key.seal("records", HEAD, &new_head)],
    )?;
    Ok(())
}

/// Re-seals every entry under `new` and recomputes the chain and its head with `new`'s
/// chain key (a re-key). Refuses a log that does not verify under `old`, so a re-key
/// never launders tampering. Returns the number of entries.
pub(crate) fn rechain(
    conn: &Connection,
    old: &DataKey,
    new: &DataKey,
    progress: &mut dyn FnMut(),
) -> Result<usize, VaultError> {
    let (_, problems) = read_all(conn, old)?;
    if let Some(p) = problems.first() {
        return Err(VaultError::corrupt(format!(
            "the audit log does not verify ({p}); nothing was re-encrypted"
        )));
    }
    let rows: Vec<(i64, Vec<u8>)> = conn
        .prepare("SELECT seq, entry FROM audit ORDER BY seq")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mac = new.audit_mac_key();
    let mut prev = vec![0u8; 32];
    let mut last = 0u64;
    for (seq, sealed) in &rows {
        let seq_u = seq.cast_unsigned();
        let id = seq_u.to_string();
        let plain = old.open(TABLE, &id, sealed).ok_or_else(|| {
            VaultError::corrupt(format!("audit entry {seq} fails authentication"))
        })?;
        let resealed = new.seal(TABLE, &id, &plain);
        let hash = link(&mac, &prev, seq_u, &resealed);
        conn.execute(
            "UPDATE audit SET entry = ?2, hash = ?3 WHERE seq = ?1",
            params![seq, resealed, hash.to_vec()],
        )?;
        prev = hash.to_vec();
        last = seq_u;
        progress();
    }
    if !rows.is_empty() {
        let head = serde_json::to_vec(&Head {
            seq: last,
            hash: prev,
        })
        .map_err(|e| VaultError::Storage {
            detail: e.to_string(),
        })?;
        conn.execute(
            "INSERT OR REPLACE INTO records (name, value) VALUES (?1, ?2)",
            params![HEAD, new.seal("records", HEAD, &head)],
        )?;
    }
    Ok(rows.len())
}

/// Reads every entry, verifying decryption, order and chain; returns the entries and the
/// problems found (empty when the log is intact).
pub(crate) fn read_all(
    conn: &Connection,
    key: &DataKey,
) -> Result<(Vec<AuditEntry>, Vec<String>), VaultError> {
    let mac = key.audit_mac_key();
    let mut stmt = conn.prepare("SELECT seq, entry, hash FROM audit ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, Vec<u8>>(1)?,
            r.get::<_, Vec<u8>>(2)?,
        ))
    })?;
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let mut prev = vec![0u8; 32];
    let mut expected_seq = 1u64;
    for row in rows {
        let (seq, sealed, hash) = row?;
        let seq = seq as u64;
        if seq != expected_seq {
            problems.push(format!(
                "audit entry {expected_seq} is missing (next is {seq})"
            ));
        }
        if link(&mac, &prev, seq, &sealed).as_slice() != hash.as_slice() {
            problems.push(format!("audit entry {seq} does not fit the chain"));
        }
        match key.open(TABLE, &seq.to_string(), &sealed) {
            Some(plain) => match serde_json::from_slice::<AuditEntry>(&plain) {
                Ok(e) if e.seq == seq => entries.push(e),
                _ => problems.push(format!("audit entry {seq} is unreadable")),
            },
            None => problems.push(format!("audit entry {seq} fails authentication")),
        }
        prev = hash;
        expected_seq = seq + 1;
    }
    let head = read_head(conn, key);
    match head {
        Ok(h) if h.seq == expected_seq - 1 && h.hash == prev => {}
        Ok(h) => problems.push(format!(
            "the audit log ends at entry {} but its head says {}",
            expected_seq - 1,
            h.seq
        )),
        Err(e) => problems.push(e.to_string()),
    }
    Ok((entries, problems))
}
