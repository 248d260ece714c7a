use clap::Parser as _;

fn main() -> std::process::ExitCode {
    let args = meldcode::cli::Args::parse();
    match args.command {
        Some(command) => meldcode::cli::run(command),
        None => meldcode::gui::run_window(),
    }
}
