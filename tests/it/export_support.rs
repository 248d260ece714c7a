//! Shared fixtures and tool wrappers for the export tests.
#![allow(clippy::unwrap_used, clippy::missing_panics_doc)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate, TimeZone as _, Utc};
use meldcode::domain::{
    Actor, Change, Dossier, Hand, Person, PersonId, PersonRole, Profile, Signal, example,
};

/// The export moment used by every test.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 15, 0).unwrap()
}

/// Panics unless every tool is installed: these tests check real files with real tools
/// (`scripts/test.sh` installs them), and a test that skips checks nothing.
pub fn require(tools: &[&str]) {
    for tool in tools {
        let ok = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(ok, "`{tool}` is not installed (see scripts/test.sh)");
    }
}

/// A fresh temporary directory.
pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// Runs a tool and returns its stdout; panics with its stderr on failure.
pub fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Writes bytes to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Text of a PDF (pdftotext, reading order).
pub fn pdftotext(path: &Path) -> String {
    run("pdftotext", &[path.to_str().unwrap(), "-"])
}

/// Joins soft hyphenation breaks ("kinder-\nmishandeling") and collapses whitespace.
pub fn normalise(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '-'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1) == Some(&'\n')
            && chars.get(i + 2).is_some_and(|n| n.is_lowercase())
        {
            i += 2;
            continue;
        }
        s.push(if c == '\u{a0}' { ' ' } else { c });
        i += 1;
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Converts files with LibreOffice headless; returns the output paths.
pub fn soffice(files: &[PathBuf], to: &str, ext: &str, outdir: &Path) -> Vec<PathBuf> {
    let profile = outdir.join("lo-profile");
    let mut args = vec![
        format!("-env:UserInstallation=file://{}", profile.display()),
        "--headless".to_owned(),
        "--convert-to".to_owned(),
        to.to_owned(),
        "--outdir".to_owned(),
        outdir.display().to_string(),
    ];
    args.extend(files.iter().map(|f| f.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run("soffice", &refs);
    files
        .iter()
        .map(|f| {
            let out = outdir.join(f.with_extension(ext).file_name().unwrap());
            assert!(out.exists(), "LibreOffice did not convert {}", f.display());
            out
        })
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn signal(day: u32, observer: &Actor, source: Option<&str>, text: &str) -> Change {
    Change::AddSignal {
        signal: Signal {
            id: 0,
            observed_on: date(2026, 10, day),
            recorded_at: Utc.with_ymd_and_hms(2026, 10, day, 15, 0, 0).unwrap(),
            observer: observer.clone(),
            source: source.map(str::to_owned),
            source_person: None,
            hand: if source.is_some() {
                Hand::Tweede
            } else {
                Hand::Eerste
            },
            confirmed_by_informant: source.map(|_| true),
            text: text.to_owned(),
            contra_indicatie: false,
        },
    }
}

/// A profile whose organisation and people have non-ASCII names.
pub fn unicode_profile() -> Profile {
    let mut p = example::profile();
    p.organisation.name = "Basisschool De Ĳsvogel".to_owned();
    p.organisation.place = "Ĳsselmonde".to_owned();
    p.organisation.eindverantwoordelijke = Actor::new("Bjørn Søren Çelik", "directeur");
    p
}

/// Words that must come back exactly from every dossier-based export.
pub const FACT: &str =
    "Bij de reünie in het café bij de ĳsbaan in Ĳsselmonde zag ik een schaafwond.";

/// A dossier whose persons have non-ASCII names and whose free texts mention every person
/// by first name, full name, possessive and initials, with birth dates, addresses,
/// postcodes, phone numbers, e-mail addresses, a BSN and the school's name.
pub fn unicode_dossier() -> Dossier {
    let me = example::user();
    let mut d = Dossier::new(
        meldcode::domain::DossierId(7),
        "MD-2026-0007",
        "basisonderwijs",
        me.clone(),
        Utc.with_ymd_and_hms(2026, 10, 1, 9, 0, 0).unwrap(),
    );
    let mut zoe = Person::new(PersonId(0), PersonRole::Kind, "Zoë", "Ünal-de Wít");
    zoe.birth_date = Some(date(2017, 3, 9));
    zoe.address = "Ĳsselmondse Kade 14".to_owned();
    zoe.postcode_place = "3077 AB Rotterdam-Ĳsselmonde".to_owned();
    zoe.organisation = "Basisschool De Ĳsvogel, groep 6".to_owned();
    let mut mother = Person::new(PersonId(0), PersonRole::Moeder, "Çağla", "Ünal-de Wít");
    mother.birth_date = Some(date(1989, 12, 1));
    mother.phone = "06-12345678".to_owned();
    mother.address = "Ĳsselmondse Kade 14".to_owned();
    mother.postcode_place = "3077 AB Rotterdam-Ĳsselmonde".to_owned();
    mother.email = "cagla@voorbeeld.example".to_owned();
    mother.gezag = Some(true);
    let mut father = Person::new(PersonId(0), PersonRole::Vader, "Bjørn", "Østergaard");
    father.birth_date = Some(date(1986, 5, 30));
    father.phone = "010-4567890".to_owned();
    father.address = "Noorderhavenkade 3".to_owned();
    father.postcode_place = "3038 XB Rotterdam".to_owned();
    father.gezag = Some(true);
    let teacher = Actor::new("Anneke Jansen", "leerkracht groep 6");
    let texts = [
        "Zoë kwam om 8.45 uur binnen met een schaafwond op haar knie.",
        "Zoë's jas was nat; Zoës tas ontbrak. Z. zei: \"Papa Bjørn was boos.\"",
        "Moeder Çağla Ünal-de Wít belde vanaf 06-12345678 en zei dat Ç. Ünal ziek was.",
        "Bjørn Østergaard haalde Zoë Ünal-de Wít op; B. Østergaard woont aan de Noorderhavenkade 3, 3038 XB Rotterdam.",
        "Bjørns auto stond voor de school; Çağla's zus belde 010-4567890.",
        "Zoe (zonder trema) vertelde dat ze op 09-03-2017 jarig is; moeder is geboren op 1 december 1989.",
        "Vader (geboren 30-05-1986) mailde vanaf cagla@voorbeeld.example over Ĳsselmondse Kade 14.",
        "Het BSN van Zoë is 123456782; Basisschool De Ĳsvogel mailde vanaf info@ijsvogel.example en opa belde 06 98 76 54 32.",
        FACT,
    ];
    let mut changes = vec![
        Change::SetTitle {
            title: "Groep 6, schaafwonden".to_owned(),
        },
        Change::AddPerson { person: zoe },
        Change::AddPerson { person: mother },
        Change::AddPerson { person: father },
    ];
    for (i, t) in texts.iter().enumerate() {
        let src = if i % 2 == 1 { Some("Zoë") } else { None };
        changes.push(signal(2 + i as u32, &teacher, src, t));
    }
    for c in changes {
        d.apply(
            c,
            &me,
            Utc.with_ymd_and_hms(2026, 10, 20, 12, 0, 0).unwrap(),
        )
        .unwrap();
    }
    d
}

/// A dossier with `n` signals, enough for long tables across many pages.
pub fn long_dossier(n: u32) -> Dossier {
    let mut d = unicode_dossier();
    let me = example::user();
    let teacher = Actor::new("Anneke Jansen", "leerkracht groep 6");
    for i in 0..n {
        let text = format!(
            "Waarneming {i}: het kind kwam om 8.{:02} uur binnen zonder ontbijt en vertelde dat \
             er thuis ruzie was geweest. Op de linkerarm zat een blauwe plek van ongeveer twee \
             bij drie centimeter. Kinderbeschermingsmaatregelen, huiselijkgeweldsituaties en \
             onderwijsachterstandenbeleid zijn lange Nederlandse woorden die moeten afbreken. \
             https://voorbeeld.example/een/heel/lange/verwijzing/zonder/spaties/{i}",
            i % 60
        );
        d.apply(
            signal(1 + i % 28, &teacher, None, &text),
            &me,
            Utc.with_ymd_and_hms(2026, 10, 30, 12, 0, 0).unwrap(),
        )
        .unwrap();
    }
    d
}

/// Every string of a PDF and its XMP metadata as text: the information dictionary, the
/// metadata, the outline and the structure tree hold text beside the pages. (Page text is
/// glyph-encoded: read it with `pdftotext`.)
pub fn all_pdf_text(bytes: &[u8]) -> String {
    use lopdf::Object;
    fn string(b: &[u8]) -> String {
        match b.strip_prefix(&[0xFE, 0xFF]) {
            Some(rest) => String::from_utf16_lossy(
                &rest
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect::<Vec<_>>(),
            ),
            None => String::from_utf8_lossy(b).into_owned(),
        }
    }
    fn walk(o: &Object, out: &mut String) {
        match o {
            Object::String(b, _) => {
                out.push_str(&string(b));
                out.push('\n');
            }
            Object::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Object::Dictionary(d) => d.iter().for_each(|(_, x)| walk(x, out)),
            Object::Stream(s)
                if s.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"Metadata") =>
            {
                out.push_str(&String::from_utf8_lossy(&s.content));
                out.push('\n');
            }
            _ => {}
        }
    }
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let mut out = String::new();
    for o in doc.objects.values() {
        walk(o, &mut out);
    }
    // The trailer without its /ID: a file identifier is random bytes, not text.
    let mut trailer = doc.trailer.clone();
    trailer.remove(b"ID");
    walk(&Object::Dictionary(trailer), &mut out);
    assert!(out.contains("pdfaid:part"), "metadata was not read");
    out
}
