//! Checks of an afwegingskader: `DecisionTree::problems`, each placed at the line of the
//! question, branch or outcome it is about.

use super::{
    check::check_id,
    diag::{FileDiags, closest},
    parse::LTree,
    read::{Span, quoted},
};
use crate::domain::afweging::TreeProblem;

/// Checks an afwegingskader with `DecisionTree::problems`, placing each at its line.
pub(crate) fn check_tree(d: &mut FileDiags<'_>, lt: &LTree) {
    for (q, spans) in lt.tree.questions.iter().zip(&lt.questions) {
        check_id(d, &q.id, &spans.id, "question");
    }
    for (o, span) in lt.tree.outcomes.iter().zip(&lt.outcomes) {
        check_id(d, &o.id, span, "outcome");
    }
    if lt.broken {
        return;
    }
    for problem in lt.tree.problems() {
        let (span, id, hints) = place(lt, &problem);
        d.error(
            &span,
            id.as_deref(),
            format!("afwegingskader: {problem}"),
            hints,
        );
    }
}

/// The place and the id a tree problem is about.
fn place(lt: &LTree, problem: &TreeProblem) -> (Span, Option<String>, Vec<String>) {
    let t = &lt.tree;
    let q_at = |id: &str| {
        t.questions
            .iter()
            .zip(&lt.questions)
            .rev()
            .find(|(q, _)| q.id == id)
            .map(|(_, s)| s)
    };
    // `from` is `question.ja` / `question.nee` (or `start`).
    let branch_at = |from: &str, want_next: bool| -> Span {
        if from == "start" {
            return lt.start.clone();
        }
        let (qid, which) = from.rsplit_once('.').unwrap_or((from, "ja"));
        q_at(qid).map_or(lt.root.clone(), |s| {
            let b = if which == "nee" { &s.nee } else { &s.ja };
            let inner = if want_next { &b.next } else { &b.outcome };
            inner.clone().unwrap_or_else(|| b.span.clone())
        })
    };
    let qid_of = |from: &str| from.split('.').next().map(str::to_owned);
    match problem {
        TreeProblem::DuplicateId(id) => {
            let span = q_at(id).map(|s| s.id.clone()).or_else(|| {
                t.outcomes
                    .iter()
                    .zip(&lt.outcomes)
                    .rev()
                    .find(|(o, _)| &o.id == id)
                    .map(|(_, s)| s.clone())
            });
            (
                span.unwrap_or_else(|| lt.root.clone()),
                Some(id.clone()),
                Vec::new(),
            )
        }
        TreeProblem::BadStep(id, _) => (
            q_at(id).map_or(lt.root.clone(), |s| s.step.clone()),
            Some(id.clone()),
            vec!["the afwegingskader's questions sit in step 4 or 5".to_owned()],
        ),
        TreeProblem::UnknownQuestion { from, id } => {
            let known: Vec<&str> = t.questions.iter().map(|q| q.id.as_str()).collect();
            let hints = closest(id, known.iter().copied())
                .map(|n| vec![format!("did you mean `{n}`?")])
                .unwrap_or_default();
            (branch_at(from, true), qid_of(from), hints)
        }
        TreeProblem::UnknownOutcome { from, id } => {
            let known: Vec<&str> = t.outcomes.iter().map(|o| o.id.as_str()).collect();
            let mut hints = closest(id, known.iter().copied())
                .map(|n| vec![format!("did you mean `{n}`?")])
                .unwrap_or_default();
            hints.push(format!("outcomes: {}", quoted(&known)));
            (branch_at(from, false), qid_of(from), hints)
        }
        TreeProblem::DeadEnd(from) => (
            branch_at(from, true),
            qid_of(from),
            vec!["give the branch `next = …`, `outcome = …` or both".to_owned()],
        ),
        TreeProblem::NoOutcome(from) => (
            branch_at(from, true),
            qid_of(from),
            vec!["give this branch an `outcome`, or one earlier on the same path".to_owned()],
        ),
        TreeProblem::Cycle(path) => {
            // "a → b → a": the branch of the second-to-last question that leads back.
            let parts: Vec<&str> = path.split(" → ").collect();
            let (Some(last), Some(prev)) = (parts.last(), parts.iter().rev().nth(1)) else {
                return (lt.root.clone(), None, Vec::new());
            };
            let span = t
                .questions
                .iter()
                .zip(&lt.questions)
                .find(|(q, _)| q.id == *prev)
                .map_or(lt.root.clone(), |(q, s)| {
                    let b = if q.ja.next.as_deref() == Some(*last) {
                        &s.ja
                    } else {
                        &s.nee
                    };
                    b.next.clone().unwrap_or_else(|| b.span.clone())
                });
            (span, Some((*prev).to_owned()), Vec::new())
        }
        TreeProblem::Unreachable(id) => (
            q_at(id).map_or(lt.root.clone(), |s| s.id.clone()),
            Some(id.clone()),
            vec!["let a branch lead to it with `next`, or remove it".to_owned()],
        ),
        TreeProblem::UnusedOutcome(id) => (
            t.outcomes
                .iter()
                .zip(&lt.outcomes)
                .find(|(o, _)| &o.id == id)
                .map_or(lt.root.clone(), |(_, s)| s.clone()),
            Some(id.clone()),
            vec!["let a branch reach it with `outcome`, or remove it".to_owned()],
        ),
    }
}
