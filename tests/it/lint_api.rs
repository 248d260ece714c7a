//! The public lint API: spans on non-ASCII text, context, options, suppressions.

use meldcode::lint::{Category, Lint, LintOptions, Linter, Suppression, lint};

fn hints(text: &str) -> Vec<Lint> {
    lint(text, &LintOptions::default())
}

/// The flagged words, checked to be valid slices on char boundaries.
fn flagged(text: &str, hints: &[Lint]) -> Vec<String> {
    hints
        .iter()
        .map(|h| {
            assert!(text.is_char_boundary(h.span.start), "{h:?}");
            assert!(text.is_char_boundary(h.span.end), "{h:?}");
            text[h.span.clone()].to_owned()
        })
        .collect()
}

#[test]
fn spans_point_at_the_words_in_non_ascii_text() {
    let text = "Çağla Ünal-de Wít komt vaak te laat. Zoë heeft ADHD. Bjørn lijkt bang.";
    let hints = hints(text);
    assert_eq!(flagged(text, &hints), ["vaak", "ADHD", "lijkt bang"]);
    assert_eq!(hints[0].category, Category::Vaag);
    assert_eq!(hints[1].category, Category::BuitenVakgebied);
    assert_eq!(hints[2].category, Category::Interpretatie);
}

#[test]
fn ij_ligature_matches_like_ij() {
    let with_ligature = "De vader van Zoë is een ĳskoude en onbetrouwbare man; hij is gevaarlĳk.";
    let with_ij = "De vader van Zoë is een ijskoude en onbetrouwbare man; hij is gevaarlijk.";
    assert_eq!(
        flagged(with_ligature, &hints(with_ligature)),
        ["onbetrouwbare", "gevaarlĳk"]
    );
    assert_eq!(
        flagged(with_ij, &hints(with_ij)),
        ["onbetrouwbare", "gevaarlijk"]
    );
}

#[test]
fn hints_are_sorted_and_do_not_overlap() {
    let text = "Er wordt thuis vaak geslagen. Volgens de buren is vader agressief en depressief.";
    let hints = hints(text);
    assert!(hints.len() >= 3, "{hints:?}");
    for pair in hints.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}

#[test]
fn capitals_and_inflections_match() {
    for text in [
        "AGRESSIEF gedrag van vader.",
        "Een agressieve vader.",
        "De onverzorgde kinderen.",
        "Sem had een blauw plekje.",
        "Vermoedelijk slaapt hij slecht.",
    ] {
        assert!(!hints(text).is_empty(), "no hint: {text}");
    }
}

#[test]
fn quotation_styles_protect_the_speakers_words() {
    for text in [
        "Moeder zei op 4 maart: \"Hij is agressief.\"",
        "Moeder zei op 4 maart: “Hij is agressief.”",
        "Moeder zei op 4 maart: „Hij is agressief.”",
        "Moeder zei op 4 maart: 'Hij is agressief.'",
        "Moeder zei op 4 maart: ‘Hij is agressief.’",
        "Moeder zei op 4 maart: «Hij is agressief.»",
    ] {
        assert_eq!(hints(text), Vec::<Lint>::new(), "{text}");
    }
}

#[test]
fn scare_quotes_do_not_protect() {
    assert!(!hints("Vader is \"agressief\".").is_empty());
}

#[test]
fn named_source_and_labelled_hypothesis_are_allowed() {
    for text in [
        "Moeder vertelt dat vader vaak agressief is.",
        "Volgens de buurvrouw, mevrouw Jansen, is vader agressief.",
        "Hypothese (intern begeleider, 3 maart): Sem is bang voor zijn vader.",
    ] {
        assert_eq!(hints(text), Vec::<Lint>::new(), "{text}");
    }
}

#[test]
fn a_label_does_not_excuse_a_diagnosis() {
    let text = "Hypothese (intern begeleider, 3 maart): vader is alcoholist.";
    let hints = hints(text);
    assert_eq!(hints.len(), 1, "{hints:?}");
    assert_eq!(hints[0].category, Category::BuitenVakgebied);
}

#[test]
fn negated_observation_and_counted_frequency_are_fine() {
    for text in [
        "Ik heb op 3 maart geen blauwe plekken gezien.",
        "Noah voetbalt drie keer per week.",
        "Sem kwam vaak te laat: op 9 van de 20 schooldagen.",
    ] {
        assert_eq!(hints(text), Vec::<Lint>::new(), "{text}");
    }
}

#[test]
fn vocabulary_words_are_never_flagged() {
    let text = "Op 2 april is Daan besproken in het MDO door de ib'er en mij.";
    assert_eq!(flagged(text, &hints(text)), ["MDO", "ib'er"]);
    let opts = LintOptions {
        vocabulary: vec!["mdo".to_owned()],
        ..LintOptions::default()
    };
    assert_eq!(flagged(text, &lint(text, &opts)), ["ib'er"]);
}

#[test]
fn a_suppression_silences_one_rule_for_one_text() {
    let text = "Sem komt vaak te laat en soms helemaal niet.";
    assert_eq!(flagged(text, &hints(text)), ["vaak", "soms"]);
    let opts = LintOptions {
        suppressions: vec![Suppression {
            rule: "vaag-frequentie".to_owned(),
            matched: "VAAK".to_owned(),
            reason: "Staat in de bijlage met data.".to_owned(),
            place: String::new(),
        }],
        ..LintOptions::default()
    };
    assert_eq!(flagged(text, &lint(text, &opts)), ["soms"]);
    let other_rule = LintOptions {
        suppressions: vec![Suppression {
            rule: "indruk-lijken".to_owned(),
            matched: "vaak".to_owned(),
            reason: String::new(),
            place: String::new(),
        }],
        ..LintOptions::default()
    };
    assert_eq!(flagged(text, &lint(text, &other_rule)), ["vaak", "soms"]);
}

/// A kept hint covers the words it was kept for: a smaller hint inside them (here "leek"
/// inside "leek vader erg gespannen") does not take its place, and `lint_cached` agrees.
#[test]
fn a_kept_hint_covers_its_words() {
    let text = "Bij het ophalen leek vader erg gespannen.";
    let first = hints(text);
    assert_eq!(flagged(text, &first), ["leek vader erg gespannen"]);
    let opts = LintOptions {
        suppressions: vec![Suppression {
            rule: first[0].rule.clone(),
            matched: "leek vader erg gespannen".to_owned(),
            reason: "Zo verwoordde de leerkracht het.".to_owned(),
            place: String::new(),
        }],
        ..LintOptions::default()
    };
    assert!(lint(text, &opts).is_empty(), "{:?}", lint(text, &opts));
    let linter = meldcode::lint::Linter::bundled().unwrap();
    let mut cache = meldcode::lint::ParagraphCache::default();
    assert!(linter.lint_cached(text, &opts, &mut cache).is_empty());
    // A hint elsewhere in the text is still given.
    let more = format!("{text} Hij was agressief.");
    assert_eq!(flagged(&more, &lint(&more, &opts)), ["agressief"]);
}

#[test]
fn strict_jargon_adds_words_for_parents() {
    let text = "De aandachtsfunctionaris heeft met mij gesproken.";
    assert!(hints(text).is_empty());
    let strict = LintOptions {
        strict_jargon: true,
        ..LintOptions::default()
    };
    assert_eq!(
        flagged(text, &lint(text, &strict)),
        ["aandachtsfunctionaris"]
    );
}

#[test]
fn jargon_offers_a_concrete_replacement() {
    let hints = hints("Op 14 maart heb ik VT gebeld.");
    assert_eq!(hints[0].replacement.as_deref(), Some("Veilig Thuis"));
    assert!(hints[0].suggestion.is_some());
    assert!(hints[0].message.contains("VT"));
}

#[test]
fn every_hint_explains_why() {
    let linter = Linter::bundled().expect("bundled rules build");
    let text = "Thuis is het een chaos. Sem heeft ADHD. Er is geslagen. Vader zou drinken.";
    let hints = linter.lint(text, &LintOptions::default());
    assert_eq!(hints.len(), 4, "{hints:?}");
    assert!(
        hints
            .iter()
            .all(|h| !h.why.is_empty() && !h.message.is_empty())
    );
}

#[test]
fn category_codes_round_trip_through_serde() {
    for category in Category::ALL {
        let json = serde_json::to_string(&category).expect("serialize");
        assert_eq!(json, format!("\"{}\"", category.as_str()));
        let back: Category = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, category);
    }
}

#[test]
fn empty_and_punctuation_only_text_gives_no_hints() {
    for text in ["", "   ", "\n\n", "…", "\"", "'s", "((("] {
        assert!(hints(text).is_empty(), "{text:?}");
    }
}

#[test]
fn cached_relint_equals_full_lint_and_checks_only_changed_paragraphs() {
    let linter = Linter::bundled().expect("bundled rules build");
    let opts = LintOptions::default();
    let mut text = String::from(
        "Op 3 april heb ik Veilig Thuis (VT) gebeld.\n\nSem komt vaak te laat. VT belde terug.\n\n\
         Çağla had een blauwe plek.\n\nZoë zei: \"Papa is soms boos.\"\n",
    );
    let mut cache = meldcode::lint::ParagraphCache::default();
    assert_eq!(
        linter.lint_cached(&text, &opts, &mut cache),
        linter.lint(&text, &opts)
    );
    assert_eq!(cache.paragraphs_checked(), 4);
    text.push_str("\nVader is alcoholist.\n");
    assert_eq!(
        linter.lint_cached(&text, &opts, &mut cache),
        linter.lint(&text, &opts)
    );
    assert_eq!(cache.paragraphs_checked(), 5);
}

#[test]
fn arbitrary_text_never_panics_and_spans_stay_on_char_boundaries() {
    let pieces = [
        "Zoë",
        " ",
        "ĳ",
        "\"",
        "'",
        "“",
        "”",
        "„",
        "‘",
        "’",
        "«",
        "»",
        "(",
        ")",
        ":",
        ";",
        ",",
        ".",
        "!",
        "?",
        "\n",
        "\n\n",
        "vaak",
        "VT",
        "is",
        "geslagen",
        "door",
        "zei",
        "dat",
        "geen",
        "blauwe",
        "plek",
        "3",
        "cm",
        "maart",
        "Hypothese",
        "van",
        "lijkt",
        "…",
        "-",
        "8.30",
        "ø",
        "😀",
        "\t",
        "\r\n",
        "er",
        "wordt",
        "volgens",
        "mij",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        let found = hints(&text);
        flagged(&text, &found);
        for pair in found.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{text:?}: {pair:?}");
        }
    }
}
