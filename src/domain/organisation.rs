//! The organisation profile and the user working in it.

use serde::{Deserialize, Serialize};

use super::person::Actor;
use super::values::Answers;

/// An organisation's meldcode set-up. The `protocol` form's answers carry the details;
/// the fields here are the ones other parts of the app read directly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    /// Name, e.g. "Basisschool De Regenboog".
    pub name: String,
    /// Place, printed beside signatures.
    pub place: String,
    /// The form set this organisation follows (`basisonderwijs`, `zorg`, `basismodel`).
    pub form_set: String,
    /// Who is eindverantwoordelijk for the decision whether to make a melding.
    pub eindverantwoordelijke: Actor,
    /// The aandachtsfunctionaris (in schools often the intern begeleider).
    pub aandachtsfunctionaris: Actor,
    /// Veilig Thuis region, e.g. "Veilig Thuis Rotterdam Rijnmond".
    pub veilig_thuis_regio: String,
    /// Veilig Thuis phone number for professionals.
    pub veilig_thuis_telefoon: String,
    /// Veilig Thuis address for meldingen by secure mail, where the region has one.
    pub veilig_thuis_email: String,
    /// The secure mail channel the organisation uses (Zivver, ZorgMail, SecuMailer, …).
    pub beveiligde_mail: String,
    /// How a parent or client can complain (shown in the letter to parents).
    pub klachtenregeling: String,
    /// Retention period of closed dossiers, in years.
    pub bewaartermijn_jaren: u32,
    /// Words the writing check accepts in this organisation.
    pub vocabulary: Vec<String>,
    /// Answers to the `protocol` form.
    pub protocol: Answers,
}

impl Default for Organisation {
    fn default() -> Self {
        Self {
            name: String::new(),
            place: String::new(),
            form_set: "basismodel".to_owned(),
            eindverantwoordelijke: Actor::default(),
            aandachtsfunctionaris: Actor::default(),
            veilig_thuis_regio: String::new(),
            veilig_thuis_telefoon: "0800-2000".to_owned(),
            veilig_thuis_email: String::new(),
            beveiligde_mail: String::new(),
            klachtenregeling: String::new(),
            bewaartermijn_jaren: 20,
            vocabulary: Vec::new(),
            protocol: Answers::new(),
        }
    }
}

/// The user of this installation and their organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The user: name and function (profession).
    pub user: Actor,
    /// The organisation.
    pub organisation: Organisation,
}
