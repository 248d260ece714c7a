//! The real app, driven through its accessibility tree (no display needed).

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::{App, FormSets, Screen, WindowPrefs};
use meldcode::domain::{Step, StepStatus};
use meldcode::gui::Gui;
use meldcode::texts;

const FIXTURE: &str = include_str!("../app_fixture.toml");

fn forms() -> FormSets {
    let mut sets = FormSets::default();
    sets.insert(FormSets::set_from_single_toml(FIXTURE).expect("fixture set parses"));
    sets
}

fn harness() -> Harness<'static, Gui> {
    let app = App::with_example(forms(), WindowPrefs::default(), None);
    Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

fn type_into(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn open_dossier(h: &Harness<'_, Gui>) -> meldcode::domain::Dossier {
    h.state()
        .app
        .state
        .open_dossier()
        .cloned()
        .expect("a dossier is open")
}

#[test]
fn new_dossier_gets_a_signal() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    let d = open_dossier(&h);
    assert!(d.signals.is_empty());
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 3 november zag ik een schaafwond op de knie.",
    );
    h.get_by_label(texts::window::SIGNAL_ADD_BUTTON).click();
    h.run();
    let d = open_dossier(&h);
    assert_eq!(d.signals.len(), 1);
    assert_eq!(
        d.signals[0].text,
        "Op 3 november zag ik een schaafwond op de knie."
    );
    assert_eq!(d.step(Step::Signaleren).status, StepStatus::Bezig);
    assert!(
        h.query_by_label(texts::window::EXAMPLE_NOT_SAVED).is_some(),
        "example edits are marked"
    );
}

#[test]
fn required_field_blocks_closing_a_step() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label(texts::window::STEP_COMPLETE_BUTTON).click();
    h.run();
    let d = open_dossier(&h);
    assert_ne!(d.step(Step::Signaleren).status, StepStatus::Afgerond);
    assert!(
        h.query_by_label(texts::messages::STEP_REQUIRED_FIELDS_MISSING)
            .is_some()
    );
    let listed = "\u{2022} Om welke vorm(en) van geweld gaat het vermoedelijk?";
    assert!(
        h.query_all_by_label(listed).count() >= 1,
        "missing field listed"
    );

    h.get_by_label("Verwaarlozing").click();
    h.run();
    // Stap 1 also needs a recorded signal (the one record of what was seen).
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 3 november zag ik een schaafwond op de knie.",
    );
    h.get_by_label(texts::window::SIGNAL_ADD_BUTTON).click();
    h.run();
    assert_eq!(open_dossier(&h).signals.len(), 1);
    h.get_by_label(texts::window::STEP_COMPLETE_BUTTON).click();
    h.run();
    let d = open_dossier(&h);
    assert_eq!(d.step(Step::Signaleren).status, StepStatus::Afgerond);
    assert!(
        h.query_by_label(texts::window::STEP_COMPLETED_MESSAGE)
            .is_some()
    );
    // The message answers that action; on the next step it no longer applies.
    h.get_all_by_label_contains("Stap 2")
        .next()
        .expect("stap 2")
        .click();
    h.run();
    assert!(
        h.query_by_label(texts::window::STEP_COMPLETED_MESSAGE)
            .is_none(),
        "\"Stap afgerond.\" does not linger"
    );
}

#[test]
fn afwegingskader_walked_to_melden_records_the_outcome() {
    let mut h = harness();
    h.get_all_by_label(texts::window::OPEN_BUTTON)
        .next()
        .expect("example row")
        .click();
    h.run();
    h.get_by_label_contains("Stap 4").click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Wegen,
            ..
        }
    ));
    for (answer, why, with_vt) in [
        (
            "Ja",
            "Blauwe plek en uitspraak van Zo\u{eb} over thuis.",
            false,
        ),
        (
            "Ja",
            "Herhaalde signalen en vader verliet het gesprek.",
            false,
        ),
        ("Nee", "Hulp vanuit school is niet genoeg.", true),
    ] {
        h.get_by_label(answer).click();
        h.run();
        type_into(&mut h, texts::window::AFWEGINGSKADER_MOTIVATION_LABEL, why);
        if with_vt {
            assert!(
                h.query_by_label_contains(texts::window::AFWEGINGSKADER_WITH_VT_GUIDANCE)
                    .is_some(),
                "after acute or structural unsafety the tree asks for Veilig Thuis"
            );
            h.get_by_label(texts::window::AFWEGINGSKADER_ANSWERED_WITH_VT_OPTION)
                .click();
            h.run();
            assert!(
                h.get_by_label(texts::window::AFWEGINGSKADER_ANSWER_BUTTON)
                    .accesskit_node()
                    .is_disabled(),
                "together with Veilig Thuis needs the employee's name"
            );
            type_into(
                &mut h,
                texts::window::AFWEGINGSKADER_VT_EMPLOYEE_LABEL,
                "Anouk Smit",
            );
        }
        h.get_by_label(texts::window::AFWEGINGSKADER_ANSWER_BUTTON)
            .click();
        h.run();
    }
    let d = open_dossier(&h);
    assert_eq!(d.afweging.len(), 3);
    assert!(
        !d.afweging["afweging_1"].with_veilig_thuis,
        "not derived from the place in the tree"
    );
    assert!(
        d.afweging["afweging_3"].with_veilig_thuis,
        "as the user answered"
    );
    assert_eq!(d.afweging_vt["afweging_3"].with_whom, "Anouk Smit");
    assert!(
        h.query_by_label(texts::window::DECISION_RECORD_BUTTON)
            .is_none(),
        "the decision is taken in stap 5, not twice"
    );
    h.get_by_label(texts::window::DECISION_GO_TO_STEP_5_BUTTON)
        .click();
    h.run();
    assert!(
        h.query_all_by_label("Melden bij Veilig Thuis").count() >= 2,
        "outcome shown"
    );
    type_into(
        &mut h,
        texts::window::DECISION_MOTIVATION_LABEL,
        "Acute onveiligheid; melden na overleg.",
    );
    // Not melden against the meldnorm asks its own written motivation first.
    h.get_all_by_label(texts::window::DECISION_REPORT_TO_VT_OPTION)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::CheckBox)
        .expect("the melden checkbox")
        .click();
    h.run();
    assert!(
        h.get_by_label(texts::window::DECISION_RECORD_BUTTON)
            .accesskit_node()
            .is_disabled(),
        "no decision against the meldnorm without its motivation"
    );
    assert!(
        h.query_by_label(texts::messages::DECISION_AGAINST_MELDNORM_WITHOUT_MOTIVATION)
            .is_some()
    );
    h.get_all_by_label(texts::window::DECISION_REPORT_TO_VT_OPTION)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::CheckBox)
        .expect("the melden checkbox")
        .click();
    h.run();
    assert!(
        h.query_by_label(texts::window::DECISION_MELDNORM_DEVIATION_LABEL)
            .is_none()
    );
    h.get_by_label(texts::window::DECISION_RECORD_BUTTON)
        .click();
    h.run();
    let d = open_dossier(&h);
    let decision = d.decisions.last().expect("decision recorded");
    assert!(decision.melden);
    assert_eq!(decision.decided_by.name, "Henk Visser");
}

#[test]
fn lock_screen_appears_and_unlocks() {
    let mut h = harness();
    h.get_by_label(texts::window::COMMAND_LOCK).click();
    h.run();
    assert!(
        h.query_by_label(texts::window::LOCK_SCREEN_HEADING)
            .is_some()
    );
    assert!(
        h.query_by_label(texts::window::COMMAND_NEW_DOSSIER)
            .is_none(),
        "nothing behind the lock"
    );
    h.get_by_label(texts::window::LOCK_SCREEN_UNLOCK_BUTTON)
        .click();
    h.run();
    assert!(
        h.query_by_label(texts::window::LOCK_SCREEN_HEADING)
            .is_none()
    );
    assert!(
        h.query_by_label(texts::window::COMMAND_NEW_DOSSIER)
            .is_some()
    );
}

#[test]
fn typed_text_is_committed_after_a_second() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label_contains("Stap 2").click();
    h.run();
    type_into(
        &mut h,
        "Samenvatting van de consultaties *",
        "Overleg met de ib'er op 9 november.",
    );
    let d = open_dossier(&h);
    assert!(
        d.step(Step::Consulteren).answers.is_empty(),
        "not yet committed"
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    h.run();
    let d = open_dossier(&h);
    assert_eq!(
        d.step(Step::Consulteren).answers["consultatie_samenvatting"].as_text(),
        Some("Overleg met de ib'er op 9 november.")
    );
}

fn walk_wizard(h: &mut Harness<'_, Gui>, path: &std::path::Path) {
    h.get_by_label(texts::window::COMMAND_WIZARD).click();
    h.run();
    type_into(
        h,
        texts::window::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(
        h,
        texts::window::PASSPHRASE_LABEL,
        "paard-batterij-nietje-correct",
    );
    type_into(
        h,
        texts::window::PASSPHRASE_AGAIN_LABEL,
        "paard-batterij-nietje-correct",
    );
    type_into(h, texts::window::WIZARD_YOUR_NAME_LABEL, "Ilse Ĳzerman");
    type_into(
        h,
        texts::window::WIZARD_YOUR_FUNCTION_LABEL,
        "intern begeleider",
    );
    type_into(
        h,
        texts::window::WIZARD_ORGANISATION_NAME_LABEL,
        "Obs Het Kompas",
    );
    h.get_by_label(texts::window::SECTOR_PRIMARY_EDUCATION)
        .click();
    h.run();
    h.get_by_label(texts::window::WIZARD_CREATE_VAULT_BUTTON)
        .click();
    h.run();
}

fn vault_harness() -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

#[test]
fn wizard_creates_a_vault_that_keeps_a_signal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("school.meldcode");
    let mut h = vault_harness();
    walk_wizard(&mut h, &path);
    assert!(path.exists(), "vault file written");
    assert!(
        matches!(
            h.state().app.state.source,
            meldcode::app::Source::Vault { .. }
        ),
        "{:?}",
        h.state().app.state.message
    );
    assert_eq!(
        h.state().app.state.profile.organisation.form_set,
        "basisonderwijs"
    );
    assert!(h.query_by_label(texts::window::EXAMPLE_BADGE).is_none());

    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 5 november had Daan geen jas aan bij 4 graden.",
    );
    h.get_by_label(texts::window::SIGNAL_ADD_BUTTON).click();
    h.run();
    let id = open_dossier(&h).id;
    drop(h); // closes the vault and releases its lock

    let opts = meldcode::storage::OpenOptions::default();
    let mut vault = meldcode::storage::Vault::open(&path, "paard-batterij-nietje-correct", &opts)
        .expect("reopen");
    let d = vault.load_dossier(id).expect("dossier in vault");
    assert_eq!(d.signals.len(), 1);
    assert_eq!(vault.profile().user.name, "Ilse Ĳzerman");
}

#[test]
fn vault_lock_screen_needs_the_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.meldcode");
    let mut h = vault_harness();
    walk_wizard(&mut h, &path);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label(texts::window::COMMAND_LOCK).click();
    h.run();
    assert!(h.query_by_label(texts::window::LOCK_SCREEN_HELP).is_some());
    assert!(
        h.state().app.state.dossiers.is_empty(),
        "nothing kept in memory while locked"
    );

    type_into(
        &mut h,
        texts::window::PASSPHRASE_LABEL,
        "verkeerd wachtwoord",
    );
    h.get_by_label(texts::window::LOCK_SCREEN_UNLOCK_BUTTON)
        .click();
    h.run();
    assert!(
        h.query_by_label(texts::window::LOCK_SCREEN_HELP).is_some(),
        "wrong passphrase refused"
    );
    assert!(
        h.state()
            .app
            .state
            .message
            .as_ref()
            .is_some_and(|m| m.error)
    );

    type_into(
        &mut h,
        texts::window::PASSPHRASE_LABEL,
        "paard-batterij-nietje-correct",
    );
    h.get_by_label(texts::window::LOCK_SCREEN_UNLOCK_BUTTON)
        .click();
    h.run();
    assert!(h.query_by_label(texts::window::LOCK_SCREEN_HELP).is_none());
    assert!(
        !h.state().app.state.locked,
        "{:?}",
        h.state().app.state.message
    );
    assert!(open_dossier(&h).signals.is_empty(), "back in the dossier");
    assert!(
        h.state().app.state.message.is_none(),
        "the wrong-passphrase message went with the right passphrase: {:?}",
        h.state().app.state.message
    );
}

#[test]
fn long_text_shows_writing_hints_and_keeps_one_with_a_reason() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label_contains("Stap 2").click();
    h.run();
    type_into(
        &mut h,
        "Samenvatting van de consultaties *",
        "Vader was erg agressief.",
    );
    assert!(
        h.query_by_label_contains(texts::window::LINT_HINTS_HEADING)
            .is_some(),
        "hint panel shown"
    );
    h.get_all_by_label(texts::window::LINT_SUPPRESS_BUTTON)
        .next()
        .expect("ignore button")
        .click();
    h.run();
    let reason = h
        .get_all_by_label_contains(texts::window::LINT_KEEP_REASON_LABEL)
        .next()
        .expect("reason field")
        .value();
    assert!(reason.is_some_and(|r| r.is_empty()));
    h.get_by_label_contains(texts::window::LINT_KEEP_REASON_LABEL)
        .focus();
    h.run();
    h.get_by_label_contains(texts::window::LINT_KEEP_REASON_LABEL)
        .type_text("Letterlijk citaat van de buurvrouw.");
    h.run();
    h.get_by_label(texts::window::LINT_KEEP_BUTTON).click();
    h.run();
    let d = open_dossier(&h);
    assert_eq!(d.kept_hints.len(), 1);
    assert_eq!(
        d.kept_hints[0].reason,
        "Letterlijk citaat van de buurvrouw."
    );
}

#[test]
fn a_suggestion_is_applied_in_the_text() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label_contains("Stap 2").click();
    h.run();
    type_into(
        &mut h,
        "Samenvatting van de consultaties *",
        "Op 9 november heb ik VT gebeld.",
    );
    h.get_by_label(texts::window::LINT_APPLY_BUTTON).click();
    h.run();
    h.get_by_label(texts::window::COMMAND_SAVE).click();
    h.run();
    let d = open_dossier(&h);
    assert_eq!(
        d.step(Step::Consulteren).answers["consultatie_samenvatting"].as_text(),
        Some("Op 9 november heb ik Veilig Thuis gebeld.")
    );
    assert!(
        h.query_by_label(texts::window::LINT_APPLY_BUTTON).is_none(),
        "hint gone"
    );
}

#[test]
fn open_hints_of_the_dossier_are_listed_and_lead_to_their_step() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label_contains("Stap 2").click();
    h.run();
    type_into(
        &mut h,
        "Samenvatting van de consultaties *",
        "Vader was erg agressief.",
    );
    h.get_by_label(texts::window::COMMAND_SAVE).click();
    h.run();
    h.get_by_label_contains("Stap 1").click();
    h.run();
    h.get_by_label(&format!("{} (1)", texts::window::OPEN_HINTS_HEADING))
        .click();
    h.run();
    assert!(
        h.query_by_label_contains("Stap 2: Samenvatting van de consultaties")
            .is_some()
    );
    h.get_by_label(texts::window::OPEN_HINTS_GO_TO_BUTTON)
        .click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Consulteren,
            ..
        }
    ));
    // "Ga naar" lands in the field, on the words of the hint: focused and selected.
    let field = h.get_by_label("Samenvatting van de consultaties *");
    let node = field.accesskit_node();
    assert!(node.is_focused(), "the field has the keyboard focus");
    let selected = node
        .text_selection()
        .map(|range| range.text())
        .unwrap_or_default();
    let sentence = "Vader was erg agressief.";
    assert!(
        !selected.is_empty() && sentence.contains(&selected),
        "the hint's words are selected, not {selected:?}"
    );
}

#[test]
fn escape_cancels_ignoring_a_hint() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label_contains("Stap 2").click();
    h.run();
    type_into(
        &mut h,
        "Samenvatting van de consultaties *",
        "Vader was erg agressief.",
    );
    h.get_all_by_label(texts::window::LINT_SUPPRESS_BUTTON)
        .next()
        .expect("ignore button")
        .click();
    h.run();
    h.run();
    assert!(
        h.query_by_label_contains(texts::window::LINT_KEEP_REASON_LABEL)
            .is_some()
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        h.query_by_label_contains(texts::window::LINT_KEEP_REASON_LABEL)
            .is_none()
    );
    assert!(open_dossier(&h).kept_hints.is_empty());
}

#[test]
fn list_searches_and_a_dossier_closes_and_reopens_with_a_reason() {
    let mut h = harness();
    assert!(
        h.query_by_label(texts::window::NEXT_ACTION_PER_STEP[2])
            .is_some(),
        "next action of the example (stap 3)"
    );
    type_into(
        &mut h,
        texts::window::DOSSIER_LIST_SEARCH_LABEL,
        "geen-treffer",
    );
    assert!(
        h.query_by_label(texts::window::OPEN_BUTTON).is_none(),
        "row filtered out"
    );
    h.get_by_label(texts::window::DOSSIER_LIST_SEARCH_LABEL)
        .focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.run();
    type_into(&mut h, texts::window::DOSSIER_LIST_SEARCH_LABEL, "md-2026");
    h.get_by_label(texts::window::OPEN_BUTTON).click();
    h.run();

    h.get_by_label(&format!("{}\u{2026}", texts::window::DOSSIER_CLOSE_BUTTON))
        .click();
    h.run();
    type_into(
        &mut h,
        texts::common::REASON_LABEL,
        "Hulp loopt via het wijkteam.",
    );
    h.key_press(egui::Key::Enter);
    h.run();
    let d = open_dossier(&h);
    assert!(d.is_closed(), "Enter closes with the reason");
    h.get_by_label(texts::window::COMMAND_DOSSIER_LIST).click();
    h.run();
    assert!(
        h.query_by_label(texts::common::DOSSIER_STATUS_CLOSED)
            .is_some()
    );

    h.get_by_label(texts::window::OPEN_BUTTON).click();
    h.run();
    type_into(&mut h, texts::common::REASON_LABEL, "Nieuwe signalen.");
    h.get_by_label(texts::window::DOSSIER_REOPEN_BUTTON).click();
    h.run();
    assert!(!open_dossier(&h).is_closed());
}

#[test]
fn a_signal_is_checked_while_typing() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    assert!(
        h.query_by_label_contains(texts::window::LINT_HINTS_HEADING)
            .is_none()
    );
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 3 november leek Sem erg bang.",
    );
    assert!(
        h.query_by_label_contains(texts::window::LINT_HINTS_HEADING)
            .is_some(),
        "hint panel under the signal text"
    );
}

#[test]
fn a_word_in_the_organisations_vocabulary_is_no_longer_flagged() {
    let mut h = harness();
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 3 november besprak ik Zoë in het MDO.",
    );
    assert!(
        h.query_by_label_contains(texts::window::LINT_HINTS_HEADING)
            .is_some(),
        "'MDO' is jargon until the organisation accepts it"
    );

    h.get_by_label(texts::window::COMMAND_ORGANISATION).click();
    h.run();
    h.get_by_label(texts::window::VOCABULARY_HEADING).click();
    h.run();
    type_into(&mut h, texts::window::VOCABULARY_LABEL, "MDO\n\nMDO\n");
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(
        h.state().app.state.profile.organisation.vocabulary,
        vec!["MDO".to_owned()]
    );

    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Op 3 november besprak ik Zoë in het MDO.",
    );
    assert!(
        h.query_by_label_contains(texts::window::LINT_HINTS_HEADING)
            .is_none()
    );
}

#[test]
fn eerste_start_only_at_the_first_start() {
    let mut h = harness();
    h.get_by_label(texts::window::COMMAND_WIZARD).click();
    h.run();
    assert!(h.query_by_label(texts::window::WIZARD_HEADING).is_some());

    // A window that opened a vault before: the wizard opens that vault, or makes another.
    let prefs = WindowPrefs {
        last_vault_path: Some(std::path::PathBuf::from("/tmp/kompas.meldcode")),
        ..WindowPrefs::default()
    };
    let app = App::with_example(forms(), prefs, None);
    let mut h = Harness::builder()
        .with_size([1400.0, 2400.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));
    h.get_by_label(texts::window::COMMAND_WIZARD).click();
    h.run();
    assert!(h.query_by_label(texts::window::WIZARD_HEADING).is_none());
    h.get_by_label(texts::window::WIZARD_OPEN_OPTION).click();
    h.run();
    assert!(
        h.query_by_label(texts::window::WIZARD_OPEN_VAULT_HEADING)
            .is_some()
    );
    h.get_by_label(texts::window::WIZARD_CREATE_OPTION).click();
    h.run();
    assert!(
        h.query_by_label(texts::window::WIZARD_NEW_VAULT_HEADING)
            .is_some()
    );
}
