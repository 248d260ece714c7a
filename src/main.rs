use clap::Parser as _;

fn main() -> std::process::ExitCode {
    let args = meldcode::cli::Args::parse();
    match args.command {
        Some(command) => {
            meldcode::cli::vault::set_user(args.user);
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
