//! Damaged files: truncation and single flipped bytes at many positions. Each is either
//! reported as `Corrupt` (by open, a read, or `check`), never as a wrong passphrase
//! (the key header has its own checksum) and never with a panic, or — for bytes SQLite
//! does not use (free space inside pages) — it changes nothing that can be read.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;

use meldcode::domain::{Actor, Dossier, DossierId, example};
use meldcode::storage::{DossierSummary, KdfParams, OpenOptions, Vault, VaultError};
use rand::{Rng as _, SeedableRng as _};

const PASS: &str = "beschadigd";

fn opts() -> OpenOptions {
    OpenOptions {
        actor: Actor::new("Sanne Bakker", "intern begeleider"),
        workstation: "test".into(),
        take_over_stale_lock: true,
        backups_to_keep: 1,
        ..OpenOptions::default()
    }
}

type Content = (Vec<DossierSummary>, Vec<Dossier>);

fn make(path: &Path) -> Content {
    let mut v = Vault::create_with_kdf(
        path,
        PASS,
        &example::profile(),
        &opts(),
        KdfParams::INSECURE_TEST,
    )
    .unwrap();
    for _ in 0..3 {
        let ex = example::dossier();
        let c = v.create_dossier(&ex.form_set, ex.created_at).unwrap();
        let mut d = ex;
        d.id = c.id;
        d.reference = c.reference;
        v.save_dossier(&d).unwrap();
    }
    let list = v.list_dossiers().unwrap();
    let ds = (1..=3)
        .map(|i| v.load_dossier(DossierId(i)).unwrap())
        .collect();
    (list, ds)
}

enum Outcome {
    Detected,
    Harmless,
}

/// Opens, reads everything and checks. `Err` only for outcomes the vault must never give.
fn probe(path: &Path, original: &Content) -> Result<Outcome, String> {
    for suffix in [".lock", ".lock-os", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        std::fs::remove_file(p).ok();
    }
    let classify = |e: VaultError| match e {
        VaultError::Corrupt { .. }
        | VaultError::Tampered(_)
        | VaultError::UnexpectedSchema { .. }
        | VaultError::KdfOutOfBounds { .. } => Ok(Outcome::Detected),
        other => Err(format!("{other:?}")),
    };
    let mut v = match Vault::open(path, PASS, &opts()) {
        Ok(v) => v,
        Err(e) => return classify(e),
    };
    let list = match v.list_dossiers() {
        Ok(l) => l,
        Err(e) => return classify(e),
    };
    let mut ds = Vec::new();
    for s in &list {
        match v.load_dossier(s.id) {
            Ok(d) => ds.push(d),
            Err(e) => return classify(e),
        }
    }
    match v.check() {
        Ok(r) if !r.is_sound() => return Ok(Outcome::Detected),
        Ok(_) => {}
        Err(e) => return classify(e),
    }
    if list == original.0 && ds == original.1 && v.profile() == &example::profile() {
        Ok(Outcome::Harmless)
    } else {
        Err("damage went unnoticed and changed what is read".into())
    }
}

#[test]
fn flipped_bytes_are_detected_or_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src.mdv");
    let original = make(&src);
    let pristine = std::fs::read(&src).unwrap();
    let path = dir.path().join("flipped.mdv");
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let (mut detected, mut harmless) = (0, 0);
    let mut positions: Vec<usize> = (0..160).map(|_| rng.gen_range(0..pristine.len())).collect();
    positions.extend([16, 17, 18, 19, 21, 28, 40, 56, 60, 100]); // page size, formats, schema
    for pos in positions {
        let mut bytes = pristine.clone();
        bytes[pos] ^= 1 << rng.gen_range(0..8);
        std::fs::write(&path, &bytes).unwrap();
        match probe(&path, &original) {
            Ok(Outcome::Detected) => detected += 1,
            Ok(Outcome::Harmless) => harmless += 1,
            Err(e) => panic!("flip at byte {pos}: {e}"),
        }
    }
    eprintln!("flips: {detected} detected, {harmless} in unused bytes (nothing read changed)");
    assert!(detected >= 50, "only {detected} flips hit used data");
}

#[test]
fn truncated_files_are_reported_as_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src.mdv");
    let original = make(&src);
    let pristine = std::fs::read(&src).unwrap();
    let path = dir.path().join("short.mdv");
    let mut rng = rand::rngs::StdRng::seed_from_u64(8);
    let mut lengths: Vec<usize> = (0..60).map(|_| rng.gen_range(0..pristine.len())).collect();
    lengths.extend([0, 1, 99, 100, 4096, pristine.len() - 1]);
    for len in lengths {
        std::fs::write(&path, &pristine[..len]).unwrap();
        match probe(&path, &original) {
            Ok(Outcome::Detected) => {}
            Ok(Outcome::Harmless) => panic!("truncation to {len} bytes went unnoticed"),
            Err(e) => panic!("truncation to {len} bytes: {e}"),
        }
    }
}

#[test]
fn wrong_passphrase_on_a_sound_file_is_not_called_damage() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src.mdv");
    make(&src);
    assert!(matches!(
        Vault::open(&src, "verkeerd", &opts()),
        Err(VaultError::WrongPassphrase)
    ));
}
