//! "Nieuw dossier" asks who the dossier is about (the window's side of `meldcode dossier
//! create --subject-…`): the form's widgets driven by label on a vault made through the
//! wizard, checked by reopening the vault through the operations layer. Also the helper
//! the other window tests start a dossier with.

use crate::app_support::{click, replace_in, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, FormSets, Screen, WindowPrefs};
use meldcode::domain::{Gender, PersonRole, Step};
use meldcode::gui::Gui;
use meldcode::ops::{self, Session};
use meldcode::texts::window as person;
use meldcode::texts::window as t;

const PASS: &str = "paard-batterij-nietje-correct";

/// Starts a dossier the way a user does: "Nieuw dossier", a first name, "Dossier aanmaken".
pub fn start_dossier(h: &mut Harness<'_, Gui>, first_name: &str) {
    h.get_by_label(person::COMMAND_NEW_DOSSIER).click();
    h.run();
    type_into(h, person::PERSON_FIRST_NAMES_LABEL, first_name);
    h.get_by_label(t::NEW_DOSSIER_CREATE_BUTTON).click();
    h.run();
    assert!(
        matches!(h.state().app.state.screen, Screen::Dossier { .. }),
        "{:?}",
        h.state().app.state.new_dossier_refusal
    );
}

/// A window on a new vault, made through the wizard.
fn on_new_vault(path: &std::path::Path) -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    let mut h = Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));
    crate::app_support::create_vault(
        &mut h,
        &crate::app_support::NewVault {
            path,
            passphrase: PASS,
            user: "Çağla Ünal-de Wít",
            function: "intern begeleider",
            organisation: "Obs De Ĳsvogel",
            sector: Some(person::SECTOR_PRIMARY_EDUCATION),
        },
    );
    h
}

/// The vault's dossiers, read after the window let go of it.
fn dossiers_in(path: &std::path::Path) -> Vec<meldcode::domain::Dossier> {
    let mut s = Session::open_vault(
        path,
        PASS,
        &ops::OpenVault {
            take_over_stale_lock: true,
            ..ops::OpenVault::default()
        },
        ops::system_clock(),
    )
    .expect("the vault opens");
    let ids: Vec<_> = ops::dossier::list(&s)
        .expect("list")
        .iter()
        .map(|d| d.id)
        .collect();
    ids.into_iter()
        .map(|id| ops::dossier::load(&mut s, id).expect("load"))
        .collect()
}

#[test]
fn new_dossier_asks_who_it_is_about_and_makes_her_the_subject() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ijsvogel.meldcode");
    let mut h = on_new_vault(&path);

    // Ctrl+N opens the form as the button does; nothing is created yet.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    assert_eq!(h.state().app.state.screen, Screen::NewDossier);
    assert!(h.state().app.state.rows.is_empty());
    assert_eq!(
        h.get_by_label(t::NEW_DOSSIER_TITLE_LABEL)
            .value()
            .as_deref(),
        Some(t::NEW_DOSSIER_DEFAULT_TITLE),
        "a neutral title to start with"
    );

    replace_in(
        &mut h,
        t::NEW_DOSSIER_TITLE_LABEL,
        "Groep 5, blauwe plekken",
    );
    type_into(&mut h, person::PERSON_FIRST_NAMES_LABEL, "Zoë Anna");
    type_into(&mut h, person::PERSON_ROEPNAAM_LABEL, "Zoë");
    type_into(&mut h, person::PERSON_FAMILY_NAME_LABEL, "Ünal-de Wít");
    type_into(&mut h, person::PERSON_BIRTH_DATE_INPUT_LABEL, "17-04-2018");
    click(&mut h, Gender::Vrouwelijk.label());
    type_into(&mut h, person::PERSON_GROUP_LABEL, "groep 5b");
    click(&mut h, t::NEW_DOSSIER_CREATE_BUTTON);

    let state = &h.state().app.state;
    assert!(state.new_dossier_refusal.is_none(), "{state:?}");
    let Screen::Dossier { id, step } = state.screen else {
        panic!("not on the new dossier: {:?}", state.screen);
    };
    assert_eq!(step, Step::Signaleren);
    drop(h);

    let all = dossiers_in(&path);
    assert_eq!(all.len(), 1);
    let d = &all[0];
    assert_eq!(d.id, id);
    assert_eq!(d.title, "Groep 5, blauwe plekken");
    assert_eq!(d.persons.len(), 1);
    let zoe = d.subject().expect("she is the subject");
    assert_eq!(zoe.role, PersonRole::Kind);
    assert_eq!(zoe.first_name, "Zoë Anna");
    assert_eq!(zoe.roepnaam, "Zoë");
    assert_eq!(zoe.tussenvoegsel, "");
    assert_eq!(zoe.last_name, "Ünal-de Wít");
    assert_eq!(zoe.birth_date, chrono::NaiveDate::from_ymd_opt(2018, 4, 17));
    assert_eq!(zoe.gender, Gender::Vrouwelijk);
    assert_eq!(zoe.group, "groep 5b");
    assert_eq!(d.created_by.name, "Çağla Ünal-de Wít");
}

#[test]
fn cancel_and_refusals_create_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("leeg.meldcode");
    let mut h = on_new_vault(&path);

    // Annuleren: back to the list, nothing created, and the form starts empty next time.
    click(&mut h, person::COMMAND_NEW_DOSSIER);
    type_into(&mut h, person::PERSON_FIRST_NAMES_LABEL, "Bjørn");
    click(&mut h, person::CANCEL_BUTTON);
    assert_eq!(h.state().app.state.screen, Screen::List);
    assert!(h.state().app.state.rows.is_empty());
    click(&mut h, person::COMMAND_NEW_DOSSIER);
    assert_eq!(
        h.get_by_label(person::PERSON_FIRST_NAMES_LABEL)
            .value()
            .as_deref(),
        Some("")
    );

    // A birth date that does not exist: marked at the field once it is left, refused in
    // the form by the operation, nothing created.
    type_into(&mut h, person::PERSON_FIRST_NAMES_LABEL, "Bjørn");
    type_into(&mut h, person::PERSON_BIRTH_DATE_INPUT_LABEL, "31-02-2019");
    h.get_by_label(person::PERSON_FIRST_NAMES_LABEL).focus();
    h.run();
    assert!(
        h.query_by_label(person::DATE_FORMAT_ERROR).is_some(),
        "marked at the field"
    );
    click(&mut h, t::NEW_DOSSIER_CREATE_BUTTON);
    let refusal = h
        .state()
        .app
        .state
        .new_dossier_refusal
        .clone()
        .expect("refused");
    assert!(refusal.text.contains("datum"), "{refusal:?}");
    assert!(
        h.query_by_label(&refusal.text).is_some(),
        "shown in the form"
    );
    assert_eq!(h.state().app.state.screen, Screen::NewDossier);
    assert!(h.state().app.state.rows.is_empty());
    let bar = h.state().app.state.message.clone();
    assert!(
        bar.as_ref().is_none_or(|m| !m.error),
        "in the form, not the message bar: {bar:?}"
    );

    // No name and an empty title are refused the same way.
    replace_in(&mut h, person::PERSON_BIRTH_DATE_INPUT_LABEL, "");
    replace_in(&mut h, person::PERSON_FIRST_NAMES_LABEL, "");
    click(&mut h, t::NEW_DOSSIER_CREATE_BUTTON);
    let no_name = h.state().app.state.new_dossier_refusal.clone();
    assert!(
        no_name.as_ref().is_some_and(|m| m.text != refusal.text),
        "{no_name:?}"
    );
    type_into(&mut h, person::PERSON_FIRST_NAMES_LABEL, "Bjørn");
    replace_in(&mut h, t::NEW_DOSSIER_TITLE_LABEL, "  ");
    click(&mut h, t::NEW_DOSSIER_CREATE_BUTTON);
    let no_title = h.state().app.state.new_dossier_refusal.clone();
    assert!(
        no_title
            .as_ref()
            .is_some_and(|m| m.text != refusal.text && Some(m) != no_name.as_ref()),
        "{no_title:?}"
    );
    assert!(h.state().app.state.rows.is_empty());
    click(&mut h, person::CANCEL_BUTTON);
    drop(h);
    assert!(
        dossiers_in(&path).is_empty(),
        "no empty dossier left behind"
    );
}
