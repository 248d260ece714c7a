//! `meldcode lint` end to end: the built binary on files and standard input.

use std::io::Write as _;
use std::process::{Command, Output, Stdio};

fn meldcode(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start meldcode");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("meldcode runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("utf-8 output")
}

#[test]
fn text_format_reports_file_line_and_char_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notitie.txt");
    std::fs::write(
        &path,
        "Op 4 maart zag ik Zoë om 8.35 uur.\nÇağla Ünal-de Wít komt vaak te laat.\n",
    )
    .expect("write");
    let out = meldcode(&["lint", path.to_str().expect("path")], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let expected = format!("{}:2:24: VAAG vaag-frequentie: ", path.display());
    assert!(text.starts_with(&expected), "got: {text}");
    assert_eq!(text.lines().count(), 1, "got: {text}");
}

#[test]
fn json_format_gives_byte_offsets_within_the_line() {
    let input = "Eerste regel zonder problemen.\nZoë heeft ADHD.\n";
    let out = meldcode(&["lint", "-", "--format", "json"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "got: {text}");
    let value: serde_json::Value = serde_json::from_str(lines[0]).expect("valid JSON");
    assert_eq!(value["line"], 2);
    let line = "Zoë heeft ADHD.";
    let start = line.find("ADHD").expect("word");
    assert_eq!(value["start"], start);
    assert_eq!(value["end"], start + 4);
    assert_eq!(value["category"], "BUITEN-VAKGEBIED");
    assert_eq!(value["rule"], "buiten-vakgebied-diagnose");
    assert!(value["suggestion"].is_string());
    let keys: Vec<&str> = value
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "line",
        "start",
        "end",
        "rule",
        "category",
        "message",
        "suggestion",
    ] {
        assert!(keys.contains(&key), "missing {key}");
    }
}

#[test]
fn clean_text_exits_zero_without_output() {
    let input = "Op 12 maart om 15.10 uur zag ik vader moeder bij haar bovenarm vastpakken.\n";
    let out = meldcode(&["lint"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "stdout: {}", stdout(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn accepted_vocabulary_is_not_flagged() {
    let input = "Op 2 april heb ik Daan besproken in het MDO.\n";
    assert_eq!(
        meldcode(&["lint"], Some(input.as_bytes())).status.code(),
        Some(1)
    );
    let out = meldcode(&["lint", "--accept", "MDO"], Some(input.as_bytes()));
    assert_eq!(out.status.code(), Some(0), "stdout: {}", stdout(&out));
}

#[test]
fn invalid_utf8_is_an_error_that_says_where() {
    let out = meldcode(&["lint", "-"], Some(b"Goed.\nSem \xff komt.\n"));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("geen geldige UTF-8 bij byte 10 (regel 2, byte 5"),
        "stderr: {err}"
    );
}

#[test]
fn unreadable_file_is_an_error() {
    let out = meldcode(&["lint", "/bestaat/niet.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{} /bestaat/niet.txt",
            meldcode::texts::cli::CANNOT_READ_FILE_PREFIX
        )),
        "stderr: {err}"
    );
}
