//! One record per fact on the command line (#16, #25), on a case made from scratch: a
//! signal corrected, withdrawn and approved by its source, the family's own word and a
//! request to correct the file with its answer. The stored records, the refusals (nothing
//! saved) and what the dossier and inzage exports print.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::Command;

use crate::cli_case::{PASS, ok, run, show};

/// Refused with a Dutch message naming `names`, and the dossier unchanged.
pub(crate) fn refused(vault: &Path, args: &[&str], names: &str) {
    let before = show(vault);
    let out = run(vault, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?} was accepted");
    assert!(
        err.starts_with("fout: ") && err.contains(names),
        "{args:?}: {err}"
    );
    assert_eq!(before, show(vault), "{args:?} changed the dossier");
}

/// A new vault with one empty dossier, on the command line.
pub(crate) fn new_case(v: &Path) {
    let init = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "vault",
            "init",
            "--name",
            "Bjørn Zoë",
            "--function",
            "mentor",
        ])
        .arg(v)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap();
    assert!(init.status.success());
    ok(v, &["dossier", "create", "--title", "Groep 2"]);
}

/// The dossier document's text, once the organisation profile has what it needs.
pub(crate) fn dossier_text(v: &Path, dir: &Path) -> String {
    set_profile(v);
    let pdf = dir.join("dossier.pdf");
    ok(
        v,
        &[
            "export",
            "--dossier",
            "1",
            "--kind",
            "dossier",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    pdf_text(&pdf)
}

/// The organisation profile a decision and the documents need: Renée Ångström is the
/// eindverantwoordelijke.
pub(crate) fn set_profile(v: &Path) {
    ok(
        v,
        &[
            "org",
            "set",
            "--field",
            "naam=Obs De Ĳsvogel",
            "--field",
            "plaats=Zwolle",
            "--field",
            "sector=basisonderwijs",
            "--field",
            "eindverantwoordelijke=Renée Ångström",
            "--field",
            "eindverantwoordelijke-functie=directeur",
            "--field",
            "aandachtsfunctionaris=Joost Öztürk",
            "--field",
            "bewaartermijn=20",
        ],
    );
}

/// A PDF's text by pdftotext, with the white space folded.
pub(crate) fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[allow(clippy::too_many_lines)]
fn corrections_withdrawals_approvals_and_the_familys_word() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    let init = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "vault",
            "init",
            "--name",
            "Çağla Ünal-de Wít",
            "--function",
            "mentor",
        ])
        .args([
            "--organisation",
            "Kinderopvang Zoë & Bjørn",
            "--place",
            "Zwolle",
        ])
        .args([
            "--sector",
            "kinderopvang",
            "--eindverantwoordelijke",
            "Renée Ångström",
            "--aandachtsfunctionaris",
            "Joost Öztürk",
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
    ok(&v, &["org", "set", "--field", "bewaartermijn=20"]);
    ok(
        &v,
        &[
            "dossier",
            "create",
            "--title",
            "Peutergroep, letsel",
            "--subject-role",
            "kind",
            "--subject-first-name",
            "Zoë",
            "--subject-last-name",
            "Ünal",
        ],
    );
    let mother = ok(
        &v,
        &[
            "person",
            "add",
            "--dossier",
            "1",
            "--role",
            "moeder",
            "--first-name",
            "Çağla",
            "--last-name",
            "Ünal",
        ],
    );
    assert_eq!(mother.trim(), "2");
    let first =
        "Vandaag om 8.40 uur zag ik een blauwe plek van 2 cm op de linker onderarm van Zoë.";
    ok(&v, &["signal", "add", "--dossier", "1", "--text", first]);
    let told = "Bjørn vertelde dat hij vandaag om 12.00 uur een schaafwond van 3 cm op de knie van Zoë zag.";
    ok(
        &v,
        &[
            "signal",
            "add",
            "--dossier",
            "1",
            "--source",
            "Bjørn, pedagogisch medewerker",
            "--text",
            told,
        ],
    );

    // Refused, naming what is wrong, and nothing saved.
    let d = ["--dossier", "1"];
    let with = |head: &[&'static str], tail: &[&'static str]| -> Vec<&'static str> {
        head.iter()
            .chain(d.iter())
            .chain(tail.iter())
            .copied()
            .collect()
    };
    refused(
        &v,
        &with(&["signal", "withdraw"], &["--signal", "1", "--reason", " "]),
        "reden",
    );
    refused(
        &v,
        &with(
            &["signal", "correct"],
            &["--signal", "9", "--text", "x", "--reason", "y"],
        ),
        "9",
    );
    refused(
        &v,
        &with(
            &["signal", "approve"],
            &["--signal", "1", "--by", "Bjørn", "--how", "mondeling"],
        ),
        "fout",
    );
    refused(
        &v,
        &with(
            &["signal", "approve"],
            &[
                "--signal",
                "2",
                "--by",
                "Bjørn",
                "--how",
                "mondeling",
                "--on",
                "01-01-2031",
            ],
        ),
        "na vandaag",
    );
    refused(
        &v,
        &with(
            &["zienswijze", "add"],
            &["--author-role", "moeder", "--text", "x", "--author", "7"],
        ),
        "7",
    );
    refused(
        &v,
        &with(
            &["correction-request", "answer"],
            &["--request", "1", "--granted", "ja", "--text", "x"],
        ),
        "fout",
    );

    // The records.
    let corrected =
        "Vandaag om 8.40 uur zag ik een blauwe plek van 2 cm op de linker bovenarm van Zoë.";
    ok(
        &v,
        &with(
            &["signal", "correct"],
            &[
                "--signal",
                "1",
                "--text",
                corrected,
                "--reason",
                "Verschreven: bovenarm, niet onderarm.",
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["signal", "approve"],
            &["--signal", "2", "--by", "Bjørn", "--how", "per mail"],
        ),
    );
    ok(
        &v,
        &with(
            &["signal", "withdraw"],
            &[
                "--signal",
                "2",
                "--reason",
                "Bjørn bedoelde een ander kind.",
            ],
        ),
    );
    refused(
        &v,
        &with(
            &["signal", "correct"],
            &["--signal", "2", "--text", "x", "--reason", "y"],
        ),
        "fout",
    );
    let z = ok(
        &v,
        &with(
            &["zienswijze", "add"],
            &[
                "--author",
                "2",
                "--author-role",
                "moeder",
                "--subject",
                "De blauwe plek",
                "--text",
                "Zoë is bij oma van de bank gevallen.",
                "--disputes",
                "Dat het thuis gebeurde.",
                "--with-melding",
                "--format",
                "json",
            ],
        ),
    );
    let z: serde_json::Value = serde_json::from_str(&z).unwrap();
    assert_eq!((z["schema"].as_i64(), z["id"].as_i64()), (Some(1), Some(1)));
    ok(
        &v,
        &with(
            &["correction-request", "add"],
            &[
                "--by",
                "2",
                "--by-role",
                "moeder",
                "--request",
                "Schrijf erbij dat Zoë bij oma logeerde.",
            ],
        ),
    );
    ok(
        &v,
        &with(
            &["correction-request", "answer"],
            &[
                "--request",
                "1",
                "--granted",
                "ja",
                "--text",
                "Toegevoegd als zienswijze van moeder.",
            ],
        ),
    );

    let d = show(&v);
    assert_eq!(d["signals"][0]["text"], corrected);
    assert_eq!(
        d["signal_versions"][0]["text"], first,
        "the earlier text is kept"
    );
    assert_eq!(d["signal_versions"][0]["by"]["name"], "Çağla Ünal-de Wít");
    assert_eq!(d["signals"][1]["text"], told, "a withdrawn signal stays");
    assert_eq!(d["signal_withdrawals"][0]["signal"], 2);
    assert_eq!(d["signal_approvals"][0]["how"], "per mail");
    assert_eq!(d["zienswijzen"][0]["author"], 2);
    assert_eq!(d["zienswijzen"][0]["with_melding"], true);
    assert_eq!(d["correction_requests"][0]["answer"]["granted"], true);

    // The documents print the history: the earlier text, the withdrawal, the approval, the
    // family's own word and the request with its answer.
    for kind in ["dossier", "inzage"] {
        let pdf = dir.path().join(format!("{kind}.pdf"));
        let out = run(
            &v,
            &[
                "export",
                "--dossier",
                "1",
                "--kind",
                kind,
                "--out",
                pdf.to_str().unwrap(),
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = pdf_text(&pdf);
        for want in [
            corrected,
            first,
            "INGETROKKEN op",
            "Bjørn bedoelde een ander kind.",
            "geaccordeerd door",
            "Zoë is bij oma van de bank gevallen.",
            "Dat het thuis gebeurde.",
            "Schrijf erbij dat Zoë bij oma logeerde.",
            "Toegevoegd als zienswijze van moeder.",
        ] {
            assert!(text.contains(want), "{kind}: {want} missing in {text}");
        }
    }

    // Every change has its audit entry, by the user.
    let audit: serde_json::Value =
        serde_json::from_str(&ok(&v, &["audit", "--dossier", "1", "--format", "json"])).unwrap();
    let changes = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "change")
        .count();
    assert!(changes >= 10, "{audit}");
}

/// `hint list` numbers the open hints of a dossier; `hint keep` keeps that one hint with a
/// reason (refused without one, or for a number not in the list), after which it is no
/// longer open and the dossier records it at its place.
#[test]
fn a_hint_is_listed_by_number_and_kept_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    new_case(&v);
    ok(
        &v,
        &[
            "signal",
            "add",
            "--dossier",
            "1",
            "--text",
            "Bij het ophalen leek vader erg gespannen.",
        ],
    );
    let list = |v: &Path| -> serde_json::Value {
        serde_json::from_str(&ok(
            v,
            &["hint", "list", "--dossier", "1", "--format", "json"],
        ))
        .unwrap()
    };
    let open = list(&v);
    assert_eq!(open["schema"], 1);
    assert_eq!(open["hints"][0]["number"], 1);
    assert_eq!(open["hints"][0]["place"], "Signaal 1");
    let keep = |n: &'static str, reason: &'static str| {
        vec![
            "hint",
            "keep",
            "--dossier",
            "1",
            "--number",
            n,
            "--reason",
            reason,
        ]
    };
    refused(&v, &keep("1", " "), "reden");
    refused(&v, &keep("9", "Zo gezegd."), "9");
    assert_eq!(open["hints"].as_array().unwrap().len(), 1, "{open}");
    ok(&v, &keep("1", "Zo verwoordde de leerkracht het."));
    // Kept, and nothing smaller inside the kept words takes its place.
    assert_eq!(list(&v)["hints"], serde_json::json!([]));
    let d = show(&v);
    assert_eq!(d["kept_hints"][0]["place"], "signal:1");
    assert_eq!(
        d["kept_hints"][0]["reason"],
        "Zo verwoordde de leerkracht het."
    );
    // The dossier document names the kept hint in words: the signal and the kind of hint,
    // not the place key or the rule id.
    let text = dossier_text(&v, dir.path());
    assert!(text.contains("Signaal 1"), "{text}");
    let row = text.split("Signaal 1").nth(1).unwrap_or_default();
    assert!(
        meldcode::lint::Category::ALL
            .iter()
            .any(|c| row.trim_start().starts_with(c.label())),
        "the kind of hint in words: {row}"
    );
    assert!(!text.contains("signal:1"), "{text}");
    assert!(
        !meldcode::lint::Category::ALL
            .iter()
            .any(|c| text.contains(&format!("{}-", c.as_str().to_lowercase()))),
        "no rule id: {text}"
    );
}

/// The last user actions of the window on the command line: a completed step reopened with
/// a reason, the child's participation, the melding recorded as sent. Each refuses what the
/// window refuses, naming why, and saves nothing.
#[test]
fn revisit_participation_and_sent_melding() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    new_case(&v);
    let d = ["--dossier", "1"];
    let with = |head: &[&'static str], tail: &[&'static str]| -> Vec<&'static str> {
        head.iter()
            .chain(d.iter())
            .chain(tail.iter())
            .copied()
            .collect()
    };
    refused(
        &v,
        &with(
            &["step", "revisit"],
            &["--step", "1", "--reason", "Nieuw signaal."],
        ),
        "nog niet afgerond",
    );
    refused(
        &v,
        &with(
            &["participation", "add"],
            &["--point", "10", "--how", "In de klas."],
        ),
        "1 tot en met 9",
    );
    refused(
        &v,
        &with(&["melding", "sent"], &["--reference", " "]),
        "kenmerk",
    );
    ok(
        &v,
        &with(
            &["participation", "add"],
            &[
                "--point",
                "2",
                "--how",
                "In de klas.",
                "--child-words",
                "Mag mama dit weten?",
            ],
        ),
    );
    ok(
        &v,
        &with(&["melding", "sent"], &["--reference", "VT-2026-0412"]),
    );
    let shown = show(&v);
    assert_eq!(
        shown["participation"][0]["child_words"],
        "Mag mama dit weten?"
    );
    assert_eq!(
        shown["melding"]["sent"]["veilig_thuis_reference"],
        "VT-2026-0412"
    );
}

/// #20: a signal has one number everywhere, by date: entered out of order, the earlier
/// observation is signal 1 in `hint list`, for `--signal` and in the dossier document.
#[test]
fn signals_are_numbered_by_date_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    new_case(&v);
    let later = "Op 5 november leek Zoë erg moe.";
    let earlier = "Op 2 november zag ik een blauwe plek van 3 bij 4 cm op de linker bovenarm.";
    for (on, text) in [("05-11-2026", later), ("02-11-2026", earlier)] {
        ok(
            &v,
            &[
                "signal",
                "add",
                "--dossier",
                "1",
                "--observed",
                on,
                "--text",
                text,
            ],
        );
    }
    // Entered second, observed first: number 1.
    let hints: serde_json::Value = serde_json::from_str(&ok(
        &v,
        &["hint", "list", "--dossier", "1", "--format", "json"],
    ))
    .unwrap();
    assert_eq!(hints["hints"][0]["place"], "Signaal 2", "{hints}");
    ok(
        &v,
        &[
            "signal",
            "withdraw",
            "--dossier",
            "1",
            "--signal",
            "1",
            "--reason",
            "Dubbel vastgelegd.",
        ],
    );
    let d = show(&v);
    let earlier_id = d["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"] == earlier)
        .map(|s| s["id"].clone())
        .unwrap();
    assert_eq!(earlier_id, 2, "entered second");
    assert_eq!(
        d["signal_withdrawals"][0]["signal"], earlier_id,
        "--signal 1 is the earliest observation: {d}"
    );
    refused(
        &v,
        &[
            "signal",
            "withdraw",
            "--dossier",
            "1",
            "--signal",
            "3",
            "--reason",
            "Bestaat niet.",
        ],
        "Signaal 3",
    );
    // The dossier document numbers them the same way: 1 is the earlier observation.
    let text = dossier_text(&v, dir.path());
    let table = text.split("Feiten").nth(1).unwrap_or_default();
    let one = table
        .find("1 2 november 2026")
        .expect("signal 1 is of 2 november");
    let two = table
        .find("2 5 november 2026")
        .expect("signal 2 is of 5 november");
    assert!(one < two, "{table}");
}
