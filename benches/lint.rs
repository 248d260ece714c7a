//! Linter throughput on a large Dutch text next to a bare `aho-corasick` scan of the same
//! lexicon over the same text, and the re-lint of a 5,000-word field.
//!
//! Run: `cargo bench --bench lint -- --warm-up-time 1 --measurement-time 3`.
//! Targets (issue 6): linter ≥ 0.3× the bare scan; re-lint of 5,000 words < 2 ms.
//! `relint-5000-words/linter` checks the whole field; `linter-after-edit` is what the editor
//! does while typing (only the changed paragraph is checked again).
//!
//! `shapes/…` (issue 23): hostile and odd shapes of one long sentence at 1 KB, 10 KB and
//! 100 KB, each as one line and as many lines (line breaks, no blank line: still one
//! paragraph). Run: `cargo bench --bench lint -- shapes`. Target: each 100 KB shape well
//! under 100 ms and at most 13× the 10 KB time.

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

    let mut group = c.benchmark_group("shapes");
    group
        .sample_size(10)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    let prose = dutch_text(30_000).to_lowercase().replace("\n\n", " ");
    let shapes: [(&str, Shape<'_>); 6] = [
        ("run-on-hits", Shape::Repeat("vaak ")),
        ("abbreviation-chain", Shape::Repeat("dr. vaak. ")),
        ("unclosed-quote", Shape::Repeat("zei: \"vaak ")),
        (
            "speech-verbs",
            Shape::Repeat("moeder zei dat hij boos lijkt "),
        ),
        ("lower-case-prose", Shape::Prose(&prose)),
        (
            "note-lines",
            Shape::Repeat("blauwe plek li bovenarm ca 3 cm 4/12 gezien moeder gebeld "),
        ),
    ];
    for (name, shape) in &shapes {
        for size in [1_000, 10_000, 100_000] {
            for lines in [false, true] {
                let text = shape.text(size, lines);
                let id = format!(
                    "{name}/{}/{}k",
                    if lines { "many-lines" } else { "one-line" },
                    size / 1000
                );
                group.throughput(Throughput::Bytes(text.len() as u64));
                group.bench_function(id, |b| {
                    b.iter(|| linter.lint(black_box(&text), &opts).len());
                });
            }
        }
    }
    group.finish();
}

/// A text shape for the `shapes` group.
enum Shape<'a> {
    /// One unit repeated.
    Repeat(&'a str),
    /// Running text, cut to size.
    Prose(&'a str),
}

impl Shape<'_> {
    /// About `bytes` of the shape; with `lines`, a line break instead of a space about every
    /// 70 bytes (never a blank line, so the text stays one paragraph).
    fn text(&self, bytes: usize, lines: bool) -> String {
        let mut text = match self {
            Shape::Repeat(unit) => unit.repeat(bytes.div_ceil(unit.len())),
            Shape::Prose(prose) => {
                let mut end = bytes.min(prose.len());
                while !prose.is_char_boundary(end) {
                    end -= 1;
                }
                prose[..end].to_owned()
            }
        };
        if lines {
            let mut out = String::with_capacity(text.len());
            let mut line = 0;
            for c in text.chars() {
                if c == ' ' && line >= 70 {
                    out.push('\n');
                    line = 0;
                } else {
                    out.push(c);
                    line += 1;
                }
            }
            text = out;
        }
        text
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
