//! Crash safety: `meldcode signal add` is killed with SIGKILL at random moments, again and
//! again. After each kill the vault opens, its check passes, and every signal whose
//! command reported success is there. Any hot journal left behind is searched for the
//! example's names before SQLite rolls it back.
#![cfg(unix)]
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use meldcode::domain::{Actor, DossierId};
use meldcode::storage::{OpenOptions, Vault};
use rand::{Rng as _, SeedableRng as _};

const PASS: &str = "crash test";
const ROUNDS: usize = 60;
const NAMES: [&str; 4] = ["Çağla", "Zoë", "Ünal-de Wít", "Bjørn"];

fn meldcode() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_meldcode"));
    c.env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1");
    c
}

fn contains_name(bytes: &[u8]) -> Option<&'static str> {
    NAMES.into_iter().find(|n| {
        let utf8 = n.as_bytes();
        let le: Vec<u8> = n.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = n.encode_utf16().flat_map(u16::to_be_bytes).collect();
        [utf8, &le, &be]
            .iter()
            .any(|pat| bytes.windows(pat.len()).any(|w| w == *pat))
    })
}

fn add(vault: &Path, text: &str) -> Command {
    let mut c = meldcode();
    c.args([
        "signal",
        "add",
        "--take-over-stale-lock",
        "--dossier",
        "1",
        "--text",
        text,
    ])
    .arg("--vault")
    .arg(vault)
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    c
}

#[test]
fn killed_writers_never_lose_a_committed_signal() {
    let dir = tempfile::tempdir().unwrap();
    let vault = dir.path().join("crash.mdv");
    let out = meldcode()
        .args(["demo", "--vault"])
        .arg(&vault)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // One undisturbed run tells how long a command takes here.
    let start = Instant::now();
    assert!(add(&vault, "ijkpunt").output().unwrap().status.success());
    let typical = start.elapsed();

    let mut rng = rand::rngs::StdRng::seed_from_u64(4);
    let mut committed: Vec<String> = vec!["ijkpunt".into()];
    let (mut killed, mut completed, mut journals) = (0, 0, 0);
    let opts = OpenOptions {
        actor: Actor::new("Controle", "test"),
        workstation: "test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 10,
        ..OpenOptions::default()
    };
    for round in 0..ROUNDS {
        let text = format!("signaal {round}");
        let mut child = add(&vault, &text).spawn().unwrap();
        let delay = typical.mul_f64(rng.gen_range(0.0..1.3));
        std::thread::sleep(delay);
        child.kill().ok(); // SIGKILL; fails only when it already exited
        let out = child.wait_with_output().unwrap();
        if out.status.success() && !out.stdout.is_empty() {
            completed += 1;
            committed.push(text);
        } else {
            killed += 1;
        }
        let journal = dir.path().join("crash.mdv-journal");
        if let Ok(bytes) = std::fs::read(&journal) {
            journals += 1;
            assert_eq!(
                contains_name(&bytes),
                None,
                "a name in the journal after round {round}"
            );
        }

        let mut v = Vault::open(&vault, PASS, &opts).unwrap();
        let report = v.check().unwrap();
        assert!(report.is_sound(), "round {round}: {:?}", report.problems);
        let d = v.load_dossier(DossierId(1)).unwrap();
        for t in &committed {
            assert!(
                d.signals.iter().any(|s| &s.text == t),
                "round {round}: committed signal {t:?} lost"
            );
        }
        let mut ids: Vec<u32> = d.signals.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), d.signals.len());
        std::thread::sleep(Duration::from_millis(1));
    }
    eprintln!(
        "{ROUNDS} rounds: {killed} killed before success, {completed} completed, \
         {journals} hot journals inspected"
    );
    assert_eq!(killed + completed, ROUNDS);
}
