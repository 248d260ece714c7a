//! Property test of the writing check on generated text (issue 23): the cached re-lint
//! gives the same hints as the full check, also across edits with one cache kept; hints are
//! sorted, do not overlap and lie on char boundaries.
//!
//! A small hand-written generator with a seeded `rand` (already a dependency) instead of
//! `proptest`: texts of up to 2 KB are built from pieces that stress the splitter (Dutch
//! words, rule keywords, abbreviations, brackets, quotes, digits, line breaks, no-break
//! spaces, tabs, vertical tabs). A failing text is shrunk piece by piece before it is
//! reported. `MELDCODE_PROPTEST_CASES` raises the number of cases (default 10,000),
//! `MELDCODE_PROPTEST_SEED` picks another seed.

#![allow(clippy::unwrap_used)]

use meldcode::lint::{Lint, LintOptions, Linter, ParagraphCache, Suppression};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const PIECES: &[&str] = &[
    // Dutch words and names.
    "Sem",
    "Zoë",
    "Çağla",
    "Ünal-de Wít",
    "Bjørn",
    "ĳverig",
    "moeder",
    "vader",
    "hij",
    "zij",
    "het",
    "de",
    "een",
    "en",
    "op",
    "in",
    "school",
    "thuis",
    "gesprek",
    "kwam",
    "te",
    "laat",
    "gezien",
    "arm",
    "bovenarm",
    "plek",
    "blauwe",
    "cm",
    "maart",
    "uur",
    "niet",
    "geen",
    "nooit",
    // Rule keywords and context words.
    "vaak",
    "soms",
    "lijkt",
    "leek",
    "indruk",
    "gevoel",
    "denk",
    "agressief",
    "boos",
    "angstig",
    "verwaarloosd",
    "alcoholist",
    "ADHD",
    "VT",
    "Veilig Thuis",
    "OTS",
    "geslagen",
    "geduwd",
    "werd",
    "is",
    "door",
    "zei",
    "vertelde",
    "volgens",
    "dat",
    "maar",
    "ik",
    "wij",
    "iemand",
    "Hypothese",
    "mijns inziens",
    "waarschijnlijk",
    "duidelijk",
    "erg",
    "chaos",
    // Abbreviations, dates and times.
    "dr.",
    "o.a.",
    "ca.",
    "mw.",
    "dhr.",
    "jr.",
    "d.d.",
    "i.v.m.",
    "enz.",
    "li",
    "re",
    "li/re",
    "4/12",
    "8.55 uur",
    "4 dec. 2026",
    "ma.",
    // Punctuation, brackets and quotes.
    ".",
    ". ",
    "!",
    "?",
    "…",
    ",",
    ";",
    ":",
    "(",
    ")",
    "(VT)",
    "\"",
    "'",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "«",
    "»",
    "-",
    "- ",
    "•",
    "/",
    "*",
    // Digits.
    "0",
    "3",
    "12",
    "19,4",
    "2026",
    // Whitespace and line breaks.
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "\n\u{a0}\n",
    "\t",
    "\x0b",
    "\n\x0b\n",
    "\n \t\n",
    "\u{2028}",
    "\u{3000}",
    "\x0c",
];

/// Texts built from pieces; kept as pieces so that a failure can be shrunk.
fn generate(rng: &mut StdRng) -> Vec<&'static str> {
    let budget = rng.gen_range(0..=2048);
    let mut pieces = Vec::new();
    let mut len = 0;
    while len < budget {
        let piece = PIECES[rng.gen_range(0..PIECES.len())];
        let sep = if rng.gen_bool(0.7) { " " } else { "" };
        if len + piece.len() + sep.len() > 2048 {
            break;
        }
        len += piece.len() + sep.len();
        pieces.push(piece);
        if !sep.is_empty() {
            pieces.push(sep);
        }
    }
    pieces
}

/// One random edit at a char boundary: insert a piece, delete a range, or replace one.
fn edit(text: &str, rng: &mut StdRng) -> String {
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let a = boundaries[rng.gen_range(0..boundaries.len())];
    let b = boundaries[rng.gen_range(0..boundaries.len())];
    let (from, to) = (a.min(b), a.max(b));
    let piece = PIECES[rng.gen_range(0..PIECES.len())];
    match rng.gen_range(0..3) {
        0 => format!("{}{piece}{}", &text[..from], &text[from..]),
        1 => format!("{}{}", &text[..from], &text[to..]),
        _ => format!("{}{piece}{}", &text[..from], &text[to..]),
    }
}

/// Checks the promises of one result for `text`; returns what is wrong.
fn check_hints(text: &str, hints: &[Lint]) -> Result<(), String> {
    for h in hints {
        if h.span.start >= h.span.end
            || h.span.end > text.len()
            || !text.is_char_boundary(h.span.start)
            || !text.is_char_boundary(h.span.end)
        {
            return Err(format!("span off char boundaries or empty: {h:?}"));
        }
    }
    for pair in hints.windows(2) {
        if pair[0].span.end > pair[1].span.start {
            return Err(format!("unsorted or overlapping: {pair:?}"));
        }
    }
    Ok(())
}

/// All properties for one text and one edit of it.
fn properties(linter: &Linter, opts: &LintOptions, a: &str, b: &str) -> Result<(), String> {
    let full_a = linter.lint(a, opts);
    check_hints(a, &full_a)?;
    let mut fresh = ParagraphCache::default();
    if linter.lint_cached(a, opts, &mut fresh) != full_a {
        return Err("lint_cached(a) with a new cache differs from lint(a)".to_owned());
    }
    let full_b = linter.lint(b, opts);
    check_hints(b, &full_b)?;
    if linter.lint_cached(b, opts, &mut fresh) != full_b {
        return Err("lint_cached(edit(a)) differs from lint(edit(a))".to_owned());
    }
    if linter.lint_cached(a, opts, &mut fresh) != full_a {
        return Err("lint_cached(a) after the edit differs from lint(a)".to_owned());
    }
    Ok(())
}

/// Removes pieces while the failure stays, for a short report.
fn shrink(
    linter: &Linter,
    opts: &LintOptions,
    mut pieces: Vec<&'static str>,
    edited: &str,
) -> (String, String) {
    let fails = |p: &[&str]| properties(linter, opts, &p.concat(), edited).is_err();
    let mut i = 0;
    while i < pieces.len() {
        let mut fewer = pieces.clone();
        fewer.remove(i);
        if fails(&fewer) {
            pieces = fewer;
        } else {
            i += 1;
        }
    }
    let a = pieces.concat();
    let err = properties(linter, opts, &a, edited)
        .err()
        .unwrap_or_default();
    (a, err)
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Runs `cases` cases from `seed`; panics with a shrunk text on the first failure.
fn run_cases(linter: &Linter, seed: u64, cases: u64) {
    let option_sets = [
        LintOptions::default(),
        LintOptions {
            strict_jargon: true,
            vocabulary: vec!["OTS".to_owned(), "Veilig Thuis".to_owned()],
            suppressions: vec![Suppression {
                rule: "vaag-frequentie".to_owned(),
                matched: "vaak".to_owned(),
                reason: "telling staat erbij".to_owned(),
                place: String::new(),
            }],
        },
    ];
    let mut rng = StdRng::seed_from_u64(seed);
    for case in 0..cases {
        let pieces = generate(&mut rng);
        let a = pieces.concat();
        let b = edit(&a, &mut rng);
        let opts = &option_sets[usize::from(case % 8 == 7)];
        if let Err(why) = properties(linter, opts, &a, &b) {
            let (small, small_why) = shrink(linter, opts, pieces, &b);
            panic!(
                "case {case} (seed {seed:#x}): {why}\ntext: {a:?}\nedited: {b:?}\n\
                 shrunk: {small:?}: {small_why}"
            );
        }
    }
}

#[test]
fn cached_equals_full_and_hints_are_well_formed_on_generated_text() {
    let linter = Linter::bundled().unwrap();
    let cases = env_number("MELDCODE_PROPTEST_CASES", 10_000);
    let seed = env_number("MELDCODE_PROPTEST_SEED", 0x6d65_6c64_636f_6465);
    let started = std::time::Instant::now();
    // Two threads (CI has two cores), each with its own seed: the run is reproducible.
    std::thread::scope(|scope| {
        let linter = &linter;
        let first = scope.spawn(move || run_cases(linter, seed, cases.div_ceil(2)));
        run_cases(linter, seed ^ 0x9e37_79b9_7f4a_7c15, cases / 2);
        if let Err(panic) = first.join() {
            std::panic::resume_unwind(panic);
        }
    });
    eprintln!("lint_prop: {cases} cases in {:.1?}", started.elapsed());
}

/// The three inputs from issue 23 on which the cached and the full check disagreed.
#[test]
fn unicode_blank_lines_and_bracket_across_paragraphs_agree() {
    let linter = Linter::bundled().unwrap();
    let opts = LintOptions::default();
    for text in ["9\n\u{a0}\nvaak", "\ngeregeld\n\x0b\n3", "(VT\n\n)"] {
        let full = linter.lint(text, &opts);
        check_hints(text, &full).unwrap();
        let mut cache = ParagraphCache::default();
        assert_eq!(
            linter.lint_cached(text, &opts, &mut cache),
            full,
            "{text:?}"
        );
        assert_eq!(
            linter.lint_cached(text, &opts, &mut cache),
            full,
            "{text:?}"
        );
    }
    // A line of only a no-break space or a vertical tab separates paragraphs in both paths.
    let mut cache = ParagraphCache::default();
    linter.lint_cached(
        "Sem kwam.\n\u{a0}\nZoë kwam.\n\x0b\nBjørn kwam.",
        &opts,
        &mut cache,
    );
    assert_eq!(cache.paragraphs_checked(), 3);
    // A bracket that closes after a blank line defines nothing: the hint on VT stays.
    let text = "(VT\n\n)";
    assert_eq!(
        linter
            .lint(text, &opts)
            .iter()
            .map(|h| &text[h.span.clone()])
            .collect::<Vec<_>>(),
        linter
            .lint("VT", &opts)
            .iter()
            .map(|h| &"VT"[h.span.clone()])
            .collect::<Vec<_>>()
    );
}

/// Sentence-level context still works across a paragraph made of lines with Unicode spaces:
/// a line with text and no-break spaces is not blank.
#[test]
fn a_line_with_words_and_no_break_spaces_is_not_a_paragraph_break() {
    let linter = Linter::bundled().unwrap();
    let opts = LintOptions::default();
    let text = "Moeder zei:\n\u{a0}\"Sem komt vaak te laat.\"";
    assert!(
        linter.lint(text, &opts).is_empty(),
        "{:?}",
        linter.lint(text, &opts)
    );
    let mut cache = ParagraphCache::default();
    assert!(linter.lint_cached(text, &opts, &mut cache).is_empty());
}
