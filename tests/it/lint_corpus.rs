//! Quality bar of the *feiten, geen indrukken* linter on the labelled development corpus
//! (`tests/data/lint-corpus.tsv`, invented sentences): sentence-level precision ≥ 0.95 and
//! recall ≥ 0.90. Prints the counts, recall per FLAG category, false positives per OK
//! category, category agreement, and the line numbers of every miss.

use std::collections::BTreeMap;

use meldcode::lint::{Category, LintOptions, Linter};

struct Row {
    line: usize,
    flag: bool,
    category: String,
    sentence: String,
}

fn corpus() -> Vec<Row> {
    let text = include_str!("../data/lint-corpus.tsv");
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                cols.len(),
                4,
                "line {}: expected 4 tab-separated columns",
                i + 1
            );
            assert!(
                matches!(cols[0], "FLAG" | "OK"),
                "line {}: bad label {}",
                i + 1,
                cols[0]
            );
            Row {
                line: i + 1,
                flag: cols[0] == "FLAG",
                category: cols[1].to_owned(),
                sentence: cols[2].to_owned(),
            }
        })
        .collect()
}

#[test]
fn corpus_precision_and_recall_meet_the_bar() {
    let linter = Linter::bundled().expect("bundled rules build");
    let opts = LintOptions::default();
    let rows = corpus();
    assert!(rows.len() > 200, "corpus too small: {}", rows.len());

    let (mut tp, mut fp, mut tn, mut fn_) = (0usize, 0usize, 0usize, 0usize);
    let mut agree = 0usize;
    let mut per_flag: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut per_ok: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut wrong = Vec::new();
    for row in &rows {
        let hints = linter.lint(&row.sentence, &opts);
        let hinted = !hints.is_empty();
        if row.flag {
            let entry = per_flag.entry(&row.category).or_default();
            entry.1 += 1;
            if hinted {
                tp += 1;
                entry.0 += 1;
                if hints.iter().any(|h| h.category.as_str() == row.category) {
                    agree += 1;
                }
            } else {
                fn_ += 1;
                missed.push(format!(
                    "  line {} [{}] {}",
                    row.line, row.category, row.sentence
                ));
            }
        } else {
            let entry = per_ok.entry(&row.category).or_default();
            entry.1 += 1;
            if hinted {
                fp += 1;
                entry.0 += 1;
                let what: Vec<String> = hints
                    .iter()
                    .map(|h| format!("{} '{}'", h.rule, &row.sentence[h.span.clone()]))
                    .collect();
                wrong.push(format!(
                    "  line {} [{}] {} <- {}",
                    row.line,
                    row.category,
                    row.sentence,
                    what.join(", ")
                ));
            } else {
                tn += 1;
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!("rows {}: TP {tp} FP {fp} TN {tn} FN {fn_}", rows.len());
    println!("precision {precision:.3}  recall {recall:.3}");
    println!("category agreement on hinted FLAG rows: {agree}/{tp}");
    println!("recall per FLAG category:");
    for (cat, (hit, all)) in &per_flag {
        println!("  {cat:<18} {hit:>3}/{all:<3}");
    }
    println!("false positives per OK category:");
    for (cat, (hit, all)) in &per_ok {
        println!("  {cat:<18} {hit:>3}/{all:<3}");
    }
    if !missed.is_empty() {
        println!("missed FLAG rows:\n{}", missed.join("\n"));
    }
    if !wrong.is_empty() {
        println!("wrongly flagged OK rows:\n{}", wrong.join("\n"));
    }
    assert!(
        precision >= 0.95,
        "precision {precision:.3} < 0.95 (FP {fp})"
    );
    assert!(recall >= 0.90, "recall {recall:.3} < 0.90 (FN {fn_})");
}

#[test]
fn every_rule_example_holds() {
    let linter = Linter::bundled().expect("bundled rules build");
    let failures: Vec<String> = linter
        .failing_examples()
        .iter()
        .map(|f| {
            let want = if f.should_flag {
                "should flag"
            } else {
                "should allow"
            };
            format!("{} {want}: {}", f.rule, f.sentence)
        })
        .collect();
    assert_eq!(failures, Vec::<String>::new());
}

#[test]
fn every_rule_has_examples_both_ways() {
    let linter = Linter::bundled().expect("bundled rules build");
    let lacking: Vec<String> = linter
        .rules()
        .into_iter()
        .filter(|r| r.examples.0 == 0 || r.examples.1 == 0)
        .map(|r| r.id)
        .collect();
    assert_eq!(lacking, Vec::<String>::new());
}

#[test]
fn at_least_80_percent_of_rules_offer_a_suggestion() {
    let linter = Linter::bundled().expect("bundled rules build");
    let rules = linter.rules();
    let with = rules.iter().filter(|r| r.has_suggestion).count();
    assert!(
        with * 5 >= rules.len() * 4,
        "{with} of {} rules have a suggestion",
        rules.len()
    );
}

#[test]
fn every_category_has_a_rule_a_label_and_a_message() {
    let linter = Linter::bundled().expect("bundled rules build");
    let rules = linter.rules();
    for category in Category::ALL {
        assert!(
            rules.iter().any(|r| r.category == category),
            "no rule for {}",
            category.as_str()
        );
        assert!(!category.label().is_empty());
        assert!(
            category.message().len() > 20,
            "{} has no message",
            category.as_str()
        );
    }
}
