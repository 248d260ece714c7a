//! `meldcode generate reference`: the command-line reference (`docs/cli.md`), generated from
//! the clap definitions so it never drifts from the real arguments, with a worked example per
//! subcommand. The examples are one invented case from an empty folder, in order; the test
//! suite regenerates the file, fails on any difference, and runs every example.

use std::fmt::Write as _;

use super::generate::command;

/// One worked example: the subcommand it shows, the command line, and the exit code it
/// ends with when the examples run in order (most 0; `lint` with a hint 1; `verify` of a
/// self-signed file 3).
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The subcommand's path without `meldcode`, e.g. `"vault init"`.
    pub command: &'static str,
    /// The whole command line, starting with `meldcode`; double quotes group words.
    pub line: &'static str,
    /// The exit code.
    pub exit: i32,
}

const fn ex(command: &'static str, line: &'static str) -> Example {
    Example {
        command,
        line,
        exit: 0,
    }
}

/// The environment the examples run with (no passphrase is asked).
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("MELDCODE_PASSPHRASE", "kastanje ĳsvogel trompet zevenhoek"),
    ("MELDCODE_NEW_PASSPHRASE", "wolk drempel kikker lamp"),
    ("MELDCODE_CERT_PASSWORD", "certificaat-wachtwoord"),
];

/// The one file in the folder before the first example runs, and its text.
pub const NOTE_FILE: (&str, &str) = (
    "notitie.txt",
    "Om 8.30 uur bracht moeder Zoë naar school. Moeder was erg boos.\n",
);

/// The examples, in the order they run: one case from an empty folder to a closed dossier.
pub const EXAMPLES: &[Example] = &[
    ex("forms check", "meldcode forms check"),
    Example {
        exit: 1,
        ..ex("lint", "meldcode lint notitie.txt")
    },
    ex(
        "vault init",
        r#"meldcode vault init --name "Çağla Ünal-de Wít" --function "intern begeleider" --organisation "OBS De Bjørn" --place Zwolle --sector basisonderwijs --eindverantwoordelijke "Çağla Ünal-de Wít" zaak.meldcode"#,
    ),
    ex(
        "vault user add",
        r#"meldcode vault user add --name "Bjørn Visser" --function leerkracht zaak.meldcode"#,
    ),
    ex("vault user list", "meldcode vault user list zaak.meldcode"),
    ex(
        "vault user remove",
        r#"meldcode vault user remove --name "Bjørn Visser" zaak.meldcode"#,
    ),
    ex(
        "org set",
        r#"meldcode org set --vault zaak.meldcode --veilig-thuis-regio IJsselland --field beveiligde-mail=zivver --field "klachtenregeling=Klachtenregeling OBS De Bjørn, op de website" --vocabulary "IB'er" --vocabulary OPP"#,
    ),
    ex("org show", "meldcode org show --vault zaak.meldcode"),
    ex(
        "dossier create",
        r#"meldcode dossier create --vault zaak.meldcode --title "Groep 6, letsel en afwezigheid" --subject-role kind --subject-first-name Zoë --subject-last-name Ünal --subject-birth-date 04-03-2017"#,
    ),
    ex(
        "person add",
        "meldcode person add --vault zaak.meldcode --dossier 1 --role moeder --first-name Çağla --last-name Ünal --gezag ja",
    ),
    ex(
        "person edit",
        r#"meldcode person edit --vault zaak.meldcode --dossier 1 --person 1 --address "Ĳsselstraat 1" --postcode-place "8011 AB Zwolle""#,
    ),
    ex(
        "person add",
        "meldcode person add --vault zaak.meldcode --dossier 1 --role vader --first-name Bjørn --last-name Ünal",
    ),
    ex(
        "person remove",
        "meldcode person remove --vault zaak.meldcode --dossier 1 --person 3",
    ),
    ex(
        "person list",
        "meldcode person list --vault zaak.meldcode --dossier 1",
    ),
    ex(
        "dossier list",
        "meldcode dossier list --vault zaak.meldcode",
    ),
    ex(
        "signal add",
        r#"meldcode signal add --vault zaak.meldcode --dossier 1 --observed vandaag --text "Vandaag om 8.40 uur zag ik een blauwe plek van 3 bij 4 cm op de linker bovenarm van Zoë.""#,
    ),
    ex(
        "signal add",
        r#"meldcode signal add --vault zaak.meldcode --dossier 1 --text "In de afgelopen vier weken was Zoë 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding.""#,
    ),
    ex(
        "signal add",
        r#"meldcode signal add --vault zaak.meldcode --dossier 1 --text "Bij het ophalen om 15.15 uur leek moeder gespannen.""#,
    ),
    ex(
        "hint list",
        "meldcode hint list --vault zaak.meldcode --dossier 1",
    ),
    ex(
        "hint keep",
        r#"meldcode hint keep --vault zaak.meldcode --dossier 1 --number 1 --reason "Zo verwoordde de leerkracht het; zij zag moeder met gebalde vuisten bij het hek staan.""#,
    ),
    ex(
        "step fields",
        "meldcode step fields --vault zaak.meldcode --dossier 1 --step 1",
    ),
    ex(
        "step set",
        "meldcode step set --vault zaak.meldcode --dossier 1 --step 1 --field kindcheck_uitgevoerd=nee --field vermoede_vormen=lichamelijk",
    ),
    ex(
        "step complete",
        "meldcode step complete --vault zaak.meldcode --dossier 1 --step 1",
    ),
    ex(
        "consultation add",
        r#"meldcode consultation add --vault zaak.meldcode --dossier 1 --on vandaag --with "Bjørn Visser, aandachtsfunctionaris" --question "Zijn de signalen genoeg voor een gesprek met moeder?" --outcome "Afgesproken: de intern begeleider voert het gesprek met moeder.""#,
    ),
    ex(
        "step complete",
        "meldcode step complete --vault zaak.meldcode --dossier 1 --step 2",
    ),
    ex(
        "conversation add",
        r#"meldcode conversation add --vault zaak.meldcode --dossier 1 --on vandaag --said "Ik vertelde moeder wat ik zag en vroeg hoe het thuis gaat." --reaction "Moeder zei: \"Ze is van de trap gevallen.\"""#,
    ),
    ex(
        "step set",
        "meldcode step set --vault zaak.meldcode --dossier 1 --step 3 --field gesprek_gevoerd=ja",
    ),
    ex(
        "step complete",
        "meldcode step complete --vault zaak.meldcode --dossier 1 --step 3",
    ),
    ex(
        "participation add",
        r#"meldcode participation add --vault zaak.meldcode --dossier 1 --point 1 --how "In de klas, na schooltijd, door de leerkracht, in gewone woorden." --child-words "Mag mama dit weten?""#,
    ),
    ex(
        "afweging answer",
        r#"meldcode afweging answer --vault zaak.meldcode --dossier 1 --question afweging_1 --answer ja --motivation "Moeder zei dat Zoë van de trap viel; volgens de aandachtsfunctionaris past dat niet bij de plaats van het letsel.""#,
    ),
    ex(
        "afweging answer",
        r#"meldcode afweging answer --vault zaak.meldcode --dossier 1 --question afweging_2 --answer ja --motivation "In vier weken 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding.""#,
    ),
    ex(
        "afweging show",
        "meldcode afweging show --vault zaak.meldcode --dossier 1",
    ),
    ex(
        "step set",
        r#"meldcode step set --vault zaak.meldcode --dossier 1 --step 4 --field soort_onveiligheid=structureel --field "onveiligheid_onderbouwing=Zie de signalen van stap 1 en het gesprek van stap 3." --field "besproken_met=Bjørn Visser, aandachtsfunctionaris" --field besluit_datum=vandaag --field naar_stap5=ja --field "besluit_motivatie=Zie het afwegingskader.""#,
    ),
    ex(
        "step complete",
        "meldcode step complete --vault zaak.meldcode --dossier 1 --step 4",
    ),
    Example {
        exit: 2,
        ..ex(
            "decide",
            r#"meldcode decide --vault zaak.meldcode --dossier 1 --melden nee --hulp ja --motivation "Hulp via het wijkteam.""#,
        )
    },
    ex(
        "decide",
        r#"meldcode decide --vault zaak.meldcode --dossier 1 --melden ja --hulp nee --motivation "Zie het afwegingskader. Moeder zei op school dat zij geen hulp van school wil." --samen-met-vt "Anouk Smit" --vt-datum vandaag"#,
    ),
    ex(
        "step set",
        r#"meldcode step set --vault zaak.meldcode --dossier 1 --step 5 --field "besluit_overleg=Bjørn Visser, aandachtsfunctionaris" --field betrokkenen_geinformeerd=ja"#,
    ),
    ex(
        "step complete",
        "meldcode step complete --vault zaak.meldcode --dossier 1 --step 5",
    ),
    ex(
        "step set",
        r#"meldcode step set --vault zaak.meldcode --dossier 1 --step melding --field vt_gebeld=ja --field "vt_gebeld_op=vandaag 09:30" --field "vt_medewerker=Anouk Smit" --field kanaal=zivver --field melder_telefoon=038-1234567 --field "melder_bereikbaar=ma-vr 8-16 uur" --field vormen=lichamelijk --field vastgesteld_of_vermoed=vermoed --field gezin_geinformeerd=ja --field anoniem_verzoek=nee --field acuut_gevaar=nee"#,
    ),
    ex(
        "cert new",
        r#"meldcode cert new --vault zaak.meldcode --name "Çağla Ünal-de Wít" --function "Intern begeleider" --organisation "OBS De Bjørn" --email ib@obs-debjorn.example --ec"#,
    ),
    ex("cert show", "meldcode cert show --vault zaak.meldcode"),
    ex(
        "cert export",
        "meldcode cert export --vault zaak.meldcode --out eigen.p12",
    ),
    ex(
        "mail",
        "meldcode mail --vault zaak.meldcode --dossier 1 --out pakket",
    ),
    ex(
        "melding sent",
        r#"meldcode melding sent --vault zaak.meldcode --dossier 1 --reference VT-2026-0412 --follow-up "Veilig Thuis belt binnen vijf werkdagen terug.""#,
    ),
    ex(
        "export",
        "meldcode export --vault zaak.meldcode --dossier 1 --kind dossier --out dossier.pdf --sign",
    ),
    Example {
        exit: 3,
        ..ex("verify", "meldcode verify dossier.pdf")
    },
    ex(
        "export",
        "meldcode export --vault zaak.meldcode --dossier MD-2026-0001 --kind consultatie --format docx --out consultatie.docx",
    ),
    ex("sign", "meldcode sign consultatie.docx --cert eigen.p12"),
    ex(
        "signal add",
        r#"meldcode signal add --vault zaak.meldcode --dossier 1 --source "Joost Öztürk, gymleraar" --text "De gymleraar vertelde dat hij vandaag om 10.15 uur een blauwe plek van 2 cm op de rechter onderarm van Zoë zag.""#,
    ),
    ex(
        "signal approve",
        r#"meldcode signal approve --vault zaak.meldcode --dossier 1 --signal 4 --by "Joost Öztürk" --how "per mail""#,
    ),
    ex(
        "signal correct",
        r#"meldcode signal correct --vault zaak.meldcode --dossier 1 --signal 4 --text "De gymleraar vertelde dat hij vandaag om 10.15 uur een blauwe plek van 2 cm op de rechter bovenarm van Zoë zag." --reason "De gymleraar schreef bij het accorderen: bovenarm, niet onderarm.""#,
    ),
    ex(
        "signal withdraw",
        r#"meldcode signal withdraw --vault zaak.meldcode --dossier 1 --signal 2 --reason "Dubbel: dezelfde afwezigheid staat in het verzuimoverzicht.""#,
    ),
    ex(
        "zienswijze add",
        r#"meldcode zienswijze add --vault zaak.meldcode --dossier 1 --author 2 --author-role moeder --subject "Het gesprek van stap 3" --text "Zoë is van de trap gevallen. Wij slaan onze kinderen niet." --disputes "Dat de uitleg niet bij het letsel past." --with-melding"#,
    ),
    ex(
        "correction-request add",
        r#"meldcode correction-request add --vault zaak.meldcode --dossier 1 --by 2 --by-role moeder --request "Schrijf erbij dat Zoë die ochtend ziek was.""#,
    ),
    ex(
        "correction-request answer",
        r#"meldcode correction-request answer --vault zaak.meldcode --dossier 1 --request 1 --granted ja --text "Toegevoegd als zienswijze van moeder; het signaal zelf blijft staan.""#,
    ),
    ex(
        "step revisit",
        r#"meldcode step revisit --vault zaak.meldcode --dossier 1 --step 1 --reason "Nieuw signaal van de gymleraar.""#,
    ),
    ex(
        "vt-request add",
        r#"meldcode vt-request add --vault zaak.meldcode --dossier 1 --received vandaag --asked-by "Anouk Smit" --questions "Hoe vaak was Zoë afwezig, en wat zag u zelf?""#,
    ),
    ex(
        "vt-request answer",
        r#"meldcode vt-request answer --vault zaak.meldcode --dossier 1 --request 1 --own "In vier weken 6 van de 20 lesdagen afwezig, 4 keer zonder afmelding." --consent ja --consent-note "Moeder gaf toestemming in het gesprek.""#,
    ),
    ex(
        "export",
        "meldcode export --vault zaak.meldcode --dossier 1 --kind vt-antwoord --out vt-antwoord.pdf",
    ),
    ex(
        "afspraak add",
        r#"meldcode afspraak add --vault zaak.meldcode --dossier 1 --who "Moeder" --what "Meldt Zoë ziek voor 8.30 uur." --due vandaag --check "De leerkracht kijkt elke ochtend de absenties na.""#,
    ),
    ex(
        "afspraak kept",
        "meldcode afspraak kept --vault zaak.meldcode --dossier 1 --afspraak 1",
    ),
    ex(
        "afspraak add",
        r#"meldcode afspraak add --vault zaak.meldcode --dossier 1 --who "Çağla Ünal-de Wít" --what "Belt Veilig Thuis over de voortgang." --due vandaag --check "Verslag van het gesprek in het dossier.""#,
    ),
    ex(
        "afspraak missed",
        r#"meldcode afspraak missed --vault zaak.meldcode --dossier 1 --afspraak 2 --reason "Veilig Thuis was niet bereikbaar.""#,
    ),
    ex(
        "urgent mark",
        r#"meldcode urgent mark --vault zaak.meldcode --dossier 1 --reason "Zoë zei om 15.10 uur dat ze niet naar huis durft.""#,
    ),
    ex(
        "urgent call",
        r#"meldcode urgent call --vault zaak.meldcode --dossier 1 --to veilig-thuis --note "Veilig Thuis komt om 16.00 uur naar school.""#,
    ),
    ex(
        "dossier create",
        r#"meldcode dossier create --vault zaak.meldcode --title "Groep 3, zorgen om verzorging""#,
    ),
    ex(
        "conversation skip",
        r#"meldcode conversation skip --vault zaak.meldcode --dossier 2 --reason veiligheid-kind --explanation "Een gesprek met de ouders brengt het kind in gevaar; advies van Veilig Thuis.""#,
    ),
    ex(
        "close",
        r#"meldcode close --vault zaak.meldcode --dossier 1 --reason "Veilig Thuis heeft de zorg overgenomen.""#,
    ),
    ex(
        "reopen",
        r#"meldcode reopen --vault zaak.meldcode --dossier 1 --reason "Nieuwe signalen na de kerstvakantie.""#,
    ),
    ex(
        "dossier show",
        "meldcode dossier show --vault zaak.meldcode --dossier 1",
    ),
    ex(
        "audit",
        "meldcode audit --vault zaak.meldcode --dossier 1 --format json",
    ),
    ex("demo", "meldcode demo --vault voorbeeld.meldcode"),
    ex(
        "cert import",
        "meldcode cert import --vault voorbeeld.meldcode eigen.p12",
    ),
    ex(
        "export",
        "meldcode export --example --kind protocol --out protocol.pdf",
    ),
    ex("vault check", "meldcode vault check zaak.meldcode"),
    ex("vault purge", "meldcode vault purge --yes zaak.meldcode"),
    ex("vault rekey", "meldcode vault rekey zaak.meldcode"),
    ex(
        "vault accept-older",
        "meldcode vault accept-older zaak.meldcode",
    ),
    ex("vault backups", "meldcode vault backups zaak.meldcode"),
    ex(
        "vault backups",
        "meldcode vault backups --destroy zaak.meldcode",
    ),
    ex("vault passwd", "meldcode vault passwd zaak.meldcode"),
];

/// The subcommands a user can call: not hidden, not clap's own `help`.
fn visible(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

/// Every subcommand that runs something (has no subcommands of its own), as its path
/// without `meldcode` ("vault user add").
pub fn leaf_commands() -> Vec<String> {
    fn walk(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
        for sub in visible(cmd) {
            let here = if path.is_empty() {
                sub.get_name().to_owned()
            } else {
                format!("{path} {}", sub.get_name())
            };
            if sub.has_subcommands() {
                walk(sub, &here, out);
            } else {
                out.push(here);
            }
        }
    }
    let mut out = Vec::new();
    walk(&command(), "", &mut out);
    out
}

/// The subcommands that print JSON with `--format json`.
pub fn json_commands() -> Vec<String> {
    let root = command();
    leaf_commands()
        .into_iter()
        .filter(|path| {
            let mut cmd = &root;
            for name in path.split(' ') {
                match cmd.find_subcommand(name) {
                    Some(sub) => cmd = sub,
                    None => return false,
                }
            }
            cmd.get_arguments().any(|a| {
                a.get_id() == "format"
                    && a.get_possible_values()
                        .iter()
                        .any(|v| v.get_name() == "json")
            })
        })
        .collect()
}

fn one_line(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

fn about(cmd: &clap::Command) -> String {
    cmd.get_long_about()
        .or_else(|| cmd.get_about())
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn arg_name(arg: &clap::Arg) -> String {
    let values = arg.get_value_names().map_or_else(
        || vec![format!("<{}>", arg.get_id().as_str().to_uppercase())],
        |v| v.iter().map(|n| format!("<{n}>")).collect::<Vec<_>>(),
    );
    if arg.is_positional() {
        let v = values.join(" ");
        if arg.is_required_set() {
            v
        } else {
            format!("[{}]", v.trim_matches(['<', '>']))
        }
    } else {
        let long = format!("--{}", arg.get_long().unwrap_or_default());
        if arg.get_action().takes_values() {
            format!("{long} {}", values.join(" "))
        } else {
            long
        }
    }
}

fn arg_help(arg: &clap::Arg) -> String {
    let mut help = arg
        .get_long_help()
        .or_else(|| arg.get_help())
        .map(|s| one_line(&s.to_string()))
        .unwrap_or_default();
    if !arg.get_action().takes_values() {
        return help;
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
        .collect();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    if !values.is_empty() {
        write!(help, " Values: {}.", values.join(", ")).ok();
    }
    if !defaults.is_empty() {
        write!(help, " Default: `{}`.", defaults.join(" ")).ok();
    }
    help
}

fn section(out: &mut String, cmd: &clap::Command, path: &str) {
    writeln!(out, "## `meldcode {path}`\n").ok();
    let about = about(cmd);
    if !about.is_empty() {
        writeln!(out, "{}\n", about.trim()).ok();
    }
    if cmd.has_subcommands() {
        for sub in visible(cmd) {
            writeln!(
                out,
                "- [`{path} {name}`](#meldcode-{anchor}-{name}): {about}",
                name = sub.get_name(),
                anchor = path.replace(' ', "-"),
                about = one_line(&sub.get_about().map(ToString::to_string).unwrap_or_default()),
            )
            .ok();
        }
        out.push('\n');
        return;
    }
    let usage = cmd.clone().render_usage().to_string();
    writeln!(out, "```text\n{}\n```\n", usage.trim()).ok();
    let args: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    if !args.is_empty() {
        writeln!(out, "| Argument | What it is |\n| --- | --- |").ok();
        for arg in args {
            writeln!(out, "| `{}` | {} |", arg_name(arg), arg_help(arg)).ok();
        }
        out.push('\n');
    }
    if let Some(after) = cmd.get_after_long_help().or_else(|| cmd.get_after_help()) {
        writeln!(out, "{}\n", after.to_string().trim()).ok();
    }
    let examples: Vec<&Example> = EXAMPLES.iter().filter(|e| e.command == path).collect();
    if !examples.is_empty() {
        writeln!(out, "Example:\n\n```sh").ok();
        for e in examples {
            if e.exit == 0 {
                writeln!(out, "{}", e.line).ok();
            } else {
                writeln!(out, "{}    # exit code {}", e.line, e.exit).ok();
            }
        }
        writeln!(out, "```\n").ok();
    }
}

/// A section per subcommand below `cmd`, depth first.
fn sections(out: &mut String, cmd: &clap::Command, path: &str) {
    for sub in visible(cmd) {
        let here = if path.is_empty() {
            sub.get_name().to_owned()
        } else {
            format!("{path} {}", sub.get_name())
        };
        section(out, sub, &here);
        sections(out, sub, &here);
    }
}

/// The whole reference as Markdown (`docs/cli.md`).
pub fn markdown() -> String {
    let root = command();
    let mut out = String::new();
    out.push_str(
        "# Command-line reference\n\n\
         Generated from the program's own argument definitions by `meldcode generate \
         reference --out docs/cli.md`; do not edit by hand. `meldcode SUBCOMMAND --help` prints \
         the same per subcommand, `man meldcode-SUBCOMMAND` after installing the package.\n\n\
         Without a subcommand `meldcode [VAULT]` opens the window (on VAULT when given). \
         Messages and errors are Dutch; these help texts are English. Exit codes: 0 done, \
         1 findings or not ready (nothing written), 2 usage or input error, 3 `verify`: \
         unchanged but the signer is not confirmed. Commands that print records or ids take \
         `--format text|json`; the JSON is described in [cli-json.md](cli-json.md). Every \
         vault command takes `--user NAME` (also `MELDCODE_USER`): open the vault with that \
         user's own key slot. The vault passphrase comes from the first line of a file \
         (`--passphrase-file PATH`) or an open file descriptor (`--passphrase-fd N`, Unix), \
         else from `MELDCODE_PASSPHRASE`, else it is asked without echo. The variables \
         `MELDCODE_PASSPHRASE`, `MELDCODE_NEW_PASSPHRASE` and `MELDCODE_CERT_PASSWORD` are \
         meant for tests and scripts: the program takes them out of its environment at \
         start, but a shell history or the parent process may still hold them.\n\n",
    );
    out.push_str(
        "The examples are one invented case. A test (`tests/it/cli_reference.rs`) runs them \
         in this order in an empty folder that holds only `notitie.txt`, with these \
         variables set so that nothing is asked:\n\n",
    );
    for (name, value) in ENVIRONMENT {
        writeln!(out, "- `{name}={value}`").ok();
    }
    out.push_str("\n## Commands\n\n");
    for sub in visible(&root) {
        writeln!(
            out,
            "- [`{name}`](#meldcode-{name}): {about}",
            name = sub.get_name(),
            about = one_line(&sub.get_about().map(ToString::to_string).unwrap_or_default()),
        )
        .ok();
    }
    out.push('\n');
    sections(&mut out, &root, "");
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
