//! One record per fact (issue 16): every dossier here is built from scratch through
//! `Change`s, and each test checks the stored record and the exported PDF (pdftotext).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{
    Actor, AfwegingAnswer, Change, ChangeError, Consultation, ConsultationKind, CorrectionAnswer,
    CorrectionRequest, Decision, DecisionProblem, Dossier, DossierId, Hand, MeldnormGround, Person,
    PersonId, PersonRole, Signal, Step, Tri, Value, VtSamen, Zienswijze, example,
    migrate_duplicates,
};
use meldcode::export::{self, Format};
use meldcode::form::{FieldKind, Record};
use meldcode::report::{self, DocumentKind};

use crate::export_support::{normalise, now, pdftotext, require, tmp, write};

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
}

fn teacher() -> Actor {
    Actor::new("Anneke Jansen", "leerkracht groep 6")
}

fn ib() -> Actor {
    Actor::new("Sanne Bakker", "intern begeleider")
}

fn directeur() -> Actor {
    Actor::new("Bjørn Søren Çelik", "directeur")
}

fn signal(day: u32, hand: Hand, source: Option<&str>, text: &str) -> Change {
    Change::AddSignal {
        signal: Signal {
            id: 0,
            observed_on: date(day),
            recorded_at: at(day, 16),
            observer: teacher(),
            source: source.map(str::to_owned),
            source_person: None,
            hand,
            confirmed_by_informant: None,
            text: text.to_owned(),
            contra_indicatie: false,
        },
    }
}

/// A new dossier with a child and a mother, nothing else.
fn fresh() -> Dossier {
    let mut d = Dossier::new(
        DossierId(16),
        "MD-2026-0016",
        "basisonderwijs",
        ib(),
        at(1, 9),
    );
    let zoe = Person::new(PersonId(0), PersonRole::Kind, "Zoë", "Ünal-de Wít");
    let mut mother = Person::new(PersonId(0), PersonRole::Moeder, "Çağla", "Ünal-de Wít");
    mother.gezag = Some(true);
    for c in [
        Change::SetTitle {
            title: "Groep 6, zorgen".to_owned(),
        },
        Change::AddPerson { person: zoe },
        Change::AddPerson { person: mother },
    ] {
        d.apply(c, &ib(), at(1, 9)).unwrap();
    }
    d
}

/// The text of a document kind rendered to PDF, through pdftotext, normalised.
fn pdf_text(d: &Dossier, kind: DocumentKind) -> String {
    require(&["pdftotext"]);
    let mut profile = example::profile();
    profile.organisation.eindverantwoordelijke = directeur();
    let doc = report::build(kind, Some(d), &profile, now()).unwrap();
    let pdf = export::render(&doc, Format::Pdf).unwrap();
    let dir = tmp();
    let path = write(dir.path(), "doc.pdf", &pdf);
    normalise(&pdftotext(&path))
}

#[test]
fn step_forms_show_signals_and_consultations_instead_of_asking_again() {
    for set in meldcode::form::bundled() {
        for step in [1u8, 2] {
            let Some(form) = set.step_form(step) else {
                continue;
            };
            let fields: Vec<_> = form.sections.iter().flat_map(|s| &s.fields).collect();
            assert!(
                !fields
                    .iter()
                    .any(|f| f.id == "signalen" || f.id == "consultaties"),
                "{} stap {step} still asks for the record",
                set.id
            );
            let want = if step == 1 {
                Record::Signalen
            } else {
                Record::Consultaties
            };
            assert!(
                fields
                    .iter()
                    .any(|f| f.kind == FieldKind::Info && f.shows == Some(want)),
                "{} stap {step} does not show {want:?}",
                set.id
            );
        }
        if let Some(form) = set.step_form(3) {
            let fields: Vec<_> = form.sections.iter().flat_map(|s| &s.fields).collect();
            for gone in [
                "gesprek_datum",
                "gesprek_met",
                "gesprek_besproken",
                "gesprek_reactie",
            ] {
                assert!(
                    !fields.iter().any(|f| f.id == gone),
                    "{} stap 3 has {gone}",
                    set.id
                );
            }
            assert!(
                fields.iter().any(|f| f.shows == Some(Record::Gesprekken)),
                "{}",
                set.id
            );
        }
        if let Some(form) = set.step_form(4) {
            let ids: Vec<&str> = form
                .sections
                .iter()
                .flat_map(|s| &s.fields)
                .map(|f| f.id.as_str())
                .collect();
            for gone in [
                "vt_contact",
                "vt_contact_advies",
                "vt_geraadpleegd",
                "vt_advies",
            ] {
                assert!(!ids.contains(&gone), "{} stap 4 still has {gone}", set.id);
            }
        }
    }
}

/// An old vault's dossier: signals and consultations typed into the step forms, one of them
/// also in the signals list, VT contact again in stap 4; saved as JSON without the new keys.
fn old_shape_json() -> String {
    let mut d = fresh();
    let me = ib();
    d.apply(
        signal(
            2,
            Hand::Eerste,
            None,
            "Blauwe plek op de linker bovenarm, 3 bij 4 cm.",
        ),
        &me,
        at(2, 16),
    )
    .unwrap();
    let entry = |pairs: &[(&str, Value)]| -> meldcode::domain::Answers {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    };
    let signals = Value::Group(vec![
        entry(&[
            ("signaal_datum", Value::Date(date(2))),
            (
                "signaal_tekst",
                Value::Text("Blauwe plek op de linker bovenarm, 3 bij 4 cm.".into()),
            ),
        ]),
        entry(&[
            ("signaal_datum", Value::Date(date(4))),
            (
                "signaal_waarnemer",
                Value::Text("Piet Ĳzerman, gymleerkracht".into()),
            ),
            ("signaal_hand", Value::Choice("tweede".into())),
            ("signaal_bron", Value::Text("Zoë, in de kleedkamer".into())),
            (
                "signaal_tekst",
                Value::Text("Zoë zei: „Ik mocht gisteren niet eten.”".into()),
            ),
            (
                "signaal_extra",
                Value::Text("Gezegd tijdens de gymles om 10.15 uur.".into()),
            ),
        ]),
    ]);
    let consultations = Value::Group(vec![entry(&[
        ("consultatie_datum", Value::Date(date(5))),
        ("consultatie_soort", Value::Choice("collegiaal".into())),
        (
            "consultatie_met",
            Value::Text("Sanne Bakker, intern begeleider".into()),
        ),
        (
            "consultatie_uitkomst",
            Value::Text("Afgesproken: gesprek met moeder op 9 november.".into()),
        ),
    ])]);
    for (step, field, value) in [
        (Step::Signaleren, "signalen", signals),
        (Step::Consulteren, "consultaties", consultations),
        (Step::Gesprek, "gesprek_gevoerd", Value::Tri(Tri::Ja)),
        (Step::Gesprek, "gesprek_datum", Value::Date(date(9))),
        (
            Step::Gesprek,
            "gesprek_met",
            Value::Text("Çağla Ünal-de Wít, moeder".into()),
        ),
        (
            Step::Gesprek,
            "gesprek_besproken",
            Value::Text("De blauwe plek van 2 november.".into()),
        ),
        (
            Step::Gesprek,
            "gesprek_reactie",
            Value::Text("Moeder zei: „Ze viel van de trap.”".into()),
        ),
        (Step::Wegen, "vt_contact", Value::Tri(Tri::Ja)),
        (
            Step::Wegen,
            "vt_contact_medewerker",
            Value::Text("Femke de Ruĳter".into()),
        ),
        (Step::Wegen, "vt_contact_datum", Value::Date(date(6))),
        (
            Step::Wegen,
            "vt_contact_advies",
            Value::Text("VT adviseert eerst het gesprek met moeder.".into()),
        ),
    ] {
        d.apply(
            Change::SetField {
                step,
                field: field.to_owned(),
                value: Some(value),
            },
            &me,
            at(6, 12),
        )
        .unwrap();
    }
    let mut json = serde_json::to_value(&d).unwrap();
    let obj = json.as_object_mut().unwrap();
    for k in [
        "signal_versions",
        "signal_withdrawals",
        "signal_approvals",
        "zienswijzen",
        "correction_requests",
        "afweging_vt",
        "decision_accounts",
    ] {
        assert!(obj.remove(k).is_some(), "{k}");
    }
    obj.insert(
        "client_statements".into(),
        serde_json::json!(["Moeder: wij zijn het niet eens met signaal 1."]),
    );
    json.to_string()
}

#[test]
fn old_form_answers_migrate_into_the_one_record_without_loss() {
    let mut d: Dossier = serde_json::from_str(&old_shape_json()).unwrap();
    let before_history = d.history.len();
    let moved = migrate_duplicates(&mut d);
    assert_eq!(moved.signals, 1, "{moved:?}");
    assert_eq!(moved.duplicates, 1, "{moved:?}");
    assert_eq!(moved.consultations, 2, "{moved:?}");
    assert_eq!(moved.conversations, 1, "{moved:?}");
    assert_eq!(d.conversations[0].on, date(9));
    assert_eq!(
        d.conversations[0].reaction,
        "Moeder zei: „Ze viel van de trap.”"
    );
    assert!(
        d.conversations[0]
            .said
            .contains("Çağla Ünal-de Wít, moeder")
    );
    // Whether it was held stays a form answer: it drives the form.
    assert!(
        d.step(Step::Gesprek)
            .answers
            .contains_key("gesprek_gevoerd")
    );
    assert_eq!(d.signals.len(), 2);
    let told = &d.signals[1];
    assert_eq!(told.hand, Hand::Tweede);
    assert_eq!(told.observer.name, "Piet Ĳzerman, gymleerkracht");
    assert_eq!(told.source.as_deref(), Some("Zoë, in de kleedkamer"));
    assert!(told.text.contains("Gezegd tijdens de gymles om 10.15 uur."));
    assert_eq!(d.consultations.len(), 2);
    assert_eq!(d.consultations[1].kind, ConsultationKind::VeiligThuis);
    assert_eq!(d.consultations[1].with_whom, "Femke de Ruĳter");
    assert_eq!(d.consultations[1].on, date(6));
    for (step, field) in [
        (Step::Signaleren, "signalen"),
        (Step::Consulteren, "consultaties"),
        (Step::Wegen, "vt_contact_advies"),
        (Step::Wegen, "vt_contact"),
        (Step::Gesprek, "gesprek_reactie"),
    ] {
        assert!(!d.step(step).answers.contains_key(field), "{field}");
    }
    // Nothing lost: the history keeps every old value.
    let migrated: Vec<_> = d.history[before_history..].iter().collect();
    assert_eq!(migrated.len(), 4);
    assert!(
        migrated
            .iter()
            .all(|h| matches!(h.change, Change::MigrateAnswers { .. }) && h.previous.is_some())
    );
    let old = serde_json::to_string(&migrated[0].previous).unwrap();
    assert!(old.contains("Blauwe plek op de linker bovenarm"));
    // Old bare client statements stay readable.
    assert_eq!(d.client_statements.len(), 1);
    // Idempotent.
    let again = d.clone();
    assert!(migrate_duplicates(&mut d).is_empty());
    assert_eq!(d, again);

    let text = pdf_text(&d, DocumentKind::Dossier);
    // Once in the record; the dossier's history appendix folds the old form's field edits,
    // the full history of the inzage export keeps what the old form held.
    let (record, appendix) = text
        .split_once(meldcode::texts::documents::HISTORY_APPENDIX_HEADING)
        .unwrap();
    assert_eq!(
        record.matches("Ik mocht gisteren niet eten.").count(),
        1,
        "the told signal appears once: {record}"
    );
    assert!(
        !appendix.contains("Ik mocht gisteren niet eten."),
        "{appendix}"
    );
    let inzage = pdf_text(&d, DocumentKind::Inzage);
    let (_, history) = inzage.split_once("Geschiedenis Nr.").unwrap();
    assert!(
        history.contains("Ik mocht gisteren niet eten."),
        "{history}"
    );
    assert!(text.contains("Femke de Ruĳter"));
    assert!(text.contains("Formulierantwoorden overgezet naar het register"));
    assert!(text.contains("wij zijn het niet eens met signaal 1."));
}

#[test]
fn a_signal_is_corrected_or_withdrawn_never_edited_in_place() {
    let mut d = fresh();
    d.apply(
        signal(2, Hand::Eerste, None, "Blauwe plek op de rechter bovenarm."),
        &teacher(),
        at(2, 16),
    )
    .unwrap();
    d.apply(
        signal(3, Hand::Eerste, None, "Zoë kwam zonder jas naar school."),
        &teacher(),
        at(3, 16),
    )
    .unwrap();
    d.apply(
        Change::CorrectSignal {
            id: 1,
            text: "Blauwe plek op de linker bovenarm.".into(),
            reason: "Verkeerde arm genoteerd".into(),
        },
        &ib(),
        at(3, 10),
    )
    .unwrap();
    assert_eq!(
        d.apply(
            Change::WithdrawSignal {
                id: 2,
                reason: " ".into()
            },
            &ib(),
            at(4, 9)
        ),
        Err(ChangeError::MissingReason)
    );
    d.apply(
        Change::WithdrawSignal {
            id: 2,
            reason: "Het was een andere leerling".into(),
        },
        &ib(),
        at(4, 9),
    )
    .unwrap();
    // A withdrawn signal cannot be corrected or withdrawn again.
    let before = d.clone();
    for c in [
        Change::WithdrawSignal {
            id: 2,
            reason: "nog eens".into(),
        },
        Change::CorrectSignal {
            id: 2,
            text: "x".into(),
            reason: "y".into(),
        },
    ] {
        assert_eq!(
            d.apply(c, &ib(), at(4, 10)),
            Err(ChangeError::NotApplicable)
        );
    }
    assert_eq!(d, before);

    let versions = d.signal_versions(1);
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].text, "Blauwe plek op de rechter bovenarm.");
    assert_eq!(versions[0].reason, "Verkeerde arm genoteerd");
    assert_eq!(versions[0].by, ib());
    assert_eq!(versions[0].replaced_at, at(3, 10));
    assert_eq!(d.signals[0].text, "Blauwe plek op de linker bovenarm.");
    let w = d.signal_withdrawal(2).unwrap();
    assert_eq!(
        (w.at, w.reason.as_str()),
        (at(4, 9), "Het was een andere leerling")
    );

    // A withdrawn signal is no fact of the melding nor of the anonymised consultation.
    let prefill = meldcode::report::meldformulier::prefill(&d, &example::profile());
    let feiten = serde_json::to_string(&prefill["feiten"]).unwrap();
    assert!(feiten.contains("Blauwe plek op de linker bovenarm."));
    assert!(!feiten.contains("zonder jas"));
    assert!(!feiten.contains("rechter"));
    let consult = pdf_text(&d, DocumentKind::Consultatie);
    assert!(!consult.contains("zonder jas"), "{consult}");
    // The same markers in the DOCX (word/document.xml).
    let doc = report::build(DocumentKind::Inzage, Some(&d), &example::profile(), now()).unwrap();
    let dir = tmp();
    let path = write(
        dir.path(),
        "inzage.docx",
        &export::render(&doc, Format::Docx).unwrap(),
    );
    let xml = normalise(&crate::melding_common::docx_text(&path));
    assert!(
        xml.contains("[INGETROKKEN op 4 november 2026 door Sanne Bakker (intern begeleider): Het was een andere leerling]"),
        "{xml}"
    );
    assert!(xml.contains("Verkeerde arm genoteerd] Blauwe plek op de rechter bovenarm."));
    for kind in [DocumentKind::Dossier, DocumentKind::Inzage] {
        let text = pdf_text(&d, kind);
        for needle in [
            "Blauwe plek op de linker bovenarm.",
            "[Eerdere versie, vervangen op 3 november 2026 door Sanne Bakker (intern begeleider): Verkeerde arm genoteerd] Blauwe plek op de rechter bovenarm.",
            "[INGETROKKEN op 4 november 2026 door Sanne Bakker (intern begeleider): Het was een andere leerling]",
            "Zoë kwam zonder jas naar school.",
        ] {
            assert!(text.contains(needle), "{kind:?} misses {needle}: {text}");
        }
    }
}

#[test]
fn second_hand_information_is_marked_until_its_source_approves_it() {
    let mut d = fresh();
    d.apply(
        signal(
            4,
            Hand::Tweede,
            Some("Piet Ĳzerman, gymleerkracht"),
            "Zoë zei in de kleedkamer dat ze niet mocht eten.",
        ),
        &teacher(),
        at(4, 16),
    )
    .unwrap();
    d.apply(
        signal(4, Hand::Eerste, None, "Zoë at haar brood niet op."),
        &teacher(),
        at(4, 16),
    )
    .unwrap();
    assert!(d.awaits_approval(&d.signals[0]));
    assert!(!d.awaits_approval(&d.signals[1]));
    let text = pdf_text(&d, DocumentKind::Dossier);
    assert_eq!(
        text.matches("nog niet geaccordeerd door de bron").count(),
        1,
        "{text}"
    );

    // Approving first-hand information makes no sense.
    assert_eq!(
        d.apply(
            Change::ApproveSignal {
                id: 2,
                by: "Anneke Jansen".into(),
                on: date(5),
                how: "mondeling".into(),
            },
            &ib(),
            at(5, 9)
        ),
        Err(ChangeError::NotApplicable)
    );
    d.apply(
        Change::ApproveSignal {
            id: 1,
            by: "Piet Ĳzerman".into(),
            on: date(5),
            how: "per mail bevestigd".into(),
        },
        &ib(),
        at(5, 9),
    )
    .unwrap();
    let a = d.signal_approval(1).unwrap();
    assert_eq!(
        (a.by.as_str(), a.on, a.how.as_str()),
        ("Piet Ĳzerman", date(5), "per mail bevestigd")
    );
    assert_eq!(a.recorded_by, ib());
    assert!(!d.awaits_approval(&d.signals[0]));
    for kind in [DocumentKind::Dossier, DocumentKind::Inzage] {
        let text = pdf_text(&d, kind);
        assert!(!text.contains("nog niet geaccordeerd"), "{kind:?}");
        assert!(
            text.contains("geaccordeerd door Piet Ĳzerman op 5 november 2026, per mail bevestigd"),
            "{kind:?}: {text}"
        );
    }
}

#[test]
fn the_familys_own_word_is_theirs_dated_and_in_the_documents() {
    let mut d = fresh();
    d.apply(
        Change::AddConversation {
            conversation: meldcode::domain::Conversation {
                id: 0,
                on: date(9),
                with: vec![PersonId(2)],
                held_by: vec![ib()],
                said: "Wij bespraken de blauwe plek van 2 november.".into(),
                reaction: "Moeder zei dat Zoë van de trap viel.".into(),
            },
        },
        &ib(),
        at(9, 15),
    )
    .unwrap();
    assert_eq!(
        d.apply(
            Change::AddZienswijze {
                zienswijze: Zienswijze {
                    id: 0,
                    author: Some(PersonId(9)),
                    author_role: "moeder".into(),
                    on: date(9),
                    subject: "x".into(),
                    text: "y".into(),
                    disputes: String::new(),
                    with_melding: false,
                },
            },
            &ib(),
            at(9, 16)
        ),
        Err(ChangeError::UnknownPerson(9))
    );
    d.apply(
        Change::AddZienswijze {
            zienswijze: Zienswijze {
                id: 0,
                author: Some(PersonId(2)),
                author_role: "moeder".into(),
                on: date(9),
                subject: "Gesprek van 9 november".into(),
                text: "Zoë is van de trap gevallen; wij slaan onze kinderen nooit.".into(),
                disputes: "Dat Zoë thuis niet mag eten klopt niet.".into(),
                with_melding: true,
            },
        },
        &ib(),
        at(9, 16),
    )
    .unwrap();
    d.apply(
        Change::AddCorrectionRequest {
            request: CorrectionRequest {
                id: 0,
                by: Some(PersonId(2)),
                by_role: "moeder".into(),
                received_on: date(12),
                request: "Voeg toe dat Zoë die week ziek was.".into(),
                answer: None,
            },
        },
        &ib(),
        at(12, 9),
    )
    .unwrap();
    d.apply(
        Change::AnswerCorrectionRequest {
            id: 1,
            answer: CorrectionAnswer {
                on: date(14),
                granted: true,
                text: "Toegevoegd als verklaring van moeder.".into(),
            },
        },
        &ib(),
        at(14, 9),
    )
    .unwrap();
    assert_eq!(d.zienswijzen[0].id, 1);
    assert_eq!(d.zienswijzen[0].author, Some(PersonId(2)));
    assert_eq!(
        d.correction_requests[0].answer.as_ref().unwrap().on,
        date(14)
    );
    // The family's word can be added to a closed dossier too.
    d.apply(
        Change::Close {
            reason: "Hulp loopt".into(),
            on: date(20),
        },
        &ib(),
        at(20, 9),
    )
    .unwrap();
    d.apply(
        Change::AddCorrectionRequest {
            request: CorrectionRequest {
                id: 0,
                by: None,
                by_role: "vader".into(),
                received_on: date(21),
                request: "Verwijder de opmerking over de jas.".into(),
                answer: None,
            },
        },
        &ib(),
        at(21, 9),
    )
    .unwrap();

    // They asked for their word to go with the melding.
    let prefill = meldcode::report::meldformulier::prefill(&d, &example::profile());
    let told = prefill["gesprekken"].as_text().unwrap();
    assert!(
        told.contains("Zienswijze van moeder (9 november 2026): Zoë is van de trap gevallen"),
        "{told}"
    );
    assert!(told.contains("Betwist: Dat Zoë thuis niet mag eten klopt niet."));
    for kind in [DocumentKind::Dossier, DocumentKind::Inzage] {
        let text = pdf_text(&d, kind);
        for needle in [
            "Zienswijze van de betrokkenen (in hun eigen woorden)",
            "Çağla Ünal-de Wít (moeder)",
            "Gesprek van 9 november",
            "wij slaan onze kinderen nooit.",
            "Dat Zoë thuis niet mag eten klopt niet.",
            "Verzoeken om correctie of aanvulling (artikel 16 AVG)",
            "Voeg toe dat Zoë die week ziek was.",
            "toegekend (14 november 2026): Toegevoegd als verklaring van moeder.",
            "nog niet beantwoord",
        ] {
            assert!(text.contains(needle), "{kind:?} misses {needle}: {text}");
        }
    }
}

fn decision(melden: bool, by: Actor) -> Decision {
    Decision {
        melden,
        hulp: true,
        motivation: "Moeder accepteert opvoedondersteuning via het wijkteam.".into(),
        decided_by: by,
        on: date(16),
    }
}

#[test]
fn acute_unsafety_in_any_answer_opens_the_urgent_path() {
    let mut d = fresh();
    d.apply(
        Change::SetField {
            step: Step::Wegen,
            field: "soort_onveiligheid".into(),
            value: Some(Value::Multi(vec!["structureel".into()])),
        },
        &ib(),
        at(10, 9),
    )
    .unwrap();
    assert!(
        d.urgent.is_none(),
        "structural unsafety alone is not urgent"
    );
    assert_eq!(d.meldnorm_grounds(), [MeldnormGround::Structureel]);
    d.apply(
        Change::SetField {
            step: Step::Signaleren,
            field: "vermoeden_eergerelateerd".into(),
            value: Some(Value::Tri(Tri::Ja)),
        },
        &teacher(),
        at(10, 10),
    )
    .unwrap();
    let urgent = d.urgent.as_ref().unwrap();
    assert_eq!(urgent.marked_at, at(10, 10));
    assert!(
        urgent.reason.contains("eergerelateerd geweld"),
        "{}",
        urgent.reason
    );
    let last = d.history.last().unwrap();
    assert!(matches!(last.change, Change::MarkUrgent { .. }));
    assert_eq!(last.by, teacher());
    // Only once.
    d.apply(
        Change::SetField {
            step: Step::Wegen,
            field: "soort_onveiligheid".into(),
            value: Some(Value::Multi(vec!["acuut".into()])),
        },
        &ib(),
        at(10, 11),
    )
    .unwrap();
    assert_eq!(
        d.history
            .iter()
            .filter(|h| matches!(h.change, Change::MarkUrgent { .. }))
            .count(),
        1
    );
    let text = pdf_text(&d, DocumentKind::Dossier);
    assert!(
        text.contains("Veilig Thuis binnen het uur bellen"),
        "{text}"
    );
}

#[test]
fn decisions_follow_the_meldnorm_and_name_the_eindverantwoordelijke() {
    let mut d = fresh();
    // Without any meldnorm ground, a decision still names the eindverantwoordelijke.
    let before = d.clone();
    assert_eq!(
        d.check_decision(&decision(false, Actor::new(" ", "")), None, ""),
        Err(DecisionProblem::NoEindverantwoordelijke)
    );
    assert_eq!(
        d.apply(
            Change::Decide {
                decision: decision(false, Actor::new("", ""))
            },
            &ib(),
            at(16, 9)
        ),
        Err(ChangeError::MissingReason)
    );
    assert_eq!(d, before);

    // Afweging 2 answered ja together with Veilig Thuis: with whom and when are answers.
    assert_eq!(
        d.apply(
            Change::AnswerAfwegingSamen {
                question: "afweging_2".into(),
                answer: AfwegingAnswer {
                    answer: Tri::Ja,
                    motivation: "Herhaald letsel in oktober en november.".into(),
                    by: ib(),
                    with_veilig_thuis: false,
                    veilig_thuis_contact: String::new(),
                },
                samen_met_vt: Some(VtSamen {
                    with_whom: "  ".into(),
                    on: date(15),
                }),
            },
            &ib(),
            at(15, 9)
        ),
        Err(ChangeError::MissingReason)
    );
    d.apply(
        Change::AnswerAfwegingSamen {
            question: "afweging_2".into(),
            answer: AfwegingAnswer {
                answer: Tri::Ja,
                motivation: "Herhaald letsel in oktober en november.".into(),
                by: ib(),
                with_veilig_thuis: false,
                veilig_thuis_contact: String::new(),
            },
            samen_met_vt: Some(VtSamen {
                with_whom: "Femke de Ruĳter".into(),
                on: date(15),
            }),
        },
        &ib(),
        at(15, 9),
    )
    .unwrap();
    assert!(d.afweging["afweging_2"].with_veilig_thuis);
    assert_eq!(d.afweging_vt["afweging_2"].on, date(15));
    assert_eq!(d.meldnorm_grounds(), [MeldnormGround::AcuutOfStructureel]);

    // Not melden against the meldnorm: refused without a written motivation.
    let before = d.clone();
    assert_eq!(
        d.apply(
            Change::Decide {
                decision: decision(false, directeur())
            },
            &ib(),
            at(16, 9)
        ),
        Err(ChangeError::MissingReason)
    );
    assert_eq!(
        d.check_decision(&decision(false, directeur()), None, ""),
        Err(DecisionProblem::AgainstMeldnorm)
    );
    assert_eq!(
        d.apply(
            Change::DecideWithAccount {
                decision: decision(false, directeur()),
                samen_met_vt: None,
                meldnorm_afwijking: "   ".into(),
            },
            &ib(),
            at(16, 9)
        ),
        Err(ChangeError::MissingReason)
    );
    assert_eq!(d, before);
    d.apply(
        Change::DecideWithAccount {
            decision: decision(false, directeur()),
            samen_met_vt: Some(VtSamen {
                with_whom: "Femke de Ruĳter".into(),
                on: date(16),
            }),
            meldnorm_afwijking: "Veilig Thuis adviseert zelf hulp te organiseren; het wijkteam \
                                 is al betrokken en ziet Zoë wekelijks."
                .into(),
        },
        &ib(),
        at(16, 10),
    )
    .unwrap();
    let account = d.decision_account(0).unwrap();
    assert_eq!(
        account.samen_met_vt.as_ref().unwrap().with_whom,
        "Femke de Ruĳter"
    );
    assert!(account.meldnorm_afwijking.contains("wijkteam"));
    // Melden needs no deviation motivation.
    d.apply(
        Change::DecideWithAccount {
            decision: decision(true, directeur()),
            samen_met_vt: None,
            meldnorm_afwijking: "wordt genegeerd".into(),
        },
        &ib(),
        at(17, 10),
    )
    .unwrap();
    assert_eq!(d.decision_account(1).unwrap().meldnorm_afwijking, "");

    let text = pdf_text(&d, DocumentKind::Dossier);
    for needle in [
        "Verantwoording van de besluiten",
        "Meldnorm van toepassing acute en/of structurele onveiligheid (afweging 2)",
        "Eindverantwoordelijke Bjørn Søren Çelik (directeur)",
        "Samen met Veilig Thuis Femke de Ruĳter, 16 november 2026",
        "is al betrokken en ziet Zoë wekelijks.",
        "Femke de Ruĳter, 15 november 2026",
    ] {
        assert!(text.contains(needle), "missing {needle}: {text}");
    }
}

#[test]
fn consultations_come_from_the_one_record_in_every_document() {
    let mut d = fresh();
    d.apply(
        Change::AddConsultation {
            consultation: Consultation {
                id: 0,
                on: date(5),
                kind: ConsultationKind::VeiligThuis,
                with_whom: "Femke de Ruĳter".into(),
                question: "Moeten wij melden?".into(),
                outcome: "Eerst het gesprek met moeder voeren.".into(),
            },
        },
        &ib(),
        at(5, 9),
    )
    .unwrap();
    for kind in [DocumentKind::Dossier, DocumentKind::Inzage] {
        let text = pdf_text(&d, kind);
        assert_eq!(
            text.matches("Eerst het gesprek met moeder voeren.").count(),
            1,
            "{kind:?}: {text}"
        );
    }
}

#[test]
fn the_letter_to_parents_holds_what_the_user_chose_and_not_what_the_child_told() {
    use meldcode::report::letters::{LetterSource, brief_ouders, brief_ouders_met, letter_preview};
    let mut d = fresh();
    d.apply(
        signal(
            2,
            Hand::Eerste,
            None,
            "Op 2 november zag ik een blauwe plek op de arm.",
        ),
        &teacher(),
        at(2, 16),
    )
    .unwrap();
    d.apply(
        signal(
            4,
            Hand::Tweede,
            Some("Zoë, in vertrouwen na de gymles"),
            "Zoë vertelde dat papa haar sloeg.",
        ),
        &teacher(),
        at(4, 16),
    )
    .unwrap();
    d.apply(
        signal(5, Hand::Eerste, None, "Zoë had geen lunch bij zich."),
        &teacher(),
        at(5, 16),
    )
    .unwrap();
    let mut items = letter_preview(&d);
    assert_eq!(items.len(), 3);
    let flags: Vec<(LetterSource, bool, bool)> = items
        .iter()
        .map(|i| (i.source, i.from_child, i.included))
        .collect();
    assert_eq!(
        flags,
        [
            (LetterSource::Signal(1), false, true),
            (LetterSource::Signal(2), true, false),
            (LetterSource::Signal(3), false, true),
        ]
    );
    let profile = example::profile();
    let render = |doc: &meldcode::report::Document| {
        let pdf = export::render(doc, Format::Pdf).unwrap();
        let dir = tmp();
        normalise(&pdftotext(&write(dir.path(), "brief.pdf", &pdf)))
    };
    require(&["pdftotext"]);
    let default = render(&brief_ouders(&d, &profile, now()).unwrap());
    assert!(default.contains("blauwe plek op de arm."), "{default}");
    assert!(!default.contains("papa haar sloeg"), "{default}");
    // The user leaves out the lunch and keeps the child's words out.
    items[2].included = false;
    let chosen = render(&brief_ouders_met(&d, &profile, now(), &items).unwrap());
    assert!(chosen.contains("blauwe plek op de arm."));
    assert!(!chosen.contains("geen lunch"));
    assert!(!chosen.contains("papa haar sloeg"));
}
