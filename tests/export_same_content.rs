//! PDF and DOCX say the same thing: the text of both (pdftotext; LibreOffice headless to
//! PDF, then pdftotext) is equal after normalising whitespace and hyphenation breaks, and
//! leaving out the page header and footer.
#![allow(
    clippy::unwrap_used,
    clippy::many_single_char_names,
    clippy::unnested_or_patterns
)]

mod export_support;

use export_support::{
    normalise, now, require, run, soffice, tmp, unicode_dossier, unicode_profile, write,
};
use meldcode::domain::example;
use meldcode::export::{DocxOptions, PdfOptions, docx, pdf};
use meldcode::report::{self, Block, Document};

/// The body words, without page headers and footers, with the bullet marks and the
/// signature line of the DOCX dropped (the PDF draws them as graphics).
fn words(text: &str, doc: &Document) -> Vec<String> {
    let mut t = normalise(text);
    for furniture in [doc.header.as_str(), doc.footer.as_str()] {
        t = t.replace(&normalise(furniture), " ");
    }
    let ws: Vec<String> = t.split_whitespace().map(str::to_owned).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if ws[i] == "Pagina" && ws.get(i + 2).is_some_and(|w| w == "van") {
            i += 4;
            continue;
        }
        if ws[i] != "•" && !ws[i].chars().all(|c| c == '_') {
            out.push(ws[i].clone());
        }
        i += 1;
    }
    out
}

/// The PDF repeats a table's header row on every page the table spans; keep only the
/// occurrences the document itself has.
fn drop_repeated_headers(text: &str, doc: &Document) -> String {
    let mut t = normalise(text);
    let mut headers: Vec<String> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { header, .. } => Some(header.join(" ")),
            _ => None,
        })
        .collect();
    headers.sort();
    headers.dedup();
    for h in headers {
        let keep = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Table { header, .. } if header.join(" ") == h))
            .count();
        let mut seen = 0;
        let mut out = String::new();
        let mut rest = t.as_str();
        while let Some(pos) = rest.find(&h) {
            seen += 1;
            out.push_str(&rest[..pos]);
            if seen <= keep {
                out.push_str(&h);
            }
            rest = &rest[pos + h.len()..];
        }
        out.push_str(rest);
        t = out;
    }
    t
}

/// Words of sorted `a` not matched in sorted `b`, and the other way round (multiset).
fn difference(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let (mut i, mut j) = (0, 0);
    let (mut oa, mut ob) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                oa.push(x.clone());
                i += 1;
            }
            (Some(_), Some(y)) | (None, Some(y)) => {
                ob.push(y.clone());
                j += 1;
            }
            (Some(x), None) => {
                oa.push(x.clone());
                i += 1;
            }
            (None, None) => break,
        }
    }
    (oa, ob)
}

fn compare(doc: &Document) {
    let dir = tmp();
    let p = write(
        dir.path(),
        "a.pdf",
        &pdf(doc, &PdfOptions::new(now())).unwrap(),
    );
    let w = write(
        dir.path(),
        "b.docx",
        &docx(doc, &DocxOptions::new(now())).unwrap(),
    );
    let txt = soffice(&[w], "txt:Text", "txt", dir.path());
    let a = words(
        &drop_repeated_headers(&run("pdftotext", &["-raw", p.to_str().unwrap(), "-"]), doc),
        doc,
    );
    // LibreOffice starts its text output with a byte order mark.
    let txt = std::fs::read_to_string(&txt[0]).unwrap();
    let b = words(txt.trim_start_matches('\u{feff}'), doc);
    let mut sa = a.clone();
    let mut sb = b.clone();
    sa.sort();
    sb.sort();
    // Words both sides have, counted; what is left must be the same letters broken
    // differently (our hyphenation versus LibreOffice's breaks inside narrow cells).
    let (only_a, only_b) = difference(&sa, &sb);
    let letters = |ws: &[String]| {
        let mut c: Vec<char> = ws.concat().chars().filter(|c| *c != '-').collect();
        c.sort_unstable();
        c
    };
    assert_eq!(
        letters(&only_a),
        letters(&only_b),
        "{}: only in PDF {only_a:?}; only in DOCX {only_b:?}",
        doc.meta.title
    );
    assert!(
        only_a.len() < a.len() / 20,
        "too many differences: {only_a:?} / {only_b:?}"
    );
    assert!(b.len() >= a.len() * 9 / 10);
}

#[test]
fn pdf_and_docx_have_the_same_words() {
    require(&["pdftotext", "soffice"]);
    let p = example::profile();
    let d = example::dossier();
    compare(&report::dossier(&d, &p, now()));
    compare(&report::consultatie(
        &unicode_dossier(),
        &unicode_profile(),
        now(),
    ));
    compare(&report::inzage(&d, &p, now()));
    compare(
        &report::build(
            report::DocumentKind::Protocol,
            None,
            &unicode_profile(),
            now(),
        )
        .unwrap(),
    );
}
