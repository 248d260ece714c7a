//! Export: a [`report::Document`](crate::report::Document) to PDF or DOCX bytes, signatures,
//! the mail draft and the melding package. Exporters are plain functions of the document
//! plus options; no clock, no disk.

pub mod docx;
pub mod layout;
pub mod mail;
pub mod package;
pub mod pdf;
pub mod sign;

pub use docx::{DocxOptions, docx};
pub use pdf::{LayoutInfo, PdfOptions, pdf, pdf_with_layout};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// A bundled font could not be read.
    #[error("font {0} could not be parsed")]
    Font(&'static str),
    /// The DOCX writer failed.
    #[error("DOCX could not be written: {0}")]
    Docx(String),
}
