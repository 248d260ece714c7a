//! `meldcode export …`: write a dossier, consultatie, inzage, protocol, letter or answer to
//! Veilig Thuis as PDF or DOCX, from a vault (recorded in its audit log) or from the
//! embedded example; with `--sign`, signed with the certificate kept in the vault.
//!
//! The export itself is [`crate::ops::export`]: nothing is written unless everything
//! succeeded. Exit codes: 0 written, 1 not ready (every gap listed), 2 error (nothing
//! written).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser as _};

use crate::ops::export::{self, Confirmations, ExportRequest};
use crate::ops::{DocumentKind, FormSets, Format, IdentitySource, Session, system_clock};

/// The kinds `meldcode export` writes (the meldformulier goes with `meldcode mail`).
const KINDS: [&str; 6] = [
    "dossier",
    "consultatie",
    "inzage",
    "protocol",
    "brief-ouders",
    "vt-antwoord",
];

fn kind_parser() -> impl clap::builder::TypedValueParser<Value = DocumentKind> {
    PossibleValuesParser::new(KINDS)
        .map(|s| DocumentKind::from_id(&s).unwrap_or(DocumentKind::Dossier))
}

fn format_parser() -> impl clap::builder::TypedValueParser<Value = Format> {
    PossibleValuesParser::new(["pdf", "docx"])
        .map(|s| Format::from_extension(&s).unwrap_or(Format::Pdf))
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
    /// Which document: dossier, consultatie (anonymised), inzage (AVG art. 15), protocol,
    /// brief-ouders (refused under an exception), vt-antwoord (`--request`, default the
    /// latest).
    #[arg(long, value_parser = kind_parser())]
    pub kind: DocumentKind,
    /// Output format.
    #[arg(long, value_parser = format_parser(), default_value = "pdf")]
    pub format: Format,
    /// Output file. Replaced only when the export succeeded.
    #[arg(long)]
    pub out: PathBuf,
    /// Sign with the vault's certificate (`meldcode cert import|new --vault`): a PDF gets an
    /// embedded signature on its last signature block, a DOCX a detached `OUT.p7s`.
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
    /// For `--kind brief-ouders`: put signal N (numbered by date, as `dossier show` and the
    /// dossier document number them) in the letter, also one the child told (those are
    /// left out unless named here); repeatable or `1,3`.
    #[arg(long = "met-signaal", value_name = "N", value_delimiter = ',')]
    pub with_signals: Vec<u32>,
    /// For `--kind brief-ouders`: leave signal N out of the letter; repeatable or `2,4`.
    #[arg(long = "zonder-signaal", value_name = "N", value_delimiter = ',')]
    pub without_signals: Vec<u32>,
    /// For `--kind consultatie`: a doubtful word that is a name (it is replaced); repeatable.
    #[arg(long = "confirm-name", value_name = "WORD")]
    pub confirm_names: Vec<String>,
    /// For `--kind consultatie`: a doubtful word that is an ordinary word (it stays);
    /// repeatable.
    #[arg(long = "confirm-word", value_name = "WORD")]
    pub confirm_words: Vec<String>,
}

/// Runs `meldcode export`.
pub fn run(args: &ExportArgs) -> ExitCode {
    match export(args) {
        Ok(written) => {
            for path in written {
                eprintln!("{} {}", crate::texts::cli::WRITTEN_PREFIX, path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => super::fail(&e),
    }
}

fn export(args: &ExportArgs) -> anyhow::Result<Vec<PathBuf>> {
    if args.kind.needs_dossier() && args.dossier.is_none() && !args.example {
        anyhow::bail!(crate::texts::cli::dossier_required_for_kind(args.kind.id()));
    }
    let mut session = match &args.vault {
        Some(path) if !args.example => super::vault::session(path, args.take_over_stale_lock)?,
        _ => Session::example(system_clock()),
    };
    let dossier = match (&args.dossier, args.kind.needs_dossier()) {
        (Some(given), true) => Some(crate::ops::dossier::resolve_existing(&session, given)?),
        (None, true) => crate::ops::dossier::list(&session)?.first().map(|s| s.id),
        (_, false) => None,
    };
    let chosen = !args.with_signals.is_empty() || !args.without_signals.is_empty();
    let letter = match (args.kind, dossier) {
        (DocumentKind::BriefOuders, Some(id)) if chosen => export::letter_choice_by_numbers(
            &mut session,
            id,
            &args.with_signals,
            &args.without_signals,
        )?,
        _ if chosen => {
            anyhow::bail!(crate::texts::cli::LETTER_CHOICES_ONLY_FOR_LETTER)
        }
        _ => export::LetterChoice::new(),
    };
    let request = ExportRequest {
        kind: args.kind,
        dossier,
        format: args.format,
        sign: args.sign.then_some(IdentitySource::Vault),
        place: args.place.clone(),
        request: args.request,
        out: args.out.clone(),
        letter,
    };
    let conf = Confirmations {
        names: args.confirm_names.iter().cloned().collect(),
        words: args.confirm_words.iter().cloned().collect(),
    };
    if let (DocumentKind::Consultatie, Some(id)) = (args.kind, dossier) {
        let found = export::consultatie_findings(&mut session, id, &conf)?;
        if !found.replaced.is_empty() {
            eprintln!("{}", crate::texts::messages::ANONYMISATION_REPLACED_HEADING);
            for r in &found.replaced {
                eprintln!("  {} → {}", r.word, r.replacement);
            }
        }
        if !found.doubtful.is_empty() {
            eprintln!("{}", crate::texts::messages::ANONYMISATION_DOUBTFUL_HEADING);
            for w in &found.doubtful {
                eprintln!("  {w}");
            }
            eprintln!("{}", crate::texts::messages::ANONYMISATION_CONFIRM_HINT);
        }
    }
    let (written, files) =
        export::export_document_confirmed(&mut session, &FormSets::bundled(), request, &conf)?;
    for warning in files.iter().filter_map(|f| f.warning.as_deref()) {
        eprintln!("{warning}");
    }
    Ok(written)
}
