//! The vault subcommands' contract: output, exit codes (0 ok, 1 not sound, 2 error) and
//! plain messages.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Output};

use meldcode::domain::Actor;
use meldcode::storage::{OpenOptions, Vault};

/// Passphrases the policy accepts (`vault init` and `passwd` check it).
const STRONG: &str = "kiezel-lantaarn-oever-mos";
const NEW: &str = "wolk-drempel-kikker-lamp";

fn run(vault: &Path, pass: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", pass)
        .env("MELDCODE_NEW_PASSPHRASE", NEW)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn init_demo_list_show_add_audit_check_passwd() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("cli.mdv");
    let out = run(
        &v,
        STRONG,
        &[
            "vault",
            "init",
            "--name",
            "Ada de Boer",
            "--organisation",
            "OBS Test",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&v, STRONG, &["vault", "init"]);
    assert_eq!(out.status.code(), Some(2), "init must not overwrite");
    assert!(run(&v, STRONG, &["demo", "--vault"]).status.success());

    let out = run(
        &v,
        STRONG,
        &["dossier", "list", "--format", "json", "--vault"],
    );
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list["schema"], 1);
    assert_eq!(list["dossiers"][0]["reference"], "MD-2026-0001");

    let out = run(
        &v,
        STRONG,
        &[
            "signal",
            "add",
            "--dossier",
            "MD-2026-0001",
            "--text",
            "Nieuw feit",
            "--source",
            "moeder",
            "--observed",
            "05-11-2026",
            "--vault",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).trim(), "4");

    let out = run(
        &v,
        STRONG,
        &[
            "dossier",
            "show",
            "--dossier",
            "1",
            "--format",
            "json",
            "--vault",
        ],
    );
    let d: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &d["signals"][3];
    assert_eq!(s["text"], "Nieuw feit");
    assert_eq!(s["source"], "moeder");
    assert_eq!(s["observed_on"], "2026-11-05");

    let out = run(
        &v,
        STRONG,
        &["audit", "--dossier", "MD-2026-0001", "--vault"],
    );
    let log = text(&out.stdout);
    assert!(
        log.contains("\tread\t1\t") && log.contains("change\t1"),
        "{log}"
    );
    assert!(
        log.contains("Ada de Boer"),
        "the profile's user is the actor"
    );

    let out = run(&v, STRONG, &["vault", "check"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

    let out = run(&v, STRONG, &["vault", "passwd"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&v, STRONG, &["dossier", "list", "--vault"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(meldcode::texts::messages::VAULT_WRONG_PASSPHRASE));
    assert!(
        run(&v, NEW, &["dossier", "list", "--vault"])
            .status
            .success()
    );
}

#[test]
fn check_exits_1_on_damage_and_writes_exit_2_when_locked() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("cli.mdv");
    assert!(run(&v, "pw", &["demo", "--vault"]).status.success());
    // Henk has his own key slot: the lock names whoever's slot opened the vault.
    Vault::open(&v, "pw", &OpenOptions::default())
        .unwrap()
        .add_user("Henk Visser", "directeur", "pw van Henk")
        .unwrap();

    let holder = Vault::open(
        &v,
        "pw van Henk",
        &OpenOptions {
            actor: Actor::new("Henk Visser", "directeur"),
            workstation: "kantoor-2".into(),
            take_over_stale_lock: false,
            backups_to_keep: 10,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let out = run(
        &v,
        "pw",
        &["signal", "add", "--dossier", "1", "--text", "x", "--vault"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("in gebruik door Henk Visser op kantoor-2"),
        "{err}"
    );
    // Reading still works for the second opener.
    assert!(
        run(&v, "pw", &["dossier", "list", "--vault"])
            .status
            .success()
    );
    drop(holder);

    let mut bytes = std::fs::read(&v).unwrap();
    let len = bytes.len();
    bytes.truncate(len / 2);
    std::fs::write(&v, &bytes).unwrap();
    let out = run(&v, "pw", &["vault", "check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("damaged"));
}

/// Writes a lock file whose holder is gone (no process holds the operating-system lock).
fn leave_lock(vault: &Path, user: &str, workstation: &str) {
    let at = chrono::Utc::now() - chrono::Duration::hours(2);
    let info = meldcode::storage::LockInfo {
        user: user.to_owned(),
        workstation: workstation.to_owned(),
        pid: 4_000_000,
        since: at,
        heartbeat: at,
        token: "a1b2c3".to_owned(),
    };
    std::fs::write(
        meldcode::storage::lock_path(vault),
        serde_json::to_vec(&info).unwrap(),
    )
    .unwrap();
}

/// #26: the command line follows the window's lock rule (`ops::lock_policy`): a lock left
/// behind by this user on this computer is taken over without the flag, with a remark and
/// an audit entry; someone else's stale lock only with `--take-over-stale-lock`.
#[test]
fn own_stale_lock_is_taken_over_others_need_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("cli.mdv");
    assert!(run(&v, "pw", &["demo", "--vault"]).status.success());
    let me = meldcode::domain::example::profile().user.name;
    let here = meldcode::storage::workstation_name();
    let add = [
        "signal",
        "add",
        "--dossier",
        "1",
        "--text",
        "Om 8.10 uur zonder jas.",
        "--vault",
    ];

    leave_lock(&v, &me, &here);
    let out = run(&v, "pw", &add);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(meldcode::texts::messages::LOCK_OWN_STALE_TAKEN_OVER),
        "{}",
        text(&out.stderr)
    );
    assert!(
        !meldcode::storage::lock_path(&v).exists(),
        "released after the command"
    );

    leave_lock(&v, "Henk Visser", &here);
    let out = run(&v, "pw", &add);
    assert_eq!(
        out.status.code(),
        Some(2),
        "someone else's lock is not taken silently"
    );
    assert!(
        text(&out.stderr).contains("Henk Visser"),
        "{}",
        text(&out.stderr)
    );
    let flagged: Vec<&str> = ["signal", "add", "--take-over-stale-lock"]
        .into_iter()
        .chain(add[2..].iter().copied())
        .collect();
    let out = run(&v, "pw", &flagged);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let mut vault = Vault::open(&v, "pw", &OpenOptions::default()).unwrap();
    let taken: Vec<String> = vault
        .audit_log(None)
        .unwrap()
        .into_iter()
        .filter(|e| e.action == meldcode::storage::AuditAction::LockTakenOver)
        .map(|e| e.detail)
        .collect();
    assert_eq!(taken.len(), 2, "{taken:?}");
    assert!(
        taken[0].contains(&me) && taken[1].contains("Henk Visser"),
        "{taken:?}"
    );
    let signals = vault
        .load_dossier(meldcode::domain::DossierId(1))
        .unwrap()
        .signals;
    assert_eq!(
        signals
            .iter()
            .filter(|s| s.text == "Om 8.10 uur zonder jas.")
            .count(),
        2
    );
}
