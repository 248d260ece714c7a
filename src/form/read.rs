//! A small typed reader over a spanned TOML table: every key it cannot use becomes a
//! diagnostic with the line it is on, and reading goes on so that all errors are found.

use std::ops::Range;

use toml::{
    Spanned,
    de::{DeTable, DeValue},
};

use super::diag::{FileDiags, closest};

/// A byte range in a file.
pub(crate) type Span = Range<usize>;

/// A string value with the place it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Str {
    /// The value.
    pub text: String,
    /// Where the value is.
    pub span: Span,
}

/// One TOML table being read: what it is (for messages) and the id it carries, if any.
pub(crate) struct Tbl<'t, 'i> {
    table: &'t DeTable<'i>,
    /// Where the table starts (its header, or the `{` of an inline table).
    pub span: Span,
    /// What the table is, for messages: "field", "section", "form".
    pub what: &'static str,
    /// The table's own `id`, when it has a string one.
    pub id: Option<String>,
}

impl<'t, 'i> Tbl<'t, 'i> {
    /// A reader for a table found at `span`.
    pub fn new(table: &'t DeTable<'i>, span: Span, what: &'static str) -> Self {
        let id = entry(table, "id")
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_owned);
        Self {
            table,
            span,
            what,
            id,
        }
    }

    /// The id to put in a diagnostic's `field`.
    pub fn field(&self) -> Option<&str> {
        self.id.as_deref()
    }

    fn name(&self) -> String {
        match &self.id {
            Some(id) => format!("{} `{id}`", self.what),
            None => self.what.to_owned(),
        }
    }

    /// Reports every key that is not in `allowed`.
    pub fn keys(&self, d: &mut FileDiags<'_>, allowed: &[&str]) {
        for (key, _) in self.table {
            let k: &str = key.get_ref();
            if allowed.contains(&k) {
                continue;
            }
            let hint = match closest(k, allowed.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("allowed keys here: {}", quoted(allowed)),
            };
            d.error(
                &key.span(),
                self.field(),
                format!("unknown key `{k}` in {}", self.name()),
                vec![hint],
            );
        }
    }

    /// The raw value of a key.
    pub fn value(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        entry(self.table, key)
    }

    /// A required string.
    pub fn req_str(&self, d: &mut FileDiags<'_>, key: &str) -> Option<Str> {
        if self.value(key).is_none() {
            self.missing(d, key, "a string");
            return None;
        }
        self.opt_str(d, key)
    }

    /// Reports a missing required key.
    pub fn missing(&self, d: &mut FileDiags<'_>, key: &str, kind: &str) {
        d.error(
            &self.span,
            self.field(),
            format!("missing required key `{key}` in {}", self.name()),
            vec![format!("add `{key} = …` ({kind})")],
        );
    }

    /// An optional string.
    pub fn opt_str(&self, d: &mut FileDiags<'_>, key: &str) -> Option<Str> {
        let v = self.value(key)?;
        if let Some(s) = v.get_ref().as_str() {
            Some(Str {
                text: s.to_owned(),
                span: v.span(),
            })
        } else {
            self.wrong_type(d, key, v, "a string");
            None
        }
    }

    /// An optional string, empty when absent.
    pub fn text(&self, d: &mut FileDiags<'_>, key: &str) -> String {
        self.opt_str(d, key).map(|s| s.text).unwrap_or_default()
    }

    /// An optional boolean.
    pub fn opt_bool(&self, d: &mut FileDiags<'_>, key: &str) -> Option<bool> {
        let v = self.value(key)?;
        let b = v.get_ref().as_bool();
        if b.is_none() {
            self.wrong_type(d, key, v, "`true` or `false`");
        }
        b
    }

    /// An optional integer, with its place.
    pub fn opt_int(&self, d: &mut FileDiags<'_>, key: &str) -> Option<(i64, Span)> {
        let v = self.value(key)?;
        let n = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        if n.is_none() {
            self.wrong_type(d, key, v, "a whole number");
        }
        n.map(|n| (n, v.span()))
    }

    /// An optional array of strings.
    pub fn opt_strings(&self, d: &mut FileDiags<'_>, key: &str) -> Vec<String> {
        let Some(v) = self.value(key) else {
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(d, key, v, "a list of strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_str() {
                Some(s) => out.push(s.to_owned()),
                None => self.wrong_type(d, key, item, "a string"),
            }
        }
        out
    }

    /// An optional table (`[x]` or `x = { … }`).
    pub fn opt_table(
        &self,
        d: &mut FileDiags<'_>,
        key: &str,
        what: &'static str,
    ) -> Option<Tbl<'t, 'i>> {
        let v = self.value(key)?;
        if let Some(t) = v.get_ref().as_table() {
            Some(Tbl::new(t, v.span(), what))
        } else {
            self.wrong_type(d, key, v, "a table");
            None
        }
    }

    /// An optional array of tables (`[[x]]`); empty when absent.
    pub fn tables(&self, d: &mut FileDiags<'_>, key: &str, what: &'static str) -> Vec<Tbl<'t, 'i>> {
        let Some(v) = self.value(key) else {
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(d, key, v, &format!("a list of tables (`[[{key}]]`)"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_table() {
                Some(t) => out.push(Tbl::new(t, item.span(), what)),
                None => self.wrong_type(d, key, item, "a table"),
            }
        }
        out
    }

    /// Every entry as (key, value), for tables keyed by id such as `[choices.LIST]`.
    pub fn entries(&self) -> impl Iterator<Item = (Str, &'t Spanned<DeValue<'i>>)> {
        self.table.iter().map(|(k, v)| {
            (
                Str {
                    text: k.get_ref().to_string(),
                    span: k.span(),
                },
                v,
            )
        })
    }

    /// Reports a value of the wrong type.
    pub fn wrong_type(
        &self,
        d: &mut FileDiags<'_>,
        key: &str,
        v: &Spanned<DeValue<'_>>,
        expected: &str,
    ) {
        d.error(
            &v.span(),
            self.field(),
            format!(
                "`{key}` in {} must be {expected}, not {}",
                self.name(),
                type_name(v.get_ref())
            ),
            Vec::new(),
        );
    }
}

/// The value of a key of a table.
pub(crate) fn entry<'t, 'i>(table: &'t DeTable<'i>, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
    table
        .iter()
        .find(|(k, _)| {
            let k: &str = k.get_ref();
            k == key
        })
        .map(|(_, v)| v)
}

/// A TOML type as a short English phrase.
pub(crate) fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// `a`, `b`, `c`.
pub(crate) fn quoted<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("`{}`", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether an id is `[a-z0-9_]+`.
pub(crate) fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Whether an option or list id is `[a-z0-9_-]+`.
pub(crate) fn is_option_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}
