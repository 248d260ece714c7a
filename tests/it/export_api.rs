//! The library calls the app uses: `report::build` for every kind, `export::render` in both
//! formats, and `export::sign_export` whose signatures our verifier and `pdfsig` accept.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use export_support::{normalise, now, pdftotext, require, run, tmp, write};
use meldcode::domain::example;
use meldcode::export::sign::{
    KeyAlgorithm, NewCertificate, SigningIdentity, verify_detached, verify_pdf,
};
use meldcode::export::{self, Format};
use meldcode::report::{self, BuildError, DocumentKind};

#[test]
fn every_kind_builds_and_renders_in_both_formats() {
    let d = example::dossier();
    let p = example::profile();
    for kind in DocumentKind::ALL {
        assert_eq!(DocumentKind::from_id(kind.id()), Some(kind));
    }
    for kind in [
        DocumentKind::Meldformulier,
        DocumentKind::BriefOuders,
        DocumentKind::VtAntwoord,
    ] {
        assert_eq!(
            report::build(kind, Some(&d), &p, now()).unwrap_err(),
            BuildError::OwnBuilder(kind.id())
        );
    }
    for kind in [
        DocumentKind::Dossier,
        DocumentKind::Consultatie,
        DocumentKind::Inzage,
        DocumentKind::Protocol,
    ] {
        let doc = report::build(kind, Some(&d), &p, now()).unwrap();
        assert_eq!(doc.meta.created, now());
        let pdf = export::render(&doc, Format::Pdf).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{kind:?}");
        let docx = export::render(&doc, Format::Docx).unwrap();
        assert!(docx.starts_with(b"PK\x03\x04"), "{kind:?}");
        if kind.needs_dossier() {
            assert_eq!(
                report::build(kind, None, &p, now()).unwrap_err(),
                BuildError::NeedsDossier(kind.id())
            );
        }
    }
    // The protocol comes from the bundled protocol form: its sections are in it.
    let protocol = report::build(DocumentKind::Protocol, None, &p, now()).unwrap();
    assert!(protocol.texts().len() > 40, "{:?}", protocol.texts());
}

#[test]
fn signed_exports_verify() {
    require(&["pdfsig", "pdftotext"]);
    let id = SigningIdentity::create_self_signed(&NewCertificate {
        name: "Çağla Ünal-de Wít".to_owned(),
        function: "Intern begeleider".to_owned(),
        organisation: "Basisschool De Ĳsvogel".to_owned(),
        email: "ib@ijsvogel.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: now(),
        valid_days: 365,
    })
    .unwrap();
    let doc = report::build(
        DocumentKind::Dossier,
        Some(&example::dossier()),
        &example::profile(),
        now(),
    )
    .unwrap();
    let signing = |place: Option<&str>| export::Signing {
        identity: &id,
        at: now(),
        reason: "Voor akkoord ondertekend".to_owned(),
        place: place.map(str::to_owned),
        when: report::fmt_datetime(now()),
        timestamp_service: None,
    };
    let signed = export::sign_export(&doc, Format::Pdf, &signing(Some("Rotterdam"))).unwrap();
    assert!(signed.detached.is_none());
    let check = verify_pdf(&signed.document, &[]).unwrap();
    assert_eq!(check.signatures.len(), 1);
    assert!(check.all_valid());
    let dir = tmp();
    let path = write(dir.path(), "signed.pdf", &signed.document);
    let sig = run("pdfsig", &[path.to_str().unwrap()]);
    assert!(sig.contains("Signature is Valid"), "{sig}");
    let text = normalise(&pdftotext(&path));
    assert!(
        text.contains("Digitaal ondertekend door Çağla Ünal-de Wít"),
        "{text}"
    );
    assert!(
        text.contains("23 november 2026, 10:15 UTC, Rotterdam"),
        "{text}"
    );

    let signed = export::sign_export(&doc, Format::Docx, &signing(None)).unwrap();
    let p7s = signed.detached.unwrap();
    assert!(
        verify_detached(&signed.document, &p7s, &[])
            .unwrap()
            .is_valid()
    );
    let mut changed = signed.document.clone();
    let n = changed.len() / 3;
    changed[n] ^= 1;
    assert!(!verify_detached(&changed, &p7s, &[]).is_ok_and(|r| r.is_valid()));
}
