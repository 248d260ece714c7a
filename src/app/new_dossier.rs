//! "Nieuw dossier": the form asks a neutral title and who the dossier is about, and one
//! operation ([`crate::ops::persons::create_dossier`], the same as `meldcode dossier create`)
//! checks both before anything is created. A refusal stays in the form, so no empty
//! dossier is left behind.

use std::time::Instant;

use super::{App, AppError, Screen};
use crate::domain::{Gender, PersonRole, Step};
use crate::ops::persons::{self, PersonInput};

/// What the "Nieuw dossier" form sends: the title and the person the dossier is about, as
/// typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDossier {
    /// Neutral title (no names).
    pub title: String,
    /// The subject's role.
    pub role: PersonRole,
    /// First name(s).
    pub first_name: String,
    /// Roepnaam.
    pub roepnaam: String,
    /// Tussenvoegsel.
    pub tussenvoegsel: String,
    /// Family name.
    pub last_name: String,
    /// Birth date exactly as typed; empty when unknown.
    pub birth_date: String,
    /// Gender.
    pub gender: Gender,
    /// School, class or group.
    pub group: String,
}

impl NewDossier {
    /// A request with the subject known by role and first name only (the other fields
    /// empty), as the screenshot set-ups and tests start a dossier.
    pub fn new(title: &str, role: PersonRole, first_name: &str) -> Self {
        Self {
            title: title.to_owned(),
            role,
            first_name: first_name.to_owned(),
            roepnaam: String::new(),
            tussenvoegsel: String::new(),
            last_name: String::new(),
            birth_date: String::new(),
            gender: Gender::Onbekend,
            group: String::new(),
        }
    }

    /// The subject as the operation reads it (the command line's `--subject-…` options).
    fn subject(&self) -> PersonInput {
        let gender = match self.gender {
            Gender::Onbekend => "onbekend",
            Gender::Vrouwelijk => "vrouw",
            Gender::Mannelijk => "man",
            Gender::Anders => "anders",
        };
        PersonInput {
            role: Some(self.role.id().to_owned()),
            first_name: Some(self.first_name.clone()),
            roepnaam: Some(self.roepnaam.clone()),
            tussenvoegsel: Some(self.tussenvoegsel.clone()),
            last_name: Some(self.last_name.clone()),
            birth_date: Some(self.birth_date.clone()),
            gender: Some(gender.to_owned()),
            group: Some(self.group.clone()),
            ..PersonInput::default()
        }
    }
}

impl App {
    /// Shows the "Nieuw dossier" form (the top bar's button and Ctrl+N).
    pub(super) fn show_new_dossier(&mut self) {
        self.flush_due(Instant::now(), true);
        self.state.new_dossier_refusal = None;
        self.state.screen = Screen::NewDossier;
    }

    /// Creates the dossier with its subject and opens it on step 1. A refusal is kept for
    /// the form (which stays open) instead of the message bar; nothing is created then.
    pub(super) fn create_dossier(&mut self, request: &NewDossier) {
        self.flush_due(Instant::now(), true);
        let subject = request.subject();
        match persons::create_dossier(&mut self.session, &request.title, Some(&subject)) {
            Ok(dossier) => {
                let id = dossier.id;
                self.put_dossier(dossier);
                self.state.new_dossier_refusal = None;
                self.state.screen = Screen::Dossier {
                    id,
                    step: Step::Signaleren,
                };
            }
            Err(e) => {
                self.state.new_dossier_refusal = Some(AppError::from(e).message());
                // The list as the store has it (a failed write may have left a dossier).
                self.refresh_rows();
            }
        }
    }
}
