//! The client's copy under AVG art. 15.

use chrono::{DateTime, Utc};

use super::{
    actor, consultations_table, decisions_table, fmt_date, hand, person_name, signature,
    step_status, step_title, tri_text, value_text, yes_no,
};
use crate::domain::{Dossier, PersonId, PersonRole, Profile, RetentionRule, Step};
use crate::report::model::{Block, Document, Meta};
use crate::texts::documents as t;

/// What the client may receive under AVG art. 15: the personal data of the family in the
/// dossier, the signals, the steps and decisions, with the purposes, recipients, retention
/// period, rights and how to complain. Persons outside the family (professionals and
/// others) get no section of their own; staff who recorded or decided something appear
/// with name and function, as the dossier has them.
pub fn inzage(d: &Dossier, profile: &Profile, now: DateTime<Utc>) -> Document {
    let org = &profile.organisation;
    let mut doc = Document::new(
        Meta {
            title: format!("{} {}", t::DATA_ACCESS_TITLE, d.reference),
            author: profile.user.name.clone(),
            subject: t::DATA_ACCESS_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        format!("{} · {} · {}", org.name, t::DATA_ACCESS_TITLE, d.reference),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    let person = |id: PersonId| person_name(d, id);
    doc.heading(1, t::DATA_ACCESS_TITLE);
    doc.fields([
        (crate::texts::common::REFERENCE_LABEL, d.reference.clone()),
        (t::ORGANISATION_LABEL, org.name.clone()),
        (t::DOCUMENT_MADE_ON_LABEL, fmt_date(now.date_naive())),
    ]);
    doc.para(t::DATA_ACCESS_INTRODUCTION);

    doc.heading(2, t::DATA_ACCESS_YOUR_DATA_HEADING);
    for p in d
        .persons
        .iter()
        // Third parties stay out of the client's copy: other adults without gezag and the
        // suspected perpetrator when that is not a parent.
        .filter(|p| {
            !matches!(
                p.role,
                PersonRole::AndereVolwassene | PersonRole::VermoedelijkePleger
            ) || p.has_gezag()
        })
    {
        doc.heading(3, p.full_name());
        doc.fields([
            (
                crate::texts::common::PERSON_ROLE_LABEL,
                p.role.label().to_owned(),
            ),
            (t::NAME_LABEL, p.formal_name()),
            (
                t::PERSON_BIRTH_DATE_LABEL,
                p.birth_date.map(fmt_date).unwrap_or_default(),
            ),
            (
                crate::texts::common::PERSON_GEZAG_LABEL,
                p.gezag
                    .map(|g| yes_no(Some(g)).to_owned())
                    .unwrap_or_default(),
            ),
            (
                crate::texts::common::PERSON_ADDRESS_LABEL,
                [p.address.as_str(), p.postcode_place.as_str()]
                    .into_iter()
                    .filter(|s| !s.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            (crate::texts::common::PERSON_PHONE_LABEL, p.phone.clone()),
            (t::PERSON_EMAIL_LABEL, p.email.clone()),
            (t::PERSON_SCHOOL_LABEL, super::school_and_group(p)),
            (t::PERSON_RELATION_LABEL, p.relation.clone()),
        ]);
    }

    doc.heading(2, t::DATA_ACCESS_RECORDED_HEADING);
    doc.heading(3, crate::texts::common::SIGNALS_HEADING);
    doc.table(
        &t::FACTS_TABLE_COLUMNS,
        &[1.3, 1.8, 1.6, 4.3],
        d.signals_by_date()
            .into_iter()
            .map(|s| {
                let text = super::signal_cell(d, s, &actor);
                vec![
                    fmt_date(s.observed_on),
                    actor(&s.observer),
                    hand(s.hand).to_owned(),
                    text,
                ]
            })
            .collect(),
    );
    doc.heading(3, t::STEPS_HEADING);
    doc.fields(
        Step::ALL
            .into_iter()
            .map(|s| (step_title(s), step_status(d.step(s).status).to_owned()))
            .collect::<Vec<_>>(),
    );
    for step in Step::ALL {
        let rec = d.step(step);
        if !rec.answers.is_empty() {
            doc.heading(3, step_title(step));
            doc.fields(
                rec.answers
                    .iter()
                    .map(|(k, v)| (super::field_label(k), value_text(v, &person)))
                    .collect::<Vec<_>>(),
            );
        }
    }
    consultations_table(&mut doc, 3, d);
    for c in &d.conversations {
        doc.heading(3, format!("{} {}", t::CONVERSATION_PREFIX, fmt_date(c.on)));
        doc.fields([
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
    if !d.afweging.is_empty() {
        doc.heading(3, crate::texts::common::AFWEGINGSKADER_HEADING);
        doc.table(
            &t::AFWEGINGSKADER_TABLE_COLUMNS,
            &[1.4, 0.9, 4.0, 2.0],
            d.afweging
                .iter()
                .map(|(q, a)| {
                    vec![
                        super::field_label(q),
                        tri_text(a.answer).to_owned(),
                        a.motivation.clone(),
                        actor(&a.by),
                    ]
                })
                .collect(),
        );
    }
    decisions_table(&mut doc, 3, d);
    super::decision_accounts(&mut doc, 3, d);
    doc.blocks
        .extend(crate::report::followup::blocks(d, now.date_naive()));
    if !d.client_statements.is_empty() {
        doc.heading(3, t::CLIENT_STATEMENTS_HEADING);
        for s in &d.client_statements {
            doc.para(s.clone());
        }
    }
    super::family_word(&mut doc, 3, d, &person);
    doc.heading(3, t::HISTORY_HEADING);
    doc.table(
        &t::HISTORY_TABLE_COLUMNS,
        &[0.5, 2.0, 1.8, 4.5],
        super::history::history_rows(d, &person, &actor),
    );

    doc.heading(2, t::DATA_ACCESS_SOURCE_HEADING);
    doc.para(t::DATA_ACCESS_SOURCE_TEXT);
    doc.heading(2, t::DATA_ACCESS_PURPOSES_HEADING);
    doc.bullets(
        t::DATA_ACCESS_PURPOSES
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
    );
    doc.heading(2, t::DATA_ACCESS_RECIPIENTS_HEADING);
    doc.para(t::DATA_ACCESS_RECIPIENTS_INTRODUCTION);
    let mut recipients = vec![
        format!(
            "{} ({})",
            t::AANDACHTSFUNCTIONARIS_LABEL,
            actor(&org.aandachtsfunctionaris)
        ),
        format!(
            "{} ({})",
            t::EINDVERANTWOORDELIJKE_LABEL,
            actor(&org.eindverantwoordelijke)
        ),
    ];
    if !org.veilig_thuis_regio.trim().is_empty() {
        recipients.push(org.veilig_thuis_regio.clone());
    }
    doc.bullets(recipients);
    doc.heading(2, t::DATA_ACCESS_RETENTION_HEADING);
    doc.para(format!(
        "{} {} {}",
        t::DATA_ACCESS_RETENTION_BEFORE_YEARS,
        org.retention_years(),
        match org.retention_rule() {
            RetentionRule::Afsluiting => t::DATA_ACCESS_RETENTION_AFTER_YEARS,
            RetentionRule::LaatsteWijziging => t::DATA_ACCESS_RETENTION_AFTER_YEARS_LAST_CHANGE,
        }
    ));
    doc.heading(2, t::DATA_ACCESS_RIGHTS_HEADING);
    doc.bullets(
        t::DATA_ACCESS_RIGHTS
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
    );
    if !org.klachtenregeling.trim().is_empty() {
        doc.heading(2, t::DATA_ACCESS_COMPLAINTS_HEADING);
        doc.para(org.klachtenregeling.clone());
    }
    doc.heading(2, t::SIGNATURE_HEADING);
    doc.blocks.push(Block::Signature(signature(
        t::SIGNATURE_ROLE_AUTHOR,
        &profile.user,
        profile,
        now,
    )));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example;
    use chrono::TimeZone as _;

    #[test]
    fn inzage_has_data_purposes_recipients_retention_rights() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let doc = inzage(&example::dossier(), &example::profile(), now);
        let all = doc.texts().join("\n");
        for needle in [
            "Çağla Ünal-de Wít",
            "cagla.unal@example.nl",
            "Ze is van de trap gevallen.",
            t::DATA_ACCESS_PURPOSES_HEADING,
            t::DATA_ACCESS_RECIPIENTS_HEADING,
            "Veilig Thuis Rotterdam Rijnmond",
            "tot 2 jaar nadat",
            "artikel 15 AVG",
            "klachtencommissie",
        ] {
            assert!(all.contains(needle), "missing {needle}");
        }
    }
}
