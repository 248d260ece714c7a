//! `meldcode forms …`.
use std::{path::PathBuf, process::ExitCode};

/// Subcommands of `meldcode forms`.
#[derive(Debug, clap::Subcommand)]
pub enum FormsCommand {
    /// Check every form file in DIR (the bundled forms when no DIR is given).
    Check {
        /// Folder with an organisation's own form set.
        dir: Option<PathBuf>,
    },
}

/// Runs `meldcode forms …`.
pub fn run(cmd: FormsCommand) -> ExitCode {
    match cmd {
        FormsCommand::Check { .. } => super::fail(&anyhow::anyhow!("forms check: not built yet")),
    }
}
