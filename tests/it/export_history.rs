//! The dossier document's history is an appendix of meaningful events; the inzage export keeps
//! every change. A case made from scratch on the command line, with two rounds of edits in the
//! forms of stap 1 and stap 3: the dossier PDF folds each run of field edits into one row
//! ("Stap 3: 11 velden ingevuld of gewijzigd"), the inzage PDF lists every history entry.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;

use chrono::Local;
use meldcode::domain::{Change, Dossier, DossierId};
use meldcode::storage::{OpenOptions, Vault};
use meldcode::texts;

use crate::cli_case::{PASS, add_persons, ok, scratch_vault, with};
use crate::export_support::{normalise, pdftotext, require};

/// `step set --step N --field K=V …`.
fn set_fields(v: &Path, step: &str, pairs: &[String]) {
    let mut tail = vec!["--step", step];
    for p in pairs {
        tail.extend(["--field", p.as_str()]);
    }
    ok(v, &with(&["step", "set"], &tail));
}

/// The text of an exported PDF of dossier 1, whitespace collapsed.
fn export(v: &Path, kind: &str) -> String {
    let out = v.with_file_name(format!("{kind}.pdf"));
    ok(
        v,
        &with(
            &["export"],
            &["--kind", kind, "--out", out.to_str().unwrap()],
        ),
    );
    normalise(&pdftotext(&out))
}

/// The part of `text` from `start` to `end` (or to the end).
fn section<'a>(text: &'a str, start: &str, end: Option<&str>) -> &'a str {
    let from = &text[text
        .find(start)
        .unwrap_or_else(|| panic!("no {start}: {text}"))..];
    end.and_then(|e| from.find(e)).map_or(from, |i| &from[..i])
}

/// Rows of a history table: each row has one moment, "… 09:15 UTC".
fn rows(table: &str) -> usize {
    table.matches(" UTC").count()
}

#[test]
fn the_dossier_folds_field_edits_and_the_inzage_keeps_every_change() {
    require(&["pdftotext"]);
    let dir = tempfile::tempdir().unwrap();
    let v = scratch_vault(dir.path());
    add_persons(&v);
    // The inzage export names the aandachtsfunctionaris and the complaints procedure.
    ok(
        &v,
        &[
            "org",
            "set",
            "--field",
            "aandachtsfunctionaris=Bjørn Visser",
            "--field",
            "klachtenregeling=Klachten gaan naar de klachtencommissie van Stichting Ĳssel.",
            "--field",
            "bewaartermijn=20",
            "--field",
            "plaats=Zwolle",
        ],
    );
    for text in [
        "Zoë had op maandag een blauwe plek van 3 cm op haar linker bovenarm.",
        "Zoë zei: „Bjørn heeft me geduwd.”",
    ] {
        ok(
            &v,
            &with(
                &["signal", "add"],
                &["--text", text, "--observed", "vandaag"],
            ),
        );
    }
    let today = Local::now().date_naive().format("%d-%m-%Y").to_string();
    let f = |k: &str, val: &str| format!("{k}={val}");

    // Stap 1: seven fields, then three of them again.
    set_fields(
        &v,
        "1",
        &[
            f("vermoede_vormen", "lichamelijk"),
            f(
                "advies_aandachtsfunctionaris",
                "Gesprek met moeder voorbereiden.",
            ),
            f("vermoeden_eergerelateerd", "nee"),
            f("kindcheck_uitgevoerd", "ja"),
            f("kindcheck_oudersignalen", "Moeder kwam twee keer te laat."),
            f("kindcheck_kinderen", "Bjørn (groep 7) heeft geen signalen."),
            f("stap1_gedocumenteerd_door", "Çağla Ünal-de Wít"),
        ],
    );
    set_fields(
        &v,
        "1",
        &[
            f(
                "advies_aandachtsfunctionaris",
                "Gesprek met moeder op donderdag.",
            ),
            f("kindcheck_oudersignalen", "Moeder kwam drie keer te laat."),
            f("stap1_afgerond_op", &today),
        ],
    );
    ok(&v, &with(&["step", "complete"], &["--step", "1"]));

    // Stap 3: eleven fields, then four of them again.
    set_fields(
        &v,
        "3",
        &[
            f("gesprek_gevoerd", "ja"),
            f("gesprek_afspraken", "Moeder belt de huisarts."),
            f("kind_gesprek_gevoerd", "ja"),
            f("kind_gesprek_datum", &today),
            f("kind_gesprek_door", "Çağla Ünal-de Wít"),
            f("kind_gesprek_onderwerp", "De blauwe plek."),
            f("kind_gesprek_verslag", "Zoë zei: „Ik ben gevallen.”"),
            f(
                "kind_informatie_proces",
                "Zoë weet dat ik met haar moeder praat.",
            ),
            f("kind_mening", "Zoë wil dat haar moeder het weet."),
            f("kind_steun", "De intern begeleider, Bjørn Visser."),
            f("stap3_gedocumenteerd_door", "Çağla Ünal-de Wít"),
        ],
    );
    set_fields(
        &v,
        "3",
        &[
            f("gesprek_afspraken", "Moeder belt vandaag de huisarts."),
            f("kind_gesprek_onderwerp", "De blauwe plek op de bovenarm."),
            f("kind_mening", "Zoë wil dat haar moeder het hoort."),
            f("kind_steun", "Bjørn Visser, intern begeleider."),
        ],
    );

    let dossier_pdf = export(&v, "dossier");
    let inzage_pdf = export(&v, "inzage");
    let d: Dossier = Vault::open(&v, PASS, &OpenOptions::default())
        .unwrap()
        .load_dossier(DossierId(1))
        .unwrap();
    let field_edits = d
        .history
        .iter()
        .filter(|h| matches!(h.change, Change::SetField { value: Some(_), .. }))
        .count();
    assert_eq!(field_edits, 25, "{:#?}", d.history);

    // The dossier: an appendix of events, far shorter than the history.
    let appendix = section(
        &dossier_pdf,
        texts::documents::HISTORY_APPENDIX_HEADING,
        None,
    );
    assert!(
        appendix.contains(texts::history::DOSSIER_CREATED),
        "{appendix}"
    );
    assert!(
        appendix.contains(texts::history::SIGNAL_RECORDED),
        "{appendix}"
    );
    assert!(
        appendix.contains(texts::history::PERSON_ADDED),
        "{appendix}"
    );
    assert!(
        appendix.contains(texts::history::STEP_COMPLETED),
        "{appendix}"
    );
    assert!(!appendix.contains(texts::history::FIELD_SET), "{appendix}");
    assert!(
        !appendix.contains("Bjørn heeft me geduwd"),
        "no field or signal text"
    );
    // One row per run of field edits; the runs span one day unless the test ran over
    // midnight UTC.
    if d.history.first().unwrap().at.date_naive() == d.history.last().unwrap().at.date_naive() {
        assert!(
            appendix.contains("Stap 1: 8 velden ingevuld of gewijzigd"),
            "{appendix}"
        );
        assert!(
            appendix.contains("Stap 3: 11 velden ingevuld of gewijzigd"),
            "{appendix}"
        );
        assert_eq!(appendix.matches("velden ingevuld of gewijzigd").count(), 2);
    }
    let appendix_rows = rows(appendix);
    assert!(
        appendix_rows >= 6 && appendix_rows * 3 <= d.history.len(),
        "{appendix_rows} rows for {} changes: {appendix}",
        d.history.len()
    );

    // The inzage export: every change on its own row, each field edit with its value.
    let history = section(
        &inzage_pdf,
        &format!("{} Nr.", texts::documents::HISTORY_HEADING),
        Some(texts::documents::DATA_ACCESS_SOURCE_HEADING),
    );
    assert_eq!(rows(history), d.history.len(), "{history}");
    assert_eq!(
        history.matches(texts::history::FIELD_SET).count(),
        field_edits,
        "{history}"
    );
    assert!(
        history.contains("Moeder kwam twee keer te laat."),
        "{history}"
    );
    assert!(
        history.contains("Moeder kwam drie keer te laat."),
        "{history}"
    );
}
