//! Answers to form fields, as the domain stores them.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::person::PersonId;

/// The answers of one form (or of one repeat-group entry), by field id.
pub type Answers = BTreeMap<String, Value>;

/// A three-way answer: the sources let some questions be answered with "weet niet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tri {
    /// Ja.
    Ja,
    /// Nee.
    Nee,
    /// Weet niet.
    WeetNiet,
}

impl Tri {
    /// The Dutch word as the user sees it.
    pub fn label(self) -> &'static str {
        match self {
            Tri::Ja => "Ja",
            Tri::Nee => "Nee",
            Tri::WeetNiet => "Weet niet",
        }
    }
}

/// The value of one form field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Value {
    /// Text or long text.
    Text(String),
    /// A calendar date.
    Date(NaiveDate),
    /// A date with a time of day (local wall-clock time).
    DateTime(NaiveDateTime),
    /// One option id of a choice list.
    Choice(String),
    /// Option ids of a multi-choice list.
    Multi(Vec<String>),
    /// Ja / nee / weet niet.
    Tri(Tri),
    /// A reference to a person in the dossier.
    Person(PersonId),
    /// The entries of a repeat group.
    Group(Vec<Answers>),
}

impl Value {
    /// The text of a text value, if it is one.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// Whether the value counts as "filled in" for a required field.
    pub fn is_filled(&self) -> bool {
        match self {
            Value::Text(t) | Value::Choice(t) => !t.trim().is_empty(),
            Value::Multi(v) => !v.is_empty(),
            Value::Group(v) => !v.is_empty(),
            Value::Date(_) | Value::DateTime(_) | Value::Tri(_) | Value::Person(_) => true,
        }
    }
}
