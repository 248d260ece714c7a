//! `meldcode mail`: the melding package of a dossier (meldformulier PDF and DOCX, the
//! `.p7s` of the DOCX when signed, the `.eml` draft), and the letters of
//! `meldcode export --kind brief-ouders|vt-antwoord`.
//!
//! Exit codes: 0 written; 1 the form is not complete (every gap is listed, nothing is
//! written) or a letter is refused; 2 usage or I/O error.

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use chrono::{Local, Utc};
use zeroize::Zeroizing;

use crate::domain::{Dossier, DossierId, Profile};
use crate::export::package::{Package, PackageError, PackageOptions, melding_package};
use crate::export::sign::SigningIdentity;
use crate::form::{self, FormSet};
use crate::report::melding_check::Missing;
use crate::report::{self, Document, DocumentKind, melding_doc};
use crate::storage::{AuditAction, OpenOptions, Vault};

/// The vault secret that holds the user's signing certificate: PKCS#12 bytes protected by
/// an empty password (the vault itself encrypts them).
pub const SIGNING_SECRET: &str = "signing-identity.p12";

/// Arguments of `meldcode mail`.
#[derive(Debug, clap::Args)]
pub struct MailArgs {
    /// The vault to read (passphrase from `MELDCODE_PASSPHRASE`, else asked).
    #[arg(long)]
    pub vault: PathBuf,
    /// Dossier id.
    #[arg(long)]
    pub dossier: u64,
    /// Folder to write the files to (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Sign with this PKCS#12 file (password from `MELDCODE_CERT_PASSWORD`, else asked)
    /// instead of the certificate stored in the vault.
    #[arg(long)]
    pub cert: Option<PathBuf>,
    /// The organisation's form folder: a `meldformulier` set there replaces the bundled one.
    #[arg(long)]
    pub forms: Option<PathBuf>,
}

/// A document that cannot be made yet: what is missing (labels and rule ids only, no
/// dossier content), or why it is refused.
#[derive(Debug)]
pub struct NotReady(pub Vec<String>);

impl fmt::Display for NotReady {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not complete ({} items)", self.0.len())
    }
}

impl std::error::Error for NotReady {}

/// Prints a [`NotReady`] list (exit 1) or another error (exit 2).
pub fn report_error(err: &anyhow::Error) -> ExitCode {
    match err.downcast_ref::<NotReady>() {
        Some(NotReady(items)) => {
            eprintln!("not written: missing or refused:");
            for item in items {
                eprintln!("  - {item}");
            }
            ExitCode::from(1)
        }
        None => super::fail(err),
    }
}

/// Runs `meldcode mail`.
pub fn run(args: &MailArgs) -> ExitCode {
    match mail(args) {
        Ok(written) => {
            for path in written {
                println!("written: {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => report_error(&e),
    }
}

/// The form sets in force: the bundled ones with the organisation's folder laid over them.
pub fn form_sets(folder: Option<&Path>) -> anyhow::Result<Vec<FormSet>> {
    let Some(dir) = folder else {
        return Ok(form::bundled().to_vec());
    };
    let files = super::forms::read_dir_files(dir)?;
    let (own, diagnostics) = form::load_org_folder(&files);
    if let Some(first) = diagnostics.first() {
        bail!(
            "the form folder {} has {} error(s); first: {first}",
            dir.display(),
            diagnostics.len()
        );
    }
    Ok(form::resolve(form::bundled(), &own))
}

/// Opens a vault with the passphrase from `MELDCODE_PASSPHRASE` (or asked without echo).
fn open_vault(path: &Path) -> anyhow::Result<Vault> {
    let pass = match std::env::var("MELDCODE_PASSPHRASE") {
        Ok(p) => Zeroizing::new(p),
        Err(_) => Zeroizing::new(
            rpassword::prompt_password("Passphrase: ").context("cannot read the passphrase")?,
        ),
    };
    Vault::open(path, &pass, &OpenOptions::default())
        .with_context(|| format!("cannot open the vault {}", path.display()))
}

/// The signing identity: `--cert`, else the vault's [`SIGNING_SECRET`], else none.
fn identity(vault: &Vault, cert: Option<&Path>) -> anyhow::Result<Option<SigningIdentity>> {
    if let Some(path) = cert {
        let p12 = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let password = match std::env::var(super::sign::PASSWORD_ENV) {
            Ok(p) => Zeroizing::new(p),
            Err(_) => Zeroizing::new(
                rpassword::prompt_password("Certificate password: ")
                    .context("cannot read the certificate password")?,
            ),
        };
        return SigningIdentity::from_pkcs12_bytes(&p12, &password)
            .map(Some)
            .with_context(|| format!("cannot use certificate {}", path.display()));
    }
    match vault.secret(SIGNING_SECRET)? {
        Some(p12) => SigningIdentity::from_pkcs12_bytes(&p12, "")
            .map(Some)
            .context("cannot use the certificate stored in the vault"),
        None => Ok(None),
    }
}

fn mail(args: &MailArgs) -> anyhow::Result<Vec<PathBuf>> {
    let sets = form_sets(args.forms.as_deref())?;
    let set = melding_doc::find_set(&sets).context("no meldformulier form set")?;
    let mut vault = open_vault(&args.vault)?;
    let profile = vault.profile().clone();
    let id = DossierId(args.dossier);
    let d = vault
        .load_dossier(id)
        .with_context(|| format!("cannot load dossier {}", id.0))?;
    let identity = identity(&vault, args.cert.as_deref())?;
    let now = Utc::now();
    let opts = PackageOptions {
        now,
        mail_date: Local::now().fixed_offset(),
        unique: hex_random(),
        identity: identity.as_ref(),
    };
    let package = match melding_package(&d, &profile, set, &crate::lint::lint, &opts) {
        Ok(p) => p,
        Err(PackageError::NotReady(missing)) => {
            return Err(NotReady(missing.iter().map(Missing::describe_safely).collect()).into());
        }
        Err(e) => return Err(e.into()),
    };
    let detail = format!(
        "meldformulier pdf docx eml{}",
        if package.p7s.is_some() { " signed" } else { "" }
    );
    vault
        .record(AuditAction::Export, Some(id), &detail)
        .context("cannot record the export in the audit log; nothing was written")?;
    write_package(&args.out, &package)
}

/// 16 random bytes as hex, for the draft's `Message-ID` and MIME boundary.
fn hex_random() -> String {
    use std::fmt::Write as _;
    let bytes: [u8; 16] = rand::random();
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Writes every file of the package into `dir`, each atomically; all or none: when one
/// write fails, the files already written by this call are removed again.
pub fn write_package(dir: &Path, package: &Package) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = Vec::new();
    for file in package.files() {
        let path = dir.join(&file.name);
        if let Err(e) = super::export::write_atomic(&path, &file.bytes) {
            for p in &written {
                std::fs::remove_file(p).ok();
            }
            return Err(e).with_context(|| format!("cannot write {}", path.display()));
        }
        written.push(path);
    }
    Ok(written)
}

/// The document of `meldcode export` for a kind: the letters are built here (a refused
/// letter or an incomplete answer is a [`NotReady`]); every other kind by
/// [`report::build`]. `request` picks the information request (default: latest).
pub fn document(
    kind: DocumentKind,
    dossier: Option<&Dossier>,
    profile: &Profile,
    request: Option<u32>,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<Document> {
    let need = || dossier.context("--dossier is required for this kind");
    match kind {
        DocumentKind::BriefOuders => report::letters::brief_ouders(need()?, profile, now)
            .map_err(|r| NotReady(vec![r.to_string()]).into()),
        DocumentKind::VtAntwoord => {
            let d = need()?;
            let id = match request {
                Some(id) => id,
                None => report::vt_antwoord::latest_request(d)
                    .map(|r| r.id)
                    .context("the dossier has no request for information from Veilig Thuis")?,
            };
            let gaps = report::vt_antwoord::vt_antwoord_gaps(d, profile, id, &crate::lint::lint)
                .with_context(|| format!("no request for information with id {id}"))?;
            if !gaps.is_empty() {
                return Err(NotReady(gaps.iter().map(Missing::describe_safely).collect()).into());
            }
            report::vt_antwoord::vt_antwoord(d, profile, id, now)
                .with_context(|| format!("no request for information with id {id}"))
        }
        DocumentKind::Meldformulier => {
            bail!("the meldformulier is exported with `meldcode mail`, after its checks")
        }
        other => Ok(report::build(other, dossier, profile, now)?),
    }
}
