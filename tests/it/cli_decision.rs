//! The decision recorded once (#16), on a case made from scratch on the command line: stap 5
//! no longer asks it, a decision against the meldnorm needs its written motivation, "samen
//! met Veilig Thuis" is the user's answer, the stap 5 sections follow the one decision, and
//! an old vault's stap 5 answers move into the decision record when the dossier is opened.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use chrono::Utc;
use meldcode::domain::{Change, DossierId, Step, Tri, Value};
use meldcode::storage::{OpenOptions, Vault};

use crate::cli_case::{PASS, ok, show};
use crate::cli_facts::{dossier_text, new_case, refused, set_profile};

fn on_dossier<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend(["--dossier", "1"]);
    v
}

#[test]
#[allow(clippy::too_many_lines)]
fn the_decision_is_asked_once_and_recorded_with_its_account() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    new_case(&v);
    set_profile(&v);

    // Stap 5 shows the decision; it does not ask it again.
    let fields = ok(
        &v,
        &on_dossier(&["step", "fields", "--step", "5", "--format", "json"]),
    );
    for key in [
        "melden_noodzakelijk",
        "hulp_mogelijk",
        "eindverantwoordelijke",
        "stap5_besluit_datum",
    ] {
        assert!(!fields.contains(key), "{key} is asked again: {fields}");
    }
    refused(
        &v,
        &on_dossier(&[
            "step",
            "set",
            "--step",
            "5",
            "--field",
            "melden_noodzakelijk=ja",
        ]),
        "decide",
    );

    // Which onveiligheid there is, is asked only once afweging 2 said "ja".
    let complete_4 = on_dossier(&["step", "complete", "--step", "4"]);
    let missing_4 = || {
        let out = crate::cli_case::run(&v, &complete_4);
        assert_eq!(out.status.code(), Some(2), "stap 4 completed while empty");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(
        !missing_4().contains("welke onveiligheid"),
        "asked before afweging 2"
    );

    // Afweging 2 "ja", answered together with Veilig Thuis: the user's answer.
    ok(
        &v,
        &on_dossier(&[
            "afweging",
            "answer",
            "--question",
            "afweging_1",
            "--answer",
            "ja",
            "--motivation",
            "Zoë zei: \"Papa slaat mama.\"",
        ]),
    );
    ok(
        &v,
        &on_dossier(&[
            "afweging",
            "answer",
            "--question",
            "afweging_2",
            "--answer",
            "ja",
            "--motivation",
            "Drie keer in vier weken blauwe plekken op de armen.",
            "--samen-met-vt",
            "Anouk Smit",
        ]),
    );
    assert!(
        missing_4().contains("welke onveiligheid"),
        "not asked after afweging 2"
    );
    let d = show(&v);
    assert_eq!(d["afweging_vt"]["afweging_2"]["with_whom"], "Anouk Smit");
    assert!(d["afweging_vt"].get("afweging_1").is_none(), "{d}");

    // Against the meldnorm: refused without a written motivation, nothing saved.
    let not_melden = on_dossier(&[
        "decide",
        "--melden",
        "nee",
        "--hulp",
        "ja",
        "--motivation",
        "Hulp via het wijkteam.",
    ]);
    refused(&v, &not_melden, "meldnorm");
    let mut with_reason = not_melden.clone();
    with_reason.extend([
        "--afwijking",
        "Moeder werkt mee met het wijkteam; Veilig Thuis adviseerde hulp.",
    ]);
    ok(&v, &with_reason);

    // A later decision to melden, together with Veilig Thuis: the melding section of stap 5
    // follows it and its required answer is now asked.
    ok(
        &v,
        &on_dossier(&[
            "decide",
            "--melden",
            "ja",
            "--hulp",
            "ja",
            "--motivation",
            "De blauwe plekken kwamen terug.",
            "--samen-met-vt",
            "Anouk Smit",
        ]),
    );
    let out = crate::cli_case::run(&v, &on_dossier(&["step", "complete", "--step", "5"]));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "completed without the melding: {err}"
    );
    assert!(err.contains("geïnformeerd"), "{err}");
    ok(
        &v,
        &on_dossier(&[
            "step",
            "set",
            "--step",
            "5",
            "--field",
            "betrokkenen_geinformeerd=ja",
        ]),
    );
    ok(&v, &on_dossier(&["step", "complete", "--step", "5"]));

    let d = show(&v);
    assert_eq!(d["decisions"][0]["decided_by"]["name"], "Renée Ångström");
    assert_eq!(
        d["decision_accounts"][0]["meldnorm_afwijking"],
        "Moeder werkt mee met het wijkteam; Veilig Thuis adviseerde hulp."
    );
    assert_eq!(
        d["decision_accounts"][1]["samen_met_vt"]["with_whom"],
        "Anouk Smit"
    );
    let text = dossier_text(&v, dir.path());
    for want in [
        "Afwijking van de meldnorm",
        "Moeder werkt mee met het wijkteam; Veilig Thuis adviseerde hulp.",
        "Samen met Veilig Thuis",
        "Anouk Smit",
        "Renée Ångström",
    ] {
        assert!(
            text.contains(want),
            "{want} missing from the dossier: {text}"
        );
    }
}

#[test]
fn an_old_stap5_decision_moves_into_the_record_when_the_dossier_opens() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("zaak.meldcode");
    new_case(&v);
    // As a vault of the earlier version held it: the decision typed into the stap 5 form.
    {
        let mut vault = Vault::open(&v, PASS, &OpenOptions::default()).unwrap();
        for (field, value) in [
            ("melden_noodzakelijk", Value::Tri(Tri::Ja)),
            (
                "melden_motivatie",
                Value::Text("Herhaald onverklaard letsel.".into()),
            ),
            ("hulp_mogelijk", Value::Tri(Tri::Nee)),
            (
                "eindverantwoordelijke",
                Value::Text("Çağla Ünal-de Wít, directeur".into()),
            ),
        ] {
            vault
                .apply(
                    DossierId(1),
                    Change::SetField {
                        step: Step::Beslissen,
                        field: field.into(),
                        value: Some(value),
                    },
                    Utc::now(),
                )
                .unwrap();
        }
    }
    let d = show(&v);
    assert_eq!(d["decisions"][0]["melden"], true, "{d}");
    assert_eq!(d["decisions"][0]["decided_by"]["name"], "Çağla Ünal-de Wít");
    assert!(
        d["steps"][4]["answers"]
            .get("melden_noodzakelijk")
            .is_none(),
        "{d}"
    );
    let migrated = d["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["change"]["change"] == "migrate-answers")
        .expect("the migration is in the history");
    assert!(
        migrated["previous"]
            .to_string()
            .contains("Herhaald onverklaard letsel."),
        "the old answers stay readable: {migrated}"
    );
    // Saved: the vault itself now holds the record, not only what was shown.
    let stored = Vault::open(&v, PASS, &OpenOptions::default())
        .unwrap()
        .load_dossier(DossierId(1))
        .unwrap();
    assert_eq!(stored.decisions.len(), 1);
    assert!(
        !stored
            .step(Step::Beslissen)
            .answers
            .contains_key("melden_noodzakelijk")
    );
}
