//! Every path through each bundled afwegingskader, checked against a table written by hand
//! from the source document (not from the TOML). A change to a tree that breaks the source's
//! logic fails here.
//!
//! A row lists the answers in order (`"2:ja"` = question 2 answered ja), the outcome ids the
//! source says are reached (in order), and the questions the source says are answered together
//! with Veilig Thuis. Where a tree lets "weet niet" count as "nee", every "nee" in a row also
//! stands for "weet niet"; the test expands that itself.

#![allow(clippy::unwrap_used)] // tests may unwrap (project rule)

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use meldcode::domain::afweging::WeetNiet;
use meldcode::domain::{DecisionTree, OutcomeKind, Tri, evaluate};

struct Row {
    answers: &'static [&'static str],
    outcomes: &'static [&'static str],
    with_veilig_thuis: &'static [&'static str],
}

const fn row(
    answers: &'static [&'static str],
    outcomes: &'static [&'static str],
    with_veilig_thuis: &'static [&'static str],
) -> Row {
    Row {
        answers,
        outcomes,
        with_veilig_thuis,
    }
}

/// What the source says about one tree.
struct Source {
    set: &'static str,
    /// Short key used in the rows → question id in the tree, and the step the source puts it in.
    questions: &'static [(&'static str, &'static str, u8)],
    weet_niet: WeetNiet,
    outcomes: &'static [(&'static str, OutcomeKind)],
    rows: &'static [Row],
}

fn load(set: &str) -> DecisionTree {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("forms")
        .join(set)
        .join("afwegingskader.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

type Answers = Vec<(String, Tri)>;

fn qid(src: &Source, key: &str) -> String {
    src.questions
        .iter()
        .find(|(k, _, _)| *k == key)
        .unwrap_or_else(|| panic!("{}: unknown key {key}", src.set))
        .1
        .to_owned()
}

/// The answer sequences a row stands for.
fn expand(src: &Source, row: &Row) -> Vec<Answers> {
    let mut out: Vec<Answers> = vec![Vec::new()];
    for token in row.answers {
        let (key, answer) = token.split_once(':').unwrap();
        let id = qid(src, key);
        let given: &[Tri] = match (answer, src.weet_niet) {
            ("ja", _) => &[Tri::Ja],
            ("nee", WeetNiet::TeltAlsNee) => &[Tri::Nee, Tri::WeetNiet],
            ("nee", WeetNiet::NietToegestaan) => &[Tri::Nee],
            _ => panic!("bad token {token}"),
        };
        let mut next = Vec::new();
        for a in &out {
            for &t in given {
                let mut a = a.clone();
                a.push((id.clone(), t));
                next.push(a);
            }
        }
        out = next;
    }
    out
}

fn check(src: &Source) {
    let tree = load(src.set);
    assert!(
        tree.problems().is_empty(),
        "{}: {:?}",
        src.set,
        tree.problems()
    );
    assert_eq!(tree.weet_niet, src.weet_niet, "{}: weet_niet", src.set);

    // Questions: the source's ids, order and steps.
    let placed: Vec<(String, u8)> = tree
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.step))
        .collect();
    let expected: Vec<(String, u8)> = src
        .questions
        .iter()
        .map(|(_, id, step)| ((*id).to_owned(), *step))
        .collect();
    assert_eq!(placed, expected, "{}: questions and their steps", src.set);

    // Outcomes and their kinds.
    let kinds: BTreeMap<&str, OutcomeKind> = tree
        .outcomes
        .iter()
        .map(|o| (o.id.as_str(), o.kind))
        .collect();
    let expected_kinds: BTreeMap<&str, OutcomeKind> = src.outcomes.iter().copied().collect();
    assert_eq!(
        kinds, expected_kinds,
        "{}: outcomes and their kinds",
        src.set
    );

    // Every path: the engine's enumeration equals the table.
    let mut table: BTreeMap<Answers, Vec<String>> = BTreeMap::new();
    for row in src.rows {
        for answers in expand(src, row) {
            let outcomes = row.outcomes.iter().map(|o| (*o).to_owned()).collect();
            assert!(
                table.insert(answers.clone(), outcomes).is_none(),
                "{}: the table lists {answers:?} twice",
                src.set
            );
        }
    }
    let engine: BTreeMap<Answers, Vec<String>> = tree.all_paths().into_iter().collect();
    let missing: Vec<_> = table.keys().filter(|a| !engine.contains_key(*a)).collect();
    let extra: Vec<_> = engine.keys().filter(|a| !table.contains_key(*a)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{}: paths in the source but not in the tree: {missing:?}; in the tree but not in the source: {extra:?}",
        src.set
    );
    for (answers, outcomes) in &table {
        assert_eq!(
            &engine[answers], outcomes,
            "{}: outcomes of {answers:?}",
            src.set
        );
    }

    // Each row once more through `evaluate`: complete, same outcomes, and the questions marked
    // "samen met Veilig Thuis" are exactly the source's.
    for row in src.rows {
        let vt: BTreeSet<String> = row.with_veilig_thuis.iter().map(|k| qid(src, k)).collect();
        for answers in expand(src, row) {
            let map: BTreeMap<String, Tri> = answers.iter().cloned().collect();
            let eval = evaluate(&tree, &map);
            assert!(eval.complete, "{}: {answers:?} does not finish", src.set);
            assert!(eval.refused.is_none(), "{}: {answers:?} refused", src.set);
            assert_eq!(eval.outcomes, row.outcomes, "{}: {answers:?}", src.set);
            let marked: BTreeSet<String> = eval
                .path
                .iter()
                .filter(|s| s.with_veilig_thuis)
                .map(|s| s.question.clone())
                .collect();
            assert_eq!(
                marked, vt,
                "{}: samen met Veilig Thuis on {answers:?}",
                src.set
            );
            let asked: Vec<&String> = eval.path.iter().map(|s| &s.question).collect();
            let given: Vec<&String> = answers.iter().map(|(q, _)| q).collect();
            assert_eq!(
                asked, given,
                "{}: the path asks exactly the row's questions",
                src.set
            );
        }
    }

    // "Weet niet" where the tree does not allow it is refused, not taken as an answer.
    if src.weet_niet == WeetNiet::NietToegestaan {
        let first = &src.questions[0].1;
        let map = BTreeMap::from([((*first).to_owned(), Tri::WeetNiet)]);
        let eval = evaluate(&tree, &map);
        assert_eq!(eval.refused.as_deref(), Some(*first), "{}", src.set);
        assert!(!eval.complete);
    }
}

/// Seed 002 (protocolsjabloon basisonderwijs), "Vijf afwegingsvragen bij stap 4", lines
/// 286–391: all five in stap 4; "Indien er sprake is van 'weet het niet', gaat u uit van
/// 'Nee'" (line 288); 2 ja: "Melden bij Veilig Thuis. De afwegingen 3 tot en met 5 worden
/// samen met Veilig Thuis doorlopen" (324–326).
const BASISONDERWIJS: Source = Source {
    set: "basisonderwijs",
    questions: &[
        ("1", "afweging_1", 4),
        ("2", "afweging_2", 4),
        ("3", "afweging_3", 4),
        ("4", "afweging_4", 4),
        ("5", "afweging_5", 4),
    ],
    weet_niet: WeetNiet::TeltAlsNee,
    outcomes: &[
        ("afsluiten", OutcomeKind::Afsluiten), // 1 nee: afsluiten en vastleggen
        ("melden", OutcomeKind::Melden),       // 2 ja, 3 nee, 4 nee
        ("hulp_bieden", OutcomeKind::Hulp),    // 4 ja: hulp bieden of organiseren
        ("opnieuw_melden", OutcomeKind::Melden), // 5 nee: (opnieuw) melden
        ("hulp_met_afspraken", OutcomeKind::Hulp), // 5 ja: hulp opstarten met afspraken
    ],
    rows: &[
        // 1 nee: "Afsluiten en vastleggen in dossier."
        row(&["1:nee"], &["afsluiten"], &[]),
        // 2 ja: melden, and 3–5 together with Veilig Thuis.
        row(&["1:ja", "2:ja", "3:nee"], &["melden"], &["3"]),
        row(&["1:ja", "2:ja", "3:ja", "4:nee"], &["melden"], &["3", "4"]),
        row(
            &["1:ja", "2:ja", "3:ja", "4:ja", "5:nee"],
            &["melden", "hulp_bieden", "opnieuw_melden"],
            &["3", "4", "5"],
        ),
        row(
            &["1:ja", "2:ja", "3:ja", "4:ja", "5:ja"],
            &["melden", "hulp_bieden", "hulp_met_afspraken"],
            &["3", "4", "5"],
        ),
        // 2 nee: "Ga verder met afweging 3."
        row(&["1:ja", "2:nee", "3:nee"], &["melden"], &[]),
        row(&["1:ja", "2:nee", "3:ja", "4:nee"], &["melden"], &[]),
        row(
            &["1:ja", "2:nee", "3:ja", "4:ja", "5:nee"],
            &["hulp_bieden", "opnieuw_melden"],
            &[],
        ),
        row(
            &["1:ja", "2:nee", "3:ja", "4:ja", "5:ja"],
            &["hulp_bieden", "hulp_met_afspraken"],
            &[],
        ),
    ],
};

#[test]
fn basisonderwijs_follows_seed_002() {
    check(&BASISONDERWIJS);
}

/// Seed 004 (RBCZ-afwegingskader, november 2018), lines 969–976, 1069–1079 and 1501–1737:
/// afweging 1–2 bij stap 4, afweging 1–3 bij stap 5. Stap 4 afweging 1 nee: "noteer dit in het
/// dossier en sluit het dossier af"; afweging 2 ja: "doe een melding bij Veilig Thuis. Veilig
/// Thuis zal samen met jou de noodzakelijke vragen doorlopen", and stap 5 asks "Is melden
/// noodzakelijk? En is hulp bieden ook mogelijk?" (1481–1483); stap 5 afweging 1 and 2 nee:
/// "doe een melding"; afweging 3 nee: "doe alsnog een melding"; ja: "beschrijf jouw afwegingen
/// in het dossier en sluit het dossier" — help is then possible (1489–1495). The source never
/// says "weet niet" counts as nee.
const ZORG: Source = Source {
    set: "zorg",
    questions: &[
        ("4.1", "stap4_afweging_1", 4),
        ("4.2", "stap4_afweging_2", 4),
        ("5.1", "stap5_afweging_1", 5),
        ("5.2", "stap5_afweging_2", 5),
        ("5.3", "stap5_afweging_3", 5),
    ],
    weet_niet: WeetNiet::NietToegestaan,
    outcomes: &[
        ("afsluiten", OutcomeKind::Afsluiten),
        ("melden", OutcomeKind::Melden),
        ("alsnog_melden", OutcomeKind::Melden),
        ("hulp_dossier_sluiten", OutcomeKind::Hulp),
    ],
    rows: &[
        row(&["4.1:nee"], &["afsluiten"], &[]),
        // Stap 4 afweging 2 ja: melden; Veilig Thuis goes through the rest with you.
        row(&["4.1:ja", "4.2:ja", "5.1:nee"], &["melden"], &["5.1"]),
        row(
            &["4.1:ja", "4.2:ja", "5.1:ja", "5.2:nee"],
            &["melden"],
            &["5.1", "5.2"],
        ),
        row(
            &["4.1:ja", "4.2:ja", "5.1:ja", "5.2:ja", "5.3:nee"],
            &["melden", "alsnog_melden"],
            &["5.1", "5.2", "5.3"],
        ),
        row(
            &["4.1:ja", "4.2:ja", "5.1:ja", "5.2:ja", "5.3:ja"],
            &["melden", "hulp_dossier_sluiten"],
            &["5.1", "5.2", "5.3"],
        ),
        // Stap 4 afweging 2 nee: "ga door naar de volgende vraag".
        row(&["4.1:ja", "4.2:nee", "5.1:nee"], &["melden"], &[]),
        row(
            &["4.1:ja", "4.2:nee", "5.1:ja", "5.2:nee"],
            &["melden"],
            &[],
        ),
        row(
            &["4.1:ja", "4.2:nee", "5.1:ja", "5.2:ja", "5.3:nee"],
            &["alsnog_melden"],
            &[],
        ),
        row(
            &["4.1:ja", "4.2:nee", "5.1:ja", "5.2:ja", "5.3:ja"],
            &["hulp_dossier_sluiten"],
            &[],
        ),
    ],
};

#[test]
fn zorg_follows_seed_004() {
    check(&ZORG);
}

#[test]
fn zorg_copies_every_vraag_ter_afweging() {
    // Seed 004: none at stap 4 afweging 1; 10 acute + 4 disclosure + 15 structurele at stap 4
    // afweging 2 (1134–1201, 1251–1267, 1309–1411); 4, 6 and 5 at stap 5 afweging 1–3.
    let tree = load("zorg");
    let counts: Vec<(&str, usize)> = tree
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.vragen_ter_afweging.len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("stap4_afweging_1", 0),
            ("stap4_afweging_2", 29),
            ("stap5_afweging_1", 4),
            ("stap5_afweging_2", 6),
            ("stap5_afweging_3", 5),
        ]
    );
}

/// The 2019 afwegingskader as shared/reference/meldcode-protocol.md §3 describes it: 1 nee →
/// close and record; 2 ja → melden, 3–5 answered together with Veilig Thuis; 3 nee and 4 nee →
/// melden; 4 ja → offer/organise help, then 5; 5 nee → (opnieuw) melden; 5 ja → help with
/// agreements. Placement 1–2 in stap 4 and 3–5 in stap 5 (the RBCZ split, §3 "Placement").
/// No "weet niet": when in doubt, always consult Veilig Thuis (Besluit art. 2 lid 2 d).
const BASISMODEL: Source = Source {
    set: "basismodel",
    questions: &[
        ("1", "afweging_1", 4),
        ("2", "afweging_2", 4),
        ("3", "afweging_3", 5),
        ("4", "afweging_4", 5),
        ("5", "afweging_5", 5),
    ],
    weet_niet: WeetNiet::NietToegestaan,
    outcomes: &[
        ("afsluiten", OutcomeKind::Afsluiten),
        ("melden", OutcomeKind::Melden),
        ("hulp_bieden", OutcomeKind::Hulp),
        ("opnieuw_melden", OutcomeKind::Melden),
        ("hulp_met_afspraken", OutcomeKind::Hulp),
    ],
    rows: &[
        row(&["1:nee"], &["afsluiten"], &[]),
        row(&["1:ja", "2:ja", "3:nee"], &["melden"], &["3"]),
        row(&["1:ja", "2:ja", "3:ja", "4:nee"], &["melden"], &["3", "4"]),
        row(
            &["1:ja", "2:ja", "3:ja", "4:ja", "5:nee"],
            &["melden", "hulp_bieden", "opnieuw_melden"],
            &["3", "4", "5"],
        ),
        row(
            &["1:ja", "2:ja", "3:ja", "4:ja", "5:ja"],
            &["melden", "hulp_bieden", "hulp_met_afspraken"],
            &["3", "4", "5"],
        ),
        row(&["1:ja", "2:nee", "3:nee"], &["melden"], &[]),
        row(&["1:ja", "2:nee", "3:ja", "4:nee"], &["melden"], &[]),
        row(
            &["1:ja", "2:nee", "3:ja", "4:ja", "5:nee"],
            &["hulp_bieden", "opnieuw_melden"],
            &[],
        ),
        row(
            &["1:ja", "2:nee", "3:ja", "4:ja", "5:ja"],
            &["hulp_bieden", "hulp_met_afspraken"],
            &[],
        ),
    ],
};

#[test]
fn basismodel_follows_the_2019_afwegingskader() {
    check(&BASISMODEL);
    let tree = load("basismodel");
    for q in &tree.questions {
        assert!(
            q.help
                .contains("Bij twijfel: raadpleeg altijd Veilig Thuis"),
            "{}: art. 2 lid 2 d in the help",
            q.id
        );
    }
}
