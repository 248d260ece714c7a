//! The afwegingskader as a decision engine.
//!
//! The sources disagree on where the questions sit (step 4 or 5), how they are worded and
//! what "weet niet" means, so the tree is data ([`DecisionTree`], loaded from the form set)
//! and this engine runs any such tree. [`evaluate`] is pure: the same answers always give
//! the same path, next question and outcomes.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::values::Tri;

/// What "weet niet" means in a tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WeetNiet {
    /// "Weet niet" is not an allowed answer.
    #[default]
    NietToegestaan,
    /// "Weet niet" is allowed and counts as "nee" (seed 002: "Indien er sprake is van
    /// 'weet het niet', gaat u uit van 'Nee'").
    TeltAlsNee,
}

/// A whole afwegingskader: questions, the branches between them and the outcomes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionTree {
    /// Id of the tree (usually the form set id).
    pub id: String,
    /// Title shown above the flow.
    pub title: String,
    /// Introduction text (where the questions come from, who answers them).
    #[serde(default)]
    pub intro: String,
    /// Id of the first question.
    pub start: String,
    /// What "weet niet" means here.
    #[serde(default)]
    pub weet_niet: WeetNiet,
    /// The questions, in the order the source lists them.
    #[serde(rename = "question", default)]
    pub questions: Vec<Question>,
    /// The outcomes a path can reach.
    #[serde(rename = "outcome", default)]
    pub outcomes: Vec<Outcome>,
}

/// One afwegingsvraag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Id, unique in the tree.
    pub id: String,
    /// Meldcode step (4 or 5) this question belongs to.
    pub step: u8,
    /// Short title as the source numbers it ("Afweging 2", "Afweging 1 bij stap 5").
    pub title: String,
    /// The question as the source words it.
    pub text: String,
    /// Help text from the source (definitions, when to consult Veilig Thuis).
    #[serde(default)]
    pub help: String,
    /// The source's "vragen ter afweging": questions to ask yourself before answering.
    #[serde(default)]
    pub vragen_ter_afweging: Vec<String>,
    /// Where "ja" leads.
    pub ja: Branch,
    /// Where "nee" leads (and "weet niet" when it counts as nee).
    pub nee: Branch,
}

/// What an answer leads to: an outcome, a next question, or both.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// Outcome reached by this answer (recorded; the path may continue).
    #[serde(default)]
    pub outcome: Option<String>,
    /// The next question, if the path continues.
    #[serde(default)]
    pub next: Option<String>,
    /// From here on, the remaining questions are answered together with Veilig Thuis.
    #[serde(default)]
    pub with_veilig_thuis: bool,
    /// The source's own words for this branch ("Ga verder met afweging 2").
    #[serde(default)]
    pub text: String,
}

/// What kind of decision an outcome is; drives the stap 5 decisions and the next action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// Close the dossier and record the reasoning.
    Afsluiten,
    /// Make a melding to Veilig Thuis.
    Melden,
    /// Offer or organise help.
    Hulp,
}

/// An end point (or waypoint) of the afwegingskader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// Id, unique in the tree.
    pub id: String,
    /// What kind of decision this is.
    pub kind: OutcomeKind,
    /// Short label ("Melden bij Veilig Thuis").
    pub label: String,
    /// The source's words for what to do now.
    #[serde(default)]
    pub text: String,
}

/// One answered question on the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathStep {
    /// The question.
    pub question: String,
    /// The answer as given.
    pub given: Tri,
    /// The answer as the tree reads it ("weet niet" may count as "nee").
    pub effective: Tri,
    /// Whether this question is to be answered together with Veilig Thuis.
    pub with_veilig_thuis: bool,
}

/// The result of running the answers so far through a tree.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evaluation {
    /// The answered questions on the path, in order.
    pub path: Vec<PathStep>,
    /// The question to ask next, if the path is not finished.
    pub next: Option<String>,
    /// Whether the next question is to be answered together with Veilig Thuis.
    pub next_with_veilig_thuis: bool,
    /// Outcome ids reached, in order.
    pub outcomes: Vec<String>,
    /// Whether the path is finished.
    pub complete: bool,
    /// An answer that the tree does not allow ("weet niet" where not allowed), by question.
    pub refused: Option<String>,
}

impl DecisionTree {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The outcome with this id.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| o.id == id)
    }

    /// Whether "weet niet" may be answered.
    pub fn allows_weet_niet(&self) -> bool {
        self.weet_niet != WeetNiet::NietToegestaan
    }

    /// Every structural problem: unknown ids, duplicates, cycles, unreachable questions,
    /// paths that end without an outcome. Empty when the tree is sound.
    pub fn problems(&self) -> Vec<TreeProblem> {
        let mut problems = Vec::new();
        let mut ids = BTreeSet::new();
        for q in &self.questions {
            if !ids.insert(q.id.as_str()) {
                problems.push(TreeProblem::DuplicateId(q.id.clone()));
            }
            if !(1..=5).contains(&q.step) {
                problems.push(TreeProblem::BadStep(q.id.clone(), q.step));
            }
        }
        let mut outcome_ids = BTreeSet::new();
        for o in &self.outcomes {
            if ids.contains(o.id.as_str()) || !outcome_ids.insert(o.id.as_str()) {
                problems.push(TreeProblem::DuplicateId(o.id.clone()));
            }
        }
        if self.question(&self.start).is_none() {
            problems.push(TreeProblem::UnknownQuestion {
                from: "start".to_owned(),
                id: self.start.clone(),
            });
        }
        for q in &self.questions {
            for (name, branch) in [("ja", &q.ja), ("nee", &q.nee)] {
                let from = format!("{}.{name}", q.id);
                if let Some(next) = &branch.next
                    && self.question(next).is_none()
                {
                    problems.push(TreeProblem::UnknownQuestion {
                        from: from.clone(),
                        id: next.clone(),
                    });
                }
                if let Some(out) = &branch.outcome
                    && self.outcome(out).is_none()
                {
                    problems.push(TreeProblem::UnknownOutcome {
                        from: from.clone(),
                        id: out.clone(),
                    });
                }
                if branch.next.is_none() && branch.outcome.is_none() {
                    problems.push(TreeProblem::DeadEnd(from));
                }
            }
        }
        if !problems.is_empty() {
            return problems;
        }
        // Walk every path from the start; detect cycles and paths without an outcome.
        let mut reached = BTreeSet::new();
        let mut used_outcomes = BTreeSet::new();
        let mut stack = vec![(self.start.clone(), Vec::<String>::new(), false)];
        while let Some((qid, seen, had_outcome)) = stack.pop() {
            if seen.contains(&qid) {
                problems.push(TreeProblem::Cycle(seen.join(" → ") + " → " + &qid));
                continue;
            }
            reached.insert(qid.clone());
            let Some(q) = self.question(&qid) else {
                continue;
            };
            let mut seen = seen;
            seen.push(qid.clone());
            for (name, branch) in [("ja", &q.ja), ("nee", &q.nee)] {
                let got_outcome = had_outcome || branch.outcome.is_some();
                if let Some(o) = &branch.outcome {
                    used_outcomes.insert(o.clone());
                }
                match &branch.next {
                    Some(next) => stack.push((next.clone(), seen.clone(), got_outcome)),
                    None if !got_outcome => {
                        problems.push(TreeProblem::NoOutcome(format!("{}.{name}", q.id)));
                    }
                    None => {}
                }
            }
        }
        for q in &self.questions {
            if !reached.contains(&q.id) {
                problems.push(TreeProblem::Unreachable(q.id.clone()));
            }
        }
        for o in &self.outcomes {
            if !used_outcomes.contains(&o.id) {
                problems.push(TreeProblem::UnusedOutcome(o.id.clone()));
            }
        }
        problems.sort();
        problems.dedup();
        problems
    }

    /// Every complete path through the tree: the answers in order and the outcomes
    /// reached. With "weet niet" allowed, it is enumerated as its own answer.
    pub fn all_paths(&self) -> Vec<WalkedPath> {
        let mut done = Vec::new();
        let mut todo = vec![Vec::<(String, Tri)>::new()];
        let choices: &[Tri] = if self.allows_weet_niet() {
            &[Tri::Ja, Tri::Nee, Tri::WeetNiet]
        } else {
            &[Tri::Ja, Tri::Nee]
        };
        while let Some(answers) = todo.pop() {
            let map: BTreeMap<String, Tri> = answers.iter().cloned().collect();
            let eval = evaluate(self, &map);
            match eval.next {
                Some(next) if answers.len() <= self.questions.len() => {
                    for &c in choices {
                        let mut a = answers.clone();
                        a.push((next.clone(), c));
                        todo.push(a);
                    }
                }
                _ => done.push((answers, eval.outcomes)),
            }
        }
        done.sort();
        done
    }
}

/// One complete walk: the answers in order and the outcome ids reached.
pub type WalkedPath = (Vec<(String, Tri)>, Vec<String>);

/// A structural problem in a decision tree.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TreeProblem {
    /// Two questions or outcomes share an id.
    DuplicateId(String),
    /// A question's step is not 1–5.
    BadStep(String, u8),
    /// A branch names a question that does not exist.
    UnknownQuestion {
        /// Where the reference is (`question.ja`).
        from: String,
        /// The unknown id.
        id: String,
    },
    /// A branch names an outcome that does not exist.
    UnknownOutcome {
        /// Where the reference is (`question.ja`).
        from: String,
        /// The unknown id.
        id: String,
    },
    /// A branch has neither a next question nor an outcome.
    DeadEnd(String),
    /// A path loops back to a question it already asked.
    Cycle(String),
    /// No path from the start reaches this question.
    Unreachable(String),
    /// A path ends here without having reached any outcome.
    NoOutcome(String),
    /// No branch leads to this outcome.
    UnusedOutcome(String),
}

impl std::fmt::Display for TreeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TreeProblem::DuplicateId(id) => write!(f, "duplicate id {id:?}"),
            TreeProblem::BadStep(id, s) => {
                write!(f, "question {id:?} is in step {s}; steps are 1 to 5")
            }
            TreeProblem::UnknownQuestion { from, id } => {
                write!(f, "{from} leads to unknown question {id:?}")
            }
            TreeProblem::UnknownOutcome { from, id } => {
                write!(f, "{from} leads to unknown outcome {id:?}")
            }
            TreeProblem::DeadEnd(from) => {
                write!(f, "{from} has neither `next` nor `outcome`")
            }
            TreeProblem::Cycle(path) => write!(f, "cycle: {path}"),
            TreeProblem::Unreachable(id) => {
                write!(f, "question {id:?} cannot be reached from the start")
            }
            TreeProblem::NoOutcome(from) => {
                write!(f, "the path ending at {from} reaches no outcome")
            }
            TreeProblem::UnusedOutcome(id) => write!(f, "outcome {id:?} is never reached"),
        }
    }
}

/// Runs the answers given so far (by question id) through the tree.
///
/// Answers to questions that are not on the path (left over after an earlier answer
/// changed) are ignored; the history keeps them.
pub fn evaluate(tree: &DecisionTree, answers: &BTreeMap<String, Tri>) -> Evaluation {
    let mut eval = Evaluation::default();
    let mut with_vt = false;
    let mut current = Some(tree.start.clone());
    let mut guard = 0;
    while let Some(qid) = current.take() {
        guard += 1;
        let Some(q) = tree.question(&qid) else {
            break;
        };
        if guard > tree.questions.len() {
            break;
        }
        let Some(&given) = answers.get(&qid) else {
            eval.next = Some(qid);
            eval.next_with_veilig_thuis = with_vt;
            return eval;
        };
        let effective = match (given, tree.weet_niet) {
            (Tri::WeetNiet, WeetNiet::TeltAlsNee) => Tri::Nee,
            (Tri::WeetNiet, WeetNiet::NietToegestaan) => {
                eval.refused = Some(qid.clone());
                eval.next = Some(qid);
                eval.next_with_veilig_thuis = with_vt;
                return eval;
            }
            (t, _) => t,
        };
        eval.path.push(PathStep {
            question: qid.clone(),
            given,
            effective,
            with_veilig_thuis: with_vt,
        });
        let branch = if effective == Tri::Ja { &q.ja } else { &q.nee };
        if let Some(o) = &branch.outcome
            && !eval.outcomes.contains(o)
        {
            eval.outcomes.push(o.clone());
        }
        with_vt |= branch.with_veilig_thuis;
        current.clone_from(&branch.next);
    }
    eval.complete = true;
    eval
}

impl Evaluation {
    /// Whether any reached outcome is of this kind.
    pub fn reaches(&self, tree: &DecisionTree, kind: OutcomeKind) -> bool {
        self.outcomes
            .iter()
            .filter_map(|o| tree.outcome(o))
            .any(|o| o.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(weet_niet: WeetNiet) -> DecisionTree {
        let toml = r#"
id = "t"
title = "Afwegingskader"
start = "a1"
[[question]]
id = "a1"
step = 4
title = "Afweging 1"
text = "Vermoeden?"
ja = { next = "a2" }
nee = { outcome = "afsluiten" }
[[question]]
id = "a2"
step = 4
title = "Afweging 2"
text = "Acute of structurele onveiligheid?"
ja = { outcome = "melden", next = "a3", with_veilig_thuis = true }
nee = { next = "a3" }
[[question]]
id = "a3"
step = 5
title = "Afweging 3"
text = "Effectieve hulp mogelijk?"
ja = { outcome = "hulp" }
nee = { outcome = "melden" }
[[outcome]]
id = "afsluiten"
kind = "afsluiten"
label = "Afsluiten"
[[outcome]]
id = "melden"
kind = "melden"
label = "Melden"
[[outcome]]
id = "hulp"
kind = "hulp"
label = "Hulp"
"#;
        let mut t: DecisionTree = toml::from_str(toml).unwrap();
        t.weet_niet = weet_niet;
        t
    }

    fn answers(list: &[(&str, Tri)]) -> BTreeMap<String, Tri> {
        list.iter().map(|(q, a)| ((*q).to_owned(), *a)).collect()
    }

    #[test]
    fn sound_tree_has_no_problems() {
        assert_eq!(tree(WeetNiet::TeltAlsNee).problems(), vec![]);
    }

    #[test]
    fn asks_the_first_unanswered_question() {
        let t = tree(WeetNiet::TeltAlsNee);
        let e = evaluate(&t, &answers(&[("a1", Tri::Ja)]));
        assert_eq!(e.next.as_deref(), Some("a2"));
        assert!(!e.complete);
        assert!(!e.next_with_veilig_thuis);
    }

    #[test]
    fn acute_unsafety_means_melden_and_the_rest_with_veilig_thuis() {
        let t = tree(WeetNiet::TeltAlsNee);
        let e = evaluate(&t, &answers(&[("a1", Tri::Ja), ("a2", Tri::Ja)]));
        assert_eq!(e.outcomes, ["melden"]);
        assert_eq!(e.next.as_deref(), Some("a3"));
        assert!(e.next_with_veilig_thuis);
        let e = evaluate(
            &t,
            &answers(&[("a1", Tri::Ja), ("a2", Tri::Ja), ("a3", Tri::Ja)]),
        );
        assert!(e.complete);
        assert_eq!(e.outcomes, ["melden", "hulp"]);
        assert!(e.path[2].with_veilig_thuis);
        assert!(e.reaches(&t, OutcomeKind::Melden) && e.reaches(&t, OutcomeKind::Hulp));
    }

    #[test]
    fn weet_niet_counts_as_nee_where_the_tree_says_so() {
        let t = tree(WeetNiet::TeltAlsNee);
        let e = evaluate(&t, &answers(&[("a1", Tri::WeetNiet)]));
        assert!(e.complete);
        assert_eq!(e.outcomes, ["afsluiten"]);
        assert_eq!(e.path[0].effective, Tri::Nee);
    }

    #[test]
    fn weet_niet_is_refused_where_not_allowed() {
        let t = tree(WeetNiet::NietToegestaan);
        let e = evaluate(&t, &answers(&[("a1", Tri::WeetNiet)]));
        assert_eq!(e.refused.as_deref(), Some("a1"));
        assert_eq!(e.next.as_deref(), Some("a1"));
        assert!(!e.complete);
    }

    #[test]
    fn answers_off_the_path_are_ignored() {
        let t = tree(WeetNiet::TeltAlsNee);
        let e = evaluate(&t, &answers(&[("a1", Tri::Nee), ("a3", Tri::Ja)]));
        assert_eq!(e.outcomes, ["afsluiten"]);
        assert_eq!(e.path.len(), 1);
    }

    #[test]
    fn every_path_is_enumerated() {
        let t = tree(WeetNiet::NietToegestaan);
        let paths = t.all_paths();
        // a1 nee | a1 ja, a2 ja|nee, a3 ja|nee
        assert_eq!(paths.len(), 5);
        assert!(paths.iter().all(|(_, outcomes)| !outcomes.is_empty()));
        let with_weet_niet = tree(WeetNiet::TeltAlsNee).all_paths();
        // a1: nee or weet niet end the path; ja leads to 3 × 3 answers for a2 and a3.
        assert_eq!(with_weet_niet.len(), 2 + 3 * 3);
    }

    #[test]
    fn structural_problems_are_found() {
        let mut t = tree(WeetNiet::TeltAlsNee);
        t.questions[2].ja = Branch {
            next: Some("a1".to_owned()),
            ..Branch::default()
        };
        assert!(
            t.problems()
                .iter()
                .any(|p| matches!(p, TreeProblem::Cycle(_)))
        );

        let mut t = tree(WeetNiet::TeltAlsNee);
        t.questions[0].ja.next = Some("a3".to_owned());
        assert_eq!(
            t.problems(),
            vec![TreeProblem::Unreachable("a2".to_owned())]
        );

        let mut t = tree(WeetNiet::TeltAlsNee);
        t.questions[2].nee = Branch::default();
        assert_eq!(
            t.problems(),
            vec![TreeProblem::DeadEnd("a3.nee".to_owned())]
        );

        let mut t = tree(WeetNiet::TeltAlsNee);
        t.questions[2].nee.outcome = Some("onbekend".to_owned());
        assert!(matches!(
            t.problems()[0],
            TreeProblem::UnknownOutcome { .. }
        ));

        let mut t = tree(WeetNiet::TeltAlsNee);
        t.questions[1].nee = Branch::default();
        t.questions[1].nee.next = None;
        t.questions[0].nee.outcome = None;
        t.questions[0].nee.next = Some("a2".to_owned());
        let problems = t.problems();
        assert!(problems.contains(&TreeProblem::DeadEnd("a2.nee".to_owned())));
    }

    #[test]
    fn a_path_without_any_outcome_is_rejected() {
        let mut t = tree(WeetNiet::TeltAlsNee);
        // a3.ja ends the path; a1 ja → a2 nee → a3 ja must then carry an outcome.
        t.questions[2].ja.outcome = None;
        t.questions[2].ja.next = Some("a4".to_owned());
        t.questions.push(Question {
            id: "a4".to_owned(),
            step: 5,
            title: "Afweging 4".to_owned(),
            text: "?".to_owned(),
            help: String::new(),
            vragen_ter_afweging: vec![],
            ja: Branch {
                outcome: Some("hulp".to_owned()),
                ..Branch::default()
            },
            nee: Branch::default(),
        });
        t.questions[3].nee.outcome = None;
        t.questions[3].nee.next = None;
        assert!(
            t.problems()
                .contains(&TreeProblem::DeadEnd("a4.nee".to_owned()))
        );
    }
}
