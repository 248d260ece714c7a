//! Re-encryption of a whole vault file from one data key to another, inside the caller's
//! transaction: every record, both halves of every dossier, and the audit log (re-sealed
//! and re-chained). Used by the upgrade from format 1, by a passphrase change, by removing
//! a user and by a key rotation, and for re-encrypting old backups.

use rusqlite::{Connection, params};

use super::audit;
use super::crypto::DataKey;
use super::error::VaultError;
use super::schema::summary_id;
use super::state::STATE;
use crate::domain::DossierId;

/// Re-encrypts everything except the sealed state (the caller seals it again) and the
/// key slots (the caller writes them). `progress(done, total)` is called per row.
pub(crate) fn reencrypt(
    conn: &Connection,
    old: &DataKey,
    new: &DataKey,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), VaultError> {
    // The audit log first: it verifies its chain and head under the old key, then
    // rewrites the head itself.
    let entries: i64 = conn.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))?;
    let records: Vec<(String, Vec<u8>)> = conn
        .prepare("SELECT name, value FROM records WHERE name <> ?1 AND (name <> ?2 OR ?3 = 0)")?
        .query_map(params![STATE, audit::HEAD, entries], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let dossiers: Vec<(i64, i64, Vec<u8>, Vec<u8>)> = conn
        .prepare("SELECT id, revision, summary, body FROM dossiers ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let total = records.len() + dossiers.len() + usize::try_from(entries).unwrap_or(0);
    let mut done = 0;
    progress(done, total);
    audit::rechain(conn, old, new, &mut || {
        done += 1;
        progress(done, total);
    })?;
    for (name, blob) in records {
        let plain = old
            .open("records", &name, &blob)
            .ok_or_else(|| VaultError::corrupt(format!("record {name:?} fails authentication")))?;
        conn.execute(
            "UPDATE records SET value = ?2 WHERE name = ?1",
            params![name, new.seal("records", &name, &plain)],
        )?;
        done += 1;
        progress(done, total);
    }
    for (id, rev, summary, body) in dossiers {
        let rid = summary_id(DossierId(id.cast_unsigned()), rev);
        let fail = || VaultError::corrupt(format!("dossier {id} fails authentication"));
        let s = old
            .open("dossier-summary", &rid, &summary)
            .ok_or_else(fail)?;
        let b = old.open("dossiers", &rid, &body).ok_or_else(fail)?;
        conn.execute(
            "UPDATE dossiers SET summary = ?2, body = ?3 WHERE id = ?1",
            params![
                id,
                new.seal("dossier-summary", &rid, &s),
                new.seal("dossiers", &rid, &b)
            ],
        )?;
        done += 1;
        progress(done, total);
    }
    Ok(())
}
