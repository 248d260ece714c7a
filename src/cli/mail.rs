//! `meldcode mail`: the melding package of a dossier (meldformulier PDF and DOCX, the
//! `.p7s` of the DOCX when signed, the `.eml` draft), written by
//! [`crate::ops::package`] with the same checks and audit entries as the window.
//!
//! Exit codes: 0 written; 1 the form is not complete (every gap is listed, nothing is
//! written); 2 usage or I/O error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use zeroize::Zeroizing;

use crate::form::{self, FormSet};
use crate::ops::identity::has_certificate;
use crate::ops::package::{PackageRequest, write_package};
use crate::ops::{FormSets, IdentitySource};

/// Arguments of `meldcode mail`.
#[derive(Debug, clap::Args)]
pub struct MailArgs {
    /// The vault to read (passphrase from `MELDCODE_PASSPHRASE`, else asked).
    #[arg(long)]
    pub vault: PathBuf,
    /// Dossier id or reference (`MD-2026-0001`).
    #[arg(long)]
    pub dossier: String,
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
    /// Take over a vault lock whose holder is gone.
    #[arg(long)]
    pub take_over_stale_lock: bool,
    /// Keep a hint of the writing check with a reason, as N:REASON: N is the hint's number
    /// in the list a refused `mail` prints. Repeat for several.
    #[arg(long = "keep-hint")]
    pub keep_hint: Vec<String>,
}

/// Runs `meldcode mail`.
pub fn run(args: &MailArgs) -> ExitCode {
    match mail(args) {
        Ok(written) => {
            for path in written {
                println!("{} {}", crate::texts::cli::WRITTEN_PREFIX, path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => super::fail(&e),
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
        bail!(crate::texts::cli::form_folder_errors(
            &dir.display().to_string(),
            diagnostics.len(),
            &first.to_string()
        ));
    }
    Ok(form::resolve(form::bundled(), &own))
}

/// The signing identity: `--cert`, else the vault's certificate when it has one, else none.
fn identity_source(
    session: &crate::ops::Session,
    cert: Option<&Path>,
) -> anyhow::Result<Option<IdentitySource>> {
    if let Some(path) = cert {
        let bytes = Zeroizing::new(std::fs::read(path).with_context(|| {
            format!(
                "{} {}",
                crate::texts::cli::CANNOT_READ_FILE_PREFIX,
                path.display()
            )
        })?);
        let password =
            super::sign::password(crate::texts::cli::PROMPT_CERTIFICATE_PASSWORD, false)?;
        return Ok(Some(IdentitySource::Pkcs12 { bytes, password }));
    }
    Ok(has_certificate(session).then_some(IdentitySource::Vault))
}

fn mail(args: &MailArgs) -> anyhow::Result<Vec<PathBuf>> {
    let forms = FormSets::from_sets(form_sets(args.forms.as_deref())?);
    let mut session = super::vault::session(&args.vault, args.take_over_stale_lock)?;
    let dossier = crate::ops::dossier::resolve_existing(&session, &args.dossier)?;
    let keeps = args
        .keep_hint
        .iter()
        .map(|k| {
            k.split_once(':')
                .and_then(|(n, r)| Some((n.trim().parse::<usize>().ok()?, r.to_owned())))
                .ok_or(crate::ops::OpsError::Refused(
                    crate::texts::messages::KEEP_HINT_ARGUMENT_FORMAT,
                ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if !keeps.is_empty() {
        crate::ops::case::keep_melding_hints(&mut session, &forms, dossier, &keeps)?;
    }
    let sign = identity_source(&session, args.cert.as_deref())?;
    let request = PackageRequest {
        dossier,
        dir: args.out.clone(),
        sign,
    };
    let (written, files) = write_package(&mut session, &forms, request)?;
    for warning in files.iter().filter_map(|f| f.warning.as_deref()) {
        eprintln!("{warning}");
    }
    Ok(written)
}
