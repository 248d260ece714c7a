//! `meldcode lint [FILE|-] [--format text|json]`.
use std::{path::PathBuf, process::ExitCode};

/// Arguments of `meldcode lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// File to check, or `-` for standard input.
    pub file: Option<PathBuf>,
}

/// Runs `meldcode lint`.
pub fn run(_args: &LintArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("lint: not built yet"))
}
