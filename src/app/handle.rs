//! [`App::handle`]: the one entry point for every change.

use std::time::Instant;

use chrono::{Local, Utc};

use super::{AUTOSAVE_AFTER, App, ListRow, Message, PendingEdit, Screen, Source, VaultRequest};
use crate::domain::{
    Actor, AfwegingAnswer, Change, ChangeError, Conversation, Decision, Dossier, DossierId,
    Organisation, Profile, Step,
};
use crate::storage::{OpenOptions, Vault, VaultError};
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
    /// A document cannot be exported yet: what is missing (Dutch, no dossier content).
    NotReady(Vec<String>),
    /// A fixed message with the items it is about (e.g. errors in own form files).
    Listed(&'static str, Vec<String>),
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
            AppError::NotReady(items) => (texts::EXPORT_NOT_READY.to_owned(), items.clone()),
            AppError::Listed(t, items) => ((*t).to_owned(), items.clone()),
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
                self.vault = None;
                self.state.read_only_holder = None;
                self.state.source = Source::Example { changed: false };
                self.state.profile = crate::domain::example::profile();
                self.state.dossiers = vec![crate::domain::example::dossier()];
                self.state.screen = Screen::List;
                self.state.locked = false;
                self.refresh_rows();
            }
            C::OpenVault(request) => self.open_vault(&request)?,
            C::FocusSearch => {
                self.state.screen = Screen::List;
                self.views.list.focus_search = true;
            }
            C::NewDossier => self.new_dossier()?,
            C::Save => {
                self.flush_due(Instant::now(), true);
                self.state.message = Some(info(if self.state.is_example() {
                    texts::MSG_SAVED_EXAMPLE
                } else {
                    texts::MSG_SAVED
                }));
            }
            C::Lock => {
                self.flush_due(Instant::now(), true);
                self.state.locked = true;
                self.lock_retry = None;
                self.state.message = None;
                if self.vault.take().is_some() {
                    // Nothing of the vault stays in memory while locked.
                    self.state.dossiers.clear();
                    self.state.rows.clear();
                }
            }
            C::Unlock(passphrase) => self.unlock(&passphrase)?,
            C::OpenDossier(id) => {
                self.flush_due(Instant::now(), true);
                if self.state.dossier(id).is_none()
                    && let Some(vault) = &mut self.vault
                {
                    let d = vault.load_dossier(id).map_err(vault_error)?;
                    self.state.dossiers.push(d);
                }
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
                let org = &mut self.state.profile.organisation;
                sync_organisation(org, &field, value.as_ref());
                match value {
                    Some(v) => org.protocol.insert(field, v),
                    None => org.protocol.remove(&field),
                };
                self.state.profile_dirty_at = Some(Instant::now());
            }
            C::SetVocabulary(words) => {
                let mut seen = std::collections::BTreeSet::new();
                let words: Vec<String> = words
                    .into_iter()
                    .map(|w| w.trim().to_owned())
                    .filter(|w| !w.is_empty() && seen.insert(w.clone()))
                    .collect();
                self.state.profile.organisation.vocabulary = words;
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
                let open = self
                    .state
                    .open_dossier()
                    .is_some_and(|d| d.step(Step::Wegen).status == crate::domain::StepStatus::Open);
                if open {
                    self.change_open(Change::StartStep { step: Step::Wegen })?;
                }
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
            C::KeepHint(hint) => self.change_open(Change::KeepHint { hint })?,
            C::ReopenDossier(reason) => self.change_open(Change::Reopen { reason })?,
            C::SetTheme(theme) => self.state.prefs.theme = theme,
            C::SetZoom(zoom) => self.state.prefs.zoom = zoom.clamp(0.75, 2.0),
            C::SetIdleLock(minutes) => self.state.prefs.idle_lock_minutes = minutes.min(240),
            C::DismissMessage => self.state.message = None,
            C::Followup(f) => self.handle_followup(f)?,
            C::Export(e) => self.handle_export(e)?,
            C::VaultLock(c) => self.handle_lock(c)?,
        }
        Ok(())
    }

    pub(super) fn open_id(&self) -> Result<DossierId, AppError> {
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
    pub(super) fn apply_change(&mut self, id: DossierId, change: Change) -> Result<(), AppError> {
        if let Some(vault) = &mut self.vault {
            let updated = vault
                .apply(id, change, (self.clock)())
                .map_err(vault_error)?;
            match self.state.dossiers.iter_mut().find(|d| d.id == id) {
                Some(slot) => *slot = updated,
                None => self.state.dossiers.push(updated),
            }
        } else {
            let by = self.state.profile.user.clone();
            let Some(dossier) = self.state.dossiers.iter_mut().find(|d| d.id == id) else {
                return Err(AppError::Text(texts::ERR_NO_DOSSIER));
            };
            dossier.apply(change, &by, (self.clock)())?;
            if let Source::Example { changed } = &mut self.state.source {
                *changed = true;
            }
        }
        self.refresh_rows();
        Ok(())
    }

    /// Rebuilds the list rows from the vault's summaries or the loaded dossiers.
    pub(super) fn refresh_rows(&mut self) {
        let state = &mut self.state;
        state.rows = match &self.vault {
            Some(vault) => match vault.list_dossiers() {
                Ok(summaries) => summaries
                    .into_iter()
                    .map(|s| match state.dossiers.iter().find(|d| d.id == s.id) {
                        Some(d) => ListRow::of(d),
                        None => ListRow::from_summary(s, state.profile.user.name.clone()),
                    })
                    .collect(),
                Err(e) => {
                    state.message = Some(vault_error(e).message());
                    state.dossiers.iter().map(ListRow::of).collect()
                }
            },
            None => state.dossiers.iter().map(ListRow::of).collect(),
        };
    }

    fn new_dossier(&mut self) -> Result<(), AppError> {
        self.flush_due(Instant::now(), true);
        let form_set = self.state.profile.organisation.form_set.clone();
        let dossier = if let Some(vault) = &mut self.vault {
            vault
                .create_dossier(&form_set, Utc::now())
                .map_err(vault_error)?
        } else {
            let next = self
                .state
                .dossiers
                .iter()
                .map(|d| d.id.0)
                .max()
                .unwrap_or(0)
                + 1;
            let year = Local::now().format("%Y");
            if let Source::Example { changed } = &mut self.state.source {
                *changed = true;
            }
            Dossier::new(
                DossierId(next),
                &format!("MD-{year}-{next:04}"),
                &form_set,
                self.state.profile.user.clone(),
                Utc::now(),
            )
        };
        let id = dossier.id;
        self.state.dossiers.push(dossier);
        self.refresh_rows();
        self.state.screen = Screen::Dossier {
            id,
            step: Step::Signaleren,
        };
        Ok(())
    }

    /// Loads an organisation's own form folder into the known sets; returns the id of the
    /// set with the five steps to use.
    pub(super) fn use_own_forms(&mut self, dir: &std::path::Path) -> Result<String, AppError> {
        let sets =
            super::forms::load_own_forms(dir).map_err(|e| AppError::Listed(e.text, e.items))?;
        let id = sets
            .iter()
            .find(|s| s.tree.is_some())
            .map(|s| s.id.clone())
            .unwrap_or_default();
        for set in sets {
            self.state.forms.insert(set);
        }
        self.state.prefs.own_forms_dir = Some(dir.to_owned());
        Ok(id)
    }

    fn open_vault(&mut self, request: &VaultRequest) -> Result<(), AppError> {
        self.flush_due(Instant::now(), true);
        let form_set = match &request.own_forms {
            Some(dir) => self.use_own_forms(dir)?,
            None => request.form_set.clone(),
        };
        let vault = if request.create {
            let mut profile = Profile {
                user: Actor::new(&request.name, &request.function),
                organisation: Organisation {
                    name: request.organisation.clone(),
                    form_set,
                    ..Organisation::default()
                },
            };
            profile.organisation.protocol.insert(
                "organisatie_naam".to_owned(),
                crate::domain::Value::Text(request.organisation.clone()),
            );
            let opts = OpenOptions {
                actor: profile.user.clone(),
                ..OpenOptions::default()
            };
            match self.kdf {
                Some(kdf) => {
                    Vault::create_with_kdf(&request.path, &request.passphrase, &profile, &opts, kdf)
                }
                None => Vault::create(&request.path, &request.passphrase, &profile, &opts),
            }
        } else {
            self.open_existing(&request.path, &request.passphrase)
        }
        .map_err(vault_error)?;
        self.use_vault(vault);
        self.state.screen = Screen::List;
        Ok(())
    }

    pub(super) fn use_vault(&mut self, vault: Vault) {
        self.state.profile = vault.profile().clone();
        self.state.read_only_holder = vault.is_read_only().then(|| {
            vault
                .lock_holder()
                .map(|h| h.user.clone())
                .unwrap_or_default()
        });
        self.state.lock_status = super::lock_takeover::status_of(&vault);
        self.state.source = Source::Vault {
            path: vault.path().to_owned(),
        };
        self.state.prefs.last_vault_path = Some(vault.path().to_owned());
        self.state.dossiers.clear();
        self.state.edits.clear();
        self.vault = Some(vault);
        self.refresh_rows();
        self.refresh_certificate();
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

    fn unlock(&mut self, passphrase: &str) -> Result<(), AppError> {
        if let Source::Vault { path } = &self.state.source {
            let (screen, path) = (self.state.screen.clone(), path.clone());
            let vault = self.open_existing(&path, passphrase).map_err(vault_error)?;
            self.use_vault(vault);
            self.state.locked = false;
            self.state.message = None;
            if let Screen::Dossier { id, .. } = screen
                && let Err(e) = self.handle(Command::OpenDossier(id))
            {
                self.state.message = Some(e.message());
            }
            self.state.screen = screen;
        }
        self.state.locked = false;
        self.state.last_activity = Instant::now();
        Ok(())
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
            if let Some(vault) = &mut self.vault {
                if let Err(e) = vault.save_profile(&self.state.profile) {
                    self.state.message = Some(vault_error(e).message());
                }
            } else if let Source::Example { changed } = &mut self.state.source {
                *changed = true;
            }
        }
    }
}

use super::Command;

/// Copies the protocol answers that other parts of the app read directly into the
/// organisation's own fields (the eindverantwoordelijke decides in stap 5).
fn sync_organisation(org: &mut Organisation, field: &str, value: Option<&crate::domain::Value>) {
    let text = value
        .and_then(crate::domain::Value::as_text)
        .unwrap_or_default()
        .to_owned();
    match field {
        "organisatie_naam" => org.name = text,
        "organisatie_plaats" => org.place = text,
        "eindverantwoordelijke_naam" => org.eindverantwoordelijke.name = text,
        "eindverantwoordelijke_functie" => org.eindverantwoordelijke.function = text,
        "aandachtsfunctionaris_naam" => org.aandachtsfunctionaris.name = text,
        "aandachtsfunctionaris_functie" => org.aandachtsfunctionaris.function = text,
        _ => {}
    }
}

/// A vault error with its Dutch message.
pub(super) fn vault_error(e: VaultError) -> AppError {
    AppError::Dutch(e.dutch_message())
}
