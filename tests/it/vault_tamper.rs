//! The security review's attacks on a vault file (`../shared/reviews/security.md`),
//! replayed through `rusqlite` on copies of a real vault, without the passphrase. Each is
//! refused with its own error or reported by `check`, never "sound".
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::Utc;
use meldcode::domain::{Actor, Change, DossierId, Step, example};
use meldcode::storage::{KdfParams, OpenOptions, Tampering, Vault, VaultError, VaultWarning};

const PASS: &str = "Çağla's kluis 2026 blijft dicht";

fn opts() -> OpenOptions {
    OpenOptions {
        actor: Actor::new("Çağla Ünal-de Wít", "aandachtsfunctionaris"),
        workstation: "pc-test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 3,
        ..OpenOptions::default()
    }
}

/// A vault with two example dossiers.
fn make(dir: &Path) -> PathBuf {
    let path = dir.join("kluis.mdv");
    let mut v = Vault::create_with_kdf(
        &path,
        PASS,
        &example::profile(),
        &opts(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    for _ in 0..2 {
        let ex = example::dossier();
        let c = v.create_dossier(&ex.form_set, ex.created_at).unwrap();
        let mut d = ex;
        d.id = c.id;
        d.reference = c.reference;
        v.save_dossier(&d).unwrap();
    }
    path
}

/// Whether a refusal is the expected kind.
type Check = fn(&Tampering) -> bool;
/// A slot row: public key, salt, sealed private key, sealed data key.
type SlotRow = (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>);

/// A copy of `src` with `sql` run on it, as a colleague with `sqlite3` would.
fn tampered(dir: &Path, src: &Path, name: &str, sql: &str) -> PathBuf {
    let path = dir.join(format!("{name}.mdv"));
    std::fs::copy(src, &path).unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(sql).unwrap();
    path
}

/// Review finding 8: KDF parameters from the file, checksum recomputed so only the bound
/// can stop them; before, 2 TiB aborted the program and 4 000 000 000 passes hung it.
#[test]
fn kdf_parameters_beyond_the_bounds_are_refused_before_deriving() {
    let dir = tempfile::tempdir().unwrap();
    let src = make(dir.path());
    let max = u32::MAX;
    for (i, (m, t, p)) in [
        (max, 1, 1),
        (64, max, 1),
        (64, 1, max),
        (2_147_483_648, 1, 1),
        (65_536, 4_000_000_000, 1),
        (64, 65, 1),
        (64, 1, 17),
    ]
    .into_iter()
    .enumerate()
    {
        let path = dir.path().join(format!("kdf{i}.mdv"));
        std::fs::copy(&src, &path).unwrap();
        support::set_kdf(&path, m, t, p);
        let start = Instant::now();
        let res = Vault::open(&path, PASS, &opts());
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{m}/{t}/{p} took {:?}",
            start.elapsed()
        );
        match res {
            Err(VaultError::KdfOutOfBounds {
                m_cost_kib,
                t_cost,
                p_cost,
            }) => assert_eq!((m_cost_kib, t_cost, p_cost), (m, t, p)),
            other => panic!("{m}/{t}/{p}: {other:?}"),
        }
        let e = VaultError::KdfOutOfBounds {
            m_cost_kib: m,
            t_cost: t,
            p_cost: p,
        };
        assert!(e.dutch_message().contains("hoogstens 4096 MiB"));
    }
    // The test parameters and the product floor stay allowed.
    assert!(KdfParams::INSECURE_TEST.within_bounds());
    assert!(KdfParams::FLOOR.within_bounds());
    assert!(KdfParams::MAX.within_bounds());
}

/// Review finding 2: a planted trigger silently discarded every later save. Any object a
/// vault does not have is now refused at open, before a table is read.
#[test]
fn planted_triggers_views_and_extra_objects_are_refused_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let src = make(dir.path());
    let cases = [
        (
            "trigger",
            "CREATE TRIGGER keep_old AFTER UPDATE ON dossiers BEGIN \
             UPDATE dossiers SET revision=old.revision, summary=old.summary, body=old.body \
             WHERE id=old.id; END;",
        ),
        (
            "insert-trigger",
            "CREATE TRIGGER no_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(IGNORE); END;",
        ),
        ("view", "CREATE VIEW v AS SELECT id FROM dossiers;"),
        ("index", "CREATE INDEX i ON dossiers(revision);"),
        ("table", "CREATE TABLE extra (x);"),
        ("dropped", "DROP TABLE failed_attempts;"),
    ];
    for (name, sql) in cases {
        let path = tampered(dir.path(), &src, name, sql);
        match Vault::open(&path, PASS, &opts()) {
            Err(e @ VaultError::UnexpectedSchema { .. }) => {
                assert!(e.dutch_message().contains("trigger"), "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
    // The untouched vault still opens.
    let mut v = Vault::open(&src, PASS, &opts()).unwrap();
    assert_eq!(v.list_dossiers().unwrap().len(), 2);
    assert!(v.check().unwrap().is_sound());
    v.load_dossier(DossierId(1)).unwrap();
}

/// Review finding 1 (B, C), finding 5 (E), finding 14 and experiment P: rows rolled
/// back, deleted, added, copied from another vault, a replayed audit head, a changed
/// counter, a replayed record or state. Each is refused at open with its own error, and
/// reported (not sound) by a read-only check, which writes nothing.
#[test]
fn rows_changed_outside_the_program_are_refused_each_with_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let src = make(dir.path());
    // An older copy (dossier 1 at an earlier revision, a shorter log).
    let old = dir.path().join("old.mdv");
    std::fs::copy(&src, &old).unwrap();
    let mut v = Vault::open(&src, PASS, &opts()).unwrap();
    v.apply(
        DossierId(1),
        Change::StartStep { step: Step::Wegen },
        Utc::now(),
    )
    .unwrap();
    v.put_secret("signing-identity", b"nieuw").unwrap();
    let ex = example::dossier();
    v.create_dossier(&ex.form_set, ex.created_at).unwrap();
    drop(v);
    // Another vault with the same passphrase and the same dossier ids and revisions.
    let other_dir = tempfile::tempdir().unwrap();
    let other = make(other_dir.path());
    let attach = |p: &Path| format!("ATTACH '{}' AS o;", p.display());

    let cases: Vec<(&str, String, Check)> = vec![
        (
            "B rollback",
            attach(&old)
                + "UPDATE main.dossiers SET revision=(SELECT revision FROM o.dossiers WHERE id=1), \
                   summary=(SELECT summary FROM o.dossiers WHERE id=1), \
                   body=(SELECT body FROM o.dossiers WHERE id=1) WHERE id=1;",
            |t| matches!(t, Tampering::DossierRolledBack { id, .. } if *id == DossierId(1)),
        ),
        ("C delete", "DELETE FROM dossiers WHERE id=2;".into(), |t| {
            *t == Tampering::DossierMissing(DossierId(2))
        }),
        (
            "added row",
            "INSERT INTO dossiers SELECT 9, revision, summary, body FROM dossiers WHERE id=2;"
                .into(),
            |t| *t == Tampering::DossierAdded(DossierId(9)),
        ),
        (
            "P foreign row",
            attach(&other)
                + "UPDATE main.dossiers SET summary=(SELECT summary FROM o.dossiers WHERE id=2), \
                   body=(SELECT body FROM o.dossiers WHERE id=2) WHERE id=2;",
            |t| *t == Tampering::DossierReplaced(DossierId(2)),
        ),
        (
            "E audit head replay",
            attach(&old)
                + "DELETE FROM main.audit WHERE seq > (SELECT max(seq) FROM o.audit); \
                   UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='audit-head') \
                   WHERE name='audit-head';",
            |t| matches!(t, Tampering::AuditRolledBack { .. }),
        ),
        (
            "audit entries deleted",
            "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit);".into(),
            |t| matches!(t, Tampering::AuditRolledBack { .. }),
        ),
        (
            "F14 reference counter",
            attach(&old)
                + "UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='counters') \
                   WHERE name='counters';",
            |t| *t == Tampering::RecordChanged("counters".into()),
        ),
        (
            "counters deleted",
            "DELETE FROM records WHERE name = 'counters';".into(),
            |t| *t == Tampering::RecordMissing("counters".into()),
        ),
        (
            "change counter",
            "UPDATE header SET value = value - 1 WHERE key = 'change_counter';".into(),
            |t| *t == Tampering::HeaderChanged("change_counter".into()),
        ),
        (
            "secret deleted",
            "DELETE FROM records WHERE name = 'secret:signing-identity';".into(),
            |t| *t == Tampering::RecordMissing("secret:signing-identity".into()),
        ),
        (
            "profile from another vault",
            attach(&other)
                + "UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='profile') \
                   WHERE name='profile';",
            |t| *t == Tampering::RecordChanged("profile".into()),
        ),
        (
            "state replay",
            attach(&old)
                + "UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='state') \
                   WHERE name='state';",
            |t| {
                matches!(
                    t,
                    Tampering::AuditAdded { .. } | Tampering::DossierAhead { .. }
                )
            },
        ),
        (
            "state from another vault",
            attach(&other)
                + "UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='state') \
                   WHERE name='state';",
            |t| *t == Tampering::StateUnreadable,
        ),
        (
            "state deleted",
            "DELETE FROM records WHERE name = 'state';".into(),
            |t| *t == Tampering::StateMissing,
        ),
    ];
    for (name, sql, expected) in cases {
        let path = tampered(dir.path(), &src, &name.replace(' ', "-"), &sql);
        match Vault::open(&path, PASS, &opts()) {
            Err(VaultError::Tampered(t)) => assert!(expected(&t), "{name}: {t:?}"),
            other => panic!("{name}: {other:?}"),
        }
        // The read-only check reports the same, and writes nothing.
        let before = std::fs::read(&path).unwrap();
        let mut v = Vault::open_for_check(&path, PASS, &opts()).unwrap();
        let report = v.check().unwrap();
        drop(v);
        assert!(!report.is_sound(), "{name}: check says sound");
        assert!(
            report.tampering.as_ref().is_some_and(expected),
            "{name}: {report:?}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{name}: check wrote");
        let e = VaultError::Tampered(report.tampering.unwrap());
        assert!(
            e.dutch_message().contains("buiten Meldcode Dossier"),
            "{name}"
        );
    }
    // The untouched vault is sound, and its check leaves no trace either.
    let before = std::fs::read(&src).unwrap();
    let backups_before = meldcode::storage::backup::list(&src).len();
    let mut v = Vault::open_for_check(&src, PASS, &opts()).unwrap();
    assert!(v.check().unwrap().is_sound());
    drop(v);
    assert_eq!(std::fs::read(&src).unwrap(), before);
    assert_eq!(meldcode::storage::backup::list(&src).len(), backups_before);
}

/// A change made behind the program's back while the vault is open is refused at the
/// next write or read (the next transaction checks the sealed state first), never sealed
/// over; a row swapped at the same revision is found at the next open.
#[test]
fn a_change_behind_an_open_vault_is_refused_not_sealed_over() {
    let dir = tempfile::tempdir().unwrap();
    let src = make(dir.path());
    let old = dir.path().join("old.mdv");
    std::fs::copy(&src, &old).unwrap();
    let mut v = Vault::open(&src, PASS, &opts()).unwrap();
    v.apply(
        DossierId(2),
        Change::StartStep { step: Step::Wegen },
        Utc::now(),
    )
    .unwrap();
    let conn = rusqlite::Connection::open(&src).unwrap();
    conn.execute_batch(&format!(
        "ATTACH '{}' AS o; UPDATE main.dossiers SET revision=(SELECT revision FROM o.dossiers WHERE id=2), \
         summary=(SELECT summary FROM o.dossiers WHERE id=2), body=(SELECT body FROM o.dossiers WHERE id=2) \
         WHERE id=2; DETACH o;",
        old.display()
    ))
    .unwrap();
    drop(conn);
    match v.apply(
        DossierId(1),
        Change::StartStep { step: Step::Wegen },
        Utc::now(),
    ) {
        Err(VaultError::Tampered(Tampering::DossierRolledBack { id, .. })) => {
            assert_eq!(id, DossierId(2));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        v.load_dossier(DossierId(1)),
        Err(VaultError::Tampered(_))
    ));
    drop(v);
    assert!(matches!(
        Vault::open(&src, PASS, &opts()),
        Err(VaultError::Tampered(Tampering::DossierRolledBack { .. }))
    ));
}

/// Review finding 6 (F): the whole vault replaced by an older copy. The last state this
/// computer saw is kept outside the vault; the older file opens with a warning that has
/// both dates, and once accepted it is the new last-seen state.
#[test]
fn a_whole_vault_older_than_last_seen_opens_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let seen = tempfile::tempdir().unwrap();
    let o = OpenOptions {
        state_dir: Some(seen.path().to_owned()),
        backups_to_keep: 100,
        ..opts()
    };
    let src = make(dir.path());
    let v = Vault::open(&src, PASS, &o).unwrap();
    assert_eq!(v.warning(), None);
    drop(v);
    let old = dir.path().join("old.mdv");
    std::fs::copy(&src, &old).unwrap();
    let mut v = Vault::open(&src, PASS, &o).unwrap();
    v.create_dossier("basismodel", Utc::now()).unwrap();
    drop(v);
    // The backups would tell as well; take them away to test the seen state alone.
    std::fs::remove_dir_all(meldcode::storage::backup::backup_dir(&src)).unwrap();
    std::fs::copy(&old, &src).unwrap();
    let v = Vault::open(&src, PASS, &o).unwrap();
    let Some(VaultWarning::OpenedOlderThanSeen { seen_at, vault_at }) = v.warning().cloned() else {
        panic!("no warning: {:?}", v.warning());
    };
    assert!(seen_at > vault_at, "{seen_at} {vault_at}");
    let msg = v.warning().unwrap().dutch_message();
    assert!(msg.contains("ouder dan de versie"), "{msg}");
    assert_eq!(
        v.list_dossiers().unwrap().len(),
        2,
        "the older vault still works"
    );
    drop(v);
    // Still warned at the next open, until the user accepts this version.
    let mut v = Vault::open(&src, PASS, &o).unwrap();
    assert!(v.warning().is_some());
    v.accept_as_current().unwrap();
    drop(v);
    assert_eq!(Vault::open(&src, PASS, &o).unwrap().warning(), None);

    // Without a state folder, a newer backup of the same vault tells the same.
    let dir2 = tempfile::tempdir().unwrap();
    let src2 = make(dir2.path());
    let old2 = dir2.path().join("old2.mdv");
    std::fs::copy(&src2, &old2).unwrap();
    let mut v = Vault::open(&src2, PASS, &opts()).unwrap();
    v.create_dossier("basismodel", Utc::now()).unwrap();
    v.backup_now().unwrap();
    drop(v);
    std::fs::copy(&old2, &src2).unwrap();
    let v = Vault::open(&src2, PASS, &opts()).unwrap();
    assert!(
        matches!(v.warning(), Some(VaultWarning::OpenedOlderThanSeen { .. })),
        "{:?}",
        v.warning()
    );
}

/// Review finding 7: ten planted future-dated backup names made rotation delete every
/// real backup and stopped the daily backup. Backups are now recognised by content.
#[test]
fn planted_backup_names_never_push_real_backups_out() {
    let dir = tempfile::tempdir().unwrap();
    let src = make(dir.path());
    let bdir = meldcode::storage::backup::backup_dir(&src);
    let planted: Vec<PathBuf> = (1..=10)
        .map(|i| bdir.join(format!("kluis.mdv.299901{i:02}T000000000Z.c99999.bak")))
        .collect();
    for p in &planted {
        std::fs::write(p, "junk").unwrap();
    }
    // A real vault file of someone else under a backup name.
    let other_dir = tempfile::tempdir().unwrap();
    let other = make(other_dir.path());
    let foreign = bdir.join("kluis.mdv.29990201T000000000Z.c99999.bak");
    std::fs::copy(&other, &foreign).unwrap();

    let mut v = Vault::open(&src, PASS, &opts()).unwrap();
    for _ in 0..5 {
        v.create_dossier("basismodel", Utc::now()).unwrap();
        v.backup_now().unwrap();
    }
    let real = v.backups();
    assert_eq!(
        real.len(),
        3,
        "keeps backups_to_keep real backups: {real:?}"
    );
    assert!(real.windows(2).all(|w| w[0].generation < w[1].generation));
    let newest = Vault::open_for_check(&real[2].path, PASS, &opts()).unwrap();
    assert_eq!(
        newest.list_dossiers().unwrap().len(),
        7,
        "the newest backup is the newest"
    );
    for p in planted.iter().chain([&foreign]) {
        assert!(
            p.exists(),
            "a file it does not recognise was deleted: {p:?}"
        );
    }
    drop(v);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        for b in &real {
            let mode = std::fs::metadata(&b.path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{:?}", b.path);
        }
        let mode = std::fs::metadata(&bdir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
    }
}

mod support {
    use std::path::Path;

    use sha2::{Digest as _, Sha256};

    pub fn lp_sha(parts: &[&[u8]]) -> Vec<u8> {
        let mut h = Sha256::new();
        for p in parts {
            h.update((p.len() as u64).to_le_bytes());
            h.update(p);
        }
        h.finalize().to_vec()
    }

    /// Writes KDF parameters into every key slot and recomputes their checksums, as
    /// anyone with `sqlite3` can.
    #[allow(
        clippy::many_single_char_names,
        reason = "m, t, p as Argon2 names them"
    )]
    pub fn set_kdf(path: &Path, m: u32, t: u32, p: u32) {
        let conn = rusqlite::Connection::open(path).unwrap();
        let rows: Vec<super::SlotRow> = conn
            .prepare("SELECT public_key, salt, secret_key, data_key FROM slots")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for (public, salt, secret, data_key) in rows {
            let sum = lp_sha(&[
                b"meldcode slot v3",
                &m.to_le_bytes(),
                &t.to_le_bytes(),
                &p.to_le_bytes(),
                &salt,
                &public,
                &secret,
                &data_key,
            ]);
            conn.execute(
                "UPDATE slots SET kdf_m_kib = ?2, kdf_t = ?3, kdf_p = ?4, sum = ?5 \
                 WHERE public_key = ?1",
                rusqlite::params![public, i64::from(m), i64::from(t), i64::from(p), sum],
            )
            .unwrap();
        }
    }
}
