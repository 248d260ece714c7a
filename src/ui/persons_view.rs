//! The Betrokkenen panel of a dossier (issue 15): the persons in the dossier with role,
//! name, birth date and gezag; add, edit and remove them with every field, and say who the
//! dossier is about. Every change is a [`Change`] through [`Op::ApplyChange`], so it is a
//! dated change in the history and the audit log.

use crate::app::{AppState, Command, Op};
use crate::domain::{Change, Dossier, Gender, Person, PersonId, PersonRole, References};
use crate::form::DateUse;
use crate::texts::window as t;

const GENDERS: [Gender; 4] = [
    Gender::Onbekend,
    Gender::Vrouwelijk,
    Gender::Mannelijk,
    Gender::Anders,
];

/// The person being added or edited, as typed.
#[derive(Debug, Clone)]
struct Draft {
    /// `None` for a new person.
    id: Option<PersonId>,
    role: PersonRole,
    first_name: String,
    roepnaam: String,
    tussenvoegsel: String,
    last_name: String,
    /// The birth date exactly as typed; parsed when the field loses focus or on saving.
    birth: String,
    birth_error: Option<&'static str>,
    gender: Gender,
    address: String,
    postcode_place: String,
    phone: String,
    gezag: Option<bool>,
    group: String,
    languages: String,
    notes: String,
    aliases: String,
    /// The validation message shown in place.
    error: Option<String>,
    /// Mark the new person as the dossier's subject.
    subject: bool,
}

impl Draft {
    fn new(subject: bool) -> Self {
        Self::of(
            &Person::new(PersonId(0), PersonRole::Kind, "", ""),
            subject,
            None,
        )
    }

    fn of(p: &Person, subject: bool, id: Option<PersonId>) -> Self {
        Self {
            id,
            role: p.role,
            first_name: p.first_name.clone(),
            roepnaam: p.roepnaam.clone(),
            tussenvoegsel: p.tussenvoegsel.clone(),
            last_name: p.last_name.clone(),
            birth: p.birth_date.map(super::format_date).unwrap_or_default(),
            birth_error: None,
            gender: p.gender,
            address: p.address.clone(),
            postcode_place: p.postcode_place.clone(),
            phone: p.phone.clone(),
            gezag: p.gezag,
            group: p.group.clone(),
            languages: p.languages.join(", "),
            notes: p.notes.clone(),
            aliases: p.aliases.join(", "),
            error: None,
            subject,
        }
    }

    /// The person the draft describes, on top of `base` (keeps fields the panel does not
    /// show); a Dutch message when the birth date or a name is refused.
    fn person(
        &mut self,
        base: Option<&Person>,
        today: chrono::NaiveDate,
    ) -> Result<Person, String> {
        let mut p = base
            .cloned()
            .unwrap_or_else(|| Person::new(PersonId(0), self.role, "", ""));
        let list = |s: &str| -> Vec<String> {
            s.split(',')
                .map(|x| x.trim().to_owned())
                .filter(|x| !x.is_empty())
                .collect()
        };
        p.role = self.role;
        p.first_name = self.first_name.trim().to_owned();
        p.roepnaam = self.roepnaam.trim().to_owned();
        p.tussenvoegsel = self.tussenvoegsel.trim().to_owned();
        p.last_name = self.last_name.trim().to_owned();
        p.birth_date = if self.birth.trim().is_empty() {
            None
        } else {
            Some(
                crate::form::dates::parse_date_for(&self.birth, today, DateUse::Birth)
                    .map_err(|e| e.dutch_message().to_owned())?,
            )
        };
        p.gender = self.gender;
        p.address = self.address.trim().to_owned();
        p.postcode_place = self.postcode_place.trim().to_owned();
        p.phone = self.phone.trim().to_owned();
        p.gezag = self.gezag;
        p.group = self.group.trim().to_owned();
        p.languages = list(&self.languages);
        p.notes = self.notes.trim().to_owned();
        p.aliases = list(&self.aliases);
        p.validate(today).map_err(|e| e.to_string())?;
        Ok(p)
    }
}

/// A removal waiting for the user's answer.
#[derive(Debug, Clone)]
struct Removal {
    id: PersonId,
    references: Vec<String>,
    /// `None`: keep as "verwijderde betrokkene"; `Some`: reassign.
    to: Option<PersonId>,
}

/// Drafts of the Betrokkenen panel.
#[derive(Debug, Default)]
pub struct PersonsView {
    draft: Option<Draft>,
    removal: Option<Removal>,
}

impl PersonsView {
    /// Draws the panel, open by default while the dossier has nobody in it.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        egui::CollapsingHeader::new(format!(
            "{} ({})",
            crate::texts::common::PERSONS_HEADING,
            dossier.persons.len()
        ))
        .id_salt("persons_panel")
        .default_open(dossier.persons.is_empty())
        .show(ui, |ui| self.body_ui(ui, state, dossier, cmds));
    }

    fn body_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let enabled = !dossier.is_closed();
        if dossier.persons.is_empty() {
            ui.label(t::PERSONS_NONE);
        }
        let subject = dossier.subject().map(|p| p.id);
        egui::Grid::new("persons_grid")
            .striped(true)
            .num_columns(6)
            .show(ui, |ui| {
                for p in &dossier.persons {
                    ui.label(p.role.label());
                    let mut name = p.display_name();
                    if subject == Some(p.id) {
                        name = format!("{name} {}", t::PERSON_IS_SUBJECT_MARKER);
                    }
                    ui.label(name);
                    ui.label(
                        p.birth_date
                            .map(|d| format!("{} {}", t::PERSON_BORN_PREFIX, super::format_date(d)))
                            .unwrap_or_default(),
                    );
                    ui.label(format!(
                        "{}: {}",
                        crate::texts::common::PERSON_GEZAG_LABEL,
                        gezag_label(p.gezag)
                    ));
                    ui.horizontal(|ui| {
                        ui.add_enabled_ui(enabled && self.draft.is_none(), |ui| {
                            if ui.button(t::PERSON_EDIT_BUTTON).clicked() {
                                self.removal = None;
                                self.draft = Some(Draft::of(p, subject == Some(p.id), Some(p.id)));
                            }
                            if ui.button(t::REMOVE_BUTTON).clicked() {
                                self.removal = Some(Removal {
                                    id: p.id,
                                    references: dossier.person_references(p.id),
                                    to: None,
                                });
                            }
                            if subject != Some(p.id) && ui.button(t::PERSON_MAKE_SUBJECT).clicked()
                            {
                                cmds.push(change(Change::SetSubject { id: p.id }));
                            }
                        });
                    });
                    ui.end_row();
                }
            });
        self.removal_ui(ui, dossier, cmds);
        match &mut self.draft {
            None => {
                if ui
                    .add_enabled(enabled, egui::Button::new(t::PERSON_ADD_BUTTON))
                    .clicked()
                {
                    self.removal = None;
                    self.draft = Some(Draft::new(subject.is_none()));
                }
            }
            Some(draft) => {
                ui.separator();
                let (save, cancel) = draft_ui(ui, draft, state.today());
                if cancel {
                    self.draft = None;
                } else if save {
                    let base = draft.id.and_then(|id| dossier.person(id));
                    match draft.person(base, state.today()) {
                        Err(e) => draft.error = Some(e),
                        Ok(person) => {
                            save_commands(draft, person, subject, dossier, cmds);
                            self.draft = None;
                        }
                    }
                }
            }
        }
    }

    fn removal_ui(&mut self, ui: &mut egui::Ui, dossier: &Dossier, cmds: &mut Vec<Command>) {
        let Some(removal) = &mut self.removal else {
            return;
        };
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(egui::RichText::new(dossier.person_name(removal.id)).strong());
            if removal.references.is_empty() {
                ui.label(t::PERSON_REMOVE_ASK);
            } else {
                ui.label(t::PERSON_REMOVE_REFERENCED);
                for r in &removal.references {
                    ui.label(format!("\u{2022} {r}"));
                }
                ui.radio_value(&mut removal.to, None, t::PERSON_REMOVE_KEEP_REFERENCES);
                for p in dossier.persons.iter().filter(|p| p.id != removal.id) {
                    ui.radio_value(
                        &mut removal.to,
                        Some(p.id),
                        format!("{} {}", t::PERSON_REMOVE_REASSIGN_TO, p.display_name()),
                    );
                }
            }
            ui.horizontal(|ui| {
                if ui.button(t::PERSON_REMOVE_CONFIRM_BUTTON).clicked() {
                    let references = if removal.references.is_empty() {
                        None
                    } else {
                        Some(match removal.to {
                            None => References::Keep,
                            Some(to) => References::Reassign { to },
                        })
                    };
                    cmds.push(change(Change::RemovePerson {
                        id: removal.id,
                        references,
                    }));
                    close = true;
                }
                if ui.button(t::CANCEL_BUTTON).clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.removal = None;
        }
    }
}

fn change(c: Change) -> Command {
    Op::ApplyChange(Box::new(c)).into()
}

/// The changes that save a draft: add or update the person, and mark it as the subject.
fn save_commands(
    draft: &Draft,
    person: Person,
    subject: Option<PersonId>,
    dossier: &Dossier,
    cmds: &mut Vec<Command>,
) {
    if let Some(id) = draft.id {
        cmds.push(change(Change::UpdatePerson { person }));
        if draft.subject && subject != Some(id) {
            cmds.push(change(Change::SetSubject { id }));
        }
    } else {
        cmds.push(change(Change::AddPerson { person }));
        if draft.subject {
            // `apply` gives the new person the next free id.
            let id = dossier.next_person_id();
            cmds.push(change(Change::SetSubject { id }));
        }
    }
}

fn gezag_label(g: Option<bool>) -> &'static str {
    match g {
        Some(true) => crate::texts::common::ANSWER_YES_LOWERCASE,
        Some(false) => crate::texts::common::ANSWER_NO_LOWERCASE,
        None => crate::texts::common::ANSWER_UNKNOWN_LOWERCASE,
    }
}

/// The role of a person as a row of a two-column grid.
pub(super) fn role_row_ui(ui: &mut egui::Ui, id_salt: &str, role: &mut PersonRole) {
    let l = ui.label(crate::texts::common::PERSON_ROLE_LABEL);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(role.label())
        .show_ui(ui, |ui| {
            for r in PersonRole::ALL {
                ui.selectable_value(role, r, r.label());
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
}

/// The gender of a person as a row of a two-column grid.
pub(super) fn gender_row_ui(ui: &mut egui::Ui, gender: &mut Gender) {
    ui.label(t::PERSON_GENDER_LABEL);
    ui.horizontal(|ui| {
        for g in GENDERS {
            ui.radio_value(gender, g, g.label());
        }
    });
    ui.end_row();
}

/// The person form; returns (save clicked, cancel clicked).
fn draft_ui(ui: &mut egui::Ui, d: &mut Draft, today: chrono::NaiveDate) -> (bool, bool) {
    egui::Grid::new("person_form")
        .num_columns(2)
        .show(ui, |ui| {
            role_row_ui(ui, "person_role", &mut d.role);
            super::grid_text_row(ui, t::PERSON_FIRST_NAMES_LABEL, &mut d.first_name, false);
            super::grid_text_row(ui, t::PERSON_ROEPNAAM_LABEL, &mut d.roepnaam, false);
            super::grid_text_row(
                ui,
                t::PERSON_TUSSENVOEGSEL_LABEL,
                &mut d.tussenvoegsel,
                false,
            );
            super::grid_text_row(ui, t::PERSON_FAMILY_NAME_LABEL, &mut d.last_name, false);
            let birth =
                super::grid_text_row(ui, t::PERSON_BIRTH_DATE_INPUT_LABEL, &mut d.birth, false);
            if birth.changed() {
                d.birth_error = None;
            }
            if birth.lost_focus() && !d.birth.trim().is_empty() {
                d.birth_error = crate::form::dates::parse_date_for(&d.birth, today, DateUse::Birth)
                    .err()
                    .map(crate::form::DateError::dutch_message);
            }
            if let Some(e) = d.birth_error {
                ui.label("");
                ui.colored_label(ui.visuals().error_fg_color, e);
                ui.end_row();
            }
            gender_row_ui(ui, &mut d.gender);
            ui.label(crate::texts::common::PERSON_GEZAG_LABEL);
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut d.gezag,
                    Some(true),
                    crate::texts::common::ANSWER_YES_LOWERCASE,
                );
                ui.radio_value(
                    &mut d.gezag,
                    Some(false),
                    crate::texts::common::ANSWER_NO_LOWERCASE,
                );
                ui.radio_value(
                    &mut d.gezag,
                    None,
                    crate::texts::common::ANSWER_UNKNOWN_LOWERCASE,
                );
            });
            ui.end_row();
            super::grid_text_row(
                ui,
                crate::texts::common::PERSON_ADDRESS_LABEL,
                &mut d.address,
                false,
            );
            super::grid_text_row(
                ui,
                t::PERSON_POSTCODE_AND_PLACE_LABEL,
                &mut d.postcode_place,
                false,
            );
            super::grid_text_row(
                ui,
                crate::texts::common::PERSON_PHONE_LABEL,
                &mut d.phone,
                false,
            );
            super::grid_text_row(ui, t::PERSON_GROUP_LABEL, &mut d.group, false);
            super::grid_text_row(ui, t::PERSON_LANGUAGES_INPUT_LABEL, &mut d.languages, false);
            super::grid_text_row(ui, t::PERSON_ALIASES_LABEL, &mut d.aliases, false);
            super::grid_text_row(ui, t::PERSON_NOTES_LABEL, &mut d.notes, false);
            ui.label("");
            ui.checkbox(&mut d.subject, t::PERSON_MAKE_SUBJECT);
            ui.end_row();
        });
    if let Some(e) = &d.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    let mut out = (false, false);
    ui.horizontal(|ui| {
        out.0 = ui.button(t::PERSON_SAVE_BUTTON).clicked();
        out.1 = ui.button(t::CANCEL_BUTTON).clicked();
    });
    out
}
