//! Commands for the rest of the road (issue 10) and the melding (issue 9): the urgent path,
//! afspraken, requests for information, participation, the meldformulier and its checklist.
//! Each becomes one or more domain [`Change`]s through [`App::apply_change`].

use chrono::NaiveDate;

use super::handle::AppError;
use super::{App, Message, Screen};
use crate::domain::{
    Actor, Afspraak, AfspraakStatus, Change, Checklist, InfoRequest, Participation, Sent, Step,
    StepStatus, UrgentCall, UrgentCallee, Value,
};
use crate::texts;

/// A part of the dossier screen that can be brought into view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowupSection {
    /// The afspraken of step 5.
    Afspraken,
    /// The melding of step 5.
    Melding,
    /// The letter to the parents in step 5.
    Letter,
    /// The requests for information from Veilig Thuis.
    VtRequests,
    /// The participation of the child in step 3.
    Participation,
}

/// A request from the follow-up screens of the open dossier.
#[derive(Debug, Clone, PartialEq)]
pub enum FollowupCommand {
    /// Put the dossier on the urgent path.
    MarkUrgent {
        /// Why (acute onveiligheid, eergerelateerd geweld, …).
        reason: String,
    },
    /// Record a call on the urgent path, made now.
    RecordUrgentCall {
        /// Whom.
        to: UrgentCallee,
        /// Who called (name; the user when empty).
        by: String,
        /// What was agreed.
        note: String,
    },
    /// Add an agreement to the veiligheidsplan.
    AddAfspraak {
        /// Who does it.
        who: String,
        /// What.
        what: String,
        /// By when.
        due: NaiveDate,
        /// How it will be checked.
        check: String,
    },
    /// Record that an agreement was kept.
    AfspraakKept(u32),
    /// Record that an agreement was not kept and go back to the afwegingskader: step 4 (and
    /// step 5 when decided) are reopened with the reason.
    AfspraakMissed {
        /// Agreement id.
        id: u32,
        /// Why the afweging is made again.
        reason: String,
    },
    /// Record or update a request for information from Veilig Thuis (id 0 adds one).
    SetInfoRequest(InfoRequest),
    /// Record one of the nine participation points.
    RecordParticipation(Participation),
    /// Set one field of the meldformulier.
    SetMeldingField {
        /// Field id.
        field: String,
        /// New value; `None` clears it.
        value: Option<Value>,
    },
    /// Replace the checklist before sending.
    SetChecklist(Checklist),
    /// Record that the melding was sent.
    RecordSent(Sent),
    /// Show a step and scroll to one of its parts.
    Show {
        /// The step.
        step: Step,
        /// The part.
        section: FollowupSection,
    },
}

fn info(text: String) -> Message {
    Message {
        error: false,
        text,
        items: Vec::new(),
    }
}

impl App {
    /// Runs one follow-up command on the open dossier.
    pub(super) fn handle_followup(&mut self, command: FollowupCommand) -> Result<(), AppError> {
        use FollowupCommand as F;
        let id = self.open_id()?;
        let now = self.session.now();
        match command {
            F::Show { step, section } => {
                self.state.screen = Screen::Dossier { id, step };
                self.state.focus = Some(super::FocusRequest::Section(section));
            }
            F::MarkUrgent { reason } => {
                self.apply_change(id, Change::MarkUrgent { reason })?;
                self.state.message = Some(info(texts::MSG_URGENT.to_owned()));
            }
            F::RecordUrgentCall { to, by, note } => {
                let mut actor = self.state.profile.user.clone();
                if !by.trim().is_empty() && by.trim() != actor.name {
                    actor = Actor::new(by.trim(), "");
                }
                let call = UrgentCall {
                    to,
                    at: now,
                    by: actor,
                    note,
                };
                self.apply_change(id, Change::RecordUrgentCall { call })?;
            }
            F::AddAfspraak {
                who,
                what,
                due,
                check,
            } => {
                if who.trim().is_empty() || what.trim().is_empty() || check.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_AFSPRAAK_INCOMPLETE));
                }
                let afspraak = Afspraak {
                    id: 0,
                    who,
                    what,
                    due,
                    check,
                    status: AfspraakStatus::Lopend,
                    checked_on: None,
                };
                self.apply_change(id, Change::AddAfspraak { afspraak })?;
            }
            F::AfspraakKept(afspraak) => {
                let on = self.today();
                self.apply_change(
                    id,
                    Change::CheckAfspraak {
                        id: afspraak,
                        status: AfspraakStatus::Nagekomen,
                        on,
                    },
                )?;
            }
            F::AfspraakMissed {
                id: afspraak,
                reason,
            } => {
                if reason.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_MISSING_REASON));
                }
                self.back_to_afweging(id, afspraak, reason)?;
            }
            F::SetInfoRequest(request) => {
                if request.asked_by.trim().is_empty() || request.questions.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_INFO_REQUEST_INCOMPLETE));
                }
                self.apply_change(id, Change::SetInfoRequest { request })?;
                self.state.message = Some(info(texts::MSG_SAVED.to_owned()));
            }
            F::RecordParticipation(entry) => {
                if entry.how.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_PARTICIPATION_HOW));
                }
                self.apply_change(id, Change::RecordParticipation { entry })?;
            }
            F::SetMeldingField { field, value } => {
                self.apply_change(id, Change::SetMeldingField { field, value })?;
            }
            F::SetChecklist(checklist) => {
                self.apply_change(id, Change::SetChecklist { checklist })?;
            }
            F::RecordSent(sent) => {
                if sent.veilig_thuis_reference.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_SENT_REFERENCE));
                }
                self.apply_change(id, Change::RecordSent { sent })?;
                self.state.message = Some(info(texts::MSG_SENT_RECORDED.to_owned()));
                self.state.screen = Screen::Dossier {
                    id,
                    step: Step::Beslissen,
                };
            }
        }
        Ok(())
    }

    /// A missed agreement: record it, reopen step 4 (and 5 when completed) with the reason,
    /// and show the afwegingskader.
    fn back_to_afweging(
        &mut self,
        id: crate::domain::DossierId,
        afspraak: u32,
        reason: String,
    ) -> Result<(), AppError> {
        let on = self.today();
        self.apply_change(
            id,
            Change::CheckAfspraak {
                id: afspraak,
                status: AfspraakStatus::NietNagekomen,
                on,
            },
        )?;
        for step in [Step::Beslissen, Step::Wegen] {
            let done = self
                .state
                .dossier(id)
                .is_some_and(|d| d.step(step).status == StepStatus::Afgerond);
            let change = if done {
                Change::RevisitStep {
                    step,
                    reason: reason.clone(),
                }
            } else {
                Change::StartStep { step }
            };
            if step == Step::Wegen || done {
                self.apply_change(id, change)?;
            }
        }
        self.state.screen = Screen::Dossier {
            id,
            step: Step::Wegen,
        };
        self.state.message = Some(info(format!("{} {reason}", texts::MSG_BACK_TO_AFWEGING)));
        Ok(())
    }
}
