//! One record per fact: the history of a signal (corrections, withdrawal, approval by its
//! source), the family's own word (zienswijze, AVG art. 16 requests), decisions as the seeds
//! make them (meldnorm, eindverantwoordelijke, samen met Veilig Thuis), and the migration of
//! old vaults whose step forms held a second copy of signals and consultations.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::dossier::{Consultation, ConsultationKind, Decision, Dossier, Hand, Signal, Step};
use super::person::{Actor, PersonId};
use super::values::{Answers, Tri, Value};

/// An earlier text of a signal, replaced by a correction. Never deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalVersion {
    /// The signal it belongs to.
    pub signal: u32,
    /// The text as it stood before the correction.
    pub text: String,
    /// When it was replaced.
    pub replaced_at: DateTime<Utc>,
    /// Who replaced it.
    pub by: Actor,
    /// Why.
    pub reason: String,
}

/// A signal withdrawn: it stays in the dossier, marked as withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalWithdrawal {
    /// The signal.
    pub signal: u32,
    /// When.
    pub at: DateTime<Utc>,
    /// Who withdrew it.
    pub by: Actor,
    /// Why.
    pub reason: String,
}

/// Second-hand information approved (geaccordeerd) by its source (seed 004).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignalApproval {
    /// The signal.
    pub signal: u32,
    /// Who approved it (the informant).
    pub by: String,
    /// On which day.
    pub on: NaiveDate,
    /// How (mondeling, per mail, getekend verslag …).
    pub how: String,
    /// Who recorded the approval.
    pub recorded_by: Actor,
}

/// The family's own word after a conversation (zienswijze): theirs, dated, with what they
/// dispute. Shown in the dossier, the inzage copy and, if they ask, with the melding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Zienswijze {
    /// Id within the dossier (assigned by `apply`).
    pub id: u32,
    /// The person in the dossier whose word it is, where known.
    pub author: Option<PersonId>,
    /// Their role or relation in words ("moeder", "Zoë zelf"), always filled.
    pub author_role: String,
    /// When it was given.
    pub on: NaiveDate,
    /// What it is about (a signal, the conversation, the decision …).
    pub subject: String,
    /// Their view, in their own words.
    pub text: String,
    /// What they dispute in the dossier, if anything.
    pub disputes: String,
    /// Whether they asked for it to go with the melding to Veilig Thuis.
    pub with_melding: bool,
}

/// A request to correct or add to the dossier (AVG art. 16) and the answer given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRequest {
    /// Id within the dossier (assigned by `apply`).
    pub id: u32,
    /// Who asked (person in the dossier), where known.
    pub by: Option<PersonId>,
    /// Who asked, in words.
    pub by_role: String,
    /// When the request came in.
    pub received_on: NaiveDate,
    /// What they asked to correct or add.
    pub request: String,
    /// The answer, once given.
    pub answer: Option<CorrectionAnswer>,
}

/// The answer to an AVG art. 16 request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionAnswer {
    /// When it was given.
    pub on: NaiveDate,
    /// Whether the request was granted (fully or in part).
    pub granted: bool,
    /// The answer, with the reason where refused.
    pub text: String,
}

/// "Samen met Veilig Thuis": with whom at Veilig Thuis and when. An answer the user gives,
/// never derived from the position in the afwegingskader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VtSamen {
    /// The Veilig Thuis employee.
    pub with_whom: String,
    /// When.
    pub on: NaiveDate,
}

/// What the seeds ask of a decision beyond melden/hulp: answered with Veilig Thuis or not,
/// and the written motivation when it goes against the meldnorm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionAccount {
    /// Index of the decision in [`Dossier::decisions`].
    pub decision: usize,
    /// Taken together with Veilig Thuis, with whom and when.
    pub samen_met_vt: Option<VtSamen>,
    /// Why the decision goes against the meldnorm; empty when it does not.
    pub meldnorm_afwijking: String,
}

/// Why the meldnorm says "melden" in this dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MeldnormGround {
    /// Acute onveiligheid (stap 4 answer, or acute threat of eergerelateerd geweld).
    Acuut,
    /// Structurele onveiligheid.
    Structureel,
    /// Acute and/or structurele onveiligheid (afweging 2 answered "ja").
    AcuutOfStructureel,
    /// Disclosure (seed 002 pijler 1).
    Disclosure,
    /// A suspicion of eergerelateerd geweld or huwelijksdwang.
    Eergerelateerd,
}

impl MeldnormGround {
    /// Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            MeldnormGround::Acuut => crate::texts::messages::MELDNORM_GROUND_ACUTE_UNSAFETY,
            MeldnormGround::Structureel => {
                crate::texts::messages::MELDNORM_GROUND_STRUCTURAL_UNSAFETY
            }
            MeldnormGround::AcuutOfStructureel => {
                crate::texts::messages::MELDNORM_GROUND_ACUTE_OR_STRUCTURAL_UNSAFETY
            }
            MeldnormGround::Disclosure => crate::texts::messages::MELDNORM_GROUND_DISCLOSURE,
            MeldnormGround::Eergerelateerd => {
                crate::texts::messages::MELDNORM_GROUND_HONOUR_RELATED_VIOLENCE
            }
        }
    }

    /// Whether this ground opens the urgent path on its own (seed 002: Veilig Thuis within
    /// the hour).
    pub fn urgent(self) -> bool {
        matches!(self, MeldnormGround::Acuut | MeldnormGround::Eergerelateerd)
    }
}

/// Afwegingskader questions that ask about acute and/or structural unsafety, in the bundled
/// trees (basismodel and basisonderwijs `afweging_2`, zorg `stap4_afweging_2`).
pub const ONVEILIGHEID_QUESTIONS: [&str; 2] = ["afweging_2", "stap4_afweging_2"];

/// Why a decision cannot be recorded as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionProblem {
    /// No eindverantwoordelijke named.
    NoEindverantwoordelijke,
    /// No motivation.
    NoMotivation,
    /// Not melden while the meldnorm says melden, without a written motivation for that.
    AgainstMeldnorm,
    /// "Samen met Veilig Thuis" without the name of the employee.
    NoVtContact,
}

impl DecisionProblem {
    /// Dutch message for the user.
    pub fn message(self) -> &'static str {
        match self {
            DecisionProblem::NoEindverantwoordelijke => {
                crate::texts::messages::DECISION_NO_EINDVERANTWOORDELIJKE
            }
            DecisionProblem::NoMotivation => crate::texts::messages::DECISION_NO_MOTIVATION,
            DecisionProblem::AgainstMeldnorm => {
                crate::texts::messages::DECISION_AGAINST_MELDNORM_WITHOUT_MOTIVATION
            }
            DecisionProblem::NoVtContact => crate::texts::messages::DECISION_NO_VT_CONTACT,
        }
    }
}

/// The grounds found in one answer (step form, meldformulier or afwegingskader).
pub fn grounds_in_answer(field: &str, value: &Value) -> Vec<MeldnormGround> {
    let mut out = Vec::new();
    let yes = matches!(value, Value::Tri(Tri::Ja));
    match (field, value) {
        ("soort_onveiligheid", Value::Multi(v)) => {
            for id in v {
                match id.as_str() {
                    "acuut" => out.push(MeldnormGround::Acuut),
                    "structureel" => out.push(MeldnormGround::Structureel),
                    "disclosure" => out.push(MeldnormGround::Disclosure),
                    _ => {}
                }
            }
        }
        ("soort_onveiligheid", Value::Choice(id)) if id == "acuut" => {
            out.push(MeldnormGround::Acuut);
        }
        ("vermoede_vormen" | "vormen", Value::Multi(v))
            if v.iter()
                .any(|x| x == "eergerelateerd" || x == "huwelijksdwang") =>
        {
            out.push(MeldnormGround::Eergerelateerd);
        }
        ("vermoeden_eergerelateerd", _) if yes => out.push(MeldnormGround::Eergerelateerd),
        ("eer_acute_dreiging", _) if yes => {
            out.push(MeldnormGround::Eergerelateerd);
            out.push(MeldnormGround::Acuut);
        }
        ("acute_onveiligheid" | "acuut_onveilig", _) if yes => out.push(MeldnormGround::Acuut),
        _ => {}
    }
    out
}

impl Dossier {
    /// Every reason the meldnorm says "melden" in this dossier, sorted, without duplicates.
    pub fn meldnorm_grounds(&self) -> Vec<MeldnormGround> {
        let mut out = Vec::new();
        // Which onveiligheid is asked only after afweging 2 said "ja"; an answer left from
        // before afweging 2 was answered "nee" (or "weet niet") no longer counts.
        let afweging_2_not_yes = self
            .afweging
            .iter()
            .any(|(q, a)| ONVEILIGHEID_QUESTIONS.contains(&q.as_str()) && a.answer != Tri::Ja);
        for rec in &self.steps {
            for (k, v) in &rec.answers {
                if k == "soort_onveiligheid" && afweging_2_not_yes {
                    continue;
                }
                out.extend(grounds_in_answer(k, v));
            }
        }
        for (k, v) in &self.melding.answers {
            out.extend(grounds_in_answer(k, v));
        }
        for (q, a) in &self.afweging {
            if ONVEILIGHEID_QUESTIONS.contains(&q.as_str()) && a.answer == Tri::Ja {
                out.push(MeldnormGround::AcuutOfStructureel);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// The grounds that open the urgent path.
    pub fn urgent_grounds(&self) -> Vec<MeldnormGround> {
        self.meldnorm_grounds()
            .into_iter()
            .filter(|g| g.urgent())
            .collect()
    }

    /// Checks a decision against the seeds' rules before it is recorded: it names the
    /// eindverantwoordelijke, is motivated, and a decision not to melden while the
    /// meldnorm says melden carries its own written motivation.
    pub fn check_decision(
        &self,
        decision: &Decision,
        samen_met_vt: Option<&VtSamen>,
        meldnorm_afwijking: &str,
    ) -> Result<(), DecisionProblem> {
        if decision.decided_by.name.trim().is_empty() {
            return Err(DecisionProblem::NoEindverantwoordelijke);
        }
        if decision.motivation.trim().is_empty() {
            return Err(DecisionProblem::NoMotivation);
        }
        if samen_met_vt.is_some_and(|v| v.with_whom.trim().is_empty()) {
            return Err(DecisionProblem::NoVtContact);
        }
        if !decision.melden
            && !self.meldnorm_grounds().is_empty()
            && meldnorm_afwijking.trim().is_empty()
        {
            return Err(DecisionProblem::AgainstMeldnorm);
        }
        Ok(())
    }

    /// The earlier versions of a signal, oldest first.
    pub fn signal_versions(&self, id: u32) -> Vec<&SignalVersion> {
        self.signal_versions
            .iter()
            .filter(|v| v.signal == id)
            .collect()
    }

    /// The withdrawal of a signal, if it was withdrawn.
    pub fn signal_withdrawal(&self, id: u32) -> Option<&SignalWithdrawal> {
        self.signal_withdrawals.iter().find(|w| w.signal == id)
    }

    /// The latest approval of a signal by its source.
    pub fn signal_approval(&self, id: u32) -> Option<&SignalApproval> {
        self.signal_approvals.iter().rev().find(|a| a.signal == id)
    }

    /// Whether a signal is second-hand information that its source has not approved yet.
    pub fn awaits_approval(&self, s: &Signal) -> bool {
        s.hand == Hand::Tweede
            && s.confirmed_by_informant != Some(true)
            && self.signal_approval(s.id).is_none()
    }

    /// The account (samen met VT, afwijking van de meldnorm) of the decision at `index`.
    pub fn decision_account(&self, index: usize) -> Option<&DecisionAccount> {
        self.decision_accounts.iter().find(|a| a.decision == index)
    }
}

/// What [`migrate_duplicates`] moved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Migrated {
    /// Signals added from the stap 1 form.
    pub signals: usize,
    /// Consultations added from the stap 2 (and stap 4) form.
    pub consultations: usize,
    /// Conversations added from the stap 3 form.
    pub conversations: usize,
    /// Decisions added from the stap 5 form.
    pub decisions: usize,
    /// Form entries that were already in the records (same date and text).
    pub duplicates: usize,
}

impl Migrated {
    /// Whether anything was moved or found duplicate.
    pub fn is_empty(&self) -> bool {
        *self == Migrated::default()
    }
}

/// Stap 4 form fields that recorded the Veilig Thuis contact of stap 2 a second time:
/// (step, gate, date, employee, advice).
const VT_FIELDS: [(Step, &str, &str, &str, &str); 2] = [
    (
        Step::Wegen,
        "vt_contact",
        "vt_contact_datum",
        "vt_contact_medewerker",
        "vt_contact_advies",
    ),
    (
        Step::Wegen,
        "vt_geraadpleegd",
        "vt_datum",
        "vt_medewerker",
        "vt_advies",
    ),
];

pub(super) fn text_of(a: &Answers, key: &str) -> String {
    match a.get(key) {
        Some(Value::Text(t) | Value::Choice(t)) => t.trim().to_owned(),
        _ => String::new(),
    }
}

pub(super) fn date_of(a: &Answers, key: &str) -> Option<NaiveDate> {
    match a.get(key) {
        Some(Value::Date(d)) => Some(*d),
        Some(Value::DateTime(dt)) => Some(dt.date()),
        _ => None,
    }
}

pub(super) fn yes_of(a: &Answers, key: &str) -> Option<bool> {
    match a.get(key) {
        Some(Value::Tri(Tri::Ja)) => Some(true),
        Some(Value::Tri(Tri::Nee)) => Some(false),
        Some(Value::Choice(c)) if c == "ja" => Some(true),
        Some(Value::Choice(c)) if c == "nee" => Some(false),
        _ => None,
    }
}

/// Keys of a stap 1 signal entry that map onto [`Signal`] fields.
const SIGNAL_KEYS: [&str; 9] = [
    "signaal_datum",
    "signaal_waarnemer",
    "signaal_hand",
    "signaal_bron",
    "signaal_van_wie",
    "signaal_hoe",
    "signaal_tekst",
    "signaal_geaccordeerd",
    "signaal_contra",
];

/// Keeps every answer of an entry that has no place in the record, as "label: value" lines.
fn rest_of(entry: &Answers, known: &[&str]) -> String {
    entry
        .iter()
        .filter(|(k, _)| !known.contains(&k.as_str()))
        .filter(|(_, v)| v.is_filled())
        .map(|(k, v)| {
            let shown = match v {
                Value::Text(t) | Value::Choice(t) => t.clone(),
                other => serde_json::to_string(other).unwrap_or_default(),
            };
            format!("{}: {shown}", k.replace('_', " "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn signal_from(entry: &Answers, d: &Dossier, at: DateTime<Utc>) -> Option<Signal> {
    let text = text_of(entry, "signaal_tekst");
    if text.is_empty() {
        return None;
    }
    let rest = rest_of(entry, &SIGNAL_KEYS);
    let text = if rest.is_empty() {
        text
    } else {
        format!("{text}\n{rest}")
    };
    let observer_name = text_of(entry, "signaal_waarnemer");
    let observer = if observer_name.is_empty() {
        d.created_by.clone()
    } else {
        Actor::new(&observer_name, "")
    };
    let source: Vec<String> = ["signaal_bron", "signaal_van_wie", "signaal_hoe"]
        .iter()
        .map(|k| text_of(entry, k))
        .filter(|s| !s.is_empty())
        .collect();
    let hand = if text_of(entry, "signaal_hand") == "tweede" || !source.is_empty() {
        Hand::Tweede
    } else {
        Hand::Eerste
    };
    Some(Signal {
        id: 0,
        observed_on: date_of(entry, "signaal_datum").unwrap_or_else(|| at.date_naive()),
        recorded_at: at,
        observer,
        source: (!source.is_empty()).then(|| source.join("; ")),
        source_person: None,
        hand,
        confirmed_by_informant: yes_of(entry, "signaal_geaccordeerd"),
        text,
        contra_indicatie: yes_of(entry, "signaal_contra") == Some(true),
    })
}

fn consultation_from(entry: &Answers, at: DateTime<Utc>) -> Option<Consultation> {
    let outcome = text_of(entry, "consultatie_uitkomst");
    let with_whom = text_of(entry, "consultatie_met");
    if outcome.is_empty() && with_whom.is_empty() {
        return None;
    }
    let kind = match text_of(entry, "consultatie_soort").as_str() {
        "veilig-thuis" => ConsultationKind::VeiligThuis,
        "deskundige" => ConsultationKind::Deskundige,
        _ => ConsultationKind::Collegiaal,
    };
    let known = [
        "consultatie_datum",
        "consultatie_soort",
        "consultatie_met",
        "consultatie_vraag",
        "consultatie_uitkomst",
    ];
    let rest = rest_of(entry, &known);
    let outcome = if rest.is_empty() {
        outcome
    } else {
        format!("{outcome}\n{rest}")
    };
    Some(Consultation {
        id: 0,
        on: date_of(entry, "consultatie_datum").unwrap_or_else(|| at.date_naive()),
        kind,
        with_whom,
        question: text_of(entry, "consultatie_vraag"),
        outcome,
    })
}

/// When the field was last set, by whom: the history's own record of it.
pub(super) fn set_by(d: &Dossier, step: Step, field: &str) -> (DateTime<Utc>, Actor) {
    d.history
        .iter()
        .rev()
        .find(|h| {
            matches!(&h.change, super::Change::SetField { step: s, field: f, .. }
                if *s == step && f == field)
        })
        .map_or_else(
            || (d.created_at, d.created_by.clone()),
            |h| (h.at, h.by.clone()),
        )
}

/// Moves answers of old step forms that duplicated the signals list, the consultations (also
/// the Veilig Thuis contact of stap 4) and the conversation of stap 3 into those records, so that each fact has one record. Pure: no clock, no I/O.
///
/// A form entry becomes a record unless a record with the same date and text already
/// exists (then it counts as a duplicate). Whatever has no field in the record is kept in
/// the record's text. The moved answers leave the form; the history gets one
/// [`Change::MigrateAnswers`](super::Change::MigrateAnswers) per field holding the old value,
/// so nothing is lost. Running it again changes nothing.
pub fn migrate_duplicates(d: &mut Dossier) -> Migrated {
    let mut done = Migrated::default();
    if let Some(Value::Group(entries)) = d.step(Step::Signaleren).answers.get("signalen").cloned() {
        let (at, by) = set_by(d, Step::Signaleren, "signalen");
        let mut kept = Vec::new();
        let mut added = 0;
        for entry in &entries {
            let Some(signal) = signal_from(entry, d, at) else {
                kept.push(entry.clone());
                continue;
            };
            let dup = d
                .signals
                .iter()
                .any(|s| s.observed_on == signal.observed_on && s.text.trim() == signal.text);
            if dup {
                done.duplicates += 1;
                continue;
            }
            let mut signal = signal;
            signal.id = d.signals.iter().map(|s| s.id).max().unwrap_or(0) + 1;
            d.signals.push(signal);
            added += 1;
        }
        done.signals += added;
        finish_field(
            d,
            Step::Signaleren,
            "signalen",
            entries,
            kept,
            added,
            at,
            &by,
        );
    }
    if let Some(Value::Group(entries)) = d
        .step(Step::Consulteren)
        .answers
        .get("consultaties")
        .cloned()
    {
        let (at, by) = set_by(d, Step::Consulteren, "consultaties");
        let mut kept = Vec::new();
        let mut added = 0;
        for entry in &entries {
            let Some(c) = consultation_from(entry, at) else {
                kept.push(entry.clone());
                continue;
            };
            if push_consultation(d, c) {
                added += 1;
            } else {
                done.duplicates += 1;
            }
        }
        done.consultations += added;
        finish_field(
            d,
            Step::Consulteren,
            "consultaties",
            entries,
            kept,
            added,
            at,
            &by,
        );
    }
    for (step, gate, date, who, advice) in VT_FIELDS {
        let a = &d.step(step).answers;
        let text = text_of(a, advice);
        if yes_of(a, gate) == Some(false) || text.is_empty() {
            continue;
        }
        let (at, by) = set_by(d, step, advice);
        let c = Consultation {
            id: 0,
            on: date_of(a, date).unwrap_or_else(|| at.date_naive()),
            kind: ConsultationKind::VeiligThuis,
            with_whom: text_of(a, who),
            question: String::new(),
            outcome: text,
        };
        let old: Answers = [gate, date, who, advice]
            .iter()
            .filter_map(|k| a.get(*k).map(|v| ((*k).to_owned(), v.clone())))
            .collect();
        if push_consultation(d, c) {
            done.consultations += 1;
        } else {
            done.duplicates += 1;
        }
        for k in [gate, date, who, advice] {
            d.steps[step.index()].answers.remove(k);
        }
        record_migration(d, step, advice, &Value::Group(vec![old]), at, &by);
    }
    migrate_conversation(d, &mut done);
    super::migrate_decision::migrate_decision(d, &mut done);
    done
}

/// Stap 3 form fields that held the conversation a second time.
const CONVERSATION_FIELDS: [&str; 5] = [
    "gesprek_datum",
    "gesprek_met",
    "gesprek_door",
    "gesprek_besproken",
    "gesprek_reactie",
];

fn migrate_conversation(d: &mut Dossier, done: &mut Migrated) {
    let a = d.step(Step::Gesprek).answers.clone();
    let said = text_of(&a, "gesprek_besproken");
    let reaction = text_of(&a, "gesprek_reactie");
    if said.is_empty() && reaction.is_empty() {
        return;
    }
    let (at, by) = set_by(d, Step::Gesprek, "gesprek_besproken");
    let with = text_of(&a, "gesprek_met");
    let said = if with.is_empty() {
        said
    } else {
        format!(
            "{}: {with}\n{said}",
            crate::texts::documents::CONVERSATION_WITH_LABEL
        )
    };
    let held = text_of(&a, "gesprek_door");
    let on = date_of(&a, "gesprek_datum").unwrap_or_else(|| at.date_naive());
    let dup = d
        .conversations
        .iter()
        .any(|c| c.on == on && c.said.trim() == said.trim());
    if dup {
        done.duplicates += 1;
    } else {
        d.conversations.push(super::dossier::Conversation {
            id: d.conversations.iter().map(|c| c.id).max().unwrap_or(0) + 1,
            on,
            with: Vec::new(),
            held_by: vec![if held.is_empty() {
                by.clone()
            } else {
                Actor::new(&held, "")
            }],
            said,
            reaction,
        });
        done.conversations += 1;
    }
    let old: Answers = CONVERSATION_FIELDS
        .iter()
        .filter_map(|k| a.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    for k in CONVERSATION_FIELDS {
        d.steps[Step::Gesprek.index()].answers.remove(k);
    }
    record_migration(
        d,
        Step::Gesprek,
        "gesprek_besproken",
        &Value::Group(vec![old]),
        at,
        &by,
    );
}

fn push_consultation(d: &mut Dossier, mut c: Consultation) -> bool {
    let dup = d
        .consultations
        .iter()
        .any(|x| x.on == c.on && x.outcome.trim() == c.outcome.trim());
    if dup {
        return false;
    }
    c.id = d.consultations.iter().map(|x| x.id).max().unwrap_or(0) + 1;
    d.consultations.push(c);
    true
}

#[allow(clippy::too_many_arguments)]
fn finish_field(
    d: &mut Dossier,
    step: Step,
    field: &str,
    entries: Vec<Answers>,
    kept: Vec<Answers>,
    added: usize,
    at: DateTime<Utc>,
    by: &Actor,
) {
    if kept.len() == entries.len() && added == 0 && !entries.is_empty() {
        return;
    }
    let answers = &mut d.steps[step.index()].answers;
    if kept.is_empty() {
        answers.remove(field);
    } else {
        answers.insert(field.to_owned(), Value::Group(kept));
    }
    record_migration(d, step, field, &Value::Group(entries), at, by);
}

pub(super) fn record_migration(
    d: &mut Dossier,
    step: Step,
    field: &str,
    old: &Value,
    at: DateTime<Utc>,
    by: &Actor,
) {
    let seq = d.history.last().map_or(1, |h| h.seq + 1);
    let at = d.history.last().map_or(at, |h| h.at.max(at));
    d.history.push(super::dossier::HistoryEntry {
        seq,
        at,
        by: by.clone(),
        change: super::Change::MigrateAnswers {
            step,
            field: field.to_owned(),
        },
        previous: serde_json::to_value(old).ok(),
    });
}

/// What a reminder in the dossier list is about. Neutral: no dossier content, so the list
/// can show it without names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReminderKind {
    /// An afspraak of the veiligheidsplan to check, by id.
    Afspraak(u32),
    /// The follow-up agreed with Veilig Thuis after the melding.
    VervolgMelding,
    /// The conversation of stap 3 to catch up.
    GesprekInhalen,
    /// The evaluation date of stap 5 (`evaluatie_datum`).
    Evaluatie,
    /// An AVG art. 16 request to answer (within one month), by id.
    Correctieverzoek(u32),
}

impl ReminderKind {
    /// A stable name for scripts (`afspraak`, `vervolg-melding`, `gesprek-inhalen`,
    /// `evaluatie`, `correctieverzoek`) and the id of the afspraak or request, if any.
    pub fn code(self) -> (&'static str, Option<u32>) {
        match self {
            ReminderKind::Afspraak(id) => ("afspraak", Some(id)),
            ReminderKind::VervolgMelding => ("vervolg-melding", None),
            ReminderKind::GesprekInhalen => ("gesprek-inhalen", None),
            ReminderKind::Evaluatie => ("evaluatie", None),
            ReminderKind::Correctieverzoek(id) => ("correctieverzoek", Some(id)),
        }
    }

    /// Dutch label.
    pub fn label(self) -> String {
        match self {
            ReminderKind::Afspraak(id) => {
                format!("{} {id}", crate::texts::window::NEXT_ACTION_CHECK_AFSPRAAK)
            }
            ReminderKind::VervolgMelding => {
                crate::texts::window::NEXT_ACTION_VT_FOLLOW_UP_AFTER_MELDING.to_owned()
            }
            ReminderKind::GesprekInhalen => {
                crate::texts::window::NEXT_ACTION_CATCH_UP_STEP_3_CONVERSATION.to_owned()
            }
            ReminderKind::Evaluatie => {
                crate::texts::window::NEXT_ACTION_EVALUATE_DECISION.to_owned()
            }
            ReminderKind::Correctieverzoek(id) => format!(
                "{} {id}",
                crate::texts::window::NEXT_ACTION_ANSWER_CORRECTION_REQUEST
            ),
        }
    }
}

/// A follow-up date of a dossier, for the reminders in the dossier list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Reminder {
    /// When it is due.
    pub due: NaiveDate,
    /// What.
    pub kind: ReminderKind,
}

impl Reminder {
    /// Whether it is past due on `today`.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due < today
    }

    /// Whether it asks for something in a dossier with `status`: everything while open;
    /// once closed only a correction request (the AVG's month runs after closing too).
    pub fn applies_to(&self, status: &super::dossier::Status) -> bool {
        matches!(status, super::dossier::Status::Open)
            || matches!(self.kind, ReminderKind::Correctieverzoek(_))
    }
}

/// The WGBO's bewaartermijn (art. 7:454 lid 3): 20 years from the last change.
pub const WGBO_YEARS: u32 = 20;

/// Where the bewaartermijn starts (reference/record-keeping.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetentionRule {
    /// WGBO art. 7:454 lid 3 (zorg): 20 years from the last change to the dossier.
    LaatsteWijziging,
    /// The organisation's protocol (school, kinderopvang): from closing the dossier (the end
    /// of the care or the school's involvement).
    Afsluiting,
}

impl RetentionRule {
    /// The rule for a sector: `zorg` follows the WGBO, every other sector its protocol.
    pub fn for_sector(sector: &str) -> Self {
        if sector == "zorg" {
            RetentionRule::LaatsteWijziging
        } else {
            RetentionRule::Afsluiting
        }
    }

    /// The day the bewaartermijn starts for a dossier last changed at `last_change` with
    /// `status`; `None` while it has not started. The one place the rule is written, so a
    /// list summary (storage) and the dossier count alike.
    pub fn start(
        self,
        last_change: DateTime<Utc>,
        status: &super::dossier::Status,
    ) -> Option<NaiveDate> {
        match self {
            RetentionRule::LaatsteWijziging => Some(last_change.date_naive()),
            RetentionRule::Afsluiting => match status {
                super::dossier::Status::Gesloten { on, .. } => Some(*on),
                super::dossier::Status::Open => None,
            },
        }
    }

    /// The number of years that applies when the organisation set `set`: under the WGBO
    /// at least its 20 years; 0 (not set) stays 0, so nothing expires before the
    /// organisation has chosen a term.
    pub fn years(self, set: u32) -> u32 {
        match self {
            RetentionRule::LaatsteWijziging if set > 0 => set.max(WGBO_YEARS),
            _ => set,
        }
    }

    /// The last day of a bewaartermijn of `years` that starts on `start`.
    pub fn until(start: NaiveDate, years: u32) -> Option<NaiveDate> {
        start.checked_add_months(chrono::Months::new(years.saturating_mul(12)))
    }
}

impl Dossier {
    /// Every open follow-up date, earliest first: afspraken not yet checked, the follow-up
    /// agreed with Veilig Thuis, the conversation to catch up while stap 3 is open, the stap 5
    /// evaluation date and unanswered AVG art. 16 requests (one month after receipt).
    pub fn reminders(&self) -> Vec<Reminder> {
        let mut out: Vec<Reminder> = self
            .afspraken
            .iter()
            .filter(|a| a.status == super::followup::AfspraakStatus::Lopend)
            .map(|a| Reminder {
                due: a.due,
                kind: ReminderKind::Afspraak(a.id),
            })
            .collect();
        if let Some(on) = self.melding.sent.as_ref().and_then(|s| s.follow_up_on) {
            out.push(Reminder {
                due: on,
                kind: ReminderKind::VervolgMelding,
            });
        }
        if self.step(Step::Gesprek).status != super::dossier::StepStatus::Afgerond
            && self.conversations.is_empty()
            && let Some(on) = self
                .conversation_skipped
                .as_ref()
                .and_then(|s| s.catch_up_on)
        {
            out.push(Reminder {
                due: on,
                kind: ReminderKind::GesprekInhalen,
            });
        }
        if let Some(on) = date_of(&self.step(Step::Beslissen).answers, "evaluatie_datum") {
            out.push(Reminder {
                due: on,
                kind: ReminderKind::Evaluatie,
            });
        }
        for r in self
            .correction_requests
            .iter()
            .filter(|r| r.answer.is_none())
        {
            out.push(Reminder {
                due: r
                    .received_on
                    .checked_add_months(chrono::Months::new(1))
                    .unwrap_or(r.received_on),
                kind: ReminderKind::Correctieverzoek(r.id),
            });
        }
        out.sort();
        out
    }

    /// The day the bewaartermijn starts under `rule`; `None` while it has not started (an
    /// open dossier under [`RetentionRule::Afsluiting`]).
    pub fn retention_start(&self, rule: RetentionRule) -> Option<NaiveDate> {
        let last_change = self.history.last().map_or(self.created_at, |h| h.at);
        rule.start(last_change, &self.status)
    }

    /// The last day of the bewaartermijn of `years` under `rule`.
    pub fn retention_until(&self, rule: RetentionRule, years: u32) -> Option<NaiveDate> {
        RetentionRule::until(self.retention_start(rule)?, years)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::{Change, DossierId};

    fn at(h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 5, h, 0, 0).unwrap()
    }

    fn me() -> Actor {
        Actor::new("Zoë Ĳzerman", "intern begeleider")
    }

    /// A dossier as an old vault stored it: step 1 holds the signals a second time, and the
    /// keys of issue 16 do not exist yet.
    fn old_shape() -> Dossier {
        let mut d = Dossier::new(DossierId(1), "MD-1", "zorg", me(), at(9));
        d.apply(
            Change::SetField {
                step: Step::Signaleren,
                field: "signalen".into(),
                value: Some(Value::Group(vec![
                    [
                        ("signaal_datum".to_owned(), Value::Date(at(9).date_naive())),
                        ("signaal_hand".to_owned(), Value::Choice("tweede".into())),
                        (
                            "signaal_van_wie".to_owned(),
                            Value::Text("buurvrouw".into()),
                        ),
                        ("signaal_geaccordeerd".to_owned(), Value::Tri(Tri::Ja)),
                        (
                            "signaal_tekst".to_owned(),
                            Value::Text("Geschreeuw om 23.00 uur.".into()),
                        ),
                    ]
                    .into_iter()
                    .collect(),
                    // No text: cannot become a signal, stays in the form.
                    [("signaal_datum".to_owned(), Value::Date(at(9).date_naive()))]
                        .into_iter()
                        .collect(),
                ])),
            },
            &me(),
            at(10),
        )
        .unwrap();
        let mut json = serde_json::to_value(&d).unwrap();
        let obj = json.as_object_mut().unwrap();
        for k in [
            "signal_versions",
            "zienswijzen",
            "decision_accounts",
            "afweging_vt",
        ] {
            obj.remove(k);
        }
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn migration_moves_form_signals_into_the_list_and_keeps_the_rest() {
        let mut d = old_shape();
        let moved = migrate_duplicates(&mut d);
        assert_eq!(moved.signals, 1);
        let s = &d.signals[0];
        assert_eq!(s.text, "Geschreeuw om 23.00 uur.");
        assert_eq!(s.hand, Hand::Tweede);
        assert_eq!(s.source.as_deref(), Some("buurvrouw"));
        assert_eq!(s.confirmed_by_informant, Some(true));
        assert_eq!(s.recorded_at, at(10));
        let Some(Value::Group(kept)) = d.step(Step::Signaleren).answers.get("signalen") else {
            panic!("the entry without text must stay");
        };
        assert_eq!(kept.len(), 1);
        let last = d.history.last().unwrap();
        assert!(matches!(last.change, Change::MigrateAnswers { .. }));
        assert_eq!(last.by, me());
        let before = d.clone();
        assert!(migrate_duplicates(&mut d).is_empty());
        assert_eq!(d, before);
    }

    #[test]
    fn grounds_come_from_answers_and_urgent_ones_open_the_path() {
        let mut d = Dossier::new(DossierId(1), "MD-1", "zorg", me(), at(9));
        d.apply(
            Change::SetMeldingField {
                field: "vormen".into(),
                value: Some(Value::Multi(vec!["huwelijksdwang".into()])),
            },
            &me(),
            at(11),
        )
        .unwrap();
        assert_eq!(d.meldnorm_grounds(), [MeldnormGround::Eergerelateerd]);
        assert!(d.urgent.as_ref().is_some_and(|u| u.marked_at == at(11)));
    }

    /// Which onveiligheid is asked only after afweging 2 said "ja": an answer left from
    /// before afweging 2 became "nee" no longer makes the meldnorm say melden.
    #[test]
    fn a_left_over_kind_of_unsafety_counts_only_while_afweging_2_says_ja() {
        let mut d = Dossier::new(DossierId(1), "MD-1", "basisonderwijs", me(), at(9));
        d.steps[Step::Wegen.index()].answers.insert(
            "soort_onveiligheid".into(),
            Value::Multi(vec!["structureel".into()]),
        );
        let answer = |tri| crate::domain::AfwegingAnswer {
            answer: tri,
            motivation: "Zoë zei het twee keer.".into(),
            by: me(),
            with_veilig_thuis: false,
            veilig_thuis_contact: String::new(),
        };
        d.afweging.insert("afweging_2".into(), answer(Tri::Ja));
        assert!(d.meldnorm_grounds().contains(&MeldnormGround::Structureel));
        d.afweging.insert("afweging_2".into(), answer(Tri::Nee));
        assert!(
            d.meldnorm_grounds().is_empty(),
            "{:?}",
            d.meldnorm_grounds()
        );
    }

    #[test]
    fn a_withdrawn_signal_stays_with_its_reason() {
        let mut d = old_shape();
        migrate_duplicates(&mut d);
        d.apply(
            Change::WithdrawSignal {
                id: 1,
                reason: "Andere woning".into(),
            },
            &me(),
            at(12),
        )
        .unwrap();
        assert_eq!(d.signals.len(), 1);
        assert_eq!(d.signal_withdrawal(1).unwrap().reason, "Andere woning");
    }
}
