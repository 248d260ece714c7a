//! [`Store`]: where the dossiers live, the vault or the in-memory example, behind one narrow
//! interface (open, load, commit a change, list, audit, lock) so no caller branches on which.

use chrono::{DateTime, Datelike as _, Utc};

use super::OpsError;
use crate::domain::{Actor, Change, Dossier, DossierId, Profile, example};
use crate::storage::{AuditAction, AuditEntry, DossierSummary, Vault};

/// The embedded example, held in memory: changes are never saved and nothing is audited.
#[derive(Debug, Clone)]
pub struct Example {
    profile: Profile,
    dossiers: Vec<Dossier>,
    changed: bool,
}

/// Where the dossiers live.
#[derive(Debug)]
pub enum Store {
    /// An open vault file.
    Vault(Box<Vault>),
    /// The embedded example.
    Example(Box<Example>),
}

impl Store {
    /// The embedded example organisation and dossier.
    pub fn example() -> Self {
        Store::Example(Box::new(Example {
            profile: example::profile(),
            dossiers: vec![example::dossier()],
            changed: false,
        }))
    }

    /// An empty in-memory store: what a locked window holds, so nothing of a vault stays in
    /// memory.
    pub fn empty() -> Self {
        Store::Example(Box::new(Example {
            profile: example::profile(),
            dossiers: Vec::new(),
            changed: false,
        }))
    }

    /// Whether this is the example.
    pub fn is_example(&self) -> bool {
        matches!(self, Store::Example(_))
    }

    /// Whether the example was changed in memory (never for a vault).
    pub fn example_changed(&self) -> bool {
        matches!(self, Store::Example(e) if e.changed)
    }

    /// The vault, when one is open.
    pub fn vault(&self) -> Option<&Vault> {
        match self {
            Store::Vault(v) => Some(v),
            Store::Example(_) => None,
        }
    }

    /// The vault, when one is open, for vault-only maintenance (check, passphrase, purge).
    pub fn vault_mut(&mut self) -> Option<&mut Vault> {
        match self {
            Store::Vault(v) => Some(v),
            Store::Example(_) => None,
        }
    }

    /// The user and the organisation.
    pub fn profile(&self) -> &Profile {
        match self {
            Store::Vault(v) => v.profile(),
            Store::Example(e) => &e.profile,
        }
    }

    /// Saves the user and the organisation.
    pub fn save_profile(&mut self, p: &Profile) -> Result<(), OpsError> {
        match self {
            Store::Vault(v) => Ok(v.save_profile(p)?),
            Store::Example(e) => {
                e.profile = p.clone();
                e.changed = true;
                Ok(())
            }
        }
    }

    /// The dossier list; no dossier is decrypted for it.
    pub fn list(&self) -> Result<Vec<DossierSummary>, OpsError> {
        match self {
            Store::Vault(v) => Ok(v.list_dossiers()?),
            Store::Example(e) => Ok(e.dossiers.iter().map(DossierSummary::of).collect()),
        }
    }

    /// One dossier (audit: read). Answers that older forms kept a second time are moved
    /// into their records first (one record per fact), and saved so when the vault is
    /// writable; the old answers stay in the dossier's history.
    pub fn load(&mut self, id: DossierId) -> Result<Dossier, OpsError> {
        match self {
            Store::Vault(v) => {
                let mut d = v.load_dossier(id)?;
                if !crate::domain::migrate_duplicates(&mut d).is_empty()
                    && v.lock_holder().is_none()
                    && !v.is_read_only()
                {
                    v.save_dossier(&d)?;
                }
                Ok(d)
            }
            Store::Example(e) => e
                .dossiers
                .iter()
                .find(|d| d.id == id)
                .cloned()
                .ok_or_else(|| OpsError::NoDossier(id.0.to_string())),
        }
    }

    /// Creates an empty dossier with the next id and a neutral reference
    /// (`MD-<year of at>-<nnnn>`).
    pub fn create_dossier(
        &mut self,
        form_set: &str,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> Result<Dossier, OpsError> {
        match self {
            Store::Vault(v) => Ok(v.create_dossier(form_set, at)?),
            Store::Example(e) => {
                let next = e.dossiers.iter().map(|d| d.id.0).max().unwrap_or(0) + 1;
                let reference = format!("MD-{}-{next:04}", at.year());
                let d = Dossier::new(DossierId(next), &reference, form_set, by.clone(), at);
                e.dossiers.push(d.clone());
                e.changed = true;
                Ok(d)
            }
        }
    }

    /// Applies one change atomically and returns the dossier as it is now. A refused change
    /// leaves the dossier as it was.
    pub fn apply(
        &mut self,
        id: DossierId,
        change: Change,
        by: &Actor,
        at: DateTime<Utc>,
    ) -> Result<Dossier, OpsError> {
        match self {
            Store::Vault(v) => Ok(v.apply(id, change, at)?),
            Store::Example(e) => {
                let d = e
                    .dossiers
                    .iter_mut()
                    .find(|d| d.id == id)
                    .ok_or_else(|| OpsError::NoDossier(id.0.to_string()))?;
                d.apply(change, by, at)?;
                e.changed = true;
                Ok(d.clone())
            }
        }
    }

    /// Replaces a whole dossier (the demo's copy of the example).
    pub fn save_dossier(&mut self, d: &Dossier) -> Result<(), OpsError> {
        match self {
            Store::Vault(v) => Ok(v.save_dossier(d)?),
            Store::Example(e) => {
                match e.dossiers.iter_mut().find(|x| x.id == d.id) {
                    Some(slot) => *slot = d.clone(),
                    None => e.dossiers.push(d.clone()),
                }
                e.changed = true;
                Ok(())
            }
        }
    }

    /// Records an event in the audit log; the example has none.
    pub fn record(
        &mut self,
        action: AuditAction,
        dossier: Option<DossierId>,
        detail: &str,
    ) -> Result<(), OpsError> {
        match self {
            Store::Vault(v) => Ok(v.record(action, dossier, detail)?),
            Store::Example(_) => Ok(()),
        }
    }

    /// The audit log, optionally about one dossier; empty for the example.
    pub fn audit_log(&mut self, dossier: Option<DossierId>) -> Result<Vec<AuditEntry>, OpsError> {
        match self {
            Store::Vault(v) => Ok(v.audit_log(dossier)?),
            Store::Example(_) => Ok(Vec::new()),
        }
    }

    /// A named secret (the signing certificate); the example has none.
    pub fn secret(&self, name: &str) -> Result<Option<Vec<u8>>, OpsError> {
        match self {
            Store::Vault(v) => Ok(v.secret(name)?),
            Store::Example(_) => Ok(None),
        }
    }

    /// Keeps a named secret; refused for the example.
    pub fn put_secret(&mut self, name: &str, bytes: &[u8]) -> Result<(), OpsError> {
        match self {
            Store::Vault(v) => Ok(v.put_secret(name, bytes)?),
            Store::Example(_) => Err(OpsError::Refused(
                crate::texts::messages::SIGNING_NOT_IN_EXAMPLE,
            )),
        }
    }

    /// Who holds the lock when the vault is open read-only.
    pub fn read_only_holder(&self) -> Option<String> {
        let v = self.vault()?;
        v.is_read_only()
            .then(|| v.lock_holder().map(|h| h.user.clone()).unwrap_or_default())
    }

    /// Refuses when someone else holds the vault's lock: changes and audited exports need it.
    pub fn writable(&self) -> Result<(), OpsError> {
        if let Some(v) = self.vault()
            && let Some(h) = v.lock_holder()
        {
            return Err(OpsError::ReadOnly {
                holder: h.clone(),
                stale: v.lock_is_stale(),
            });
        }
        Ok(())
    }

    /// Tells the vault's lock this session still holds it.
    pub fn heartbeat(&mut self) -> Result<(), OpsError> {
        match self {
            Store::Vault(v) => Ok(v.heartbeat()?),
            Store::Example(_) => Ok(()),
        }
    }
}
