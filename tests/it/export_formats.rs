//! Every kind in both formats, from the example and from a dossier with non-ASCII names:
//! the exact strings come back, fonts are embedded subsets, metadata is real, and LibreOffice
//! opens every DOCX.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use export_support::{
    FACT, normalise, now, pdftotext, require, run, soffice, tmp, unicode_dossier, unicode_profile,
    write,
};
use meldcode::domain::{Dossier, Profile, example};
use meldcode::export::{DocxOptions, PdfOptions, docx, pdf};
use meldcode::form::FormSet;
use meldcode::report::{self, Document};

fn forms() -> FormSet {
    FormSet {
        id: "protocol".into(),
        title: "Protocol".into(),
        sector: String::new(),
        description: String::new(),
        source: String::new(),
        forms: Vec::new(),
        tree: None,
        choices: std::collections::BTreeMap::new(),
    }
}

fn documents(d: &Dossier, p: &Profile) -> Vec<(&'static str, Document)> {
    vec![
        ("dossier", report::dossier(d, p, now())),
        ("consultatie", report::consultatie(d, p, now())),
        ("inzage", report::inzage(d, p, now())),
        ("protocol", report::protocol(p, &forms(), now())),
    ]
}

/// Strings each kind must give back exactly.
fn expected(kind: &str, unicode: bool) -> Vec<&'static str> {
    let names = if unicode {
        vec![
            "Çağla Ünal-de Wít",
            "Zoë Ünal-de Wít",
            "Bjørn Østergaard",
            "Ĳsselmondse Kade 14",
            FACT,
        ]
    } else {
        vec!["Çağla Ünal-de Wít", "Zoë", "Bjørn", "Ĳsselmonde"]
    };
    match (kind, unicode) {
        ("dossier" | "inzage", _) => names,
        ("consultatie", true) => vec!["reünie in het café bij de ĳsbaan", "Pagina 1 van"],
        ("consultatie", false) => vec!["blauwe plek van ongeveer 3 bij 4 cm", "Pagina 1 van"],
        (_, true) => vec![
            "Basisschool De Ĳsvogel",
            "Bjørn Søren Çelik",
            "Pagina 1 van",
        ],
        _ => vec![
            "Basisschool De Regenboog",
            "Rotterdam-IJsselmonde",
            "Pagina 1 van",
        ],
    }
}

fn check_all(d: &Dossier, p: &Profile, unicode: bool) {
    require(&["pdftotext", "pdffonts", "pdfinfo", "soffice"]);
    let dir = tmp();
    let mut docx_files = Vec::new();
    for (kind, doc) in documents(d, p) {
        let bytes = pdf(&doc, &PdfOptions::new(now())).unwrap();
        let path = write(dir.path(), &format!("{kind}.pdf"), &bytes);
        let text = normalise(&pdftotext(&path));
        for s in expected(kind, unicode) {
            assert!(text.contains(s), "{kind}.pdf lacks {s:?}:\n{text}");
        }
        let fonts = run("pdffonts", &[path.to_str().unwrap()]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{kind}: no fonts");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let name = cols[0];
            assert!(
                name.len() > 7
                    && name.as_bytes()[6] == b'+'
                    && name[..6].chars().all(|c| c.is_ascii_uppercase()),
                "{kind}: font {name} is not a subset"
            );
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{kind}: {row}");
        }
        let info = run("pdfinfo", &[path.to_str().unwrap()]);
        assert!(
            info.contains(&format!("Title:           {}", doc.meta.title)),
            "{info}"
        );
        assert!(
            info.contains(&format!("Author:          {}", doc.meta.author)),
            "{info}"
        );
        assert!(
            info.contains("CreationDate:    Mon Nov 23 10:15:00 2026"),
            "{info}"
        );
        let bytes = docx(&doc, &DocxOptions::new(now())).unwrap();
        docx_files.push((kind, write(dir.path(), &format!("{kind}-w.docx"), &bytes)));
    }
    let paths: Vec<_> = docx_files.iter().map(|(_, p)| p.clone()).collect();
    let out = soffice(&paths, "pdf", "pdf", dir.path());
    for ((kind, _), pdf_path) in docx_files.iter().zip(out) {
        let text = normalise(&pdftotext(&pdf_path));
        for s in expected(kind, unicode) {
            assert!(text.contains(s), "{kind}.docx lacks {s:?}:\n{text}");
        }
    }
}

#[test]
fn example_exports_in_both_formats() {
    check_all(&example::dossier(), &example::profile(), false);
}

#[test]
fn non_ascii_names_survive_both_formats() {
    check_all(&unicode_dossier(), &unicode_profile(), true);
}

#[test]
fn signature_block_position_is_reported() {
    let doc = report::dossier(&example::dossier(), &example::profile(), now());
    let (bytes, info) = meldcode::export::pdf_with_layout(&doc, &PdfOptions::new(now())).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(info.signature_rects.len(), 2);
    for (page, [x, y, w, h]) in &info.signature_rects {
        assert!(*page < info.pages);
        assert!(*x > 0.0 && *y > 0.0 && *w > 100.0 && *h > 20.0);
        assert!(x + w < 595.3 && y + h < 841.9);
    }
}
