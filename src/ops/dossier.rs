//! Dossier operations: find, create, change, close and reopen; the validation both front
//! ends share lives here or in the domain, never in a front end.

use chrono::NaiveDate;

use super::forms::FormSets;
use super::{OpsError, Session};
use crate::domain::{
    AfwegingAnswer, Change, Conversation, Decision, Dossier, DossierId, Hand, Signal, Step,
    StepStatus, Tri, VtSamen, example,
};
use crate::form::dates::DateUse;
use crate::storage::DossierSummary;
use crate::texts;

/// A dossier id from a numeric id or a reference (`MD-2026-0001`). A numeric id is taken
/// as given (the audit log keeps entries of deleted dossiers).
pub fn resolve(session: &Session, given: &str) -> Result<DossierId, OpsError> {
    if let Ok(n) = given.trim().parse::<u64>() {
        return Ok(DossierId(n));
    }
    session
        .store
        .list()?
        .iter()
        .find(|s| s.reference.eq_ignore_ascii_case(given.trim()))
        .map(|s| s.id)
        .ok_or_else(|| OpsError::NoDossier(given.to_owned()))
}

/// Like [`resolve`], but the dossier must exist.
pub fn resolve_existing(session: &Session, given: &str) -> Result<DossierId, OpsError> {
    let id = resolve(session, given)?;
    if session.store.list()?.iter().any(|s| s.id == id) {
        Ok(id)
    } else {
        Err(OpsError::NoDossier(given.to_owned()))
    }
}

/// The dossier list.
pub fn list(session: &Session) -> Result<Vec<DossierSummary>, OpsError> {
    session.store.list()
}

/// One dossier (audit: read).
pub fn load(session: &mut Session, id: DossierId) -> Result<Dossier, OpsError> {
    session.store.load(id)
}

/// A new, empty dossier in the organisation's form set. Only [`super::persons::create_dossier`]
/// calls it: both front ends create a dossier there, with its title and subject checked first.
pub(super) fn create_dossier(session: &mut Session) -> Result<Dossier, OpsError> {
    session.store.writable()?;
    let form_set = session.profile().organisation.form_set.clone();
    let (by, now) = (session.actor.clone(), session.now());
    session.store.create_dossier(&form_set, &by, now)
}

/// Applies one change to one dossier at the session's time, as the session's user.
pub fn apply(session: &mut Session, id: DossierId, change: Change) -> Result<Dossier, OpsError> {
    session.store.writable()?;
    let (by, now) = (session.actor.clone(), session.now());
    session.store.apply(id, change, &by, now)
}

/// Reopens a completed step with the reason; the history keeps it. An empty reason is
/// refused by the domain.
pub fn revisit_step(
    session: &mut Session,
    id: DossierId,
    step: crate::domain::Step,
    reason: String,
) -> Result<Dossier, OpsError> {
    let d = session.store.load(id)?;
    if d.step(step).status != crate::domain::StepStatus::Afgerond {
        return Err(OpsError::Refused(
            texts::messages::STEP_REVISIT_NOT_COMPLETED,
        ));
    }
    apply(session, id, Change::RevisitStep { step, reason })
}

/// What a new signal says; the rest (id, recording time) is filled in here.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSignal {
    /// What was seen or heard. Must not be empty.
    pub text: String,
    /// When it was observed; today when not given.
    pub observed_on: Option<NaiveDate>,
    /// Whose words, when not the user's own observation (makes it second hand).
    pub source: Option<String>,
}

impl NewSignal {
    /// The signal as the session's user records it now.
    pub fn into_signal(self, session: &Session) -> Signal {
        let hand = if self.source.is_some() {
            Hand::Tweede
        } else {
            Hand::Eerste
        };
        Signal {
            id: 0,
            observed_on: self.observed_on.unwrap_or_else(|| session.today()),
            recorded_at: session.now(),
            observer: session.actor.clone(),
            source: self.source,
            source_person: None,
            hand,
            confirmed_by_informant: None,
            text: self.text,
            contra_indicatie: false,
        }
    }
}

/// Refuses a date of something that happened after today or more than 20 years back.
/// Records a signal; an empty text or a date after today is refused. The recording time is the session's.
/// Returns the dossier and the new signal's id.
pub fn add_signal(
    session: &mut Session,
    id: DossierId,
    mut signal: Signal,
) -> Result<(Dossier, u32), OpsError> {
    if signal.text.trim().is_empty() {
        return Err(OpsError::Refused(texts::messages::SIGNAL_TEXT_MISSING));
    }
    super::dates::check(session, signal.observed_on, DateUse::Happened)?;
    signal.recorded_at = session.now();
    // The user's own observation carries the user's function, whichever front end named
    // them; someone else named as observer is recorded as typed.
    if signal.observer.name.trim() == session.actor.name && signal.observer.function.is_empty() {
        signal.observer = session.actor.clone();
    }
    let d = apply(session, id, Change::AddSignal { signal })?;
    let new_id = d.signals.last().map_or(0, |s| s.id);
    Ok((d, new_id))
}

/// Records the conversation of stap 3, held by the session's user; an empty text is refused.
pub fn add_conversation(
    session: &mut Session,
    id: DossierId,
    on: NaiveDate,
    said: String,
    reaction: String,
) -> Result<Dossier, OpsError> {
    if said.trim().is_empty() {
        return Err(OpsError::Refused(
            texts::messages::CONVERSATION_TEXT_MISSING,
        ));
    }
    super::dates::check(session, on, DateUse::Happened)?;
    let held_by = vec![session.actor.clone()];
    apply(
        session,
        id,
        Change::AddConversation {
            conversation: Conversation {
                id: 0,
                on,
                with: Vec::new(),
                held_by,
                said,
                reaction,
            },
        },
    )
}

/// One afwegingskader answer by the session's user; the first answer starts step 4. Whether
/// it was answered together with Veilig Thuis is the user's answer (`samen_met_vt`: with
/// whom and when), never derived from the question's place in the tree.
pub fn answer_afweging(
    session: &mut Session,
    id: DossierId,
    question: String,
    answer: Tri,
    motivation: String,
    samen_met_vt: Option<VtSamen>,
) -> Result<Dossier, OpsError> {
    if let Some(vt) = &samen_met_vt {
        if vt.with_whom.trim().is_empty() {
            return Err(OpsError::Refused(texts::messages::DECISION_NO_VT_CONTACT));
        }
        super::dates::check(session, vt.on, DateUse::Happened)?;
    }
    let by = session.actor.clone();
    let d = apply(
        session,
        id,
        Change::AnswerAfwegingSamen {
            question,
            answer: AfwegingAnswer {
                answer,
                motivation,
                by,
                with_veilig_thuis: false,
                veilig_thuis_contact: String::new(),
            },
            samen_met_vt,
        },
    )?;
    if d.step(Step::Wegen).status == StepStatus::Open {
        return apply(session, id, Change::StartStep { step: Step::Wegen });
    }
    Ok(d)
}

/// What a stap 5 decision records besides melden and hulp.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionAccountInput {
    /// Taken together with Veilig Thuis: with whom and when.
    pub samen_met_vt: Option<VtSamen>,
    /// Why not melden although the meldnorm says melden; required then, ignored otherwise.
    pub meldnorm_afwijking: String,
}

/// The stap 5 decision, by the organisation's eindverantwoordelijke, dated today. A decision
/// against the meldnorm is refused without its written motivation.
pub fn decide(
    session: &mut Session,
    id: DossierId,
    melden: bool,
    hulp: bool,
    motivation: String,
    account: DecisionAccountInput,
) -> Result<Dossier, OpsError> {
    let decided_by = session.profile().organisation.eindverantwoordelijke.clone();
    let on = session.today();
    if let Some(vt) = &account.samen_met_vt {
        super::dates::check(session, vt.on, DateUse::Happened)?;
    }
    let decision = Decision {
        melden,
        hulp,
        motivation,
        decided_by,
        on,
    };
    // The domain refuses such a decision too; asked first, it says exactly why, in Dutch.
    session
        .store
        .load(id)?
        .check_decision(
            &decision,
            account.samen_met_vt.as_ref(),
            &account.meldnorm_afwijking,
        )
        .map_err(|p| OpsError::Refused(p.message()))?;
    apply(
        session,
        id,
        Change::DecideWithAccount {
            decision,
            samen_met_vt: account.samen_met_vt,
            meldnorm_afwijking: account.meldnorm_afwijking,
        },
    )
}

/// Completes a step; refused while required fields of its form are empty.
pub fn complete_step(
    session: &mut Session,
    forms: &FormSets,
    dossier: &Dossier,
    step: Step,
) -> Result<Dossier, OpsError> {
    let set = forms
        .get(&dossier.form_set)
        .ok_or(OpsError::Refused(texts::messages::FORM_SET_NOT_FOUND))?;
    if let Some(form) = set.step_form(step.number()) {
        let missing = super::case::missing_for_completion(form, dossier, step);
        if !missing.is_empty() {
            return Err(OpsError::Incomplete(
                texts::messages::STEP_REQUIRED_FIELDS_MISSING,
                missing,
            ));
        }
    }
    apply(session, dossier.id, Change::CompleteStep { step })
}

/// Closes a dossier today, with the reason.
pub fn close(session: &mut Session, id: DossierId, reason: String) -> Result<Dossier, OpsError> {
    let on = session.today();
    apply(session, id, Change::Close { reason, on })
}

/// Reopens a closed dossier, with the reason.
pub fn reopen(session: &mut Session, id: DossierId, reason: String) -> Result<Dossier, OpsError> {
    apply(session, id, Change::Reopen { reason })
}

/// Puts the example organisation and a copy of the example dossier in the session's store.
pub fn demo(session: &mut Session) -> Result<Dossier, OpsError> {
    session.store.writable()?;
    session.store.save_profile(&example::profile())?;
    let example = example::dossier();
    let by = session.actor.clone();
    let mut d = session
        .store
        .create_dossier(&example.form_set, &by, example.created_at)?;
    let (id, reference) = (d.id, d.reference.clone());
    d = example;
    d.id = id;
    d.reference = reference;
    session.store.save_dossier(&d)?;
    Ok(d)
}

/// Closed dossiers past the retention period, by the session's date.
pub fn expired(session: &Session) -> Result<Vec<DossierSummary>, OpsError> {
    let today = session.today();
    match session.store.vault() {
        Some(v) => Ok(v.expired_dossiers(today)?),
        None => Ok(Vec::new()),
    }
}

/// Deletes dossiers for good.
pub fn purge(session: &mut Session, ids: &[DossierId]) -> Result<(), OpsError> {
    session.store.writable()?;
    match session.store.vault_mut() {
        Some(v) => Ok(v.purge(ids)?),
        None => Ok(()),
    }
}
