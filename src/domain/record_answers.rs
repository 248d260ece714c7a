//! Facts a form may look at without asking them again: the stap 5 decision and the
//! afwegingskader answers, under reserved keys next to a step's own answers. A form's
//! `visible_when` can name them (`besluit.melden`, `afweging.afweging_2`), so a section
//! that depends on the decision follows the one decision record instead of a second copy
//! of it in the form.

use super::{Answers, Dossier, Step, Tri, Value};

pub use super::migrate_decision::DECISION_FIELDS;

/// Whether the latest decision is to melden (ja/nee), for form conditions.
pub const DECISION_MELDEN: &str = "besluit.melden";
/// Whether the latest decision includes hulp (ja/nee), for form conditions.
pub const DECISION_HULP: &str = "besluit.hulp";
/// Prefix of an afwegingskader answer (ja/nee/weet niet) by question id, for form conditions.
pub const AFWEGING_PREFIX: &str = "afweging.";

/// Whether `key` names a record fact rather than a field of the form.
pub fn is_record_key(key: &str) -> bool {
    key == DECISION_MELDEN
        || key == DECISION_HULP
        || key
            .strip_prefix(AFWEGING_PREFIX)
            .is_some_and(|q| !q.is_empty())
}

fn tri(yes: bool) -> Value {
    Value::Tri(if yes { Tri::Ja } else { Tri::Nee })
}

impl Dossier {
    /// `answers` with the record facts added under their reserved keys: what a form's
    /// conditions and required fields are evaluated against.
    pub fn with_record_answers(&self, mut answers: Answers) -> Answers {
        if let Some(d) = self.decisions.last() {
            answers.insert(DECISION_MELDEN.to_owned(), tri(d.melden));
            answers.insert(DECISION_HULP.to_owned(), tri(d.hulp));
        }
        for (q, a) in &self.afweging {
            answers.insert(format!("{AFWEGING_PREFIX}{q}"), Value::Tri(a.answer));
        }
        answers
    }

    /// A step's stored answers with the record facts (see [`Dossier::with_record_answers`]).
    pub fn form_answers(&self, step: Step) -> Answers {
        self.with_record_answers(self.step(step).answers.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, AfwegingAnswer, Decision, DossierId};
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn the_decision_and_the_afweging_answers_are_visible_to_form_conditions() {
        let at = Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let mut d = Dossier::new(
            DossierId(1),
            "MD-2026-0001",
            "basisonderwijs",
            Actor::new("Zoë", ""),
            at,
        );
        assert!(
            !d.form_answers(Step::Beslissen)
                .contains_key(DECISION_MELDEN)
        );
        d.decisions.push(Decision {
            melden: true,
            hulp: false,
            motivation: "Structurele onveiligheid.".into(),
            decided_by: Actor::new("Bjørn Visser", "directeur"),
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        });
        d.afweging.insert(
            "afweging_2".into(),
            AfwegingAnswer {
                answer: Tri::Ja,
                motivation: "Herhaald letsel.".into(),
                by: Actor::new("Zoë", ""),
                with_veilig_thuis: false,
                veilig_thuis_contact: String::new(),
            },
        );
        let a = d.form_answers(Step::Beslissen);
        assert_eq!(a.get(DECISION_MELDEN), Some(&Value::Tri(Tri::Ja)));
        assert_eq!(a.get(DECISION_HULP), Some(&Value::Tri(Tri::Nee)));
        assert_eq!(a.get("afweging.afweging_2"), Some(&Value::Tri(Tri::Ja)));
        assert!(is_record_key("afweging.afweging_2") && !is_record_key("afweging."));
        assert!(!is_record_key("melden_noodzakelijk"));
    }
}
