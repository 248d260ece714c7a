//! Review finding 13 and issue #21: what the file shows without a passphrase. Read
//! through `rusqlite` as anyone with `sqlite3` would: no user names in the key slots, no
//! id or per-year reference counters in the header, and sealed sizes that do not tell
//! the actions apart. A vault of format 2 (written here as the program before wrote it)
//! is upgraded after a backup and loses nothing.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{TimeZone as _, Utc};
use meldcode::domain::{Actor, Change, DossierId, Hand, Signal, example};
use meldcode::storage::{AuditAction, KdfParams, OpenOptions, Vault, VaultError};

const CAGLA: &str = "Çağla Ünal-de Wít";
const BJORN: &str = "Bjørn";
const CAGLA_PASS: &str = "Çağla's kluis blijft dicht";
const BJORN_PASS: &str = "Bjørn fietst door de regen";

fn opts(user: Option<&str>) -> OpenOptions {
    OpenOptions {
        actor: Actor::new(CAGLA, "aandachtsfunctionaris"),
        workstation: "pc-test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 3,
        user: user.map(str::to_owned),
        ..OpenOptions::default()
    }
}

/// A slot row: public key, salt, sealed private key, sealed data key.
type SlotRow = (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>);

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Every value of every row of `table`, as bytes (text as UTF-8, numbers as text).
fn table_bytes(path: &Path, table: &str) -> Vec<Vec<u8>> {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
    let n = stmt.column_count();
    let mut rows = stmt.query([]).unwrap();
    let mut out = Vec::new();
    while let Some(r) = rows.next().unwrap() {
        for i in 0..n {
            out.push(match r.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    t.to_vec()
                }
                rusqlite::types::ValueRef::Integer(v) => v.to_string().into_bytes(),
                rusqlite::types::ValueRef::Real(v) => v.to_string().into_bytes(),
                rusqlite::types::ValueRef::Null => Vec::new(),
            });
        }
    }
    out
}

fn lengths(path: &Path, sql: &str) -> Vec<(i64, i64)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Çağla's vault with Bjørn as second user, three dossiers of 2026, and every kind of
/// entry the review measured: open, create, save, read, add-signal, export, sign.
fn team(dir: &Path) -> PathBuf {
    let path = dir.join("team.mdv");
    let mut v = Vault::create_with_kdf(
        &path,
        CAGLA_PASS,
        &example::profile(),
        &opts(None),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    v.add_user(BJORN, "intern begeleider", BJORN_PASS).unwrap();
    let at = Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap();
    for _ in 0..3 {
        let ex = example::dossier();
        let c = v.create_dossier(&ex.form_set, at).unwrap();
        let mut d = ex;
        d.id = c.id;
        d.reference = c.reference;
        v.save_dossier(&d).unwrap();
    }
    v.load_dossier(DossierId(1)).unwrap();
    v.apply(
        DossierId(1),
        Change::AddSignal {
            signal: Signal {
                id: 0,
                observed_on: at.date_naive(),
                recorded_at: at,
                observer: Actor::new(CAGLA, "aandachtsfunctionaris"),
                source: None,
                source_person: None,
                hand: Hand::Eerste,
                confirmed_by_informant: None,
                text: "Bjørn zag een blauwe plek".into(),
                contra_indicatie: false,
            },
        },
        at,
    )
    .unwrap();
    v.record(AuditAction::Export, Some(DossierId(1)), "pdf consultatie")
        .unwrap();
    v.record(
        AuditAction::Sign,
        Some(DossierId(1)),
        &format!("pdf consultatie certificate {}", "ab".repeat(32)),
    )
    .unwrap();
    path
}

#[test]
fn the_key_slots_and_the_header_name_no_user_and_count_no_dossiers() {
    let dir = tempfile::tempdir().unwrap();
    let path = team(dir.path());

    // The slots table, every column of every row: none of the names, in any part.
    let slots = table_bytes(&path, "slots");
    assert_eq!(slots.len(), 2 * 8, "two slots of eight columns");
    for name in [CAGLA, BJORN, "Çağla", "Ünal-de Wít"] {
        for (i, v) in slots.iter().enumerate() {
            assert!(!contains(v, name.as_bytes()), "{name:?} in slot value {i}");
        }
    }
    // The plain header holds no counter of dossiers or references any more.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let keys: BTreeSet<String> = conn
        .prepare("SELECT key FROM header")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let want: BTreeSet<String> = ["format", "schema_version", "vault_id", "change_counter"]
        .map(str::to_owned)
        .into();
    assert_eq!(keys, want);
    drop(conn);

    // After opening, the names are all there, and each user opens with their own
    // passphrase (every slot tried in turn).
    let v = Vault::open(&path, BJORN_PASS, &opts(None)).unwrap();
    assert_eq!(v.current_user().name, BJORN);
    let names: Vec<String> = v
        .list_users()
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect();
    assert_eq!(names, [BJORN, CAGLA]);
    drop(v);
    // Naming a user still means that user's passphrase.
    assert!(matches!(
        Vault::open(&path, BJORN_PASS, &opts(Some(CAGLA))),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        Vault::open(&path, BJORN_PASS, &opts(Some("Zoë"))),
        Err(VaultError::UnknownUser)
    ));
    let mut v = Vault::open(&path, CAGLA_PASS, &opts(Some(CAGLA))).unwrap();
    assert_eq!(v.current_user().name, CAGLA);
    assert!(v.check().unwrap().is_sound());
    // The counters went on under the seal: the next reference of 2026 is the fourth.
    let at = Utc.with_ymd_and_hms(2026, 5, 1, 9, 0, 0).unwrap();
    let d = v.create_dossier("basis", at).unwrap();
    assert_eq!((d.id, d.reference.as_str()), (DossierId(4), "MD-2026-0004"));
}

#[test]
fn sealed_sizes_do_not_give_the_action_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = team(dir.path());
    let mut v = Vault::open(&path, CAGLA_PASS, &opts(None)).unwrap();
    let log = v.audit_log(None).unwrap();
    drop(v);
    let actions: BTreeSet<&str> = log.iter().map(|e| e.action.label()).collect();
    for a in [
        "create",
        "open-vault",
        "read",
        "change",
        "export",
        "sign",
        "user-added",
    ] {
        assert!(actions.contains(a), "the log has no {a} entry: {actions:?}");
    }
    // The review's table: read=200, create=201, save=205, add-signal=214, open=218,
    // sign=288. Now one size for all.
    let sizes: BTreeSet<i64> = lengths(&path, "SELECT seq, length(entry) FROM audit")
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(sizes, BTreeSet::from([512]), "audit entry sizes");
    // Summaries and bodies: one size for all three dossiers, whatever they hold.
    let rows = lengths(&path, "SELECT length(summary), length(body) FROM dossiers");
    assert_eq!(rows.len(), 3);
    for (summary, body) in &rows {
        assert_eq!(summary % 4096, 0);
        assert_eq!(body % 4096, 0);
    }
    let summaries: BTreeSet<i64> = rows.iter().map(|(s, _)| *s).collect();
    assert_eq!(summaries.len(), 1, "{rows:?}");
    let records = lengths(&path, "SELECT rowid, length(value) FROM records");
    assert!(records.len() >= 5, "{records:?}");
    for (row, len) in records {
        assert_eq!(len % 4096, 0, "record in row {row}");
    }
}

/// A vault of format 2, written here as the program before format 3 wrote it: the user
/// names in the slots table, the counters in the plain header, no padding.
#[test]
fn a_format_2_vault_is_upgraded_in_place_after_a_backup_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.mdv");
    let fixture = v2::write(&path);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let before: i64 = conn
        .query_row(
            "SELECT count(*) FROM slots WHERE user IN (?1, ?2)",
            [CAGLA, BJORN],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(before, 2, "the old layout names both users");
    drop(conn);

    assert!(matches!(
        Vault::open(&path, "fout", &opts(None)),
        Err(VaultError::WrongPassphrase)
    ));
    let mut v = Vault::open(&path, CAGLA_PASS, &opts(None)).unwrap();
    assert_eq!(v.current_user().name, CAGLA);
    assert_eq!(v.load_dossier(DossierId(1)).unwrap(), fixture.dossier);
    assert_eq!(v.list_dossiers().unwrap().len(), 1);
    let users: Vec<(String, String)> = v
        .list_users()
        .unwrap()
        .into_iter()
        .map(|u| (u.name, u.function))
        .collect();
    assert_eq!(
        users,
        [
            (BJORN.to_owned(), "intern begeleider".to_owned()),
            (CAGLA.to_owned(), "aandachtsfunctionaris".to_owned())
        ]
    );
    assert_eq!(
        v.secret("signing-identity").unwrap().as_deref(),
        Some(&b"geheim"[..])
    );
    assert_eq!(v.profile(), &example::profile());
    let log = v.audit_log(None).unwrap();
    assert_eq!(
        log[..3].iter().map(|e| e.seq).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert!(log[..3].iter().all(|e| e.user == CAGLA), "old entries kept");
    assert!(
        log.iter()
            .any(|e| e.action == AuditAction::Upgraded && e.detail == "format 2 to 3")
    );
    assert!(v.check().unwrap().is_sound());
    // The counters came along: id 2, the second reference of 2026.
    let at = Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap();
    let d = v.create_dossier("basis", at).unwrap();
    assert_eq!((d.id, d.reference.as_str()), (DossierId(2), "MD-2026-0002"));
    drop(v);

    // The new file: format 3, no names, no counters in plain.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row(
            "SELECT value FROM header WHERE key='schema_version'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(version, 3);
    let plain_counters: i64 = conn
        .query_row(
            "SELECT count(*) FROM header WHERE key = 'next_dossier' OR key LIKE 'reference%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(plain_counters, 0);
    drop(conn);
    for v in table_bytes(&path, "slots") {
        assert!(!contains(&v, "Bjørn".as_bytes()) && !contains(&v, "Çağla".as_bytes()));
    }
    // The backup before the upgrade is the old file, still format 2.
    let pre = crate::vault_users::pre_upgrade_backup(&path, "format2");
    assert_eq!(crate::vault_users::schema_version(&pre), 2);

    // Bjørn's slot kept his name inside its associated data (his passphrase was not
    // there to re-seal it); it opens, and a passphrase change makes it a format-3 slot.
    let mut v = Vault::open(&path, BJORN_PASS, &opts(None)).unwrap();
    assert_eq!(v.current_user().name, BJORN);
    assert!(v.check().unwrap().is_sound());
    v.change_passphrase(BJORN_PASS, "Bjørn heeft nu een nieuwe zin")
        .unwrap();
    drop(v);
    let v = Vault::open(&path, "Bjørn heeft nu een nieuwe zin", &opts(None)).unwrap();
    assert_eq!(v.current_user().name, BJORN);
    assert_eq!(v.list_dossiers().unwrap().len(), 2);
}

/// Bjørn's slot from format 2 opens without its tag first; a slot whose sealed private
/// key was altered is still refused, not opened.
#[test]
fn an_altered_format_2_slot_is_refused_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.mdv");
    v2::write(&path);
    drop(Vault::open(&path, CAGLA_PASS, &opts(None)).unwrap());
    // Flip a bit of the tag of every sealed private key and recompute the slots'
    // checksums, as anyone with `sqlite3` can: the key pair still decrypts (the tag is
    // checked later), so only the tag check with the sealed name can refuse it.
    let bad = dir.path().join("bad.mdv");
    std::fs::copy(&path, &bad).unwrap();
    let conn = rusqlite::Connection::open(&bad).unwrap();
    let rows: Vec<SlotRow> = conn
        .prepare("SELECT public_key, salt, secret_key, data_key FROM slots")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (public, salt, mut secret, data_key) in rows {
        *secret.last_mut().unwrap() ^= 1;
        let sum = v2::lp_sha(&[
            b"meldcode slot v3",
            &64u32.to_le_bytes(),
            &1u32.to_le_bytes(),
            &1u32.to_le_bytes(),
            &salt,
            &public,
            &secret,
            &data_key,
        ]);
        conn.execute(
            "UPDATE slots SET secret_key = ?2, sum = ?3 WHERE public_key = ?1",
            rusqlite::params![public, secret, sum],
        )
        .unwrap();
    }
    drop(conn);
    for pass in [BJORN_PASS, CAGLA_PASS] {
        match Vault::open(&bad, pass, &opts(None)) {
            Err(VaultError::Corrupt { detail }) => assert!(detail.contains("key slot"), "{detail}"),
            other => panic!("{other:?}"),
        }
    }
    // The unaltered file opens for both.
    drop(Vault::open(&path, BJORN_PASS, &opts(None)).unwrap());
}

/// The format-2 writer: the layout of `src/storage` before format 3, with the same
/// primitives (`crypto.rs`, `slots.rs`, `state.rs`, `audit.rs` of format 2).
mod v2 {
    use std::collections::BTreeMap;
    use std::path::Path;

    use argon2::{Algorithm, Argon2, Params, Version};
    use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
    use chacha20poly1305::{XChaCha20Poly1305, XNonce};
    use chrono::{TimeZone as _, Utc};
    use meldcode::domain::{Dossier, DossierId, example};
    use meldcode::storage::{AuditAction, AuditEntry, DossierSummary, VaultUser};
    use p256::elliptic_curve::sec1::ToEncodedPoint as _;
    use rand::RngCore as _;
    use rusqlite::params;
    use rusqlite::types::Value;
    use sha2::{Digest as _, Sha256};

    use super::{BJORN, BJORN_PASS, CAGLA, CAGLA_PASS};

    pub struct Fixture {
        pub dossier: Dossier,
    }

    pub fn lp_sha(parts: &[&[u8]]) -> Vec<u8> {
        let mut h = Sha256::new();
        for p in parts {
            h.update((p.len() as u64).to_le_bytes());
            h.update(p);
        }
        h.finalize().to_vec()
    }

    fn hex(b: &[u8]) -> String {
        use std::fmt::Write as _;
        b.iter().fold(String::new(), |mut s, x| {
            let _ = write!(s, "{x:02x}");
            s
        })
    }

    fn seal(key: &[u8], aad: &[u8], plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ct = XChaCha20Poly1305::new(key.into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
            .unwrap();
        [nonce.to_vec(), ct].concat()
    }

    const SCHEMA_V2: &str = "
CREATE TABLE header (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
CREATE TABLE records (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
CREATE TABLE dossiers (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL,
                       summary BLOB NOT NULL, body BLOB NOT NULL) STRICT;
CREATE TABLE audit (seq INTEGER PRIMARY KEY, entry BLOB NOT NULL, hash BLOB NOT NULL) STRICT;
CREATE TABLE failed_attempts (at TEXT NOT NULL) STRICT;
";
    const SLOTS_V2: &str = "
CREATE TABLE slots (user TEXT PRIMARY KEY, kdf_m_kib INTEGER NOT NULL, kdf_t INTEGER NOT NULL,
                    kdf_p INTEGER NOT NULL, salt BLOB NOT NULL, public_key BLOB NOT NULL,
                    secret_key BLOB NOT NULL, data_key BLOB NOT NULL, sum BLOB NOT NULL) STRICT;
";

    /// One format-2 key slot: (user, salt, public key, sealed private key, sealed data
    /// key, checksum), with Argon2 at 64 KiB / 1 pass / 1 lane.
    fn slot(vault_id: &[u8], user: &str, pass: &str, key: &[u8]) -> [Vec<u8>; 6] {
        let (m, t, p) = (64u32, 1u32, 1u32);
        let mut salt = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let mut kek = [0u8; 32];
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(m, t, p, Some(32)).unwrap(),
        )
        .hash_password_into(pass.as_bytes(), &salt, &mut kek)
        .unwrap();
        let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let public = secret
            .public_key()
            .to_encoded_point(true)
            .as_bytes()
            .to_vec();
        let (mb, tb, pb) = (m.to_le_bytes(), t.to_le_bytes(), p.to_le_bytes());
        let secret_aad = lp_sha(&[
            b"meldcode slot secret v2",
            vault_id,
            user.as_bytes(),
            &mb,
            &tb,
            &pb,
            &salt,
            &public,
        ]);
        let sealed_secret = seal(&kek, &secret_aad, &secret.to_bytes());
        // The data key sealed to the public key: ephemeral ECDH, as `crypto.rs` does.
        let eph = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let eph_public = eph.public_key().to_encoded_point(true).as_bytes().to_vec();
        let point =
            p256::AffinePoint::from(secret.public_key().to_projective() * *eph.to_nonzero_scalar());
        let x = point.to_encoded_point(false).x().unwrap().to_vec();
        let wrap = lp_sha(&[b"meldcode slot v2", &eph_public, &public, &x]);
        let key_aad = lp_sha(&[
            b"meldcode slot data key v2",
            vault_id,
            user.as_bytes(),
            &public,
        ]);
        let data_key = [eph_public, seal(&wrap, &key_aad, key)].concat();
        let sum = lp_sha(&[
            b"meldcode slot v2",
            user.as_bytes(),
            &mb,
            &tb,
            &pb,
            &salt,
            &public,
            &sealed_secret,
            &data_key,
        ]);
        [
            user.as_bytes().to_vec(),
            salt.to_vec(),
            public,
            sealed_secret,
            data_key,
            sum,
        ]
    }

    /// Writes a format-2 vault: Çağla and Bjørn with their own passphrases, one dossier of
    /// 2026 (revision 2), three audit entries, a secret, and its sealed state.
    pub fn write(path: &Path) -> Fixture {
        let mut vault_id = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut vault_id);
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        let aad = |table: &str, id: &str| {
            format!("meldcode\0{}\0{table}\0{id}\02", hex(&vault_id)).into_bytes()
        };
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(SCHEMA_V2).unwrap();
        conn.execute_batch(SLOTS_V2).unwrap();
        let mut header: BTreeMap<String, String> = BTreeMap::new();
        let mut put_header = |k: &str, v: Value| {
            header.insert(
                k.to_owned(),
                match &v {
                    Value::Integer(i) => format!("i{i}"),
                    Value::Text(t) => format!("t{t}"),
                    Value::Blob(b) => format!("b{}", hex(b)),
                    _ => unreachable!(),
                },
            );
            conn.execute(
                "INSERT INTO header (key, value) VALUES (?1, ?2)",
                params![k, v],
            )
            .unwrap();
        };
        put_header("format", Value::Text("meldcode-vault".into()));
        put_header("schema_version", Value::Integer(2));
        put_header("vault_id", Value::Blob(vault_id.to_vec()));
        put_header("change_counter", Value::Integer(5));
        put_header("next_dossier", Value::Integer(2));
        put_header("reference_2026", Value::Integer(1));

        let mut users = Vec::new();
        let mut sums = Vec::new();
        // In name order, as `ORDER BY user` reads them: "Bjørn" < "Çağla".
        for (user, pass, function) in [
            (BJORN, BJORN_PASS, "intern begeleider"),
            (CAGLA, CAGLA_PASS, "aandachtsfunctionaris"),
        ] {
            let [u, salt, public, secret, data_key, sum] = slot(&vault_id, user, pass, &key);
            conn.execute(
                "INSERT INTO slots VALUES (?1, 64, 1, 1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    String::from_utf8(u).unwrap(),
                    salt,
                    public,
                    secret,
                    data_key,
                    sum
                ],
            )
            .unwrap();
            users.push(VaultUser {
                name: user.to_owned(),
                function: function.to_owned(),
                public_key: hex(&public),
            });
            sums.push(sum);
        }
        let mut records: BTreeMap<String, String> = BTreeMap::new();
        let mut record = |name: &str, plain: &[u8]| {
            let sealed = seal(&key, &aad("records", name), plain);
            records.insert(name.to_owned(), hex(&lp_sha(&[&sealed])));
            conn.execute(
                "INSERT INTO records (name, value) VALUES (?1, ?2)",
                params![name, sealed],
            )
            .unwrap();
        };
        record("profile", &serde_json::to_vec(&example::profile()).unwrap());
        record("users", &serde_json::to_vec(&users).unwrap());
        record("secret:signing-identity", b"geheim");

        let mut dossier = example::dossier();
        dossier.id = DossierId(1);
        dossier.reference = "MD-2026-0001".into();
        let d = &dossier;
        let summary = DossierSummary {
            id: d.id,
            reference: d.reference.clone(),
            title: d.title.clone(),
            status: d.status.clone(),
            current_step: d.current_step(),
            updated_at: d.created_at,
            step_done: false,
            decided: false,
            afspraken_due: Vec::new(),
            catch_up_on: None,
            reminders: Vec::new(),
        };
        let sealed_summary = seal(
            &key,
            &aad("dossier-summary", "1:2"),
            &serde_json::to_vec(&summary).unwrap(),
        );
        let sealed_body = seal(
            &key,
            &aad("dossiers", "1:2"),
            &serde_json::to_vec(d).unwrap(),
        );
        conn.execute(
            "INSERT INTO dossiers (id, revision, summary, body) VALUES (1, 2, ?1, ?2)",
            params![sealed_summary, sealed_body],
        )
        .unwrap();
        let dossier_hash = hex(&lp_sha(&[&sealed_summary, &sealed_body]));

        let mut mac = Sha256::new();
        mac.update(b"meldcode audit chain v2");
        mac.update(vault_id);
        mac.update(key);
        let mac: [u8; 32] = mac.finalize().into();
        let mut prev = vec![0u8; 32];
        for (seq, action) in [
            (1u64, AuditAction::Create),
            (2, AuditAction::OpenVault),
            (3, AuditAction::Change),
        ] {
            let e = AuditEntry {
                seq,
                at: Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap(),
                user: CAGLA.into(),
                function: "aandachtsfunctionaris".into(),
                workstation: "oud".into(),
                dossier: Some(DossierId(1)),
                action,
                detail: String::new(),
            };
            let sealed = seal(
                &key,
                &aad("audit", &seq.to_string()),
                &serde_json::to_vec(&e).unwrap(),
            );
            prev = lp_sha(&[&mac, &prev, &seq.to_le_bytes(), &sealed]);
            conn.execute(
                "INSERT INTO audit (seq, entry, hash) VALUES (?1, ?2, ?3)",
                params![seq.cast_signed(), sealed, prev],
            )
            .unwrap();
        }
        let head = serde_json::to_vec(&serde_json::json!({ "seq": 3, "hash": prev })).unwrap();
        record("audit-head", &head);

        let state = serde_json::json!({
            "vault_id": hex(&vault_id),
            "generation": 7,
            "sealed_at": Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).unwrap(),
            "contents": {
                "header": header,
                "dossiers": { "1": [2, dossier_hash] },
                "records": records,
                "slots": hex(&lp_sha(&sums.iter().map(Vec::as_slice).collect::<Vec<_>>())),
                "audit_seq": 3,
                "audit_hash": hex(&prev),
            },
        });
        conn.execute(
            "INSERT INTO records (name, value) VALUES ('state', ?1)",
            [seal(
                &key,
                &aad("records", "state"),
                &serde_json::to_vec(&state).unwrap(),
            )],
        )
        .unwrap();
        Fixture { dossier }
    }
}

/// The slot that opened the vault is remembered in this computer's state folder (never in
/// the vault) and tried first next time; a damaged note changes nothing but the order.
#[test]
fn the_slot_that_opened_is_remembered_outside_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let path = team(dir.path());
    let state = dir.path().join("state");
    let with_state = |user| OpenOptions {
        state_dir: Some(state.clone()),
        ..opts(user)
    };
    let v = Vault::open(&path, BJORN_PASS, &with_state(None)).unwrap();
    assert_eq!(v.current_user().name, BJORN);
    drop(v);
    let notes: Vec<PathBuf> = std::fs::read_dir(&state)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "slot"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    let hint = std::fs::read_to_string(&notes[0]).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let publics: Vec<String> = conn
        .prepare("SELECT public_key FROM slots ORDER BY rowid")
        .unwrap()
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(|p| {
            p.unwrap().iter().fold(String::new(), |mut hex, b| {
                use std::fmt::Write as _;
                let _ = write!(hex, "{b:02x}");
                hex
            })
        })
        .collect();
    drop(conn);
    assert_eq!(publics.len(), 2);
    assert!(publics.contains(&hint), "{hint} is not a slot of the vault");
    assert_ne!(publics[0], hint, "Bjørn's is the second slot, not Çağla's");
    // Çağla on the same computer: her own slot still opens, after Bjørn's was tried.
    let v = Vault::open(&path, CAGLA_PASS, &with_state(None)).unwrap();
    assert_eq!(v.current_user().name, CAGLA);
    drop(v);
    assert_eq!(std::fs::read_to_string(&notes[0]).unwrap(), publics[0]);
    std::fs::write(&notes[0], "niet hex, niet waar").unwrap();
    let v = Vault::open(&path, BJORN_PASS, &with_state(None)).unwrap();
    assert_eq!(v.current_user().name, BJORN);
}
