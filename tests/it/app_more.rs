//! The follow-up screens of the real app (issues 7–10), driven through the accessibility
//! tree: the urgent path, an overdue agreement, and a request for information from Veilig
//! Thuis recorded and exported.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, TimeZone as _, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::Op;
use meldcode::app::{App, Command, FormSets, Screen, VaultRequest, WindowPrefs};
use meldcode::domain::{AfspraakStatus, Change, Step, StepStatus, UrgentCallee};
use meldcode::gui::Gui;
use meldcode::texts;

/// A clock the test moves by hand.
fn clock(start: DateTime<Utc>) -> (Arc<AtomicI64>, meldcode::app::Clock) {
    let secs = Arc::new(AtomicI64::new(start.timestamp()));
    let read = Arc::clone(&secs);
    let clock: meldcode::app::Clock = Arc::new(move || {
        Utc.timestamp_opt(read.load(Ordering::SeqCst), 0)
            .single()
            .unwrap_or_default()
    });
    (secs, clock)
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn harness_with(app: App) -> Harness<'static, Gui> {
    harness_gui(Gui::new(app))
}

fn harness_gui(gui: Gui) -> Harness<'static, Gui> {
    Harness::builder()
        .with_size([1400.0, 3200.0])
        .with_max_steps(8)
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), gui)
}

fn type_into(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Replaces the whole text of a field.
fn replace_in(h: &mut Harness<'_, Gui>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).set_text_value_accesskit(text);
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

fn open_example(h: &mut Harness<'_, Gui>) {
    h.get_all_by_label(texts::window::OPEN_BUTTON)
        .next()
        .expect("example row")
        .click();
    h.run();
}

#[test]
fn urgent_path_records_calls_and_keeps_the_steps_open() {
    let (secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    let mut h = harness_with(app);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    type_into(
        &mut h,
        texts::window::SIGNAL_TEXT_LABEL,
        "Zoë zei om 8.40 uur: \u{201c}Papa zegt dat we morgen naar het buitenland gaan en niet terugkomen.\u{201d}",
    );
    h.get_by_label(texts::window::SIGNAL_ADD_BUTTON).click();
    h.run();

    secs.fetch_add(120, Ordering::SeqCst);
    h.get_by_label(texts::window::URGENT_MARK_EXPANDER).click();
    h.run();
    type_into(
        &mut h,
        texts::window::URGENT_REASON_LABEL,
        "Dreiging van achterlating",
    );
    h.get_by_label(texts::window::URGENT_MARK_BUTTON).click();
    h.run();
    let d = open_dossier(&h);
    let urgent = d.urgent.as_ref().expect("marked urgent");
    assert_eq!(urgent.marked_at, t0() + chrono::Duration::minutes(2));
    assert!(h.query_by_label(texts::window::URGENT_HEADING).is_some());
    assert!(
        h.query_by_label_contains(texts::window::URGENT_DO_VT)
            .is_some()
    );
    assert!(
        h.query_by_label_contains(texts::window::URGENT_DO_POLICE)
            .is_some()
    );

    secs.fetch_add(23 * 60, Ordering::SeqCst);
    h.run();
    let since = format!("{} 25 min", texts::window::URGENT_SINCE_SIGNAL);
    assert!(
        h.query_by_label(&since).is_some(),
        "time since the signal is shown by the app's clock"
    );

    replace_in(
        &mut h,
        texts::window::URGENT_CALLER_LABEL,
        "Bjørn Ünal-de Wít",
    );
    type_into(
        &mut h,
        texts::window::URGENT_CALL_NOTE_LABEL,
        "Veilig Thuis komt vandaag langs.",
    );
    let button = format!(
        "{} {}",
        texts::window::URGENT_CALLED_BUTTON_PREFIX,
        UrgentCallee::VeiligThuis.label()
    );
    h.get_by_label(&button).click();
    h.run();
    let d = open_dossier(&h);
    let calls = &d.urgent.as_ref().expect("still urgent").calls;
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].to, UrgentCallee::VeiligThuis);
    assert_eq!(calls[0].by.name, "Bjørn Ünal-de Wít");
    assert_eq!(calls[0].at, t0() + chrono::Duration::minutes(25));
    assert_eq!(calls[0].note, "Veilig Thuis komt vandaag langs.");

    for step in [
        Step::Consulteren,
        Step::Gesprek,
        Step::Wegen,
        Step::Beslissen,
    ] {
        assert_eq!(d.step(step).status, StepStatus::Open, "{step:?} stays open");
    }
    assert!(
        h.query_by_label_contains(texts::window::URGENT_STEPS_OPEN)
            .is_some(),
        "the open steps are listed"
    );
    assert!(
        h.query_by_label_contains("Stap 2 (open), Stap 3 (open), Stap 4 (open), Stap 5 (open)")
            .is_some(),
        "the normal steps are shown as still open"
    );
}

#[test]
fn overdue_agreement_shows_in_the_list_and_leads_back_to_the_afwegingskader() {
    let (_secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    // Step 4 was completed earlier; a missed agreement must reopen it.
    let id = app.state.dossiers[0].id;
    app.apply_change(id, Change::CompleteStep { step: Step::Wegen })
        .expect("complete step 4");
    let mut h = harness_with(app);
    open_example(&mut h);
    h.get_by_label_contains("Stap 5").click();
    h.run();
    type_into(
        &mut h,
        texts::window::AFSPRAAK_WHO_LABEL,
        "Moeder (Çağla Ünal-de Wít)",
    );
    type_into(
        &mut h,
        texts::window::AFSPRAAK_WHAT_LABEL,
        "Zoë gaat elke week naar de huisarts voor controle",
    );
    type_into(
        &mut h,
        texts::window::AFSPRAAK_DUE_INPUT_LABEL,
        "20-11-2026",
    );
    type_into(
        &mut h,
        texts::window::AFSPRAAK_CHECK_LABEL,
        "Intern begeleider belt de huisarts",
    );
    h.get_by_label(texts::window::AFSPRAAK_SAVE_BUTTON).click();
    h.run();
    assert_eq!(open_dossier(&h).afspraken.len(), 1);

    h.get_by_label(texts::window::COMMAND_DOSSIER_LIST).click();
    h.run();
    let badge = format!("1 {}", texts::window::DOSSIER_LIST_AFSPRAAK_OVERDUE);
    h.get_by_label(&badge).click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Beslissen,
            ..
        }
    ));
    assert!(
        h.query_by_label(texts::window::AFSPRAAK_STATUS_OVERDUE)
            .is_some()
    );

    h.get_by_label(texts::window::AFSPRAAK_MARK_NOT_KEPT_BUTTON)
        .click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Wegen,
            ..
        }
    ));
    let d = open_dossier(&h);
    assert_eq!(d.afspraken[0].status, AfspraakStatus::NietNagekomen);
    assert_eq!(d.step(Step::Wegen).status, StepStatus::Bezig);
    assert_eq!(d.step(Step::Wegen).revisits, 1);
    let reason = d
        .history
        .iter()
        .rev()
        .find_map(|e| match &e.change {
            Change::RevisitStep { step, reason } if *step == Step::Wegen => Some(reason.clone()),
            _ => None,
        })
        .expect("step 4 revisited");
    assert!(reason.contains("huisarts"), "{reason}");

    h.get_by_label(texts::window::COMMAND_DOSSIER_LIST).click();
    h.run();
    assert!(
        h.query_by_label(&badge).is_none(),
        "a checked agreement is no longer overdue"
    );
}

#[test]
fn information_request_is_recorded_and_exported_with_an_audit_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    app.handle(Command::Op(Op::OpenVault(VaultRequest {
        path: dir.path().join("praktijk.meldcode"),
        passphrase: "zeef-kompas-vlinder-tegel".into(),
        create: true,
        name: "Çağla Ünal-de Wít".to_owned(),
        function: "kindertherapeut".to_owned(),
        organisation: "Praktijk Bjørn & Zoë".to_owned(),
        form_set: "zorg".to_owned(),
        own_forms: None,
    })))
    .expect("vault created");
    let mut h = harness_with(app);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");

    h.get_by_label_contains(texts::window::VT_REQUEST_HEADING)
        .click();
    h.run();
    h.get_by_label(texts::window::VT_REQUEST_NEW_BUTTON).click();
    h.run();
    type_into(
        &mut h,
        texts::window::VT_REQUEST_ASKED_BY_LABEL,
        "Anouk Smit, Veilig Thuis Rotterdam Rijnmond, kenmerk VT-2026-4411",
    );
    let question = "Hoe vaak was Zoë sinds september afwezig zonder bericht?";
    type_into(&mut h, texts::window::VT_REQUEST_QUESTIONS_LABEL, question);
    type_into(
        &mut h,
        texts::window::VT_REQUEST_OWN_OBSERVATIONS_LABEL,
        "Zoë kwam op 3, 10 en 17 november niet naar de afspraak; moeder belde niet af.",
    );
    h.get_by_label(texts::window::VT_REQUEST_SAVE_BUTTON)
        .click();
    h.run();
    let d = open_dossier(&h);
    assert_eq!(
        d.info_requests.len(),
        1,
        "{:?}",
        h.state().app.state.message
    );
    let r = &d.info_requests[0];
    assert_eq!(r.questions, question);
    assert!(r.asked_by.contains("VT-2026-4411"));
    assert_eq!(r.received_on, t0().date_naive());

    h.get_by_label(texts::window::VT_REQUEST_EXPORT_BUTTON)
        .click();
    h.run();
    let name = h
        .get_by_label(texts::window::EXPORT_FILE_LABEL)
        .value()
        .expect("a default file name");
    assert!(
        name.ends_with(&format!("{}_vt-antwoord_2026-11-23.pdf", d.reference)),
        "{name}"
    );
    assert!(!name.contains("Zoë") && !name.contains("Ünal"), "{name}");
    let out = dir.path().join("antwoord.pdf");
    replace_in(
        &mut h,
        texts::window::EXPORT_FILE_LABEL,
        &out.display().to_string(),
    );
    h.get_by_label(texts::window::EXPORT_START_BUTTON).click();
    h.run();
    let refused = h.state().app.state.message.clone().expect("a message");
    assert!(
        refused.error && refused.text == texts::messages::EXPORT_NOT_READY,
        "{refused:?}"
    );
    assert!(
        !out.exists(),
        "nothing written while the answer is incomplete"
    );

    h.get_by_label(texts::window::VT_REQUEST_EDIT_BUTTON)
        .click();
    h.run();
    type_into(
        &mut h,
        texts::window::VT_REQUEST_CONSENT_NOTE_LABEL,
        "Veilig Thuis vroeg het gezin nog niet in te lichten.",
    );
    h.get_by_label(texts::window::VT_REQUEST_SAVE_BUTTON)
        .click();
    h.run();
    assert!(
        open_dossier(&h).info_requests[0]
            .consent_note
            .contains("nog niet in te lichten")
    );
    h.get_by_label(texts::window::EXPORT_START_BUTTON).click();
    h.step();
    assert!(
        h.state().app.state.exports.busy() || h.state().app.state.exports.done.len() == 1,
        "the export runs on the worker: {:?}",
        h.state().app.state.message
    );
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(1));
    h.run();
    assert!(out.exists(), "{:?}", h.state().app.state.message);
    assert!(!h.state().app.state.exports.busy());

    let text = std::process::Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout).replace('\n', " ");
    assert!(
        text.contains("Hoe vaak was Zoë sinds september afwezig"),
        "{text}"
    );

    let id = d.id;
    let entries = h.state_mut().app.audit_entries(Some(id));
    assert!(
        entries
            .iter()
            .any(|e| e.action == meldcode::storage::AuditAction::Export
                && e.detail.contains("vt-antwoord pdf")),
        "export in the audit log: {entries:?}"
    );
}

#[test]
fn letter_to_parents_follows_a_sent_melding_and_is_checked_for_jargon() {
    let (_secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    let mut gui = Gui::new(app);
    assert!(gui.show_more_demo_screen("brief"));
    let d = gui.app.state.dossiers[0].clone();
    assert!(d.melding.sent.is_some(), "{:?}", gui.app.state.message);
    let mut h = harness_gui(gui);
    h.run();
    assert!(
        h.query_by_label(texts::window::LETTER_TO_PARENTS_JARGON_NONE)
            .is_some(),
        "the letter is shown and has no jargon"
    );
    assert!(h.query_all_by_label_contains("klacht").count() >= 1);
    assert!(h.query_all_by_label_contains("inzage").count() >= 1);
}

#[test]
fn export_is_signed_with_the_vaults_certificate_and_shows_its_status() {
    use meldcode::export::sign::{KeyAlgorithm, NewCertificate, SigningIdentity, VAULT_SECRET};
    use meldcode::storage::{KdfParams, OpenOptions, Vault};

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.meldcode");
    let pass = "lamp-kikker-drempel-wolk";
    let profile = meldcode::domain::Profile {
        user: meldcode::domain::Actor::new("Çağla Ünal-de Wít", "intern begeleider"),
        organisation: meldcode::domain::Organisation {
            name: "Obs Bjørn".to_owned(),
            place: "IJsselmonde".to_owned(),
            eindverantwoordelijke: meldcode::domain::Actor::new("Renée Ångström", "directeur"),
            ..Default::default()
        },
    };
    {
        let opts = OpenOptions {
            actor: profile.user.clone(),
            ..OpenOptions::default()
        };
        let mut vault =
            Vault::create_with_kdf(&path, pass, &profile, &opts, KdfParams::INSECURE_TEST)
                .expect("vault");
        let identity = SigningIdentity::create_self_signed(&NewCertificate {
            name: "Çağla Ünal-de Wít".to_owned(),
            function: "intern begeleider".to_owned(),
            organisation: "Obs Bjørn".to_owned(),
            email: "c.unal@example.org".to_owned(),
            algorithm: KeyAlgorithm::EcdsaP256,
            not_before: t0() - chrono::Duration::days(1),
            valid_days: 365,
        })
        .expect("certificate");
        let stored = identity.to_store_bytes().expect("store bytes");
        vault.put_secret(VAULT_SECRET, &stored).expect("stored");
    }
    let (_secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    app.handle(Command::Op(Op::OpenVault(
        crate::app_support::open_request(&path, pass),
    )))
    .expect("vault opened");
    assert!(app.state.exports.has_certificate);
    let mut h = harness_with(app);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    h.get_by_label(&format!("{}\u{2026}", texts::window::EXPORT_KIND_DOSSIER))
        .click();
    h.run();
    assert!(
        h.query_by_label(texts::window::EXPORT_SIGN_OPTION)
            .is_some()
    );
    let out = dir.path().join("dossier.pdf");
    replace_in(
        &mut h,
        texts::window::EXPORT_FILE_LABEL,
        &out.display().to_string(),
    );
    h.get_by_label(texts::window::EXPORT_START_BUTTON).click();
    h.step();
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(2));
    h.run();
    let done = h.state().app.state.exports.done.clone();
    assert_eq!(done.len(), 1, "{:?}", h.state().app.state.message);
    assert_eq!(
        done[0].signature,
        meldcode::app::SignatureStatus::Valid {
            signer: "Çağla Ünal-de Wít".to_owned(),
            self_signed: true
        }
    );
    assert!(
        h.query_all_by_label_contains(texts::messages::SIGNATURE_STATUS_VALID_BY)
            .count()
            >= 1
    );
    let pdfsig = std::process::Command::new("pdfsig")
        .arg(&out)
        .output()
        .expect("pdfsig runs");
    let report = String::from_utf8_lossy(&pdfsig.stdout);
    assert!(report.contains("Signature is Valid"), "{report}");

    let id = h.state().app.state.open_dossier().expect("open").id;
    let entries = h.state_mut().app.audit_entries(Some(id));
    for action in [
        meldcode::storage::AuditAction::Export,
        meldcode::storage::AuditAction::Sign,
    ] {
        assert!(
            entries.iter().any(|e| e.action == action),
            "{action:?} in the audit log"
        );
    }
}

#[test]
fn overdue_agreement_of_an_unopened_vault_dossier_shows_in_the_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("school.meldcode");
    let pass = "lantaarn-oever-kiezel-mos";
    let profile = meldcode::domain::example::profile();
    {
        let mut vault = meldcode::storage::Vault::create_with_kdf(
            &path,
            pass,
            &profile,
            &meldcode::storage::OpenOptions {
                actor: profile.user.clone(),
                ..meldcode::storage::OpenOptions::default()
            },
            meldcode::storage::KdfParams::INSECURE_TEST,
        )
        .expect("vault");
        let mut d = vault
            .create_dossier("basisonderwijs", t0())
            .expect("dossier");
        d.apply(
            Change::AddAfspraak {
                afspraak: meldcode::domain::Afspraak {
                    id: 1,
                    who: "Bjørn de Wít".to_owned(),
                    what: "Zoë elke ochtend om 8.30 uur naar school brengen".to_owned(),
                    due: t0().date_naive() - chrono::Duration::days(2),
                    check: "Leerkracht noteert de tijd van binnenkomst".to_owned(),
                    status: AfspraakStatus::Lopend,
                    checked_on: None,
                },
            },
            &profile.user,
            t0(),
        )
        .expect("afspraak");
        vault.save_dossier(&d).expect("saved");
    }

    let (_secs, clock) = clock(t0());
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.set_clock(clock);
    app.handle(Command::Op(Op::OpenVault(
        crate::app_support::open_request(&path, pass),
    )))
    .expect("vault opened");
    assert!(
        app.state.dossiers.is_empty(),
        "the list must not need the dossiers themselves"
    );
    let mut h = harness_with(app);
    let badge = format!("1 {}", texts::window::DOSSIER_LIST_AFSPRAAK_OVERDUE);
    h.get_by_label(&badge).click();
    h.run();
    assert!(matches!(
        h.state().app.state.screen,
        Screen::Dossier {
            step: Step::Beslissen,
            ..
        }
    ));
    assert!(
        h.query_by_label(texts::window::AFSPRAAK_STATUS_OVERDUE)
            .is_some()
    );
}
