//! Linter throughput on a large Dutch text next to a bare `aho-corasick` scan of the same
//! lexicon over the same text, and the re-lint of a 5,000-word field.
//!
//! Run: `cargo bench --bench lint -- --warm-up-time 1 --measurement-time 3`.
//! Targets (issue 6): linter ≥ 0.3× the bare scan; re-lint of 5,000 words < 2 ms.
//! `relint-5000-words/linter` checks the whole field; `linter-after-edit` is what the editor
//! does while typing (only the changed paragraph is checked again).

use std::hint::black_box;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use meldcode::lint::{LintOptions, Linter, ParagraphCache};
use support::dutch_text;

mod support;

fn bench(c: &mut Criterion) {
    let linter = Linter::bundled().expect("bundled rules build");
    let opts = LintOptions::default();
    let large = dutch_text(100_000);
    let field = dutch_text(5_000);
    let lexicon = linter.lexicon_words();
    let scan = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&lexicon)
        .expect("automaton builds");

    let mut group = c.benchmark_group("lint-100k-words");
    group.throughput(Throughput::Bytes(large.len() as u64));
    group.bench_function("linter", |b| {
        b.iter(|| linter.lint(black_box(&large), &opts).len());
    });
    group.bench_function("bare-aho-corasick", |b| {
        b.iter(|| scan.find_iter(black_box(&large)).count());
    });
    group.finish();

    let mut group = c.benchmark_group("relint-5000-words");
    group.throughput(Throughput::Bytes(field.len() as u64));
    group.bench_function("linter", |b| {
        b.iter(|| linter.lint(black_box(&field), &opts).len());
    });
    // While typing: one keystroke changes the last paragraph; the others come from the cache.
    let mut cache = ParagraphCache::default();
    linter.lint_cached(&field, &opts, &mut cache);
    let edited = [
        format!("{field}Sem komt vaak te laat."),
        format!("{field}Sem komt vaak te laat!"),
    ];
    let mut turn = 0;
    group.bench_function("linter-after-edit", |b| {
        b.iter(|| {
            turn ^= 1;
            linter
                .lint_cached(black_box(&edited[turn]), &opts, &mut cache)
                .len()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
