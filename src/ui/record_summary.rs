//! The short lines a step form shows for a record it no longer asks (one record per fact):
//! the signals, the consultations, the conversations, the afwegingskader answers and the
//! decisions, each as the dossier holds it.

use crate::domain::{Decision, DecisionTree, Dossier};
use crate::form::Record;
use crate::texts;

/// At most this many items are listed; a long dossier's record shows all of them itself.
const MOST: usize = 10;

/// At most this many characters of a text in a summary line.
const SHORT: usize = 90;

fn short(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default().trim();
    if first.chars().count() > SHORT {
        format!("{}\u{2026}", first.chars().take(SHORT).collect::<String>())
    } else {
        first.to_owned()
    }
}

/// One line per recorded item of `record`, or one line saying nothing is recorded yet;
/// afwegingskader answers are titled by the dossier's `tree`.
pub fn lines(d: &Dossier, record: Record, tree: Option<&DecisionTree>) -> Vec<String> {
    let date = super::format_date;
    let out: Vec<String> = match record {
        Record::Signalen => d
            .signals_by_date()
            .into_iter()
            .map(|s| {
                let mut line = format!(
                    "{} {}, {}: {}",
                    texts::common::HINT_PLACE_SIGNAL,
                    d.signal_number(s.id),
                    date(s.observed_on),
                    short(&s.text)
                );
                if d.signal_withdrawal(s.id).is_some() {
                    line = format!("{line} ({})", texts::window::RECORD_WITHDRAWN_NOTE);
                }
                line
            })
            .collect(),
        Record::Consultaties => d
            .consultations
            .iter()
            .map(|c| {
                format!(
                    "{}, {}: {} \u{2014} {}",
                    date(c.on),
                    c.kind.label(),
                    c.with_whom,
                    short(&c.outcome)
                )
            })
            .collect(),
        Record::Gesprekken => d
            .conversations
            .iter()
            .map(|c| format!("{}: {}", date(c.on), short(&c.said)))
            .collect(),
        Record::Afweging => d
            .afweging
            .iter()
            .map(|(q, a)| {
                let title = tree
                    .and_then(|t| t.question(q))
                    .map_or(texts::common::AFWEGINGSKADER_HEADING, |x| x.title.as_str());
                format!(
                    "{title}: {} \u{2014} {}",
                    a.answer.label(),
                    short(&a.motivation)
                )
            })
            .collect(),
        Record::Besluiten => d
            .decisions
            .iter()
            .map(|x| {
                format!(
                    "{}: {} \u{2014} {}",
                    date(x.on),
                    decision_what(x),
                    x.decided_by.described()
                )
            })
            .collect(),
    };
    if out.is_empty() {
        return vec![texts::window::RECORD_NOTHING_YET.to_owned()];
    }
    if out.len() > MOST {
        // The latest ones; the record's own list above shows them all.
        let more = out.len() - MOST;
        let mut last: Vec<String> = out[more..].to_vec();
        last.insert(
            0,
            format!("{more} {}", texts::window::RECORD_MORE_ABOVE_NOTE),
        );
        return last;
    }
    out
}

/// What a decision says: "Melden bij Veilig Thuis + Hulp bieden of organiseren", one of the
/// two, or neither.
pub fn decision_what(x: &Decision) -> String {
    let what: Vec<&str> = [
        x.melden
            .then_some(texts::window::DECISION_REPORT_TO_VT_OPTION),
        x.hulp.then_some(texts::window::DECISION_HELP_OPTION),
    ]
    .into_iter()
    .flatten()
    .collect();
    if what.is_empty() {
        texts::window::DECISION_NEITHER_NOTE.to_owned()
    } else {
        what.join(" + ")
    }
}
