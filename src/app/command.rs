//! Every action the window can ask for, with its label and tooltip in one place (the
//! shortcuts are egui's, in `ui::shortcuts`).

use chrono::NaiveDate;

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
    /// The passphrase (wiped when dropped, once the vault is open).
    pub passphrase: super::Passphrase,
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
/// end of the frame: navigation and preferences change only the window, operations go
/// through [`crate::ops`]. Every data change is an [`Op`].
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Where to go: screens, steps, the open dossier, the message bar.
    Nav(Nav),
    /// The window's preferences.
    Prefs(Prefs),
    /// Everything that reads or changes dossier data, through the operations layer.
    Op(Op),
}

/// Navigation: changes what is shown, never data.
#[derive(Debug, Clone, PartialEq)]
pub enum Nav {
    /// Show the dossier list.
    ShowList,
    /// Show the organisation set-up.
    ShowOrganisation,
    /// Show the settings.
    ShowSettings,
    /// Show the Organisatie page at its "Certificaat voor ondertekenen" section (from the
    /// export dialog while the vault has no certificate).
    ShowCertificate,
    /// Show the first-start wizard.
    ShowWizard,
    /// Show the "Nieuw dossier" form: who the dossier is about.
    ShowNewDossier,
    /// Put the keyboard focus in the search field of the list.
    FocusSearch,
    /// Open a dossier.
    OpenDossier(DossierId),
    /// Show one step of the open dossier.
    SelectStep(Step),
    /// Show the step where a writing hint sits, scrolled to its words and with them
    /// selected: `place` is the hint's place key (a field id, `signal:N`, `conversation:N`),
    /// `span` the byte range of the words in that text.
    GoToHint {
        /// The step that holds the text.
        step: Step,
        /// The hint's place key.
        place: String,
        /// Byte range of the matched words.
        span: std::ops::Range<usize>,
    },
    /// Hide the message bar.
    DismissMessage,
}

/// Window preferences (saved with the window state, never in the vault).
#[derive(Debug, Clone, PartialEq)]
pub enum Prefs {
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the zoom factor.
    SetZoom(f32),
    /// Change the idle-lock time in minutes.
    SetIdleLock(u32),
}

/// Operations: every data change and every vault action, run through [`crate::ops`].
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Open the embedded example.
    OpenExample,
    /// Create or open a vault.
    OpenVault(VaultRequest),
    /// Create a dossier with its title and subject, as the "Nieuw dossier" form filled them in.
    CreateDossier(super::NewDossier),
    /// Write every pending edit now.
    Save,
    /// Lock the window.
    Lock,
    /// Unlock with the passphrase (wiped when dropped).
    Unlock(super::Passphrase),
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
    /// Set the organisation's RFC 3161 timestamp service (`http://…`; empty: none).
    SetTimestampService(String),
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
        /// Answered together with Veilig Thuis: with whom and when (the user's answer).
        samen_met_vt: Option<crate::domain::VtSamen>,
    },
    /// Record the stap 5 decision, by the eindverantwoordelijke.
    Decide {
        /// Melden.
        melden: bool,
        /// Hulp.
        hulp: bool,
        /// Why.
        motivation: String,
        /// Together with Veilig Thuis, and why it deviates from the meldnorm if it does.
        account: crate::ops::dossier::DecisionAccountInput,
    },
    /// Record a consultation of stap 2.
    AddConsultation(crate::domain::Consultation),
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
    /// Urgent path, afspraken, information requests, participation, melding (issues 9, 10).
    Followup(super::FollowupCommand),
    /// Export a document or the melding package (issues 7, 8, 9).
    Export(super::ExportCommand),
    /// Apply one domain change to the open dossier (the Betrokkenen panel, issue 15).
    ApplyChange(Box<crate::domain::Change>),
    /// The user's answers on the doubtful words of a dossier's anonymised summary.
    ConfirmWords {
        /// The dossier.
        dossier: DossierId,
        /// Words confirmed as names and as ordinary words.
        confirmations: crate::ops::Confirmations,
    },
    /// Delete the dossiers past their bewaartermijn for good (asked on the Organisatie
    /// page, after a confirmation).
    PurgeExpired,
    /// Put an item in the letter to the parents of a dossier, or leave it out (kept for
    /// the session, like the confirmations).
    ChooseLetterItem {
        /// The dossier.
        dossier: DossierId,
        /// The item.
        source: crate::ops::export::LetterSource,
        /// Whether it goes in the letter.
        included: bool,
    },
    /// Try the vault's lock again, or take a stale one over (#26).
    VaultLock(super::lock_takeover::LockCommand),
    /// Add or remove a user of the vault.
    Users(super::UsersCommand),
    /// Accept an older vault as current, or renew its data key.
    VaultCare(super::VaultCareCommand),
    /// Make, import, replace or back up the vault's signing certificate.
    Certificate(super::CertificateCommand),
    /// One record per fact (#16): correct, withdraw or approve a signal; the family's own
    /// word; AVG art. 16 requests and their answers.
    Facts(super::FactsCommand),
}

impl From<Nav> for Command {
    fn from(n: Nav) -> Self {
        Command::Nav(n)
    }
}

impl From<Prefs> for Command {
    fn from(p: Prefs) -> Self {
        Command::Prefs(p)
    }
}

impl From<Op> for Command {
    fn from(o: Op) -> Self {
        Command::Op(o)
    }
}

impl Command {
    /// Whether this command is a new action of the user after which the message of the
    /// previous one no longer applies: navigation and operations, but not typing in a field
    /// (the message may list what is still missing there) and not preferences.
    pub fn moves_on(&self) -> bool {
        match self {
            Command::Nav(nav) => !matches!(nav, Nav::DismissMessage),
            Command::Prefs(_) => false,
            Command::Op(op) => !matches!(
                op,
                Op::EditField { .. }
                    | Op::EditProtocol { .. }
                    | Op::SetTitle(_)
                    | Op::SetVocabulary(_)
                    | Op::Save
            ),
        }
    }

    /// Label and tooltip of the commands that have a button or menu entry.
    pub fn label_and_tooltip(&self) -> (&'static str, &'static str) {
        match self {
            Command::Nav(Nav::ShowNewDossier) => (
                texts::window::COMMAND_NEW_DOSSIER,
                texts::window::COMMAND_NEW_DOSSIER_TIP,
            ),
            Command::Op(Op::Save) => (texts::window::COMMAND_SAVE, texts::window::COMMAND_SAVE_TIP),
            Command::Nav(Nav::FocusSearch) => (
                texts::window::COMMAND_SEARCH,
                texts::window::COMMAND_SEARCH_TIP,
            ),
            Command::Nav(Nav::ShowList) => (
                texts::window::COMMAND_DOSSIER_LIST,
                texts::window::COMMAND_DOSSIER_LIST_TIP,
            ),
            Command::Nav(Nav::ShowOrganisation) => (
                texts::window::COMMAND_ORGANISATION,
                texts::window::COMMAND_ORGANISATION_TIP,
            ),
            Command::Nav(Nav::ShowSettings) => (
                texts::window::COMMAND_SETTINGS,
                texts::window::COMMAND_SETTINGS_TIP,
            ),
            Command::Op(Op::Lock) => (texts::window::COMMAND_LOCK, texts::window::COMMAND_LOCK_TIP),
            Command::Op(Op::OpenExample) => (
                texts::window::COMMAND_OPEN_EXAMPLE,
                texts::window::COMMAND_OPEN_EXAMPLE_TIP,
            ),
            Command::Nav(Nav::ShowWizard) => (
                texts::window::COMMAND_WIZARD,
                texts::window::COMMAND_WIZARD_TIP,
            ),
            _ => ("", ""),
        }
    }
}
