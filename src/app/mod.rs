//! App state and command handling; the window itself is drawn by [`crate::ui`].
use std::process::ExitCode;

/// Opens the window.
pub fn run_window() -> ExitCode {
    ExitCode::SUCCESS
}
