//! DOCX export with docx-rs: Word heading styles (navigation pane), real tables with a
//! repeating header row, header and footer with "Pagina X van Y", core properties, Dutch
//! (`nl-NL`) as the language of the text and of the settings, every part deflated.

use std::io::{Cursor, Read as _, Write as _};

use chrono::{DateTime, Datelike as _, Timelike as _, Utc};
use docx_rs::{
    Docx, Footer, Header, NumPages, PageNum, Paragraph, Run, RunFonts, Shading, Style, StyleType,
    Table, TableCell, TableRow, WidthType,
};

use super::ExportError;
use crate::report::model::{Block, Document, SignatureBlock};
use crate::texts::documents as t;

/// Options of the DOCX export.
#[derive(Debug, Clone, PartialEq)]
pub struct DocxOptions {
    /// Creation and modification date of the core properties.
    pub created: DateTime<Utc>,
    /// Author; empty means the document's own author.
    pub author: String,
}

impl DocxOptions {
    /// Options with the document's author and the given moment.
    pub fn new(created: DateTime<Utc>) -> Self {
        Self {
            created,
            author: String::new(),
        }
    }
}

/// Text width of an A4 page with 2 cm margins, in twentieths of a point.
const TEXT_WIDTH: usize = 9638;
const HEADER_MARK: &str = "<w:cantSplit />";
/// Language of every run unless a style says otherwise: Word spell-checks in it and
/// LibreOffice's PDF export names it as the document's `/Lang`.
const LANG: &str = r#"<w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA" />"#;
/// The language of the theme fonts, in `settings.xml` (after `w:compat`, as the schema orders it).
const THEME_FONT_LANG: &str =
    r#"<w:themeFontLang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA" />"#;

fn run(text: &str) -> Run {
    Run::new().add_text(text)
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(run(text))
}

fn cell(p: Paragraph, width: usize) -> TableCell {
    TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa)
}

fn widths(rel: &[f32], n: usize) -> Vec<usize> {
    let w: Vec<f32> = (0..n)
        .map(|i| rel.get(i).copied().unwrap_or(1.0).max(0.1))
        .collect();
    let sum: f32 = w.iter().sum();
    w.iter()
        .map(|x| (x / sum * TEXT_WIDTH as f32) as usize)
        .collect()
}

/// A table; the header row repeats on every page, and no row is split across pages.
fn table(header: &[String], rows: &[Vec<String>], rel: &[f32]) -> Table {
    let w = widths(rel, header.len());
    let head = TableRow::new(
        header
            .iter()
            .zip(&w)
            .map(|(h, w)| {
                cell(
                    Paragraph::new().add_run(run(h).bold()).style("TableText"),
                    *w,
                )
                .shading(Shading::new().fill("E0E0E0"))
            })
            .collect(),
    )
    .cant_split();
    let mut out = vec![head];
    for r in rows {
        out.push(
            TableRow::new(
                r.iter()
                    .zip(&w)
                    .map(|(c, w)| cell(Paragraph::new().add_run(run(c)).style("TableText"), *w))
                    .collect(),
            )
            // Like the PDF: a row moves to the next page whole, so the text reads in order.
            .cant_split(),
        );
    }
    Table::new(out)
        .set_grid(w)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// Label/value pairs as a borderless two-column table.
fn fields(pairs: &[(String, String)]) -> Table {
    let w = widths(&[3.0, 7.0], 2);
    let rows = pairs
        .iter()
        .map(|(l, v)| {
            TableRow::new(vec![
                cell(
                    Paragraph::new().add_run(run(l).bold().color("4D4D4D").size(18)),
                    w[0],
                ),
                cell(para(v), w[1]),
            ])
        })
        .collect();
    Table::without_borders(rows)
        .set_grid(w)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

fn signature(s: &SignatureBlock) -> Vec<Table> {
    let pairs = vec![
        (t::NAME_LABEL.to_owned(), s.name.clone()),
        (t::SIGNATURE_FUNCTION_LABEL.to_owned(), s.function.clone()),
        (t::ORGANISATION_LABEL.to_owned(), s.organisation.clone()),
        (
            t::SIGNATURE_PLACE_AND_DATE_LABEL.to_owned(),
            format!("{}, {}", s.place, s.date),
        ),
    ];
    vec![fields(&pairs)]
}

fn styles(d: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .color("1A1A1A")
            .outline_lvl(level)
    };
    d.add_style(heading("Heading1", "heading 1", 34, 0))
        .add_style(heading("Heading2", "heading 2", 26, 1))
        .add_style(heading("Heading3", "heading 3", 22, 2))
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(18),
        )
        .add_style(
            Style::new("Note", StyleType::Paragraph)
                .name("Note")
                .based_on("Normal")
                .size(18)
                .color("333333")
                .italic(),
        )
}

/// The document as DOCX bytes.
pub fn docx(doc: &Document, opts: &DocxOptions) -> Result<Vec<u8>, ExportError> {
    let created = opts.created.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut d = styles(Docx::new())
        .default_fonts(
            RunFonts::new()
                .ascii("DejaVu Sans")
                .hi_ansi("DejaVu Sans")
                .cs("DejaVu Sans"),
        )
        .default_size(20)
        .page_size(11906, 16838)
        .created_at(&created)
        .updated_at(&created);
    let header = Header::new()
        .add_paragraph(Paragraph::new().add_run(run(&doc.header).size(16).color("666666")));
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .add_run(
                run(&format!("{}    {} ", doc.footer, t::FOOTER_PAGE))
                    .size(16)
                    .color("666666"),
            )
            .add_page_num(PageNum::new())
            .add_run(
                run(&format!(" {} ", t::FOOTER_PAGE_OF))
                    .size(16)
                    .color("666666"),
            )
            .add_num_pages(NumPages::new()),
    );
    d = d.header(header).footer(footer);
    for b in &doc.blocks {
        d = match b {
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 3));
                d.add_paragraph(para(text).style(&style).keep_next(true))
            }
            Block::Paragraph(text) => {
                let mut d = d;
                for p in text.split('\n') {
                    d = d.add_paragraph(para(p));
                }
                d
            }
            Block::Fields(pairs) => d.add_table(fields(pairs)).add_paragraph(Paragraph::new()),
            Block::Table {
                header,
                rows,
                widths,
            } => d
                .add_table(table(header, rows, widths))
                .add_paragraph(Paragraph::new()),
            Block::Bullets(items) => {
                let mut d = d;
                for it in items {
                    d = d.add_paragraph(para(&format!("•\t{it}")).indent(
                        Some(360),
                        Some(docx_rs::SpecialIndentType::Hanging(360)),
                        None,
                        None,
                    ));
                }
                d
            }
            Block::Note(text) => d.add_paragraph(para(text).style("Note")),
            Block::Signature(s) => {
                let mut d = d.add_paragraph(
                    Paragraph::new()
                        .add_run(run(&s.role).bold())
                        .keep_next(true),
                );
                for tbl in signature(s) {
                    d = d.add_table(tbl);
                }
                d.add_paragraph(para(t::SIGNATURE_LINE_LABEL))
                    .add_paragraph(para("______________________________"))
            }
            Block::PageBreak => d.add_paragraph(
                Paragraph::new().add_run(Run::new().add_break(docx_rs::BreakType::Page)),
            ),
        };
    }
    let mut xml = d.build();
    // docx-rs has no `tblHeader`; header rows carry `cantSplit` (body rows do not) and get
    // the repeat mark here.
    let body = String::from_utf8_lossy(&xml.document)
        .replace(HEADER_MARK, &format!("{HEADER_MARK}<w:tblHeader />"));
    xml.document = body.into_bytes();
    xml.doc_props.core = core_xml(doc, opts, &created).into_bytes();
    let defaults = "</w:rPr></w:rPrDefault>";
    xml.styles = replace_once(
        &xml.styles,
        defaults,
        &format!("{LANG}{defaults}"),
        "styles",
    )?;
    let compat = "</w:compat>";
    xml.settings = replace_once(
        &xml.settings,
        compat,
        &format!("{compat}{THEME_FONT_LANG}"),
        "settings",
    )?;
    let mut stored = Cursor::new(Vec::new());
    xml.pack(&mut stored)
        .map_err(|e| ExportError::Docx(e.to_string()))?;
    deflate(&stored.into_inner(), opts.created).map_err(|e| ExportError::Docx(e.to_string()))
}

/// `part` with its only `from` replaced by `to`; an error when docx-rs no longer writes `from`
/// exactly once (the language would silently go missing).
fn replace_once(part: &[u8], from: &str, to: &str, name: &str) -> Result<Vec<u8>, ExportError> {
    let text = String::from_utf8_lossy(part);
    if text.matches(from).count() != 1 {
        return Err(ExportError::Docx(format!("{name}.xml: not one {from}")));
    }
    Ok(text.replacen(from, to, 1).into_bytes())
}

/// docx-rs stores its parts uncompressed; Word deflates every part. Rewrites the archive with
/// the same parts in the same order, deflated, dated `created`, without directory entries.
fn deflate(stored: &[u8], created: DateTime<Utc>) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(stored))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let time = zip::DateTime::from_date_and_time(
        u16::try_from(created.year().clamp(1980, 2107)).unwrap_or(1980),
        created.month() as u8,
        created.day() as u8,
        created.hour() as u8,
        created.minute() as u8,
        created.second() as u8,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(time);
    let mut bytes = Vec::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i)?;
        if part.is_dir() {
            continue;
        }
        bytes.clear();
        part.read_to_end(&mut bytes)?;
        out.start_file(part.name(), options)?;
        out.write_all(&bytes)?;
    }
    Ok(out.finish()?.into_inner())
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn core_xml(doc: &Document, opts: &DocxOptions, created: &str) -> String {
    let author = if opts.author.is_empty() {
        &doc.meta.author
    } else {
        &opts.author
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified><dc:identifier>{}</dc:identifier><dc:language>nl-NL</dc:language></cp:coreProperties>"#,
        esc(&doc.meta.title),
        esc(&doc.meta.subject),
        esc(author),
        esc(author),
        esc(&doc.meta.reference),
    )
}
