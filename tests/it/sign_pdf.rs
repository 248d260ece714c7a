//! PDF signatures checked by poppler's `pdfsig` and by our own verifier (issue 8).
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use crate::sign_common;

use meldcode::export::sign::{
    Coverage, KeyAlgorithm, LaterChanges, PdfSignOptions, SigningIdentity, Trust, VisibleSignature,
    sign_pdf, verify_pdf,
};
use sign_common::{
    exported_pdf, hand_pdf, identity, invisible_options, pdfsig, signing_time, valid_count, write,
    xref_stream_pdf,
};

fn visible_options(page_index: usize, lines: &[&str]) -> PdfSignOptions {
    PdfSignOptions {
        visible: Some(VisibleSignature {
            page_index,
            rect_pt: [72.0, 72.0, 300.0, 150.0],
            lines: lines.iter().map(|l| (*l).to_owned()).collect(),
        }),
        ..invisible_options()
    }
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn pdfsig_accepts_rsa_signature_on_hand_written_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let id = identity(KeyAlgorithm::Rsa2048);
    let signed = sign_pdf(&hand_pdf(1), &id, &invisible_options()).unwrap();
    let path = write(dir.path(), "melding.pdf", &signed);
    let out = pdfsig(&path);
    let text = stdout(&out);
    assert_eq!(valid_count(&out), 1, "{text}");
    assert!(
        text.contains("Signer Certificate Common Name: Çağla Ünal-de Wít"),
        "{text}"
    );
    assert!(text.contains("Total document signed"), "{text}");

    let report = verify_pdf(&signed, &[]).unwrap();
    assert!(report.all_valid(), "{report:?}");
    let sig = &report.signatures[0];
    assert_eq!(sig.signer_name.as_deref(), Some("Çağla Ünal-de Wít"));
    assert_eq!(
        sig.signer_organisation.as_deref(),
        Some("Basisschool De Regenboog")
    );
    assert_eq!(sig.signing_time, Some(signing_time()));
    assert_eq!(sig.reason.as_deref(), Some("Melding Veilig Thuis"));
    assert_eq!(sig.location.as_deref(), Some("Utrecht"));
    assert_eq!(sig.field_name.as_deref(), Some("Handtekening 1"));
    assert_eq!(sig.coverage, Coverage::WholeFile);
    assert_eq!(sig.trust, Trust::SelfSigned);
}

#[test]
fn pdfsig_accepts_two_ecdsa_signatures_on_xref_stream_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let original = xref_stream_pdf();
    assert!(
        !original.windows(5).any(|w| w == b"\nxref"),
        "test input should use an xref stream"
    );
    let id = identity(KeyAlgorithm::EcdsaP256);
    let once = sign_pdf(&original, &id, &invisible_options()).unwrap();
    assert!(once.starts_with(&original), "not an incremental update");
    let signed = sign_pdf(&once, &id, &visible_options(1, &["Tweede"])).unwrap();
    let path = write(dir.path(), "stream.pdf", &signed);
    let out = pdfsig(&path);
    assert_eq!(valid_count(&out), 2, "{}", stdout(&out));
    assert!(verify_pdf(&signed, &[]).unwrap().all_valid());
    assert!(lopdf::Document::load_mem(&signed).is_ok());
    if let Ok(out) = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
    {
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    }
}

#[test]
fn exported_pdf_signs_twice_and_passes_qpdf_check() {
    let dir = tempfile::tempdir().unwrap();
    let original = exported_pdf();
    let once = sign_pdf(
        &original,
        &identity(KeyAlgorithm::Rsa2048),
        &visible_options(1, &["Çağla Ünal-de Wít", "Intern begeleider"]),
    )
    .unwrap();
    let twice = sign_pdf(
        &once,
        &identity(KeyAlgorithm::EcdsaP256),
        &invisible_options(),
    )
    .unwrap();
    let path = write(dir.path(), "exported.pdf", &twice);
    let out = pdfsig(&path);
    assert_eq!(valid_count(&out), 2, "{}", stdout(&out));
    let report = verify_pdf(&twice, &[]).unwrap();
    assert!(report.all_valid(), "{report:#?}");
    // qpdf checks the cross-reference sections and object structure, where installed.
    if let Ok(out) = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
    {
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    }
}

#[test]
fn truncated_signed_pdf_is_not_valid() {
    let signed = sign_pdf(
        &hand_pdf(1),
        &identity(KeyAlgorithm::EcdsaP256),
        &invisible_options(),
    )
    .unwrap();
    let cut = &signed[..signed.len() - 10];
    let report = verify_pdf(cut, &[]).unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert!(!report.all_valid());
}

#[test]
fn flipped_byte_makes_signature_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let id = identity(KeyAlgorithm::Rsa2048);
    let mut signed = sign_pdf(&hand_pdf(1), &id, &invisible_options()).unwrap();
    let at = signed
        .windows(b"Melding pagina 1".len())
        .position(|w| w == b"Melding pagina 1")
        .unwrap();
    signed[at] = b'W';
    let path = write(dir.path(), "changed.pdf", &signed);
    let out = pdfsig(&path);
    let text = stdout(&out);
    assert_eq!(valid_count(&out), 0, "{text}");
    assert!(
        text.contains("- Signature Validation: Digest Mismatch."),
        "{text}"
    );

    let report = verify_pdf(&signed, &[]).unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert!(!report.signatures[0].digest_matches);
    assert!(!report.all_valid());
}

#[test]
fn second_signature_keeps_first_valid() {
    let dir = tempfile::tempdir().unwrap();
    let first = identity(KeyAlgorithm::Rsa2048);
    let second = SigningIdentity::create_self_signed(&meldcode::export::sign::NewCertificate {
        name: "Søren ĳsselstein".to_owned(),
        function: "Directeur, eindverantwoordelijke".to_owned(),
        organisation: "Basisschool De Regenboog".to_owned(),
        email: "directie@regenboog.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: signing_time() - chrono::Duration::days(1),
        valid_days: 365,
    })
    .unwrap();
    let once = sign_pdf(
        &hand_pdf(2),
        &first,
        &visible_options(0, &["Çağla Ünal-de Wít", "Intern begeleider"]),
    )
    .unwrap();
    let twice = sign_pdf(
        &once,
        &second,
        &visible_options(1, &["Søren ĳsselstein", "Directeur"]),
    )
    .unwrap();
    assert!(twice.starts_with(&once));
    let path = write(dir.path(), "twice.pdf", &twice);
    let out = pdfsig(&path);
    let text = stdout(&out);
    assert_eq!(valid_count(&out), 2, "{text}");

    let report = verify_pdf(&twice, &[]).unwrap();
    assert_eq!(report.signatures.len(), 2, "{report:?}");
    assert!(report.all_valid(), "{report:?}");
    assert_eq!(
        report.signatures[0].later_changes,
        LaterChanges::OnlySignatures
    );
    assert!(matches!(
        report.signatures[0].coverage,
        Coverage::Revision { .. }
    ));
    assert_eq!(report.signatures[1].later_changes, LaterChanges::None);
    assert_eq!(
        report.signatures[1].signer_name.as_deref(),
        Some("Søren ĳsselstein")
    );
    assert_eq!(
        report.signatures[1].field_name.as_deref(),
        Some("Handtekening 2")
    );
}

#[test]
fn other_change_after_signature_is_reported() {
    let id = identity(KeyAlgorithm::EcdsaP256);
    let signed = sign_pdf(&hand_pdf(1), &id, &invisible_options()).unwrap();
    // Append an update that replaces the page content.
    let doc = lopdf::Document::load_mem(&signed).unwrap();
    let size = doc.max_id + 1;
    let prev = {
        let tail = String::from_utf8_lossy(&signed[signed.len() - 40..]).into_owned();
        let n: Vec<&str> = tail.split_whitespace().collect();
        n[n.len() - 2].parse::<usize>().unwrap()
    };
    let mut changed = signed.clone();
    let content = "BT /F1 14 Tf 72 770 Td (Iets anders) Tj ET";
    let at = changed.len();
    changed.extend_from_slice(
        format!(
            "5 0 obj\n<< /Length {} >>\nstream\n{content}\nendstream\nendobj\n",
            content.len()
        )
        .as_bytes(),
    );
    let xref_at = changed.len();
    changed.extend_from_slice(
        format!(
            "xref\n5 1\n{at:010} 00000 n\r\ntrailer\n<< /Size {size} /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    let report = verify_pdf(&changed, &[]).unwrap();
    let sig = &report.signatures[0];
    assert!(sig.is_intact(), "{sig:?}");
    assert_eq!(sig.later_changes, LaterChanges::Other);
    assert!(!report.all_valid());
}

#[test]
fn visible_signature_text_is_extractable() {
    let dir = tempfile::tempdir().unwrap();
    let id = identity(KeyAlgorithm::Rsa2048);
    let lines = [
        "Çağla Ünal-de Wít",
        "Intern begeleider",
        "Basisschool De Regenboog",
        "23-11-2026",
        "IJsselstein, ĳ ø ë",
    ];
    let signed = sign_pdf(&hand_pdf(1), &id, &visible_options(0, &lines)).unwrap();
    let path = write(dir.path(), "visible.pdf", &signed);
    assert_eq!(valid_count(&pdfsig(&path)), 1);
    // The widget's appearance is drawn by poppler; pdftoppm renders it without errors.
    let png = dir.path().join("page");
    let out = std::process::Command::new("pdftoppm")
        .args(["-r", "50", "-png", "-singlefile"])
        .arg(&path)
        .arg(&png)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if let Ok(keep) = std::env::var("MELDCODE_KEEP_SIGNED") {
        std::fs::copy(&path, format!("{keep}/visible.pdf")).unwrap();
        std::fs::copy(png.with_extension("png"), format!("{keep}/visible.png")).unwrap();
    }
    assert!(
        out.stderr.is_empty(),
        "pdftoppm complained: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn page_out_of_range_is_an_error() {
    let id = identity(KeyAlgorithm::EcdsaP256);
    let err = sign_pdf(&hand_pdf(1), &id, &visible_options(3, &["x"])).unwrap_err();
    assert!(err.to_string().contains("page 3 does not exist"), "{err}");
}
