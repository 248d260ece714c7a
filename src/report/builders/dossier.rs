//! The full dossier: everything, with names.

use chrono::{DateTime, Utc};

use super::{
    actor, consultations_table, decisions_table, fmt_date, fmt_datetime, hand, history_rows,
    person_name, signature, step_status, step_title, tri_text, value_text, yes_no,
};
use crate::domain::{Dossier, PersonId, Profile, Status, Step};
use crate::report::model::{Block, Document, Meta};
use crate::report::texts as t;

/// The full dossier: persons, signals with sources and hand, each step with its answers,
/// consultations, conversations, the afwegingskader with motivations, decisions, kept
/// writing hints with reasons, client statements, the history and signature blocks.
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
        format!("{} · {}", t::CONFIDENTIAL, d.reference),
    );
    let person = |id: PersonId| person_name(d, id);

    doc.heading(1, title);
    doc.fields([
        (t::L_KENMERK, d.reference.clone()),
        (t::L_TITEL, d.title.clone()),
        (t::L_ORGANISATIE, org.name.clone()),
        (t::L_AANGEMAAKT_DOOR, actor(&d.created_by)),
        (t::L_AANGEMAAKT_OP, fmt_datetime(d.created_at)),
        (t::L_STATUS, status_text(&d.status)),
        (t::L_HUIDIGE_STAP, step_title(d.current_step())),
        (t::L_GEMAAKT_OP, fmt_datetime(now)),
    ]);

    doc.heading(2, t::H_PERSONEN);
    doc.table(
        &t::T_PERSONEN,
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
                        crate::texts::realcase::L_TALEN,
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

    doc.heading(2, t::H_SIGNALEN);
    doc.table(
        &t::T_SIGNALEN,
        &[0.5, 1.3, 2.0, 1.5, 3.7],
        d.signals_by_date()
            .into_iter()
            .map(|s| {
                let mut who = actor(&s.observer);
                if let Some(src) = s.source.as_deref().filter(|x| !x.trim().is_empty()) {
                    who = format!("{who}; {}: {src}", t::BRON);
                } else if let Some(id) = s.source_person {
                    who = format!("{who}; {}: {}", t::BRON, person(id));
                }
                match s.confirmed_by_informant {
                    Some(true) => who = format!("{who}; {}", t::GEACCORDEERD),
                    Some(false) => who = format!("{who}; {}", t::NIET_GEACCORDEERD),
                    None => {}
                }
                let text = super::signal_cell(d, s, &actor);
                vec![
                    s.id.to_string(),
                    fmt_date(s.observed_on),
                    who,
                    hand(s.hand).to_owned(),
                    text,
                ]
            })
            .collect(),
    );

    doc.heading(2, t::H_STAPPEN);
    for step in Step::ALL {
        let rec = d.step(step);
        doc.heading(3, step_title(step));
        let mut pairs = vec![(t::L_STATUS.to_owned(), step_status(rec.status).to_owned())];
        if rec.revisits > 0 {
            pairs.push((t::L_HEROPEND.to_owned(), format!("{}×", rec.revisits)));
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
        doc.heading(2, t::H_GESPREKKEN);
        for c in &d.conversations {
            doc.fields([
                (t::L_DATUM, fmt_date(c.on)),
                (
                    t::L_MET,
                    c.with
                        .iter()
                        .map(|id| person(*id))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                (
                    t::L_GEVOERD_DOOR,
                    c.held_by.iter().map(actor).collect::<Vec<_>>().join(", "),
                ),
                (t::L_GEZEGD, c.said.clone()),
                (t::L_REACTIE, c.reaction.clone()),
            ]);
        }
        if let Some(s) = &d.conversation_skipped {
            doc.fields([
                (t::L_NIET_GEVOERD, s.reason.replace('-', " ")),
                (t::L_TOELICHTING, s.explanation.clone()),
                (
                    t::L_INHALEN,
                    s.catch_up_on.map(fmt_date).unwrap_or_default(),
                ),
            ]);
        }
    }

    doc.heading(2, t::H_AFWEGING);
    if d.afweging.is_empty() {
        doc.para(t::GEEN_ANTWOORDEN);
    }
    doc.table(
        &t::T_AFWEGING,
        &[1.4, 0.9, 4.0, 2.0],
        d.afweging
            .iter()
            .map(|(q, a)| {
                let mut by = actor(&a.by);
                if a.with_veilig_thuis {
                    by = format!("{by}, {}", t::SAMEN_MET_VT);
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
        doc.heading(2, t::H_HINTS);
        doc.table(
            &t::T_HINTS,
            &[1.5, 1.5, 1.8, 3.5],
            d.kept_hints
                .iter()
                .map(|h| {
                    vec![
                        h.place.clone(),
                        h.rule.clone(),
                        h.matched.clone(),
                        h.reason.clone(),
                    ]
                })
                .collect(),
        );
    }

    if !d.client_statements.is_empty() {
        doc.heading(2, t::H_VERKLARINGEN);
        for s in &d.client_statements {
            doc.para(s.clone());
        }
    }
    super::family_word(&mut doc, 2, d, &person);

    doc.blocks
        .extend(crate::report::followup::blocks(d, now.date_naive()));

    doc.heading(2, t::H_GESCHIEDENIS);
    doc.table(
        &t::T_GESCHIEDENIS,
        &[0.5, 2.0, 1.8, 4.5],
        history_rows(d, &person, &actor),
    );

    doc.heading(2, t::H_ONDERTEKENING);
    doc.blocks.push(Block::Signature(signature(
        t::ROL_OPSTELLER,
        &profile.user,
        profile,
        now,
    )));
    doc.blocks.push(Block::Signature(signature(
        t::ROL_EINDVERANTWOORDELIJKE,
        &profile.organisation.eindverantwoordelijke,
        profile,
        now,
    )));
    doc
}

fn status_text(s: &Status) -> String {
    match s {
        Status::Open => t::STATUS_OPEN.to_owned(),
        Status::Gesloten { reason, on } => {
            format!("{} op {} ({reason})", t::STATUS_GESLOTEN, fmt_date(*on))
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
            t::H_GESCHIEDENIS,
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
