//! PDF export with printpdf: our own layout ([`super::layout`]), DejaVu Sans embedded and
//! subset, real metadata.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use printpdf::{
    Color, Greyscale, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem,
};

use super::ExportError;
use super::layout::{self, Faces, Item, Measure, PAGE_H, PAGE_W};
use crate::report::Document;

const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

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
    /// Signature areas: page index (0-based) and `[x, y, width, height]` in PDF points
    /// from the bottom-left corner of that page.
    pub signature_rects: Vec<(usize, [f32; 4])>,
    /// Number of pages.
    pub pages: usize,
}

struct Face {
    parsed: ParsedFont,
    upem: f32,
    ascii: Vec<f32>,
    cache: std::sync::Mutex<HashMap<char, f32>>,
}

impl Face {
    fn load(bytes: &[u8], name: &'static str) -> Result<Self, ExportError> {
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or(ExportError::Font(name))?;
        let upem = f32::from(parsed.font_metrics.units_per_em.max(1));
        let mut face = Self {
            parsed,
            upem,
            ascii: Vec::new(),
            cache: std::sync::Mutex::new(HashMap::new()),
        };
        face.ascii = (0u8..128)
            .map(|b| face.advance_raw(char::from(b)))
            .collect();
        Ok(face)
    }

    fn advance_raw(&self, c: char) -> f32 {
        let gid = self.parsed.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.upem
    }

    fn advance(&self, c: char) -> f32 {
        if let Some(w) = self.ascii.get(c as usize) {
            return *w;
        }
        let Ok(mut cache) = self.cache.lock() else {
            return self.advance_raw(c);
        };
        *cache.entry(c).or_insert_with(|| self.advance_raw(c))
    }
}

impl Measure for Face {
    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

fn fonts() -> Result<&'static Fonts, ExportError> {
    static FONTS: OnceLock<Result<Fonts, ExportError>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Ok(Fonts {
                regular: Face::load(REGULAR, "DejaVuSans.ttf")?,
                bold: Face::load(BOLD, "DejaVuSans-Bold.ttf")?,
            })
        })
        .as_ref()
        .map_err(|e| match e {
            ExportError::Font(n) => ExportError::Font(n),
            ExportError::Docx(_) | ExportError::Sign(_) => ExportError::Font("DejaVu Sans"),
        })
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
    let fonts = fonts()?;
    let faces = Faces {
        regular: &fonts.regular,
        bold: &fonts.bold,
    };
    let laid = layout::layout(doc, &faces);

    let mut pdf = PdfDocument::new(&doc.meta.title);
    let regular = pdf.add_font(&fonts.regular.parsed);
    let bold = pdf.add_font(&fonts.bold.parsed);
    let info = &mut pdf.metadata.info;
    info.author = if opts.author.is_empty() {
        doc.meta.author.clone()
    } else {
        opts.author.clone()
    };
    info.subject.clone_from(&doc.meta.subject);
    info.creator = "Meldcode Dossier".to_owned();
    info.producer = format!("Meldcode Dossier {}", env!("CARGO_PKG_VERSION"));
    info.identifier.clone_from(&doc.meta.reference);
    if let Ok(when) = printpdf::OffsetDateTime::from_unix_timestamp(opts.created.timestamp()) {
        info.creation_date = when;
        info.modification_date = when;
        info.metadata_date = when;
    }

    let pt = |v: f32| Pt(v);
    let grey = |g: f32| Color::Greyscale(Greyscale::new(g, None));
    let pages: Vec<PdfPage> = laid
        .pages
        .iter()
        .map(|items| {
            let mut page_ops = Vec::with_capacity(items.len() * 4);
            for item in items {
                match item {
                    Item::Fill {
                        x,
                        y,
                        w,
                        h,
                        grey: g,
                    } => {
                        page_ops.push(Op::SetFillColor { col: grey(*g) });
                        page_ops.push(Op::DrawRectangle {
                            rectangle: Rect::from_xywh(pt(*x), pt(PAGE_H - y - h), pt(*w), pt(*h)),
                        });
                    }
                    Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                        grey: g,
                    } => {
                        page_ops.push(Op::SetOutlineColor { col: grey(*g) });
                        page_ops.push(Op::SetOutlineThickness { pt: pt(*width) });
                        page_ops.push(Op::DrawLine {
                            line: Line {
                                points: vec![
                                    LinePoint {
                                        p: Point {
                                            x: pt(*x1),
                                            y: pt(PAGE_H - y1),
                                        },
                                        bezier: false,
                                    },
                                    LinePoint {
                                        p: Point {
                                            x: pt(*x2),
                                            y: pt(PAGE_H - y2),
                                        },
                                        bezier: false,
                                    },
                                ],
                                is_closed: false,
                            },
                        });
                    }
                    Item::Text {
                        x,
                        y,
                        size,
                        bold: b,
                        grey: g,
                        text,
                    } => {
                        if text.is_empty() {
                            continue;
                        }
                        page_ops.push(Op::StartTextSection);
                        page_ops.push(Op::SetFillColor { col: grey(*g) });
                        page_ops.push(Op::SetFont {
                            font: PdfFontHandle::External(if *b {
                                bold.clone()
                            } else {
                                regular.clone()
                            }),
                            size: pt(*size),
                        });
                        page_ops.push(Op::SetTextCursor {
                            pos: Point {
                                x: pt(*x),
                                y: pt(PAGE_H - y),
                            },
                        });
                        page_ops.push(Op::ShowText {
                            items: vec![TextItem::Text(text.clone())],
                        });
                        page_ops.push(Op::EndTextSection);
                    }
                }
            }
            PdfPage::new(Mm::from(Pt(PAGE_W)), Mm::from(Pt(PAGE_H)), page_ops)
        })
        .collect();
    let page_count = pages.len();
    pdf.with_pages(pages);
    let mut warnings = Vec::new();
    let bytes = pdf.save(
        &PdfSaveOptions {
            subset_fonts: true,
            ..PdfSaveOptions::default()
        },
        &mut warnings,
    );
    let signature_rects = laid
        .signatures
        .iter()
        .map(|(page, [x, y, w, h])| (*page, [*x, PAGE_H - y - h, *w, *h]))
        .collect();
    Ok((
        bytes,
        LayoutInfo {
            signature_rects,
            pages: page_count,
        },
    ))
}
