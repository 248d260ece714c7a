//! The melding package (meldformulier PDF and DOCX, the `.p7s` of a signed DOCX, the `.eml`
//! draft): the same phases and the same audit entries as one document
//! ([`super::export`]): `Export` with `meldformulier pdf docx eml`, and when signed `Sign`
//! with the certificate's fingerprint.

use std::path::PathBuf;

use chrono::{DateTime, Local, Utc};

use super::export::{
    AuditPlan, Rendered, Signer, WrittenFile, melding_gaps, signer, status_of_detached,
    status_of_pdf,
};
use super::files::Staged;
use super::forms::FormSets;
use super::identity::IdentitySource;
use super::{OpsError, Session};
use crate::domain::{Dossier, DossierId, Profile};
use crate::export::package::{PackageError, PackageOptions, melding_package};
use crate::form::FormSet;
use crate::report::melding_check::Missing;
use crate::texts;

/// What to write.
#[derive(Debug, Clone)]
pub struct PackageRequest {
    /// The dossier.
    pub dossier: DossierId,
    /// The folder to write to (created when missing).
    pub dir: PathBuf,
    /// Sign, and with what; `None` leaves the files unsigned.
    pub sign: Option<IdentitySource>,
}

/// A ready melding with who signs: to render on any thread.
pub struct PackagePlan {
    dossier: Dossier,
    profile: Profile,
    set: FormSet,
    dir: PathBuf,
    signer: Option<Signer>,
    now: DateTime<Utc>,
    audit: AuditPlan,
}

impl std::fmt::Debug for PackagePlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackagePlan")
            .field("dir", &self.dir)
            .field("audit", &self.audit)
            .finish_non_exhaustive()
    }
}

/// Plans the package: loads the dossier, checks the melding is ready (every gap listed),
/// finds the signing identity. Nothing is written or audited yet.
pub fn plan_package(
    session: &mut Session,
    forms: &FormSets,
    req: PackageRequest,
) -> Result<PackagePlan, OpsError> {
    session.store.writable()?;
    let set = forms
        .meldformulier_set()
        .ok_or(OpsError::Refused(texts::messages::MELDFORMULIER_NOT_FOUND))?
        .clone();
    let dossier = session.store.load(req.dossier)?;
    let profile = session.profile().clone();
    let gaps = melding_gaps(&profile, forms, &dossier);
    if !gaps.is_empty() {
        return Err(OpsError::NotReady(gaps));
    }
    let signer = signer(session, req.sign.as_ref(), None)?;
    let audit = AuditPlan {
        dossier: Some(dossier.id),
        detail: "meldformulier pdf docx eml".to_owned(),
        signed_with: signer.as_ref().map(|s| s.identity.fingerprint()),
        timestamp: crate::export::Timestamped::NotAsked,
    };
    Ok(PackagePlan {
        dossier,
        profile,
        set,
        dir: req.dir,
        signer,
        now: session.now(),
        audit,
    })
}

impl PackagePlan {
    /// Builds, signs and stages every file of the package.
    pub fn render(mut self) -> Result<Rendered, OpsError> {
        std::fs::create_dir_all(&self.dir).map_err(OpsError::file(&self.dir))?;
        let opts = PackageOptions {
            now: self.now,
            mail_date: self.now.with_timezone(&Local).fixed_offset(),
            unique: unique_part(self.now),
            signing: self.signer.as_ref().map(|s| s.signing(self.now)),
        };
        let pkg = match melding_package(
            &self.dossier,
            &self.profile,
            &self.set,
            &crate::lint::lint,
            &opts,
        ) {
            Ok(p) => p,
            Err(PackageError::NotReady(missing)) => {
                return Err(OpsError::NotReady(
                    missing.iter().map(Missing::describe_safely).collect(),
                ));
            }
            Err(PackageError::NoForm(_)) => {
                return Err(OpsError::Refused(texts::messages::MELDFORMULIER_NOT_FOUND));
            }
            Err(PackageError::Export(e)) => return Err(e.into()),
            Err(PackageError::Sign(e)) => return Err(e.into()),
        };
        let files: Vec<(PathBuf, Vec<u8>)> = pkg
            .files()
            .into_iter()
            .map(|f| (self.dir.join(&f.name), f.bytes.clone()))
            .collect();
        let docx_status = match &pkg.p7s {
            Some(sig) => status_of_detached(&pkg.docx.bytes, &sig.bytes),
            None => super::export::SignatureStatus::Unsigned,
        };
        let eml = self.dir.join(&pkg.eml.name);
        let service = self
            .signer
            .as_ref()
            .and_then(|s| s.timestamp_service.clone());
        let warning = super::export::timestamp_warning(service.as_deref(), &pkg.timestamp);
        self.audit.timestamp = pkg.timestamp.clone();
        let checked = vec![
            WrittenFile {
                path: self.dir.join(&pkg.pdf.name),
                signature: status_of_pdf(&pkg.pdf.bytes),
                warning,
            },
            WrittenFile {
                path: self.dir.join(&pkg.docx.name),
                signature: docx_status,
                warning: None,
            },
            WrittenFile {
                path: eml.clone(),
                signature: super::export::SignatureStatus::Unsigned,
                warning: None,
            },
        ];
        Ok(Rendered::new(
            Staged::new(&files)?,
            self.audit,
            checked,
            Some(eml),
        ))
    }
}

/// Plans, renders and commits the package: what the command line does in one go.
pub fn write_package(
    session: &mut Session,
    forms: &FormSets,
    req: PackageRequest,
) -> Result<(Vec<PathBuf>, Vec<WrittenFile>), OpsError> {
    let rendered = plan_package(session, forms, req)?.render()?;
    let paths = rendered.paths();
    Ok((paths, super::export::commit(session, rendered)?))
}

/// A unique part for the draft's `Message-ID` and MIME boundary: the time and random
/// bytes, no content.
fn unique_part(now: DateTime<Utc>) -> String {
    use std::fmt::Write as _;
    let bytes: [u8; 8] = rand::random();
    bytes
        .iter()
        .fold(format!("{}.", now.timestamp()), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}
