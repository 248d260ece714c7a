use clap::Parser as _;

fn main() -> std::process::ExitCode {
    // SAFETY: the first thing the program does, before any thread exists, so nothing reads
    // the environment while the secret variables are wiped and removed from it.
    #[allow(unsafe_code)]
    unsafe {
        meldcode::cli::secrets::take_from_environment();
    }
    // Best effort: a system that refuses still runs the program.
    meldcode::hardening::forbid_core_dumps().ok();
    let args = meldcode::cli::Args::parse();
    match args.command {
        Some(command) => {
            meldcode::cli::vault::set_user(args.user);
            meldcode::cli::secrets::set_source(args.passphrase);
            meldcode::cli::run(command)
        }
        // `meldcode VAULT` is how the file manager opens a vault; a path that does not exist is
        // most likely a mistyped subcommand, which must not open a window.
        None => match args.vault {
            Some(path) if !path.exists() => {
                eprintln!(
                    "{} {}",
                    meldcode::texts::about::OPEN_NO_SUCH_FILE,
                    path.display()
                );
                std::process::ExitCode::from(2)
            }
            vault => meldcode::gui::run_window(vault),
        },
    }
}
