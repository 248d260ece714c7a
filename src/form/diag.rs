//! Diagnostics: one error in a form file, with file, line, column and field.

use std::{fmt, ops::Range, path::PathBuf};

/// One form file as the caller read it; the form module never touches the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Where the file lives, for messages only (`forms/zorg/stap1.toml`).
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
}

impl SourceFile {
    /// A source file from a path and its text.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
        }
    }
}

/// One error in a form file. Displays as `file:line:col: error[field]: message` followed by
/// one `hint:` line per hint.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The file the error is in.
    pub file: PathBuf,
    /// Line, counted from 1.
    pub line: u32,
    /// Column in characters, counted from 1.
    pub column: u32,
    /// The id of the field, section, question or outcome the error is about, if any.
    pub field: Option<String>,
    /// What is wrong (plain English).
    pub message: String,
    /// How to fix it.
    pub hints: Vec<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error",
            self.file.display(),
            self.line,
            self.column
        )?;
        if let Some(field) = &self.field {
            write!(f, "[{field}]")?;
        }
        write!(f, ": {}", self.message)?;
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Collects the diagnostics of one file, turning byte spans into lines and columns.
pub(crate) struct FileDiags<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// Where the diagnostics go.
    pub out: &'a mut Vec<Diagnostic>,
}

impl FileDiags<'_> {
    /// Records an error at a byte span.
    pub fn error(
        &mut self,
        span: &Range<usize>,
        field: Option<&str>,
        message: impl Into<String>,
        hints: Vec<String>,
    ) {
        let (line, column) = line_col(&self.file.text, span.start);
        self.out.push(Diagnostic {
            file: self.file.path.clone(),
            line,
            column,
            field: field.map(str::to_owned),
            message: message.into(),
            hints,
        });
    }
}

/// The 1-based line and character column of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The known word closest to `word`, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(word: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (edit_distance(word, k), k))
        .filter(|&(d, k)| d <= 2.max(k.chars().count() / 3))
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = 1\nnaam = \"Zoë\" x\n";
        let offset = text.find('x').expect("x is in the text");
        assert_eq!(line_col(text, offset), (2, 14));
        assert_eq!(line_col(text, 0), (1, 1));
    }

    #[test]
    fn closest_finds_typos_only() {
        let known = ["visible_when", "label", "kind"];
        assert_eq!(closest("visible_wen", known), Some("visible_when"));
        assert_eq!(closest("lable", known), Some("label"));
        assert_eq!(closest("zzzzzz", known), None);
    }

    #[test]
    fn display_has_field_and_hints() {
        let d = Diagnostic {
            file: "forms/zorg/stap1.toml".into(),
            line: 3,
            column: 1,
            field: Some("naam".into()),
            message: "unknown key `lable`".into(),
            hints: vec!["did you mean `label`?".into()],
        };
        assert_eq!(
            d.to_string(),
            "forms/zorg/stap1.toml:3:1: error[naam]: unknown key `lable`\n  hint: did you mean `label`?"
        );
    }
}
