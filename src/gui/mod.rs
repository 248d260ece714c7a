//! The shell on top of the views: eframe's [`eframe::App`], the frame loop (input, views,
//! commands, exports, autosave, repaint), the window's set-up, and the screenshot set-ups.
//! It owns the [`ui::Views`] and the [`App`]; `app` below it knows nothing of egui's drawing
//! or of the views.

mod demo;
mod demo_more;
pub mod shutdown;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use crate::app::{App, FocusRequest, ThemeChoice, WindowPrefs};
use crate::texts;
use crate::ui;

/// The window: the app and the views that draw it.
pub struct Gui {
    /// State and commands.
    pub app: App,
    /// View-local state (drafts, search text, open dialogs).
    pub views: ui::Views,
    /// With `MELDCODE_TIMING` set: when the process started, for the frame log on stderr.
    timing: Option<Instant>,
    /// Set when the system asks the window to end (SIGTERM, SIGHUP, Ctrl-C).
    pub shutdown: shutdown::ShutdownFlag,
    /// With `MELDCODE_CASE_SCREEN`: the screen of the real case to show once its vault is
    /// open (the screenshot script).
    case_screen: Option<String>,
}

impl Gui {
    /// The shell around an app.
    pub fn new(app: App) -> Self {
        Self {
            app,
            views: ui::Views::default(),
            timing: None,
            shutdown: shutdown::ShutdownFlag::default(),
            case_screen: None,
        }
    }

    /// Draws one frame and runs the commands it produced. Called by eframe and by tests.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.end_if_asked(&ctx) {
            return;
        }
        let now = Instant::now();
        let active = ctx.input(|i| !i.events.is_empty() || i.pointer.any_down());
        self.app.begin_frame(now, active);
        for command in ui::shortcuts::from_shortcuts(&ctx) {
            self.app.push(command);
        }
        self.apply_focus(&ctx);
        let (state, cmds) = self.app.for_views();
        ui::root_ui(ui, state, &mut self.views, cmds);
        ui::hint_target::expire_select_target(&ctx);
        // Commands change what the views show: draw the result now, not at the next input.
        let commanded = self.app.has_pending();
        if self.app.run_pending() {
            apply_prefs(&ctx, &self.app.state.prefs);
        }
        if commanded {
            ctx.request_repaint();
        }
        if let Some(which) = self.case_screen.clone()
            && self.show_case_screen(&which)
        {
            self.case_screen = None;
            ctx.request_repaint();
        }
        if self.app.poll_exports() {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        if let Some(after) = self.app.end_frame(now) {
            ctx.request_repaint_after(after + Duration::from_millis(10));
        }
        if let Some(start) = self.timing {
            // Performance figures for the docs: one line per frame, no dossier content.
            eprintln!(
                "frame at {:.1} ms, took {:.2} ms",
                start.elapsed().as_secs_f64() * 1000.0,
                now.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    /// Hands a focus request of the app to the views it is about.
    fn apply_focus(&mut self, ctx: &egui::Context) {
        match self.app.state.focus.take() {
            Some(FocusRequest::Hint { place, span }) => {
                ui::hint_target::select_in_place(ctx, place, span);
            }
            Some(FocusRequest::Search) => self.views.list.focus_search = true,
            Some(FocusRequest::Section(section)) => self.views.dossier.more.focus = Some(section),
            Some(FocusRequest::OpenVault(path)) => self.views.wizard.prefill_open(&path),
            Some(FocusRequest::Certificate) => self.views.organisation.reveal_certificate(),
            None => {}
        }
    }

    /// Waits for a running export to finish (tests and the screenshot script).
    pub fn wait_for_export(&mut self, timeout: Duration) {
        self.app.wait_for_export(timeout);
    }
}

impl eframe::App for Gui {
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
        self.app.end_session();
    }
}

/// Theme, zoom and input borders from the preferences.
pub fn apply_prefs(ctx: &egui::Context, prefs: &WindowPrefs) {
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

/// Opens the window, on the open-vault step for `open` when given (a vault opened from the
/// file manager). With `MELDCODE_TIMING` set, every frame is logged to stderr;
/// `MELDCODE_DEMO_SCREEN` sets up a screen of the example for the screenshot scripts, and
/// `MELDCODE_CASE_SCREEN` one of the opened vault's first dossier (`scripts/screenshots-case.sh`).
pub fn run_window(open: Option<std::path::PathBuf>) -> ExitCode {
    let started = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(texts::window::WINDOW_TITLE)
            .with_app_id("nl.meldcode.Dossier")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    match eframe::run_native(
        texts::window::WINDOW_TITLE,
        options,
        Box::new(|cc| {
            let app = App::from_saved_prefs();
            apply_prefs(&cc.egui_ctx, &app.state.prefs);
            let mut gui = Gui::new(app);
            shutdown::watch_signals(&gui.shutdown, &cc.egui_ctx);
            gui.timing = std::env::var_os("MELDCODE_TIMING").map(|_| started);
            if let Some(path) = &open {
                gui.views.wizard.prefill_open(path);
                gui.app.state.screen = crate::app::Screen::Wizard;
            }
            gui.case_screen = std::env::var("MELDCODE_CASE_SCREEN").ok();
            if let Ok(which) = std::env::var("MELDCODE_DEMO_SCREEN")
                && !gui.show_more_demo_screen(&which)
            {
                gui.show_demo_screen(&which);
            }
            Ok(Box::new(gui))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: cannot open the window: {err}");
            ExitCode::from(2)
        }
    }
}
