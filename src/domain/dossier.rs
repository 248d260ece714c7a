//! A dossier: persons, signals, the five steps and every change ever made to them.
//!
//! Nothing is overwritten silently: every [`Change`] is applied through
//! [`Dossier::apply`], which appends a [`HistoryEntry`] holding the change itself and,
//! where it replaces something, the old value.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::facts::{
    CorrectionAnswer, CorrectionRequest, DecisionAccount, SignalApproval, SignalVersion,
    SignalWithdrawal, VtSamen, Zienswijze,
};
use super::followup::{Afspraak, AfspraakStatus, InfoRequest, Participation, Urgent, UrgentCall};
use super::melding::{Checklist, Melding, Sent};
use super::person::{Actor, Person, PersonId, PersonRole};
use super::values::{Answers, Tri, Value};

/// Identifies a dossier within a vault. Stable; never derived from a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DossierId(pub u64);

/// The five steps of the meldcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    /// Stap 1: signalen in kaart brengen.
    Signaleren,
    /// Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen.
    Consulteren,
    /// Stap 3: gesprek met de betrokkene(n).
    Gesprek,
    /// Stap 4: wegen aan de hand van het afwegingskader.
    Wegen,
    /// Stap 5: beslissen: hulp en/of melden.
    Beslissen,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Step; 5] = [
        Step::Signaleren,
        Step::Consulteren,
        Step::Gesprek,
        Step::Wegen,
        Step::Beslissen,
    ];

    /// 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            Step::Signaleren => 1,
            Step::Consulteren => 2,
            Step::Gesprek => 3,
            Step::Wegen => 4,
            Step::Beslissen => 5,
        }
    }

    /// The step with this number.
    pub fn from_number(n: u8) -> Option<Step> {
        Step::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// Dutch title as the basismodel words it.
    pub fn title(self) -> &'static str {
        match self {
            Step::Signaleren => "Signalen in kaart brengen",
            Step::Consulteren => "Collegiale consultatie en zo nodig Veilig Thuis raadplegen",
            Step::Gesprek => "Gesprek met de betrokkene(n)",
            Step::Wegen => "Wegen aan de hand van het afwegingskader",
            Step::Beslissen => "Beslissen: hulp organiseren en/of melden",
        }
    }

    /// Index 0–4.
    pub fn index(self) -> usize {
        usize::from(self.number() - 1)
    }
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    /// Not started.
    #[default]
    Open,
    /// Being worked on (also after a revisit).
    Bezig,
    /// Completed.
    Afgerond,
}

/// The record of one step: its form answers and status.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StepRecord {
    /// Where the step stands.
    pub status: StepStatus,
    /// Answers to the step's form, by field id.
    pub answers: Answers,
    /// How often the step was reopened after completion.
    pub revisits: u32,
}

/// Whether information was seen by the writer or heard from someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hand {
    /// Eigen waarneming.
    Eerste,
    /// Van horen zeggen: from a named source.
    Tweede,
}

impl Hand {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Hand::Eerste => "eerste hand (eigen waarneming)",
            Hand::Tweede => "tweede hand (van een ander gehoord)",
        }
    }
}

/// One signal: what was seen or heard, when, by whom, from which source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Id within the dossier.
    pub id: u32,
    /// When it was observed (or told).
    pub observed_on: NaiveDate,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
    /// Who observed or received it.
    pub observer: Actor,
    /// Whose words or observation it is, when not the observer's own.
    pub source: Option<String>,
    /// The person in the dossier who is the source, where that applies.
    pub source_person: Option<PersonId>,
    /// First or second hand.
    pub hand: Hand,
    /// Whether the informant approved (geaccordeerd) the recorded text.
    pub confirmed_by_informant: Option<bool>,
    /// The facts, as concrete as possible.
    pub text: String,
    /// Whether the signal supports or contradicts the concern (stap 1 asks for both).
    #[serde(default)]
    pub contra_indicatie: bool,
}

/// Kind of consultation (stap 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsultationKind {
    /// Collegiale consultatie (aandachtsfunctionaris, intern begeleider, collega).
    Collegiaal,
    /// Anonymous advice from Veilig Thuis.
    VeiligThuis,
    /// A deskundige, e.g. on letselduiding or eergerelateerd geweld.
    Deskundige,
}

impl ConsultationKind {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            ConsultationKind::Collegiaal => "collegiale consultatie",
            ConsultationKind::VeiligThuis => "advies Veilig Thuis (anoniem)",
            ConsultationKind::Deskundige => "deskundige (bijv. letselduiding)",
        }
    }
}

/// A consultation in stap 2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consultation {
    /// Id within the dossier.
    pub id: u32,
    /// When.
    pub on: NaiveDate,
    /// What kind.
    pub kind: ConsultationKind,
    /// With whom (name and function; for Veilig Thuis the employee's name).
    pub with_whom: String,
    /// The question put.
    pub question: String,
    /// The advice or outcome.
    pub outcome: String,
}

/// The conversation of stap 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    /// Id within the dossier.
    pub id: u32,
    /// When.
    pub on: NaiveDate,
    /// With whom (persons in the dossier).
    pub with: Vec<PersonId>,
    /// Who held it.
    pub held_by: Vec<Actor>,
    /// What was said, as concretely as possible.
    pub said: String,
    /// How the family reacted.
    pub reaction: String,
}

/// Why the conversation of stap 3 was not held (seed 004's accepted reasons).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationSkipped {
    /// Choice id from the form set's list of reasons.
    pub reason: String,
    /// Explanation.
    pub explanation: String,
    /// When it will be made up, if at all.
    pub catch_up_on: Option<NaiveDate>,
}

/// One answer in the afwegingskader, with the required motivation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AfwegingAnswer {
    /// The answer.
    pub answer: Tri,
    /// Why: required with every answer.
    pub motivation: String,
    /// Who answered.
    pub by: Actor,
    /// Whether it was answered together with Veilig Thuis.
    pub with_veilig_thuis: bool,
    /// The Veilig Thuis employee, where it was.
    #[serde(default)]
    pub veilig_thuis_contact: String,
}

/// The stap 5 decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Is melden noodzakelijk?
    pub melden: bool,
    /// Is hulp inzetten of organiseren (ook) mogelijk?
    pub hulp: bool,
    /// Why.
    pub motivation: String,
    /// Who decided (the eindverantwoordelijke).
    pub decided_by: Actor,
    /// When.
    pub on: NaiveDate,
}

/// Where the dossier as a whole stands.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Being worked on.
    #[default]
    Open,
    /// Closed, with the reason.
    Gesloten {
        /// Why it was closed.
        reason: String,
        /// When.
        on: NaiveDate,
    },
}

/// A hint of the writing check that the user chose to keep, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptHint {
    /// Where: a field path such as `signal:3` or `step4:motivatie`.
    pub place: String,
    /// Rule id.
    pub rule: String,
    /// The words the hint was about.
    pub matched: String,
    /// Why it stays.
    pub reason: String,
}

/// A change to a dossier. The only way a dossier changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "change")]
pub enum Change {
    /// Set the neutral title (no names: it appears in lists and file names).
    SetTitle {
        /// The new title.
        title: String,
    },
    /// Add a person.
    AddPerson {
        /// The person (its id is assigned by `apply`).
        person: Person,
    },
    /// Replace a person's details.
    UpdatePerson {
        /// The new details (same id).
        person: Person,
    },
    /// Remove a person. Refused with [`ChangeError::PersonReferenced`] while something
    /// names the person, unless `references` says what happens to those references.
    RemovePerson {
        /// The person.
        id: PersonId,
        /// What happens to signals, conversations and fields that name the person.
        #[serde(default)]
        references: Option<References>,
    },
    /// Say who the dossier is about: a child, or an adult (partner violence, elder abuse,
    /// an adult client with children: kindcheck).
    SetSubject {
        /// The person.
        id: PersonId,
    },
    /// Record a signal.
    AddSignal {
        /// The signal (its id is assigned by `apply`).
        signal: Signal,
    },
    /// Correct a signal's text; the old text stays in the history.
    CorrectSignal {
        /// Signal id.
        id: u32,
        /// The corrected text.
        text: String,
        /// Why.
        reason: String,
    },
    /// Record a consultation.
    AddConsultation {
        /// The consultation.
        consultation: Consultation,
    },
    /// Record the conversation.
    AddConversation {
        /// The conversation.
        conversation: Conversation,
    },
    /// Record why the conversation was not held.
    SkipConversation {
        /// Reason and catch-up date.
        skipped: ConversationSkipped,
    },
    /// Set one field of a step's form.
    SetField {
        /// The step.
        step: Step,
        /// Field id.
        field: String,
        /// The new value (`None` clears it).
        value: Option<Value>,
    },
    /// Start or continue working on a step.
    StartStep {
        /// The step.
        step: Step,
    },
    /// Mark a step as done.
    CompleteStep {
        /// The step.
        step: Step,
    },
    /// Reopen a completed step.
    RevisitStep {
        /// The step.
        step: Step,
        /// Why.
        reason: String,
    },
    /// Answer one afwegingskader question.
    AnswerAfweging {
        /// Question id.
        question: String,
        /// The answer and motivation.
        answer: AfwegingAnswer,
    },
    /// Record the stap 5 decision.
    Decide {
        /// The decision.
        decision: Decision,
    },
    /// Keep a lint hint with a reason.
    KeepHint {
        /// The hint and reason.
        hint: KeptHint,
    },
    /// Close the dossier.
    Close {
        /// Why.
        reason: String,
        /// When.
        on: NaiveDate,
    },
    /// Reopen a closed dossier.
    Reopen {
        /// Why.
        reason: String,
    },
    /// Attach the client's own statement (AVG: right to add a statement).
    AddClientStatement {
        /// The statement, verbatim.
        text: String,
    },
    /// Set one field of the meldformulier.
    SetMeldingField {
        /// Field id.
        field: String,
        /// The new value (`None` clears it).
        value: Option<Value>,
    },
    /// Replace the checklist before sending the melding.
    SetChecklist {
        /// The checklist.
        checklist: Checklist,
    },
    /// Record that the melding was sent.
    RecordSent {
        /// Date, Veilig Thuis reference and follow-up.
        sent: Sent,
    },
    /// Mark the dossier urgent.
    MarkUrgent {
        /// Why (acute onveiligheid, eergerelateerd geweld, …).
        reason: String,
    },
    /// Record a call made on the urgent path.
    RecordUrgentCall {
        /// The call.
        call: UrgentCall,
    },
    /// Add an agreement to the veiligheidsplan.
    AddAfspraak {
        /// The agreement (its id is assigned by `apply`).
        afspraak: Afspraak,
    },
    /// Record whether an agreement was kept.
    CheckAfspraak {
        /// Agreement id.
        id: u32,
        /// Kept or not.
        status: AfspraakStatus,
        /// When it was checked.
        on: NaiveDate,
    },
    /// Record or update a request for information from Veilig Thuis.
    SetInfoRequest {
        /// The request (id 0 adds a new one).
        request: InfoRequest,
    },
    /// Record one of the nine participation points.
    RecordParticipation {
        /// What was done.
        entry: Participation,
    },
    // --- One record per fact (issue 16): see `facts.rs`. ---
    /// Withdraw a signal; it stays in the dossier, marked withdrawn with the reason.
    WithdrawSignal {
        /// Signal id.
        id: u32,
        /// Why.
        reason: String,
    },
    /// Record that the source of second-hand information approved (accordeerde) it.
    ApproveSignal {
        /// Signal id.
        id: u32,
        /// Who approved it (the informant).
        by: String,
        /// When.
        on: NaiveDate,
        /// How (mondeling, per mail, getekend verslag …).
        how: String,
    },
    /// Record the family's own word (zienswijze).
    AddZienswijze {
        /// The zienswijze (its id is assigned by `apply`).
        zienswijze: Zienswijze,
    },
    /// Record a request to correct or add to the dossier (AVG art. 16).
    AddCorrectionRequest {
        /// The request (its id is assigned by `apply`).
        request: CorrectionRequest,
    },
    /// Record the answer to an AVG art. 16 request.
    AnswerCorrectionRequest {
        /// Request id.
        id: u32,
        /// The answer.
        answer: CorrectionAnswer,
    },
    /// Answer an afwegingskader question, saying whether it was answered together with
    /// Veilig Thuis (with whom and when). Supersedes the flag in [`AfwegingAnswer`].
    AnswerAfwegingSamen {
        /// Question id.
        question: String,
        /// The answer and motivation (its Veilig Thuis fields are set from `samen_met_vt`).
        answer: AfwegingAnswer,
        /// With whom at Veilig Thuis and when; `None`: not together with Veilig Thuis.
        samen_met_vt: Option<VtSamen>,
    },
    /// Record the stap 5 decision with what the seeds ask: the eindverantwoordelijke, whether
    /// it was taken with Veilig Thuis, and the written motivation of a decision that goes
    /// against the meldnorm.
    DecideWithAccount {
        /// The decision.
        decision: Decision,
        /// With whom at Veilig Thuis and when, if together with Veilig Thuis.
        samen_met_vt: Option<VtSamen>,
        /// Why not melden although the meldnorm says melden; empty otherwise.
        meldnorm_afwijking: String,
    },
    /// Save which of the seven guidelines (1–7, seed 004) were followed when answering a
    /// request for information from Veilig Thuis.
    SetInfoRequestGuidelines {
        /// Request id.
        id: u32,
        /// The guidelines ticked, 1–7.
        ticked: Vec<u8>,
    },
    /// Form answers of an old vault moved into the one record (signals, consultations).
    /// Written by [`migrate_duplicates`](super::facts::migrate_duplicates); the old value
    /// is the history entry's `previous`.
    MigrateAnswers {
        /// The step whose form held the answers.
        step: Step,
        /// The field that was moved.
        field: String,
    },
}

impl Change {
    /// The step a change belongs to, for a step's history; `None` for changes about the
    /// whole dossier (title, persons, closing, the melding, the follow-up).
    pub fn step(&self) -> Option<Step> {
        match self {
            Change::AddSignal { .. } | Change::CorrectSignal { .. } => Some(Step::Signaleren),
            Change::AddConsultation { .. } => Some(Step::Consulteren),
            Change::AddConversation { .. } | Change::SkipConversation { .. } => Some(Step::Gesprek),
            Change::AnswerAfweging { .. } => Some(Step::Wegen),
            Change::Decide { .. } => Some(Step::Beslissen),
            Change::SetField { step, .. }
            | Change::StartStep { step }
            | Change::CompleteStep { step }
            | Change::RevisitStep { step, .. } => Some(*step),
            _ => None,
        }
    }
}

/// One entry in a dossier's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// 1-based sequence number.
    pub seq: u64,
    /// When the change was made.
    pub at: DateTime<Utc>,
    /// Who made it.
    pub by: Actor,
    /// The change as applied.
    pub change: Change,
    /// What it replaced, for changes that replace something (text, value, person).
    pub previous: Option<serde_json::Value>,
}

/// Why a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    /// The signal does not exist.
    #[error("no signal with id {0}")]
    UnknownSignal(u32),
    /// The person does not exist.
    #[error("no person with id {0}")]
    UnknownPerson(u32),
    /// The dossier is closed.
    #[error("the dossier is closed; reopen it first")]
    Closed,
    /// Reopening a dossier that is open, or revisiting a step that is not done.
    #[error("that change does not fit the current state")]
    NotApplicable,
    /// A required text (reason, motivation) is empty.
    #[error("a reason or motivation is required")]
    MissingReason,
    /// The person is still referred to; the list says where (Dutch, for the user).
    #[error("{}", crate::texts::messages::person_still_referenced(.0))]
    PersonReferenced(Vec<String>),
    /// The person's details were refused.
    #[error(transparent)]
    InvalidPerson(#[from] super::person::PersonError),
}

/// What happens to the references to a person who is removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "action")]
pub enum References {
    /// The references stay and read "verwijderde betrokkene".
    Keep,
    /// The references move to another person in the dossier.
    Reassign {
        /// The person who takes over the references.
        to: PersonId,
    },
}

/// A dossier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Stable id.
    pub id: DossierId,
    /// Neutral reference used in file names and mail subjects, e.g. `MD-2026-0007`.
    pub reference: String,
    /// Neutral title, no names ("Zorgen groep 5, blauwe plekken").
    pub title: String,
    /// Form set the dossier follows (e.g. `basisonderwijs`).
    pub form_set: String,
    /// Who created it.
    pub created_by: Actor,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Open or closed.
    pub status: Status,
    /// Persons involved.
    pub persons: Vec<Person>,
    /// The person the dossier is about (see [`Dossier::subject`] for older dossiers).
    #[serde(default)]
    pub subject: Option<PersonId>,
    /// Signals (stap 1).
    pub signals: Vec<Signal>,
    /// Consultations (stap 2).
    pub consultations: Vec<Consultation>,
    /// Conversations (stap 3).
    pub conversations: Vec<Conversation>,
    /// Why the conversation was not held, if so.
    pub conversation_skipped: Option<ConversationSkipped>,
    /// Form answers and status of each step.
    pub steps: [StepRecord; 5],
    /// Current answers to the afwegingskader, by question id.
    pub afweging: BTreeMap<String, AfwegingAnswer>,
    /// The stap 5 decisions, latest last.
    pub decisions: Vec<Decision>,
    /// Lint hints kept with a reason.
    pub kept_hints: Vec<KeptHint>,
    /// Statements the client added.
    pub client_statements: Vec<String>,
    /// The melding to Veilig Thuis.
    #[serde(default)]
    pub melding: Melding,
    /// Set when the dossier is on the urgent path.
    #[serde(default)]
    pub urgent: Option<Urgent>,
    /// Agreements of the veiligheidsplan.
    #[serde(default)]
    pub afspraken: Vec<Afspraak>,
    /// Requests for information from Veilig Thuis.
    #[serde(default)]
    pub info_requests: Vec<InfoRequest>,
    /// The child's participation (the nine points).
    #[serde(default)]
    pub participation: Vec<Participation>,
    // --- One record per fact (issue 16): see `facts.rs`. ---
    /// Earlier texts of corrected signals.
    #[serde(default)]
    pub signal_versions: Vec<SignalVersion>,
    /// Withdrawn signals.
    #[serde(default)]
    pub signal_withdrawals: Vec<SignalWithdrawal>,
    /// Approvals of second-hand signals by their source.
    #[serde(default)]
    pub signal_approvals: Vec<SignalApproval>,
    /// The family's own word.
    #[serde(default)]
    pub zienswijzen: Vec<Zienswijze>,
    /// AVG art. 16 requests and their answers.
    #[serde(default)]
    pub correction_requests: Vec<CorrectionRequest>,
    /// Afweging answers given together with Veilig Thuis: with whom and when, by question.
    #[serde(default)]
    pub afweging_vt: BTreeMap<String, VtSamen>,
    /// What the seeds ask of each decision beyond melden/hulp.
    #[serde(default)]
    pub decision_accounts: Vec<DecisionAccount>,
    /// The guidelines (1–7) ticked when answering each Veilig Thuis information request.
    #[serde(default)]
    pub info_request_guidelines: BTreeMap<u32, Vec<u8>>,
    /// Every change, oldest first.
    pub history: Vec<HistoryEntry>,
}

impl Dossier {
    /// A new, empty dossier.
    pub fn new(
        id: DossierId,
        reference: &str,
        form_set: &str,
        by: Actor,
        at: DateTime<Utc>,
    ) -> Self {
        Self {
            id,
            reference: reference.to_owned(),
            title: String::new(),
            form_set: form_set.to_owned(),
            created_by: by,
            created_at: at,
            status: Status::Open,
            persons: Vec::new(),
            subject: None,
            signals: Vec::new(),
            consultations: Vec::new(),
            conversations: Vec::new(),
            conversation_skipped: None,
            steps: Default::default(),
            afweging: BTreeMap::new(),
            decisions: Vec::new(),
            kept_hints: Vec::new(),
            client_statements: Vec::new(),
            melding: Melding::default(),
            urgent: None,
            afspraken: Vec::new(),
            info_requests: Vec::new(),
            participation: Vec::new(),
            signal_versions: Vec::new(),
            signal_withdrawals: Vec::new(),
            signal_approvals: Vec::new(),
            zienswijzen: Vec::new(),
            correction_requests: Vec::new(),
            afweging_vt: BTreeMap::new(),
            decision_accounts: Vec::new(),
            info_request_guidelines: BTreeMap::new(),
            history: Vec::new(),
        }
    }

    /// The step to work on now: the first that is not completed.
    pub fn current_step(&self) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| self.step(*s).status != StepStatus::Afgerond)
            .unwrap_or(Step::Beslissen)
    }

    /// The record of a step.
    pub fn step(&self, step: Step) -> &StepRecord {
        &self.steps[step.index()]
    }

    /// Whether the dossier is closed.
    pub fn is_closed(&self) -> bool {
        matches!(self.status, Status::Gesloten { .. })
    }

    /// The person with this id.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.persons.iter().find(|p| p.id == id)
    }

    /// The person the dossier is about: the one set with [`Change::SetSubject`], else (for
    /// dossiers from before that existed) the first child, else the first adult client.
    pub fn subject(&self) -> Option<&Person> {
        if let Some(id) = self.subject {
            return self.person(id);
        }
        self.persons
            .iter()
            .find(|p| p.role == PersonRole::Kind)
            .or_else(|| self.persons.iter().find(|p| p.role == PersonRole::Client))
    }

    /// The children whose safety must be checked too (kindcheck): every child, brother or
    /// sister in the dossier other than the subject.
    pub fn kindcheck_children(&self) -> Vec<&Person> {
        let subject = self.subject().map(|p| p.id);
        self.persons
            .iter()
            .filter(|p| p.role.is_child() && Some(p.id) != subject)
            .collect()
    }

    /// A person's name for the user; "verwijderde betrokkene" for a removed person.
    pub fn person_name(&self, id: PersonId) -> String {
        self.person(id).map_or_else(
            || crate::texts::common::REMOVED_PERSON.to_owned(),
            Person::display_name,
        )
    }

    /// Where the dossier refers to a person (Dutch descriptions, for the user).
    pub fn person_references(&self, id: PersonId) -> Vec<String> {
        let mut refs = Vec::new();
        if self.subject == Some(id) {
            refs.push(crate::texts::messages::PERSON_REFERENCE_SUBJECT.to_owned());
        }
        for s in self.signals.iter().filter(|s| s.source_person == Some(id)) {
            refs.push(crate::texts::messages::person_reference_signal(s.id));
        }
        for c in self.conversations.iter().filter(|c| c.with.contains(&id)) {
            refs.push(crate::texts::messages::person_reference_conversation(c.id));
        }
        for step in Step::ALL {
            for (field, v) in &self.step(step).answers {
                if value_refers(v, id) {
                    refs.push(crate::texts::messages::person_reference_step_field(
                        step.number(),
                        field,
                    ));
                }
            }
        }
        for (field, v) in &self.melding.answers {
            if value_refers(v, id) {
                refs.push(crate::texts::messages::person_reference_melding_field(
                    field,
                ));
            }
        }
        refs
    }

    /// The id the next added person gets: never one a removed person had, so that kept
    /// references never point at someone else.
    pub fn next_person_id(&self) -> PersonId {
        let in_history = self.history.iter().filter_map(|h| match &h.change {
            Change::AddPerson { person } => Some(person.id.0),
            _ => None,
        });
        let max = self
            .persons
            .iter()
            .map(|p| p.id.0)
            .chain(in_history)
            .max()
            .unwrap_or(0);
        PersonId(max + 1)
    }

    /// Today's date for the domain's own checks: the UTC date of `at` plus one day of slack,
    /// so that a date that is today in the Netherlands is never refused. The front ends check
    /// against the session clock in Europe/Amsterdam.
    fn latest_today(at: DateTime<Utc>) -> NaiveDate {
        let d = at.date_naive();
        d.succ_opt().unwrap_or(d)
    }

    fn remove_person(
        &mut self,
        id: PersonId,
        references: Option<References>,
    ) -> Result<Person, ChangeError> {
        let Some(index) = self.persons.iter().position(|p| p.id == id) else {
            return Err(ChangeError::UnknownPerson(id.0));
        };
        let refs = self.person_references(id);
        match references {
            None if !refs.is_empty() => return Err(ChangeError::PersonReferenced(refs)),
            None | Some(References::Keep) => {
                if self.subject == Some(id) {
                    self.subject = None;
                }
            }
            Some(References::Reassign { to }) => {
                if to == id || self.person(to).is_none() {
                    return Err(ChangeError::UnknownPerson(to.0));
                }
                self.reassign(id, to);
            }
        }
        Ok(self.persons.remove(index))
    }

    fn reassign(&mut self, from: PersonId, to: PersonId) {
        let swap = |p: &mut PersonId| {
            if *p == from {
                *p = to;
            }
        };
        if let Some(s) = &mut self.subject {
            swap(s);
        }
        for s in &mut self.signals {
            if let Some(p) = &mut s.source_person {
                swap(p);
            }
        }
        for c in &mut self.conversations {
            c.with.iter_mut().for_each(swap);
            c.with.dedup();
        }
        for rec in &mut self.steps {
            rec.answers
                .values_mut()
                .for_each(|v| reassign_value(v, from, to));
        }
        self.melding
            .answers
            .values_mut()
            .for_each(|v| reassign_value(v, from, to));
    }

    /// Signals sorted by the date they were observed.
    pub fn signals_by_date(&self) -> Vec<&Signal> {
        let mut v: Vec<&Signal> = self.signals.iter().collect();
        v.sort_by_key(|s| (s.observed_on, s.id));
        v
    }

    /// The number a signal has everywhere the user reads it (window, documents, command
    /// line): its place in date order, from 1. Its id, for an unknown one.
    pub fn signal_number(&self, id: u32) -> u32 {
        self.signals_by_date()
            .iter()
            .position(|s| s.id == id)
            .map_or(id, |p| u32::try_from(p + 1).unwrap_or(id))
    }

    /// The id of the signal with `number` (see [`Dossier::signal_number`]).
    pub fn signal_with_number(&self, number: u32) -> Option<u32> {
        let index = usize::try_from(number).ok()?.checked_sub(1)?;
        self.signals_by_date().get(index).map(|s| s.id)
    }

    /// The afwegingskader answers as the engine reads them.
    pub fn afweging_answers(&self) -> BTreeMap<String, Tri> {
        self.afweging
            .iter()
            .map(|(q, a)| (q.clone(), a.answer))
            .collect()
    }

    /// Applies a change, appending it to the history. A refused change leaves the
    /// dossier exactly as it was.
    pub fn apply(
        &mut self,
        change: Change,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> Result<(), ChangeError> {
        let closed_ok = matches!(
            change,
            Change::Reopen { .. }
                | Change::AddClientStatement { .. }
                | Change::AddZienswijze { .. }
                | Change::AddCorrectionRequest { .. }
                | Change::AnswerCorrectionRequest { .. }
        );
        if self.is_closed() && !closed_ok {
            return Err(ChangeError::Closed);
        }
        let mut change = change;
        let previous = match self.apply_facts(&mut change, by, at) {
            Some(result) => result?,
            None => self.apply_inner(&mut change, at)?,
        };
        let opens_urgent = matches!(
            change,
            Change::SetField { .. }
                | Change::SetMeldingField { .. }
                | Change::AnswerAfweging { .. }
                | Change::AnswerAfwegingSamen { .. }
        );
        let seq = self.history.last().map_or(1, |h| h.seq + 1);
        self.history.push(HistoryEntry {
            seq,
            at,
            by: by.clone(),
            change,
            previous,
        });
        if opens_urgent {
            self.open_urgent_path(by, at);
        }
        Ok(())
    }

    fn next_id<T>(items: &[T], id: impl Fn(&T) -> u32) -> u32 {
        items.iter().map(id).max().unwrap_or(0) + 1
    }

    fn apply_inner(
        &mut self,
        change: &mut Change,
        at: DateTime<Utc>,
    ) -> Result<Option<serde_json::Value>, ChangeError> {
        let json = |v: &dyn erased::Ser| v.to_json();
        match change {
            Change::SetTitle { title } => {
                let old = std::mem::replace(&mut self.title, title.clone());
                Ok(Some(serde_json::Value::String(old)))
            }
            Change::AddPerson { person } => {
                person.validate(Self::latest_today(at))?;
                person.id = self.next_person_id();
                self.persons.push(person.clone());
                Ok(None)
            }
            Change::UpdatePerson { person } => {
                person.validate(Self::latest_today(at))?;
                let Some(slot) = self.persons.iter_mut().find(|p| p.id == person.id) else {
                    return Err(ChangeError::UnknownPerson(person.id.0));
                };
                let old = std::mem::replace(slot, person.clone());
                Ok(Some(json(&old)))
            }
            Change::RemovePerson { id, references } => self
                .remove_person(*id, *references)
                .map(|old| Some(json(&old))),
            Change::SetSubject { id } => {
                if self.person(*id).is_none() {
                    return Err(ChangeError::UnknownPerson(id.0));
                }
                let old = self.subject.replace(*id);
                Ok(old.map(|o| json(&o)))
            }
            Change::AddSignal { signal } => {
                signal.id = Self::next_id(&self.signals, |s| s.id);
                self.signals.push(signal.clone());
                self.touch(Step::Signaleren);
                Ok(None)
            }
            Change::CorrectSignal { id, text, reason } => {
                if reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                let Some(s) = self.signals.iter_mut().find(|s| s.id == *id) else {
                    return Err(ChangeError::UnknownSignal(*id));
                };
                let old = std::mem::replace(&mut s.text, text.clone());
                Ok(Some(serde_json::Value::String(old)))
            }
            Change::AddConsultation { consultation } => {
                consultation.id = Self::next_id(&self.consultations, |c| c.id);
                self.consultations.push(consultation.clone());
                self.touch(Step::Consulteren);
                Ok(None)
            }
            Change::AddConversation { conversation } => {
                conversation.id = Self::next_id(&self.conversations, |c| c.id);
                self.conversations.push(conversation.clone());
                self.touch(Step::Gesprek);
                Ok(None)
            }
            Change::SkipConversation { skipped } => {
                if skipped.explanation.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                let old = self.conversation_skipped.replace(skipped.clone());
                self.touch(Step::Gesprek);
                Ok(old.map(|o| json(&o)))
            }
            Change::SetField { step, field, value } => {
                let answers = &mut self.steps[step.index()].answers;
                let old = match value {
                    Some(v) => answers.insert(field.clone(), v.clone()),
                    None => answers.remove(field),
                };
                self.touch(*step);
                Ok(old.map(|o| json(&o)))
            }
            Change::StartStep { step } => {
                self.touch(*step);
                Ok(None)
            }
            Change::CompleteStep { step } => {
                self.steps[step.index()].status = StepStatus::Afgerond;
                Ok(None)
            }
            Change::RevisitStep { step, reason } => {
                if reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                let rec = &mut self.steps[step.index()];
                if rec.status != StepStatus::Afgerond {
                    return Err(ChangeError::NotApplicable);
                }
                rec.status = StepStatus::Bezig;
                rec.revisits += 1;
                Ok(None)
            }
            Change::AnswerAfweging { question, answer } => {
                if answer.motivation.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                let old = self.afweging.insert(question.clone(), answer.clone());
                Ok(old.map(|o| json(&o)))
            }
            Change::Decide { decision } => {
                if decision.motivation.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                self.decisions.push(decision.clone());
                self.touch(Step::Beslissen);
                Ok(None)
            }
            Change::KeepHint { hint } => {
                if hint.reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                self.kept_hints.push(hint.clone());
                Ok(None)
            }
            Change::Close { reason, on } => {
                if reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                self.status = Status::Gesloten {
                    reason: reason.clone(),
                    on: *on,
                };
                Ok(None)
            }
            Change::Reopen { reason } => {
                if reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                if !self.is_closed() {
                    return Err(ChangeError::NotApplicable);
                }
                let old = std::mem::take(&mut self.status);
                Ok(Some(json(&old)))
            }
            Change::AddClientStatement { text } => {
                if text.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                self.client_statements.push(text.clone());
                Ok(None)
            }
            Change::SetMeldingField { field, value } => {
                let answers = &mut self.melding.answers;
                let old = match value {
                    Some(v) => answers.insert(field.clone(), v.clone()),
                    None => answers.remove(field),
                };
                Ok(old.map(|o| json(&o)))
            }
            Change::SetChecklist { checklist } => {
                let old = std::mem::replace(&mut self.melding.checklist, checklist.clone());
                Ok(Some(json(&old)))
            }
            Change::RecordSent { sent } => {
                let old = self.melding.sent.replace(sent.clone());
                Ok(old.map(|o| json(&o)))
            }
            Change::MarkUrgent { reason } => {
                if reason.trim().is_empty() {
                    return Err(ChangeError::MissingReason);
                }
                if self.urgent.is_some() {
                    return Err(ChangeError::NotApplicable);
                }
                self.urgent = Some(Urgent {
                    marked_at: at,
                    reason: reason.clone(),
                    calls: Vec::new(),
                });
                Ok(None)
            }
            Change::RecordUrgentCall { call } => {
                let Some(urgent) = &mut self.urgent else {
                    return Err(ChangeError::NotApplicable);
                };
                urgent.calls.push(call.clone());
                Ok(None)
            }
            Change::AddAfspraak { afspraak } => {
                afspraak.id = Self::next_id(&self.afspraken, |a| a.id);
                self.afspraken.push(afspraak.clone());
                Ok(None)
            }
            Change::CheckAfspraak { id, status, on } => {
                let Some(a) = self.afspraken.iter_mut().find(|a| a.id == *id) else {
                    return Err(ChangeError::NotApplicable);
                };
                let old = json(&*a);
                a.status = *status;
                a.checked_on = Some(*on);
                Ok(Some(old))
            }
            Change::SetInfoRequest { request } => {
                if request.id == 0 {
                    request.id = Self::next_id(&self.info_requests, |r| r.id);
                    self.info_requests.push(request.clone());
                    return Ok(None);
                }
                let Some(slot) = self.info_requests.iter_mut().find(|r| r.id == request.id) else {
                    return Err(ChangeError::NotApplicable);
                };
                let old = std::mem::replace(slot, request.clone());
                Ok(Some(json(&old)))
            }
            Change::RecordParticipation { entry } => {
                if !(1..=9).contains(&entry.point) {
                    return Err(ChangeError::NotApplicable);
                }
                self.participation.push(entry.clone());
                Ok(None)
            }
            // Applied by `apply_facts`.
            Change::WithdrawSignal { .. }
            | Change::ApproveSignal { .. }
            | Change::AddZienswijze { .. }
            | Change::AddCorrectionRequest { .. }
            | Change::AnswerCorrectionRequest { .. }
            | Change::AnswerAfwegingSamen { .. }
            | Change::DecideWithAccount { .. }
            | Change::SetInfoRequestGuidelines { .. }
            | Change::MigrateAnswers { .. } => Err(ChangeError::NotApplicable),
        }
    }

    /// The changes of issue 16 and the checks they add to older changes; `None` leaves the
    /// change to `apply_inner`. Refusals leave the dossier untouched.
    #[allow(clippy::too_many_lines)]
    fn apply_facts(
        &mut self,
        change: &mut Change,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> Option<Result<Option<serde_json::Value>, ChangeError>> {
        let need = |text: &str| {
            if text.trim().is_empty() {
                Err(ChangeError::MissingReason)
            } else {
                Ok(())
            }
        };
        let result = match change {
            Change::CorrectSignal { id, text, reason } => (|| {
                need(reason)?;
                need(text)?;
                if self.signal_withdrawal(*id).is_some() {
                    return Err(ChangeError::NotApplicable);
                }
                let Some(s) = self.signals.iter_mut().find(|s| s.id == *id) else {
                    return Err(ChangeError::UnknownSignal(*id));
                };
                let old = std::mem::replace(&mut s.text, text.clone());
                self.signal_versions.push(SignalVersion {
                    signal: *id,
                    text: old.clone(),
                    replaced_at: at,
                    by: by.clone(),
                    reason: reason.clone(),
                });
                Ok(Some(serde_json::Value::String(old)))
            })(),
            Change::WithdrawSignal { id, reason } => (|| {
                need(reason)?;
                if !self.signals.iter().any(|s| s.id == *id) {
                    return Err(ChangeError::UnknownSignal(*id));
                }
                if self.signal_withdrawal(*id).is_some() {
                    return Err(ChangeError::NotApplicable);
                }
                self.signal_withdrawals.push(SignalWithdrawal {
                    signal: *id,
                    at,
                    by: by.clone(),
                    reason: reason.clone(),
                });
                Ok(None)
            })(),
            Change::ApproveSignal {
                id,
                by: informant,
                on,
                how,
            } => (|| {
                need(informant)?;
                need(how)?;
                let Some(s) = self.signals.iter().find(|s| s.id == *id) else {
                    return Err(ChangeError::UnknownSignal(*id));
                };
                if s.hand != Hand::Tweede {
                    return Err(ChangeError::NotApplicable);
                }
                self.signal_approvals.push(SignalApproval {
                    signal: *id,
                    by: informant.clone(),
                    on: *on,
                    how: how.clone(),
                    recorded_by: by.clone(),
                });
                Ok(None)
            })(),
            Change::AddZienswijze { zienswijze } => (|| {
                need(&zienswijze.text)?;
                need(&zienswijze.author_role)?;
                if let Some(p) = zienswijze.author
                    && self.person(p).is_none()
                {
                    return Err(ChangeError::UnknownPerson(p.0));
                }
                zienswijze.id = Self::next_id(&self.zienswijzen, |z| z.id);
                self.zienswijzen.push(zienswijze.clone());
                Ok(None)
            })(),
            Change::AddCorrectionRequest { request } => (|| {
                need(&request.request)?;
                need(&request.by_role)?;
                if let Some(p) = request.by
                    && self.person(p).is_none()
                {
                    return Err(ChangeError::UnknownPerson(p.0));
                }
                request.id = Self::next_id(&self.correction_requests, |r| r.id);
                self.correction_requests.push(request.clone());
                Ok(None)
            })(),
            Change::AnswerCorrectionRequest { id, answer } => (|| {
                need(&answer.text)?;
                let Some(r) = self.correction_requests.iter_mut().find(|r| r.id == *id) else {
                    return Err(ChangeError::NotApplicable);
                };
                let old = r.answer.replace(answer.clone());
                Ok(old.map(|o| serde_json::to_value(o).unwrap_or_default()))
            })(),
            Change::AnswerAfwegingSamen {
                question,
                answer,
                samen_met_vt,
            } => (|| {
                need(&answer.motivation)?;
                if let Some(vt) = samen_met_vt.as_ref() {
                    need(&vt.with_whom)?;
                }
                answer.with_veilig_thuis = samen_met_vt.is_some();
                answer.veilig_thuis_contact = samen_met_vt
                    .as_ref()
                    .map(|v| v.with_whom.clone())
                    .unwrap_or_default();
                match samen_met_vt {
                    Some(vt) => self.afweging_vt.insert(question.clone(), vt.clone()),
                    None => self.afweging_vt.remove(question.as_str()),
                };
                let old = self.afweging.insert(question.clone(), answer.clone());
                Ok(old.map(|o| serde_json::to_value(o).unwrap_or_default()))
            })(),
            Change::Decide { decision } => {
                // Checked here; recorded by `apply_inner`.
                if self.check_decision(decision, None, "").is_err() {
                    return Some(Err(ChangeError::MissingReason));
                }
                return None;
            }
            Change::DecideWithAccount {
                decision,
                samen_met_vt,
                meldnorm_afwijking,
            } => (|| {
                if self
                    .check_decision(decision, samen_met_vt.as_ref(), meldnorm_afwijking)
                    .is_err()
                {
                    return Err(ChangeError::MissingReason);
                }
                let deviates = !decision.melden && !self.meldnorm_grounds().is_empty();
                self.decisions.push(decision.clone());
                self.decision_accounts.push(DecisionAccount {
                    decision: self.decisions.len() - 1,
                    samen_met_vt: samen_met_vt.clone(),
                    meldnorm_afwijking: if deviates {
                        meldnorm_afwijking.clone()
                    } else {
                        String::new()
                    },
                });
                self.touch(Step::Beslissen);
                Ok(None)
            })(),
            Change::SetInfoRequestGuidelines { id, ticked } => (|| {
                if !self.info_requests.iter().any(|r| r.id == *id)
                    || ticked.iter().any(|g| !(1..=7).contains(g))
                {
                    return Err(ChangeError::NotApplicable);
                }
                ticked.sort_unstable();
                ticked.dedup();
                let old = self.info_request_guidelines.insert(*id, ticked.clone());
                Ok(old.map(|o| serde_json::to_value(o).unwrap_or_default()))
            })(),
            Change::MigrateAnswers { .. } => Err(ChangeError::NotApplicable),
            _ => return None,
        };
        Some(result)
    }

    /// Opens the urgent path when an answer says acute onveiligheid or eergerelateerd geweld
    /// (seed 002: Veilig Thuis within the hour), whichever front end gave the answer.
    fn open_urgent_path(&mut self, by: &Actor, at: DateTime<Utc>) {
        if self.urgent.is_some() {
            return;
        }
        let grounds = self.urgent_grounds();
        if grounds.is_empty() {
            return;
        }
        let reason = format!(
            "{}: {}",
            crate::texts::messages::URGENT_REASON_FROM_ANSWER,
            grounds
                .iter()
                .map(|g| g.label())
                .collect::<Vec<_>>()
                .join(", ")
        );
        self.urgent = Some(Urgent {
            marked_at: at,
            reason: reason.clone(),
            calls: Vec::new(),
        });
        let seq = self.history.last().map_or(1, |h| h.seq + 1);
        self.history.push(HistoryEntry {
            seq,
            at,
            by: by.clone(),
            change: Change::MarkUrgent { reason },
            previous: None,
        });
    }

    fn touch(&mut self, step: Step) {
        let rec = &mut self.steps[step.index()];
        if rec.status == StepStatus::Open {
            rec.status = StepStatus::Bezig;
        }
    }
}

fn value_refers(v: &Value, id: PersonId) -> bool {
    match v {
        Value::Person(p) => *p == id,
        Value::Group(entries) => entries
            .iter()
            .any(|e| e.values().any(|v| value_refers(v, id))),
        _ => false,
    }
}

fn reassign_value(v: &mut Value, from: PersonId, to: PersonId) {
    match v {
        Value::Person(p) if *p == from => *p = to,
        Value::Group(entries) => {
            for e in entries {
                for v in e.values_mut() {
                    reassign_value(v, from, to);
                }
            }
        }
        _ => {}
    }
}

mod erased {
    /// Serialises any domain value for the history's "previous" field.
    pub trait Ser {
        fn to_json(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Ser for T {
        fn to_json(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::example;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap()
    }

    #[test]
    fn correction_keeps_the_old_text_in_the_history() {
        let mut d = example::dossier();
        let me = example::user();
        let old = d.signals[0].text.clone();
        d.apply(
            Change::CorrectSignal {
                id: d.signals[0].id,
                text: "Gecorrigeerd: de plek zat op de rechter bovenarm.".to_owned(),
                reason: "Leerkracht corrigeerde de plaats".to_owned(),
            },
            &me,
            now(),
        )
        .unwrap();
        assert!(d.signals[0].text.starts_with("Gecorrigeerd"));
        let last = d.history.last().unwrap();
        assert_eq!(last.previous, Some(serde_json::Value::String(old)));
        assert_eq!(last.by, me);
    }

    #[test]
    fn a_refused_change_leaves_the_dossier_untouched() {
        let mut d = example::dossier();
        let before = d.clone();
        let err = d
            .apply(
                Change::CorrectSignal {
                    id: 99,
                    text: "x".to_owned(),
                    reason: "y".to_owned(),
                },
                &example::user(),
                now(),
            )
            .unwrap_err();
        assert_eq!(err, ChangeError::UnknownSignal(99));
        assert_eq!(d, before);
        let err = d
            .apply(
                Change::Close {
                    reason: "  ".to_owned(),
                    on: now().date_naive(),
                },
                &example::user(),
                now(),
            )
            .unwrap_err();
        assert_eq!(err, ChangeError::MissingReason);
        assert_eq!(d, before);
    }

    #[test]
    fn a_closed_dossier_refuses_changes_until_reopened() {
        let mut d = example::dossier();
        let me = example::user();
        d.apply(
            Change::Close {
                reason: "Geen vermoeden meer na gesprek".to_owned(),
                on: now().date_naive(),
            },
            &me,
            now(),
        )
        .unwrap();
        assert_eq!(
            d.apply(Change::StartStep { step: Step::Wegen }, &me, now()),
            Err(ChangeError::Closed)
        );
        d.apply(
            Change::Reopen {
                reason: "Nieuw signaal".to_owned(),
            },
            &me,
            now(),
        )
        .unwrap();
        assert!(!d.is_closed());
        d.apply(Change::StartStep { step: Step::Wegen }, &me, now())
            .unwrap();
    }

    #[test]
    fn revisiting_a_step_reopens_it_and_counts() {
        let mut d = example::dossier();
        let me = example::user();
        assert_eq!(d.current_step(), Step::Gesprek);
        d.apply(
            Change::RevisitStep {
                step: Step::Signaleren,
                reason: "Nieuw signaal van de gymleerkracht".to_owned(),
            },
            &me,
            now(),
        )
        .unwrap();
        assert_eq!(d.current_step(), Step::Signaleren);
        assert_eq!(d.step(Step::Signaleren).revisits, 1);
        assert_eq!(
            d.apply(
                Change::RevisitStep {
                    step: Step::Wegen,
                    reason: "x".to_owned()
                },
                &me,
                now()
            ),
            Err(ChangeError::NotApplicable)
        );
    }

    #[test]
    fn ids_are_assigned_and_history_is_sequential() {
        let d = example::dossier();
        let ids: Vec<u32> = d.signals.iter().map(|s| s.id).collect();
        assert_eq!(ids, [1, 2, 3]);
        let seqs: Vec<u64> = d.history.iter().map(|h| h.seq).collect();
        assert_eq!(seqs, (1..=14).collect::<Vec<u64>>());
        assert!(
            d.signals_by_date()
                .windows(2)
                .all(|w| w[0].observed_on <= w[1].observed_on)
        );
    }

    fn scratch() -> (Dossier, Actor) {
        let me = Actor::new("Fatima El Amrani", "mentor");
        let mut d = Dossier::new(
            DossierId(9),
            "MD-2026-0009",
            "basismodel",
            me.clone(),
            now(),
        );
        for (role, first) in [
            (PersonRole::Client, "Ingrid"),
            (PersonRole::Partner, "Ton"),
            (PersonRole::Kind, "Lotte"),
        ] {
            d.apply(
                Change::AddPerson {
                    person: Person::new(PersonId(0), role, first, "Bergsma"),
                },
                &me,
                now(),
            )
            .unwrap();
        }
        (d, me)
    }

    fn signal_from(person: PersonId) -> Change {
        Change::AddSignal {
            signal: Signal {
                id: 0,
                observed_on: now().date_naive(),
                recorded_at: now(),
                observer: Actor::new("Fatima El Amrani", "mentor"),
                source: None,
                source_person: Some(person),
                hand: Hand::Tweede,
                confirmed_by_informant: None,
                text: "Zij vertelde over een duw tegen de muur.".to_owned(),
                contra_indicatie: false,
            },
        }
    }

    #[test]
    fn the_subject_is_set_and_the_other_children_need_a_kindcheck() {
        let (mut d, me) = scratch();
        // Before the subject is set, older dossiers fall back to the first child.
        assert_eq!(d.subject().map(|p| p.first_name.as_str()), Some("Lotte"));
        d.apply(Change::SetSubject { id: PersonId(1) }, &me, now())
            .unwrap();
        assert_eq!(d.subject().map(|p| p.role), Some(PersonRole::Client));
        let kc: Vec<&str> = d
            .kindcheck_children()
            .iter()
            .map(|p| p.first_name.as_str())
            .collect();
        assert_eq!(kc, ["Lotte"]);
        assert_eq!(
            d.apply(Change::SetSubject { id: PersonId(7) }, &me, now()),
            Err(ChangeError::UnknownPerson(7))
        );
    }

    #[test]
    fn removing_a_referred_person_asks_what_to_do_with_the_references() {
        let (mut d, me) = scratch();
        d.apply(Change::SetSubject { id: PersonId(1) }, &me, now())
            .unwrap();
        d.apply(signal_from(PersonId(2)), &me, now()).unwrap();
        d.apply(
            Change::SetField {
                step: Step::Gesprek,
                field: "gesprek_met".to_owned(),
                value: Some(Value::Person(PersonId(2))),
            },
            &me,
            now(),
        )
        .unwrap();
        let before = d.clone();
        let err = d
            .apply(
                Change::RemovePerson {
                    id: PersonId(2),
                    references: None,
                },
                &me,
                now(),
            )
            .unwrap_err();
        let ChangeError::PersonReferenced(refs) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(refs, &["signaal 1 (bron)", "stap 3, veld 'gesprek_met'"]);
        assert!(err.to_string().contains("verwijderde betrokkene"));
        assert_eq!(d, before);

        // Keep: the references stay and read "verwijderde betrokkene".
        let mut kept = d.clone();
        kept.apply(
            Change::RemovePerson {
                id: PersonId(2),
                references: Some(References::Keep),
            },
            &me,
            now(),
        )
        .unwrap();
        assert!(kept.person(PersonId(2)).is_none());
        assert_eq!(kept.signals[0].source_person, Some(PersonId(2)));
        assert_eq!(kept.person_name(PersonId(2)), "verwijderde betrokkene");
        let last = kept.history.last().unwrap();
        assert!(last.previous.as_ref().unwrap().to_string().contains("Ton"));
        // A new person never takes the removed person's id.
        kept.apply(
            Change::AddPerson {
                person: Person::new(PersonId(0), PersonRole::BroerZus, "Jip", "Bergsma"),
            },
            &me,
            now(),
        )
        .unwrap();
        assert_eq!(kept.persons.last().unwrap().id, PersonId(4));

        // Reassign: the references move to another person.
        let mut moved = d.clone();
        moved
            .apply(
                Change::RemovePerson {
                    id: PersonId(2),
                    references: Some(References::Reassign { to: PersonId(1) }),
                },
                &me,
                now(),
            )
            .unwrap();
        assert_eq!(moved.signals[0].source_person, Some(PersonId(1)));
        assert_eq!(
            moved.step(Step::Gesprek).answers.get("gesprek_met"),
            Some(&Value::Person(PersonId(1)))
        );
        assert!(moved.person_references(PersonId(2)).is_empty());
        // Reassigning to the person removed, or to nobody, is refused.
        let mut bad = d.clone();
        assert_eq!(
            bad.apply(
                Change::RemovePerson {
                    id: PersonId(2),
                    references: Some(References::Reassign { to: PersonId(2) }),
                },
                &me,
                now(),
            ),
            Err(ChangeError::UnknownPerson(2))
        );
        assert_eq!(bad, d);
        // A person nobody refers to goes without a choice.
        d.apply(
            Change::RemovePerson {
                id: PersonId(3),
                references: None,
            },
            &me,
            now(),
        )
        .unwrap();
        assert!(d.person(PersonId(3)).is_none());
    }

    #[test]
    fn invalid_persons_are_refused_through_the_change() {
        let (mut d, me) = scratch();
        let before = d.clone();
        let mut p = Person::new(PersonId(0), PersonRole::Kind, "Jip", "Bergsma");
        p.birth_date = chrono::NaiveDate::from_ymd_opt(2031, 1, 1);
        assert!(matches!(
            d.apply(Change::AddPerson { person: p.clone() }, &me, now()),
            Err(ChangeError::InvalidPerson(_))
        ));
        p.birth_date = None;
        p.id = PersonId(1);
        p.first_name = "Jip 2".to_owned();
        assert!(matches!(
            d.apply(Change::UpdatePerson { person: p }, &me, now()),
            Err(ChangeError::InvalidPerson(_))
        ));
        assert_eq!(d, before);
    }

    #[test]
    fn dossiers_without_a_subject_field_still_read() {
        let d = example::dossier();
        let mut json = serde_json::to_value(&d).unwrap();
        json.as_object_mut().unwrap().remove("subject");
        let back: Dossier = serde_json::from_value(json).unwrap();
        assert_eq!(back.subject, None);
        assert_eq!(back.subject().map(|p| p.role), Some(PersonRole::Kind));
    }

    #[test]
    fn dossier_round_trips_through_json() {
        let d = example::dossier();
        let json = serde_json::to_string(&d).unwrap();
        let back: Dossier = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
        assert!(json.contains("Çağla"));
    }
}
