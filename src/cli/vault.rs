//! `meldcode vault|demo|dossier|signal|audit …`.
//!
//! The passphrase comes from `--passphrase-file` or `--passphrase-fd`, else from
//! `MELDCODE_PASSPHRASE` (for tests and scripts), otherwise it is asked without echo
//! ([`super::secrets`]).
//! `MELDCODE_INSECURE_TEST_KDF=1` makes new vaults with a trivial Argon2 cost, in a debug build
//! only (the test suite); `vault check` reports such vaults.
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use zeroize::Zeroizing;

use crate::domain::{DossierId, example};
use crate::ops::dates::DateUse;
use crate::ops::dossier::{self, NewSignal};
use crate::ops::vault::KdfParams;
use crate::ops::{OpenVault, OpsError, Session, system_clock};

use super::secrets::{Secret, from_environment, vault_passphrase};

/// Subcommands of `meldcode vault`.
#[derive(Debug, clap::Subcommand)]
pub enum VaultCommand {
    /// Create a new, empty vault.
    Init {
        /// Where to create it.
        path: PathBuf,
        /// Your name (asked when not given).
        #[arg(long)]
        name: Option<String>,
        /// Your function.
        #[arg(long)]
        function: Option<String>,
        /// Your organisation's name.
        #[arg(long)]
        organisation: Option<String>,
        /// The organisation's place, and more fields of its profile.
        #[command(flatten)]
        profile: InitProfile,
    },
    /// The vault's users: list, add, remove (one key slot each).
    #[command(subcommand)]
    User(super::org::UserCommand),
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
    /// Renew the vault's data key (after a suspected leak): everything re-encrypted, the
    /// new key sealed to every user; passphrases stay. Only the eindverantwoordelijke or
    /// aandachtsfunctionaris. Progress on stderr as `n/m` lines.
    Rekey {
        /// The vault.
        path: PathBuf,
        /// Take over a lock whose holder is gone.
        #[arg(long)]
        take_over_stale_lock: bool,
    },
    /// Accept the vault as the current version after the warning that it is older than
    /// one this computer saw (no more warning about it here).
    AcceptOlder {
        /// The vault.
        path: PathBuf,
        /// Take over a lock whose holder is gone.
        #[arg(long)]
        take_over_stale_lock: bool,
    },
    /// List the old backups that still open with an old passphrase or for a removed user
    /// (made before a re-key in an earlier session), by file name; `--destroy` deletes
    /// them (only the eindverantwoordelijke or aandachtsfunctionaris).
    Backups {
        /// The vault.
        path: PathBuf,
        /// Delete them.
        #[arg(long)]
        destroy: bool,
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

/// The organisation profile a new vault starts with (empty, never the example's).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct InitProfile {
    /// The organisation's place.
    #[arg(long)]
    pub place: Option<String>,
    /// The sector (basisonderwijs, voortgezet onderwijs, kinderopvang, zorg, …): which form
    /// set.
    #[arg(long)]
    pub sector: Option<String>,
    /// The eindverantwoordelijke's name.
    #[arg(long)]
    pub eindverantwoordelijke: Option<String>,
    /// The aandachtsfunctionaris's name.
    #[arg(long)]
    pub aandachtsfunctionaris: Option<String>,
    /// The Veilig Thuis region.
    #[arg(long)]
    pub veilig_thuis_regio: Option<String>,
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
    /// Create a dossier, optionally about a person; prints its id and reference once
    /// committed.
    Create(super::person::CreateArgs),
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
    /// Correct, withdraw or approve a recorded signal.
    #[command(flatten)]
    Fact(super::facts::SignalFactCommand),
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
    /// Output format (JSON: `{"schema": 1, "entries": [...]}`).
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Runs `meldcode vault …`.
pub fn run_vault(cmd: VaultCommand) -> ExitCode {
    let result = match cmd {
        VaultCommand::Init {
            path,
            name,
            function,
            organisation,
            profile,
        } => init(&path, name, function, organisation, &profile),
        VaultCommand::User(cmd) => return super::org::run_user(cmd),
        VaultCommand::Check {
            path,
            take_over_stale_lock,
        } => return check(&path, take_over_stale_lock),
        VaultCommand::Passwd {
            path,
            take_over_stale_lock,
        } => passwd(&path, take_over_stale_lock),
        VaultCommand::Rekey {
            path,
            take_over_stale_lock,
        } => rekey(&path, take_over_stale_lock),
        VaultCommand::AcceptOlder {
            path,
            take_over_stale_lock,
        } => accept_older(&path, take_over_stale_lock),
        VaultCommand::Backups {
            path,
            destroy,
            take_over_stale_lock,
        } => backups(&path, destroy, take_over_stale_lock),
        VaultCommand::Purge {
            path,
            yes,
            take_over_stale_lock,
        } => purge(&path, yes, take_over_stale_lock),
    };
    super::finish(result)
}

/// Runs `meldcode dossier …`.
pub fn run_dossier(cmd: DossierCommand) -> ExitCode {
    super::finish(match cmd {
        DossierCommand::List { vault, format } => list(&vault, format),
        DossierCommand::Show { vault, dossier, .. } => show(&vault, &dossier),
        DossierCommand::Create(args) => return super::person::run_create(&args),
    })
}

/// Runs `meldcode signal …`.
pub fn run_signal(cmd: SignalCommand) -> ExitCode {
    match cmd {
        SignalCommand::Add {
            vault,
            dossier,
            text,
            source,
            observed,
        } => super::finish(add_signal(
            &vault,
            &dossier,
            text,
            source,
            observed.as_deref(),
        )),
        SignalCommand::Fact(cmd) => super::facts::run_signal(cmd),
    }
}

/// Runs `meldcode demo`.
pub fn run_demo(args: &DemoArgs) -> ExitCode {
    super::finish(demo(&args.vault))
}

/// Runs `meldcode audit`.
pub fn run_audit(args: &AuditArgs) -> ExitCode {
    super::finish(audit(&args.vault, args.dossier.as_deref(), args.format))
}

fn ask(prompt: &str) -> anyhow::Result<Secret> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .context(crate::texts::cli::CANNOT_READ_PASSPHRASE)
}

fn passphrase(prompt: &str) -> anyhow::Result<Secret> {
    match vault_passphrase()? {
        Some(p) => Ok(p),
        None => ask(prompt),
    }
}

fn new_passphrase() -> anyhow::Result<Secret> {
    if let Some(p) = from_environment("MELDCODE_NEW_PASSPHRASE") {
        return Ok(p);
    }
    let a = ask(crate::texts::cli::PROMPT_NEW_PASSPHRASE)?;
    let b = ask(crate::texts::cli::PROMPT_REPEAT)?;
    if a != b {
        bail!(crate::texts::cli::PASSPHRASES_DIFFER);
    }
    Ok(a)
}

/// The session's clock: the system's, or with `MELDCODE_TEST_TODAY=YYYY-MM-DD` moved by
/// whole days so that today is that date (for the test suite: what happens to a dossier
/// when a term has passed). A note on stderr says so whenever it is in effect. Only in a
/// debug build (the tests' binary): a release build never lets dates be moved.
pub(crate) fn clock() -> anyhow::Result<crate::ops::Clock> {
    let given = std::env::var("MELDCODE_TEST_TODAY").ok();
    let Some(given) = given.filter(|_| cfg!(debug_assertions)) else {
        return Ok(system_clock());
    };
    let day = chrono::NaiveDate::parse_from_str(given.trim(), "%Y-%m-%d").with_context(|| {
        format!(
            "{} {given:?}",
            crate::texts::cli::TEST_TODAY_NOT_A_DATE_PREFIX
        )
    })?;
    let shift = day - chrono::Local::now().date_naive();
    eprintln!("opmerking: MELDCODE_TEST_TODAY: vandaag is {day}");
    Ok(std::sync::Arc::new(move || chrono::Utc::now() + shift))
}

/// The cheap key derivation of the tests (`MELDCODE_INSECURE_TEST_KDF=1`), only in a debug
/// build: a release build always makes vaults with the calibrated cost.
fn kdf() -> Option<KdfParams> {
    (cfg!(debug_assertions) && std::env::var("MELDCODE_INSECURE_TEST_KDF").is_ok_and(|v| v == "1"))
        .then_some(KdfParams::INSECURE_TEST)
}

/// Opens a vault as the user stored in its profile (passphrase as [`passphrase`] finds it): the lock and the audit log name them.
fn open(args: &VaultArgs) -> anyhow::Result<Session> {
    session(&args.vault, args.take_over_stale_lock)
}

/// The vault of a command's `--vault` arguments.
pub(crate) fn open_args(args: &VaultArgs) -> anyhow::Result<Session> {
    open(args)
}

/// The vault at `path` (for commands that take it as an argument).
pub(crate) fn session_for(path: &Path, take_over: bool) -> anyhow::Result<Session> {
    session(path, take_over)
}

static USER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();

/// Sets whose key slot every vault command opens (the global `--user NAME`).
pub fn set_user(user: Option<String>) {
    USER.set(user).ok();
}

/// `--user`, else `MELDCODE_USER`, else none (every slot is tried).
fn user() -> Option<String> {
    USER.get()
        .cloned()
        .flatten()
        .or_else(|| std::env::var("MELDCODE_USER").ok())
        .filter(|u| !u.trim().is_empty())
}

fn open_how(take_over: bool, for_check: bool) -> OpenVault {
    OpenVault {
        take_over_stale_lock: take_over,
        user: user(),
        state_dir: crate::ops::vault::state_dir(),
        for_check,
    }
}

/// The one way the command line opens a vault: as `--user` (or whoever the passphrase
/// opens), under the window's lock rule (`ops::lock_policy`: this user's own stale lock on
/// this computer is taken over, someone else's only with `--take-over-stale-lock`), warning
/// on stderr when the vault is older than one this computer saw.
pub(crate) fn session(path: &Path, take_over: bool) -> anyhow::Result<Session> {
    let pass = passphrase(crate::texts::cli::PROMPT_PASSPHRASE)?;
    let opened =
        crate::ops::lock_policy::open_vault(path, &pass, &open_how(take_over, false), clock()?)?;
    if opened.own_lock_taken_over {
        eprintln!(
            "opmerking: {}",
            crate::texts::messages::LOCK_OWN_STALE_TAKEN_OVER
        );
    }
    let s = opened.session;
    if let Some(w) = crate::ops::vault::warning(&s) {
        eprintln!("waarschuwing: {w}");
    }
    Ok(s)
}

fn create(path: &Path, profile: &crate::domain::Profile) -> anyhow::Result<Session> {
    let pass = new_passphrase_for_init()?;
    Ok(Session::create_vault(
        path,
        &pass,
        profile,
        kdf(),
        clock()?,
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
    extra: &InitProfile,
) -> anyhow::Result<()> {
    let name = match name {
        Some(n) => n,
        None => ask_line("Uw naam: ")?,
    };
    if name.trim().is_empty() {
        return Err(OpsError::Refused(crate::texts::messages::VAULT_USER_NAME_REQUIRED).into());
    }
    let user = crate::domain::Actor::new(name.trim(), function.as_deref().unwrap_or("").trim());
    let mut fields = Vec::new();
    let mut push = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            fields.push((k.to_owned(), v.clone()));
        }
    };
    push("naam", &organisation);
    push("plaats", &extra.place);
    push("sector", &extra.sector);
    push("eindverantwoordelijke", &extra.eindverantwoordelijke);
    push("aandachtsfunctionaris", &extra.aandachtsfunctionaris);
    let profile = crate::ops::org::new_profile(user, &fields, extra.veilig_thuis_regio.as_deref())?;
    let pass = new_passphrase_for_init()?;
    crate::ops::users::check_passphrase(&pass)?;
    Session::create_vault(path, &pass, &profile, kdf(), clock()?)?;
    println!("{} {path:?}", crate::texts::cli::VAULT_CREATED_PREFIX);
    Ok(())
}

fn new_passphrase_for_init() -> anyhow::Result<Secret> {
    let p = if let Some(p) = vault_passphrase()? {
        p
    } else {
        let a = ask(crate::texts::cli::PROMPT_NEW_VAULT_PASSPHRASE)?;
        let b = ask(crate::texts::cli::PROMPT_REPEAT)?;
        if a != b {
            bail!(crate::texts::cli::PASSPHRASES_DIFFER);
        }
        a
    };
    Ok(p)
}

fn ask_line(prompt: &str) -> anyhow::Result<String> {
    eprint!("{prompt}");
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context(crate::texts::cli::CANNOT_READ_ANSWER)?;
    Ok(line.trim().to_owned())
}

fn check(path: &Path, take_over: bool) -> ExitCode {
    let opened = passphrase(crate::texts::cli::PROMPT_PASSPHRASE).and_then(|pass| {
        Ok(Session::open_vault(
            path,
            &pass,
            &open_how(take_over, true),
            system_clock(),
        )?)
    });
    let mut s = match opened {
        Ok(s) => s,
        // A file that does not open as a vault is not sound: exit 1, like other findings.
        Err(e)
            if e.downcast_ref::<OpsError>()
                .is_some_and(OpsError::is_damage) =>
        {
            println!(
                "{} {e} ({})",
                crate::texts::cli::VAULT_CHECK_PROBLEM_PREFIX,
                path.display()
            );
            return ExitCode::from(1);
        }
        Err(e) => return super::fail(&e),
    };
    match crate::ops::vault::check(&mut s) {
        Ok(Some(report)) => {
            for p in &report.problems {
                println!("{} {p}", crate::texts::cli::VAULT_CHECK_PROBLEM_PREFIX);
            }
            if let Some(t) = crate::ops::vault::tampering(&report) {
                println!("{} {t}", crate::texts::cli::VAULT_CHECK_PROBLEM_PREFIX);
            }
            if report.weak_kdf {
                println!("{}", crate::texts::cli::VAULT_CHECK_WEAK_KDF);
            }
            println!(
                "{}",
                crate::texts::cli::vault_check_summary(
                    report.dossiers,
                    report.audit_entries,
                    report.is_sound()
                )
            );
            if report.is_sound() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Ok(None) => ExitCode::SUCCESS,
        Err(e) => {
            println!("{} {e}", crate::texts::cli::VAULT_CHECK_PROBLEM_PREFIX);
            ExitCode::from(1)
        }
    }
}

fn passwd(path: &Path, take_over: bool) -> anyhow::Result<()> {
    let old = passphrase(crate::texts::cli::PROMPT_CURRENT_PASSPHRASE)?;
    let mut s = session(path, take_over)?;
    s.store.writable()?;
    let new = new_passphrase()?;
    crate::ops::users::check_passphrase(&new)?;
    crate::ops::vault::change_passphrase(&mut s, &old, &new)?;
    println!("{}", crate::texts::cli::PASSPHRASE_CHANGED);
    after_rekey(&mut s, path);
    Ok(())
}

/// After a re-key in this session: re-encrypts the old backups under the new key and says
/// how many, and how many stay stale (from an earlier session's re-key) with the command
/// that destroys them.
pub(crate) fn after_rekey(s: &mut Session, path: &Path) {
    // The change itself is done and saved; only the old copies could not follow.
    match crate::ops::vault::reencrypt_stale_backups(s, &mut |_, _| {}) {
        Ok(n) => println!("{}", crate::texts::cli::backups_reencrypted(n)),
        Err(e) => eprintln!(
            "waarschuwing: {} {}",
            crate::texts::messages::BACKUPS_REENCRYPT_FAILED,
            e.dutch_message()
        ),
    }
    let left = crate::ops::vault::stale_backups(s).len();
    if left > 0 {
        println!("{}", crate::texts::cli::backups_still_stale(left, path));
    }
}

fn backups(path: &Path, destroy: bool, take_over: bool) -> anyhow::Result<()> {
    let mut s = session(path, take_over)?;
    let stale = crate::ops::vault::stale_backups(&s);
    for p in &stale {
        if let Some(name) = p.file_name() {
            println!("{}", name.to_string_lossy());
        }
    }
    println!("{}", crate::texts::cli::backups_stale_count(stale.len()));
    if destroy {
        let n = crate::ops::vault::destroy_stale_backups(&mut s)?;
        println!("{}", crate::texts::cli::backups_destroyed(n));
    }
    Ok(())
}

fn rekey(path: &Path, take_over: bool) -> anyhow::Result<()> {
    let mut s = session(path, take_over)?;
    let mut last = (0, 0);
    crate::ops::vault::rotate_key(&mut s, &mut |done, total| {
        // About twenty lines however large the vault, and always the last one.
        let step = total.div_ceil(20).max(1);
        if done == total || done % step == 0 {
            eprintln!("{done}/{total}");
        }
        last = (done, total);
    })?;
    println!(
        "{}",
        crate::texts::messages::VAULT_REKEY_DONE
            .replace("{done}", &last.0.to_string())
            .replace("{total}", &last.1.to_string())
    );
    after_rekey(&mut s, path);
    Ok(())
}

fn accept_older(path: &Path, take_over: bool) -> anyhow::Result<()> {
    let mut s = session(path, take_over)?;
    if crate::ops::vault::warning(&s).is_none() {
        println!("{}", crate::texts::messages::VAULT_ACCEPT_OLDER_NOTHING);
        return Ok(());
    }
    crate::ops::vault::accept_as_current(&mut s)?;
    println!("{}", crate::texts::messages::VAULT_ACCEPT_OLDER_DONE);
    Ok(())
}

fn purge(path: &Path, yes: bool, take_over: bool) -> anyhow::Result<()> {
    let mut s = session(path, take_over)?;
    s.store.writable()?;
    let expired = dossier::expired(&s)?;
    if expired.is_empty() {
        println!("{}", crate::texts::cli::PURGE_NOTHING_EXPIRED);
        return Ok(());
    }
    for e in &expired {
        println!("{}\t{}", e.id.0, e.reference);
    }
    if !yes {
        print!("{}", crate::texts::cli::purge_confirm(expired.len()));
        std::io::Write::flush(&mut std::io::stdout()).ok();
        let mut answer = String::new();
        std::io::stdin()
            .read_line(&mut answer)
            .context(crate::texts::cli::CANNOT_READ_ANSWER)?;
        if answer.trim() != crate::texts::cli::PURGE_CONFIRM_ANSWER {
            bail!(crate::texts::cli::PURGE_NOTHING_DELETED);
        }
    }
    let ids: Vec<DossierId> = expired.iter().map(|e| e.id).collect();
    dossier::purge(&mut s, &ids)?;
    println!("{}", crate::texts::cli::purge_done(ids.len()));
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
    let today = s.today();
    let list = dossier::list(&s)?;
    match format {
        Format::Json => {
            let mut dossiers = Vec::new();
            for d in &list {
                let mut v = serde_json::to_value(d)?;
                v["reminders"] = d
                    .reminders
                    .iter()
                    .map(|r| {
                        let (kind, id) = r.kind.code();
                        serde_json::json!({
                            "due": r.due,
                            "kind": kind,
                            "id": id,
                            "label": r.kind.label(),
                            "overdue": r.overdue(today),
                        })
                    })
                    .collect();
                dossiers.push(v);
            }
            println!(
                "{}",
                serde_json::to_string_pretty(
                    &serde_json::json!({"schema": 1, "dossiers": dossiers})
                )?
            );
        }
        Format::Text => {
            for s in list {
                let status = if matches!(s.status, crate::domain::Status::Open) {
                    "open"
                } else {
                    "gesloten"
                };
                // Each reminder as a tab-separated column after the title.
                let mut reminders = String::new();
                for r in &s.reminders {
                    let late = if r.overdue(today) {
                        format!(" {}", crate::texts::common::REMINDER_OVERDUE_LABEL)
                    } else {
                        String::new()
                    };
                    write!(
                        reminders,
                        "\t{}: {}{late}",
                        r.kind.label(),
                        r.due.format("%Y-%m-%d")
                    )?;
                }
                println!(
                    "{}\t{}\t{}\tstap {}\t{}\t{}{reminders}",
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
    // The dossier's own fields, with the schema number every JSON output carries.
    let mut json = serde_json::to_value(&d)?;
    if let Some(fields) = json.as_object_mut() {
        fields.insert("schema".to_owned(), 1.into());
    }
    println!("{}", serde_json::to_string_pretty(&json)?);
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

fn audit(args: &VaultArgs, given: Option<&str>, format: Format) -> anyhow::Result<()> {
    let mut s = open(args)?;
    let filter = given.map(|d| dossier::resolve(&s, d)).transpose()?;
    let entries = crate::ops::vault::audit_log(&mut s, filter)?;
    if matches!(format, Format::Json) {
        let v = serde_json::json!({"schema": 1, "entries": entries});
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
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
