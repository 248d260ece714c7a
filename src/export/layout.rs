//! Page layout for the PDF: measured line wrapping with Dutch hyphenation, tables that
//! split across pages with repeated header rows, headings kept with what follows, page
//! header and footer. Produces positioned items; [`super::pdf`] turns them into PDF.
//!
//! Coordinates are points from the top-left corner of the page.

pub use super::wrap::{hyphenate, wrap};
use crate::report::model::{Block, Document, SignatureBlock};
use crate::report::texts as t;

/// A4 width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 height in points.
pub const PAGE_H: f32 = 841.89;
/// Left and right margin.
pub const MARGIN_X: f32 = 62.0;
/// Top margin (below the page header).
pub const MARGIN_TOP: f32 = 72.0;
/// Bottom margin (above the page footer).
pub const MARGIN_BOTTOM: f32 = 68.0;
const BODY: f32 = 10.0;
const SMALL: f32 = 9.0;
const CELL_PAD: f32 = 4.0;

/// Glyph advance widths of a font, in font units per em.
pub trait Measure {
    /// Width of `text` at `size` points.
    fn width(&self, text: &str, size: f32) -> f32;
}

/// Regular and bold.
pub struct Faces<'a> {
    /// Regular face.
    pub regular: &'a dyn Measure,
    /// Bold face.
    pub bold: &'a dyn Measure,
}

/// One positioned item on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text with its baseline's left point.
    Text {
        /// Left x.
        x: f32,
        /// Baseline y (from the top).
        y: f32,
        /// Size in points.
        size: f32,
        /// Bold face.
        bold: bool,
        /// Grey level of the text, 0 black.
        grey: f32,
        /// The text.
        text: String,
    },
    /// A filled rectangle.
    Fill {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Grey level.
        grey: f32,
    },
    /// A line.
    Line {
        /// Start x.
        x1: f32,
        /// Start y.
        y1: f32,
        /// End x.
        x2: f32,
        /// End y.
        y2: f32,
        /// Width.
        width: f32,
        /// Grey level.
        grey: f32,
    },
}

/// A laid-out document.
#[derive(Debug, Clone, Default)]
pub struct Pages {
    /// Items per page.
    pub pages: Vec<Vec<Item>>,
    /// Signature areas: page index and `[x, y, w, h]` from the top-left, in points.
    pub signatures: Vec<(usize, [f32; 4])>,
}

struct Cursor<'a> {
    faces: &'a Faces<'a>,
    pages: Pages,
    y: f32,
}

fn bottom() -> f32 {
    PAGE_H - MARGIN_BOTTOM
}

fn content_w() -> f32 {
    PAGE_W - 2.0 * MARGIN_X
}

impl Cursor<'_> {
    fn face(&self, bold: bool) -> &dyn Measure {
        if bold {
            self.faces.bold
        } else {
            self.faces.regular
        }
    }

    fn new_page(&mut self) {
        self.pages.pages.push(Vec::new());
        self.y = MARGIN_TOP;
    }

    fn push(&mut self, item: Item) {
        if let Some(p) = self.pages.pages.last_mut() {
            p.push(item);
        }
    }

    fn ensure(&mut self, h: f32) {
        if self.y + h > bottom() && self.y > MARGIN_TOP + 0.1 {
            self.new_page();
        }
    }

    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        wrap(self.face(bold), text, size, width)
    }

    fn lines(&mut self, x: f32, lines: &[String], size: f32, bold: bool, grey: f32) {
        let lh = size * 1.35;
        for l in lines {
            self.ensure(lh);
            self.y += lh;
            self.push(Item::Text {
                x,
                y: self.y - lh * 0.25,
                size,
                bold,
                grey,
                text: l.clone(),
            });
        }
    }
}

/// Lays out a document on A4 pages.
pub fn layout(doc: &Document, faces: &Faces<'_>) -> Pages {
    let mut c = Cursor {
        faces,
        pages: Pages::default(),
        y: MARGIN_TOP,
    };
    c.new_page();
    let blocks = &doc.blocks;
    for (i, b) in blocks.iter().enumerate() {
        match b {
            Block::Heading { level, text } => {
                let (size, before, after) = match level {
                    1 => (17.0, 0.0, 8.0),
                    2 => (13.0, 14.0, 5.0),
                    _ => (11.0, 9.0, 3.0),
                };
                let lines = c.wrap(text, size, true, content_w());
                let h = before + lines.len() as f32 * size * 1.35 + after;
                let next = blocks.get(i + 1).map_or(0.0, |n| first_unit(&c, n));
                c.ensure(h + next);
                if c.y > MARGIN_TOP + 0.1 {
                    c.y += before;
                }
                c.lines(MARGIN_X, &lines, size, true, 0.1);
                if *level <= 2 {
                    c.y += 2.0;
                    let y = c.y;
                    c.push(Item::Line {
                        x1: MARGIN_X,
                        y1: y,
                        x2: PAGE_W - MARGIN_X,
                        y2: y,
                        width: if *level == 1 { 1.2 } else { 0.5 },
                        grey: 0.45,
                    });
                }
                c.y += after;
            }
            Block::Paragraph(text) => {
                for para in text.split('\n') {
                    let lines = c.wrap(para, BODY, false, content_w());
                    c.lines(MARGIN_X, &lines, BODY, false, 0.0);
                }
                c.y += 6.0;
            }
            Block::Note(text) => {
                let lines = c.wrap(text, SMALL, false, content_w() - 20.0);
                let h = lines.len() as f32 * SMALL * 1.35 + 12.0;
                c.ensure(h.min(bottom() - MARGIN_TOP));
                let top = c.y;
                c.push(Item::Fill {
                    x: MARGIN_X,
                    y: top,
                    w: content_w(),
                    h,
                    grey: 0.93,
                });
                c.push(Item::Fill {
                    x: MARGIN_X,
                    y: top,
                    w: 3.0,
                    h,
                    grey: 0.45,
                });
                c.y += 6.0;
                c.lines(MARGIN_X + 12.0, &lines, SMALL, false, 0.1);
                c.y = top + h + 8.0;
            }
            Block::Bullets(items) => {
                for it in items {
                    let lines = c.wrap(it, BODY, false, content_w() - 16.0);
                    c.ensure(BODY * 1.35);
                    let y = c.y;
                    c.push(Item::Text {
                        x: MARGIN_X + 4.0,
                        y: y + BODY * 1.35 * 0.75,
                        size: BODY,
                        bold: false,
                        grey: 0.0,
                        text: "•".to_owned(),
                    });
                    c.lines(MARGIN_X + 16.0, &lines, BODY, false, 0.0);
                    c.y += 2.0;
                }
                c.y += 4.0;
            }
            Block::Fields(pairs) => {
                let lw = content_w() * 0.3;
                for (l, v) in pairs {
                    let ll = c.wrap(l, SMALL, true, lw - 8.0);
                    let vl = c.wrap(v, BODY, false, content_w() - lw);
                    let lh = BODY * 1.35;
                    for k in 0..ll.len().max(vl.len()) {
                        c.ensure(lh);
                        c.y += lh;
                        let y = c.y - lh * 0.25;
                        if let Some(t) = ll.get(k) {
                            c.push(Item::Text {
                                x: MARGIN_X,
                                y,
                                size: SMALL,
                                bold: true,
                                grey: 0.3,
                                text: t.clone(),
                            });
                        }
                        if let Some(t) = vl.get(k) {
                            c.push(Item::Text {
                                x: MARGIN_X + lw,
                                y,
                                size: BODY,
                                bold: false,
                                grey: 0.0,
                                text: t.clone(),
                            });
                        }
                    }
                    c.y += 3.0;
                }
                c.y += 5.0;
            }
            Block::Table {
                header,
                rows,
                widths,
            } => table(&mut c, header, rows, widths),
            Block::Signature(s) => signature(&mut c, s),
            Block::PageBreak => c.new_page(),
        }
    }
    let total = c.pages.pages.len();
    for (n, page) in c.pages.pages.iter_mut().enumerate() {
        decorate(page, doc, n + 1, total, faces);
    }
    c.pages
}

/// Height of the smallest part of a block that must follow its heading on the same page.
fn first_unit(c: &Cursor<'_>, b: &Block) -> f32 {
    match b {
        Block::Paragraph(text) | Block::Note(text) => {
            let n = c.wrap(text, BODY, false, content_w()).len().min(2);
            n as f32 * BODY * 1.35 + 12.0
        }
        Block::Bullets(_) | Block::Fields(_) => 2.0 * BODY * 1.35,
        Block::Table {
            header,
            rows,
            widths,
        } => {
            let cols = columns(widths, header.len());
            let hh = row_height(c, header, &cols, true);
            hh + rows
                .first()
                .map_or(0.0, |r| row_height(c, r, &cols, false).min(60.0))
        }
        Block::Signature(_) => 150.0,
        Block::Heading { .. } => 40.0,
        Block::PageBreak => 0.0,
    }
}

fn columns(widths: &[f32], n: usize) -> Vec<f32> {
    let mut w: Vec<f32> = (0..n)
        .map(|i| widths.get(i).copied().unwrap_or(1.0).max(0.1))
        .collect();
    let sum: f32 = w.iter().sum();
    for x in &mut w {
        *x = *x / sum * content_w();
    }
    w
}

fn row_height(c: &Cursor<'_>, cells: &[String], cols: &[f32], head: bool) -> f32 {
    cells
        .iter()
        .zip(cols)
        .map(|(s, w)| c.wrap(s, SMALL, head, w - 2.0 * CELL_PAD).len())
        .max()
        .unwrap_or(1) as f32
        * SMALL
        * 1.35
        + 2.0 * CELL_PAD
}

fn table(c: &mut Cursor<'_>, header: &[String], rows: &[Vec<String>], widths: &[f32]) {
    let cols = columns(widths, header.len());
    let lh = SMALL * 1.35;
    let draw_header = |c: &mut Cursor<'_>| {
        let h = row_height(c, header, &cols, true);
        draw_row(c, header, &cols, true, h);
    };
    let hh = row_height(c, header, &cols, true);
    c.ensure(hh + lh + 2.0 * CELL_PAD);
    draw_header(c);
    for row in rows {
        let wrapped: Vec<Vec<String>> = row
            .iter()
            .zip(&cols)
            .map(|(s, w)| c.wrap(s, SMALL, false, w - 2.0 * CELL_PAD))
            .collect();
        let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let full = n as f32 * lh + 2.0 * CELL_PAD;
        let page_room = bottom() - MARGIN_TOP - hh;
        if c.y + full > bottom() && full <= page_room {
            c.new_page();
            draw_header(c);
        }
        // Rows taller than what is left are split by lines, with the header repeated.
        let mut start = 0;
        while start < n {
            let room = ((bottom() - c.y - 2.0 * CELL_PAD) / lh).floor().max(0.0) as usize;
            if room == 0 {
                c.new_page();
                draw_header(c);
                continue;
            }
            let end = (start + room).min(n);
            let part: Vec<Vec<String>> = wrapped
                .iter()
                .map(|l| {
                    l.get(start..end.min(l.len()))
                        .map(<[String]>::to_vec)
                        .unwrap_or_default()
                })
                .collect();
            let h = (end - start) as f32 * lh + 2.0 * CELL_PAD;
            draw_cells(c, &part, &cols, false, h);
            start = end;
        }
    }
    c.y += 10.0;
}

fn draw_row(c: &mut Cursor<'_>, cells: &[String], cols: &[f32], head: bool, h: f32) {
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(cols)
        .map(|(s, w)| c.wrap(s, SMALL, head, w - 2.0 * CELL_PAD))
        .collect();
    draw_cells(c, &wrapped, cols, head, h);
}

fn draw_cells(c: &mut Cursor<'_>, cells: &[Vec<String>], cols: &[f32], head: bool, h: f32) {
    let top = c.y;
    if head {
        c.push(Item::Fill {
            x: MARGIN_X,
            y: top,
            w: content_w(),
            h,
            grey: 0.88,
        });
    }
    let mut x = MARGIN_X;
    for (lines, w) in cells.iter().zip(cols) {
        c.y = top + CELL_PAD;
        for l in lines {
            c.y += SMALL * 1.35;
            let y = c.y - SMALL * 1.35 * 0.25;
            c.push(Item::Text {
                x: x + CELL_PAD,
                y,
                size: SMALL,
                bold: head,
                grey: 0.0,
                text: l.clone(),
            });
        }
        x += w;
    }
    let grey = 0.7;
    let y2 = top + h;
    c.push(Item::Line {
        x1: MARGIN_X,
        y1: y2,
        x2: PAGE_W - MARGIN_X,
        y2,
        width: 0.4,
        grey,
    });
    c.push(Item::Line {
        x1: MARGIN_X,
        y1: top,
        x2: PAGE_W - MARGIN_X,
        y2: top,
        width: 0.4,
        grey,
    });
    let mut x = MARGIN_X;
    c.push(Item::Line {
        x1: x,
        y1: top,
        x2: x,
        y2,
        width: 0.4,
        grey,
    });
    for w in cols {
        x += w;
        c.push(Item::Line {
            x1: x,
            y1: top,
            x2: x,
            y2,
            width: 0.4,
            grey,
        });
    }
    c.y = top + h;
}

fn signature(c: &mut Cursor<'_>, s: &SignatureBlock) {
    let h = 150.0;
    c.ensure(h);
    c.y += 6.0;
    let top = c.y;
    c.lines(MARGIN_X, std::slice::from_ref(&s.role), 11.0, true, 0.1);
    c.y += 2.0;
    let lw = 110.0;
    for (l, v) in [
        (t::S_NAAM, s.name.as_str()),
        (t::S_FUNCTIE, s.function.as_str()),
        (t::S_ORGANISATIE, s.organisation.as_str()),
        (t::S_PLAATS_DATUM, &format!("{}, {}", s.place, s.date)),
    ] {
        let y = c.y;
        c.lines(MARGIN_X, &[l.to_owned()], SMALL, true, 0.3);
        c.y = y;
        let vl = c.wrap(v, BODY, false, content_w() - lw);
        c.lines(MARGIN_X + lw, &vl, BODY, false, 0.0);
        c.y += 2.0;
    }
    c.y += 4.0;
    c.lines(MARGIN_X, &[t::S_HANDTEKENING.to_owned()], SMALL, true, 0.3);
    let rect = [MARGIN_X + lw, c.y - 10.0, 220.0, 50.0];
    let y2 = rect[1] + rect[3];
    c.push(Item::Line {
        x1: rect[0],
        y1: y2,
        x2: rect[0] + rect[2],
        y2,
        width: 0.6,
        grey: 0.3,
    });
    let page = c.pages.pages.len().saturating_sub(1);
    c.pages.signatures.push((page, rect));
    c.y = (y2 + 14.0).max(top + 40.0);
}

fn decorate(page: &mut Vec<Item>, doc: &Document, n: usize, total: usize, faces: &Faces<'_>) {
    let size = 8.0;
    let grey = 0.4;
    let head = fit(faces.regular, &doc.header, size, content_w());
    page.push(Item::Text {
        x: MARGIN_X,
        y: 40.0,
        size,
        bold: false,
        grey,
        text: head,
    });
    page.push(Item::Line {
        x1: MARGIN_X,
        y1: 46.0,
        x2: PAGE_W - MARGIN_X,
        y2: 46.0,
        width: 0.4,
        grey: 0.6,
    });
    let y = PAGE_H - 38.0;
    page.push(Item::Line {
        x1: MARGIN_X,
        y1: y - 12.0,
        x2: PAGE_W - MARGIN_X,
        y2: y - 12.0,
        width: 0.4,
        grey: 0.6,
    });
    let num = format!("{} {n} {} {total}", t::PAGE, t::PAGE_OF);
    let nw = faces.regular.width(&num, size);
    let foot = fit(faces.regular, &doc.footer, size, content_w() - nw - 20.0);
    page.push(Item::Text {
        x: MARGIN_X,
        y,
        size,
        bold: false,
        grey,
        text: foot,
    });
    page.push(Item::Text {
        x: PAGE_W - MARGIN_X - nw,
        y,
        size,
        bold: false,
        grey,
        text: num,
    });
}

/// Shortens a one-line text with "…" until it fits.
fn fit(face: &dyn Measure, text: &str, size: f32, width: f32) -> String {
    if face.width(text, size) <= width {
        return text.to_owned();
    }
    let mut s: String = text.to_owned();
    while !s.is_empty() && face.width(&format!("{s}…"), size) > width {
        s.pop();
    }
    format!("{}…", s.trim_end())
}
