//! The DOCX is Dutch and compressed like every Word file (issue 24): `w:lang nl-NL` in the
//! default run properties, `w:themeFontLang nl-NL` in the settings, every part deflated; and
//! LibreOffice's tagged PDF/A-2 export of it says `/Lang (nl-NL)` (one conversion per run).
#![allow(clippy::unwrap_used)]

use std::io::{Cursor, Read as _};

use crate::export_support;

use export_support::{
    long_dossier, normalise, now, pdftotext, require, run, soffice, tmp, unicode_dossier,
    unicode_profile, write,
};
use meldcode::export::{DocxOptions, docx};
use meldcode::report;

/// Every part of a DOCX: (name, compression, compressed size, text).
fn parts(bytes: &[u8]) -> Vec<(String, zip::CompressionMethod, u64, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut text = String::new();
            f.read_to_string(&mut text).unwrap();
            (
                f.name().to_owned(),
                f.compression(),
                f.compressed_size(),
                text,
            )
        })
        .collect()
}

fn part<'a>(parts: &'a [(String, zip::CompressionMethod, u64, String)], name: &str) -> &'a str {
    &parts.iter().find(|p| p.0 == name).unwrap().3
}

#[test]
fn docx_parts_are_deflated_and_dutch() {
    let doc = report::dossier(&long_dossier(300), &unicode_profile(), now());
    let bytes = docx(&doc, &DocxOptions::new(now())).unwrap();
    let parts = parts(&bytes);
    assert_eq!(parts[0].0, "[Content_Types].xml");
    for (name, method, _, _) in &parts {
        assert!(!name.ends_with('/'), "directory entry {name}");
        assert_eq!(*method, zip::CompressionMethod::Deflated, "{name}");
    }
    let plain: usize = parts.iter().map(|p| p.3.len()).sum();
    assert!(
        plain > bytes.len() * 10,
        "{} bytes of XML in a {}-byte DOCX",
        plain,
        bytes.len()
    );

    let styles = part(&parts, "word/styles.xml");
    let defaults = &styles[styles.find("<w:rPrDefault>").unwrap()..];
    let defaults = &defaults[..defaults.find("</w:rPrDefault>").unwrap()];
    assert!(
        defaults.contains(r#"<w:lang w:val="nl-NL""#),
        "no nl-NL in the default run properties: {defaults}"
    );
    assert!(!styles.contains("en-US"), "{styles}");
    let settings = part(&parts, "word/settings.xml");
    assert!(
        settings.contains(r#"<w:themeFontLang w:val="nl-NL""#),
        "{settings}"
    );
    assert!(
        settings.find("</w:compat>").unwrap() < settings.find("<w:themeFontLang").unwrap(),
        "themeFontLang comes after w:compat: {settings}"
    );
    assert!(part(&parts, "docProps/core.xml").contains("<dc:language>nl-NL</dc:language>"));

    // Python's zipfile reads it back and finds every part intact (CRCs checked).
    require(&["python3"]);
    let dir = tmp();
    let path = write(dir.path(), "lang.docx", &bytes);
    let out = run(
        "python3",
        &[
            "-c",
            "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), len(z.namelist()))",
            path.to_str().unwrap(),
        ],
    );
    assert_eq!(out.trim(), format!("None {}", parts.len()));
}

#[test]
fn same_input_gives_the_same_docx() {
    let doc = report::consultatie(&unicode_dossier(), &unicode_profile(), now());
    let a = docx(&doc, &DocxOptions::new(now())).unwrap();
    let b = docx(&doc, &DocxOptions::new(now())).unwrap();
    assert_eq!(a, b);
}

/// The one LibreOffice conversion of this module: our dossier DOCX to a tagged PDF/A-2.
#[test]
fn libreoffice_tagged_pdfa_export_says_dutch() {
    require(&["soffice", "pdftotext"]);
    let doc = report::dossier(&unicode_dossier(), &unicode_profile(), now());
    let dir = tmp();
    let path = write(
        dir.path(),
        "dossier.docx",
        &docx(&doc, &DocxOptions::new(now())).unwrap(),
    );
    let filter = r#"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}"#;
    let out = soffice(&[path], filter, "pdf", dir.path());
    let text = normalise(&pdftotext(&out[0]));
    assert!(text.contains(export_support::FACT), "{text}");

    let pdf = lopdf::Document::load(&out[0]).unwrap();
    let catalog = pdf.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap().as_str().unwrap();
    assert_eq!(lang, b"nl-NL");
    let mark = pdf
        .dereference(catalog.get(b"MarkInfo").unwrap())
        .unwrap()
        .1
        .as_dict()
        .unwrap();
    assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
    let (_, metadata) = pdf.dereference(catalog.get(b"Metadata").unwrap()).unwrap();
    let xmp = metadata.as_stream().unwrap().get_plain_content().unwrap();
    let xmp = String::from_utf8_lossy(&xmp);
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains(r#"pdfaid:part="2""#),
        "{xmp}"
    );
}
