//! Moves the decision that older stap 5 forms asked a second time (melden, hulp, their
//! motivations, the eindverantwoordelijke and the date) into the decision record. Part of
//! [`migrate_duplicates`](super::migrate_duplicates): pure, and running it again changes
//! nothing.

use super::facts::{Migrated, date_of, record_migration, set_by, text_of, yes_of};
use super::{Actor, Answers, Decision, Dossier, Step, Value};
use crate::texts::documents as t;

/// Stap 5 fields of the older bundled forms that repeated the decision record. Form sets
/// may not ask them again (`forms check` refuses them).
pub const DECISION_FIELDS: [&str; 6] = [
    "melden_noodzakelijk",
    "melden_motivatie",
    "hulp_mogelijk",
    "hulp_motivatie",
    "eindverantwoordelijke",
    "stap5_besluit_datum",
];

/// "Naam, functie" as typed in the old field, as an actor.
fn actor_of(text: &str) -> Option<Actor> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Some(match text.split_once(',') {
        Some((name, function)) => Actor::new(name.trim(), function.trim()),
        None => Actor::new(text, ""),
    })
}

pub(super) fn migrate_decision(d: &mut Dossier, done: &mut Migrated) {
    let a = d.step(Step::Beslissen).answers.clone();
    let old: Answers = DECISION_FIELDS
        .iter()
        .filter_map(|k| a.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    if old.is_empty() {
        return;
    }
    let (at, by) = set_by(d, Step::Beslissen, "melden_noodzakelijk");
    if let Some(melden) = yes_of(&a, "melden_noodzakelijk") {
        if d.decisions.is_empty() {
            // The zorg form asked the hulp plan in `hulp_motivatie`; it keeps its own field.
            let plan = d.form_set == "zorg" && !a.contains_key("hulp_plan");
            let hulp_motivatie = text_of(&a, "hulp_motivatie");
            if plan && !hulp_motivatie.is_empty() {
                d.steps[Step::Beslissen.index()]
                    .answers
                    .insert("hulp_plan".to_owned(), Value::Text(hulp_motivatie.clone()));
            }
            let motivation = [
                ("", text_of(&a, "melden_motivatie")),
                (
                    t::DECISION_HELP_MOTIVATION_LABEL,
                    if plan { String::new() } else { hulp_motivatie },
                ),
            ]
            .into_iter()
            .filter(|(_, text)| !text.is_empty())
            .map(|(label, text)| {
                if label.is_empty() {
                    text
                } else {
                    format!("{label}: {text}")
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
            d.decisions.push(Decision {
                melden,
                hulp: yes_of(&a, "hulp_mogelijk") == Some(true),
                motivation,
                decided_by: actor_of(&text_of(&a, "eindverantwoordelijke"))
                    .unwrap_or_else(|| by.clone()),
                on: date_of(&a, "stap5_besluit_datum").unwrap_or_else(|| at.date_naive()),
            });
            done.decisions += 1;
        } else {
            done.duplicates += 1;
        }
    } else {
        // A half-filled old form without the decision itself: its answers move to the
        // history only, where they stay readable.
        done.duplicates += 1;
    }
    for k in DECISION_FIELDS {
        d.steps[Step::Beslissen.index()].answers.remove(k);
    }
    record_migration(
        d,
        Step::Beslissen,
        "melden_noodzakelijk",
        &Value::Group(vec![old]),
        at,
        &by,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{DossierId, Tri, migrate_duplicates};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn old_stap5() -> Dossier {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let mut d = Dossier::new(
            DossierId(1),
            "MD-2026-0001",
            "basisonderwijs",
            Actor::new("Zoë de Wit", "intern begeleider"),
            at,
        );
        let answers = &mut d.steps[Step::Beslissen.index()].answers;
        answers.insert("melden_noodzakelijk".into(), Value::Tri(Tri::Ja));
        answers.insert(
            "melden_motivatie".into(),
            Value::Text("Herhaald onverklaard letsel.".into()),
        );
        answers.insert("hulp_mogelijk".into(), Value::Tri(Tri::Nee));
        answers.insert(
            "hulp_motivatie".into(),
            Value::Text("Moeder wijst hulp af.".into()),
        );
        answers.insert(
            "eindverantwoordelijke".into(),
            Value::Text("Çağla Ünal-de Wít, directeur".into()),
        );
        answers.insert(
            "stap5_besluit_datum".into(),
            Value::Date(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
        );
        answers.insert("besluit_overleg".into(), Value::Text("Bjørn".into()));
        d
    }

    #[test]
    fn an_old_stap5_decision_becomes_the_decision_record_once() {
        let mut d = old_stap5();
        let moved = migrate_duplicates(&mut d);
        assert_eq!(moved.decisions, 1);
        let dec = &d.decisions[0];
        assert!(dec.melden && !dec.hulp);
        assert_eq!(dec.decided_by.name, "Çağla Ünal-de Wít");
        assert_eq!(dec.decided_by.function, "directeur");
        assert_eq!(dec.on, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        assert!(dec.motivation.contains("Herhaald onverklaard letsel."));
        assert!(dec.motivation.contains("Moeder wijst hulp af."));
        let a = &d.step(Step::Beslissen).answers;
        assert!(DECISION_FIELDS.iter().all(|k| !a.contains_key(*k)));
        assert!(a.contains_key("besluit_overleg"), "other answers stay");
        let last = d.history.last().unwrap();
        let kept = serde_json::to_string(&last.previous).unwrap();
        assert!(
            kept.contains("Moeder wijst hulp af."),
            "the old answers stay in the history"
        );
        assert!(migrate_duplicates(&mut d).is_empty());
        assert_eq!(d.decisions.len(), 1);
    }

    #[test]
    fn an_old_stap5_next_to_a_recorded_decision_adds_none() {
        let mut d = old_stap5();
        d.decisions.push(Decision {
            melden: false,
            hulp: true,
            motivation: "Hulp via het wijkteam.".into(),
            decided_by: Actor::new("Bjørn Visser", "directeur"),
            on: NaiveDate::from_ymd_opt(2026, 11, 19).unwrap(),
        });
        let moved = migrate_duplicates(&mut d);
        assert_eq!((moved.decisions, moved.duplicates), (0, 1));
        assert_eq!(d.decisions.len(), 1);
        assert!(
            !d.step(Step::Beslissen)
                .answers
                .contains_key("melden_noodzakelijk")
        );
    }
}
