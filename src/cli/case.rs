//! `meldcode consultation|conversation|afweging|decide|urgent|vt-request|afspraak|close|reopen`:
//! the actions of a case after its signals, each one operation in [`crate::ops::case`] or
//! [`crate::ops::dossier`]. Dates are read by the one Dutch parser and checked for their use.
//! A command that creates something prints its id once the change is committed.

use std::process::ExitCode;

use crate::domain::{Consultation, ConversationSkipped, DossierId, UrgentCallee, VtSamen};
use crate::ops::case::{self, InfoAnswer};
use crate::ops::dates::{self, DateUse};
use crate::ops::dossier;
use crate::ops::{FormSets, OpsError, Session};

use super::vault::{Format, VaultArgs};

/// The vault, the dossier and the output format: every case command takes these.
#[derive(Debug, clap::Args)]
pub struct Target {
    /// The vault.
    #[command(flatten)]
    pub vault: VaultArgs,
    /// The numeric id or the reference (`MD-2026-0001`).
    #[arg(long)]
    pub dossier: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Subcommands of `meldcode consultation`.
#[derive(Debug, clap::Subcommand)]
pub enum ConsultationCommand {
    /// Record a consultation of stap 2; prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// When (dd-mm-jjjj or vandaag).
        #[arg(long)]
        on: String,
        /// collegiaal, veilig-thuis or deskundige.
        #[arg(long, default_value = "collegiaal")]
        kind: String,
        /// With whom (name and function).
        #[arg(long = "with")]
        with_whom: String,
        /// The question put.
        #[arg(long, default_value = "")]
        question: String,
        /// The advice or outcome.
        #[arg(long)]
        outcome: String,
    },
}

/// Subcommands of `meldcode conversation`.
#[derive(Debug, clap::Subcommand)]
pub enum ConversationCommand {
    /// Record the conversation of stap 3 (held by you); prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// When (dd-mm-jjjj or vandaag).
        #[arg(long)]
        on: String,
        /// What was said.
        #[arg(long)]
        said: String,
        /// How the family reacted.
        #[arg(long, default_value = "")]
        reaction: String,
    },
    /// Record why the conversation was not held.
    Skip {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// A reason id of the form set's list (see `step fields --step 3`).
        #[arg(long)]
        reason: String,
        /// Explanation.
        #[arg(long)]
        explanation: String,
        /// When it will be made up (dd-mm-jjjj).
        #[arg(long)]
        catch_up: Option<String>,
    },
}

/// Subcommands of `meldcode afweging`.
#[derive(Debug, clap::Subcommand)]
pub enum AfwegingCommand {
    /// Answer one question of the afwegingskader, with a motivation.
    Answer {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The question id (see `afweging show`).
        #[arg(long)]
        question: String,
        /// ja, nee or weet-niet.
        #[arg(long)]
        answer: String,
        /// Why.
        #[arg(long)]
        motivation: String,
        /// Answered together with Veilig Thuis: the name of the Veilig Thuis employee.
        #[command(flatten)]
        samen: SamenMetVt,
    },
    /// Show the questions, the answers given and where the tree leads.
    Show {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
    },
}

/// Arguments of `meldcode decide`.
#[derive(Debug, clap::Args)]
pub struct DecideArgs {
    /// Vault, dossier, format.
    #[command(flatten)]
    pub target: Target,
    /// Is melden noodzakelijk? ja or nee.
    #[arg(long)]
    pub melden: String,
    /// Is hulp (ook) mogelijk? ja or nee.
    #[arg(long)]
    pub hulp: String,
    /// Why.
    #[arg(long)]
    pub motivation: String,
    /// Taken together with Veilig Thuis: with whom and when.
    #[command(flatten)]
    pub samen: SamenMetVt,
    /// Why not melden although the meldnorm says melden (acute or structural unsafety,
    /// disclosure, eergerelateerd geweld); required for such a decision.
    #[arg(long, value_name = "MOTIVERING")]
    pub afwijking: Option<String>,
}

/// "Samen met Veilig Thuis": the employee and the date, as the user answers them.
#[derive(Debug, clap::Args)]
pub struct SamenMetVt {
    /// Together with Veilig Thuis: the name of the Veilig Thuis employee.
    #[arg(long, value_name = "NAAM")]
    pub samen_met_vt: Option<String>,
    /// When, with --samen-met-vt (DD-MM-JJJJ or "vandaag"; default today).
    #[arg(long, value_name = "DATUM", requires = "samen_met_vt")]
    pub vt_datum: Option<String>,
}

impl SamenMetVt {
    /// The answer as the domain records it; the date is checked as one that happened.
    fn read(&self, session: &Session) -> Result<Option<VtSamen>, OpsError> {
        let Some(name) = &self.samen_met_vt else {
            return Ok(None);
        };
        let on = match &self.vt_datum {
            Some(d) => dates::parse(session, d, DateUse::Happened)?,
            None => session.today(),
        };
        Ok(Some(VtSamen {
            with_whom: name.trim().to_owned(),
            on,
        }))
    }
}

/// Subcommands of `meldcode urgent`.
#[derive(Debug, clap::Subcommand)]
pub enum UrgentCommand {
    /// Put the dossier on the urgent path.
    Mark {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// Why.
        #[arg(long)]
        reason: String,
    },
    /// Record a call made on the urgent path (now).
    Call {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// veilig-thuis, politie or deskundige.
        #[arg(long)]
        to: String,
        /// What was agreed.
        #[arg(long, default_value = "")]
        note: String,
        /// Who called, when not you.
        #[arg(long, default_value = "")]
        by: String,
    },
}

/// Subcommands of `meldcode vt-request`.
#[derive(Debug, clap::Subcommand)]
pub enum VtRequestCommand {
    /// Record a request for information from Veilig Thuis; prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// When it came in (dd-mm-jjjj or vandaag).
        #[arg(long)]
        received: String,
        /// Who asked (name at Veilig Thuis).
        #[arg(long)]
        asked_by: String,
        /// The questions.
        #[arg(long)]
        questions: String,
    },
    /// Record the answer to a request.
    Answer {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The request's id.
        #[arg(long)]
        request: u32,
        /// What you saw and heard yourself.
        #[arg(long, default_value = "")]
        own: String,
        /// What others told.
        #[arg(long, default_value = "")]
        others: String,
        /// Whether the family consented: ja or nee.
        #[arg(long)]
        consent: Option<String>,
        /// About the consent.
        #[arg(long, default_value = "")]
        consent_note: String,
        /// When it was answered (default today).
        #[arg(long, default_value = "vandaag")]
        answered: String,
        /// The guidelines followed, by number 1–7 (`--richtlijn 1,3,5`); not given keeps
        /// those saved before.
        #[arg(long = "richtlijn", value_delimiter = ',')]
        guidelines: Vec<u8>,
    },
}

/// Subcommands of `meldcode afspraak`.
#[derive(Debug, clap::Subcommand)]
pub enum AfspraakCommand {
    /// Add an agreement to the veiligheidsplan; prints its id.
    Add {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// Who does it.
        #[arg(long)]
        who: String,
        /// What.
        #[arg(long)]
        what: String,
        /// By when (dd-mm-jjjj; up to 5 years ahead).
        #[arg(long)]
        due: String,
        /// How it is checked.
        #[arg(long)]
        check: String,
    },
    /// Record that an agreement was kept (today).
    Kept {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The agreement's id.
        #[arg(long)]
        afspraak: u32,
    },
    /// Record that an agreement was not kept: back to the afwegingskader.
    Missed {
        /// Vault, dossier, format.
        #[command(flatten)]
        target: Target,
        /// The agreement's id.
        #[arg(long)]
        afspraak: u32,
        /// What happened.
        #[arg(long)]
        reason: String,
    },
}

/// Arguments of `meldcode close` and `meldcode reopen`.
#[derive(Debug, clap::Args)]
pub struct ReasonArgs {
    /// Vault, dossier, format.
    #[command(flatten)]
    pub target: Target,
    /// Why.
    #[arg(long)]
    pub reason: String,
}

pub(crate) fn open(target: &Target) -> anyhow::Result<(Session, DossierId)> {
    let s = super::vault::session(&target.vault.vault, target.vault.take_over_stale_lock)?;
    let id = dossier::resolve_existing(&s, &target.dossier)?;
    Ok((s, id))
}

/// Prints what a command did: an id of something created, or `ok`.
pub(crate) fn done(format: Format, what: &str, id: Option<u32>, dossier: DossierId) {
    match format {
        Format::Json => {
            let mut v = serde_json::json!({"schema": 1, "dossier": dossier.0, "done": what});
            if let Some(id) = id {
                v["id"] = id.into();
            }
            println!("{v}");
        }
        Format::Text => match id {
            Some(id) => println!("{id}"),
            None => println!("ok"),
        },
    }
}

pub(crate) fn yes_no(s: &str) -> Result<bool, OpsError> {
    match case::parse_tri(s)? {
        crate::domain::Tri::Ja => Ok(true),
        crate::domain::Tri::Nee => Ok(false),
        crate::domain::Tri::WeetNiet => Err(OpsError::Refused(
            crate::texts::messages::ANSWER_YES_NO_DONT_KNOW_UNREADABLE,
        )),
    }
}

/// Runs `meldcode consultation …`.
pub fn run_consultation(cmd: ConsultationCommand) -> ExitCode {
    let ConsultationCommand::Add {
        target,
        on,
        kind,
        with_whom,
        question,
        outcome,
    } = cmd;
    super::finish((|| {
        let (mut s, id) = open(&target)?;
        let on = dates::parse(&s, &on, DateUse::Happened)?;
        let kind = case::consultation_kind(&kind).ok_or(OpsError::Refused(
            crate::texts::messages::CONSULTATION_INCOMPLETE,
        ))?;
        let c = Consultation {
            id: 0,
            on,
            kind,
            with_whom,
            question,
            outcome,
        };
        let (_, new) = case::add_consultation(&mut s, id, c)?;
        done(target.format, "consultation", Some(new), id);
        Ok(())
    })())
}

/// Runs `meldcode conversation …`.
pub fn run_conversation(cmd: ConversationCommand) -> ExitCode {
    super::finish((|| match cmd {
        ConversationCommand::Add {
            target,
            on,
            said,
            reaction,
        } => {
            let (mut s, id) = open(&target)?;
            let on = dates::parse(&s, &on, DateUse::Happened)?;
            let d = dossier::add_conversation(&mut s, id, on, said, reaction)?;
            let new = d.conversations.last().map(|c| c.id);
            done(target.format, "conversation", new, id);
            Ok(())
        }
        ConversationCommand::Skip {
            target,
            reason,
            explanation,
            catch_up,
        } => {
            let (mut s, id) = open(&target)?;
            let catch_up_on = catch_up
                .map(|c| dates::parse(&s, &c, DateUse::Planned))
                .transpose()?;
            let skipped = ConversationSkipped {
                reason,
                explanation,
                catch_up_on,
            };
            case::skip_conversation(&mut s, &FormSets::bundled(), id, skipped)?;
            done(target.format, "conversation-skipped", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode afweging …`.
pub fn run_afweging(cmd: AfwegingCommand) -> ExitCode {
    super::finish((|| match cmd {
        AfwegingCommand::Answer {
            target,
            question,
            answer,
            motivation,
            samen,
        } => {
            let (mut s, id) = open(&target)?;
            let answer = case::parse_tri(&answer)?;
            let samen = samen.read(&s)?;
            case::answer_afweging(
                &mut s,
                &FormSets::bundled(),
                id,
                &question,
                answer,
                motivation,
                samen,
            )?;
            done(target.format, "afweging-answer", None, id);
            Ok(())
        }
        AfwegingCommand::Show { target } => {
            let (mut s, id) = open(&target)?;
            let d = dossier::load(&mut s, id)?;
            let forms = FormSets::bundled();
            let tree = forms.get(&d.form_set).and_then(|set| set.tree.clone());
            let answers = d.afweging_answers();
            let eval = tree.as_ref().map(|t| crate::domain::evaluate(t, &answers));
            let outcome = eval
                .as_ref()
                .map(|e| e.outcomes.clone())
                .unwrap_or_default();
            let next = eval.and_then(|e| e.next);
            let questions: Vec<serde_json::Value> = tree
                .as_ref()
                .map(|t| {
                    t.questions
                        .iter()
                        .map(|q| {
                            let a = d.afweging.get(&q.id);
                            serde_json::json!({
                                "id": q.id,
                                "text": q.text,
                                "answer": a.map(|a| a.answer),
                                "motivation": a.map(|a| a.motivation.clone()),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            match target.format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&serde_json::json!({
                        "schema": 1, "dossier": id.0, "questions": questions,
                        "next": next, "outcomes": outcome
                    }))?
                ),
                Format::Text => {
                    for q in &questions {
                        println!(
                            "{}\t{}\t{}",
                            q["id"].as_str().unwrap_or_default(),
                            q["answer"].as_str().unwrap_or("-"),
                            q["text"].as_str().unwrap_or_default()
                        );
                    }
                    if let Some(n) = next {
                        println!("volgende vraag: {n}");
                    }
                    for o in outcome {
                        println!("uitkomst: {o}");
                    }
                }
            }
            Ok(())
        }
    })())
}

/// Runs `meldcode decide`.
pub fn run_decide(args: DecideArgs) -> ExitCode {
    super::finish((|| {
        let (mut s, id) = open(&args.target)?;
        let melden = yes_no(&args.melden)?;
        let hulp = yes_no(&args.hulp)?;
        if args.motivation.trim().is_empty() {
            return Err(OpsError::Refused(crate::texts::messages::MOTIVATION_REQUIRED).into());
        }
        let account = dossier::DecisionAccountInput {
            samen_met_vt: args.samen.read(&s)?,
            meldnorm_afwijking: args.afwijking.unwrap_or_default(),
        };
        dossier::decide(&mut s, id, melden, hulp, args.motivation, account)?;
        done(args.target.format, "decision", None, id);
        Ok(())
    })())
}

/// Runs `meldcode urgent …`.
pub fn run_urgent(cmd: UrgentCommand) -> ExitCode {
    super::finish((|| match cmd {
        UrgentCommand::Mark { target, reason } => {
            let (mut s, id) = open(&target)?;
            case::mark_urgent(&mut s, id, reason)?;
            done(target.format, "urgent", None, id);
            Ok(())
        }
        UrgentCommand::Call {
            target,
            to,
            note,
            by,
        } => {
            let (mut s, id) = open(&target)?;
            let to = match to.as_str() {
                "veilig-thuis" => UrgentCallee::VeiligThuis,
                "politie" => UrgentCallee::Politie,
                "deskundige" => UrgentCallee::Deskundige,
                _ => {
                    return Err(
                        OpsError::Refused(crate::texts::messages::URGENT_REASON_MISSING).into(),
                    );
                }
            };
            crate::ops::followup::record_urgent_call(&mut s, id, to, &by, note)?;
            done(target.format, "urgent-call", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode vt-request …`.
pub fn run_vt_request(cmd: VtRequestCommand) -> ExitCode {
    super::finish((|| match cmd {
        VtRequestCommand::Add {
            target,
            received,
            asked_by,
            questions,
        } => {
            let (mut s, id) = open(&target)?;
            let received = dates::parse(&s, &received, DateUse::Happened)?;
            let (_, new) = case::add_info_request(&mut s, id, received, asked_by, questions)?;
            done(target.format, "vt-request", Some(new), id);
            Ok(())
        }
        VtRequestCommand::Answer {
            target,
            request,
            own,
            others,
            consent,
            consent_note,
            answered,
            guidelines,
        } => {
            let (mut s, id) = open(&target)?;
            let answered_on = dates::parse(&s, &answered, DateUse::Happened)?;
            let consent = consent.as_deref().map(yes_no).transpose()?;
            let answer = InfoAnswer {
                own_observations: own,
                from_others: others,
                consent,
                consent_note,
                answered_on,
                guidelines: (!guidelines.is_empty()).then_some(guidelines),
            };
            case::answer_info_request(&mut s, id, request, answer)?;
            done(target.format, "vt-answer", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode afspraak …`.
pub fn run_afspraak(cmd: AfspraakCommand) -> ExitCode {
    super::finish((|| match cmd {
        AfspraakCommand::Add {
            target,
            who,
            what,
            due,
            check,
        } => {
            let (mut s, id) = open(&target)?;
            let due = dates::parse(&s, &due, DateUse::Planned)?;
            let (_, new) = case::add_afspraak(&mut s, id, who, what, due, check)?;
            done(target.format, "afspraak", Some(new), id);
            Ok(())
        }
        AfspraakCommand::Kept { target, afspraak } => {
            let (mut s, id) = open(&target)?;
            crate::ops::followup::afspraak_kept(&mut s, id, afspraak)?;
            done(target.format, "afspraak-kept", None, id);
            Ok(())
        }
        AfspraakCommand::Missed {
            target,
            afspraak,
            reason,
        } => {
            let (mut s, id) = open(&target)?;
            crate::ops::followup::afspraak_missed(&mut s, id, afspraak, &reason)?;
            done(target.format, "afspraak-missed", None, id);
            Ok(())
        }
    })())
}

/// Runs `meldcode close`.
pub fn run_close(args: ReasonArgs) -> ExitCode {
    super::finish((|| {
        let (mut s, id) = open(&args.target)?;
        if args.reason.trim().is_empty() {
            return Err(OpsError::Refused(crate::texts::messages::REASON_MISSING).into());
        }
        dossier::close(&mut s, id, args.reason)?;
        done(args.target.format, "close", None, id);
        Ok(())
    })())
}

/// Runs `meldcode reopen`.
pub fn run_reopen(args: ReasonArgs) -> ExitCode {
    super::finish((|| {
        let (mut s, id) = open(&args.target)?;
        dossier::reopen(&mut s, id, args.reason)?;
        done(args.target.format, "reopen", None, id);
        Ok(())
    })())
}
