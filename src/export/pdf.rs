//! PDF export: our own layout ([`super::layout`]) written as PDF/A-2u and PDF/UA-1 — DejaVu
//! Sans embedded as subsets with ToUnicode maps, XMP metadata that agrees with the document
//! information, an sRGB output intent, a structure tree in reading order (headings,
//! paragraphs, lists, tables with header cells), page furniture marked as artefacts,
//! `/Lang nl-NL`, an outline from the headings, and an empty signature field (tagged as
//! `/Form` with `/Alt`) on every signature block, which signing fills in. Bytes out; no
//! clock, no disk.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};

use super::ExportError;
use super::font::{self, Subset, real};
use super::layout::{self, Faces, Item, Node, PAGE_H, PAGE_W, Role};
use crate::report::Document;

/// sRGB IEC61966-2.1 from Debian's icc-profiles-free (zlib licence, see `data/icc/`).
const SRGB: &[u8] = include_bytes!("../../data/icc/sRGB.icc");
/// Where the signature of a document without a signature block goes: `[x1, y1, x2, y2]`
/// in points from the bottom-left corner of its last page.
pub const FALLBACK_SIGNATURE: [f32; 4] = [56.0, 56.0, 306.0, 136.0];
/// The language of every document we write.
pub const LANG: &str = "nl-NL";

/// An empty, tagged signature field of one signature block.
struct Widget {
    /// The widget annotation (also the field).
    id: u32,
    /// Its empty appearance stream.
    appearance: u32,
    /// Its `/Form` structure element.
    element: u32,
    /// Page index.
    page: usize,
    /// The structure element of the signature block.
    node: usize,
    /// `[x1, y1, x2, y2]` in points from the bottom-left corner.
    rect: [f32; 4],
    /// The field name.
    name: String,
    /// The alternative text (also the field's tooltip).
    alt: String,
}

/// Options of the PDF export.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfOptions {
    /// Creation and modification date written into the document information.
    pub created: DateTime<Utc>,
    /// Author; empty means the document's own author.
    pub author: String,
}

impl PdfOptions {
    /// Options with the document's author and the given moment.
    pub fn new(created: DateTime<Utc>) -> Self {
        Self {
            created,
            author: String::new(),
        }
    }
}

/// Where things landed, for later processing (a visible digital signature).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LayoutInfo {
    /// Signature areas (one per signature block, or one at the foot of the last page):
    /// page index (0-based) and `[x, y, width, height]` in PDF points from the bottom-left
    /// corner of that page.
    pub signature_rects: Vec<(usize, [f32; 4])>,
    /// Number of pages.
    pub pages: usize,
}

/// The document as PDF bytes.
pub fn pdf(doc: &Document, opts: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    pdf_with_layout(doc, opts).map(|(bytes, _)| bytes)
}

/// The document as PDF bytes, with where the signature blocks landed.
pub fn pdf_with_layout(
    doc: &Document,
    opts: &PdfOptions,
) -> Result<(Vec<u8>, LayoutInfo), ExportError> {
    let fonts = font::dejavu()?;
    let faces = Faces {
        regular: &fonts.regular,
        bold: &fonts.bold,
    };
    let laid = layout::layout(doc, &faces);
    let mut w = Writer::default();
    let catalog = w.alloc();
    let pages_id = w.alloc();
    let regular_id = w.alloc();
    let bold_id = w.alloc();
    let page_ids: Vec<u32> = laid.pages.iter().map(|_| w.alloc()).collect();
    // One empty signature field per signature block, tagged, so that signing later only
    // fills it in (PDF/UA: a widget is a /Form element with /Alt).
    // A document without a signature block gets one field at the foot of its last page,
    // where a signature of the whole document goes.
    let mut areas: Vec<(usize, [f32; 4], usize, String)> = laid
        .signatures
        .iter()
        .zip(&laid.signature_blocks)
        .map(|((page, [x, y, fw, h]), (node, role))| {
            (
                *page,
                [*x, PAGE_H - y - h, x + fw, PAGE_H - y],
                *node,
                role.clone(),
            )
        })
        .collect();
    if areas.is_empty() {
        let last = laid.pages.len().saturating_sub(1);
        areas.push((last, FALLBACK_SIGNATURE, 0, doc.meta.title.clone()));
    }
    let widgets: Vec<Widget> = areas
        .into_iter()
        .enumerate()
        .map(|(i, (page, rect, node, role))| Widget {
            id: w.alloc(),
            appearance: w.alloc(),
            element: w.alloc(),
            page,
            node,
            rect,
            name: format!(
                "{} {}",
                crate::texts::documents::SIGNATURE_FIELD_NAME,
                i + 1
            ),
            alt: format!(
                "{} {role}",
                crate::texts::documents::SIGNATURE_FIELD_ALT_TEXT
            ),
        })
        .collect();
    let acroform_id = (!widgets.is_empty()).then(|| w.alloc());
    let mut regular = Subset::new(&fonts.regular);
    let mut bold = Subset::new(&fonts.bold);

    // Page contents, with the marked content each structure element owns.
    let mut marks: Vec<Vec<Mark>> = vec![Vec::new(); laid.nodes.len()];
    let mut first_seen: HashMap<usize, (usize, f32)> = HashMap::new();
    let mut owners_by_page: Vec<Vec<usize>> = Vec::with_capacity(laid.pages.len());
    for (index, items) in laid.pages.iter().enumerate() {
        let mut content = Content::default();
        for item in items {
            match item {
                Item::Fill {
                    x,
                    y,
                    w: fw,
                    h,
                    grey,
                } => {
                    content.artifact();
                    let _ = writeln!(
                        content.ops,
                        "{} g {} {} {} {} re f",
                        real(*grey),
                        real(*x),
                        real(PAGE_H - y - h),
                        real(*fw),
                        real(*h)
                    );
                }
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    grey,
                } => {
                    content.artifact();
                    let _ = writeln!(
                        content.ops,
                        "{} G {} w {} {} m {} {} l S",
                        real(*grey),
                        real(*width),
                        real(*x1),
                        real(PAGE_H - y1),
                        real(*x2),
                        real(PAGE_H - y2)
                    );
                }
                Item::Text {
                    node,
                    x,
                    y,
                    size,
                    bold: b,
                    grey,
                    text,
                } => {
                    if text.is_empty() {
                        continue;
                    }
                    match node {
                        Some(n) => {
                            if let Some(mcid) = content.tagged(*n, &laid.nodes) {
                                marks[*n].push(Mark { page: index, mcid });
                            }
                            first_seen.entry(*n).or_insert((index, PAGE_H - y + size));
                        }
                        None => content.artifact(),
                    }
                    let (font, hex) = if *b {
                        ("F2", bold.encode(text))
                    } else {
                        ("F1", regular.encode(text))
                    };
                    let _ = writeln!(
                        content.ops,
                        "BT /{font} {} Tf {} g 1 0 0 1 {} {} Tm {hex} Tj ET",
                        real(*size),
                        real(*grey),
                        real(*x),
                        real(PAGE_H - y)
                    );
                }
            }
        }
        content.close();
        let contents_id = w.alloc();
        w.set_stream(contents_id, "", content.ops.as_bytes(), true);
        let annots: Vec<String> = widgets
            .iter()
            .filter(|wd| wd.page == index)
            .map(|wd| format!("{} 0 R", wd.id))
            .collect();
        let annots = if annots.is_empty() {
            String::new()
        } else {
            format!("/Annots[{}]", annots.join(" "))
        };
        w.set(
            page_ids[index],
            format!(
                "<</Type/Page/Parent {pages_id} 0 R/MediaBox[0 0 {} {}]/Resources<</Font<</F1 {regular_id} 0 R/F2 {bold_id} 0 R>>>>/Contents {contents_id} 0 R/StructParents {index}/Tabs/S{annots}>>",
                real(PAGE_W),
                real(PAGE_H)
            ),
        );
        owners_by_page.push(content.owners);
    }
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    w.set(
        pages_id,
        format!(
            "<</Type/Pages/Kids[{}]/Count {}>>",
            kids.join(" "),
            page_ids.len()
        ),
    );
    write_font(&mut w, regular_id, &regular)?;
    write_font(&mut w, bold_id, &bold)?;

    // The structure tree: one object per element, then the parent tree pointing back.
    let node_ids: Vec<u32> = laid.nodes.iter().map(|_| w.alloc()).collect();
    let root_id = w.alloc();
    for (i, node) in laid.nodes.iter().enumerate() {
        let parent = node.parent.map_or(root_id, |p| node_ids[p]);
        let mut k = String::new();
        for c in &node.children {
            let _ = write!(k, "{} 0 R ", node_ids[*c]);
        }
        for m in &marks[i] {
            let _ = write!(
                k,
                "<</Type/MCR/Pg {} 0 R/MCID {}>> ",
                page_ids[m.page], m.mcid
            );
        }
        for wd in widgets.iter().filter(|wd| wd.node == i) {
            let _ = write!(k, "{} 0 R ", wd.element);
        }
        let attrs = match node.role {
            Role::ColumnHeader => "/A<</O/Table/Scope/Column>>",
            Role::RowHeader => "/A<</O/Table/Scope/Row>>",
            _ => "",
        };
        w.set(
            node_ids[i],
            format!(
                "<</Type/StructElem/S/{}/P {parent} 0 R{attrs}/K[{}]>>",
                role_name(node.role),
                k.trim_end()
            ),
        );
    }
    // Parent tree: page index → the element owning each MCID on that page.
    let parent_tree_id = w.alloc();
    let mut nums = String::new();
    for (index, owners) in owners_by_page.iter().enumerate() {
        let refs: Vec<String> = owners
            .iter()
            .map(|n| format!("{} 0 R", node_ids[*n]))
            .collect();
        let _ = write!(nums, "{index}[{}] ", refs.join(" "));
    }
    // The signature fields: widget (StructParent after the pages' keys), its empty
    // appearance, its /Form element with /Alt, and the form that lists them.
    for (n, wd) in widgets.iter().enumerate() {
        let key = page_ids.len() + n;
        let _ = write!(nums, "{key} {} 0 R ", wd.element);
        let [x1, y1, x2, y2] = wd.rect;
        w.set(
            wd.id,
            format!(
                "<</Type/Annot/Subtype/Widget/FT/Sig/T{}/TU{}/F 4/Rect[{} {} {} {}]/P {} 0 R/StructParent {key}/AP<</N {} 0 R>>>>",
                text_string(&wd.name),
                text_string(&wd.alt),
                real(x1),
                real(y1),
                real(x2),
                real(y2),
                page_ids[wd.page],
                wd.appearance
            ),
        );
        w.set_stream(
            wd.appearance,
            &format!(
                "/Type/XObject/Subtype/Form/BBox[0 0 {} {}]/Resources<<>>",
                real(x2 - x1),
                real(y2 - y1)
            ),
            b"",
            false,
        );
        w.set(
            wd.element,
            format!(
                "<</Type/StructElem/S/Form/P {} 0 R/Alt{}/K[<</Type/OBJR/Obj {} 0 R/Pg {} 0 R>>]>>",
                node_ids[wd.node],
                text_string(&wd.alt),
                wd.id,
                page_ids[wd.page]
            ),
        );
    }
    if let Some(id) = acroform_id {
        let fields: Vec<String> = widgets.iter().map(|wd| format!("{} 0 R", wd.id)).collect();
        w.set(id, format!("<</Fields[{}]>>", fields.join(" ")));
    }
    w.set(parent_tree_id, format!("<</Nums[{}]>>", nums.trim_end()));
    w.set(
        root_id,
        format!(
            "<</Type/StructTreeRoot/K {} 0 R/ParentTree {parent_tree_id} 0 R/ParentTreeNextKey {}>>",
            node_ids[0],
            page_ids.len() + widgets.len()
        ),
    );

    let outlines = outline(&mut w, &laid.nodes, &first_seen, &page_ids);

    // Metadata that agrees with the document information, and the output intent.
    let author = if opts.author.is_empty() {
        doc.meta.author.as_str()
    } else {
        opts.author.as_str()
    };
    let producer = format!("Meldcode Dossier {}", env!("CARGO_PKG_VERSION"));
    let metadata_id = w.alloc();
    let xmp = xmp(
        &doc.meta.title,
        author,
        &doc.meta.subject,
        &producer,
        opts.created,
    );
    w.set_stream(
        metadata_id,
        "/Type/Metadata/Subtype/XML",
        xmp.as_bytes(),
        false,
    );
    let icc_id = w.alloc();
    w.set_stream(icc_id, "/N 3", SRGB, true);
    let intent_id = w.alloc();
    w.set(
        intent_id,
        format!(
            "<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)/Info(sRGB IEC61966-2.1)/DestOutputProfile {icc_id} 0 R>>"
        ),
    );
    let outline_entry = outlines
        .map(|id| format!("/Outlines {id} 0 R/PageMode/UseOutlines"))
        .unwrap_or_default();
    let acroform_entry = acroform_id
        .map(|id| format!("/AcroForm {id} 0 R"))
        .unwrap_or_default();
    w.set(
        catalog,
        format!(
            "<</Type/Catalog/Pages {pages_id} 0 R/Metadata {metadata_id} 0 R/OutputIntents[{intent_id} 0 R]/MarkInfo<</Marked true>>/Lang({LANG})/StructTreeRoot {root_id} 0 R/ViewerPreferences<</DisplayDocTitle true>>{outline_entry}{acroform_entry}>>"
        ),
    );
    let date = pdf_date(opts.created);
    let info = w.alloc();
    w.set(
        info,
        format!(
            "<</Title{}/Author{}/Subject{}/Creator{}/Producer{}/CreationDate({date})/ModDate({date})>>",
            text_string(&doc.meta.title),
            text_string(author),
            text_string(&doc.meta.subject),
            text_string("Meldcode Dossier"),
            text_string(&producer),
        ),
    );
    let bytes = w.finish(catalog, info, &doc.meta.title, opts.created);
    let signature_rects = widgets
        .iter()
        .map(|wd| {
            let [x1, y1, x2, y2] = wd.rect;
            (wd.page, [x1, y1, x2 - x1, y2 - y1])
        })
        .collect();
    Ok((
        bytes,
        LayoutInfo {
            signature_rects,
            pages: page_ids.len(),
        },
    ))
}

/// One marked-content sequence of an element: its page and MCID there.
#[derive(Debug, Clone, Copy)]
struct Mark {
    page: usize,
    mcid: usize,
}

/// A page's content stream being written, with the marked-content sequence now open.
#[derive(Default)]
struct Content {
    ops: String,
    open: Option<Open>,
    /// The element of each MCID on this page, by MCID.
    owners: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Open {
    Artifact,
    Node(usize),
}

impl Content {
    fn close(&mut self) {
        if self.open.take().is_some() {
            self.ops.push_str("EMC\n");
        }
    }

    fn artifact(&mut self) {
        if self.open != Some(Open::Artifact) {
            self.close();
            self.ops.push_str("/Artifact BMC\n");
            self.open = Some(Open::Artifact);
        }
    }

    /// Opens marked content for `node` unless it is open; returns the new MCID if one began.
    fn tagged(&mut self, node: usize, nodes: &[Node]) -> Option<usize> {
        if self.open == Some(Open::Node(node)) {
            return None;
        }
        self.close();
        let mcid = self.owners.len();
        self.owners.push(node);
        let _ = writeln!(
            self.ops,
            "/{} <</MCID {mcid}>> BDC",
            role_name(nodes[node].role)
        );
        self.open = Some(Open::Node(node));
        Some(mcid)
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Document => "Document",
        Role::Heading(1) => "H1",
        Role::Heading(2) => "H2",
        Role::Heading(_) => "H3",
        Role::Paragraph => "P",
        Role::List => "L",
        Role::ListItem => "LI",
        Role::Label => "Lbl",
        Role::ListBody => "LBody",
        Role::Table => "Table",
        Role::Row => "TR",
        Role::ColumnHeader | Role::RowHeader => "TH",
        Role::Cell => "TD",
        Role::Division => "Div",
    }
}

fn write_font(w: &mut Writer, id: u32, subset: &Subset<'_>) -> Result<(), ExportError> {
    for (n, body) in subset.objects(id, &mut || w.alloc())? {
        w.objects[n as usize - 1] = body;
    }
    Ok(())
}

/// Bookmarks from the headings, nested by level; `None` when there are no headings.
fn outline(
    w: &mut Writer,
    nodes: &[Node],
    first_seen: &HashMap<usize, (usize, f32)>,
    page_ids: &[u32],
) -> Option<u32> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut top: Vec<usize> = Vec::new();
    // The last entry open at each level (1..=3).
    let mut open: [Option<usize>; 3] = [None; 3];
    for (i, node) in nodes.iter().enumerate() {
        let (Role::Heading(level), Some(title)) = (node.role, node.title.as_ref()) else {
            continue;
        };
        let Some((page, y)) = first_seen.get(&i) else {
            continue;
        };
        let level = usize::from(level.clamp(1, 3));
        let idx = entries.len();
        entries.push(Entry {
            id: w.alloc(),
            title: title.clone(),
            dest: format!("[{} 0 R/XYZ 0 {} 0]", page_ids[*page], real(*y)),
            children: Vec::new(),
        });
        match (1..level).rev().find_map(|l| open[l - 1]) {
            Some(parent) => entries[parent].children.push(idx),
            None => top.push(idx),
        }
        open[level - 1] = Some(idx);
        for slot in open.iter_mut().skip(level) {
            *slot = None;
        }
    }
    if top.is_empty() {
        return None;
    }
    let root = w.alloc();
    let count = link(w, &entries, &top, root);
    w.set(
        root,
        format!(
            "<</Type/Outlines/First {} 0 R/Last {} 0 R/Count {count}>>",
            entries[top[0]].id,
            entries[top[top.len() - 1]].id
        ),
    );
    Some(root)
}

/// One bookmark while the outline is built.
struct Entry {
    id: u32,
    title: String,
    dest: String,
    children: Vec<usize>,
}

/// Writes the bookmarks of `list` under `parent`; returns how many there are, all levels.
fn link(w: &mut Writer, entries: &[Entry], list: &[usize], parent: u32) -> usize {
    let mut count = 0;
    for (k, &e) in list.iter().enumerate() {
        let entry = &entries[e];
        let mut d = format!(
            "<</Title{}/Parent {parent} 0 R/Dest{}",
            text_string(&entry.title),
            entry.dest
        );
        if k > 0 {
            let _ = write!(d, "/Prev {} 0 R", entries[list[k - 1]].id);
        }
        if let Some(next) = list.get(k + 1) {
            let _ = write!(d, "/Next {} 0 R", entries[*next].id);
        }
        let below = link(w, entries, &entry.children, entry.id);
        if let (Some(first), Some(last)) = (entry.children.first(), entry.children.last()) {
            let _ = write!(
                d,
                "/First {} 0 R/Last {} 0 R/Count {below}",
                entries[*first].id, entries[*last].id
            );
        }
        d.push_str(">>");
        w.set(entry.id, d);
        count += 1 + below;
    }
    count
}

/// A PDF text string: UTF-16BE with byte-order mark, as hex.
fn text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for u in s.encode_utf16() {
        let _ = write!(out, "{u:04X}");
    }
    out.push('>');
    out
}

fn pdf_date(t: DateTime<Utc>) -> String {
    format!("D:{}+00'00'", t.format("%Y%m%d%H%M%S"))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// XMP metadata: PDF/A-2u and PDF/UA-1 identification, with the same title, author,
/// subject, producer and dates as the document information dictionary.
fn xmp(title: &str, author: &str, subject: &str, producer: &str, at: DateTime<Utc>) -> String {
    let date = at.to_rfc3339_opts(SecondsFormat::Secs, true);
    let (title, author, subject, producer) = (
        xml_escape(title),
        xml_escape(author),
        xml_escape(subject),
        xml_escape(producer),
    );
    format!(
        r#"<?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{LANG}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>Meldcode Dossier</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<pdf:Producer>{producer}</pdf:Producer>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>U</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#
    )
}

/// PDF objects by number, written with a classic cross-reference table.
#[derive(Default)]
struct Writer {
    objects: Vec<Vec<u8>>,
}

impl Writer {
    fn alloc(&mut self) -> u32 {
        self.objects.push(Vec::new());
        u32::try_from(self.objects.len()).unwrap_or(u32::MAX)
    }

    fn set(&mut self, id: u32, body: String) {
        self.objects[id as usize - 1] = body.into_bytes();
    }

    /// A stream object; `compress` deflates it (never the XMP metadata, which PDF/A wants
    /// readable without filters).
    fn set_stream(&mut self, id: u32, dict: &str, data: &[u8], compress: bool) {
        self.objects[id as usize - 1] = font::stream(dict, data, compress);
    }

    fn finish(self, root: u32, info: u32, title: &str, at: DateTime<Utc>) -> Vec<u8> {
        use sha2::Digest as _;
        let mut out: Vec<u8> = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::with_capacity(self.objects.len());
        let mut hasher = sha2::Sha256::new();
        for (i, body) in self.objects.iter().enumerate() {
            offsets.push(out.len());
            hasher.update(body);
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        hasher.update(title.as_bytes());
        hasher.update(at.timestamp().to_be_bytes());
        let mut id = String::with_capacity(32);
        for b in &hasher.finalize()[..16] {
            let _ = write!(id, "{b:02X}");
        }
        let xref = out.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f\r\n", self.objects.len() + 1);
        for o in offsets {
            let _ = write!(table, "{o:010} 00000 n\r\n");
        }
        let _ = write!(
            table,
            "trailer\n<</Size {}/Root {root} 0 R/Info {info} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n",
            self.objects.len() + 1
        );
        out.extend_from_slice(table.as_bytes());
        out
    }
}
