//! Every user by name (issue 15 item 4, review findings 3 and 12): a key slot per user,
//! the user who opened the vault named in every audit entry and change, removing a user
//! and changing a passphrase renew the data key, and format-1 vaults are upgraded in place
//! after a backup.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};

use chrono::Utc;
use meldcode::domain::{Actor, Change, DossierId, Step, example};
use meldcode::storage::{
    AuditAction, KdfParams, OpenOptions, Tampering, Vault, VaultError, check_passphrase,
};

const SANNE: &str = "Sanne's zin met vier woorden";
const HENK: &str = "Henk fietst door ĳzige regen";

fn opts(user: Option<&str>) -> OpenOptions {
    OpenOptions {
        workstation: "pc-test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 3,
        user: user.map(str::to_owned),
        ..OpenOptions::default()
    }
}

fn team(dir: &Path) -> (PathBuf, Vault) {
    let path = dir.join("team.mdv");
    let o = OpenOptions {
        actor: Actor::new("Sanne Bakker", "aandachtsfunctionaris"),
        ..opts(None)
    };
    let mut v = Vault::create_with_kdf(
        &path,
        SANNE,
        &example::profile(),
        &o,
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    let ex = example::dossier();
    let c = v.create_dossier(&ex.form_set, ex.created_at).unwrap();
    let mut d = ex;
    d.id = c.id;
    d.reference = c.reference;
    v.save_dossier(&d).unwrap();
    v.add_user("Henk de Vries", "leerkracht groep 5", HENK)
        .unwrap();
    (path, v)
}

#[test]
fn each_user_opens_with_their_own_passphrase_and_is_named_for_what_they_do() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = team(dir.path());
    assert_eq!(v.current_user().name, "Sanne Bakker");
    let users: Vec<(String, String)> = v
        .list_users()
        .unwrap()
        .into_iter()
        .map(|u| (u.name, u.function))
        .collect();
    assert_eq!(
        users,
        [
            ("Henk de Vries".to_owned(), "leerkracht groep 5".to_owned()),
            (
                "Sanne Bakker".to_owned(),
                "aandachtsfunctionaris".to_owned()
            )
        ]
    );
    assert!(matches!(
        v.add_user("Henk de Vries", "x", "iets anders dan dit"),
        Err(VaultError::UserExists)
    ));
    drop(v);

    // Henk, without naming himself: his passphrase finds his slot. The actor in the
    // options does not decide who he is; his slot does.
    let o = OpenOptions {
        actor: Actor::new("Sanne Bakker", "aandachtsfunctionaris"),
        ..opts(None)
    };
    let mut v = Vault::open(&path, HENK, &o).unwrap();
    assert_eq!(
        v.current_user(),
        &Actor::new("Henk de Vries", "leerkracht groep 5")
    );
    let d = v
        .apply(
            DossierId(1),
            Change::StartStep { step: Step::Wegen },
            Utc::now(),
        )
        .unwrap();
    assert_eq!(d.history.last().unwrap().by.name, "Henk de Vries");
    let log = v.audit_log(Some(DossierId(1))).unwrap();
    let last = log.last().unwrap();
    assert_eq!(
        (last.user.as_str(), last.action),
        ("Henk de Vries", AuditAction::Change)
    );
    assert!(
        log.iter()
            .any(|e| e.user == "Sanne Bakker" && e.action == AuditAction::Create)
    );
    drop(v);

    // Naming a user: the passphrase must open that user's slot.
    assert!(matches!(
        Vault::open(&path, SANNE, &opts(Some("Henk de Vries"))),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        Vault::open(&path, SANNE, &opts(Some("Zoë"))),
        Err(VaultError::UnknownUser)
    ));
    let v = Vault::open(&path, SANNE, &opts(Some("Sanne Bakker"))).unwrap();
    assert_eq!(v.current_user().name, "Sanne Bakker");
    assert!(v.check_sound());
}

trait Sound {
    fn check_sound(self) -> bool;
}

impl Sound for Vault {
    fn check_sound(mut self) -> bool {
        self.check().unwrap().is_sound()
    }
}

#[test]
fn a_removed_user_cannot_open_the_vault_nor_read_what_comes_after() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = team(dir.path());
    // Henk's copy from while he was a user.
    let henks_copy = dir.path().join("henk-kopie.mdv");
    std::fs::copy(&path, &henks_copy).unwrap();
    assert!(matches!(
        v.remove_user("Sanne Bakker", &mut |_, _| {}),
        Err(VaultError::CannotRemoveSelf)
    ));
    assert!(matches!(
        v.remove_user("Bjørn", &mut |_, _| {}),
        Err(VaultError::UnknownUser)
    ));
    let body_before = body(&path, 1);
    let mut calls = Vec::new();
    v.remove_user("Henk de Vries", &mut |done, total| {
        calls.push((done, total));
    })
    .unwrap();
    let (done, total) = *calls.last().unwrap();
    assert_eq!(done, total);
    assert!(total >= 5, "records, a dossier and the audit log: {total}");
    assert_ne!(body(&path, 1), body_before, "every record re-encrypted");
    v.apply(
        DossierId(1),
        Change::StartStep { step: Step::Wegen },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(v.list_users().unwrap().len(), 1);
    let log = v.audit_log(None).unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == AuditAction::UserRemoved && e.detail == "Henk de Vries")
    );
    drop(v);

    assert!(matches!(
        Vault::open(&path, HENK, &opts(None)),
        Err(VaultError::WrongPassphrase)
    ));
    // The file does not name its slots (format 3): a passphrase that opens no slot is
    // wrong, whoever is named.
    assert!(matches!(
        Vault::open(&path, HENK, &opts(Some("Henk de Vries"))),
        Err(VaultError::WrongPassphrase)
    ));
    // His old copy still opens for him: that is what he could read before (docs/vault.md).
    let old = Vault::open_for_check(&henks_copy, HENK, &opts(None)).unwrap();
    assert_eq!(old.current_user().name, "Henk de Vries");
    drop(old);
    // Putting his old slot back into the current file (a graft) is refused, and would
    // not help: his slot holds the old data key.
    let grafted = dir.path().join("graft.mdv");
    std::fs::copy(&path, &grafted).unwrap();
    let conn = rusqlite::Connection::open(&grafted).unwrap();
    conn.execute_batch(&format!(
        "ATTACH '{}' AS o; DELETE FROM main.slots; INSERT INTO main.slots SELECT * FROM o.slots; \
         UPDATE main.records SET value=(SELECT value FROM o.records WHERE name='users') WHERE name='users';",
        henks_copy.display()
    ))
    .unwrap();
    drop(conn);
    match Vault::open(&grafted, HENK, &opts(None)) {
        Err(VaultError::Tampered(Tampering::StateUnreadable)) => {}
        other => panic!("{other:?}"),
    }
    old_key_reads_nothing(&grafted, HENK);
}

/// A check of a grafted file with the old passphrase: refused outright, or nothing read.
fn old_key_reads_nothing(path: &Path, pass: &str) {
    match Vault::open_for_check(path, pass, &opts(None)) {
        Err(e) => assert!(
            matches!(e, VaultError::Corrupt { .. } | VaultError::Tampered(_)),
            "{e:?}"
        ),
        Ok(mut c) => {
            let report = c.check().unwrap();
            assert!(!report.is_sound());
            assert_eq!(
                report.dossiers, 0,
                "the old key reads no dossier: {report:?}"
            );
        }
    }
}

fn body(path: &Path, id: i64) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT body FROM dossiers WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .unwrap()
}

/// Review finding 3: `vault passwd` re-wrapped the same data key, so the old passphrase
/// plus an old copy (or its header grafted onto the current file) read the current vault.
#[test]
fn the_old_passphrase_with_an_old_copy_cannot_read_the_vault_after_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = team(dir.path());
    let old_copy = dir.path().join("oud.mdv");
    std::fs::copy(&path, &old_copy).unwrap();
    let new_pass = "een heel nieuw wachtwoord 2026";
    assert!(matches!(
        v.change_passphrase("fout", new_pass),
        Err(VaultError::WrongPassphrase)
    ));
    assert!(matches!(
        v.change_passphrase(SANNE, ""),
        Err(VaultError::WeakPassphrase(_))
    ));
    let before = body(&path, 1);
    let mut seen = 0;
    v.change_passphrase_with_progress(SANNE, new_pass, &mut |_, _| seen += 1)
        .unwrap();
    assert!(seen > 3);
    assert_ne!(
        body(&path, 1),
        before,
        "everything re-encrypted under a new key"
    );
    v.apply(
        DossierId(1),
        Change::StartStep { step: Step::Wegen },
        Utc::now(),
    )
    .unwrap();
    // The backups of before no longer open under the new key.
    assert!(!v.stale_backups().is_empty());
    assert!(v.backups().iter().all(|b| b.generation > 0));
    drop(v);

    assert!(matches!(
        Vault::open(&path, SANNE, &opts(None)),
        Err(VaultError::WrongPassphrase)
    ));
    let v = Vault::open(&path, new_pass, &opts(None)).unwrap();
    assert_eq!(v.current_user().name, "Sanne Bakker");
    drop(v);
    // Henk's passphrase is unchanged and still works.
    drop(Vault::open(&path, HENK, &opts(None)).unwrap());

    // The review's graft: the old copy's key slots onto the current file.
    let grafted = dir.path().join("graft.mdv");
    std::fs::copy(&path, &grafted).unwrap();
    let conn = rusqlite::Connection::open(&grafted).unwrap();
    conn.execute_batch(&format!(
        "ATTACH '{}' AS o; DELETE FROM main.slots; INSERT INTO main.slots SELECT * FROM o.slots;",
        old_copy.display()
    ))
    .unwrap();
    drop(conn);
    assert!(Vault::open(&grafted, SANNE, &opts(None)).is_err());
    old_key_reads_nothing(&grafted, SANNE);
}

#[test]
fn old_backups_are_reencrypted_or_destroyed_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut v) = team(dir.path());
    v.backup_now().unwrap();
    v.rotate_key(&mut |_, _| {}).unwrap();
    let stale = v.stale_backups();
    assert!(!stale.is_empty());
    let n = v.reencrypt_stale_backups(&mut |_, _| {}).unwrap();
    assert_eq!(n, stale.len());
    assert!(v.stale_backups().is_empty());
    // A re-encrypted backup opens with today's slots.
    let b = v.backups().first().unwrap().path.clone();
    drop(Vault::open_for_check(&b, HENK, &opts(None)).unwrap());

    v.remove_user("Henk de Vries", &mut |_, _| {}).unwrap();
    let stale = v.stale_backups();
    assert!(!stale.is_empty());
    assert_eq!(v.destroy_stale_backups().unwrap(), stale.len());
    assert!(stale.iter().all(|p| !p.exists()));
    assert!(!v.backups().is_empty(), "a fresh backup under the new key");
    drop(v);
    assert!(
        Vault::open(&path, SANNE, &opts(None))
            .unwrap()
            .check_sound()
    );
}

#[test]
fn the_passphrase_policy_has_one_answer_for_window_and_cli() {
    assert!(check_passphrase(SANNE).is_ok());
    let e = check_passphrase("welkom123").unwrap_err();
    let v = VaultError::WeakPassphrase(e);
    assert!(
        v.dutch_message().contains("tekens"),
        "{}",
        v.dutch_message()
    );
}

/// A format-1 vault, written here byte for byte as the program before key slots wrote it
/// (one shared passphrase wrapping the data key), is upgraded in place at open, after a
/// backup, keeping every dossier and audit entry.
#[test]
fn a_format_1_vault_is_upgraded_in_place_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("oud.mdv");
    let dossier = v1::write(&path, "gedeeld teamwachtwoord");
    let before = std::fs::read(&path).unwrap();

    // Bounds hold for format 1 too.
    let bad = dir.path().join("bad.mdv");
    std::fs::copy(&path, &bad).unwrap();
    v1::set_kdf(&bad, u32::MAX, 1, 1);
    assert!(matches!(
        Vault::open(&bad, "gedeeld teamwachtwoord", &opts(None)),
        Err(VaultError::KdfOutOfBounds { .. })
    ));
    assert!(matches!(
        Vault::open(&path, "fout", &opts(None)),
        Err(VaultError::WrongPassphrase)
    ));

    let o = OpenOptions {
        actor: Actor::new("Çağla Ünal-de Wít", "aandachtsfunctionaris"),
        ..opts(None)
    };
    let mut v = Vault::open(&path, "gedeeld teamwachtwoord", &o).unwrap();
    assert_eq!(v.current_user().name, "Çağla Ünal-de Wít");
    assert_eq!(v.list_users().unwrap().len(), 1);
    assert_eq!(v.load_dossier(DossierId(1)).unwrap(), dossier);
    let log = v.audit_log(None).unwrap();
    assert_eq!(log[0].user, "Oude Gebruiker", "old entries kept");
    assert!(log.iter().any(|e| e.action == AuditAction::Upgraded));
    let mut report = v.check().unwrap();
    assert!(report.is_sound(), "{report:?}");
    v.add_user("Zoë", "intern begeleider", "Zoë heeft een eigen zin")
        .unwrap();
    drop(v);

    // The backup before the upgrade is the old file, untouched.
    let pre = pre_upgrade_backup(&path, "format1");
    assert_eq!(schema_version(&pre), 1);
    assert!(before.len() > 1000);

    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn
        .query_row(
            "SELECT value FROM header WHERE key='schema_version'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(version, 3, "format 1 → 2 → 3 in one open");
    let wrapped: i64 = conn
        .query_row(
            "SELECT count(*) FROM header WHERE key='wrapped_key'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(wrapped, 0, "the shared wrapped key is gone");
    drop(conn);
    let mut v = Vault::open(&path, "Zoë heeft een eigen zin", &opts(None)).unwrap();
    assert_eq!(v.current_user().name, "Zoë");
    report = v.check().unwrap();
    assert!(report.is_sound(), "{report:?}");
}

/// The format-1 writer: the layout of `src/storage` before format 2, rebuilt from the
/// review's independent reader (`mc.py`, Appendix A) with the same primitives.
mod v1 {
    use std::path::Path;

    use argon2::{Algorithm, Argon2, Params, Version};
    use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
    use chacha20poly1305::{XChaCha20Poly1305, XNonce};
    use chrono::Utc;
    use meldcode::domain::{Dossier, example};
    use meldcode::storage::{AuditAction, AuditEntry, DossierSummary};
    use rand::RngCore as _;
    use rusqlite::params;
    use sha2::{Digest as _, Sha256};

    fn lp_sha(parts: &[&[u8]]) -> Vec<u8> {
        let mut h = Sha256::new();
        for p in parts {
            h.update((p.len() as u64).to_le_bytes());
            h.update(p);
        }
        h.finalize().to_vec()
    }

    const SCHEMA_V1: &str = "
CREATE TABLE header (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
CREATE TABLE records (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
CREATE TABLE dossiers (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL,
                       summary BLOB NOT NULL, body BLOB NOT NULL) STRICT;
CREATE TABLE audit (seq INTEGER PRIMARY KEY, entry BLOB NOT NULL, hash BLOB NOT NULL) STRICT;
CREATE TABLE failed_attempts (at TEXT NOT NULL) STRICT;
";

    fn seal(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; 24];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let ct = XChaCha20Poly1305::new(key.into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad })
            .unwrap();
        [nonce.to_vec(), ct].concat()
    }

    fn aad(table: &str, id: &str) -> Vec<u8> {
        format!("meldcode\0{table}\0{id}\01").into_bytes()
    }

    /// Writes a format-1 vault with one dossier (revision 2) and three audit entries.
    #[allow(
        clippy::many_single_char_names,
        reason = "m, t, p as Argon2 names them"
    )]
    pub fn write(path: &Path, passphrase: &str) -> Dossier {
        let (m, t, p) = (64u32, 1u32, 1u32);
        let mut salt = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let mut kek = [0u8; 32];
        Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(m, t, p, Some(32)).unwrap(),
        )
        .hash_password_into(passphrase.as_bytes(), &salt, &mut kek)
        .unwrap();
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        let wrapped = seal(&kek, b"meldcode vault data key v1", &key);
        let sum = lp_sha(&[
            b"meldcode-vault",
            &1u32.to_le_bytes(),
            &m.to_le_bytes(),
            &t.to_le_bytes(),
            &p.to_le_bytes(),
            &salt,
            &wrapped,
        ]);
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(SCHEMA_V1).unwrap();
        let h = |k: &str, v: &dyn rusqlite::ToSql| {
            conn.execute(
                "INSERT INTO header (key, value) VALUES (?1, ?2)",
                params![k, v],
            )
            .unwrap();
        };
        h("format", &"meldcode-vault");
        h("schema_version", &1i64);
        h("kdf_m_kib", &i64::from(m));
        h("kdf_t", &i64::from(t));
        h("kdf_p", &i64::from(p));
        h("salt", &salt.to_vec());
        h("wrapped_key", &wrapped);
        h("header_sum", &sum);
        h("change_counter", &2i64);
        h("next_dossier", &2i64);
        h("reference_2026", &1i64);
        let profile = serde_json::to_vec(&example::profile()).unwrap();
        conn.execute(
            "INSERT INTO records (name, value) VALUES ('profile', ?1)",
            [seal(&key, &aad("records", "profile"), &profile)],
        )
        .unwrap();
        let d = example::dossier();
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
        conn.execute(
            "INSERT INTO dossiers (id, revision, summary, body) VALUES (1, 2, ?1, ?2)",
            params![
                seal(
                    &key,
                    &aad("dossier-summary", "1:2"),
                    &serde_json::to_vec(&summary).unwrap()
                ),
                seal(
                    &key,
                    &aad("dossiers", "1:2"),
                    &serde_json::to_vec(&d).unwrap()
                )
            ],
        )
        .unwrap();
        let mut mac = Sha256::new();
        mac.update(b"meldcode audit chain v1");
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
                at: Utc::now(),
                user: "Oude Gebruiker".into(),
                function: "aandachtsfunctionaris".into(),
                workstation: "oud".into(),
                dossier: None,
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
        conn.execute(
            "INSERT INTO records (name, value) VALUES ('audit-head', ?1)",
            [seal(&key, &aad("records", "audit-head"), &head)],
        )
        .unwrap();
        d
    }

    /// Writes KDF parameters into the format-1 key header with a recomputed checksum.
    #[allow(
        clippy::many_single_char_names,
        reason = "m, t, p as Argon2 names them"
    )]
    pub fn set_kdf(path: &Path, m: u32, t: u32, p: u32) {
        let conn = rusqlite::Connection::open(path).unwrap();
        let blob = |k: &str| -> Vec<u8> {
            conn.query_row("SELECT value FROM header WHERE key = ?1", [k], |r| r.get(0))
                .unwrap()
        };
        let (salt, wrapped) = (blob("salt"), blob("wrapped_key"));
        let sum = lp_sha(&[
            b"meldcode-vault",
            &1u32.to_le_bytes(),
            &m.to_le_bytes(),
            &t.to_le_bytes(),
            &p.to_le_bytes(),
            &salt,
            &wrapped,
        ]);
        for (k, v) in [("kdf_m_kib", m), ("kdf_t", t), ("kdf_p", p)] {
            conn.execute(
                "UPDATE header SET value = ?2 WHERE key = ?1",
                params![k, i64::from(v)],
            )
            .unwrap();
        }
        conn.execute(
            "UPDATE header SET value = ?1 WHERE key = 'header_sum'",
            [sum],
        )
        .unwrap();
    }
}

/// The one backup an upgrade from `format` (`"format1"`, `"format2"`) left beside the vault.
pub(crate) fn pre_upgrade_backup(path: &Path, format: &str) -> PathBuf {
    let bdir = meldcode::storage::backup::backup_dir(path);
    let pre: Vec<PathBuf> = std::fs::read_dir(&bdir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(format))
        .collect();
    assert_eq!(pre.len(), 1, "{pre:?}");
    pre.into_iter().next().unwrap()
}

/// The schema version in a vault file's plain header.
pub(crate) fn schema_version(path: &Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT value FROM header WHERE key='schema_version'",
            [],
            |r| r.get(0),
        )
        .unwrap()
}
