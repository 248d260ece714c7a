//! Meldcode Dossier: the *Meldcode huiselijk geweld en kindermishandeling* as a guided,
//! encrypted, local-first dossier.
//!
//! # Steps
//! 1. **Form**: [`form`] turns the TOML form sets in `forms/` into checked definitions.
//! 2. **Domain**: [`domain`] holds the organisation, the dossier with its five steps and
//!    history, and the afwegingskader engine. Pure: no UI, no file system.
//! 3. **Lint**: [`lint`] checks free text for *feiten, geen indrukken*.
//! 4. **Storage**: [`storage`] keeps dossiers in an encrypted vault with an audit log; the
//!    only module that writes dossier data to disk.
//! 5. **Report**: [`report`] turns domain data into a neutral document model.
//! 6. **Export**: [`export`] turns a report document into PDF or DOCX bytes, signs them and
//!    packs a melding as a mail draft.
//! 7. **Operations**: [`ops`] is every user action, once, for both front ends: a session
//!    on the vault or the example, validation, export, signing, the audit entries.
//! 8. **App**: [`app`] holds the window's state and handles its commands through [`ops`];
//!    [`ui`] draws it with egui; [`gui`] is the eframe shell on top that owns the views.
//! 9. **CLI**: [`cli`] turns arguments into the same operations.
//!
//! The arrows: `gui → ui → app → ops → {storage, export → report, lint, form, domain}` and
//! `cli → ops` (checked by `tests/it/architecture.rs`).

pub mod app;
pub mod build_info;
pub mod cli;
pub mod domain;
pub mod export;
pub mod form;
pub mod gui;
pub mod hardening;
pub mod lint;
pub mod ops;
pub mod report;
pub mod storage;
pub mod texts;
pub mod ui;
