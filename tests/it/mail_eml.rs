//! The `.eml` draft parses with a standard mail parser (Python's `email` package).

use std::io::Write as _;
use std::process::Command;

use sha2::Digest as _;

use meldcode::export::mail::{Attachment, MailDraft, eml, neutral_subject};

#[test]
fn draft_parses_with_python_email_and_keeps_the_attachment_bytes() {
    let pdf: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let draft = MailDraft {
        from: None,
        to: Some("meldingen@veiligthuis.example".to_owned()),
        subject: neutral_subject("MD-2026-0001"),
        body: "Beste medewerker van Veilig Thuis,\n\nBijgevoegd het meldformulier (Ĳsselmonde, \
               Çağla, Zoë, Bjørn).\n"
            .to_owned(),
        attachments: vec![Attachment {
            file_name: "MD-2026-0001_meldformulier.pdf".to_owned(),
            content_type: "application/pdf".to_owned(),
            bytes: pdf.clone(),
        }],
        date: chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").unwrap(),
        unique: "0123456789abcdef".to_owned(),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.eml");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(&eml(&draft))
        .unwrap();
    let script = r#"
import email, sys, json, hashlib
from email import policy
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
body = msg.get_body(preferencelist=('plain',))
atts = list(msg.iter_attachments())
print(json.dumps({
  "subject": msg["subject"], "to": msg["to"], "unsent": msg["X-Unsent"],
  "defects": len(msg.defects),
  "body": body.get_content(), "charset": body.get_content_charset(),
  "att_names": [a.get_filename() for a in atts],
  "att_sha": [hashlib.sha256(a.get_content()).hexdigest() for a in atts],
}))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3 is needed for this test (scripts/test.sh installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["subject"], "Melding Veilig Thuis - dossier MD-2026-0001");
    assert_eq!(v["to"], "meldingen@veiligthuis.example");
    assert_eq!(v["unsent"], "1");
    assert_eq!(v["defects"], 0);
    assert_eq!(v["charset"], "utf-8");
    assert!(
        v["body"]
            .as_str()
            .unwrap()
            .contains("Ĳsselmonde, Çağla, Zoë, Bjørn")
    );
    assert_eq!(v["att_names"][0], "MD-2026-0001_meldformulier.pdf");
    let expected = format!("{:x}", sha2::Sha256::digest(&pdf));
    assert_eq!(v["att_sha"][0], expected.as_str());
}
