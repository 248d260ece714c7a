//! Every bundled form file parses into the Rust types, every decision tree is sound, every
//! `choices = "…"` names a list that exists, and field ids and conditions are consistent.
//!
//! These tests read `forms/` directly with `toml::from_str`, so they do not depend on the
//! loader: they check the content, not the code that loads it.

#![allow(clippy::unwrap_used)] // tests may unwrap (project rule)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use meldcode::domain::DecisionTree;
use meldcode::form::{ChoiceList, ConditionValue, Field, FieldKind, FormDef};
use serde::Deserialize;

/// `set.toml`, as `forms/README.md` describes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SetFile {
    id: String,
    title: String,
    sector: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    choices: BTreeMap<String, ChoiceList>,
}

/// `choices.toml`: shared lists.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoicesFile {
    choices: BTreeMap<String, ChoiceList>,
}

fn forms_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("forms")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn shared_choices() -> BTreeMap<String, ChoiceList> {
    let path = forms_dir().join("choices.toml");
    let file: ChoicesFile =
        toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    file.choices
}

/// The bundled sets and the files each must have.
const SETS: &[(&str, &[&str])] = &[
    (
        "basisonderwijs",
        &["stap1", "stap2", "stap3", "stap4", "stap5"],
    ),
    ("zorg", &["stap1", "stap2", "stap3", "stap4", "stap5"]),
    ("basismodel", &["stap1", "stap2", "stap3", "stap4", "stap5"]),
    ("protocol", &["protocol"]),
    ("meldformulier", &["meldformulier"]),
    ("gesprek", &["gesprek"]),
];

/// Sets with an afwegingskader.
const TREES: &[&str] = &["basisonderwijs", "zorg", "basismodel"];

struct LoadedSet {
    set: SetFile,
    forms: Vec<(PathBuf, FormDef)>,
    tree: Option<DecisionTree>,
}

fn load_set(id: &str, forms: &[&str]) -> Option<LoadedSet> {
    let dir = forms_dir().join(id);
    if !dir.exists() {
        return None;
    }
    let set_path = dir.join("set.toml");
    let set: SetFile =
        toml::from_str(&read(&set_path)).unwrap_or_else(|e| panic!("{}: {e}", set_path.display()));
    let mut loaded = Vec::new();
    for f in forms {
        let path = dir.join(format!("{f}.toml"));
        let form: FormDef =
            toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        loaded.push((path, form));
    }
    let tree_path = dir.join("afwegingskader.toml");
    let tree = tree_path.exists().then(|| {
        toml::from_str::<DecisionTree>(&read(&tree_path))
            .unwrap_or_else(|e| panic!("{}: {e}", tree_path.display()))
    });
    Some(LoadedSet {
        set,
        forms: loaded,
        tree,
    })
}

/// All sets that exist so far (sets are added one commit at a time).
fn loaded_sets() -> Vec<(&'static str, LoadedSet)> {
    SETS.iter()
        .filter_map(|(id, forms)| load_set(id, forms).map(|s| (*id, s)))
        .collect()
}

fn all_fields(fields: &[Field]) -> Vec<&Field> {
    let mut out = Vec::new();
    for f in fields {
        out.push(f);
        out.extend(all_fields(&f.fields));
    }
    out
}

#[test]
fn shared_choices_parse_and_have_unique_ids() {
    let choices = shared_choices();
    assert!(choices.contains_key("vorm_geweld"));
    for (id, list) in &choices {
        assert!(!list.options.is_empty(), "choices.toml: list {id} is empty");
        let mut seen = BTreeSet::new();
        for o in &list.options {
            assert!(
                seen.insert(&o.id),
                "choices.toml: {id}: duplicate option {}",
                o.id
            );
            assert!(
                !o.label.is_empty(),
                "choices.toml: {id}.{}: empty label",
                o.id
            );
        }
    }
}

#[test]
fn special_forms_of_violence_are_listed() {
    let choices = shared_choices();
    let ids: BTreeSet<&str> = choices["vorm_geweld"]
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    for needed in [
        "eergerelateerd",
        "vgv",
        "huwelijksdwang",
        "ouderenmishandeling",
        "seksueel",
        "kind-oudergeweld",
    ] {
        assert!(ids.contains(needed), "vorm_geweld lacks {needed}");
    }
    let mail: BTreeSet<&str> = choices["beveiligde_mail"]
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        mail,
        BTreeSet::from(["zivver", "zorgmail", "secumailer", "anders"])
    );
}

#[test]
fn every_set_parses_and_matches_its_folder() {
    let sets = loaded_sets();
    let ids: Vec<&str> = sets.iter().map(|(id, _)| *id).collect();
    let expected: Vec<&str> = SETS.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, expected, "every bundled set is present");
    for (id, loaded) in &sets {
        assert_eq!(
            &loaded.set.id, id,
            "{id}/set.toml: id must equal the folder name"
        );
        assert!(!loaded.set.title.is_empty(), "{id}: empty title");
        assert!(!loaded.set.sector.is_empty(), "{id}: empty sector");
        assert!(!loaded.set.description.is_empty(), "{id}: no description");
        assert!(!loaded.set.source.is_empty(), "{id}: no source");
        for (path, form) in &loaded.forms {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap();
            assert_eq!(
                form.id,
                stem,
                "{}: id must equal the file name",
                path.display()
            );
            assert!(!form.sections.is_empty(), "{}: no sections", path.display());
            if let Some(n) = stem.strip_prefix("stap") {
                let n: u8 = n.parse().unwrap();
                assert_eq!(form.step, Some(n), "{}: wrong step", path.display());
                assert!(
                    !form.intro.is_empty(),
                    "{}: no intro (roles)",
                    path.display()
                );
            }
        }
        if TREES.contains(id) {
            assert!(loaded.tree.is_some(), "{id}: no afwegingskader.toml");
        }
    }
}

#[test]
fn every_tree_is_sound() {
    for (id, loaded) in loaded_sets() {
        let Some(tree) = loaded.tree else { continue };
        assert_eq!(tree.id, id, "{id}/afwegingskader.toml: id");
        let problems = tree.problems();
        assert!(problems.is_empty(), "{id}: {problems:?}");
        for q in &tree.questions {
            assert!(!q.text.is_empty(), "{id}.{}: no text", q.id);
            assert!(
                !q.ja.text.is_empty() && !q.nee.text.is_empty(),
                "{id}.{}: every branch quotes the source's words",
                q.id
            );
        }
        for o in &tree.outcomes {
            assert!(!o.text.is_empty(), "{id}.{}: outcome without text", o.id);
        }
    }
}

#[test]
fn every_choice_list_exists_and_conditions_are_consistent() {
    let shared = shared_choices();
    for (id, loaded) in loaded_sets() {
        for local in loaded.set.choices.keys() {
            assert!(
                !shared.contains_key(local),
                "{id}: local list {local} shadows a shared list"
            );
        }
        let lists = |name: &str| shared.get(name).or_else(|| loaded.set.choices.get(name));
        for (path, form) in &loaded.forms {
            let p = path.display();
            let mut section_ids = BTreeSet::new();
            // Field ids seen so far (conditions may only look back), with their fields.
            let mut seen: BTreeMap<&str, &Field> = BTreeMap::new();
            for section in &form.sections {
                assert!(
                    section_ids.insert(&section.id),
                    "{p}: duplicate section {}",
                    section.id
                );
                assert!(
                    !section.fields.is_empty(),
                    "{p}: section {} has no fields",
                    section.id
                );
                let check_condition = |seen: &BTreeMap<&str, &Field>,
                                       cond: &meldcode::form::Condition,
                                       at: &str| {
                    if meldcode::domain::record_answers::is_record_key(&cond.field) {
                        // The decision or an afwegingskader answer, compared as ja/nee.
                        assert!(
                            matches!(cond.equals, Some(ConditionValue::Bool(_))),
                            "{p}: {at}: a condition on {} compares with true or false",
                            cond.field
                        );
                        return;
                    }
                    let target = seen.get(cond.field.as_str()).unwrap_or_else(|| {
                        panic!(
                            "{p}: {at}: visible_when names {} (unknown or later)",
                            cond.field
                        )
                    });
                    match (&cond.equals, &cond.contains) {
                        (Some(value), None) => match (target.kind, value) {
                            (FieldKind::JaNee, ConditionValue::Bool(_))
                            | (FieldKind::Text, ConditionValue::Text(_)) => {}
                            (FieldKind::JaNeeWeetNiet, ConditionValue::Text(t)) => {
                                assert!(
                                    ["ja", "nee", "weet-niet"].contains(&t.as_str()),
                                    "{p}: {at}"
                                );
                            }
                            (FieldKind::Choice, ConditionValue::Text(t)) => {
                                let list = lists(target.choices.as_deref().unwrap()).unwrap();
                                assert!(
                                    list.options.iter().any(|o| &o.id == t),
                                    "{p}: {at}: {t} is not an option of {}",
                                    cond.field
                                );
                            }
                            (kind, v) => panic!("{p}: {at}: {v:?} does not fit a {kind:?} field"),
                        },
                        (None, Some(option)) => {
                            assert_eq!(target.kind, FieldKind::MultiChoice, "{p}: {at}");
                            let list = lists(target.choices.as_deref().unwrap()).unwrap();
                            assert!(
                                list.options.iter().any(|o| &o.id == option),
                                "{p}: {at}: {option} is not an option of {}",
                                cond.field
                            );
                        }
                        _ => panic!("{p}: {at}: a condition has exactly one of equals/contains"),
                    }
                };
                if let Some(cond) = &section.visible_when {
                    check_condition(&seen, cond, &format!("section {}", section.id));
                }
                for top in &section.fields {
                    for field in all_fields(std::slice::from_ref(top)) {
                        let at = format!("field {}", field.id);
                        assert!(
                            !field.id.is_empty()
                                && field.id.chars().all(|c| c.is_ascii_lowercase()
                                    || c.is_ascii_digit()
                                    || c == '_'),
                            "{p}: {at}: id must be [a-z0-9_]+"
                        );
                        assert!(!field.label.is_empty(), "{p}: {at}: empty label");
                        if let Some(cond) = &field.visible_when {
                            check_condition(&seen, cond, &at);
                        }
                        match field.kind {
                            FieldKind::Choice | FieldKind::MultiChoice => {
                                let name = field
                                    .choices
                                    .as_deref()
                                    .unwrap_or_else(|| panic!("{p}: {at}: no choices"));
                                assert!(lists(name).is_some(), "{p}: {at}: unknown list {name}");
                            }
                            _ => assert!(
                                field.choices.is_none(),
                                "{p}: {at}: choices on a {:?}",
                                field.kind
                            ),
                        }
                        match field.kind {
                            FieldKind::Repeat => {
                                assert!(!field.fields.is_empty(), "{p}: {at}: empty repeat");
                            }
                            _ => assert!(field.fields.is_empty(), "{p}: {at}: sub-fields"),
                        }
                        if field.kind == FieldKind::Info {
                            assert!(!field.help.is_empty(), "{p}: {at}: info without text");
                            assert!(!field.required, "{p}: {at}: info cannot be required");
                        }
                        assert!(
                            seen.insert(&field.id, field).is_none(),
                            "{p}: {at}: duplicate field id"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn protocol_uses_the_ids_of_the_example_organisation() {
    let Some(loaded) = load_set("protocol", &["protocol"]) else {
        return;
    };
    let ids: BTreeSet<String> = loaded.forms[0]
        .1
        .sections
        .iter()
        .flat_map(|s| all_fields(&s.fields))
        .map(|f| f.id.clone())
        .collect();
    let org = meldcode::domain::example::organisation();
    for key in org.protocol.keys() {
        assert!(
            ids.contains(key),
            "protocol.toml lacks field {key} used by the example"
        );
    }
}

#[test]
fn hulpzinnen_use_only_the_known_placeholders() {
    let known = ["{organisatie}", "{beroep}", "{zorg}"];
    let gesprek = read(&forms_dir().join("gesprek").join("gesprek.toml"));
    for p in known {
        assert!(gesprek.contains(p), "gesprek.toml does not use {p}");
    }
    for (id, forms) in SETS {
        for f in forms.iter().copied().chain(["set"]) {
            let path = forms_dir().join(id).join(format!("{f}.toml"));
            let text = read(&path);
            let mut rest = text.as_str();
            while let Some(start) = rest.find('{') {
                let after = &rest[start..];
                let end = after.find('}').map_or(after.len(), |e| e + 1);
                let token = &after[..end];
                // Inline tables (`{ field = … }`, `{ id = … }`) are TOML, not placeholders.
                if !token.starts_with("{ ") {
                    assert!(
                        known.contains(&token),
                        "{}: unknown placeholder {token}",
                        path.display()
                    );
                }
                rest = &after[1..];
            }
        }
    }
}

/// Every file under `dir`, recursively, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The words of `text` that cite a source document as a developer's "seed" ("(seed 004)",
/// "shared/seeds/002", "Seed 002 noemt …"), case-insensitively, with their line numbers.
fn seed_words(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for word in line.split(|c: char| !c.is_alphanumeric()) {
            let lower = word.to_lowercase();
            if lower == "seed" || lower == "seeds" {
                found.push((n + 1, line.trim().to_owned()));
            }
        }
    }
    found
}

#[test]
fn no_form_or_catalogue_text_cites_a_seed() {
    // The check itself: it finds the notes it is meant to find, and no Dutch word.
    assert_eq!(seed_words("geweld (seed 004).").len(), 1);
    assert_eq!(seed_words("Seed 004 rekent disclosure").len(), 1);
    assert_eq!(seed_words("bron: shared/seeds/002").len(), 1);
    assert!(seed_words("Zoë zag het; Bjørn vertelde het; ĳsvogel, seedeling, proseed").is_empty());

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<PathBuf> = files_under(&forms_dir())
        .into_iter()
        .chain(files_under(&root.join("src/texts")))
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("choices.toml"))
            && files.iter().any(|f| f.ends_with("history.rs")),
        "{files:?}"
    );
    let mut offenders = Vec::new();
    for file in &files {
        for (line, text) in seed_words(&read(file)) {
            offenders.push(format!("{}:{line}: {text}", file.display()));
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}
