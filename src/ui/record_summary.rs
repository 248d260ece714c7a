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

/// The latest [`MOST`] of `items`, each made into its line by `line` (with its place in
/// `items`, from 0), after a line saying how many earlier ones the record's own list shows;
/// only the lines shown are formatted, so a long dossier costs no more per frame.
fn latest<T>(items: &[T], line: impl Fn(usize, &T) -> String) -> Vec<String> {
    if items.is_empty() {
        return vec![texts::window::RECORD_NOTHING_YET.to_owned()];
    }
    let more = items.len().saturating_sub(MOST);
    let mut out = Vec::with_capacity(MOST + 1);
    if more > 0 {
        out.push(format!("{more} {}", texts::window::RECORD_MORE_ABOVE_NOTE));
    }
    out.extend(
        items
            .iter()
            .enumerate()
            .skip(more)
            .map(|(i, item)| line(i, item)),
    );
    out
}

/// One line per recorded item of `record` (the latest ones when there are many), or one
/// line saying nothing is recorded yet; afwegingskader answers are titled by the dossier's
/// `tree`.
pub fn lines(d: &Dossier, record: Record, tree: Option<&DecisionTree>) -> Vec<String> {
    let date = super::format_date;
    match record {
        // In date order, so a signal's number is its place (as `Dossier::signal_number`).
        Record::Signalen => latest(&d.signals_by_date(), |i, s| {
            let mut line = format!(
                "{} {}, {}: {}",
                texts::common::HINT_PLACE_SIGNAL,
                i + 1,
                date(s.observed_on),
                short(&s.text)
            );
            if d.signal_withdrawal(s.id).is_some() {
                line = format!("{line} ({})", texts::window::RECORD_WITHDRAWN_NOTE);
            }
            line
        }),
        Record::Consultaties => latest(&d.consultations, |_, c| {
            format!(
                "{}, {}: {} \u{2014} {}",
                date(c.on),
                c.kind.label(),
                c.with_whom,
                short(&c.outcome)
            )
        }),
        Record::Gesprekken => latest(&d.conversations, |_, c| {
            format!("{}: {}", date(c.on), short(&c.said))
        }),
        Record::Afweging => {
            let answers: Vec<_> = d.afweging.iter().collect();
            latest(&answers, |_, (q, a)| {
                let title = tree
                    .and_then(|t| t.question(q))
                    .map_or(texts::common::AFWEGINGSKADER_HEADING, |x| x.title.as_str());
                format!(
                    "{title}: {} \u{2014} {}",
                    a.answer.label(),
                    short(&a.motivation)
                )
            })
        }
        Record::Besluiten => latest(&d.decisions, |_, x| {
            format!(
                "{}: {} \u{2014} {}",
                date(x.on),
                decision_what(x),
                x.decided_by.described()
            )
        }),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, DossierId, Hand, Signal};
    use chrono::{NaiveDate, TimeZone as _, Utc};

    /// A long signals list: the latest ten, numbered as everywhere else (by date, not by
    /// id), after one line for the earlier ones.
    #[test]
    fn a_long_record_shows_its_latest_items_with_their_numbers() {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let mut d = Dossier::new(
            DossierId(1),
            "MD-2026-0001",
            "basisonderwijs",
            Actor::new("Zoë", ""),
            at,
        );
        // Entered newest first, so ids and numbers differ.
        for id in 1..=12u32 {
            d.signals.push(Signal {
                id,
                observed_on: NaiveDate::from_ymd_opt(2026, 11, 13 - id).unwrap(),
                recorded_at: at,
                observer: Actor::new("Bjørn", "leerkracht"),
                source: None,
                source_person: None,
                hand: Hand::Eerste,
                confirmed_by_informant: None,
                text: format!("Waarneming {id}."),
                contra_indicatie: false,
            });
        }
        let out = lines(&d, Record::Signalen, None);
        assert_eq!(out.len(), 11, "{out:?}");
        assert!(out[0].starts_with("2 "), "{out:?}");
        for line in &out[1..] {
            let id: u32 = line
                .rsplit("Waarneming ")
                .next()
                .and_then(|t| t.trim_end_matches('.').parse().ok())
                .unwrap();
            let number = d.signal_number(id);
            assert!(
                line.starts_with(&format!("{} {number},", texts::common::HINT_PLACE_SIGNAL)),
                "{line}: number {number}"
            );
        }
        assert_eq!(
            lines(
                &Dossier::new(
                    DossierId(2),
                    "MD-2026-0002",
                    "basisonderwijs",
                    Actor::new("Zoë", ""),
                    at
                ),
                Record::Besluiten,
                None
            ),
            [texts::window::RECORD_NOTHING_YET]
        );
    }
}
