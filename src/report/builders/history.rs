//! The history as the documents show it: every change on its own row ([`history_rows`], for
//! the inzage export under AVG art. 15, which must hold all of it), or the dossier document's
//! appendix of meaningful events ([`appendix_rows`]: who did what when). The window's history
//! and the audit log (one entry per change) keep every change as well.
//!
//! **Meaningful, one row each**: the dossier created (from the dossier's own record: it is
//! not a change), the title, persons added, changed or removed, who the dossier is about;
//! signals recorded, corrected, withdrawn or approved by their source; consultations; the
//! conversation or why it was not held; steps started, completed or reopened; decisions;
//! writing hints kept; the dossier closed or reopened; client statements, zienswijzen,
//! correction requests and their answers; the urgent path and its calls; the melding sent;
//! afspraken and their checks; Veilig Thuis requests and their guidelines; participation;
//! form answers migrated by an update.
//!
//! **Folded**: a run of consecutive changes of one kind by the same person on the same day
//! (the UTC day, as the document prints the moments) becomes one row, with the moment of the
//! last change and the range of their numbers:
//! - field edits in one step's form (`SetField`, set or cleared): "Stap 3: 12 velden ingevuld
//!   of gewijzigd" (distinct fields: a field edited five times counts once);
//! - field edits in the meldformulier (`SetMeldingField`): "Meldformulier: 7 velden …";
//! - afwegingskader answers (`AnswerAfweging`, `AnswerAfwegingSamen`): "Afwegingskader: 5
//!   vragen beantwoord (2 samen met Veilig Thuis)"; the answers themselves are in the
//!   document's afwegingskader table;
//! - updates of the checklist before the melding (`SetChecklist`): one row.
//!
//! A run of one is written the same way, so a field's value (which may be pages long) never
//! lands in the appendix. Another kind of change, another person, another step or another day
//! ends a run; except that a `StartStep` by the same person on the same day joins the run it
//! follows (the program starts a step by itself on its first answer, in the middle of
//! answering). Rows keep the order of the history.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::{change_text, fmt_datetime};
use crate::domain::{Actor, Change, Dossier, PersonId, Step};

/// Every change of the history on its own row: number, moment, who, what.
pub(super) fn history_rows(
    d: &Dossier,
    person: &dyn Fn(PersonId) -> String,
    who: &dyn Fn(&Actor) -> String,
) -> Vec<Vec<String>> {
    d.history
        .iter()
        .map(|h| {
            vec![
                h.seq.to_string(),
                fmt_datetime(h.at),
                who(&h.by),
                change_text(&h.change, person, &|_| None),
            ]
        })
        .collect()
}

/// The appendix of the dossier document: one row per [`Row`] of [`fold`], with the same
/// columns as [`history_rows`]; the number column gives the range a folded row covers
/// ("12–23") and is empty for the creation.
pub(super) fn appendix_rows(
    d: &Dossier,
    person: &dyn Fn(PersonId) -> String,
    who: &dyn Fn(&Actor) -> String,
) -> Vec<Vec<String>> {
    fold(d)
        .iter()
        .map(|r| {
            let numbers = match r.seqs {
                (0, _) => String::new(),
                (first, last) if first == last => first.to_string(),
                (first, last) => format!("{first}\u{2013}{last}"),
            };
            vec![
                numbers,
                fmt_datetime(r.at),
                who(r.by),
                event_text(&r.event, person),
            ]
        })
        .collect()
}

/// What one row of the appendix is about.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Event<'a> {
    /// The dossier was created.
    Created,
    /// One meaningful change, in the words of the full history.
    Change(&'a Change),
    /// Field edits in one form: a step's (`Some`) or the meldformulier (`None`); per field id,
    /// whether its last edit in the run cleared it.
    Fields {
        /// The step, or `None` for the meldformulier.
        step: Option<Step>,
        /// Field id → cleared by its last edit.
        fields: BTreeMap<&'a str, bool>,
    },
    /// Afwegingskader answers: per question id, whether its last answer in the run was
    /// given together with Veilig Thuis.
    Afweging(BTreeMap<&'a str, bool>),
    /// Updates of the checklist before the melding.
    Checklist,
}

/// One row of the appendix.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    /// The first and last history number the row covers (equal for one change; `(0, 0)` for
    /// the creation, which is no history entry).
    pub seqs: (u64, u64),
    /// The moment of the last change of the row.
    pub at: DateTime<Utc>,
    /// Who.
    pub by: &'a Actor,
    /// What.
    pub event: Event<'a>,
}

/// The kinds of change that fold into one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Step(Step),
    Melding,
    Afweging,
    Checklist,
}

fn kind(change: &Change) -> Option<Kind> {
    match change {
        Change::SetField { step, .. } => Some(Kind::Step(*step)),
        Change::SetMeldingField { .. } => Some(Kind::Melding),
        Change::AnswerAfweging { .. } | Change::AnswerAfwegingSamen { .. } => Some(Kind::Afweging),
        Change::SetChecklist { .. } => Some(Kind::Checklist),
        _ => None,
    }
}

fn event_kind(event: &Event<'_>) -> Option<Kind> {
    match event {
        Event::Fields {
            step: Some(step), ..
        } => Some(Kind::Step(*step)),
        Event::Fields { step: None, .. } => Some(Kind::Melding),
        Event::Afweging(_) => Some(Kind::Afweging),
        Event::Checklist => Some(Kind::Checklist),
        Event::Created | Event::Change(_) => None,
    }
}

/// The dossier's history as the appendix's rows, in order: the creation, then one row per
/// meaningful change and one per run of folded changes (see the module documentation).
pub(super) fn fold(d: &Dossier) -> Vec<Row<'_>> {
    let mut rows = vec![Row {
        seqs: (0, 0),
        at: d.created_at,
        by: &d.created_by,
        event: Event::Created,
    }];
    for h in &d.history {
        let this = kind(&h.change);
        if let Some(last) = rows.last_mut() {
            let same = *last.by == h.by && last.at.date_naive() == h.at.date_naive();
            let joins = match (event_kind(&last.event), this) {
                (Some(open), Some(k)) => open == k,
                (Some(_), None) => matches!(h.change, Change::StartStep { .. }),
                (None, _) => false,
            };
            if same && joins {
                last.seqs.1 = h.seq;
                last.at = h.at;
                add(&mut last.event, &h.change);
                continue;
            }
        }
        let mut event = match this {
            Some(Kind::Step(step)) => Event::Fields {
                step: Some(step),
                fields: BTreeMap::new(),
            },
            Some(Kind::Melding) => Event::Fields {
                step: None,
                fields: BTreeMap::new(),
            },
            Some(Kind::Afweging) => Event::Afweging(BTreeMap::new()),
            Some(Kind::Checklist) => Event::Checklist,
            None => Event::Change(&h.change),
        };
        add(&mut event, &h.change);
        rows.push(Row {
            seqs: (h.seq, h.seq),
            at: h.at,
            by: &h.by,
            event,
        });
    }
    rows
}

/// Counts `change` into a folded row.
fn add<'a>(event: &mut Event<'a>, change: &'a Change) {
    match (event, change) {
        (
            Event::Fields { fields, .. },
            Change::SetField { field, value, .. } | Change::SetMeldingField { field, value },
        ) => {
            fields.insert(field, value.is_none());
        }
        (Event::Afweging(questions), Change::AnswerAfweging { question, answer }) => {
            questions.insert(question, answer.with_veilig_thuis);
        }
        (
            Event::Afweging(questions),
            Change::AnswerAfwegingSamen {
                question,
                samen_met_vt,
                ..
            },
        ) => {
            questions.insert(question, samen_met_vt.is_some());
        }
        _ => {}
    }
}

fn event_text(event: &Event<'_>, person: &dyn Fn(PersonId) -> String) -> String {
    use crate::texts::history as h;
    match event {
        Event::Created => h::DOSSIER_CREATED.to_owned(),
        Event::Change(change) => change_text(change, person, &|_| None),
        Event::Fields { step, fields } => {
            let form = step.map_or_else(
                || h::MELDFORMULIER_FORM_NAME.to_owned(),
                |s| format!("{} {}", crate::texts::common::STEP_PREFIX, s.number()),
            );
            let cleared = fields.values().filter(|c| **c).count();
            h::fields_edited(&form, fields.len() - cleared, cleared)
        }
        Event::Afweging(questions) => h::afweging_questions_answered(
            questions.len(),
            questions.values().filter(|vt| **vt).count(),
        ),
        Event::Checklist => h::MELDING_CHECKLIST_UPDATED.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::{AfwegingAnswer, DossierId, HistoryEntry, Tri, Value, VtSamen};

    fn teacher() -> Actor {
        Actor::new("Çağla Ünal-de Wít", "leerkracht groep 5")
    }

    fn ib() -> Actor {
        Actor::new("Bjørn Visser", "intern begeleider")
    }

    fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, minute, 0)
            .unwrap()
    }

    fn dossier() -> Dossier {
        Dossier::new(
            DossierId(1),
            "MD-2026-0001",
            "basisonderwijs",
            teacher(),
            at(2, 8, 0),
        )
    }

    /// Appends a history entry as `apply` would (the fold reads only the history).
    fn push(d: &mut Dossier, by: Actor, at: DateTime<Utc>, change: Change) {
        let seq = d.history.last().map_or(1, |h| h.seq + 1);
        d.history.push(HistoryEntry {
            seq,
            at,
            by,
            change,
            previous: None,
        });
    }

    fn field(step: Step, id: &str, value: Option<&str>) -> Change {
        Change::SetField {
            step,
            field: id.to_owned(),
            value: value.map(|v| Value::Text(v.to_owned())),
        }
    }

    fn answer(question: &str, with_vt: bool) -> Change {
        Change::AnswerAfweging {
            question: question.to_owned(),
            answer: AfwegingAnswer {
                answer: Tri::Ja,
                motivation: "Zoë vertelde het zelf.".to_owned(),
                by: ib(),
                with_veilig_thuis: with_vt,
                veilig_thuis_contact: String::new(),
            },
        }
    }

    fn texts(d: &Dossier) -> Vec<String> {
        appendix_rows(d, &|id| d.person_name(id), &|a| a.name.clone())
            .into_iter()
            .map(|r| r.join(" | "))
            .collect()
    }

    #[test]
    fn a_run_of_field_edits_is_one_row_with_the_last_moment_and_its_numbers() {
        let mut d = dossier();
        for (i, id) in ["a", "b", "c", "a", "d"].into_iter().enumerate() {
            let minute = u32::try_from(i).unwrap();
            push(
                &mut d,
                teacher(),
                at(3, 9, minute),
                field(Step::Gesprek, id, Some("Bjørn was erbij.")),
            );
        }
        push(
            &mut d,
            teacher(),
            at(3, 9, 30),
            field(Step::Gesprek, "b", None),
        );
        let rows = fold(&d);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0].event, Event::Created);
        assert_eq!(rows[1].seqs, (1, 6));
        assert_eq!(rows[1].at, at(3, 9, 30));
        let all = texts(&d);
        assert_eq!(
            all[1],
            "1\u{2013}6 | 3 november 2026, 09:30 UTC | Çağla Ünal-de Wít | \
             Stap 3: 3 velden ingevuld of gewijzigd, 1 gewist"
        );
        assert!(all[0].ends_with(crate::texts::history::DOSSIER_CREATED));
        assert!(!all.join("\n").contains("Bjørn was erbij."), "{all:?}");
    }

    #[test]
    fn runs_break_at_another_person_step_or_day() {
        let mut d = dossier();
        push(
            &mut d,
            teacher(),
            at(3, 9, 0),
            field(Step::Signaleren, "a", Some("x")),
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 1),
            field(Step::Signaleren, "b", Some("x")),
        );
        // Another person.
        push(
            &mut d,
            ib(),
            at(3, 9, 2),
            field(Step::Signaleren, "c", Some("x")),
        );
        // Back to the teacher: a new run.
        push(
            &mut d,
            teacher(),
            at(3, 9, 3),
            field(Step::Signaleren, "d", Some("x")),
        );
        // Another step.
        push(
            &mut d,
            teacher(),
            at(3, 9, 4),
            field(Step::Gesprek, "e", Some("x")),
        );
        // Another day (just after midnight).
        push(
            &mut d,
            teacher(),
            at(4, 0, 1),
            field(Step::Gesprek, "f", Some("x")),
        );
        // The meldformulier is a form of its own.
        push(
            &mut d,
            teacher(),
            at(4, 0, 2),
            Change::SetMeldingField {
                field: "zorgen".to_owned(),
                value: Some(Value::Text("x".to_owned())),
            },
        );
        let seqs: Vec<_> = fold(&d).iter().map(|r| r.seqs).collect();
        assert_eq!(
            seqs,
            [(0, 0), (1, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)]
        );
        let all = texts(&d);
        assert!(
            all[1].ends_with("Stap 1: 2 velden ingevuld of gewijzigd"),
            "{all:?}"
        );
        assert!(all[2].contains("Bjørn Visser"), "{all:?}");
        assert!(
            all[6].ends_with("Meldformulier: 1 veld ingevuld of gewijzigd"),
            "{all:?}"
        );
    }

    #[test]
    fn meaningful_events_keep_their_own_row_and_the_order() {
        let mut d = dossier();
        push(
            &mut d,
            teacher(),
            at(3, 9, 0),
            Change::SetTitle {
                title: "Groep 5, blauwe plekken".to_owned(),
            },
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 1),
            field(Step::Signaleren, "a", Some("x")),
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 2),
            Change::CompleteStep {
                step: Step::Signaleren,
            },
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 3),
            Change::RevisitStep {
                step: Step::Signaleren,
                reason: "Zoë vertelde meer.".to_owned(),
            },
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 4),
            field(Step::Signaleren, "b", Some("x")),
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 5),
            Change::MarkUrgent {
                reason: "Acute onveiligheid.".to_owned(),
            },
        );
        push(
            &mut d,
            teacher(),
            at(3, 9, 6),
            field(Step::Signaleren, "c", Some("x")),
        );
        push(
            &mut d,
            ib(),
            at(5, 14, 0),
            Change::Close {
                reason: "Hulp loopt.".to_owned(),
                on: at(5, 14, 0).date_naive(),
            },
        );
        push(
            &mut d,
            ib(),
            at(5, 14, 1),
            Change::Reopen {
                reason: "Nieuw signaal.".to_owned(),
            },
        );
        let rows = fold(&d);
        let seqs: Vec<_> = rows.iter().map(|r| r.seqs).collect();
        assert_eq!(
            seqs,
            [
                (0, 0),
                (1, 1),
                (2, 2),
                (3, 3),
                (4, 4),
                (5, 5),
                (6, 6),
                (7, 7),
                (8, 8),
                (9, 9)
            ]
        );
        for (row, entry) in rows[1..].iter().zip(&d.history) {
            if !matches!(entry.change, Change::SetField { .. }) {
                assert_eq!(row.event, Event::Change(&entry.change));
            }
        }
        let all = texts(&d).join("\n");
        for needle in [
            "Titel gewijzigd: Groep 5, blauwe plekken",
            "Stap afgerond: Stap 1",
            "Stap heropend: Stap 1",
            "Zoë vertelde meer.",
            "Dossier als acuut gemarkeerd: Acute onveiligheid.",
            "Dossier gesloten (5 november 2026): Hulp loopt.",
            "Dossier heropend: Nieuw signaal.",
        ] {
            assert!(all.contains(needle), "missing {needle}: {all}");
        }
    }

    #[test]
    fn afweging_answers_are_grouped_and_a_step_started_in_between_joins_them() {
        let mut d = dossier();
        push(&mut d, ib(), at(6, 10, 0), answer("afweging_1", false));
        push(
            &mut d,
            ib(),
            at(6, 10, 0),
            Change::StartStep { step: Step::Wegen },
        );
        push(&mut d, ib(), at(6, 10, 5), answer("afweging_2", true));
        push(
            &mut d,
            ib(),
            at(6, 10, 6),
            Change::AnswerAfwegingSamen {
                question: "afweging_3".to_owned(),
                answer: AfwegingAnswer {
                    answer: Tri::Nee,
                    motivation: "Geen acute onveiligheid.".to_owned(),
                    by: ib(),
                    with_veilig_thuis: true,
                    veilig_thuis_contact: String::new(),
                },
                samen_met_vt: Some(VtSamen {
                    with_whom: "Ĳsbrand de Vries".to_owned(),
                    on: at(6, 10, 6).date_naive(),
                }),
            },
        );
        // The same question again: counted once, its last answer counts.
        push(&mut d, ib(), at(6, 10, 7), answer("afweging_2", false));
        // A step started on its own (no run open) is a row of its own.
        push(
            &mut d,
            ib(),
            at(6, 11, 0),
            Change::CompleteStep { step: Step::Wegen },
        );
        push(
            &mut d,
            ib(),
            at(6, 11, 1),
            Change::StartStep {
                step: Step::Beslissen,
            },
        );
        let rows = fold(&d);
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert_eq!(rows[1].seqs, (1, 5));
        let all = texts(&d);
        assert!(
            all[1].ends_with("Afwegingskader: 3 vragen beantwoord (1 samen met Veilig Thuis)"),
            "{all:?}"
        );
        assert!(
            all[3].ends_with("Stap gestart: Stap 5: Beslissen: hulp organiseren en/of melden"),
            "{all:?}"
        );
        assert!(
            !all.join("\n").contains("afweging_"),
            "no question id: {all:?}"
        );
    }

    #[test]
    fn the_full_history_keeps_every_change() {
        let mut d = dossier();
        for minute in 0..12 {
            push(
                &mut d,
                teacher(),
                at(3, 9, minute),
                field(Step::Consulteren, "advies", Some("Bel Veilig Thuis.")),
            );
        }
        push(
            &mut d,
            teacher(),
            at(3, 9, 20),
            Change::SetChecklist {
                checklist: crate::domain::Checklist::default(),
            },
        );
        let person = |id| d.person_name(id);
        let who = |a: &Actor| a.name.clone();
        assert_eq!(history_rows(&d, &person, &who).len(), 13);
        assert_eq!(appendix_rows(&d, &person, &who).len(), 3);
        let last_edit = &history_rows(&d, &person, &who)[11];
        assert_eq!(last_edit[0], "12");
        assert!(
            last_edit[3].starts_with("Veld ingevuld (Stap 2)"),
            "{last_edit:?}"
        );
        assert!(last_edit[3].ends_with("Bel Veilig Thuis."), "{last_edit:?}");
    }
}
