//! The command-line reference (`docs/cli.md`) is generated from the clap definitions: the
//! file equals a fresh generation, every subcommand has an example, and the examples, run in
//! order as one case in an empty folder, end with the exit code they say.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::process::Command;

use meldcode::cli::reference::{self, ENVIRONMENT, EXAMPLES, NOTE_FILE};

/// Splits a command line on spaces; double quotes group words, `\"` is a quote inside.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut in_word) = (false, false);
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'"') => {
                word.push('"');
                chars.next();
                in_word = true;
            }
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            ' ' if !quoted => {
                if in_word {
                    out.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    assert!(!quoted, "unclosed quote in {line}");
    if in_word {
        out.push(word);
    }
    out
}

#[test]
fn the_reference_file_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/cli.md");
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == reference::markdown(),
        "docs/cli.md is out of date: run `cargo run -- generate reference --out docs/cli.md`"
    );
}

#[test]
fn every_subcommand_has_an_example_and_every_example_a_subcommand() {
    let leaves = reference::leaf_commands();
    for leaf in &leaves {
        assert!(
            EXAMPLES.iter().any(|e| e.command == leaf),
            "no example for `meldcode {leaf}`"
        );
    }
    for e in EXAMPLES {
        assert!(leaves.iter().any(|l| l == e.command), "{}", e.command);
        assert!(
            e.line.starts_with(&format!("meldcode {} ", e.command))
                || e.line == format!("meldcode {}", e.command),
            "{} does not run {}",
            e.line,
            e.command
        );
    }
}

/// A JSON value's shape: objects keep their keys, arrays their first element, and every
/// other value becomes its type, so ids, dates and texts do not matter.
fn shape(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), shape(v))).collect()),
        Value::Array(a) => Value::Array(a.first().map(shape).into_iter().collect()),
        Value::String(_) => "string".into(),
        Value::Number(_) => "number".into(),
        Value::Bool(_) => "bool".into(),
        Value::Null => "null".into(),
    }
}

const SHAPES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/cli-json-shapes.json"
);

/// Runs the examples in order. A subcommand that prints JSON runs with `--format json`
/// (same effect, other output): its first example's output carries `"schema": 1` and has
/// the shape pinned in `tests/data/cli-json-shapes.json` (`MELDCODE_BLESS=1` rewrites it).
#[test]
fn the_examples_run_in_order_as_one_case() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(NOTE_FILE.0), NOTE_FILE.1).unwrap();
    let json = reference::json_commands();
    let mut shapes = serde_json::Map::new();
    for e in EXAMPLES {
        let mut args = words(e.line);
        let as_json = json.iter().any(|c| c == e.command);
        if as_json && !args.iter().any(|a| a == "--format") {
            args.extend(["--format".to_owned(), "json".to_owned()]);
        }
        let out = Command::new(env!("CARGO_BIN_EXE_meldcode"))
            .args(&args[1..])
            .current_dir(dir.path())
            .envs(ENVIRONMENT.iter().copied())
            .env("MELDCODE_INSECURE_TEST_KDF", "1")
            .env("MELDCODE_STATE_DIR", dir.path().join("state"))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(e.exit),
            "{}\n{}{}",
            e.line,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if as_json && e.exit != 2 && !shapes.contains_key(e.command) {
            // One object, or JSON Lines (`lint`): the first object.
            let v: serde_json::Value = serde_json::Deserializer::from_slice(&out.stdout)
                .into_iter()
                .next()
                .unwrap_or_else(|| panic!("{}: no JSON", e.line))
                .unwrap_or_else(|err| panic!("{}: {err}", e.line));
            assert_eq!(v["schema"], 1, "{}: {v}", e.line);
            shapes.insert(e.command.to_owned(), shape(&v));
        }
    }
    let shapes = serde_json::Value::Object(shapes);
    if std::env::var_os("MELDCODE_BLESS").is_some() {
        std::fs::write(
            SHAPES,
            serde_json::to_string_pretty(&shapes).unwrap() + "\n",
        )
        .unwrap();
    }
    let pinned: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(SHAPES).unwrap()).unwrap();
    for (command, shape) in shapes.as_object().unwrap() {
        assert_eq!(
            Some(shape),
            pinned.get(command),
            "the JSON of `meldcode {command}` changed: describe it in docs/cli-json.md, \
             raise its schema number when it is incompatible, then run with MELDCODE_BLESS=1"
        );
    }
    assert_eq!(
        pinned.as_object().unwrap().len(),
        shapes.as_object().unwrap().len()
    );
    // The case went the whole way: a melding package, signed files, a closed and reopened
    // dossier, and the vault is sound under its new passphrase.
    for file in [
        "dossier.pdf",
        "consultatie.docx",
        "consultatie.docx.p7s",
        "vt-antwoord.pdf",
    ] {
        assert!(dir.path().join(file).is_file(), "{file}");
    }
    let package: Vec<String> = std::fs::read_dir(dir.path().join("pakket"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        package.iter().any(|f| std::path::Path::new(f)
            .extension()
            .is_some_and(|e| e == "eml")),
        "{package:?}"
    );
    let check = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["vault", "check", "zaak.meldcode"])
        .current_dir(dir.path())
        .env("MELDCODE_PASSPHRASE", ENVIRONMENT[1].1)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // The organisation's vocabulary set on the command line is kept, as the window keeps it.
    let org = Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "org",
            "show",
            "--vault",
            "zaak.meldcode",
            "--format",
            "json",
        ])
        .current_dir(dir.path())
        .env("MELDCODE_PASSPHRASE", ENVIRONMENT[1].1)
        .output()
        .unwrap();
    let org: serde_json::Value = serde_json::from_slice(&org.stdout).unwrap();
    assert_eq!(
        org["profile"]["organisation"]["vocabulary"],
        serde_json::json!(["IB'er", "OPP"])
    );
}
