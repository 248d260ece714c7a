//! The vault: one SQLite file (rollback journal, `synchronous=FULL`), every record
//! encrypted, every access in the audit log. The file layout is in [`super::schema`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Datelike as _, Months, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

use super::audit::{self, AuditAction, AuditEntry};
use super::backup;
use super::crypto::{self, DataKey, KdfParams};
use super::error::{VaultError, from_io};
use super::lock::{self, Acquired, HeldLock, LockInfo};
use super::schema::{
    FORMAT, SCHEMA, TABLES, as_i64, check_file_header, connect, get_record, header_get,
    header_need, header_set, header_sum, put_dossier, put_record, read_dossier, read_key_header,
    read_profile, summary_id, to_json,
};
use crate::domain::{
    Actor, AfspraakStatus, Change, Dossier, DossierId, Profile, Status, Step, StepStatus,
};

/// The vault format this program writes; a higher number in a file means "too new".
pub const SCHEMA_VERSION: u32 = 1;
/// Take a new backup when the newest is older than this.
const BACKUP_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// How to open or create a vault.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Who is working (recorded in the audit log and the lock). An empty name means
    /// the user stored in the vault's profile.
    pub actor: Actor,
    /// This computer's name (audit log, lock).
    pub workstation: String,
    /// Take over a lock whose holder looks dead (ask the user first).
    pub take_over_stale_lock: bool,
    /// How many backups to keep.
    pub backups_to_keep: usize,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            actor: Actor::default(),
            workstation: workstation_name(),
            take_over_stale_lock: false,
            backups_to_keep: 10,
        }
    }
}

/// This computer's name from the environment, or "onbekend".
pub fn workstation_name() -> String {
    ["COMPUTERNAME", "HOSTNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        })
        .unwrap_or_else(|| "onbekend".to_owned())
}

/// What a dossier list shows; decrypted without decrypting the dossier itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DossierSummary {
    /// Id.
    pub id: DossierId,
    /// Neutral reference (`MD-2026-0001`).
    pub reference: String,
    /// Neutral title.
    pub title: String,
    /// Open or closed.
    pub status: Status,
    /// The step to work on.
    pub current_step: Step,
    /// Time of the last change.
    pub updated_at: DateTime<Utc>,
    /// Whether the current step is completed.
    #[serde(default)]
    pub step_done: bool,
    /// Whether a stap 5 decision is recorded.
    #[serde(default)]
    pub decided: bool,
    /// Agreements (afspraken) not yet checked: id and due date, so the list can show what is
    /// due or overdue without decrypting (and auditing a read of) every dossier.
    #[serde(default)]
    pub afspraken_due: Vec<(u32, NaiveDate)>,
    /// The date a skipped conversation is to be caught up, while stap 3 is open.
    #[serde(default)]
    pub catch_up_on: Option<NaiveDate>,
}

impl DossierSummary {
    pub(crate) fn of(d: &Dossier) -> Self {
        Self {
            id: d.id,
            reference: d.reference.clone(),
            title: d.title.clone(),
            status: d.status.clone(),
            current_step: d.current_step(),
            updated_at: d
                .history
                .last()
                .map_or(d.created_at, |h| h.at.max(d.created_at)),
            step_done: d.step(d.current_step()).status == StepStatus::Afgerond,
            decided: !d.decisions.is_empty(),
            afspraken_due: d
                .afspraken
                .iter()
                .filter(|a| a.status == AfspraakStatus::Lopend)
                .map(|a| (a.id, a.due))
                .collect(),
            catch_up_on: d
                .conversation_skipped
                .as_ref()
                .filter(|_| d.step(Step::Gesprek).status != StepStatus::Afgerond)
                .and_then(|c| c.catch_up_on),
        }
    }
}

/// The outcome of [`Vault::check`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    /// Everything found wrong (ids, never content). Empty when sound.
    pub problems: Vec<String>,
    /// Dossiers that decrypted and parsed.
    pub dossiers: usize,
    /// Audit entries verified.
    pub audit_entries: usize,
    /// Whether the passphrase key uses less than the product's Argon2 floor.
    pub weak_kdf: bool,
}

impl CheckReport {
    /// Whether nothing was found wrong.
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

/// An open vault. Holds the data key (zeroised on drop) and, unless read-only, the lock.
pub struct Vault {
    conn: Connection,
    path: PathBuf,
    key: DataKey,
    opts: OpenOptions,
    profile: Profile,
    lock: Option<HeldLock>,
    holder: Option<(LockInfo, bool)>,
    seen_counter: u64,
    revisions: HashMap<DossierId, i64>,
    last_backup: Option<DateTime<Utc>>,
    backup_problem: Option<String>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.path)
            .field("read_only", &self.is_read_only())
            .finish_non_exhaustive()
    }
}

enum Unlock<'a> {
    Passphrase(&'a str),
    Key(DataKey),
}

impl Vault {
    /// Creates a new vault at `path` with an Argon2 cost calibrated to about half a second
    /// on this machine (never below [`KdfParams::FLOOR`]). Fails if the file exists.
    pub fn create(
        path: &Path,
        passphrase: &str,
        profile: &Profile,
        opts: &OpenOptions,
    ) -> Result<Vault, VaultError> {
        let kdf = KdfParams::calibrate(Duration::from_millis(500));
        Vault::create_with_kdf(path, passphrase, profile, opts, kdf)
    }

    /// Creates a vault with explicit Argon2 parameters. For tests and benchmarks (with
    /// [`KdfParams::INSECURE_TEST`]); the product calls [`Vault::create`].
    pub fn create_with_kdf(
        path: &Path,
        passphrase: &str,
        profile: &Profile,
        opts: &OpenOptions,
        kdf: KdfParams,
    ) -> Result<Vault, VaultError> {
        if path.exists() {
            return Err(VaultError::AlreadyExists(path.to_owned()));
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        // Build the vault under a temporary name and rename it into place, so a crash
        // never leaves a half-made vault under the real name.
        let tmp = tempfile::Builder::new()
            .prefix(".vault-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(from_io)?
            .into_temp_path();
        let key = DataKey::generate();
        {
            let mut conn = connect(
                &tmp,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            )?;
            let salt = crypto::random_bytes::<16>();
            let kek = crypto::derive_kek(passphrase.as_bytes(), &salt, kdf).map_err(|e| {
                VaultError::Storage {
                    detail: format!("key derivation: {e}"),
                }
            })?;
            let wrapped = crypto::wrap(&kek, &key);
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(SCHEMA)?;
            header_set(&tx, "format", &FORMAT)?;
            header_set(&tx, "schema_version", &SCHEMA_VERSION)?;
            header_set(&tx, "kdf_m_kib", &kdf.m_cost_kib)?;
            header_set(&tx, "kdf_t", &kdf.t_cost)?;
            header_set(&tx, "kdf_p", &kdf.p_cost)?;
            header_set(&tx, "salt", &salt.to_vec())?;
            header_set(&tx, "wrapped_key", &wrapped)?;
            header_set(
                &tx,
                "header_sum",
                &header_sum(SCHEMA_VERSION, kdf, &salt, &wrapped),
            )?;
            header_set(&tx, "change_counter", &0i64)?;
            header_set(&tx, "next_dossier", &1i64)?;
            put_record(&tx, &key, "profile", &to_json(profile)?)?;
            tx.commit()?;
        }
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(from_io)?;
        tmp.persist_noclobber(path)
            .map_err(|e| match e.error.kind() {
                std::io::ErrorKind::AlreadyExists => VaultError::AlreadyExists(path.to_owned()),
                _ => from_io(e.error),
            })?;
        backup::sync_dir(&dir);
        let mut v = Vault::open_inner(path, Unlock::Key(key), opts)?;
        v.record(AuditAction::Create, None, "vault")?;
        Ok(v)
    }

    /// Opens a vault. When someone else holds its lock, the vault opens read-only and
    /// [`Vault::lock_holder`] says who and since when.
    pub fn open(path: &Path, passphrase: &str, opts: &OpenOptions) -> Result<Vault, VaultError> {
        Vault::open_inner(path, Unlock::Passphrase(passphrase), opts)
    }

    fn open_inner(
        path: &Path,
        unlock: Unlock<'_>,
        opts: &OpenOptions,
    ) -> Result<Vault, VaultError> {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(VaultError::Missing(path.to_owned()));
            }
            Err(e) => return Err(from_io(e)),
        };
        if meta.permissions().readonly() {
            return Err(VaultError::ReadOnly);
        }
        check_file_header(path)?;
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if !tables.iter().any(|t| t == "header") {
            return Err(VaultError::corrupt(
                "not a Meldcode vault (no header table)",
            ));
        }
        let format: String = header_need(&conn, "format")?;
        if format != FORMAT {
            return Err(VaultError::corrupt(
                "not a Meldcode vault (wrong format name)",
            ));
        }
        let version: u32 = header_need(&conn, "schema_version")?;
        if version > SCHEMA_VERSION {
            return Err(VaultError::TooNew { version });
        }
        if let Some(missing) = TABLES.iter().find(|t| !tables.iter().any(|x| x == *t)) {
            return Err(VaultError::corrupt(format!("table {missing:?} is missing")));
        }
        let key = match unlock {
            Unlock::Key(k) => k,
            Unlock::Passphrase(pass) => {
                let (kdf, salt, wrapped) = read_key_header(&conn, version)?;
                let kek = crypto::derive_kek(pass.as_bytes(), &salt, kdf)
                    .map_err(|e| VaultError::corrupt(format!("key parameters: {e}")))?;
                if let Some(k) = crypto::unwrap(&kek, &wrapped) {
                    k
                } else {
                    {
                        // Remembered without names, reported in the audit log at the next
                        // successful open. A failure to note it must not hide the answer.
                        conn.execute(
                            "INSERT INTO failed_attempts (at) VALUES (?1)",
                            [Utc::now().to_rfc3339()],
                        )
                        .ok();
                        return Err(VaultError::WrongPassphrase);
                    }
                }
            }
        };
        let profile = read_profile(&conn, &key)?;
        let mut opts = opts.clone();
        if opts.actor.name.is_empty() {
            opts.actor = profile.user.clone();
        }
        let opts = &opts;
        let seen_counter: i64 = header_need(&conn, "change_counter")?;
        let (held, holder) = match lock::acquire(
            path,
            &opts.actor.name,
            &opts.workstation,
            opts.take_over_stale_lock,
        )? {
            Acquired::Held(h) => (Some(h), None),
            Acquired::Other { holder, stale } => (None, Some((holder, stale))),
        };
        let mut v = Vault {
            conn,
            path: path.to_owned(),
            key,
            opts: opts.clone(),
            profile,
            lock: held,
            holder,
            seen_counter: seen_counter as u64,
            revisions: HashMap::new(),
            last_backup: None,
            backup_problem: None,
        };
        v.audit_on_open()?;
        v.last_backup = backup::list(path).last().map(|b| b.at);
        if !v.is_read_only() {
            v.maybe_backup(true);
        }
        Ok(v)
    }

    fn audit_on_open(&mut self) -> Result<(), VaultError> {
        let taken = self.lock.as_ref().and_then(|l| l.taken_over.clone());
        let mut entries = Vec::new();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let failed: Vec<String> = tx
            .prepare("SELECT at FROM failed_attempts ORDER BY rowid")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for at in failed {
            let when = DateTime::parse_from_rfc3339(&at)
                .map_or_else(|_| Utc::now(), |t| t.with_timezone(&Utc));
            entries.push((AuditAction::FailedPassphrase, when, String::new()));
        }
        tx.execute("DELETE FROM failed_attempts", [])?;
        if let Some(prev) = taken {
            entries.push((
                AuditAction::LockTakenOver,
                Utc::now(),
                format!(
                    "from {} on {} (since {})",
                    prev.user,
                    prev.workstation,
                    prev.since.to_rfc3339()
                ),
            ));
        }
        let mode = if self.lock.is_some() {
            "read-write"
        } else {
            "read-only"
        };
        entries.push((AuditAction::OpenVault, Utc::now(), mode.to_owned()));
        for (action, at, detail) in entries {
            let mut e = entry(&self.opts, action, None, &detail);
            e.at = at;
            audit::append(&tx, &self.key, &mut e)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Whether this vault is open read-only (someone else holds the lock).
    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Who holds the lock and since when, when this vault is read-only.
    pub fn lock_holder(&self) -> Option<&LockInfo> {
        self.holder.as_ref().map(|(h, _)| h)
    }

    /// Whether the other holder's lock looks stale (dead holder or old heartbeat); the
    /// app may offer to reopen with `take_over_stale_lock`.
    pub fn lock_is_stale(&self) -> bool {
        self.holder.as_ref().is_some_and(|(_, stale)| *stale)
    }

    /// The vault's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The last backup failure, if the latest attempt failed (the vault works on).
    pub fn backup_problem(&self) -> Option<&str> {
        self.backup_problem.as_deref()
    }

    /// Refreshes the lock's heartbeat; call about once a minute while the vault is open.
    pub fn heartbeat(&mut self) -> Result<(), VaultError> {
        match &mut self.lock {
            Some(l) => l.heartbeat(true),
            None => Ok(()),
        }
    }

    /// The organisation profile and user.
    pub fn profile(&self) -> &Profile {
        &self.profile
    }

    /// Replaces the profile.
    pub fn save_profile(&mut self, p: &Profile) -> Result<(), VaultError> {
        let json = to_json(p)?;
        self.write(|tx, key, opts| {
            put_record(tx, key, "profile", &json)?;
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::Change, None, "profile"),
            )
        })?;
        self.profile = p.clone();
        Ok(())
    }

    /// Lists every dossier, decrypting only the summaries.
    pub fn list_dossiers(&self) -> Result<Vec<DossierSummary>, VaultError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, revision, summary FROM dossiers ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Vec<u8>>(2)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, rev, blob) = row?;
            let id = DossierId(id as u64);
            let plain = self
                .key
                .open("dossier-summary", &summary_id(id, rev), &blob)
                .ok_or_else(|| {
                    VaultError::corrupt(format!("summary of dossier {} fails authentication", id.0))
                })?;
            out.push(serde_json::from_slice(&plain).map_err(|_| {
                VaultError::corrupt(format!("summary of dossier {} is unreadable", id.0))
            })?);
        }
        Ok(out)
    }

    /// Creates an empty dossier with the next id and a neutral reference
    /// (`MD-<year of at>-<nnnn>`).
    pub fn create_dossier(
        &mut self,
        form_set: &str,
        at: DateTime<Utc>,
    ) -> Result<Dossier, VaultError> {
        let by = self.opts.actor.clone();
        self.write(|tx, key, opts| {
            let next: i64 = header_need(tx, "next_dossier")?;
            let year = at.year();
            let ref_key = format!("reference_{year}");
            let n: i64 = header_get(tx, &ref_key)?.unwrap_or(0) + 1;
            let id = DossierId(next as u64);
            let d = Dossier::new(id, &format!("MD-{year}-{n:04}"), form_set, by, at);
            header_set(tx, "next_dossier", &(next + 1))?;
            header_set(tx, &ref_key, &n)?;
            put_dossier(tx, key, &d, 1, true)?;
            audit::append(tx, key, &mut entry(opts, AuditAction::Create, Some(id), ""))?;
            Ok((d, 1))
        })
        .map(|(d, rev)| {
            self.revisions.insert(d.id, rev);
            d
        })
    }

    /// Reads a dossier (audit: read).
    pub fn load_dossier(&mut self, id: DossierId) -> Result<Dossier, VaultError> {
        self.load_logged(id, AuditAction::Read, "")
    }

    fn load_logged(
        &mut self,
        id: DossierId,
        action: AuditAction,
        detail: &str,
    ) -> Result<Dossier, VaultError> {
        let (d, rev) = read_dossier(&self.conn, &self.key, id)?;
        self.audit(action, Some(id), detail)?;
        self.revisions.insert(id, rev);
        Ok(d)
    }

    /// Saves a whole dossier in one transaction (audit: change). Fails with
    /// `ChangedElsewhere` when it was changed since this vault last read or wrote it.
    pub fn save_dossier(&mut self, d: &Dossier) -> Result<(), VaultError> {
        let known = self.revisions.get(&d.id).copied();
        let rev = self.write(|tx, key, opts| {
            let current: Option<i64> = tx
                .query_row(
                    "SELECT revision FROM dossiers WHERE id = ?1",
                    [as_i64(d.id)],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(current) = current else {
                return Err(VaultError::NotFound(d.id));
            };
            if known.is_some_and(|k| k != current) {
                return Err(VaultError::ChangedElsewhere);
            }
            put_dossier(tx, key, d, current + 1, false)?;
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::Change, Some(d.id), "save"),
            )?;
            Ok(current + 1)
        })?;
        self.revisions.insert(d.id, rev);
        Ok(())
    }

    /// Loads, applies one change and saves, in one transaction (audit: change).
    pub fn apply(
        &mut self,
        id: DossierId,
        change: Change,
        at: DateTime<Utc>,
    ) -> Result<Dossier, VaultError> {
        let by = self.opts.actor.clone();
        let (d, rev) = self.write(|tx, key, opts| {
            let (mut d, rev) = read_dossier(tx, key, id)?;
            let kind = serde_json::to_value(&change)
                .ok()
                .and_then(|v| v.get("change").and_then(|c| c.as_str()).map(str::to_owned))
                .unwrap_or_default();
            d.apply(change, &by, at)?;
            put_dossier(tx, key, &d, rev + 1, false)?;
            let detail = match d.history.last().map(|h| &h.change) {
                Some(Change::AddSignal { signal }) => format!("{kind} {}", signal.id),
                _ => kind,
            };
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::Change, Some(id), &detail),
            )?;
            Ok((d, rev + 1))
        })?;
        self.revisions.insert(id, rev);
        Ok(d)
    }

    /// Records an event from another module (print, export, sign). `detail` must not
    /// contain names.
    pub fn record(
        &mut self,
        action: AuditAction,
        dossier: Option<DossierId>,
        detail: &str,
    ) -> Result<(), VaultError> {
        self.audit(action, dossier, detail)
    }

    /// The audit log, optionally only the entries about one dossier. Use [`Vault::check`]
    /// to verify the chain.
    pub fn audit_log(&mut self, dossier: Option<DossierId>) -> Result<Vec<AuditEntry>, VaultError> {
        let (entries, _) = audit::read_all(&self.conn, &self.key)?;
        Ok(entries
            .into_iter()
            .filter(|e| dossier.is_none() || e.dossier == dossier)
            .collect())
    }

    /// Checks everything: SQLite's integrity check, the header, that every record
    /// decrypts and parses, and the audit chain.
    pub fn check(&mut self) -> Result<CheckReport, VaultError> {
        let mut problems = Vec::new();
        let rows: Vec<String> = self
            .conn
            .prepare("PRAGMA integrity_check")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if rows != ["ok"] {
            problems.extend(rows.into_iter().map(|r| format!("SQLite: {r}")));
        }
        let version: u32 = header_need(&self.conn, "schema_version")?;
        let (kdf, _, _) = match read_key_header(&self.conn, version) {
            Ok(h) => h,
            Err(e) => {
                problems.push(e.to_string());
                (KdfParams::FLOOR, Vec::new(), Vec::new())
            }
        };
        let names: Vec<(String, Vec<u8>)> = self
            .conn
            .prepare("SELECT name, value FROM records")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        for (name, blob) in names {
            if self.key.open("records", &name, &blob).is_none() {
                problems.push(format!("record {name:?} fails authentication"));
            }
        }
        let ids: Vec<i64> = self
            .conn
            .prepare("SELECT id FROM dossiers ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut dossiers = 0;
        for id in ids {
            let id = DossierId(id as u64);
            match read_dossier(&self.conn, &self.key, id).and_then(|(d, rev)| {
                let blob: Vec<u8> = self.conn.query_row(
                    "SELECT summary FROM dossiers WHERE id = ?1",
                    [as_i64(id)],
                    |r| r.get(0),
                )?;
                self.key
                    .open("dossier-summary", &summary_id(id, rev), &blob)
                    .map(|_| d)
                    .ok_or_else(|| {
                        VaultError::corrupt(format!(
                            "summary of dossier {} fails authentication",
                            id.0
                        ))
                    })
            }) {
                Ok(_) => dossiers += 1,
                Err(e) => problems.push(e.to_string()),
            }
        }
        let (entries, audit_problems) = audit::read_all(&self.conn, &self.key)?;
        problems.extend(audit_problems);
        Ok(CheckReport {
            problems,
            dossiers,
            audit_entries: entries.len(),
            weak_kdf: kdf.is_weak(),
        })
    }

    /// Changes the passphrase: re-wraps the data key only; no record is rewritten.
    /// Backups keep the passphrase they were made with.
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<(), VaultError> {
        let version: u32 = header_need(&self.conn, "schema_version")?;
        let (kdf, salt, wrapped) = read_key_header(&self.conn, version)?;
        let kek = crypto::derive_kek(old.as_bytes(), &salt, kdf)
            .map_err(|e| VaultError::corrupt(format!("key parameters: {e}")))?;
        if crypto::unwrap(&kek, &wrapped).is_none() {
            return Err(VaultError::WrongPassphrase);
        }
        let new_salt = crypto::random_bytes::<16>();
        let new_kek = crypto::derive_kek(new.as_bytes(), &new_salt, kdf).map_err(|e| {
            VaultError::Storage {
                detail: format!("key derivation: {e}"),
            }
        })?;
        let new_wrapped = crypto::wrap(&new_kek, &self.key);
        self.write(|tx, key, opts| {
            header_set(tx, "salt", &new_salt.to_vec())?;
            header_set(tx, "wrapped_key", &new_wrapped)?;
            header_set(
                tx,
                "header_sum",
                &header_sum(version, kdf, &new_salt, &new_wrapped),
            )?;
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::PassphraseChanged, None, ""),
            )
        })
    }

    /// Stores a named secret (e.g. the signing certificate), encrypted (audit: change,
    /// with the secret's name).
    pub fn put_secret(&mut self, name: &str, bytes: &[u8]) -> Result<(), VaultError> {
        let record = format!("secret:{name}");
        self.write(|tx, key, opts| {
            put_record(tx, key, &record, bytes)?;
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::Change, None, &record),
            )
        })
    }

    /// Reads a named secret.
    pub fn secret(&self, name: &str) -> Result<Option<Vec<u8>>, VaultError> {
        let record = format!("secret:{name}");
        get_record(&self.conn, &self.key, &record).map(|o| o.map(|z| z.to_vec()))
    }

    /// Closed dossiers whose retention period (the organisation's
    /// `bewaartermijn_jaren`, counted from the closing date) has passed on `today`.
    pub fn expired_dossiers(&self, today: NaiveDate) -> Result<Vec<DossierSummary>, VaultError> {
        let years = self.profile.organisation.bewaartermijn_jaren;
        if years == 0 {
            return Ok(Vec::new()); // not set yet: nothing expires
        }
        Ok(self
            .list_dossiers()?
            .into_iter()
            .filter(|s| match &s.status {
                Status::Gesloten { on, .. } => on
                    .checked_add_months(Months::new(years.saturating_mul(12)))
                    .is_some_and(|end| end <= today),
                Status::Open => false,
            })
            .collect())
    }

    /// Deletes dossiers for real: the rows go (with `secure_delete` their pages are
    /// zeroed), the file is vacuumed, and every backup that still holds them is removed
    /// and replaced by a fresh one. The audit log keeps the ids, never content.
    pub fn purge(&mut self, ids: &[DossierId]) -> Result<(), VaultError> {
        self.write(|tx, key, opts| {
            for id in ids {
                let n = tx.execute("DELETE FROM dossiers WHERE id = ?1", [as_i64(*id)])?;
                if n == 0 {
                    return Err(VaultError::NotFound(*id));
                }
                audit::append(tx, key, &mut entry(opts, AuditAction::Purge, Some(*id), ""))?;
            }
            Ok(())
        })?;
        for id in ids {
            self.revisions.remove(id);
        }
        self.conn.execute_batch("VACUUM")?;
        backup::remove_all(&self.path)?;
        self.backup_now()?;
        Ok(())
    }

    /// Everything stored about a dossier as JSON (AVG art. 15): the dossier with its full
    /// history (corrections keep the old text), client statements, the audit entries
    /// about it and the retention period (audit: export).
    pub fn inzage_json(&mut self, id: DossierId) -> Result<String, VaultError> {
        let d = self.load_logged(id, AuditAction::Export, "inzage json")?;
        let audit = self.audit_log(Some(id))?;
        let doc = serde_json::json!({
            "generated_at": Utc::now(),
            "organisation": self.profile.organisation.name,
            "retention_years_after_closing": self.profile.organisation.bewaartermijn_jaren,
            "dossier": d,
            "audit_log": audit,
        });
        serde_json::to_string_pretty(&doc).map_err(|e| VaultError::Storage {
            detail: e.to_string(),
        })
    }

    /// Takes a backup now and rotates old ones out.
    pub fn backup_now(&mut self) -> Result<PathBuf, VaultError> {
        let counter: i64 = header_need(&self.conn, "change_counter")?;
        let p = backup::take(
            &self.conn,
            &self.path,
            counter as u64,
            self.opts.backups_to_keep.max(1),
        )?;
        self.last_backup = Some(Utc::now());
        self.backup_problem = None;
        Ok(p)
    }

    /// Takes a backup when the newest is a day old, or (at open) when the vault changed
    /// since the newest. A failure is kept in [`Vault::backup_problem`], not raised: the
    /// vault itself is fine.
    pub fn maybe_backup(&mut self, at_open: bool) {
        let newest = backup::list(&self.path).pop();
        let due = match &newest {
            None => true,
            Some(b) => {
                (at_open && b.counter != self.seen_counter) || Utc::now() - b.at >= BACKUP_EVERY
            }
        };
        if due && let Err(e) = self.backup_now() {
            self.backup_problem = Some(e.to_string());
        }
    }

    /// Appends an audit entry in its own transaction. Allowed read-only too: reads by a
    /// second opener are accesses and must be traceable.
    fn audit(
        &mut self,
        action: AuditAction,
        dossier: Option<DossierId>,
        detail: &str,
    ) -> Result<(), VaultError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        audit::append(
            &tx,
            &self.key,
            &mut entry(&self.opts, action, dossier, detail),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Runs `f` in one immediate transaction after checking that we hold the lock and
    /// that nobody else changed the vault since we last saw it; bumps the change counter.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &DataKey, &OpenOptions) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        let Some(lock) = &mut self.lock else {
            return Err(match &self.holder {
                Some((holder, _)) => VaultError::Locked {
                    holder: holder.clone(),
                },
                None => VaultError::ReadOnly,
            });
        };
        lock.heartbeat(false)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let counter: i64 = header_need(&tx, "change_counter")?;
        if counter as u64 != self.seen_counter {
            return Err(VaultError::ChangedElsewhere);
        }
        let out = f(&tx, &self.key, &self.opts)?;
        header_set(&tx, "change_counter", &(counter + 1))?;
        tx.commit()?;
        self.seen_counter = counter as u64 + 1;
        if self
            .last_backup
            .is_none_or(|t| Utc::now() - t >= BACKUP_EVERY)
        {
            self.maybe_backup(false);
        }
        Ok(out)
    }
}

fn entry(
    opts: &OpenOptions,
    action: AuditAction,
    dossier: Option<DossierId>,
    detail: &str,
) -> AuditEntry {
    AuditEntry {
        seq: 0,
        at: Utc::now(),
        user: opts.actor.name.clone(),
        function: opts.actor.function.clone(),
        workstation: opts.workstation.clone(),
        dossier,
        action,
        detail: detail.to_owned(),
    }
}
