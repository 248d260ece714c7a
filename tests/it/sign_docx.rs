//! Detached `.p7s` signatures for DOCX, checked by `openssl cms -verify` and by our own
//! verifier (issue 8).
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use crate::sign_common;

use std::path::Path;

use meldcode::export::sign::{KeyAlgorithm, Trust, sign_detached, verify_detached};
use sign_common::{identity, openssl, signing_time, write};

/// A real DOCX made with docx-rs.
fn real_docx() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    docx_rs::Docx::new()
        .add_paragraph(
            docx_rs::Paragraph::new()
                .add_run(docx_rs::Run::new().add_text("Melding – Çağla Ünal-de Wít, ĳ ø ë")),
        )
        .build()
        .pack(&mut out)
        .unwrap();
    out.into_inner()
}

fn openssl_verifies(docx: &Path, p7s: &Path) -> (bool, String) {
    let out = openssl(&[
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-content",
        docx.to_str().unwrap(),
        "-in",
        p7s.to_str().unwrap(),
        "-noverify",
        "-out",
        "/dev/null",
    ]);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn openssl_verifies_detached_signature_and_rejects_changed_docx() {
    let dir = tempfile::tempdir().unwrap();
    for (algorithm, docx) in [
        (KeyAlgorithm::Rsa2048, real_docx()),
        (
            KeyAlgorithm::EcdsaP256,
            b"any bytes stand in for a DOCX".to_vec(),
        ),
    ] {
        assert!(docx.len() > 10);
        let id = identity(algorithm);
        let p7s = sign_detached(&docx, &id, signing_time()).unwrap();
        let docx_path = write(dir.path(), "melding.docx", &docx);
        let p7s_path = write(dir.path(), "melding.docx.p7s", &p7s);
        let (ok, stderr) = openssl_verifies(&docx_path, &p7s_path);
        assert!(ok, "{algorithm:?}: {stderr}");

        let report = verify_detached(&docx, &p7s, &[]).unwrap();
        assert!(report.is_valid(), "{report:?}");
        assert_eq!(report.signer_name.as_deref(), Some("Çağla Ünal-de Wít"));
        assert_eq!(report.signing_time, Some(signing_time()));
        assert_eq!(report.trust, Trust::SelfSigned);

        let mut changed = docx.clone();
        let last = changed.len() - 1;
        changed[last] ^= 0x01;
        let changed_path = write(dir.path(), "melding.docx", &changed);
        let (ok, _) = openssl_verifies(&changed_path, &p7s_path);
        assert!(!ok, "{algorithm:?}: openssl accepted a changed file");
        let report = verify_detached(&changed, &p7s, &[]).unwrap();
        assert!(!report.digest_matches);
        assert!(!report.is_valid());
    }
}

#[test]
fn pem_signature_from_openssl_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let docx = real_docx();
    let id = identity(KeyAlgorithm::Rsa2048);
    let p7s = sign_detached(&docx, &id, signing_time()).unwrap();
    let der_path = write(dir.path(), "x.p7s", &p7s);
    let pem_path = dir.path().join("x.pem");
    let out = openssl(&[
        "cms",
        "-cmsout",
        "-inform",
        "DER",
        "-in",
        der_path.to_str().unwrap(),
        "-outform",
        "PEM",
        "-out",
        pem_path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let pem = std::fs::read(pem_path).unwrap();
    assert!(pem.starts_with(b"-----BEGIN"));
    assert!(verify_detached(&docx, &pem, &[]).unwrap().is_valid());
}

#[test]
fn garbage_signature_is_an_error() {
    assert!(verify_detached(b"docx", b"not a signature", &[]).is_err());
}
