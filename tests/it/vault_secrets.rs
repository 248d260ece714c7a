//! Secrets on the command line (finding 16): the passphrase from `--passphrase-file` or
//! `--passphrase-fd`, and the `MELDCODE_*` secret variables gone from the running process.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use meldcode::texts::messages::VAULT_WRONG_PASSPHRASE;

const STRONG: &str = "kiezel-lantaarn-oever-mos";

/// `meldcode ARGS` with no secret in the environment and nothing to answer a prompt.
fn meldcode(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_meldcode"));
    c.args(args)
        .env_remove("MELDCODE_PASSPHRASE")
        .env_remove("MELDCODE_NEW_PASSPHRASE")
        .env("MELDCODE_INSECURE_TEST_KDF", "1")
        .stdin(Stdio::null());
    c
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn init(dir: &Path) -> String {
    let v = dir.join("geheim.meldcode").display().to_string();
    let out = meldcode(&[
        "vault",
        "init",
        "--name",
        "Ada de Boer",
        "--function",
        "ib",
        &v,
    ])
    .env("MELDCODE_PASSPHRASE", STRONG)
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    v
}

fn list_with_file(vault: &str, file: &Path) -> Output {
    meldcode(&["dossier", "list", "--vault", vault, "--passphrase-file"])
        .arg(file)
        .output()
        .unwrap()
}

#[test]
fn vault_opens_with_the_passphrase_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let v = init(dir.path());
    let file = dir.path().join("wachtwoord");
    // One line; what follows it is not part of the passphrase.
    std::fs::write(&file, format!("{STRONG}\nvolgende regel\n")).unwrap();
    let out = list_with_file(&v, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // A file from Windows ends its line with CR LF.
    std::fs::write(&file, format!("{STRONG}\r\n")).unwrap();
    let out = list_with_file(&v, &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // `vault init` takes the new vault's passphrase from the file too.
    let second = dir.path().join("tweede.meldcode");
    let out = meldcode(&["vault", "init", "--name", "Bo", "--function", "ib"])
        .arg(&second)
        .arg("--passphrase-file")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = list_with_file(&second.display().to_string(), &file);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn vault_refuses_a_wrong_passphrase_from_a_file_as_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let v = init(dir.path());
    let file = dir.path().join("wachtwoord");
    std::fs::write(&file, "lantaarn-kiezel-mos-oever\n").unwrap();
    let from_file = list_with_file(&v, &file);
    assert!(
        text(&from_file.stderr).contains(VAULT_WRONG_PASSPHRASE),
        "{}",
        text(&from_file.stderr)
    );
    let from_env = meldcode(&["dossier", "list", "--vault", &v])
        .env("MELDCODE_PASSPHRASE", "lantaarn-kiezel-mos-oever")
        .output()
        .unwrap();
    assert!(text(&from_env.stderr).contains(VAULT_WRONG_PASSPHRASE));
    assert_eq!(from_file.status.code(), Some(2));
    assert_eq!(from_file.status.code(), from_env.status.code());
    // A file that is missing or empty is an error, never an empty passphrase.
    let out = list_with_file(&v, &dir.path().join("ontbreekt"));
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(&file, "\n").unwrap();
    let out = list_with_file(&v, &file);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("empty"), "{}", text(&out.stderr));
}

#[cfg(unix)]
#[test]
fn vault_opens_with_the_passphrase_from_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let v = init(dir.path());
    let mut child = meldcode(&["dossier", "list", "--vault", &v, "--passphrase-fd", "0"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    writeln!(pipe, "{STRONG}").unwrap();
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // The same with a wrong passphrase: refused.
    let mut child = meldcode(&["dossier", "list", "--vault", &v, "--passphrase-fd", "0"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "mos-oever-kiezel-lantaarn").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(VAULT_WRONG_PASSPHRASE));
}

/// While `vault init` waits for the user's name, its environment no longer holds the
/// passphrase and it may not dump core; the passphrase it took still creates the vault.
#[cfg(target_os = "linux")]
#[test]
fn vault_passphrase_leaves_the_environment_and_core_dumps_are_off() {
    let dir = tempfile::tempdir().unwrap();
    let v = dir.path().join("wacht.meldcode");
    let mut child = meldcode(&["vault", "init", "--function", "ib"])
        .arg(&v)
        .env("MELDCODE_PASSPHRASE", STRONG)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut prompt = Vec::new();
    let mut byte = [0u8; 1];
    while !text(&prompt).contains("Uw naam: ") {
        assert_eq!(stderr.read(&mut byte).unwrap(), 1, "{}", text(&prompt));
        prompt.push(byte[0]);
    }
    let proc = format!("/proc/{}", child.id());
    // Not dumpable: the environment is closed to other processes of the user; where it can
    // be read anyway (as root), the passphrase is no longer in it.
    match std::fs::read(format!("{proc}/environ")) {
        Ok(environ) => assert!(
            !text(&environ).contains(STRONG),
            "the passphrase is still in {proc}/environ"
        ),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::PermissionDenied),
    }
    let limits = std::fs::read_to_string(format!("{proc}/limits")).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    assert_eq!(core.split_whitespace().nth(4), Some("0"), "{core}");
    writeln!(child.stdin.take().unwrap(), "Ada de Boer").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    let out = meldcode(&["dossier", "list", "--vault"])
        .arg(&v)
        .env("MELDCODE_PASSPHRASE", STRONG)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
}
