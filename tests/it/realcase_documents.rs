//! Documents of a case built from scratch: the meldformulier's child and parents come from
//! the persons, the letter goes to the parents with gezag, every document shows the
//! organisation's own profile, and a document that needs a profile field the profile lacks
//! names it instead of printing an empty line or the example's value.
#![allow(clippy::unwrap_used)]

use chrono::{TimeZone as _, Utc};
use meldcode::domain::{
    Actor, Change, Person, PersonId, PersonRole, Profile, ProfileField, Tri, Value, example,
};
use meldcode::report::letters::{LetterRefused, brief_ouders};
use meldcode::report::{self, BuildError, DocumentKind, meldformulier};

use crate::export_support::now;
use crate::realcase_anonymise::{dossier, profile};

fn group(a: &meldcode::domain::Answers, id: &str) -> Vec<meldcode::domain::Answers> {
    match a.get(id) {
        Some(Value::Group(g)) => g.clone(),
        other => panic!("{id}: {other:?}"),
    }
}

fn text<'a>(e: &'a meldcode::domain::Answers, id: &str) -> &'a str {
    e.get(id).and_then(Value::as_text).unwrap_or_default()
}

#[test]
fn the_meldformulier_takes_the_child_and_the_parents_from_the_persons() {
    let a = meldformulier::answers(&dossier(), &profile());
    let kids = group(&a, "kinderen");
    assert_eq!(kids.len(), 1);
    assert_eq!(
        text(&kids[0], "kind_voornamen"),
        "Daniël Johannes (roepnaam Daan)"
    );
    assert_eq!(text(&kids[0], "kind_achternaam"), "van Dijk");
    assert_eq!(
        text(&kids[0], "kind_school"),
        "Basisschool De Vlinderboom, groep 4"
    );
    assert_eq!(kids[0].get("kind_gemeld"), Some(&Value::Tri(Tri::Ja)));
    let parents = group(&a, "ouders");
    let names: Vec<&str> = parents.iter().map(|e| text(e, "ouder_naam")).collect();
    assert_eq!(names, ["Tesfay, Selam", "de Wít, Bjørn"]);
    assert!(
        parents
            .iter()
            .all(|e| e.get("ouder_gezag") == Some(&Value::Tri(Tri::Ja)))
    );
    assert_eq!(text(&a, "melder_organisatie"), "Basisschool De Vlinderboom");
    assert_eq!(text(&a, "vt_regio"), "Veilig Thuis Haaglanden");
}

#[test]
fn the_letter_goes_to_the_parents_with_gezag_only() {
    let mut d = dossier();
    let me = Actor::new("Mirjam Hoogendoorn", "intern begeleider");
    let at = Utc.with_ymd_and_hms(2026, 11, 21, 9, 0, 0).unwrap();
    let mut step = Person::new(PersonId(0), PersonRole::Stiefouder, "Ronald", "Vermeulen");
    step.gezag = Some(false);
    d.apply(Change::AddPerson { person: step }, &me, at)
        .unwrap();
    let letter = brief_ouders(&d, &profile(), now()).unwrap();
    let all = letter.texts().join("\n");
    assert!(all.contains("Beste Selam Tesfay en Bjørn de Wít,"), "{all}");
    assert!(!all.contains("Ronald"), "{all}");
    assert!(
        all.contains("klachtencommissie van het schoolbestuur"),
        "{all}"
    );
    assert!(!all.contains("Regenboog"), "{all}");

    // Nobody with gezag: no addressee, and the letter says so.
    let mut nobody = d.clone();
    for id in [2, 3] {
        let mut p = nobody.person(PersonId(id)).unwrap().clone();
        p.gezag = None;
        nobody
            .apply(Change::UpdatePerson { person: p }, &me, at)
            .unwrap();
    }
    let err = brief_ouders(&nobody, &profile(), now()).unwrap_err();
    assert_eq!(err, LetterRefused::NoParentWithGezag);
    assert!(err.dutch_message().contains("gezag"));

    // No klachtenregeling in the profile: the letter names the field.
    let mut p = profile();
    p.organisation.klachtenregeling.clear();
    let err = brief_ouders(&d, &p, now()).unwrap_err();
    assert_eq!(
        err,
        LetterRefused::MissingProfileField(ProfileField::Klachtenregeling)
    );
    assert!(err.dutch_message().contains("klachtenregeling"));
}

#[test]
fn documents_show_the_own_profile_and_name_what_is_missing() {
    let d = dossier();
    let p = profile();
    for kind in [
        DocumentKind::Dossier,
        DocumentKind::Inzage,
        DocumentKind::Protocol,
    ] {
        let doc = report::build(kind, Some(&d), &p, now()).unwrap();
        let all = doc.texts().join("\n");
        assert!(all.contains("Basisschool De Vlinderboom"), "{kind:?}");
        let ex = example::profile();
        for foreign in [
            ex.organisation.name.as_str(),
            ex.organisation.eindverantwoordelijke.name.as_str(),
            ex.organisation.veilig_thuis_email.as_str(),
        ] {
            assert!(!all.contains(foreign), "{kind:?} shows {foreign}");
        }
    }
    let empty = Profile::empty(Actor::new("Mirjam Hoogendoorn", "intern begeleider"));
    let err = report::build(DocumentKind::Dossier, Some(&d), &empty, now()).unwrap_err();
    assert_eq!(err, BuildError::MissingProfileField(ProfileField::Naam));
    assert!(err.to_string().contains("naam van de organisatie"), "{err}");
    let mut half = profile();
    half.organisation.bewaartermijn_jaren = 0;
    let err = report::build(DocumentKind::Inzage, Some(&d), &half, now()).unwrap_err();
    assert_eq!(
        err,
        BuildError::MissingProfileField(ProfileField::Bewaartermijn)
    );
    half.organisation.veilig_thuis_regio.clear();
    let err = report::build(DocumentKind::Protocol, None, &half, now()).unwrap_err();
    assert_eq!(
        err,
        BuildError::MissingProfileField(ProfileField::VeiligThuisRegio)
    );
}
