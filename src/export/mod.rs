//! Exporters: report documents to PDF and DOCX, signatures, and the mail draft.
//! They read `report::Document` (or bytes) only; writing files is the caller's job.

pub mod mail;
pub mod sign;
