//! The vault's contract on real files: round trip, wrong passphrase vs damage, lock,
//! changed-elsewhere, passphrase change, audit tampering, retention and inzage.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{Actor, Change, DossierId, Step, Value, example};
use meldcode::storage::{AuditAction, KdfParams, OpenOptions, Vault, VaultError};

const PASS: &str = "correct paard batterij niet";

fn opts(name: &str) -> OpenOptions {
    OpenOptions {
        actor: Actor::new(name, "intern begeleider"),
        workstation: format!("pc-{name}"),
        take_over_stale_lock: false,
        backups_to_keep: 3,
        ..OpenOptions::default()
    }
}

fn new_vault(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("team.mdv");
    let v = Vault::create_with_kdf(
        &path,
        PASS,
        &example::profile(),
        &opts("Sanne"),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    (path, v)
}

/// Puts the example dossier in the vault under the id the vault assigns.
fn put_example(v: &mut Vault) -> DossierId {
    let ex = example::dossier();
    let created = v.create_dossier(&ex.form_set, ex.created_at).unwrap();
    let mut d = ex;
    d.id = created.id;
    d.reference = created.reference;
    v.save_dossier(&d).unwrap();
    d.id
}

fn at(day: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 10, 0, 0).unwrap()
}

#[test]
fn a_dossier_survives_close_and_reopen_with_its_history() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let id = put_example(&mut v);
    let changed = v
        .apply(
            id,
            Change::CorrectSignal {
                id: 1,
                text: "Gecorrigeerde tekst".into(),
                reason: "typfout".into(),
            },
            at(20),
        )
        .unwrap();
    let d2 = v.create_dossier("basismodel", at(21)).unwrap();
    assert_eq!(d2.reference, "MD-2026-0002");
    drop(v);

    let mut v = Vault::open(&path, PASS, &opts("Sanne")).unwrap();
    assert!(!v.is_read_only());
    let back = v.load_dossier(id).unwrap();
    assert_eq!(back, changed);
    let newest = back.history.last().unwrap();
    assert_eq!(
        newest.previous,
        Some(serde_json::Value::String(
            example::dossier().signals[0].text.clone()
        )),
        "a correction keeps the old text"
    );
    let list = v.list_dossiers().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].reference, "MD-2026-0001");
    assert_eq!(list[0].current_step, Step::Gesprek);
    assert_eq!(v.profile(), &example::profile());
    assert!(v.check().unwrap().is_sound());
    let actions: Vec<AuditAction> = v
        .audit_log(Some(id))
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            AuditAction::Create,
            AuditAction::Change,
            AuditAction::Change,
            AuditAction::Read
        ]
    );
}

#[test]
fn wrong_passphrase_is_told_apart_from_damage_and_logged_at_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let (path, v) = new_vault(dir.path());
    drop(v);
    assert!(matches!(
        Vault::open(&path, "fout", &opts("Sanne")),
        Err(VaultError::WrongPassphrase)
    ));
    let mut v = Vault::open(&path, PASS, &opts("Sanne")).unwrap();
    let failed = v
        .audit_log(None)
        .unwrap()
        .iter()
        .filter(|e| e.action == AuditAction::FailedPassphrase)
        .count();
    assert_eq!(failed, 1);
    drop(v);

    // Damage the sealed private key: the slot's checksum says "damaged", not "wrong
    // passphrase".
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE slots SET secret_key = zeroblob(72)", [])
        .unwrap();
    drop(conn);
    assert!(matches!(
        Vault::open(&path, PASS, &opts("Sanne")),
        Err(VaultError::Corrupt { .. })
    ));
}

#[test]
fn a_file_from_a_newer_version_is_refused_as_too_new() {
    let dir = tempfile::tempdir().unwrap();
    let (path, v) = new_vault(dir.path());
    drop(v);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE header SET value = 99 WHERE key = 'schema_version'",
        [],
    )
    .unwrap();
    drop(conn);
    assert!(matches!(
        Vault::open(&path, PASS, &opts("Sanne")),
        Err(VaultError::TooNew { version: 99 })
    ));
}

#[test]
fn a_second_opener_reads_only_and_sees_who_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut first) = new_vault(dir.path());
    let id = put_example(&mut first);
    first
        .add_user("Henk", "leerkracht", "Henk zijn eigen zin")
        .unwrap();
    let mut second = Vault::open(&path, "Henk zijn eigen zin", &opts("Henk")).unwrap();
    assert!(second.is_read_only());
    assert_eq!(second.lock_holder().unwrap().user, "Sanne");
    assert!(!second.lock_is_stale());
    assert_eq!(second.load_dossier(id).unwrap().signals.len(), 3);
    let err = second
        .apply(id, Change::StartStep { step: Step::Wegen }, at(22))
        .unwrap_err();
    assert!(matches!(err, VaultError::Locked { ref holder } if holder.user == "Sanne"));
    // The second opener's read is in the log too.
    assert!(
        first
            .audit_log(Some(id))
            .unwrap()
            .iter()
            .any(|e| e.user == "Henk" && e.action == AuditAction::Read)
    );
    drop(second);
    drop(first);
    let v = Vault::open(&path, PASS, &opts("Henk")).unwrap();
    assert!(!v.is_read_only(), "the lock is released on drop");
}

#[test]
fn a_write_after_someone_else_wrote_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let id = put_example(&mut v);
    let stale_copy = v.load_dossier(id).unwrap();
    // Another program writes behind our back (e.g. after breaking the lock).
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE header SET value = value + 1 WHERE key = 'change_counter'",
        [],
    )
    .unwrap();
    let before = conn
        .query_row(
            "SELECT body FROM dossiers WHERE id = ?1",
            [id.0.cast_signed()],
            |r| r.get::<_, Vec<u8>>(0),
        )
        .unwrap();
    assert!(matches!(
        v.save_dossier(&stale_copy),
        Err(VaultError::ChangedElsewhere)
    ));
    assert!(matches!(
        v.apply(id, Change::StartStep { step: Step::Wegen }, at(22)),
        Err(VaultError::ChangedElsewhere)
    ));
    let after = conn
        .query_row(
            "SELECT body FROM dossiers WHERE id = ?1",
            [id.0.cast_signed()],
            |r| r.get::<_, Vec<u8>>(0),
        )
        .unwrap();
    assert_eq!(before, after, "nothing overwritten");
}

#[test]
fn changing_the_passphrase_renews_the_data_key() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let id = put_example(&mut v);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let body_before: Vec<u8> = conn
        .query_row(
            "SELECT body FROM dossiers WHERE id = ?1",
            [id.0.cast_signed()],
            |r| r.get(0),
        )
        .unwrap();
    assert!(matches!(
        v.change_passphrase("fout", "nieuw"),
        Err(VaultError::WrongPassphrase)
    ));
    v.change_passphrase(PASS, "nieuw wachtwoord").unwrap();
    let body_after: Vec<u8> = conn
        .query_row(
            "SELECT body FROM dossiers WHERE id = ?1",
            [id.0.cast_signed()],
            |r| r.get(0),
        )
        .unwrap();
    assert_ne!(body_before, body_after, "every record re-encrypted");
    drop(conn);
    drop(v);
    assert!(matches!(
        Vault::open(&path, PASS, &opts("Sanne")),
        Err(VaultError::WrongPassphrase)
    ));
    let mut v = Vault::open(&path, "nieuw wachtwoord", &opts("Sanne")).unwrap();
    assert_eq!(v.load_dossier(id).unwrap().signals.len(), 3);
}

fn tamper(path: &Path, sql: &str) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn audit_tampering_is_detected_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let id = put_example(&mut v);
    for _ in 0..3 {
        v.load_dossier(id).unwrap();
    }
    assert!(v.check().unwrap().is_sound());
    drop(v);
    let pristine = std::fs::read(&path).unwrap();
    let cases = [
        (
            "edit",
            "UPDATE audit SET entry = CAST(substr(entry, 1, 30) || \
             CASE WHEN substr(entry, 31, 1) = x'00' THEN x'01' ELSE x'00' END || \
             substr(entry, 32) AS BLOB) WHERE seq = 3",
        ),
        ("delete", "DELETE FROM audit WHERE seq = 4"),
        (
            "delete last",
            "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
        ),
        (
            "swap",
            "UPDATE audit SET seq = -1 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; \
             UPDATE audit SET seq = 4 WHERE seq = -1;",
        ),
        (
            "swap contents",
            "CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (3, 4); \
             UPDATE audit SET entry = (SELECT entry FROM t WHERE seq = 4), hash = (SELECT hash FROM t WHERE seq = 4) WHERE seq = 3; \
             UPDATE audit SET entry = (SELECT entry FROM t WHERE seq = 3), hash = (SELECT hash FROM t WHERE seq = 3) WHERE seq = 4;",
        ),
    ];
    for (name, sql) in cases {
        std::fs::write(&path, &pristine).unwrap();
        tamper(&path, sql);
        let mut opts = opts("Sanne");
        opts.take_over_stale_lock = true;
        let report = Vault::open(&path, PASS, &opts).and_then(|mut v| v.check());
        match report {
            Ok(r) => assert!(!r.is_sound(), "{name}: tampering not detected"),
            Err(e) => assert!(
                matches!(e, VaultError::Corrupt { .. } | VaultError::Tampered(_)),
                "{name}: {e:?}"
            ),
        }
    }
}

#[test]
fn closed_dossiers_past_retention_are_listed_and_purged_for_real() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    let old = put_example(&mut v);
    let recent = put_example(&mut v);
    let open = put_example(&mut v);
    let close = |on| Change::Close {
        reason: "zorgen weggenomen".into(),
        on,
    };
    v.apply(
        old,
        close(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
        at(20),
    )
    .unwrap();
    v.apply(
        recent,
        close(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()),
        at(20),
    )
    .unwrap();
    v.backup_now().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let expired: Vec<DossierId> = v
        .expired_dossiers(today)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(expired, [old], "bewaartermijn of the example is 2 years");
    v.purge(&expired).unwrap();
    assert!(matches!(v.load_dossier(old), Err(VaultError::NotFound(_))));
    assert!(v.load_dossier(recent).is_ok() && v.load_dossier(open).is_ok());
    assert!(v.check().unwrap().is_sound());
    let backups = meldcode::storage::backup::list(&path);
    assert_eq!(
        backups.len(),
        1,
        "older backups that held the dossier are gone"
    );
    // The purged dossier is gone from the fresh backup too.
    let b = rusqlite::Connection::open(&backups[0].path).unwrap();
    let n: i64 = b
        .query_row(
            "SELECT count(*) FROM dossiers WHERE id = ?1",
            [old.0.cast_signed()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn inzage_export_holds_dossier_history_statement_and_log() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, mut v) = new_vault(dir.path());
    let id = put_example(&mut v);
    v.apply(
        id,
        Change::AddClientStatement {
            text: "Moeder: de blauwe plek komt van de trap.".into(),
        },
        at(21),
    )
    .unwrap();
    v.apply(
        id,
        Change::SetField {
            step: Step::Gesprek,
            field: "notitie".into(),
            value: Some(Value::Text("x".into())),
        },
        at(21),
    )
    .unwrap();
    let json: serde_json::Value = serde_json::from_str(&v.inzage_json(id).unwrap()).unwrap();
    assert_eq!(
        json["dossier"]["client_statements"][0],
        "Moeder: de blauwe plek komt van de trap."
    );
    assert!(json["dossier"]["history"].as_array().unwrap().len() > 15);
    assert!(json["audit_log"].as_array().unwrap().len() >= 4);
    assert_eq!(json["retention_years_after_closing"], 2);
    let last = v.audit_log(Some(id)).unwrap().pop().unwrap();
    assert_eq!(last.action, AuditAction::Export);
}

#[test]
fn secrets_round_trip_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    v.put_secret("signing.p12", b"PKCS12-BYTES-Bj\xc3\xb8rn")
        .unwrap();
    assert_eq!(
        v.secret("signing.p12").unwrap().unwrap(),
        b"PKCS12-BYTES-Bj\xc3\xb8rn"
    );
    assert_eq!(v.secret("none").unwrap(), None);
    drop(v);
    let raw = std::fs::read(&path).unwrap();
    assert!(!raw.windows(12).any(|w| w == b"PKCS12-BYTES"));
}

#[test]
fn backups_rotate_and_open_with_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = new_vault(dir.path());
    for _ in 0..5 {
        put_example(&mut v);
        v.backup_now().unwrap();
    }
    let backups = meldcode::storage::backup::list(&path);
    assert_eq!(backups.len(), 3, "keeps backups_to_keep");
    drop(v);
    let copy = dir.path().join("restored.mdv");
    std::fs::copy(&backups[2].path, &copy).unwrap();
    let mut r = Vault::open(&copy, PASS, &opts("Sanne")).unwrap();
    assert_eq!(r.list_dossiers().unwrap().len(), 5);
    assert!(r.check().unwrap().is_sound());
}

#[cfg(target_os = "linux")]
#[test]
fn an_immutable_vault_gives_a_clear_error_and_stays_as_it_was() {
    // Tests run as root, which ignores permission bits; `chattr +i` binds root too.
    let dir = tempfile::tempdir().unwrap();
    let (path, v) = new_vault(dir.path());
    drop(v);
    let before = std::fs::read(&path).unwrap();
    let ok = std::process::Command::new("chattr")
        .arg("+i")
        .arg(&path)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("chattr +i not available here; the mapping is tested in storage::error");
        return;
    }
    let res = Vault::open(&path, PASS, &opts("Sanne"));
    std::process::Command::new("chattr")
        .arg("-i")
        .arg(&path)
        .status()
        .unwrap();
    assert!(
        matches!(
            res,
            Err(VaultError::ReadOnly | VaultError::PermissionDenied)
        ),
        "{res:?}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_stale_lock_is_offered_and_taken_over_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (path, v) = new_vault(dir.path());
    drop(v);
    let old = Utc::now() - chrono::Duration::hours(2);
    let dead = serde_json::json!({
        "user": "Henk Visser", "workstation": "kantoor-2", "pid": 1,
        "since": old, "heartbeat": old, "token": "dood"
    });
    std::fs::write(meldcode::storage::lock_path(&path), dead.to_string()).unwrap();
    let v = Vault::open(&path, PASS, &opts("Sanne")).unwrap();
    assert!(v.is_read_only());
    assert!(v.lock_is_stale());
    assert_eq!(v.lock_holder().unwrap().workstation, "kantoor-2");
    drop(v);
    let mut o = opts("Sanne");
    o.take_over_stale_lock = true;
    let mut v = Vault::open(&path, PASS, &o).unwrap();
    assert!(!v.is_read_only());
    let taken: Vec<String> = v
        .audit_log(None)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == AuditAction::LockTakenOver)
        .map(|e| e.detail)
        .collect();
    assert_eq!(taken.len(), 1);
    assert!(taken[0].contains("Henk Visser on kantoor-2"), "{taken:?}");
}

#[test]
fn a_backup_is_taken_at_open_only_when_the_vault_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, v) = new_vault(dir.path());
    drop(v);
    let count = || meldcode::storage::backup::list(&path).len();
    let after_create = count();
    assert_eq!(after_create, 1);
    drop(Vault::open(&path, PASS, &opts("Sanne")).unwrap());
    assert_eq!(count(), 1, "nothing changed, no new backup");
    let mut v = Vault::open(&path, PASS, &opts("Sanne")).unwrap();
    v.create_dossier("basismodel", at(20)).unwrap();
    drop(v);
    drop(Vault::open(&path, PASS, &opts("Sanne")).unwrap());
    assert_eq!(count(), 2, "changed since the newest backup");
}
