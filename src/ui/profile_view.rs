//! The profile panel of the Organisatie page (issue 15): the Veilig Thuis region picked
//! from the known regions (filling the phone number and mail address where known), the
//! postal address, and which profile fields the documents still need. The other profile
//! fields are edited in the protocol form below it; both go through [`Op::EditProtocol`],
//! which sets the profile with [`crate::domain::Organisation::set_field`].

use crate::app::{AppState, Command, Op};
use crate::domain::{VEILIG_THUIS_REGIOS, Value};
use crate::texts::window as t;

/// Drafts of the profile panel.
#[derive(Debug, Default)]
pub struct ProfileView {
    /// The postal address while its field has focus.
    address: Option<String>,
}

impl ProfileView {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let org = &state.profile.organisation;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong(t::PROFILE_HEADING);
            let missing = crate::app::profile_gaps::missing_labels(&state.profile);
            if missing.is_empty() {
                ui.label(t::PROFILE_COMPLETE);
            } else {
                ui.label(t::PROFILE_MISSING_LABEL);
                ui.label(missing.join(", "));
            }
            egui::Grid::new("profile_vt").num_columns(2).show(ui, |ui| {
                let l = ui.label(t::PROFILE_VT_REGION_LABEL);
                let shown = if org.veilig_thuis_regio.is_empty() {
                    t::PROFILE_VT_REGION_NONE
                } else {
                    org.veilig_thuis_regio.as_str()
                };
                egui::ComboBox::from_id_salt("vt_region")
                    .selected_text(shown)
                    .width(360.0)
                    .show_ui(ui, |ui| {
                        for r in &VEILIG_THUIS_REGIOS {
                            if ui
                                .selectable_label(org.veilig_thuis_regio == r.name, r.name)
                                .clicked()
                            {
                                cmds.push(
                                    Op::EditProtocol {
                                        field: "veilig_thuis_regio".to_owned(),
                                        value: Some(Value::Text(r.name.to_owned())),
                                    }
                                    .into(),
                                );
                            }
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                ui.label(t::PROFILE_VT_PHONE_LABEL);
                ui.label(&org.veilig_thuis_telefoon);
                ui.end_row();
                ui.label(t::PROFILE_VT_MAIL_LABEL);
                ui.label(&org.veilig_thuis_email);
                ui.end_row();
                let l = ui.label(t::PROFILE_VT_ADDRESS_LABEL);
                let text = self
                    .address
                    .get_or_insert_with(|| org.veilig_thuis_adres.clone());
                let r = ui
                    .add(egui::TextEdit::singleline(text).desired_width(360.0))
                    .labelled_by(l.id);
                if r.lost_focus() {
                    let v = text.trim().to_owned();
                    cmds.push(
                        Op::EditProtocol {
                            field: "veilig_thuis_adres".to_owned(),
                            value: (!v.is_empty()).then_some(Value::Text(v)),
                        }
                        .into(),
                    );
                    self.address = None;
                } else if !r.has_focus() {
                    self.address = None;
                }
                ui.end_row();
            });
        });
        ui.add_space(6.0);
    }
}
