//! Every action the window can ask for, with its label, tooltip and shortcut in one place.

use chrono::NaiveDate;
use egui::{Key, KeyboardShortcut, Modifiers};

use crate::domain::{DossierId, KeptHint, Signal, Step, Tri, Value};
use crate::texts;

/// The theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What the wizard asks the app to do with a vault.
#[derive(Debug, Clone, PartialEq)]
pub struct VaultRequest {
    /// The vault file.
    pub path: std::path::PathBuf,
    /// The passphrase (dropped once the vault is open).
    pub passphrase: String,
    /// Create a new vault (`true`) or open an existing one.
    pub create: bool,
    /// The user's name (for a new vault).
    pub name: String,
    /// The user's function.
    pub function: String,
    /// The organisation's name.
    pub organisation: String,
    /// The form set id chosen by sector.
    pub form_set: String,
    /// A folder with the organisation's own forms, if chosen.
    pub own_forms: Option<std::path::PathBuf>,
}

/// A request from the window. Views push these; [`crate::app::App::handle`] runs them at the
/// end of the frame. Every data change goes through here.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the dossier list.
    ShowList,
    /// Show the organisation set-up.
    ShowOrganisation,
    /// Show the settings.
    ShowSettings,
    /// Show the first-start wizard.
    ShowWizard,
    /// Open the embedded example.
    OpenExample,
    /// Create or open a vault.
    OpenVault(VaultRequest),
    /// Put the keyboard focus in the search field of the list.
    FocusSearch,
    /// Start a new dossier.
    NewDossier,
    /// Write every pending edit now.
    Save,
    /// Lock the window.
    Lock,
    /// Unlock with the passphrase.
    Unlock(String),
    /// Open a dossier.
    OpenDossier(DossierId),
    /// Show one step of the open dossier.
    SelectStep(Step),
    /// A field of a step's form changed; committed after a second without typing.
    EditField {
        /// The step.
        step: Step,
        /// Field id.
        field: String,
        /// New value; `None` clears it.
        value: Option<Value>,
    },
    /// A field of the organisation's protocol changed.
    EditProtocol {
        /// Field id.
        field: String,
        /// New value.
        value: Option<Value>,
    },
    /// Replace the organisation's vocabulary: words the writing check accepts (one per entry).
    SetVocabulary(Vec<String>),
    /// Set the neutral title of the open dossier.
    SetTitle(String),
    /// Record a signal in the open dossier.
    AddSignal(Signal),
    /// Close a step (refused while required fields are empty).
    CompleteStep(Step),
    /// Reopen a completed step.
    RevisitStep {
        /// The step.
        step: Step,
        /// Why.
        reason: String,
    },
    /// Answer one afwegingskader question.
    AnswerAfweging {
        /// Question id.
        question: String,
        /// The answer.
        answer: Tri,
        /// Why.
        motivation: String,
        /// Answered together with Veilig Thuis.
        with_veilig_thuis: bool,
        /// The Veilig Thuis employee.
        veilig_thuis_contact: String,
    },
    /// Record the stap 5 decision, by the eindverantwoordelijke.
    Decide {
        /// Melden.
        melden: bool,
        /// Hulp.
        hulp: bool,
        /// Why.
        motivation: String,
    },
    /// Record the conversation of stap 3.
    AddConversation {
        /// When.
        on: NaiveDate,
        /// What was said.
        said: String,
        /// How the family reacted.
        reaction: String,
    },
    /// Keep a writing-check hint in the open dossier, with the reason.
    KeepHint(KeptHint),
    /// Close the open dossier.
    CloseDossier(String),
    /// Reopen the open dossier.
    ReopenDossier(String),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the zoom factor.
    SetZoom(f32),
    /// Change the idle-lock time in minutes.
    SetIdleLock(u32),
    /// Hide the message bar.
    DismissMessage,
    /// Urgent path, afspraken, information requests, participation, melding (issues 9, 10).
    Followup(super::FollowupCommand),
    /// Export a document or the melding package (issues 7, 8, 9).
    Export(super::ExportCommand),
    /// Try the vault's lock again, or take a stale one over (#26).
    VaultLock(super::lock_takeover::LockCommand),
}

impl Command {
    /// Label and tooltip of the commands that have a button or menu entry.
    pub fn label_and_tooltip(&self) -> (&'static str, &'static str) {
        match self {
            Command::NewDossier => (texts::CMD_NEW_DOSSIER, texts::CMD_NEW_DOSSIER_TIP),
            Command::Save => (texts::CMD_SAVE, texts::CMD_SAVE_TIP),
            Command::FocusSearch => (texts::CMD_SEARCH, texts::CMD_SEARCH_TIP),
            Command::ShowList => (texts::CMD_LIST, texts::CMD_LIST_TIP),
            Command::ShowOrganisation => (texts::CMD_ORGANISATION, texts::CMD_ORGANISATION_TIP),
            Command::ShowSettings => (texts::CMD_SETTINGS, texts::CMD_SETTINGS_TIP),
            Command::Lock => (texts::CMD_LOCK, texts::CMD_LOCK_TIP),
            Command::OpenExample => (texts::CMD_OPEN_EXAMPLE, texts::CMD_OPEN_EXAMPLE_TIP),
            Command::ShowWizard => (texts::CMD_WIZARD, texts::CMD_WIZARD_TIP),
            _ => ("", ""),
        }
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Command::NewDossier => cmd(Key::N),
            Command::Save => cmd(Key::S),
            Command::FocusSearch => cmd(Key::F),
            Command::Lock => cmd(Key::L),
            _ => None,
        }
    }

    /// The commands with a shortcut, checked every frame.
    pub const WITH_SHORTCUT: [Command; 4] = [
        Command::NewDossier,
        Command::Save,
        Command::FocusSearch,
        Command::Lock,
    ];

    /// The commands triggered by shortcuts pressed this frame (consumes the keys).
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Command> {
        Self::WITH_SHORTCUT
            .into_iter()
            .filter(|c| {
                c.shortcut()
                    .is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s)))
            })
            .collect()
    }
}
