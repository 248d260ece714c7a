//! Persons in a dossier (the Betrokkenen) and the people who work on it.

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::texts::messages as rt;

/// Identifies a person within one dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PersonId(pub u32);

/// How a person relates to the case. Used for the anonymised role labels too.
///
/// Vaults written before these roles existed used `verzorger`, `huisgenoot`,
/// `professional` and `anders`; those read as [`PersonRole::AndereVolwassene`] and the old
/// role is kept in [`Person::relation`] (see [`Person`]'s deserialisation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonRole {
    /// A child about whom there are concerns (or a child of an adult client: kindcheck).
    Kind,
    /// Brother or sister.
    BroerZus,
    /// Moeder.
    Moeder,
    /// Vader.
    Vader,
    /// Stiefouder.
    Stiefouder,
    /// Pleegouder.
    Pleegouder,
    /// Partner (of an adult client, or of a parent).
    Partner,
    /// An adult client (partner violence, elder abuse, an adult in care).
    #[serde(alias = "cliënt")]
    Client,
    /// Any other adult (grandparent, neighbour, household member, professional …).
    AndereVolwassene,
    /// The person suspected of the violence.
    VermoedelijkePleger,
}

impl PersonRole {
    /// Dutch label, also used as the anonymised stand-in for a name.
    pub fn label(self) -> &'static str {
        match self {
            PersonRole::Kind => "het kind",
            PersonRole::BroerZus => "broer/zus",
            PersonRole::Moeder => "moeder",
            PersonRole::Vader => "vader",
            PersonRole::Stiefouder => "stiefouder",
            PersonRole::Pleegouder => "pleegouder",
            PersonRole::Partner => "partner",
            PersonRole::Client => "cliënt",
            PersonRole::AndereVolwassene => "andere volwassene",
            PersonRole::VermoedelijkePleger => "vermoedelijke pleger",
        }
    }

    /// The stable id used in JSON and on the command line (`broer-zus`, `client`, …).
    pub fn id(self) -> &'static str {
        match self {
            PersonRole::Kind => "kind",
            PersonRole::BroerZus => "broer-zus",
            PersonRole::Moeder => "moeder",
            PersonRole::Vader => "vader",
            PersonRole::Stiefouder => "stiefouder",
            PersonRole::Pleegouder => "pleegouder",
            PersonRole::Partner => "partner",
            PersonRole::Client => "client",
            PersonRole::AndereVolwassene => "andere-volwassene",
            PersonRole::VermoedelijkePleger => "vermoedelijke-pleger",
        }
    }

    /// The role with this id or label (case-insensitive; also `cliënt`, `broer/zus`).
    pub fn parse(s: &str) -> Option<PersonRole> {
        let s = s.trim().to_lowercase();
        PersonRole::ALL
            .into_iter()
            .find(|r| r.id() == s || r.label() == s || r.label().trim_start_matches("het ") == s)
    }

    /// Every role, in the order the UI lists them.
    pub const ALL: [PersonRole; 10] = [
        PersonRole::Kind,
        PersonRole::BroerZus,
        PersonRole::Moeder,
        PersonRole::Vader,
        PersonRole::Stiefouder,
        PersonRole::Pleegouder,
        PersonRole::Partner,
        PersonRole::Client,
        PersonRole::AndereVolwassene,
        PersonRole::VermoedelijkePleger,
    ];

    /// Moeder, vader, stiefouder or pleegouder: the roles the meldformulier lists as parents.
    pub fn is_parent(self) -> bool {
        matches!(
            self,
            PersonRole::Moeder
                | PersonRole::Vader
                | PersonRole::Stiefouder
                | PersonRole::Pleegouder
        )
    }

    /// A child or a brother or sister.
    pub fn is_child(self) -> bool {
        matches!(self, PersonRole::Kind | PersonRole::BroerZus)
    }
}

/// Gender as recorded, where the user records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// Not recorded.
    #[default]
    Onbekend,
    /// Meisje / vrouw.
    Vrouwelijk,
    /// Jongen / man.
    Mannelijk,
    /// Anders (non-binair, …).
    Anders,
}

impl Gender {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Gender::Onbekend => crate::texts::window::GENDER_UNKNOWN,
            Gender::Vrouwelijk => crate::texts::window::GENDER_FEMALE,
            Gender::Mannelijk => crate::texts::window::GENDER_MALE,
            Gender::Anders => crate::texts::window::GENDER_OTHER,
        }
    }
}

/// A person mentioned in a dossier.
///
/// Every field but `id` and `role` may stay empty: a person can be registered by role only
/// ("vader, naam onbekend").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "wire::PersonWire")]
pub struct Person {
    /// Id within the dossier.
    pub id: PersonId,
    /// Relation to the case.
    pub role: PersonRole,
    /// Official first name(s) (e.g. "Zoë Ayşe").
    pub first_name: String,
    /// Roepnaam: the name the person goes by, where it differs ("Daan" for "Daniël").
    pub roepnaam: String,
    /// Tussenvoegsel(s) ("de", "van der"). Older vaults keep them inside `last_name`.
    pub tussenvoegsel: String,
    /// Family name (e.g. "Ünal-de Wít" or, with `tussenvoegsel` "de", "Wít").
    pub last_name: String,
    /// Other names the person goes by in free text: diminutives, other spellings, nicknames.
    pub aliases: Vec<String>,
    /// Date of birth, where known.
    pub birth_date: Option<NaiveDate>,
    /// Gender, where recorded.
    pub gender: Gender,
    /// Gezag (parental authority) over the child: `Some(true)` ja, `Some(false)` nee,
    /// `None` onbekend.
    pub gezag: Option<bool>,
    /// Street and number.
    pub address: String,
    /// Postcode and place.
    pub postcode_place: String,
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// School or day-care (for children) or organisation (for professionals).
    pub organisation: String,
    /// Class or group ("groep 5", "peutergroep").
    pub group: String,
    /// Languages spoken (e.g. "Nederlands", "Tigrinya").
    pub languages: Vec<String>,
    /// Free note on the relation ("oom", "buurvrouw", "huisarts").
    pub relation: String,
    /// Free notes.
    pub notes: String,
}

impl Person {
    /// A new person with only a role and a name.
    pub fn new(id: PersonId, role: PersonRole, first_name: &str, last_name: &str) -> Self {
        Self {
            id,
            role,
            first_name: first_name.to_owned(),
            roepnaam: String::new(),
            tussenvoegsel: String::new(),
            last_name: last_name.to_owned(),
            aliases: Vec::new(),
            birth_date: None,
            gender: Gender::Onbekend,
            gezag: None,
            address: String::new(),
            postcode_place: String::new(),
            phone: String::new(),
            email: String::new(),
            organisation: String::new(),
            group: String::new(),
            languages: Vec::new(),
            relation: String::new(),
            notes: String::new(),
        }
    }

    /// The name the person goes by: the roepnaam, else the first of the first names.
    pub fn call_name(&self) -> String {
        let r = self.roepnaam.trim();
        if r.is_empty() {
            self.first_name.trim().to_owned()
        } else {
            r.to_owned()
        }
    }

    /// Family name with its tussenvoegsel ("de Wít").
    pub fn family_name(&self) -> String {
        format!("{} {}", self.tussenvoegsel.trim(), self.last_name.trim())
            .trim()
            .to_owned()
    }

    /// "Roepnaam Tussenvoegsel Last", trimmed (the first name when there is no roepnaam).
    pub fn full_name(&self) -> String {
        format!("{} {}", self.call_name(), self.family_name())
            .trim()
            .to_owned()
    }

    /// The name as on official papers, with the roepnaam where it differs:
    /// "Daniël Johannes (Daan) van Dijk".
    pub fn formal_name(&self) -> String {
        let first = self.first_name.trim();
        let roep = self.roepnaam.trim();
        let given = if roep.is_empty() || roep == first {
            first.to_owned()
        } else if first.is_empty() {
            roep.to_owned()
        } else {
            format!("{first} ({roep})")
        };
        format!("{given} {}", self.family_name()).trim().to_owned()
    }

    /// The full name, or the role's label when no name is known.
    pub fn display_name(&self) -> String {
        let n = self.full_name();
        if n.is_empty() {
            self.role.label().to_owned()
        } else {
            n
        }
    }

    /// Whether the person has gezag (recorded as "ja").
    pub fn has_gezag(&self) -> bool {
        self.gezag == Some(true)
    }

    /// Every name the person may be written as: first names, roepnaam, family name (with
    /// and without tussenvoegsel) and the aliases. Blank entries left out.
    pub fn names(&self) -> Vec<String> {
        let mut v = vec![
            self.first_name.trim().to_owned(),
            self.roepnaam.trim().to_owned(),
            self.last_name.trim().to_owned(),
            self.family_name(),
        ];
        v.extend(self.aliases.iter().map(|a| a.trim().to_owned()));
        v.retain(|s| !s.is_empty());
        v.dedup();
        v
    }

    /// Checks the person against `today`: names hold letters only (no digits or control
    /// characters, at most 100 characters), a tussenvoegsel needs a family name, aliases
    /// are not blank, and a birth date lies between 1-1-1900 and today.
    pub fn validate(&self, today: NaiveDate) -> Result<(), PersonError> {
        let fields = [
            (rt::PERSON_FIELD_FIRST_NAMES, &self.first_name),
            (rt::PERSON_FIELD_ROEPNAAM, &self.roepnaam),
            (rt::PERSON_FIELD_TUSSENVOEGSEL, &self.tussenvoegsel),
            (rt::PERSON_FIELD_FAMILY_NAME, &self.last_name),
        ];
        for (field, value) in fields {
            check_name(field, value)?;
        }
        for alias in &self.aliases {
            if alias.trim().is_empty() {
                return Err(PersonError::BlankAlias);
            }
            check_name(rt::PERSON_FIELD_ALIAS, alias)?;
        }
        if !self.tussenvoegsel.trim().is_empty() && self.last_name.trim().is_empty() {
            return Err(PersonError::TussenvoegselWithoutName);
        }
        if let Some(b) = self.birth_date
            && (b.year() < 1900 || b > today)
        {
            return Err(PersonError::BirthDate(b));
        }
        Ok(())
    }
}

fn check_name(field: &'static str, value: &str) -> Result<(), PersonError> {
    let bad = value
        .chars()
        .any(|c| c.is_control() || c.is_ascii_digit() || matches!(c, '<' | '>' | '@' | '[' | ']'));
    if bad || value.chars().count() > 100 {
        return Err(PersonError::Name(field));
    }
    Ok(())
}

/// Why a person's details were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonError {
    /// A name field holds digits, control characters or is too long.
    #[error("{}", rt::person_name_invalid(.0))]
    Name(&'static str),
    /// An alias is blank.
    #[error("{}", rt::PERSON_BLANK_ALIAS)]
    BlankAlias,
    /// A tussenvoegsel without a family name.
    #[error("{}", rt::PERSON_TUSSENVOEGSEL_ALONE)]
    TussenvoegselWithoutName,
    /// The birth date lies before 1900 or after today.
    #[error("{}", rt::person_birth_date_out_of_range(*.0))]
    BirthDate(NaiveDate),
}

/// Someone who works on a dossier: the user, a colleague, the eindverantwoordelijke.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Actor {
    /// Name as it appears in the history and on signatures.
    pub name: String,
    /// Function, e.g. "leerkracht groep 5", "intern begeleider".
    pub function: String,
}

impl Actor {
    /// An actor from a name and a function.
    pub fn new(name: &str, function: &str) -> Self {
        Self {
            name: name.to_owned(),
            function: function.to_owned(),
        }
    }

    /// "Sanne Bakker (intern begeleider)", or the name alone when no function is known.
    pub fn described(&self) -> String {
        if self.function.trim().is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.function)
        }
    }
}

/// How persons are read from JSON, old vaults included.
mod wire {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use super::{Gender, Person, PersonId, PersonRole};

    /// A role as stored: today's roles, or one of the four roles older vaults used.
    #[derive(Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub(super) enum RoleWire {
        Kind,
        BroerZus,
        Moeder,
        Vader,
        Stiefouder,
        Pleegouder,
        Partner,
        #[serde(alias = "cliënt")]
        Client,
        AndereVolwassene,
        VermoedelijkePleger,
        Verzorger,
        Huisgenoot,
        Professional,
        Anders,
    }

    #[derive(Deserialize)]
    #[serde(default)]
    pub(super) struct PersonWire {
        id: PersonId,
        role: Option<RoleWire>,
        first_name: String,
        roepnaam: String,
        tussenvoegsel: String,
        last_name: String,
        aliases: Vec<String>,
        birth_date: Option<NaiveDate>,
        gender: Gender,
        gezag: Option<bool>,
        address: String,
        postcode_place: String,
        phone: String,
        email: String,
        organisation: String,
        group: String,
        languages: Vec<String>,
        relation: String,
        notes: String,
    }

    impl Default for PersonWire {
        fn default() -> Self {
            Self {
                id: PersonId(0),
                role: None,
                first_name: String::new(),
                roepnaam: String::new(),
                tussenvoegsel: String::new(),
                last_name: String::new(),
                aliases: Vec::new(),
                birth_date: None,
                gender: Gender::Onbekend,
                gezag: None,
                address: String::new(),
                postcode_place: String::new(),
                phone: String::new(),
                email: String::new(),
                organisation: String::new(),
                group: String::new(),
                languages: Vec::new(),
                relation: String::new(),
                notes: String::new(),
            }
        }
    }

    impl From<PersonWire> for Person {
        fn from(w: PersonWire) -> Self {
            let mut relation = w.relation;
            let (role, old) = match w.role.unwrap_or(RoleWire::AndereVolwassene) {
                RoleWire::Kind => (PersonRole::Kind, None),
                RoleWire::BroerZus => (PersonRole::BroerZus, None),
                RoleWire::Moeder => (PersonRole::Moeder, None),
                RoleWire::Vader => (PersonRole::Vader, None),
                RoleWire::Stiefouder => (PersonRole::Stiefouder, None),
                RoleWire::Pleegouder => (PersonRole::Pleegouder, None),
                RoleWire::Partner => (PersonRole::Partner, None),
                RoleWire::Client => (PersonRole::Client, None),
                RoleWire::AndereVolwassene | RoleWire::Anders => {
                    (PersonRole::AndereVolwassene, None)
                }
                RoleWire::VermoedelijkePleger => (PersonRole::VermoedelijkePleger, None),
                RoleWire::Verzorger => (PersonRole::AndereVolwassene, Some("verzorger")),
                RoleWire::Huisgenoot => (PersonRole::AndereVolwassene, Some("huisgenoot")),
                RoleWire::Professional => (PersonRole::AndereVolwassene, Some("professional")),
            };
            if let Some(old) = old
                && relation.trim().is_empty()
            {
                old.clone_into(&mut relation);
            }
            Person {
                id: w.id,
                role,
                first_name: w.first_name,
                roepnaam: w.roepnaam,
                tussenvoegsel: w.tussenvoegsel,
                last_name: w.last_name,
                aliases: w.aliases,
                birth_date: w.birth_date,
                gender: w.gender,
                gezag: w.gezag,
                address: w.address,
                postcode_place: w.postcode_place,
                phone: w.phone,
                email: w.email,
                organisation: w.organisation,
                group: w.group,
                languages: w.languages,
                relation,
                notes: w.notes,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn old_roles_still_read_and_keep_what_they_were() {
        let json = r#"{"id":3,"role":"verzorger","first_name":"Bjørn","last_name":"de Wít",
            "birth_date":null,"gezag":true,"address":"","postcode_place":"","phone":"",
            "email":"","organisation":"","relation":""}"#;
        let p: Person = serde_json::from_str(json).unwrap();
        assert_eq!(p.role, PersonRole::AndereVolwassene);
        assert_eq!(p.relation, "verzorger");
        assert!(p.has_gezag());
        assert_eq!(p.full_name(), "Bjørn de Wít");
        for (old, new) in [
            ("kind", PersonRole::Kind),
            ("broer-zus", PersonRole::BroerZus),
            ("huisgenoot", PersonRole::AndereVolwassene),
            ("professional", PersonRole::AndereVolwassene),
            ("anders", PersonRole::AndereVolwassene),
            ("cliënt", PersonRole::Client),
        ] {
            let p: Person = serde_json::from_str(&format!(r#"{{"id":1,"role":"{old}"}}"#)).unwrap();
            assert_eq!(p.role, new, "{old}");
        }
        let p: Person =
            serde_json::from_str(r#"{"id":1,"role":"anders","relation":"buurman"}"#).unwrap();
        assert_eq!(p.relation, "buurman");
    }

    #[test]
    fn a_person_round_trips_with_every_field() {
        let mut p = Person::new(PersonId(4), PersonRole::Client, "Çağla", "Wít");
        p.roepnaam = "Çağ".to_owned();
        p.tussenvoegsel = "de".to_owned();
        p.aliases = vec!["Cagla".to_owned()];
        p.gender = Gender::Vrouwelijk;
        p.languages = vec!["Turks".to_owned(), "Nederlands".to_owned()];
        p.group = "groep 5".to_owned();
        p.notes = "Spreekt liever Turks.".to_owned();
        let back: Person = serde_json::from_str(&serde_json::to_string(&p).unwrap()).unwrap();
        assert_eq!(back, p);
        assert_eq!(p.full_name(), "Çağ de Wít");
        assert_eq!(p.family_name(), "de Wít");
        assert_eq!(
            p.names(),
            ["Çağla", "Çağ", "Wít", "de Wít", "Cagla"].map(str::to_owned)
        );
    }

    #[test]
    fn roles_parse_from_id_and_label() {
        for r in PersonRole::ALL {
            assert_eq!(PersonRole::parse(r.id()), Some(r));
            assert_eq!(PersonRole::parse(r.label()), Some(r));
        }
        assert_eq!(PersonRole::parse("Kind"), Some(PersonRole::Kind));
        assert_eq!(PersonRole::parse("opa"), None);
    }

    #[test]
    fn validation_accepts_role_only_and_refuses_bad_input() {
        let mut p = Person::new(PersonId(1), PersonRole::Vader, "", "");
        assert_eq!(p.validate(today()), Ok(()));
        assert_eq!(p.display_name(), "vader");
        p.birth_date = NaiveDate::from_ymd_opt(1899, 12, 31);
        assert!(matches!(
            p.validate(today()),
            Err(PersonError::BirthDate(_))
        ));
        p.birth_date = NaiveDate::from_ymd_opt(2026, 12, 8);
        let err = p.validate(today()).unwrap_err();
        assert!(err.to_string().contains("08-12-2026"), "{err}");
        p.birth_date = NaiveDate::from_ymd_opt(1900, 1, 1);
        assert_eq!(p.validate(today()), Ok(()));
        p.first_name = "Daan2".to_owned();
        let err = p.validate(today()).unwrap_err();
        assert_eq!(err, PersonError::Name(rt::PERSON_FIELD_FIRST_NAMES));
        assert!(err.to_string().contains("voornamen"), "{err}");
        p.first_name = "Daan".to_owned();
        p.tussenvoegsel = "van".to_owned();
        assert_eq!(
            p.validate(today()),
            Err(PersonError::TussenvoegselWithoutName)
        );
        p.last_name = "Dijk".to_owned();
        p.aliases = vec!["  ".to_owned()];
        assert_eq!(p.validate(today()), Err(PersonError::BlankAlias));
    }
}
