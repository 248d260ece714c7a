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
    assert_eq!(list[0]["reference"], "MD-2026-0001");

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
    assert!(text(&out.stderr).contains(meldcode::texts::VAULT_WRONG_PASSPHRASE));
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
