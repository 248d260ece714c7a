//! App state and command handling. The views in [`crate::ui`] read [`AppState`] and push
//! [`Command`]s; [`App::handle`] runs them at the end of the frame and is the one place
//! where data changes: through the vault when one is open, in memory for the example.

pub mod command;
mod demo_more;
pub mod export;
mod export_worker;
pub mod followup;
pub mod forms;
mod handle;
pub mod hints;
pub mod lock_policy;
pub mod lock_takeover;
pub mod prefs;
pub mod shutdown;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

pub use command::{Command, ThemeChoice, VaultRequest};
pub use export::{ExportCommand, ExportFormat, ExportKind, ExportedFile, SignatureStatus};
pub use followup::{FollowupCommand, FollowupSection};
pub use forms::FormSets;
pub use handle::AppError;
pub use prefs::WindowPrefs;

use crate::domain::{Answers, Dossier, DossierId, Profile, Step, Value, example};
use crate::storage::DossierSummary;
use crate::texts;

/// The app's clock: the views and handlers read the time through it, so tests can set it.
pub type Clock = std::sync::Arc<dyn Fn() -> chrono::DateTime<chrono::Utc> + Send + Sync>;

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

/// A next action with a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextDated {
    /// Check an agreement (afspraak) by its date.
    Afspraak,
    /// Catch up a conversation that was skipped.
    CatchUp,
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
    /// The dated next action, if any: an open agreement (earliest first) or a
    /// conversation to catch up.
    pub next_dated: Option<(NextDated, chrono::NaiveDate)>,
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
        let next_dated = s
            .afspraken_due
            .iter()
            .map(|(_, due)| (NextDated::Afspraak, *due))
            .chain(s.catch_up_on.map(|on| (NextDated::CatchUp, on)))
            .min_by_key(|(_, on)| *on);
        Self {
            id: s.id,
            reference: s.reference,
            title: s.title,
            closed: matches!(s.status, crate::domain::Status::Gesloten { .. }),
            step: s.current_step,
            step_done: s.step_done,
            decided: s.decided,
            updated: s.updated_at.date_naive(),
            next_dated,
            holder,
            afspraken_due: s.afspraken_due,
        }
    }
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
    /// Who else holds the vault's lock, and whether it may be taken over.
    pub lock_status: lock_takeover::LockStatus,
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

    /// A step's answers including edits not yet committed.
    pub fn answers<'a>(
        &'a self,
        dossier: &'a Dossier,
        step: Step,
    ) -> std::borrow::Cow<'a, Answers> {
        let stored = &dossier.step(step).answers;
        let mut pending = self
            .edits
            .iter()
            .filter(|((d, s, _), _)| *d == dossier.id && *s == step)
            .peekable();
        if pending.peek().is_none() {
            return std::borrow::Cow::Borrowed(stored);
        }
        let mut answers = stored.clone();
        for ((_, _, field), edit) in pending {
            match &edit.value {
                Some(v) => answers.insert(field.clone(), v.clone()),
                None => answers.remove(field),
            };
        }
        std::borrow::Cow::Owned(answers)
    }

    /// Whether edits wait to be committed.
    pub fn has_pending_edits(&self) -> bool {
        !self.edits.is_empty() || self.profile_dirty_at.is_some()
    }

    /// Whether the data shown is the embedded example.
    pub fn is_example(&self) -> bool {
        matches!(self.source, Source::Example { .. })
    }
}

/// The application: state, view-local state and the command queue.
pub struct App {
    /// What the views read.
    pub state: AppState,
    /// View-local state (drafts, search text, open dialogs).
    pub views: crate::ui::Views,
    pending: Vec<Command>,
    prefs_path: Option<PathBuf>,
    vault: Option<crate::storage::Vault>,
    /// Argon2 cost for new vaults; `None` calibrates (the product). Tests set a cheap one.
    pub kdf: Option<crate::storage::KdfParams>,
    /// With `MELDCODE_TIMING` set: when the process started, for the frame log on stderr.
    timing: Option<Instant>,
    /// Where the time comes from (the system clock; tests set their own).
    pub clock: Clock,
    last_heartbeat: Instant,
    /// Set when the system asks the window to end (SIGTERM, SIGHUP, Ctrl-C).
    pub shutdown: shutdown::ShutdownFlag,
    /// The passphrase, only while the vault is open read-only (try again, take over).
    lock_retry: Option<zeroize::Zeroizing<String>>,
}

impl App {
    /// The app as the window starts it: preferences from disk (`MELDCODE_PREFS` overrides
    /// where), the example open.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
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
        if let Some(dir) = own_forms
            && let Err(e) = app.use_own_forms(&dir)
        {
            app.state.message = Some(e.message());
        }
        if let Some(path) = last_vault.filter(|p| p.exists()) {
            app.views.wizard.prefill_open(&path);
            app.state.screen = Screen::Wizard;
        }
        app.apply_prefs(&cc.egui_ctx);
        app
    }

    /// The app on the embedded example with the given form sets; preferences are written to
    /// `prefs_path` when given. Used by [`App::new`] and by tests.
    pub fn with_example(forms: FormSets, prefs: WindowPrefs, prefs_path: Option<PathBuf>) -> Self {
        let state = AppState {
            screen: Screen::List,
            source: Source::Example { changed: false },
            profile: example::profile(),
            dossiers: vec![example::dossier()],
            rows: Vec::new(),
            read_only_holder: None,
            forms,
            message: None,
            locked: false,
            prefs,
            now: chrono::Utc::now(),
            exports: export::ExportState::default(),
            lock_status: lock_takeover::LockStatus::default(),
            edits: BTreeMap::new(),
            profile_dirty_at: None,
            last_activity: Instant::now(),
        };
        let mut app = Self {
            state,
            views: crate::ui::Views::default(),
            pending: Vec::new(),
            prefs_path,
            vault: None,
            kdf: None,
            timing: None,
            clock: std::sync::Arc::new(chrono::Utc::now),
            last_heartbeat: Instant::now(),
            shutdown: shutdown::ShutdownFlag::default(),
            lock_retry: None,
        };
        app.refresh_rows();
        app
    }

    /// Queues a command, as a view would.
    pub fn push(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Draws one frame and runs the commands it produced. Called by eframe and by tests.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.end_if_asked(&ctx) {
            return;
        }
        let now = Instant::now();
        self.state.now = (self.clock)();
        if ctx.input(|i| !i.events.is_empty() || i.pointer.any_down()) {
            self.state.last_activity = now;
        }
        let idle = Duration::from_secs(u64::from(self.state.prefs.idle_lock_minutes) * 60);
        if !self.state.locked
            && !idle.is_zero()
            && now.duration_since(self.state.last_activity) >= idle
        {
            self.pending.push(Command::Lock);
        }
        self.pending.extend(Command::from_shortcuts(&ctx));
        crate::ui::root_ui(ui, &self.state, &mut self.views, &mut self.pending);
        self.run_pending(&ctx);
        self.poll_exports(&ctx);
        self.flush_due(now, false);
        self.heartbeat_due(now);
        self.schedule_repaint(&ctx, now, idle);
        if let Some(start) = self.timing {
            // Performance figures for the README: one line per frame, no dossier content.
            eprintln!(
                "frame at {:.1} ms, took {:.2} ms",
                start.elapsed().as_secs_f64() * 1000.0,
                now.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    /// Runs the queued commands.
    pub fn run_pending(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.pending) {
            let prefs_before = self.state.prefs.clone();
            if let Err(err) = self.handle(command) {
                self.state.message = Some(err.message());
            }
            if self.state.prefs != prefs_before {
                self.apply_prefs(ctx);
                self.save_prefs();
            }
        }
    }

    /// Refreshes the vault lock's heartbeat about once a minute, so others on the shared
    /// folder see the lock is live (and a crashed window's lock turns stale).
    fn heartbeat_due(&mut self, now: Instant) {
        if now.duration_since(self.last_heartbeat) < HEARTBEAT_EVERY {
            return;
        }
        self.last_heartbeat = now;
        if let Some(vault) = &mut self.vault
            && let Err(e) = vault.heartbeat()
        {
            self.state.message = Some(handle::vault_error(e).message());
        }
    }

    fn schedule_repaint(&self, ctx: &egui::Context, now: Instant, idle: Duration) {
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
        if self.vault.is_some() {
            earliest((self.last_heartbeat + HEARTBEAT_EVERY).saturating_duration_since(now));
        }
        if let Some(after) = wake {
            ctx.request_repaint_after(after + Duration::from_millis(10));
        }
    }

    fn apply_prefs(&self, ctx: &egui::Context) {
        let prefs = &self.state.prefs;
        ctx.set_theme(match prefs.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(prefs.zoom.clamp(0.75, 2.0));
        // Inputs need a visible border in both themes: a teacher must see where to type.
        ctx.all_styles_mut(|style| {
            let border = style.visuals.widgets.noninteractive.fg_stroke.color;
            style.visuals.widgets.inactive.bg_stroke =
                egui::Stroke::new(1.0, border.gamma_multiply(0.45));
        });
    }

    fn save_prefs(&mut self) {
        if let Some(path) = &self.prefs_path
            && self.state.prefs.save(path).is_err()
        {
            self.state.message = Some(Message {
                error: true,
                text: texts::ERR_PREFS.to_owned(),
                items: Vec::new(),
            });
        }
    }

    /// Sets the example up on one of the main screens, for `scripts/screenshots.sh`:
    /// `list`, `dossier`, `afweging`, `gesprek`, `schrijfhulp`, `organisatie`, `wizard`,
    /// `vergrendeld`, and `lang` (a 5,000-word field open, for `scripts/perf.sh`). Goes through the ordinary
    /// commands, so it changes the in-memory example only.
    pub fn show_demo_screen(&mut self, which: &str) {
        let Some(id) = self.state.dossiers.first().map(|d| d.id) else {
            return;
        };
        let mut commands = vec![Command::OpenDossier(id)];
        match which {
            "dossier" => commands.push(Command::SelectStep(Step::Signaleren)),
            "afweging" => {
                commands.push(Command::SelectStep(Step::Wegen));
                for (question, motivation) in [
                    (
                        "afweging_1",
                        "Blauwe plek op 2 november, uitspraak van het kind op 4 november, \
                         afwezigheid in oktober.",
                    ),
                    (
                        "afweging_2",
                        "Het kind zei dat het niet mocht eten; herhaald patroon.",
                    ),
                ] {
                    commands.push(Command::AnswerAfweging {
                        question: question.to_owned(),
                        answer: crate::domain::Tri::Ja,
                        motivation: motivation.to_owned(),
                        with_veilig_thuis: false,
                        veilig_thuis_contact: String::new(),
                    });
                }
            }
            "gesprek" => commands.push(Command::SelectStep(Step::Gesprek)),
            "schrijfhulp" => {
                commands.push(Command::SelectStep(Step::Consulteren));
                for (field, value) in [
                    (
                        "vt_advies_gevraagd",
                        crate::domain::Value::Tri(crate::domain::Tri::Ja),
                    ),
                    (
                        "vt_advies",
                        crate::domain::Value::Text(
                            "Op 9 november heb ik VT gebeld. De situatie thuis lijkt onveilig. \
                             Moeder is depressief."
                                .to_owned(),
                        ),
                    ),
                ] {
                    commands.push(Command::EditField {
                        step: Step::Consulteren,
                        field: field.to_owned(),
                        value: Some(value),
                    });
                }
                commands.push(Command::Save);
            }
            "lang" => {
                // A 5,000-word field open, for the frame-time figure in scripts/perf.sh:
                // paragraphs of six sentences, as people write.
                let sentences = "Op 2 november om 8.40 uur zag ik een blauwe plek op de linker \
                                 bovenarm. "
                    .repeat(6);
                let words = [sentences.trim_end(); 5000 / 90 + 1].join("\n\n");
                commands.push(Command::SelectStep(Step::Consulteren));
                commands.push(Command::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies_gevraagd".to_owned(),
                    value: Some(crate::domain::Value::Tri(crate::domain::Tri::Ja)),
                });
                commands.push(Command::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies".to_owned(),
                    value: Some(crate::domain::Value::Text(words)),
                });
                commands.push(Command::Save);
            }
            "wizard" => commands = vec![Command::ShowWizard],
            "vergrendeld" => commands = vec![Command::Lock],
            "organisatie" => commands.push(Command::ShowOrganisation),
            _ => commands = vec![Command::ShowList],
        }
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

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.timing.is_some()
            && let Some(cpu) = frame.info().cpu_usage
        {
            // The whole previous frame on the CPU: UI, tessellation and painting.
            eprintln!("previous frame cpu {:.2} ms", cpu * 1000.0);
        }
        self.frame_ui(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.end_session();
    }
}

/// Opens the window. With `MELDCODE_TIMING` set, every frame is logged to stderr.
pub fn run_window() -> ExitCode {
    let started = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(texts::WINDOW_TITLE)
            .with_app_id("meldcode-dossier")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    match eframe::run_native(
        texts::WINDOW_TITLE,
        options,
        Box::new(|cc| {
            let mut app = App::new(cc);
            shutdown::watch_signals(&app.shutdown, &cc.egui_ctx);
            app.timing = std::env::var_os("MELDCODE_TIMING").map(|_| started);
            if let Ok(which) = std::env::var("MELDCODE_DEMO_SCREEN")
                && !app.show_more_demo_screen(&which)
            {
                app.show_demo_screen(&which);
            }
            Ok(Box::new(app))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: cannot open the window: {err}");
            ExitCode::from(2)
        }
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
