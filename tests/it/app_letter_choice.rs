//! Issue 16 in the window, on a case made from scratch on the command line: the letter to
//! the parents holds the items the user ticks (the child's words out by default), the
//! dossier list shows what is due and "te laat", and the guidelines ticked with an answer
//! to Veilig Thuis are saved and shown again.

use std::path::Path;

use chrono::{Duration, Local};
use egui::accesskit::Toggled;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::{App, Command, FormSets, Nav, Op, WindowPrefs};
use meldcode::domain::{DossierId, Step};
use meldcode::gui::Gui;
use meldcode::texts;
use meldcode::texts::window as t;

use crate::app_support::{click, replace_in};
use crate::cli_case::{PASS, add_persons, ok, scratch_vault, show, with};

/// A case from scratch: the child and her mother, two signals (the second told by the
/// child), the profile the letter needs, the melding sent with a follow-up in 10 days and a
/// request for information from Veilig Thuis.
fn case(dir: &Path) -> std::path::PathBuf {
    let v = scratch_vault(dir);
    add_persons(&v);
    ok(
        &v,
        &[
            "org",
            "set",
            "--field",
            "plaats=Zwolle",
            "--field",
            "klachtenregeling=Mail de klachtencommissie: klachten@debjorn.nl.",
        ],
    );
    let day = |n: i64| {
        (Local::now().date_naive() + Duration::days(n))
            .format("%d-%m-%Y")
            .to_string()
    };
    ok(
        &v,
        &with(
            &["signal", "add"],
            &[
                "--text",
                "Zoë had een blauwe plek van 3 cm op haar linker bovenarm.",
                "--observed",
                &day(-3),
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["signal", "add"],
            &[
                "--text",
                "Zoë vertelde dat ze thuis met een riem is geslagen.",
                "--source",
                "Zoë",
                "--observed",
                &day(-2),
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["melding", "sent"],
            &["--reference", "VT-2026-0412", "--follow-up-on", &day(10)],
        ),
    );
    ok(
        &v,
        &with(
            &["vt-request", "add"],
            &[
                "--received",
                "vandaag",
                "--asked-by",
                "Renée Ångström",
                "--questions",
                "Hoe vaak was Zoë afwezig?",
            ],
        ),
    );
    v
}

/// The window with the case's vault open.
fn harness(v: &Path) -> Harness<'static, Gui> {
    harness_at(v, chrono::Utc::now())
}

/// [`harness`] with the window's clock at `now`.
fn harness_at(v: &Path, now: chrono::DateTime<chrono::Utc>) -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(std::sync::Arc::new(move || now));
    app.handle(Command::Op(Op::OpenVault(
        crate::app_support::open_request(v, PASS),
    )))
    .expect("vault opens");
    Harness::builder()
        .with_size([1400.0, 4000.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

fn open_step_5(h: &mut Harness<'_, Gui>) {
    let app = &mut h.state_mut().app;
    app.handle(Command::Nav(Nav::OpenDossier(DossierId(1))))
        .expect("dossier");
    app.handle(Command::Nav(Nav::SelectStep(Step::Beslissen)))
        .expect("step 5");
    h.run();
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The checkbox whose label contains `part` (the preview below repeats the text).
fn checkbox<'h>(h: &'h Harness<'_, Gui>, part: &'h str) -> egui_kittest::Node<'h> {
    h.query_all_by_label_contains(part)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::CheckBox)
        .unwrap_or_else(|| panic!("no checkbox with {part:?}"))
}

fn export_letter(h: &mut Harness<'_, Gui>, out: &Path) -> String {
    click(h, t::LETTER_TO_PARENTS_EXPORT_BUTTON);
    replace_in(h, t::EXPORT_FILE_LABEL, &out.display().to_string());
    h.get_by_label(t::EXPORT_START_BUTTON).click();
    h.step();
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(2));
    h.run();
    assert!(out.is_file(), "{:?}", h.state().app.state.message.clone());
    pdf_text(out)
}

#[test]
fn unticking_a_signal_takes_it_out_of_the_exported_letter() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = case(dir.path());
    let mut h = harness(&v);
    open_step_5(&mut h);

    // The child's words are marked and not ticked; the observation is ticked.
    h.get_by_label(t::LETTER_TO_PARENTS_FROM_CHILD_MARK);
    let child = checkbox(&h, "met een riem is geslagen");
    assert_eq!(child.accesskit_node().toggled(), Some(Toggled::False));
    let seen = checkbox(&h, "blauwe plek van 3 cm");
    assert_eq!(seen.accesskit_node().toggled(), Some(Toggled::True));

    let before = export_letter(&mut h, &dir.path().join("voor.pdf"));
    assert!(before.contains("blauwe plek van 3 cm"), "{before}");
    assert!(!before.contains("riem"), "{before}");

    // Untick the observation, tick the child's words: the export follows the choice.
    checkbox(&h, "blauwe plek van 3 cm").click();
    h.run();
    checkbox(&h, "met een riem is geslagen").click();
    h.run();
    assert_eq!(
        checkbox(&h, "blauwe plek van 3 cm")
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
    let after = export_letter(&mut h, &dir.path().join("na.pdf"));
    assert!(!after.contains("blauwe plek"), "{after}");
    assert!(after.contains("met een riem is geslagen"), "{after}");
}

#[test]
fn the_list_shows_the_follow_up_date_and_te_laat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = case(dir.path());
    let mut h = harness(&v);
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::ShowList))
        .expect("list");
    h.run();
    h.get_by_label(t::NEXT_ACTION_VT_FOLLOW_UP_AFTER_MELDING);
    assert!(
        h.query_by_label_contains(texts::common::REMINDER_OVERDUE_LABEL)
            .is_none()
    );
    // Eleven days on, the follow-up is late.
    let later = chrono::Utc::now() + Duration::days(11);
    h.state_mut()
        .app
        .set_clock(std::sync::Arc::new(move || later));
    h.run();
    h.get_by_label_contains(texts::common::REMINDER_OVERDUE_LABEL);
}

#[test]
fn guidelines_ticked_with_an_answer_are_saved_and_shown_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = case(dir.path());
    let mut h = harness(&v);
    open_step_5(&mut h);
    let second = texts::common::VT_REQUEST_GUIDELINES[1];
    click(&mut h, t::VT_REQUEST_EDIT_BUTTON);
    assert_eq!(
        h.get_by_label(second).accesskit_node().toggled(),
        Some(Toggled::False)
    );
    click(&mut h, second);
    click(&mut h, t::VT_REQUEST_SAVE_BUTTON);
    // Stored: the vault as the command line reads it once the window lets go.
    let ticks = |h: &Harness<'_, Gui>| {
        h.state()
            .app
            .state
            .open_dossier()
            .and_then(|d| d.info_request_guidelines.get(&1).cloned())
    };
    assert_eq!(ticks(&h), Some(vec![2]));
    // Opened again: the tick is there.
    click(&mut h, t::VT_REQUEST_EDIT_BUTTON);
    assert_eq!(
        h.get_by_label(second).accesskit_node().toggled(),
        Some(Toggled::True)
    );
    drop(h);
    assert_eq!(
        show(&v)["info_request_guidelines"]["1"],
        serde_json::json!([2])
    );
}

#[test]
fn the_organisatie_page_offers_to_delete_dossiers_past_their_bewaartermijn() {
    let dir = tempfile::tempdir().expect("temp dir");
    let v = case(dir.path());
    ok(&v, &["org", "set", "--field", "bewaartermijn=2"]);
    ok(&v, &with(&["close"], &["--reason", "Zoë is van school."]));
    let label = t::RETENTION_EXPIRED_LABEL.replace("{n}", "1");
    // On the last day of the term: no offer.
    let last_day = chrono::Utc::now() + Duration::days(2 * 366);
    let mut h = harness_at(&v, last_day - Duration::days(2));
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::ShowOrganisation))
        .expect("organisatie");
    h.run();
    assert!(h.query_by_label(&label).is_none());
    drop(h);
    // Three years on: offered, deleted only after the confirmation.
    let mut h = harness_at(&v, chrono::Utc::now() + Duration::days(3 * 366));
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::ShowOrganisation))
        .expect("organisatie");
    h.run();
    h.get_by_label(&label);
    click(&mut h, t::RETENTION_PURGE_BUTTON);
    assert_eq!(h.state().app.state.rows.len(), 1);
    click(&mut h, t::RETENTION_PURGE_CONFIRM_BUTTON);
    assert!(h.state().app.state.rows.is_empty());
    assert!(h.query_by_label(&label).is_none());
    drop(h);
    assert_eq!(ok(&v, &["dossier", "list"]).trim(), "");
}
