//! First start: create or open a vault, the user's name, function and organisation, and the
//! sector that chooses the form set.

use zeroize::{Zeroize as _, Zeroizing};

use crate::app::{Command, Passphrase, VaultRequest};
use crate::app::{Nav, Op};
use crate::texts;

use super::file_chooser::{ChooserRequest, FileChooser, Pick};

/// Sector choices: form set id and label.
pub const SECTORS: [(&str, &str); 3] = [
    ("basismodel", texts::window::SECTOR_BASIC_MODEL),
    ("basisonderwijs", texts::window::SECTOR_PRIMARY_EDUCATION),
    ("zorg", texts::window::SECTOR_CARE_AND_THERAPY),
];

/// The wizard's fields; the passphrases are wiped when used or dropped.
pub struct WizardView {
    create: bool,
    path: String,
    passphrase: Zeroizing<String>,
    passphrase_again: Zeroizing<String>,
    name: String,
    function: String,
    organisation: String,
    form_set: String,
    /// Whether the organisation's own form folder is chosen instead of a sector.
    own_forms: bool,
    /// That folder, as typed or chosen.
    own_forms_path: String,
    error: Option<&'static str>,
    focus_passphrase: bool,
    vault_chooser: FileChooser,
    forms_chooser: FileChooser,
}

impl Default for WizardView {
    fn default() -> Self {
        Self {
            create: true,
            path: String::new(),
            passphrase: Passphrase::field(),
            passphrase_again: Passphrase::field(),
            name: String::new(),
            function: String::new(),
            organisation: String::new(),
            form_set: "basismodel".to_owned(),
            own_forms: false,
            own_forms_path: String::new(),
            error: None,
            focus_passphrase: false,
            vault_chooser: FileChooser::default(),
            forms_chooser: FileChooser::default(),
        }
    }
}

impl std::fmt::Debug for WizardView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passphrases.
        f.debug_struct("WizardView")
            .field("create", &self.create)
            .field("path", &self.path)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

/// A hint on the passphrase's strength.
pub fn strength_hint(pass: &str) -> &'static str {
    let len = pass.chars().count();
    let kinds = [
        pass.chars().any(char::is_lowercase),
        pass.chars().any(char::is_uppercase),
        pass.chars().any(|c| c.is_ascii_digit()),
        pass.chars().any(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|k| *k)
    .count();
    if len < 12 {
        texts::window::PASSPHRASE_STRENGTH_WEAK
    } else if len < 16 && kinds < 3 {
        texts::window::PASSPHRASE_STRENGTH_FAIR
    } else {
        texts::window::PASSPHRASE_STRENGTH_GOOD
    }
}

impl WizardView {
    /// Prepares the wizard to open the vault used last.
    pub fn prefill_open(&mut self, path: &std::path::Path) {
        self.create = false;
        self.path = path.display().to_string();
        self.focus_passphrase = true;
    }

    /// Draws the wizard; `first_start` when no vault was ever opened in this window.
    pub fn ui(&mut self, ui: &mut egui::Ui, first_start: bool, cmds: &mut Vec<Command>) {
        let Self {
            create,
            path,
            passphrase,
            passphrase_again,
            name,
            function,
            organisation,
            form_set,
            own_forms,
            own_forms_path,
            error,
            focus_passphrase,
            vault_chooser,
            forms_chooser,
        } = self;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.set_max_width(640.0);
            ui.heading(match (*create, first_start) {
                (true, true) => texts::window::WIZARD_HEADING,
                (true, false) => texts::window::WIZARD_NEW_VAULT_HEADING,
                (false, _) => texts::window::WIZARD_OPEN_VAULT_HEADING,
            });
            ui.label(texts::window::WIZARD_INTRODUCTION);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.radio_value(create, true, texts::window::WIZARD_CREATE_OPTION);
                ui.radio_value(create, false, texts::window::WIZARD_OPEN_OPTION);
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let l = ui.label(texts::window::WIZARD_VAULT_FILE_LABEL);
                ui.add(egui::TextEdit::singleline(path).desired_width(360.0))
                    .labelled_by(l.id);
                let picked =
                    vault_chooser.button_ui(ui, texts::window::WIZARD_CHOOSE_FILE_BUTTON, || {
                        ChooserRequest {
                            pick: if *create {
                                Pick::SaveFile("dossiers.meldcode".to_owned())
                            } else {
                                Pick::OpenFile
                            },
                            dir: Some(super::export_dialog::default_dir()),
                            filter: Some((
                                texts::window::WIZARD_VAULT_FILE_LABEL.to_owned(),
                                vec!["meldcode".to_owned()],
                            )),
                        }
                    });
                if let Some(p) = picked {
                    *path = p.display().to_string();
                }
            });
            vault_chooser.note_ui(ui);
            let l = ui.label(texts::window::PASSPHRASE_LABEL);
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut **passphrase)
                        .password(true)
                        .desired_width(320.0),
                )
                .labelled_by(l.id);
            // With a known vault the passphrase is all that is asked: type it, press Enter.
            if std::mem::take(focus_passphrase) {
                r.request_focus();
            }
            let mut submit = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let mut typed = vec![r.id];
            if *create {
                ui.label(egui::RichText::new(strength_hint(passphrase)).weak());
                let l = ui.label(texts::window::PASSPHRASE_AGAIN_LABEL);
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut **passphrase_again)
                            .password(true)
                            .desired_width(320.0),
                    )
                    .labelled_by(l.id);
                submit |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                typed.push(r.id);
                ui.label(egui::RichText::new(texts::window::PASSPHRASE_WARNING).small());
                ui.add_space(6.0);
                super::labelled_singleline_ui(ui, texts::window::WIZARD_YOUR_NAME_LABEL, name);
                super::labelled_singleline_ui(
                    ui,
                    texts::window::WIZARD_YOUR_FUNCTION_LABEL,
                    function,
                );
                super::labelled_singleline_ui(
                    ui,
                    texts::window::WIZARD_ORGANISATION_NAME_LABEL,
                    organisation,
                );
                ui.label(texts::common::SECTOR_LABEL);
                ui.horizontal_wrapped(|ui| {
                    for (id, label) in SECTORS {
                        if ui.radio(form_set == id && !*own_forms, label).clicked() {
                            *form_set = id.to_owned();
                            *own_forms = false;
                        }
                    }
                    if ui
                        .radio(*own_forms, texts::window::SECTOR_OWN_FORMS)
                        .clicked()
                    {
                        *own_forms = true;
                    }
                });
                if *own_forms {
                    ui.horizontal(|ui| {
                        let l = ui.label(texts::window::WIZARD_OWN_FORMS_PATH_LABEL);
                        ui.add(egui::TextEdit::singleline(own_forms_path).desired_width(360.0))
                            .labelled_by(l.id);
                        let picked = forms_chooser.button_ui(
                            ui,
                            texts::window::CHOOSE_FOLDER_BUTTON,
                            || ChooserRequest {
                                pick: Pick::Folder,
                                dir: None,
                                filter: None,
                            },
                        );
                        if let Some(dir) = picked {
                            *own_forms_path = dir.display().to_string();
                        }
                    });
                    forms_chooser.note_ui(ui);
                }
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let button = if *create {
                    texts::window::WIZARD_CREATE_VAULT_BUTTON
                } else {
                    texts::window::WIZARD_OPEN_VAULT_BUTTON
                };
                if ui.button(button).clicked() || submit {
                    *error = check(*create, path, passphrase, passphrase_again, name, function)
                        .or_else(|| {
                            (*own_forms && own_forms_path.trim().is_empty())
                                .then_some(texts::window::WIZARD_OWN_FORMS_MISSING)
                        });
                    if error.is_none() {
                        cmds.push(Command::Op(Op::OpenVault(VaultRequest {
                            path: path.trim().into(),
                            passphrase: Passphrase::take_from(passphrase),
                            create: *create,
                            name: name.trim().to_owned(),
                            function: function.trim().to_owned(),
                            organisation: organisation.trim().to_owned(),
                            form_set: form_set.clone(),
                            own_forms: (*own_forms && !own_forms_path.trim().is_empty())
                                .then(|| own_forms_path.trim().into()),
                        })));
                        passphrase_again.zeroize();
                        for id in &typed {
                            super::forget_typed(ui, *id);
                        }
                    }
                }
                super::command_button_ui(ui, Command::Op(Op::OpenExample), cmds);
                if ui.button(texts::window::CANCEL_BUTTON).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    cmds.push(Command::Nav(Nav::ShowList));
                }
            });
            if let Some(e) = error {
                ui.colored_label(ui.visuals().error_fg_color, *e);
            }
        });
    }
}

fn check(
    create: bool,
    path: &str,
    pass: &str,
    again: &str,
    name: &str,
    function: &str,
) -> Option<&'static str> {
    if path.trim().is_empty() {
        return Some(texts::window::WIZARD_FILE_NOT_CHOSEN);
    }
    if create {
        if pass.chars().count() < 12 {
            return Some(texts::window::WIZARD_PASSPHRASE_TOO_SHORT);
        }
        if pass != again {
            return Some(texts::window::WIZARD_PASSPHRASES_DIFFER);
        }
        if name.trim().is_empty() || function.trim().is_empty() {
            return Some(texts::window::WIZARD_NAME_MISSING);
        }
    }
    None
}
