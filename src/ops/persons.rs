//! Betrokkenen: creating a dossier about someone, adding, editing and removing persons.
//! Every change goes through [`super::dossier::apply`], so it is a dated change in the
//! history and an audit entry naming the session's user. Validation of the person itself
//! is the domain's ([`Person::validate`]); parsing what the user typed is done here.

use super::dates::{self, DateUse};
use super::{OpsError, Session, dossier};
pub use crate::domain::References;
use crate::domain::{Change, Dossier, DossierId, Gender, Person, PersonId, PersonRole};
use crate::texts::messages as t;

/// What the user typed for a person. `None` leaves a field as it is (edit) or empty
/// (add); an empty string clears it.
#[derive(Debug, Clone, Default)]
pub struct PersonInput {
    /// Role id or label (`kind`, `moeder`, `broer-zus`, …).
    pub role: Option<String>,
    /// First name(s).
    pub first_name: Option<String>,
    /// Roepnaam.
    pub roepnaam: Option<String>,
    /// Tussenvoegsel.
    pub tussenvoegsel: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Birth date as typed (Dutch formats, see [`super::dates`]).
    pub birth_date: Option<String>,
    /// `onbekend`, `vrouw`, `man`, `anders`.
    pub gender: Option<String>,
    /// Street and number.
    pub address: Option<String>,
    /// Postcode and place.
    pub postcode_place: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// `ja`, `nee`, `onbekend`.
    pub gezag: Option<String>,
    /// School, class or group.
    pub group: Option<String>,
    /// Languages spoken (replaces the list when given).
    pub languages: Option<Vec<String>>,
    /// Notes.
    pub notes: Option<String>,
    /// Other spellings and diminutives of the name (replaces the list when given).
    pub aliases: Option<Vec<String>>,
}

fn parse_role(s: &str) -> Result<PersonRole, OpsError> {
    PersonRole::parse(s).ok_or(OpsError::Refused(t::PERSON_ROLE_NOT_RECOGNISED))
}

fn parse_gender(s: &str) -> Result<Gender, OpsError> {
    match s.trim().to_lowercase().as_str() {
        "" | "onbekend" | "?" => Ok(Gender::Onbekend),
        "v" | "vrouw" | "vrouwelijk" | "meisje" => Ok(Gender::Vrouwelijk),
        "m" | "man" | "mannelijk" | "jongen" => Ok(Gender::Mannelijk),
        "x" | "anders" => Ok(Gender::Anders),
        _ => Err(OpsError::Refused(t::PERSON_GENDER_NOT_RECOGNISED)),
    }
}

fn parse_gezag(s: &str) -> Result<Option<bool>, OpsError> {
    match s.trim().to_lowercase().as_str() {
        "ja" | "j" => Ok(Some(true)),
        "nee" | "n" => Ok(Some(false)),
        "" | "onbekend" | "?" => Ok(None),
        _ => Err(OpsError::Refused(t::PERSON_GEZAG_NOT_RECOGNISED)),
    }
}

fn set(field: &mut String, value: Option<&String>) {
    if let Some(v) = value {
        v.trim().clone_into(field);
    }
}

fn clean_list(v: &[String]) -> Vec<String> {
    v.iter().map(|s| s.trim().to_owned()).collect()
}

/// Fills `p` from the input; refuses what cannot be parsed, leaving `p` half-filled (the
/// caller discards it).
fn fill(session: &Session, p: &mut Person, input: &PersonInput) -> Result<(), OpsError> {
    if let Some(r) = &input.role {
        p.role = parse_role(r)?;
    }
    set(&mut p.first_name, input.first_name.as_ref());
    set(&mut p.roepnaam, input.roepnaam.as_ref());
    set(&mut p.tussenvoegsel, input.tussenvoegsel.as_ref());
    set(&mut p.last_name, input.last_name.as_ref());
    if let Some(b) = &input.birth_date {
        p.birth_date = if b.trim().is_empty() {
            None
        } else {
            Some(dates::parse(session, b, DateUse::Birth)?)
        };
    }
    if let Some(g) = &input.gender {
        p.gender = parse_gender(g)?;
    }
    set(&mut p.address, input.address.as_ref());
    set(&mut p.postcode_place, input.postcode_place.as_ref());
    set(&mut p.phone, input.phone.as_ref());
    if let Some(g) = &input.gezag {
        p.gezag = parse_gezag(g)?;
    }
    set(&mut p.group, input.group.as_ref());
    if let Some(l) = &input.languages {
        p.languages = clean_list(l);
    }
    set(&mut p.notes, input.notes.as_ref());
    if let Some(a) = &input.aliases {
        p.aliases = clean_list(a);
    }
    if p.first_name.is_empty() && p.roepnaam.is_empty() {
        return Err(OpsError::Refused(t::PERSON_NAME_MISSING));
    }
    Ok(())
}

/// A new dossier with a neutral title and, when given, the person it is about (added and
/// made the subject). Prints nothing; the caller reports the id once this returned, i.e.
/// after every change was committed.
pub fn create_dossier(
    session: &mut Session,
    title: &str,
    subject: Option<&PersonInput>,
) -> Result<Dossier, OpsError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(OpsError::Refused(t::DOSSIER_TITLE_EMPTY));
    }
    // Check the person before anything is created, so bad input leaves no empty dossier.
    let person = subject
        .map(|input| new_person(session, input))
        .transpose()?;
    let d = dossier::create_dossier(session)?;
    let mut d = dossier::apply(
        session,
        d.id,
        Change::SetTitle {
            title: title.to_owned(),
        },
    )?;
    if let Some(person) = person {
        d = dossier::apply(session, d.id, Change::AddPerson { person })?;
        let pid = d.persons.last().map_or(PersonId(0), |p| p.id);
        d = dossier::apply(session, d.id, Change::SetSubject { id: pid })?;
    }
    Ok(d)
}

fn new_person(session: &Session, input: &PersonInput) -> Result<Person, OpsError> {
    let role = input
        .role
        .as_deref()
        .ok_or(OpsError::Refused(t::PERSON_ROLE_MISSING))?;
    let mut p = Person::new(PersonId(0), parse_role(role)?, "", "");
    fill(session, &mut p, input)?;
    p.validate(session.today())
        .map_err(|e| OpsError::Change(e.into()))?;
    Ok(p)
}

/// The persons in a dossier (audit: read).
pub fn list(session: &mut Session, id: DossierId) -> Result<(Dossier, Vec<Person>), OpsError> {
    let d = dossier::load(session, id)?;
    let persons = d.persons.clone();
    Ok((d, persons))
}

/// Adds a person; with `subject`, the dossier is about them. Returns the new person's id.
pub fn add(
    session: &mut Session,
    id: DossierId,
    input: &PersonInput,
    subject: bool,
) -> Result<(Dossier, PersonId), OpsError> {
    let person = new_person(session, input)?;
    let mut d = dossier::apply(session, id, Change::AddPerson { person })?;
    let pid = d.persons.last().map_or(PersonId(0), |p| p.id);
    if subject {
        d = dossier::apply(session, id, Change::SetSubject { id: pid })?;
    }
    Ok((d, pid))
}

/// Changes the fields given; with `subject`, the dossier is about this person.
pub fn edit(
    session: &mut Session,
    id: DossierId,
    person: PersonId,
    input: &PersonInput,
    subject: bool,
) -> Result<Dossier, OpsError> {
    let d = dossier::load(session, id)?;
    let mut p = d
        .person(person)
        .cloned()
        .ok_or(OpsError::Refused(t::PERSON_NOT_IN_DOSSIER))?;
    fill(session, &mut p, input)?;
    let mut d = d;
    if p != *d
        .person(person)
        .ok_or(OpsError::Refused(t::PERSON_NOT_IN_DOSSIER))?
    {
        d = dossier::apply(session, id, Change::UpdatePerson { person: p })?;
    }
    if subject && d.subject.is_none_or(|s| s != person) {
        d = dossier::apply(session, id, Change::SetSubject { id: person })?;
    }
    Ok(d)
}

/// Removes a person. Without `references`, a person the dossier refers to is refused with
/// the list of references (nothing changes); with it, the references stay ("verwijderde
/// betrokkene") or move to another person.
pub fn remove(
    session: &mut Session,
    id: DossierId,
    person: PersonId,
    references: Option<References>,
) -> Result<Dossier, OpsError> {
    dossier::apply(
        session,
        id,
        Change::RemovePerson {
            id: person,
            references,
        },
    )
}
