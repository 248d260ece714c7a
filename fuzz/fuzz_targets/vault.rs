//! A vault file with any content, opened with the seed vault's passphrase: never panics,
//! aborts or hangs; a damaged file gives the vault's error.
//!
//! The seed (`scripts/fuzz-corpus.sh`) is a small vault made with the fast test key
//! derivation and the passphrase below.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldcode::storage::{OpenOptions, Vault};

/// The passphrase of the seed vault.
const PASSPHRASE: &str = "fuzz-wachtwoord-Zoë";

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("dossiers.meldcode");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let opts = OpenOptions {
        workstation: "fuzz".to_owned(),
        backups_to_keep: 1,
        ..OpenOptions::default()
    };
    let _ = Vault::open(&path, PASSPHRASE, &opts);
});
