//! The sealed state (format 2 on): one record, sealed under the data key, that names what
//! the vault holds — its id, every plain header value (the change counter), every
//! dossier's revision and content hash, every record's hash, the key slots and the audit
//! head — and a generation that grows with every transaction. It is rewritten in the same
//! transaction as every write, and compared with the tables at open and in `check`, so a
//! row rolled back, deleted, added or copied from elsewhere, or a replayed audit head, is
//! found without the passphrase holder having to look.
//!
//! What it cannot see is a rollback of the whole file (an older, consistent vault): for
//! that the last state seen is kept outside the vault ([`Seen`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::crypto::{self, DataKey, hex};
use super::error::{Tampering, VaultError};
use super::slots;
use crate::domain::DossierId;

/// The record that holds the sealed state.
pub(crate) const STATE: &str = "state";

/// What the tables hold, as the state records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub(crate) struct Contents {
    header: BTreeMap<String, String>,
    dossiers: BTreeMap<u64, (i64, String)>,
    records: BTreeMap<String, String>,
    slots: String,
    audit_seq: u64,
    audit_hash: String,
}

/// The sealed state record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct State {
    pub vault_id: String,
    pub generation: u64,
    pub sealed_at: DateTime<Utc>,
    contents: Contents,
}

impl State {
    /// A digest of the whole state, for the last-seen file and backups.
    pub fn digest(&self) -> String {
        hex(&crypto::sha256(&[
            self.vault_id.as_bytes(),
            &self.generation.to_le_bytes(),
            serde_json::to_string(&self.contents)
                .unwrap_or_default()
                .as_bytes(),
        ]))
    }
}

fn value_text(v: rusqlite::types::Value) -> String {
    match v {
        rusqlite::types::Value::Null => "null".to_owned(),
        rusqlite::types::Value::Integer(i) => format!("i{i}"),
        rusqlite::types::Value::Real(r) => format!("r{r}"),
        rusqlite::types::Value::Text(t) => format!("t{t}"),
        rusqlite::types::Value::Blob(b) => format!("b{}", hex(&b)),
    }
}

/// Reads what the tables hold now, hashing every dossier.
pub(crate) fn observe(conn: &Connection) -> Result<Contents, VaultError> {
    observe_since(conn, None)
}

/// Reads what the tables hold now (the id counters are a record, hashed like the others).
/// With `previous` (the sealed state of the last
/// transaction), a dossier at the same revision keeps its sealed hash instead of being
/// read again: only rows this transaction wrote are hashed, so a commit costs one
/// dossier, not the whole vault. A row someone changed behind our back without a new
/// revision keeps its old hash and is still found at the next open.
fn observe_since(conn: &Connection, previous: Option<&Contents>) -> Result<Contents, VaultError> {
    let mut c = Contents::default();
    let mut stmt = conn.prepare("SELECT key, value FROM header")?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
        let (k, v) = row?;
        c.header.insert(k, value_text(v));
    }
    let mut stmt = conn.prepare("SELECT id, revision FROM dossiers")?;
    let ids: Vec<(i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut blobs = conn.prepare("SELECT summary, body FROM dossiers WHERE id = ?1")?;
    for (id, rev) in ids {
        let id_u = id.cast_unsigned();
        let known = previous
            .and_then(|p| p.dossiers.get(&id_u))
            .filter(|(r, _)| *r == rev)
            .map(|(_, h)| h.clone());
        let hash = if let Some(h) = known {
            h
        } else {
            let (summary, body): (Vec<u8>, Vec<u8>) =
                blobs.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            hex(&crypto::sha256(&[&summary, &body]))
        };
        c.dossiers.insert(id_u, (rev, hash));
    }
    let mut stmt = conn.prepare("SELECT name, value FROM records WHERE name <> ?1")?;
    for row in stmt.query_map([STATE], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })? {
        let (name, value) = row?;
        c.records.insert(name, hex(&crypto::sha256(&[&value])));
    }
    let version: u32 = super::schema::header_need(conn, "schema_version")?;
    c.slots = hex(&slots::digest_of(conn, version)?);
    let last: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    if let Some((seq, hash)) = last {
        c.audit_seq = seq.cast_unsigned();
        c.audit_hash = hex(&hash);
    }
    Ok(c)
}

/// Reads and opens the sealed state.
pub(crate) fn read(conn: &Connection, key: &DataKey) -> Result<State, VaultError> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM records WHERE name = ?1", [STATE], |r| {
            r.get(0)
        })
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    let Some(blob) = blob else {
        return Err(VaultError::Tampered(Tampering::StateMissing));
    };
    let plain = key
        .open("records", STATE, &blob)
        .ok_or(VaultError::Tampered(Tampering::StateUnreadable))?;
    let state: State = serde_json::from_slice(&plain)
        .map_err(|_| VaultError::Tampered(Tampering::StateUnreadable))?;
    let id = key.vault_id().map(|v| hex(&v)).unwrap_or_default();
    if state.vault_id != id {
        return Err(VaultError::Tampered(Tampering::ForeignState));
    }
    Ok(state)
}

/// Seals the state of the tables as they are now, one generation on from `previous`
/// (`None`: from the sealed state in the vault, which must open). Call last, inside the
/// transaction.
pub(crate) fn seal(
    conn: &Connection,
    key: &DataKey,
    previous: Option<u64>,
) -> Result<State, VaultError> {
    let (generation, contents) = if let Some(g) = previous {
        (g, observe(conn)?)
    } else {
        let last = read(conn, key)?;
        (last.generation, observe_since(conn, Some(&last.contents))?)
    };
    let state = State {
        vault_id: key.vault_id().map(|v| hex(&v)).unwrap_or_default(),
        generation: generation + 1,
        sealed_at: Utc::now(),
        contents,
    };
    let json = serde_json::to_vec(&state).map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })?;
    conn.execute(
        "INSERT OR REPLACE INTO records (name, value) VALUES (?1, ?2)",
        rusqlite::params![STATE, key.seal("records", STATE, &json)],
    )?;
    Ok(state)
}

/// Before a transaction writes: the tables must still be what the last transaction
/// sealed (cheap: only rows at another revision are read). A change made behind the
/// program's back since the open is refused, never sealed over.
pub(crate) fn check_unchanged(conn: &Connection, key: &DataKey) -> Result<(), VaultError> {
    let last = read(conn, key)?;
    let found = observe_since(conn, Some(&last.contents))?;
    compare(&last.contents, &found).map_err(VaultError::Tampered)
}

/// Compares the sealed state with the tables: the state, or the first difference found.
pub(crate) fn verify(conn: &Connection, key: &DataKey) -> Result<State, VaultError> {
    let state = read(conn, key)?;
    let found = observe(conn)?;
    compare(&state.contents, &found).map_err(VaultError::Tampered)?;
    Ok(state)
}

fn compare(sealed: &Contents, found: &Contents) -> Result<(), Tampering> {
    // The audit head first: a truncated log also changes the head record.
    if found.audit_seq < sealed.audit_seq {
        return Err(Tampering::AuditRolledBack {
            sealed: sealed.audit_seq,
            found: found.audit_seq,
        });
    }
    if found.audit_seq > sealed.audit_seq {
        return Err(Tampering::AuditAdded {
            sealed: sealed.audit_seq,
            found: found.audit_seq,
        });
    }
    if found.audit_hash != sealed.audit_hash {
        return Err(Tampering::AuditReplaced {
            seq: found.audit_seq,
        });
    }
    for (id, (rev, hash)) in &sealed.dossiers {
        match found.dossiers.get(id) {
            None => return Err(Tampering::DossierMissing(DossierId(*id))),
            Some((r, _)) if r < rev => {
                return Err(Tampering::DossierRolledBack {
                    id: DossierId(*id),
                    sealed: *rev,
                    found: *r,
                });
            }
            Some((r, _)) if r > rev => {
                return Err(Tampering::DossierAhead {
                    id: DossierId(*id),
                    sealed: *rev,
                    found: *r,
                });
            }
            Some((_, h)) if h != hash => return Err(Tampering::DossierReplaced(DossierId(*id))),
            Some(_) => {}
        }
    }
    if let Some(id) = found
        .dossiers
        .keys()
        .find(|id| !sealed.dossiers.contains_key(id))
    {
        return Err(Tampering::DossierAdded(DossierId(*id)));
    }
    for (name, hash) in &sealed.records {
        match found.records.get(name) {
            None => return Err(Tampering::RecordMissing(name.clone())),
            Some(h) if h != hash => return Err(Tampering::RecordChanged(name.clone())),
            Some(_) => {}
        }
    }
    if let Some(name) = found
        .records
        .keys()
        .find(|n| !sealed.records.contains_key(*n))
    {
        return Err(Tampering::RecordAdded(name.clone()));
    }
    for (k, v) in &sealed.header {
        if found.header.get(k) != Some(v) {
            return Err(Tampering::HeaderChanged(k.clone()));
        }
    }
    if let Some(k) = found
        .header
        .keys()
        .find(|k| !sealed.header.contains_key(*k))
    {
        return Err(Tampering::HeaderChanged(k.clone()));
    }
    if found.slots != sealed.slots {
        return Err(Tampering::SlotsChanged);
    }
    Ok(())
}

/// The last state of a vault this computer saw, kept outside the vault in a folder the
/// caller names (the app's data folder): `<folder>/<vault id>.seen.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Seen {
    pub generation: u64,
    pub digest: String,
    pub sealed_at: DateTime<Utc>,
}

fn seen_path(dir: &Path, vault_id: &str) -> PathBuf {
    dir.join(format!("{vault_id}.seen.json"))
}

/// The last state seen of this vault, if any (an unreadable file counts as none).
pub(crate) fn read_seen(dir: &Path, vault_id: &str) -> Option<Seen> {
    let text = std::fs::read(seen_path(dir, vault_id)).ok()?;
    serde_json::from_slice(&text).ok()
}

fn slot_hint_path(dir: &Path, vault_id: &str) -> PathBuf {
    dir.join(format!("{vault_id}.slot"))
}

/// The public key (hex) of the key slot that opened this vault last on this computer, tried
/// first next time so that one Argon2 derivation usually suffices (every slot is tried
/// otherwise: the file names none). Not secret: the public keys are in the vault itself.
pub(crate) fn read_slot_hint(dir: &Path, vault_id: &str) -> Option<String> {
    let text = std::fs::read_to_string(slot_hint_path(dir, vault_id)).ok()?;
    let hint = text.trim();
    (!hint.is_empty() && hint.chars().all(|c| c.is_ascii_hexdigit())).then(|| hint.to_owned())
}

/// Remembers the slot that opened the vault (see [`read_slot_hint`]); best effort.
pub(crate) fn write_slot_hint(dir: &Path, vault_id: &str, public_hex: &str) {
    if read_slot_hint(dir, vault_id).as_deref() == Some(public_hex) {
        return;
    }
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    if let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir)
        && std::io::Write::write_all(&mut tmp, public_hex.as_bytes()).is_ok()
    {
        tmp.persist(slot_hint_path(dir, vault_id)).ok();
    }
}

/// Remembers `state` as the last seen, through a temp file and a rename.
pub(crate) fn write_seen(dir: &Path, state: &State) -> Result<(), VaultError> {
    std::fs::create_dir_all(dir).map_err(super::error::from_io)?;
    let seen = Seen {
        generation: state.generation,
        digest: state.digest(),
        sealed_at: state.sealed_at,
    };
    let json = serde_json::to_vec(&seen).map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(super::error::from_io)?;
    std::io::Write::write_all(&mut tmp, &json).map_err(super::error::from_io)?;
    tmp.persist(seen_path(dir, &state.vault_id))
        .map_err(|e| super::error::from_io(e.error))?;
    Ok(())
}
