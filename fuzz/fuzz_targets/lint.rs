//! The writing check on any text, with its options: never panics; hints are sorted, do not
//! overlap and lie on char boundaries; the cached re-lint equals the full check, also with
//! one cache kept across an edit. Slowness shows up as a libFuzzer timeout.
//!
//! Input: one byte of option flags, then the text (UTF-8; other input is skipped).
//! Flags: 1 strict jargon, 2 the first words as vocabulary, 4 suppress the first hint.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use meldcode::lint::{Lint, LintOptions, Linter, ParagraphCache, Suppression};

static LINTER: LazyLock<Linter> = LazyLock::new(|| Linter::bundled().expect("bundled rules build"));

fn well_formed(text: &str, hints: &[Lint]) {
    for h in hints {
        assert!(
            h.span.start < h.span.end && h.span.end <= text.len(),
            "{h:?}"
        );
        assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
    }
    for pair in hints.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let linter = &*LINTER;
    let mut opts = LintOptions {
        strict_jargon: flags & 1 != 0,
        ..LintOptions::default()
    };
    if flags & 2 != 0 {
        opts.vocabulary = text.split_whitespace().take(3).map(str::to_owned).collect();
    }
    if flags & 4 != 0
        && let Some(first) = linter.lint(text, &LintOptions::default()).first()
    {
        opts.suppressions.push(Suppression {
            rule: first.rule.clone(),
            matched: text[first.span.clone()].to_owned(),
            reason: "fuzz".to_owned(),
            place: String::new(),
        });
    }
    let full = linter.lint(text, &opts);
    well_formed(text, &full);
    let mut cache = ParagraphCache::default();
    assert_eq!(linter.lint_cached(text, &opts, &mut cache), full);
    // An edit: the text cut at a char boundary in the middle, then back.
    let mut half = text.len() / 2;
    while !text.is_char_boundary(half) {
        half -= 1;
    }
    let edited = &text[..half];
    let full_edited = linter.lint(edited, &opts);
    well_formed(edited, &full_edited);
    assert_eq!(linter.lint_cached(edited, &opts, &mut cache), full_edited);
    assert_eq!(linter.lint_cached(text, &opts, &mut cache), full);
});
