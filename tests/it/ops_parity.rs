//! The window and the command line do the same thing the same way, because both call the
//! operations layer: the same signature block and reason on a signed document, the same
//! audit entries for an export and for the melding package, the same refusal of an empty
//! signal, and no audit entry for an export that was never written.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::time::Duration;

use meldcode::app::{App, Command, DocumentKind, ExportCommand, FormSets, Format, WindowPrefs};
use meldcode::app::{Nav, Op};
use meldcode::ops::export::{ExportRequest, plan_export};
use meldcode::ops::{IdentitySource, OpenVault, Session, system_clock};
use meldcode::storage::AuditAction;
use meldcode::texts;

use crate::melding_common::{ID, PASS, demo_vault, make_ready, meldcode, open, text};

fn ok(args: &[&str]) -> String {
    let out = meldcode(args);
    assert!(out.status.success(), "{args:?}: {}", text(&out));
    text(&out)
}

/// A demo vault with a personal certificate kept in it.
fn vault_with_certificate(dir: &Path) -> PathBuf {
    let v = demo_vault(dir);
    ok(&[
        "cert",
        "new",
        "--vault",
        v.to_str().unwrap(),
        "--name",
        "Çağla Ünal-de Wít",
        "--function",
        "Intern begeleider",
        "--organisation",
        "Basisschool De Ĳsvogel",
        "--email",
        "ib@ijsvogel.example",
        "--ec",
    ]);
    v
}

/// The window on a vault, the example dossier open.
fn window(v: &Path) -> App {
    let mut app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
    app.handle(Command::Op(Op::OpenVault(
        crate::app_support::open_request(v, PASS),
    )))
    .unwrap();
    app.handle(Command::Nav(Nav::OpenDossier(ID))).unwrap();
    app
}

/// Runs an export command in the window and waits for the worker.
fn window_export(v: &Path, command: ExportCommand) {
    let mut app = window(v);
    app.handle(Command::Op(Op::Export(command))).unwrap();
    app.wait_for_export(Duration::from_mins(2));
    assert!(
        app.state.message.as_ref().is_some_and(|m| !m.error),
        "{:?}",
        app.state.message
    );
    // Dropping the app releases the vault's lock for the command line.
}

/// The export and sign entries written since `from`: (action, dossier, detail).
fn export_entries(v: &Path, from: usize) -> Vec<(AuditAction, Option<u64>, String)> {
    open(v)
        .audit_log(None)
        .unwrap()
        .into_iter()
        .skip(from)
        .filter(|e| matches!(e.action, AuditAction::Export | AuditAction::Sign))
        .map(|e| (e.action, e.dossier.map(|d| d.0), e.detail))
        .collect()
}

fn audit_len(v: &Path) -> usize {
    open(v).audit_log(None).unwrap().len()
}

/// The page and rectangle of the signature widget of a signed PDF.
fn signature_widget(pdf: &[u8]) -> (u32, Vec<f32>) {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    for (page_no, page_id) in doc.get_pages() {
        for annot in doc.get_page_annotations(page_id).unwrap_or_default() {
            // The signed field (the document's other, empty fields have no value).
            let is_sig = annot
                .get(b"FT")
                .ok()
                .and_then(|o| o.as_name().ok())
                .is_some_and(|n| n == b"Sig")
                && annot.has(b"V");
            if is_sig {
                let rect = annot
                    .get(b"Rect")
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| o.as_float().unwrap())
                    .collect();
                return (page_no, rect);
            }
        }
    }
    panic!("no signature widget");
}

#[test]
fn a_document_signed_from_the_window_and_the_cli_is_signed_the_same_way() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault_with_certificate(dir.path());
    let from_window = dir.path().join("venster.pdf");
    let from_cli = dir.path().join("cli.pdf");

    let before = audit_len(&v);
    window_export(
        &v,
        ExportCommand::Write {
            kind: DocumentKind::Dossier,
            request: None,
            dossier: Some(ID),
            format: Format::Pdf,
            path: from_window.clone(),
            sign: true,
            open_after: false,
        },
    );
    let window_audit = export_entries(&v, before);

    let before = audit_len(&v);
    ok(&[
        "export",
        "--vault",
        v.to_str().unwrap(),
        "--dossier",
        "MD-2026-0001",
        "--kind",
        "dossier",
        "--out",
        from_cli.to_str().unwrap(),
        "--sign",
    ]);
    let cli_audit = export_entries(&v, before);

    let (pdf_window, pdf_cli) = (
        std::fs::read(&from_window).unwrap(),
        std::fs::read(&from_cli).unwrap(),
    );
    let check = |pdf: &[u8]| {
        let v = meldcode::ops::sign::verify_pdf(pdf, &[]).unwrap();
        assert!(v.all_valid());
        assert_eq!(v.signatures.len(), 1);
        v.signatures[0].clone()
    };
    let (sa, sb) = (check(&pdf_window), check(&pdf_cli));
    assert_eq!(sa.reason.as_deref(), Some("Voor akkoord ondertekend"));
    assert_eq!(sa.reason, sb.reason, "the same reason");
    assert_eq!(sa.location, sb.location, "the same place");
    assert_eq!(sa.signer_name, sb.signer_name);
    let (wa, wb) = (signature_widget(&pdf_window), signature_widget(&pdf_cli));
    assert_eq!(wa, wb, "the same block on the same page");

    // The block signed is the last one: the eindverantwoordelijke's, after the opsteller's.
    let mut vault = open(&v);
    let d = vault.load_dossier(ID).unwrap();
    let doc = meldcode::report::dossier(&d, vault.profile(), chrono::Utc::now());
    let (_, layout) = meldcode::export::pdf_with_layout(
        &doc,
        &meldcode::export::PdfOptions::new(doc.meta.created),
    )
    .unwrap();
    assert!(
        layout.signature_rects.len() >= 2,
        "{:?}",
        layout.signature_rects
    );
    let (page, [left, bottom, width, height]) = *layout.signature_rects.last().unwrap();
    let want = [left, bottom, left + width, bottom + height];
    assert_eq!(wa.0 as usize, page + 1);
    for (got, corner) in wa.1.iter().zip(want) {
        assert!((got - corner).abs() < 0.5, "{:?} vs {want:?}", wa.1);
    }

    // The same audit entries: one Export, one Sign with the certificate's fingerprint.
    assert_eq!(window_audit, cli_audit);
    assert_eq!(window_audit.len(), 2, "{window_audit:?}");
    assert_eq!(window_audit[0].2, "dossier pdf");
    assert!(
        window_audit[1].2.starts_with("dossier pdf certificate "),
        "{window_audit:?}"
    );
}

#[test]
fn the_melding_package_is_audited_the_same_from_both_front_ends() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault_with_certificate(dir.path());
    make_ready(&v, true);
    let (out_window, out_cli) = (dir.path().join("venster"), dir.path().join("cli"));

    let before = audit_len(&v);
    window_export(
        &v,
        ExportCommand::Package {
            dossier: ID,
            dir: out_window.clone(),
            sign: true,
            open_mail: false,
        },
    );
    let window_audit = export_entries(&v, before);

    let before = audit_len(&v);
    // By reference, as `export` takes it.
    ok(&[
        "mail",
        "--vault",
        v.to_str().unwrap(),
        "--dossier",
        "MD-2026-0001",
        "--out",
        out_cli.to_str().unwrap(),
    ]);
    let cli_audit = export_entries(&v, before);

    assert_eq!(window_audit, cli_audit);
    assert_eq!(
        window_audit.iter().map(|e| e.0).collect::<Vec<_>>(),
        [AuditAction::Export, AuditAction::Sign]
    );
    assert_eq!(window_audit[0].2, "meldformulier pdf docx eml");
    assert!(
        window_audit[1]
            .2
            .starts_with("meldformulier pdf docx eml certificate "),
        "{window_audit:?}"
    );
    let names = |d: &Path| crate::melding_common::files_in(d);
    assert_eq!(names(&out_window), names(&out_cli), "the same files");
}

#[test]
fn an_empty_signal_is_refused_on_the_command_line_in_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let signals = |v: &Path| open(v).load_dossier(ID).unwrap().signals.len();
    let before = signals(&v);
    for empty in ["", "   "] {
        let out = meldcode(&[
            "signal",
            "add",
            "--vault",
            v.to_str().unwrap(),
            "--dossier",
            "MD-2026-0001",
            "--text",
            empty,
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(texts::messages::SIGNAL_TEXT_MISSING),
            "{}",
            text(&out)
        );
    }
    assert_eq!(signals(&v), before, "nothing stored");
    // The window refuses the same text with the same message.
    let mut app = window(&v);
    let mut signal = app.state.open_dossier().unwrap().signals[0].clone();
    signal.text = " ".to_owned();
    let err = app.handle(Command::Op(Op::AddSignal(signal))).unwrap_err();
    assert_eq!(err.message().text, texts::messages::SIGNAL_TEXT_MISSING);
}

#[test]
fn an_export_that_was_not_written_leaves_no_audit_entry() {
    let dir = tempfile::tempdir().unwrap();
    let v = vault_with_certificate(dir.path());
    let target = dir.path().join("weg");
    std::fs::create_dir(&target).unwrap();
    let mut session = Session::open_vault(&v, PASS, &OpenVault::default(), system_clock()).unwrap();
    let before = session.store.audit_log(None).unwrap().len();
    let plan = plan_export(
        &mut session,
        &FormSets::bundled(),
        ExportRequest {
            kind: DocumentKind::Dossier,
            dossier: Some(ID),
            format: Format::Pdf,
            sign: Some(IdentitySource::Vault),
            place: None,
            request: None,
            out: target.join("dossier.pdf"),
            letter: meldcode::ops::export::LetterChoice::new(),
        },
    )
    .unwrap();
    // The folder disappears while the document renders (the window renders on a worker).
    std::fs::remove_dir(&target).unwrap();
    assert!(plan.render().is_err());
    let after = session.store.audit_log(None).unwrap();
    assert!(
        after[before..]
            .iter()
            .all(|e| !matches!(e.action, AuditAction::Export | AuditAction::Sign)),
        "{:?}",
        &after[before..]
    );
    assert!(!target.exists());
}

#[test]
fn the_command_line_reads_dates_with_the_one_dutch_parser() {
    let dir = tempfile::tempdir().unwrap();
    let v = demo_vault(dir.path());
    let add = |observed: &str| {
        meldcode(&[
            "signal",
            "add",
            "--vault",
            v.to_str().unwrap(),
            "--dossier",
            "1",
            "--text",
            "Zoë had een blauwe plek op de linker bovenarm.",
            "--observed",
            observed,
        ])
    };
    for accepted in ["vandaag", "2-11-2026", "02/11/2026", "2026-11-02"] {
        let out = add(accepted);
        assert!(out.status.success(), "{accepted}: {}", text(&out));
    }
    let refused = [
        ("02-11-26", texts::messages::DATE_TWO_DIGIT_YEAR),
        ("31-12-2099", texts::messages::DATE_IN_FUTURE),
        ("01-01-1990", texts::messages::DATE_TOO_OLD),
        ("2 nov", texts::messages::DATE_UNREADABLE),
    ];
    for (given, message) in refused {
        let out = add(given);
        assert_eq!(out.status.code(), Some(2), "{given}: {}", text(&out));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(message),
            "{given}: {}",
            text(&out)
        );
    }
    let d = open(&v).load_dossier(ID).unwrap();
    let today = chrono::Local::now().date_naive();
    let observed: Vec<_> = d
        .signals
        .iter()
        .rev()
        .take(4)
        .map(|s| s.observed_on)
        .collect();
    let nov2 = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    assert_eq!(observed, [nov2, nov2, nov2, today]);
}
