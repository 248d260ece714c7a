//! Persons in a dossier and the people who work on it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Identifies a person within one dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PersonId(pub u32);

/// How a person relates to the case. Used for the anonymised role labels too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PersonRole {
    /// The child (or adult) about whom there are concerns.
    Kind,
    /// Moeder.
    Moeder,
    /// Vader.
    Vader,
    /// Another verzorger (step-parent, foster parent, grandparent who cares).
    Verzorger,
    /// Brother or sister.
    BroerZus,
    /// Another member of the household.
    Huisgenoot,
    /// A professional involved (teacher, huisarts, wijkteam …).
    Professional,
    /// Anyone else (neighbour, family friend …).
    Anders,
}

impl PersonRole {
    /// Dutch label, also used as the anonymised stand-in for a name.
    pub fn label(self) -> &'static str {
        match self {
            PersonRole::Kind => "het kind",
            PersonRole::Moeder => "moeder",
            PersonRole::Vader => "vader",
            PersonRole::Verzorger => "verzorger",
            PersonRole::BroerZus => "broer/zus",
            PersonRole::Huisgenoot => "huisgenoot",
            PersonRole::Professional => "professional",
            PersonRole::Anders => "betrokkene",
        }
    }

    /// Every role, in the order the UI lists them.
    pub const ALL: [PersonRole; 8] = [
        PersonRole::Kind,
        PersonRole::Moeder,
        PersonRole::Vader,
        PersonRole::Verzorger,
        PersonRole::BroerZus,
        PersonRole::Huisgenoot,
        PersonRole::Professional,
        PersonRole::Anders,
    ];
}

/// A person mentioned in a dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Id within the dossier.
    pub id: PersonId,
    /// Relation to the case.
    pub role: PersonRole,
    /// First name(s) as used (e.g. "Zoë").
    pub first_name: String,
    /// Family name including tussenvoegsels (e.g. "Ünal-de Wít").
    pub last_name: String,
    /// Date of birth, where known.
    pub birth_date: Option<NaiveDate>,
    /// Whether this person has gezag (parental authority) over the child.
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
    /// Function (for professionals) or free note on the relation ("oom", "buurvrouw").
    pub relation: String,
}

impl Person {
    /// A new person with only a role and a name.
    pub fn new(id: PersonId, role: PersonRole, first_name: &str, last_name: &str) -> Self {
        Self {
            id,
            role,
            first_name: first_name.to_owned(),
            last_name: last_name.to_owned(),
            birth_date: None,
            gezag: None,
            address: String::new(),
            postcode_place: String::new(),
            phone: String::new(),
            email: String::new(),
            organisation: String::new(),
            relation: String::new(),
        }
    }

    /// "First Last", trimmed.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_owned()
    }
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
}
