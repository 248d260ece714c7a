//! The anonymised summary for collegial consultation.

use chrono::{DateTime, Datelike as _, Utc};

use std::cell::RefCell;

use super::{fmt_date, hand, signal_text, step_status, step_title, tri_text, value_text, yes_no};
use crate::domain::{Actor, Dossier, PersonId, Profile, Step};
use crate::report::anonymise::{Anonymiser, Confirmations, Findings};
use crate::report::model::{Document, Meta};
use crate::texts::documents as t;

/// A short, anonymised summary for collegial consultation or anonymous advice: persons
/// appear as role labels, every free text goes through the [`Anonymiser`]; the facts, the
/// step and the open questions stay.
pub fn consultatie(d: &Dossier, profile: &Profile, now: DateTime<Utc>) -> Document {
    consultatie_with(d, profile, now, &Confirmations::default()).0
}

/// [`consultatie`] with the user's confirmations of doubtful words, and what the
/// anonymiser found: the replacements of names nobody registered and the doubtful words
/// still unconfirmed (replaced in the document until confirmed).
pub fn consultatie_with(
    d: &Dossier,
    profile: &Profile,
    now: DateTime<Utc>,
    conf: &Confirmations,
) -> (Document, Findings) {
    let anon = anonymiser(d, profile);
    let findings = RefCell::new(Findings::default());
    let a = |s: &str| anon.anonymise_checked(s, conf, &mut findings.borrow_mut());
    let label = |id: PersonId| anon.label(id);
    let function = |x: &Actor| {
        if x.function.trim().is_empty() {
            t::PLACEHOLDER_COLLEAGUE.to_owned()
        } else {
            x.function.clone()
        }
    };
    let mut doc = Document::new(
        Meta {
            title: format!("{} {}", t::CONSULTATION_SUMMARY_TITLE, d.reference),
            author: profile.user.function.clone(),
            subject: t::CONSULTATION_SUMMARY_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        format!("{} · {}", t::CONSULTATION_SUMMARY_TITLE, d.reference),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    doc.heading(1, t::CONSULTATION_SUMMARY_TITLE);
    doc.note(t::CONSULTATION_SUMMARY_NOTE);

    doc.heading(2, t::CONSULTATION_SUMMARY_SITUATION_HEADING);
    let persons: Vec<String> = d
        .persons
        .iter()
        .map(|p| {
            let mut s = label(p.id);
            if let Some(b) = p.birth_date {
                let years = age(b, now);
                s = format!("{s} ({} {years} {})", t::AGE_WORD, t::YEARS_WORD);
            }
            if p.gezag == Some(true) {
                s = format!(
                    "{s}, {} {}",
                    crate::texts::common::PERSON_GEZAG_LABEL.to_lowercase(),
                    crate::texts::common::ANSWER_YES_LOWERCASE
                );
            }
            s
        })
        .collect();
    doc.fields([
        (crate::texts::common::REFERENCE_LABEL, d.reference.clone()),
        (crate::texts::common::TITLE_LABEL, a(&d.title)),
        (
            crate::texts::common::CURRENT_STEP_LABEL,
            step_title(d.current_step()),
        ),
        (t::CONSULTATION_SUMMARY_PERSONS_LABEL, persons.join("; ")),
    ]);

    doc.heading(2, t::CONSULTATION_SUMMARY_FACTS_HEADING);
    doc.table(
        &t::FACTS_TABLE_COLUMNS,
        &[1.3, 1.8, 1.6, 4.3],
        d.signals_by_date()
            .into_iter()
            .filter(|s| d.signal_withdrawal(s.id).is_none())
            .map(|s| {
                let mut who = function(&s.observer);
                if let Some(src) = s.source.as_deref().filter(|x| !x.trim().is_empty()) {
                    who = format!("{who}; {}: {}", t::SIGNAL_SOURCE_WORD, a(src));
                } else if let Some(id) = s.source_person {
                    who = format!("{who}; {}: {}", t::SIGNAL_SOURCE_WORD, label(id));
                }
                let mut text = signal_text(a(&s.text), s.contra_indicatie);
                if d.awaits_approval(s) {
                    text = format!("{text} {}", t::SIGNAL_NOT_YET_APPROVED_MARKER);
                }
                vec![fmt_date(s.observed_on), who, hand(s.hand).to_owned(), text]
            })
            .collect(),
    );

    doc.heading(2, t::CONSULTATION_SUMMARY_COURSE_HEADING);
    let mut course = Vec::new();
    for step in Step::ALL {
        course.push(format!(
            "{}: {}",
            step_title(step),
            step_status(d.step(step).status)
        ));
    }
    for c in &d.consultations {
        course.push(format!(
            "{} ({}): {} — {}",
            capital(c.kind.label()),
            fmt_date(c.on),
            a(&c.question),
            a(&c.outcome)
        ));
    }
    for c in &d.conversations {
        let with: Vec<String> = c.with.iter().map(|id| label(*id)).collect();
        course.push(format!(
            "{} ({}, {} {}): {} {}: {}",
            t::CONVERSATION_PREFIX,
            fmt_date(c.on),
            t::CONVERSATION_WITH_LABEL.to_lowercase(),
            with.join(", "),
            a(&c.said),
            t::CONVERSATION_REACTION_LABEL,
            a(&c.reaction)
        ));
    }
    if let Some(s) = &d.conversation_skipped {
        course.push(format!(
            "{}: {}",
            t::CONVERSATION_NOT_HELD_LABEL,
            a(&s.explanation)
        ));
    }
    for (q, ans) in &d.afweging {
        course.push(format!(
            "{} {}: {} — {}",
            crate::texts::common::AFWEGINGSKADER_HEADING,
            super::field_label(q),
            tri_text(ans.answer),
            a(&ans.motivation)
        ));
    }
    for x in &d.decisions {
        course.push(format!(
            "{} ({}): melden {}, hulp {} — {}",
            crate::texts::history::DECISION_RECORDED,
            fmt_date(x.on),
            yes_no(Some(x.melden)),
            yes_no(Some(x.hulp)),
            a(&x.motivation)
        ));
    }
    doc.bullets(course);

    let current = d.current_step();
    let rec = d.step(current);
    if !rec.answers.is_empty() {
        doc.heading(3, step_title(current));
        doc.fields(
            rec.answers
                .iter()
                .map(|(k, v)| (super::field_label(k), a(&value_text(v, &label))))
                .collect::<Vec<_>>(),
        );
    }

    doc.heading(2, t::CONSULTATION_SUMMARY_OPEN_QUESTIONS_HEADING);
    let mut open = vec![format!(
        "{} {}?",
        t::CONSULTATION_SUMMARY_NEXT_STEP_QUESTION,
        step_title(current).to_lowercase()
    )];
    if d.afweging.is_empty() {
        open.push(format!(
            "{}.",
            t::CONSULTATION_SUMMARY_AFWEGING_QUESTION_OPEN
        ));
    }
    for rec in &d.steps {
        for (k, v) in &rec.answers {
            if k.contains("vraag") || k.contains("vragen") {
                open.push(a(&value_text(v, &label)));
            }
        }
    }
    if let Some(c) = d.consultations.last() {
        open.push(format!(
            "{}: {}",
            t::CONSULTATION_SUMMARY_CONSULTATION_QUESTION,
            a(&c.question)
        ));
    }
    doc.bullets(open);
    (doc, findings.into_inner())
}

/// Every free text of a dossier that the summary may print.
fn free_texts(d: &Dossier) -> Vec<String> {
    let mut v = vec![d.title.clone()];
    for s in &d.signals {
        v.push(s.text.clone());
        v.extend(s.source.clone());
    }
    for c in &d.consultations {
        v.push(c.question.clone());
        v.push(c.outcome.clone());
    }
    for c in &d.conversations {
        v.push(c.said.clone());
        v.push(c.reaction.clone());
    }
    v.extend(d.conversation_skipped.iter().map(|s| s.explanation.clone()));
    v.extend(d.afweging.values().map(|x| x.motivation.clone()));
    v.extend(d.decisions.iter().map(|x| x.motivation.clone()));
    for rec in &d.steps {
        for val in rec.answers.values() {
            if let crate::domain::Value::Text(t) = val {
                v.push(t.clone());
            }
        }
    }
    v
}

/// The anonymiser for a dossier: its persons, every colleague who worked on it and the
/// organisation's name.
pub(crate) fn anonymiser(d: &Dossier, profile: &Profile) -> Anonymiser {
    let mut anon = Anonymiser::new(&d.persons);
    let org = &profile.organisation;
    let mut actors = vec![
        profile.user.clone(),
        org.eindverantwoordelijke.clone(),
        org.aandachtsfunctionaris.clone(),
        d.created_by.clone(),
    ];
    actors.extend(d.signals.iter().map(|s| s.observer.clone()));
    actors.extend(d.conversations.iter().flat_map(|c| c.held_by.clone()));
    actors.extend(d.decisions.iter().map(|x| x.decided_by.clone()));
    actors.extend(d.afweging.values().map(|x| x.by.clone()));
    actors.extend(d.history.iter().map(|h| h.by.clone()));
    for x in actors.iter().filter(|x| !x.name.trim().is_empty()) {
        anon.add_actor(x);
    }
    anon.add_organisation(&org.name);
    let texts = free_texts(d);
    anon.prepare(&texts.iter().map(String::as_str).collect::<Vec<_>>());
    anon
}

fn age(birth: chrono::NaiveDate, now: DateTime<Utc>) -> i32 {
    let today = now.date_naive();
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example;
    use chrono::TimeZone as _;

    #[test]
    fn example_summary_has_facts_but_no_names() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let d = example::dossier();
        let doc = consultatie(&d, &example::profile(), now);
        let all = doc.texts().join("\n");
        for p in &d.persons {
            assert!(!all.contains(&p.first_name), "{} in {all}", p.first_name);
            assert!(!all.contains(&p.last_name), "{}", p.last_name);
        }
        for leak in [
            "Jeroen",
            "Sanne",
            "Henk",
            "Regenboog",
            "Kade",
            "3077",
            "06-",
        ] {
            assert!(!all.contains(leak), "{leak} in {all}");
        }
        assert!(all.contains("blauwe plek van ongeveer 3 bij 4 cm"));
        assert!(all.contains("het kind (leeftijd 8 jaar)"));
        assert!(all.contains("Stap 3"));
    }
}
