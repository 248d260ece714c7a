//! `meldcode vault|demo|dossier|signal|audit …`.
//!
//! The passphrase comes from `MELDCODE_PASSPHRASE`, otherwise it is asked without echo.
//! `MELDCODE_INSECURE_TEST_KDF=1` makes new vaults with a trivial Argon2 cost: for the
//! test suite only; `vault check` reports such vaults.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use zeroize::Zeroizing;

use crate::domain::{DossierId, example};
use crate::ops::dates::DateUse;
use crate::ops::dossier::{self, NewSignal};
use crate::ops::vault::KdfParams;
use crate::ops::{OpenVault, OpsError, Session, system_clock};

/// Subcommands of `meldcode vault`.
#[derive(Debug, clap::Subcommand)]
pub enum VaultCommand {
    /// Create a new, empty vault.
    Init {
        /// Where to create it.
        path: PathBuf,
        /// Your name (default: the example user).
        #[arg(long)]
        name: Option<String>,
        /// Your function.
        #[arg(long)]
        function: Option<String>,
        /// Your organisation's name.
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Check integrity, every record and the audit chain (exit 0 sound, 1 not).
    Check {
        /// The vault.
        path: PathBuf,
        /// Take over a lock whose holder is gone.
        #[arg(long)]
        take_over_stale_lock: bool,
    },
    /// Change the passphrase (new one from `MELDCODE_NEW_PASSPHRASE` or asked twice).
    Passwd {
        /// The vault.
        path: PathBuf,
        /// Take over a lock whose holder is gone.
        #[arg(long)]
        take_over_stale_lock: bool,
    },
    /// Delete closed dossiers past the retention period, for real.
    Purge {
        /// The vault.
        path: PathBuf,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
        /// Take over a lock whose holder is gone.
        #[arg(long)]
        take_over_stale_lock: bool,
    },
}

/// The vault a command works on.
#[derive(Debug, clap::Args)]
pub struct VaultArgs {
    /// The vault file.
    #[arg(long)]
    pub vault: PathBuf,
    /// Take over a lock whose holder is gone (crashed or left).
    #[arg(long)]
    pub take_over_stale_lock: bool,
}

/// Output format of `dossier list`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// Human-readable lines.
    Text,
    /// JSON.
    Json,
}

/// Subcommands of `meldcode dossier`.
#[derive(Debug, clap::Subcommand)]
pub enum DossierCommand {
    /// List the dossiers.
    List {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print everything in one dossier.
    Show {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference (`MD-2026-0001`).
        #[arg(long)]
        dossier: String,
        /// Output format (only JSON).
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
}

/// Subcommands of `meldcode signal`.
#[derive(Debug, clap::Subcommand)]
pub enum SignalCommand {
    /// Record one signal; prints its id once it is committed.
    Add {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference (`MD-2026-0001`).
        #[arg(long)]
        dossier: String,
        /// What was seen or heard.
        #[arg(long)]
        text: String,
        /// Whose words, when not your own observation.
        #[arg(long)]
        source: Option<String>,
        /// When it was observed (dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, jjjj-mm-dd or vandaag;
        /// default today).
        #[arg(long)]
        observed: Option<String>,
    },
}

/// Arguments of `meldcode demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// The vault (created when missing).
    #[command(flatten)]
    pub vault: VaultArgs,
}

/// Arguments of `meldcode audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// The vault.
    #[command(flatten)]
    pub vault: VaultArgs,
    /// Only entries about this dossier (id or reference).
    #[arg(long)]
    pub dossier: Option<String>,
}

/// Runs `meldcode vault …`.
pub fn run_vault(cmd: VaultCommand) -> ExitCode {
    let result = match cmd {
        VaultCommand::Init {
            path,
            name,
            function,
            organisation,
        } => init(&path, name, function, organisation),
        VaultCommand::Check {
            path,
            take_over_stale_lock,
        } => return check(&path, take_over_stale_lock),
        VaultCommand::Passwd {
            path,
            take_over_stale_lock,
        } => passwd(&path, take_over_stale_lock),
        VaultCommand::Purge {
            path,
            yes,
            take_over_stale_lock,
        } => purge(&path, yes, take_over_stale_lock),
    };
    finish(result)
}

/// Runs `meldcode dossier …`.
pub fn run_dossier(cmd: DossierCommand) -> ExitCode {
    finish(match cmd {
        DossierCommand::List { vault, format } => list(&vault, format),
        DossierCommand::Show { vault, dossier, .. } => show(&vault, &dossier),
    })
}

/// Runs `meldcode signal …`.
pub fn run_signal(cmd: SignalCommand) -> ExitCode {
    finish(match cmd {
        SignalCommand::Add {
            vault,
            dossier,
            text,
            source,
            observed,
        } => add_signal(&vault, &dossier, text, source, observed.as_deref()),
    })
}

/// Runs `meldcode demo`.
pub fn run_demo(args: &DemoArgs) -> ExitCode {
    finish(demo(&args.vault))
}

/// Runs `meldcode audit`.
pub fn run_audit(args: &AuditArgs) -> ExitCode {
    finish(audit(&args.vault, args.dossier.as_deref()))
}

fn finish(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::fail(&e),
    }
}

/// A passphrase, wiped from memory when dropped.
type Secret = Zeroizing<String>;

fn ask(prompt: &str) -> anyhow::Result<Secret> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .context("cannot read the passphrase")
}

fn passphrase(var: &str, prompt: &str) -> anyhow::Result<Secret> {
    if let Ok(p) = std::env::var(var) {
        return Ok(Zeroizing::new(p));
    }
    ask(prompt)
}

fn new_passphrase() -> anyhow::Result<Secret> {
    if let Ok(p) = std::env::var("MELDCODE_NEW_PASSPHRASE") {
        return Ok(Zeroizing::new(p));
    }
    let a = ask("New passphrase: ")?;
    let b = ask("Repeat: ")?;
    if a != b {
        bail!("the two passphrases differ");
    }
    Ok(a)
}

fn kdf() -> Option<KdfParams> {
    std::env::var("MELDCODE_INSECURE_TEST_KDF")
        .is_ok_and(|v| v == "1")
        .then_some(KdfParams::INSECURE_TEST)
}

/// Opens a vault as the user stored in its profile (passphrase from `MELDCODE_PASSPHRASE`,
/// else asked): the lock and the audit log name them.
fn open(args: &VaultArgs) -> anyhow::Result<Session> {
    session(&args.vault, args.take_over_stale_lock)
}

/// The one way the command line opens a vault.
pub(crate) fn session(path: &Path, take_over: bool) -> anyhow::Result<Session> {
    let pass = passphrase("MELDCODE_PASSPHRASE", "Passphrase: ")?;
    let how = OpenVault {
        take_over_stale_lock: take_over,
    };
    Ok(Session::open_vault(path, &pass, &how, system_clock())?)
}

fn create(path: &Path, profile: &crate::domain::Profile) -> anyhow::Result<Session> {
    let pass = new_passphrase_for_init()?;
    Ok(Session::create_vault(
        path,
        &pass,
        profile,
        kdf(),
        system_clock(),
    )?)
}

#[expect(
    clippy::unnecessary_debug_formatting,
    reason = "paths are quoted (STYLE)"
)]
fn init(
    path: &Path,
    name: Option<String>,
    function: Option<String>,
    organisation: Option<String>,
) -> anyhow::Result<()> {
    let mut profile = example::profile();
    if let Some(n) = name {
        profile.user.name = n;
    }
    if let Some(f) = function {
        profile.user.function = f;
    }
    if let Some(o) = organisation {
        profile.organisation.name = o;
    }
    create(path, &profile)?;
    println!("created vault {path:?}");
    Ok(())
}

fn new_passphrase_for_init() -> anyhow::Result<Secret> {
    if let Ok(p) = std::env::var("MELDCODE_PASSPHRASE") {
        return Ok(Zeroizing::new(p));
    }
    let a = ask("Passphrase for the new vault: ")?;
    let b = ask("Repeat: ")?;
    if a != b {
        bail!("the two passphrases differ");
    }
    Ok(a)
}

fn check(path: &Path, take_over: bool) -> ExitCode {
    let mut s = match session(path, take_over) {
        Ok(s) => s,
        // A file that does not open as a vault is not sound: exit 1, like other findings.
        Err(e)
            if e.downcast_ref::<OpsError>()
                .is_some_and(OpsError::is_damage) =>
        {
            println!("problem: {e} ({})", path.display());
            return ExitCode::from(1);
        }
        Err(e) => return super::fail(&e),
    };
    match crate::ops::vault::check(&mut s) {
        Ok(Some(report)) => {
            for p in &report.problems {
                println!("problem: {p}");
            }
            if report.weak_kdf {
                println!("warning: the passphrase key uses test-strength Argon2 parameters");
            }
            println!(
                "{} dossiers, {} audit entries: {}",
                report.dossiers,
                report.audit_entries,
                if report.is_sound() {
                    "sound"
                } else {
                    "NOT sound"
                }
            );
            if report.is_sound() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(e) => {
            println!("problem: {e}");
            ExitCode::from(1)
        }
    }
}

fn passwd(path: &Path, take_over: bool) -> anyhow::Result<()> {
    let old = passphrase("MELDCODE_PASSPHRASE", "Current passphrase: ")?;
    let mut s = session(path, take_over)?;
    s.store.writable()?;
    let new = new_passphrase()?;
    crate::ops::vault::change_passphrase(&mut s, &old, &new)?;
    println!("passphrase changed");
    Ok(())
}

fn purge(path: &Path, yes: bool, take_over: bool) -> anyhow::Result<()> {
    let mut s = session(path, take_over)?;
    s.store.writable()?;
    let expired = dossier::expired(&s)?;
    if expired.is_empty() {
        println!("no dossiers past their retention period");
        return Ok(());
    }
    for e in &expired {
        println!("{}\t{}", e.id.0, e.reference);
    }
    if !yes {
        print!(
            "Delete these {} dossiers for good? Type 'yes': ",
            expired.len()
        );
        std::io::Write::flush(&mut std::io::stdout()).ok();
        let mut answer = String::new();
        std::io::stdin()
            .read_line(&mut answer)
            .context("cannot read the answer")?;
        if answer.trim() != "yes" {
            bail!("nothing deleted");
        }
    }
    let ids: Vec<DossierId> = expired.iter().map(|e| e.id).collect();
    dossier::purge(&mut s, &ids)?;
    println!("deleted {} dossiers", ids.len());
    Ok(())
}

fn demo(args: &VaultArgs) -> anyhow::Result<()> {
    let mut s = if args.vault.exists() {
        open(args)?
    } else {
        create(&args.vault, &example::profile())?
    };
    let d = dossier::demo(&mut s)?;
    println!("{}\t{}", d.id.0, d.reference);
    Ok(())
}

fn list(args: &VaultArgs, format: Format) -> anyhow::Result<()> {
    let s = open(args)?;
    let list = dossier::list(&s)?;
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&list)?),
        Format::Text => {
            for s in list {
                let status = if matches!(s.status, crate::domain::Status::Open) {
                    "open"
                } else {
                    "gesloten"
                };
                println!(
                    "{}\t{}\t{}\tstap {}\t{}\t{}",
                    s.id.0,
                    s.reference,
                    status,
                    s.current_step.number(),
                    s.updated_at.format("%Y-%m-%d %H:%M"),
                    s.title
                );
            }
        }
    }
    Ok(())
}

fn show(args: &VaultArgs, given: &str) -> anyhow::Result<()> {
    let mut s = open(args)?;
    let id = dossier::resolve(&s, given)?;
    let d = dossier::load(&mut s, id)?;
    println!("{}", serde_json::to_string_pretty(&d)?);
    Ok(())
}

fn add_signal(
    args: &VaultArgs,
    given: &str,
    text: String,
    source: Option<String>,
    observed: Option<&str>,
) -> anyhow::Result<()> {
    let mut s = open(args)?;
    let observed_on = observed
        .map(|o| crate::ops::dates::parse(&s, o, DateUse::Happened))
        .transpose()?;
    let id = dossier::resolve(&s, given)?;
    let signal = NewSignal {
        text,
        observed_on,
        source,
    }
    .into_signal(&s);
    let (_, new_id) = dossier::add_signal(&mut s, id, signal)?;
    // Printed only after the operation returned, i.e. after the commit.
    println!("{new_id}");
    Ok(())
}

fn audit(args: &VaultArgs, given: Option<&str>) -> anyhow::Result<()> {
    let mut s = open(args)?;
    let filter = given.map(|d| dossier::resolve(&s, d)).transpose()?;
    let entries = crate::ops::vault::audit_log(&mut s, filter)?;
    for e in entries {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            e.seq,
            e.at.format("%Y-%m-%d %H:%M:%S"),
            e.action.label(),
            e.dossier.map(|d| d.0.to_string()).unwrap_or_default(),
            e.workstation,
            e.user,
            e.detail
        );
    }
    Ok(())
}
