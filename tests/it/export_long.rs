//! A dossier of about fifty pages: no word runs off the page or into the margins, and the
//! long signal table repeats its header on every page it spans.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use export_support::{long_dossier, now, require, run, tmp, unicode_profile, write};
use meldcode::export::layout::{MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_H, PAGE_W};
use meldcode::export::{PdfOptions, pdf_with_layout};
use meldcode::report;

fn attr(tag: &str, name: &str) -> f32 {
    let key = format!("{name}=\"");
    let start = tag.find(&key).unwrap() + key.len();
    let end = start + tag[start..].find('"').unwrap();
    tag[start..end].parse().unwrap()
}

#[test]
fn fifty_pages_stay_inside_the_margins_with_repeated_table_headers() {
    let doc = report::dossier(&long_dossier(190), &unicode_profile(), now());
    let (bytes, info) = pdf_with_layout(&doc, &PdfOptions::new(now())).unwrap();
    assert!(info.pages >= 45, "only {} pages", info.pages);
    require(&["pdftotext"]);
    let dir = tmp();
    let path = write(dir.path(), "long.pdf", &bytes);
    let html = run("pdftotext", &["-bbox-layout", path.to_str().unwrap(), "-"]);
    let pages: Vec<&str> = html.split("<page ").skip(1).collect();
    assert_eq!(pages.len(), info.pages);
    let mut table_pages = 0;
    for (n, page) in pages.iter().enumerate() {
        let mut words = Vec::new();
        for tag in page.split("<word ").skip(1) {
            let text = tag[tag.find('>').unwrap() + 1..tag.find("</word>").unwrap()].to_owned();
            let (x0, x1) = (attr(tag, "xMin"), attr(tag, "xMax"));
            let (y0, y1) = (attr(tag, "yMin"), attr(tag, "yMax"));
            assert!(
                x0 >= MARGIN_X - 0.5,
                "page {}: {text} starts at {x0}",
                n + 1
            );
            assert!(
                x1 <= PAGE_W - MARGIN_X + 0.5,
                "page {}: {text} ends at {x1}",
                n + 1
            );
            // The body stays between the margins; header and footer sit outside them.
            let header = y1 < MARGIN_TOP - 10.0;
            let footer = y0 > PAGE_H - MARGIN_BOTTOM + 10.0;
            assert!(
                header || footer || (y0 >= MARGIN_TOP - 1.0 && y1 <= PAGE_H - MARGIN_BOTTOM + 1.0),
                "page {}: {text} at y {y0}..{y1}",
                n + 1
            );
            words.push(text);
        }
        let text = words.join(" ");
        assert!(
            text.contains(&format!("Pagina {} van {}", n + 1, info.pages)),
            "page {} footer",
            n + 1
        );
        if text.contains("Waarneming") {
            table_pages += 1;
            assert!(
                text.contains("Waargenomen door, bron"),
                "page {} has signal rows without the header row",
                n + 1
            );
        }
    }
    assert!(table_pages >= 30, "{table_pages}");
}
