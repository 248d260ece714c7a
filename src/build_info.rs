//! What this build is: version, commit and build date (set by `build.rs`), and the licence.
//! Shown by `meldcode --version` and the window's About page.

/// The crate version, e.g. `0.1.0`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Short hash of the commit this binary was built from, or `unknown`.
pub const COMMIT: &str = env!("MELDCODE_COMMIT");
/// Build date `YYYY-MM-DD`: `SOURCE_DATE_EPOCH` when set, else the commit's date.
pub const BUILD_DATE: &str = env!("MELDCODE_BUILD_DATE");
/// SPDX identifier of the program's licence.
pub const LICENCE: &str = env!("CARGO_PKG_LICENSE");
/// One line for `--version`: `0.1.0 (commit 1a2b3c4d5e, 2026-12-07)`.
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("MELDCODE_COMMIT"),
    ", ",
    env!("MELDCODE_BUILD_DATE"),
    ")"
);
