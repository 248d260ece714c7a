//! The anonymised consultation summary leaks no name, initial, possessive, birth date,
//! address, street, postcode, phone number, e-mail address, BSN or school name, in the
//! model, the PDF and the DOCX.
#![allow(clippy::unwrap_used)]

use crate::export_support;

use export_support::{
    now, pdftotext, require, soffice, tmp, unicode_dossier, unicode_profile, write,
};
use meldcode::export::{DocxOptions, PdfOptions, docx, pdf};
use meldcode::report;

fn forbidden() -> Vec<String> {
    let d = unicode_dossier();
    let mut v = Vec::new();
    for p in &d.persons {
        v.push(p.first_name.clone());
        v.push(p.full_name());
        v.extend(
            p.last_name
                .split(['-', ' '])
                .filter(|w| w.len() > 3)
                .map(str::to_owned),
        );
        v.push(p.address.clone());
        v.push(p.phone.clone());
        v.push(p.email.clone());
        v.extend(
            p.postcode_place
                .split_whitespace()
                .take(2)
                .map(str::to_owned),
        );
    }
    v.extend(
        [
            "Zoe",
            "Zoë's",
            "Zoës",
            "Bjørns",
            "Çağla's",
            "Z.",
            "Ç. Ünal",
            "B. Østergaard",
            "09-03-2017",
            "1 december 1989",
            "30-05-1986",
            "Noorderhavenkade",
            "3038",
            "3077",
            "Ĳsvogel",
            "Kade",
            "Anneke",
            "Jansen",
            "Sanne",
            "Henk",
            "123456782",
            "info@ijsvogel.example",
            "ijsvogel",
            "98 76 54 32",
        ]
        .map(str::to_owned),
    );
    v.retain(|s| !s.trim().is_empty());
    v
}

fn assert_clean(what: &str, text: &str) {
    for f in forbidden() {
        assert!(!text.contains(&f), "{what} contains {f:?}:\n{text}");
    }
}

#[test]
fn model_contains_no_identifying_details() {
    let doc = report::consultatie(&unicode_dossier(), &unicode_profile(), now());
    let all = doc.texts().join("\n");
    assert_clean("model", &all);
    assert_clean(
        "metadata",
        &format!("{} {} {}", doc.meta.title, doc.header, doc.footer),
    );
    assert!(
        all.contains("kwam om 8.45 uur binnen met een schaafwond"),
        "{all}"
    );
    assert!(all.contains("moeder") && all.contains("vader") && all.contains("het kind"));
}

#[test]
fn pdf_and_docx_contain_no_identifying_details() {
    require(&["pdftotext", "soffice"]);
    let doc = report::consultatie(&unicode_dossier(), &unicode_profile(), now());
    let dir = tmp();
    let p = write(
        dir.path(),
        "c.pdf",
        &pdf(&doc, &PdfOptions::new(now())).unwrap(),
    );
    let text = pdftotext(&p);
    assert!(text.contains("schaafwond"));
    assert_clean("PDF", &text);
    assert_clean(
        "PDF objects",
        &crate::export_support::all_pdf_text(&std::fs::read(&p).unwrap()),
    );
    let w = write(
        dir.path(),
        "c.docx",
        &docx(&doc, &DocxOptions::new(now())).unwrap(),
    );
    let out = soffice(&[w], "pdf", "pdf", dir.path());
    let text = pdftotext(&out[0]);
    assert!(text.contains("schaafwond"));
    assert_clean("DOCX", &text);
}
