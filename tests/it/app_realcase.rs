//! A real case from an empty vault in the window (issues 15 and 20): the wizard, the
//! organisation's own profile, a dossier about a child with the persons entered in the
//! Betrokkenen panel, a signal naming a sibling nobody registered, the anonymised summary
//! confirmed word by word, and the dossier PDF with the persons and the organisation.

use crate::app_support::{click, replace_in, type_into, vault_harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, FormSets, Screen, WindowPrefs};
use meldcode::domain::{PersonRole, VEILIG_THUIS_REGIOS};
use meldcode::gui::Gui;
use meldcode::texts;
use meldcode::texts::window as t;

fn harness() -> Harness<'static, Gui> {
    vault_harness(3600.0)
}

fn message(h: &Harness<'_, Gui>) -> String {
    format!("{:?}", h.state().app.state.message)
}

fn pdf_text(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout).replace('\n', " ")
}

/// Adds one person through the Betrokkenen panel.
fn add_person(
    h: &mut Harness<'_, Gui>,
    role: PersonRole,
    first: &str,
    tussenvoegsel: &str,
    last: &str,
    birth: &str,
    gezag: bool,
) {
    click(h, t::PERSON_ADD_BUTTON);
    if role != PersonRole::Kind {
        h.get_all_by_label(texts::common::PERSON_ROLE_LABEL)
            .last()
            .expect("role picker")
            .click();
        h.run();
        click(h, role.label());
    }
    type_into(h, t::PERSON_FIRST_NAMES_LABEL, first);
    type_into(h, t::PERSON_TUSSENVOEGSEL_LABEL, tussenvoegsel);
    type_into(h, t::PERSON_FAMILY_NAME_LABEL, last);
    if !birth.is_empty() {
        type_into(h, t::PERSON_BIRTH_DATE_INPUT_LABEL, birth);
    }
    if gezag {
        click(h, texts::common::ANSWER_YES_LOWERCASE);
    }
    click(h, t::PERSON_SAVE_BUTTON);
}

fn export(h: &mut Harness<'_, Gui>, kind_label: &str, out: &std::path::Path) {
    click(h, &format!("{kind_label}\u{2026}"));
    replace_in(h, t::EXPORT_FILE_LABEL, &out.display().to_string());
    h.get_by_label(t::EXPORT_START_BUTTON).click();
    h.step();
}

fn wait(h: &mut Harness<'_, Gui>) {
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(2));
    h.run();
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_real_case_from_an_empty_vault() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("eigen.meldcode");
    let mut h = harness();

    // The wizard on an empty vault ends on the Organisatie page, naming what is missing.
    click(&mut h, t::COMMAND_WIZARD);
    type_into(
        &mut h,
        t::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(&mut h, t::PASSPHRASE_LABEL, "paard-batterij-nietje-correct");
    type_into(
        &mut h,
        t::PASSPHRASE_AGAIN_LABEL,
        "paard-batterij-nietje-correct",
    );
    type_into(&mut h, t::WIZARD_YOUR_NAME_LABEL, "Ilse Ĳzerman");
    type_into(&mut h, t::WIZARD_YOUR_FUNCTION_LABEL, "intern begeleider");
    type_into(&mut h, t::WIZARD_ORGANISATION_NAME_LABEL, "Obs Het Kompas");
    click(&mut h, t::SECTOR_PRIMARY_EDUCATION);
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    assert!(path.exists(), "{}", message(&h));
    assert_eq!(h.state().app.state.screen, Screen::Organisation);
    let msg = h
        .state()
        .app
        .state
        .message
        .clone()
        .expect("what is missing");
    assert_eq!(msg.text, t::WIZARD_PROFILE_MISSING);
    assert!(msg.items.iter().any(|i| i.contains("laats")), "{msg:?}");
    assert!(
        h.state()
            .app
            .state
            .profile
            .organisation
            .eindverantwoordelijke
            .name
            .is_empty(),
        "nothing of the example's organisation"
    );

    // The organisation's own profile, through the Organisatie page.
    type_into(&mut h, "Plaats", "Zwolle");
    type_into(
        &mut h,
        "Eindverantwoordelijke voor de beslissing om wel of geen melding te doen: naam *",
        "Renée Ångström",
    );
    type_into(&mut h, "Eindverantwoordelijke: functie *", "directeur");
    type_into(
        &mut h,
        "Aandachtsfunctionaris huiselijk geweld en kindermishandeling: naam *",
        "Joost Öztürk",
    );
    type_into(&mut h, "Bewaartermijn (jaren)", "2");
    type_into(
        &mut h,
        "Klachtenregeling",
        "Klachten gaan naar de directeur en daarna naar de landelijke klachtencommissie.",
    );
    click(&mut h, "Zivver");
    // The label and the combo box it labels share the name: the combo box comes last.
    h.get_all_by_label(t::PROFILE_VT_REGION_LABEL)
        .last()
        .expect("region picker")
        .click();
    h.run();
    let region = VEILIG_THUIS_REGIOS[0].name;
    click(&mut h, region);
    h.state_mut().app.flush_due(std::time::Instant::now(), true);
    let profile = h.state().app.state.profile.clone();
    let missing = meldcode::app::profile_gaps::missing_labels(&profile);
    assert!(missing.is_empty(), "{missing:?} {}", message(&h));
    assert_eq!(profile.organisation.place, "Zwolle");
    assert_eq!(profile.organisation.veilig_thuis_regio, region);
    assert_eq!(profile.organisation.bewaartermijn_jaren, 2);
    assert_eq!(profile.organisation.beveiligde_mail, "Zivver");
    assert!(h.query_by_label(t::PROFILE_COMPLETE).is_some());

    // A dossier about a child, then the parents in the Betrokkenen panel.
    click(&mut h, t::COMMAND_NEW_DOSSIER);
    replace_in(
        &mut h,
        texts::window::NEW_DOSSIER_TITLE_LABEL,
        "Groep 3, blauwe plek",
    );
    type_into(&mut h, t::PERSON_FIRST_NAMES_LABEL, "Zoë");
    type_into(&mut h, t::PERSON_TUSSENVOEGSEL_LABEL, "de");
    type_into(&mut h, t::PERSON_FAMILY_NAME_LABEL, "Wít");
    type_into(&mut h, t::PERSON_BIRTH_DATE_INPUT_LABEL, "14-03-2018");
    click(&mut h, texts::window::NEW_DOSSIER_CREATE_BUTTON);
    click(&mut h, &format!("{} (1)", texts::common::PERSONS_HEADING));
    add_person(&mut h, PersonRole::Moeder, "Çağla", "", "Ünal", "", true);
    add_person(&mut h, PersonRole::Vader, "Bjørn", "de", "Wít", "", true);
    let d = h.state().app.state.open_dossier().cloned().expect("open");
    assert_eq!(d.persons.len(), 3, "{}", message(&h));
    assert_eq!(d.subject().map(|p| p.first_name.as_str()), Some("Zoë"));
    assert_eq!(
        d.persons[0].birth_date,
        chrono::NaiveDate::from_ymd_opt(2018, 3, 14)
    );
    assert_eq!(d.persons.iter().filter(|p| p.has_gezag()).count(), 2);

    // A bad birth date is refused in place, and nothing is added.
    click(&mut h, t::PERSON_ADD_BUTTON);
    type_into(&mut h, t::PERSON_FIRST_NAMES_LABEL, "Tijn");
    type_into(&mut h, t::PERSON_BIRTH_DATE_INPUT_LABEL, "14-03-18");
    click(&mut h, t::PERSON_SAVE_BUTTON);
    assert_eq!(
        h.state().app.state.open_dossier().map(|d| d.persons.len()),
        Some(3)
    );
    click(&mut h, t::CANCEL_BUTTON);

    // A signal naming a sibling nobody registered.
    type_into(
        &mut h,
        t::SIGNAL_TEXT_LABEL,
        "Op 2 december vertelde Zoë dat haar broer Mirza haar had geslagen. Roos zag het ook. Çağla haalde haar op.",
    );
    click(&mut h, t::SIGNAL_ADD_BUTTON);
    let d = h.state().app.state.open_dossier().cloned().expect("open");
    assert_eq!(d.signals.len(), 1, "{}", message(&h));

    // The consultatie export shows the doubtful words and refuses until they are confirmed.
    let (_, found) = meldcode::report::consultatie_with(
        &d,
        &h.state().app.state.profile,
        h.state().app.state.now,
        &meldcode::report::Confirmations::default(),
    );
    let summary = dir.path().join("samenvatting.pdf");
    export(&mut h, t::EXPORT_KIND_CONSULTATION, &summary);
    wait(&mut h);
    assert!(!found.doubtful.is_empty(), "{found:?}");
    {
        let refused = h.state().app.state.message.clone().expect("refused");
        assert!(refused.error, "{refused:?}");
        assert!(!summary.exists());
        // The same message as on the command line: "not ready", with what is needed as items.
        let said = format!("{} {}", refused.text, refused.items.join(" "));
        for word in &found.doubtful {
            assert!(said.contains(word.as_str()), "{refused:?}");
            click(
                &mut h,
                &format!("{word}: {}", t::ANONYMISATION_IS_NAME_OPTION),
            );
        }
        assert!(h.query_by_label(t::ANONYMISATION_ALL_CONFIRMED).is_some());
        h.get_by_label(t::EXPORT_START_BUTTON).click();
        h.step();
        wait(&mut h);
    }
    assert!(summary.exists(), "{}", message(&h));
    let text = pdf_text(&summary);
    for name in [
        "Zoë", "Wít", "Çağla", "Ünal", "Bjørn", "Mirza", "Roos", "Zwolle",
    ] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    for word in &found.doubtful {
        assert!(!text.contains(word.as_str()), "{word} in {text}");
    }

    // The dossier PDF lists the persons and the organisation's own name.
    let full = dir.path().join("dossier.pdf");
    export(&mut h, t::EXPORT_KIND_DOSSIER, &full);
    wait(&mut h);
    assert!(full.exists(), "{}", message(&h));
    let text = pdf_text(&full);
    for want in ["Zoë", "Çağla", "Bjørn", "Obs Het Kompas"] {
        assert!(text.contains(want), "{want} missing in {text}");
    }
}

#[test]
fn a_document_export_names_the_missing_profile_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("leeg.meldcode");
    let mut h = harness();
    click(&mut h, t::COMMAND_WIZARD);
    type_into(
        &mut h,
        t::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(&mut h, t::PASSPHRASE_LABEL, "paard-batterij-nietje-correct");
    type_into(
        &mut h,
        t::PASSPHRASE_AGAIN_LABEL,
        "paard-batterij-nietje-correct",
    );
    type_into(&mut h, t::WIZARD_YOUR_NAME_LABEL, "Zoë Bakker");
    type_into(&mut h, t::WIZARD_YOUR_FUNCTION_LABEL, "mentor");
    type_into(
        &mut h,
        t::WIZARD_ORGANISATION_NAME_LABEL,
        "Kindcentrum De Linde",
    );
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    let out = dir.path().join("dossier.pdf");
    export(&mut h, t::EXPORT_KIND_DOSSIER, &out);
    wait(&mut h);
    let msg = h.state().app.state.message.clone().expect("refused");
    assert!(msg.error, "{msg:?}");
    assert_eq!(
        msg.items,
        vec![meldcode::domain::ProfileField::Eindverantwoordelijke.missing_message()]
    );
    assert!(!out.exists());
}

#[test]
fn removing_a_referenced_person_asks_what_happens_to_the_references() {
    let mut h = Harness::builder()
        .with_size([1400.0, 3600.0])
        .build_ui_state(
            |ui, g: &mut Gui| g.frame_ui(ui),
            Gui::new(App::with_example(
                FormSets::bundled(),
                WindowPrefs::default(),
                None,
            )),
        );
    h.get_all_by_label(t::OPEN_BUTTON)
        .next()
        .expect("example row")
        .click();
    h.run();
    let d = h.state().app.state.open_dossier().cloned().expect("open");
    let (index, person) = d
        .persons
        .iter()
        .enumerate()
        .find(|(_, p)| !d.person_references(p.id).is_empty())
        .expect("the example names a person");
    let references = d.person_references(person.id);
    click(
        &mut h,
        &format!("{} ({})", texts::common::PERSONS_HEADING, d.persons.len()),
    );
    // The panel is the first part of the dossier with remove buttons, one per person.
    h.get_all_by_label(t::REMOVE_BUTTON)
        .nth(index)
        .expect("remove button")
        .click();
    h.run();
    assert!(h.query_by_label(t::PERSON_REMOVE_REFERENCED).is_some());
    assert!(
        h.query_by_label(&format!("\u{2022} {}", references[0]))
            .is_some()
    );
    click(&mut h, t::PERSON_REMOVE_KEEP_REFERENCES);
    click(&mut h, t::PERSON_REMOVE_CONFIRM_BUTTON);
    let after = h.state().app.state.open_dossier().cloned().expect("open");
    assert!(after.person(person.id).is_none(), "{}", message(&h));
    assert_eq!(after.persons.len(), d.persons.len() - 1);
    assert!(matches!(
        after.history.last().map(|e| &e.change),
        Some(meldcode::domain::Change::RemovePerson {
            references: Some(meldcode::domain::References::Keep),
            ..
        })
    ));
}
