//! `meldcode cert new|import|export|show …`: the personal signing certificate, as a
//! password protected `.p12` file or kept encrypted in a vault (for `export --sign`), one
//! per vault user: the commands act on the certificate of the user who opens the vault.
//!
//! Exit codes: 0 done, 2 error.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use zeroize::Zeroizing;

use super::sign::{atomic_write_new, password, read};
use crate::ops::identity::{self, IdentitySource, KeyAlgorithm, NewCertificate};
use crate::ops::system_clock;

/// `meldcode cert …`.
#[derive(Debug, clap::Subcommand)]
pub enum CertCommand {
    /// Create a personal self-signed certificate: into a vault (`--vault`) or as a password
    /// protected .p12 file (`--out`).
    New(CertNewArgs),
    /// Put a certificate with its private key from a .p12/.pfx file into a vault as yours
    /// (password from `MELDCODE_CERT_PASSWORD` or asked).
    Import(CertImportArgs),
    /// Write your certificate in the vault with its private key to a new .p12 file, for
    /// backup (password for the file from `MELDCODE_CERT_PASSWORD` or asked twice).
    Export(CertExportArgs),
    /// Show who your certificate in the vault names, its validity and its fingerprint.
    Show(CertShowArgs),
}

/// Arguments of `meldcode cert new`.
#[derive(Debug, clap::Args)]
pub struct CertNewArgs {
    /// Full name (becomes the certificate's common name).
    #[arg(long)]
    pub name: String,
    /// Function, e.g. "Intern begeleider".
    #[arg(long)]
    pub function: String,
    /// Organisation, e.g. "Basisschool De Regenboog".
    #[arg(long)]
    pub organisation: String,
    /// E-mail address.
    #[arg(long)]
    pub email: String,
    /// Where to write the .p12 (must not exist yet). The password comes from
    /// `MELDCODE_CERT_PASSWORD` or is asked for twice.
    #[arg(long, required_unless_present = "vault", conflicts_with = "vault")]
    pub out: Option<PathBuf>,
    /// Keep the certificate in this vault instead, as the certificate of the user who opens
    /// it (encrypted with the vault; passphrase from `MELDCODE_PASSPHRASE`).
    #[arg(long)]
    pub vault: Option<PathBuf>,
    /// Replace the certificate you already have in the vault.
    #[arg(long, requires = "vault")]
    pub replace: bool,
    /// Use an ECDSA P-256 key instead of RSA 2048.
    #[arg(long)]
    pub ec: bool,
    /// Validity in days.
    #[arg(long, default_value_t = identity::DEFAULT_VALID_DAYS)]
    pub days: u32,
}

/// Arguments of `meldcode cert import`.
#[derive(Debug, clap::Args)]
pub struct CertImportArgs {
    /// The vault.
    #[command(flatten)]
    pub vault: super::vault::VaultArgs,
    /// The .p12/.pfx file.
    pub file: PathBuf,
    /// Replace the certificate you already have in the vault.
    #[arg(long)]
    pub replace: bool,
}

/// Arguments of `meldcode cert export`.
#[derive(Debug, clap::Args)]
pub struct CertExportArgs {
    /// The vault.
    #[command(flatten)]
    pub vault: super::vault::VaultArgs,
    /// The .p12 file to write (must not exist yet).
    #[arg(long)]
    pub out: PathBuf,
}

/// Arguments of `meldcode cert show`.
#[derive(Debug, clap::Args)]
pub struct CertShowArgs {
    /// The vault.
    #[command(flatten)]
    pub vault: super::vault::VaultArgs,
}

/// Runs `meldcode cert …`.
pub fn run_cert(command: &CertCommand) -> ExitCode {
    let result = match command {
        CertCommand::New(args) => cert_new(args),
        CertCommand::Import(args) => cert_import(args),
        CertCommand::Export(args) => cert_export(args),
        CertCommand::Show(args) => cert_show(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => super::fail(&err),
    }
}

fn cert_new(args: &CertNewArgs) -> anyhow::Result<()> {
    if let Some(out) = &args.out
        && out.exists()
    {
        bail!(
            "{} {}",
            crate::texts::cli::FILE_EXISTS_PREFIX,
            out.display()
        );
    }
    let request = |now| NewCertificate {
        name: args.name.clone(),
        function: args.function.clone(),
        organisation: args.organisation.clone(),
        email: args.email.clone(),
        algorithm: if args.ec {
            KeyAlgorithm::EcdsaP256
        } else {
            KeyAlgorithm::Rsa2048
        },
        not_before: now,
        valid_days: args.days,
    };
    match (&args.vault, &args.out) {
        (Some(path), _) => {
            // Open the vault first: a wrong passphrase should not cost a key generation.
            let mut session = super::vault::session(path, false)?;
            let now = session.now();
            let identity = identity::create_in_vault(&mut session, request(now), args.replace)?;
            println!(
                "created a certificate in the vault: {}",
                identity.fingerprint()
            );
        }
        (None, Some(out)) => {
            let now = system_clock()();
            let identity = identity::create_certificate(now, request(now))?;
            let password = password(
                crate::texts::cli::PROMPT_NEW_CERTIFICATE_FILE_PASSWORD,
                true,
            )?;
            let p12 = identity::pkcs12_bytes(&identity, &password)?;
            atomic_write_new(out, &p12)?;
            println!(
                "{} {}",
                crate::texts::cli::CERTIFICATE_CREATED_PREFIX,
                out.display()
            );
        }
        (None, None) => bail!(crate::texts::cli::CERTIFICATE_NEW_NEEDS_TARGET),
    }
    Ok(())
}

fn cert_import(args: &CertImportArgs) -> anyhow::Result<()> {
    let p12 = Zeroizing::new(read(&args.file)?);
    let mut session = super::vault::session(&args.vault.vault, args.vault.take_over_stale_lock)?;
    // Refused before the password is asked when the vault has one already.
    identity::check_replace(&session, args.replace)?;
    let password = password(crate::texts::cli::PROMPT_CERTIFICATE_PASSWORD, false)?;
    let identity = identity::import_into_vault(&mut session, &p12, &password, args.replace)?;
    println!(
        "{} {}",
        crate::texts::cli::CERTIFICATE_IMPORTED_PREFIX,
        identity.fingerprint()
    );
    Ok(())
}

fn cert_export(args: &CertExportArgs) -> anyhow::Result<()> {
    if args.out.exists() {
        bail!(
            "{} {}",
            crate::texts::cli::FILE_EXISTS_PREFIX,
            args.out.display()
        );
    }
    let mut session = super::vault::session(&args.vault.vault, args.vault.take_over_stale_lock)?;
    // Fails early, before a password is asked, when there is no certificate.
    identity::identity(&session, &IdentitySource::Vault)?;
    let password = password(
        crate::texts::cli::PROMPT_NEW_CERTIFICATE_FILE_PASSWORD,
        true,
    )?;
    // The private key leaves the vault: recorded like any other export.
    let p12 = identity::backup_certificate(&mut session, &password)?;
    atomic_write_new(&args.out, &p12)?;
    println!(
        "{} {}",
        crate::texts::cli::WRITTEN_PREFIX,
        args.out.display()
    );
    Ok(())
}

fn cert_show(args: &CertShowArgs) -> anyhow::Result<()> {
    use crate::texts::cli as t;
    let session = super::vault::session(&args.vault.vault, args.vault.take_over_stale_lock)?;
    let shown = identity::summary(&session)?.ok_or(crate::ops::OpsError::NoCertificate)?;
    let line = |label: &str, value: &str| println!("{label:<18}{value}");
    line(t::CERTIFICATE_SHOW_VAULT_USER, &session.actor.name);
    line(t::CERTIFICATE_SHOW_NAME, &shown.name);
    if let Some(f) = &shown.function {
        line(t::CERTIFICATE_SHOW_FUNCTION, f);
    }
    if let Some(o) = &shown.organisation {
        line(t::CERTIFICATE_SHOW_ORGANISATION, o);
    }
    if let Some(until) = shown.valid_until {
        line(
            t::CERTIFICATE_SHOW_VALID_UNTIL,
            &until.format("%d-%m-%Y").to_string(),
        );
    }
    line(
        t::CERTIFICATE_SHOW_SELF_SIGNED,
        if shown.self_signed { t::YES } else { t::NO },
    );
    line(t::CERTIFICATE_SHOW_FINGERPRINT, &shown.fingerprint);
    Ok(())
}
