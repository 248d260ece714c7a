//! #20: dates stay as typed. Typed character by character, with Backspace corrections, in a
//! form date field, a date-and-time field, a birth date and a signal date: the text is never
//! rewritten while typing; it is parsed when the focus leaves or on Enter, and an invalid
//! date keeps its text with the error beside it. The focused field does not move while
//! typing, even when the hints and checklists change.

#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, Command, FormSets, NewDossier, Op, Screen, WindowPrefs};
use meldcode::domain::{Answers, PersonRole, Step, Tri, Value};
use meldcode::form::FormSet;
use meldcode::gui::Gui;
use meldcode::texts;
use meldcode::ui::form_view::{FormContext, FormView};

fn input<'h>(h: &'h Harness<'_, impl Sized>, label: &str) -> egui_kittest::Node<'h> {
    let wanted = label.to_owned();
    h.query_all_by(move |n| {
        matches!(n.role(), Role::TextInput | Role::MultilineTextInput)
            && n.label().is_some_and(|l| l.starts_with(&wanted))
    })
    .next()
    .unwrap_or_else(|| panic!("no text input labelled {label}"))
}

fn value(h: &Harness<'_, impl Sized>, label: &str) -> String {
    input(h, label).value().unwrap_or_default()
}

/// Types `keys` one at a time ('\u{8}' is Backspace), checking after each that the field
/// shows exactly what was typed so far.
fn type_slowly<S>(h: &mut Harness<'_, S>, label: &str, keys: &str) {
    let mut expected = value(h, label);
    for c in keys.chars() {
        if c == '\u{8}' {
            h.key_press(egui::Key::Backspace);
            expected.pop();
        } else {
            h.event(egui::Event::Text(c.to_string()));
            expected.push(c);
        }
        h.run();
        assert_eq!(value(h, label), expected, "after typing {c:?}");
    }
}

fn focus<S>(h: &mut Harness<'_, S>, label: &str) {
    input(h, label).focus();
    h.run();
}

fn example_dossier_harness() -> Harness<'static, Gui> {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.handle(Command::Op(Op::CreateDossier(NewDossier::new(
        "Groep 5, verzuim",
        PersonRole::Kind,
        "Zoë",
    ))))
    .unwrap();
    Harness::builder()
        .with_size([1280.0, 2400.0])
        .with_max_steps(8)
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app))
}

fn stored(h: &Harness<'_, Gui>, step: Step, field: &str) -> Option<Value> {
    let state = &h.state().app.state;
    let d = state.open_dossier().expect("open dossier");
    state.answers(d, step).get(field).cloned()
}

#[test]
fn a_form_date_stays_as_typed_and_is_stored_on_enter() {
    let mut h = example_dossier_harness();
    h.run();
    let label = "Stap 1 afgerond op";
    focus(&mut h, label);
    type_slowly(&mut h, label, "02-12-2");
    assert_eq!(stored(&h, Step::Signaleren, "stap1_afgerond_op"), None);
    type_slowly(&mut h, label, "0\u{8}\u{8}2026");
    assert_eq!(value(&h, label), "02-12-2026");
    assert_eq!(
        stored(&h, Step::Signaleren, "stap1_afgerond_op"),
        None,
        "nothing parsed while typing"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        stored(&h, Step::Signaleren, "stap1_afgerond_op"),
        Some(Value::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
        ))
    );
    assert_eq!(value(&h, label), "02-12-2026");

    focus(&mut h, label);
    for _ in 0..10 {
        h.key_press(egui::Key::Backspace);
    }
    h.run();
    type_slowly(&mut h, label, "31-02-2026");
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        value(&h, label),
        "31-02-2026",
        "an invalid date keeps its text"
    );
    assert!(
        h.query_by_label(texts::window::DATE_FORMAT_ERROR).is_some(),
        "error in place"
    );
    assert_eq!(
        stored(&h, Step::Signaleren, "stap1_afgerond_op"),
        Some(Value::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
        )),
        "the saved date is kept"
    );
}

#[test]
fn a_signal_date_stays_as_typed() {
    let mut h = example_dossier_harness();
    h.run();
    focus(&mut h, texts::window::SIGNAL_DATE_LABEL);
    for _ in 0..10 {
        h.key_press(egui::Key::Backspace);
    }
    h.run();
    assert_eq!(value(&h, texts::window::SIGNAL_DATE_LABEL), "");
    type_slowly(
        &mut h,
        texts::window::SIGNAL_DATE_LABEL,
        "2-12-20\u{8}026\u{8}6",
    );
    assert_eq!(value(&h, texts::window::SIGNAL_DATE_LABEL), "2-12-2026");
    input(&h, texts::window::SIGNAL_TEXT_LABEL).focus();
    h.run();
    h.event(egui::Event::Text(
        "Om 8.40 uur had Bjørn een schaafwond op de linker knie.".to_owned(),
    ));
    h.run();
    h.get_by_label(texts::window::SIGNAL_ADD_BUTTON).click();
    h.run();
    let d = h.state().app.state.open_dossier().cloned().unwrap();
    assert_eq!(
        d.signals[0].observed_on,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    );
}

struct FormFixture {
    set: FormSet,
    form: &'static str,
    answers: Answers,
    view: FormView,
}

fn form_harness(
    set_id: &str,
    form: &'static str,
    answers: Answers,
) -> Harness<'static, FormFixture> {
    let forms = FormSets::bundled();
    let set = forms
        .get(set_id)
        .or_else(|| forms.any_form(form).map(|(s, _)| s))
        .cloned()
        .expect("form set");
    let fixture = FormFixture {
        set,
        form,
        answers,
        view: FormView::default(),
    };
    Harness::builder()
        .with_size([1280.0, 4000.0])
        .with_max_steps(8)
        .build_ui_state(
            |ui, f: &mut FormFixture| {
                let FormFixture {
                    set,
                    form,
                    answers,
                    view,
                } = f;
                let Some(def) = set.forms.iter().find(|d| d.id == *form) else {
                    return;
                };
                let fill = |s: &str| s.to_owned();
                let cx = FormContext {
                    set,
                    persons: &[],
                    fill: &fill,
                    enabled: true,
                    lint: meldcode::lint::LintOptions::default(),
                    today: chrono::Local::now().date_naive(),
                    records: None,
                };
                let mut changes = Vec::new();
                egui::ScrollArea::vertical().show(ui, |ui| {
                    view.ui(ui, def, &cx, answers, &mut |f, v| changes.push((f, v)));
                });
                for (f, v) in changes {
                    match v {
                        Some(v) => answers.insert(f, v),
                        None => answers.remove(&f),
                    };
                }
            },
            fixture,
        )
}

#[test]
fn a_date_and_time_stays_as_typed_and_is_stored_when_the_focus_leaves() {
    let mut answers = Answers::new();
    answers.insert("vermoeden_eergerelateerd".to_owned(), Value::Tri(Tri::Ja));
    let mut h = form_harness("basisonderwijs", "stap1", answers);
    h.run();
    let label = "Veilig Thuis / deskundige gebeld op";
    focus(&mut h, label);
    type_slowly(&mut h, label, "02-12-2026 15:0");
    type_slowly(&mut h, label, "0");
    assert_eq!(value(&h, label), "02-12-2026 15:00", "not 15:000");
    assert!(!h.state().answers.contains_key("eer_gebeld_op"));
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(
        h.state().answers.get("eer_gebeld_op"),
        Some(&Value::DateTime(
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
                .unwrap()
                .and_hms_opt(15, 0, 0)
                .unwrap()
        ))
    );
}

#[test]
fn a_birth_date_stays_as_typed() {
    // The child's section is asked only when the melding is about a child.
    let mut answers = Answers::new();
    answers.insert("betreft_kind".to_owned(), Value::Tri(Tri::Ja));
    let mut h = form_harness("meldformulier", "meldformulier", answers);
    h.run();
    h.get_by_label(&format!(
        "{} (Kinderen)",
        texts::window::FORM_ENTRY_ADD_BUTTON
    ))
    .click();
    h.run();
    let label = "Geboortedatum";
    focus(&mut h, label);
    type_slowly(&mut h, label, "14-03-20\u{8}\u{8}2018");
    assert_eq!(value(&h, label), "14-03-2018");
    h.key_press(egui::Key::Enter);
    h.run();
    let Some(Value::Group(kids)) = h.state().answers.get("kinderen") else {
        panic!("no children: {:?}", h.state().answers);
    };
    assert_eq!(
        kids[0].get("kind_geboortedatum"),
        Some(&Value::Date(
            chrono::NaiveDate::from_ymd_opt(2018, 3, 14).unwrap()
        ))
    );
    assert_eq!(value(&h, label), "14-03-2018");
}

#[test]
fn the_field_being_typed_in_does_not_move() {
    let mut h = example_dossier_harness();
    h.run();
    h.get_by_label_contains(texts::window::OPEN_HINTS_HEADING)
        .click();
    h.run();
    let label = "Advies van de aandachtsfunctionaris";
    focus(&mut h, label);
    let before = input(&h, label).rect();
    let text = "Ze leek bang. Moeder is depressief. VT gebeld. ";
    for c in text.chars() {
        h.event(egui::Event::Text(c.to_string()));
        h.run();
        let top = input(&h, label).rect().top();
        assert!((top - before.top()).abs() < 0.5, "moved after {c:?}: {top}");
    }
    // The edit is committed after a second without typing; the hints then change.
    std::thread::sleep(meldcode::app::AUTOSAVE_AFTER + std::time::Duration::from_millis(50));
    h.run();
    h.run();
    assert!(
        matches!(
            stored(&h, Step::Signaleren, "advies_aandachtsfunctionaris"),
            Some(Value::Text(_))
        ) || h.state().app.state.has_pending_edits(),
    );
    let open = h.state().app.state.open_dossier().map(|d| d.history.len());
    assert!(open.is_some());
    let top = input(&h, label).rect().top();
    assert!(
        (top - before.top()).abs() < 0.5,
        "moved after the commit: {top}"
    );
    assert!(matches!(h.state().app.state.screen, Screen::Dossier { .. }));
}

#[test]
fn the_calendar_jumps_by_year_to_a_date_eight_years_back() {
    let mut h = example_dossier_harness();
    h.run();
    let label = "Stap 1 afgerond op";
    input(&h, label).scroll_to_me();
    h.run();
    let field = input(&h, label).rect();
    let button = h
        .get_all_by_label(texts::window::DATE_PICKER_BUTTON)
        .find(|b| (b.rect().center().y - field.center().y).abs() < 12.0)
        .expect("calendar beside the field");
    button.click();
    h.run();
    for _ in 0..8 {
        h.get_by_label("\u{ab}").click();
        h.run();
    }
    h.get_by_label("14").click();
    h.run();
    let Some(Value::Date(day)) = stored(&h, Step::Signaleren, "stap1_afgerond_op") else {
        panic!("no date picked");
    };
    let today = chrono::Local::now().date_naive();
    assert_eq!(
        chrono::Datelike::year(&day),
        chrono::Datelike::year(&today) - 8
    );
    assert_eq!(chrono::Datelike::day(&day), 14);
    assert_eq!(
        chrono::Datelike::month(&day),
        chrono::Datelike::month(&today)
    );
}

#[test]
fn the_step_history_names_fields_by_their_label() {
    let mut h = example_dossier_harness();
    h.run();
    let label = "Gedocumenteerd door";
    focus(&mut h, label);
    h.event(egui::Event::Text("Çağla Ünal-de Wít".to_owned()));
    h.run();
    h.get_by_label(texts::window::COMMAND_SAVE).click();
    h.run();
    h.get_by_label_contains(texts::window::STEP_HISTORY_HEADING)
        .scroll_to_me();
    h.run();
    h.get_by_label_contains(texts::window::STEP_HISTORY_HEADING)
        .click();
    h.run();
    let header = h
        .get_by_label_contains(texts::window::STEP_HISTORY_HEADING)
        .rect();
    h.hover_at(header.center());
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -3000.0),
        modifiers: egui::Modifiers::default(),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run();
    // The one history mapping (`report::history_line`), with the form's label for the key.
    let line = format!("(Stap 1): {label} = Çağla Ünal-de Wít");
    assert!(h.query_by_label_contains(&line).is_some(), "{line}");
    for key in ["stap1_gedocumenteerd_door", "Stap1 gedocumenteerd door"] {
        assert!(
            h.query_by_label_contains(key).is_none(),
            "no field key on screen: {key}"
        );
    }
}
