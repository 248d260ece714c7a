//! The embedded example: an invented school, an invented family and a dossier halfway
//! through the steps. Used when the app starts without a vault, by `meldcode demo` and by
//! tests. Every name, place and event here is made up.

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};

use super::dossier::{
    Change, Consultation, ConsultationKind, Conversation, Dossier, DossierId, Hand, Signal, Step,
};
use super::organisation::{Organisation, Profile};
use super::person::{Actor, Person, PersonId, PersonRole};
use super::values::Value;

/// The example user: an invented intern begeleider.
pub fn user() -> Actor {
    Actor::new("Sanne Bakker", "intern begeleider")
}

/// The example organisation: an invented primary school in IJsselmonde.
pub fn organisation() -> Organisation {
    let mut org = Organisation {
        name: "Basisschool De Regenboog".to_owned(),
        place: "Rotterdam-IJsselmonde".to_owned(),
        form_set: "basisonderwijs".to_owned(),
        eindverantwoordelijke: Actor::new("Henk Visser", "directeur"),
        aandachtsfunctionaris: user(),
        veilig_thuis_regio: "Veilig Thuis Rotterdam Rijnmond".to_owned(),
        veilig_thuis_telefoon: "0800-2000".to_owned(),
        veilig_thuis_email: "meldingen@veiligthuis.example".to_owned(),
        veilig_thuis_adres: String::new(),
        beveiligde_mail: "Zivver".to_owned(),
        klachtenregeling: "Een klacht kunt u eerst bespreken met de directeur. Komt u er samen \
                           niet uit, dan kunt u een klacht indienen bij de klachtencommissie van \
                           het schoolbestuur (klachten@regenboog.example)."
            .to_owned(),
        bewaartermijn_jaren: 2,
        vocabulary: Vec::new(),
        timestamp_service: String::new(),
        protocol: std::collections::BTreeMap::default(),
    };
    for (k, v) in [
        ("organisatie_naam", "Basisschool De Regenboog"),
        ("sector", "basisonderwijs"),
        ("eindverantwoordelijke_naam", "Henk Visser"),
        ("eindverantwoordelijke_functie", "directeur"),
        ("aandachtsfunctionaris_naam", "Sanne Bakker"),
        ("documentatiesysteem", "ParnasSys"),
        ("veilig_thuis_regio", "Veilig Thuis Rotterdam Rijnmond"),
    ] {
        org.protocol.insert(k.to_owned(), Value::Text(v.to_owned()));
    }
    org
}

/// The example profile.
pub fn profile() -> Profile {
    Profile {
        user: user(),
        organisation: organisation(),
    }
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default()
}

/// The example dossier: stap 1 and 2 done, stap 3 in progress.
pub fn dossier() -> Dossier {
    let me = user();
    let teacher = Actor::new("Jeroen de Vries", "leerkracht groep 5");
    let mut d = Dossier::new(
        DossierId(1),
        "MD-2026-0001",
        "basisonderwijs",
        me.clone(),
        at(3, 9),
    );
    let mut zoe = Person::new(PersonId(0), PersonRole::Kind, "Zoë", "Ünal-de Wít");
    zoe.birth_date = NaiveDate::from_ymd_opt(2018, 4, 17);
    zoe.address = "Ĳsselmondse Kade 14".to_owned();
    zoe.postcode_place = "3077 AB Rotterdam-Ĳsselmonde".to_owned();
    zoe.organisation = "Basisschool De Regenboog, groep 5".to_owned();
    let mut mother = Person::new(PersonId(0), PersonRole::Moeder, "Çağla", "Ünal-de Wít");
    mother.gezag = Some(true);
    mother.birth_date = NaiveDate::from_ymd_opt(1990, 9, 2);
    mother.address = zoe.address.clone();
    mother.postcode_place = zoe.postcode_place.clone();
    mother.phone = "06-12345678".to_owned();
    mother.email = "cagla.unal@example.nl".to_owned();
    let mut father = Person::new(PersonId(0), PersonRole::Vader, "Bjørn", "de Wít");
    father.gezag = Some(true);
    father.birth_date = NaiveDate::from_ymd_opt(1987, 1, 23);
    father.address = zoe.address.clone();
    father.postcode_place = zoe.postcode_place.clone();
    father.phone = "06-87654321".to_owned();
    let mut sister = Person::new(PersonId(0), PersonRole::BroerZus, "Elif", "Ünal-de Wít");
    sister.birth_date = NaiveDate::from_ymd_opt(2021, 6, 5);
    sister.organisation = "Kinderdagverblijf Het Bolletje".to_owned();
    sister.address = zoe.address.clone();
    sister.postcode_place = zoe.postcode_place.clone();

    let signal = |day: u32, observer: &Actor, source: Option<&str>, hand: Hand, text: &str| {
        Change::AddSignal {
            signal: Signal {
                id: 0,
                observed_on: date(day),
                recorded_at: at(day, 16),
                observer: observer.clone(),
                source: source.map(str::to_owned),
                source_person: None,
                hand,
                confirmed_by_informant: source.map(|_| true),
                text: text.to_owned(),
                contra_indicatie: false,
            },
        }
    };
    let mut changes = vec![
        (
            Change::SetTitle {
                title: "Groep 5, blauwe plekken en afwezigheid".to_owned(),
            },
            at(3, 9),
        ),
        (Change::AddPerson { person: zoe }, at(3, 9)),
        (Change::AddPerson { person: mother }, at(3, 9)),
        (Change::AddPerson { person: father }, at(3, 9)),
        (Change::AddPerson { person: sister }, at(3, 9)),
        (
            signal(
                2,
                &teacher,
                None,
                Hand::Eerste,
                "Op 2 november om 8.40 uur zag ik bij Zoë een blauwe plek van ongeveer 3 bij 4 \
                 cm op haar linker bovenarm, toen ze haar jas uittrok.",
            ),
            at(2, 16),
        ),
        (
            signal(
                4,
                &teacher,
                Some("Zoë"),
                Hand::Tweede,
                "Zoë zei op 4 november in de klas tegen mij: \"Papa was gisteren heel boos, \
                 ik mocht niet eten.\"",
            ),
            at(4, 16),
        ),
        (
            signal(
                6,
                &me,
                None,
                Hand::Eerste,
                "In oktober was Zoë 6 van de 20 lesdagen afwezig; 4 keer zonder afmelding.",
            ),
            at(6, 16),
        ),
        (
            Change::CompleteStep {
                step: Step::Signaleren,
            },
            at(6, 17),
        ),
        (
            Change::AddConsultation {
                consultation: Consultation {
                    id: 0,
                    on: date(9),
                    kind: ConsultationKind::Collegiaal,
                    with_whom: "Jeroen de Vries, leerkracht groep 5".to_owned(),
                    question: "Zijn de signalen voldoende om het gesprek met ouders aan te gaan?"
                        .to_owned(),
                    outcome: "Afgesproken dat de intern begeleider en de leerkracht op 12 \
                              november met beide ouders praten."
                        .to_owned(),
                },
            },
            at(9, 10),
        ),
        (
            Change::AddConsultation {
                consultation: Consultation {
                    id: 0,
                    on: date(10),
                    kind: ConsultationKind::VeiligThuis,
                    with_whom: "Veilig Thuis Rotterdam Rijnmond, medewerker Anouk Smit".to_owned(),
                    question: "Anoniem advies: hoe het gesprek met ouders voor te bereiden?"
                        .to_owned(),
                    outcome: "Advies: eerst het gesprek met Zoë over de blauwe plek van 2 \
                              november, daarna met beide ouders; binnen twee weken opnieuw \
                              contact."
                        .to_owned(),
                },
            },
            at(10, 11),
        ),
        (
            Change::CompleteStep {
                step: Step::Consulteren,
            },
            at(10, 12),
        ),
        (
            Change::AddConversation {
                conversation: Conversation {
                    id: 0,
                    on: date(12),
                    with: vec![PersonId(2), PersonId(3)],
                    held_by: vec![me.clone(), teacher.clone()],
                    said: "Wij hebben de blauwe plek van 2 november en de afwezigheid in oktober \
                           benoemd en gevraagd hoe het thuis gaat."
                        .to_owned(),
                    reaction: "Moeder zei: \"Ze is van de trap gevallen.\" Vader zei niets en \
                               verliet na tien minuten het gesprek."
                        .to_owned(),
                },
            },
            at(12, 15),
        ),
    ];
    changes.push((
        Change::SetField {
            step: Step::Gesprek,
            field: "gesprek_kind".to_owned(),
            value: Some(Value::Text(
                "Gesprek met Zoë op 11 november door de leerkracht, in het lokaal na schooltijd."
                    .to_owned(),
            )),
        },
        at(12, 16),
    ));
    for (change, when) in changes {
        let by = if matches!(change, Change::AddSignal { .. }) {
            &teacher
        } else {
            &me
        };
        // The example is built from fixed, valid changes; a refusal would be a bug here
        // and the change is skipped rather than aborting the app.
        d.apply(change, by, when).ok();
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::StepStatus;

    #[test]
    fn example_has_every_change_in_its_history() {
        let d = dossier();
        assert_eq!(d.persons.len(), 4);
        assert_eq!(d.signals.len(), 3);
        assert_eq!(d.consultations.len(), 2);
        assert_eq!(d.conversations.len(), 1);
        assert_eq!(d.history.len(), 14, "every example change must apply");
        assert_eq!(d.current_step(), Step::Gesprek);
        assert_eq!(d.step(Step::Signaleren).status, StepStatus::Afgerond);
        assert!(
            d.persons
                .iter()
                .any(|p| p.full_name() == "Çağla Ünal-de Wít")
        );
    }

    #[test]
    fn example_title_and_reference_carry_no_names() {
        let d = dossier();
        for p in &d.persons {
            assert!(!d.title.contains(&p.first_name));
            assert!(!d.reference.contains(&p.first_name));
        }
    }
}
