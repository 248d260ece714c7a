//! Every PDF kind, unsigned and signed, read back with lopdf and checked against what PDF/A-2u
//! and PDF/UA-1 ask of it (the checks are listed in docs/pdfa.md): identification in XMP that
//! agrees with the information dictionary, the sRGB output intent, embedded fonts with
//! ToUnicode, no encryption or JavaScript, `/ID`, `/MarkInfo`, `/Lang nl-NL`,
//! `DisplayDocTitle`, `/Tabs /S`, all text marked (MCID in the parent tree) or an artefact,
//! heading levels without gaps, header cells in tables, an outline; and the structure tree's
//! text, in order, equal to the text `pdftotext -raw` reads minus the artefacts.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, HashMap};

use lopdf::content::Content;
use lopdf::{Dictionary, Document as Pdf, Object, ObjectId};

use crate::export_support::{now, require, run, tmp, unicode_dossier, unicode_profile, write};
use meldcode::domain::example;
use meldcode::export::sign::{KeyAlgorithm, NewCertificate, SigningIdentity};
use meldcode::export::{self, Format};
use meldcode::report::{self, Document, DocumentKind};

fn dict<'a>(pdf: &'a Pdf, o: &'a Object) -> &'a Dictionary {
    match o {
        Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn name<'a>(d: &'a Dictionary, key: &[u8]) -> &'a [u8] {
    d.get(key).unwrap().as_name().unwrap()
}

/// A PDF text string (UTF-16BE with BOM, or PDFDocEncoding for ASCII) as Rust text.
fn text(o: &Object) -> String {
    let bytes = o.as_str().unwrap();
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn xmp_value<'a>(xmp: &'a str, open: &str, close: &str) -> &'a str {
    let start = xmp.find(open).unwrap_or_else(|| panic!("{open} missing")) + open.len();
    let end = start + xmp[start..].find(close).unwrap();
    &xmp[start..end]
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Glyph id → text, from a font's ToUnicode map.
fn to_unicode(pdf: &Pdf, font: &Dictionary) -> HashMap<u16, String> {
    let stream = pdf
        .get_object(font.get(b"ToUnicode").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let cmap = String::from_utf8(stream.decompressed_content().unwrap()).unwrap();
    let mut map = HashMap::new();
    for line in cmap.lines() {
        let Some((gid, uni)) = line.split_once("> <") else {
            continue;
        };
        let gid = u16::from_str_radix(gid.trim_start_matches('<'), 16).unwrap();
        let hex = uni.trim_end_matches('>');
        let units: Vec<u16> = (0..hex.len())
            .step_by(4)
            .map(|i| u16::from_str_radix(&hex[i..i + 4], 16).unwrap())
            .collect();
        map.insert(gid, String::from_utf16(&units).unwrap());
    }
    map
}

/// What one page's content says: text runs with the MCID they are in (`None`: artefact).
fn page_runs(pdf: &Pdf, page: ObjectId) -> Vec<(Option<i64>, String)> {
    let page_dict = pdf.get_dictionary(page).unwrap();
    let resources = dict(pdf, page_dict.get(b"Resources").unwrap());
    let fonts = dict(pdf, resources.get(b"Font").unwrap());
    let maps: HashMap<Vec<u8>, HashMap<u16, String>> = fonts
        .iter()
        .map(|(k, v)| {
            let f = dict(pdf, v);
            let descendant = dict(
                pdf,
                &f.get(b"DescendantFonts").unwrap().as_array().unwrap()[0],
            );
            let descriptor = dict(pdf, descendant.get(b"FontDescriptor").unwrap());
            assert!(descriptor.has(b"FontFile2"), "font not embedded");
            (k.clone(), to_unicode(pdf, f))
        })
        .collect();
    let content = Content::decode(&pdf.get_page_content(page)).unwrap();
    let mut stack: Vec<Option<i64>> = Vec::new();
    let mut font: Vec<u8> = Vec::new();
    let mut runs = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" => {
                let props = dict(pdf, &op.operands[1]);
                stack.push(Some(props.get(b"MCID").unwrap().as_i64().unwrap()));
            }
            "BMC" => {
                assert_eq!(op.operands[0].as_name().unwrap(), b"Artifact");
                stack.push(None);
            }
            "EMC" => {
                stack.pop().unwrap();
            }
            "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
            "Tj" | "TJ" => {
                let mark = *stack.last().expect("text outside marked content");
                let bytes = op.operands[0].as_str().unwrap();
                let map = &maps[&font];
                let s: String = bytes
                    .chunks(2)
                    .map(|c| map[&u16::from_be_bytes([c[0], c[1]])].clone())
                    .collect();
                runs.push((mark, s));
            }
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unbalanced marked content");
    runs
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Checks one PDF; `pdftotext_raw` is what poppler reads from it in content order (`None`
/// for a signed PDF, whose visible signature adds the appearance's text).
fn check(bytes: &[u8], pdftotext_raw: Option<&str>, what: &str) -> usize {
    let pdf = Pdf::load_mem(bytes).unwrap();
    assert!(pdf.trailer.get(b"Encrypt").is_err(), "{what}: encrypted");
    let ids = pdf.trailer.get(b"ID").unwrap().as_array().unwrap();
    assert_eq!(ids.len(), 2, "{what}: /ID");
    let raw = String::from_utf8_lossy(bytes);
    assert!(
        !raw.contains("/JavaScript") && !raw.contains("/JS"),
        "{what}: JavaScript"
    );
    let catalog = pdf.catalog().unwrap();

    // Identification, and metadata that agrees with the information dictionary.
    let meta = pdf
        .get_object(catalog.get(b"Metadata").unwrap().as_reference().unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    assert!(
        meta.dict.get(b"Filter").is_err(),
        "{what}: XMP must not be filtered"
    );
    let xmp = String::from_utf8(meta.content.clone()).unwrap();
    assert_eq!(xmp_value(&xmp, "<pdfaid:part>", "<"), "2", "{what}");
    assert_eq!(xmp_value(&xmp, "<pdfaid:conformance>", "<"), "U", "{what}");
    assert_eq!(xmp_value(&xmp, "<pdfuaid:part>", "<"), "1", "{what}");
    assert!(
        xmp.contains("<rdf:li>nl-NL</rdf:li>"),
        "{what}: dc:language"
    );
    let info = dict(&pdf, pdf.trailer.get(b"Info").unwrap());
    let title = text(info.get(b"Title").unwrap());
    assert!(!title.is_empty());
    assert_eq!(
        unescape(xmp_value(&xmp, "<rdf:li xml:lang=\"x-default\">", "<")),
        title,
        "{what}: dc:title"
    );
    assert_eq!(
        unescape(xmp_value(&xmp, "<pdf:Producer>", "<")),
        text(info.get(b"Producer").unwrap())
    );
    assert_eq!(
        unescape(xmp_value(&xmp, "<dc:creator><rdf:Seq><rdf:li>", "<")),
        text(info.get(b"Author").unwrap())
    );
    assert!(info.get(b"GTS_PDFXVersion").is_err() && info.get(b"Keywords").is_err());

    // The output intent with its embedded sRGB profile.
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    assert_eq!(intents.len(), 1);
    let intent = dict(&pdf, &intents[0]);
    assert_eq!(name(intent, b"S"), b"GTS_PDFA1");
    let profile = pdf
        .get_object(
            intent
                .get(b"DestOutputProfile")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap()
        .as_stream()
        .unwrap();
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 3);
    let icc = profile.decompressed_content().unwrap();
    assert_eq!(&icc[36..40], b"acsp", "{what}: not an ICC profile");
    assert_eq!(&icc[16..20], b"RGB ", "{what}: not an RGB profile");

    // Tagged PDF in Dutch.
    let mark = dict(&pdf, catalog.get(b"MarkInfo").unwrap());
    assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nl-NL");
    let prefs = dict(&pdf, catalog.get(b"ViewerPreferences").unwrap());
    assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    assert!(catalog.has(b"Outlines"), "{what}: no outline");

    // Every page: tab order, and each MCID owned by a structure element through the
    // parent tree, which points back with an MCR for that page and MCID.
    let root = dict(&pdf, catalog.get(b"StructTreeRoot").unwrap());
    let parent_tree = dict(&pdf, root.get(b"ParentTree").unwrap());
    let nums = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
    let owners: BTreeMap<i64, &Object> = nums
        .chunks(2)
        .map(|c| (c[0].as_i64().unwrap(), &c[1]))
        .collect();
    let pages = pdf.get_pages();
    let mut runs_by_mcid: HashMap<(ObjectId, i64), String> = HashMap::new();
    let mut widgets = 0;
    let mut content_text = String::new();
    for page_id in pages.values() {
        let page = pdf.get_dictionary(*page_id).unwrap();
        assert_eq!(name(page, b"Tabs"), b"S", "{what}: /Tabs");
        let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
        let owned = owners[&key].as_array().unwrap();
        // Every signature field's widget: a /Form element with /Alt owns it through its
        // /StructParent, with an object reference back to it; it has an appearance.
        for annot in pdf.get_page_annotations(*page_id).unwrap_or_default() {
            assert_eq!(
                name(annot, b"Subtype"),
                b"Widget",
                "{what}: other annotation"
            );
            assert_eq!(name(annot, b"FT"), b"Sig", "{what}: other field");
            let ap = dict(&pdf, annot.get(b"AP").unwrap());
            assert!(ap.has(b"N"), "{what}: widget without appearance");
            let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
            let form = dict(&pdf, owners[&key]);
            assert_eq!(name(form, b"S"), b"Form", "{what}: widget not in a /Form");
            let alt = form.get(b"Alt").unwrap().as_str().unwrap();
            assert!(!alt.is_empty(), "{what}: /Form without /Alt");
            let objr = form.get(b"K").unwrap().as_array().unwrap();
            assert!(
                objr.iter().any(|k| matches!(k, Object::Dictionary(m)
                    if name(m, b"Type") == b"OBJR" && m.get(b"Pg").unwrap().as_reference().unwrap() == *page_id)),
                "{what}: /Form without its widget"
            );
            widgets += 1;
        }
        for (mcid, s) in page_runs(&pdf, *page_id) {
            content_text.push_str(&s);
            let Some(mcid) = mcid else { continue };
            let elem = dict(&pdf, &owned[usize::try_from(mcid).unwrap()]);
            let k = elem.get(b"K").unwrap().as_array().unwrap();
            assert!(
                k.iter().any(|kid| {
                    matches!(kid, Object::Dictionary(m)
                        if m.get(b"MCID").unwrap().as_i64().unwrap() == mcid
                        && m.get(b"Pg").unwrap().as_reference().unwrap() == *page_id)
                }),
                "{what}: MCID {mcid} not in its owner"
            );
            runs_by_mcid
                .entry((*page_id, mcid))
                .or_default()
                .push_str(&s);
        }
    }
    if let Some(raw) = pdftotext_raw {
        assert_eq!(
            squeeze(&content_text),
            squeeze(raw),
            "{what}: content order differs from pdftotext -raw"
        );
    }

    // The structure tree in order: its text equals the tagged content; headings do not
    // skip a level; every table has header cells.
    let mut tree_text = String::new();
    let mut tagged_text = String::new();
    let mut last_level = 0;
    let mut stack = vec![root.get(b"K").unwrap().clone()];
    let mut order = Vec::new();
    while let Some(o) = stack.pop() {
        order.push(o.clone());
        let d = dict(&pdf, &o);
        let kids: Vec<Object> = d
            .get(b"K")
            .map(|k| k.as_array().cloned().unwrap_or_default())
            .unwrap_or_default();
        for kid in kids.iter().rev() {
            if let Object::Reference(_) = kid {
                stack.push(kid.clone());
            }
        }
    }
    for o in &order {
        let d = dict(&pdf, o);
        let role = name(d, b"S");
        if let Some(level) = role
            .strip_prefix(b"H")
            .and_then(|l| std::str::from_utf8(l).ok()?.parse::<u32>().ok())
        {
            assert!(
                level <= last_level + 1,
                "{what}: heading H{level} after H{last_level}"
            );
            last_level = level;
        }
        if role == b"Table" {
            let rows = d.get(b"K").unwrap().as_array().unwrap();
            let has_th = rows.iter().any(|r| {
                dict(&pdf, r)
                    .get(b"K")
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| name(dict(&pdf, c), b"S") == b"TH")
            });
            assert!(has_th, "{what}: a table without header cells");
        }
        for kid in d.get(b"K").unwrap().as_array().unwrap() {
            if let Object::Dictionary(m) = kid
                && m.has(b"MCID")
            {
                let key = (
                    m.get(b"Pg").unwrap().as_reference().unwrap(),
                    m.get(b"MCID").unwrap().as_i64().unwrap(),
                );
                tree_text.push_str(&runs_by_mcid[&key]);
            }
        }
    }
    for page_id in pages.values() {
        for (mcid, s) in page_runs(&pdf, *page_id) {
            if mcid.is_some() {
                tagged_text.push_str(&s);
            }
        }
    }
    assert_eq!(
        squeeze(&tree_text),
        squeeze(&tagged_text),
        "{what}: reading order"
    );
    assert!(tree_text.len() > 20, "{what}: hardly any tagged text");
    widgets
}

fn documents() -> Vec<(String, Document)> {
    let d = unicode_dossier();
    let p = unicode_profile();
    let mut docs: Vec<(String, Document)> = [
        DocumentKind::Dossier,
        DocumentKind::Consultatie,
        DocumentKind::Inzage,
        DocumentKind::Protocol,
    ]
    .into_iter()
    .map(|k| {
        (
            k.id().to_owned(),
            report::build(k, Some(&d), &p, now()).unwrap(),
        )
    })
    .collect();
    let set = report::melding_doc::bundled_set().unwrap();
    docs.push((
        "meldformulier".to_owned(),
        report::melding_doc::meldformulier(&d, &p, set, now()),
    ));
    // The letter and the answer to Veilig Thuis, from the same dossier once the melding was
    // sent and Veilig Thuis asked for information.
    let mut d = d;
    let me = example::user();
    for change in [
        meldcode::domain::Change::RecordSent {
            sent: meldcode::domain::Sent {
                on: now().date_naive(),
                veilig_thuis_reference: "VT-2026-0412".to_owned(),
                follow_up: "Terugbellen binnen vijf werkdagen.".to_owned(),
                follow_up_on: None,
            },
        },
        meldcode::domain::Change::SetInfoRequest {
            request: meldcode::domain::InfoRequest {
                id: 0,
                received_on: now().date_naive(),
                asked_by: "Anouk Smit".to_owned(),
                questions: "Hoe vaak was Zoë afwezig?".to_owned(),
                own_observations: "In oktober 6 van de 20 lesdagen afwezig.".to_owned(),
                from_others: String::new(),
                consent: Some(true),
                consent_note: "Moeder gaf toestemming.".to_owned(),
                answered_on: Some(now().date_naive()),
            },
        },
    ] {
        d.apply(change, &me, now()).unwrap();
    }
    docs.push((
        "brief-ouders".to_owned(),
        report::letters::brief_ouders(&d, &p, now()).unwrap(),
    ));
    let r = report::vt_antwoord::latest_request(&d).unwrap();
    docs.push((
        "vt-antwoord".to_owned(),
        report::vt_antwoord::vt_antwoord(&d, &p, r.id, now()).unwrap(),
    ));
    docs
}

#[test]
fn every_pdf_kind_is_pdfa_and_tagged_signed_and_unsigned() {
    require(&["pdftotext", "qpdf"]);
    let dir = tmp();
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
    let docs = documents();
    assert_eq!(
        docs.len(),
        7,
        "{:?}",
        docs.iter().map(|d| &d.0).collect::<Vec<_>>()
    );
    for (kind, doc) in &docs {
        let unsigned = export::render(doc, Format::Pdf).unwrap();
        let signing = export::Signing {
            identity: &id,
            at: now(),
            reason: "Voor akkoord".to_owned(),
            place: Some("Rotterdam".to_owned()),
            when: "23-11-2026 11:15".to_owned(),
            timestamp_service: None,
        };
        let signed = export::sign_export(doc, Format::Pdf, &signing)
            .unwrap()
            .document;
        let blocks = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, meldcode::report::Block::Signature(_)))
            .count();
        let mut fields = Vec::new();
        for (label, bytes) in [("unsigned", unsigned), ("signed", signed)] {
            let what = format!("{kind} ({label})");
            let path = write(dir.path(), &format!("{kind}-{label}.pdf"), &bytes);
            let qpdf = std::process::Command::new("qpdf")
                .arg("--check")
                .arg(&path)
                .output()
                .unwrap();
            assert_eq!(qpdf.status.code(), Some(0), "{what}: qpdf --check");
            let raw = run("pdftotext", &["-raw", path.to_str().unwrap(), "-"]);
            fields.push(check(
                &bytes,
                (label == "unsigned").then_some(raw.as_str()),
                &what,
            ));
        }
        // The unsigned PDF carries a field per signature block; signing fills one of them
        // (or adds one where the document has none).
        assert!(
            fields[0] >= blocks,
            "{kind}: {fields:?} fields for {blocks} blocks"
        );
        assert_eq!(fields[1], fields[0].max(1), "{kind}: signing added a field");
    }
}
