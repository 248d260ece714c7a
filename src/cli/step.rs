//! `meldcode step fields|set|complete`: answering step forms and the meldformulier as data.
//! Field keys are the form's ids; every value is checked (known field, type, offered
//! choice, date range) before anything is saved, by [`crate::ops::case::set_fields`].

use std::path::PathBuf;
use std::process::ExitCode;

use crate::ops::case::{self, FormTarget};
use crate::ops::{FormSets, OpsError};
use crate::texts::messages as t;

use super::case::{Target, done, open};
use super::vault::Format;

/// Subcommands of `meldcode step`.
#[derive(Debug, clap::Subcommand)]
pub enum StepCommand {
    /// List the fields of a step's form (or `--step melding`): key, Dutch label, kind.
    Fields {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// 1 to 5, or `melding` for the meldformulier.
        #[arg(long)]
        step: String,
    },
    /// Set fields of a step's form or the meldformulier; one bad value saves nothing.
    Set {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// 1 to 5, or `melding` for the meldformulier.
        #[arg(long)]
        step: String,
        /// KEY=VALUE; repeat for several fields. An empty value clears the field.
        #[arg(long = "field")]
        fields: Vec<String>,
        /// A TOML file of `key = "value"` lines.
        #[arg(long, conflicts_with = "fields")]
        answers: Option<PathBuf>,
    },
    /// Complete a step; refused while required fields are empty.
    Complete {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// 1 to 5.
        #[arg(long)]
        step: String,
    },
    /// Reopen a completed step, with the reason (kept in the history).
    Revisit {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// 1 to 5.
        #[arg(long)]
        step: String,
        /// Why the step is opened again.
        #[arg(long)]
        reason: String,
    },
}

/// Runs `meldcode step …`.
pub fn run(cmd: StepCommand) -> ExitCode {
    let result = (|| -> anyhow::Result<()> {
        let forms = FormSets::bundled();
        match cmd {
            StepCommand::Fields { target, step } => {
                let which = FormTarget::parse(&step)?;
                let (mut s, id) = open(&target)?;
                let d = crate::ops::dossier::load(&mut s, id)?;
                let fields = case::fields(&forms, &d, which)?;
                match target.format {
                    Format::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(
                            &serde_json::json!({"schema": 1, "step": step, "fields": fields})
                        )?
                    ),
                    Format::Text => {
                        for f in fields {
                            let mut extra = String::new();
                            if f.required {
                                extra.push_str(" (verplicht)");
                            }
                            if !f.choices.is_empty() {
                                extra.push_str(" [");
                                extra.push_str(&f.choices.join(", "));
                                extra.push(']');
                            }
                            if let Some(cmd) = f.record_of {
                                extra.push_str(" → meldcode ");
                                extra.push_str(&cmd);
                            }
                            println!("{}\t{}\t{}{extra}", f.key, f.kind, f.label);
                        }
                    }
                }
            }
            StepCommand::Set {
                target,
                step,
                fields,
                answers,
            } => {
                let which = FormTarget::parse(&step)?;
                let pairs = match answers {
                    Some(path) => {
                        let text = std::fs::read_to_string(&path)
                            .map_err(|_| OpsError::Refused(t::ANSWERS_FILE_UNREADABLE))?;
                        case::pairs_from_toml(&text)?
                    }
                    None => fields
                        .iter()
                        .map(|f| {
                            f.split_once('=')
                                .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
                                .ok_or_else(|| {
                                    OpsError::Incomplete(
                                        t::FORM_FIELD_ARGUMENT_WITHOUT_VALUE,
                                        vec![f.clone()],
                                    )
                                })
                        })
                        .collect::<Result<_, _>>()?,
                };
                let (mut s, id) = open(&target)?;
                case::set_fields(&mut s, &forms, id, which, &pairs)?;
                done(target.format, "step-set", None, id);
            }
            StepCommand::Complete { target, step } => {
                let FormTarget::Step(which) = FormTarget::parse(&step)? else {
                    return Err(OpsError::Refused(t::STEP_UNKNOWN).into());
                };
                let (mut s, id) = open(&target)?;
                case::complete_step(&mut s, &forms, id, which)?;
                done(target.format, "step-complete", None, id);
            }
            StepCommand::Revisit {
                target,
                step,
                reason,
            } => {
                let FormTarget::Step(which) = FormTarget::parse(&step)? else {
                    return Err(OpsError::Refused(t::STEP_UNKNOWN).into());
                };
                let (mut s, id) = open(&target)?;
                crate::ops::dossier::revisit_step(&mut s, id, which, reason)?;
                done(target.format, "step-revisit", None, id);
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => super::fail(&e),
    }
}
