//! The full dossier: everything, with names.

use chrono::{DateTime, Utc};

use super::{
    actor, consultations_table, decisions_table, fmt_date, fmt_datetime, hand, person_name,
    signature, step_status, step_title, tri_text, value_text, yes_no,
};
use crate::domain::{Dossier, PersonId, Profile, Status, Step};
use crate::report::model::{Block, Document, Meta};
use crate::texts::documents as t;

/// The full dossier: persons, signals with sources and hand, each step with its answers,
/// consultations, conversations, the afwegingskader with motivations, decisions, kept
/// writing hints with reasons, client statements, signature blocks and, as an appendix, the
/// history's meaningful events (runs of form edits folded into one row).
pub fn dossier(d: &Dossier, profile: &Profile, now: DateTime<Utc>) -> Document {
    let org = &profile.organisation;
    let title = format!("{} {}", t::DOSSIER_TITLE, d.reference);
    let mut doc = Document::new(
        Meta {
            title: title.clone(),
            author: profile.user.name.clone(),
            subject: t::DOSSIER_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        format!("{} · {title}", org.name),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    let person = |id: PersonId| person_name(d, id);

    doc.heading(1, title);
    doc.fields([
        (crate::texts::common::REFERENCE_LABEL, d.reference.clone()),
        (crate::texts::common::TITLE_LABEL, d.title.clone()),
        (t::ORGANISATION_LABEL, org.name.clone()),
        (t::CREATED_BY_LABEL, actor(&d.created_by)),
        (t::CREATED_ON_LABEL, fmt_datetime(d.created_at)),
        (crate::texts::common::STATUS_LABEL, status_text(&d.status)),
        (
            crate::texts::common::CURRENT_STEP_LABEL,
            step_title(d.current_step()),
        ),
        (t::DOCUMENT_MADE_ON_LABEL, fmt_datetime(now)),
    ]);

    doc.heading(2, crate::texts::common::PERSONS_HEADING);
    doc.table(
        &t::PERSONS_TABLE_COLUMNS,
        &[1.1, 1.8, 1.5, 1.0, 2.6],
        d.persons
            .iter()
            .map(|p| {
                let mut role = p.role.label().to_owned();
                if !p.relation.trim().is_empty() {
                    role = format!("{role} ({})", p.relation.trim());
                }
                let contact: Vec<&str> = [
                    p.address.as_str(),
                    p.postcode_place.as_str(),
                    p.phone.as_str(),
                    p.email.as_str(),
                ]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
                let mut contact: Vec<String> = contact.into_iter().map(str::to_owned).collect();
                let school = super::school_and_group(p);
                if !school.is_empty() {
                    contact.push(school);
                }
                if !p.languages.is_empty() {
                    contact.push(format!(
                        "{}: {}",
                        t::PERSON_LANGUAGES_LABEL,
                        p.languages.join(", ")
                    ));
                }
                vec![
                    role,
                    p.formal_name(),
                    p.birth_date.map(fmt_date).unwrap_or_default(),
                    yes_no(p.gezag).to_owned(),
                    contact.join(", "),
                ]
            })
            .collect(),
    );

    doc.heading(2, crate::texts::common::SIGNALS_HEADING);
    doc.table(
        &t::SIGNALS_TABLE_COLUMNS,
        &[0.5, 1.3, 2.0, 1.5, 3.7],
        d.signals_by_date()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let mut who = actor(&s.observer);
                if let Some(src) = s.source.as_deref().filter(|x| !x.trim().is_empty()) {
                    who = format!("{who}; {}: {src}", t::SIGNAL_SOURCE_WORD);
                } else if let Some(id) = s.source_person {
                    who = format!("{who}; {}: {}", t::SIGNAL_SOURCE_WORD, person(id));
                }
                match s.confirmed_by_informant {
                    Some(true) => who = format!("{who}; {}", t::SIGNAL_CONFIRMED_BY_INFORMANT),
                    Some(false) => who = format!("{who}; {}", t::SIGNAL_NOT_CONFIRMED_BY_INFORMANT),
                    None => {}
                }
                let text = super::signal_cell(d, s, &actor);
                vec![
                    (i + 1).to_string(),
                    fmt_date(s.observed_on),
                    who,
                    hand(s.hand).to_owned(),
                    text,
                ]
            })
            .collect(),
    );

    doc.heading(2, t::STEPS_HEADING);
    for step in Step::ALL {
        let rec = d.step(step);
        doc.heading(3, step_title(step));
        let mut pairs = vec![(
            crate::texts::common::STATUS_LABEL.to_owned(),
            step_status(rec.status).to_owned(),
        )];
        if rec.revisits > 0 {
            pairs.push((
                t::STEP_REOPENED_LABEL.to_owned(),
                format!("{}×", rec.revisits),
            ));
        }
        pairs.extend(
            rec.answers
                .iter()
                .map(|(k, v)| (super::field_label(k), value_text(v, &person))),
        );
        doc.blocks.push(Block::Fields(pairs));
    }

    consultations_table(&mut doc, 2, d);

    if !d.conversations.is_empty() || d.conversation_skipped.is_some() {
        doc.heading(2, t::CONVERSATIONS_HEADING);
        for c in &d.conversations {
            doc.fields([
                (t::DATE_LABEL, fmt_date(c.on)),
                (
                    t::CONVERSATION_WITH_LABEL,
                    c.with
                        .iter()
                        .map(|id| person(*id))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (
                    t::CONVERSATION_HELD_BY_LABEL,
                    c.held_by.iter().map(actor).collect::<Vec<_>>().join(", "),
                ),
                (t::CONVERSATION_DISCUSSED_LABEL, c.said.clone()),
                (t::CONVERSATION_REACTION_LABEL, c.reaction.clone()),
            ]);
        }
        if let Some(s) = &d.conversation_skipped {
            doc.fields([
                (t::CONVERSATION_NOT_HELD_LABEL, s.reason.replace('-', " ")),
                (
                    t::CONVERSATION_NOT_HELD_EXPLANATION_LABEL,
                    s.explanation.clone(),
                ),
                (
                    t::CONVERSATION_CATCH_UP_ON_LABEL,
                    s.catch_up_on.map(fmt_date).unwrap_or_default(),
                ),
            ]);
        }
    }

    doc.heading(2, crate::texts::common::AFWEGINGSKADER_HEADING);
    if d.afweging.is_empty() {
        doc.para(t::AFWEGINGSKADER_NO_ANSWERS);
    }
    doc.table(
        &t::AFWEGINGSKADER_TABLE_COLUMNS,
        &[1.4, 0.9, 4.0, 2.0],
        d.afweging
            .iter()
            .map(|(q, a)| {
                let mut by = actor(&a.by);
                if a.with_veilig_thuis {
                    by = format!("{by}, {}", t::TOGETHER_WITH_VT);
                    if let Some(vt) = d.afweging_vt.get(q) {
                        by = format!("{by} ({}, {})", vt.with_whom, fmt_date(vt.on));
                    } else if !a.veilig_thuis_contact.trim().is_empty() {
                        by = format!("{by} ({})", a.veilig_thuis_contact);
                    }
                }
                vec![
                    super::field_label(q),
                    tri_text(a.answer).to_owned(),
                    a.motivation.clone(),
                    by,
                ]
            })
            .collect(),
    );

    decisions_table(&mut doc, 2, d);
    super::decision_accounts(&mut doc, 2, d);

    if !d.kept_hints.is_empty() {
        doc.heading(2, t::KEPT_HINTS_HEADING);
        doc.table(
            &t::KEPT_HINTS_TABLE_COLUMNS,
            &[1.5, 1.5, 1.8, 3.5],
            d.kept_hints
                .iter()
                .map(|h| {
                    vec![
                        super::kept_hint_place(d, &h.place),
                        crate::lint::Category::of_rule(&h.rule)
                            .map_or(t::KEPT_HINT_RULE_OTHER, crate::lint::Category::label)
                            .to_owned(),
                        h.matched.clone(),
                        h.reason.clone(),
                    ]
                })
                .collect(),
        );
    }

    if !d.client_statements.is_empty() {
        doc.heading(2, t::CLIENT_STATEMENTS_HEADING);
        for s in &d.client_statements {
            doc.para(s.clone());
        }
    }
    super::family_word(&mut doc, 2, d, &person);

    doc.blocks
        .extend(crate::report::followup::blocks(d, now.date_naive()));

    doc.heading(2, t::SIGNATURE_HEADING);
    doc.blocks.push(Block::Signature(signature(
        t::SIGNATURE_ROLE_AUTHOR,
        &profile.user,
        profile,
        now,
    )));
    doc.blocks.push(Block::Signature(signature(
        t::EINDVERANTWOORDELIJKE_LABEL,
        &profile.organisation.eindverantwoordelijke,
        profile,
        now,
    )));

    // After the signatures: an appendix of who did what when, not every field edit (the
    // inzage export and the window keep those).
    doc.heading(2, t::HISTORY_APPENDIX_HEADING);
    doc.para(t::HISTORY_APPENDIX_INTRODUCTION);
    doc.table(
        &t::HISTORY_TABLE_COLUMNS,
        &[0.7, 2.0, 1.8, 4.3],
        super::history::appendix_rows(d, &person, &actor),
    );
    doc
}

fn status_text(s: &Status) -> String {
    match s {
        Status::Open => crate::texts::common::DOSSIER_STATUS_OPEN.to_owned(),
        Status::Gesloten { reason, on } => {
            format!(
                "{} op {} ({reason})",
                crate::texts::common::DOSSIER_STATUS_CLOSED,
                fmt_date(*on)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example;
    use chrono::TimeZone as _;

    #[test]
    fn example_dossier_has_every_part() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let doc = dossier(&example::dossier(), &example::profile(), now);
        let all = doc.texts().join("\n");
        for needle in [
            "Çağla Ünal-de Wít",
            "Zoë Ünal-de Wít",
            "Bjørn de Wít",
            "17 april 2018",
            "Ĳsselmondse Kade 14",
            "blauwe plek van ongeveer 3 bij 4",
            "tweede hand (van een ander gehoord)",
            "advies Veilig Thuis (anoniem)",
            "Ze is van de trap gevallen.",
            "Gesprek kind",
            t::HISTORY_APPENDIX_HEADING,
            crate::texts::history::DOSSIER_CREATED,
            "Henk Visser",
        ] {
            assert!(all.contains(needle), "missing {needle}");
        }
        assert_eq!(doc.meta.created, now);
        assert!(!doc.header.contains("Zoë") && !doc.footer.contains("Zoë"));
        let sigs = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Signature(_)))
            .count();
        assert_eq!(sigs, 2);
    }
}
