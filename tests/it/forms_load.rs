//! The pure loading API: `load_set`, `load_folder`, `resolve`, with files in memory.

use meldcode::form::{
    self, ConditionValue, FieldKind, FormSet, SourceFile, load_folder, load_set, resolve,
};

const SET: &str = r#"
id = "proef"
title = "Proefset voor Çağla Ünal-de Wít"
sector = "zorg"

[choices.kleur]
options = [{ id = "rood", label = "Rood" }, { id = "blauw", label = "Blauw" }]
"#;

const FORM: &str = r#"
id = "stap2"
title = "Stap 2: collegiale consultatie"
step = 2

[[section]]
id = "overleg"
title = "Overleg over Zoë"

[[section.field]]
id = "gedeeld"
label = "Gedeeld met Veilig Thuis?"
kind = "ja-nee"

[[section.field]]
id = "kleur"
label = "Kleur"
kind = "choice"
choices = "gedeeld_lijst"
visible_when = { field = "gedeeld", equals = true }
"#;

fn files(form: &str) -> Vec<SourceFile> {
    vec![
        SourceFile::new(
            "org/choices.toml",
            "[choices.gedeeld_lijst]\noptions = [{ id = \"a\", label = \"Ä\" }]\n",
        ),
        SourceFile::new("org/proef/set.toml", SET),
        SourceFile::new("org/proef/stap2.toml", form),
    ]
}

#[test]
fn a_valid_set_loads_with_its_text_intact() {
    let (set, diags) = load_set(&files(FORM));
    assert_eq!(diags, Vec::new());
    let set = set.expect("set loads");
    assert_eq!(set.title, "Proefset voor Çağla Ünal-de Wít");
    let form = set.step_form(2).expect("step 2 form");
    assert_eq!(form.sections[0].title, "Overleg over Zoë");
    let kleur = &form.sections[0].fields[1];
    assert_eq!(kleur.kind, FieldKind::Choice);
    assert_eq!(
        kleur.visible_when.as_ref().and_then(|c| c.equals.clone()),
        Some(ConditionValue::Bool(true))
    );
    assert!(set.choices.contains_key("gedeeld_lijst"), "shared list");
    assert!(set.choices.contains_key("kleur"), "own list");
}

#[test]
fn a_broken_set_gives_no_set_and_every_error() {
    let broken = FORM
        .replace("kind = \"ja-nee\"", "kind = \"ja-nee\"\nkleur = 1")
        .replace("equals = true", "equals = \"ja\"");
    let (set, diags) = load_set(&files(&broken));
    assert!(set.is_none());
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(diags.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("org/proef/stap2.toml:14:1: error[gedeeld]: unknown key `kleur`"));
    assert!(lines[1].starts_with("org/proef/stap2.toml:21:46: error[kleur]: `equals = \"ja\"`"));
}

#[test]
fn a_broken_set_does_not_take_the_others_down() {
    let mut all = files(FORM);
    all.push(SourceFile::new(
        "org/kapot/set.toml",
        "id = \"kapot\"\ntitle = \"x\"\n",
    ));
    let (sets, diags) = load_folder(&all);
    assert_eq!(
        sets.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["proef"]
    );
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].file.to_str(), Some("org/kapot/set.toml"));
    assert!(diags[0].message.contains("missing required key `sector`"));
}

fn set(id: &str, title: &str) -> FormSet {
    FormSet {
        id: id.into(),
        title: title.into(),
        sector: "onderwijs".into(),
        description: String::new(),
        source: String::new(),
        forms: Vec::new(),
        tree: None,
        choices: std::collections::BTreeMap::new(),
    }
}

#[test]
fn an_organisation_set_replaces_the_bundled_one_with_its_id() {
    let bundled = [set("basismodel", "Basismodel"), set("zorg", "Zorg")];
    let org = [set("zorg", "Zorg (De Vlinder)"), set("eigen", "Eigen set")];
    let titles: Vec<String> = resolve(&bundled, &org)
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles, ["Basismodel", "Zorg (De Vlinder)", "Eigen set"]);
}

#[test]
fn bundled_sets_load_without_errors() {
    let diags: Vec<String> = form::bundled_diagnostics()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(diags, Vec::<String>::new());
    let files = form::bundled_files();
    let set_files = files
        .iter()
        .filter(|f| f.path.ends_with("set.toml"))
        .count();
    assert_eq!(form::bundled().len(), set_files);
}

/// Every prefix of a valid set's files is loaded without a panic, and any error found has a
/// line inside the file.
#[test]
fn truncated_files_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms/valid");
    let names = ["set.toml", "stap1.toml", "afwegingskader.toml"];
    let texts: Vec<String> = names
        .iter()
        .map(|n| std::fs::read_to_string(format!("{dir}/{n}")).expect("fixture readable"))
        .collect();
    for (i, text) in texts.iter().enumerate() {
        let cuts = text.char_indices().map(|(at, _)| at).step_by(7);
        for cut in cuts {
            let files: Vec<SourceFile> = names
                .iter()
                .zip(&texts)
                .enumerate()
                .map(|(j, (n, t))| {
                    let t = if i == j { &t[..cut] } else { t.as_str() };
                    SourceFile::new(format!("valid/{n}"), t)
                })
                .collect();
            let (set, diags) = load_set(&files);
            assert_eq!(set.is_some(), diags.is_empty());
            for d in &diags {
                let file = files.iter().find(|f| f.path == d.file).expect("known file");
                let lines = u32::try_from(file.text.lines().count().max(1)).unwrap_or(0);
                assert!(d.line >= 1 && d.line <= lines + 1, "{d} (cut {cut})");
            }
        }
    }
}

fn toml_files_under(dir: &std::path::Path, rel: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("forms folder readable") {
        let path = entry.expect("entry").path();
        let rel = rel.join(path.file_name().expect("file name"));
        if path.is_dir() {
            toml_files_under(&path, &rel, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(rel.to_string_lossy().into_owned());
        }
    }
}

/// The embedded copy lists exactly the `.toml` files in `forms/`. A new file is only picked
/// up by a rebuild of the form module (stable Rust cannot track new files): if this fails,
/// `touch src/form/load.rs` and build again.
#[test]
fn bundled_files_match_the_forms_folder() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = Vec::new();
    toml_files_under(
        &root.join("forms"),
        std::path::Path::new("forms"),
        &mut on_disk,
    );
    on_disk.sort();
    let mut embedded: Vec<String> = form::bundled_files()
        .iter()
        .map(|f| f.path.to_string_lossy().into_owned())
        .collect();
    embedded.sort();
    assert_eq!(embedded, on_disk);
}

const SCOPES: &str = r#"
id = "stap1"
title = "Stap 1"

[[section]]
id = "signalen"
title = "Signalen"

[[section.field]]
id = "signaal"
label = "Signaal"
kind = "repeat"

[[section.field.field]]
id = "gezien"
label = "Zelf gezien?"
kind = "ja-nee"

[[section.field.field]]
id = "bron"
label = "Wie vertelde het?"
kind = "text"
visible_when = { field = "gezien", equals = false }

[[section.field]]
id = "na_signaal"
label = "Toelichting"
kind = "text"
visible_when = { field = "gezien", equals = true }

[[section]]
id = "extra"
title = "Extra"
visible_when = { field = "extra_nodig", equals = true }

[[section.field]]
id = "extra_nodig"
label = "Extra nodig?"
kind = "ja-nee"
"#;

#[test]
fn conditions_respect_repeat_groups_and_sections() {
    let mut all = files(FORM);
    all[2] = SourceFile::new("org/proef/stap1.toml", SCOPES);
    let (_, diags) = load_set(&all);
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].starts_with(
            "org/proef/stap1.toml:29:26: error[na_signaal]: visible_when names `gezien`, a sub-field of repeat group `signaal`"
        ),
        "{lines:#?}"
    );
    assert!(
        lines[1].starts_with(
            "org/proef/stap1.toml:34:26: error[extra]: visible_when cycle: section `extra`"
        ),
        "{lines:#?}"
    );
}
