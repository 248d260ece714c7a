//! The "Certificaat voor ondertekenen" section of the Organisatie page: whether the user
//! who opened the vault has a signing certificate and whose name it bears; making a personal one, importing a `.p12`/`.pfx`,
//! replacing the current one after a confirmation, and writing a backup. Passwords are
//! masked and emptied once used or refused.

use zeroize::Zeroizing;

use crate::app::{AppState, CertificateCommand, Command, Op, Passphrase};
use crate::texts;
use crate::texts::window as t;

use super::file_chooser::{ChooserRequest, FileChooser, Pick};

/// What a personal certificate will say, as typed.
#[derive(Debug, Default)]
struct NewFields {
    name: String,
    function: String,
    organisation: String,
    email: String,
}

/// Which request waits for the replacement to be confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replacing {
    Create,
    Import,
}

/// What is typed in the section.
#[derive(Default)]
pub struct CertificateView {
    /// Open the section and scroll to it in the next frame.
    reveal: bool,
    /// The app's count of carried-out requests last seen: when it moves, the fields empty.
    seen_done: u32,
    new: Option<NewFields>,
    import_path: String,
    import_password: Zeroizing<String>,
    import_chooser: FileChooser,
    backup_path: String,
    backup_password: Zeroizing<String>,
    backup_password_again: Zeroizing<String>,
    /// The form's own refusal (the two backup passwords differ).
    backup_mismatch: bool,
    backup_chooser: FileChooser,
    replacing: Option<Replacing>,
}

impl std::fmt::Debug for CertificateView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passwords.
        f.debug_struct("CertificateView")
            .field("import_path", &self.import_path)
            .field("backup_path", &self.backup_path)
            .field("replacing", &self.replacing)
            .finish_non_exhaustive()
    }
}

impl CertificateView {
    /// Opens the section and brings it into view in the next frame.
    pub fn reveal(&mut self) {
        self.reveal = true;
    }

    /// Draws the section (collapsed until opened, or revealed).
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let reveal = std::mem::take(&mut self.reveal);
        let shown = egui::CollapsingHeader::new(t::CERTIFICATE_HEADING)
            .id_salt("certificate_section")
            .open(reveal.then_some(true))
            .show(ui, |ui| self.body_ui(ui, state, cmds));
        if reveal {
            shown.header_response.scroll_to_me(Some(egui::Align::TOP));
        }
        ui.add_space(6.0);
    }

    fn body_ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let cert = &state.certificate;
        if !cert.in_vault {
            ui.label(t::CERTIFICATE_ONLY_IN_VAULT);
            return;
        }
        if cert.done != self.seen_done {
            self.seen_done = cert.done;
            self.new = None;
            self.import_path.clear();
            self.backup_path.clear();
            self.replacing = None;
        }
        ui.label(egui::RichText::new(t::CERTIFICATE_INTRO).weak());
        ui.label(t::CERTIFICATE_FOR_USER.replace("{user}", &cert.user.name));
        ui.add_space(4.0);
        match &cert.current {
            Some(current) => current_ui(ui, state, current),
            None => {
                ui.label(t::CERTIFICATE_NONE_HINT);
            }
        }
        if let Some(refusal) = &cert.refusal {
            ui.colored_label(ui.visuals().error_fg_color, &refusal.text);
        }
        if let Some(current) = &cert.current {
            self.replace_ui(ui, &current.name, cmds);
        }
        let exists = cert.current.is_some();
        ui.add_space(6.0);
        self.create_ui(ui, state, exists, cmds);
        ui.add_space(6.0);
        self.import_ui(ui, exists, cmds);
        if exists {
            ui.add_space(6.0);
            self.backup_ui(ui, cmds);
        }
    }

    /// The confirmation before the user's certificate is replaced.
    fn replace_ui(&mut self, ui: &mut egui::Ui, holder: &str, cmds: &mut Vec<Command>) {
        let Some(which) = self.replacing else {
            return;
        };
        let mut close = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(t::CERTIFICATE_REPLACE_QUESTION.replace("{name}", holder));
            ui.horizontal(|ui| {
                if ui.button(t::CERTIFICATE_REPLACE_CONFIRM_BUTTON).clicked() {
                    cmds.push(match which {
                        Replacing::Create => self.create_command(true),
                        Replacing::Import => self.import_command(true),
                    });
                    close = true;
                }
                if ui.button(texts::window::CANCEL_BUTTON).clicked() {
                    self.import_password.clear();
                    close = true;
                }
            });
        });
        if close {
            self.replacing = None;
        }
    }

    fn create_command(&self, replace: bool) -> Command {
        let empty = NewFields::default();
        let fields = self.new.as_ref().unwrap_or(&empty);
        Op::Certificate(CertificateCommand::Create {
            name: fields.name.trim().to_owned(),
            function: fields.function.trim().to_owned(),
            organisation: fields.organisation.trim().to_owned(),
            email: fields.email.trim().to_owned(),
            replace,
        })
        .into()
    }

    fn import_command(&mut self, replace: bool) -> Command {
        Op::Certificate(CertificateCommand::Import {
            path: std::path::PathBuf::from(self.import_path.trim()),
            password: Passphrase::take_from(&mut self.import_password),
            replace,
        })
        .into()
    }

    fn create_ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        exists: bool,
        cmds: &mut Vec<Command>,
    ) {
        ui.strong(t::CERTIFICATE_CREATE_HEADING);
        ui.label(egui::RichText::new(t::CERTIFICATE_CREATE_HINT).small());
        // The user who opened the vault, not the profile's first user.
        let user = &state.certificate.user;
        let fields = self.new.get_or_insert_with(|| NewFields {
            name: user.name.clone(),
            function: user.function.clone(),
            organisation: state.profile.organisation.name.clone(),
            email: String::new(),
        });
        egui::Grid::new("certificate_new")
            .num_columns(2)
            .show(ui, |ui| {
                super::grid_text_row(ui, t::CERTIFICATE_NEW_NAME_LABEL, &mut fields.name, false);
                super::grid_text_row(
                    ui,
                    t::CERTIFICATE_NEW_FUNCTION_LABEL,
                    &mut fields.function,
                    false,
                );
                super::grid_text_row(
                    ui,
                    t::CERTIFICATE_NEW_ORGANISATION_LABEL,
                    &mut fields.organisation,
                    false,
                );
                super::grid_text_row(ui, t::CERTIFICATE_NEW_EMAIL_LABEL, &mut fields.email, false);
            });
        let label = if exists {
            t::CERTIFICATE_CREATE_REPLACE_BUTTON
        } else {
            t::CERTIFICATE_CREATE_BUTTON
        };
        if ui.button(label).clicked() {
            if exists {
                self.replacing = Some(Replacing::Create);
            } else {
                cmds.push(self.create_command(false));
            }
        }
    }

    fn import_ui(&mut self, ui: &mut egui::Ui, exists: bool, cmds: &mut Vec<Command>) {
        ui.strong(t::CERTIFICATE_IMPORT_HEADING);
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t::CERTIFICATE_IMPORT_FILE_LABEL);
            ui.add(egui::TextEdit::singleline(&mut self.import_path).desired_width(320.0))
                .labelled_by(l.id);
            let current = std::path::PathBuf::from(self.import_path.trim());
            let chosen =
                self.import_chooser
                    .button_ui(ui, t::CERTIFICATE_IMPORT_CHOOSE_BUTTON, || ChooserRequest {
                        pick: Pick::OpenFile,
                        dir: current.parent().map(std::path::Path::to_path_buf),
                        filter: Some((
                            t::CERTIFICATE_FILE_TYPE_LABEL.to_owned(),
                            vec!["p12".to_owned(), "pfx".to_owned()],
                        )),
                    });
            if let Some(chosen) = chosen {
                self.import_path = chosen.display().to_string();
            }
        });
        self.import_chooser.note_ui(ui);
        egui::Grid::new("certificate_import")
            .num_columns(2)
            .show(ui, |ui| {
                super::grid_text_row(
                    ui,
                    t::CERTIFICATE_IMPORT_PASSWORD_LABEL,
                    &mut self.import_password,
                    true,
                );
            });
        let label = if exists {
            t::CERTIFICATE_IMPORT_REPLACE_BUTTON
        } else {
            t::CERTIFICATE_IMPORT_BUTTON
        };
        let ready = !self.import_path.trim().is_empty();
        if ui.add_enabled(ready, egui::Button::new(label)).clicked() {
            if exists {
                self.replacing = Some(Replacing::Import);
            } else {
                let command = self.import_command(false);
                cmds.push(command);
            }
        }
    }

    fn backup_ui(&mut self, ui: &mut egui::Ui, cmds: &mut Vec<Command>) {
        ui.strong(t::CERTIFICATE_BACKUP_HEADING);
        ui.label(egui::RichText::new(t::CERTIFICATE_BACKUP_HINT).small());
        if self.backup_path.is_empty() {
            self.backup_path = super::export_dialog::default_dir()
                .join(t::CERTIFICATE_BACKUP_FILE_NAME)
                .display()
                .to_string();
        }
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t::CERTIFICATE_BACKUP_FILE_LABEL);
            ui.add(egui::TextEdit::singleline(&mut self.backup_path).desired_width(320.0))
                .labelled_by(l.id);
            let current = std::path::PathBuf::from(self.backup_path.trim());
            let chosen =
                self.backup_chooser
                    .button_ui(ui, t::CERTIFICATE_BACKUP_CHOOSE_BUTTON, || ChooserRequest {
                        pick: Pick::SaveFile(t::CERTIFICATE_BACKUP_FILE_NAME.to_owned()),
                        dir: current.parent().map(std::path::Path::to_path_buf),
                        filter: Some((
                            t::CERTIFICATE_FILE_TYPE_LABEL.to_owned(),
                            vec!["p12".to_owned()],
                        )),
                    });
            if let Some(chosen) = chosen {
                self.backup_path = chosen.display().to_string();
            }
        });
        self.backup_chooser.note_ui(ui);
        egui::Grid::new("certificate_backup")
            .num_columns(2)
            .show(ui, |ui| {
                super::grid_text_row(
                    ui,
                    t::CERTIFICATE_BACKUP_PASSWORD_LABEL,
                    &mut self.backup_password,
                    true,
                );
                super::grid_text_row(
                    ui,
                    t::CERTIFICATE_BACKUP_PASSWORD_AGAIN_LABEL,
                    &mut self.backup_password_again,
                    true,
                );
            });
        if self.backup_mismatch {
            ui.colored_label(
                ui.visuals().error_fg_color,
                texts::window::WIZARD_PASSPHRASES_DIFFER,
            );
        }
        let ready = !self.backup_path.trim().is_empty();
        if ui
            .add_enabled(ready, egui::Button::new(t::CERTIFICATE_BACKUP_BUTTON))
            .clicked()
        {
            self.backup_mismatch = *self.backup_password != *self.backup_password_again;
            if !self.backup_mismatch {
                cmds.push(
                    Op::Certificate(CertificateCommand::Backup {
                        path: std::path::PathBuf::from(self.backup_path.trim()),
                        password: Passphrase::take_from(&mut self.backup_password),
                    })
                    .into(),
                );
            }
            // Used or refused: either way typed again.
            self.backup_password.clear();
            self.backup_password_again.clear();
        }
    }
}

/// Whose the vault's certificate is, until when, and its fingerprint (as `cert show`).
fn current_ui(ui: &mut egui::Ui, state: &AppState, current: &crate::app::CertificateSummary) {
    let until = current
        .valid_until
        .map(|at| at.with_timezone(&chrono::Local).date_naive());
    egui::Grid::new("certificate_current")
        .num_columns(2)
        .show(ui, |ui| {
            let mut row = |label: &str, value: &str| {
                ui.label(label);
                ui.label(value);
                ui.end_row();
            };
            row(t::CERTIFICATE_HOLDER_LABEL, &current.name);
            if let Some(f) = &current.function {
                row(t::CERTIFICATE_HOLDER_FUNCTION_LABEL, f);
            }
            if let Some(o) = &current.organisation {
                row(t::CERTIFICATE_HOLDER_ORGANISATION_LABEL, o);
            }
            if let Some(until) = until {
                row(t::CERTIFICATE_VALID_UNTIL_LABEL, &super::format_date(until));
            }
            row(
                t::CERTIFICATE_ISSUER_LABEL,
                if current.self_signed {
                    t::CERTIFICATE_SELF_SIGNED_MARK
                } else {
                    t::CERTIFICATE_ISSUED_MARK
                },
            );
            row(
                t::CERTIFICATE_FINGERPRINT_LABEL,
                &grouped(&current.fingerprint),
            );
        });
    if until.is_some_and(|until| until < state.today()) {
        ui.colored_label(ui.visuals().warn_fg_color, t::CERTIFICATE_EXPIRED_HINT);
    }
}

/// The fingerprint in groups of four, for reading it out and comparing.
fn grouped(fingerprint: &str) -> String {
    fingerprint
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
