//! The vault: the only module that writes dossier data to disk.
//!
//! One SQLite file per user or team (bundled SQLite, rollback journal with
//! `synchronous=FULL`, never WAL), every record sealed with XChaCha20-Poly1305 under a
//! random data key, bound to the vault's id. Each user has a key slot: a key pair whose
//! private key is sealed under an Argon2id key from their passphrase, with the data key
//! sealed to its public key. A sealed state record names every row and counter, so a
//! change made outside the program is refused. The schema is pinned at open. Beside the
//! vault: `<vault>.lock` (who writes), `<vault>.lock-os` (the OS lock) and
//! `<vault>.backups/` (encrypted copies, recognised by their sealed content). Every access
//! goes into the hash-chained audit log inside the vault. See `docs/vault.md`.
//!
//! Must not: write plaintext of dossier content anywhere, panic on bad input, or
//! overwrite a vault that someone else changed.

mod audit;
pub mod backup;
mod crypto;
mod error;
mod lock;
mod migrate;
mod policy;
mod rekey;
mod schema;
mod slots;
mod state;
mod vault;

pub use audit::{AuditAction, AuditEntry};
pub use crypto::KdfParams;
pub use error::{Tampering, VaultError};
pub use lock::{LockInfo, STALE_AFTER_MINUTES, lock_path};
pub use policy::{MIN_BITS, MIN_CHARS, Weakness, check_passphrase, strength_bits};
pub use slots::VaultUser;
pub use vault::{
    CheckReport, DossierSummary, OpenOptions, SCHEMA_VERSION, Vault, VaultWarning, workstation_name,
};
