//! The vault: one SQLite file (rollback journal, `synchronous=FULL`), every record
//! encrypted, every access in the audit log. The file layout is in [`super::schema`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Datelike as _, NaiveDate, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension as _, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};

use super::audit::{self, AuditAction, AuditEntry};
use super::backup;
use super::crypto::{self, DataKey, KdfParams, VaultId};
use super::error::{Tampering, VaultError, from_io};
use super::lock::{self, Acquired, HeldLock, LockInfo};
use super::migrate::{self, first_user};
use super::policy::Weakness;
use super::schema::{
    Counters, FORMAT, as_i64, check_file_header, connect, create_schema, get_record, header_need,
    header_set, pinned_version, put_counters, put_dossier, put_record, put_users, read_counters,
    read_dossier, read_profile, read_summaries, read_users, schema_problems, summary_id, to_json,
    vault_id as schema_vault_id,
};
use super::slots::{self, Slot, VaultUser};
use super::{rekey, state};
use crate::domain::{
    Actor, AfspraakStatus, Change, Dossier, DossierId, Profile, Reminder, ReminderKind,
    RetentionRule, Status, Step, StepStatus,
};

/// The vault format this program writes; a higher number in a file means "too new".
pub const SCHEMA_VERSION: u32 = 3;
/// Take a new backup when the newest is older than this.
const BACKUP_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// How to open or create a vault.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// At creation: the first user (unless `user` names one), else the profile's user.
    /// At open: only a hint which slot to try first; who is working (audit log, lock,
    /// history) is always the user whose key slot the passphrase opened.
    pub actor: Actor,
    /// This computer's name (audit log, lock).
    pub workstation: String,
    /// Take over a lock whose holder looks dead (ask the user first).
    pub take_over_stale_lock: bool,
    /// How many backups to keep.
    pub backups_to_keep: usize,
    /// Whose key slot to open. The file does not name its slots, so every slot is tried
    /// either way; a passphrase that opens another user's slot is then refused.
    pub user: Option<String>,
    /// A folder outside the vault (the app's data folder) where the last state this
    /// computer saw of each vault is kept, to warn when a vault opens older than that.
    /// `None` skips the check.
    pub state_dir: Option<PathBuf>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            actor: Actor::default(),
            workstation: workstation_name(),
            take_over_stale_lock: false,
            backups_to_keep: 10,
            user: None,
            state_dir: None,
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
    /// Every open follow-up date ([`Dossier::reminders`]) that applies in the dossier's
    /// status ([`Reminder::applies_to`]), earliest first. A summary
    /// written before this field existed reads the agreements and the conversation to
    /// catch up from the two fields above ([`Vault::list_dossiers`]).
    #[serde(default)]
    pub reminders: Vec<Reminder>,
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
            reminders: d
                .reminders()
                .into_iter()
                .filter(|r| r.applies_to(&d.status))
                .collect(),
        }
    }

    /// The last day of the bewaartermijn of `years` under `rule`, from the summary alone:
    /// `updated_at` is the dossier's last change and `status` holds the closing date, so
    /// this is what [`Dossier::retention_until`] gives.
    pub fn retention_until(&self, rule: RetentionRule, years: u32) -> Option<NaiveDate> {
        RetentionRule::until(rule.start(self.updated_at, &self.status)?, years)
    }

    /// A summary written before `reminders` existed: its agreements and the conversation
    /// to catch up as reminders.
    fn fill_old_reminders(&mut self) {
        if !self.reminders.is_empty() {
            return;
        }
        self.reminders = self
            .afspraken_due
            .iter()
            .map(|(id, due)| Reminder {
                due: *due,
                kind: ReminderKind::Afspraak(*id),
            })
            .chain(self.catch_up_on.map(|due| Reminder {
                due,
                kind: ReminderKind::GesprekInhalen,
            }))
            .collect();
        self.reminders.sort();
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
    /// What the sealed state found changed outside the program, if anything (also in
    /// `problems`).
    #[serde(default)]
    pub tampering: Option<Tampering>,
}

impl CheckReport {
    /// Whether nothing was found wrong.
    pub fn is_sound(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Something the user should know about the vault just opened, which does not stop it
/// from opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VaultWarning {
    /// This vault is older than a version of it this computer saw before (or than one of
    /// its own backups): the whole file may have been replaced by an older copy, and
    /// what was added since is not in it.
    OpenedOlderThanSeen {
        /// When the newer version seen was written.
        seen_at: DateTime<Utc>,
        /// When the version just opened was written.
        vault_at: DateTime<Utc>,
    },
}

impl VaultWarning {
    /// The warning for the user, in Dutch, with the dates.
    pub fn dutch_message(&self) -> String {
        match self {
            VaultWarning::OpenedOlderThanSeen { seen_at, vault_at } => {
                let f = |t: &DateTime<Utc>| {
                    t.with_timezone(&chrono::Local)
                        .format("%d-%m-%Y %H:%M")
                        .to_string()
                };
                crate::texts::messages::VAULT_OLDER_THAN_SEEN
                    .replace("{seen}", &f(seen_at))
                    .replace("{vault}", &f(vault_at))
            }
        }
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
    id: VaultId,
    generation: u64,
    warning: Option<VaultWarning>,
    previous_key: Option<DataKey>,
    for_check: Option<Result<(), Tampering>>,
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
    Key(DataKey, String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Check,
}

impl Vault {
    /// Creates a new vault at `path` with an Argon2 cost calibrated to about half a second
    /// on this machine (never below [`KdfParams::FLOOR`]). Fails if the file exists. The
    /// first user (with a key slot for `passphrase`) is `opts.user`, else `opts.actor`,
    /// else the profile's user.
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
        if passphrase.is_empty() {
            return Err(VaultError::WeakPassphrase(Weakness::Empty));
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
        let vault_id = crypto::random_bytes::<16>();
        let key = DataKey::for_vault(vault_id);
        let user = first_user(opts, &profile.user);
        {
            let mut conn = connect(
                &tmp,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            )?;
            let slot = slots::new_slot(&vault_id, passphrase, kdf, &key)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            create_schema(&tx)?;
            header_set(&tx, "format", &FORMAT)?;
            header_set(&tx, "schema_version", &SCHEMA_VERSION)?;
            header_set(&tx, "vault_id", &vault_id.to_vec())?;
            header_set(&tx, "change_counter", &0i64)?;
            put_counters(
                &tx,
                &key,
                &Counters {
                    next_dossier: 1,
                    ..Counters::default()
                },
            )?;
            slots::write_all(&tx, std::slice::from_ref(&slot))?;
            put_users(
                &tx,
                &key,
                &[VaultUser {
                    name: user.name.clone(),
                    function: user.function.clone(),
                    public_key: crypto::hex(&slot.public),
                }],
            )?;
            put_record(&tx, &key, "profile", &to_json(profile)?)?;
            state::seal(&tx, &key, Some(0))?;
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
        let mut v = Vault::open_inner(path, Unlock::Key(key, user.name), opts, Mode::Normal)?;
        v.record(AuditAction::Create, None, "vault")?;
        Ok(v)
    }

    /// Opens a vault with the key slot of `opts.user` (or, when none is named, the slot
    /// that `passphrase` opens). A vault of an older format is upgraded first, after a
    /// backup. When someone else holds its lock, the vault opens read-only and
    /// [`Vault::lock_holder`] says who and since when. A vault whose tables do not match
    /// its sealed state is refused with [`VaultError::Tampered`].
    pub fn open(path: &Path, passphrase: &str, opts: &OpenOptions) -> Result<Vault, VaultError> {
        Vault::open_inner(path, Unlock::Passphrase(passphrase), opts, Mode::Normal)
    }

    /// Opens a vault for [`Vault::check`] only: read-only at the file level, without the
    /// lock, audit entries, backups or an upgrade, and without refusing a vault that was
    /// changed outside the program (the check reports it).
    pub fn open_for_check(
        path: &Path,
        passphrase: &str,
        opts: &OpenOptions,
    ) -> Result<Vault, VaultError> {
        Vault::open_inner(path, Unlock::Passphrase(passphrase), opts, Mode::Check)
    }

    #[allow(clippy::too_many_lines, reason = "one linear sequence of checks")]
    fn open_inner(
        path: &Path,
        unlock: Unlock<'_>,
        opts: &OpenOptions,
        mode: Mode,
    ) -> Result<Vault, VaultError> {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(VaultError::Missing(path.to_owned()));
            }
            Err(e) => return Err(from_io(e)),
        };
        if meta.permissions().readonly() && mode == Mode::Normal {
            return Err(VaultError::ReadOnly);
        }
        check_file_header(path)?;
        let flags = match mode {
            Mode::Normal => OpenFlags::SQLITE_OPEN_READ_WRITE,
            Mode::Check => OpenFlags::SQLITE_OPEN_READ_ONLY,
        };
        let conn = connect(path, flags)?;
        // The schema is pinned before any table is read: a planted trigger or view
        // never gets to run.
        let version = pinned_version(&conn)?;
        check_not_truncated(&conn, path)?;
        let format: String = header_need(&conn, "format")?;
        if format != FORMAT {
            return Err(VaultError::corrupt(
                "not a Meldcode vault (wrong format name)",
            ));
        }
        if version < SCHEMA_VERSION {
            let Unlock::Passphrase(pass) = unlock else {
                return Err(VaultError::corrupt("a new vault has an old format"));
            };
            if mode == Mode::Check {
                return Err(VaultError::Storage {
                    detail: format!(
                        "format {version} is checked after the upgrade; open the vault once"
                    ),
                });
            }
            drop(conn);
            migrate::upgrade(path, pass, opts)?;
            return Vault::open_inner(path, Unlock::Passphrase(pass), opts, mode);
        }
        let vault_id = schema_vault_id(&conn)?;
        let all_slots = slots::read_all(&conn)?;
        let hint_dir = opts.state_dir.as_deref().filter(|_| mode == Mode::Normal);
        let hint = hint_dir.and_then(|d| state::read_slot_hint(d, &crypto::hex(&vault_id)));
        let (key, slot_public) = match unlock {
            Unlock::Key(k, user) => {
                let public = read_users(&conn, &k)?
                    .into_iter()
                    .find(|u| u.name == user)
                    .map(|u| u.public_key)
                    .unwrap_or_default();
                (k, public)
            }
            Unlock::Passphrase(pass) => {
                // No slot names its user: the passphrase is tried on each slot in turn,
                // one Argon2id derivation each, until one fits (docs/vault.md).
                let name_of = |k: &DataKey, public: &[u8]| -> Result<Option<String>, VaultError> {
                    let public = crypto::hex(public);
                    Ok(read_users(&conn, k)?
                        .into_iter()
                        .find(|u| u.public_key == public)
                        .map(|u| u.name))
                };
                let mut found = None;
                for s in hinted_order(&all_slots, hint.as_deref()) {
                    if let Some(k) = slots::unlock(&vault_id, s, pass, &name_of)? {
                        found = Some((k, crypto::hex(&s.public)));
                        break;
                    }
                }
                if let (Some(dir), Some((_, public))) = (hint_dir, &found) {
                    state::write_slot_hint(dir, &crypto::hex(&vault_id), public);
                }
                let Some(found) = found else {
                    // Remembered without names, reported in the audit log at the next
                    // successful open. A failure to note it must not hide the answer.
                    if mode == Mode::Normal {
                        conn.execute(
                            "INSERT INTO failed_attempts (at) VALUES (?1)",
                            [Utc::now().to_rfc3339()],
                        )
                        .ok();
                    }
                    return Err(VaultError::WrongPassphrase);
                };
                found
            }
        };
        let verified = state::verify(&conn, &key);
        let (st, for_check) = match (verified, mode) {
            (Ok(st), _) => (Some(st), Some(Ok(()))),
            (Err(VaultError::Tampered(t)), Mode::Check) => (None, Some(Err(t))),
            (Err(e), _) => return Err(e),
        };
        let users = read_users(&conn, &key)?;
        let listed = all_slots
            .iter()
            .any(|s| crypto::hex(&s.public) == slot_public);
        let Some(user) = users.iter().find(|u| listed && u.public_key == slot_public) else {
            return Err(VaultError::Tampered(Tampering::SlotNotListed));
        };
        // A named user: the passphrase must have opened their slot.
        if let Some(wanted) = opts.user.as_deref().map(str::trim)
            && user.name != wanted
        {
            return Err(if users.iter().any(|u| u.name == wanted) {
                VaultError::WrongPassphrase
            } else {
                VaultError::UnknownUser
            });
        }
        // A check reports a damaged or replaced profile instead of stopping at it.
        let profile = match read_profile(&conn, &key) {
            Err(_) if mode == Mode::Check => Profile::default(),
            other => other?,
        };
        let mut opts = opts.clone();
        opts.actor = Actor::new(&user.name, &user.function);
        opts.user = Some(user.name.clone());
        let opts = &opts;
        let seen_counter: i64 = header_need(&conn, "change_counter")?;
        let (held, holder) = match mode {
            Mode::Check => (None, None),
            Mode::Normal => match lock::acquire(
                path,
                &opts.actor.name,
                &opts.workstation,
                opts.take_over_stale_lock,
            )? {
                Acquired::Held(h) => (Some(h), None),
                Acquired::Other { holder, stale } => (None, Some((holder, stale))),
            },
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
            id: vault_id,
            generation: st.as_ref().map_or(0, |s| s.generation),
            warning: None,
            previous_key: None,
            for_check: None,
        };
        if mode == Mode::Check {
            v.for_check = for_check;
            return Ok(v);
        }
        let st = st.ok_or(VaultError::Tampered(Tampering::StateUnreadable))?;
        v.warning = v.older_than_known(&st);
        v.audit_on_open()?;
        v.last_backup = backup::verified(path, &v.key).last().map(|b| b.at);
        if !v.is_read_only() {
            v.maybe_backup(true);
        }
        Ok(v)
    }

    /// Compares the state just opened with the last one this computer saw and with the
    /// newest backup: a warning when either is newer.
    fn older_than_known(&self, st: &state::State) -> Option<VaultWarning> {
        let id = crypto::hex(&self.id);
        let seen = self
            .opts
            .state_dir
            .as_deref()
            .and_then(|d| state::read_seen(d, &id));
        if let Some(seen) = seen
            && (seen.generation > st.generation
                || (seen.generation == st.generation && seen.digest != st.digest()))
        {
            return Some(VaultWarning::OpenedOlderThanSeen {
                seen_at: seen.sealed_at,
                vault_at: st.sealed_at,
            });
        }
        let newest = backup::verified(&self.path, &self.key).pop();
        newest
            .filter(|b| b.generation > st.generation)
            .map(|b| VaultWarning::OpenedOlderThanSeen {
                seen_at: b.at,
                vault_at: st.sealed_at,
            })
    }

    /// Remembers `st` as the last state seen (when a state folder is set and the vault is
    /// not older than one seen before). A failure only loses the warning next time.
    fn remember(&mut self, st: &state::State) {
        self.generation = st.generation;
        if self.warning.is_some() {
            return;
        }
        if let Some(dir) = &self.opts.state_dir {
            state::write_seen(dir, st).ok();
        }
    }

    /// The sealed state's generation: it grows with every transaction.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A warning about the vault just opened (see [`VaultWarning`]), if any.
    pub fn warning(&self) -> Option<&VaultWarning> {
        self.warning.as_ref()
    }

    /// Accepts the vault as it is after a [`VaultWarning::OpenedOlderThanSeen`] (the user
    /// chose to go on with this version): it becomes the last state seen.
    pub fn accept_as_current(&mut self) -> Result<(), VaultError> {
        self.warning = None;
        let st = state::read(&self.conn, &self.key)?;
        self.remember(&st);
        Ok(())
    }

    /// The user who opened the vault: every audit entry and change names them.
    pub fn current_user(&self) -> &Actor {
        &self.opts.actor
    }

    fn audit_on_open(&mut self) -> Result<(), VaultError> {
        let taken = self.lock.as_ref().and_then(|l| l.taken_over.clone());
        let mut entries = Vec::new();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        state::check_unchanged(&tx, &self.key)?;
        let failed: Vec<String> = tx
            .prepare("SELECT at FROM failed_attempts ORDER BY rowid")?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for at in failed {
            let when = DateTime::parse_from_rfc3339(&at)
                .map_or_else(|_| Utc::now(), |t| t.with_timezone(&Utc));
            // Kept in plain text until now, so neither the time nor who tried is known
            // for sure; logged as such, not as the user who opens now.
            entries.push((
                AuditAction::FailedPassphrase,
                when,
                "unverified: time from the file, user and workstation unknown".to_owned(),
            ));
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
            if action == AuditAction::FailedPassphrase {
                e.user = String::new();
                e.function = String::new();
                e.workstation = "onbekend".to_owned();
            }
            audit::append(&tx, &self.key, &mut e)?;
        }
        let st = state::seal(&tx, &self.key, None)?;
        tx.commit()?;
        self.remember(&st);
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
        let mut out = read_summaries(&self.conn, &self.key)?;
        for s in &mut out {
            s.fill_old_reminders();
        }
        Ok(out)
    }

    /// Creates an empty dossier with the next id and a neutral reference
    /// (`MD-<year of at>-<nnnn>`). The counters are sealed; the reference is also checked
    /// against every existing one, so a restored or damaged counter never gives a
    /// reference twice (review finding 14).
    pub fn create_dossier(
        &mut self,
        form_set: &str,
        at: DateTime<Utc>,
    ) -> Result<Dossier, VaultError> {
        let by = self.opts.actor.clone();
        self.write(|tx, key, opts| {
            let mut counters = read_counters(tx, key)?;
            let max_id: i64 =
                tx.query_row("SELECT coalesce(max(id), 0) FROM dossiers", [], |r| {
                    r.get(0)
                })?;
            let next = counters.next_dossier.max(max_id.cast_unsigned() + 1);
            let year = at.year();
            let taken: std::collections::HashSet<String> = read_summaries(tx, key)?
                .into_iter()
                .map(|s| s.reference)
                .collect();
            let mut n = counters.references.get(&year).copied().unwrap_or(0) + 1;
            while taken.contains(&reference(year, n)) {
                n += 1;
            }
            let id = DossierId(next);
            let d = Dossier::new(id, &reference(year, n), form_set, by, at);
            counters.next_dossier = next + 1;
            counters.references.insert(year, n);
            put_counters(tx, key, &counters)?;
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
        problems.extend(schema_problems(&self.conn, version)?);
        let mut weak_kdf = false;
        match named_slots(&self.conn, &self.key) {
            Ok(all) => {
                let mine = all.iter().find(|(n, _)| *n == self.opts.actor.name);
                weak_kdf = mine.is_some_and(|(_, s)| s.kdf.is_weak());
                let users = read_users(&self.conn, &self.key)?;
                if users.len() != all.len() {
                    problems.push(Tampering::SlotNotListed.to_string());
                }
            }
            Err(e) => problems.push(e.to_string()),
        }
        let tampering = match self.for_check.clone() {
            Some(Err(t)) => Some(t),
            _ => match state::verify(&self.conn, &self.key) {
                Ok(_) => None,
                Err(VaultError::Tampered(t)) => Some(t),
                Err(e) => {
                    problems.push(e.to_string());
                    None
                }
            },
        };
        if let Some(t) = &tampering {
            problems.push(format!("changed outside the program: {t}"));
        }
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
            weak_kdf,
            tampering,
        })
    }

    /// Changes the current user's passphrase and renews the data key: a new key pair for
    /// this user, a new data key sealed to every user, everything re-encrypted in one
    /// transaction. The old passphrase with an old copy of the file reads only what that
    /// copy held, never what is written from now on (see `docs/vault.md`). Backups made
    /// before become stale: see [`Vault::stale_backups`].
    pub fn change_passphrase(&mut self, old: &str, new: &str) -> Result<(), VaultError> {
        self.change_passphrase_with_progress(old, new, &mut |_, _| {})
    }

    /// [`Vault::change_passphrase`] with `progress(done, total)` per re-encrypted row.
    pub fn change_passphrase_with_progress(
        &mut self,
        old: &str,
        new: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), VaultError> {
        if new.is_empty() {
            return Err(VaultError::WeakPassphrase(Weakness::Empty));
        }
        let me = self.opts.actor.name.clone();
        let mut all = named_slots(&self.conn, &self.key)?;
        let Some(pos) = all.iter().position(|(n, _)| *n == me) else {
            return Err(VaultError::UnknownUser);
        };
        let name_of = |_: &DataKey, _: &[u8]| Ok(Some(me.clone()));
        if slots::unlock(&self.id, &all[pos].1, old, &name_of)?.is_none() {
            return Err(VaultError::WrongPassphrase);
        }
        let fresh = slots::new_slot(&self.id, new, all[pos].1.kdf, &self.key)?;
        all[pos].1 = fresh;
        self.rekey(all, AuditAction::PassphraseChanged, "", progress)
    }

    /// The users who have a key slot, in name order.
    pub fn list_users(&self) -> Result<Vec<VaultUser>, VaultError> {
        let mut users = read_users(&self.conn, &self.key)?;
        users.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(users)
    }

    /// Gives `name` a key slot for `passphrase` (same Argon2 cost as the current user's
    /// slot). Only the key slot is added; nothing is re-encrypted. Who may add users is
    /// the caller's policy (the eindverantwoordelijke or aandachtsfunctionaris).
    pub fn add_user(
        &mut self,
        name: &str,
        function: &str,
        passphrase: &str,
    ) -> Result<(), VaultError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(VaultError::UnknownUser);
        }
        if passphrase.is_empty() {
            return Err(VaultError::WeakPassphrase(Weakness::Empty));
        }
        let mut all: Vec<Slot> = Vec::new();
        let mut kdf = KdfParams::FLOOR;
        for (n, s) in named_slots(&self.conn, &self.key)? {
            if n == name {
                return Err(VaultError::UserExists);
            }
            if n == self.opts.actor.name {
                kdf = s.kdf;
            }
            all.push(s);
        }
        let slot = slots::new_slot(&self.id, passphrase, kdf, &self.key)?;
        let user = VaultUser {
            name: name.to_owned(),
            function: function.trim().to_owned(),
            public_key: crypto::hex(&slot.public),
        };
        all.push(slot);
        self.write(|tx, key, opts| {
            let mut users = read_users(tx, key)?;
            users.push(user);
            slots::write_all(tx, &all)?;
            put_users(tx, key, &users)?;
            audit::append(
                tx,
                key,
                &mut entry(opts, AuditAction::UserAdded, None, name),
            )
        })
    }

    /// Removes `name`'s key slot and renews the data key (a new one, sealed to the
    /// remaining users, everything re-encrypted in one transaction), so the removed user
    /// cannot read anything written from now on, even with a copy of the file and their
    /// old passphrase. What they copied before stays readable to them (`docs/vault.md`).
    pub fn remove_user(
        &mut self,
        name: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), VaultError> {
        if name == self.opts.actor.name {
            return Err(VaultError::CannotRemoveSelf);
        }
        let all = named_slots(&self.conn, &self.key)?;
        if !all.iter().any(|(n, _)| n == name) {
            return Err(VaultError::UnknownUser);
        }
        let rest: Vec<(String, Slot)> = all.into_iter().filter(|(n, _)| n != name).collect();
        self.rekey(rest, AuditAction::UserRemoved, name, progress)
    }

    /// Renews the data key without changing any passphrase (after a suspected leak):
    /// everything re-encrypted, the new key sealed to every user.
    pub fn rotate_key(&mut self, progress: &mut dyn FnMut(usize, usize)) -> Result<(), VaultError> {
        let all = named_slots(&self.conn, &self.key)?;
        self.rekey(all, AuditAction::KeyRotated, "", progress)
    }

    /// A new data key for `slots_after` (each with its user's name): re-encrypts every
    /// row, re-seals the key to each slot, rewrites the list of users and the sealed
    /// state, all in one transaction.
    fn rekey(
        &mut self,
        mut slots_after: Vec<(String, Slot)>,
        action: AuditAction,
        detail: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), VaultError> {
        let new = DataKey::for_vault(self.id);
        for (_, s) in &mut slots_after {
            slots::reseal(&self.id, s, &new)?;
        }
        if self.lock.is_none() {
            return Err(self.not_writable());
        }
        if let Some(lock) = &mut self.lock {
            lock.heartbeat(false)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let counter: i64 = header_need(&tx, "change_counter")?;
        if counter as u64 != self.seen_counter {
            return Err(VaultError::ChangedElsewhere);
        }
        // A re-key must not launder a change made behind the program's back: the whole
        // vault is compared with its sealed state first.
        let generation = state::verify(&tx, &self.key)?.generation;
        let users: Vec<VaultUser> = read_users(&tx, &self.key)?
            .into_iter()
            .filter_map(|mut u| {
                let (_, s) = slots_after.iter().find(|(n, _)| *n == u.name)?;
                u.public_key = crypto::hex(&s.public);
                Some(u)
            })
            .collect();
        let slots_after: Vec<Slot> = slots_after.into_iter().map(|(_, s)| s).collect();
        rekey::reencrypt(&tx, &self.key, &new, progress)?;
        slots::write_all(&tx, &slots_after)?;
        put_users(&tx, &new, &users)?;
        audit::append(&tx, &new, &mut entry(&self.opts, action, None, detail))?;
        header_set(&tx, "change_counter", &(counter + 1))?;
        let st = state::seal(&tx, &new, Some(generation))?;
        tx.commit()?;
        self.seen_counter = counter as u64 + 1;
        self.previous_key = Some(std::mem::replace(&mut self.key, new));
        self.remember(&st);
        // The old backups no longer open under the new key; a fresh one does.
        if let Err(e) = self.backup_now() {
            self.backup_problem = Some(e.to_string());
        }
        Ok(())
    }

    /// Backups that this vault recognises by their sealed content (same vault, current
    /// key, tables matching their sealed state), oldest first.
    pub fn backups(&self) -> Vec<backup::BackupFile> {
        backup::verified(&self.path, &self.key)
    }

    /// Backups of this vault that do not open under the current key: made before a
    /// passphrase change, a removed user or a key rotation (the old passphrase, or the
    /// removed user, still opens them), or damaged.
    pub fn stale_backups(&self) -> Vec<PathBuf> {
        backup::stale(&self.path, &self.key)
    }

    /// Deletes every stale backup (see [`Vault::stale_backups`]); returns how many.
    pub fn destroy_stale_backups(&mut self) -> Result<usize, VaultError> {
        let stale = self.stale_backups();
        for p in &stale {
            std::fs::remove_file(p).map_err(from_io)?;
        }
        self.record(
            AuditAction::Delete,
            None,
            &format!("{} old backups", stale.len()),
        )?;
        Ok(stale.len())
    }

    /// Re-encrypts the backups made under the data key this session replaced (after
    /// [`Vault::change_passphrase`], [`Vault::remove_user`] or [`Vault::rotate_key`]):
    /// each gets the new key and today's key slots, so old passphrases and removed users
    /// no longer open it. Backups from before earlier sessions' re-keys cannot be
    /// re-encrypted (their key is gone) and stay stale: destroy them. Returns how many
    /// were re-encrypted.
    pub fn reencrypt_stale_backups(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<usize, VaultError> {
        let Some(old) = &self.previous_key else {
            return Ok(0);
        };
        let all = slots::read_all(&self.conn)?;
        let users = read_users(&self.conn, &self.key)?;
        let mut n = 0;
        for p in backup::stale(&self.path, &self.key) {
            if backup::verify_file(&p, old).is_none() {
                continue;
            }
            let mut conn = connect(&p, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let generation = state::read(&tx, old)?.generation;
            rekey::reencrypt(&tx, old, &self.key, progress)?;
            slots::write_all(&tx, &all)?;
            put_users(&tx, &self.key, &users)?;
            state::seal(&tx, &self.key, Some(generation.saturating_sub(1)))?;
            tx.commit()?;
            n += 1;
        }
        if n > 0 {
            self.record(
                AuditAction::Change,
                None,
                &format!("{n} backups re-encrypted"),
            )?;
        }
        Ok(n)
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

    /// Dossiers whose bewaartermijn has passed on `today`: past the last day
    /// [`DossierSummary::retention_until`] gives under the organisation's rule
    /// ([`crate::domain::Organisation::retention_rule`]: from closing, or in zorg from the
    /// last change) and years. Nothing expires while the organisation has not set a term.
    pub fn expired_dossiers(&self, today: NaiveDate) -> Result<Vec<DossierSummary>, VaultError> {
        let org = &self.profile.organisation;
        let years = org.retention_years();
        if years == 0 {
            return Ok(Vec::new());
        }
        let rule = org.retention_rule();
        Ok(self
            .list_dossiers()?
            .into_iter()
            .filter(|s| {
                s.retention_until(rule, years)
                    .is_some_and(|last| last < today)
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
        backup::remove_all(&self.path, &self.key)?;
        self.backup_now()?;
        Ok(())
    }

    /// Everything stored about a dossier as JSON (AVG art. 15): the dossier with its full
    /// history (corrections keep the old text), client statements, the audit entries
    /// about it and the retention period (audit: export).
    pub fn inzage_json(&mut self, id: DossierId) -> Result<String, VaultError> {
        let d = self.load_logged(id, AuditAction::Export, "inzage json")?;
        let audit = self.audit_log(Some(id))?;
        let org = &self.profile.organisation;
        let doc = serde_json::json!({
            "generated_at": Utc::now(),
            "organisation": self.profile.organisation.name,
            "retention_years_after_closing": self.profile.organisation.bewaartermijn_jaren,
            "retention_rule": org.retention_rule(),
            "retention_until": d.retention_until(org.retention_rule(), org.retention_years()),
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
            &self.key,
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
        let newest = backup::verified(&self.path, &self.key).pop();
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
        state::check_unchanged(&tx, &self.key)?;
        audit::append(
            &tx,
            &self.key,
            &mut entry(&self.opts, action, dossier, detail),
        )?;
        let st = state::seal(&tx, &self.key, None)?;
        tx.commit()?;
        self.remember(&st);
        Ok(())
    }

    fn not_writable(&self) -> VaultError {
        match &self.holder {
            Some((holder, _)) => VaultError::Locked {
                holder: holder.clone(),
            },
            None => VaultError::ReadOnly,
        }
    }

    /// Runs `f` in one immediate transaction after checking that we hold the lock and
    /// that nobody else changed the vault since we last saw it; bumps the change counter.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>, &DataKey, &OpenOptions) -> Result<T, VaultError>,
    ) -> Result<T, VaultError> {
        if self.lock.is_none() {
            return Err(self.not_writable());
        }
        if let Some(lock) = &mut self.lock {
            lock.heartbeat(false)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let counter: i64 = header_need(&tx, "change_counter")?;
        if counter as u64 != self.seen_counter {
            return Err(VaultError::ChangedElsewhere);
        }
        state::check_unchanged(&tx, &self.key)?;
        let out = f(&tx, &self.key, &self.opts)?;
        header_set(&tx, "change_counter", &(counter + 1))?;
        let st = state::seal(&tx, &self.key, None)?;
        tx.commit()?;
        self.seen_counter = counter as u64 + 1;
        self.remember(&st);
        if self
            .last_backup
            .is_none_or(|t| Utc::now() - t >= BACKUP_EVERY)
        {
            self.maybe_backup(false);
        }
        Ok(out)
    }
}

/// A file shorter than SQLite's own header says was cut off. Checked after SQLite has
/// read the schema, so a hot journal from a crash has been rolled back first. Without
/// this a cut through free pages at the end (zeroed by `secure_delete`) reads as sound.
fn check_not_truncated(conn: &Connection, path: &Path) -> Result<(), VaultError> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    let (pages, size) = (pages.cast_unsigned(), size.cast_unsigned());
    let len = std::fs::metadata(path).map_err(from_io)?.len();
    if len < pages * size {
        return Err(VaultError::corrupt(format!(
            "the file is {len} bytes long, its header says {} (cut off)",
            pages * size
        )));
    }
    Ok(())
}

/// Every key slot with its user's name from the sealed list, in slot order.
fn named_slots(conn: &Connection, key: &DataKey) -> Result<Vec<(String, Slot)>, VaultError> {
    let users = read_users(conn, key)?;
    slots::read_all(conn)?
        .into_iter()
        .map(|s| {
            let public = crypto::hex(&s.public);
            users
                .iter()
                .find(|u| u.public_key == public)
                .map(|u| (u.name.clone(), s))
                .ok_or(VaultError::Tampered(Tampering::SlotNotListed))
        })
        .collect()
}

/// The neutral reference of the `n`th dossier of `year`.
fn reference(year: i32, n: u32) -> String {
    format!("MD-{year}-{n:04}")
}

/// An audit entry by the options' actor, now.
pub(crate) fn entry_for(
    opts: &OpenOptions,
    action: AuditAction,
    dossier: Option<DossierId>,
    detail: &str,
) -> AuditEntry {
    entry(opts, action, dossier, detail)
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

/// The slots in the order they are tried: the one that opened the vault last on this
/// computer (`hint`, its public key in hex) first, the others in their stored order.
fn hinted_order<'a>(all: &'a [slots::Slot], hint: Option<&str>) -> Vec<&'a slots::Slot> {
    let mut order: Vec<&slots::Slot> = all.iter().collect();
    if let Some(h) = hint {
        order.sort_by_key(|s| crypto::hex(&s.public) != h);
    }
    order
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use chrono::TimeZone as _;

    use super::*;

    fn slot(public: u8) -> slots::Slot {
        slots::Slot {
            kdf: KdfParams::INSECURE_TEST,
            salt: Vec::new(),
            public: vec![public],
            secret: Vec::new(),
            data_key: Vec::new(),
            sum: Vec::new(),
        }
    }

    /// The slot that opened the vault last on this computer is tried first; without a
    /// hint, or with one that names no slot, the stored order stays.
    #[test]
    fn the_slot_that_opened_last_is_tried_first() {
        let all = [slot(1), slot(2), slot(3)];
        let order = |hint| -> Vec<u8> {
            hinted_order(&all, hint)
                .iter()
                .map(|s| s.public[0])
                .collect()
        };
        let three = crypto::hex(&[3]);
        assert_eq!(order(Some(&three)), [3, 1, 2]);
        assert_eq!(order(None), [1, 2, 3]);
        assert_eq!(order(Some("ff")), [1, 2, 3]);
    }

    /// Review finding 14: a counter set back (a restored or rewritten record) must not
    /// give a reference or an id a second time.
    #[test]
    fn a_reference_is_never_given_twice_even_when_the_counter_is_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.mdv");
        let mut v = Vault::create_with_kdf(
            &path,
            "een zin voor de test",
            &crate::domain::example::profile(),
            &OpenOptions::default(),
            KdfParams::INSECURE_TEST,
        )
        .unwrap();
        let at = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        for _ in 0..2 {
            v.create_dossier("basis", at).unwrap();
        }
        v.write(|tx, key, _| {
            let mut c = read_counters(tx, key)?;
            c.references.insert(2026, 0);
            c.next_dossier = 1;
            put_counters(tx, key, &c)
        })
        .unwrap();
        let d = v.create_dossier("basis", at).unwrap();
        assert_eq!((d.id, d.reference.as_str()), (DossierId(3), "MD-2026-0003"));
        let refs: std::collections::BTreeSet<String> = v
            .list_dossiers()
            .unwrap()
            .into_iter()
            .map(|s| s.reference)
            .collect();
        assert_eq!(refs.len(), 3);
        // Another year starts at 1.
        let next_year = Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap();
        let e = v.create_dossier("basis", next_year).unwrap();
        assert_eq!((e.id, e.reference.as_str()), (DossierId(4), "MD-2027-0001"));
    }
}
