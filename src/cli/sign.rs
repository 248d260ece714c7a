//! `meldcode sign …` and `meldcode verify …`.
use std::process::ExitCode;

/// Arguments of `meldcode sign`.
#[derive(Debug, clap::Args)]
pub struct SignArgs {}

/// Arguments of `meldcode verify`.
#[derive(Debug, clap::Args)]
pub struct VerifyArgs {}

/// Runs `meldcode sign`.
pub fn run_sign(_args: &SignArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("sign: not built yet"))
}

/// Runs `meldcode verify`.
pub fn run_verify(_args: &VerifyArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("verify: not built yet"))
}
