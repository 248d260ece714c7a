//! The "Nieuw dossier" form: a neutral title and who the dossier is about (role, names,
//! birth date, gender, group). "Dossier aanmaken" sends one [`Op::CreateDossier`]; the
//! operation checks everything before it creates anything, and its refusal is shown here.
//! "Annuleren" (or Escape) creates nothing.

use crate::app::{AppState, Command, Nav, NewDossier, Op};
use crate::domain::{Gender, PersonRole};
use crate::texts::window as t;

use super::grid_text_row;
use super::persons_view::{gender_row_ui, role_row_ui};

/// The form's fields while it is shown; `None` on every other screen, so the form starts
/// fresh each time it opens.
#[derive(Debug, Default)]
pub struct NewDossierView {
    draft: Option<NewDossier>,
}

impl NewDossierView {
    /// Forgets what was typed (the form is not shown).
    pub fn close(&mut self) {
        self.draft = None;
    }

    /// Draws the form.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let fresh = self.draft.is_none();
        let draft = self.draft.get_or_insert_with(|| empty(state));
        ui.heading(t::NEW_DOSSIER_HEADING);
        ui.label(t::NEW_DOSSIER_INTRO);
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let first = fields_ui(ui, draft, state.today());
                if fresh {
                    first.request_focus();
                }
                if let Some(refusal) = &state.new_dossier_refusal {
                    ui.add_space(6.0);
                    ui.colored_label(ui.visuals().error_fg_color, &refusal.text);
                    for item in &refusal.items {
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            format!("\u{2022} {}", super::plain::user_text(item)),
                        );
                    }
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t::NEW_DOSSIER_CREATE_BUTTON).clicked() {
                        cmds.push(Op::CreateDossier(draft.clone()).into());
                    }
                    // Escape closes an open calendar or role list first, not the form.
                    let escape = !egui::Popup::is_any_open(ui.ctx())
                        && ui.input(|i| i.key_pressed(egui::Key::Escape));
                    if ui.button(t::CANCEL_BUTTON).clicked() || escape {
                        cmds.push(Nav::ShowList.into());
                    }
                });
            });
    }
}

/// The form as it opens: a neutral title, the role the organisation's sector starts with.
fn empty(state: &AppState) -> NewDossier {
    let role = if state.profile.organisation.form_set == "zorg" {
        PersonRole::Client
    } else {
        PersonRole::Kind
    };
    NewDossier {
        title: t::NEW_DOSSIER_DEFAULT_TITLE.to_owned(),
        role,
        first_name: String::new(),
        roepnaam: String::new(),
        tussenvoegsel: String::new(),
        last_name: String::new(),
        birth_date: String::new(),
        gender: Gender::Onbekend,
        group: String::new(),
    }
}

/// The title and the person fields; returns the first name's field (focused on opening).
fn fields_ui(ui: &mut egui::Ui, d: &mut NewDossier, today: chrono::NaiveDate) -> egui::Response {
    egui::Grid::new("new_dossier_title")
        .num_columns(2)
        .show(ui, |ui| {
            grid_text_row(ui, t::NEW_DOSSIER_TITLE_LABEL, &mut d.title, false);
        });
    ui.label(egui::RichText::new(t::NEW_DOSSIER_TITLE_HINT).weak());
    ui.add_space(8.0);
    ui.strong(t::NEW_DOSSIER_SUBJECT_HEADING);
    egui::Grid::new("new_dossier_subject")
        .num_columns(2)
        .show(ui, |ui| {
            role_row_ui(ui, "new_dossier_role", &mut d.role);
            let first = grid_text_row(ui, t::PERSON_FIRST_NAMES_LABEL, &mut d.first_name, false);
            grid_text_row(ui, t::PERSON_ROEPNAAM_LABEL, &mut d.roepnaam, false);
            grid_text_row(
                ui,
                t::PERSON_TUSSENVOEGSEL_LABEL,
                &mut d.tussenvoegsel,
                false,
            );
            grid_text_row(ui, t::PERSON_FAMILY_NAME_LABEL, &mut d.last_name, false);
            super::date_picker::date_text_ui(
                ui,
                t::PERSON_BIRTH_DATE_INPUT_LABEL,
                &mut d.birth_date,
                "new_dossier_birth",
                today,
            );
            ui.end_row();
            gender_row_ui(ui, &mut d.gender);
            grid_text_row(ui, t::PERSON_GROUP_LABEL, &mut d.group, false);
            first
        })
        .inner
}
