//! `meldcode mail …`.
use std::process::ExitCode;

/// Arguments of `meldcode mail`.
#[derive(Debug, clap::Args)]
pub struct MailArgs {}

/// Runs `meldcode mail`.
pub fn run(_args: &MailArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("mail: not built yet"))
}
