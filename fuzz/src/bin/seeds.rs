//! Writes the seed corpora of the fuzz targets from the project's own data:
//! `seeds OUT_DIR` makes `OUT_DIR/<target>/…` (see `scripts/fuzz-corpus.sh`).
//!
//! - `lint`: every sentence and note of the tuning corpus, a few with options, the shapes of
//!   issue 23 (short);
//! - `forms`: each bundled form set as one multi-file input, and all of them together;
//! - `vault`: a small vault made with the fast test key derivation, with one dossier;
//! - `vault_header`: a few structured headers (empty input keeps the good header);
//! - `verify_pdf` / `verify_detached`: the example dossier exported and signed with a
//!   self-signed certificate, and a small hand-written PDF signed the same way.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeZone, Utc};
use meldcode::domain::example;
use meldcode::export::sign::{
    KeyAlgorithm, NewCertificate, PdfSignOptions, SigningIdentity, sign_pdf,
};
use meldcode::export::{self, Format};
use meldcode::form::bundled_files;
use meldcode::report::{self, DocumentKind};
use meldcode::storage::{KdfParams, OpenOptions, Vault};

/// The passphrase of the seed vault; the `vault` and `vault_header` targets use it too.
const PASSPHRASE: &str = "fuzz-wachtwoord-Zoë";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::create_dir_all(dir).expect("corpus dir");
    std::fs::write(dir.join(name), bytes).expect("seed file");
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 15, 0)
        .single()
        .expect("valid time")
}

fn lint_seeds(out: &Path, corpus: &str) {
    let dir = out.join("lint");
    let mut n = 0;
    for line in corpus.lines().skip(1) {
        for text in line.split('\t').skip(2).take(2) {
            let flags = [0u8, 1, 2, 4][n % 4];
            let mut seed = vec![flags];
            seed.extend_from_slice(text.as_bytes());
            write(&dir, &format!("corpus-{n:04}"), &seed);
            n += 1;
        }
    }
    let shapes = [
        "vaak ".repeat(40),
        "dr. vaak. ".repeat(20),
        "zei: \"vaak ".repeat(20),
        "moeder zei dat hij boos lijkt ".repeat(8),
        "Blauwe plek li bovenarm, ca 3 cm, 4/12 gezien.\nMoeder gebeld om 8.55 uur".to_owned(),
        "9\n\u{a0}\nvaak".to_owned(),
        "\ngeregeld\n\x0b\n3".to_owned(),
        "(VT\n\n)".to_owned(),
        "Op 3 april heb ik Veilig Thuis (VT) gebeld.\n\nVT belde terug.".to_owned(),
    ];
    for (i, text) in shapes.iter().enumerate() {
        let mut seed = vec![0u8];
        seed.extend_from_slice(text.as_bytes());
        write(&dir, &format!("shape-{i:02}"), &seed);
    }
}

fn forms_seeds(out: &Path) {
    let dir = out.join("forms");
    let mut sets: BTreeMap<String, String> = BTreeMap::new();
    let mut all = String::new();
    for file in bundled_files() {
        let path = file.path.to_string_lossy().into_owned();
        let set = path
            .split('/')
            .nth(1)
            .unwrap_or("x")
            .trim_end_matches(".toml");
        let framed = format!("##FILE {path}\n{}\n", file.text);
        all.push_str(&framed);
        sets.entry(set.to_owned()).or_default().push_str(&framed);
    }
    let shared = sets.remove("choices").unwrap_or_default();
    for (set, text) in &sets {
        write(
            &dir,
            &format!("set-{set}"),
            format!("{shared}{text}").as_bytes(),
        );
    }
    write(&dir, "all", all.as_bytes());
}

fn vault_seeds(out: &Path) {
    let tmp = tempfile::tempdir().expect("temp dir");
    let path = tmp.path().join("seed.meldcode");
    let opts = OpenOptions {
        workstation: "fuzz".to_owned(),
        ..OpenOptions::default()
    };
    let mut vault = Vault::create_with_kdf(
        &path,
        PASSPHRASE,
        &example::profile(),
        &opts,
        KdfParams::INSECURE_TEST,
    )
    .expect("seed vault");
    let forms = meldcode::form::bundled();
    if let Some(set) = forms.first() {
        vault.create_dossier(&set.id, now()).expect("dossier");
    }
    drop(vault);
    write(
        &out.join("vault"),
        "seed.meldcode",
        &std::fs::read(&path).expect("seed vault bytes"),
    );
    // Structured headers: empty keeps every field of the good header.
    let dir = out.join("vault_header");
    write(&dir, "keep", b"");
    write(
        &dir,
        "small",
        &[1, 0x40, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0],
    );
}

fn sign_seeds(out: &Path) {
    let identity = SigningIdentity::create_self_signed(&NewCertificate {
        name: "Çağla Ünal-de Wít".to_owned(),
        function: "Intern begeleider".to_owned(),
        organisation: "Basisschool De Ĳsvogel".to_owned(),
        email: "ib@ijsvogel.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: now(),
        valid_days: 365,
    })
    .expect("certificate");
    let doc = report::build(
        DocumentKind::Dossier,
        Some(&example::dossier()),
        &example::profile(),
        now(),
    )
    .expect("dossier document");
    let signing = |place: Option<&str>| export::Signing {
        identity: &identity,
        at: now(),
        reason: "Dossier".to_owned(),
        place: place.map(str::to_owned),
        when: "23-11-2026 10:00".to_owned(),
    };
    let pdf = export::sign_export(&doc, Format::Pdf, &signing(Some("Utrecht"))).expect("signed pdf");
    let dir = out.join("verify_pdf");
    write(&dir, "dossier-signed.pdf", &pdf.document);
    let small = sign_pdf(
        &hand_pdf(),
        &identity,
        &PdfSignOptions {
            signing_time: now(),
            reason: Some("Melding Veilig Thuis".to_owned()),
            location: None,
            visible: None,
        },
    )
    .expect("signed small pdf");
    write(&dir, "small-signed.pdf", &small);
    write(&dir, "small.pdf", &hand_pdf());

    let docx = export::sign_export(&doc, Format::Docx, &signing(None)).expect("signed docx");
    let p7s = docx.detached.expect("detached signature");
    let cert = identity.certificate_der();
    let framed = |signature: &[u8], certificate: &[u8], content: &[u8]| {
        let mut seed = Vec::new();
        for part in [signature, certificate] {
            seed.extend_from_slice(&(part.len().min(usize::from(u16::MAX)) as u16).to_le_bytes());
            seed.extend_from_slice(part);
        }
        seed.extend_from_slice(content);
        seed
    };
    let dir = out.join("verify_detached");
    write(&dir, "docx-trusted", &framed(&p7s, cert, &docx.document));
    write(&dir, "docx-untrusted", &framed(&p7s, &[], &docx.document));
    let small_p7s =
        meldcode::export::sign::sign_detached(b"Zo\xc3\xab", &identity, now()).expect("small p7s");
    write(&dir, "small", &framed(&small_p7s, cert, "Zoë".as_bytes()));
}

/// A one-page PDF with a classic xref table.
fn hand_pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_owned(),
        "<< /Length 0 >>\nstream\n\nendstream".to_owned(),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref_at = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().unwrap_or_else(|| "fuzz/corpus".to_owned()));
    let corpus_path = args
        .next()
        .unwrap_or_else(|| "tests/data/lint-corpus.tsv".to_owned());
    let corpus = std::fs::read_to_string(&corpus_path).expect("lint corpus");
    lint_seeds(&out, &corpus);
    forms_seeds(&out);
    vault_seeds(&out);
    sign_seeds(&out);
    println!("seed corpora written to {}", out.display());
}
