//! `meldcode export` and `meldcode cert … --vault` as a user runs them: every kind in both
//! formats from a vault, each export (and each signature) in the audit log, signed output
//! that `pdfsig` and `openssl cms` accept, and plain errors that leave no file behind.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use export_support::{normalise, pdftotext, require, run};

const PASS: &str = "geheim wachtwoord";
const CERT_PASS: &str = "correct paard batterij";

fn meldcode(args: &[&str], pass: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .env("MELDCODE_PASSPHRASE", pass)
        .env("MELDCODE_CERT_PASSWORD", CERT_PASS)
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
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

fn ok(args: &[&str]) -> String {
    let out = meldcode(args, PASS);
    assert!(out.status.success(), "{args:?}: {}", text(&out));
    text(&out)
}

/// A vault with the example dossier (id 1, MD-2026-0001).
fn demo_vault(dir: &Path) -> PathBuf {
    let v = dir.join("team.mdv");
    ok(&["demo", "--vault", v.to_str().unwrap()]);
    v
}

/// The audit log as (action, dossier, detail) triples.
fn audit(v: &Path) -> Vec<(String, String, String)> {
    ok(&["audit", "--vault", v.to_str().unwrap()])
        .lines()
        .filter(|l| l.contains('\t'))
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c[2].to_owned(), c[3].to_owned(), c[6].to_owned())
        })
        .collect()
}

/// Files in `dir` other than the vault and its companions.
fn stray_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("team.mdv"))
        .collect()
}

#[test]
fn every_kind_and_format_from_a_vault_is_written_and_audited() {
    require(&["pdftotext"]);
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let vs = v.to_str().unwrap();
    let mut expected = Vec::new();
    for kind in ["dossier", "consultatie", "inzage", "protocol"] {
        for format in ["pdf", "docx"] {
            let out = dir.path().join(format!("out-{kind}.{format}"));
            let mut args = vec![
                "export",
                "--vault",
                vs,
                "--kind",
                kind,
                "--format",
                format,
                "--out",
                out.to_str().unwrap(),
            ];
            if kind != "protocol" {
                // By reference and by id.
                args.extend([
                    "--dossier",
                    if format == "pdf" { "1" } else { "MD-2026-0001" },
                ]);
            }
            ok(&args);
            let bytes = std::fs::read(&out).unwrap();
            match format {
                "pdf" => {
                    assert!(bytes.starts_with(b"%PDF-"));
                    let t = normalise(&pdftotext(&out));
                    let needle = match kind {
                        "dossier" | "inzage" => "Çağla Ünal-de Wít",
                        "consultatie" => "blauwe plek van ongeveer 3 bij 4 cm",
                        _ => "Basisschool De Regenboog",
                    };
                    assert!(t.contains(needle), "{kind}: {t}");
                    if kind == "consultatie" {
                        assert!(!t.contains("Zoë") && !t.contains("Çağla"), "{t}");
                    }
                }
                _ => assert!(bytes.starts_with(b"PK\x03\x04")),
            }
            let dossier = if kind == "protocol" { "" } else { "1" };
            expected.push((
                "export".to_owned(),
                dossier.to_owned(),
                format!("{kind} {format}"),
            ));
        }
    }
    let log: Vec<_> = audit(&v)
        .into_iter()
        .filter(|(a, _, _)| a == "export")
        .collect();
    assert_eq!(log, expected);
    // No name of anyone in the audit details.
    assert!(log.iter().all(|(_, _, d)| !d.contains("Zoë")));
}

#[test]
fn errors_are_plain_and_leave_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let vs = v.to_str().unwrap();
    let out = dir.path().join("uit.pdf");
    let os = out.to_str().unwrap();
    let before = audit(&v).len();

    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--dossier",
            "1",
            "--kind",
            "dossier",
            "--out",
            os,
        ],
        "fout",
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(
        text(&r).contains(meldcode::texts::messages::VAULT_WRONG_PASSPHRASE),
        "{}",
        text(&r)
    );

    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--dossier",
            "99",
            "--kind",
            "dossier",
            "--out",
            os,
        ],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(
        text(&r).contains("Er is geen dossier 99 in deze kluis"),
        "{}",
        text(&r)
    );

    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--dossier",
            "MD-1999-0001",
            "--kind",
            "inzage",
            "--out",
            os,
        ],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(
        text(&r).contains("Er is geen dossier MD-1999-0001"),
        "{}",
        text(&r)
    );

    let r = meldcode(
        &["export", "--vault", vs, "--kind", "dossier", "--out", os],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(text(&r).contains("--dossier ID is nodig"), "{}", text(&r));

    // Signing without a certificate in the vault.
    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--dossier",
            "1",
            "--kind",
            "dossier",
            "--sign",
            "--out",
            os,
        ],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(
        text(&r).contains(meldcode::texts::messages::SIGNING_NO_CERTIFICATE),
        "{}",
        text(&r)
    );

    let missing = dir.path().join("geen-map").join("uit.pdf");
    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--kind",
            "protocol",
            "--out",
            missing.to_str().unwrap(),
        ],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert!(text(&r).contains("de map bestaat niet"), "{}", text(&r));

    assert_eq!(stray_files(dir.path()), Vec::<String>::new());
    let after: Vec<_> = audit(&v)
        .into_iter()
        .skip(before)
        .filter(|(a, _, _)| a == "export" || a == "sign")
        .collect();
    assert!(after.is_empty(), "failed exports were logged: {after:?}");

    // A failed export leaves an existing file as it was.
    std::fs::write(&out, b"oud").unwrap();
    let r = meldcode(
        &[
            "export",
            "--vault",
            vs,
            "--dossier",
            "42",
            "--kind",
            "dossier",
            "--out",
            os,
        ],
        PASS,
    );
    assert_eq!(r.status.code(), Some(2));
    assert_eq!(std::fs::read(&out).unwrap(), b"oud");
    assert_eq!(stray_files(dir.path()), vec!["uit.pdf".to_owned()]);
}

#[test]
fn signed_exports_verify_and_are_audited() {
    require(&["pdfsig", "openssl"]);
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let vs = v.to_str().unwrap();
    ok(&[
        "cert",
        "new",
        "--vault",
        vs,
        "--name",
        "Sanne Bakker",
        "--function",
        "Intern begeleider",
        "--organisation",
        "Basisschool De Regenboog",
        "--email",
        "ib@regenboog.example",
        "--ec",
    ]);
    let again = meldcode(
        &[
            "cert",
            "new",
            "--vault",
            vs,
            "--name",
            "X",
            "--function",
            "Y",
            "--organisation",
            "Z",
            "--email",
            "x@y.example",
            "--ec",
        ],
        PASS,
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains(meldcode::texts::messages::CERTIFICATE_EXISTS));
    let shown = ok(&["cert", "show", "--vault", vs]);
    assert!(shown.contains("Sanne Bakker"), "{shown}");
    let fingerprint = shown
        .lines()
        .find_map(|l| l.strip_prefix("SHA-256:"))
        .unwrap()
        .trim()
        .to_owned();

    let pdf = dir.path().join("dossier.pdf");
    ok(&[
        "export",
        "--vault",
        vs,
        "--dossier",
        "1",
        "--kind",
        "dossier",
        "--sign",
        "--place",
        "Rotterdam",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let sig = run("pdfsig", &[pdf.to_str().unwrap()]);
    assert!(sig.contains("Signature is Valid"), "{sig}");
    assert!(sig.contains("Sanne Bakker"), "{sig}");
    assert!(sig.contains("Total document signed"), "{sig}");
    // The visible block is on the page and the document text is intact.
    let t = normalise(&pdftotext(&pdf));
    assert!(t.contains("Digitaal ondertekend door Sanne Bakker"), "{t}");
    assert!(t.contains("Çağla Ünal-de Wít"));
    let verify = meldcode(&["verify", pdf.to_str().unwrap()], PASS);
    // Intact; the self-made certificate is not on a trust list: exit 3 (issue 21).
    assert_eq!(verify.status.code(), Some(3), "{}", text(&verify));

    let docx = dir.path().join("consultatie.docx");
    ok(&[
        "export",
        "--vault",
        vs,
        "--dossier",
        "MD-2026-0001",
        "--kind",
        "consultatie",
        "--format",
        "docx",
        "--sign",
        "--out",
        docx.to_str().unwrap(),
    ]);
    let p7s = dir.path().join("consultatie.docx.p7s");
    let cms = |content: &Path| {
        Command::new("openssl")
            .args([
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-noverify",
                "-out",
            ])
            .arg("/dev/null")
            .arg("-content")
            .arg(content)
            .arg("-in")
            .arg(&p7s)
            .output()
            .unwrap()
    };
    assert!(cms(&docx).status.success(), "{}", text(&cms(&docx)));
    let mut changed = std::fs::read(&docx).unwrap();
    let n = changed.len() / 2;
    changed[n] ^= 0x20;
    let tampered = dir.path().join("tampered.docx");
    std::fs::write(&tampered, &changed).unwrap();
    assert!(!cms(&tampered).status.success());

    let log = audit(&v);
    let tail: Vec<_> = log
        .iter()
        .filter(|(a, _, _)| a == "export" || a == "sign")
        .cloned()
        .collect();
    assert_eq!(
        tail,
        vec![
            ("export".into(), "1".into(), "dossier pdf".into()),
            (
                "sign".into(),
                "1".into(),
                format!("dossier pdf certificate {fingerprint}")
            ),
            ("export".into(), "1".into(), "consultatie docx".into()),
            (
                "sign".into(),
                "1".into(),
                format!("consultatie docx certificate {fingerprint}")
            ),
        ]
    );
    // Kept as the user's own certificate (a per-user secret, named without the name).
    let user = meldcode::domain::example::profile().user.name;
    let s = meldcode::ops::Session::open_vault(
        &v,
        PASS,
        &meldcode::ops::OpenVault::default(),
        meldcode::ops::system_clock(),
    )
    .unwrap();
    let own = format!(
        "secret:{}",
        meldcode::ops::identity::user_secret_name(&s, &user)
            .unwrap()
            .expect("named under the vault's key")
    );
    assert!(!own.contains(&user), "{own}");
    assert!(log.iter().any(|(a, _, d)| a == "change" && *d == own));
}

#[test]
fn a_p12_from_openssl_imports_exports_and_signs() {
    require(&["pdfsig", "openssl"]);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let v = demo_vault(d);
    let vs = v.to_str().unwrap();
    let key = d.join("key.pem");
    let crt = d.join("crt.pem");
    let p12 = d.join("ib.p12");
    run(
        "openssl",
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "30",
            "-subj",
            "/CN=Bjørn Østergaard/O=Basisschool De Regenboog",
            "-utf8",
            "-keyout",
            key.to_str().unwrap(),
            "-out",
            crt.to_str().unwrap(),
        ],
    );
    run(
        "openssl",
        &[
            "pkcs12",
            "-export",
            "-inkey",
            key.to_str().unwrap(),
            "-in",
            crt.to_str().unwrap(),
            "-out",
            p12.to_str().unwrap(),
            "-passout",
            &format!("pass:{CERT_PASS}"),
        ],
    );
    // A wrong password says so, and the vault keeps no certificate.
    let wrong = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["cert", "import", "--vault", vs, p12.to_str().unwrap()])
        .env("MELDCODE_PASSPHRASE", PASS)
        .env("MELDCODE_CERT_PASSWORD", "niet dit")
        .output()
        .unwrap();
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        text(&wrong).contains(meldcode::texts::messages::CERTIFICATE_WRONG_PASSWORD),
        "{}",
        text(&wrong)
    );
    let none = meldcode(&["cert", "show", "--vault", vs], PASS);
    assert_eq!(none.status.code(), Some(2));

    ok(&["cert", "import", "--vault", vs, p12.to_str().unwrap()]);
    let backup = d.join("backup.p12");
    ok(&[
        "cert",
        "export",
        "--vault",
        vs,
        "--out",
        backup.to_str().unwrap(),
    ]);
    // The backup opens with openssl and holds the same certificate.
    let from_backup = run(
        "openssl",
        &[
            "pkcs12",
            "-in",
            backup.to_str().unwrap(),
            "-nokeys",
            "-passin",
            &format!("pass:{CERT_PASS}"),
        ],
    );
    let original = std::fs::read_to_string(&crt).unwrap();
    let body = |pem: &str| -> String {
        pem.lines()
            .skip_while(|l| !l.starts_with("-----BEGIN CERTIFICATE"))
            .take_while(|l| !l.starts_with("-----END CERTIFICATE"))
            .collect()
    };
    assert_eq!(body(&from_backup), body(&original));

    let pdf = d.join("protocol.pdf");
    ok(&[
        "export",
        "--vault",
        vs,
        "--kind",
        "protocol",
        "--sign",
        "--out",
        pdf.to_str().unwrap(),
    ]);
    let sig = run("pdfsig", &[pdf.to_str().unwrap()]);
    assert!(sig.contains("Signature is Valid"), "{sig}");
    assert!(sig.contains("Bjørn Østergaard"), "{sig}");
    let log = audit(&v);
    assert!(log.iter().any(|(a, dossier, det)| a == "sign"
        && dossier.is_empty()
        && det.starts_with("protocol pdf certificate ")));
    assert!(
        log.iter()
            .any(|(a, _, det)| a == "export" && det.starts_with("certificate "))
    );
}
