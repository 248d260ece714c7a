//! [`App::handle`]: the one entry point for every change.

use std::time::Instant;

use chrono::{Local, Utc};

use super::{AUTOSAVE_AFTER, App, AppState, Message, PendingEdit, Screen, Source};
use crate::domain::{
    AfwegingAnswer, Change, ChangeError, Conversation, Decision, Dossier, DossierId, Step,
};
use crate::texts;

/// Why a command could not be carried out. Every variant has a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    /// The dossier refused the change.
    Change(ChangeError),
    /// Required fields are empty: their labels.
    Missing(Vec<String>),
    /// A fixed message.
    Text(&'static str),
    /// A message from another module, already in Dutch.
    Dutch(String),
}

impl AppError {
    /// The message for the message bar.
    pub fn message(&self) -> Message {
        let (text, items) = match self {
            AppError::Change(e) => (
                match e {
                    ChangeError::Closed => texts::ERR_CLOSED,
                    ChangeError::NotApplicable => texts::ERR_NOT_APPLICABLE,
                    ChangeError::MissingReason => texts::ERR_MISSING_REASON,
                    ChangeError::UnknownSignal(_) | ChangeError::UnknownPerson(_) => {
                        texts::ERR_UNKNOWN_ITEM
                    }
                }
                .to_owned(),
                Vec::new(),
            ),
            AppError::Missing(fields) => (texts::ERR_REQUIRED_MISSING.to_owned(), fields.clone()),
            AppError::Text(t) => ((*t).to_owned(), Vec::new()),
            AppError::Dutch(t) => (t.clone(), Vec::new()),
        };
        Message {
            error: true,
            text,
            items,
        }
    }
}

impl From<ChangeError> for AppError {
    fn from(e: ChangeError) -> Self {
        AppError::Change(e)
    }
}

fn info(text: &str) -> Message {
    Message {
        error: false,
        text: text.to_owned(),
        items: Vec::new(),
    }
}

impl App {
    /// Runs one command. Data changes go to the vault when one is open and to the in-memory
    /// example otherwise.
    pub fn handle(&mut self, command: Command) -> Result<(), AppError> {
        use super::Command as C;
        match command {
            C::ShowList => {
                self.flush_due(Instant::now(), true);
                self.state.screen = Screen::List;
            }
            C::ShowOrganisation => self.state.screen = Screen::Organisation,
            C::ShowSettings => self.state.screen = Screen::Settings,
            C::ShowWizard => self.state.screen = Screen::Wizard,
            C::OpenExample => {
                self.flush_due(Instant::now(), true);
                self.state.source = Source::Example { changed: false };
                self.state.profile = crate::domain::example::profile();
                self.state.dossiers = vec![crate::domain::example::dossier()];
                self.state.screen = Screen::List;
                self.state.locked = false;
            }
            C::OpenVault(_) => return Err(AppError::Text(texts::ERR_NO_STORAGE)),
            C::FocusSearch => {
                self.state.screen = Screen::List;
                self.views.list.focus_search = true;
            }
            C::NewDossier => self.new_dossier(),
            C::Save => {
                self.flush_due(Instant::now(), true);
                self.state.message = Some(info(texts::MSG_SAVED));
            }
            C::Lock => {
                self.flush_due(Instant::now(), true);
                self.state.locked = true;
            }
            C::Unlock(passphrase) => self.unlock(&passphrase)?,
            C::OpenDossier(id) => {
                self.flush_due(Instant::now(), true);
                let d = self
                    .state
                    .dossier(id)
                    .ok_or(AppError::Text(texts::ERR_NO_DOSSIER))?;
                let step = d.current_step();
                self.state.screen = Screen::Dossier { id, step };
            }
            C::SelectStep(step) => {
                if let Screen::Dossier { id, .. } = self.state.screen {
                    self.state.screen = Screen::Dossier { id, step };
                }
            }
            C::EditField { step, field, value } => {
                let id = self.open_id()?;
                self.state.edits.insert(
                    (id, step, field),
                    PendingEdit {
                        value,
                        at: Instant::now(),
                    },
                );
            }
            C::EditProtocol { field, value } => {
                let protocol = &mut self.state.profile.organisation.protocol;
                match value {
                    Some(v) => protocol.insert(field, v),
                    None => protocol.remove(&field),
                };
                self.state.profile_dirty_at = Some(Instant::now());
            }
            C::SetTitle(title) => self.change_open(Change::SetTitle { title })?,
            C::AddSignal(signal) => {
                if signal.text.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_SIGNAL_TEXT));
                }
                self.change_open(Change::AddSignal { signal })?;
            }
            C::CompleteStep(step) => self.complete_step(step)?,
            C::RevisitStep { step, reason } => {
                self.change_open(Change::RevisitStep { step, reason })?;
            }
            C::AnswerAfweging {
                question,
                answer,
                motivation,
                with_veilig_thuis,
                veilig_thuis_contact,
            } => {
                let by = self.state.profile.user.clone();
                self.change_open(Change::AnswerAfweging {
                    question,
                    answer: AfwegingAnswer {
                        answer,
                        motivation,
                        by,
                        with_veilig_thuis,
                        veilig_thuis_contact,
                    },
                })?;
            }
            C::Decide {
                melden,
                hulp,
                motivation,
            } => {
                let decided_by = self
                    .state
                    .profile
                    .organisation
                    .eindverantwoordelijke
                    .clone();
                self.change_open(Change::Decide {
                    decision: Decision {
                        melden,
                        hulp,
                        motivation,
                        decided_by,
                        on: Local::now().date_naive(),
                    },
                })?;
                self.state.message = Some(info(texts::MSG_DECIDED));
            }
            C::AddConversation { on, said, reaction } => {
                if said.trim().is_empty() {
                    return Err(AppError::Text(texts::ERR_CONV_TEXT));
                }
                let held_by = vec![self.state.profile.user.clone()];
                self.change_open(Change::AddConversation {
                    conversation: Conversation {
                        id: 0,
                        on,
                        with: Vec::new(),
                        held_by,
                        said,
                        reaction,
                    },
                })?;
            }
            C::CloseDossier(reason) => {
                self.flush_due(Instant::now(), true);
                let on = Local::now().date_naive();
                self.change_open(Change::Close { reason, on })?;
            }
            C::ReopenDossier(reason) => self.change_open(Change::Reopen { reason })?,
            C::SetTheme(theme) => self.state.prefs.theme = theme,
            C::SetZoom(zoom) => self.state.prefs.zoom = zoom.clamp(0.75, 2.0),
            C::SetIdleLock(minutes) => self.state.prefs.idle_lock_minutes = minutes.min(240),
            C::DismissMessage => self.state.message = None,
        }
        Ok(())
    }

    fn open_id(&self) -> Result<DossierId, AppError> {
        match self.state.screen {
            Screen::Dossier { id, .. } => Ok(id),
            _ => Err(AppError::Text(texts::ERR_NO_DOSSIER)),
        }
    }

    fn change_open(&mut self, change: Change) -> Result<(), AppError> {
        let id = self.open_id()?;
        self.apply_change(id, change)
    }

    /// Applies one change to one dossier: in the vault, or in memory for the example.
    fn apply_change(&mut self, id: DossierId, change: Change) -> Result<(), AppError> {
        let by = self.state.profile.user.clone();
        let state = &mut self.state;
        let Some(dossier) = state.dossiers.iter_mut().find(|d| d.id == id) else {
            return Err(AppError::Text(texts::ERR_NO_DOSSIER));
        };
        dossier.apply(change, &by, Utc::now())?;
        if let Source::Example { changed } = &mut state.source {
            *changed = true;
        }
        Ok(())
    }

    fn new_dossier(&mut self) {
        self.flush_due(Instant::now(), true);
        let state = &mut self.state;
        let next = state.dossiers.iter().map(|d| d.id.0).max().unwrap_or(0) + 1;
        let year = Local::now().format("%Y");
        let reference = format!("MD-{year}-{next:04}");
        let form_set = state.profile.organisation.form_set.clone();
        let dossier = Dossier::new(
            DossierId(next),
            &reference,
            &form_set,
            state.profile.user.clone(),
            Utc::now(),
        );
        state.dossiers.push(dossier);
        if let Source::Example { changed } = &mut state.source {
            *changed = true;
        }
        state.screen = Screen::Dossier {
            id: DossierId(next),
            step: Step::Signaleren,
        };
    }

    fn complete_step(&mut self, step: Step) -> Result<(), AppError> {
        self.flush_due(Instant::now(), true);
        let id = self.open_id()?;
        let dossier = self
            .state
            .dossier(id)
            .ok_or(AppError::Text(texts::ERR_NO_DOSSIER))?;
        let set = self
            .state
            .forms
            .get(&dossier.form_set)
            .ok_or(AppError::Text(texts::ERR_NO_FORM_SET))?;
        if let Some(form) = set.step_form(step.number()) {
            let missing = super::forms::missing_required(form, &dossier.step(step).answers);
            if !missing.is_empty() {
                return Err(AppError::Missing(missing));
            }
        }
        self.apply_change(id, Change::CompleteStep { step })?;
        self.state.message = Some(info(texts::MSG_STEP_DONE));
        if let Some(next) = Step::from_number(step.number() + 1) {
            self.state.screen = Screen::Dossier { id, step: next };
        }
        Ok(())
    }

    fn unlock(&mut self, _passphrase: &str) -> Result<(), AppError> {
        if self.state.is_example() {
            self.state.locked = false;
            self.state.last_activity = Instant::now();
            return Ok(());
        }
        Err(AppError::Text(texts::ERR_WRONG_PASS))
    }

    /// Commits the pending edits that are older than the autosave delay, or all of them.
    pub fn flush_due(&mut self, now: Instant, all: bool) {
        let due: Vec<_> = self
            .state
            .edits
            .iter()
            .filter(|(_, e)| all || now.duration_since(e.at) >= AUTOSAVE_AFTER)
            .map(|(k, _)| k.clone())
            .collect();
        for key in due {
            let Some(edit) = self.state.edits.remove(&key) else {
                continue;
            };
            let (id, step, field) = key;
            let unchanged = self
                .state
                .dossier(id)
                .is_some_and(|d| d.step(step).answers.get(&field) == edit.value.as_ref());
            if unchanged {
                continue;
            }
            let change = Change::SetField {
                step,
                field,
                value: edit.value,
            };
            if let Err(err) = self.apply_change(id, change) {
                self.state.message = Some(err.message());
            }
        }
        if let Some(at) = self.state.profile_dirty_at
            && (all || now.duration_since(at) >= AUTOSAVE_AFTER)
        {
            self.state.profile_dirty_at = None;
            save_profile(&mut self.state);
        }
    }
}

use super::Command;

/// Writes the profile to the vault, when one is open.
fn save_profile(state: &mut AppState) {
    if let Source::Example { changed } = &mut state.source {
        *changed = true;
    }
}
