//! The vault: the only module that writes dossier data to disk.
//!
//! One SQLite file per user or team (bundled SQLite, rollback journal with
//! `synchronous=FULL`, never WAL), every record sealed with XChaCha20-Poly1305 under a
//! random data key that is wrapped by an Argon2id key from the passphrase. Beside the
//! vault: `<vault>.lock` (who writes), `<vault>.lock-os` (the OS lock) and
//! `<vault>.backups/` (rotating encrypted copies). Every access goes into the hash-chained
//! audit log inside the vault.
//!
//! Must not: write plaintext of dossier content anywhere, panic on bad input, or
//! overwrite a vault that someone else changed.

mod audit;
pub mod backup;
mod crypto;
mod error;
mod lock;
mod schema;
mod vault;

pub use audit::{AuditAction, AuditEntry};
pub use crypto::KdfParams;
pub use error::VaultError;
pub use lock::{LockInfo, STALE_AFTER_MINUTES, lock_path};
pub use vault::{
    CheckReport, DossierSummary, OpenOptions, SCHEMA_VERSION, Vault, workstation_name,
};
