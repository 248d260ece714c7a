//! Window preferences: the only thing the app keeps outside the vault.
//!
//! Stored as a small JSON file in the user's config folder rather than through eframe's
//! `persistence` feature: that feature also persists egui's memory (widget state), and we
//! want to be certain that nothing of a dossier ever lands outside the vault.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::command::ThemeChoice;

/// What survives a restart. Never dossier content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowPrefs {
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Zoom factor (1.0 = 100 %).
    pub zoom: f32,
    /// The vault opened last, offered on the next start.
    pub last_vault_path: Option<PathBuf>,
    /// Lock the window after this many idle minutes (0 = never).
    pub idle_lock_minutes: u32,
    /// A folder with the organisation's own forms, loaded at start.
    pub own_forms_dir: Option<PathBuf>,
}

impl Default for WindowPrefs {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
            last_vault_path: None,
            idle_lock_minutes: 10,
            own_forms_dir: None,
        }
    }
}

impl WindowPrefs {
    /// Where the preferences live, if the platform has a config folder.
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("nl", "Meldcode", "Meldcode Dossier")
            .map(|d| d.config_dir().join("venster.json"))
    }

    /// Reads the preferences; defaults when missing or unreadable.
    pub fn load(path: &Path) -> Self {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Writes the preferences atomically (temp file, sync, rename).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let dir = path.parent().unwrap_or_else(|| Path::new("."));
        std::fs::create_dir_all(dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        crate::ops::files::write_atomic(path, &json, true).map_err(std::io::Error::other)
    }
}
