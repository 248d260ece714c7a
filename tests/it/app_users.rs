//! The vault's users in the window (the Gebruikers section of the Organisatie page): a vault
//! made through the wizard, its creator named eindverantwoordelijke in the profile, a
//! colleague added and removed through the widgets; checked by opening the vault as that
//! colleague through the operations layer, and in the audit log.

use crate::app_support::{click, type_into, vault_harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use meldcode::app::{Command, Op, UsersCommand};
use meldcode::gui::Gui;
use meldcode::ops::{self, Session};
use meldcode::storage::{AuditAction, VaultError};
use meldcode::texts;
use meldcode::texts::window as t;

const RENEE: &str = "Renée Ångström";
const RENEE_PASS: &str = "paard-batterij-nietje-correct";
const BJORN: &str = "Bjørn de Vries";
const BJORN_PASS: &str = "Bjørn fietst door ĳzige regen";
const EINDVERANTWOORDELIJKE: &str =
    "Eindverantwoordelijke voor de beslissing om wel of geen melding te doen: naam *";

fn harness() -> Harness<'static, Gui> {
    vault_harness(3600.0)
}

fn open_as(path: &std::path::Path, passphrase: &str) -> Result<Session, ops::OpsError> {
    Session::open_vault(
        path,
        passphrase,
        &ops::OpenVault::default(),
        ops::system_clock(),
    )
}

fn listed(h: &Harness<'_, Gui>) -> Vec<String> {
    let users = &h.state().app.state.users;
    users.rows.iter().map(|u| u.name.clone()).collect()
}

#[test]
#[allow(clippy::too_many_lines)]
fn a_manager_adds_and_removes_a_colleague_in_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.meldcode");
    let mut h = harness();
    crate::app_support::create_vault(
        &mut h,
        &crate::app_support::NewVault {
            path: &path,
            passphrase: RENEE_PASS,
            user: RENEE,
            function: "directeur",
            organisation: "Kindcentrum De Linde",
            sector: None,
        },
    );

    // On the Organisatie page: the list, read-only until the profile names her.
    click(&mut h, t::USERS_HEADING);
    assert_eq!(listed(&h), [RENEE]);
    assert!(h.query_by_label(t::USERS_READ_ONLY).is_some());
    assert!(h.query_by_label(t::USERS_ADD_BUTTON).is_none());
    type_into(&mut h, EINDVERANTWOORDELIJKE, RENEE);
    h.state_mut().app.flush_due(std::time::Instant::now(), true);
    h.run();
    assert!(h.state().app.state.users.may_manage);
    assert!(h.query_by_label(t::USERS_READ_ONLY).is_none());

    // Two different passphrases: refused by the form, both fields emptied.
    type_into(&mut h, t::USERS_NEW_NAME_LABEL, BJORN);
    type_into(&mut h, t::USERS_NEW_FUNCTION_LABEL, "leerkracht groep 5");
    type_into(&mut h, t::USERS_NEW_PASSPHRASE_LABEL, BJORN_PASS);
    type_into(
        &mut h,
        t::USERS_NEW_PASSPHRASE_AGAIN_LABEL,
        "Bjørn fietst door ijzige regen",
    );
    click(&mut h, t::USERS_ADD_BUTTON);
    assert!(
        h.query_by_label(texts::window::WIZARD_PASSPHRASES_DIFFER)
            .is_some()
    );
    assert_eq!(
        h.get_by_label(t::USERS_NEW_PASSPHRASE_LABEL)
            .value()
            .as_deref(),
        Some("")
    );
    assert_eq!(listed(&h), [RENEE]);

    // A passphrase the policy refuses: the refusal of the operation, in the section.
    type_into(&mut h, t::USERS_NEW_PASSPHRASE_LABEL, "kort");
    type_into(&mut h, t::USERS_NEW_PASSPHRASE_AGAIN_LABEL, "kort");
    click(&mut h, t::USERS_ADD_BUTTON);
    let refusal = h.state().app.state.users.refusal.clone().expect("refused");
    assert!(h.query_by_label(&refusal.text).is_some(), "{refusal:?}");
    assert_eq!(listed(&h), [RENEE]);
    assert!(matches!(
        open_as(&path, "kort"),
        Err(ops::OpsError::Vault(VaultError::WrongPassphrase))
    ));

    // The name stayed; a good passphrase twice adds him.
    type_into(&mut h, t::USERS_NEW_PASSPHRASE_LABEL, BJORN_PASS);
    type_into(&mut h, t::USERS_NEW_PASSPHRASE_AGAIN_LABEL, BJORN_PASS);
    click(&mut h, t::USERS_ADD_BUTTON);
    h.run();
    assert_eq!(
        listed(&h),
        [BJORN, RENEE],
        "{:?}",
        h.state().app.state.users
    );
    assert_eq!(
        h.state()
            .app
            .state
            .message
            .as_ref()
            .map(|m| m.text.as_str()),
        Some(t::USERS_ADDED_MESSAGE)
    );
    assert_eq!(
        h.get_by_label(t::USERS_NEW_NAME_LABEL).value().as_deref(),
        Some(""),
        "the form empties once he is listed"
    );

    // He opens the vault with his own passphrase (read-only: this window holds the lock).
    {
        let bjorn = open_as(&path, BJORN_PASS).expect("Bjørn opens the vault");
        assert_eq!(bjorn.actor.name, BJORN);
        assert_eq!(bjorn.actor.function, "leerkracht groep 5");
        let names: Vec<String> = ops::users::list(&bjorn)
            .unwrap()
            .into_iter()
            .map(|u| u.name)
            .collect();
        assert_eq!(names, [BJORN, RENEE]);
        assert!(!ops::users::may_manage(&bjorn));
    }

    // Nobody removes themselves: no button on her own row, and the operation refuses it.
    assert_eq!(h.get_all_by_label(t::USERS_REMOVE_BUTTON).count(), 1);
    h.state_mut()
        .app
        .push(Command::Op(Op::Users(UsersCommand::Remove {
            name: RENEE.to_owned(),
        })));
    h.run();
    let refusal = h.state().app.state.users.refusal.clone().expect("refused");
    assert_eq!(refusal.text, texts::messages::VAULT_CANNOT_REMOVE_SELF);
    assert_eq!(listed(&h), [BJORN, RENEE]);

    // Removing asks first; "Annuleren" keeps him.
    click(&mut h, t::USERS_REMOVE_BUTTON);
    assert!(
        h.query_by_label(&format!("{BJORN} {}", t::USERS_REMOVE_QUESTION))
            .is_some()
    );
    click(&mut h, texts::window::CANCEL_BUTTON);
    assert_eq!(listed(&h), [BJORN, RENEE]);
    click(&mut h, t::USERS_REMOVE_BUTTON);
    click(&mut h, t::USERS_REMOVE_CONFIRM_BUTTON);
    assert_eq!(listed(&h), [RENEE], "{:?}", h.state().app.state.users);
    // The old backups were re-encrypted with the new key in the same operation.
    let message = h.state().app.state.message.clone().expect("a message");
    let (before, after) = t::USERS_REMOVED_MESSAGE.split_once("{backups}").unwrap();
    let count = message
        .text
        .strip_prefix(before)
        .and_then(|r| r.strip_suffix(after))
        .and_then(|n| n.parse::<usize>().ok());
    assert!(count.is_some_and(|n| n >= 1), "{message:?}");
    assert!(
        matches!(
            open_as(&path, BJORN_PASS),
            Err(ops::OpsError::Vault(VaultError::WrongPassphrase))
        ),
        "his passphrase opens nothing any more"
    );
    drop(h);

    // Both changes are in the audit log, by her.
    let mut renee = Session::open_vault(
        &path,
        RENEE_PASS,
        &ops::OpenVault {
            take_over_stale_lock: true,
            ..ops::OpenVault::default()
        },
        ops::system_clock(),
    )
    .expect("she opens the vault");
    let log = ops::vault::audit_log(&mut renee, None).unwrap();
    for action in [AuditAction::UserAdded, AuditAction::UserRemoved] {
        assert!(
            log.iter()
                .any(|e| e.action == action && e.user == RENEE && e.detail == BJORN),
            "{action:?} missing"
        );
    }
}

#[test]
fn a_colleague_sees_the_users_read_only_and_the_example_has_none() {
    let mut h = harness();
    click(&mut h, texts::window::COMMAND_ORGANISATION);
    click(&mut h, t::USERS_HEADING);
    assert!(h.query_by_label(t::USERS_ONLY_IN_VAULT).is_some());
    assert!(h.query_by_label(t::USERS_ADD_BUTTON).is_none());

    // A team vault made through the operations layer; he opens it in the window.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("team.meldcode");
    let mut profile = meldcode::domain::example::profile();
    profile.user = meldcode::domain::Actor::new(RENEE, "directeur");
    profile.organisation.eindverantwoordelijke.name = RENEE.to_owned();
    {
        let mut s = Session::create_vault(
            &path,
            RENEE_PASS,
            &profile,
            Some(meldcode::storage::KdfParams::INSECURE_TEST),
            ops::system_clock(),
        )
        .expect("vault");
        ops::users::add(&mut s, BJORN, "leerkracht groep 5", BJORN_PASS).expect("added");
        // The same name in other capitals is the same person to the log: refused.
        assert!(ops::users::add(&mut s, "bjørn de vries ", "", BJORN_PASS).is_err());
        assert!(ops::users::add(&mut s, "  ", "", BJORN_PASS).is_err());
    }
    click(&mut h, texts::window::COMMAND_WIZARD);
    click(&mut h, texts::window::WIZARD_OPEN_OPTION);
    type_into(
        &mut h,
        texts::window::WIZARD_VAULT_FILE_LABEL,
        &path.display().to_string(),
    );
    type_into(&mut h, texts::window::PASSPHRASE_LABEL, BJORN_PASS);
    click(&mut h, texts::window::WIZARD_OPEN_VAULT_BUTTON);
    assert!(
        matches!(
            h.state().app.state.source,
            meldcode::app::Source::Vault { .. }
        ),
        "{:?}",
        h.state().app.state.message
    );
    click(&mut h, texts::window::COMMAND_ORGANISATION);
    assert_eq!(listed(&h), [BJORN, RENEE]);
    let users = &h.state().app.state.users;
    assert!(!users.may_manage);
    assert!(users.rows.iter().any(|u| u.name == RENEE && u.manages));
    assert!(users.rows.iter().any(|u| u.name == BJORN && u.is_self));
    assert!(h.query_by_label(t::USERS_READ_ONLY).is_some());
    assert!(h.query_by_label(t::USERS_ADD_BUTTON).is_none());
    assert!(h.query_by_label(t::USERS_REMOVE_BUTTON).is_none());
    assert!(
        h.query_by_label(&format!("{BJORN} {}", t::USERS_IS_YOU_MARK))
            .is_some()
    );
}
