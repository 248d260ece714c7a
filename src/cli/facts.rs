//! `meldcode signal correct|withdraw|approve`, `meldcode zienswijze` and `meldcode
//! correction-request`: one record per fact (#16), each one operation in
//! [`crate::ops::facts`]. A signal is never edited in place; the family's own word and a
//! request to correct the file are recorded as theirs, dated.

use std::process::ExitCode;

use crate::domain::PersonId;
use crate::ops::dates::{self, DateUse};
use crate::ops::facts::{self, NewZienswijze};

use super::case::{Target, done, open};

/// `meldcode signal correct|withdraw|approve`.
#[derive(Debug, clap::Subcommand)]
pub enum SignalFactCommand {
    /// Correct a signal's text; the earlier text stays in the history with the reason.
    Correct {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The signal's number, as the documents and `hint list` number them (date order).
        #[arg(long)]
        signal: u32,
        /// The corrected text.
        #[arg(long)]
        text: String,
        /// Why it is corrected.
        #[arg(long)]
        reason: String,
    },
    /// Withdraw a signal: it stays in the dossier, marked withdrawn with the reason.
    Withdraw {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The signal's number, as the documents and `hint list` number them (date order).
        #[arg(long)]
        signal: u32,
        /// Why it is withdrawn.
        #[arg(long)]
        reason: String,
    },
    /// Record that the source of second-hand information approved it (accordering).
    Approve {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The signal's number, in date order (a second-hand signal).
        #[arg(long)]
        signal: u32,
        /// Who approved it (the informant).
        #[arg(long)]
        by: String,
        /// When (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        on: String,
        /// How: mondeling, per mail, getekend verslag, ...
        #[arg(long)]
        how: String,
    },
}

/// `meldcode zienswijze`.
#[derive(Debug, clap::Subcommand)]
pub enum ZienswijzeCommand {
    /// Record the family's own word (zienswijze), dated; prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// Whose word, in words: moeder, vader, the child itself, ...
        #[arg(long)]
        author_role: String,
        /// Whose word: their person id in the dossier (see `person list`), when registered.
        #[arg(long)]
        author: Option<u32>,
        /// When it was given (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        on: String,
        /// What it is about (a signal, the conversation, the decision, ...).
        #[arg(long, default_value = "")]
        subject: String,
        /// Their view, in their own words.
        #[arg(long)]
        text: String,
        /// What they dispute in the dossier.
        #[arg(long, default_value = "")]
        disputes: String,
        /// They ask for it to go with the melding to Veilig Thuis.
        #[arg(long)]
        with_melding: bool,
    },
}

/// `meldcode correction-request`.
#[derive(Debug, clap::Subcommand)]
pub enum CorrectionCommand {
    /// Record a request to correct or add to the file (AVG art. 16); prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// Who asked, in words.
        #[arg(long)]
        by_role: String,
        /// Who asked: their person id in the dossier, when registered.
        #[arg(long)]
        by: Option<u32>,
        /// When the request came in (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        received: String,
        /// What they ask to correct or add.
        #[arg(long)]
        request: String,
    },
    /// Record the answer to a request: granted or not, and the answer given.
    Answer {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The request's id.
        #[arg(long)]
        request: u32,
        /// Granted (fully or in part): ja or nee.
        #[arg(long)]
        granted: String,
        /// The answer, with the reason where refused.
        #[arg(long)]
        text: String,
        /// When it was answered (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        on: String,
    },
}

/// Runs `meldcode signal correct|withdraw|approve`.
pub fn run_signal(cmd: SignalFactCommand) -> ExitCode {
    super::finish((|| match cmd {
        SignalFactCommand::Correct {
            target,
            signal,
            text,
            reason,
        } => {
            let (mut s, id) = open(&target)?;
            let signal = facts::signal_by_number(&mut s, id, signal)?;
            facts::correct_signal(&mut s, id, signal, text, reason)?;
            done(target.format, "signal-corrected", None, id);
            Ok(())
        }
        SignalFactCommand::Withdraw {
            target,
            signal,
            reason,
        } => {
            let (mut s, id) = open(&target)?;
            let signal = facts::signal_by_number(&mut s, id, signal)?;
            facts::withdraw_signal(&mut s, id, signal, reason)?;
            done(target.format, "signal-withdrawn", None, id);
            Ok(())
        }
        SignalFactCommand::Approve {
            target,
            signal,
            by,
            on,
            how,
        } => {
            let (mut s, id) = open(&target)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            let signal = facts::signal_by_number(&mut s, id, signal)?;
            facts::approve_signal(&mut s, id, signal, by, on, how)?;
            done(target.format, "signal-approved", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode zienswijze …`.
pub fn run_zienswijze(cmd: ZienswijzeCommand) -> ExitCode {
    super::finish((|| match cmd {
        ZienswijzeCommand::Add {
            target,
            author_role,
            author,
            on,
            subject,
            text,
            disputes,
            with_melding,
        } => {
            let (mut s, id) = open(&target)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            let new = NewZienswijze {
                author: author.map(PersonId),
                author_role,
                on,
                subject,
                text,
                disputes,
                with_melding,
            };
            let (_, new_id) = facts::add_zienswijze(&mut s, id, new)?;
            done(target.format, "zienswijze", Some(new_id), id);
            Ok(())
        }
    })())
}

/// Runs `meldcode correction-request …`.
pub fn run_correction(cmd: CorrectionCommand) -> ExitCode {
    super::finish((|| match cmd {
        CorrectionCommand::Add {
            target,
            by_role,
            by,
            received,
            request,
        } => {
            let (mut s, id) = open(&target)?;
            let received = dates::parse(&s, &received, DateUse::Happened)?;
            let (_, new_id) = facts::add_correction_request(
                &mut s,
                id,
                by.map(PersonId),
                by_role,
                received,
                request,
            )?;
            done(target.format, "correction-request", Some(new_id), id);
            Ok(())
        }
        CorrectionCommand::Answer {
            target,
            request,
            granted,
            text,
            on,
        } => {
            let (mut s, id) = open(&target)?;
            let granted = super::case::yes_no(&granted)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            facts::answer_correction_request(&mut s, id, request, granted, text, on)?;
            done(target.format, "correction-answer", None, id);
            Ok(())
        }
    })())
}
