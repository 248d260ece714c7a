//! Page layout for the PDF: measured line wrapping with Dutch hyphenation, tables that
//! split across pages with repeated header rows, headings kept with what follows, page
//! header and footer. Produces positioned items; [`super::pdf`] turns them into PDF.
//!
//! Coordinates are points from the top-left corner of the page.

pub use super::wrap::{hyphenate, wrap};
use crate::report::model::{Block, Document, SignatureBlock};
use crate::texts::documents as t;

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
        /// The structure element this text belongs to; `None` for page furniture
        /// (header, footer, page number, repeated table headers), tagged as an artefact.
        node: Option<usize>,
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

/// The role of a structure element, as tagged PDF names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The whole document.
    Document,
    /// A heading of level 1 to 3.
    Heading(u8),
    /// A paragraph.
    Paragraph,
    /// A list, its items, an item's label and its body.
    List,
    /// One list item.
    ListItem,
    /// The bullet of a list item.
    Label,
    /// The text of a list item.
    ListBody,
    /// A table, its rows and cells.
    Table,
    /// A table row.
    Row,
    /// A header cell for its column.
    ColumnHeader,
    /// A header cell for its row (the label of a label/value pair).
    RowHeader,
    /// A data cell.
    Cell,
    /// A group, such as a signature block.
    Division,
}

/// One element of the document's logical structure, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it is.
    pub role: Role,
    /// The enclosing element; `None` only for the document itself.
    pub parent: Option<usize>,
    /// Child elements, in order.
    pub children: Vec<usize>,
    /// The text of a heading, for the outline.
    pub title: Option<String>,
}

/// A laid-out document.
#[derive(Debug, Clone, Default)]
pub struct Pages {
    /// Items per page.
    pub pages: Vec<Vec<Item>>,
    /// Signature areas: page index and `[x, y, w, h]` from the top-left, in points.
    pub signatures: Vec<(usize, [f32; 4])>,
    /// For each signature area, the structure element of its block (where the signature
    /// field's `/Form` element goes) and the role it is for ("Eindverantwoordelijke").
    pub signature_blocks: Vec<(usize, String)>,
    /// The logical structure; element 0 is the document.
    pub nodes: Vec<Node>,
}

struct Cursor<'a> {
    faces: &'a Faces<'a>,
    pages: Pages,
    y: f32,
    /// The element that text being placed belongs to.
    node: Option<usize>,
    /// Level of the last heading tagged, so that tags never skip a level (a letter that
    /// starts at a level-2 heading is tagged H1 there).
    heading: u8,
}

fn bottom() -> f32 {
    PAGE_H - MARGIN_BOTTOM
}

fn content_w() -> f32 {
    PAGE_W - 2.0 * MARGIN_X
}

impl Cursor<'_> {
    /// Adds a structure element under `parent` and returns its index.
    fn open(&mut self, role: Role, parent: usize) -> usize {
        let id = self.pages.nodes.len();
        self.pages.nodes.push(Node {
            role,
            parent: Some(parent),
            children: Vec::new(),
            title: None,
        });
        if let Some(p) = self.pages.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }

    /// Adds a leaf element under `parent` and makes it the target of following text.
    fn leaf(&mut self, role: Role, parent: usize) -> usize {
        let id = self.open(role, parent);
        self.node = Some(id);
        id
    }

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
                node: self.node,
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
        node: None,
        heading: 0,
    };
    c.pages.nodes.push(Node {
        role: Role::Document,
        parent: None,
        children: Vec::new(),
        title: None,
    });
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
                let tagged = (*level).clamp(1, 3).min(c.heading + 1);
                c.heading = tagged;
                let id = c.leaf(Role::Heading(tagged), 0);
                c.pages.nodes[id].title = Some(text.clone());
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
                    c.leaf(Role::Paragraph, 0);
                    let lines = c.wrap(para, BODY, false, content_w());
                    c.lines(MARGIN_X, &lines, BODY, false, 0.0);
                }
                c.y += 6.0;
            }
            Block::Note(text) => {
                c.leaf(Role::Paragraph, 0);
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
                let list = c.open(Role::List, 0);
                for it in items {
                    let item = c.open(Role::ListItem, list);
                    let label = c.open(Role::Label, item);
                    let lines = c.wrap(it, BODY, false, content_w() - 16.0);
                    c.ensure(BODY * 1.35);
                    let y = c.y;
                    c.push(Item::Text {
                        node: Some(label),
                        x: MARGIN_X + 4.0,
                        y: y + BODY * 1.35 * 0.75,
                        size: BODY,
                        bold: false,
                        grey: 0.0,
                        text: "•".to_owned(),
                    });
                    c.leaf(Role::ListBody, item);
                    c.lines(MARGIN_X + 16.0, &lines, BODY, false, 0.0);
                    c.y += 2.0;
                }
                c.y += 4.0;
            }
            Block::Fields(pairs) => {
                let lw = content_w() * 0.3;
                let table = c.open(Role::Table, 0);
                for (l, v) in pairs {
                    let row = c.open(Role::Row, table);
                    let head = c.open(Role::RowHeader, row);
                    let cell = c.open(Role::Cell, row);
                    let ll = c.wrap(l, SMALL, true, lw - 8.0);
                    let vl = c.wrap(v, BODY, false, content_w() - lw);
                    let lh = BODY * 1.35;
                    // Lines of the pair, placed first; then the label's and the value's
                    // text, each in one run, so that reading order follows the structure.
                    let mut placed = Vec::new();
                    for k in 0..ll.len().max(vl.len()) {
                        c.ensure(lh);
                        c.y += lh;
                        placed.push((c.pages.pages.len() - 1, c.y - lh * 0.25, k));
                    }
                    for (node, x, size, bold, grey, lines) in [
                        (head, MARGIN_X, SMALL, true, 0.3, &ll),
                        (cell, MARGIN_X + lw, BODY, false, 0.0, &vl),
                    ] {
                        for &(page, y, k) in &placed {
                            if let (Some(t), Some(p)) = (lines.get(k), c.pages.pages.get_mut(page))
                            {
                                p.push(Item::Text {
                                    node: Some(node),
                                    x,
                                    y,
                                    size,
                                    bold,
                                    grey,
                                    text: t.clone(),
                                });
                            }
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
    let table = c.open(Role::Table, 0);
    // The header row is tagged once; its repetitions on later pages are page furniture.
    let draw_header = |c: &mut Cursor<'_>| {
        let h = row_height(c, header, &cols, true);
        draw_row(c, header, &cols, None, h);
    };
    let hh = row_height(c, header, &cols, true);
    c.ensure(hh + lh + 2.0 * CELL_PAD);
    let head_row = c.open(Role::Row, table);
    let head_cells: Vec<usize> = (0..header.len())
        .map(|_| c.open(Role::ColumnHeader, head_row))
        .collect();
    draw_row(c, header, &cols, Some(&head_cells), hh);
    for row in rows {
        let tr = c.open(Role::Row, table);
        let cells: Vec<usize> = (0..row.len()).map(|_| c.open(Role::Cell, tr)).collect();
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
            draw_cells(c, &part, &cols, false, Some(&cells), h);
            start = end;
        }
    }
    c.y += 10.0;
}

/// Draws the header row; `nodes` are its cells' elements, `None` for a repetition.
fn draw_row(c: &mut Cursor<'_>, cells: &[String], cols: &[f32], nodes: Option<&[usize]>, h: f32) {
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(cols)
        .map(|(s, w)| c.wrap(s, SMALL, true, w - 2.0 * CELL_PAD))
        .collect();
    draw_cells(c, &wrapped, cols, true, nodes, h);
}

fn draw_cells(
    c: &mut Cursor<'_>,
    cells: &[Vec<String>],
    cols: &[f32],
    head: bool,
    nodes: Option<&[usize]>,
    h: f32,
) {
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
    for (i, (lines, w)) in cells.iter().zip(cols).enumerate() {
        c.y = top + CELL_PAD;
        let node = nodes.and_then(|n| n.get(i).copied());
        for l in lines {
            c.y += SMALL * 1.35;
            let y = c.y - SMALL * 1.35 * 0.25;
            c.push(Item::Text {
                node,
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
    let div = c.open(Role::Division, 0);
    c.leaf(Role::Paragraph, div);
    c.lines(MARGIN_X, std::slice::from_ref(&s.role), 11.0, true, 0.1);
    c.y += 2.0;
    let lw = 110.0;
    for (l, v) in [
        (t::NAME_LABEL, s.name.as_str()),
        (t::SIGNATURE_FUNCTION_LABEL, s.function.as_str()),
        (t::ORGANISATION_LABEL, s.organisation.as_str()),
        (
            t::SIGNATURE_PLACE_AND_DATE_LABEL,
            &format!("{}, {}", s.place, s.date),
        ),
    ] {
        let y = c.y;
        c.leaf(Role::Paragraph, div);
        c.lines(MARGIN_X, &[l.to_owned()], SMALL, true, 0.3);
        c.y = y;
        let vl = c.wrap(v, BODY, false, content_w() - lw);
        c.lines(MARGIN_X + lw, &vl, BODY, false, 0.0);
        c.y += 2.0;
    }
    c.y += 4.0;
    c.leaf(Role::Paragraph, div);
    c.lines(
        MARGIN_X,
        &[t::SIGNATURE_LINE_LABEL.to_owned()],
        SMALL,
        true,
        0.3,
    );
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
    c.pages.signature_blocks.push((div, s.role.clone()));
    c.y = (y2 + 14.0).max(top + 40.0);
}

fn decorate(page: &mut Vec<Item>, doc: &Document, n: usize, total: usize, faces: &Faces<'_>) {
    let size = 8.0;
    let grey = 0.4;
    let head = fit(faces.regular, &doc.header, size, content_w());
    page.push(Item::Text {
        node: None,
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
    let num = format!("{} {n} {} {total}", t::FOOTER_PAGE, t::FOOTER_PAGE_OF);
    let nw = faces.regular.width(&num, size);
    let foot = fit(faces.regular, &doc.footer, size, content_w() - nw - 20.0);
    page.push(Item::Text {
        node: None,
        x: MARGIN_X,
        y,
        size,
        bold: false,
        grey,
        text: foot,
    });
    page.push(Item::Text {
        node: None,
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
