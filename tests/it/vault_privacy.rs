//! The plaintext of names never reaches disk: not the vault, its journal, backups, lock
//! files or the temp directory. The CLI runs with its own temp directory so that the
//! search covers every temp file it could have made.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::Command;

const PASS: &str = "privacy";
const NAMES: [&str; 4] = ["Çağla", "Zoë", "Ünal-de Wít", "Bjørn"];

fn patterns() -> Vec<(String, Vec<u8>)> {
    NAMES
        .iter()
        .flat_map(|n| {
            [
                (format!("{n} utf-8"), n.as_bytes().to_vec()),
                (
                    format!("{n} utf-16le"),
                    n.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                ),
                (
                    format!("{n} utf-16be"),
                    n.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                ),
            ]
        })
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn invented_names_appear_in_no_file_the_vault_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let vault = dir.path().join("team.mdv");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
            .args(args)
            .arg("--vault")
            .arg(&vault)
            .env("MELDCODE_PASSPHRASE", PASS)
            .env("MELDCODE_INSECURE_TEST_KDF", "1")
            .env("TMPDIR", &tmp)
            .env("SQLITE_TMPDIR", &tmp)
            .env("TEMP", &tmp)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    run(&["demo"]);
    run(&["demo"]);
    for name in NAMES {
        run(&[
            "signal",
            "add",
            "--dossier",
            "1",
            "--text",
            &format!("{name} zei: au"),
        ]);
    }
    let shown = run(&[
        "dossier",
        "show",
        "--dossier",
        "MD-2026-0001",
        "--format",
        "json",
    ]);
    assert!(
        String::from_utf8_lossy(&shown).contains("Bjørn"),
        "the test must put the names in the vault"
    );
    run(&["audit"]);

    let mut all = Vec::new();
    files(dir.path(), &mut all);
    assert!(
        all.iter().any(|p| p.to_string_lossy().ends_with(".bak")),
        "backups exist"
    );
    let pats = patterns();
    let mut hits = Vec::new();
    for f in &all {
        let bytes = std::fs::read(f).unwrap();
        for (label, pat) in &pats {
            if bytes.windows(pat.len()).any(|w| w == pat.as_slice()) {
                hits.push(format!("{label} in {f:?}"));
            }
        }
    }
    assert_eq!(hits, Vec::<String>::new());
}
