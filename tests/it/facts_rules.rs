//! The seeds' smaller rules (issue 16): meldformulier without a child, the protocol's own
//! afwegingskader, reminders, guideline ticks and the bewaartermijn. Dossiers are built
//! from scratch through `Change`s; documents are checked through pdftotext.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{
    Actor, Afspraak, AfspraakStatus, Change, CorrectionRequest, Dossier, DossierId, InfoRequest,
    Person, PersonId, PersonRole, Reminder, ReminderKind, RetentionRule, Step, Tri, Value, example,
};
use meldcode::export::{self, Format};
use meldcode::report::{self, meldformulier};

use crate::export_support::{normalise, now, pdftotext, require, tmp, write};

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 10, 0, 0).unwrap()
}

fn date(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn me() -> Actor {
    Actor::new("Sanne Bakker", "aandachtsfunctionaris")
}

fn dossier(form_set: &str, persons: Vec<Person>) -> Dossier {
    let mut d = Dossier::new(DossierId(3), "MD-2026-0003", form_set, me(), at(1));
    for person in persons {
        d.apply(Change::AddPerson { person }, &me(), at(1)).unwrap();
    }
    d
}

fn pdf(doc: &meldcode::report::Document) -> String {
    require(&["pdftotext"]);
    let bytes = export::render(doc, Format::Pdf).unwrap();
    let dir = tmp();
    normalise(&pdftotext(&write(dir.path(), "d.pdf", &bytes)))
}

#[test]
fn the_meldformulier_asks_for_a_child_only_when_the_case_is_about_one() {
    let p = example::profile();
    let mut victim = Person::new(PersonId(0), PersonRole::Client, "Ingrid", "Ødegård");
    victim.relation = "slachtoffer, 78 jaar".into();
    let mut son = Person::new(
        PersonId(0),
        PersonRole::VermoedelijkePleger,
        "Jørgen",
        "Ødegård",
    );
    son.relation = "zoon, mantelzorger".into();
    let d = dossier("zorg", vec![victim, son]);
    let a = meldformulier::prefill(&d, &p);
    assert_eq!(a.get("betreft_kind"), Some(&Value::Tri(Tri::Nee)));
    let Some(Value::Group(adults)) = a.get("volwassenen_lijst") else {
        panic!("no adults: {a:?}");
    };
    assert_eq!(adults.len(), 2);
    assert!(!a.contains_key("kinderen"));
    // The form hides children, parents and birth dates: they are not required.
    let set = meldcode::form::bundled()
        .iter()
        .find(|s| s.id == "meldformulier")
        .unwrap();
    let form = &set.forms[0];
    let missing: Vec<String> = meldcode::form::missing_required(form, &a)
        .into_iter()
        .map(|m| m.id.clone())
        .collect();
    for hidden in ["kinderen", "ouders", "kind_geboortedatum"] {
        assert!(
            !missing.contains(&hidden.to_owned()),
            "{hidden} asked: {missing:?}"
        );
    }
    let doc = report::melding_doc::meldformulier(&d, &p, set, now());
    let text = pdf(&doc);
    assert!(text.contains("Ingrid Ødegård"), "{text}");
    assert!(text.contains("slachtoffer, 78 jaar"));

    // With a child, the child and parents are asked as before.
    let d = dossier(
        "basisonderwijs",
        vec![Person::new(
            PersonId(0),
            PersonRole::Kind,
            "Zoë",
            "Ünal-de Wít",
        )],
    );
    let a = meldformulier::prefill(&d, &p);
    assert_eq!(a.get("betreft_kind"), Some(&Value::Tri(Tri::Ja)));
    let missing: Vec<String> = meldcode::form::missing_required(form, &a)
        .into_iter()
        .map(|m| m.id.clone())
        .collect();
    assert!(missing.contains(&"ouders".to_owned()), "{missing:?}");
}

#[test]
fn the_protocol_prints_the_afwegingskader_of_the_organisations_own_set() {
    let mut p = example::profile();
    p.organisation.form_set = "zorg".into();
    let zorg = pdf(&report::build(report::DocumentKind::Protocol, None, &p, now()).unwrap());
    assert!(zorg.contains("Afweging 1 bij stap 5"), "{zorg}");
    assert!(zorg.contains("Leidt deze hulp tot duurzame veiligheid?"));
    assert!(!zorg.contains("Bij ‘weet niet’ gaat u uit van ‘nee’"));
    p.organisation.form_set = "basisonderwijs".into();
    let school = pdf(&report::build(report::DocumentKind::Protocol, None, &p, now()).unwrap());
    assert!(!school.contains("Afweging 1 bij stap 5"));
    assert!(school.contains("Afweging 5"));
}

#[test]
fn follow_up_dates_are_reminders_with_what_is_due_and_overdue() {
    let mut d = dossier(
        "basisonderwijs",
        vec![Person::new(
            PersonId(0),
            PersonRole::Kind,
            "Zoë",
            "Ünal-de Wít",
        )],
    );
    for c in [
        Change::AddAfspraak {
            afspraak: Afspraak {
                id: 0,
                who: "moeder".into(),
                what: "Opvoedondersteuning aanvragen".into(),
                due: date(12, 1),
                check: "Navragen bij het wijkteam".into(),
                status: AfspraakStatus::Lopend,
                checked_on: None,
            },
        },
        Change::SetField {
            step: Step::Beslissen,
            field: "evaluatie_datum".into(),
            value: Some(Value::Date(date(12, 15))),
        },
        Change::AddCorrectionRequest {
            request: CorrectionRequest {
                id: 0,
                by: None,
                by_role: "vader".into(),
                received_on: date(11, 20),
                request: "Voeg mijn kant van het verhaal toe.".into(),
                answer: None,
            },
        },
    ] {
        d.apply(c, &me(), at(20)).unwrap();
    }
    let r = d.reminders();
    assert_eq!(
        r,
        [
            Reminder {
                due: date(12, 1),
                kind: ReminderKind::Afspraak(1)
            },
            Reminder {
                due: date(12, 15),
                kind: ReminderKind::Evaluatie
            },
            Reminder {
                due: date(12, 20),
                kind: ReminderKind::Correctieverzoek(1)
            },
        ]
    );
    let today = date(12, 7);
    let overdue: Vec<_> = r.iter().filter(|x| x.overdue(today)).collect();
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0].kind.label(), "Afspraak controleren 1");
}

#[test]
fn guideline_ticks_are_saved_with_the_answer_to_veilig_thuis() {
    let mut d = dossier(
        "zorg",
        vec![Person::new(
            PersonId(0),
            PersonRole::Kind,
            "Zoë",
            "Ünal-de Wít",
        )],
    );
    d.apply(
        Change::SetInfoRequest {
            request: InfoRequest {
                id: 0,
                received_on: date(11, 25),
                asked_by: "Femke de Ruĳter, Veilig Thuis Rotterdam Rijnmond".into(),
                questions: "Hoe vaak was Zoë afwezig in oktober?".into(),
                own_observations: "Zoë was in oktober vier dagen afwezig.".into(),
                from_others: String::new(),
                consent: Some(true),
                consent_note: String::new(),
                answered_on: Some(date(11, 26)),
            },
        },
        &me(),
        at(25),
    )
    .unwrap();
    assert!(
        d.apply(
            Change::SetInfoRequestGuidelines {
                id: 1,
                ticked: vec![8]
            },
            &me(),
            at(26)
        )
        .is_err()
    );
    d.apply(
        Change::SetInfoRequestGuidelines {
            id: 1,
            ticked: vec![6, 1, 1],
        },
        &me(),
        at(26),
    )
    .unwrap();
    assert_eq!(d.info_request_guidelines[&1], [1, 6]);
    let doc = report::vt_antwoord::vt_antwoord(&d, &example::profile(), 1, now()).unwrap();
    let text = pdf(&doc);
    assert!(text.contains("Gevolgde richtlijnen"), "{text}");
    assert!(text.contains("Bij informatie van een ander noem ik de bron."));
    assert!(!text.contains("Ik heb een terugbelafspraak gemaakt"));
}

#[test]
fn the_bewaartermijn_starts_where_law_and_protocol_say() {
    let mut d = dossier("zorg", Vec::new());
    d.apply(
        Change::SetTitle {
            title: "Zorgen".into(),
        },
        &me(),
        at(10),
    )
    .unwrap();
    // WGBO: 20 years from the last change, also while the dossier is open.
    assert_eq!(
        d.retention_start(RetentionRule::for_sector("zorg")),
        Some(date(11, 10))
    );
    assert_eq!(
        d.retention_until(RetentionRule::LaatsteWijziging, 20),
        NaiveDate::from_ymd_opt(2046, 11, 10)
    );
    // School: from closing the dossier; nothing while it is open.
    assert_eq!(
        d.retention_start(RetentionRule::for_sector("onderwijs")),
        None
    );
    d.apply(
        Change::Close {
            reason: "Leerling van school".into(),
            on: date(11, 12),
        },
        &me(),
        at(12),
    )
    .unwrap();
    d.apply(
        Change::AddCorrectionRequest {
            request: CorrectionRequest {
                id: 0,
                by: None,
                by_role: "moeder".into(),
                received_on: date(11, 30),
                request: "Aanvulling".into(),
                answer: None,
            },
        },
        &me(),
        at(30),
    )
    .unwrap();
    assert_eq!(
        d.retention_until(RetentionRule::Afsluiting, 2),
        NaiveDate::from_ymd_opt(2028, 11, 12)
    );
    // A later change (the family's statement) restarts the WGBO term.
    assert_eq!(
        d.retention_start(RetentionRule::LaatsteWijziging),
        Some(date(11, 30))
    );
}

#[test]
fn participation_tips_stand_under_the_age_group_the_seed_gives_them() {
    let groups = meldcode::texts::window::PARTICIPATION_TIP_GROUPS;
    // Seed 002 bijlage 2 names one age group (jongere kinderen, taal, beperking) for
    // informal talk, drawing and play; every other tip is general.
    let (young, young_tips) = groups[0];
    assert!(young.starts_with("Jongere kinderen"));
    assert!(
        young_tips
            .iter()
            .all(|t| t.contains("informeel") || t.contains("tekenen"))
    );
    assert!(groups.iter().all(|(h, _)| !h.contains("Oudere")));
    let (general, tips) = groups[1];
    assert!(general.contains("Alle leeftijden"));
    for from_general_list in [
        "vanaf heel jonge leeftijd",
        "besluiten met het kind",
        "afkeuren",
    ] {
        assert!(
            tips.iter().any(|t| t.contains(from_general_list)),
            "{from_general_list}"
        );
    }
}
