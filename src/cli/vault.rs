//! `meldcode vault|demo|dossier|signal|audit …`.
//!
//! The passphrase comes from `MELDCODE_PASSPHRASE`, otherwise it is asked without echo.
//! `MELDCODE_INSECURE_TEST_KDF=1` makes new vaults with a trivial Argon2 cost: for the
//! test suite only; `vault check` reports such vaults.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};
use chrono::{NaiveDate, Utc};
use zeroize::Zeroizing;

use crate::domain::{Actor, Change, DossierId, Hand, Profile, Signal, example};
use crate::storage::{KdfParams, OpenOptions, Vault, VaultError, workstation_name};

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
        /// When it was observed (dd-mm-jjjj or jjjj-mm-dd; default today).
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

fn options(actor: Actor, take_over: bool) -> OpenOptions {
    OpenOptions {
        actor,
        workstation: workstation_name(),
        take_over_stale_lock: take_over,
        backups_to_keep: 10,
        ..OpenOptions::default()
    }
}

fn create(
    path: &Path,
    pass: &str,
    profile: &Profile,
    opts: &OpenOptions,
) -> Result<Vault, VaultError> {
    match kdf() {
        Some(k) => Vault::create_with_kdf(path, pass, profile, opts, k),
        None => Vault::create(path, pass, profile, opts),
    }
}

/// Opens a vault as the user stored in its profile: the lock and audit log name them.
fn open(args: &VaultArgs) -> anyhow::Result<Vault> {
    open_path(&args.vault, args.take_over_stale_lock)
}

pub(crate) fn open_path(path: &Path, take_over: bool) -> anyhow::Result<Vault> {
    let pass = passphrase("MELDCODE_PASSPHRASE", "Passphrase: ")?;
    // An empty actor makes the vault act as the user stored in its profile.
    Vault::open(path, &pass, &options(Actor::default(), take_over))
        .map_err(|e| vault_error(e, path))
}

fn is_damage(e: &anyhow::Error) -> bool {
    matches!(
        e.downcast_ref::<AtPath>().map(|a| &a.err),
        Some(VaultError::Corrupt { .. } | VaultError::TooNew { .. })
    )
}

/// A vault error with the vault's path, printed last.
#[derive(Debug, thiserror::Error)]
#[error("{err}: {path:?}")]
struct AtPath {
    err: VaultError,
    path: PathBuf,
}

pub(crate) fn vault_error(err: VaultError, path: &Path) -> anyhow::Error {
    anyhow::Error::new(AtPath {
        err,
        path: path.to_owned(),
    })
}

pub(crate) fn writable(v: &Vault) -> anyhow::Result<()> {
    if let Some(h) = v.lock_holder() {
        let hint = if v.lock_is_stale() {
            " (the lock looks stale; pass --take-over-stale-lock to take it over)"
        } else {
            ""
        };
        bail!("{}{hint}", VaultError::Locked { holder: h.clone() });
    }
    Ok(())
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
    let pass = new_passphrase_for_init()?;
    let opts = options(profile.user.clone(), false);
    create(path, &pass, &profile, &opts).map_err(|e| vault_error(e, path))?;
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
    let mut v = match open_path(path, take_over) {
        Ok(v) => v,
        // A file that does not open as a vault is not sound: exit 1, like other findings.
        Err(e) if is_damage(&e) => {
            println!("problem: {e}");
            return ExitCode::from(1);
        }
        Err(e) => return super::fail(&e),
    };
    match v.check() {
        Ok(report) => {
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
        Err(e) => {
            println!("problem: {e}");
            ExitCode::from(1)
        }
    }
}

fn passwd(path: &Path, take_over: bool) -> anyhow::Result<()> {
    let old = passphrase("MELDCODE_PASSPHRASE", "Current passphrase: ")?;
    let mut v = open_path(path, take_over)?;
    writable(&v)?;
    let new = new_passphrase()?;
    v.change_passphrase(&old, &new)
        .map_err(|e| vault_error(e, path))?;
    println!("passphrase changed");
    Ok(())
}

fn purge(path: &Path, yes: bool, take_over: bool) -> anyhow::Result<()> {
    let mut v = open_path(path, take_over)?;
    writable(&v)?;
    let expired = v
        .expired_dossiers(Utc::now().date_naive())
        .map_err(|e| vault_error(e, path))?;
    if expired.is_empty() {
        println!("no dossiers past their retention period");
        return Ok(());
    }
    for s in &expired {
        println!("{}\t{}", s.id.0, s.reference);
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
    let ids: Vec<DossierId> = expired.iter().map(|s| s.id).collect();
    v.purge(&ids).map_err(|e| vault_error(e, path))?;
    println!("deleted {} dossiers", ids.len());
    Ok(())
}

fn demo(args: &VaultArgs) -> anyhow::Result<()> {
    let path = &args.vault;
    let mut v = if path.exists() {
        open(args)?
    } else {
        let pass = new_passphrase_for_init()?;
        let profile = example::profile();
        create(path, &pass, &profile, &options(profile.user.clone(), false))
            .map_err(|e| vault_error(e, path))?
    };
    writable(&v)?;
    v.save_profile(&example::profile())
        .map_err(|e| vault_error(e, path))?;
    let example = example::dossier();
    let mut d = v
        .create_dossier(&example.form_set, example.created_at)
        .map_err(|e| vault_error(e, path))?;
    let (id, reference) = (d.id, d.reference.clone());
    d = example;
    d.id = id;
    d.reference = reference;
    v.save_dossier(&d).map_err(|e| vault_error(e, path))?;
    println!("{}\t{}", d.id.0, d.reference);
    Ok(())
}

/// A dossier id from a numeric id or a reference (`MD-2026-0001`). A numeric id is taken
/// as given (the audit log keeps entries of deleted dossiers).
pub(crate) fn resolve(v: &Vault, given: &str) -> anyhow::Result<DossierId> {
    if let Ok(n) = given.parse::<u64>() {
        return Ok(DossierId(n));
    }
    let list = v.list_dossiers().map_err(|e| vault_error(e, v.path()))?;
    list.iter()
        .find(|s| s.reference.eq_ignore_ascii_case(given))
        .map(|s| s.id)
        .ok_or_else(|| anyhow!("no dossier with reference {given:?}"))
}

/// Like [`resolve`], but the dossier must exist in the vault.
pub(crate) fn resolve_existing(v: &Vault, given: &str) -> anyhow::Result<DossierId> {
    let id = resolve(v, given)?;
    let list = v.list_dossiers().map_err(|e| vault_error(e, v.path()))?;
    if list.iter().any(|s| s.id == id) {
        Ok(id)
    } else {
        bail!("no dossier {given} in this vault (see `meldcode dossier list`)")
    }
}

fn list(args: &VaultArgs, format: Format) -> anyhow::Result<()> {
    let v = open(args)?;
    let list = v.list_dossiers().map_err(|e| vault_error(e, v.path()))?;
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

fn show(args: &VaultArgs, dossier: &str) -> anyhow::Result<()> {
    let mut v = open(args)?;
    let id = resolve(&v, dossier)?;
    let d = v.load_dossier(id).map_err(|e| vault_error(e, v.path()))?;
    println!("{}", serde_json::to_string_pretty(&d)?);
    Ok(())
}

/// Parses `dd-mm-jjjj` or `jjjj-mm-dd`.
fn parse_date(s: &str) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%d-%m-%Y")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d"))
        .with_context(|| format!("not a date (dd-mm-jjjj or jjjj-mm-dd): {s:?}"))
}

fn add_signal(
    args: &VaultArgs,
    dossier: &str,
    text: String,
    source: Option<String>,
    observed: Option<&str>,
) -> anyhow::Result<()> {
    let observed_on = match observed {
        Some(s) => parse_date(s)?,
        None => chrono::Local::now().date_naive(),
    };
    let mut v = open(args)?;
    writable(&v)?;
    let id = resolve(&v, dossier)?;
    let now = Utc::now();
    let hand = if source.is_some() {
        Hand::Tweede
    } else {
        Hand::Eerste
    };
    let signal = Signal {
        id: 0,
        observed_on,
        recorded_at: now,
        observer: v.profile().user.clone(),
        source,
        source_person: None,
        hand,
        confirmed_by_informant: None,
        text,
        contra_indicatie: false,
    };
    let d = v
        .apply(id, Change::AddSignal { signal }, now)
        .map_err(|e| vault_error(e, v.path()))?;
    // Printed only after `apply` returned, i.e. after the commit.
    let new_id = d.signals.last().map_or(0, |s| s.id);
    println!("{new_id}");
    Ok(())
}

fn audit(args: &VaultArgs, dossier: Option<&str>) -> anyhow::Result<()> {
    let mut v = open(args)?;
    let filter = dossier.map(|d| resolve(&v, d)).transpose()?;
    let entries = v.audit_log(filter).map_err(|e| vault_error(e, v.path()))?;
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

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn both_date_orders_parse_and_nonsense_does_not() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(parse_date("02-11-2026").unwrap(), d);
        assert_eq!(parse_date("2026-11-02").unwrap(), d);
        assert!(parse_date("2 nov").is_err());
    }
}
