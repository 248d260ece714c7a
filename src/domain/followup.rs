//! The rest of the road: the urgent path, afspraken after the decision, requests for
//! information from Veilig Thuis, and the child's participation.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::person::Actor;

/// Whom was called on the urgent path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UrgentCallee {
    /// Veilig Thuis, 0800-2000.
    VeiligThuis,
    /// Police, 112.
    Politie,
    /// The police's aandachtsfunctionaris eergerelateerd geweld or another expert.
    Deskundige,
}

impl UrgentCallee {
    /// Dutch label with the number to call.
    pub fn label(self) -> &'static str {
        match self {
            UrgentCallee::VeiligThuis => "Veilig Thuis (0800-2000)",
            UrgentCallee::Politie => "Politie (112)",
            UrgentCallee::Deskundige => "Deskundige eergerelateerd geweld",
        }
    }
}

/// One call made on the urgent path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrgentCall {
    /// Whom.
    pub to: UrgentCallee,
    /// When.
    pub at: DateTime<Utc>,
    /// By whom.
    pub by: Actor,
    /// What was agreed.
    pub note: String,
}

/// A dossier marked urgent (acute onveiligheid, eergerelateerd geweld).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Urgent {
    /// When it was marked.
    pub marked_at: DateTime<Utc>,
    /// Why.
    pub reason: String,
    /// The calls made.
    pub calls: Vec<UrgentCall>,
}

/// Where an agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AfspraakStatus {
    /// Not yet checked.
    #[default]
    Lopend,
    /// Kept.
    Nagekomen,
    /// Not kept: leads back to the afwegingskader (opnieuw melden).
    NietNagekomen,
}

/// An agreement in the veiligheidsplan after the decision (step 5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Afspraak {
    /// Id within the dossier.
    pub id: u32,
    /// Who does it.
    pub who: String,
    /// What.
    pub what: String,
    /// By when.
    pub due: NaiveDate,
    /// How it will be checked.
    pub check: String,
    /// Where it stands.
    pub status: AfspraakStatus,
    /// When it was last checked.
    pub checked_on: Option<NaiveDate>,
}

impl Afspraak {
    /// Whether it is past its date and not yet checked.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status == AfspraakStatus::Lopend && self.due < today
    }
}

/// A request for information from Veilig Thuis and the answer given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InfoRequest {
    /// Id within the dossier.
    pub id: u32,
    /// When the request came in.
    pub received_on: NaiveDate,
    /// Who asked (name, Veilig Thuis region).
    pub asked_by: String,
    /// The questions asked.
    pub questions: String,
    /// Own observations (first hand).
    pub own_observations: String,
    /// What others said, with their source (second hand).
    pub from_others: String,
    /// Whether the client consented to giving the information.
    pub consent: Option<bool>,
    /// Why consent was not asked or not given.
    pub consent_note: String,
    /// When the answer was given.
    pub answered_on: Option<NaiveDate>,
}

/// One of the nine participation points (seed 002), as done in this dossier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participation {
    /// Point number, 1–9.
    pub point: u8,
    /// When.
    pub on: NaiveDate,
    /// How (where, by whom, in which words).
    pub how: String,
    /// The child's own words, where relevant.
    pub child_words: String,
}
