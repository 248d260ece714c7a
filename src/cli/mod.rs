//! The command line: same binary as the window. Each subcommand lives in its own file with
//! its arguments, prompts, printing and exit code; everything that touches a dossier is an
//! operation in [`crate::ops`], whose errors print their Dutch message. Exit codes:
//! 0 success, 1 findings or invalid input, 2 usage or I/O error.

pub mod case;
pub mod cert;
pub mod export;
pub mod facts;
pub mod followup;
pub mod forms;
pub mod generate;
pub mod hint;
pub mod lint;
pub mod mail;
pub mod org;
pub mod person;
pub mod reference;
pub mod secrets;
pub mod sign;
pub mod step;
pub mod vault;

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};

/// Command-line arguments. Without a subcommand the window opens.
#[derive(Debug, Parser)]
#[command(
    name = "meldcode",
    version = crate::build_info::VERSION_LINE,
    about = "Meldcode Dossier",
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// What to do; none opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A vault to open in the window (how the file manager starts the program on a
    /// `.meldcode` file).
    pub vault: Option<PathBuf>,
    /// Open vaults as this user (their own key slot and passphrase); also `MELDCODE_USER`.
    /// Give it after the subcommand: `meldcode dossier list --user NAME --vault V`.
    #[arg(long, global = true)]
    pub user: Option<String>,
    /// Where the vault passphrase comes from (else `MELDCODE_PASSPHRASE`, else asked).
    #[command(flatten)]
    pub passphrase: secrets::PassphraseArgs,
}

/// Every subcommand, each with its arguments defined next to its implementation.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with form definitions (`forms check [DIR]`).
    #[command(subcommand)]
    Forms(forms::FormsCommand),
    /// Check text for impressions written as facts.
    Lint(lint::LintArgs),
    /// Create, check and maintain a vault.
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// Put the example organisation and dossier in a vault.
    Demo(vault::DemoArgs),
    /// List or show dossiers in a vault.
    #[command(subcommand)]
    Dossier(vault::DossierCommand),
    /// Record signals, and correct, withdraw or approve them.
    #[command(subcommand)]
    Signal(vault::SignalCommand),
    /// The persons in a dossier (Betrokkenen): add, list, edit, remove.
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// The organisation profile that every document reads: show, set.
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Print the audit log of a vault.
    Audit(vault::AuditArgs),
    /// Export a document (dossier, consultatie, inzage, protocol, ...) as PDF or DOCX.
    Export(export::ExportArgs),
    /// Digitally sign a PDF or DOCX with a PKCS#12 certificate.
    Sign(sign::SignArgs),
    /// Verify the signatures of a PDF or a DOCX (with its `.p7s`).
    Verify(sign::VerifyArgs),
    /// The signing certificate: create one, import or export a .p12, keep it in a vault.
    #[command(subcommand)]
    Cert(cert::CertCommand),
    /// Write the meldformulier package (PDF, DOCX, `.eml` draft) for a dossier.
    Mail(mail::MailArgs),
    /// Answer step forms and the meldformulier field by field; complete a step.
    #[command(subcommand)]
    Step(step::StepCommand),
    /// Record a consultation (stap 2).
    #[command(subcommand)]
    Consultation(case::ConsultationCommand),
    /// Record the conversation (stap 3) or why it was not held.
    #[command(subcommand)]
    Conversation(case::ConversationCommand),
    /// Answer the afwegingskader (stap 4) question by question, or show it.
    #[command(subcommand)]
    Afweging(case::AfwegingCommand),
    /// Record the decision (stap 5).
    Decide(case::DecideArgs),
    /// The urgent path: mark a dossier urgent, record a call.
    #[command(subcommand)]
    Urgent(case::UrgentCommand),
    /// A request for information from Veilig Thuis and its answer.
    #[command(subcommand)]
    VtRequest(case::VtRequestCommand),
    /// Agreements of the veiligheidsplan and their follow-up.
    #[command(subcommand)]
    Afspraak(case::AfspraakCommand),
    /// Close a dossier, with the reason.
    Close(case::ReasonArgs),
    /// Reopen a closed dossier, with the reason.
    Reopen(case::ReasonArgs),
    /// Record that the melding was sent to Veilig Thuis.
    #[command(subcommand)]
    Melding(followup::MeldingCommand),
    /// The child's participation in stap 3 (the nine actiepunten).
    #[command(subcommand)]
    Participation(followup::ParticipationCommand),
    /// The open hints of the writing check in a dossier; keep one with a reason.
    #[command(subcommand)]
    Hint(hint::HintCommand),
    /// The family's own word (zienswijze), dated and theirs.
    #[command(subcommand)]
    Zienswijze(facts::ZienswijzeCommand),
    /// A request to correct or add to the file (AVG art. 16) and its answer.
    #[command(subcommand)]
    CorrectionRequest(facts::CorrectionCommand),
    /// Write the manual pages or a shell's completions (for packaging).
    #[command(subcommand, hide = true)]
    Generate(generate::GenerateCommand),
}

/// Runs one subcommand and maps its outcome to an exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Forms(cmd) => forms::run(cmd),
        Command::Lint(args) => lint::run(&args),
        Command::Vault(cmd) => vault::run_vault(cmd),
        Command::Demo(args) => vault::run_demo(&args),
        Command::Dossier(cmd) => vault::run_dossier(cmd),
        Command::Signal(cmd) => vault::run_signal(cmd),
        Command::Audit(args) => vault::run_audit(&args),
        Command::Person(cmd) => person::run(cmd),
        Command::Org(cmd) => org::run(cmd),
        Command::Export(args) => export::run(&args),
        Command::Sign(args) => sign::run_sign(&args),
        Command::Verify(args) => sign::run_verify(&args),
        Command::Cert(cmd) => cert::run_cert(&cmd),
        Command::Mail(args) => mail::run(&args),
        Command::Generate(cmd) => generate::run(cmd),
        Command::Step(cmd) => step::run(cmd),
        Command::Consultation(cmd) => case::run_consultation(cmd),
        Command::Conversation(cmd) => case::run_conversation(cmd),
        Command::Afweging(cmd) => case::run_afweging(cmd),
        Command::Decide(args) => case::run_decide(args),
        Command::Urgent(cmd) => case::run_urgent(cmd),
        Command::VtRequest(cmd) => case::run_vt_request(cmd),
        Command::Afspraak(cmd) => case::run_afspraak(cmd),
        Command::Close(args) => case::run_close(args),
        Command::Reopen(args) => case::run_reopen(args),
        Command::Hint(cmd) => hint::run(cmd),
        Command::Melding(cmd) => followup::run_melding(cmd),
        Command::Participation(cmd) => followup::run_participation(cmd),
        Command::Zienswijze(cmd) => facts::run_zienswijze(cmd),
        Command::CorrectionRequest(cmd) => facts::run_correction(cmd),
    }
}

/// The exit code of a subcommand's result: success, or its error printed by [`fail`].
pub(crate) fn finish(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// Prints an error and returns its exit code. An operation's error prints its one Dutch
/// message (the window shows the same) with its items; exit 1 when a document is not ready
/// (nothing written), 2 otherwise. Other errors print as `error: …` lines, exit 2.
pub fn fail(err: &anyhow::Error) -> ExitCode {
    if let Some(e) = err.downcast_ref::<crate::ops::OpsError>() {
        eprintln!("fout: {}", e.dutch_message());
        // Numbered, so that `mail --keep-hint N:REASON` can name a hint by its number.
        for (n, item) in e.items().iter().enumerate() {
            eprintln!("  {}. {item}", n + 1);
        }
        return ExitCode::from(if e.is_not_ready() { 1 } else { 2 });
    }
    eprintln!("{} {err}", crate::texts::cli::ERROR_PREFIX);
    for cause in err.chain().skip(1) {
        eprintln!("  {} {cause}", crate::texts::cli::CAUSE_PREFIX);
    }
    ExitCode::from(2)
}
