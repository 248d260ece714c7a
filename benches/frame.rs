//! The window's frame with a 5,000-word field open (issue 5: < 4 ms), measured without a
//! display: the real app on the example, driven by `egui_kittest`, with the field focused.
//!
//! Run: `cargo bench --bench frame -- --warm-up-time 1 --measurement-time 3`.
//! - `frame/*`: one frame without input: the app's UI pass and tessellation, i.e. all the CPU
//!   does per frame (rasterising is the GPU's);
//! - `keystroke/*`: the frame of one typed character: re-lint of the changed paragraph and
//!   a new layout of the whole text;
//! - `*-screenreader/*`: the same with AccessKit on (a screen reader listening), which adds
//!   the text's accessibility nodes to every frame.
//!
//! `demo` is the text `scripts/perf.sh` types into: one sentence repeated to 5,000 words in
//! paragraphs of six, 336 hints (the injury has no size); `corpus` is 5,000 words of the lint
//! corpus in paragraphs of six sentences, hints of every category; `one-paragraph` is the
//! worst case, 5,000 words without a line break, which egui lays out again as a whole on
//! every keystroke (it caches paragraphs).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, FormSets, NewDossier, Op, WindowPrefs};
use meldcode::domain::PersonRole;
use meldcode::gui::Gui;
use support::dutch_text;

mod support;

/// The app on the example with the 5,000-word field of `scripts/perf.sh`, optionally with
/// other text in it, the field focused and the cursor at the end.
fn harness(text: Option<String>) -> Harness<'static, Gui> {
    let mut app = Gui::new(App::with_example(
        FormSets::bundled(),
        WindowPrefs::default(),
        None,
    ));
    app.show_demo_screen("lang");
    if let Some(text) = text {
        let step = meldcode::domain::Step::Consulteren;
        app.app.push(meldcode::app::Command::Op(Op::EditField {
            step,
            field: "vt_advies".to_owned(),
            value: Some(meldcode::domain::Value::Text(text)),
        }));
    }
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_ui_state(|ui, app: &mut Gui| app.frame_ui(ui), app);
    h.run_steps(3);
    h.get_by_role_and_label(Role::MultilineTextInput, "Advies van Veilig Thuis")
        .focus();
    h.run_steps(2);
    h.key_press(egui::Key::End);
    h.run_steps(2);
    h
}

/// One whole frame on the CPU as eframe runs it: the app's UI pass, then tessellation
/// (rasterising the triangles is the GPU's work).
fn run_frame(ctx: &egui::Context, app: &mut Gui, events: Vec<egui::Event>) -> usize {
    let mut input = egui::RawInput {
        events,
        ..Default::default()
    };
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(1.0);
    // The same wrapping as egui_kittest's, so the ids (and the focus set up through the
    // harness) stay the same; `frame` checks that a keystroke reaches the field.
    let output = ctx.run_ui(input, |ui| {
        ui.scope_builder(egui::UiBuilder::new(), |ui| {
            egui::Frame::central_panel(ui.style())
                .outer_margin(8.0)
                .inner_margin(0.0)
                .show(ui, |ui| app.frame_ui(ui));
        });
    });
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// Length of the 5,000-word field, pending edits included.
fn field_len(app: &Gui) -> usize {
    let dossier = app.app.state.open_dossier().expect("the example is open");
    match app
        .app
        .state
        .answers(dossier, meldcode::domain::Step::Consulteren)
        .get("vt_advies")
    {
        Some(meldcode::domain::Value::Text(text)) => text.len(),
        _ => 0,
    }
}

fn frame(c: &mut Criterion) {
    let one_paragraph =
        "Op 2 november om 8.40 uur zag ik een blauwe plek op de linker bovenarm. ".repeat(334);
    for (name, text) in [
        ("demo", None),
        ("corpus", Some(dutch_text(5000))),
        ("one-paragraph", Some(one_paragraph)),
    ] {
        let h = harness(text);
        let ctx = h.ctx.clone();
        let mut app = h.into_state();
        let before = field_len(&app);
        run_frame(&ctx, &mut app, vec![egui::Event::Text("a".to_owned())]);
        assert_eq!(
            field_len(&app),
            before + 1,
            "the keystroke reaches the field"
        );
        for screen_reader in [false, true] {
            if screen_reader {
                ctx.enable_accesskit();
            } else {
                ctx.disable_accesskit();
            }
            let suffix = if screen_reader { "-screenreader" } else { "" };
            c.bench_function(&format!("frame{suffix}/{name}"), |b| {
                b.iter(|| black_box(run_frame(&ctx, &mut app, Vec::new())));
            });
            c.bench_function(&format!("keystroke{suffix}/{name}"), |b| {
                b.iter(|| {
                    let typed = vec![egui::Event::Text("a".to_owned())];
                    black_box(run_frame(&ctx, &mut app, typed))
                });
            });
        }
    }
}

/// The changes that give a dossier `n` signals, each with one writing hint ("leek
/// verdrietig"); the window applies them through the operations layer.
fn long_signals(n: usize) -> Vec<meldcode::domain::Change> {
    use meldcode::domain::{Actor, Change, Hand, Signal};
    let at = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH + chrono::Duration::days(20_000);
    let by = Actor::new("Çağla Ünal-de Wít", "leerkracht");
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
    (0..n)
        .map(|i| {
            let signal = Signal {
                id: 0,
                observed_on: start + chrono::Duration::days(i64::try_from(i % 300).unwrap_or(0)),
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

/// The UI pass alone (no tessellation): what grows with the number of list entries.
fn run_ui_pass(ctx: &egui::Context, app: &mut Gui) {
    let mut input = egui::RawInput::default();
    input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(1.0);
    let output = ctx.run_ui(input, |ui| {
        ui.scope_builder(egui::UiBuilder::new(), |ui| {
            egui::Frame::central_panel(ui.style())
                .outer_margin(8.0)
                .inner_margin(0.0)
                .show(ui, |ui| app.frame_ui(ui));
        });
    });
    black_box(output.shapes.len());
}

/// #26: the example next to a dossier of 1,000 signals and 1,000 hints, on the signals
/// step, with the hint overview open and with the export dialog open.
fn long_case(c: &mut Criterion) {
    use meldcode::app::{Command, Nav};
    use meldcode::domain::Step;
    for (name, signals) in [
        ("example", None),
        ("1000-signals", Some(long_signals(1000))),
    ] {
        for view in ["signals", "overview", "export"] {
            let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
            let id = match &signals {
                Some(changes) => {
                    app.handle(Command::Op(Op::CreateDossier(NewDossier::new(
                        "Groep 5, verzuim",
                        PersonRole::Kind,
                        "Zoë",
                    ))))
                    .expect("new");
                    let id = app.state.open_dossier().expect("open").id;
                    for change in changes {
                        app.apply_change(id, change.clone()).expect("signal");
                    }
                    id
                }
                None => app.state.dossiers[0].id,
            };
            app.handle(Command::Nav(Nav::OpenDossier(id)))
                .expect("open");
            app.handle(Command::Nav(Nav::SelectStep(Step::Signaleren)))
                .expect("step");
            let mut h = Harness::builder()
                .with_size([1200.0, 800.0])
                .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));
            h.run_steps(2);
            match view {
                "overview" => {
                    h.get_by_label_contains(meldcode::texts::window::OPEN_HINTS_HEADING)
                        .click();
                }
                "export" => {
                    h.get_by_label(&format!(
                        "{}\u{2026}",
                        meldcode::texts::window::EXPORT_KIND_DOSSIER
                    ))
                    .click();
                }
                _ => {}
            }
            h.run_steps(3);
            let ctx = h.ctx.clone();
            let mut app = h.into_state();
            ctx.disable_accesskit();
            c.bench_function(&format!("window/{view}/{name}"), |b| {
                b.iter(|| run_ui_pass(&ctx, &mut app));
            });
        }
    }
}

criterion_group!(benches, frame, long_case);
criterion_main!(benches);
