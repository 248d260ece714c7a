//! One record per fact in the window (#16), on a vault and a dossier made from scratch: a
//! first-hand and a second-hand signal, one corrected and one approved by its source and
//! then withdrawn, each through its button and small form under the signal; the family's
//! own word (zienswijze) in stap 3; an AVG art. 16 request and its answer. Refusals keep
//! what was typed and save nothing. Checked in the window, in the vault reopened through
//! the operations layer, and in the dossier PDF.

use crate::app_support::{replace_in, type_into, vault_harness};
use crate::export_support::{normalise, pdftotext, require};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::Screen;
use meldcode::domain::{Dossier, Hand, PersonRole, Step};
use meldcode::gui::Gui;
use meldcode::ops::{self, Session};
use meldcode::texts;
use meldcode::texts::window as t;

const PASS: &str = "paard-batterij-nietje-correct";
const USER: &str = "Çağla Ünal-de Wít";
const FIRST: &str =
    "Vandaag om 8.40 uur zag ik een blauwe plek van 2 cm op de linker onderarm van Zoë.";
const CORRECTED: &str =
    "Vandaag om 8.40 uur zag ik een blauwe plek van 2 cm op de linker bovenarm van Zoë.";
const TOLD: &str =
    "Bjørn vertelde dat hij vandaag om 12.00 uur een schaafwond van 3 cm op de knie van Zoë zag.";
const SOURCE: &str = "Bjørn, pedagogisch medewerker";
const CORRECT_REASON: &str = "Verschreven: bovenarm, niet onderarm.";
const WITHDRAW_REASON: &str = "Bjørn bedoelde een ander kind.";
const VIEW: &str = "Zoë is bij oma van de bank gevallen.";
const DISPUTES: &str = "Dat het thuis gebeurde.";
const REQUEST: &str = "Schrijf erbij dat Zoë bij oma logeerde.";
const ANSWER: &str = "Toegevoegd als zienswijze van moeder.";

fn open(h: &Harness<'_, Gui>) -> Dossier {
    h.state()
        .app
        .state
        .open_dossier()
        .cloned()
        .expect("a dossier is open")
}

/// Clicks the widget labelled `label`, scrolled into view first (stap 3 is long).
fn click(h: &mut Harness<'_, Gui>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    crate::app_support::click(h, label);
}

fn message(h: &Harness<'_, Gui>) -> Option<meldcode::app::Message> {
    h.state().app.state.message.clone()
}

/// The refusal in the message bar: an error with exactly this Dutch text.
fn assert_refused(h: &Harness<'_, Gui>, text: &str) {
    let m = message(h).expect("a message");
    assert!(m.error, "{m:?}");
    assert_eq!(m.text, text);
}

fn today(h: &Harness<'_, Gui>) -> String {
    h.state().app.state.today().format("%d-%m-%Y").to_string()
}

/// A vault through the wizard, the profile the dossier document needs through the
/// Organisatie page, a dossier about Zoë and her mother in the Betrokkenen panel.
fn new_case(h: &mut Harness<'_, Gui>, path: &std::path::Path) {
    crate::app_support::create_vault(
        h,
        &crate::app_support::NewVault {
            path,
            passphrase: PASS,
            user: USER,
            function: "pedagogisch medewerker",
            organisation: "Kinderopvang De Ĳsvogel",
            sector: Some(t::SECTOR_PRIMARY_EDUCATION),
        },
    );
    assert_eq!(h.state().app.state.screen, Screen::Organisation);
    type_into(h, "Plaats", "Zwolle");
    type_into(
        h,
        "Eindverantwoordelijke voor de beslissing om wel of geen melding te doen: naam *",
        "Renée Ångström",
    );
    type_into(h, "Eindverantwoordelijke: functie *", "directeur");
    type_into(
        h,
        "Aandachtsfunctionaris huiselijk geweld en kindermishandeling: naam *",
        "Joost Öztürk",
    );
    type_into(h, "Bewaartermijn (jaren)", "20");
    h.state_mut().app.flush_due(std::time::Instant::now(), true);
    crate::app_new_dossier::start_dossier(h, "Zoë");
    click(h, &format!("{} (1)", texts::common::PERSONS_HEADING));
    click(h, t::PERSON_ADD_BUTTON);
    h.get_all_by_label(texts::common::PERSON_ROLE_LABEL)
        .last()
        .expect("role picker")
        .click();
    h.run();
    click(h, PersonRole::Moeder.label());
    type_into(h, t::PERSON_FIRST_NAMES_LABEL, "Çağla");
    type_into(h, t::PERSON_FAMILY_NAME_LABEL, "Ünal-de Wít");
    click(h, t::PERSON_SAVE_BUTTON);
    assert_eq!(open(h).persons.len(), 2, "{:?}", message(h));
}

/// The nth button labelled `label` (the signals list repeats its buttons per signal).
fn click_nth(h: &mut Harness<'_, Gui>, label: &str, n: usize) {
    for scroll in [true, false] {
        let node = h
            .get_all_by_label(label)
            .nth(n)
            .unwrap_or_else(|| panic!("no {label} number {n}"));
        if scroll {
            node.scroll_to_me();
        } else {
            node.click();
        }
        h.run();
    }
}

/// Opens the person picker labelled `label` (the label and the combo box it labels share
/// the name: the combo box comes last) and picks the mother.
fn pick_person(h: &mut Harness<'_, Gui>, label: &str) {
    for scroll in [true, false] {
        let picker = h.get_all_by_label(label).last().expect("person picker");
        if scroll {
            picker.scroll_to_me();
        } else {
            picker.click();
        }
        h.run();
    }
    click(h, &format!("{USER} (moeder)"));
}

fn field_value(h: &Harness<'_, Gui>, label: &str) -> Option<String> {
    h.get_by_label(label).value()
}

fn show_step(h: &mut Harness<'_, Gui>, step: Step) {
    let status = open(h).step(step).status;
    let label = format!(
        "{}\n{} {} \u{b7} {}",
        t::STEP_SHORT_NAMES[step.index()],
        texts::common::STEP_PREFIX,
        step.number(),
        meldcode::ui::timeline::status_label(status)
    );
    click(h, &label);
    assert!(
        matches!(h.state().app.state.screen, Screen::Dossier { step: s, .. } if s == step),
        "{:?}",
        h.state().app.state.screen
    );
}

/// The two signals of stap 1, as the user adds them.
fn add_signals(h: &mut Harness<'_, Gui>) {
    type_into(h, t::SIGNAL_TEXT_LABEL, FIRST);
    click(h, t::SIGNAL_ADD_BUTTON);
    click(h, Hand::Tweede.label());
    type_into(h, t::SIGNAL_SOURCE_LABEL, SOURCE);
    type_into(h, t::SIGNAL_TEXT_LABEL, TOLD);
    click(h, t::SIGNAL_ADD_BUTTON);
    let d = open(h);
    assert_eq!(d.signals.len(), 2, "{:?}", message(h));
    assert_eq!(d.signals[1].hand, Hand::Tweede);
    assert!(d.awaits_approval(&d.signals[1]));
}

#[test]
#[allow(clippy::too_many_lines)]
fn signals_are_corrected_withdrawn_and_approved_and_the_family_has_its_word() {
    require(&["pdftotext"]);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("opvang.meldcode");
    let mut h = vault_harness(4000.0);
    new_case(&mut h, &path);
    add_signals(&mut h);
    // Only the second-hand signal waits for its source, and only it can be approved.
    assert_eq!(
        h.get_all_by_label(t::SIGNAL_AWAITS_APPROVAL_MARKER).count(),
        1
    );
    assert_eq!(h.get_all_by_label(t::SIGNAL_APPROVE_BUTTON).count(), 1);
    assert_eq!(h.get_all_by_label(t::SIGNAL_CORRECT_BUTTON).count(), 2);

    // A correction without a reason is refused with the Dutch message; the typed text
    // stays in the form and nothing is saved.
    let before = open(&h).history.len();
    click_nth(&mut h, t::SIGNAL_CORRECT_BUTTON, 0);
    assert_eq!(
        field_value(&h, t::SIGNAL_CORRECT_TEXT_LABEL).as_deref(),
        Some(FIRST),
        "the form starts from the current text"
    );
    replace_in(&mut h, t::SIGNAL_CORRECT_TEXT_LABEL, CORRECTED);
    click(&mut h, t::SIGNAL_CORRECT_SAVE_BUTTON);
    assert_refused(&h, texts::messages::REASON_MISSING);
    let d = open(&h);
    assert_eq!(d.history.len(), before, "nothing saved");
    assert!(d.signal_versions.is_empty());
    assert_eq!(d.signals[0].text, FIRST);
    assert_eq!(
        field_value(&h, t::SIGNAL_CORRECT_TEXT_LABEL).as_deref(),
        Some(CORRECTED),
        "what was typed is kept"
    );

    // With the reason: corrected, the earlier text kept and shown folded.
    type_into(&mut h, t::SIGNAL_CORRECT_REASON_LABEL, CORRECT_REASON);
    click(&mut h, t::SIGNAL_CORRECT_SAVE_BUTTON);
    let d = open(&h);
    assert_eq!(d.signals[0].text, CORRECTED, "{:?}", message(&h));
    assert_eq!(d.signal_versions.len(), 1);
    assert_eq!(d.signal_versions[0].text, FIRST);
    assert_eq!(d.signal_versions[0].reason, CORRECT_REASON);
    assert_eq!(d.signal_versions[0].by.name, USER);
    assert_eq!(
        message(&h).map(|m| m.text).as_deref(),
        Some(t::SIGNAL_CORRECTED_MESSAGE)
    );
    assert!(
        h.query_by_label(t::SIGNAL_CORRECT_REASON_LABEL).is_none(),
        "the form closed"
    );
    assert!(h.query_by_label(CORRECTED).is_some());
    click(
        &mut h,
        &format!("{} (1)", t::SIGNAL_EARLIER_VERSIONS_HEADING),
    );
    assert!(
        h.query_by_label(FIRST).is_some(),
        "the earlier text, folded"
    );
    let replaced = format!("Vervangen op {} door {USER}: {CORRECT_REASON}", today(&h));
    assert!(h.query_by_label(&replaced).is_some(), "{replaced}");

    // The second-hand signal approved by its source (prefilled with the source).
    click(&mut h, t::SIGNAL_APPROVE_BUTTON);
    assert_eq!(
        field_value(&h, t::SIGNAL_APPROVE_BY_LABEL).as_deref(),
        Some(SOURCE)
    );
    type_into(&mut h, t::SIGNAL_APPROVE_HOW_LABEL, "per mail");
    click(&mut h, t::SIGNAL_APPROVE_SAVE_BUTTON);
    let d = open(&h);
    assert_eq!(d.signal_approvals.len(), 1, "{:?}", message(&h));
    assert_eq!(d.signal_approvals[0].by, SOURCE);
    assert_eq!(d.signal_approvals[0].how, "per mail");
    assert!(!d.awaits_approval(&d.signals[1]));
    assert!(
        h.query_by_label(t::SIGNAL_AWAITS_APPROVAL_MARKER).is_none(),
        "no longer marked"
    );
    assert!(h.query_by_label(t::SIGNAL_APPROVE_BUTTON).is_none());
    let approved = format!("Geaccordeerd door {SOURCE} op {} (per mail)", today(&h));
    assert!(h.query_by_label(&approved).is_some(), "{approved}");

    // Withdrawing without a reason is refused too, and nothing is saved.
    let before = open(&h).history.len();
    click_nth(&mut h, t::SIGNAL_WITHDRAW_BUTTON, 1);
    click(&mut h, t::SIGNAL_WITHDRAW_SAVE_BUTTON);
    assert_refused(&h, texts::messages::REASON_MISSING);
    assert_eq!(open(&h).history.len(), before, "nothing saved");
    assert!(open(&h).signal_withdrawals.is_empty());
    type_into(&mut h, t::SIGNAL_WITHDRAW_REASON_LABEL, WITHDRAW_REASON);
    click(&mut h, t::SIGNAL_WITHDRAW_SAVE_BUTTON);
    let d = open(&h);
    assert_eq!(d.signal_withdrawals.len(), 1, "{:?}", message(&h));
    assert_eq!(d.signal_withdrawals[0].signal, d.signals[1].id);
    assert_eq!(d.signal_withdrawals[0].reason, WITHDRAW_REASON);
    assert_eq!(d.signals[1].text, TOLD, "a withdrawn signal stays");
    // Shown withdrawn, with date and reason, and without buttons.
    let withdrawn = format!(
        "Ingetrokken op {} door {USER}: {WITHDRAW_REASON}",
        today(&h)
    );
    assert!(h.query_by_label(&withdrawn).is_some(), "{withdrawn}");
    assert!(h.query_by_label(TOLD).is_some());
    assert_eq!(h.get_all_by_label(t::SIGNAL_WITHDRAW_BUTTON).count(), 1);
    assert_eq!(h.get_all_by_label(t::SIGNAL_CORRECT_BUTTON).count(), 1);

    // Stap 3: the mother's own word, picked from the Betrokkenen.
    show_step(&mut h, Step::Gesprek);
    assert!(h.query_by_label(t::ZIENSWIJZEN_NONE).is_some());
    click(&mut h, t::ZIENSWIJZE_ADD_HEADING);
    pick_person(&mut h, t::ZIENSWIJZE_PERSON_LABEL);
    assert_eq!(
        field_value(&h, t::ZIENSWIJZE_AUTHOR_LABEL).as_deref(),
        Some("moeder"),
        "picking a person fills in the role"
    );
    type_into(&mut h, t::ZIENSWIJZE_SUBJECT_LABEL, "De blauwe plek");
    type_into(&mut h, t::ZIENSWIJZE_TEXT_LABEL, VIEW);
    type_into(&mut h, t::ZIENSWIJZE_DISPUTES_LABEL, DISPUTES);
    click(&mut h, t::ZIENSWIJZE_WITH_MELDING_LABEL);
    click(&mut h, t::ZIENSWIJZE_SAVE_BUTTON);
    let d = open(&h);
    assert_eq!(d.zienswijzen.len(), 1, "{:?}", message(&h));
    let z = &d.zienswijzen[0];
    let mother = d.persons[1].id;
    assert_eq!(z.author, Some(mother));
    assert_eq!(z.author_role, "moeder");
    assert_eq!(z.subject, "De blauwe plek");
    assert_eq!((z.text.as_str(), z.disputes.as_str()), (VIEW, DISPUTES));
    assert!(z.with_melding);
    assert_eq!(z.on, h.state().app.state.today());
    assert!(
        h.query_by_label(&format!("\u{201c}{VIEW}\u{201d}"))
            .is_some()
    );
    assert_eq!(
        field_value(&h, t::ZIENSWIJZE_TEXT_LABEL).as_deref(),
        Some(""),
        "the form is emptied once recorded"
    );

    // An AVG request: refused without its text, then recorded and answered.
    click(&mut h, &format!("{} (0)", t::CORRECTION_REQUESTS_HEADING));
    click(&mut h, t::CORRECTION_REQUEST_ADD_HEADING);
    pick_person(&mut h, t::CORRECTION_REQUEST_PERSON_LABEL);
    click(&mut h, t::CORRECTION_REQUEST_SAVE_BUTTON);
    assert_refused(&h, texts::messages::REASON_MISSING);
    assert!(open(&h).correction_requests.is_empty(), "nothing saved");
    assert_eq!(
        field_value(&h, t::CORRECTION_REQUEST_BY_LABEL).as_deref(),
        Some("moeder"),
        "what was chosen is kept"
    );
    type_into(&mut h, t::CORRECTION_REQUEST_TEXT_LABEL, REQUEST);
    click(&mut h, t::CORRECTION_REQUEST_SAVE_BUTTON);
    let d = open(&h);
    assert_eq!(d.correction_requests.len(), 1, "{:?}", message(&h));
    assert_eq!(d.correction_requests[0].by, Some(mother));
    assert_eq!(d.correction_requests[0].request, REQUEST);
    assert!(d.correction_requests[0].answer.is_none());
    assert!(
        h.query_by_label(t::CORRECTION_REQUEST_OPEN_MARKER)
            .is_some()
    );
    click(&mut h, t::CORRECTION_REQUEST_ANSWER_BUTTON);
    assert!(
        h.get_by_label(t::CORRECTION_REQUEST_ANSWER_SAVE_BUTTON)
            .accesskit_node()
            .is_disabled(),
        "granted or not must be chosen first"
    );
    click(&mut h, t::CORRECTION_REQUEST_GRANTED_OPTION);
    type_into(&mut h, t::CORRECTION_REQUEST_ANSWER_LABEL, ANSWER);
    click(&mut h, t::CORRECTION_REQUEST_ANSWER_SAVE_BUTTON);
    let d = open(&h);
    let answer = d.correction_requests[0]
        .answer
        .clone()
        .unwrap_or_else(|| panic!("answered: {:?}", message(&h)));
    assert!(answer.granted);
    assert_eq!(answer.text, ANSWER);
    let shown = format!(
        "{} {}: {ANSWER}",
        t::CORRECTION_REQUEST_GRANTED_MARKER,
        today(&h)
    );
    assert!(h.query_by_label(&shown).is_some(), "{shown}");
    assert!(
        h.query_by_label(t::CORRECTION_REQUEST_OPEN_MARKER)
            .is_none()
    );

    // The dossier PDF prints every record.
    let pdf = dir.path().join("dossier.pdf");
    click(&mut h, &format!("{}\u{2026}", t::EXPORT_KIND_DOSSIER));
    replace_in(&mut h, t::EXPORT_FILE_LABEL, &pdf.display().to_string());
    h.get_by_label(t::EXPORT_START_BUTTON).click();
    h.step();
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(2));
    h.run();
    assert!(pdf.exists(), "{:?}", message(&h));
    let text = normalise(&pdftotext(&pdf));
    for want in [
        CORRECTED,
        FIRST,
        CORRECT_REASON,
        "INGETROKKEN op",
        WITHDRAW_REASON,
        "geaccordeerd door",
        VIEW,
        DISPUTES,
        REQUEST,
        ANSWER,
    ] {
        assert!(text.contains(want), "{want} missing in {text}");
    }

    // The vault, reopened through the operations layer once the window let go, holds the
    // same records.
    let shown = open(&h);
    h.state_mut().app.end_session();
    drop(h);
    let mut s = Session::open_vault(&path, PASS, &ops::OpenVault::default(), ops::system_clock())
        .expect("the vault opens");
    let stored = ops::dossier::load(&mut s, shown.id).expect("load");
    assert_eq!(stored.signal_versions, shown.signal_versions);
    assert_eq!(stored.signal_withdrawals, shown.signal_withdrawals);
    assert_eq!(stored.signal_approvals, shown.signal_approvals);
    assert_eq!(stored.zienswijzen, shown.zienswijzen);
    assert_eq!(stored.correction_requests, shown.correction_requests);
    assert_eq!(stored.signals[0].text, CORRECTED);
}

/// The afwegingskader and the decision by their widgets, on a case made in the window (#16):
/// "samen met Veilig Thuis" is the user's answer, a decision against the meldnorm waits for
/// its written motivation, the decision is taken once, in stap 5, and the stap 5 form shows
/// it and opens the melding section after it.
#[test]
#[allow(clippy::too_many_lines)]
fn the_decision_is_taken_once_in_stap_5_with_its_account() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = vault_harness(2400.0);
    new_case(&mut h, &dir.path().join("besluit.meldcode"));
    show_step(&mut h, Step::Wegen);
    let answer_label = |h: &Harness<'_, Gui>, answer: &str| {
        h.get_all_by_label(answer)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::RadioButton)
            .expect("answer radio")
            .click();
    };
    for (answer, why, with_vt) in [
        ("Ja", "Zoë zei: \"Papa slaat mama.\"", false),
        ("Ja", "Drie keer in vier weken blauwe plekken.", false),
        (
            "Nee",
            "School kan het geweld thuis niet laten stoppen.",
            true,
        ),
    ] {
        answer_label(&h, answer);
        h.run();
        type_into(&mut h, t::AFWEGINGSKADER_MOTIVATION_LABEL, why);
        if with_vt {
            click(&mut h, t::AFWEGINGSKADER_ANSWERED_WITH_VT_OPTION);
            type_into(&mut h, t::AFWEGINGSKADER_VT_EMPLOYEE_LABEL, "Anouk Smit");
        }
        click(&mut h, t::AFWEGINGSKADER_ANSWER_BUTTON);
    }
    let d = open(&h);
    assert_eq!(d.afweging.len(), 3, "{:?}", message(&h));
    assert!(
        !d.afweging_vt.contains_key("afweging_2"),
        "not derived from the tree"
    );
    assert_eq!(d.afweging_vt["afweging_3"].with_whom, "Anouk Smit");
    assert!(
        h.query_by_label(t::DECISION_RECORD_BUTTON).is_none(),
        "no decision in stap 4"
    );
    click(&mut h, t::DECISION_GO_TO_STEP_5_BUTTON);
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Beslissen,
            ..
        }
    ));
    // Before the decision, the form shows there is none and asks nothing about the melding.
    assert!(h.query_by_label(t::RECORD_NOTHING_YET).is_some());
    assert_eq!(
        h.query_all_by_label_contains("geïnformeerd over de melding")
            .count(),
        0
    );

    type_into(
        &mut h,
        t::DECISION_MOTIVATION_LABEL,
        "Hulp via het wijkteam.",
    );
    let melden = |h: &mut Harness<'_, Gui>| {
        h.get_all_by_label(t::DECISION_REPORT_TO_VT_OPTION)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::CheckBox)
            .expect("the melden checkbox")
            .click();
        h.run();
    };
    melden(&mut h);
    assert!(
        h.get_by_label(t::DECISION_RECORD_BUTTON)
            .accesskit_node()
            .is_disabled(),
        "against the meldnorm without a motivation"
    );
    type_into(
        &mut h,
        t::DECISION_MELDNORM_DEVIATION_LABEL,
        "Moeder werkt mee met het wijkteam.",
    );
    click(&mut h, t::DECISION_RECORD_BUTTON);
    let d = open(&h);
    assert_eq!(d.decisions.len(), 1, "{:?}", message(&h));
    assert!(!d.decisions[0].melden);
    assert_eq!(d.decisions[0].decided_by.name, "Renée Ångström");
    assert_eq!(
        d.decision_account(0).expect("account").meldnorm_afwijking,
        "Moeder werkt mee met het wijkteam."
    );

    // A second decision, to melden, together with Veilig Thuis: the melding section opens.
    type_into(
        &mut h,
        t::DECISION_MOTIVATION_LABEL,
        "De blauwe plekken kwamen terug.",
    );
    melden(&mut h);
    click(&mut h, t::DECISION_TAKEN_WITH_VT_OPTION);
    type_into(&mut h, t::AFWEGINGSKADER_VT_EMPLOYEE_LABEL, "Anouk Smit");
    click(&mut h, t::DECISION_RECORD_BUTTON);
    let d = open(&h);
    assert_eq!(d.decisions.len(), 2, "{:?}", message(&h));
    assert_eq!(
        d.decision_account(1)
            .and_then(|a| a.samen_met_vt.as_ref())
            .map(|v| v.with_whom.as_str()),
        Some("Anouk Smit")
    );
    assert!(h.query_by_label(t::RECORD_NOTHING_YET).is_none());
    assert!(
        h.query_all_by_label_contains("geïnformeerd over de melding")
            .count()
            > 0,
        "the melding section follows the decision"
    );
}
