//! Issue 16 on the command line, on cases made from scratch: the reminders of `dossier
//! list` (with "te laat" by the session's date), the bewaartermijn that `vault purge`
//! counts by the organisation's rule, the guidelines ticked with the answer to Veilig Thuis,
//! and the letter to the parents with the signals the user chose.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Datelike as _, Duration, Local, NaiveDate};

use crate::cli_case::{PASS, add_persons, ok, run, scratch_vault, show, with};
use crate::cli_facts::pdf_text;

/// Runs a subcommand on `vault` as if today were `today` (`MELDCODE_TEST_TODAY`).
fn run_on(vault: &Path, today: NaiveDate, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .arg("--vault")
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .env("MELDCODE_TEST_TODAY", today.format("%Y-%m-%d").to_string())
        .output()
        .unwrap()
}

/// [`run_on`] that must succeed; its standard output.
fn ok_on(vault: &Path, today: NaiveDate, args: &[&str]) -> String {
    let out = run_on(vault, today, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `vault purge --yes VAULT` as if today were `today`: its standard output.
fn purge_on(vault: &Path, today: NaiveDate) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["vault", "purge", "--yes"])
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_TEST_TODAY", today.format("%Y-%m-%d").to_string())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The profile fields the dossier document and the letter print.
fn complete_profile(v: &Path) {
    ok(
        v,
        &[
            "org",
            "set",
            "--field",
            "plaats=Zwolle",
            "--field",
            "eindverantwoordelijke-functie=directeur",
            "--field",
            "aandachtsfunctionaris=Joost Öztürk",
            "--field",
            "klachtenregeling=Mail de klachtencommissie: klachten@debjorn.nl.",
            "--field",
            "bewaartermijn=2",
        ],
    );
}

fn dd_mm_yyyy(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

fn years_after(d: NaiveDate, years: i32) -> NaiveDate {
    d.with_year(d.year() + years).unwrap()
}

#[test]
fn dossier_list_shows_what_is_due_and_what_is_late() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    let today = Local::now().date_naive();
    let due = today + Duration::days(10);
    ok(
        &v,
        &with(
            &["melding", "sent"],
            &[
                "--reference",
                "VT-2026-0412",
                "--follow-up",
                "Zoë's mentor belt Veilig Thuis terug.",
                "--follow-up-on",
                &dd_mm_yyyy(due),
            ],
        ),
    );
    let line = ok(&v, &["dossier", "list"]);
    let expected = format!(
        "Vervolg met Veilig Thuis na de melding: {}",
        due.format("%Y-%m-%d")
    );
    assert!(line.contains(&expected), "{line}");
    assert!(!line.contains("te laat"), "{line}");
    // Neutral: nothing of the follow-up's text.
    assert!(!line.contains("mentor"), "{line}");

    let late = due + Duration::days(1);
    let line = ok_on(&v, late, &["dossier", "list"]);
    assert!(line.contains(&format!("{expected} te laat")), "{line}");
    let json: serde_json::Value =
        serde_json::from_str(&ok_on(&v, late, &["dossier", "list", "--format", "json"])).unwrap();
    assert_eq!(json["schema"], 1);
    let r = &json["dossiers"][0]["reminders"][0];
    assert_eq!(r["kind"], "vervolg-melding", "{json}");
    assert_eq!(r["due"], due.format("%Y-%m-%d").to_string());
    assert_eq!(r["overdue"], true);
    assert_eq!(r["label"], "Vervolg met Veilig Thuis na de melding");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&v, &["dossier", "list", "--format", "json"])).unwrap();
    assert_eq!(json["dossiers"][0]["reminders"][0]["overdue"], false);

    // Closed, the follow-up no longer asks for anything.
    ok(&v, &with(&["close"], &["--reason", "Zorg overgedragen."]));
    let json: serde_json::Value =
        serde_json::from_str(&ok_on(&v, late, &["dossier", "list", "--format", "json"])).unwrap();
    assert_eq!(json["dossiers"][0]["reminders"], serde_json::json!([]));
}

#[test]
fn a_school_dossier_expires_two_years_after_closing_and_is_purged() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    complete_profile(&v);
    let closed = Local::now().date_naive();
    // Open: the term has not started, however late it is.
    assert!(
        purge_on(&v, years_after(closed, 30)).contains(meldcode::texts::cli::PURGE_NOTHING_EXPIRED)
    );
    ok(&v, &with(&["close"], &["--reason", "Zoë is van school."]));
    // The last day of the term: still kept.
    let last = years_after(closed, 2);
    assert!(purge_on(&v, last).contains(meldcode::texts::cli::PURGE_NOTHING_EXPIRED));
    assert!(ok(&v, &["dossier", "list"]).contains("MD-"));
    // The day after: deleted.
    let out = purge_on(&v, last + Duration::days(1));
    assert!(out.contains(&meldcode::texts::cli::purge_done(1)), "{out}");
    assert_eq!(ok(&v, &["dossier", "list"]).trim(), "");
}

#[test]
fn a_zorg_dossier_is_kept_20_years_from_its_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("praktijk.meldcode");
    let init = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "vault",
            "init",
            "--name",
            "Çağla Ünal-de Wít",
            "--function",
            "kindertherapeut",
            "--organisation",
            "Praktijk Bjørn",
            "--sector",
            "zorg",
        ])
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
    ok(&v, &["dossier", "create", "--title", "Zoë, zorgen"]);
    complete_profile(&v); // bewaartermijn 2: the WGBO's 20 years apply
    let t0 = Local::now().date_naive();
    ok(
        &v,
        &with(&["close"], &["--reason", "Behandeling afgerond."]),
    );
    // Two years after closing a school's dossier would go; this one stays.
    assert!(purge_on(&v, years_after(t0, 3)).contains(meldcode::texts::cli::PURGE_NOTHING_EXPIRED));
    // A change a year later starts the term again (here: reopened and closed).
    let later = years_after(t0, 1);
    ok_on(
        &v,
        later,
        &with(&["reopen"], &["--reason", "Vraag van moeder."]),
    );
    ok_on(
        &v,
        later,
        &with(&["close"], &["--reason", "Vraag beantwoord."]),
    );
    assert!(
        purge_on(&v, years_after(t0, 20) + Duration::days(1))
            .contains(meldcode::texts::cli::PURGE_NOTHING_EXPIRED)
    );
    assert!(
        purge_on(&v, years_after(later, 20)).contains(meldcode::texts::cli::PURGE_NOTHING_EXPIRED)
    );
    let out = purge_on(&v, years_after(later, 20) + Duration::days(1));
    assert!(out.contains(&meldcode::texts::cli::purge_done(1)), "{out}");
}

#[test]
fn guidelines_ticked_with_the_answer_are_stored_and_printed() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    complete_profile(&v);
    ok(
        &v,
        &with(
            &["vt-request", "add"],
            &[
                "--received",
                "vandaag",
                "--asked-by",
                "Renée Ångström, Veilig Thuis",
                "--questions",
                "Hoe vaak was Zoë afwezig?",
            ],
        ),
    );
    let answer = [
        "--request",
        "1",
        "--own",
        "Zoë was in november 6 van de 20 schooldagen afwezig.",
        "--consent",
        "ja",
    ];
    // A guideline number outside 1–7 is refused and nothing changes.
    let before = show(&v);
    let out = run(
        &v,
        &with(
            &["vt-request", "answer"],
            &[&answer[..], &["--richtlijn", "1,8"]].concat(),
        ),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 tot en met 7"));
    assert_eq!(before, show(&v));

    ok(
        &v,
        &with(
            &["vt-request", "answer"],
            &[&answer[..], &["--richtlijn", "5,1,3"]].concat(),
        ),
    );
    assert_eq!(
        show(&v)["info_request_guidelines"]["1"],
        serde_json::json!([1, 3, 5])
    );
    // Answered again without `--richtlijn`: the ticks stay.
    ok(&v, &with(&["vt-request", "answer"], &answer));
    assert_eq!(
        show(&v)["info_request_guidelines"]["1"],
        serde_json::json!([1, 3, 5])
    );

    let pdf = dir.path().join("dossier.pdf");
    ok(
        &v,
        &with(
            &["export"],
            &["--kind", "dossier", "--out", pdf.to_str().unwrap()],
        ),
    );
    let text = pdf_text(&pdf);
    assert!(
        text.contains("Richtlijnen gevolgd bij het antwoord op het verzoek van"),
        "{text}"
    );
    assert!(text.contains("Renée Ångström, Veilig Thuis"), "{text}");
    assert!(
        text.contains("3. Ik heb gevraagd of het gezin op de hoogte is"),
        "{text}"
    );
    assert!(!text.contains("2. Ik heb een terugbelafspraak"), "{text}");
}

#[test]
fn the_childs_words_stay_out_of_the_letter_unless_named() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    add_persons(&v);
    complete_profile(&v);
    let day = |n: i64| dd_mm_yyyy(Local::now().date_naive() - Duration::days(n));
    ok(
        &v,
        &with(
            &["signal", "add"],
            &[
                "--text",
                "Zoë had een blauwe plek van 3 cm op haar linker bovenarm.",
                "--observed",
                &day(3),
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
                &day(2),
            ],
        ),
    );
    let letter = |extra: &[&str], name: &str| {
        let pdf = dir.path().join(name);
        ok(
            &v,
            &with(
                &["export"],
                &[
                    &["--kind", "brief-ouders", "--out", pdf.to_str().unwrap()][..],
                    extra,
                ]
                .concat(),
            ),
        );
        pdf_text(&pdf)
    };
    let default = letter(&[], "standaard.pdf");
    assert!(default.contains("blauwe plek van 3 cm"), "{default}");
    assert!(!default.contains("riem"), "{default}");
    let named = letter(&["--met-signaal", "2"], "met.pdf");
    assert!(named.contains("met een riem is geslagen"), "{named}");
    assert!(named.contains("blauwe plek van 3 cm"), "{named}");
    let without = letter(
        &["--met-signaal", "2", "--zonder-signaal", "1"],
        "zonder.pdf",
    );
    assert!(without.contains("riem"), "{without}");
    assert!(!without.contains("blauwe plek"), "{without}");

    let out = run(
        &v,
        &with(
            &["export"],
            &[
                "--kind",
                "brief-ouders",
                "--out",
                "x.pdf",
                "--met-signaal",
                "9",
            ],
        ),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Signaal 9 bestaat niet"));
}
