//! A good vault whose key header is rewritten with structured values (Argon2 m, t and p,
//! salt, wrapped key) and a recomputed checksum, so the checksum does not stop them and
//! the key-derivation bounds are what must refuse absurd values: never an abort (allocation
//! failure) or a hang.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use meldcode::domain::Profile;
use meldcode::storage::{KdfParams, OpenOptions, SCHEMA_VERSION, Vault};
use sha2::{Digest, Sha256};

const PASSPHRASE: &str = "fuzz-wachtwoord-Zoë";
/// The vault's format name, part of the checksum.
const FORMAT: &str = "meldcode-vault";

#[derive(Debug, Arbitrary)]
struct Header {
    m_cost_kib: Option<u32>,
    t_cost: Option<u32>,
    p_cost: Option<u32>,
    salt: Option<Vec<u8>>,
    wrapped_key: Option<Vec<u8>>,
}

/// A vault made once per process with the fast test key derivation.
static TEMPLATE: LazyLock<(tempfile::TempDir, Vec<u8>)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("template.meldcode");
    let vault = Vault::create_with_kdf(
        &path,
        PASSPHRASE,
        &Profile::default(),
        &options(),
        KdfParams::INSECURE_TEST,
    )
    .expect("template vault");
    drop(vault);
    let bytes = std::fs::read(&path).expect("template bytes");
    (dir, bytes)
});

fn options() -> OpenOptions {
    OpenOptions {
        workstation: "fuzz".to_owned(),
        backups_to_keep: 1,
        ..OpenOptions::default()
    }
}

fn rewrite(path: &PathBuf, header: &Header) -> rusqlite::Result<()> {
    let conn = rusqlite::Connection::open(path)?;
    let get_u32 = |key: &str| -> rusqlite::Result<u32> {
        conn.query_row("SELECT value FROM header WHERE key = ?1", [key], |r| {
            r.get(0)
        })
    };
    let get_blob = |key: &str| -> rusqlite::Result<Vec<u8>> {
        conn.query_row("SELECT value FROM header WHERE key = ?1", [key], |r| {
            r.get(0)
        })
    };
    let m = header.m_cost_kib.map_or_else(|| get_u32("kdf_m_kib"), Ok)?;
    let t = header.t_cost.map_or_else(|| get_u32("kdf_t"), Ok)?;
    let p = header.p_cost.map_or_else(|| get_u32("kdf_p"), Ok)?;
    let salt = header.salt.clone().map_or_else(|| get_blob("salt"), Ok)?;
    let wrapped = header
        .wrapped_key
        .clone()
        .map_or_else(|| get_blob("wrapped_key"), Ok)?;
    let mut sum = Sha256::new();
    sum.update(FORMAT.as_bytes());
    sum.update(SCHEMA_VERSION.to_le_bytes());
    sum.update(m.to_le_bytes());
    sum.update(t.to_le_bytes());
    sum.update(p.to_le_bytes());
    sum.update(&salt);
    sum.update(&wrapped);
    let set = "INSERT OR REPLACE INTO header (key, value) VALUES (?1, ?2)";
    conn.execute(set, rusqlite::params!["kdf_m_kib", i64::from(m)])?;
    conn.execute(set, rusqlite::params!["kdf_t", i64::from(t)])?;
    conn.execute(set, rusqlite::params!["kdf_p", i64::from(p)])?;
    conn.execute(set, rusqlite::params!["salt", salt])?;
    conn.execute(set, rusqlite::params!["wrapped_key", wrapped])?;
    conn.execute(
        set,
        rusqlite::params!["header_sum", sum.finalize().to_vec()],
    )?;
    Ok(())
}

fuzz_target!(|header: Header| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("dossiers.meldcode");
    if std::fs::write(&path, &TEMPLATE.1).is_err() || rewrite(&path, &header).is_err() {
        return;
    }
    let _ = Vault::open(&path, PASSPHRASE, &options());
});
