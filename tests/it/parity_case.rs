//! #25: one invented case, written once as data ([`CASE`]), is built twice in two vaults made
//! from scratch: through the window (the real GUI under kittest: the wizard, the
//! Organisatie page, the Betrokkenen panel, the signal field, the consultation and the
//! conversation by their widgets; the step forms, the afwegingskader, the decision and the
//! follow-up by the commands their widgets send to the window's handler) and through the
//! command line. The two dossiers are equal apart from timestamps; the audit logs have the
//! same create/change/export entries in the same order and the same read and open entries
//! per dossier; the melding package, the consultation summary and the answer to Veilig Thuis
//! have the same text.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::{
    App, Command, DocumentKind, ExportCommand, FollowupCommand, FormSets, Format, Nav, Op,
    WindowPrefs,
};
use meldcode::domain::{ConsultationKind, InfoRequest, PersonRole, Step, Tri, Value};
use meldcode::gui::Gui;
use meldcode::storage::{AuditAction, OpenOptions, Vault};
use meldcode::texts;
use meldcode::texts::window as t;

const PASS: &str = "paard-batterij-nietje-correct";
const USER: (&str, &str) = ("Ilse Ĳzerman", "intern begeleider");
const ORG: &str = "Obs Het Kompas";

/// A person of the case: role, first name, tussenvoegsel, family name, birth date, gezag,
/// address, postcode and place.
type P = (
    PersonRole,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static str,
);

/// The case, once.
struct Case {
    title: &'static str,
    persons: &'static [P],
    signals: &'static [&'static str],
    /// Step 1 answers.
    stap1: &'static [(&'static str, F)],
    /// Collegial consultation: with whom, question, outcome.
    consultation: (&'static str, &'static str, &'static str),
    /// Conversation: said, reaction.
    conversation: (&'static str, &'static str),
    stap3: &'static [(&'static str, F)],
    /// Afwegingskader: question, answer, motivation.
    afweging: &'static [(&'static str, Tri, &'static str)],
    stap4: &'static [(&'static str, F)],
    /// Decision: melden, hulp, motivation, and the Veilig Thuis employee it was taken with
    /// (today).
    decision: (bool, bool, &'static str, &'static str),
    stap5: &'static [(&'static str, F)],
    melding: &'static [(&'static str, F)],
    /// Veilig Thuis request: asked by, questions, own observations, consent, note.
    vt: (&'static str, &'static str, &'static str, bool, &'static str),
    /// Agreement: who, what, check (due today, then kept).
    afspraak: (&'static str, &'static str, &'static str),
    close: &'static str,
}

/// A form answer, written once for both front ends.
#[derive(Clone, Copy)]
enum F {
    Text(&'static str),
    Tri(Tri),
    Choice(&'static str),
    Multi(&'static str),
    Today,
    TodayAt(&'static str),
}

const CASE: Case = Case {
    title: "Groep 4, letsel en verzuim",
    persons: &[
        (
            PersonRole::Kind,
            "Zoë",
            "de",
            "Wít",
            "14-03-2018",
            false,
            "Ĳsselstraat 1",
            "8011 AB Zwolle",
        ),
        (PersonRole::Moeder, "Çağla", "", "Ünal", "", true, "", ""),
    ],
    signals: &[
        "Vandaag om 8.40 uur zag ik een blauwe plek van 3 bij 4 cm op de linker bovenarm van Zoë.",
        "In de afgelopen vier weken was Zoë 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding.",
    ],
    stap1: &[
        ("kindcheck_uitgevoerd", F::Tri(Tri::Nee)),
        ("vermoede_vormen", F::Multi("lichamelijk")),
    ],
    consultation: (
        "Joost Öztürk, aandachtsfunctionaris",
        "Zijn de signalen genoeg voor een gesprek met moeder?",
        "Afgesproken: de intern begeleider voert het gesprek met moeder.",
    ),
    conversation: (
        "Ik vertelde moeder wat ik zag en vroeg hoe het thuis gaat.",
        "Moeder zei: \"Ze is van de trap gevallen.\"",
    ),
    stap3: &[("gesprek_gevoerd", F::Tri(Tri::Ja))],
    afweging: &[
        (
            "afweging_1",
            Tri::Ja,
            "Moeder zei dat Zoë van de trap viel; volgens de aandachtsfunctionaris past dat niet bij de plaats van het letsel.",
        ),
        (
            "afweging_2",
            Tri::Ja,
            "In vier weken 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding.",
        ),
    ],
    stap4: &[
        ("soort_onveiligheid", F::Multi("structureel")),
        (
            "onveiligheid_onderbouwing",
            F::Text("Zie de signalen van stap 1 en het gesprek van stap 3."),
        ),
        (
            "besproken_met",
            F::Text("Joost Öztürk, aandachtsfunctionaris"),
        ),
        ("besluit_datum", F::Today),
        ("naar_stap5", F::Tri(Tri::Ja)),
        ("besluit_motivatie", F::Text("Zie het afwegingskader.")),
    ],
    decision: (
        true,
        false,
        "Zie het afwegingskader. Moeder zei op school dat zij geen hulp van school wil.",
        "Anouk Smit",
    ),
    stap5: &[
        (
            "besluit_overleg",
            F::Text("Joost Öztürk, aandachtsfunctionaris"),
        ),
        ("betrokkenen_geinformeerd", F::Tri(Tri::Ja)),
    ],
    melding: &[
        ("vt_gebeld", F::Tri(Tri::Ja)),
        ("vt_gebeld_op", F::TodayAt("09:30")),
        ("vt_medewerker", F::Text("Anouk Smit")),
        ("kanaal", F::Choice("zivver")),
        ("melder_telefoon", F::Text("038-1234567")),
        ("melder_bereikbaar", F::Text("ma-vr 8-16 uur")),
        ("vormen", F::Multi("lichamelijk")),
        ("vastgesteld_of_vermoed", F::Choice("vermoed")),
        ("gezin_geinformeerd", F::Tri(Tri::Ja)),
        ("anoniem_verzoek", F::Tri(Tri::Nee)),
        ("acuut_gevaar", F::Tri(Tri::Nee)),
    ],
    vt: (
        "Anouk Smit",
        "Hoe vaak was Zoë afwezig, en wat zag u zelf?",
        "In vier weken 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding.",
        true,
        "Moeder gaf toestemming in het gesprek.",
    ),
    afspraak: (
        "Moeder",
        "Meldt Zoë ziek voor 8.30 uur.",
        "De leerkracht kijkt elke ochtend de absenties na.",
    ),
    close: "Veilig Thuis heeft de zorg overgenomen.",
};

/// The organisation profile both front ends set: label on the Organisatie page, `org set`
/// key, value.
const PROFILE: &[(&str, &str, &str)] = &[
    ("Plaats", "plaats", "Zwolle"),
    (
        "Eindverantwoordelijke voor de beslissing om wel of geen melding te doen: naam *",
        "eindverantwoordelijke",
        "Renée Ångström",
    ),
    (
        "Eindverantwoordelijke: functie *",
        "eindverantwoordelijke-functie",
        "directeur",
    ),
    (
        "Aandachtsfunctionaris huiselijk geweld en kindermishandeling: naam *",
        "aandachtsfunctionaris",
        "Joost Öztürk",
    ),
    ("Bewaartermijn (jaren)", "bewaartermijn", "20"),
    (
        "Klachtenregeling",
        "klachtenregeling",
        "Klachten gaan naar de directeur en daarna naar de landelijke klachtencommissie.",
    ),
];

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn value(f: F) -> Value {
    match f {
        F::Text(s) => Value::Text(s.to_owned()),
        F::Tri(t) => Value::Tri(t),
        F::Choice(c) => Value::Choice(c.to_owned()),
        F::Multi(m) => Value::Multi(m.split(',').map(str::to_owned).collect()),
        F::Today => Value::Date(today()),
        F::TodayAt(hm) => Value::DateTime(
            today().and_time(chrono::NaiveTime::parse_from_str(hm, "%H:%M").unwrap()),
        ),
    }
}

/// The same answer as the command line takes it.
fn cli_value(f: F) -> String {
    match f {
        F::Text(s) | F::Choice(s) | F::Multi(s) => s.to_owned(),
        F::Tri(Tri::Ja) => "ja".to_owned(),
        F::Tri(Tri::Nee) => "nee".to_owned(),
        F::Tri(Tri::WeetNiet) => "weet-niet".to_owned(),
        F::Today => "vandaag".to_owned(),
        F::TodayAt(hm) => format!("vandaag {hm}"),
    }
}

fn tri_word(b: bool) -> &'static str {
    if b { "ja" } else { "nee" }
}

// ---- the command line ----

fn cli(vault: &Path, args: &[String]) -> String {
    let out = Process::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .arg("--vault")
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `args` as owned strings, with `--dossier 1` after the subcommand words.
fn on_dossier(words: &[&str], rest: &[&str]) -> Vec<String> {
    words
        .iter()
        .chain(["--dossier", "1"].iter())
        .chain(rest.iter())
        .map(|s| (*s).to_owned())
        .collect()
}

fn cli_fields(vault: &Path, step: &str, fields: &[(&str, F)]) {
    let mut args = on_dossier(&["step", "set"], &["--step", step]);
    for (key, f) in fields {
        args.push("--field".to_owned());
        args.push(format!("{key}={}", cli_value(*f)));
    }
    cli(vault, &args);
}

#[allow(clippy::too_many_lines)]
fn build_on_the_command_line(dir: &Path) -> PathBuf {
    let v = dir.join("cli.meldcode");
    let init = Process::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["vault", "init", "--name", USER.0, "--function", USER.1])
        .args(["--organisation", ORG, "--sector", "basisonderwijs"])
        .arg(&v)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let mut org = vec!["org".to_owned(), "set".to_owned()];
    for (_, key, value) in PROFILE {
        org.push("--field".to_owned());
        org.push(format!("{key}={value}"));
    }
    org.extend(["--field".to_owned(), "beveiligde-mail=zivver".to_owned()]);
    cli(&v, &org);
    // The dossier with its subject, then the subject's address, then the others: as the
    // window does it.
    let (subject, others) = CASE.persons.split_first().expect("a subject");
    let (role, first, tussen, last, birth, _, address, place) = *subject;
    let role = serde_json::to_value(role).unwrap();
    cli(
        &v,
        &[
            "dossier",
            "create",
            "--title",
            CASE.title,
            "--subject-role",
            role.as_str().unwrap(),
            "--subject-first-name",
            first,
            "--subject-tussenvoegsel",
            tussen,
            "--subject-last-name",
            last,
            "--subject-birth-date",
            birth,
        ]
        .map(str::to_owned),
    );
    cli(
        &v,
        &on_dossier(
            &["person", "edit"],
            &[
                "--person",
                "1",
                "--address",
                address,
                "--postcode-place",
                place,
            ],
        ),
    );
    for (role, first, tussen, last, birth, gezag, address, place) in others {
        let role = serde_json::to_value(role).unwrap();
        let mut rest = vec![
            "--role",
            role.as_str().unwrap(),
            "--first-name",
            first,
            "--last-name",
            last,
        ];
        if !tussen.is_empty() {
            rest.extend(["--tussenvoegsel", tussen]);
        }
        if !birth.is_empty() {
            rest.extend(["--birth-date", birth]);
        }
        if *gezag {
            rest.extend(["--gezag", "ja"]);
        }
        if !address.is_empty() {
            rest.extend(["--address", address, "--postcode-place", place]);
        }
        cli(&v, &on_dossier(&["person", "add"], &rest));
    }
    for s in CASE.signals {
        cli(&v, &on_dossier(&["signal", "add"], &["--text", s]));
    }
    cli_fields(&v, "1", CASE.stap1);
    cli(&v, &on_dossier(&["step", "complete"], &["--step", "1"]));
    let (with, question, outcome) = CASE.consultation;
    cli(
        &v,
        &on_dossier(
            &["consultation", "add"],
            &[
                "--on",
                "vandaag",
                "--kind",
                "collegiaal",
                "--with",
                with,
                "--question",
                question,
                "--outcome",
                outcome,
            ],
        ),
    );
    cli(&v, &on_dossier(&["step", "complete"], &["--step", "2"]));
    let (said, reaction) = CASE.conversation;
    cli(
        &v,
        &on_dossier(
            &["conversation", "add"],
            &["--on", "vandaag", "--said", said, "--reaction", reaction],
        ),
    );
    cli_fields(&v, "3", CASE.stap3);
    cli(&v, &on_dossier(&["step", "complete"], &["--step", "3"]));
    for (q, answer, motivation) in CASE.afweging {
        let answer = if *answer == Tri::Ja { "ja" } else { "nee" };
        cli(
            &v,
            &on_dossier(
                &["afweging", "answer"],
                &[
                    "--question",
                    q,
                    "--answer",
                    answer,
                    "--motivation",
                    motivation,
                ],
            ),
        );
    }
    cli_fields(&v, "4", CASE.stap4);
    cli(&v, &on_dossier(&["step", "complete"], &["--step", "4"]));
    let (melden, hulp, motivation, vt) = CASE.decision;
    cli(
        &v,
        &on_dossier(
            &["decide"],
            &[
                "--melden",
                tri_word(melden),
                "--hulp",
                tri_word(hulp),
                "--motivation",
                motivation,
                "--samen-met-vt",
                vt,
            ],
        ),
    );
    cli_fields(&v, "5", CASE.stap5);
    cli(&v, &on_dossier(&["step", "complete"], &["--step", "5"]));
    cli_fields(&v, "melding", CASE.melding);
    let out = dir.join("cli-out");
    let pkg = out.join("pakket");
    cli(
        &v,
        &on_dossier(&["mail"], &["--out", pkg.to_str().unwrap()]),
    );
    let summary = out.join("consultatie.pdf");
    cli(
        &v,
        &on_dossier(
            &["export"],
            &["--kind", "consultatie", "--out", summary.to_str().unwrap()],
        ),
    );
    let (asked_by, questions, own, consent, note) = CASE.vt;
    cli(
        &v,
        &on_dossier(
            &["vt-request", "add"],
            &[
                "--received",
                "vandaag",
                "--asked-by",
                asked_by,
                "--questions",
                questions,
            ],
        ),
    );
    cli(
        &v,
        &on_dossier(
            &["vt-request", "answer"],
            &[
                "--request",
                "1",
                "--own",
                own,
                "--consent",
                tri_word(consent),
                "--consent-note",
                note,
            ],
        ),
    );
    let answer = out.join("vt-antwoord.pdf");
    cli(
        &v,
        &on_dossier(
            &["export"],
            &["--kind", "vt-antwoord", "--out", answer.to_str().unwrap()],
        ),
    );
    let (who, what, check) = CASE.afspraak;
    cli(
        &v,
        &on_dossier(
            &["afspraak", "add"],
            &[
                "--who", who, "--what", what, "--due", "vandaag", "--check", check,
            ],
        ),
    );
    cli(&v, &on_dossier(&["afspraak", "kept"], &["--afspraak", "1"]));
    cli(&v, &on_dossier(&["close"], &["--reason", CASE.close]));
    v
}

// ---- the window ----

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

/// Sends what a widget sends, to the window's own handler, and shows the result.
fn send(h: &mut Harness<'_, Gui>, command: Command) {
    let result = h.state_mut().app.handle(command);
    h.state_mut().app.flush_due(std::time::Instant::now(), true);
    assert!(result.is_ok(), "{:?}", result.err().map(|e| e.message()));
    h.run();
}

fn step(h: &mut Harness<'_, Gui>, step: Step) {
    send(h, Command::Nav(Nav::SelectStep(step)));
}

fn window_fields(h: &mut Harness<'_, Gui>, step: Step, fields: &[(&str, F)]) {
    for (key, f) in fields {
        send(
            h,
            Command::Op(Op::EditField {
                step,
                field: (*key).to_owned(),
                value: Some(value(*f)),
            }),
        );
    }
}

fn export(h: &mut Harness<'_, Gui>, command: ExportCommand) {
    send(h, Command::Op(Op::Export(command)));
    h.state_mut()
        .wait_for_export(std::time::Duration::from_mins(2));
    h.run();
    let message = h.state().app.state.message.clone();
    assert!(message.as_ref().is_some_and(|m| !m.error), "{message:?}");
}

#[allow(clippy::too_many_lines)]
fn build_in_the_window(dir: &Path) -> PathBuf {
    let path = dir.join("venster.meldcode");
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.kdf = Some(meldcode::storage::KdfParams::INSECURE_TEST);
    let mut h = Harness::builder()
        .with_size([1400.0, 3600.0])
        .build_ui_state(|ui, g: &mut Gui| g.frame_ui(ui), Gui::new(app));

    click(&mut h, t::COMMAND_WIZARD);
    type_into(
        &mut h,
        t::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(&mut h, t::PASSPHRASE_LABEL, PASS);
    type_into(&mut h, t::PASSPHRASE_AGAIN_LABEL, PASS);
    type_into(&mut h, t::WIZARD_YOUR_NAME_LABEL, USER.0);
    type_into(&mut h, t::WIZARD_YOUR_FUNCTION_LABEL, USER.1);
    type_into(&mut h, t::WIZARD_ORGANISATION_NAME_LABEL, ORG);
    click(&mut h, t::SECTOR_PRIMARY_EDUCATION);
    click(&mut h, t::WIZARD_CREATE_VAULT_BUTTON);
    for (label, _, value) in PROFILE {
        type_into(&mut h, label, value);
    }
    click(&mut h, "Zivver");
    h.state_mut().app.flush_due(std::time::Instant::now(), true);

    // "Nieuw dossier" asks the title and who the dossier is about (the first person);
    // their address is added in the Betrokkenen panel, then the others.
    let (subject, others) = CASE.persons.split_first().expect("a subject");
    let (role, first, tussen, last, birth, _, address, place) = *subject;
    assert!(role == PersonRole::Kind, "the form starts on the role kind");
    click(&mut h, t::COMMAND_NEW_DOSSIER);
    h.get_by_label(texts::window::NEW_DOSSIER_TITLE_LABEL)
        .set_text_value_accesskit(CASE.title);
    h.run();
    type_into(&mut h, t::PERSON_FIRST_NAMES_LABEL, first);
    type_into(&mut h, t::PERSON_TUSSENVOEGSEL_LABEL, tussen);
    type_into(&mut h, t::PERSON_FAMILY_NAME_LABEL, last);
    type_into(&mut h, t::PERSON_BIRTH_DATE_INPUT_LABEL, birth);
    click(&mut h, texts::window::NEW_DOSSIER_CREATE_BUTTON);
    click(&mut h, &format!("{} (1)", texts::common::PERSONS_HEADING));
    click(&mut h, t::PERSON_EDIT_BUTTON);
    type_into(&mut h, texts::common::PERSON_ADDRESS_LABEL, address);
    type_into(&mut h, t::PERSON_POSTCODE_AND_PLACE_LABEL, place);
    click(&mut h, t::PERSON_SAVE_BUTTON);
    for (role, first, tussen, last, birth, gezag, address, place) in others {
        click(&mut h, t::PERSON_ADD_BUTTON);
        if *role != PersonRole::Kind {
            h.get_all_by_label(texts::common::PERSON_ROLE_LABEL)
                .last()
                .expect("role picker")
                .click();
            h.run();
            click(&mut h, role.label());
        }
        type_into(&mut h, t::PERSON_FIRST_NAMES_LABEL, first);
        type_into(&mut h, t::PERSON_TUSSENVOEGSEL_LABEL, tussen);
        type_into(&mut h, t::PERSON_FAMILY_NAME_LABEL, last);
        if !birth.is_empty() {
            type_into(&mut h, t::PERSON_BIRTH_DATE_INPUT_LABEL, birth);
        }
        if *gezag {
            click(&mut h, texts::common::ANSWER_YES_LOWERCASE);
        }
        if !address.is_empty() {
            type_into(&mut h, texts::common::PERSON_ADDRESS_LABEL, address);
            type_into(&mut h, t::PERSON_POSTCODE_AND_PLACE_LABEL, place);
        }
        click(&mut h, t::PERSON_SAVE_BUTTON);
    }
    for s in CASE.signals {
        type_into(&mut h, t::SIGNAL_TEXT_LABEL, s);
        click(&mut h, t::SIGNAL_ADD_BUTTON);
    }
    window_fields(&mut h, Step::Signaleren, CASE.stap1);
    send(&mut h, Command::Op(Op::CompleteStep(Step::Signaleren)));

    step(&mut h, Step::Consulteren);
    let (with, question, outcome) = CASE.consultation;
    type_into(&mut h, t::CONSULTATION_WITH_LABEL, with);
    type_into(&mut h, t::CONSULTATION_QUESTION_LABEL, question);
    type_into(&mut h, t::CONSULTATION_OUTCOME_LABEL, outcome);
    click(&mut h, ConsultationKind::Collegiaal.label());
    click(&mut h, t::CONSULTATION_SAVE_BUTTON);
    send(&mut h, Command::Op(Op::CompleteStep(Step::Consulteren)));

    step(&mut h, Step::Gesprek);
    let (said, reaction) = CASE.conversation;
    type_into(&mut h, t::CONVERSATION_SAID_LABEL, said);
    type_into(&mut h, t::CONVERSATION_FAMILY_REACTION_LABEL, reaction);
    click(&mut h, t::CONVERSATION_RECORD_BUTTON);
    window_fields(&mut h, Step::Gesprek, CASE.stap3);
    send(&mut h, Command::Op(Op::CompleteStep(Step::Gesprek)));

    step(&mut h, Step::Wegen);
    for (q, answer, motivation) in CASE.afweging {
        send(
            &mut h,
            Command::Op(Op::AnswerAfweging {
                question: (*q).to_owned(),
                answer: *answer,
                motivation: (*motivation).to_owned(),
                samen_met_vt: None,
            }),
        );
    }
    window_fields(&mut h, Step::Wegen, CASE.stap4);
    send(&mut h, Command::Op(Op::CompleteStep(Step::Wegen)));

    step(&mut h, Step::Beslissen);
    let (melden, hulp, motivation, vt) = CASE.decision;
    send(
        &mut h,
        Command::Op(Op::Decide {
            melden,
            hulp,
            motivation: motivation.to_owned(),
            account: meldcode::ops::dossier::DecisionAccountInput {
                samen_met_vt: Some(meldcode::domain::VtSamen {
                    with_whom: vt.to_owned(),
                    on: today(),
                }),
                meldnorm_afwijking: String::new(),
            },
        }),
    );
    window_fields(&mut h, Step::Beslissen, CASE.stap5);
    send(&mut h, Command::Op(Op::CompleteStep(Step::Beslissen)));
    for (key, f) in CASE.melding {
        send(
            &mut h,
            Command::Op(Op::Followup(FollowupCommand::SetMeldingField {
                field: (*key).to_owned(),
                value: Some(value(*f)),
            })),
        );
    }
    let id = h.state().app.state.open_dossier().expect("open").id;
    let out = dir.join("venster-out");
    export(
        &mut h,
        ExportCommand::Package {
            dossier: id,
            dir: out.join("pakket"),
            sign: false,
            open_mail: false,
        },
    );
    export(
        &mut h,
        ExportCommand::Write {
            kind: DocumentKind::Consultatie,
            request: None,
            dossier: Some(id),
            format: Format::Pdf,
            path: out.join("consultatie.pdf"),
            sign: false,
            open_after: false,
        },
    );
    let (asked_by, questions, own, consent, note) = CASE.vt;
    let mut request = InfoRequest {
        id: 0,
        received_on: today(),
        asked_by: asked_by.to_owned(),
        questions: questions.to_owned(),
        own_observations: String::new(),
        from_others: String::new(),
        consent: None,
        consent_note: String::new(),
        answered_on: None,
    };
    send(
        &mut h,
        Command::Op(Op::Followup(FollowupCommand::SetInfoRequest(
            request.clone(),
        ))),
    );
    request.id = 1;
    request.own_observations = own.to_owned();
    request.consent = Some(consent);
    request.consent_note = note.to_owned();
    request.answered_on = Some(today());
    send(
        &mut h,
        Command::Op(Op::Followup(FollowupCommand::SetInfoRequest(request))),
    );
    export(
        &mut h,
        ExportCommand::Write {
            kind: DocumentKind::VtAntwoord,
            request: Some(1),
            dossier: Some(id),
            format: Format::Pdf,
            path: out.join("vt-antwoord.pdf"),
            sign: false,
            open_after: false,
        },
    );
    let (who, what, check) = CASE.afspraak;
    send(
        &mut h,
        Command::Op(Op::Followup(FollowupCommand::AddAfspraak {
            who: who.to_owned(),
            what: what.to_owned(),
            due: today(),
            check: check.to_owned(),
        })),
    );
    send(
        &mut h,
        Command::Op(Op::Followup(FollowupCommand::AfspraakKept(1))),
    );
    scan_window(&mut h);
    send(&mut h, Command::Op(Op::CloseDossier(CASE.close.to_owned())));
    path
}

/// Every text of the window on the screens of this case: the five steps with every folded
/// part unfolded, the export dialog, the list, the Organisatie page and the settings.
fn window_texts(h: &mut Harness<'_, Gui>) -> Vec<String> {
    fn collect(h: &Harness<'_, Gui>, out: &mut Vec<String>) {
        for node in h.root().children_recursive() {
            let n = node.accesskit_node();
            out.extend(n.label());
            out.extend(n.value());
            out.extend(n.description());
        }
    }
    fn unfold_all(h: &mut Harness<'_, Gui>) {
        for _ in 0..40 {
            let folded = h
                .root()
                .children_recursive()
                .find(|n| n.accesskit_node().data().is_expanded() == Some(false));
            let Some(folded) = folded else { break };
            folded.click();
            h.run();
        }
    }
    let id = h
        .state()
        .app
        .state
        .open_dossier()
        .expect("the case is open")
        .id;
    let mut out = Vec::new();
    for s in Step::ALL {
        step(h, s);
        unfold_all(h);
        collect(h, &mut out);
    }
    click(
        h,
        &format!("{}\u{2026}", texts::window::EXPORT_KIND_DOSSIER),
    );
    collect(h, &mut out);
    for screen in [Nav::ShowList, Nav::ShowOrganisation, Nav::ShowSettings] {
        send(h, Command::Nav(screen));
        unfold_all(h);
        collect(h, &mut out);
    }
    send(h, Command::Nav(Nav::OpenDossier(id)));
    out
}

/// #20: no internal identifier in any window text of the case.
fn scan_window(h: &mut Harness<'_, Gui>) {
    let texts = window_texts(h);
    assert!(texts.len() > 300, "the screens were read: {}", texts.len());
    let rules = rule_ids();
    for text in &texts {
        if let Some(word) = internal_identifier(text, &rules) {
            panic!("window text {text:?}: internal identifier `{word}`");
        }
    }
}

/// The ids of the writing check's rules.
fn rule_ids() -> Vec<String> {
    meldcode::lint::Linter::bundled()
        .unwrap()
        .rules()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// The first word of `text` that is an internal identifier: a snake_case field key, a
/// "stapN", a rule id of the writing check, or "seed".
fn internal_identifier<'t>(text: &'t str, rules: &[String]) -> Option<&'t str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .find(|word| {
            let key_like = word.contains('_')
                && word
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            let step_key = word.len() > 4
                && word.starts_with("stap")
                && word[4..].chars().all(|c| c.is_ascii_digit());
            key_like
                || step_key
                || word.eq_ignore_ascii_case("seed")
                || rules.iter().any(|r| r == word)
        })
}

// ---- the comparison ----

/// Timestamps differ between two runs; everything else must not.
const TIME_KEYS: &[&str] = &[
    "at",
    "recorded_at",
    "created_at",
    "replaced_at",
    "marked_at",
];

fn without_times(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            for key in TIME_KEYS {
                m.remove(*key);
            }
            m.values_mut().for_each(without_times);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(without_times),
        _ => {}
    }
}

/// Where two JSON values first differ, as a path with both sides.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).find_map(|k| {
            first_difference(
                x.get(k).unwrap_or(&Value::Null),
                y.get(k).unwrap_or(&Value::Null),
                &format!("{path}.{k}"),
            )
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path}:\n  window: {a}\n  cli:    {b}")),
    }
}

fn dossier_json(vault: &Path) -> serde_json::Value {
    let mut v: serde_json::Value =
        serde_json::from_str(&cli(vault, &on_dossier(&["dossier", "show"], &[]))).unwrap();
    without_times(&mut v);
    v
}

type Entry = (AuditAction, Option<u64>, String, String);

/// The audit log: create/change/export/sign entries in order, the others as a sorted list.
fn audit(vault: &Path) -> (Vec<Entry>, Vec<Entry>) {
    let mut v = Vault::open(vault, PASS, &OpenOptions::default()).unwrap();
    let log = v.audit_log(None).unwrap();
    let (mut ordered, mut sets) = (Vec::new(), Vec::new());
    for e in log {
        let entry = (e.action, e.dossier.map(|d| d.0), e.user, e.detail);
        match e.action {
            AuditAction::Create | AuditAction::Change | AuditAction::Export | AuditAction::Sign => {
                ordered.push(entry);
            }
            AuditAction::OpenVault | AuditAction::Read => sets.push(entry),
            _ => {}
        }
    }
    sets.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    sets.dedup();
    (ordered, sets)
}

fn pdf_text(path: &Path) -> String {
    let out = Process::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn the_pdf_in(dir: &Path) -> PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "pdf"))
        .expect("a pdf in the package")
}

#[test]
fn the_same_case_through_the_window_and_the_command_line_gives_the_same_dossier() {
    let dir = tempfile::tempdir().unwrap();
    let window = build_in_the_window(dir.path());
    let cli_vault = build_on_the_command_line(dir.path());

    let (w, c) = (dossier_json(&window), dossier_json(&cli_vault));
    if let Some(d) = first_difference(&w, &c, "dossier") {
        panic!("{d}");
    }

    let (w_ordered, w_sets) = audit(&window);
    let (c_ordered, c_sets) = audit(&cli_vault);
    for (i, (a, b)) in w_ordered.iter().zip(&c_ordered).enumerate() {
        assert_eq!(a, b, "audit entry {i} differs");
    }
    assert_eq!(w_ordered.len(), c_ordered.len());
    assert_eq!(w_sets, c_sets);

    let (w_out, c_out) = (dir.path().join("venster-out"), dir.path().join("cli-out"));
    for (what, a, b) in [
        (
            "meldformulier",
            the_pdf_in(&w_out.join("pakket")),
            the_pdf_in(&c_out.join("pakket")),
        ),
        (
            "consultatie",
            w_out.join("consultatie.pdf"),
            c_out.join("consultatie.pdf"),
        ),
        (
            "vt-antwoord",
            w_out.join("vt-antwoord.pdf"),
            c_out.join("vt-antwoord.pdf"),
        ),
    ] {
        assert_eq!(pdf_text(&a), pdf_text(&b), "{what}");
    }

    // The other documents of the case (exported after the logs were compared).
    let out = &c_out;
    let v = &cli_vault;
    for kind in ["dossier", "inzage", "brief-ouders"] {
        let file = out.join(format!("{kind}.pdf"));
        cli(
            v,
            &on_dossier(
                &["export"],
                &["--kind", kind, "--out", file.to_str().unwrap()],
            ),
        );
    }

    // #20: no internal identifier in any document of the case: no snake_case field key, no
    // "stapN", no rule id of the writing check, no "seed".
    let rules = rule_ids();
    let documents = [
        the_pdf_in(&c_out.join("pakket")),
        c_out.join("consultatie.pdf"),
        c_out.join("vt-antwoord.pdf"),
        c_out.join("dossier.pdf"),
        c_out.join("inzage.pdf"),
        c_out.join("brief-ouders.pdf"),
    ];
    for doc in &documents {
        let out = Process::new("pdftotext")
            .arg(doc)
            .arg("-")
            .output()
            .unwrap();
        // The page text, and every string beside it: information dictionary, outline,
        // alternative texts, field names, XMP metadata.
        let text = format!(
            "{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            crate::export_support::all_pdf_text(&std::fs::read(doc).unwrap())
        );
        if let Some(word) = internal_identifier(&text, &rules) {
            panic!("{}: internal identifier `{word}`", doc.display());
        }
    }
}
