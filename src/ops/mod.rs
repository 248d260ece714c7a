//! Operations: every user action, once, for the window and the command line alike.
//!
//! A [`Session`] holds the [`Store`] (the vault or the in-memory example), the clock and
//! the acting user; each action is a function here taking the session. Validation, audit
//! entries, which signature block is signed and what is written when are decided here, so
//! both front ends do the same thing the same way. Errors are one [`OpsError`] with one
//! Dutch message.
//!
//! One file per area: [`session`] and [`store`] (where dossiers live), [`dossier`]
//! (changes), [`followup`] (urgent path, afspraken, requests, participation, sent
//! melding), [`export`] and [`package`] (documents), [`identity`] (signing certificate),
//! [`files`] (writing all or none), [`forms`], [`dates`] (the Dutch date parser),
//! [`vault`] (maintenance), [`lock_policy`] (when another's lock on a vault is taken
//! over). To add an operation: a function in the file of its area that takes
//! `&mut Session`, validates, and goes through `session.store`.
//!
//! Must not: import egui, clap or anything of `app`, `ui`, `gui` or `cli`; prompt; print.

pub mod case;
pub mod dates;
pub mod dossier;
mod error;
pub mod export;
pub mod facts;
pub mod files;
pub mod followup;
pub mod forms;
pub mod hints;
pub mod identity;
pub mod lock_policy;
pub mod org;
pub mod package;
pub mod persons;
pub mod session;
pub mod store;
pub mod users;
pub mod vault;

pub use error::OpsError;
pub use export::{DocumentKind, ExportRequest, Format, SignatureStatus, WrittenFile};
pub use forms::FormSets;
pub use identity::IdentitySource;
pub use package::PackageRequest;
pub use session::{Clock, OpenVault, Session, system_clock};
pub use store::Store;

/// Types of the layers below that the front ends hold and show (no operations).
pub use crate::report::{Block, Confirmations, Document};
pub use crate::storage::{AuditEntry, DossierSummary, KdfParams, LockInfo};

/// File-only signing and verifying (`meldcode sign|verify`), passed through for the command
/// line: no dossier is involved.
pub use crate::export::sign;
