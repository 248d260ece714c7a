//! [`App::handle`]: the one entry point for every change. Navigation and preferences are
//! handled here; everything that touches a dossier is an operation in [`crate::ops`].

use std::time::Instant;

use super::{
    AUTOSAVE_AFTER, App, FocusRequest, ListRow, Message, PendingEdit, Screen, Source, VaultRequest,
};
use super::{Nav, Op, Prefs};
use crate::domain::{Actor, Change, Dossier, DossierId, Organisation, Profile, Step};
use crate::ops::{self, OpsError, Session};
use crate::texts;

/// Why a command could not be carried out. Every variant has a Dutch message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    /// An operation failed: its Dutch message and items (from [`OpsError`]).
    Ops {
        /// The message.
        text: String,
        /// Items listed under it.
        items: Vec<String>,
    },
    /// A fixed message.
    Text(&'static str),
    /// A fixed message with the items it is about (e.g. errors in own form files).
    Listed(&'static str, Vec<String>),
}

impl AppError {
    /// The message for the message bar.
    pub fn message(&self) -> Message {
        let (text, items) = match self {
            AppError::Ops { text, items } => (text.clone(), items.clone()),
            AppError::Text(t) => ((*t).to_owned(), Vec::new()),
            AppError::Listed(t, items) => ((*t).to_owned(), items.clone()),
        };
        Message {
            error: true,
            text,
            items,
        }
    }
}

impl From<OpsError> for AppError {
    fn from(e: OpsError) -> Self {
        AppError::Ops {
            text: e.dutch_message(),
            items: e.items(),
        }
    }
}

/// A message that says what was done (no error).
pub(super) fn info(text: &str) -> Message {
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
            C::Nav(Nav::ShowList) => {
                self.flush_due(Instant::now(), true);
                self.state.screen = Screen::List;
            }
            C::Nav(Nav::ShowOrganisation) => {
                self.state.screen = Screen::Organisation;
                // A colleague on the shared folder may have changed the users.
                self.refresh_users();
                self.refresh_certificate();
            }
            C::Nav(Nav::ShowCertificate) => {
                self.state.screen = Screen::Organisation;
                self.refresh_certificate();
                self.state.focus = Some(FocusRequest::Certificate);
            }
            C::Nav(Nav::ShowSettings) => self.state.screen = Screen::Settings,
            C::Nav(Nav::ShowWizard) => self.state.screen = Screen::Wizard,
            C::Op(Op::OpenExample) => {
                self.flush_due(Instant::now(), true);
                self.use_session(Session::example(self.session.clock()));
                self.state.screen = Screen::List;
                self.state.locked = false;
            }
            C::Op(Op::OpenVault(request)) => self.open_vault(&request)?,
            C::Nav(Nav::FocusSearch) => {
                self.state.screen = Screen::List;
                self.state.focus = Some(FocusRequest::Search);
            }
            C::Nav(Nav::ShowNewDossier) => self.show_new_dossier(),
            C::Op(Op::CreateDossier(request)) => self.create_dossier(&request),
            C::Op(Op::Save) => {
                self.flush_due(Instant::now(), true);
                self.state.message = Some(info(if self.state.is_example() {
                    texts::window::SAVED_IN_EXAMPLE_MESSAGE
                } else {
                    texts::window::SAVED_MESSAGE
                }));
            }
            C::Op(Op::Lock) => {
                self.flush_due(Instant::now(), true);
                self.state.locked = true;
                self.lock_retry = None;
                self.state.message = None;
                if !self.session.store.is_example() {
                    // Nothing of the vault stays in memory while locked.
                    self.session = Session::locked(self.session.clock());
                    self.state.dossiers.clear();
                    self.state.rows.clear();
                    self.state.users = super::UsersState::default();
                    self.state.certificate = super::CertificateState::default();
                    self.state.vault_warning = None;
                }
            }
            C::Op(Op::Unlock(passphrase)) => self.unlock(passphrase.secret())?,
            C::Nav(Nav::OpenDossier(id)) => {
                self.flush_due(Instant::now(), true);
                if self.state.dossier(id).is_none() {
                    let d = ops::dossier::load(&mut self.session, id)?;
                    self.state.dossiers.push(d);
                }
                let d = self
                    .state
                    .dossier(id)
                    .ok_or(AppError::Text(texts::messages::DOSSIER_NONE_OPEN))?;
                let step = d.current_step();
                self.state.screen = Screen::Dossier { id, step };
            }
            C::Nav(Nav::SelectStep(step)) => {
                if let Screen::Dossier { id, .. } = self.state.screen {
                    self.state.screen = Screen::Dossier { id, step };
                }
            }
            C::Nav(Nav::GoToHint { step, place, span }) => {
                if let Screen::Dossier { id, .. } = self.state.screen {
                    self.state.screen = Screen::Dossier { id, step };
                    self.state.focus = Some(FocusRequest::Hint { place, span });
                }
            }
            C::Op(Op::EditField { step, field, value }) => {
                let id = self.open_id()?;
                self.state.edits.insert(
                    (id, step, field),
                    PendingEdit {
                        value,
                        at: Instant::now(),
                    },
                );
            }
            C::Op(Op::EditProtocol { field, value }) => {
                // Every profile field the documents read is set from its answer (issue 15).
                let org = &mut self.state.profile.organisation;
                let refused = org.set_field(&field, value.as_ref()).err();
                if refused.is_some() {
                    // Keep what was typed; the profile field stays as it was.
                    match value {
                        Some(v) => org.protocol.insert(field, v),
                        None => org.protocol.remove(&field),
                    };
                }
                self.state.profile_dirty_at = Some(Instant::now());
                if let Some(text) = refused {
                    return Err(AppError::Ops {
                        text,
                        items: Vec::new(),
                    });
                }
            }
            C::Op(Op::SetTimestampService(url)) => {
                let value = (!url.is_empty()).then_some(crate::domain::Value::Text(url));
                let org = &mut self.state.profile.organisation;
                org.set_field("tijdstempeldienst", value.as_ref())
                    .map_err(|text| AppError::Ops {
                        text,
                        items: Vec::new(),
                    })?;
                self.state.profile_dirty_at = Some(Instant::now());
            }
            C::Op(Op::SetVocabulary(words)) => {
                self.state.profile.organisation.vocabulary = ops::org::vocabulary(words);
                self.state.profile_dirty_at = Some(Instant::now());
            }
            C::Op(Op::SetTitle(title)) => self.change_open(Change::SetTitle { title })?,
            C::Op(Op::AddSignal(signal)) => {
                let id = self.open_id()?;
                let (d, _) = ops::dossier::add_signal(&mut self.session, id, signal)?;
                self.put_dossier(d);
            }
            C::Op(Op::CompleteStep(step)) => self.complete_step(step)?,
            C::Op(Op::RevisitStep { step, reason }) => {
                let id = self.open_id()?;
                let d = ops::dossier::revisit_step(&mut self.session, id, step, reason)?;
                self.put_dossier(d);
            }
            C::Op(Op::AnswerAfweging {
                question,
                answer,
                motivation,
                samen_met_vt,
            }) => {
                let id = self.open_id()?;
                let d = ops::case::answer_afweging(
                    &mut self.session,
                    &self.state.forms,
                    id,
                    &question,
                    answer,
                    motivation,
                    samen_met_vt,
                )?;
                self.put_dossier(d);
            }
            C::Op(Op::Decide {
                melden,
                hulp,
                motivation,
                account,
            }) => {
                let id = self.open_id()?;
                let d =
                    ops::dossier::decide(&mut self.session, id, melden, hulp, motivation, account)?;
                self.put_dossier(d);
                self.state.message = Some(info(texts::window::DECISION_RECORDED_MESSAGE));
            }
            C::Op(Op::AddConsultation(consultation)) => {
                let id = self.open_id()?;
                let (d, _) = ops::case::add_consultation(&mut self.session, id, consultation)?;
                self.put_dossier(d);
                self.state.message = Some(info(texts::window::CONSULTATION_RECORDED_MESSAGE));
            }
            C::Op(Op::AddConversation { on, said, reaction }) => {
                let id = self.open_id()?;
                let d = ops::dossier::add_conversation(&mut self.session, id, on, said, reaction)?;
                self.put_dossier(d);
            }
            C::Op(Op::CloseDossier(reason)) => {
                self.flush_due(Instant::now(), true);
                let id = self.open_id()?;
                let d = ops::dossier::close(&mut self.session, id, reason)?;
                self.put_dossier(d);
            }
            C::Op(Op::KeepHint(hint)) => self.change_open(Change::KeepHint { hint })?,
            C::Op(Op::ReopenDossier(reason)) => {
                let id = self.open_id()?;
                let d = ops::dossier::reopen(&mut self.session, id, reason)?;
                self.put_dossier(d);
            }
            C::Prefs(Prefs::SetTheme(theme)) => self.state.prefs.theme = theme,
            C::Prefs(Prefs::SetZoom(zoom)) => self.state.prefs.zoom = zoom.clamp(0.75, 2.0),
            C::Prefs(Prefs::SetIdleLock(minutes)) => {
                self.state.prefs.idle_lock_minutes = minutes.min(240);
            }
            C::Nav(Nav::DismissMessage) => self.state.message = None,
            C::Op(Op::Followup(f)) => self.handle_followup(f)?,
            C::Op(Op::Export(e)) => self.handle_export(e)?,
            C::Op(Op::ApplyChange(change)) => self.change_open(*change)?,
            C::Op(Op::VaultLock(c)) => self.handle_lock(c)?,
            C::Op(Op::Users(c)) => self.handle_users(c),
            C::Op(Op::VaultCare(c)) => self.handle_vault_care(c),
            C::Op(Op::Certificate(c)) => self.handle_certificate(c),
            C::Op(Op::Facts(c)) => self.handle_facts(c)?,
            C::Op(Op::ConfirmWords {
                dossier,
                confirmations,
            }) => {
                self.state
                    .exports
                    .confirmations
                    .insert(dossier, confirmations);
            }
            C::Op(Op::PurgeExpired) => self.purge_expired()?,
            C::Op(Op::ChooseLetterItem {
                dossier,
                source,
                included,
            }) => {
                self.state
                    .exports
                    .letter_choices
                    .entry(dossier)
                    .or_default()
                    .insert(source, included);
            }
        }
        Ok(())
    }

    pub(super) fn open_id(&self) -> Result<DossierId, AppError> {
        match self.state.screen {
            Screen::Dossier { id, .. } => Ok(id),
            _ => Err(AppError::Text(texts::messages::DOSSIER_NONE_OPEN)),
        }
    }

    fn change_open(&mut self, change: Change) -> Result<(), AppError> {
        let id = self.open_id()?;
        self.apply_change(id, change)
    }

    /// Applies one domain change to one dossier through the operations layer (the
    /// screenshot set-ups and tests prepare a dossier this way).
    pub fn apply_change(&mut self, id: DossierId, change: Change) -> Result<(), AppError> {
        let d = ops::dossier::apply(&mut self.session, id, change)?;
        self.put_dossier(d);
        Ok(())
    }

    /// Puts a dossier as an operation returned it in the loaded list and refreshes the rows.
    pub(super) fn put_dossier(&mut self, d: Dossier) {
        match self.state.dossiers.iter_mut().find(|x| x.id == d.id) {
            Some(slot) => *slot = d,
            None => self.state.dossiers.push(d),
        }
        self.sync_source();
        self.refresh_rows();
    }

    /// Marks the example as changed once an operation changed it in memory.
    fn sync_source(&mut self) {
        if let Source::Example { changed } = &mut self.state.source {
            *changed |= self.session.store.example_changed();
        }
    }

    /// Rebuilds the list rows from the store's summaries and the loaded dossiers.
    pub(super) fn refresh_rows(&mut self) {
        let state = &mut self.state;
        state.rows = match ops::dossier::list(&self.session) {
            Ok(summaries) => summaries
                .into_iter()
                .map(|s| match state.dossiers.iter().find(|d| d.id == s.id) {
                    Some(d) => ListRow::of(d),
                    None => ListRow::from_summary(s, state.profile.user.name.clone()),
                })
                .collect(),
            Err(e) => {
                state.message = Some(AppError::from(e).message());
                state.dossiers.iter().map(ListRow::of).collect()
            }
        };
        state.expired = ops::dossier::expired(&self.session)
            .unwrap_or_default()
            .into_iter()
            .map(|s| (s.id, s.reference))
            .collect();
    }

    /// Deletes the dossiers past their bewaartermijn for good (recounted now, not taken
    /// from the view).
    fn purge_expired(&mut self) -> Result<(), AppError> {
        let expired = ops::dossier::expired(&self.session)?;
        let ids: Vec<DossierId> = expired.iter().map(|s| s.id).collect();
        ops::dossier::purge(&mut self.session, &ids)?;
        self.state.dossiers.retain(|d| !ids.contains(&d.id));
        self.refresh_rows();
        let mut message = info(texts::window::RETENTION_PURGED_MESSAGE);
        message.items = expired.into_iter().map(|s| s.reference).collect();
        self.state.message = Some(message);
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
        let clock = self.session.clock();
        if request.create {
            // The same passphrase policy as `vault init` on the command line.
            ops::users::check_passphrase(request.passphrase.secret())?;
        }
        let session = if request.create {
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
            let set = profile.organisation.form_set.clone();
            if matches!(set.as_str(), "basisonderwijs" | "zorg") {
                let sector = crate::domain::Value::Choice(set);
                profile
                    .organisation
                    .protocol
                    .insert("sector".to_owned(), sector);
            }
            // A new vault file gets the program's own extension, so the file manager opens
            // it with Meldcode Dossier.
            let path = if request.path.extension().is_none() {
                request.path.with_extension("meldcode")
            } else {
                request.path.clone()
            };
            Session::create_vault(
                &path,
                request.passphrase.secret(),
                &profile,
                self.kdf,
                clock,
            )
        } else {
            self.open_existing(&request.path, request.passphrase.secret())
        }?;
        self.use_session(session);
        self.state.screen = Screen::List;
        // The wizard ends by saying what the documents still need, on the page to fill it.
        let missing = super::profile_gaps::missing_labels(&self.state.profile);
        if request.create && !missing.is_empty() {
            self.state.screen = Screen::Organisation;
            self.state.message = Some(Message {
                error: false,
                text: texts::window::WIZARD_PROFILE_MISSING.to_owned(),
                items: missing,
            });
        }
        Ok(())
    }

    /// Works on a new session: the example, or a vault just opened.
    pub(super) fn use_session(&mut self, session: Session) {
        self.session = session;
        self.state.vault_warning = ops::vault::warning(&self.session);
        self.state.profile = self.session.profile().clone();
        self.state.read_only_holder = self.session.store.read_only_holder();
        self.state.lock_status = super::lock_takeover::status_of(&self.session);
        self.state.edits.clear();
        self.state.dossiers.clear();
        if let Some(v) = self.session.store.vault() {
            self.state.source = Source::Vault {
                path: v.path().to_owned(),
            };
            self.state.prefs.last_vault_path = Some(v.path().to_owned());
        } else {
            self.state.source = Source::Example { changed: false };
            // The example is small: every dossier is in memory from the start.
            let ids: Vec<DossierId> = ops::dossier::list(&self.session)
                .unwrap_or_default()
                .iter()
                .map(|s| s.id)
                .collect();
            for id in ids {
                if let Ok(d) = ops::dossier::load(&mut self.session, id) {
                    self.state.dossiers.push(d);
                }
            }
        }
        self.refresh_rows();
        self.state.certificate = super::CertificateState::default();
        self.refresh_certificate();
        self.state.users = super::UsersState::default();
        self.refresh_users();
    }

    fn complete_step(&mut self, step: Step) -> Result<(), AppError> {
        self.flush_due(Instant::now(), true);
        let id = self.open_id()?;
        let dossier = self
            .state
            .dossier(id)
            .ok_or(AppError::Text(texts::messages::DOSSIER_NONE_OPEN))?
            .clone();
        let d = ops::dossier::complete_step(&mut self.session, &self.state.forms, &dossier, step)?;
        self.put_dossier(d);
        self.state.message = Some(info(texts::window::STEP_COMPLETED_MESSAGE));
        if let Some(next) = Step::from_number(step.number() + 1) {
            self.state.screen = Screen::Dossier { id, step: next };
        }
        Ok(())
    }

    fn unlock(&mut self, passphrase: &str) -> Result<(), AppError> {
        if let Source::Vault { path } = &self.state.source {
            let (screen, path) = (self.state.screen.clone(), path.clone());
            let session = self.open_existing(&path, passphrase)?;
            self.use_session(session);
            self.state.locked = false;
            self.state.message = None;
            if let Screen::Dossier { id, .. } = screen
                && let Err(e) = self.handle(Command::Nav(Nav::OpenDossier(id)))
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
            if let Err(e) = self.session.store.save_profile(&self.state.profile) {
                self.state.message = Some(AppError::from(e).message());
            }
            self.sync_source();
            // Who may manage users follows the profile's eindverantwoordelijke and
            // aandachtsfunctionaris.
            self.refresh_users();
        }
    }
}

use super::Command;
