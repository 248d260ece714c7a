//! #20: the path can always be typed. Without a system file chooser (no desktop session, as
//! in CI) "Bestand kiezen…" says so in Dutch instead of doing nothing, and a vault is still
//! made from the typed path (with the extension `.meldcode` when none was typed); the
//! organisation's own form folder can be typed too.

use crate::app_support::{click, type_into, vault_harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::gui::Gui;
use meldcode::texts::window as t;
use meldcode::ui::file_chooser::system_chooser_present;

fn harness() -> Harness<'static, Gui> {
    vault_harness(1600.0)
}

fn fill_wizard(h: &mut Harness<'_, Gui>, path: &std::path::Path) {
    type_into(h, t::WIZARD_VAULT_FILE_LABEL, &path.display().to_string());
    type_into(h, t::PASSPHRASE_LABEL, "paard-batterij-nietje-correct");
    type_into(
        h,
        t::PASSPHRASE_AGAIN_LABEL,
        "paard-batterij-nietje-correct",
    );
    type_into(h, t::WIZARD_YOUR_NAME_LABEL, "Bjørn Ĳzerman");
    type_into(h, t::WIZARD_YOUR_FUNCTION_LABEL, "intern begeleider");
    type_into(h, t::WIZARD_ORGANISATION_NAME_LABEL, "Obs Het Kompas");
}

#[test]
fn without_a_system_chooser_the_button_says_to_type_the_path_and_the_typed_path_works() {
    if system_chooser_present() {
        eprintln!("a desktop session is present: the system chooser would open; not tested");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    // Typed without an extension: the vault gets the program's own.
    let path = dir.path().join("kompas");
    let mut h = harness();
    click(&mut h, t::COMMAND_WIZARD);
    assert!(h.query_by_label(t::FILE_CHOOSER_UNAVAILABLE).is_none());
    click(&mut h, t::WIZARD_CHOOSE_FILE_BUTTON);
    assert!(
        h.query_by_label(t::FILE_CHOOSER_UNAVAILABLE).is_some(),
        "the window says why no dialog came"
    );
    fill_wizard(&mut h, &path);
    click(&mut h, t::SECTOR_PRIMARY_EDUCATION);
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    assert!(
        path.with_extension("meldcode").exists(),
        "the vault is made from the typed path, with its extension"
    );
    assert!(!path.exists());
}

#[test]
fn the_own_form_folder_is_typed_and_refused_when_left_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let forms = dir.path().join("formulieren");
    let set = forms.join("onze_school");
    std::fs::create_dir_all(&set).expect("mkdir");
    for file in meldcode::form::bundled_files() {
        let in_set = file
            .path
            .parent()
            .is_some_and(|p| p.ends_with("basisonderwijs"));
        if in_set && let Some(name) = file.path.file_name() {
            let text = file
                .text
                .replace("id = \"basisonderwijs\"", "id = \"onze_school\"");
            std::fs::write(set.join(name), text).expect("write");
        }
    }
    let path = dir.path().join("kompas.meldcode");
    let mut h = harness();
    click(&mut h, t::COMMAND_WIZARD);
    fill_wizard(&mut h, &path);
    click(&mut h, t::SECTOR_OWN_FORMS);
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    assert!(
        h.query_by_label(t::WIZARD_OWN_FORMS_MISSING).is_some(),
        "an empty folder is refused in Dutch"
    );
    assert!(!path.exists(), "nothing made");
    // The refusal keeps what was typed; the folder is all that is missing.
    type_into(
        &mut h,
        t::WIZARD_OWN_FORMS_PATH_LABEL,
        &forms.display().to_string(),
    );
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    assert!(path.exists(), "the vault is made");
    assert_eq!(
        h.state().app.state.profile.organisation.form_set,
        "onze_school",
        "the organisation uses its own form set"
    );
}
