//! Issue 15's "Done when", entirely through the command line: a fresh vault (not `demo`),
//! the school's own profile via `org set`, a dossier with a child, two parents with gezag
//! and signals naming them, an unregistered sibling, a teacher and a street; the
//! anonymised summary holds none of them (PDF text and DOCX XML), the meldformulier has the
//! child and the parents, the letter goes to the parents with gezag, documents show the
//! organisation's own profile, and two users are each named for what they did.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::Path;
use std::process::{Command, Output};

use meldcode::domain::{Dossier, Profile, Value};

const ILSE: &str = "Ilse Kramer";
const ILSE_PASS: &str = "kiezel-lantaarn-oever-mos";
const HENK: &str = "Henk Visser";
const HENK_PASS: &str = "wolk-drempel-kikker-lamp";
/// Every identifier in the case: registered names, the unregistered sibling and teacher,
/// the street, the school.
const IDENTIFIERS: [&str; 9] = [
    "Zoë",
    "Çağla",
    "Ünal",
    "Bjørn",
    "Wít",
    "Mats",
    "Anouk",
    "Lindelaan",
    "Vlinderboom",
];

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn vault(&self) -> std::path::PathBuf {
        self.dir.path().join("school.meldcode")
    }

    fn run_as(&self, user: Option<&str>, pass: &str, args: &[&str]) -> Output {
        let mut c = Command::new(env!("CARGO_BIN_EXE_meldcode"));
        c.args(args)
            .env("MELDCODE_PASSPHRASE", pass)
            .env("MELDCODE_INSECURE_TEST_KDF", "1")
            .env("MELDCODE_STATE_DIR", self.dir.path().join("state"))
            .env_remove("MELDCODE_USER")
            .env_remove("MELDCODE_NEW_PASSPHRASE");
        if let Some(u) = user {
            c.arg("--user").arg(u);
        }
        c.output().unwrap()
    }

    /// Runs a command on the vault (`--vault V` appended) as Ilse; must succeed.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.on_vault(Some(ILSE), ILSE_PASS, args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    fn on_vault(&self, user: Option<&str>, pass: &str, args: &[&str]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        let v = self.vault();
        all.extend(["--vault", v.to_str().unwrap()]);
        self.run_as(user, pass, &all)
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    text(&out.stdout)
}

fn docx_xml(path: &Path) -> String {
    let out = Command::new("unzip").arg("-p").arg(path).output().unwrap();
    assert!(out.status.success());
    text(&out.stdout)
}

fn leaks(all: &str) -> Vec<&'static str> {
    IDENTIFIERS
        .iter()
        .copied()
        .filter(|n| all.contains(n))
        .collect()
}

fn add_person(case: &Case, fields: &[&str]) -> String {
    let mut args = vec!["person", "add", "--dossier", "1"];
    args.extend(fields);
    case.ok(&args).trim().to_owned()
}

#[test]
#[allow(clippy::too_many_lines, reason = "one scenario, step by step")]
#[allow(
    clippy::many_single_char_names,
    reason = "one long scenario: v(ault), d(ossier), …"
)]
fn a_real_case_from_an_empty_vault_through_the_command_line() {
    let case = Case {
        dir: tempfile::tempdir().unwrap(),
    };
    let v = case.vault();
    let vs = v.to_str().unwrap();

    // A weak passphrase is refused, nothing is created.
    let out = case.run_as(None, "kort", &["vault", "init", vs, "--name", ILSE]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("fout:"), "{}", text(&out.stderr));
    assert!(!v.exists());

    let out = case.run_as(
        None,
        ILSE_PASS,
        &[
            "vault",
            "init",
            vs,
            "--name",
            ILSE,
            "--function",
            "intern begeleider",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    // The new vault's profile is empty, never the example's.
    let shown = case.ok(&["org", "show", "--format", "json"]);
    let p: serde_json::Value = serde_json::from_str(&shown).unwrap();
    assert_eq!(p["schema"], 1);
    assert_eq!(p["profile"]["organisation"]["name"], "");
    assert!(!shown.contains("Regenboog"), "{shown}");

    let created = case.ok(&[
        "dossier",
        "create",
        "--title",
        "Zorg om leerling groep 4",
        "--subject-role",
        "kind",
        "--subject-first-name",
        "Zoë",
        "--subject-tussenvoegsel",
        "de",
        "--subject-last-name",
        "Wít",
        "--subject-birth-date",
        "14-03-2018",
        "--subject-group",
        "groep 4",
        "--format",
        "json",
    ]);
    let c: serde_json::Value = serde_json::from_str(&created).unwrap();
    assert_eq!(c["schema"], 1);
    assert_eq!(c["id"], 1);
    assert_eq!(c["reference"].as_str().unwrap().len(), "MD-2026-0001".len());
    assert_eq!(c["subject"], 1);

    // A document whose profile lacks a field names the field; nothing is written.
    let out_pdf = case.dir.path().join("dossier.pdf");
    let out = case.on_vault(
        Some(ILSE),
        ILSE_PASS,
        &[
            "export",
            "--kind",
            "dossier",
            "--dossier",
            "1",
            "--out",
            out_pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("naam van de organisatie") || text(&out.stderr).contains("naam"),
        "{}",
        text(&out.stderr)
    );
    assert!(!out_pdf.exists());

    // The school's own profile.
    case.ok(&[
        "org",
        "set",
        "--field",
        "naam=Basisschool De Vlinderboom",
        "--field",
        "plaats=Delft",
        "--field",
        "sector=basisonderwijs",
        "--field",
        "eindverantwoordelijke=Ruud Jansen",
        "--field",
        "eindverantwoordelijke-functie=directeur",
        "--field",
        &format!("aandachtsfunctionaris={ILSE}"),
        "--field",
        "beveiligde-mail=zivver",
        "--field",
        "klachtenregeling=Klachten gaan naar de klachtencommissie van Stichting Delta.",
        "--field",
        "bewaartermijn=20",
        "--veilig-thuis-regio",
        "Haaglanden",
    ]);
    // A bad field changes nothing.
    let out = case.on_vault(
        Some(ILSE),
        ILSE_PASS,
        &[
            "org",
            "set",
            "--field",
            "plaats=Leiden",
            "--field",
            "bewaartermijn=500",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let p: serde_json::Value =
        serde_json::from_str(&case.ok(&["org", "show", "--format", "json"])).unwrap();
    let org = &p["profile"]["organisation"];
    assert_eq!(org["place"], "Delft");
    assert_eq!(org["form_set"], "basisonderwijs");
    assert_eq!(org["veilig_thuis_regio"], "Veilig Thuis Haaglanden");
    let profile: Profile = serde_json::from_value(p["profile"].clone()).unwrap();

    // The parents, with gezag; a person with a bad birth date is refused.
    let mother = add_person(
        &case,
        &[
            "--role",
            "moeder",
            "--first-name",
            "Çağla",
            "--last-name",
            "Ünal-de Wít",
            "--gezag",
            "ja",
            "--address",
            "Lindelaan 7",
            "--phone",
            "06-12345678",
            "--language",
            "Turks",
            "--language",
            "Nederlands",
        ],
    );
    let father = add_person(
        &case,
        &[
            "--role",
            "vader",
            "--first-name",
            "Bjørn",
            "--tussenvoegsel",
            "de",
            "--last-name",
            "Wít",
            "--gezag",
            "ja",
            "--alias",
            "Bjørnie",
        ],
    );
    assert_eq!((mother.as_str(), father.as_str()), ("2", "3"));
    let out = case.on_vault(
        Some(ILSE),
        ILSE_PASS,
        &[
            "person",
            "add",
            "--dossier",
            "1",
            "--role",
            "kind",
            "--first-name",
            "X",
            "--birth-date",
            "31-02-2019",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = case.on_vault(
        Some(ILSE),
        ILSE_PASS,
        &[
            "person",
            "add",
            "--dossier",
            "1",
            "--role",
            "oom",
            "--first-name",
            "Kees",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    case.ok(&[
        "person",
        "edit",
        "--dossier",
        "1",
        "--person",
        "1",
        "--roepnaam",
        "Zoë",
        "--gender",
        "vrouw",
    ]);

    // Removing the subject is refused with the references; nothing is saved.
    let out = case.on_vault(
        Some(ILSE),
        ILSE_PASS,
        &["person", "remove", "--dossier", "1", "--person", "1"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("fout:"), "{}", text(&out.stderr));
    let list: serde_json::Value =
        serde_json::from_str(&case.ok(&["person", "list", "--dossier", "1", "--format", "json"]))
            .unwrap();
    let persons = list["persons"].as_array().unwrap();
    assert_eq!(persons.len(), 3);
    assert_eq!(persons[0]["subject"], true);
    assert_eq!(persons[0]["birth_date"], "2018-03-14");
    assert_eq!(persons[1]["languages"][0], "Turks");
    assert_eq!(persons[2]["aliases"][0], "Bjørnie");

    // A second user, added by the aandachtsfunctionaris.
    let mut add = Command::new(env!("CARGO_BIN_EXE_meldcode"));
    let out = add
        .args([
            "vault",
            "user",
            "add",
            vs,
            "--name",
            HENK,
            "--function",
            "leerkracht",
        ])
        .args(["--user", ILSE])
        .env("MELDCODE_PASSPHRASE", ILSE_PASS)
        .env("MELDCODE_NEW_PASSPHRASE", HENK_PASS)
        .env("MELDCODE_STATE_DIR", case.dir.path().join("state"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    // Signals naming everyone: Ilse records two, Henk two.
    let signals = [
        (
            ILSE,
            ILSE_PASS,
            "Zoë vertelde dat haar broertje Mats 's avonds alleen thuis is.",
        ),
        (
            ILSE,
            ILSE_PASS,
            "Moeder Çağla zei bij het ophalen dat Bjørn sinds oktober elders woont.",
        ),
        (
            HENK,
            HENK_PASS,
            "Juf Anouk zag een blauwe plek op de linkerarm van Zoë.",
        ),
        (
            HENK,
            HENK_PASS,
            "Bjørn stond om 8.15 uur aan de Lindelaan en riep naar Zoë en Mats.",
        ),
    ];
    for (user, pass, t) in signals {
        let out = case.on_vault(
            Some(user),
            pass,
            &[
                "signal",
                "add",
                "--dossier",
                "1",
                "--text",
                t,
                "--observed",
                "vandaag",
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    // Henk is neither eindverantwoordelijke nor aandachtsfunctionaris: he may not add users.
    let out = case.run_as(
        Some(HENK),
        HENK_PASS,
        &["vault", "user", "remove", vs, "--name", ILSE],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("aandachtsfunctionaris"));

    // The anonymised summary: refused while doubtful words are unconfirmed, then written
    // with none of the identifiers.
    let anon_pdf = case.dir.path().join("consultatie.pdf");
    let export = |extra: &[String], out: &Path, format: &str| {
        let mut args: Vec<String> = [
            "export",
            "--kind",
            "consultatie",
            "--dossier",
            "1",
            "--format",
            format,
            "--out",
        ]
        .map(str::to_owned)
        .to_vec();
        args.push(out.to_str().unwrap().to_owned());
        args.extend(extra.iter().cloned());
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        case.on_vault(Some(ILSE), ILSE_PASS, &refs)
    };
    let first = export(&[], &anon_pdf, "pdf");
    let stderr = text(&first.stderr);
    let mut confirms = Vec::new();
    if first.status.success() {
        assert!(
            !stderr.contains(meldcode::texts::messages::ANONYMISATION_DOUBTFUL_HEADING),
            "{stderr}"
        );
    } else {
        assert_eq!(first.status.code(), Some(1), "{stderr}");
        assert!(!anon_pdf.exists());
        let doubtful: Vec<&str> = stderr
            .split(meldcode::texts::messages::ANONYMISATION_DOUBTFUL_HEADING)
            .nth(1)
            .unwrap()
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with("  "))
            .map(str::trim)
            .collect();
        assert!(!doubtful.is_empty(), "{stderr}");
        for w in doubtful {
            confirms.push("--confirm-name".to_owned());
            confirms.push(w.to_owned());
        }
    }
    let out = export(&confirms, &anon_pdf, "pdf");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let anon_docx = case.dir.path().join("consultatie.docx");
    let out = export(&confirms, &anon_docx, "docx");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pdf_text = pdftotext(&anon_pdf);
    assert!(
        pdf_text.contains("blauwe plek"),
        "the facts stay: {pdf_text}"
    );
    assert_eq!(leaks(&pdf_text), Vec::<&str>::new(), "{pdf_text}");
    assert_eq!(leaks(&docx_xml(&anon_docx)), Vec::<&str>::new());

    // The meldformulier's child and parents come from the persons.
    let shown = case.ok(&["dossier", "show", "--dossier", "1"]);
    let d: Dossier = serde_json::from_str(&shown).unwrap();
    let a = meldcode::report::meldformulier::answers(&d, &profile);
    let group = |id: &str| match a.get(id) {
        Some(Value::Group(g)) => g.clone(),
        other => panic!("{id}: {other:?}"),
    };
    let field = |e: &meldcode::domain::Answers, id: &str| {
        e.get(id)
            .and_then(Value::as_text)
            .unwrap_or_default()
            .to_owned()
    };
    let kids = group("kinderen");
    assert_eq!(kids.len(), 1);
    assert!(field(&kids[0], "kind_voornamen").contains("Zoë"));
    let parents: Vec<String> = group("ouders")
        .iter()
        .map(|e| field(e, "ouder_naam"))
        .collect();
    assert_eq!(parents.len(), 2, "{parents:?}");
    assert!(parents.iter().any(|p| p.contains("Çağla")), "{parents:?}");
    assert!(parents.iter().any(|p| p.contains("Bjørn")), "{parents:?}");
    assert_eq!(
        field(&a, "melder_organisatie"),
        "Basisschool De Vlinderboom"
    );

    // The letter to the parents with gezag, and the dossier, show the school's profile.
    let letter = case.dir.path().join("brief.pdf");
    case.ok(&[
        "export",
        "--kind",
        "brief-ouders",
        "--dossier",
        "1",
        "--out",
        letter.to_str().unwrap(),
    ]);
    let letter = pdftotext(&letter)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        letter.contains("Beste Çağla Ünal-de Wít en Bjørn de Wít,"),
        "{letter}"
    );
    assert!(letter.contains("Stichting Delta"), "{letter}");
    let dossier_pdf = case.dir.path().join("dossier.pdf");
    case.ok(&[
        "export",
        "--kind",
        "dossier",
        "--dossier",
        "1",
        "--out",
        dossier_pdf.to_str().unwrap(),
    ]);
    let all = pdftotext(&dossier_pdf);
    assert!(all.contains("Basisschool De Vlinderboom"), "{all}");
    assert!(all.contains("Ruud Jansen"), "{all}");
    assert!(!all.contains("Regenboog"), "{all}");

    // The audit log names each user for what they did.
    let log: serde_json::Value =
        serde_json::from_str(&case.ok(&["audit", "--format", "json"])).unwrap();
    let entries = log["entries"].as_array().unwrap();
    let by = |user: &str, action: &str| {
        entries
            .iter()
            .filter(|e| e["user"] == user && e["action"] == action)
            .count()
    };
    assert!(by(ILSE, "user-added") == 1, "{log}");
    assert!(by(ILSE, "change") >= 7, "{log}");
    assert!(by(HENK, "change") >= 2, "{log}");
    assert!(by(ILSE, "export") >= 4, "{log}");
    assert_eq!(by(HENK, "export"), 0);
    let history: Vec<&str> = d.history.iter().map(|h| h.by.name.as_str()).collect();
    assert!(
        history.contains(&HENK) && history.contains(&ILSE),
        "{history:?}"
    );

    // Removing Henk: he can no longer open the vault; the vault stays sound.
    let out = case.run_as(
        Some(ILSE),
        ILSE_PASS,
        &["vault", "user", "remove", vs, "--name", HENK],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let users = case.run_as(Some(ILSE), ILSE_PASS, &["vault", "user", "list", vs]);
    assert!(!text(&users.stdout).contains(HENK));
    let out = case.on_vault(Some(HENK), HENK_PASS, &["dossier", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let out = case.on_vault(None, HENK_PASS, &["dossier", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let out = case.run_as(Some(ILSE), ILSE_PASS, &["vault", "check", vs]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}
