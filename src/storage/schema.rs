//! The file layout: tables, the plain header, and sealed rows. Every value that could
//! identify a person is sealed here before SQLite sees it.
//!
//! Tables: `header` (plain: format, version, KDF parameters, salt, wrapped key, a
//! checksum over those, the change counter, id counters), `records` (sealed: profile,
//! secrets, audit head), `dossiers` (id, revision, sealed summary, sealed body),
//! `audit` (seq, sealed entry, chain hash), `failed_attempts` (plain times only).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension as _, params};
use serde::Serialize;

use super::crypto::{self, DataKey, KdfParams};
use super::error::{VaultError, from_io};
use super::vault::DossierSummary;
use crate::domain::{Dossier, DossierId, Profile};

/// The format name in the header.
pub(crate) const FORMAT: &str = "meldcode-vault";

pub(crate) fn connect(path: &Path, flags: OpenFlags) -> Result<Connection, VaultError> {
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Rollback journal, never WAL: WAL breaks on network shares where vaults live.
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(VaultError::Storage {
            detail: format!("journal mode stays {mode:?}"),
        });
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

pub(crate) fn header_get<T: rusqlite::types::FromSql>(
    conn: &Connection,
    key: &str,
) -> Result<Option<T>, VaultError> {
    Ok(conn
        .query_row("SELECT value FROM header WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub(crate) fn header_need<T: rusqlite::types::FromSql>(
    conn: &Connection,
    key: &str,
) -> Result<T, VaultError> {
    header_get(conn, key)?
        .ok_or_else(|| VaultError::corrupt(format!("header value {key:?} is missing")))
}

pub(crate) fn header_set(
    conn: &Connection,
    key: &str,
    value: &dyn rusqlite::ToSql,
) -> Result<(), VaultError> {
    conn.execute(
        "INSERT OR REPLACE INTO header (key, value) VALUES (?1, ?2)",
        params![key, value],
    )?;
    Ok(())
}

pub(crate) fn header_sum(version: u32, kdf: KdfParams, salt: &[u8], wrapped: &[u8]) -> Vec<u8> {
    crypto::sha256(&[
        FORMAT.as_bytes(),
        &version.to_le_bytes(),
        &kdf.m_cost_kib.to_le_bytes(),
        &kdf.t_cost.to_le_bytes(),
        &kdf.p_cost.to_le_bytes(),
        salt,
        wrapped,
    ])
    .to_vec()
}

pub(crate) const SCHEMA: &str = "
CREATE TABLE header (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
CREATE TABLE records (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
CREATE TABLE dossiers (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL,
                       summary BLOB NOT NULL, body BLOB NOT NULL) STRICT;
CREATE TABLE audit (seq INTEGER PRIMARY KEY, entry BLOB NOT NULL, hash BLOB NOT NULL) STRICT;
CREATE TABLE failed_attempts (at TEXT NOT NULL) STRICT;
";
pub(crate) const TABLES: [&str; 5] = ["header", "records", "dossiers", "audit", "failed_attempts"];

pub(crate) fn to_json<T: Serialize>(v: &T) -> Result<Vec<u8>, VaultError> {
    serde_json::to_vec(v).map_err(|e| VaultError::Storage {
        detail: e.to_string(),
    })
}

pub(crate) fn summary_id(id: DossierId, rev: i64) -> String {
    format!("{}:{rev}", id.0)
}

pub(crate) fn as_i64(id: DossierId) -> i64 {
    id.0.cast_signed()
}

/// Checks SQLite's own 100-byte file header before SQLite sees the file, so damage
/// there reads as damage (SQLite would call some of it "read-only" or "cannot open").
pub(crate) fn check_file_header(path: &Path) -> Result<(), VaultError> {
    use std::io::Read as _;
    let mut f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(from_io)?;
    let mut head = Vec::with_capacity(100);
    f.by_ref()
        .take(100)
        .read_to_end(&mut head)
        .map_err(from_io)?;
    if head.len() < 100 {
        return Err(VaultError::corrupt(format!(
            "the file is {} bytes long, too short for a vault",
            head.len()
        )));
    }
    if &head[..16] != b"SQLite format 3\0" {
        return Err(VaultError::corrupt(
            "not a Meldcode vault (no SQLite header)",
        ));
    }
    if !(1..=2).contains(&head[18]) || !(1..=2).contains(&head[19]) {
        return Err(VaultError::corrupt("the SQLite file header is damaged"));
    }
    Ok(())
}

pub(crate) fn read_key_header(
    conn: &Connection,
    version: u32,
) -> Result<(KdfParams, Vec<u8>, Vec<u8>), VaultError> {
    let kdf = KdfParams {
        m_cost_kib: header_need(conn, "kdf_m_kib")?,
        t_cost: header_need(conn, "kdf_t")?,
        p_cost: header_need(conn, "kdf_p")?,
    };
    let salt: Vec<u8> = header_need(conn, "salt")?;
    let wrapped: Vec<u8> = header_need(conn, "wrapped_key")?;
    let sum: Vec<u8> = header_need(conn, "header_sum")?;
    // The checksum tells a damaged key record (corrupt) from a wrong passphrase.
    if sum != header_sum(version, kdf, &salt, &wrapped) {
        return Err(VaultError::corrupt(
            "the key header does not match its checksum",
        ));
    }
    Ok((kdf, salt, wrapped))
}

pub(crate) fn put_record(
    conn: &Connection,
    key: &DataKey,
    name: &str,
    plain: &[u8],
) -> Result<(), VaultError> {
    conn.execute(
        "INSERT OR REPLACE INTO records (name, value) VALUES (?1, ?2)",
        params![name, key.seal("records", name, plain)],
    )?;
    Ok(())
}

pub(crate) fn get_record(
    conn: &Connection,
    key: &DataKey,
    name: &str,
) -> Result<Option<zeroize::Zeroizing<Vec<u8>>>, VaultError> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT value FROM records WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()?;
    blob.map(|b| {
        key.open("records", name, &b)
            .ok_or_else(|| VaultError::corrupt(format!("record {name:?} fails authentication")))
    })
    .transpose()
}

pub(crate) fn read_profile(conn: &Connection, key: &DataKey) -> Result<Profile, VaultError> {
    let plain = get_record(conn, key, "profile")?
        .ok_or_else(|| VaultError::corrupt("the profile record is missing"))?;
    serde_json::from_slice(&plain)
        .map_err(|_| VaultError::corrupt("the profile record is unreadable"))
}

pub(crate) fn put_dossier(
    tx: &Connection,
    key: &DataKey,
    d: &Dossier,
    rev: i64,
    insert: bool,
) -> Result<(), VaultError> {
    let body = key.seal(
        "dossiers",
        &summary_id(d.id, rev),
        &zeroize::Zeroizing::new(to_json(d)?),
    );
    let summary = key.seal(
        "dossier-summary",
        &summary_id(d.id, rev),
        &zeroize::Zeroizing::new(to_json(&DossierSummary::of(d))?),
    );
    let sql = if insert {
        "INSERT INTO dossiers (id, revision, summary, body) VALUES (?1, ?2, ?3, ?4)"
    } else {
        "UPDATE dossiers SET revision = ?2, summary = ?3, body = ?4 WHERE id = ?1"
    };
    let n = tx.execute(sql, params![as_i64(d.id), rev, summary, body])?;
    if n == 1 {
        Ok(())
    } else {
        Err(VaultError::NotFound(d.id))
    }
}

pub(crate) fn read_dossier(
    conn: &Connection,
    key: &DataKey,
    id: DossierId,
) -> Result<(Dossier, i64), VaultError> {
    let row: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT revision, body FROM dossiers WHERE id = ?1",
            [as_i64(id)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((rev, blob)) = row else {
        return Err(VaultError::NotFound(id));
    };
    let plain = key
        .open("dossiers", &summary_id(id, rev), &blob)
        .ok_or_else(|| VaultError::corrupt(format!("dossier {} fails authentication", id.0)))?;
    let d: Dossier = serde_json::from_slice(&plain)
        .map_err(|_| VaultError::corrupt(format!("dossier {} is unreadable", id.0)))?;
    if d.id != id {
        return Err(VaultError::corrupt(format!(
            "dossier {} holds another id",
            id.0
        )));
    }
    Ok((d, rev))
}
