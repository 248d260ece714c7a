//! Commands for the rest of the road (issue 10) and the melding (issue 9): the urgent path,
//! afspraken, requests for information, participation, the meldformulier and its checklist.
//! Each becomes one or more domain [`Change`]s through [`App::apply_change`].

use chrono::NaiveDate;

use super::handle::AppError;
use super::{App, Message, Screen};
use crate::domain::{
    Change, Checklist, InfoRequest, Participation, Sent, Step, UrgentCallee, Value,
};
use crate::ops;
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
    /// Record or update a request for information (id 0 adds one) with the guidelines
    /// (1–7) ticked when answering it.
    SaveInfoRequest {
        /// The request.
        request: InfoRequest,
        /// The guidelines ticked.
        guidelines: Vec<u8>,
    },
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
    /// Runs one follow-up command on the open dossier: navigation here, every change and
    /// its checks in [`ops::followup`].
    pub(super) fn handle_followup(&mut self, command: FollowupCommand) -> Result<(), AppError> {
        use FollowupCommand as F;
        let id = self.open_id()?;
        let s = &mut self.session;
        let d = match command {
            F::Show { step, section } => {
                self.state.screen = Screen::Dossier { id, step };
                self.state.focus = Some(super::FocusRequest::Section(section));
                return Ok(());
            }
            F::MarkUrgent { reason } => {
                let d = ops::dossier::apply(s, id, Change::MarkUrgent { reason })?;
                self.state.message = Some(info(texts::window::URGENT_MARKED_MESSAGE.to_owned()));
                d
            }
            F::RecordUrgentCall { to, by, note } => {
                ops::followup::record_urgent_call(s, id, to, &by, note)?
            }
            F::AddAfspraak {
                who,
                what,
                due,
                check,
            } => ops::followup::add_afspraak(s, id, who, what, due, check)?,
            F::AfspraakKept(afspraak) => ops::followup::afspraak_kept(s, id, afspraak)?,
            F::AfspraakMissed {
                id: afspraak,
                reason,
            } => {
                let d = ops::followup::afspraak_missed(s, id, afspraak, &reason)?;
                self.state.screen = Screen::Dossier {
                    id,
                    step: Step::Wegen,
                };
                self.state.message = Some(info(format!(
                    "{} {reason}",
                    texts::window::BACK_TO_AFWEGING_MESSAGE
                )));
                d
            }
            F::SetInfoRequest(request) => {
                let d = ops::followup::set_info_request(s, id, request)?;
                self.state.message = Some(info(texts::window::SAVED_MESSAGE.to_owned()));
                d
            }
            F::SaveInfoRequest {
                request,
                guidelines,
            } => {
                let d = ops::followup::save_info_request(s, id, request, guidelines)?;
                self.state.message = Some(info(texts::window::SAVED_MESSAGE.to_owned()));
                d
            }
            F::RecordParticipation(entry) => ops::followup::record_participation(s, id, entry)?,
            F::SetMeldingField { field, value } => {
                ops::dossier::apply(s, id, Change::SetMeldingField { field, value })?
            }
            F::SetChecklist(checklist) => {
                ops::dossier::apply(s, id, Change::SetChecklist { checklist })?
            }
            F::RecordSent(sent) => {
                let d = ops::followup::record_sent(s, id, sent)?;
                self.state.message = Some(info(
                    texts::window::MELDING_SENT_RECORDED_MESSAGE.to_owned(),
                ));
                self.state.screen = Screen::Dossier {
                    id,
                    step: Step::Beslissen,
                };
                d
            }
        };
        self.put_dossier(d);
        Ok(())
    }
}
