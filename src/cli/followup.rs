//! `meldcode melding sent` and `meldcode participation add`: recording that the melding went
//! to Veilig Thuis (date, their reference, the agreed follow-up) and the child's
//! participation in stap 3 (seed 002's nine actiepunten), as the window records them
//! ([`crate::ops::followup`]).

use std::process::ExitCode;

use crate::domain::{Participation, Sent};
use crate::ops::dates::{self, DateUse};
use crate::ops::followup;

use super::case::{Target, done, open};

/// `meldcode melding`.
#[derive(Debug, clap::Subcommand)]
pub enum MeldingCommand {
    /// Record that the melding was sent: when, Veilig Thuis's reference and the follow-up.
    Sent {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// When it was sent (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        on: String,
        /// Veilig Thuis's reference for the melding.
        #[arg(long)]
        reference: String,
        /// The follow-up agreed with Veilig Thuis.
        #[arg(long, default_value = "")]
        follow_up: String,
        /// When the follow-up is due (dd-mm-jjjj; up to 5 years ahead).
        #[arg(long)]
        follow_up_on: Option<String>,
    },
}

/// `meldcode participation`.
#[derive(Debug, clap::Subcommand)]
pub enum ParticipationCommand {
    /// Record one actiepunt of the child's participation (stap 3).
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The actiepunt, 1 to 9.
        #[arg(long)]
        point: u8,
        /// When (dd-mm-jjjj or vandaag).
        #[arg(long, default_value = "vandaag")]
        on: String,
        /// How: where, by whom, in which words.
        #[arg(long)]
        how: String,
        /// The child's own words, where relevant.
        #[arg(long, default_value = "")]
        child_words: String,
    },
}

/// Runs `meldcode melding …`.
pub fn run_melding(cmd: MeldingCommand) -> ExitCode {
    super::finish((|| match cmd {
        MeldingCommand::Sent {
            target,
            on,
            reference,
            follow_up,
            follow_up_on,
        } => {
            let (mut s, id) = open(&target)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            let follow_up_on = follow_up_on
                .map(|d| dates::parse(&s, &d, DateUse::Planned))
                .transpose()?;
            let sent = Sent {
                on,
                veilig_thuis_reference: reference,
                follow_up,
                follow_up_on,
            };
            followup::record_sent(&mut s, id, sent)?;
            done(target.format, "melding-sent", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode participation …`.
pub fn run_participation(cmd: ParticipationCommand) -> ExitCode {
    super::finish((|| match cmd {
        ParticipationCommand::Add {
            target,
            point,
            on,
            how,
            child_words,
        } => {
            let (mut s, id) = open(&target)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            let entry = Participation {
                point,
                on,
                how,
                child_words,
            };
            followup::record_participation(&mut s, id, entry)?;
            done(target.format, "participation", None, id);
            Ok(())
        }
    })())
}
