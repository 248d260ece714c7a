//! Ending cleanly when the system ends the window (#26): logging out, shutting down or
//! Ctrl-C send SIGTERM, SIGHUP or SIGINT. Without a handler the process dies with its
//! lock file left behind and the last second of typing unsaved. With one, a watcher
//! thread sets a [`ShutdownFlag`] and wakes the frame loop; the next frame saves what is
//! pending (each change with its audit entry), releases the vault's lock and asks the
//! window to close ([`Gui::end_if_asked`], through [`crate::app::App::end_session`]).
//!
//! On Windows the window's close and end-session messages reach eframe as an ordinary
//! close (`on_exit`), which runs the same [`crate::app::App::end_session`].

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Gui;

/// How long the frame loop gets to end on its own after a signal before the watcher
/// ends the process anyway (a desktop session gives a few seconds).
pub const GRACE: std::time::Duration = std::time::Duration::from_secs(4);

/// Set when the system asked the window to end; read by every frame.
#[derive(Debug, Clone, Default)]
pub struct ShutdownFlag {
    asked: Arc<AtomicBool>,
    ended: Arc<AtomicBool>,
}

impl ShutdownFlag {
    /// Asks the window to end at its next frame.
    pub fn request(&self) {
        self.asked.store(true, Ordering::SeqCst);
    }

    /// Whether ending was asked.
    pub fn is_requested(&self) -> bool {
        self.asked.load(Ordering::SeqCst)
    }

    /// Whether the session has been ended (the window is closing).
    pub fn has_ended(&self) -> bool {
        self.ended.load(Ordering::SeqCst)
    }
}

/// Starts the watcher thread: on SIGTERM, SIGHUP or SIGINT it sets `flag` and wakes the
/// frame loop through `ctx`; on a second signal, or when the window has not ended within
/// [`GRACE`], it ends the process (the lock then turns stale and is taken over on the
/// next unlock). Does nothing where there are no such signals.
pub fn watch_signals(flag: &ShutdownFlag, ctx: &egui::Context) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT]) else {
            eprintln!("warning: cannot watch for end signals; the lock may stay behind");
            return;
        };
        let flag = flag.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("meldcode-shutdown".to_owned())
            .spawn(move || {
                let mut seen = false;
                loop {
                    if signals.wait().count() > 0 {
                        if seen {
                            std::process::exit(130);
                        }
                        seen = true;
                        flag.request();
                        ctx.request_repaint();
                        std::thread::spawn(|| {
                            std::thread::sleep(GRACE);
                            std::process::exit(143);
                        });
                    }
                }
            });
        if spawned.is_err() {
            eprintln!("warning: cannot watch for end signals; the lock may stay behind");
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (flag, ctx);
    }
}

impl Gui {
    /// Called every frame: when the system asked the window to end, ends the session and
    /// asks eframe to close the window, once. Returns whether the window is ending (then
    /// the frame draws nothing).
    pub fn end_if_asked(&mut self, ctx: &egui::Context) -> bool {
        if !self.shutdown.is_requested() {
            return false;
        }
        if !self.shutdown.ended.swap(true, Ordering::SeqCst) {
            self.app.end_session();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        true
    }
}
