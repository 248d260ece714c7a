//! Fault injection: `meldcode signal add` runs with a file size limit (`ulimit -f`, i.e.
//! `RLIMIT_FSIZE`, with `SIGXFSZ` ignored so writes fail with `EFBIG` instead of killing
//! the process). Writes then stop after N bytes, as on a full disk or an exceeded quota.
//! Each run either succeeds (the signal is there) or fails with the disk-full message
//! (the signal is absent), and the vault stays sound either way.
#![cfg(unix)]
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::process::Command;

use meldcode::domain::{Actor, DossierId};
use meldcode::storage::{OpenOptions, Vault};

const PASS: &str = "vol";

#[test]
fn writes_cut_off_after_n_bytes_keep_the_last_good_state() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("full.mdv");
    let bin = env!("CARGO_BIN_EXE_meldcode");
    let out = Command::new(bin)
        .args(["demo", "--vault"])
        .arg(&vault)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(out.status.success());
    let opts = OpenOptions {
        actor: Actor::new("Controle", "test"),
        workstation: "test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 10,
        ..OpenOptions::default()
    };
    let (mut refused, mut accepted) = (0, 0);
    // Limits in 512-byte blocks, from far too small to enough.
    for blocks in [
        1u32, 2, 4, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512, 4096,
    ] {
        let text = format!("signaal bij limiet {blocks}");
        let script = format!(
            "trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" signal add --vault \"$1\" --dossier 1 --text \"$2\""
        );
        let out = Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg(bin)
            .arg(&vault)
            .arg(&text)
            .env("MELDCODE_PASSPHRASE", PASS)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut v = Vault::open(&vault, PASS, &opts).unwrap();
        let report = v.check().unwrap();
        assert!(report.is_sound(), "limit {blocks}: {:?}", report.problems);
        let present = v
            .load_dossier(DossierId(1))
            .unwrap()
            .signals
            .iter()
            .any(|s| s.text == text);
        drop(v);
        if out.status.success() {
            accepted += 1;
            assert!(present, "limit {blocks}: reported saved but missing");
        } else {
            refused += 1;
            assert_eq!(out.status.code(), Some(2), "limit {blocks}: {stderr}");
            assert!(
                stderr.contains(meldcode::texts::messages::VAULT_DISK_FULL),
                "limit {blocks}: {stderr}"
            );
            assert!(!present, "limit {blocks}: failed but half saved");
        }
    }
    eprintln!("file size limits: {refused} writes refused cleanly, {accepted} accepted");
    assert!(
        refused > 0 && accepted > 0,
        "the sweep must cover both sides"
    );
}
