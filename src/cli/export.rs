//! `meldcode export …`.
use std::process::ExitCode;

/// Arguments of `meldcode export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {}

/// Runs `meldcode export`.
pub fn run(_args: &ExportArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("export: not built yet"))
}
