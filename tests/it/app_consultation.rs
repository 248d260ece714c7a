//! Stap 2 in the window (#16, #25): a consultation is recorded in a vault made from scratch,
//! as the one record the step form, the CLI and the documents show. A refused consultation
//! (no outcome, a date after today) keeps everything that was typed.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{App, Command, FormSets, Nav, WindowPrefs};
use meldcode::domain::{ConsultationKind, Step};
use meldcode::gui::Gui;
use meldcode::texts;

fn click(h: &mut Harness<'_, Gui>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_into(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn replace_in(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).set_text_value_accesskit(text);
    h.run();
}

fn value(h: &Harness<'_, Gui>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

#[test]
fn a_consultation_is_recorded_in_the_window_and_a_refusal_keeps_the_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("eigen.meldcode");
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    let mut h = Harness::builder()
        .with_size([1400.0, 3000.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));
    crate::app_support::create_vault(
        &mut h,
        &crate::app_support::NewVault {
            path: &path,
            passphrase: "paard-batterij-nietje-correct",
            user: "Ilse Ĳzerman",
            function: "intern begeleider",
            organisation: "Obs Het Kompas",
            sector: Some(texts::window::SECTOR_PRIMARY_EDUCATION),
        },
    );
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.state_mut()
        .app
        .handle(Command::Nav(Nav::SelectStep(Step::Consulteren)))
        .expect("step 2");
    h.run();
    assert!(
        h.query_by_label(texts::window::CONSULTATIONS_NONE)
            .is_some()
    );

    // No outcome yet: refused, and what was typed stays.
    type_into(
        &mut h,
        texts::window::CONSULTATION_WITH_LABEL,
        "Joost Öztürk, aandachtsfunctionaris",
    );
    type_into(
        &mut h,
        texts::window::CONSULTATION_QUESTION_LABEL,
        "Is een gesprek met de ouders veilig?",
    );
    click(&mut h, ConsultationKind::VeiligThuis.label());
    click(&mut h, texts::window::CONSULTATION_SAVE_BUTTON);
    let refused = h.state().app.state.message.clone().expect("refused");
    assert!(refused.error, "{refused:?}");
    assert_eq!(
        value(&h, texts::window::CONSULTATION_WITH_LABEL),
        "Joost Öztürk, aandachtsfunctionaris"
    );
    assert_eq!(
        value(&h, texts::window::CONSULTATION_QUESTION_LABEL),
        "Is een gesprek met de ouders veilig?"
    );

    // A date after today: refused, the text stays.
    type_into(
        &mut h,
        texts::window::CONSULTATION_OUTCOME_LABEL,
        "Advies: eerst met Zoë praten, dan met de ouders.",
    );
    let tomorrow = h.state().app.state.today() + chrono::Duration::days(1);
    replace_in(
        &mut h,
        texts::window::CONSULTATION_DATE_LABEL,
        &meldcode::form::format_date(tomorrow),
    );
    click(&mut h, texts::window::CONSULTATION_SAVE_BUTTON);
    assert!(h.state().app.state.message.clone().expect("refused").error);
    assert_eq!(
        value(&h, texts::window::CONSULTATION_OUTCOME_LABEL),
        "Advies: eerst met Zoë praten, dan met de ouders."
    );
    let open = h.state().app.state.open_dossier().cloned().expect("open");
    assert!(open.consultations.is_empty());

    // Today: recorded, shown in the list, and the fields are empty for the next one.
    let today = h.state().app.state.today();
    replace_in(
        &mut h,
        texts::window::CONSULTATION_DATE_LABEL,
        &meldcode::form::format_date(today),
    );
    click(&mut h, texts::window::CONSULTATION_SAVE_BUTTON);
    h.run();
    let d = h.state().app.state.open_dossier().cloned().expect("open");
    assert_eq!(
        d.consultations.len(),
        1,
        "{:?}",
        h.state().app.state.message
    );
    let c = &d.consultations[0];
    assert_eq!(c.kind, ConsultationKind::VeiligThuis);
    assert_eq!(c.on, today);
    assert_eq!(c.with_whom, "Joost Öztürk, aandachtsfunctionaris");
    assert_eq!(
        c.outcome,
        "Advies: eerst met Zoë praten, dan met de ouders."
    );
    assert!(
        h.query_by_label(texts::window::CONSULTATIONS_NONE)
            .is_none()
    );
    assert_eq!(value(&h, texts::window::CONSULTATION_WITH_LABEL), "");

    // Stored in the vault, with its audit entry.
    drop(h);
    let mut v = meldcode::storage::Vault::open(
        &path,
        "paard-batterij-nietje-correct",
        &meldcode::storage::OpenOptions::default(),
    )
    .expect("reopen");
    let stored = v.load_dossier(d.id).expect("dossier");
    assert_eq!(stored.consultations, d.consultations);
    assert!(
        v.audit_log(Some(d.id))
            .expect("audit")
            .iter()
            .any(|e| e.detail == "add-consultation"),
        "audited"
    );
}
