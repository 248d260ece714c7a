//! Vault benchmarks: open a vault with 1,000 dossiers (key derivation apart), one
//! autosave commit (`apply` of one `SetField`), and listing.
#![allow(clippy::unwrap_used, reason = "benchmarks may panic")]

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use meldcode::domain::{Actor, Change, DossierId, Step, Value, example};
use meldcode::storage::{KdfParams, OpenOptions, Vault};

const PASS: &str = "benchmark";
const DOSSIERS: u64 = 1000;

fn opts() -> OpenOptions {
    OpenOptions {
        actor: Actor::new("Sanne Bakker", "intern begeleider"),
        workstation: "bench".into(),
        take_over_stale_lock: true,
        backups_to_keep: 2,
        ..OpenOptions::default()
    }
}

fn fill(path: &Path, kdf: KdfParams, n: u64) {
    let mut v = Vault::create_with_kdf(path, PASS, &example::profile(), &opts(), kdf).unwrap();
    for _ in 0..n {
        let ex = example::dossier();
        let c = v.create_dossier(&ex.form_set, ex.created_at).unwrap();
        let mut d = ex;
        d.id = c.id;
        d.reference = c.reference;
        v.save_dossier(&d).unwrap();
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.mdv");
    let start = Instant::now();
    fill(&big, KdfParams::INSECURE_TEST, DOSSIERS);
    eprintln!(
        "filled {DOSSIERS} dossiers in {:.1} s, vault {} KiB",
        start.elapsed().as_secs_f64(),
        std::fs::metadata(&big).unwrap().len() / 1024
    );

    // The key derivation on its own: a one-dossier vault at the product floor, and the
    // cost the calibration picks for this machine.
    let calibrated = KdfParams::calibrate(Duration::from_millis(500));
    eprintln!("calibrated Argon2id for 0.5 s here: {calibrated:?}");
    let small = dir.path().join("floor.mdv");
    fill(&small, KdfParams::FLOOR, 1);
    let mut g = c.benchmark_group("kdf");
    g.sample_size(10);
    g.bench_function("open_with_floor_argon2id_64mib_t3", |b| {
        b.iter(|| black_box(Vault::open(&small, PASS, &opts()).unwrap()));
    });
    g.finish();

    c.bench_function("open_1000_dossiers_without_kdf", |b| {
        b.iter(|| black_box(Vault::open(&big, PASS, &opts()).unwrap()));
    });

    let mut v = Vault::open(&big, PASS, &opts()).unwrap();
    c.bench_function("list_1000_dossiers", |b| {
        b.iter(|| black_box(v.list_dossiers().unwrap()));
    });
    let mut n = 0u64;
    c.bench_function("autosave_apply_set_field", |b| {
        b.iter(|| {
            n += 1;
            let change = Change::SetField {
                step: Step::Gesprek,
                field: "notitie".into(),
                value: Some(Value::Text(format!("Versie {n} van de notitie."))),
            };
            black_box(v.apply(DossierId(500), change, Utc::now()).unwrap())
        });
    });
}

criterion_group!(vault, benches);
criterion_main!(vault);
