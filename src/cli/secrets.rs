//! Where the command line's secrets come from. The vault passphrase: `--passphrase-file`,
//! `--passphrase-fd` (one line each), else `MELDCODE_PASSPHRASE`, else asked without echo.
//! The environment variables (`MELDCODE_PASSPHRASE`, `MELDCODE_NEW_PASSPHRASE`,
//! `MELDCODE_CERT_PASSWORD`) are meant for tests and scripts: `main` takes them out of the
//! process environment before anything else runs ([`take_from_environment`]).

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use anyhow::Context as _;
use zeroize::{Zeroize as _, Zeroizing};

/// A secret, wiped from memory when dropped.
pub(crate) type Secret = Zeroizing<String>;

/// The variables [`take_from_environment`] takes.
pub const VARIABLES: [&str; 3] = [
    "MELDCODE_PASSPHRASE",
    "MELDCODE_NEW_PASSPHRASE",
    "MELDCODE_CERT_PASSWORD",
];

/// The longest passphrase line read from a file or descriptor, in bytes.
const MAX_LINE: usize = 4096;

/// Where the vault passphrase comes from instead of the environment or the prompt (global:
/// give them after the subcommand, like `--user`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PassphraseArgs {
    /// Read the vault passphrase from the first line of this file (readable by you alone,
    /// on an encrypted disk).
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        conflicts_with = "passphrase_fd"
    )]
    pub passphrase_file: Option<PathBuf>,
    /// Read the vault passphrase from the first line of this open file descriptor (Unix),
    /// e.g. `--passphrase-fd 3 3<file` or a pipe from a password manager.
    #[arg(long, global = true, value_name = "N")]
    pub passphrase_fd: Option<u32>,
}

static SOURCE: OnceLock<PassphraseArgs> = OnceLock::new();
/// The passphrase once read from the file or descriptor (a pipe can be read once).
static GIVEN: Mutex<Option<Secret>> = Mutex::new(None);
/// The variables taken out of the environment, by name.
static TAKEN: OnceLock<Vec<(&'static str, Secret)>> = OnceLock::new();

/// Sets where the vault passphrase comes from (the global `--passphrase-file|-fd`).
pub fn set_source(args: PassphraseArgs) {
    SOURCE.set(args).ok();
}

/// Takes [`VARIABLES`] out of the process environment, wiped in place, and keeps them for
/// [`from_environment`].
///
/// # Safety
///
/// No other thread may run (call it first thing in `main`).
#[allow(unsafe_code)]
pub unsafe fn take_from_environment() {
    let taken = VARIABLES
        .iter()
        // SAFETY: the caller guarantees that no other thread runs.
        .filter_map(|name| unsafe { crate::hardening::take_env(name) }.map(|v| (*name, v)))
        .collect();
    TAKEN.set(taken).ok();
}

/// The variable `name`: as taken at start-up, else (when nothing was taken, as in the
/// library's own tests) read from the environment.
pub(crate) fn from_environment(name: &str) -> Option<Secret> {
    match TAKEN.get() {
        Some(taken) => taken
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone()),
        None => std::env::var(name).ok().map(Zeroizing::new),
    }
}

/// The vault passphrase from `--passphrase-file`, `--passphrase-fd` or `MELDCODE_PASSPHRASE`;
/// `None` when none is given (then it is asked).
pub(crate) fn vault_passphrase() -> anyhow::Result<Option<Secret>> {
    let mut given = GIVEN
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if given.is_none() {
        let source = SOURCE.get().cloned().unwrap_or_default();
        *given = match (source.passphrase_file, source.passphrase_fd) {
            (Some(path), _) => Some(
                std::fs::File::open(&path)
                    .map_err(anyhow::Error::from)
                    .and_then(read_line)
                    .with_context(|| {
                        format!("cannot read the passphrase from {}", path.display())
                    })?,
            ),
            (None, Some(fd)) => Some(read_fd(fd)?),
            (None, None) => None,
        };
    }
    Ok(given
        .clone()
        .or_else(|| from_environment("MELDCODE_PASSPHRASE")))
}

#[cfg(unix)]
fn read_fd(fd: u32) -> anyhow::Result<Secret> {
    // The descriptor through its name (Linux and macOS), which needs no unsafe ownership.
    std::fs::File::open(format!("/dev/fd/{fd}"))
        .map_err(anyhow::Error::from)
        .and_then(read_line)
        .with_context(|| {
            format!(
                "{} {fd}",
                crate::texts::cli::CANNOT_READ_PASSPHRASE_FD_PREFIX
            )
        })
}

#[cfg(not(unix))]
fn read_fd(_fd: u32) -> anyhow::Result<Secret> {
    anyhow::bail!(crate::texts::cli::PASSPHRASE_FD_UNIX_ONLY)
}

/// The first line of `from` without its line ending, read byte by byte so that nothing
/// past it is buffered, into one buffer that never grows (no unwiped copies).
fn read_line(mut from: impl std::io::Read) -> anyhow::Result<Secret> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(MAX_LINE + 1));
    let mut byte = Zeroizing::new([0u8; 1]);
    loop {
        match from.read(&mut *byte) {
            Ok(0) => break,
            Ok(_) if byte[0] == b'\n' => break,
            Ok(_) => bytes.push(byte[0]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
        anyhow::ensure!(bytes.len() <= MAX_LINE, "the passphrase line is too long");
    }
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    anyhow::ensure!(!bytes.is_empty(), "the passphrase line is empty");
    match String::from_utf8(std::mem::take(&mut *bytes)) {
        Ok(text) => Ok(Zeroizing::new(text)),
        Err(e) => {
            e.into_bytes().zeroize();
            anyhow::bail!(crate::texts::cli::PASSPHRASE_NOT_UTF8)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::read_line;

    #[test]
    fn one_line_is_read_without_its_line_ending() {
        let line = |s: &str| read_line(s.as_bytes()).map(|p| p.as_str().to_owned());
        assert_eq!(
            line("geheim woord\nnog iets\n").ok().as_deref(),
            Some("geheim woord")
        );
        assert_eq!(
            line("geheim woord\r\n").ok().as_deref(),
            Some("geheim woord")
        );
        assert_eq!(line("zonder einde").ok().as_deref(), Some("zonder einde"));
        assert!(line("\nlater").is_err(), "an empty first line is refused");
        assert!(line(&"x".repeat(5000)).is_err(), "too long");
    }
}
