//! `meldcode cert new`, `meldcode sign` and `meldcode verify` as a user runs them (issue 8).
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use crate::sign_common;

use std::path::Path;
use std::process::{Command, Output};

use sign_common::{hand_pdf, pdfsig, valid_count, write};

const PASSWORD: &str = "correct paard batterij";

fn meldcode(args: &[&str], password: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .env("MELDCODE_CERT_PASSWORD", password)
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn new_cert(dir: &Path, name: &str) -> String {
    let p12 = dir.join(format!("{name}.p12"));
    let out = meldcode(
        &[
            "cert",
            "new",
            "--name",
            name,
            "--function",
            "Intern begeleider",
            "--organisation",
            "Basisschool De Regenboog",
            "--email",
            "ib@regenboog.example",
            "--out",
            p12.to_str().unwrap(),
        ],
        PASSWORD,
    );
    assert!(out.status.success(), "{}", text(&out));
    p12.to_str().unwrap().to_owned()
}

#[test]
fn sign_twice_and_verify_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let cert = new_cert(dir.path(), "Çağla Ünal-de Wít");
    let pdf = write(dir.path(), "melding.pdf", &hand_pdf(1));
    let pdf_arg = pdf.to_str().unwrap();
    for location in ["IJsselstein", "Utrecht"] {
        let out = meldcode(
            &[
                "sign",
                pdf_arg,
                "--cert",
                &cert,
                "--visible",
                "--reason",
                "Melding",
                "--location",
                location,
            ],
            PASSWORD,
        );
        assert!(out.status.success(), "{}", text(&out));
    }
    assert_eq!(valid_count(&pdfsig(&pdf)), 2);
    let out = meldcode(&["verify", pdf_arg], "");
    let report = text(&out);
    // Intact, but a self-signed certificate does not prove who signed: exit 3, never 0.
    assert_eq!(out.status.code(), Some(3), "{report}");
    assert!(report.contains("2 handtekeningen"), "{report}");
    assert!(
        report.contains("Ondertekenaar:  Çağla Ünal-de Wít, Basisschool De Regenboog"),
        "{report}"
    );
    assert!(
        report.contains("Daarna:         alleen verdere handtekeningen"),
        "{report}"
    );
    assert!(report.contains("zelf ondertekend"), "{report}");
    assert!(report.contains("Uitslag: ongeschonden"), "{report}");
    // No temporary files left next to the document.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");

    // Changing one signed byte: exit code 1.
    let mut bytes = std::fs::read(&pdf).unwrap();
    let at = bytes.windows(7).position(|w| w == b"Melding").unwrap();
    bytes[at] = b'X';
    std::fs::write(&pdf, &bytes).unwrap();
    let out = meldcode(&["verify", pdf_arg], "");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("Uitslag: ONGELDIG"));
}

#[test]
fn sign_and_verify_docx_with_p7s() {
    let dir = tempfile::tempdir().unwrap();
    let cert = new_cert(dir.path(), "Søren ĳsselstein");
    let docx = write(
        dir.path(),
        "melding.docx",
        b"PK\x03\x04 stand-in for a DOCX",
    );
    let docx_arg = docx.to_str().unwrap();
    let out = meldcode(&["sign", docx_arg, "--cert", &cert], PASSWORD);
    assert!(out.status.success(), "{}", text(&out));
    let p7s = dir.path().join("melding.docx.p7s");
    assert!(p7s.exists());

    let out = meldcode(&["verify", docx_arg], "");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("Søren ĳsselstein"));

    let cert_der = dir.path().join("trusted.der");
    let der = {
        let id = meldcode::export::sign::SigningIdentity::from_pkcs12_bytes(
            &std::fs::read(&cert).unwrap(),
            PASSWORD,
        )
        .unwrap();
        id.certificate_der().to_vec()
    };
    std::fs::write(&cert_der, der).unwrap();
    let out = meldcode(
        &["verify", docx_arg, "--trust", cert_der.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out).contains("Certificaat:    vertrouwd"),
        "{}",
        text(&out)
    );

    std::fs::write(&docx, b"PK\x03\x04 changed").unwrap();
    let out = meldcode(&["verify", docx_arg], "");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));

    std::fs::remove_file(&p7s).unwrap();
    let out = meldcode(&["verify", docx_arg], "");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("kan het handtekeningbestand"));
}

#[test]
fn errors_exit_with_two() {
    let dir = tempfile::tempdir().unwrap();
    let cert = new_cert(dir.path(), "Jan de Vries");
    let pdf = write(dir.path(), "melding.pdf", &hand_pdf(1));
    let pdf_arg = pdf.to_str().unwrap();

    let out = meldcode(&["sign", pdf_arg, "--cert", &cert], "fout");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("wrong password for the certificate file"));
    assert_eq!(std::fs::read(&pdf).unwrap(), hand_pdf(1), "file changed");

    let txt = write(dir.path(), "notes.txt", b"just text");
    let out = meldcode(&["verify", txt.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out).contains("geen PDF- of DOCX-bestand"));

    let out = meldcode(&["verify", "/nonexistent/x.pdf"], "");
    assert_eq!(out.status.code(), Some(2));

    let out = meldcode(&["verify", pdf_arg], "");
    assert_eq!(out.status.code(), Some(1), "unsigned PDF: {}", text(&out));

    // `cert new` never overwrites.
    let out = meldcode(
        &[
            "cert",
            "new",
            "--name",
            "X",
            "--function",
            "Y",
            "--organisation",
            "Z",
            "--email",
            "x@y.example",
            "--out",
            &cert,
        ],
        PASSWORD,
    );
    assert_eq!(out.status.code(), Some(2));
}
