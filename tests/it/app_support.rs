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
