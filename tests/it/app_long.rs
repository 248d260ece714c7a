//! #26: a long case in the window. A dossier of 300 signals, each with the same writing hint
//! (built with Changes, not the example): the hint overview groups them, scrolls on its own
//! and leaves the steps in view; the export dialog shows the count and keeps its buttons on
//! screen; the signal list lays out only the rows in view.

#![allow(clippy::unwrap_used)]

use chrono::{Duration, NaiveDate, TimeZone as _, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::{App, Command, FormSets, Nav, NewDossier, Op, Screen, WindowPrefs};
use meldcode::domain::{Actor, Change, DossierId, Hand, PersonRole, Signal, Step};
use meldcode::gui::Gui;
use meldcode::texts;
use meldcode::texts::window as t;

const HEIGHT: f32 = 800.0;

/// The changes that give a dossier `n` signals, every one with "leek verdrietig" (an
/// impression, not a fact).
pub fn long_signals(n: usize) -> Vec<Change> {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let by = Actor::new("Çağla Ünal-de Wít", "leerkracht");
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    (0..n)
        .map(|i| {
            let on = start + Duration::days(i64::try_from(i % 300).unwrap_or(0));
            let signal = Signal {
                id: 0,
                observed_on: on,
                recorded_at: at,
                observer: by.clone(),
                source: None,
                source_person: None,
                hand: Hand::Eerste,
                confirmed_by_informant: None,
                text: format!(
                    "Om 8.{:02} uur kwam Zoë binnen zonder jas, bij 3 graden. Ze leek verdrietig.",
                    i % 60
                ),
                contra_indicatie: false,
            };
            Change::AddSignal { signal }
        })
        .collect()
}

/// A new dossier in `app` with `n` signals, through the operations layer; returns its id.
fn new_long_dossier(app: &mut App, n: usize) -> DossierId {
    app.handle(Command::Op(Op::CreateDossier(NewDossier::new(
        "Groep 5, verzuim",
        PersonRole::Kind,
        "Zoë",
    ))))
    .unwrap();
    let id = app.state.open_dossier().unwrap().id;
    for change in long_signals(n) {
        app.apply_change(id, change).unwrap();
    }
    id
}

fn harness(n: usize) -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    let id = new_long_dossier(&mut app, n);
    app.handle(Command::Nav(Nav::OpenDossier(id))).unwrap();
    app.handle(Command::Nav(Nav::SelectStep(Step::Signaleren)))
        .unwrap();
    Harness::builder()
        .with_size([1280.0, HEIGHT])
        .with_max_steps(8)
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

fn labels_containing(h: &Harness<'_, Gui>, part: &str) -> Vec<String> {
    h.query_all_by_label_contains(part)
        .filter_map(|n| {
            let node = n.accesskit_node();
            // AccessKit keeps a plain label's text as its value.
            if node.role() == egui::accesskit::Role::Label {
                node.value()
            } else {
                node.label()
            }
        })
        .collect()
}

fn wheel(h: &mut Harness<'_, Gui>, over: egui::Pos2, dy: f32) {
    h.hover_at(over);
    h.run();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        modifiers: egui::Modifiers::default(),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run();
}

#[test]
fn hint_overview_of_300_signals_groups_scrolls_and_leaves_the_steps_in_view() {
    let mut h = harness(300);
    h.run();
    assert!(matches!(h.state().app.state.screen, Screen::Dossier { .. }));
    let add = h.get_by_label(t::SIGNAL_ADD_BUTTON).rect();
    wheel(&mut h, add.center(), -500.0);
    let signal_rows = labels_containing(&h, "kwam Zoë binnen").len();
    assert!(
        (1..60).contains(&signal_rows),
        "only the signals in view are laid out, not 300: {signal_rows}"
    );

    h.get_by_label_contains(t::OPEN_HINTS_HEADING).click();
    h.run();
    assert!(
        h.query_by_label("300\u{d7}").is_some(),
        "300 identical hints as one row"
    );
    let step = h
        .get_by_label(&format!(
            "{} 1: {}",
            texts::common::STEP_PREFIX,
            Step::Signaleren.title()
        ))
        .rect();
    assert!(step.bottom() < HEIGHT, "the step stays in view: {step:?}");

    h.get_by_label(&format!("{} 300", t::HINTS_UNFOLD)).click();
    h.run();
    let members = labels_containing(&h, "Signaal ");
    assert!(
        !members.is_empty() && members.len() < 40,
        "each hint reachable, only those in view laid out: {}",
        members.len()
    );
    let first = members[0].clone();
    let row = h.get_by_label(&first).rect();
    wheel(&mut h, row.center(), -600.0);
    let after = labels_containing(&h, "Signaal ");
    assert!(
        !after.contains(&first),
        "the mouse wheel scrolls the overview: {first} still shown"
    );
    let step_after = h
        .get_by_label(&format!(
            "{} 1: {}",
            texts::common::STEP_PREFIX,
            Step::Signaleren.title()
        ))
        .rect();
    assert_eq!(
        step, step_after,
        "scrolling the overview leaves the step where it is"
    );

    let go = h
        .get_all_by_label(t::OPEN_HINTS_GO_TO_BUTTON)
        .next()
        .expect("Ga naar per hint");
    go.click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Signaleren,
            ..
        }
    ));
}

#[test]
fn go_to_a_hint_far_down_a_list_of_300_signals_brings_that_signal_into_view() {
    let mut h = harness(300);
    h.get_by_label_contains(t::OPEN_HINTS_HEADING).click();
    h.run();
    h.get_by_label(&format!("{} 300", t::HINTS_UNFOLD)).click();
    h.run();
    // Scroll the overview far down and take the last hint in view.
    let first = labels_containing(&h, "Signaal ")[0].clone();
    let row = h.get_by_label(&first).rect();
    for _ in 0..6 {
        wheel(&mut h, row.center(), -2000.0);
    }
    let members: Vec<String> = labels_containing(&h, "Signaal ")
        .into_iter()
        .filter(|l| {
            l["Signaal ".len()..].starts_with(|c: char| c.is_ascii_digit())
                && l.contains('\u{201c}')
        })
        .collect();
    let last = members.last().expect("hints in view").clone();
    let number: i64 = last
        .trim_start_matches("Signaal ")
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a signal number");
    assert!(number > 100, "far down the list: {last}");
    h.get_all_by_label(t::OPEN_HINTS_GO_TO_BUTTON)
        .last()
        .expect("Ga naar per hint")
        .click();
    for _ in 0..4 {
        h.run();
    }
    // Signals are numbered by date: signal N was observed N-1 days after 5 January 2026.
    let on = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Duration::days(number - 1);
    let date = on.format("%d-%m-%Y").to_string();
    let row = h
        .query_all_by_label_contains(&date)
        .map(|n| n.rect())
        .find(|r| r.top() >= 0.0 && r.bottom() <= HEIGHT);
    assert!(
        row.is_some(),
        "signal {number} of {date} is laid out and in view"
    );
}

#[test]
fn export_dialog_of_a_long_case_shows_the_count_and_keeps_its_buttons_on_screen() {
    let mut h = harness(300);
    h.run();
    h.get_by_label(&format!("{}\u{2026}", t::EXPORT_KIND_DOSSIER))
        .click();
    h.run();
    for button in [t::EXPORT_START_BUTTON, t::CLOSE_BUTTON] {
        let r = h.get_by_label(button).rect();
        assert!(r.bottom() <= HEIGHT && r.top() >= 0.0, "{button} at {r:?}");
    }
    let count = labels_containing(&h, t::EXPORT_HINTS_COUNT);
    assert!(
        count
            .iter()
            .any(|c| c.starts_with("300 ") || c.starts_with("301 ")),
        "{count:?}"
    );
    assert!(
        labels_containing(&h, "\u{201c}").is_empty(),
        "the dialog does not unfold the hints"
    );
    h.get_by_label(t::EXPORT_HINTS_LINK).click();
    h.run();
    assert!(
        h.query_by_label(t::EXPORT_START_BUTTON).is_none(),
        "dialog closed"
    );
    assert!(h.query_by_label("300\u{d7}").is_some(), "overview opened");
}

#[test]
fn dossier_list_rows_keep_one_line_with_the_full_next_action_on_hover() {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    for _ in 0..120 {
        new_long_dossier(&mut app, 1);
    }
    app.handle(Command::Op(Op::SetTitle("Lange casus".to_owned())))
        .unwrap();
    app.handle(Command::Nav(Nav::ShowList)).unwrap();
    assert!(app.state.rows.len() > 100);
    let mut h = Harness::builder()
        .with_size([1280.0, HEIGHT])
        .with_max_steps(8)
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));
    h.run();
    let shown = labels_containing(&h, "MD-2026-0");
    assert!(
        !shown.is_empty() && shown.len() < 60,
        "only rows in view: {}",
        shown.len()
    );
    let open = h
        .get_all_by_label(t::OPEN_BUTTON)
        .next()
        .expect("a row")
        .rect();
    assert!(open.height() < 30.0, "one line per row: {open:?}");
}
