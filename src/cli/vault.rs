//! `meldcode vault|demo|dossier|signal|audit …`.
use std::process::ExitCode;

/// Subcommands of `meldcode vault`.
#[derive(Debug, clap::Subcommand)]
pub enum VaultCommand {}
/// Subcommands of `meldcode dossier`.
#[derive(Debug, clap::Subcommand)]
pub enum DossierCommand {}
/// Subcommands of `meldcode signal`.
#[derive(Debug, clap::Subcommand)]
pub enum SignalCommand {}
/// Arguments of `meldcode demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {}
/// Arguments of `meldcode audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {}

/// Runs `meldcode vault …`.
pub fn run_vault(cmd: VaultCommand) -> ExitCode {
    match cmd {}
}
/// Runs `meldcode dossier …`.
pub fn run_dossier(cmd: DossierCommand) -> ExitCode {
    match cmd {}
}
/// Runs `meldcode signal …`.
pub fn run_signal(cmd: SignalCommand) -> ExitCode {
    match cmd {}
}
/// Runs `meldcode demo`.
pub fn run_demo(_args: &DemoArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("demo: not built yet"))
}
/// Runs `meldcode audit`.
pub fn run_audit(_args: &AuditArgs) -> ExitCode {
    super::fail(&anyhow::anyhow!("audit: not built yet"))
}
