//! Shared set-up for the melding tests: a demo vault (the example dossier with
//! `Çağla Ünal-de Wít`, `Zoë`, `Bjørn`, `Ĳsselmonde`), made ready for a melding through the
//! library, the way the app does it, and helpers to run the binary and read its output.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{
    Change, Checklist, Dossier, DossierId, KeptHint, Profile, Tri, Value, VeiligThuisCall,
};
use meldcode::report::melding_check::{Missing, readiness};
use meldcode::report::melding_doc;
use meldcode::storage::{OpenOptions, Vault};

/// The passphrase of every test vault.
pub const PASS: &str = "correct horse battery staple";

/// The example dossier's id in a demo vault.
pub const ID: DossierId = DossierId(1);

/// Runs the binary with the test passphrase and the cheap test KDF.
pub fn meldcode(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_NEW_PASSPHRASE", PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .output()
        .unwrap()
}

/// stdout and stderr as text.
pub fn text(out: &Output) -> String {
    format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A vault holding the example organisation and dossier.
pub fn demo_vault(dir: &Path) -> PathBuf {
    let v = dir.join("team.mdv");
    let out = meldcode(&["demo", "--vault", v.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    v
}

/// Opens a test vault.
pub fn open(v: &Path) -> Vault {
    Vault::open(v, PASS, &OpenOptions::default()).unwrap()
}

/// A fixed moment after the example's last change.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap()
}

/// Applies changes to the example dossier in the vault.
pub fn apply(v: &Path, changes: Vec<Change>) -> Dossier {
    let mut vault = open(v);
    let mut d = vault.load_dossier(ID).unwrap();
    for c in changes {
        d = vault.apply(ID, c, now()).unwrap();
    }
    d
}

/// The checklist of an open melding: Veilig Thuis phoned, family informed; the channel is
/// left empty so the organisation's configured one (Zivver) applies.
pub fn checklist(family_informed: bool) -> Checklist {
    Checklist {
        call: Some(VeiligThuisCall {
            at: NaiveDate::from_ymd_opt(2026, 11, 19)
                .unwrap()
                .and_hms_opt(9, 15, 0)
                .unwrap(),
            employee: "Anouk Smit".to_owned(),
        }),
        family_informed: Some(family_informed),
        exception: (!family_informed).then(|| "veiligheid-kind-gezin".to_owned()),
        exception_motivation: if family_informed {
            String::new()
        } else {
            "Vader dreigde op 18 november de kinderen mee te nemen naar het buitenland.".to_owned()
        },
        channel: String::new(),
    }
}

/// What the melding still lacks, per the library.
pub fn missing(v: &Path) -> (Vec<Missing>, Dossier, Profile) {
    let mut vault = open(v);
    let d = vault.load_dossier(ID).unwrap();
    let p = vault.profile().clone();
    let form = melding_doc::bundled_set()
        .unwrap()
        .form(melding_doc::FORM_ID)
        .unwrap();
    (readiness(&d, &p, form, &meldcode::lint::lint), d, p)
}

/// Completes the example melding: the checklist, the fields the dossier does not know,
/// the sister's address, and every remaining writing hint kept with a reason.
pub fn make_ready(v: &Path, family_informed: bool) -> Dossier {
    let d = open(v).load_dossier(ID).unwrap();
    let mut sister = d.persons[3].clone();
    sister.address = d.persons[0].address.clone();
    sister.postcode_place = d.persons[0].postcode_place.clone();
    let mut changes = vec![
        Change::SetChecklist {
            checklist: checklist(family_informed),
        },
        Change::UpdatePerson { person: sister },
    ];
    for (f, v) in [
        ("melder_telefoon", Value::Text("010-1234567".to_owned())),
        (
            "melder_bereikbaar",
            Value::Text("ma-vr 8.00-16.00 uur".to_owned()),
        ),
        ("vormen", Value::Multi(vec!["lichamelijk".to_owned()])),
        (
            "vastgesteld_of_vermoed",
            Value::Choice("vermoed".to_owned()),
        ),
        ("anoniem_verzoek", Value::Tri(Tri::Nee)),
        ("acuut_gevaar", Value::Tri(Tri::Nee)),
    ] {
        changes.push(Change::SetMeldingField {
            field: f.to_owned(),
            value: Some(v),
        });
    }
    apply(v, changes);
    let (gaps, _, _) = missing(v);
    let mut keep = Vec::new();
    for m in gaps {
        match m {
            Missing::Hint {
                field,
                rule,
                matched,
                ..
            } => keep.push(Change::KeepHint {
                hint: KeptHint {
                    place: format!("melding:{field}"),
                    rule,
                    matched,
                    reason: "Letterlijk zo vastgelegd in het gesprek; plaats staat in signaal 1"
                        .to_owned(),
                },
            }),
            other => panic!("unexpected gap after completing the form: {other}"),
        }
    }
    let d = apply(v, keep);
    assert_eq!(missing(v).0, vec![], "the melding must be ready");
    d
}

/// The text of a PDF by `pdftotext -raw` (content-stream order: the lines of one table
/// cell stay together instead of being interleaved with the cell beside it).
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed for this test");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of a DOCX (the `w:t` runs of `word/document.xml`), by Python's `zipfile`.
pub fn docx_text(docx: &Path) -> String {
    let script = r"
import re, sys, zipfile, html
xml = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode('utf-8')
print(html.unescape(' '.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>', xml))))
";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(docx)
        .output()
        .expect("python3 is needed for this test");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Text without whitespace, hyphens and soft hyphens, so that words broken over lines or
/// table cells by the layout still match.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
        .collect()
}

/// Whether `haystack` contains `needle`, ignoring line breaks and hyphenation.
pub fn contains(haystack: &str, needle: &str) -> bool {
    squash(haystack).contains(&squash(needle))
}

/// Every file name in a folder, sorted; empty when the folder does not exist.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
