//! The file layout: tables, the plain header, and sealed rows. Every value that could
//! identify a person is sealed here before SQLite sees it.
//!
//! Tables (format 3): `header` (plain: format, version, vault id, change counter),
//! `slots` (key slots, no names), `records` (sealed: profile, users, counters, secrets,
//! audit head, state), `dossiers` (id, revision, sealed summary, sealed body), `audit`
//! (seq, sealed entry, chain hash), `failed_attempts` (plain times only). Sealed values
//! are padded to buckets (`crypto::bucket`).

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
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
    // A planted schema object must not run anything: no writes to the schema, no
    // functions with side effects from triggers or views, damaged cells caught early.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    conn.pragma_update(None, "cell_size_check", "ON")?;
    Ok(conn)
}

/// One object of `sqlite_schema`: type, name, table and SQL text.
type SchemaObject = (String, String, String, Option<String>);

fn schema_objects(conn: &Connection) -> Result<BTreeSet<SchemaObject>, VaultError> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The exact schema objects a vault of `version` has, made by running its schema in a
/// memory database (so auto-indexes come out as SQLite makes them).
fn expected_objects(version: u32) -> Result<BTreeSet<SchemaObject>, VaultError> {
    let mem = Connection::open_in_memory()?;
    match version {
        1 => mem.execute_batch(SCHEMA_V1)?,
        2 => {
            mem.execute_batch(SCHEMA_V1)?;
            mem.execute_batch(super::slots::v2::SLOTS_TABLE)?;
        }
        3 => create_schema(&mem)?,
        _ => return Ok(BTreeSet::new()),
    }
    schema_objects(&mem)
}

/// The schema version a file's objects match exactly, checked before any table is read.
/// A schema with a header table but other objects is a newer version when its header
/// says so, otherwise it is refused with [`VaultError::UnexpectedSchema`].
pub(crate) fn pinned_version(conn: &Connection) -> Result<u32, VaultError> {
    let found = schema_objects(conn)?;
    for version in (1..=super::vault::SCHEMA_VERSION).rev() {
        if found == expected_objects(version)? {
            let stored: u32 = header_need(conn, "schema_version")?;
            if stored > super::vault::SCHEMA_VERSION {
                return Err(VaultError::TooNew { version: stored });
            }
            if stored != version {
                return Err(VaultError::UnexpectedSchema {
                    detail: format!(
                        "the header says version {stored}, the tables are version {version}"
                    ),
                });
            }
            return Ok(version);
        }
    }
    let has_header = found
        .iter()
        .any(|(t, n, _, _)| t == "table" && n == "header");
    if !has_header {
        return Err(VaultError::corrupt(
            "not a Meldcode vault (no header table)",
        ));
    }
    // Only the plain header is read here, with a plain SELECT that no trigger or view
    // can intercept (defensive mode, untrusted schema).
    if let Some(stored) = header_get::<u32>(conn, "schema_version").ok().flatten()
        && stored > super::vault::SCHEMA_VERSION
    {
        return Err(VaultError::TooNew { version: stored });
    }
    Err(VaultError::UnexpectedSchema {
        detail: schema_difference(&found, &expected_objects(super::vault::SCHEMA_VERSION)?),
    })
}

/// Names what differs between two schemas: types and names only, never SQL text.
fn schema_difference(found: &BTreeSet<SchemaObject>, want: &BTreeSet<SchemaObject>) -> String {
    let mut parts = Vec::new();
    for (t, n, _, _) in found.difference(want) {
        parts.push(format!("unexpected {t} {n:?}"));
    }
    for (t, n, _, _) in want.difference(found) {
        parts.push(format!("missing or altered {t} {n:?}"));
    }
    parts.join(", ")
}

/// The schema check again, for [`super::Vault::check`]: problems instead of an error.
pub(crate) fn schema_problems(conn: &Connection, version: u32) -> Result<Vec<String>, VaultError> {
    let found = schema_objects(conn)?;
    let want = expected_objects(version)?;
    Ok(if found == want {
        Vec::new()
    } else {
        vec![format!(
            "the database schema is not a vault's: {}",
            schema_difference(&found, &want)
        )]
    })
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

/// The schema of format version 1. Never edit: pinned files are compared against the
/// objects this text creates, byte for byte.
pub(crate) const SCHEMA_V1: &str = "
CREATE TABLE header (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
CREATE TABLE records (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
CREATE TABLE dossiers (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL,
                       summary BLOB NOT NULL, body BLOB NOT NULL) STRICT;
CREATE TABLE audit (seq INTEGER PRIMARY KEY, entry BLOB NOT NULL, hash BLOB NOT NULL) STRICT;
CREATE TABLE failed_attempts (at TEXT NOT NULL) STRICT;
";
/// Creates the tables of the current format (3: format 1 plus key slots without names).
pub(crate) fn create_schema(conn: &Connection) -> Result<(), VaultError> {
    conn.execute_batch(SCHEMA_V1)?;
    conn.execute_batch(super::slots::SLOTS_TABLE)?;
    Ok(())
}

/// The sealed id counters (format 3; in plain header rows before): the next dossier id
/// and the number of references given per year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub(crate) struct Counters {
    pub next_dossier: u64,
    pub references: std::collections::BTreeMap<i32, u32>,
}

/// The record that holds [`Counters`].
pub(crate) const COUNTERS: &str = "counters";

pub(crate) fn read_counters(conn: &Connection, key: &DataKey) -> Result<Counters, VaultError> {
    let plain = get_record(conn, key, COUNTERS)?
        .ok_or_else(|| VaultError::corrupt("the counters record is missing"))?;
    serde_json::from_slice(&plain)
        .map_err(|_| VaultError::corrupt("the counters record is unreadable"))
}

pub(crate) fn put_counters(
    conn: &Connection,
    key: &DataKey,
    c: &Counters,
) -> Result<(), VaultError> {
    put_record(conn, key, COUNTERS, &to_json(c)?)
}

/// Every dossier's summary, decrypted, in id order.
pub(crate) fn read_summaries(
    conn: &Connection,
    key: &DataKey,
) -> Result<Vec<DossierSummary>, VaultError> {
    let mut stmt = conn.prepare("SELECT id, revision, summary FROM dossiers ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, Vec<u8>>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, rev, blob) = row?;
        let id = DossierId(id.cast_unsigned());
        let plain = key
            .open("dossier-summary", &summary_id(id, rev), &blob)
            .ok_or_else(|| {
                VaultError::corrupt(format!("summary of dossier {} fails authentication", id.0))
            })?;
        let summary: DossierSummary = serde_json::from_slice(&plain).map_err(|_| {
            VaultError::corrupt(format!("summary of dossier {} is unreadable", id.0))
        })?;
        out.push(summary);
    }
    Ok(out)
}

/// The vault id from the header (format 2 on).
pub(crate) fn vault_id(conn: &Connection) -> Result<crypto::VaultId, VaultError> {
    let v: Vec<u8> = header_need(conn, "vault_id")?;
    v.as_slice()
        .try_into()
        .map_err(|_| VaultError::corrupt("the vault id has the wrong size"))
}

/// The sealed list of users (format 2).
pub(crate) fn read_users(
    conn: &Connection,
    key: &DataKey,
) -> Result<Vec<super::slots::VaultUser>, VaultError> {
    let plain = get_record(conn, key, "users")?
        .ok_or_else(|| VaultError::corrupt("the list of users is missing"))?;
    serde_json::from_slice(&plain)
        .map_err(|_| VaultError::corrupt("the list of users is unreadable"))
}

/// Replaces the sealed list of users.
pub(crate) fn put_users(
    conn: &Connection,
    key: &DataKey,
    users: &[super::slots::VaultUser],
) -> Result<(), VaultError> {
    put_record(conn, key, "users", &to_json(&users)?)
}

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
    // Bounds before anything else: these values are not authenticated yet.
    if !kdf.within_bounds() {
        return Err(VaultError::KdfOutOfBounds {
            m_cost_kib: kdf.m_cost_kib,
            t_cost: kdf.t_cost,
            p_cost: kdf.p_cost,
        });
    }
    let salt: Vec<u8> = header_need(conn, "salt")?;
    let wrapped: Vec<u8> = header_need(conn, "wrapped_key")?;
    let sum: Vec<u8> = header_need(conn, "header_sum")?;
    if !(8..=64).contains(&salt.len()) || wrapped.len() != crypto::WRAPPED_LEN || sum.len() != 32 {
        return Err(VaultError::corrupt(
            "the key header has values of the wrong size",
        ));
    }
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
