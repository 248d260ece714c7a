//! The organisation's own meldcode protocol (seed 002 structure).

use chrono::{DateTime, Utc};

use super::{actor, field_label, fmt_date, signature, value_text};
use crate::domain::{Answers, DecisionTree, Profile, Step, Value};
use crate::form::{FormDef, FormSet, Section};
use crate::report::model::{Block, Document, Meta};
use crate::texts::documents as t;

/// The organisation's own afwegingskader: title, intro and each question with what "ja"
/// and "nee" lead to, in the source's own words.
fn afwegingskader(doc: &mut Document, tree: &DecisionTree) {
    doc.para(tree.title.clone());
    doc.para(tree.intro.clone());
    let branch = |b: &crate::domain::afweging::Branch| {
        if !b.text.trim().is_empty() {
            return b.text.clone();
        }
        b.outcome
            .as_deref()
            .and_then(|o| tree.outcome(o))
            .map(|o| o.label.clone())
            .or_else(|| {
                b.next
                    .as_deref()
                    .and_then(|n| tree.question(n))
                    .map(|q| q.title.clone())
            })
            .unwrap_or_default()
    };
    doc.bullets(
        tree.questions
            .iter()
            .map(|q| {
                format!(
                    "{}: {} Ja: {} Nee: {}",
                    q.title,
                    q.text,
                    branch(&q.ja),
                    branch(&q.nee)
                )
            })
            .collect(),
    );
}

/// Chapters that form sections are filed under, by keyword in the section's id or title.
const CHAPTERS: [(&str, &[&str]); 7] = [
    ("stappen", &["stap", "rollen", "taken", "wie"]),
    ("kindcheck", &["kindcheck"]),
    (
        "bijzonder",
        &[
            "eergerelateerd",
            "bijzonder",
            "besnijdenis",
            "huwelijksdwang",
        ],
    ),
    ("verwijsindex", &["verwijsindex"]),
    ("participatie", &["participatie", "kinderen"]),
    (
        "vastleggen",
        &["vastleg", "document", "dossier", "privacy", "bewaar"],
    ),
    ("contacten", &["contact", "veilig", "adres"]),
];

/// The organisation's meldcode protocol: meldnormen, the five steps with who does what,
/// the afwegingskader, kindcheck, special forms of violence, verwijsindex, participation of
/// children, record keeping and contacts, from the sector text and the `protocol` form's
/// answers, with a signature block for the eindverantwoordelijke.
///
/// The afwegingskader is the one of the organisation's own form set
/// (`organisation.form_set`) among the bundled sets; see [`protocol_with_tree`] for an
/// organisation's own folder.
pub fn protocol(profile: &Profile, forms: &FormSet, now: DateTime<Utc>) -> Document {
    let tree = crate::form::bundled()
        .iter()
        .find(|s| s.id == profile.organisation.form_set)
        .and_then(|s| s.tree.as_ref());
    protocol_with_tree(profile, forms, tree, now)
}

/// [`protocol`] with the afwegingskader of the organisation's form set passed in; without a
/// tree it prints the five questions of the basismodel.
pub fn protocol_with_tree(
    profile: &Profile,
    forms: &FormSet,
    tree: Option<&DecisionTree>,
    now: DateTime<Utc>,
) -> Document {
    let org = &profile.organisation;
    let answers = &org.protocol;
    let form = forms.form("protocol").or_else(|| forms.forms.first());
    let mut used: Vec<&str> = Vec::new();
    let mut doc = Document::new(
        Meta {
            title: format!("{} {}", t::PROTOCOL_TITLE, org.name),
            author: org.eindverantwoordelijke.name.clone(),
            subject: t::PROTOCOL_SUBJECT.to_owned(),
            created: now,
            reference: org.name.clone(),
        },
        format!("{} · {}", org.name, t::PROTOCOL_TITLE),
        format!("{} · {}", t::PROTOCOL_SUBJECT, fmt_date(now.date_naive())),
    );
    doc.heading(1, t::PROTOCOL_TITLE);
    doc.fields([
        (t::ORGANISATION_LABEL, org.name.clone()),
        (
            crate::texts::common::SECTOR_LABEL,
            text_of(answers, "sector").unwrap_or_else(|| org.form_set.clone()),
        ),
        (
            t::EINDVERANTWOORDELIJKE_LABEL,
            actor(&org.eindverantwoordelijke),
        ),
        (
            t::AANDACHTSFUNCTIONARIS_LABEL,
            actor(&org.aandachtsfunctionaris),
        ),
    ]);

    doc.heading(2, t::PROTOCOL_INTRODUCTION_HEADING);
    doc.para(t::PROTOCOL_INTRODUCTION_TEXT);

    doc.heading(2, t::PROTOCOL_MELDNORMEN_HEADING);
    doc.para(t::PROTOCOL_MELDNORMEN_INTRODUCTION);
    doc.bullets(
        t::PROTOCOL_MELDNORMEN
            .iter()
            .map(|s| (*s).to_owned())
            .collect(),
    );
    doc.fields(
        t::PROTOCOL_DEFINITIONS
            .iter()
            .map(|(a, b)| (*a, *b))
            .collect::<Vec<_>>(),
    );

    doc.heading(2, t::PROTOCOL_STEPS_HEADING);
    let rows = Step::ALL
        .into_iter()
        .zip(
            t::PROTOCOL_STEP_WHO_DEFAULTS
                .iter()
                .zip(t::PROTOCOL_STEP_HOW_DEFAULTS.iter()),
        )
        .map(|(step, (wie, hoe))| {
            let n = step.number();
            let wie =
                text_of(answers, &format!("stap{n}_wie")).unwrap_or_else(|| (*wie).to_owned());
            let hoe = text_of(answers, &format!("stap{n}_werkwijze"))
                .or_else(|| text_of(answers, &format!("stap{n}")))
                .unwrap_or_else(|| (*hoe).to_owned());
            vec![
                format!(
                    "{} {n}: {}",
                    crate::texts::common::STEP_PREFIX,
                    step.title()
                ),
                wie,
                hoe,
            ]
        })
        .collect();
    doc.table(&t::PROTOCOL_STEPS_TABLE_COLUMNS, &[2.2, 2.2, 4.6], rows);
    doc.fields([
        (
            t::AANDACHTSFUNCTIONARIS_LABEL,
            actor(&org.aandachtsfunctionaris),
        ),
        (
            t::EINDVERANTWOORDELIJKE_LABEL,
            actor(&org.eindverantwoordelijke),
        ),
    ]);
    chapter_sections(&mut doc, form, forms, answers, "stappen", &mut used);

    doc.heading(2, t::PROTOCOL_AFWEGINGSKADER_HEADING);
    if let Some(tree) = tree {
        afwegingskader(&mut doc, tree);
    } else {
        doc.para(t::PROTOCOL_AFWEGINGSKADER_INTRODUCTION);
        doc.bullets(
            t::PROTOCOL_AFWEGINGSKADER_QUESTIONS
                .iter()
                .enumerate()
                .map(|(i, q)| format!("{}. {q}", i + 1))
                .collect(),
        );
    }

    for (key, heading, text) in [
        (
            "kindcheck",
            t::PROTOCOL_KINDCHECK_HEADING,
            t::PROTOCOL_KINDCHECK_TEXT,
        ),
        (
            "bijzonder",
            t::PROTOCOL_SPECIAL_FORMS_HEADING,
            t::PROTOCOL_SPECIAL_FORMS_TEXT,
        ),
        (
            "verwijsindex",
            t::PROTOCOL_REFERRAL_INDEX_HEADING,
            t::PROTOCOL_REFERRAL_INDEX_TEXT,
        ),
    ] {
        doc.heading(2, heading);
        doc.para(text);
        chapter_sections(&mut doc, form, forms, answers, key, &mut used);
    }

    doc.heading(2, t::PROTOCOL_PARTICIPATION_HEADING);
    doc.para(t::PROTOCOL_PARTICIPATION_INTRODUCTION);
    doc.bullets(
        t::PROTOCOL_PARTICIPATION_POINTS
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}. {p}", i + 1))
            .collect(),
    );
    chapter_sections(&mut doc, form, forms, answers, "participatie", &mut used);

    doc.heading(2, t::PROTOCOL_RECORD_KEEPING_HEADING);
    doc.para(t::PROTOCOL_RECORD_KEEPING_TEXT);
    doc.fields([(
        t::PROTOCOL_DOCUMENTATION_SYSTEM_LABEL,
        text_of(answers, "documentatiesysteem").unwrap_or_default(),
    )]);
    doc.heading(3, t::PROTOCOL_RIGHT_TO_REPORT_HEADING);
    doc.para(t::PROTOCOL_RIGHT_TO_REPORT_TEXT);
    chapter_sections(&mut doc, form, forms, answers, "vastleggen", &mut used);

    doc.heading(2, t::PROTOCOL_CONTACTS_HEADING);
    doc.fields([
        (t::PROTOCOL_VT_LABEL, org.veilig_thuis_regio.clone()),
        (
            t::PROTOCOL_VT_PHONE_LABEL,
            org.veilig_thuis_telefoon.clone(),
        ),
        (
            t::PROTOCOL_VT_SECURE_MAIL_LABEL,
            org.veilig_thuis_email.clone(),
        ),
        (t::PROTOCOL_SECURE_MAIL_LABEL, org.beveiligde_mail.clone()),
        (
            t::AANDACHTSFUNCTIONARIS_LABEL,
            actor(&org.aandachtsfunctionaris),
        ),
        (
            t::EINDVERANTWOORDELIJKE_LABEL,
            actor(&org.eindverantwoordelijke),
        ),
    ]);
    chapter_sections(&mut doc, form, forms, answers, "contacten", &mut used);

    // Whatever the form asks beyond the chapters above.
    if let Some(form) = form {
        let rest: Vec<&Section> = form
            .sections
            .iter()
            .filter(|s| !used.contains(&s.id.as_str()) && section_has_answers(s, answers))
            .collect();
        if !rest.is_empty() {
            doc.heading(2, t::PROTOCOL_ADDITIONAL_ARRANGEMENTS_HEADING);
            for s in rest {
                section(&mut doc, s, forms, answers);
            }
        }
    }

    doc.heading(2, t::SIGNATURE_HEADING);
    doc.para(t::PROTOCOL_ADOPTED_BY_EINDVERANTWOORDELIJKE);
    doc.blocks.push(Block::Signature(signature(
        t::EINDVERANTWOORDELIJKE_LABEL,
        &org.eindverantwoordelijke,
        profile,
        now,
    )));
    doc
}

fn text_of(answers: &Answers, id: &str) -> Option<String> {
    answers
        .get(id)
        .filter(|v| v.is_filled())
        .map(|v| value_text(v, &|_| String::new()))
}

fn section_has_answers(s: &Section, answers: &Answers) -> bool {
    s.fields
        .iter()
        .any(|f| answers.get(&f.id).is_some_and(Value::is_filled))
}

fn chapter_sections<'a>(
    doc: &mut Document,
    form: Option<&'a FormDef>,
    forms: &FormSet,
    answers: &Answers,
    chapter: &str,
    used: &mut Vec<&'a str>,
) {
    let Some(form) = form else {
        return;
    };
    let Some((_, keywords)) = CHAPTERS.iter().find(|(c, _)| *c == chapter) else {
        return;
    };
    for s in &form.sections {
        if used.contains(&s.id.as_str()) {
            continue;
        }
        let hay = format!("{} {}", s.id, s.title).to_lowercase();
        if keywords.iter().any(|k| hay.contains(k)) {
            used.push(&s.id);
            if section_has_answers(s, answers) {
                section(doc, s, forms, answers);
            }
        }
    }
}

fn section(doc: &mut Document, s: &Section, forms: &FormSet, answers: &Answers) {
    doc.heading(3, s.title.clone());
    let pairs: Vec<(String, String)> = s
        .fields
        .iter()
        .filter_map(|f| {
            let v = answers.get(&f.id).filter(|v| v.is_filled())?;
            let label = if f.label.trim().is_empty() {
                field_label(&f.id)
            } else {
                f.label.clone()
            };
            Some((label, choice_text(f.choices.as_deref(), v, forms)))
        })
        .collect();
    doc.fields(pairs);
}

/// A value with choice ids replaced by their labels.
fn choice_text(list: Option<&str>, v: &Value, forms: &FormSet) -> String {
    let label = |id: &str| {
        list.and_then(|l| forms.choices.get(l))
            .and_then(|l| l.options.iter().find(|o| o.id == id))
            .map_or_else(|| id.replace('-', " "), |o| o.label.clone())
    };
    match v {
        Value::Choice(c) => label(c),
        Value::Multi(cs) => cs.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        other => value_text(other, &|_| String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example;
    use crate::form::{Field, FieldKind};
    use chrono::TimeZone as _;

    fn set() -> FormSet {
        let field = |id: &str, label: &str| Field {
            id: id.to_owned(),
            label: label.to_owned(),
            help: String::new(),
            kind: FieldKind::Text,
            required: false,
            choices: None,
            visible_when: None,
            lint: None,
            placeholder: String::new(),
            shows: None,
            fields: Vec::new(),
        };
        FormSet {
            id: "protocol".to_owned(),
            title: "Protocol".to_owned(),
            sector: "algemeen".to_owned(),
            description: String::new(),
            source: String::new(),
            forms: vec![FormDef {
                id: "protocol".to_owned(),
                title: "Protocol".to_owned(),
                step: None,
                intro: String::new(),
                sections: vec![
                    Section {
                        id: "kindcheck".to_owned(),
                        title: "Kindcheck in onze school".to_owned(),
                        help: String::new(),
                        visible_when: None,
                        fields: vec![field("kindcheck_wie", "Wie voert de kindcheck uit?")],
                    },
                    Section {
                        id: "overig".to_owned(),
                        title: "Scholing".to_owned(),
                        help: String::new(),
                        visible_when: None,
                        fields: vec![field("scholing", "Scholing van medewerkers")],
                    },
                ],
            }],
            tree: None,
            choices: std::collections::BTreeMap::new(),
        }
    }

    #[test]
    fn protocol_follows_seed_002_and_uses_form_answers() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let mut profile = example::profile();
        let p = &mut profile.organisation.protocol;
        p.insert(
            "kindcheck_wie".into(),
            Value::Text("De intern begeleider".into()),
        );
        p.insert(
            "scholing".into(),
            Value::Text("Elk jaar een e-learning".into()),
        );
        p.insert(
            "stap2_wie".into(),
            Value::Text("Leerkracht en ib'er".into()),
        );
        let doc = protocol(&profile, &set(), now);
        let all = doc.texts().join("\n");
        for needle in [
            t::PROTOCOL_MELDNORMEN_HEADING,
            t::PROTOCOL_AFWEGINGSKADER_HEADING,
            t::PROTOCOL_KINDCHECK_HEADING,
            t::PROTOCOL_REFERRAL_INDEX_HEADING,
            t::PROTOCOL_PARTICIPATION_HEADING,
            t::PROTOCOL_RECORD_KEEPING_HEADING,
            t::PROTOCOL_CONTACTS_HEADING,
            "Kindcheck in onze school",
            "De intern begeleider",
            "Elk jaar een e-learning",
            "Leerkracht en ib'er",
            "ParnasSys",
            "Henk Visser",
        ] {
            assert!(all.contains(needle), "missing {needle}");
        }
        let kindcheck = all.find("Kindcheck in onze school").unwrap();
        assert!(kindcheck < all.find(t::PROTOCOL_REFERRAL_INDEX_HEADING).unwrap());
    }
}
