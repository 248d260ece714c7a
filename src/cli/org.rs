//! `meldcode org show|set` (the organisation profile every document reads) and
//! `meldcode vault user add|list|remove` (one key slot per user). The operations are
//! [`crate::ops::org`] and [`crate::ops::users`].

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use serde_json::json;
use zeroize::Zeroizing;

use super::vault::{Format, VaultArgs, open_args, session_for};
use crate::ops::{org, users};

/// Subcommands of `meldcode org`.
#[derive(Debug, clap::Subcommand)]
pub enum OrgCommand {
    /// Print the organisation profile.
    Show {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Set fields of the organisation profile (all or nothing).
    Set {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// A field: naam, plaats, sector, eindverantwoordelijke, eindverantwoordelijke-functie,
        /// aandachtsfunctionaris, aandachtsfunctionaris-functie, veilig-thuis-telefoon,
        /// veilig-thuis-email, veilig-thuis-adres, beveiligde-mail, klachtenregeling,
        /// bewaartermijn, tijdstempeldienst (an http:// address; signing asks it for an RFC
        /// 3161 timestamp) (repeatable; an empty value clears it).
        #[arg(long = "field", value_name = "KEY=VALUE")]
        fields: Vec<String>,
        /// The Veilig Thuis region (its phone number and address come with it).
        #[arg(long)]
        veilig_thuis_regio: Option<String>,
        /// A word the writing check accepts for this organisation (repeatable; replaces the
        /// list; `--vocabulary ""` empties it).
        #[arg(long = "vocabulary", value_name = "WORD")]
        vocabulary: Vec<String>,
    },
}

/// Subcommands of `meldcode vault user`.
#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    /// List the users with a key slot.
    List {
        /// The vault.
        path: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Give a colleague a key slot (their passphrase from `MELDCODE_NEW_PASSPHRASE`, else
    /// asked twice). Only the eindverantwoordelijke or aandachtsfunctionaris.
    Add {
        /// The vault.
        path: PathBuf,
        /// Their name, as the audit log will show it.
        #[arg(long)]
        name: String,
        /// Their function.
        #[arg(long, default_value = "")]
        function: String,
    },
    /// Remove a user's key slot and renew the vault key. Only the eindverantwoordelijke or
    /// aandachtsfunctionaris.
    Remove {
        /// The vault.
        path: PathBuf,
        /// Their name.
        #[arg(long)]
        name: String,
    },
}

/// Runs `meldcode org …`.
pub fn run(cmd: OrgCommand) -> ExitCode {
    super::finish(match cmd {
        OrgCommand::Show { vault, format } => show(&vault, format),
        OrgCommand::Set {
            vault,
            fields,
            veilig_thuis_regio,
            vocabulary,
        } => set(&vault, &fields, veilig_thuis_regio.as_deref(), vocabulary),
    })
}

fn show(args: &VaultArgs, format: Format) -> anyhow::Result<()> {
    let s = open_args(args)?;
    let p = s.profile();
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json!({"schema": 1, "profile": p}))?
        ),
        Format::Text => {
            let o = &p.organisation;
            let rows = [
                ("naam", o.name.clone()),
                ("plaats", o.place.clone()),
                ("sector", o.form_set.clone()),
                (
                    "eindverantwoordelijke",
                    o.eindverantwoordelijke.name.clone(),
                ),
                (
                    "eindverantwoordelijke-functie",
                    o.eindverantwoordelijke.function.clone(),
                ),
                (
                    "aandachtsfunctionaris",
                    o.aandachtsfunctionaris.name.clone(),
                ),
                (
                    "aandachtsfunctionaris-functie",
                    o.aandachtsfunctionaris.function.clone(),
                ),
                ("veilig-thuis-regio", o.veilig_thuis_regio.clone()),
                ("veilig-thuis-telefoon", o.veilig_thuis_telefoon.clone()),
                ("veilig-thuis-email", o.veilig_thuis_email.clone()),
                ("veilig-thuis-adres", o.veilig_thuis_adres.clone()),
                ("beveiligde-mail", o.beveiligde_mail.clone()),
                ("klachtenregeling", o.klachtenregeling.clone()),
                (
                    "bewaartermijn",
                    if o.bewaartermijn_jaren == 0 {
                        String::new()
                    } else {
                        o.bewaartermijn_jaren.to_string()
                    },
                ),
                ("tijdstempeldienst", o.timestamp_service.clone()),
                ("vocabulary", o.vocabulary.join(", ")),
            ];
            for (k, v) in rows {
                println!("{k}\t{v}");
            }
        }
    }
    Ok(())
}

fn set(
    args: &VaultArgs,
    fields: &[String],
    region: Option<&str>,
    vocabulary: Vec<String>,
) -> anyhow::Result<()> {
    let pairs = fields
        .iter()
        .map(|f| org::parse_assignment(f))
        .collect::<Result<Vec<_>, _>>()?;
    let mut s = open_args(args)?;
    let words = (!vocabulary.is_empty()).then_some(vocabulary);
    org::set(&mut s, &pairs, region, words)?;
    Ok(())
}

/// Runs `meldcode vault user …`.
pub fn run_user(cmd: UserCommand) -> ExitCode {
    super::finish(match cmd {
        UserCommand::List { path, format } => list_users(&path, format),
        UserCommand::Add {
            path,
            name,
            function,
        } => add_user(&path, &name, &function),
        UserCommand::Remove { path, name } => remove_user(&path, &name),
    })
}

fn list_users(path: &std::path::Path, format: Format) -> anyhow::Result<()> {
    let s = session_for(path, false)?;
    let all = users::list(&s)?;
    match format {
        Format::Json => {
            let rows: Vec<_> = all
                .iter()
                .map(|u| json!({"name": u.name, "function": u.function}))
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({"schema": 1, "users": rows}))?
            );
        }
        Format::Text => {
            for u in all {
                println!("{}\t{}", u.name, u.function);
            }
        }
    }
    Ok(())
}

fn add_user(path: &std::path::Path, name: &str, function: &str) -> anyhow::Result<()> {
    let mut s = session_for(path, false)?;
    // Refuse before asking for a passphrase when the user may not add anyone.
    if !users::may_manage(&s) {
        return Err(
            crate::ops::OpsError::Refused(crate::texts::messages::USERS_NOT_ALLOWED).into(),
        );
    }
    let pass = if let Some(p) = super::secrets::from_environment("MELDCODE_NEW_PASSPHRASE") {
        p
    } else {
        let a = Zeroizing::new(
            rpassword::prompt_password(crate::texts::cli::PROMPT_NEW_USER_PASSPHRASE)
                .context(crate::texts::cli::CANNOT_READ_PASSPHRASE)?,
        );
        let b = Zeroizing::new(
            rpassword::prompt_password(crate::texts::cli::PROMPT_REPEAT)
                .context(crate::texts::cli::CANNOT_READ_PASSPHRASE)?,
        );
        anyhow::ensure!(a == b, crate::texts::cli::PASSPHRASES_DIFFER);
        a
    };
    users::add(&mut s, name, function, &pass)?;
    println!("{}", name.trim());
    Ok(())
}

fn remove_user(path: &std::path::Path, name: &str) -> anyhow::Result<()> {
    let mut s = session_for(path, false)?;
    users::remove(&mut s, name, &mut |_, _| {})?;
    super::vault::after_rekey(&mut s, path);
    Ok(())
}
