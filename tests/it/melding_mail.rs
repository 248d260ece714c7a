//! `meldcode mail`: the melding package from a vault (issue 9). Checked with real tools:
//! Python's `email` package, `pdftotext`, `pdfsig` and `openssl cms`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests may panic")]

use crate::melding_common;

use std::process::Command;

use meldcode::export::sign::{KeyAlgorithm, NewCertificate, SigningIdentity};
use meldcode::storage::AuditAction;
use melding_common::*;
use sha2::Digest as _;

fn mail(v: &std::path::Path, out: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "mail",
        "--vault",
        v.to_str().unwrap(),
        "--dossier",
        "1",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    meldcode(&args)
}

#[test]
fn an_incomplete_meldformulier_names_every_gap_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let out_dir = dir.path().join("pakket");
    let (gaps, d, _) = missing(&v);
    assert!(gaps.len() >= 8, "{gaps:#?}");

    let out = mail(&v, &out_dir, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for gap in &gaps {
        assert!(
            stderr.contains(&gap.describe_safely()),
            "{} not named in:\n{stderr}",
            gap.describe_safely()
        );
    }
    for label in [
        "Telefoon",
        "Vorm(en) van geweld",
        "Bereikbaar op (dagen en tijden)",
        "Is het gezin geïnformeerd over de melding?",
        "Veilig Thuis is nog niet eerst gebeld",
    ] {
        assert!(stderr.contains(label), "{label} not named in:\n{stderr}");
    }
    for p in &d.persons {
        assert!(!stderr.contains(&p.first_name), "a name leaked: {stderr}");
    }
    assert_eq!(
        files_in(&out_dir),
        Vec::<String>::new(),
        "nothing may be written"
    );
    assert!(
        !open(&v)
            .audit_log(Some(ID))
            .unwrap()
            .iter()
            .any(|e| e.action == AuditAction::Export),
        "no export may be logged"
    );

    // One gap left: still nothing.
    make_ready(&v, true);
    apply(
        &v,
        vec![meldcode::domain::Change::SetMeldingField {
            field: "melder_telefoon".to_owned(),
            value: Some(meldcode::domain::Value::Text(" ".to_owned())),
        }],
    );
    let out = mail(&v, &out_dir, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Telefoon"));
    assert_eq!(files_in(&out_dir), Vec::<String>::new());
}

#[test]
fn a_complete_melding_gives_pdf_docx_and_a_draft_with_the_same_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let d = make_ready(&v, true);
    let out_dir = dir.path().join("pakket");
    let out = mail(&v, &out_dir, &[]);
    assert!(out.status.success(), "{}", text(&out));

    let files = files_in(&out_dir);
    assert_eq!(files.len(), 3, "{files:?}");
    let today = chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    for f in &files {
        assert!(f.starts_with("MD-2026-0001_meldformulier_"), "{f}");
        assert!(f.contains(&today), "{f}");
        for p in &d.persons {
            assert!(
                !f.contains(&p.first_name) && !f.contains(&p.last_name),
                "{f}"
            );
        }
    }
    let find = |ext: &str| out_dir.join(files.iter().find(|f| f.ends_with(ext)).unwrap());
    let (pdf, docx, eml) = (find(".pdf"), find(".docx"), find(".eml"));

    let script = r#"
import email, sys, json, hashlib
from email import policy
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
body = msg.get_body(preferencelist=('plain',))
atts = list(msg.iter_attachments())
print(json.dumps({
  "subject": msg["subject"], "to": msg["to"], "unsent": msg["X-Unsent"],
  "multipart": msg.is_multipart(), "type": msg.get_content_type(),
  "defects": len(msg.defects),
  "body": body.get_content(), "charset": body.get_content_charset(),
  "att_names": [a.get_filename() for a in atts],
  "att_types": [a.get_content_type() for a in atts],
  "att_sha": [hashlib.sha256(a.get_content()).hexdigest() for a in atts],
}))
"#;
    let py = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&eml)
        .output()
        .expect("python3 is needed for this test");
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let m: serde_json::Value = serde_json::from_slice(&py.stdout).unwrap();
    let subject = m["subject"].as_str().unwrap();
    assert!(subject.contains("MD-2026-0001"), "{subject}");
    for p in &d.persons {
        for part in [&p.first_name, &p.last_name] {
            for word in part.split([' ', '-']).filter(|w| w.len() > 2) {
                assert!(!subject.contains(word), "{word} in subject {subject}");
            }
        }
    }
    assert_eq!(m["to"], "meldingen@veiligthuis.example");
    assert_eq!(m["unsent"], "1");
    assert_eq!(m["multipart"], true);
    assert_eq!(m["type"], "multipart/mixed");
    assert_eq!(m["defects"], 0);
    assert_eq!(m["charset"], "utf-8");
    let body = m["body"].as_str().unwrap();
    assert!(body.contains("Veilig Thuis Rotterdam Rijnmond"), "{body}");
    assert!(
        body.contains("Zivver") && body.contains("geïnformeerd"),
        "{body}"
    );
    assert_eq!(
        m["att_names"][0].as_str().unwrap(),
        pdf.file_name().unwrap().to_str().unwrap()
    );
    assert_eq!(m["att_types"][0], "application/pdf");
    let pdf_bytes = std::fs::read(&pdf).unwrap();
    assert_eq!(
        m["att_sha"][0].as_str().unwrap(),
        format!("{:x}", sha2::Sha256::digest(&pdf_bytes))
    );

    // Prefill: every person and every signal of the example is in the PDF and the DOCX.
    let pdf_text = pdftotext(&pdf);
    let docx_text = docx_text(&docx);
    for p in &d.persons {
        for t in [&pdf_text, &docx_text] {
            assert!(contains(t, &p.first_name), "{} missing", p.first_name);
            assert!(contains(t, &p.last_name), "{} missing", p.last_name);
        }
    }
    for s in &d.signals {
        assert!(
            contains(&pdf_text, &s.text),
            "signal {} missing:\n{pdf_text}",
            s.id
        );
        assert!(
            contains(&docx_text, &s.text),
            "signal {} missing in DOCX",
            s.id
        );
        let date = meldcode::report::fmt_date(s.observed_on);
        assert!(contains(&pdf_text, &date), "{date} missing");
    }
    for needle in [
        "Verteld door Zoë aan Jeroen de Vries",
        "Anouk Smit",
        "Zivver",
    ] {
        assert!(contains(&pdf_text, needle), "{needle} missing");
    }

    let log = open(&v).audit_log(Some(ID)).unwrap();
    let export = log
        .iter()
        .find(|e| e.action == AuditAction::Export)
        .expect("the export is in the audit log");
    assert!(export.detail.contains("meldformulier"), "{}", export.detail);
}

#[test]
fn with_a_vault_certificate_the_pdf_is_signed_and_the_docx_gets_a_p7s() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    make_ready(&v, true);
    let identity = SigningIdentity::create_self_signed(&NewCertificate {
        name: "Sanne Bakker".to_owned(),
        function: "Intern begeleider".to_owned(),
        organisation: "Basisschool De Regenboog".to_owned(),
        email: "s.bakker@regenboog.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: chrono::Utc::now() - chrono::Duration::days(1),
        valid_days: 30,
    })
    .unwrap();
    open(&v)
        .put_secret(
            meldcode::export::sign::VAULT_SECRET,
            &identity.to_store_bytes().unwrap(),
        )
        .unwrap();
    let out_dir = dir.path().join("pakket");
    let out = mail(&v, &out_dir, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let files = files_in(&out_dir);
    assert_eq!(files.len(), 4, "{files:?}");
    let find = |ext: &str| out_dir.join(files.iter().find(|f| f.ends_with(ext)).unwrap());
    let (pdf, docx, p7s) = (find(".pdf"), find(".docx"), find(".docx.p7s"));

    let sig = Command::new("pdfsig").arg(&pdf).output().expect("pdfsig");
    let report = String::from_utf8_lossy(&sig.stdout);
    assert!(
        report.contains("Signature Validation: Signature is Valid."),
        "{report}"
    );
    assert!(report.contains("Sanne Bakker"), "{report}");
    let cms = Command::new("openssl")
        .args([
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-noverify",
            "-content",
        ])
        .arg(&docx)
        .arg("-in")
        .arg(&p7s)
        .args(["-out", "/dev/null"])
        .output()
        .expect("openssl");
    assert!(
        cms.status.success(),
        "{}",
        String::from_utf8_lossy(&cms.stderr)
    );
}

#[test]
fn an_organisations_own_meldformulier_replaces_the_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    make_ready(&v, true);
    let own = dir.path().join("formulieren").join("meldformulier");
    std::fs::create_dir_all(&own).unwrap();
    let bundled = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("forms/meldformulier");
    for name in ["set.toml", "meldformulier.toml"] {
        std::fs::copy(bundled.join(name), own.join(name)).unwrap();
    }
    let form = own.join("meldformulier.toml");
    let mut toml = std::fs::read_to_string(&form).unwrap();
    toml = toml.replace(
        "title = \"Melding aan Veilig Thuis\"",
        "title = \"Meldformulier Veilig Thuis Rotterdam Rijnmond\"",
    );
    toml.push_str(
        "\n[[section.field]]\nid = \"regio_clientnummer\"\nlabel = \"Regionaal \
         cliëntnummer (Rijnmond)\"\nkind = \"text\"\nrequired = true\nlint = false\n",
    );
    std::fs::write(&form, toml).unwrap();
    let forms = dir.path().join("formulieren");
    let out_dir = dir.path().join("pakket");

    let out = mail(&v, &out_dir, &["--forms", forms.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Regionaal cliëntnummer (Rijnmond)"),
        "{}",
        text(&out)
    );
    assert_eq!(files_in(&out_dir), Vec::<String>::new());

    apply(
        &v,
        vec![meldcode::domain::Change::SetMeldingField {
            field: "regio_clientnummer".to_owned(),
            value: Some(meldcode::domain::Value::Text("R-4471".to_owned())),
        }],
    );
    let out = mail(&v, &out_dir, &["--forms", forms.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let files = files_in(&out_dir);
    let pdf = out_dir.join(
        files
            .iter()
            .find(|f| {
                std::path::Path::new(f)
                    .extension()
                    .is_some_and(|e| e == "pdf")
            })
            .unwrap(),
    );
    let body = pdftotext(&pdf);
    for needle in ["Meldformulier Veilig Thuis Rotterdam Rijnmond", "R-4471"] {
        assert!(contains(&body, needle), "{needle} missing:\n{body}");
    }
}
