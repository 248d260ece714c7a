//! `meldcode export …`: write a dossier, consultatie, inzage or protocol document as PDF
//! or DOCX, from a vault or from the embedded example.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use chrono::Utc;

use crate::domain::{Dossier, Profile, example};
use crate::export::{DocxOptions, PdfOptions};
use crate::form::FormSet;
use crate::report::{self, Document, DocumentKind};

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// The full dossier.
    Dossier,
    /// The anonymised summary for collegial consultation.
    Consultatie,
    /// The client's copy (AVG art. 15).
    Inzage,
    /// The organisation's meldcode protocol.
    Protocol,
    /// The plain-Dutch letter to the parents after a melding (refused under an exception).
    BriefOuders,
    /// The answer to a request for information from Veilig Thuis (`--request`, default
    /// the latest).
    VtAntwoord,
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// PDF with embedded, subset fonts.
    Pdf,
    /// Word document.
    Docx,
}

/// Arguments of `meldcode export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The vault to read (passphrase from `MELDCODE_PASSPHRASE`).
    #[arg(long, conflicts_with = "example", required_unless_present = "example")]
    pub vault: Option<PathBuf>,
    /// Use the embedded example organisation and dossier instead of a vault.
    #[arg(long)]
    pub example: bool,
    /// Dossier id (not needed for `--kind protocol` or with `--example`).
    #[arg(long)]
    pub dossier: Option<u64>,
    /// Which document.
    #[arg(long, value_enum)]
    pub kind: Kind,
    /// Output format.
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: Format,
    /// Output file; written atomically.
    #[arg(long)]
    pub out: PathBuf,
    /// For `--kind vt-antwoord`: the request id (default: the latest request).
    #[arg(long)]
    pub request: Option<u32>,
}

/// Runs `meldcode export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    match export(args) {
        Ok(path) => {
            eprintln!("written: {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => super::mail::report_error(&e),
    }
}

fn kind_of(k: Kind) -> DocumentKind {
    match k {
        Kind::Dossier => DocumentKind::Dossier,
        Kind::Consultatie => DocumentKind::Consultatie,
        Kind::Inzage => DocumentKind::Inzage,
        Kind::Protocol => DocumentKind::Protocol,
        Kind::BriefOuders => DocumentKind::BriefOuders,
        Kind::VtAntwoord => DocumentKind::VtAntwoord,
    }
}

/// An empty protocol form set: the builder then prints the sector text and the answers.
fn protocol_forms() -> FormSet {
    FormSet {
        id: "protocol".to_owned(),
        title: "Protocol".to_owned(),
        sector: String::new(),
        description: String::new(),
        source: String::new(),
        forms: Vec::new(),
        tree: None,
        choices: BTreeMap::new(),
    }
}

/// Builds the requested document.
pub fn build(
    kind: DocumentKind,
    dossier: Option<&Dossier>,
    profile: &Profile,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<Document> {
    let need = || dossier.context("--dossier is required for this kind");
    Ok(match kind {
        DocumentKind::Protocol => report::protocol(profile, &protocol_forms(), now),
        DocumentKind::Dossier => report::dossier(need()?, profile, now),
        DocumentKind::Consultatie => report::consultatie(need()?, profile, now),
        DocumentKind::Inzage => report::inzage(need()?, profile, now),
        other => return super::mail::document(other, dossier, profile, None, now),
    })
}

/// Renders a document in a format.
pub fn render(
    doc: &Document,
    format: Format,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        Format::Pdf => crate::export::pdf(doc, &PdfOptions::new(now))?,
        Format::Docx => crate::export::docx(doc, &DocxOptions::new(now))?,
    })
}

fn export(args: &ExportArgs) -> anyhow::Result<PathBuf> {
    let now = Utc::now();
    let kind = kind_of(args.kind);
    let bytes = if args.example {
        let d = example::dossier();
        let doc = super::mail::document(kind, Some(&d), &example::profile(), args.request, now)?;
        render(&doc, args.format, now)?
    } else {
        let Some(vault) = &args.vault else {
            bail!("give --vault PATH or --example");
        };
        from_vault(vault, args, kind, now)?
    };
    write_atomic(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    Ok(args.out.clone())
}

fn from_vault(
    path: &Path,
    args: &ExportArgs,
    kind: DocumentKind,
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<Vec<u8>> {
    use crate::domain::DossierId;
    use crate::storage::{AuditAction, OpenOptions, Vault};

    let pass = match std::env::var("MELDCODE_PASSPHRASE") {
        Ok(p) => zeroize::Zeroizing::new(p),
        Err(_) => zeroize::Zeroizing::new(
            rpassword::prompt_password("Passphrase: ").context("cannot read the passphrase")?,
        ),
    };
    let mut vault = Vault::open(path, &pass, &OpenOptions::default())
        .with_context(|| format!("cannot open the vault {}", path.display()))?;
    let profile = vault.profile().clone();
    let id = match (kind, args.dossier) {
        (DocumentKind::Protocol, _) => None,
        (_, Some(id)) => Some(DossierId(id)),
        (_, None) => bail!("--dossier ID is required for --kind {}", kind.id()),
    };
    let dossier = match id {
        Some(id) => Some(
            vault
                .load_dossier(id)
                .with_context(|| format!("cannot load dossier {}", id.0))?,
        ),
        None => None,
    };
    let doc = super::mail::document(kind, dossier.as_ref(), &profile, args.request, now)?;
    let bytes = render(&doc, args.format, now)?;
    let detail = format!(
        "{} {}",
        kind.id(),
        match args.format {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    );
    vault
        .record(AuditAction::Export, id, &detail)
        .context("cannot record the export in the audit log; nothing was written")?;
    Ok(bytes)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, fsync,
/// rename over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(&dir) {
        // Make the rename durable where the platform allows syncing a directory.
        d.sync_all().ok();
    }
    Ok(())
}
