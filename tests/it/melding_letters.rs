//! `meldcode export --kind brief-ouders|vt-antwoord` from a vault (issue 10), checked with
//! `pdftotext`, the DOCX's own XML and the writing check in strict-jargon mode.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests may panic")]

use crate::melding_common;

use std::path::Path;

use chrono::NaiveDate;
use meldcode::domain::{Change, InfoRequest, Sent};
use meldcode::lint::{Category, LintOptions};
use melding_common::*;

fn export(v: &Path, kind: &str, format: &str, out: &Path) -> std::process::Output {
    meldcode(&[
        "export",
        "--vault",
        v.to_str().unwrap(),
        "--dossier",
        "1",
        "--kind",
        kind,
        "--format",
        format,
        "--out",
        out.to_str().unwrap(),
    ])
}

fn sent() -> Change {
    Change::RecordSent {
        sent: Sent {
            on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            veilig_thuis_reference: "VT-2026-48213".to_owned(),
            follow_up: "Veilig Thuis belt de intern begeleider na de veiligheidsbeoordeling."
                .to_owned(),
            follow_up_on: NaiveDate::from_ymd_opt(2026, 11, 27),
        },
    }
}

#[test]
fn the_letter_to_parents_names_rights_and_complaints_without_jargon() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    make_ready(&v, true);
    apply(&v, vec![sent()]);
    let pdf = dir.path().join("brief.pdf");
    let out = export(&v, "brief-ouders", "pdf", &pdf);
    assert!(out.status.success(), "{}", text(&out));
    let letter = pdftotext(&pdf);
    let profile = open(&v).profile().clone();
    assert!(
        contains(&letter, &profile.organisation.klachtenregeling),
        "complaint procedure missing:\n{letter}"
    );
    for word in [
        "inzage",
        "klacht",
        "correctie",
        "eigen verklaring",
        "20 november 2026",
    ] {
        assert!(letter.contains(word), "{word} missing:\n{letter}");
    }
    assert!(
        contains(&letter, "Beste Çağla Ünal-de Wít en Bjørn de Wít"),
        "{letter}"
    );
    let strict = LintOptions {
        strict_jargon: true,
        ..LintOptions::default()
    };
    let flowing = letter.split_whitespace().collect::<Vec<_>>().join(" ");
    let jargon: Vec<String> = meldcode::lint::lint(&flowing, &strict)
        .into_iter()
        .filter(|l| l.category == Category::Jargon)
        .map(|l| flowing[l.span].to_owned())
        .collect();
    assert_eq!(jargon, Vec::<String>::new(), "jargon in the letter");
    // The checker does find jargon in strict mode: the test would notice a letter with it.
    assert!(
        meldcode::lint::lint("De IB'er heeft een melding bij VT gedaan.", &strict)
            .iter()
            .any(|l| l.category == Category::Jargon)
    );

    let docx = dir.path().join("brief.docx");
    let out = export(&v, "brief-ouders", "docx", &docx);
    assert!(out.status.success(), "{}", text(&out));
    let words = docx_text(&docx);
    assert!(
        words.contains("inzage") && words.contains("klacht"),
        "{words}"
    );
}

#[test]
fn no_letter_to_parents_under_an_open_melden_exception() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    make_ready(&v, false);
    for format in ["pdf", "docx"] {
        let out_file = dir.path().join(format!("brief.{format}"));
        let out = export(&v, "brief-ouders", format, &out_file);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("open melden, tenzij"),
            "{}",
            text(&out)
        );
        assert!(!out_file.exists(), "a refused letter must not be written");
    }
}

#[test]
fn the_answer_to_veilig_thuis_holds_questions_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let pdf = dir.path().join("antwoord.pdf");
    let out = export(&v, "vt-antwoord", "pdf", &pdf);
    assert_eq!(out.status.code(), Some(2), "no request yet: {}", text(&out));

    let questions = "Hoe vaak was Zoë in oktober afwezig? Heeft de school zorgen over de \
                     verzorging?";
    let own = "In oktober was Zoë 6 van de 20 lesdagen afwezig; 4 keer zonder afmelding.";
    let others = "Jeroen de Vries, leerkracht groep 5, vertelde mij op 4 november dat Zoë \
                  tegen hem zei: \"Papa was gisteren heel boos, ik mocht niet eten.\"";
    let mut request = InfoRequest {
        id: 0,
        received_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
        asked_by: "Anouk Smit, Veilig Thuis Rotterdam Rijnmond".to_owned(),
        questions: questions.to_owned(),
        own_observations: own.to_owned(),
        from_others: others.to_owned(),
        consent: None,
        consent_note: String::new(),
        answered_on: NaiveDate::from_ymd_opt(2026, 11, 22),
    };
    apply(
        &v,
        vec![Change::SetInfoRequest {
            request: request.clone(),
        }],
    );
    let out = export(&v, "vt-antwoord", "pdf", &pdf);
    assert_eq!(
        out.status.code(),
        Some(1),
        "consent missing: {}",
        text(&out)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Toestemming"));
    assert!(!pdf.exists());

    request.id = 1;
    request.consent_note = "Veilig Thuis spreekt de ouders zelf; in overleg niet gevraagd, \
                            omdat vader dreigde de kinderen mee te nemen."
        .to_owned();
    apply(&v, vec![Change::SetInfoRequest { request }]);
    let docx = dir.path().join("antwoord.docx");
    for (path, format) in [(&pdf, "pdf"), (&docx, "docx")] {
        let out = export(&v, "vt-antwoord", format, path);
        assert!(out.status.success(), "{}", text(&out));
    }
    for body in [pdftotext(&pdf), docx_text(&docx)] {
        for needle in [
            questions,
            own,
            others,
            "Anouk Smit, Veilig Thuis Rotterdam Rijnmond",
            "21 november 2026",
            "Eigen waarnemingen (eerste hand)",
            "Wat anderen hebben verteld (tweede hand, met bron)",
            "Er is geen toestemming gevraagd.",
            "vader dreigde de kinderen mee te nemen",
        ] {
            assert!(contains(&body, needle), "{needle} missing:\n{body}");
        }
    }
    let log = open(&v).audit_log(Some(ID)).unwrap();
    assert!(
        log.iter()
            .any(|e| e.detail.contains("vt-antwoord") && e.detail.contains("docx")),
        "{log:#?}"
    );
}

#[test]
fn the_dossier_export_holds_afspraken_and_participation() {
    use meldcode::domain::{Afspraak, AfspraakStatus, Participation};
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    apply(
        &v,
        vec![
            Change::AddAfspraak {
                afspraak: Afspraak {
                    id: 0,
                    who: "Çağla Ünal-de Wít".to_owned(),
                    what: "Zoë elke schooldag vóór 8.30 uur op school".to_owned(),
                    due: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
                    check: "Intern begeleider bekijkt wekelijks de absentielijst".to_owned(),
                    status: AfspraakStatus::Lopend,
                    checked_on: None,
                },
            },
            Change::RecordParticipation {
                entry: Participation {
                    point: 2,
                    on: NaiveDate::from_ymd_opt(2026, 11, 11).unwrap(),
                    how: "Leerkracht en intern begeleider vertelden Zoë na schooltijd wat er \
                          gaat gebeuren"
                        .to_owned(),
                    child_words: "Mag Bjørn dat weten?".to_owned(),
                },
            },
        ],
    );
    let pdf = dir.path().join("dossier.pdf");
    let out = export(&v, "dossier", "pdf", &pdf);
    assert!(out.status.success(), "{}", text(&out));
    let body = pdftotext(&pdf);
    for needle in [
        "Afspraken en veiligheidsplan",
        "Zoë elke schooldag vóór 8.30 uur op school",
        "Intern begeleider bekijkt wekelijks de absentielijst",
        "18 december 2026",
        "Participatie van het kind",
        "Informatie over het proces",
        "Mag Bjørn dat weten?",
        "Route bij disclosure",
    ] {
        assert!(contains(&body, needle), "{needle} missing:\n{body}");
    }
}
