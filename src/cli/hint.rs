//! `meldcode hint list|keep`: the writing-check hints still open in a dossier, numbered, and
//! keeping one of them with a reason, as the window's hint panel does ([`crate::ops::hints`]).

use std::process::ExitCode;

use serde_json::json;

use crate::ops::FormSets;
use crate::ops::hints;

use super::case::{Target, done, open};
use super::vault::Format;

/// `meldcode hint`.
#[derive(Debug, clap::Subcommand)]
pub enum HintCommand {
    /// List the open hints of the writing check in a dossier, numbered.
    List {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
    },
    /// Keep one open hint with a reason (the number `hint list` prints); only that hint.
    Keep {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The hint's number in `hint list`.
        #[arg(long)]
        number: usize,
        /// Why the text stays as it is.
        #[arg(long)]
        reason: String,
    },
}

/// Runs `meldcode hint …`.
pub fn run(cmd: HintCommand) -> ExitCode {
    let result = (|| match cmd {
        HintCommand::List { target } => {
            let (mut s, id) = open(&target)?;
            let open = hints::open_in(&mut s, &FormSets::bundled(), id)?;
            match target.format {
                Format::Json => {
                    let rows: Vec<_> = open
                        .iter()
                        .enumerate()
                        .map(|(i, h)| {
                            json!({
                                "number": i + 1,
                                "place": h.label,
                                "matched": h.matched,
                                "category": h.lint.category.as_str(),
                                "message": h.lint.message,
                            })
                        })
                        .collect();
                    println!("{}", json!({"schema": 1, "dossier": id.0, "hints": rows}));
                }
                Format::Text => {
                    for (i, h) in open.iter().enumerate() {
                        println!("{}\t{}\t{}", i + 1, h.label, h.lint.message);
                    }
                }
            }
            Ok(())
        }
        HintCommand::Keep {
            target,
            number,
            reason,
        } => {
            let (mut s, id) = open(&target)?;
            hints::keep(&mut s, &FormSets::bundled(), id, number, &reason)?;
            done(target.format, "hint-kept", None, id);
            Ok(())
        }
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::fail(&e),
    }
}
