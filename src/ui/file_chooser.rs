//! The system's file chooser, with the typed path as the way that always works (#20). The
//! dialog runs on its own thread, so a chooser that hangs (a broken desktop portal) never
//! freezes the window; when the system has no chooser, or it closes before a person could
//! have, the window says so and points at the path field next to the button.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::texts::window as t;

/// A chooser that answers "nothing chosen" sooner than this never showed itself.
const TOO_FAST: Duration = Duration::from_millis(400);

/// What to choose.
#[derive(Debug, Clone, PartialEq)]
pub enum Pick {
    /// An existing file.
    OpenFile,
    /// A file to write, with the proposed name.
    SaveFile(String),
    /// A folder.
    Folder,
}

/// One request to the system's chooser.
#[derive(Debug, Clone, PartialEq)]
pub struct ChooserRequest {
    /// What to choose.
    pub pick: Pick,
    /// The folder to start in.
    pub dir: Option<PathBuf>,
    /// A file-type filter: its name and extensions.
    pub filter: Option<(String, Vec<String>)>,
}

/// Whether this session has a file chooser to ask: a D-Bus session for the desktop portal,
/// or a display for rfd's fallback (zenity).
pub fn system_chooser_present() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    set("DBUS_SESSION_BUS_ADDRESS") || set("DISPLAY") || set("WAYLAND_DISPLAY")
}

fn run_system_chooser(request: ChooserRequest) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new();
    if let Some(dir) = request.dir.filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some((name, extensions)) = &request.filter {
        dialog = dialog.add_filter(name, extensions);
    }
    match request.pick {
        Pick::OpenFile => dialog.pick_file(),
        Pick::SaveFile(name) => dialog.set_file_name(name).save_file(),
        Pick::Folder => dialog.pick_folder(),
    }
}

/// A "Kiezen…" button with its state: a running dialog, or the note why none came.
#[derive(Debug, Default)]
pub struct FileChooser {
    running: Option<(Receiver<Option<PathBuf>>, Instant)>,
    note: Option<&'static str>,
}

impl FileChooser {
    /// Draws the button (and, below it, a note when there is one); returns the chosen path
    /// once the dialog closed with one.
    pub fn button_ui(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        request: impl FnOnce() -> ChooserRequest,
    ) -> Option<PathBuf> {
        let chosen = self.poll(ui.ctx());
        let busy = self.running.is_some();
        if ui.add_enabled(!busy, egui::Button::new(label)).clicked() {
            self.start(request());
        }
        chosen
    }

    /// The note of this chooser, if any: that the dialog is open, or that none can open and
    /// the path is to be typed.
    pub fn note_ui(&self, ui: &mut egui::Ui) {
        if self.running.is_some() {
            ui.label(egui::RichText::new(t::FILE_CHOOSER_OPEN_NOTE).weak());
        } else if let Some(note) = self.note {
            ui.colored_label(ui.visuals().warn_fg_color, note);
        }
    }

    fn start(&mut self, request: ChooserRequest) {
        self.note = None;
        if !system_chooser_present() {
            self.note = Some(t::FILE_CHOOSER_UNAVAILABLE);
            return;
        }
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("file-chooser".to_owned())
            .spawn(move || {
                let _ = tx.send(run_system_chooser(request));
            });
        match spawned {
            Ok(_) => self.running = Some((rx, Instant::now())),
            Err(_) => self.note = Some(t::FILE_CHOOSER_UNAVAILABLE),
        }
    }

    fn poll(&mut self, ctx: &egui::Context) -> Option<PathBuf> {
        let (rx, started) = self.running.as_ref()?;
        match rx.try_recv() {
            Ok(Some(path)) => {
                self.running = None;
                Some(path)
            }
            Ok(None) | Err(TryRecvError::Disconnected) => {
                if started.elapsed() < TOO_FAST {
                    self.note = Some(t::FILE_CHOOSER_UNAVAILABLE);
                }
                self.running = None;
                None
            }
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                None
            }
        }
    }
}
