//! One signing certificate per vault user (issue 21), through the command line on a vault
//! made from scratch: two users each make their own certificate and sign as themselves
//! (`pdfsig` names the signer), one never signs, shows or exports the other's, and an
//! older vault's shared certificate goes to one user only.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::export_support::require;
use crate::sign_common::{pdfsig, valid_count};
use meldcode::ops::identity::{self, KeyAlgorithm, NewCertificate, SigningIdentity};
use meldcode::ops::{OpenVault, Session, system_clock};

pub(crate) const ILSE: &str = "Ilse Kramer";
const ILSE_PASS: &str = "kiezel-lantaarn-oever-mos";
const HENK: &str = "Henk Visser";
const HENK_PASS: &str = "wolk-drempel-kikker-lamp";
const CERT_PASS: &str = "correct paard batterij";

pub(crate) struct Team {
    pub(crate) dir: tempfile::TempDir,
}

impl Team {
    fn vault(&self) -> PathBuf {
        self.dir.path().join("school.meldcode")
    }

    pub(crate) fn vs(&self) -> String {
        self.vault().to_str().unwrap().to_owned()
    }

    /// Runs `meldcode ARGS` as `user` (`MELDCODE_USER`) with their passphrase.
    pub(crate) fn run(&self, user: &str, args: &[&str]) -> Output {
        let pass = if user == ILSE { ILSE_PASS } else { HENK_PASS };
        Command::new(env!("CARGO_BIN_EXE_meldcode"))
            .args(args)
            .env("MELDCODE_USER", user)
            .env("MELDCODE_PASSPHRASE", pass)
            .env("MELDCODE_NEW_PASSPHRASE", HENK_PASS)
            .env("MELDCODE_CERT_PASSWORD", CERT_PASS)
            .env("MELDCODE_INSECURE_TEST_KDF", "1")
            .env("MELDCODE_STATE_DIR", self.dir.path().join("state"))
            .output()
            .unwrap()
    }

    pub(crate) fn ok(&self, user: &str, args: &[&str]) -> String {
        let out = self.run(user, args);
        assert!(out.status.success(), "{user} {args:?}: {}", text(&out));
        text(&out)
    }

    /// Opens the vault in this process as `user` (for what the command line does not
    /// show: the stored secrets).
    fn session(&self, user: &str) -> Session {
        let pass = if user == ILSE { ILSE_PASS } else { HENK_PASS };
        let how = OpenVault {
            user: Some(user.to_owned()),
            ..OpenVault::default()
        };
        Session::open_vault(&self.vault(), pass, &how, system_clock()).unwrap()
    }
}

pub(crate) fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A vault made by Ilse (aandachtsfunctionaris), with the profile a dossier export needs,
/// Henk added as a second user, and one dossier.
pub(crate) fn team() -> Team {
    let team = Team {
        dir: tempfile::tempdir().unwrap(),
    };
    let vs = team.vs();
    team.ok(
        ILSE,
        &[
            "vault",
            "init",
            &vs,
            "--name",
            ILSE,
            "--function",
            "intern begeleider",
        ],
    );
    team.ok(
        ILSE,
        &[
            "org",
            "set",
            "--vault",
            &vs,
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
            "bewaartermijn=20",
            "--veilig-thuis-regio",
            "Haaglanden",
        ],
    );
    team.ok(
        ILSE,
        &[
            "vault",
            "user",
            "add",
            &vs,
            "--name",
            HENK,
            "--function",
            "leerkracht",
        ],
    );
    team.ok(
        ILSE,
        &[
            "dossier",
            "create",
            "--vault",
            &vs,
            "--title",
            "Zorg om leerling groep 4",
            "--subject-role",
            "kind",
            "--subject-first-name",
            "Zoë",
            "--subject-last-name",
            "Wít",
        ],
    );
    team
}

pub(crate) fn cert_new(team: &Team, user: &str) -> String {
    team.ok(
        user,
        &[
            "cert",
            "new",
            "--vault",
            &team.vs(),
            "--name",
            user,
            "--function",
            "leerkracht",
            "--organisation",
            "Basisschool De Vlinderboom",
            "--email",
            "school@vlinderboom.example",
        ],
    )
}

pub(crate) fn export_signed(team: &Team, user: &str, out: &Path) -> Output {
    team.run(
        user,
        &[
            "export",
            "--vault",
            &team.vs(),
            "--kind",
            "dossier",
            "--dossier",
            "1",
            "--sign",
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

/// The common names `pdfsig` reports as signers.
fn pdfsig_signers(path: &Path) -> Vec<String> {
    String::from_utf8_lossy(&pdfsig(path).stdout)
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- Signer Certificate Common Name:"))
        .map(|n| n.trim().to_owned())
        .collect()
}

/// The audit log's `sign` lines.
pub(crate) fn sign_entries(team: &Team) -> Vec<String> {
    team.ok(ILSE, &["audit", "--vault", &team.vs()])
        .lines()
        .filter(|l| l.split('\t').nth(2) == Some("sign"))
        .map(str::to_owned)
        .collect()
}

#[test]
#[allow(clippy::too_many_lines, reason = "one scenario, step by step")]
fn each_user_signs_with_their_own_certificate_and_never_with_a_colleagues() {
    require(&["pdfsig", "openssl"]);
    let team = team();
    let vs = team.vs();
    let dir = team.dir.path();

    // Ilse makes hers; Henk still has none, and is told so, not given hers.
    cert_new(&team, ILSE);
    let shown = team.ok(ILSE, &["cert", "show", "--vault", &vs]);
    assert!(
        shown.contains(&format!(
            "{:<18}{ILSE}",
            meldcode::texts::cli::CERTIFICATE_SHOW_VAULT_USER
        )),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "{:<18}{ILSE}",
            meldcode::texts::cli::CERTIFICATE_SHOW_NAME
        )),
        "{shown}"
    );
    let out = team.run(HENK, &["cert", "show", "--vault", &vs]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains(meldcode::texts::messages::SIGNING_NO_CERTIFICATE),
        "{}",
        text(&out)
    );
    let henk_pdf = dir.join("henk.pdf");
    let out = export_signed(&team, HENK, &henk_pdf);
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains(meldcode::texts::messages::SIGNING_NO_CERTIFICATE),
        "{}",
        text(&out)
    );
    assert!(!henk_pdf.exists());
    // Henk cannot export Ilse's certificate: there is nothing of his to export.
    let stolen = dir.join("gestolen.p12");
    let out = team.run(
        HENK,
        &[
            "cert",
            "export",
            "--vault",
            &vs,
            "--out",
            stolen.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(!stolen.exists());

    // Henk makes his own (no --replace needed: Ilse's is not his).
    cert_new(&team, HENK);
    let shown = team.ok(HENK, &["cert", "show", "--vault", &vs]);
    assert!(
        shown.contains(&format!(
            "{:<18}{HENK}",
            meldcode::texts::cli::CERTIFICATE_SHOW_NAME
        )),
        "{shown}"
    );
    let shown = team.ok(ILSE, &["cert", "show", "--vault", &vs]);
    assert!(
        shown.contains(&format!(
            "{:<18}{ILSE}",
            meldcode::texts::cli::CERTIFICATE_SHOW_NAME
        )),
        "{shown}"
    );

    // Each signs the dossier; pdfsig names each as the signer.
    let ilse_pdf = dir.join("ilse.pdf");
    for (user, pdf) in [(ILSE, &ilse_pdf), (HENK, &henk_pdf)] {
        let out = export_signed(&team, user, pdf);
        assert!(out.status.success(), "{user}: {}", text(&out));
        assert_eq!(valid_count(&pdfsig(pdf)), 1, "{user}");
        assert_eq!(pdfsig_signers(pdf), vec![user.to_owned()], "{user}");
    }
    // The audit log's sign entries name who signed.
    let signs = sign_entries(&team);
    assert_eq!(signs.len(), 2, "{signs:?}");
    assert!(
        signs[0].contains(ILSE) && !signs[0].contains(HENK),
        "{signs:?}"
    );
    assert!(
        signs[1].contains(HENK) && !signs[1].contains(ILSE),
        "{signs:?}"
    );

    // Henk's backup holds his certificate, never Ilse's.
    let backup = dir.join("henk.p12");
    team.ok(
        HENK,
        &[
            "cert",
            "export",
            "--vault",
            &vs,
            "--out",
            backup.to_str().unwrap(),
        ],
    );
    let out = Command::new("openssl")
        .args(["pkcs12", "-in", backup.to_str().unwrap(), "-nokeys"])
        .args(["-passin", &format!("pass:{CERT_PASS}")])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let certs = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(certs.contains(&format!("CN = {HENK}")) || certs.contains(&format!("CN={HENK}")));
    assert!(!certs.contains(ILSE), "{certs}");

    // Replacing is per user too: Ilse's new one leaves Henk's alone.
    let out = team.run(
        ILSE,
        &[
            "cert",
            "new",
            "--vault",
            &vs,
            "--name",
            ILSE,
            "--function",
            "ib",
            "--organisation",
            "Vlinderboom",
            "--email",
            "ib@vlinderboom.example",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains(meldcode::texts::messages::CERTIFICATE_EXISTS));
    let henk_before = identity::summary(&team.session(HENK)).unwrap().unwrap();
    assert_eq!(henk_before.name, HENK);

    // Henk leaves: his certificate is emptied, so a later "Henk Visser" cannot sign with it.
    team.ok(ILSE, &["vault", "user", "remove", &vs, "--name", HENK]);
    let s = team.session(ILSE);
    assert_eq!(
        s.store
            .secret(&identity::user_secret_name(&s, HENK).unwrap().unwrap())
            .unwrap(),
        Some(Vec::new())
    );
    assert_eq!(identity::summary(&s).unwrap().unwrap().name, ILSE);
}

fn legacy_identity(name: &str) -> SigningIdentity {
    SigningIdentity::create_self_signed(&NewCertificate {
        name: name.to_owned(),
        function: "directeur".to_owned(),
        organisation: "Basisschool De Vlinderboom".to_owned(),
        email: "directie@vlinderboom.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: chrono::Utc::now(),
        valid_days: 30,
    })
    .unwrap()
}

/// Puts a shared certificate, as older versions kept it, into the vault.
fn put_legacy(team: &Team, id: &SigningIdentity) {
    let mut s = team.session(ILSE);
    s.store
        .put_secret(
            meldcode::export::sign::VAULT_SECRET,
            &id.to_store_bytes().unwrap(),
        )
        .unwrap();
}

#[test]
fn an_older_vaults_shared_certificate_goes_to_one_user() {
    require(&["pdfsig"]);
    let team = team();
    let vs = team.vs();

    // The certificate names Henk: it is his, not the creator's.
    let henks = legacy_identity(HENK);
    put_legacy(&team, &henks);
    assert_eq!(
        identity::shared_owner(&team.session(ILSE)).unwrap(),
        Some(HENK.to_owned())
    );
    let out = team.run(ILSE, &["cert", "show", "--vault", &vs]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let shown = team.ok(HENK, &["cert", "show", "--vault", &vs]);
    assert!(shown.contains(&henks.fingerprint()), "{shown}");
    // Signing moves it to Henk's own secret and empties the shared one.
    let pdf = team.dir.path().join("henk.pdf");
    let out = export_signed(&team, HENK, &pdf);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(pdfsig_signers(&pdf), vec![HENK.to_owned()]);
    let s = team.session(HENK);
    assert_eq!(
        s.store
            .secret(meldcode::export::sign::VAULT_SECRET)
            .unwrap(),
        Some(Vec::new())
    );
    assert!(
        s.store
            .secret(&identity::user_secret_name(&s, HENK).unwrap().unwrap())
            .unwrap()
            .is_some()
    );
    assert_eq!(
        identity::summary(&s).unwrap().unwrap().fingerprint,
        henks.fingerprint()
    );
    drop(s);
    // The migration is in the audit log under Henk.
    let log = team.ok(ILSE, &["audit", "--vault", &vs]);
    assert!(
        log.lines()
            .any(|l| l.contains(HENK) && l.contains("secret:signing-identity:")),
        "{log}"
    );

    // A certificate naming nobody in the vault goes to the eindverantwoordelijke when they
    // are a user, else to the vault's creator (Ilse): the eindverantwoordelijke here,
    // Ruud Jansen, has no key slot.
    let strangers = legacy_identity("Iemand Anders");
    put_legacy(&team, &strangers);
    assert_eq!(
        identity::shared_owner(&team.session(HENK)).unwrap(),
        Some(ILSE.to_owned())
    );
    let shown = team.ok(ILSE, &["cert", "show", "--vault", &vs]);
    assert!(shown.contains(&strangers.fingerprint()), "{shown}");
    let shown = team.ok(HENK, &["cert", "show", "--vault", &vs]);
    assert!(shown.contains(&henks.fingerprint()), "{shown}");
    team.ok(
        ILSE,
        &[
            "org",
            "set",
            "--vault",
            &vs,
            "--field",
            &format!("eindverantwoordelijke={HENK}"),
        ],
    );
    assert_eq!(
        identity::shared_owner(&team.session(ILSE)).unwrap(),
        Some(HENK.to_owned())
    );
}

/// The secret holding a user's certificate is named under a random key of the vault: the
/// same user in two vaults gets two unrelated names, so the readable record names cannot
/// be matched against a staff list.
#[test]
fn a_users_certificate_is_named_without_their_name() {
    let (one, two) = (team(), team());
    cert_new(&one, HENK);
    cert_new(&two, HENK);
    let name_in = |t: &Team| {
        let s = t.session(HENK);
        identity::user_secret_name(&s, HENK)
            .unwrap()
            .expect("named")
    };
    let (a, b) = (name_in(&one), name_in(&two));
    assert_ne!(
        a, b,
        "the same name in two vaults must not give the same record"
    );
    for t in [&one, &two] {
        let conn = rusqlite::Connection::open(t.vault()).unwrap();
        let names: Vec<String> = conn
            .prepare("SELECT name FROM records")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert!(
            names
                .iter()
                .all(|n| !n.contains("Henk") && !n.contains("henk")),
            "{names:?}"
        );
    }
}
