//! The form sets the app knows: the bundled ones, or a minimal fallback when none load.
//! Also the two questions the views and the step check ask of a form: which fields are
//! visible, and which required ones are still empty.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::{Answers, DecisionTree, Tri, Value};
use crate::form::{ChoiceList, Condition, ConditionValue, Field, FieldKind, FormDef, FormSet};

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

/// `set.toml` of a bundled set.
#[derive(Debug, Deserialize)]
struct SetMeta {
    id: String,
    title: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    choices: BTreeMap<String, ChoiceList>,
}

/// `choices.toml`: the shared lists.
#[derive(Debug, Deserialize)]
struct SharedChoices {
    choices: BTreeMap<String, ChoiceList>,
}

macro_rules! bundled_set {
    ($dir:literal, [$($form:literal),*], $tree:expr) => {
        (
            include_str!(concat!("../../forms/", $dir, "/set.toml")),
            &[$(include_str!(concat!("../../forms/", $dir, "/", $form, ".toml"))),*] as &[&str],
            $tree,
        )
    };
}

/// The bundled sets: `set.toml`, the form files, the afwegingskader.
const BUNDLED: [(&str, &[&str], Option<&str>); 5] = [
    bundled_set!(
        "basismodel",
        ["stap1", "stap2", "stap3", "stap4", "stap5"],
        Some(include_str!("../../forms/basismodel/afwegingskader.toml"))
    ),
    bundled_set!(
        "basisonderwijs",
        ["stap1", "stap2", "stap3", "stap4", "stap5"],
        Some(include_str!(
            "../../forms/basisonderwijs/afwegingskader.toml"
        ))
    ),
    bundled_set!(
        "zorg",
        ["stap1", "stap2", "stap3", "stap4", "stap5"],
        Some(include_str!("../../forms/zorg/afwegingskader.toml"))
    ),
    bundled_set!("protocol", ["protocol"], None),
    bundled_set!("gesprek", ["gesprek"], None),
];

const SHARED_CHOICES: &str = include_str!("../../forms/choices.toml");

impl FormSets {
    /// The sets the app ships with (`forms/`, embedded at build time). A set that does not
    /// parse is left out; `tests/forms_content.rs` keeps that from happening.
    pub fn bundled() -> Self {
        let shared = toml::from_str::<SharedChoices>(SHARED_CHOICES)
            .map(|c| c.choices)
            .unwrap_or_default();
        let mut sets = Self::default();
        for (meta, forms, tree) in BUNDLED {
            if let Ok(set) = Self::set_from_files(meta, forms, tree, &shared) {
                sets.insert(set);
            }
        }
        sets
    }

    /// Builds a set from the texts of its files.
    pub fn set_from_files(
        meta: &str,
        forms: &[&str],
        tree: Option<&str>,
        shared: &BTreeMap<String, ChoiceList>,
    ) -> Result<FormSet, toml::de::Error> {
        let meta: SetMeta = toml::from_str(meta)?;
        let mut choices = shared.clone();
        choices.extend(meta.choices);
        Ok(FormSet {
            id: meta.id,
            title: meta.title,
            sector: meta.sector,
            description: meta.description,
            source: meta.source,
            forms: forms
                .iter()
                .map(|f| toml::from_str::<FormDef>(f))
                .collect::<Result<_, _>>()?,
            tree: tree.map(toml::from_str::<DecisionTree>).transpose()?,
            choices,
        })
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

/// Whether a condition holds for these answers.
pub fn condition_holds(cond: &Condition, answers: &Answers) -> bool {
    let value = answers.get(&cond.field);
    if let Some(opt) = &cond.contains {
        return matches!(value, Some(Value::Multi(v)) if v.contains(opt));
    }
    match (&cond.equals, value) {
        (None, v) => v.is_some_and(Value::is_filled),
        (Some(ConditionValue::Bool(b)), Some(Value::Tri(t))) => {
            (*t == Tri::Ja) == *b && *t != Tri::WeetNiet
        }
        (Some(ConditionValue::Text(s)), Some(Value::Tri(t))) => tri_id(*t) == s,
        (Some(ConditionValue::Text(s)), Some(Value::Choice(c) | Value::Text(c))) => c == s,
        _ => false,
    }
}

/// The id a `Tri` has in form files.
pub fn tri_id(t: Tri) -> &'static str {
    match t {
        Tri::Ja => "ja",
        Tri::Nee => "nee",
        Tri::WeetNiet => "weet-niet",
    }
}

/// Whether a field is shown, given the answers.
pub fn field_visible(field: &Field, answers: &Answers) -> bool {
    field
        .visible_when
        .as_ref()
        .is_none_or(|c| condition_holds(c, answers))
}

/// The labels of required, visible fields that are still empty, in form order.
pub fn missing_required(form: &FormDef, answers: &Answers) -> Vec<String> {
    let mut missing = Vec::new();
    for section in &form.sections {
        if !section
            .visible_when
            .as_ref()
            .is_none_or(|c| condition_holds(c, answers))
        {
            continue;
        }
        for field in &section.fields {
            if field.kind == FieldKind::Info || !field.required || !field_visible(field, answers) {
                continue;
            }
            if !answers.get(&field.id).is_some_and(Value::is_filled) {
                missing.push(field.label.clone());
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
