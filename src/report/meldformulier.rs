//! The meldformulier: its answers prefilled from the dossier and the profile, overlaid with
//! the user's own edits.
//!
//! The field ids are those of the bundled `forms/meldformulier/meldformulier.toml`; a
//! region's own variant that keeps the ids gets the same prefill. Pure: no clock, no files.

use std::fmt::Write as _;

use crate::domain::{
    Answers, ConsultationKind, Dossier, Hand, Person, PersonRole, Profile, Signal, Step,
    StepStatus, Tri, Value,
};
use crate::form;

pub use super::checklist::effective_checklist;

/// Step-form field ids under which a dossier may record the form(s) of violence.
const VORMEN_FIELDS: [&str; 2] = ["vormen", "vermoede_vormen"];

/// The meldformulier answers the dossier already knows.
///
/// Every person ends up in a group by role (children, parents, household, professionals or
/// the network), every signal as a fact with its date, hand and source, consultations under
/// `overleg`, conversations with the family's reaction under `gesprekken`, the
/// afwegingskader answers with their motivations under `afwegingen`, and the checklist
/// before sending in its own fields.
pub fn prefill(d: &Dossier, p: &Profile) -> Answers {
    let mut a = Answers::new();
    melder(&mut a, p, d);
    persons(&mut a, d);
    about_a_child(&mut a, d);
    feiten(&mut a, d);
    vormen(&mut a, d);
    gedaan(&mut a, d);
    super::checklist::prefill(&mut a, &effective_checklist(d, p));
    if let Some(sent) = &d.melding.sent {
        a.insert(
            "verzonden_op".to_owned(),
            Value::DateTime(sent.on.and_time(chrono::NaiveTime::MIN)),
        );
        text(&mut a, "vt_kenmerk", &sent.veilig_thuis_reference);
        let mut follow = sent.follow_up.clone();
        if let Some(on) = sent.follow_up_on {
            if !follow.is_empty() {
                follow.push(' ');
            }
            let _ = write!(follow, "(uiterlijk {})", super::fmt_date(on));
        }
        text(&mut a, "vervolgafspraken", &follow);
    }
    a
}

/// The answers as they stand: [`prefill`] overlaid with the user's edits in
/// `d.melding.answers` (an edit always wins, also when it clears a text).
pub fn answers(d: &Dossier, p: &Profile) -> Answers {
    let mut a = prefill(d, p);
    for (k, v) in &d.melding.answers {
        a.insert(k.clone(), v.clone());
    }
    a
}

/// Inserts a text value unless it is blank.
fn text(a: &mut Answers, id: &str, value: &str) {
    if !value.trim().is_empty() {
        a.insert(id.to_owned(), Value::Text(value.trim().to_owned()));
    }
}

fn tri(b: bool) -> Value {
    Value::Tri(if b { Tri::Ja } else { Tri::Nee })
}

fn melder(a: &mut Answers, p: &Profile, d: &Dossier) {
    let org = &p.organisation;
    text(a, "melder_naam", &p.user.name);
    text(a, "melder_functie", &p.user.function);
    text(a, "melder_organisatie", &org.name);
    text(a, "melder_adres", &org.place);
    text(a, "vt_regio", &org.veilig_thuis_regio);
    let kader = form::bundled()
        .iter()
        .find(|s| s.id == d.form_set)
        .map_or_else(|| d.form_set.clone(), |s| s.title.clone());
    text(a, "melder_afwegingskader", &kader);
}

/// "Street 1, 1234 AB Place", leaving out empty parts.
fn address(p: &Person) -> String {
    [p.address.trim(), p.postcode_place.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `rol_betrokkene` choice for a person.
fn role_id(person: &Person) -> &'static str {
    match person.role {
        PersonRole::Kind | PersonRole::Client => "kind",
        PersonRole::Moeder => "moeder",
        PersonRole::Vader => "vader",
        PersonRole::Stiefouder | PersonRole::Pleegouder => "verzorger",
        PersonRole::BroerZus => "broer-zus",
        PersonRole::Partner => "huisgenoot",
        PersonRole::AndereVolwassene if person.has_gezag() => "verzorger",
        PersonRole::AndereVolwassene if is_professional(person) => "professional",
        PersonRole::AndereVolwassene if person.relation.trim() == "huisgenoot" => "huisgenoot",
        PersonRole::AndereVolwassene | PersonRole::VermoedelijkePleger => "anders",
    }
}

/// A parent, or any other adult recorded with gezag (a guardian).
fn is_parent(person: &Person) -> bool {
    person.role.is_parent() || (!person.role.is_child() && person.has_gezag())
}

/// An adult recorded as a professional (older vaults had a role for it).
fn is_professional(person: &Person) -> bool {
    person.role == PersonRole::AndereVolwassene && person.relation.trim() == "professional"
}

/// Official first names, with the roepnaam where it differs: "Daniël Johannes (roepnaam
/// Daan)".
fn first_names(person: &Person) -> String {
    let first = person.first_name.trim();
    let roep = person.roepnaam.trim();
    if roep.is_empty() || roep == first {
        first.to_owned()
    } else if first.is_empty() {
        roep.to_owned()
    } else {
        format!("{first} (roepnaam {roep})")
    }
}

/// Whether the melding is about a child: yes when the dossier has a person in the role of
/// the child or no persons at all; otherwise (partner violence, elder abuse) the adults are
/// listed instead of children and parents, and no birth dates are asked.
fn about_a_child(a: &mut Answers, d: &Dossier) {
    let child = d.persons.is_empty() || d.persons.iter().any(|x| x.role == PersonRole::Kind);
    a.insert("betreft_kind".to_owned(), tri(child));
    if child {
        return;
    }
    let adults: Vec<Answers> = d
        .persons
        .iter()
        .map(|x| {
            let mut e = Answers::new();
            text(&mut e, "volwassene_naam", &x.full_name());
            let role = if x.relation.trim().is_empty() {
                x.role.label().to_owned()
            } else {
                x.relation.trim().to_owned()
            };
            text(&mut e, "volwassene_rol", &role);
            text(&mut e, "volwassene_adres", &address(x));
            text(&mut e, "volwassene_telefoon", &x.phone);
            e
        })
        .collect();
    if !adults.is_empty() {
        a.insert("volwassenen_lijst".to_owned(), Value::Group(adults));
    }
}

fn persons(a: &mut Answers, d: &Dossier) {
    let subject = d.subject().map(|p| p.id);
    let mut kinderen = Vec::new();
    let mut ouders = Vec::new();
    let mut huisgenoten = Vec::new();
    let mut professionals = Vec::new();
    let mut netwerk = Vec::new();
    for person in &d.persons {
        let mut e = Answers::new();
        if person.role.is_child() {
            text(&mut e, "kind_achternaam", &person.family_name());
            text(&mut e, "kind_voornamen", &first_names(person));
            if let Some(b) = person.birth_date {
                e.insert("kind_geboortedatum".to_owned(), Value::Date(b));
            }
            text(&mut e, "kind_adres", &address(person));
            let school = [person.organisation.trim(), person.group.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            text(&mut e, "kind_school", &school);
            text(&mut e, "kind_woont_bij", &lives_with(d, person));
            let about = person.role == PersonRole::Kind || Some(person.id) == subject;
            e.insert("kind_gemeld".to_owned(), tri(about));
            kinderen.push(e);
        } else if is_parent(person) {
            let name = format!("{}, {}", person.family_name(), first_names(person));
            text(&mut e, "ouder_naam", name.trim_matches([',', ' ']));
            e.insert(
                "ouder_rol".to_owned(),
                Value::Choice(role_id(person).to_owned()),
            );
            if let Some(g) = person.gezag {
                e.insert("ouder_gezag".to_owned(), tri(g));
            }
            if let Some(b) = person.birth_date {
                e.insert("ouder_geboortedatum".to_owned(), Value::Date(b));
            }
            text(&mut e, "ouder_adres", &address(person));
            text(&mut e, "ouder_telefoon", &person.phone);
            ouders.push(e);
        } else if matches!(role_id(person), "kind" | "huisgenoot") {
            text(&mut e, "huisgenoot_naam", &person.formal_name());
            e.insert(
                "huisgenoot_relatie".to_owned(),
                Value::Choice(role_id(person).to_owned()),
            );
            if let Some(b) = person.birth_date {
                e.insert("huisgenoot_geboortedatum".to_owned(), Value::Date(b));
            }
            huisgenoten.push(e);
        } else if is_professional(person) {
            text(&mut e, "professional_naam", &person.full_name());
            text(&mut e, "professional_organisatie", &person.organisation);
            let contact = [person.phone.trim(), person.email.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            text(&mut e, "professional_contact", &contact);
            professionals.push(e);
        } else {
            let mut line = format!("{} ({}", person.display_name(), person.role.label());
            if !person.relation.trim().is_empty() {
                let _ = write!(line, ", {}", person.relation.trim());
            }
            line.push(')');
            if !person.phone.trim().is_empty() {
                let _ = write!(line, ", telefoon {}", person.phone.trim());
            }
            netwerk.push(line);
        }
    }
    for (id, group) in [
        ("kinderen", kinderen),
        ("ouders", ouders),
        ("huisgenoten", huisgenoten),
        ("professionals", professionals),
    ] {
        if !group.is_empty() {
            a.insert(id.to_owned(), Value::Group(group));
        }
    }
    text(a, "netwerk", &netwerk.join("\n"));
}

/// The parents and carers recorded at the same address as the child.
fn lives_with(d: &Dossier, child: &Person) -> String {
    let here = address(child);
    if here.is_empty() {
        return String::new();
    }
    d.persons
        .iter()
        .filter(|p| is_parent(p) && address(p) == here)
        .map(|p| format!("{} ({})", p.full_name(), p.role.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Van wie, hoe en wanneer verkregen" for one signal.
fn source_of(d: &Dossier, s: &Signal) -> String {
    let observer = if s.observer.function.trim().is_empty() {
        s.observer.name.clone()
    } else {
        format!("{}, {}", s.observer.name, s.observer.function)
    };
    let recorded = super::fmt_date(s.recorded_at.date_naive());
    let mut out = match s.hand {
        Hand::Eerste => format!("Eigen waarneming van {observer}; vastgelegd op {recorded}."),
        Hand::Tweede => {
            let who = s
                .source
                .clone()
                .filter(|w| !w.trim().is_empty())
                .or_else(|| {
                    s.source_person
                        .and_then(|id| d.person(id))
                        .map(Person::full_name)
                })
                .unwrap_or_else(|| "een ander (bron niet vastgelegd)".to_owned());
            format!("Verteld door {who} aan {observer}; vastgelegd op {recorded}.")
        }
    };
    match s.confirmed_by_informant {
        Some(true) => out.push_str(" De informant heeft de tekst geaccordeerd."),
        Some(false) => out.push_str(" De informant heeft de tekst niet geaccordeerd."),
        None => {}
    }
    out
}

fn feiten(a: &mut Answers, d: &Dossier) {
    // A withdrawn signal is no fact of the melding; an unapproved second-hand one says so.
    let entries: Vec<Answers> = d
        .signals_by_date()
        .into_iter()
        .filter(|s| d.signal_withdrawal(s.id).is_none())
        .map(|s| {
            let mut e = Answers::new();
            e.insert("feit_datum".to_owned(), Value::Date(s.observed_on));
            e.insert(
                "feit_hand".to_owned(),
                Value::Choice(
                    match s.hand {
                        Hand::Eerste => "eerste",
                        Hand::Tweede => "tweede",
                    }
                    .to_owned(),
                ),
            );
            text(&mut e, "feit_bron", &source_of(d, s));
            let mut body = if s.contra_indicatie {
                format!("Contra-indicatie: {}", s.text.trim())
            } else {
                s.text.trim().to_owned()
            };
            if d.awaits_approval(s) {
                body = format!(
                    "{body} {}",
                    crate::texts::documents::SIGNAL_NOT_YET_APPROVED_MARKER
                );
            }
            text(&mut e, "feit_tekst", &body);
            e
        })
        .collect();
    if !entries.is_empty() {
        a.insert("feiten".to_owned(), Value::Group(entries));
    }
}

fn vormen(a: &mut Answers, d: &Dossier) {
    let mut found: Vec<String> = Vec::new();
    for step in &d.steps {
        for id in VORMEN_FIELDS {
            if let Some(Value::Multi(v)) = step.answers.get(id) {
                for x in v {
                    if !found.contains(x) {
                        found.push(x.clone());
                    }
                }
            }
        }
    }
    if !found.is_empty() {
        a.insert("vormen".to_owned(), Value::Multi(found));
    }
}

fn gedaan(a: &mut Answers, d: &Dossier) {
    let steps: Vec<String> = Step::ALL
        .into_iter()
        .filter_map(|s| {
            let status = match d.step(s).status {
                StepStatus::Open => return None,
                StepStatus::Bezig => "bezig",
                StepStatus::Afgerond => "afgerond",
            };
            Some(format!("Stap {}: {} ({status}).", s.number(), s.title()))
        })
        .collect();
    text(a, "stappen_meldcode", &steps.join("\n"));

    let overleg: Vec<String> = d
        .consultations
        .iter()
        .map(|c| {
            let kind = match c.kind {
                ConsultationKind::Collegiaal => "Collegiale consultatie",
                ConsultationKind::VeiligThuis => "Advies van Veilig Thuis (anoniem)",
                ConsultationKind::Deskundige => "Overleg met een deskundige",
            };
            format!(
                "{} – {kind} met {}. Vraag: {} Uitkomst: {}",
                super::fmt_date(c.on),
                c.with_whom.trim(),
                c.question.trim(),
                c.outcome.trim()
            )
        })
        .collect();
    text(a, "overleg", &overleg.join("\n"));

    let mut gesprekken: Vec<String> = d
        .conversations
        .iter()
        .map(|c| {
            let with = c
                .with
                .iter()
                .filter_map(|id| d.person(*id))
                .map(|p| format!("{} ({})", p.full_name(), p.role.label()))
                .collect::<Vec<_>>()
                .join(", ");
            let by = c
                .held_by
                .iter()
                .map(|a| format!("{} ({})", a.name, a.function))
                .collect::<Vec<_>>()
                .join(", ");
            format!(
                "{} – gesprek met {with}, gevoerd door {by}. Besproken: {} Reactie: {}",
                super::fmt_date(c.on),
                c.said.trim(),
                c.reaction.trim()
            )
        })
        .collect();
    if let Some(skip) = &d.conversation_skipped {
        let mut line = format!("Geen gesprek gevoerd: {}", skip.explanation.trim());
        if let Some(on) = skip.catch_up_on {
            let _ = write!(
                line,
                " Het gesprek volgt uiterlijk {}.",
                super::fmt_date(on)
            );
        }
        gesprekken.push(line);
    }
    // The family's own word goes with the melding when they asked for it (seed 003).
    for z in d.zienswijzen.iter().filter(|z| z.with_melding) {
        let mut line = format!(
            "{} {} ({}): {}",
            crate::texts::documents::ZIENSWIJZE_OF_PREFIX,
            z.author_role,
            super::fmt_date(z.on),
            z.text.trim()
        );
        if !z.disputes.trim().is_empty() {
            let _ = write!(
                line,
                " {}: {}",
                crate::texts::documents::ZIENSWIJZE_DISPUTED_LABEL,
                z.disputes.trim()
            );
        }
        gesprekken.push(line);
    }
    text(a, "gesprekken", &gesprekken.join("\n"));

    let tree = form::bundled()
        .iter()
        .find(|s| s.id == d.form_set)
        .and_then(|s| s.tree.as_ref());
    let afwegingen: Vec<String> = d
        .afweging
        .iter()
        .map(|(id, ans)| {
            let question = tree
                .and_then(|t| t.question(id))
                .map_or_else(|| id.clone(), |q| q.text.trim().to_owned());
            let mut line = format!(
                "{question} {}. Motivatie: {}",
                ans.answer.label(),
                ans.motivation.trim()
            );
            if ans.with_veilig_thuis {
                line.push_str(" (samen met Veilig Thuis");
                if !ans.veilig_thuis_contact.trim().is_empty() {
                    let _ = write!(line, ", {}", ans.veilig_thuis_contact.trim());
                }
                line.push(')');
            }
            line
        })
        .collect();
    text(a, "afwegingen", &afwegingen.join("\n"));
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone as _, Utc};

    use super::*;
    use crate::domain::{Change, Checklist, VeiligThuisCall, example};

    fn group<'a>(a: &'a Answers, id: &str) -> &'a [Answers] {
        match a.get(id) {
            Some(Value::Group(g)) => g,
            other => panic!("{id} is not a group: {other:?}"),
        }
    }

    fn all_text(a: &Answers) -> String {
        fn walk(v: &Value, out: &mut String) {
            match v {
                Value::Text(t) | Value::Choice(t) => {
                    out.push_str(t);
                    out.push('\n');
                }
                Value::Group(g) => {
                    for e in g {
                        for v in e.values() {
                            walk(v, out);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut out = String::new();
        for v in a.values() {
            walk(v, &mut out);
        }
        out
    }

    #[test]
    fn every_person_and_signal_of_the_example_is_prefilled() {
        let d = example::dossier();
        let a = prefill(&d, &example::profile());
        let text = all_text(&a);
        for p in &d.persons {
            assert!(text.contains(&p.first_name), "{} missing", p.first_name);
            assert!(text.contains(&p.last_name), "{} missing", p.last_name);
        }
        let feiten = group(&a, "feiten");
        assert_eq!(feiten.len(), d.signals.len());
        for s in &d.signals {
            let entry = feiten
                .iter()
                .find(|e| e.get("feit_tekst").and_then(Value::as_text) == Some(s.text.as_str()))
                .expect("signal prefilled");
            assert_eq!(entry.get("feit_datum"), Some(&Value::Date(s.observed_on)));
        }
        let tweede = feiten
            .iter()
            .find(|e| e.get("feit_hand") == Some(&Value::Choice("tweede".to_owned())))
            .unwrap();
        let bron = tweede.get("feit_bron").and_then(Value::as_text).unwrap();
        assert!(
            bron.contains("Verteld door Zoë aan Jeroen de Vries"),
            "{bron}"
        );
        assert!(bron.contains("geaccordeerd"));
    }

    #[test]
    fn persons_land_in_the_group_of_their_role() {
        let d = example::dossier();
        let a = prefill(&d, &example::profile());
        let kinderen = group(&a, "kinderen");
        assert_eq!(kinderen.len(), 2);
        let zoe = &kinderen[0];
        assert_eq!(
            zoe.get("kind_voornamen").and_then(Value::as_text),
            Some("Zoë")
        );
        assert_eq!(zoe.get("kind_gemeld"), Some(&Value::Tri(Tri::Ja)));
        assert_eq!(
            zoe.get("kind_geboortedatum"),
            Some(&Value::Date(NaiveDate::from_ymd_opt(2018, 4, 17).unwrap()))
        );
        assert!(
            zoe.get("kind_school")
                .and_then(Value::as_text)
                .unwrap()
                .contains("groep 5")
        );
        assert!(
            zoe.get("kind_woont_bij")
                .and_then(Value::as_text)
                .unwrap()
                .contains("Bjørn de Wít")
        );
        assert_eq!(kinderen[1].get("kind_gemeld"), Some(&Value::Tri(Tri::Nee)));
        let ouders = group(&a, "ouders");
        assert_eq!(ouders.len(), 2);
        assert_eq!(
            ouders[0].get("ouder_naam").and_then(Value::as_text),
            Some("Ünal-de Wít, Çağla")
        );
        assert_eq!(ouders[0].get("ouder_gezag"), Some(&Value::Tri(Tri::Ja)));
        assert_eq!(
            ouders[1].get("ouder_rol"),
            Some(&Value::Choice("vader".to_owned()))
        );
        assert_eq!(
            a.get("melder_naam").and_then(Value::as_text),
            Some("Sanne Bakker")
        );
        assert!(
            a.get("overleg")
                .and_then(Value::as_text)
                .unwrap()
                .contains("Anouk Smit")
        );
        assert!(
            a.get("gesprekken")
                .and_then(Value::as_text)
                .unwrap()
                .contains("van de trap gevallen")
        );
    }

    #[test]
    fn checklist_and_edits_are_carried_over_and_edits_win() {
        let mut d = example::dossier();
        let me = example::user();
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let at = NaiveDate::from_ymd_opt(2026, 11, 19)
            .unwrap()
            .and_hms_opt(9, 15, 0)
            .unwrap();
        d.apply(
            Change::SetChecklist {
                checklist: Checklist {
                    call: Some(VeiligThuisCall {
                        at,
                        employee: "Anouk Smit".to_owned(),
                    }),
                    family_informed: Some(false),
                    exception: Some("veiligheid-kind-gezin".to_owned()),
                    exception_motivation: "Vader dreigde de kinderen mee te nemen.".to_owned(),
                    channel: "Beveiligd webformulier".to_owned(),
                },
            },
            &me,
            now,
        )
        .unwrap();
        d.apply(
            Change::SetMeldingField {
                field: "melder_naam".to_owned(),
                value: Some(Value::Text("S. Bakker".to_owned())),
            },
            &me,
            now,
        )
        .unwrap();
        let a = answers(&d, &example::profile());
        assert_eq!(a.get("vt_gebeld_op"), Some(&Value::DateTime(at)));
        assert_eq!(a.get("gezin_geinformeerd"), Some(&Value::Tri(Tri::Nee)));
        assert_eq!(
            a.get("uitzondering"),
            Some(&Value::Choice("veiligheid-kind-gezin".to_owned()))
        );
        assert_eq!(a.get("kanaal"), Some(&Value::Choice("anders".to_owned())));
        assert_eq!(
            a.get("kanaal_anders").and_then(Value::as_text),
            Some("Beveiligd webformulier")
        );
        assert_eq!(
            a.get("melder_naam").and_then(Value::as_text),
            Some("S. Bakker")
        );
        assert_eq!(
            prefill(&d, &example::profile())
                .get("melder_naam")
                .and_then(Value::as_text),
            Some("Sanne Bakker")
        );
    }
}
