//! Export: turns a report document into PDF or DOCX bytes, signs them and packs a melding as
//! a mail draft. Pure functions over bytes; the caller (storage, CLI) writes files.

pub mod mail;
pub mod sign;
