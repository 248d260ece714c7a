//! PDF and DOCX say the same thing: the text of both (pdftotext; LibreOffice headless to
//! PDF, then pdftotext) is equal after normalising whitespace and hyphenation breaks, and
//! leaving out the page header and footer.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use std::collections::BTreeMap;

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

/// The words of `left` not matched in `right`, and the other way round (as multisets).
fn difference(left: &[String], right: &[String]) -> (Vec<String>, Vec<String>) {
    let mut count: BTreeMap<&str, i64> = BTreeMap::new();
    for word in left {
        *count.entry(word).or_default() += 1;
    }
    for word in right {
        *count.entry(word).or_default() -= 1;
    }
    let (mut only_left, mut only_right) = (Vec::new(), Vec::new());
    for (word, n) in count {
        let side = if n > 0 {
            &mut only_left
        } else {
            &mut only_right
        };
        side.extend(std::iter::repeat_n(
            word.to_owned(),
            n.unsigned_abs() as usize,
        ));
    }
    (only_left, only_right)
}

fn compare(doc: &Document) {
    let dir = tmp();
    let pdf_path = write(
        dir.path(),
        "a.pdf",
        &pdf(doc, &PdfOptions::new(now())).unwrap(),
    );
    let docx_path = write(
        dir.path(),
        "b.docx",
        &docx(doc, &DocxOptions::new(now())).unwrap(),
    );
    let txt = soffice(&[docx_path], "txt:Text", "txt", dir.path());
    let from_pdf = words(
        &drop_repeated_headers(
            &run("pdftotext", &["-raw", pdf_path.to_str().unwrap(), "-"]),
            doc,
        ),
        doc,
    );
    // LibreOffice starts its text output with a byte order mark.
    let txt = std::fs::read_to_string(&txt[0]).unwrap();
    let from_docx = words(txt.trim_start_matches('\u{feff}'), doc);
    // Words both sides have, counted; what is left must be the same letters broken
    // differently (our hyphenation versus LibreOffice's breaks inside narrow cells).
    let (only_pdf, only_docx) = difference(&from_pdf, &from_docx);
    let letters = |ws: &[String]| {
        let mut c: Vec<char> = ws.concat().chars().filter(|c| *c != '-').collect();
        c.sort_unstable();
        c
    };
    assert_eq!(
        letters(&only_pdf),
        letters(&only_docx),
        "{}: only in PDF {only_pdf:?}; only in DOCX {only_docx:?}",
        doc.meta.title
    );
    assert!(
        only_pdf.len() < from_pdf.len() / 20,
        "too many differences: {only_pdf:?} / {only_docx:?}"
    );
    assert!(from_docx.len() >= from_pdf.len() * 9 / 10);
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
