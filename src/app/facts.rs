//! Commands for one record per fact (#16): a signal corrected, withdrawn or approved by its
//! source, the family's own word (zienswijze) and a request to correct or add to the file
//! (AVG art. 16) with its answer. Each runs one operation in [`ops::facts`], the same the
//! command line runs; the refusals (no reason, a date in the future) are theirs.

use chrono::NaiveDate;

use super::App;
use super::handle::{AppError, info};
use crate::domain::PersonId;
use crate::ops;
use crate::texts;

/// What the family says in their own words, as the window sends it.
pub use crate::ops::facts::NewZienswijze;

/// A request from the signals list, the zienswijzen or the AVG requests of the open dossier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactsCommand {
    /// Correct a signal's text; the earlier text is kept with the reason.
    CorrectSignal {
        /// The signal's id.
        signal: u32,
        /// The corrected text.
        text: String,
        /// Why.
        reason: String,
    },
    /// Withdraw a signal; it stays in the dossier, marked withdrawn.
    WithdrawSignal {
        /// The signal's id.
        signal: u32,
        /// Why.
        reason: String,
    },
    /// Record that the source of second-hand information approved it.
    ApproveSignal {
        /// The signal's id.
        signal: u32,
        /// Who approved it (the informant).
        by: String,
        /// When.
        on: NaiveDate,
        /// How (mondeling, per mail, …).
        how: String,
    },
    /// Record the family's own word.
    AddZienswijze(NewZienswijze),
    /// Record a request to correct or add to the file.
    AddCorrectionRequest {
        /// Who asked, as a person in the dossier, where known.
        by: Option<PersonId>,
        /// Who asked, in words.
        by_role: String,
        /// When the request came in.
        received_on: NaiveDate,
        /// What they ask.
        request: String,
    },
    /// Record the answer to a request.
    AnswerCorrectionRequest {
        /// The request's id.
        request: u32,
        /// Granted (fully or in part).
        granted: bool,
        /// The answer, with the reason where refused.
        text: String,
        /// When it was answered.
        on: NaiveDate,
    },
}

impl App {
    /// Runs one facts command on the open dossier through [`ops::facts`].
    pub(super) fn handle_facts(&mut self, command: FactsCommand) -> Result<(), AppError> {
        use FactsCommand as F;
        let id = self.open_id()?;
        let s = &mut self.session;
        let (d, said) = match command {
            F::CorrectSignal {
                signal,
                text,
                reason,
            } => (
                ops::facts::correct_signal(s, id, signal, text, reason)?,
                texts::window::SIGNAL_CORRECTED_MESSAGE,
            ),
            F::WithdrawSignal { signal, reason } => (
                ops::facts::withdraw_signal(s, id, signal, reason)?,
                texts::window::SIGNAL_WITHDRAWN_MESSAGE,
            ),
            F::ApproveSignal {
                signal,
                by,
                on,
                how,
            } => (
                ops::facts::approve_signal(s, id, signal, by, on, how)?,
                texts::window::SIGNAL_APPROVED_MESSAGE,
            ),
            F::AddZienswijze(new) => (
                ops::facts::add_zienswijze(s, id, new)?.0,
                texts::window::ZIENSWIJZE_RECORDED_MESSAGE,
            ),
            F::AddCorrectionRequest {
                by,
                by_role,
                received_on,
                request,
            } => (
                ops::facts::add_correction_request(s, id, by, by_role, received_on, request)?.0,
                texts::window::CORRECTION_REQUEST_RECORDED_MESSAGE,
            ),
            F::AnswerCorrectionRequest {
                request,
                granted,
                text,
                on,
            } => (
                ops::facts::answer_correction_request(s, id, request, granted, text, on)?,
                texts::window::CORRECTION_REQUEST_ANSWERED_MESSAGE,
            ),
        };
        self.put_dossier(d);
        self.state.message = Some(info(said));
        Ok(())
    }
}
