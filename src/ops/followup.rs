//! Follow-up operations: the urgent path, afspraken, requests for information from Veilig
//! Thuis, participation and the sent melding, with the checks both front ends share.

use chrono::NaiveDate;

use super::dossier::apply;
use super::{OpsError, Session};
use crate::domain::{
    Actor, Afspraak, AfspraakStatus, Change, Dossier, DossierId, InfoRequest, Participation, Sent,
    Step, StepStatus, UrgentCall, UrgentCallee,
};
use crate::form::dates::{DateUse, check_range};
use crate::texts;

/// Records a call on the urgent path, made now; `by` names someone else than the user.
pub fn record_urgent_call(
    session: &mut Session,
    id: DossierId,
    to: UrgentCallee,
    by: &str,
    note: String,
) -> Result<Dossier, OpsError> {
    let mut actor = session.actor.clone();
    if !by.trim().is_empty() && by.trim() != actor.name {
        actor = Actor::new(by.trim(), "");
    }
    let call = UrgentCall {
        to,
        at: session.now(),
        by: actor,
        note,
    };
    apply(session, id, Change::RecordUrgentCall { call })
}

/// Adds an agreement to the veiligheidsplan: who, what and the check are required; the
/// date lies at most 5 years ahead.
pub fn add_afspraak(
    session: &mut Session,
    id: DossierId,
    who: String,
    what: String,
    due: NaiveDate,
    check: String,
) -> Result<Dossier, OpsError> {
    if who.trim().is_empty() || what.trim().is_empty() || check.trim().is_empty() {
        return Err(OpsError::Refused(texts::messages::AFSPRAAK_INCOMPLETE));
    }
    check_range(due, session.today(), DateUse::Planned)
        .map_err(|e| OpsError::Refused(e.dutch_message()))?;
    let afspraak = Afspraak {
        id: 0,
        who,
        what,
        due,
        check,
        status: AfspraakStatus::Lopend,
        checked_on: None,
    };
    apply(session, id, Change::AddAfspraak { afspraak })
}

/// Records that an agreement was kept, today.
pub fn afspraak_kept(
    session: &mut Session,
    id: DossierId,
    afspraak: u32,
) -> Result<Dossier, OpsError> {
    known_afspraak(session, id, afspraak)?;
    let on = session.today();
    apply(
        session,
        id,
        Change::CheckAfspraak {
            id: afspraak,
            status: AfspraakStatus::Nagekomen,
            on,
        },
    )
}

/// Refuses an agreement id the dossier does not have.
fn known_afspraak(session: &mut Session, id: DossierId, afspraak: u32) -> Result<(), OpsError> {
    if session
        .store
        .load(id)?
        .afspraken
        .iter()
        .any(|a| a.id == afspraak)
    {
        Ok(())
    } else {
        Err(OpsError::Refused(texts::messages::AFSPRAAK_NUMBER_UNKNOWN))
    }
}

/// A missed agreement: recorded today, and back to the afwegingskader: step 4 (and step 5
/// when completed) reopened with the reason, which is required.
pub fn afspraak_missed(
    session: &mut Session,
    id: DossierId,
    afspraak: u32,
    reason: &str,
) -> Result<Dossier, OpsError> {
    if reason.trim().is_empty() {
        return Err(OpsError::Refused(texts::messages::REASON_MISSING));
    }
    known_afspraak(session, id, afspraak)?;
    let on = session.today();
    let mut d = apply(
        session,
        id,
        Change::CheckAfspraak {
            id: afspraak,
            status: AfspraakStatus::NietNagekomen,
            on,
        },
    )?;
    for step in [Step::Beslissen, Step::Wegen] {
        let done = d.step(step).status == StepStatus::Afgerond;
        let change = if done {
            Change::RevisitStep {
                step,
                reason: reason.to_owned(),
            }
        } else {
            Change::StartStep { step }
        };
        if step == Step::Wegen || done {
            d = apply(session, id, change)?;
        }
    }
    Ok(d)
}

/// Records or updates a request for information: who asked and the questions are required.
pub fn set_info_request(
    session: &mut Session,
    id: DossierId,
    request: InfoRequest,
) -> Result<Dossier, OpsError> {
    if request.asked_by.trim().is_empty() || request.questions.trim().is_empty() {
        return Err(OpsError::Refused(texts::messages::VT_REQUEST_INCOMPLETE));
    }
    apply(session, id, Change::SetInfoRequest { request })
}

/// Records or updates a request for information ([`set_info_request`]) together with the
/// guidelines (1–7) ticked when answering it; the ticks are saved only when they differ
/// from those stored.
pub fn save_info_request(
    session: &mut Session,
    id: DossierId,
    request: InfoRequest,
    ticked: Vec<u8>,
) -> Result<Dossier, OpsError> {
    check_guidelines(&ticked)?;
    let adds = request.id == 0;
    let request_id = request.id;
    let d = set_info_request(session, id, request)?;
    let request_id = if adds {
        d.info_requests.last().map_or(0, |r| r.id)
    } else {
        request_id
    };
    set_info_request_guidelines(session, d, request_id, ticked)
}

/// Refuses guideline numbers outside 1–7.
pub(crate) fn check_guidelines(ticked: &[u8]) -> Result<(), OpsError> {
    if ticked.iter().all(|g| (1..=7).contains(g)) {
        Ok(())
    } else {
        Err(OpsError::Refused(
            texts::messages::VT_REQUEST_GUIDELINE_UNKNOWN,
        ))
    }
}

/// Saves the guidelines ticked for request `request` of `d` (as loaded), when they differ
/// from those stored; returns the dossier as it is then.
pub(crate) fn set_info_request_guidelines(
    session: &mut Session,
    d: Dossier,
    request: u32,
    mut ticked: Vec<u8>,
) -> Result<Dossier, OpsError> {
    check_guidelines(&ticked)?;
    ticked.sort_unstable();
    ticked.dedup();
    let stored = d
        .info_request_guidelines
        .get(&request)
        .map_or(&[][..], Vec::as_slice);
    if stored == ticked.as_slice() {
        return Ok(d);
    }
    apply(
        session,
        d.id,
        Change::SetInfoRequestGuidelines {
            id: request,
            ticked,
        },
    )
}

/// Records one of the nine participation points: how it was done is required.
pub fn record_participation(
    session: &mut Session,
    id: DossierId,
    entry: Participation,
) -> Result<Dossier, OpsError> {
    if !(1..=9).contains(&entry.point) {
        return Err(OpsError::Refused(
            texts::messages::PARTICIPATION_POINT_OUT_OF_RANGE,
        ));
    }
    if entry.how.trim().is_empty() {
        return Err(OpsError::Refused(
            texts::messages::PARTICIPATION_HOW_MISSING,
        ));
    }
    apply(session, id, Change::RecordParticipation { entry })
}

/// Records that the melding was sent: Veilig Thuis's reference is required.
pub fn record_sent(session: &mut Session, id: DossierId, sent: Sent) -> Result<Dossier, OpsError> {
    if sent.veilig_thuis_reference.trim().is_empty() {
        return Err(OpsError::Refused(
            texts::messages::MELDING_SENT_VT_REFERENCE_MISSING,
        ));
    }
    apply(session, id, Change::RecordSent { sent })
}
