//! Performance figures for the README (run with `--ignored --nocapture`). Prints, asserts
//! nothing about time: timings depend on the machine.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, Command, FormSets, WindowPrefs};
use meldcode::domain::{Step, Value};
use meldcode::texts;

#[test]
#[ignore = "prints performance figures; run by hand"]
fn frame_time_with_a_5000_word_field() {
    let app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app);
    h.get_all_by_label(texts::OPEN).next().expect("row").click();
    h.run();
    let words = "Op 2 november om 8.40 uur zag ik een blauwe plek op de linker bovenarm. "
        .repeat(5000 / 15 + 1);
    assert!(words.split_whitespace().count() >= 5000);
    let app = h.state_mut();
    app.push(Command::SelectStep(Step::Consulteren));
    let field = meldcode::form::bundled()
        .iter()
        .find(|s| s.id == "basisonderwijs")
        .and_then(|s| s.step_form(2))
        .and_then(|f| {
            f.sections
                .iter()
                .flat_map(|s| &s.fields)
                .find(|f| f.kind == meldcode::form::FieldKind::LongText)
        })
        .map(|f| f.id.clone())
        .expect("a long-text field in stap 2");
    app.push(Command::EditField {
        step: Step::Consulteren,
        field,
        value: Some(Value::Text(words)),
    });
    app.push(Command::Save);
    h.run();
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = std::time::Instant::now();
        h.step();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "frame with a 5,000-word field (UI pass, no GPU): median {:.2} ms, p90 {:.2} ms",
        times[25], times[45]
    );
}
