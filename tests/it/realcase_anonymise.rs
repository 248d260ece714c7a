//! A real case built from scratch through `Change`s (not the example): registered persons
//! named in every form, people nobody registered, a teacher, a street, a place, a phone
//! number and a licence plate. The anonymised consultation summary, rendered to PDF and
//! DOCX, holds none of them and keeps the facts.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use chrono::{NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{
    Actor, Change, Consultation, ConsultationKind, Conversation, Dossier, DossierId, Hand, Person,
    PersonId, PersonRole, Profile, Signal,
};
use meldcode::export::{DocxOptions, PdfOptions, docx, pdf};
use meldcode::report::{self, BuildError, Confirmations};

use crate::export_support::{now, pdftotext, require, run, tmp, write};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub fn profile() -> Profile {
    let mut p = Profile::empty(Actor::new("Mirjam Hoogendoorn", "intern begeleider"));
    let o = &mut p.organisation;
    o.name = "Basisschool De Vlinderboom".to_owned();
    o.place = "Den Haag".to_owned();
    o.form_set = "basisonderwijs".to_owned();
    o.eindverantwoordelijke = Actor::new("Gerard Smulders", "directeur");
    o.aandachtsfunctionaris = Actor::new("Mirjam Hoogendoorn", "intern begeleider");
    o.veilig_thuis_regio = "Veilig Thuis Haaglanden".to_owned();
    o.beveiligde_mail = "Zivver".to_owned();
    o.klachtenregeling = "Een klacht kunt u indienen bij de klachtencommissie van het \
                          schoolbestuur."
        .to_owned();
    o.bewaartermijn_jaren = 5;
    p
}

pub const SIGNALS: [&str; 8] = [
    "Op maandag 2 november zag ik bij Daan een blauwe plek van ongeveer 3 bij 4 cm op zijn \
     linker bovenarm. Daan zei: \"Ik ben tegen de hoek van de kast gevallen.\"",
    "Daans jas was kapot. Juf Anouk vertelde dat D. van Dijk sinds de herfstvakantie stil is \
     in groep 4 van De Vlinderboom.",
    "Hoek van de kast: Daniël wees naar zijn arm. Blauwe plek zichtbaar bij het omkleden voor \
     de gym.",
    "Moeder Selam Tesfay belde vanaf 06-21436587. Selams broer Yonas Tesfamariam haalt Daan \
     soms op met een auto met kenteken XT-432-K.",
    "Buurman Kees zag op woensdag dat vader Bjørn de Wít in de Kerkstraat in Zoetermeer \
     schreeuwde. Bjørns stem was hard.",
    "Daantje vertelde aan meester Jeroen dat oma Hanna uit Eritrea komt en dat hij bij \
     Zoë's moeder logeerde.",
    "Danny huilde toen zijn broertje Filmon werd opgehaald. Vader belde vanaf 070-3456789.",
    "Op vrijdag kwam Daan vrolijk binnen; hij vertelde over zijn verjaardag op 9 maart.",
];

/// Every identifying word of the case, as it may appear in an export.
pub const LEAKS: [&str; 32] = [
    "Daniël",
    "Daniel",
    "Johannes",
    "Daan",
    "Daantje",
    "Danny",
    "Dijk",
    "Selam",
    "Tesfay",
    "Bjørn",
    "Bjorn",
    "Wít",
    "Yonas",
    "Tesfamariam",
    "Anouk",
    "Kees",
    "Hanna",
    "Jeroen",
    "Zoë",
    "Filmon",
    "Kerkstraat",
    "Zoetermeer",
    "Kastanjelaan",
    "Vlinderboom",
    "XT-432-K",
    "06-21436587",
    "070-3456789",
    "2564",
    "Asmara",
    "Mirjam",
    "Smulders",
    "Hoogendoorn",
];

/// Facts the summary must keep.
pub const FACTS: [&str; 12] = [
    "blauwe plek van ongeveer 3 bij 4 cm",
    "tegen de hoek van de kast gevallen",
    "Hoek van de kast",
    "Blauwe plek zichtbaar",
    "maandag 2 november",
    "woensdag",
    "vrijdag",
    "herfstvakantie",
    "Veilig Thuis",
    "huisarts",
    "GGD",
    "gym",
];

/// The case, built only with changes.
pub fn dossier() -> Dossier {
    let me = Actor::new("Mirjam Hoogendoorn", "intern begeleider");
    let teacher = Actor::new("Jeroen Bos", "leerkracht groep 4");
    let at = |m: u32, d: u32| Utc.with_ymd_and_hms(2026, m, d, 15, 0, 0).unwrap();
    let mut d = Dossier::new(
        DossierId(42),
        "MD-2026-0042",
        "basisonderwijs",
        me.clone(),
        at(11, 3),
    );
    let mut daan = Person::new(PersonId(0), PersonRole::Kind, "Daniël Johannes", "Dijk");
    daan.roepnaam = "Daan".to_owned();
    daan.tussenvoegsel = "van".to_owned();
    daan.aliases = vec!["Daantje".to_owned(), "Danny".to_owned()];
    daan.birth_date = Some(NaiveDate::from_ymd_opt(2017, 3, 9).unwrap());
    daan.address = "Kastanjelaan 12".to_owned();
    daan.postcode_place = "2564 KL Den Haag".to_owned();
    daan.organisation = "Basisschool De Vlinderboom".to_owned();
    daan.group = "groep 4".to_owned();
    let mut selam = Person::new(PersonId(0), PersonRole::Moeder, "Selam", "Tesfay");
    selam.gezag = Some(true);
    selam.phone = "06-21436587".to_owned();
    selam.languages = vec!["Tigrinya".to_owned(), "Nederlands".to_owned()];
    let mut bjorn = Person::new(PersonId(0), PersonRole::Vader, "Bjørn", "Wít");
    bjorn.tussenvoegsel = "de".to_owned();
    bjorn.gezag = Some(true);
    bjorn.phone = "+31 6 98765432".to_owned();
    let mut changes = vec![
        Change::SetTitle {
            title: "Groep 4, blauwe plek en stil gedrag".to_owned(),
        },
        Change::AddPerson { person: daan },
        Change::AddPerson { person: selam },
        Change::AddPerson { person: bjorn },
        Change::SetSubject { id: PersonId(1) },
    ];
    for (i, text) in SIGNALS.iter().enumerate() {
        changes.push(Change::AddSignal {
            signal: Signal {
                id: 0,
                observed_on: date(11, 2 + u32::try_from(i).unwrap()),
                recorded_at: at(11, 2 + u32::try_from(i).unwrap()),
                observer: teacher.clone(),
                source: None,
                source_person: None,
                hand: Hand::Eerste,
                confirmed_by_informant: None,
                text: (*text).to_owned(),
                contra_indicatie: i == 7,
            },
        });
    }
    changes.push(Change::AddConsultation {
        consultation: Consultation {
            id: 0,
            on: date(11, 12),
            kind: ConsultationKind::VeiligThuis,
            with_whom: "Veilig Thuis Haaglanden".to_owned(),
            question: "Hoe gaan we in gesprek met Selam en B. de Wít?".to_owned(),
            outcome: "Advies: huisarts en GGD betrekken; de IB'er van De Vlinderboom plant een \
                      gesprek."
                .to_owned(),
        },
    });
    changes.push(Change::AddConversation {
        conversation: Conversation {
            id: 0,
            on: date(11, 16),
            with: vec![PersonId(2)],
            held_by: vec![me.clone()],
            said: "Selam vertelde dat Daan in juli naar Asmara reist.".to_owned(),
            reaction: "Moeder was rustig.".to_owned(),
        },
    });
    for c in changes {
        d.apply(c, &me, at(11, 20)).unwrap();
    }
    d
}

fn assert_clean(what: &str, text: &str) {
    for leak in LEAKS {
        assert!(!text.contains(leak), "{what} contains {leak:?}:\n{text}");
    }
}

fn summary() -> report::CheckedSummary {
    let d = dossier();
    let mut conf = Confirmations::default();
    let first = report::consultatie_checked(&d, &profile(), now(), &conf);
    if let Err(BuildError::Unconfirmed(words)) = &first {
        // The user looks at the doubtful words and says which are names.
        for w in words {
            conf.names.insert(w.clone());
        }
    }
    report::consultatie_checked(&d, &profile(), now(), &conf).unwrap()
}

#[test]
fn the_summary_model_has_no_identifier_and_keeps_the_facts() {
    let s = summary();
    let all = s.document.texts().join("\n");
    assert_clean("model", &all);
    for fact in FACTS
        .iter()
        .filter(|f| !["huisarts", "GGD", "Veilig Thuis"].contains(f))
    {
        assert!(all.contains(fact), "fact {fact:?} lost:\n{all}");
    }
    assert!(all.contains("huisarts en GGD betrekken"), "{all}");
    assert!(all.contains("[kenteken]"), "{all}");
    let replaced: BTreeSet<&str> = s.report.replaced.iter().map(|r| r.word.as_str()).collect();
    for name in [
        "Yonas",
        "Tesfamariam",
        "Anouk",
        "Kees",
        "Hanna",
        "Filmon",
        "Kerkstraat",
    ] {
        assert!(
            replaced.iter().any(|w| w.contains(name)),
            "{name} not reported: {replaced:?}"
        );
    }
}

#[test]
fn pdf_text_and_docx_xml_hold_no_identifier() {
    require(&["pdftotext", "unzip", "qpdf"]);
    let s = summary();
    let dir = tmp();
    let p = write(
        dir.path(),
        "c.pdf",
        &pdf(&s.document, &PdfOptions::new(now())).unwrap(),
    );
    let text = pdftotext(&p);
    assert_clean("PDF", &text);
    // Metadata, bookmarks and every stream, decompressed.
    let raw = dir.path().join("raw.pdf");
    run(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            p.to_str().unwrap(),
            raw.to_str().unwrap(),
        ],
    );
    let raw = String::from_utf8_lossy(&std::fs::read(&raw).unwrap()).into_owned();
    for leak in ["Daan", "Yonas", "Anouk", "Kees", "Vlinderboom", "Mirjam"] {
        assert!(!raw.contains(leak), "raw PDF contains {leak}");
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Hoek van de kast"), "{flat}");
    assert!(
        flat.contains("blauwe plek van ongeveer 3 bij 4 cm"),
        "{flat}"
    );
    let w = write(
        dir.path(),
        "c.docx",
        &docx(&s.document, &DocxOptions::new(now())).unwrap(),
    );
    let xml = run("unzip", &["-p", w.to_str().unwrap()]);
    assert_clean("DOCX", &xml);
    assert!(xml.contains("Hoek van de kast"));
}

#[test]
fn unconfirmed_doubts_refuse_the_export_and_name_only_the_words() {
    let d = dossier();
    let mut d2 = d.clone();
    let me = Actor::new("Mirjam Hoogendoorn", "intern begeleider");
    // "Roos" at the start of a sentence is a word (a rose) and a first name: doubtful.
    d2.apply(
        Change::CorrectSignal {
            id: 8,
            text: "Roos zat naast hem. Op vrijdag kwam Daan vrolijk binnen.".to_owned(),
            reason: "aangevuld".to_owned(),
        },
        &me,
        Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap(),
    )
    .unwrap();
    let err =
        report::consultatie_checked(&d2, &profile(), now(), &Confirmations::default()).unwrap_err();
    let BuildError::Unconfirmed(words) = &err else {
        panic!("{err:?}")
    };
    assert!(words.contains(&"Roos".to_owned()), "{words:?}");
    let msg = err.to_string();
    assert!(msg.contains("Roos") && msg.contains("naam"), "{msg}");
    assert!(!msg.contains("vrolijk"), "{msg}");
    // Confirmed as a name: replaced. Confirmed as a word: kept.
    let mut conf = Confirmations::default();
    conf.names.extend(words.iter().cloned());
    let s = report::consultatie_checked(&d2, &profile(), now(), &conf).unwrap();
    assert!(!s.document.texts().join(" ").contains("Roos"));
    let mut conf = Confirmations::default();
    conf.words.extend(words.iter().cloned());
    let s = report::consultatie_checked(&d2, &profile(), now(), &conf).unwrap();
    assert!(s.document.texts().join(" ").contains("Roos zat naast"));
}
