//! One record per fact (#16), as operations both front ends call: a signal is corrected or
//! withdrawn (never edited in place), second-hand information is approved by its source, the
//! family's own word (zienswijze) and a request to correct the file (AVG art. 16) are
//! recorded with their answer. The domain refuses what breaks a rule (no reason, unknown or
//! withdrawn signal); here the dates are checked for their use.

use chrono::NaiveDate;

use super::dates::{self, DateUse};
use super::dossier::apply;
use super::{OpsError, Session};
use crate::domain::{
    Change, CorrectionAnswer, CorrectionRequest, Dossier, DossierId, PersonId, Zienswijze,
};

/// The id of the signal the user names by its number: the number every screen, document
/// and list shows (date order). Refused, naming the number, when there is no such signal.
pub fn signal_by_number(
    session: &mut Session,
    id: DossierId,
    number: u32,
) -> Result<u32, OpsError> {
    session
        .store
        .load(id)?
        .signal_with_number(number)
        .ok_or_else(|| {
            OpsError::Invalid(
                crate::texts::messages::DOSSIER_SIGNAL_UNKNOWN.replace("{id}", &number.to_string()),
            )
        })
}

/// Corrects a signal's text; the earlier text stays in the history with the reason.
pub fn correct_signal(
    session: &mut Session,
    id: DossierId,
    signal: u32,
    text: String,
    reason: String,
) -> Result<Dossier, OpsError> {
    apply(
        session,
        id,
        Change::CorrectSignal {
            id: signal,
            text,
            reason,
        },
    )
}

/// Withdraws a signal: it stays in the dossier, marked withdrawn with the reason.
pub fn withdraw_signal(
    session: &mut Session,
    id: DossierId,
    signal: u32,
    reason: String,
) -> Result<Dossier, OpsError> {
    apply(session, id, Change::WithdrawSignal { id: signal, reason })
}

/// Records that the source of second-hand information approved it (seed 004).
pub fn approve_signal(
    session: &mut Session,
    id: DossierId,
    signal: u32,
    by: String,
    on: NaiveDate,
    how: String,
) -> Result<Dossier, OpsError> {
    let on = dates::check(session, on, DateUse::Happened)?;
    apply(
        session,
        id,
        Change::ApproveSignal {
            id: signal,
            by,
            on,
            how,
        },
    )
}

/// What the family says in their own words, as the user records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewZienswijze {
    /// The person in the dossier whose word it is, where known.
    pub author: Option<PersonId>,
    /// Their role or relation in words ("moeder", "Zoë zelf").
    pub author_role: String,
    /// When it was given.
    pub on: NaiveDate,
    /// What it is about.
    pub subject: String,
    /// Their view, in their own words.
    pub text: String,
    /// What they dispute in the dossier.
    pub disputes: String,
    /// Whether they asked for it to go with the melding.
    pub with_melding: bool,
}

/// Records the family's own word (zienswijze); returns its id.
pub fn add_zienswijze(
    session: &mut Session,
    id: DossierId,
    new: NewZienswijze,
) -> Result<(Dossier, u32), OpsError> {
    let on = dates::check(session, new.on, DateUse::Happened)?;
    let zienswijze = Zienswijze {
        id: 0,
        author: new.author,
        author_role: new.author_role,
        on,
        subject: new.subject,
        text: new.text,
        disputes: new.disputes,
        with_melding: new.with_melding,
    };
    let d = apply(session, id, Change::AddZienswijze { zienswijze })?;
    let new_id = d.zienswijzen.last().map_or(0, |z| z.id);
    Ok((d, new_id))
}

/// Records a request to correct or add to the file (AVG art. 16); returns its id.
pub fn add_correction_request(
    session: &mut Session,
    id: DossierId,
    by: Option<PersonId>,
    by_role: String,
    received_on: NaiveDate,
    request: String,
) -> Result<(Dossier, u32), OpsError> {
    let received_on = dates::check(session, received_on, DateUse::Happened)?;
    let request = CorrectionRequest {
        id: 0,
        by,
        by_role,
        received_on,
        request,
        answer: None,
    };
    let d = apply(session, id, Change::AddCorrectionRequest { request })?;
    let new_id = d.correction_requests.last().map_or(0, |r| r.id);
    Ok((d, new_id))
}

/// Records the answer to an AVG art. 16 request: granted or not, and the answer given.
pub fn answer_correction_request(
    session: &mut Session,
    id: DossierId,
    request: u32,
    granted: bool,
    text: String,
    on: NaiveDate,
) -> Result<Dossier, OpsError> {
    let on = dates::check(session, on, DateUse::Happened)?;
    apply(
        session,
        id,
        Change::AnswerCorrectionRequest {
            id: request,
            answer: CorrectionAnswer { on, granted, text },
        },
    )
}
