//! A case made from scratch and carried through the five steps on the command line:
//! signals, consultation, conversation, afwegingskader, decision, meldformulier, the melding
//! package, a Veilig Thuis request with its answer, an agreement, closing. Bad form answers
//! and nonsense dates are refused naming the field, and nothing is saved.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Output};

use chrono::{Duration, Local};

pub(crate) const PASS: &str = "kastanje ĳsvogel trompet zevenhoek";

/// Runs a subcommand on `vault` with the test passphrase.
pub(crate) fn run(vault: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .arg("--vault")
        .arg(vault)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap()
}

/// Runs a subcommand that must succeed; its standard output.
pub(crate) fn ok(vault: &Path, args: &[&str]) -> String {
    let out = run(vault, args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn refused(vault: &Path, args: &[&str], names: &str) {
    let before = show(vault);
    let out = run(vault, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(err.contains("fout: "), "{args:?}: {err}");
    assert!(err.contains(names), "{args:?} must name {names}: {err}");
    assert_eq!(before, show(vault), "{args:?} changed the dossier");
}

/// Dossier 1 as `dossier show` prints it.
pub(crate) fn show(vault: &Path) -> serde_json::Value {
    let out = ok(
        vault,
        &["dossier", "show", "--dossier", "1", "--format", "json"],
    );
    serde_json::from_str(&out).unwrap()
}

fn days_ago(n: i64) -> String {
    (Local::now().date_naive() - Duration::days(n))
        .format("%d-%m-%Y")
        .to_string()
}

/// `vault init`, then `dossier create`: a case from an empty vault, on the command line only.
pub(crate) fn scratch_vault(dir: &Path) -> std::path::PathBuf {
    let v = dir.join("zaak.mdv");
    let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "vault",
            "init",
            "--name",
            "Çağla Ünal-de Wít",
            "--function",
            "leerkracht",
            "--organisation",
            "OBS De Bjørn",
            "--sector",
            "basisonderwijs",
            "--eindverantwoordelijke",
            "Bjørn Visser",
        ])
        .arg(&v)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = ok(
        &v,
        &[
            "dossier",
            "create",
            "--title",
            "Groep 6, afwezigheid",
            "--format",
            "json",
        ],
    );
    let created: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(created["id"], 1, "{out}");
    v
}

/// The child and the mother, with `person add`.
pub(crate) fn add_persons(v: &Path) {
    ok(
        v,
        &with(
            &["person", "add"],
            &[
                "--role",
                "kind",
                "--first-name",
                "Zoë",
                "--last-name",
                "Ünal",
                "--birth-date",
                "04-03-2017",
                "--address",
                "Ĳsselstraat 1",
                "--postcode-place",
                "8011 AB Zwolle",
                "--subject",
            ],
        ),
    );
    ok(
        v,
        &with(
            &["person", "add"],
            &[
                "--role",
                "moeder",
                "--first-name",
                "Çağla",
                "--last-name",
                "Ünal",
                "--gezag",
                "ja",
            ],
        ),
    );
}

const D: [&str; 2] = ["--dossier", "1"];

pub(crate) fn with<'a>(head: &[&'a str], tail: &[&'a str]) -> Vec<&'a str> {
    let mut v = head.to_vec();
    v.extend_from_slice(&D);
    v.extend_from_slice(tail);
    v
}

#[test]
fn a_case_from_first_signal_to_closed() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    let yesterday = days_ago(1);

    // Stap 1.
    let id = ok(
        &v,
        &with(
            &["signal", "add"],
            &[
                "--text",
                "Zoë had op 2 december een blauwe plek van 3 cm op haar linker bovenarm.",
                "--observed",
                &yesterday,
            ],
        ),
    );
    assert_eq!(id.trim(), "1");
    ok(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "1",
                "--field",
                "kindcheck_uitgevoerd=nee",
                "--field",
                "vermoede_vormen=lichamelijk",
            ],
        ),
    );
    ok(&v, &with(&["step", "complete"], &["--step", "1"]));

    // Stap 2.
    let out = ok(
        &v,
        &with(
            &["consultation", "add"],
            &[
                "--on",
                &yesterday,
                "--with",
                "Bjørn Visser, aandachtsfunctionaris",
                "--question",
                "Is dit zorgelijk?",
                "--outcome",
                "Gesprek met moeder voeren.",
                "--format",
                "json",
            ],
        ),
    );
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((j["schema"].as_i64(), j["id"].as_i64()), (Some(1), Some(1)));
    ok(&v, &with(&["step", "complete"], &["--step", "2"]));

    // Stap 3.
    ok(
        &v,
        &with(
            &["conversation", "add"],
            &[
                "--on",
                "vandaag",
                "--said",
                "Ik vertelde moeder wat ik zag.",
                "--reaction",
                "Moeder zei: ze is gevallen.",
            ],
        ),
    );
    let answers = dir.path().join("stap3.toml");
    std::fs::write(&answers, "gesprek_gevoerd = true\n").unwrap();
    ok(
        &v,
        &with(
            &["step", "set"],
            &["--step", "3", "--answers", answers.to_str().unwrap()],
        ),
    );
    ok(&v, &with(&["step", "complete"], &["--step", "3"]));

    // Stap 4: afwegingskader, then the form.
    for q in [
        "afweging_1",
        "afweging_2",
        "afweging_3",
        "afweging_4",
        "afweging_5",
    ] {
        let shown = ok(&v, &with(&["afweging", "show"], &["--format", "json"]));
        let j: serde_json::Value = serde_json::from_str(&shown).unwrap();
        if j["next"].as_str() != Some(q) {
            continue;
        }
        ok(
            &v,
            &with(
                &["afweging", "answer"],
                &[
                    "--question",
                    q,
                    "--answer",
                    "ja",
                    "--motivation",
                    "Blauwe plek en uitleg past niet.",
                ],
            ),
        );
    }
    let shown: serde_json::Value =
        serde_json::from_str(&ok(&v, &with(&["afweging", "show"], &["--format", "json"]))).unwrap();
    assert!(!shown["outcomes"].as_array().unwrap().is_empty(), "{shown}");
    let fields: serde_json::Value = serde_json::from_str(&ok(
        &v,
        &with(&["step", "fields"], &["--step", "4", "--format", "json"]),
    ))
    .unwrap();
    let soort = fields["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "soort_onveiligheid")
        .unwrap()["choices"][0]
        .as_str()
        .unwrap()
        .to_owned();
    ok(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "4",
                "--field",
                &format!("soort_onveiligheid={soort}"),
                "--field",
                "onveiligheid_onderbouwing=Blauwe plek op 2 december.",
                "--field",
                "besproken_met=Bjørn Visser",
                "--field",
                &format!("besluit_datum={yesterday}"),
                "--field",
                "naar_stap5=ja",
                "--field",
                "besluit_motivatie=Zie de signalen.",
            ],
        ),
    );
    ok(&v, &with(&["step", "complete"], &["--step", "4"]));

    // Stap 5.
    ok(
        &v,
        &with(
            &["decide"],
            &[
                "--melden",
                "ja",
                "--hulp",
                "nee",
                "--motivation",
                "Het letsel is niet verklaard.",
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "5",
                "--field",
                "besluit_overleg=Çağla Ünal-de Wít",
                "--field",
                "betrokkenen_geinformeerd=ja",
            ],
        ),
    );
    ok(&v, &with(&["step", "complete"], &["--step", "5"]));
    let d = show(&v);
    for n in 0..5 {
        assert_eq!(d["steps"][n]["status"], "afgerond", "stap {}: {d}", n + 1);
    }

    // The melding package needs the child and a parent with gezag.
    add_persons(&v);
    let called = format!("{} 09:30", days_ago(0));
    ok(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "melding",
                "--field",
                "vt_gebeld=ja",
                "--field",
                &format!("vt_gebeld_op={called}"),
                "--field",
                "vt_medewerker=Anouk Smit",
                "--field",
                "kanaal=zivver",
                "--field",
                "melder_telefoon=020-1234567",
                "--field",
                "melder_bereikbaar=ma-vr 8-16",
                "--field",
                "vormen=lichamelijk",
                "--field",
                "vastgesteld_of_vermoed=vermoed",
                "--field",
                "gezin_geinformeerd=ja",
                "--field",
                "anoniem_verzoek=nee",
                "--field",
                "acuut_gevaar=nee",
            ],
        ),
    );
    let out_dir = dir.path().join("pakket");
    let mail = |keep: &[String]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_meldcode"));
        c.args(["mail", "--dossier", "1", "--out"])
            .arg(&out_dir)
            .arg("--vault")
            .arg(&v);
        for k in keep {
            c.arg("--keep-hint").arg(k);
        }
        c.env("MELDCODE_PASSPHRASE", PASS).output().unwrap()
    };
    let first = mail(&[]);
    let err = String::from_utf8_lossy(&first.stderr).into_owned();
    // The refused gate numbers its list; a hint is kept by its number.
    let keep: Vec<String> = err
        .lines()
        .filter(|l| l.contains("Schrijfhint"))
        .filter_map(|l| l.trim_start().split_once(". "))
        .map(|(n, _)| format!("{n}:Zo staat het in het verslag van de consultatie."))
        .collect();
    assert!(!keep.is_empty(), "{err}");
    let second = mail(&keep);
    assert!(
        second.status.success(),
        "{err}\n{}",
        String::from_utf8_lossy(&second.stderr)
    );
    assert!(String::from_utf8_lossy(&second.stdout).contains(".eml"));

    // Veilig Thuis asks, the school answers; an agreement; close and reopen.
    let req = ok(
        &v,
        &with(
            &["vt-request", "add"],
            &[
                "--received",
                "vandaag",
                "--asked-by",
                "Anouk Smit",
                "--questions",
                "Wat zag u?",
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["vt-request", "answer"],
            &[
                "--request",
                req.trim(),
                "--own",
                "Een blauwe plek van 3 cm.",
                "--consent",
                "ja",
            ],
        ),
    );
    let due = (Local::now().date_naive() + Duration::days(30))
        .format("%d-%m-%Y")
        .to_string();
    let a = ok(
        &v,
        &with(
            &["afspraak", "add"],
            &[
                "--who",
                "moeder",
                "--what",
                "Huisarts bezoeken",
                "--due",
                &due,
                "--check",
                "Navraag bij moeder",
            ],
        ),
    );
    ok(&v, &with(&["afspraak", "kept"], &["--afspraak", a.trim()]));
    ok(
        &v,
        &with(
            &["close"],
            &["--reason", "Melding gedaan, Veilig Thuis neemt over."],
        ),
    );
    let d = show(&v);
    assert!(
        d["info_requests"][0]["answered_on"].as_str().is_some(),
        "{d}"
    );
    assert!(d["status"].to_string().contains("gesloten"), "{d}");
    refused(
        &v,
        &with(&["signal", "add"], &["--text", "Nog iets."]),
        "gesloten",
    );
    ok(&v, &with(&["reopen"], &["--reason", "Nieuwe signalen."]));
    assert_eq!(show(&v)["status"], "open");
}

#[test]
fn bad_answers_and_nonsense_dates_are_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    for observed in ["01-01-0026", "01-01-2031", "01-01-26", "31-02-2026"] {
        refused(
            &v,
            &with(
                &["signal", "add"],
                &["--text", "Zoë huilde.", "--observed", observed],
            ),
            "",
        );
    }
    let out = run(
        &v,
        &with(
            &["signal", "add"],
            &["--text", "Zoë huilde.", "--observed", "01-01-26"],
        ),
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("vier cijfers"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // One good and one bad field: neither is saved.
    refused(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "1",
                "--field",
                "kindcheck_uitgevoerd=ja",
                "--field",
                "bestaat_niet=1",
            ],
        ),
        "bestaat_niet",
    );
    refused(
        &v,
        &with(
            &["step", "set"],
            &["--step", "1", "--field", "kindcheck_uitgevoerd=misschien"],
        ),
        "kindcheck_uitgevoerd",
    );
    refused(
        &v,
        &with(
            &["step", "set"],
            &["--step", "1", "--field", "vermoede_vormen=verzonnen"],
        ),
        "vermoede_vormen",
    );
    refused(
        &v,
        &with(
            &["step", "set"],
            &["--step", "1", "--field", "stap1_afgerond_op=01-01-26"],
        ),
        "stap1_afgerond_op",
    );
    refused(
        &v,
        &with(&["step", "set"], &["--step", "1", "--field", "signalen=x"]),
        "signal add",
    );
    refused(
        &v,
        &with(
            &["step", "set"],
            &["--step", "2", "--field", "consultaties=x"],
        ),
        "consultation add",
    );
    refused(
        &v,
        &with(&["step", "set"], &["--step", "9", "--field", "a=b"]),
        "stap 1 tot en met 5",
    );
    refused(
        &v,
        &with(
            &["consultation", "add"],
            &["--on", "01-01-2031", "--with", "X", "--outcome", "Y"],
        ),
        "",
    );
    refused(
        &v,
        &with(
            &["afspraak", "add"],
            &[
                "--who",
                "moeder",
                "--what",
                "x",
                "--due",
                "01-01-2040",
                "--check",
                "y",
            ],
        ),
        "",
    );
    refused(
        &v,
        &with(
            &["afweging", "answer"],
            &[
                "--question",
                "bestaat_niet",
                "--answer",
                "ja",
                "--motivation",
                "m",
            ],
        ),
        "vraag",
    );
    // Step 1 cannot be completed without a signal.
    refused(
        &v,
        &with(&["step", "complete"], &["--step", "1"]),
        "Signalen",
    );
}

/// #18: the example dossier passes its own writing gate. Its texts raise no hint that would
/// block the melding; once the melding's own questions are answered (Veilig Thuis phoned,
/// family informed, …), `mail` writes the package without `--keep-hint`.
#[test]
fn mail_works_on_the_example_without_keeping_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("voorbeeld.mdv");
    ok(&v, &["demo"]);
    let out_dir = dir.path().join("pakket");
    let mail = || {
        Command::new(env!("CARGO_BIN_EXE_meldcode"))
            .args(["mail", "--dossier", "MD-2026-0001", "--out"])
            .arg(&out_dir)
            .arg("--vault")
            .arg(&v)
            .env("MELDCODE_PASSPHRASE", PASS)
            .output()
            .unwrap()
    };
    let before = mail();
    assert_eq!(
        before.status.code(),
        Some(1),
        "not ready before the melding questions"
    );
    let err = String::from_utf8_lossy(&before.stderr);
    assert!(
        !err.contains("Schrijfhint"),
        "the example's own texts: {err}"
    );

    let called = format!("{} 09:30", days_ago(0));
    ok(
        &v,
        &with(
            &["step", "set"],
            &[
                "--step",
                "melding",
                "--field",
                "vt_gebeld=ja",
                "--field",
                &format!("vt_gebeld_op={called}"),
                "--field",
                "vt_medewerker=Anouk Smit",
                "--field",
                "kanaal=zivver",
                "--field",
                "melder_telefoon=010-1234567",
                "--field",
                "melder_bereikbaar=ma-vr 8-16",
                "--field",
                "vormen=lichamelijk",
                "--field",
                "vastgesteld_of_vermoed=vermoed",
                "--field",
                "gezin_geinformeerd=ja",
                "--field",
                "anoniem_verzoek=nee",
                "--field",
                "acuut_gevaar=nee",
            ],
        ),
    );
    let after = mail();
    assert!(
        after.status.success(),
        "{}",
        String::from_utf8_lossy(&after.stderr)
    );
    let files: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files.iter().any(|f| std::path::Path::new(f)
            .extension()
            .is_some_and(|e| e == "eml")),
        "{files:?}"
    );
    assert!(
        files.iter().all(|f| f.starts_with("MD-2026-0001_")),
        "no names in file names: {files:?}"
    );
}
