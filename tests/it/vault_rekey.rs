//! Issue 21: `meldcode vault rekey` renews the data key (an old copy's key no longer reads
//! the vault, the dossier stays intact, only a manager may), `meldcode vault
//! accept-older` ends the warning about a vault older than one this computer saw, and the
//! backups next to the vault are re-encrypted with a re-key or, when made before an
//! earlier session's re-key, listed and destroyed (`meldcode vault backups`, the window).
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Output};

use meldcode::storage::{OpenOptions, Vault, VaultError};

const STRONG: &str = "kiezel-lantaarn-oever-mos";
const COLLEAGUE: &str = "wolk-drempel-kikker-lamp";
const MANAGER: &str = "Ada de Boer";

/// Runs `meldcode` with `args` then the vault's path, the state of what this computer saw
/// kept in `state`.
fn run(state: &Path, vault: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", STRONG)
        .env("MELDCODE_NEW_PASSPHRASE", COLLEAGUE)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .env("MELDCODE_STATE_DIR", state)
        .env_remove("MELDCODE_USER")
        .output()
        .unwrap()
}

/// The window on `vault`, opened with the passphrase, with `state` as this computer's state
/// folder.
fn window(state: &Path, vault: &Path) -> egui_kittest::Harness<'static, meldcode::gui::Gui> {
    use meldcode::app::{App, Command, FormSets, Op, WindowPrefs};
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.state_dir = Some(state.to_owned());
    app.handle(Command::Op(Op::OpenVault(
        crate::app_support::open_request(vault, STRONG),
    )))
    .unwrap();
    egui_kittest::Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(
            |ui, g: &mut meldcode::gui::Gui| g.frame_ui(ui),
            meldcode::gui::Gui::new(app),
        )
}

fn ok(out: &Output) -> (String, String) {
    let (o, e) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(out.status.success(), "{o}{e}");
    (o, e)
}

/// A vault from scratch with one dossier and a signal, its user the eindverantwoordelijke.
fn made(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (state, vault) = (dir.join("state"), dir.join("zaak.meldcode"));
    ok(&run(
        &state,
        &vault,
        &[
            "vault",
            "init",
            "--name",
            MANAGER,
            "--organisation",
            "OBS Test",
            "--eindverantwoordelijke",
            MANAGER,
        ],
    ));
    // Not `demo`: it puts the example's profile in, whose manager is someone else.
    ok(&run(
        &state,
        &vault,
        &["dossier", "create", "--title", "Groep 6", "--vault"],
    ));
    ok(&run(
        &state,
        &vault,
        &[
            "signal",
            "add",
            "--dossier",
            "1",
            "--text",
            "Zoë kwam zonder jas.",
            "--vault",
        ],
    ));
    (state, vault)
}

fn body(path: &Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT body FROM dossiers WHERE id = 1", [], |r| r.get(0))
        .unwrap()
}

fn show(state: &Path, vault: &Path) -> serde_json::Value {
    let (o, _) = ok(&run(
        state,
        vault,
        &["dossier", "show", "--dossier", "1", "--vault"],
    ));
    serde_json::from_str(&o).unwrap()
}

fn opts() -> OpenOptions {
    OpenOptions {
        workstation: "pc-test".into(),
        take_over_stale_lock: true,
        ..OpenOptions::default()
    }
}

#[test]
fn rekey_renews_the_data_key_and_keeps_the_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let before = show(&state, &vault);
    let old = dir.path().join("oud.meldcode");
    std::fs::copy(&vault, &old).unwrap();
    let body_before = body(&vault);

    let (o, e) = ok(&run(&state, &vault, &["vault", "rekey"]));
    let last = e
        .lines()
        .filter_map(|l| l.split_once('/'))
        .filter_map(|(a, b)| Some((a.parse::<usize>().ok()?, b.parse::<usize>().ok()?)))
        .next_back()
        .unwrap_or_else(|| panic!("no n/m progress on stderr: {e}"));
    assert_eq!(last.0, last.1, "{e}");
    assert!(last.1 >= 5, "records, a dossier and the audit log: {e}");
    assert!(
        o.contains(&format!("{} van {}", last.1, last.1)),
        "final count: {o}"
    );
    assert!(!e.contains("waarschuwing"), "{e}");

    // The dossier is intact under the same passphrase; every record was re-encrypted.
    assert_eq!(show(&state, &vault), before);
    assert_ne!(body(&vault), body_before, "re-encrypted under a new key");
    let (audit, _) = ok(&run(&state, &vault, &["audit", "--vault"]));
    assert!(audit.contains("key-rotated"), "{audit}");
    let (check, _) = ok(&run(&state, &vault, &["vault", "check"]));
    assert!(check.contains(": in orde"), "{check}");

    // The old copy's key material (its key slots) grafted onto the current file no
    // longer reads it: the data key changed.
    let grafted = dir.path().join("graft.meldcode");
    std::fs::copy(&vault, &grafted).unwrap();
    let conn = rusqlite::Connection::open(&grafted).unwrap();
    conn.execute_batch(&format!(
        "ATTACH '{}' AS o; DELETE FROM main.slots; INSERT INTO main.slots SELECT * FROM o.slots;",
        old.display()
    ))
    .unwrap();
    drop(conn);
    assert!(Vault::open(&grafted, STRONG, &opts()).is_err());
    match Vault::open_for_check(&grafted, STRONG, &opts()) {
        Err(e) => assert!(
            matches!(e, VaultError::Corrupt { .. } | VaultError::Tampered(_)),
            "{e:?}"
        ),
        Ok(mut c) => {
            let report = c.check().unwrap();
            assert!(!report.is_sound());
            assert_eq!(report.dossiers, 0, "the old key reads nothing: {report:?}");
        }
    }
}

#[test]
fn only_a_manager_may_rekey() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    ok(&run(
        &state,
        &vault,
        &[
            "vault",
            "user",
            "add",
            "--name",
            "Bjørn Visser",
            "--function",
            "leerkracht",
        ],
    ));
    let body_before = body(&vault);
    let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["vault", "rekey"])
        .arg(&vault)
        .env("MELDCODE_USER", "Bjørn Visser")
        .env("MELDCODE_PASSPHRASE", COLLEAGUE)
        .env("MELDCODE_STATE_DIR", &state)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains(meldcode::texts::messages::VAULT_REKEY_NOT_ALLOWED),
        "{e}"
    );
    assert_eq!(body(&vault), body_before, "nothing re-encrypted");
}

/// A `dd-mm-jjjj` date in `text`.
fn has_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| {
            if i == 2 || i == 5 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    })
}

#[test]
fn an_older_copy_put_back_warns_until_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let old = dir.path().join("oud.meldcode");
    std::fs::copy(&vault, &old).unwrap();
    let (_, e) = ok(&run(&state, &vault, &["dossier", "list", "--vault"]));
    assert!(!e.contains("waarschuwing"), "{e}");
    // A change, seen by this computer; then the older copy put back in its place.
    ok(&run(
        &state,
        &vault,
        &[
            "signal",
            "add",
            "--dossier",
            "1",
            "--text",
            "Zoë had een blauwe plek op haar arm.",
            "--vault",
        ],
    ));
    std::fs::copy(&old, &vault).unwrap();

    let (_, e) = ok(&run(&state, &vault, &["dossier", "list", "--vault"]));
    assert!(
        e.contains("waarschuwing: Let op: deze kluis is ouder"),
        "{e}"
    );
    assert!(has_date(&e), "the dates: {e}");

    let (o, e) = ok(&run(&state, &vault, &["vault", "accept-older"]));
    assert!(
        e.contains("ouder"),
        "warned once more before accepting: {e}"
    );
    assert!(
        o.contains(meldcode::texts::messages::VAULT_ACCEPT_OLDER_DONE),
        "{o}"
    );
    let (_, e) = ok(&run(&state, &vault, &["dossier", "list", "--vault"]));
    assert!(
        !e.contains("waarschuwing"),
        "no warning after accepting: {e}"
    );
    let (o, _) = ok(&run(&state, &vault, &["vault", "accept-older"]));
    assert!(
        o.contains(meldcode::texts::messages::VAULT_ACCEPT_OLDER_NOTHING),
        "{o}"
    );
}

/// The window: an older copy put back shows the warning with the dates in a bar, "Deze
/// versie als huidige accepteren" ends it; on the Organisatie page the manager renews the
/// key after a confirmation, and the vault still opens with the same passphrase.
#[test]
fn the_window_warns_accepts_and_renews_the_key() {
    use egui_kittest::kittest::Queryable as _;
    use meldcode::app::{Command, Nav};
    use meldcode::ops::{self, OpenVault, Session};
    use meldcode::storage::AuditAction;
    use meldcode::texts::window as t;

    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let old = dir.path().join("oud.meldcode");
    std::fs::copy(&vault, &old).unwrap();
    ok(&run(
        &state,
        &vault,
        &[
            "signal",
            "add",
            "--dossier",
            "1",
            "--text",
            "Nog een.",
            "--vault",
        ],
    ));
    std::fs::copy(&old, &vault).unwrap();

    let mut h = window(&state, &vault);
    h.run();
    let warning = h.state().app.state.vault_warning.clone().expect("warned");
    assert!(
        warning.starts_with("Let op: deze kluis is ouder"),
        "{warning}"
    );
    assert!(has_date(&warning), "{warning}");
    assert!(h.query_by_label(&warning).is_some(), "the bar shows it");
    crate::app_support::click(&mut h, t::VAULT_ROLLBACK_ACCEPT_BUTTON);
    assert_eq!(h.state().app.state.vault_warning, None);
    assert!(h.query_by_label(t::VAULT_ROLLBACK_ACCEPT_BUTTON).is_none());
    assert!(
        h.query_by_label(t::VAULT_ROLLBACK_ACCEPTED_MESSAGE)
            .is_some()
    );

    let body_before = body(&vault);
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::ShowOrganisation))
        .unwrap();
    h.run();
    crate::app_support::click(&mut h, t::USERS_HEADING);
    crate::app_support::click(&mut h, t::VAULT_REKEY_BUTTON);
    assert!(h.query_by_label(t::VAULT_REKEY_QUESTION).is_some());
    assert_eq!(body(&vault), body_before, "nothing before the confirmation");
    crate::app_support::click(&mut h, t::VAULT_REKEY_CONFIRM_BUTTON);
    let message = h.state().app.state.message.clone().expect("a message");
    assert!(!message.error, "{message:?}");
    assert!(
        message.text.starts_with("Nieuwe sleutel gemaakt; "),
        "{message:?}"
    );
    assert!(message.text.ends_with("oude back-ups."), "{message:?}");
    assert!(h.query_by_label(&message.text).is_some());
    assert_ne!(body(&vault), body_before, "re-encrypted under a new key");
    drop(h);

    // No warning any more in the command line, the same passphrase opens it, audited.
    let (_, e) = ok(&run(&state, &vault, &["dossier", "list", "--vault"]));
    assert!(!e.contains("waarschuwing"), "{e}");
    let mut s =
        Session::open_vault(&vault, STRONG, &OpenVault::default(), ops::system_clock()).unwrap();
    assert!(
        ops::vault::audit_log(&mut s, None)
            .unwrap()
            .iter()
            .any(|a| a.action == AuditAction::KeyRotated)
    );
}

/// The backup files next to `vault`, by file name.
fn backup_names(vault: &Path) -> Vec<String> {
    let dir = vault.with_file_name(format!(
        "{}.backups",
        vault.file_name().unwrap().to_string_lossy()
    ));
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "bak"))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn backup_path(vault: &Path, name: &str) -> std::path::PathBuf {
    vault
        .with_file_name(format!(
            "{}.backups",
            vault.file_name().unwrap().to_string_lossy()
        ))
        .join(name)
}

/// Whether a copy of the backup `name` opens with `passphrase` (the copy, so the backup
/// itself is never touched).
fn backup_opens(dir: &Path, vault: &Path, name: &str, passphrase: &str) -> bool {
    let copy = dir.join(format!("probe-{name}"));
    std::fs::copy(backup_path(vault, name), &copy).unwrap();
    let opened = Vault::open(&copy, passphrase, &opts()).is_ok();
    std::fs::remove_file(&copy).ok();
    opened
}

/// Re-keys the vault through storage alone and ends that session: its backups from before
/// are left stale, as a session that could not re-encrypt them would. Returns their names
/// (all but the fresh one the re-key took, the newest).
fn rekey_without_reencrypting(vault: &Path) -> Vec<String> {
    let mut v = Vault::open(vault, STRONG, &opts()).unwrap();
    v.rotate_key(&mut |_, _| {}).unwrap();
    drop(v);
    let mut names = backup_names(vault);
    names.pop();
    assert!(!names.is_empty());
    names
}

#[test]
fn passwd_reencrypts_the_backups_so_the_old_passphrase_no_longer_opens_them() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let before = backup_names(&vault);
    assert!(!before.is_empty(), "opening a changed vault takes a backup");
    for name in &before {
        assert!(backup_opens(dir.path(), &vault, name, STRONG), "{name}");
    }

    let (o, _) = ok(&run(&state, &vault, &["vault", "passwd"]));
    // All but the fresh backup the change took (the session may have taken one at open).
    let reencrypted = backup_names(&vault).len() - 1;
    assert!(reencrypted >= before.len());
    assert!(
        o.contains(&meldcode::texts::cli::backups_reencrypted(reencrypted)),
        "{o}"
    );
    assert!(!o.contains("--destroy"), "nothing left stale: {o}");
    for name in &before {
        assert!(
            !backup_opens(dir.path(), &vault, name, STRONG),
            "the old passphrase no longer opens {name}"
        );
        assert!(backup_opens(dir.path(), &vault, name, COLLEAGUE), "{name}");
    }
}

#[test]
fn rekey_reencrypts_the_backups_so_old_key_slots_no_longer_open_them() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let before = backup_names(&vault);
    assert!(!before.is_empty());
    let old = dir.path().join("oud.meldcode");
    std::fs::copy(backup_path(&vault, &before[0]), &old).unwrap();

    let (o, _) = ok(&run(&state, &vault, &["vault", "rekey"]));
    let reencrypted = backup_names(&vault).len() - 1;
    assert!(reencrypted >= before.len());
    assert!(
        o.contains(&meldcode::texts::cli::backups_reencrypted(reencrypted)),
        "{o}"
    );
    let (listed, _) = ok(&run(&state, &vault, &["vault", "backups"]));
    assert_eq!(
        listed.trim(),
        meldcode::texts::cli::backups_stale_count(0),
        "{listed}"
    );

    // The backup still opens with the same passphrase, but no longer with the key slots
    // it had before: its data key was renewed.
    for name in &before {
        assert!(backup_opens(dir.path(), &vault, name, STRONG), "{name}");
        let grafted = dir.path().join("graft.meldcode");
        std::fs::copy(backup_path(&vault, name), &grafted).unwrap();
        let conn = rusqlite::Connection::open(&grafted).unwrap();
        conn.execute_batch(&format!(
            "ATTACH '{}' AS o; DELETE FROM main.slots; INSERT INTO main.slots SELECT * FROM o.slots;",
            old.display()
        ))
        .unwrap();
        drop(conn);
        assert!(Vault::open(&grafted, STRONG, &opts()).is_err(), "{name}");
        std::fs::remove_file(&grafted).unwrap();
    }
}

#[test]
fn backups_stale_since_an_earlier_session_are_listed_and_destroyed() {
    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let old = rekey_without_reencrypting(&vault);

    let (o, _) = ok(&run(&state, &vault, &["vault", "backups"]));
    let lines: Vec<&str> = o.lines().collect();
    assert_eq!(lines[..lines.len() - 1], old, "{o}");
    assert_eq!(
        lines[lines.len() - 1],
        meldcode::texts::cli::backups_stale_count(old.len())
    );
    assert!(!o.contains("Groep 6"), "no dossier names: {o}");

    // A re-key now cannot re-encrypt them (their key is gone) and says how to destroy them.
    // (Those of its own key, all but the stale ones and its fresh one, it does re-encrypt.)
    let (o, _) = ok(&run(&state, &vault, &["vault", "rekey"]));
    let reencrypted = backup_names(&vault).len() - old.len() - 1;
    assert!(
        o.contains(&meldcode::texts::cli::backups_reencrypted(reencrypted)),
        "{o}"
    );
    assert!(
        o.contains(&meldcode::texts::cli::backups_still_stale(
            old.len(),
            &vault
        )),
        "{o}"
    );

    // Only a manager destroys them.
    ok(&run(
        &state,
        &vault,
        &[
            "vault",
            "user",
            "add",
            "--name",
            "Bjørn Visser",
            "--function",
            "leerkracht",
        ],
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["vault", "backups", "--destroy"])
        .arg(&vault)
        .env("MELDCODE_USER", "Bjørn Visser")
        .env("MELDCODE_PASSPHRASE", COLLEAGUE)
        .env("MELDCODE_STATE_DIR", &state)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains(meldcode::texts::messages::VAULT_BACKUPS_DESTROY_NOT_ALLOWED),
        "{e}"
    );
    for name in &old {
        assert!(backup_path(&vault, name).exists(), "{name} kept");
    }

    let (o, _) = ok(&run(&state, &vault, &["vault", "backups", "--destroy"]));
    assert!(
        o.contains(&meldcode::texts::cli::backups_destroyed(old.len())),
        "{o}"
    );
    for name in &old {
        assert!(!backup_path(&vault, name).exists(), "{name} destroyed");
    }
    assert!(!backup_names(&vault).is_empty(), "the current backups stay");
    let (o, _) = ok(&run(&state, &vault, &["vault", "backups"]));
    assert_eq!(o.trim(), meldcode::texts::cli::backups_stale_count(0));
    let (audit, _) = ok(&run(&state, &vault, &["audit", "--vault"]));
    assert!(
        audit.contains(&format!("{} old backups", old.len())),
        "{audit}"
    );
}

/// The window: the Organisatie page says how many old backups still open with an old
/// passphrase and destroys them after a confirmation.
#[test]
fn the_window_offers_to_destroy_old_backups() {
    use meldcode::app::{Command, Nav};
    use meldcode::texts::window as t;

    let dir = tempfile::tempdir().unwrap();
    let (state, vault) = made(dir.path());
    let old = rekey_without_reencrypting(&vault);

    let mut h = window(&state, &vault);
    h.run();
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::ShowOrganisation))
        .unwrap();
    h.run();
    let label = t::VAULT_STALE_BACKUPS_LABEL.replace("{count}", &old.len().to_string());
    assert!(
        egui_kittest::kittest::Queryable::query_by_label(&h, &label).is_some(),
        "{label}"
    );
    crate::app_support::click(&mut h, t::VAULT_STALE_BACKUPS_DESTROY_BUTTON);
    assert!(
        egui_kittest::kittest::Queryable::query_by_label(&h, t::VAULT_STALE_BACKUPS_QUESTION)
            .is_some()
    );
    for name in &old {
        assert!(
            backup_path(&vault, name).exists(),
            "nothing before the confirmation"
        );
    }
    crate::app_support::click(&mut h, t::VAULT_STALE_BACKUPS_CONFIRM_BUTTON);
    let message = h.state().app.state.message.clone().expect("a message");
    assert!(!message.error, "{message:?}");
    assert_eq!(
        message.text,
        t::VAULT_STALE_BACKUPS_DESTROYED_MESSAGE.replace("{count}", &old.len().to_string())
    );
    for name in &old {
        assert!(!backup_path(&vault, name).exists(), "{name} destroyed");
    }
    assert!(egui_kittest::kittest::Queryable::query_by_label(&h, &label).is_none());
    assert_eq!(h.state().app.state.users.stale_backups, 0);
}
