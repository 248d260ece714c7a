//! Signing without the command line: the "Certificaat voor ondertekenen" section of the
//! Organisatie page on a vault made through the wizard. The export dialog leads there while
//! the vault has no certificate; a personal certificate is made through the widgets and the
//! dossier is exported signed (checked by `pdfsig`). A `.p12` is imported after a wrong
//! password and an unusable file were refused; replacing asks first; the backup needs the
//! password twice and is a `.p12` of the same certificate.

use std::path::Path;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use meldcode::app::{CertificateCommand, Command, Op, Screen};
use meldcode::export::sign::{KeyAlgorithm, SigningIdentity};
use meldcode::gui::Gui;
use meldcode::storage::AuditAction;
use meldcode::texts;
use meldcode::texts::window as t;

use crate::app_support::{click, replace_in, type_into, vault_harness};
use crate::sign_common::{identity, pdfsig, valid_count};

const CAGLA: &str = "Çağla Ünal-de Wít";
const PASS: &str = "paard-batterij-nietje-correct";
const EINDVERANTWOORDELIJKE: &str =
    "Eindverantwoordelijke voor de beslissing om wel of geen melding te doen: naam *";
const P12_PASSWORD: &str = "Zoë fietst door ĳzige regen";

fn harness() -> Harness<'static, Gui> {
    vault_harness(4000.0)
}

/// Clicks a button by its label (a page may show the same words as a label too).
fn click_button(h: &mut Harness<'_, Gui>, label: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, label)
        .click();
    h.run();
}

fn shown(h: &Harness<'_, Gui>, text: &str) -> bool {
    h.query_all_by_label(text).next().is_some()
}

/// A new vault through the wizard, by Çağla, intern begeleider.
fn on_new_vault(path: &Path) -> Harness<'static, Gui> {
    let mut h = harness();
    crate::app_support::create_vault(
        &mut h,
        &crate::app_support::NewVault {
            path,
            passphrase: PASS,
            user: CAGLA,
            function: "intern begeleider",
            organisation: "Obs Bjørn",
            sector: None,
        },
    );
    h
}

fn fingerprint(h: &Harness<'_, Gui>) -> Option<String> {
    let cert = &h.state().app.state.certificate;
    cert.current.as_ref().map(|c| c.fingerprint.clone())
}

fn refusal(h: &Harness<'_, Gui>) -> Option<String> {
    let cert = &h.state().app.state.certificate;
    cert.refusal.as_ref().map(|m| m.text.clone())
}

fn field_value(h: &Harness<'_, Gui>, label: &str) -> Option<String> {
    h.get_by_label(label).value()
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_certificate_made_in_the_window_signs_the_dossier_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bjørn.meldcode");

    // The example keeps no certificate, and says so.
    let mut h = harness();
    click_button(&mut h, t::COMMAND_ORGANISATION);
    click(&mut h, t::CERTIFICATE_HEADING);
    assert!(shown(&h, t::CERTIFICATE_ONLY_IN_VAULT));
    assert!(!shown(&h, t::CERTIFICATE_CREATE_BUTTON));
    drop(h);

    let mut h = on_new_vault(&path);
    // The dossier document names the eindverantwoordelijke.
    type_into(&mut h, EINDVERANTWOORDELIJKE, "Renée Ångström");
    h.state_mut().app.flush_due(std::time::Instant::now(), true);
    crate::app_new_dossier::start_dossier(&mut h, "Zoë");
    let dossier = h.state().app.state.open_dossier().expect("open").id;

    // The export dialog: no certificate yet, no checkbox, a link to the section instead.
    click(&mut h, &format!("{}\u{2026}", t::EXPORT_KIND_DOSSIER));
    assert!(!shown(&h, t::EXPORT_SIGN_OPTION));
    assert!(shown(&h, t::EXPORT_SIGN_NO_CERTIFICATE_HINT));
    assert!(
        !shown(&h, texts::messages::SIGNING_NO_CERTIFICATE),
        "no command line for the window user"
    );
    click(&mut h, t::EXPORT_SIGN_SET_UP_LINK);
    assert_eq!(h.state().app.state.screen, Screen::Organisation);
    assert!(!shown(&h, t::EXPORT_DIALOG_TITLE), "the dialog closed");
    assert!(shown(&h, t::CERTIFICATE_NONE_HINT), "the section is open");

    // Prefilled from the profile; an e-mail address with an accent is refused in Dutch.
    assert_eq!(
        field_value(&h, t::CERTIFICATE_NEW_NAME_LABEL).as_deref(),
        Some(CAGLA)
    );
    assert_eq!(
        field_value(&h, t::CERTIFICATE_NEW_ORGANISATION_LABEL).as_deref(),
        Some("Obs Bjørn")
    );
    type_into(
        &mut h,
        t::CERTIFICATE_NEW_EMAIL_LABEL,
        "çağla@bjørn.example",
    );
    assert_eq!(
        field_value(&h, t::CERTIFICATE_NEW_EMAIL_LABEL).as_deref(),
        Some("çağla@bjørn.example")
    );
    click(&mut h, t::CERTIFICATE_CREATE_BUTTON);
    assert_eq!(
        refusal(&h).as_deref(),
        Some(texts::messages::CERTIFICATE_FIELDS_INVALID)
    );
    assert!(shown(&h, texts::messages::CERTIFICATE_FIELDS_INVALID));
    assert_eq!(fingerprint(&h), None, "nothing stored on a refusal");

    replace_in(
        &mut h,
        t::CERTIFICATE_NEW_EMAIL_LABEL,
        "c.unal@bjorn.example",
    );
    click(&mut h, t::CERTIFICATE_CREATE_BUTTON);
    h.run();
    let made = h
        .state()
        .app
        .state
        .certificate
        .current
        .clone()
        .expect("a certificate in the vault");
    assert_eq!(refusal(&h), None);
    assert_eq!(made.name, CAGLA);
    assert_eq!(made.function.as_deref(), Some("intern begeleider"));
    assert!(made.self_signed);
    let until = made.valid_until.expect("valid until").date_naive();
    let today = h.state().app.today();
    assert!(
        until > today + chrono::Days::new(3 * 365 - 2) && until <= today + chrono::Days::new(1096),
        "three years: {until}"
    );
    assert!(shown(&h, t::CERTIFICATE_CREATED_MESSAGE));
    assert!(shown(&h, CAGLA));
    let grouped = made
        .fingerprint
        .as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).expect("hex"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(shown(&h, &grouped), "the fingerprint is shown");
    assert!(shown(&h, t::CERTIFICATE_CREATE_REPLACE_BUTTON));
    assert!(shown(&h, t::CERTIFICATE_BACKUP_BUTTON));

    // Back to the dossier: the dialog now offers signing, checked; the PDF is signed.
    click(&mut h, t::COMMAND_DOSSIER_LIST);
    click(&mut h, t::OPEN_BUTTON);
    assert_eq!(
        h.state().app.state.open_dossier().map(|d| d.id),
        Some(dossier)
    );
    click(&mut h, &format!("{}\u{2026}", t::EXPORT_KIND_DOSSIER));
    assert!(!shown(&h, t::EXPORT_SIGN_SET_UP_LINK));
    assert_eq!(
        h.get_by_label(t::EXPORT_SIGN_OPTION)
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    let out = dir.path().join("dossier-zoë.pdf");
    replace_in(&mut h, t::EXPORT_FILE_LABEL, &out.display().to_string());
    h.get_by_label(t::EXPORT_START_BUTTON).click();
    h.step();
    h.state_mut().wait_for_export(Duration::from_mins(2));
    h.run();
    let done = h.state().app.state.exports.done.clone();
    assert_eq!(done.len(), 1, "{:?}", h.state().app.state.message);
    assert_eq!(
        done[0].signature,
        meldcode::app::SignatureStatus::Valid {
            signer: CAGLA.to_owned(),
            self_signed: true
        }
    );
    let report = pdfsig(&out);
    assert_eq!(
        valid_count(&report),
        1,
        "{}",
        String::from_utf8_lossy(&report.stdout)
    );
    let entries = h.state_mut().app.audit_entries(Some(dossier));
    assert!(
        entries
            .iter()
            .any(|e| e.action == AuditAction::Sign && e.detail.contains(&made.fingerprint)),
        "the signature is in the audit log with the certificate's fingerprint"
    );
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_p12_is_imported_after_refusals_replaced_after_a_confirmation_and_backed_up() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kompas.meldcode");
    let theirs = identity(KeyAlgorithm::EcdsaP256);
    let p12 = meldcode::ops::identity::pkcs12_bytes(&theirs, P12_PASSWORD).expect("p12");
    let p12_path = dir.path().join("çağla-certificaat.p12");
    std::fs::write(&p12_path, &p12).expect("write p12");
    let broken = dir.path().join("kapot.pfx");
    std::fs::write(&broken, b"geen certificaat").expect("write");

    let mut h = on_new_vault(&path);
    click_button(&mut h, t::COMMAND_ORGANISATION);
    click(&mut h, t::CERTIFICATE_HEADING);
    assert!(shown(&h, t::CERTIFICATE_NONE_HINT));

    // A file that is no certificate: refused, the password field emptied.
    type_into(
        &mut h,
        t::CERTIFICATE_IMPORT_FILE_LABEL,
        &broken.display().to_string(),
    );
    type_into(&mut h, t::CERTIFICATE_IMPORT_PASSWORD_LABEL, P12_PASSWORD);
    click(&mut h, t::CERTIFICATE_IMPORT_BUTTON);
    assert_eq!(
        refusal(&h).as_deref(),
        Some(texts::messages::CERTIFICATE_FILE_UNUSABLE)
    );
    assert!(shown(&h, texts::messages::CERTIFICATE_FILE_UNUSABLE));
    assert_eq!(
        field_value(&h, t::CERTIFICATE_IMPORT_PASSWORD_LABEL).as_deref(),
        Some("")
    );
    assert_eq!(fingerprint(&h), None);

    // A file that is not there.
    let missing = dir.path().join("bestaat-niet.p12");
    replace_in(
        &mut h,
        t::CERTIFICATE_IMPORT_FILE_LABEL,
        &missing.display().to_string(),
    );
    type_into(&mut h, t::CERTIFICATE_IMPORT_PASSWORD_LABEL, P12_PASSWORD);
    click(&mut h, t::CERTIFICATE_IMPORT_BUTTON);
    let said = refusal(&h).expect("refused");
    assert!(said.contains("bestaat-niet.p12"), "{said}");
    assert_eq!(fingerprint(&h), None);

    // The right file with a wrong password: refused in Dutch, nothing stored.
    replace_in(
        &mut h,
        t::CERTIFICATE_IMPORT_FILE_LABEL,
        &p12_path.display().to_string(),
    );
    type_into(
        &mut h,
        t::CERTIFICATE_IMPORT_PASSWORD_LABEL,
        "Zoe fietst door ijzige regen",
    );
    click(&mut h, t::CERTIFICATE_IMPORT_BUTTON);
    assert_eq!(
        refusal(&h).as_deref(),
        Some(texts::messages::CERTIFICATE_WRONG_PASSWORD)
    );
    assert!(shown(&h, texts::messages::CERTIFICATE_WRONG_PASSWORD));
    assert_eq!(fingerprint(&h), None);
    assert!(!h.state().app.state.exports.has_certificate);

    // The right password: imported, the path emptied.
    type_into(&mut h, t::CERTIFICATE_IMPORT_PASSWORD_LABEL, P12_PASSWORD);
    click(&mut h, t::CERTIFICATE_IMPORT_BUTTON);
    h.run();
    assert_eq!(refusal(&h), None);
    assert_eq!(fingerprint(&h), Some(theirs.fingerprint()));
    assert!(h.state().app.state.exports.has_certificate);
    assert!(shown(&h, t::CERTIFICATE_IMPORTED_MESSAGE));
    assert!(
        shown(&h, "Basisschool De Regenboog"),
        "the holder's organisation"
    );
    assert_eq!(
        field_value(&h, t::CERTIFICATE_IMPORT_FILE_LABEL).as_deref(),
        Some("")
    );

    // A request without confirmation, as from a window that had not seen it yet: refused
    // in the window's words, the certificate unchanged.
    h.state_mut()
        .app
        .push(Command::Op(Op::Certificate(CertificateCommand::Create {
            name: "Bjørn Ĳzerman".to_owned(),
            function: "leerkracht".to_owned(),
            organisation: "Obs Bjørn".to_owned(),
            email: "bjorn@bjorn.example".to_owned(),
            replace: false,
        })));
    h.run();
    assert_eq!(refusal(&h).as_deref(), Some(t::CERTIFICATE_EXISTS_REFUSED));
    assert_eq!(fingerprint(&h), Some(theirs.fingerprint()));

    // Replacing asks first; "Annuleren" keeps the certificate.
    type_into(
        &mut h,
        t::CERTIFICATE_NEW_EMAIL_LABEL,
        "c.unal@bjorn.example",
    );
    click(&mut h, t::CERTIFICATE_CREATE_REPLACE_BUTTON);
    let question = t::CERTIFICATE_REPLACE_QUESTION.replace("{name}", CAGLA);
    assert!(shown(&h, &question));
    click(&mut h, t::CANCEL_BUTTON);
    assert!(!shown(&h, &question));
    assert_eq!(fingerprint(&h), Some(theirs.fingerprint()));
    click(&mut h, t::CERTIFICATE_CREATE_REPLACE_BUTTON);
    click(&mut h, t::CERTIFICATE_REPLACE_CONFIRM_BUTTON);
    h.run();
    let ours = fingerprint(&h).expect("a certificate");
    assert_ne!(ours, theirs.fingerprint(), "replaced");
    assert_eq!(refusal(&h), None);

    // The backup: two different passwords are refused by the form, no file.
    let backup = dir.path().join("reservekopie-ø.p12");
    replace_in(
        &mut h,
        t::CERTIFICATE_BACKUP_FILE_LABEL,
        &backup.display().to_string(),
    );
    type_into(&mut h, t::CERTIFICATE_BACKUP_PASSWORD_LABEL, P12_PASSWORD);
    type_into(
        &mut h,
        t::CERTIFICATE_BACKUP_PASSWORD_AGAIN_LABEL,
        "Zoë fietst door ijzige regen",
    );
    click(&mut h, t::CERTIFICATE_BACKUP_BUTTON);
    assert!(shown(&h, t::WIZARD_PASSPHRASES_DIFFER));
    assert_eq!(
        field_value(&h, t::CERTIFICATE_BACKUP_PASSWORD_LABEL).as_deref(),
        Some("")
    );
    assert!(!backup.exists());

    // The same password twice: a .p12 of the vault's certificate, recorded in the log.
    type_into(&mut h, t::CERTIFICATE_BACKUP_PASSWORD_LABEL, P12_PASSWORD);
    type_into(
        &mut h,
        t::CERTIFICATE_BACKUP_PASSWORD_AGAIN_LABEL,
        P12_PASSWORD,
    );
    click(&mut h, t::CERTIFICATE_BACKUP_BUTTON);
    assert_eq!(refusal(&h), None);
    assert!(shown(&h, t::CERTIFICATE_BACKUP_WRITTEN_MESSAGE));
    let written = std::fs::read(&backup).expect("the backup is written");
    let back = SigningIdentity::from_pkcs12_bytes(&written, P12_PASSWORD).expect("opens");
    assert_eq!(back.fingerprint(), ours);
    let entries = h.state_mut().app.audit_entries(None);
    assert!(
        entries
            .iter()
            .any(|e| e.action == AuditAction::Export && e.detail.contains(&ours)),
        "the key leaving the vault is in the audit log"
    );

    // A second backup to the same file is refused; the first stays as it was.
    replace_in(
        &mut h,
        t::CERTIFICATE_BACKUP_FILE_LABEL,
        &backup.display().to_string(),
    );
    type_into(
        &mut h,
        t::CERTIFICATE_BACKUP_PASSWORD_LABEL,
        "een ander wachtwoord",
    );
    type_into(
        &mut h,
        t::CERTIFICATE_BACKUP_PASSWORD_AGAIN_LABEL,
        "een ander wachtwoord",
    );
    click(&mut h, t::CERTIFICATE_BACKUP_BUTTON);
    let said = refusal(&h).expect("refused");
    assert!(said.contains("bestaat al"), "{said}");
    assert_eq!(std::fs::read(&backup).expect("still there"), written);
}

/// A team vault: the section shows and makes the certificate of whoever opened the vault.
/// Renée has one; Bjørn, opening the vault with his own passphrase, sees none of his own
/// (not hers), the form proposes his name, and what he makes is his alone.
#[test]
fn the_section_manages_the_certificate_of_the_user_who_opened_the_vault() {
    use meldcode::ops::{self, Session, identity};
    const RENEE: &str = "Renée Ångström";
    const BJORN: &str = "Bjørn de Vries";
    const BJORN_PASS: &str = "Bjørn fietst door ĳzige regen";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.meldcode");
    let mut profile = meldcode::domain::example::profile();
    profile.user = meldcode::domain::Actor::new(RENEE, "directeur");
    profile.organisation.eindverantwoordelijke.name = RENEE.to_owned();
    let renee_print = {
        let mut s = Session::create_vault(
            &path,
            PASS,
            &profile,
            Some(meldcode::storage::KdfParams::INSECURE_TEST),
            ops::system_clock(),
        )
        .expect("vault");
        ops::users::add(&mut s, BJORN, "leerkracht groep 5", BJORN_PASS).expect("added");
        let request = identity::NewCertificate {
            name: RENEE.to_owned(),
            function: "directeur".to_owned(),
            organisation: "Obs Bjørn".to_owned(),
            email: "directie@bjorn.example".to_owned(),
            algorithm: KeyAlgorithm::EcdsaP256,
            not_before: s.now(),
            valid_days: 30,
        };
        identity::create_in_vault(&mut s, request, false)
            .expect("hers")
            .fingerprint()
    };

    let mut h = harness();
    click(&mut h, t::COMMAND_WIZARD);
    click(&mut h, t::WIZARD_OPEN_OPTION);
    type_into(
        &mut h,
        t::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(&mut h, t::PASSPHRASE_LABEL, BJORN_PASS);
    click(&mut h, t::WIZARD_OPEN_VAULT_BUTTON);
    click_button(&mut h, t::COMMAND_ORGANISATION);
    click(&mut h, t::CERTIFICATE_HEADING);
    assert!(shown(&h, &t::CERTIFICATE_FOR_USER.replace("{user}", BJORN)));
    assert!(shown(&h, t::CERTIFICATE_NONE_HINT), "not Renée's");
    assert_eq!(fingerprint(&h), None);
    assert!(
        !shown(&h, t::CERTIFICATE_BACKUP_BUTTON),
        "nothing to back up"
    );
    assert_eq!(
        field_value(&h, t::CERTIFICATE_NEW_NAME_LABEL).as_deref(),
        Some(BJORN),
        "his name, not the profile's first user"
    );
    type_into(
        &mut h,
        t::CERTIFICATE_NEW_EMAIL_LABEL,
        "bjorn@bjorn.example",
    );
    click(&mut h, t::CERTIFICATE_CREATE_BUTTON);
    h.run();
    let made = h
        .state()
        .app
        .state
        .certificate
        .current
        .clone()
        .expect("his");
    assert_eq!(made.name, BJORN);
    assert_ne!(made.fingerprint, renee_print);
    drop(h);

    // Renée's is unchanged, and the audit log names Bjørn for his.
    let mut s = Session::open_vault(&path, PASS, &ops::OpenVault::default(), ops::system_clock())
        .expect("Renée");
    assert_eq!(s.actor.name, RENEE);
    let hers = identity::summary(&s).expect("read").expect("hers");
    assert_eq!(hers.fingerprint, renee_print);
    let log = s.store.audit_log(None).expect("log");
    let secret = identity::user_secret_name(&s, BJORN)
        .expect("read")
        .expect("named");
    assert!(
        log.iter()
            .any(|e| e.user == BJORN && e.detail.contains(&secret)),
        "{log:?}"
    );
}

/// The Organisatie page's timestamp service field: an address that is not `http://…` is
/// refused in Dutch and changes nothing; a good one is kept in the profile, and emptied again.
#[test]
fn the_timestamp_service_is_set_on_the_organisation_page() {
    let mut h = harness();
    click_button(&mut h, t::COMMAND_ORGANISATION);
    click(&mut h, t::TIMESTAMP_SERVICE_HEADING);
    assert!(shown(&h, t::TIMESTAMP_SERVICE_HELP));
    let service = |h: &Harness<'_, Gui>| {
        h.state()
            .app
            .state
            .profile
            .organisation
            .timestamp_service
            .clone()
    };
    type_into(&mut h, t::TIMESTAMP_SERVICE_LABEL, "https://tsa.example.nl");
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(service(&h), "");
    let message = h.state().app.state.message.clone().expect("refused");
    assert!(message.error);
    assert_eq!(
        message.text,
        texts::messages::PROFILE_TIMESTAMP_SERVICE_INVALID
    );

    replace_in(
        &mut h,
        t::TIMESTAMP_SERVICE_LABEL,
        "http://tsa.example.nl/tsa",
    );
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(service(&h), "http://tsa.example.nl/tsa");
    assert_eq!(
        field_value(&h, t::TIMESTAMP_SERVICE_LABEL).as_deref(),
        Some("http://tsa.example.nl/tsa")
    );
    replace_in(&mut h, t::TIMESTAMP_SERVICE_LABEL, "");
    h.key_press(egui::Key::Tab);
    h.run();
    assert_eq!(service(&h), "");
}
