//! The form data model: what a TOML form file turns into. See `forms/README.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::DecisionTree;

/// A set of forms for one sector: the five steps and the afwegingskader, or a single form
/// such as `protocol` or `meldformulier`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormSet {
    /// Set id (the folder name).
    pub id: String,
    /// Title shown in the app.
    pub title: String,
    /// Sector the set is for.
    pub sector: String,
    /// Source and use.
    pub description: String,
    /// Where the text comes from.
    pub source: String,
    /// The forms, in file-name order.
    pub forms: Vec<FormDef>,
    /// The afwegingskader, for sets that have one.
    pub tree: Option<DecisionTree>,
    /// Choice lists visible to this set: the shared ones plus the set's own.
    pub choices: BTreeMap<String, ChoiceList>,
}

impl FormSet {
    /// The form with this id.
    pub fn form(&self, id: &str) -> Option<&FormDef> {
        self.forms.iter().find(|f| f.id == id)
    }

    /// The form of a meldcode step (1–5).
    pub fn step_form(&self, step: u8) -> Option<&FormDef> {
        self.forms.iter().find(|f| f.step == Some(step))
    }
}

/// One form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDef {
    /// Form id, equal to the file name without `.toml`.
    pub id: String,
    /// Title.
    pub title: String,
    /// The meldcode step this form belongs to.
    #[serde(default)]
    pub step: Option<u8>,
    /// Text above the form.
    #[serde(default)]
    pub intro: String,
    /// Sections, in order.
    #[serde(rename = "section", default)]
    pub sections: Vec<Section>,
}

/// A section of a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Id, unique in the form.
    pub id: String,
    /// Heading.
    pub title: String,
    /// Text under the heading.
    #[serde(default)]
    pub help: String,
    /// Show only when this holds.
    #[serde(default)]
    pub visible_when: Option<Condition>,
    /// Fields, in order.
    #[serde(rename = "field", default)]
    pub fields: Vec<Field>,
}

/// The kind of a field, which decides its input widget and value type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A date (`dd-mm-jjjj`).
    Date,
    /// A date and time.
    DateTime,
    /// One option of a choice list.
    Choice,
    /// Several options of a choice list.
    MultiChoice,
    /// Ja / nee / weet niet.
    JaNeeWeetNiet,
    /// Ja / nee.
    JaNee,
    /// A person in the dossier.
    Person,
    /// A group of sub-fields, repeated per entry.
    Repeat,
    /// Text only, no input.
    Info,
}

/// One field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Id, unique in the form.
    pub id: String,
    /// Label.
    pub label: String,
    /// Help text.
    #[serde(default)]
    pub help: String,
    /// Kind.
    pub kind: FieldKind,
    /// Must be filled before the step closes or the form is exported.
    #[serde(default)]
    pub required: bool,
    /// Choice list id, for choice kinds.
    #[serde(default)]
    pub choices: Option<String>,
    /// Show only when this holds.
    #[serde(default)]
    pub visible_when: Option<Condition>,
    /// Whether the writing check applies; `None` means: yes for text kinds.
    #[serde(default)]
    pub lint: Option<bool>,
    /// Example text for an empty field.
    #[serde(default)]
    pub placeholder: String,
    /// Sub-fields of a repeat group.
    #[serde(rename = "field", default)]
    pub fields: Vec<Field>,
    /// For an `info` field: the dossier record it shows read-only (one record per fact).
    #[serde(default)]
    pub shows: Option<Record>,
}

/// A dossier record that a form shows instead of asking for it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Record {
    /// The signals list (stap 1).
    Signalen,
    /// The consultations, including advice from Veilig Thuis (stap 2).
    Consultaties,
    /// The conversations with the family (stap 3).
    Gesprekken,
    /// The afwegingskader answers, including "samen met Veilig Thuis" (stap 4).
    Afweging,
    /// The stap 5 decisions.
    Besluiten,
}

impl Record {
    /// The record names a form file may use, with their records.
    pub const NAMES: [(&'static str, Record); 5] = [
        ("signalen", Record::Signalen),
        ("consultaties", Record::Consultaties),
        ("gesprekken", Record::Gesprekken),
        ("afweging", Record::Afweging),
        ("besluiten", Record::Besluiten),
    ];
}

impl Field {
    /// Whether the facts-not-impressions check applies to this field.
    pub fn lint_applies(&self) -> bool {
        self.lint
            .unwrap_or(matches!(self.kind, FieldKind::Text | FieldKind::LongText))
    }
}

/// A structured condition on another field's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The field it looks at.
    pub field: String,
    /// Holds when the field has exactly this value.
    #[serde(default)]
    pub equals: Option<ConditionValue>,
    /// Holds when a multi-choice field contains this option.
    #[serde(default)]
    pub contains: Option<String>,
}

/// A value to compare with: a string (choice id, ja/nee/weet-niet, text) or a bool (ja-nee).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ConditionValue {
    /// `true` / `false`, for `ja-nee`.
    Bool(bool),
    /// A choice id, `ja`/`nee`/`weet-niet`, or text.
    Text(String),
}

/// A list of options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceList {
    /// What the list is.
    #[serde(default)]
    pub label: String,
    /// The options.
    pub options: Vec<Choice>,
}

/// One option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Id, stored in answers.
    pub id: String,
    /// Label shown.
    pub label: String,
    /// Help text.
    #[serde(default)]
    pub help: String,
}
