//! `meldcode forms check` on the fixtures in `tests/fixtures/forms/`: one broken set per
//! error class, each with its message, file, line and exit code, plus a valid set.

use std::process::{Command, Output};

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args(["forms", "check"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn fixture(case: &str) -> (i32, String) {
    let out = check(&[&format!("tests/fixtures/forms/{case}")]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code().unwrap_or(-1), text)
}

/// (case, `file:line`, the error's field and message as printed).
const BROKEN: &[(&str, &str, &str)] = &[
    (
        "syntax_error",
        "stap1.toml:19:",
        "error: TOML syntax error: invalid basic string",
    ),
    (
        "unknown_key",
        "stap1.toml:50:",
        "error[gezin_geinformeerd]: unknown key `lable` in field `gezin_geinformeerd`",
    ),
    (
        "missing_key",
        "stap1.toml:48:",
        "error[gezin_geinformeerd]: missing required key `label` in field `gezin_geinformeerd`",
    ),
    (
        "wrong_type",
        "stap1.toml:22:",
        "error[vorm]: `required` in field `vorm` must be `true` or `false`, not a string",
    ),
    (
        "invalid_kind",
        "stap1.toml:51:",
        "error[gezin_geinformeerd]: invalid kind `janee`",
    ),
    (
        "duplicate_id",
        "stap1.toml:25:",
        "error[vorm]: duplicate field id `vorm` (first defined on line 18)",
    ),
    (
        "bad_id",
        "stap1.toml:49:",
        "error[Gezin-Geïnformeerd]: field id `Gezin-Geïnformeerd` must use only a-z, 0-9 and `_`",
    ),
    (
        "bad_step",
        "stap1.toml:3:",
        "error: step 6 is not a meldcode step",
    ),
    (
        "form_id_mismatch",
        "stap1.toml:1:",
        "error: form id `stap_1` does not match the file name `stap1.toml`",
    ),
    (
        "set_id_mismatch",
        "set.toml:1:",
        "error: set id `andere_set` does not match the folder name `set_id_mismatch`",
    ),
    (
        "unknown_visible_field",
        "stap1.toml:46:",
        "error[reden_geen_gesprek]: visible_when names unknown field `gesprek`",
    ),
    (
        "defined_later",
        "stap1.toml:34:",
        "error[eer_toelichting]: visible_when names field `gezin_geinformeerd`, which is defined later (line 49)",
    ),
    (
        "self_reference",
        "stap1.toml:52:",
        "error[gezin_geinformeerd]: visible_when of `gezin_geinformeerd` names the field itself",
    ),
    (
        "wrong_kind_comparison",
        "stap1.toml:46:",
        "error[reden_geen_gesprek]: `equals = true` does not fit field `vorm` of kind `choice`",
    ),
    (
        "tri_value",
        "stap1.toml:46:",
        "error[reden_geen_gesprek]: `equals = \"misschien\"` does not fit field `gesprek_gevoerd` of kind `ja-nee-weet-niet`",
    ),
    (
        "unknown_option",
        "stap1.toml:34:",
        "error[eer_toelichting]: `eerwraak` is not an option of choice list `vorm`",
    ),
    (
        "contains_on_choice",
        "stap1.toml:34:",
        "error[eer_toelichting]: `contains` only works on a `multi-choice` field; `vorm` is `choice`",
    ),
    (
        "missing_choices",
        "stap1.toml:24:",
        "error[vormen]: a `multi-choice` field needs `choices`",
    ),
    (
        "unknown_choice_list",
        "stap1.toml:21:",
        "error[vorm]: unknown choice list `vormen_lijst`",
    ),
    (
        "visible_cycle",
        "stap1.toml:40:",
        "error[gesprek_gevoerd]: visible_when cycle: gesprek_gevoerd → reden_geen_gesprek → gesprek_gevoerd",
    ),
    (
        "empty_repeat",
        "stap1.toml:53:",
        "error[signaal]: a `repeat` field needs sub-fields",
    ),
    (
        "afweging_unreachable",
        "afwegingskader.toml:24:",
        "error[afweging_3]: afwegingskader: question \"afweging_3\" cannot be reached from the start",
    ),
    (
        "afweging_no_outcome",
        "afwegingskader.toml:21:",
        "error[afweging_2]: afwegingskader: afweging_2.nee has neither `next` nor `outcome`",
    ),
    (
        "afweging_cycle",
        "afwegingskader.toml:21:",
        "error[afweging_2]: afwegingskader: cycle: afweging_1 → afweging_2 → afweging_1",
    ),
    (
        "afweging_unknown_outcome",
        "afwegingskader.toml:20:",
        "error[afweging_2]: afwegingskader: afweging_2.ja leads to unknown outcome \"meldne\"",
    ),
];

#[test]
fn every_broken_fixture_gives_its_error_with_file_and_line() {
    let mut failures = Vec::new();
    for (case, at, message) in BROKEN {
        let (code, out) = fixture(case);
        let place = format!("tests/fixtures/forms/{case}/{at}");
        let found = out
            .lines()
            .any(|l| l.starts_with(&place) && l.contains(&format!(": {message}")));
        if code != 1 || !found {
            failures.push(format!(
                "{case}: exit {code}, wanted 1 and a line `{place}…: {message}`; got:\n{out}"
            ));
        }
    }
    assert_eq!(failures, Vec::<String>::new());
}

#[test]
fn unknown_key_has_a_did_you_mean_hint() {
    let (_, out) = fixture("unknown_key");
    assert!(out.contains("  hint: did you mean `label`?"), "{out}");
}

#[test]
fn wrong_kind_comparison_lists_the_valid_values() {
    let (_, out) = fixture("tri_value");
    assert!(
        out.contains(
            "hint: a `ja-nee-weet-niet` field compares with \"ja\", \"nee\" or \"weet-niet\""
        ),
        "{out}"
    );
}

#[test]
fn valid_fixture_passes() {
    let (code, out) = fixture("valid");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok: 1 form set, 3 files, no errors"), "{out}");
}

#[test]
fn folder_of_sets_reports_every_broken_set_and_keeps_going() {
    let out = check(&["tests/fixtures/forms"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for (case, at, _) in BROKEN {
        assert!(
            text.contains(&format!("tests/fixtures/forms/{case}/{at}")),
            "{case} missing from:\n{text}"
        );
    }
    assert!(!text.contains("tests/fixtures/forms/valid/"), "{text}");
    let errors = text.lines().filter(|l| l.contains(": error")).count();
    assert!(
        text.contains(&format!("{errors} errors in ")),
        "summary does not count {errors} errors:\n{text}"
    );
}

#[test]
fn missing_folder_is_a_usage_error() {
    let out = check(&["tests/fixtures/forms/does_not_exist"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(meldcode::texts::cli::NOT_A_FOLDER_PREFIX)
    );
}

#[test]
fn folder_without_sets_is_a_usage_error() {
    let out = check(&["src/form"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Geen formulierset"));
}

#[test]
fn bundled_forms_are_valid() {
    let out = check(&[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
