//! App state and command handling, below the views. The views in `ui` read [`AppState`]
//! and push [`Command`]s; [`App::handle`] runs them at the end of the frame: navigation and
//! preferences here, every data change through [`crate::ops`] (the vault when one is open,
//! in memory for the example). No egui drawing and no views here: the shell in `gui` owns
//! them.

pub mod cert;
pub mod command;
pub mod export;
pub mod facts;
pub mod followup;
mod handle;
pub mod hints;
pub mod lock_takeover;
pub mod new_dossier;
pub mod prefs;
pub mod profile_gaps;
pub mod users;
pub mod vault_care;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub use crate::ops::identity::CertificateSummary;
pub use cert::{CertificateCommand, CertificateState};
pub use command::{Command, Nav, Op, Prefs, ThemeChoice, VaultRequest};
pub use export::{DocumentKind, ExportCommand, ExportedFile, Format, SignatureStatus};
pub use facts::{FactsCommand, NewZienswijze};
pub use followup::{FollowupCommand, FollowupSection};
pub use handle::AppError;
pub use new_dossier::NewDossier;
pub use prefs::WindowPrefs;
pub use users::{Passphrase, UserRow, UsersCommand, UsersState};
pub use vault_care::VaultCareCommand;

use crate::domain::{Answers, Dossier, DossierId, Profile, Step, Value};
use crate::ops::DossierSummary;
use crate::ops::Session;
pub use crate::ops::dossier::DecisionAccountInput;
pub use crate::ops::forms;
pub use crate::ops::forms::FormSets;
use crate::texts;

/// The app's clock: the session's, so the views, the handlers and the operations read the
/// same time and tests can set it.
pub use crate::ops::Clock;

/// How long after the last keystroke an edit is committed.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(1);

/// How often the vault's lock is told this window still holds it.
pub const HEARTBEAT_EVERY: Duration = Duration::from_mins(1);

/// Which screen is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// First start: create or open a vault.
    Wizard,
    /// The dossier list.
    List,
    /// One dossier, with the step shown.
    Dossier {
        /// The dossier.
        id: DossierId,
        /// The step shown below the timeline.
        step: Step,
    },
    /// The organisation set-up (`protocol` form).
    Organisation,
    /// Theme, zoom, idle lock.
    Settings,
    /// The "Nieuw dossier" form: title and who the dossier is about.
    NewDossier,
}

/// Where the dossiers come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The embedded example; changes stay in memory and are marked "niet opgeslagen".
    Example {
        /// Whether anything was changed in memory.
        changed: bool,
    },
    /// A vault file.
    Vault {
        /// Its path.
        path: PathBuf,
    },
}

/// A message for the user, shown in the message bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Whether it reports a failure.
    pub error: bool,
    /// The text (Dutch).
    pub text: String,
    /// Items listed under the text (e.g. the missing required fields).
    pub items: Vec<String>,
}

/// One row of the dossier list, from a loaded dossier (example) or a vault summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// The dossier.
    pub id: DossierId,
    /// Neutral reference.
    pub reference: String,
    /// Neutral title.
    pub title: String,
    /// Whether it is closed.
    pub closed: bool,
    /// The step to work on.
    pub step: Step,
    /// Whether that step is completed (only possible for stap 5).
    pub step_done: bool,
    /// Whether a stap 5 decision is recorded, where known.
    pub decided: bool,
    /// Date of the last change.
    pub updated: chrono::NaiveDate,
    /// The open follow-up dates (afspraken, the follow-up with Veilig Thuis, a
    /// conversation to catch up, the evaluation, a correction request), earliest first.
    pub reminders: Vec<crate::domain::Reminder>,
    /// Who holds it: the creator (example) or the user of the vault.
    pub holder: String,
    /// Agreements not yet checked: id and due date.
    pub afspraken_due: Vec<(u32, chrono::NaiveDate)>,
}

impl ListRow {
    fn of(d: &Dossier) -> Self {
        Self::from_summary(DossierSummary::of(d), d.created_by.name.clone())
    }

    /// A row from the vault's list summary: no dossier is decrypted for it.
    fn from_summary(s: DossierSummary, holder: String) -> Self {
        Self {
            id: s.id,
            reference: s.reference,
            title: s.title,
            closed: matches!(s.status, crate::domain::Status::Gesloten { .. }),
            step: s.current_step,
            step_done: s.step_done,
            decided: s.decided,
            updated: s.updated_at.date_naive(),
            reminders: s.reminders,
            holder,
            afspraken_due: s.afspraken_due,
        }
    }
}

/// A place the next frame should put the keyboard focus or bring into view: handlers ask,
/// the shell tells the views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FocusRequest {
    /// The search field of the dossier list.
    Search,
    /// A part of the dossier screen.
    Section(FollowupSection),
    /// The wizard's "open" page, prefilled with the last vault.
    OpenVault(PathBuf),
    /// The certificate section of the Organisatie page, opened and scrolled into view.
    Certificate,
    /// The words of a writing hint: the text at `place` (a hint's place key) scrolled into
    /// view, with the byte range `span` selected.
    Hint {
        /// The hint's place key: a field id, `signal:N` or `conversation:N`.
        place: String,
        /// Byte range of the words.
        span: std::ops::Range<usize>,
    },
}

/// An edit that is not yet committed.
#[derive(Debug, Clone, PartialEq)]
struct PendingEdit {
    value: Option<Value>,
    at: Instant,
}

/// Everything the views read. Views never change it; they push commands.
#[derive(Debug)]
pub struct AppState {
    /// The screen shown.
    pub screen: Screen,
    /// Where the data comes from.
    pub source: Source,
    /// The user and the organisation.
    pub profile: Profile,
    /// The dossiers loaded so far, as last loaded or changed.
    pub dossiers: Vec<Dossier>,
    /// The rows of the dossier list.
    pub rows: Vec<ListRow>,
    /// The dossiers past their bewaartermijn by the session's date (id and reference), for
    /// the offer to delete them on the Organisatie page.
    pub expired: Vec<(DossierId, String)>,
    /// Whether the vault is open read-only (someone else holds its lock): the holder.
    pub read_only_holder: Option<String>,
    /// The form sets.
    pub forms: FormSets,
    /// The message bar.
    pub message: Option<Message>,
    /// Whether the lock screen is shown.
    pub locked: bool,
    /// Window preferences.
    pub prefs: WindowPrefs,
    /// The time at the start of this frame, from the app's [`Clock`].
    pub now: chrono::DateTime<chrono::Utc>,
    /// Exports running and done.
    pub exports: export::ExportState,
    /// Where the views should put the focus next frame (taken by the shell).
    pub focus: Option<FocusRequest>,
    /// Who else holds the vault's lock, and whether it may be taken over.
    pub lock_status: lock_takeover::LockStatus,
    /// Why the last "Dossier aanmaken" was refused, shown in the form.
    pub new_dossier_refusal: Option<Message>,
    /// The vault's users, for the Gebruikers section.
    pub users: UsersState,
    /// The vault's signing certificate, for the certificate section.
    pub certificate: CertificateState,
    /// The warning about the vault just opened (older than one this computer saw), in
    /// Dutch with the dates, until accepted.
    pub vault_warning: Option<String>,
    edits: BTreeMap<(DossierId, Step, String), PendingEdit>,
    profile_dirty_at: Option<Instant>,
    last_activity: Instant,
}

impl AppState {
    /// The dossier with this id.
    pub fn dossier(&self, id: DossierId) -> Option<&Dossier> {
        self.dossiers.iter().find(|d| d.id == id)
    }

    /// The open dossier, if a dossier screen is shown.
    pub fn open_dossier(&self) -> Option<&Dossier> {
        match self.screen {
            Screen::Dossier { id, .. } => self.dossier(id),
            _ => None,
        }
    }

    /// A step's answers including edits not yet committed, with the record facts a form's
    /// conditions may look at (the decision, the afwegingskader answers).
    pub fn answers(&self, dossier: &Dossier, step: Step) -> Answers {
        let mut answers = dossier.step(step).answers.clone();
        let pending = self
            .edits
            .iter()
            .filter(|((d, s, _), _)| *d == dossier.id && *s == step);
        for ((_, _, field), edit) in pending {
            match &edit.value {
                Some(v) => answers.insert(field.clone(), v.clone()),
                None => answers.remove(field),
            };
        }
        dossier.with_record_answers(answers)
    }

    /// Whether edits wait to be committed.
    pub fn has_pending_edits(&self) -> bool {
        !self.edits.is_empty() || self.profile_dirty_at.is_some()
    }

    /// Today by the session's clock (the time of this frame), in the user's time zone.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now.with_timezone(&chrono::Local).date_naive()
    }

    /// Whether the data shown is the embedded example.
    pub fn is_example(&self) -> bool {
        matches!(self.source, Source::Example { .. })
    }
}

/// The application below the views: state, the command queue and the session.
pub struct App {
    /// What the views read.
    pub state: AppState,
    pending: Vec<Command>,
    prefs_path: Option<PathBuf>,
    session: Session,
    /// Argon2 cost for new vaults; `None` calibrates (the product). Tests set a cheap one.
    pub kdf: Option<crate::ops::KdfParams>,
    /// Where the last state seen of each vault is kept, to warn when one opens older
    /// ([`crate::ops::vault::state_dir`] in the product); `None` skips that check.
    pub state_dir: Option<PathBuf>,
    last_heartbeat: Instant,
    /// The passphrase, only while the vault is open read-only (try again, take over).
    lock_retry: Option<zeroize::Zeroizing<String>>,
}

impl App {
    /// The app as the window starts it: preferences from disk (`MELDCODE_PREFS` overrides
    /// where), the state seen of vaults shared with the command line, the example open, the last vault offered in the wizard.
    pub fn from_saved_prefs() -> Self {
        let prefs_path = std::env::var_os("MELDCODE_PREFS")
            .map(PathBuf::from)
            .or_else(WindowPrefs::default_path);
        let prefs = prefs_path
            .as_deref()
            .map(WindowPrefs::load)
            .unwrap_or_default();
        let last_vault = prefs.last_vault_path.clone();
        let own_forms = prefs.own_forms_dir.clone();
        let mut app = Self::with_example(FormSets::bundled(), prefs, prefs_path);
        app.state_dir = crate::ops::vault::state_dir();
        if let Some(dir) = own_forms
            && let Err(e) = app.use_own_forms(&dir)
        {
            app.state.message = Some(e.message());
        }
        if let Some(path) = last_vault.filter(|p| p.exists()) {
            app.state.focus = Some(FocusRequest::OpenVault(path));
            app.state.screen = Screen::Wizard;
        }
        app
    }

    /// The app on the embedded example with the given form sets; preferences are written to
    /// `prefs_path` when given. Used by [`App::from_saved_prefs`] and by tests.
    pub fn with_example(forms: FormSets, prefs: WindowPrefs, prefs_path: Option<PathBuf>) -> Self {
        let session = Session::example(crate::ops::system_clock());
        let state = AppState {
            screen: Screen::List,
            source: Source::Example { changed: false },
            profile: session.profile().clone(),
            dossiers: Vec::new(),
            rows: Vec::new(),
            expired: Vec::new(),
            read_only_holder: None,
            forms,
            message: None,
            locked: false,
            prefs,
            now: session.now(),
            exports: export::ExportState::default(),
            focus: None,
            lock_status: lock_takeover::LockStatus::default(),
            new_dossier_refusal: None,
            users: UsersState::default(),
            vault_warning: None,
            certificate: CertificateState::default(),
            edits: BTreeMap::new(),
            profile_dirty_at: None,
            last_activity: Instant::now(),
        };
        let mut app = Self {
            state,
            pending: Vec::new(),
            prefs_path,
            session,
            kdf: None,
            state_dir: None,
            last_heartbeat: Instant::now(),
            lock_retry: None,
        };
        app.use_session(Session::example(crate::ops::system_clock()));
        app
    }

    /// Sets the clock of the session (tests move it by hand).
    pub fn set_clock(&mut self, clock: Clock) {
        self.session.set_clock(clock);
        self.state.now = self.session.now();
    }

    /// Today by the session's clock, in the user's time zone.
    pub fn today(&self) -> chrono::NaiveDate {
        self.session.today()
    }

    /// Queues a command, as a view would.
    pub fn push(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Whether commands wait to be run.
    pub fn has_pending(&self) -> bool {
        !self.pending.is_empty()
    }

    /// What the views need for one frame: the state to read and the queue to push to.
    pub fn for_views(&mut self) -> (&AppState, &mut Vec<Command>) {
        (&self.state, &mut self.pending)
    }

    /// Starts a frame: the time from the session's clock, activity for the idle lock (a
    /// lock is queued when the window was idle too long).
    pub fn begin_frame(&mut self, now: Instant, active: bool) {
        self.state.now = self.session.now();
        if active {
            self.state.last_activity = now;
        }
        let idle = self.idle_lock();
        if !self.state.locked
            && !idle.is_zero()
            && now.duration_since(self.state.last_activity) >= idle
        {
            self.pending.push(Command::Op(Op::Lock));
        }
    }

    /// Ends a frame: autosave and the lock's heartbeat when due. Returns when the next
    /// frame is needed without input (an edit to save, the idle lock, the heartbeat).
    pub fn end_frame(&mut self, now: Instant) -> Option<Duration> {
        self.flush_due(now, false);
        self.heartbeat_due(now);
        self.next_wake(now)
    }

    fn idle_lock(&self) -> Duration {
        Duration::from_secs(u64::from(self.state.prefs.idle_lock_minutes) * 60)
    }

    /// Runs the queued commands; returns whether the preferences changed (the shell then
    /// applies them to the window). Changed preferences are saved.
    pub fn run_pending(&mut self) -> bool {
        let mut prefs_changed = false;
        for command in std::mem::take(&mut self.pending) {
            let prefs_before = self.state.prefs.clone();
            let message_before = self.state.message.clone();
            let moves_on = command.moves_on();
            match self.handle(command) {
                Err(err) => self.state.message = Some(err.message()),
                // A message answers the last action: once the user goes elsewhere or does
                // something else that succeeds, it no longer applies (a wrong passphrase after
                // the right one, "Stap afgerond." on the next step).
                Ok(()) if moves_on && message_before.is_some() => {
                    if self.state.message == message_before {
                        self.state.message = None;
                    }
                }
                Ok(()) => {}
            }
            if self.state.prefs != prefs_before {
                prefs_changed = true;
                self.save_prefs();
            }
        }
        prefs_changed
    }

    /// Refreshes the vault lock's heartbeat about once a minute, so others on the shared
    /// folder see the lock is live (and a crashed window's lock turns stale).
    fn heartbeat_due(&mut self, now: Instant) {
        if now.duration_since(self.last_heartbeat) < HEARTBEAT_EVERY {
            return;
        }
        self.last_heartbeat = now;
        if let Err(e) = self.session.store.heartbeat() {
            self.state.message = Some(AppError::from(e).message());
        }
    }

    fn next_wake(&self, now: Instant) -> Option<Duration> {
        let idle = self.idle_lock();
        let mut wake: Option<Duration> = None;
        let mut earliest = |d: Duration| wake = Some(wake.map_or(d, |w| w.min(d)));
        for edit in self.state.edits.values() {
            earliest((edit.at + AUTOSAVE_AFTER).saturating_duration_since(now));
        }
        if let Some(at) = self.state.profile_dirty_at {
            earliest((at + AUTOSAVE_AFTER).saturating_duration_since(now));
        }
        if !self.state.locked && !idle.is_zero() {
            earliest((self.state.last_activity + idle).saturating_duration_since(now));
        }
        if !self.session.store.is_example() {
            earliest((self.last_heartbeat + HEARTBEAT_EVERY).saturating_duration_since(now));
        }
        wake
    }

    /// Saves the preferences (at exit, and whenever they change).
    pub fn save_prefs(&mut self) {
        if let Some(path) = &self.prefs_path
            && self.state.prefs.save(path).is_err()
        {
            self.state.message = Some(Message {
                error: true,
                text: texts::window::SETTINGS_NOT_SAVED.to_owned(),
                items: Vec::new(),
            });
        }
    }

    /// Ends the session as the window closes or the system ends it (#26): saves every
    /// pending edit (each change writes its audit entry), writes the window preferences and
    /// closes the vault, which releases its lock. Safe to call twice.
    pub fn end_session(&mut self) {
        self.flush_due(Instant::now(), true);
        self.save_prefs();
        self.lock_retry = None;
        if !self.session.store.is_example() {
            self.session = Session::locked(self.session.clock());
            self.state.dossiers.clear();
            self.state.rows.clear();
            self.state.users = UsersState::default();
            self.state.certificate = CertificateState::default();
        }
    }

    /// Runs commands now, as the screenshot set-ups do; a failure goes to the message bar.
    pub fn run_now(&mut self, commands: Vec<Command>) {
        for command in commands {
            if let Err(err) = self.handle(command) {
                self.state.message = Some(err.message());
            }
        }
    }

    /// What eframe would persist: the window preferences only.
    pub fn persisted(&self) -> &WindowPrefs {
        &self.state.prefs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persisted_state_holds_no_dossier_content() {
        let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
        app.state.prefs.last_vault_path = Some(PathBuf::from("/tmp/kluis.meldcode"));
        let json = serde_json::to_string(app.persisted()).expect("serialise");
        assert!(!app.state.dossiers.is_empty());
        for d in &app.state.dossiers {
            assert!(!json.contains(&d.title), "title leaked");
            for p in &d.persons {
                assert!(!json.contains(&p.first_name), "{} leaked", p.first_name);
                assert!(!json.contains(&p.last_name), "{} leaked", p.last_name);
            }
        }
        assert!(!json.contains(&app.state.profile.user.name));
        assert!(json.contains("kluis.meldcode"));
    }
}
