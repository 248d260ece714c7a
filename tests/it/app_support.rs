//! What the window tests share: a window on the example that can make a vault quickly, and
//! typing, replacing and clicking by a widget's label.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, FormSets, VaultRequest, WindowPrefs};
use meldcode::gui::Gui;

/// The window on the bundled forms and the example, `height` pixels tall; a vault made in it
/// uses the cheap test key derivation.
pub fn vault_harness(height: f32) -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    Harness::builder()
        .with_size([1400.0, height])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

/// What the window's "open a vault" sends for an existing vault and its passphrase.
pub fn open_request(path: &std::path::Path, passphrase: &str) -> VaultRequest {
    VaultRequest {
        path: path.to_owned(),
        passphrase: passphrase.into(),
        create: false,
        name: String::new(),
        function: String::new(),
        organisation: String::new(),
        form_set: String::new(),
        own_forms: None,
    }
}

/// Types `text` into the field labelled `label`, as keystrokes.
pub fn type_into(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Replaces the whole value of the field labelled `label`.
pub fn replace_in(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).set_text_value_accesskit(text);
    h.run();
}

/// Clicks the widget labelled `label`.
pub fn click(h: &mut Harness<'_, Gui>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Who makes a vault in the first-start wizard, and for which organisation.
pub struct NewVault<'a> {
    /// The vault file.
    pub path: &'a std::path::Path,
    /// The passphrase, typed twice.
    pub passphrase: &'a str,
    /// The user's name and function.
    pub user: &'a str,
    /// The user's function.
    pub function: &'a str,
    /// The organisation's name.
    pub organisation: &'a str,
    /// The sector to click, when the test picks one (its label).
    pub sector: Option<&'a str>,
}

/// Walks the wizard to a new vault as a user types it, and checks that the file exists.
pub fn create_vault(h: &mut Harness<'_, Gui>, v: &NewVault<'_>) {
    use meldcode::texts::window as t;
    click(h, t::COMMAND_WIZARD);
    type_into(h, t::WIZARD_VAULT_FILE_LABEL, &v.path.display().to_string());
    type_into(h, t::PASSPHRASE_LABEL, v.passphrase);
    type_into(h, t::PASSPHRASE_AGAIN_LABEL, v.passphrase);
    type_into(h, t::WIZARD_YOUR_NAME_LABEL, v.user);
    type_into(h, t::WIZARD_YOUR_FUNCTION_LABEL, v.function);
    type_into(h, t::WIZARD_ORGANISATION_NAME_LABEL, v.organisation);
    if let Some(sector) = v.sector {
        click(h, sector);
    }
    click(h, t::WIZARD_CREATE_VAULT_BUTTON);
    assert!(v.path.exists(), "{:?}", h.state().app.state.message);
}
