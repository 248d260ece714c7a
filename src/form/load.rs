//! Loading form sets from file contents, the bundled sets, and organisation overrides.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::LazyLock,
};

use include_dir::{Dir, include_dir};

use super::{
    check::check_form,
    check_tree::check_tree,
    diag::{Diagnostic, FileDiags, SourceFile},
    model::{ChoiceList, Condition, Field, FormDef, FormSet, Section},
    parse::{LCond, LField, LForm, parse_toml, read_choices_file, read_form, read_set, read_tree},
    read::Tbl,
};
use crate::domain::DecisionTree;

/// The file with the shared choice lists.
pub const CHOICES_FILE: &str = "choices.toml";
/// The file that describes a set.
pub const SET_FILE: &str = "set.toml";
/// The file with a set's afwegingskader.
pub const TREE_FILE: &str = "afwegingskader.toml";

static BUNDLED_DIR: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/forms");

struct Bundled {
    sets: Vec<FormSet>,
    diagnostics: Vec<Diagnostic>,
}

static BUNDLED: LazyLock<Bundled> = LazyLock::new(|| {
    let (sets, diagnostics) = load_folder(&bundled_files());
    Bundled { sets, diagnostics }
});

/// The bundled form sets that load without errors, in set-id order.
pub fn bundled() -> &'static [FormSet] {
    &BUNDLED.sets
}

/// The errors in the bundled form files (empty in a good build); sets with errors are left
/// out of [`bundled`].
pub fn bundled_diagnostics() -> &'static [Diagnostic] {
    &BUNDLED.diagnostics
}

/// Every bundled `.toml` file, with paths such as `forms/zorg/stap1.toml`.
pub fn bundled_files() -> Vec<SourceFile> {
    let mut out = Vec::new();
    collect_dir(&BUNDLED_DIR, &mut out);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn collect_dir(dir: &Dir<'_>, out: &mut Vec<SourceFile>) {
    for file in dir.files() {
        if file.path().extension().is_some_and(|e| e == "toml") {
            out.push(SourceFile {
                path: Path::new("forms").join(file.path()),
                text: String::from_utf8_lossy(file.contents()).into_owned(),
            });
        }
    }
    for sub in dir.dirs() {
        collect_dir(sub, out);
    }
}

/// The bundled sets with an organisation's sets laid over them: an organisation set with
/// the id of a bundled set replaces it; other organisation sets are added after them.
pub fn resolve(bundled: &[FormSet], org_sets: &[FormSet]) -> Vec<FormSet> {
    let mut out: Vec<FormSet> = bundled
        .iter()
        .map(|b| org_sets.iter().find(|o| o.id == b.id).unwrap_or(b).clone())
        .collect();
    for o in org_sets {
        if !bundled.iter().any(|b| b.id == o.id) {
            out.push(o.clone());
        }
    }
    out
}

/// Loads every set in a folder of set folders: each file named `choices.toml` holds shared
/// choice lists (later files replace lists of the same id); every other file belongs to
/// the set of its parent folder. Returns the sets without errors, in folder order, and
/// all diagnostics, sorted and without repeats.
pub fn load_folder(files: &[SourceFile]) -> (Vec<FormSet>, Vec<Diagnostic>) {
    let shared: Vec<&SourceFile> = files.iter().filter(|f| is_named(f, CHOICES_FILE)).collect();
    let mut groups: BTreeMap<PathBuf, Vec<&SourceFile>> = BTreeMap::new();
    for f in files.iter().filter(|f| !is_named(f, CHOICES_FILE)) {
        let parent = f.path.parent().map(Path::to_path_buf).unwrap_or_default();
        groups.entry(parent).or_default().push(f);
    }
    let mut sets = Vec::new();
    let mut diagnostics = Vec::new();
    if groups.is_empty() {
        let mut lists = BTreeMap::new();
        read_shared(&shared, &mut lists, &mut diagnostics);
    }
    for group in groups.values() {
        let mut set_files: Vec<SourceFile> = shared.iter().map(|f| (*f).clone()).collect();
        set_files.extend(group.iter().map(|f| (*f).clone()));
        let (set, diags) = load_set(&set_files);
        sets.extend(set);
        diagnostics.extend(diags);
    }
    diagnostics.sort();
    diagnostics.dedup();
    (sets, diagnostics)
}

/// Loads an organisation's folder (a folder of set folders, optionally with its own
/// `choices.toml`): the bundled shared choice lists apply, and the organisation's own
/// lists replace those with the same id.
pub fn load_org_folder(files: &[SourceFile]) -> (Vec<FormSet>, Vec<Diagnostic>) {
    let mut all: Vec<SourceFile> = bundled_files()
        .into_iter()
        .filter(|f| is_named(f, CHOICES_FILE))
        .collect();
    all.extend(files.iter().cloned());
    load_folder(&all)
}

fn is_named(f: &SourceFile, name: &str) -> bool {
    f.path.file_name().is_some_and(|n| n == name)
}

fn read_shared(
    shared: &[&SourceFile],
    lists: &mut BTreeMap<String, ChoiceList>,
    out: &mut Vec<Diagnostic>,
) {
    for file in shared {
        let mut d = FileDiags { file, out };
        if let Some((table, span)) = parse_toml(&mut d, &file.text) {
            let root = Tbl::new(&table, span, "choices.toml");
            lists.extend(read_choices_file(&mut d, &root));
        }
    }
}

/// Loads one form set from the files of its folder plus the shared `choices.toml` (any
/// file named so; later ones replace lists of the same id). `set.toml` describes the set,
/// `afwegingskader.toml` is its decision tree, every other `.toml` file is a form.
///
/// Returns the set only when there are no errors at all, and every error of every file,
/// sorted.
pub fn load_set(files: &[SourceFile]) -> (Option<FormSet>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let shared: Vec<&SourceFile> = files.iter().filter(|f| is_named(f, CHOICES_FILE)).collect();
    let own: Vec<&SourceFile> = files
        .iter()
        .filter(|f| !is_named(f, CHOICES_FILE))
        .collect();
    let mut lists = BTreeMap::new();
    read_shared(&shared, &mut lists, &mut out);

    let folder = own
        .first()
        .and_then(|f| f.path.parent())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let folder_name = folder.file_name().map(|n| n.to_string_lossy().into_owned());

    // set.toml first: its choice lists are needed by the forms.
    let mut info = None;
    if let Some(file) = own.iter().find(|f| is_named(f, SET_FILE)) {
        let mut d = FileDiags {
            file,
            out: &mut out,
        };
        if let Some((table, span)) = parse_toml(&mut d, &file.text) {
            let root = Tbl::new(&table, span, "set");
            let set = read_set(&mut d, &root);
            if let (Some(id), Some(name)) = (&set.id, &folder_name)
                && &id.text != name
            {
                d.error(
                    &id.span,
                    None,
                    format!(
                        "set id `{}` does not match the folder name `{name}`",
                        id.text
                    ),
                    vec![format!(
                        "set `id = \"{name}\"` or rename the folder to `{}`",
                        id.text
                    )],
                );
            }
            if let Some(id) = &set.id
                && !super::read::is_plain_id(&id.text)
            {
                d.error(
                    &id.span,
                    None,
                    format!("set id `{}` must use only a-z, 0-9 and `_`", id.text),
                    Vec::new(),
                );
            }
            lists.extend(set.choices.clone());
            info = Some(set);
        }
    } else {
        out.push(Diagnostic {
            file: folder.join(SET_FILE),
            line: 1,
            column: 1,
            field: None,
            message: "the set has no `set.toml`".to_owned(),
            hints: vec!["add a `set.toml` with `id`, `title` and `sector`".to_owned()],
        });
    }

    let mut forms = Vec::new();
    let mut tree: Option<DecisionTree> = None;
    let mut own_sorted = own.clone();
    own_sorted.sort_by(|a, b| a.path.cmp(&b.path));
    for file in own_sorted {
        if is_named(file, SET_FILE) {
            continue;
        }
        let mut d = FileDiags {
            file,
            out: &mut out,
        };
        let Some((table, span)) = parse_toml(&mut d, &file.text) else {
            continue;
        };
        if is_named(file, TREE_FILE) {
            let root = Tbl::new(&table, span, "afwegingskader");
            let lt = read_tree(&mut d, &root);
            check_tree(&mut d, &lt);
            tree = Some(lt.tree);
        } else {
            let root = Tbl::new(&table, span, "form");
            let form = read_form(&mut d, &root);
            let stem = file
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            check_form(&mut d, &form, &stem, &lists);
            forms.push(into_form(form));
        }
    }

    out.sort();
    out.dedup();
    let set = match info {
        Some(info) if out.is_empty() => Some(FormSet {
            id: info.id.map(|s| s.text).unwrap_or_default(),
            title: info.title,
            sector: info.sector,
            description: info.description,
            source: info.source,
            forms,
            tree,
            choices: lists,
        }),
        _ => None,
    };
    (set, out)
}

fn into_form(f: LForm) -> FormDef {
    FormDef {
        id: f.id.map(|s| s.text).unwrap_or_default(),
        title: f.title,
        step: f.step.and_then(|(n, _)| u8::try_from(n).ok()),
        intro: f.intro,
        sections: f
            .sections
            .into_iter()
            .map(|s| Section {
                id: s.id.map(|s| s.text).unwrap_or_default(),
                title: s.title,
                help: s.help,
                visible_when: s.cond.map(into_cond),
                fields: s.fields.into_iter().filter_map(into_field).collect(),
            })
            .collect(),
    }
}

fn into_field(f: LField) -> Option<Field> {
    Some(Field {
        id: f.id?.text,
        label: f.label,
        help: f.help,
        kind: f.kind?,
        required: f.required.is_some_and(|(r, _)| r),
        choices: f.choices.map(|s| s.text),
        visible_when: f.cond.map(into_cond),
        lint: f.lint,
        placeholder: f.placeholder,
        fields: f.subs.into_iter().filter_map(into_field).collect(),
        shows: f.shows.and_then(|s| {
            crate::form::model::Record::NAMES
                .iter()
                .find(|(n, _)| *n == s.text)
                .map(|(_, r)| *r)
        }),
    })
}

fn into_cond(c: LCond) -> Condition {
    Condition {
        field: c.field.map(|s| s.text).unwrap_or_default(),
        equals: c.equals.map(|(v, _)| v),
        contains: c.contains.map(|s| s.text),
    }
}
