//! `meldcode export …`: write a dossier, consultatie, inzage or protocol document as PDF
//! or DOCX, from a vault (recorded in its audit log) or from the embedded example; with
//! `--sign`, signed with the certificate kept in the vault.
//!
//! Nothing is written unless everything succeeded: the document (and its `.p7s`) go to
//! temporary files in the target folder, the audit entries are committed, and only then are
//! the files renamed into place. Exit codes: 0 written, 2 error (nothing written).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};
use chrono::{DateTime, Utc};
use tempfile::NamedTempFile;

use crate::domain::example;
use crate::export::sign::{SigningIdentity, VAULT_SECRET};
use crate::export::{self, Format as OutFormat};
use crate::report::{Document, DocumentKind};
use crate::storage::AuditAction;

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

impl From<Format> for OutFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Pdf => OutFormat::Pdf,
            Format::Docx => OutFormat::Docx,
        }
    }
}

/// Arguments of `meldcode export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The vault to read (passphrase from `MELDCODE_PASSPHRASE`, else asked).
    #[arg(long, conflicts_with = "example", required_unless_present = "example")]
    pub vault: Option<PathBuf>,
    /// Use the embedded example organisation and dossier instead of a vault.
    #[arg(long)]
    pub example: bool,
    /// Dossier id or reference (`MD-2026-0001`); not used for `--kind protocol`.
    #[arg(long)]
    pub dossier: Option<String>,
    /// Which document.
    #[arg(long, value_enum)]
    pub kind: Kind,
    /// Output format.
    #[arg(long, value_enum, default_value = "pdf")]
    pub format: Format,
    /// Output file. Replaced only when the export succeeded.
    #[arg(long)]
    pub out: PathBuf,
    /// Sign with the vault's certificate (`meldcode cert import|new --vault`): a PDF gets an
    /// embedded signature on its signature block, a DOCX a detached `OUT.p7s`.
    #[arg(long, conflicts_with = "example")]
    pub sign: bool,
    /// Place shown in the visible signature (default: the organisation's place).
    #[arg(long, requires = "sign")]
    pub place: Option<String>,
    /// Take over a vault lock whose holder is gone.
    #[arg(long)]
    pub take_over_stale_lock: bool,
    /// For `--kind vt-antwoord`: the request id (default: the latest request).
    #[arg(long)]
    pub request: Option<u32>,
}

/// Runs `meldcode export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    match export(args) {
        Ok(written) => {
            for path in written {
                eprintln!("written: {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => super::mail::report_error(&e),
    }
}

/// The report kind of a command-line kind.
pub fn kind_of(k: Kind) -> DocumentKind {
    match k {
        Kind::Dossier => DocumentKind::Dossier,
        Kind::Consultatie => DocumentKind::Consultatie,
        Kind::Inzage => DocumentKind::Inzage,
        Kind::Protocol => DocumentKind::Protocol,
        Kind::BriefOuders => DocumentKind::BriefOuders,
        Kind::VtAntwoord => DocumentKind::VtAntwoord,
    }
}

/// The files of one export, rendered and signed, not yet on disk.
struct Output {
    document: Vec<u8>,
    detached: Option<Vec<u8>>,
}

fn export(args: &ExportArgs) -> anyhow::Result<Vec<PathBuf>> {
    let now = Utc::now();
    let kind = kind_of(args.kind);
    let format = OutFormat::from(args.format);
    if kind.needs_dossier() && args.dossier.is_none() && !args.example {
        bail!("--dossier ID is required for --kind {}", kind.id());
    }
    check_target(&args.out)?;
    if args.example {
        let d = example::dossier();
        let doc = super::mail::document(kind, Some(&d), &example::profile(), args.request, now)?;
        let files = Staged::new(&args.out, export::render(&doc, format)?, None)?;
        return files.persist();
    }
    let Some(path) = &args.vault else {
        bail!("give --vault PATH or --example");
    };
    let mut vault = super::vault::open_path(path, args.take_over_stale_lock)?;
    super::vault::writable(&vault)
        .context("the export must be recorded in the audit log, which needs write access")?;
    let profile = vault.profile().clone();
    let (id, dossier) = match (kind.needs_dossier(), args.dossier.as_deref()) {
        (true, Some(given)) => {
            let id = super::vault::resolve_existing(&vault, given)?;
            let d = vault
                .load_dossier(id)
                .map_err(|e| super::vault::vault_error(e, path))?;
            (Some(id), Some(d))
        }
        _ => (None, None),
    };
    let identity = if args.sign {
        Some(vault_identity(&vault)?)
    } else {
        None
    };
    let place = args
        .place
        .clone()
        .unwrap_or_else(|| profile.organisation.place.clone());
    let doc = super::mail::document(kind, dossier.as_ref(), &profile, args.request, now)?;
    let out = render(&doc, format, identity.as_ref(), &place, now)?;
    let staged = Staged::new(&args.out, out.document, out.detached)?;
    let detail = format!("{} {}", kind.id(), format.extension());
    vault
        .record(AuditAction::Export, id, &detail)
        .map_err(|e| super::vault::vault_error(e, path))
        .context("cannot record the export in the audit log; nothing was written")?;
    if let Some(identity) = &identity {
        let detail = format!("{detail} certificate {}", identity.fingerprint());
        vault
            .record(AuditAction::Sign, id, &detail)
            .map_err(|e| super::vault::vault_error(e, path))
            .context("cannot record the signature in the audit log; nothing was written")?;
    }
    staged.persist()
}

/// Renders and (with an identity) signs a document.
fn render(
    doc: &Document,
    format: OutFormat,
    identity: Option<&SigningIdentity>,
    place: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Output> {
    Ok(match identity {
        Some(identity) => {
            let place = Some(place).filter(|p| !p.trim().is_empty());
            let signed = export::sign_export(doc, format, identity, now, place)?;
            Output {
                document: signed.document,
                detached: signed.detached,
            }
        }
        None => Output {
            document: export::render(doc, format)?,
            detached: None,
        },
    })
}

/// The signing identity stored in the vault.
pub(crate) fn vault_identity(vault: &crate::storage::Vault) -> anyhow::Result<SigningIdentity> {
    let bytes = vault
        .secret(VAULT_SECRET)
        .map_err(|e| super::vault::vault_error(e, vault.path()))?
        .ok_or_else(|| {
            anyhow!(
                "this vault has no signing certificate; add one with `meldcode cert import \
                 --vault PATH FILE.p12` or `meldcode cert new --vault PATH ...`"
            )
        })?;
    let bytes = zeroize::Zeroizing::new(bytes);
    SigningIdentity::from_store_bytes(&bytes).context("cannot use the vault's signing certificate")
}

/// Refuses an output path whose folder is missing or that is a folder, before any work.
fn check_target(out: &Path) -> anyhow::Result<()> {
    if out.is_dir() {
        bail!("--out {} is a folder; give a file name", out.display());
    }
    let dir = parent(out);
    if !dir.is_dir() {
        bail!("the folder {} does not exist", dir.display());
    }
    Ok(())
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `FILE` + `.p7s`.
fn p7s_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".p7s");
    PathBuf::from(name)
}

/// Output written to temporary files beside their targets and flushed to disk; dropped
/// without [`Staged::persist`], they are deleted.
struct Staged {
    files: Vec<(NamedTempFile, PathBuf)>,
}

impl Staged {
    fn new(out: &Path, document: Vec<u8>, detached: Option<Vec<u8>>) -> anyhow::Result<Self> {
        let mut files = vec![(temp_with(out, &document)?, out.to_owned())];
        if let Some(sig) = detached {
            let p7s = p7s_path(out);
            files.push((temp_with(&p7s, &sig)?, p7s));
        }
        Ok(Self { files })
    }

    /// Renames every file into place; returns the paths written.
    fn persist(self) -> anyhow::Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        for (tmp, path) in self.files {
            tmp.persist(&path)
                .map_err(|e| anyhow!(e.error))
                .with_context(|| format!("cannot write {}", path.display()))?;
            written.push(path);
        }
        if let Some(first) = written.first()
            && let Ok(d) = std::fs::File::open(parent(first))
        {
            // Make the renames durable where the platform allows syncing a folder.
            d.sync_all().ok();
        }
        Ok(written)
    }
}

fn temp_with(target: &Path, bytes: &[u8]) -> anyhow::Result<NamedTempFile> {
    let dir = parent(target);
    let mut tmp = NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", target.display()))?;
    Ok(tmp)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to
/// disk, renamed over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = parent(path);
    let mut tmp = NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    if let Ok(d) = std::fs::File::open(dir) {
        d.sync_all().ok();
    }
    Ok(())
}
