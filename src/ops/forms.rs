//! The form sets a session works with: the bundled ones, or a minimal fallback when none load.
//! Also the two questions the views and the step check ask of a form: which fields are
//! visible, and which required ones are still empty.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::{Answers, DecisionTree};
use crate::form::{ChoiceList, Condition, Field, FormDef, FormSet, SourceFile};
use crate::texts;

/// The form sets by id.
#[derive(Debug, Clone, Default)]
pub struct FormSets {
    sets: BTreeMap<String, FormSet>,
}

/// One file that holds a whole set: used for the fallback and by tests.
#[derive(Debug, Deserialize)]
struct SetFile {
    id: String,
    title: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    choices: BTreeMap<String, ChoiceList>,
    #[serde(rename = "form", default)]
    forms: Vec<FormDef>,
    #[serde(default)]
    tree: Option<DecisionTree>,
}

impl FormSets {
    /// The sets the app ships with ([`crate::form::bundled`]).
    pub fn bundled() -> Self {
        let mut sets = Self::default();
        for set in crate::form::bundled() {
            sets.insert(set.clone());
        }
        sets
    }

    /// Parses a whole set written as one TOML file (`[[form]]` tables and a `[tree]`).
    pub fn set_from_single_toml(text: &str) -> Result<FormSet, toml::de::Error> {
        let file: SetFile = toml::from_str(text)?;
        Ok(FormSet {
            id: file.id,
            title: file.title,
            sector: file.sector,
            description: file.description,
            source: String::new(),
            forms: file.forms,
            tree: file.tree,
            choices: file.choices,
        })
    }

    /// These sets (e.g. the bundled ones with an organisation's folder laid over them).
    pub fn from_sets(sets: impl IntoIterator<Item = FormSet>) -> Self {
        let mut out = Self::default();
        for set in sets {
            out.insert(set);
        }
        out
    }

    /// The set that holds the meldformulier: the set of that id, else any set with the form.
    pub fn meldformulier_set(&self) -> Option<&FormSet> {
        let id = crate::report::melding_doc::FORM_ID;
        self.sets
            .get(id)
            .filter(|s| s.form(id).is_some())
            .or_else(|| self.any_form(id).map(|(s, _)| s))
    }

    /// Adds or replaces a set.
    pub fn insert(&mut self, set: FormSet) {
        self.sets.insert(set.id.clone(), set);
    }

    /// The set with this id, or the first set with a tree as a stand-in so a dossier of an
    /// unknown set can still be shown.
    pub fn get(&self, id: &str) -> Option<&FormSet> {
        self.sets
            .get(id)
            .or_else(|| self.sets.values().find(|s| s.tree.is_some()))
    }

    /// The set with exactly this id.
    pub fn exact(&self, id: &str) -> Option<&FormSet> {
        self.sets.get(id)
    }

    /// The ids of the sets that cover the five steps (those with a tree).
    pub fn step_set_ids(&self) -> Vec<String> {
        self.sets
            .values()
            .filter(|s| s.tree.is_some())
            .map(|s| s.id.clone())
            .collect()
    }

    /// A form by id in any set (`protocol`, `gesprek`).
    pub fn any_form(&self, form_id: &str) -> Option<(&FormSet, &FormDef)> {
        self.sets
            .values()
            .find_map(|s| s.form(form_id).map(|f| (s, f)))
    }
}

/// Why an organisation's own form folder could not be used (Dutch text plus, for form
/// errors, one line per error: `file:line:col: error[field]: message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnFormsError {
    /// What went wrong (Dutch).
    pub text: &'static str,
    /// The errors, one per line.
    pub items: Vec<String>,
}

fn toml_files(dir: &Path, out: &mut Vec<SourceFile>) -> std::io::Result<()> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path)?;
        out.push(SourceFile::new(path, text));
    }
    Ok(())
}

/// Reads an organisation's own forms: one set folder (with `set.toml`), or a folder of set
/// folders with an optional `choices.toml`. The bundled choice lists apply underneath.
/// Only sets without any error are returned; otherwise every error is listed.
pub fn load_own_forms(dir: &Path) -> Result<Vec<FormSet>, OwnFormsError> {
    let unreadable = |_| OwnFormsError {
        text: texts::messages::OWN_FORMS_UNREADABLE,
        items: vec![dir.display().to_string()],
    };
    let mut files = Vec::new();
    if dir.join(crate::form::SET_FILE).is_file() {
        toml_files(dir, &mut files).map_err(unreadable)?;
    } else {
        let choices = dir.join(crate::form::CHOICES_FILE);
        if choices.is_file() {
            let text = std::fs::read_to_string(&choices).map_err(unreadable)?;
            files.push(SourceFile::new(choices, text));
        }
        let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(unreadable)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join(crate::form::SET_FILE).is_file())
            .collect();
        subdirs.sort();
        for sub in subdirs {
            toml_files(&sub, &mut files).map_err(unreadable)?;
        }
    }
    let (sets, diagnostics) = crate::form::load_org_folder(&files);
    if !diagnostics.is_empty() {
        return Err(OwnFormsError {
            text: texts::messages::OWN_FORMS_INVALID,
            items: diagnostics.iter().map(ToString::to_string).collect(),
        });
    }
    if sets.iter().all(|s| s.tree.is_none()) {
        return Err(OwnFormsError {
            text: texts::messages::OWN_FORMS_SET_MISSING,
            items: vec![dir.display().to_string()],
        });
    }
    Ok(sets)
}

/// Whether a condition holds for these answers (no condition: always).
pub fn condition_holds(cond: Option<&Condition>, answers: &Answers) -> bool {
    crate::form::is_visible(cond, answers)
}

/// Whether a field is shown, given the answers.
pub fn field_visible(field: &Field, answers: &Answers) -> bool {
    condition_holds(field.visible_when.as_ref(), answers)
}

/// The labels of required, visible fields that are still empty, in form order.
pub fn missing_required(form: &FormDef, answers: &Answers) -> Vec<String> {
    crate::form::missing_required(form, answers)
        .into_iter()
        .map(|f| f.label.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Tri, Value};

    const FIXTURE: &str = include_str!("../../tests/app_fixture.toml");

    #[test]
    fn every_bundled_set_loads() {
        let sets = FormSets::bundled();
        for id in ["basismodel", "basisonderwijs", "zorg"] {
            let set = sets.exact(id).expect(id);
            assert_eq!(set.forms.len(), 5, "{id}");
            assert!(
                set.tree.as_ref().is_some_and(|t| t.problems().is_empty()),
                "{id}"
            );
        }
        assert!(sets.any_form("protocol").is_some());
        assert!(sets.any_form("gesprek").is_some());
        assert!(
            sets.exact("basisonderwijs")
                .is_some_and(|s| s.choices.contains_key("vorm_geweld"))
        );
    }

    #[test]
    fn hidden_required_field_is_not_missing() {
        let set = FormSets::set_from_single_toml(FIXTURE).expect("fixture");
        let form = set.step_form(3).expect("stap3");
        let mut answers = Answers::new();
        assert_eq!(
            missing_required(form, &answers),
            ["Is het gesprek gevoerd?"]
        );
        answers.insert("gesprek_gevoerd".into(), Value::Tri(Tri::Ja));
        assert!(missing_required(form, &answers).is_empty());
        answers.insert("gesprek_gevoerd".into(), Value::Tri(Tri::Nee));
        assert_eq!(
            missing_required(form, &answers),
            ["Waarom is het gesprek niet gevoerd?"]
        );
    }

    #[test]
    fn own_forms_load_from_a_copied_set_and_report_errors() {
        let dir = tempfile::tempdir().expect("temp dir");
        let set_dir = dir.path().join("onze_school");
        std::fs::create_dir(&set_dir).expect("mkdir");
        for file in crate::form::bundled_files() {
            let in_set = file
                .path
                .parent()
                .is_some_and(|p| p.ends_with("basisonderwijs"));
            if in_set && let Some(name) = file.path.file_name() {
                let text = file
                    .text
                    .replace("id = \"basisonderwijs\"", "id = \"onze_school\"");
                std::fs::write(set_dir.join(name), text).expect("write");
            }
        }
        let sets = load_own_forms(dir.path()).expect("copied set loads");
        assert!(
            sets.iter()
                .any(|s| s.id == "onze_school" && s.tree.is_some())
        );

        std::fs::write(
            set_dir.join("stap1.toml"),
            "id = \"stap1\"\nstep = 1\n[[section]\n",
        )
        .expect("write");
        let err = load_own_forms(dir.path()).expect_err("broken file refused");
        assert_eq!(err.text, texts::messages::OWN_FORMS_INVALID);
        assert!(
            err.items.iter().any(|i| i.contains("stap1.toml:")),
            "{err:?}"
        );
    }
}
