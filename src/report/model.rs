//! The neutral document model every export goes through.

use chrono::{DateTime, Utc};

/// Document metadata, written into the PDF info dictionary and the DOCX core properties.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Title, e.g. "Dossier MD-2026-0001".
    pub title: String,
    /// Author: the user who exports.
    pub author: String,
    /// Subject: what kind of document this is.
    pub subject: String,
    /// When the document was made (passed in; never the clock).
    pub created: DateTime<Utc>,
    /// Neutral reference (dossier reference or organisation name); no person's name.
    pub reference: String,
}

/// A signature block: who signs, in which role, where and when.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SignatureBlock {
    /// Role of the signer, e.g. "Eindverantwoordelijke".
    pub role: String,
    /// Name.
    pub name: String,
    /// Function.
    pub function: String,
    /// Organisation.
    pub organisation: String,
    /// Place.
    pub place: String,
    /// Date as printed.
    pub date: String,
}

/// One block of content.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 to 3.
    Heading {
        /// 1 (chapter) to 3.
        level: u8,
        /// The text.
        text: String,
    },
    /// A paragraph of running text.
    Paragraph(String),
    /// Label/value pairs.
    Fields(Vec<(String, String)>),
    /// A table with a header row; `widths` are relative column widths.
    Table {
        /// Header cells (repeated on every page the table spans).
        header: Vec<String>,
        /// Body rows; each has as many cells as the header.
        rows: Vec<Vec<String>>,
        /// Relative column widths (any unit; normalised by the exporter).
        widths: Vec<f32>,
    },
    /// A bulleted list.
    Bullets(Vec<String>),
    /// A highlighted note.
    Note(String),
    /// A signature block.
    Signature(SignatureBlock),
    /// Start a new page.
    PageBreak,
}

/// A document: metadata, page header and footer text, and blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Metadata.
    pub meta: Meta,
    /// Text in every page header.
    pub header: String,
    /// Text in every page footer (the exporter adds "Pagina X van Y").
    pub footer: String,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Document {
    /// A new, empty document.
    pub fn new(meta: Meta, header: String, footer: String) -> Self {
        Self {
            meta,
            header,
            footer,
            blocks: Vec::new(),
        }
    }

    /// Appends a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    /// Appends a paragraph unless the text is blank.
    pub fn para(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Paragraph(text));
        }
    }

    /// Appends label/value pairs, leaving out pairs with an empty value.
    pub fn fields<L: Into<String>, V: Into<String>>(
        &mut self,
        pairs: impl IntoIterator<Item = (L, V)>,
    ) {
        let pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(l, v)| (l.into(), v.into()))
            .filter(|(_, v)| !v.trim().is_empty())
            .collect();
        if !pairs.is_empty() {
            self.blocks.push(Block::Fields(pairs));
        }
    }

    /// Appends a table (nothing when it has no rows).
    pub fn table(&mut self, header: &[&str], widths: &[f32], rows: Vec<Vec<String>>) {
        if !rows.is_empty() {
            self.blocks.push(Block::Table {
                header: header.iter().map(|h| (*h).to_owned()).collect(),
                rows,
                widths: widths.to_vec(),
            });
        }
    }

    /// Appends a bulleted list (nothing when empty).
    pub fn bullets(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::Bullets(items));
        }
    }

    /// Appends a note.
    pub fn note(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Note(text.into()));
    }

    /// Every text of the document body in reading order, one string per text unit. Used by
    /// tests to compare exports with the model.
    pub fn texts(&self) -> Vec<String> {
        let mut out = Vec::new();
        for b in &self.blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph(text) | Block::Note(text) => {
                    out.push(text.clone());
                }
                Block::Fields(pairs) => {
                    for (l, v) in pairs {
                        out.push(l.clone());
                        out.push(v.clone());
                    }
                }
                Block::Table { header, rows, .. } => {
                    out.extend(header.iter().cloned());
                    for r in rows {
                        out.extend(r.iter().cloned());
                    }
                }
                Block::Bullets(items) => out.extend(items.iter().cloned()),
                Block::Signature(s) => out.extend(
                    [
                        &s.role,
                        &s.name,
                        &s.function,
                        &s.organisation,
                        &s.place,
                        &s.date,
                    ]
                    .into_iter()
                    .cloned(),
                ),
                Block::PageBreak => {}
            }
        }
        out
    }
}
