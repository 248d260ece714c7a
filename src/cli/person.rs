//! `meldcode dossier create` and `meldcode person add|list|edit|remove`: the Betrokkenen of
//! a dossier. Parsing, validation and the changes are [`crate::ops::persons`]; this file
//! holds the arguments and the printing. Ids are printed only after the commit.

use std::process::ExitCode;

use serde_json::json;

use super::vault::{Format, VaultArgs, open_args};
use crate::domain::{Dossier, Person, PersonId};
use crate::ops::dossier;
use crate::ops::persons::{self, PersonInput, References};

/// Every field of a person, as options (an edit changes only what is given).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PersonFields {
    /// Role: kind, broer-zus, moeder, vader, stiefouder, pleegouder, partner, client,
    /// andere-volwassene, vermoedelijke-pleger.
    #[arg(long)]
    pub role: Option<String>,
    /// First name(s).
    #[arg(long)]
    pub first_name: Option<String>,
    /// Roepnaam (the name used).
    #[arg(long)]
    pub roepnaam: Option<String>,
    /// Tussenvoegsel (van, de, van der, …).
    #[arg(long)]
    pub tussenvoegsel: Option<String>,
    /// Family name.
    #[arg(long)]
    pub last_name: Option<String>,
    /// Birth date (dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj or jjjj-mm-dd).
    #[arg(long)]
    pub birth_date: Option<String>,
    /// Gender: onbekend, vrouw, man, anders.
    #[arg(long)]
    pub gender: Option<String>,
    /// Street and number.
    #[arg(long)]
    pub address: Option<String>,
    /// Postcode and place.
    #[arg(long)]
    pub postcode_place: Option<String>,
    /// Phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// Gezag (parental authority): ja, nee, onbekend.
    #[arg(long)]
    pub gezag: Option<String>,
    /// School/class or group.
    #[arg(long)]
    pub group: Option<String>,
    /// A language spoken (repeatable; replaces the list).
    #[arg(long = "language")]
    pub languages: Vec<String>,
    /// Notes.
    #[arg(long)]
    pub notes: Option<String>,
    /// Another spelling or diminutive of the name (repeatable; replaces the list).
    #[arg(long = "alias")]
    pub aliases: Vec<String>,
}

impl PersonFields {
    fn input(&self) -> PersonInput {
        let list = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
        PersonInput {
            role: self.role.clone(),
            first_name: self.first_name.clone(),
            roepnaam: self.roepnaam.clone(),
            tussenvoegsel: self.tussenvoegsel.clone(),
            last_name: self.last_name.clone(),
            birth_date: self.birth_date.clone(),
            gender: self.gender.clone(),
            address: self.address.clone(),
            postcode_place: self.postcode_place.clone(),
            phone: self.phone.clone(),
            gezag: self.gezag.clone(),
            group: self.group.clone(),
            languages: list(&self.languages),
            notes: self.notes.clone(),
            aliases: list(&self.aliases),
        }
    }
}

/// The subject of a new dossier (`--subject-…`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SubjectFields {
    /// Who the dossier is about: their role (kind, client, …).
    #[arg(long)]
    pub subject_role: Option<String>,
    /// Their first name.
    #[arg(long)]
    pub subject_first_name: Option<String>,
    /// Their roepnaam.
    #[arg(long)]
    pub subject_roepnaam: Option<String>,
    /// Their tussenvoegsel.
    #[arg(long)]
    pub subject_tussenvoegsel: Option<String>,
    /// Their family name.
    #[arg(long)]
    pub subject_last_name: Option<String>,
    /// Their birth date.
    #[arg(long)]
    pub subject_birth_date: Option<String>,
    /// Their gender.
    #[arg(long)]
    pub subject_gender: Option<String>,
    /// Their school/class or group.
    #[arg(long)]
    pub subject_group: Option<String>,
}

/// Arguments of `meldcode dossier create`.
#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The vault.
    #[command(flatten)]
    pub vault: VaultArgs,
    /// A neutral title (no names: it appears in lists).
    #[arg(long)]
    pub title: String,
    /// Who the dossier is about.
    #[command(flatten)]
    pub subject: SubjectFields,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Subcommands of `meldcode person`.
#[derive(Debug, clap::Subcommand)]
pub enum PersonCommand {
    /// Add a person to a dossier; prints their id once committed.
    Add {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference (`MD-2026-0001`).
        #[arg(long)]
        dossier: String,
        /// The person's details.
        #[command(flatten)]
        fields: PersonFields,
        /// The dossier is about this person.
        #[arg(long)]
        subject: bool,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// List the persons in a dossier.
    List {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference.
        #[arg(long)]
        dossier: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Change a person's details (only the fields given).
    Edit {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference.
        #[arg(long)]
        dossier: String,
        /// The person's id (see `person list`).
        #[arg(long)]
        person: u32,
        /// The fields to change.
        #[command(flatten)]
        fields: PersonFields,
        /// The dossier is about this person.
        #[arg(long)]
        subject: bool,
    },
    /// Remove a person; refused while the dossier refers to them unless
    /// `--keep-references` or `--reassign-to ID`.
    Remove {
        /// The vault.
        #[command(flatten)]
        vault: VaultArgs,
        /// The numeric id or the reference.
        #[arg(long)]
        dossier: String,
        /// The person's id.
        #[arg(long)]
        person: u32,
        /// Keep the references; they read "verwijderde betrokkene".
        #[arg(long, conflicts_with = "reassign_to")]
        keep_references: bool,
        /// Move the references to this person.
        #[arg(long)]
        reassign_to: Option<u32>,
    },
}

/// Runs `meldcode dossier create`.
pub fn run_create(args: &CreateArgs) -> ExitCode {
    super::finish(create(args))
}

fn create(args: &CreateArgs) -> anyhow::Result<()> {
    let mut s = open_args(&args.vault)?;
    let f = &args.subject;
    let given = f.subject_role.is_some()
        || f.subject_first_name.is_some()
        || f.subject_roepnaam.is_some()
        || f.subject_last_name.is_some();
    let subject = given.then(|| PersonInput {
        role: f.subject_role.clone(),
        first_name: f.subject_first_name.clone(),
        roepnaam: f.subject_roepnaam.clone(),
        tussenvoegsel: f.subject_tussenvoegsel.clone(),
        last_name: f.subject_last_name.clone(),
        birth_date: f.subject_birth_date.clone(),
        gender: f.subject_gender.clone(),
        group: f.subject_group.clone(),
        ..PersonInput::default()
    });
    let d = persons::create_dossier(&mut s, &args.title, subject.as_ref())?;
    match args.format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json!({
                "schema": 1,
                "id": d.id.0,
                "reference": d.reference,
                "subject": d.subject.map(|p| p.0),
            }))?
        ),
        Format::Text => println!("{}\t{}", d.id.0, d.reference),
    }
    Ok(())
}

/// Runs `meldcode person …`.
pub fn run(cmd: PersonCommand) -> ExitCode {
    super::finish(match cmd {
        PersonCommand::Add {
            vault,
            dossier,
            fields,
            subject,
            format,
        } => add(&vault, &dossier, &fields, subject, format),
        PersonCommand::List {
            vault,
            dossier,
            format,
        } => list(&vault, &dossier, format),
        PersonCommand::Edit {
            vault,
            dossier,
            person,
            fields,
            subject,
        } => edit(&vault, &dossier, person, &fields, subject),
        PersonCommand::Remove {
            vault,
            dossier,
            person,
            keep_references,
            reassign_to,
        } => {
            let refs = match (keep_references, reassign_to) {
                (true, _) => Some(References::Keep),
                (false, Some(to)) => Some(References::Reassign { to: PersonId(to) }),
                (false, None) => None,
            };
            remove(&vault, &dossier, person, refs)
        }
    })
}

fn add(
    args: &VaultArgs,
    given: &str,
    fields: &PersonFields,
    subject: bool,
    format: Format,
) -> anyhow::Result<()> {
    let mut s = open_args(args)?;
    let id = dossier::resolve_existing(&s, given)?;
    let (_, pid) = persons::add(&mut s, id, &fields.input(), subject)?;
    match format {
        Format::Json => println!("{}", json!({"schema": 1, "person": pid.0})),
        Format::Text => println!("{}", pid.0),
    }
    Ok(())
}

fn person_json(d: &Dossier, p: &Person) -> serde_json::Value {
    json!({
        "id": p.id.0,
        "role": p.role.id(),
        "first_name": p.first_name,
        "roepnaam": p.roepnaam,
        "tussenvoegsel": p.tussenvoegsel,
        "last_name": p.last_name,
        "aliases": p.aliases,
        "birth_date": p.birth_date,
        "gender": p.gender,
        "gezag": p.gezag,
        "address": p.address,
        "postcode_place": p.postcode_place,
        "phone": p.phone,
        "group": p.group,
        "languages": p.languages,
        "notes": p.notes,
        "subject": d.subject().is_some_and(|s| s.id == p.id),
    })
}

fn list(args: &VaultArgs, given: &str, format: Format) -> anyhow::Result<()> {
    let mut s = open_args(args)?;
    let id = dossier::resolve_existing(&s, given)?;
    let (d, persons) = persons::list(&mut s, id)?;
    match format {
        Format::Json => {
            let all: Vec<_> = persons.iter().map(|p| person_json(&d, p)).collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&json!({"schema": 1, "persons": all}))?
            );
        }
        Format::Text => {
            for p in &persons {
                let gezag = match p.gezag {
                    Some(true) => "gezag",
                    Some(false) => "geen gezag",
                    None => "",
                };
                let subject = if d.subject().is_some_and(|s| s.id == p.id) {
                    "*"
                } else {
                    ""
                };
                println!(
                    "{}{subject}\t{}\t{}\t{gezag}",
                    p.id.0,
                    p.role.label(),
                    p.full_name()
                );
            }
        }
    }
    Ok(())
}

fn edit(
    args: &VaultArgs,
    given: &str,
    person: u32,
    fields: &PersonFields,
    subject: bool,
) -> anyhow::Result<()> {
    let mut s = open_args(args)?;
    let id = dossier::resolve_existing(&s, given)?;
    persons::edit(&mut s, id, PersonId(person), &fields.input(), subject)?;
    Ok(())
}

fn remove(
    args: &VaultArgs,
    given: &str,
    person: u32,
    refs: Option<References>,
) -> anyhow::Result<()> {
    let mut s = open_args(args)?;
    let id = dossier::resolve_existing(&s, given)?;
    persons::remove(&mut s, id, PersonId(person), refs)?;
    Ok(())
}
