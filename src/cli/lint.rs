//! `meldcode lint [FILE|-] [--format text|json]`: checks text for *feiten, geen indrukken*.
//!
//! Text output reads like a compiler: `file:line:col: CATEGORY rule: message`, with `col`
//! 1-based in characters. JSON output is one object per line with `line` (1-based) and
//! `start`/`end` byte offsets within that line. Exit code 0 without hints, 1 with hints,
//! 2 on error (unreadable file, invalid UTF-8).

use std::io::{Read as _, Write as _};
use std::{path::PathBuf, process::ExitCode};

use anyhow::{Context as _, anyhow};
use serde::Serialize;

use crate::lint::{Lint, LintOptions, Linter};

/// Output format of `meldcode lint`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `file:line:col: CATEGORY rule: message`, one hint per line.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// Arguments of `meldcode lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// File to check, or `-` for standard input (the default).
    pub file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also flag words a parent may not know (for a letter to parents).
    #[arg(long)]
    pub strict_jargon: bool,
    /// A word the organisation accepts; never flagged. May be repeated.
    #[arg(long = "accept", value_name = "WORD")]
    pub vocabulary: Vec<String>,
}

/// One hint in the JSON output: one object per line (JSON Lines), each with the schema.
#[derive(Debug, Serialize)]
struct JsonHint<'a> {
    schema: u8,
    line: usize,
    start: usize,
    end: usize,
    rule: &'a str,
    category: &'a str,
    message: &'a str,
    suggestion: Option<&'a str>,
}

/// Where a hint sits: 1-based line, byte range within the line, 1-based char column.
#[derive(Debug, PartialEq, Eq)]
struct Position {
    line: usize,
    start: usize,
    end: usize,
    column: usize,
}

fn position(text: &str, line_starts: &[usize], hint: &Lint) -> Position {
    let index = line_starts
        .partition_point(|&s| s <= hint.span.start)
        .saturating_sub(1);
    let line_start = line_starts.get(index).copied().unwrap_or(0);
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |n| line_start + n);
    let line_end = if text[..line_end].ends_with('\r') {
        line_end - 1
    } else {
        line_end
    };
    let end = hint.span.end.min(line_end).max(hint.span.start);
    Position {
        line: index + 1,
        start: hint.span.start - line_start,
        end: end - line_start,
        column: text[line_start..hint.span.start].chars().count() + 1,
    }
}

fn read_input(args: &LintArgs) -> anyhow::Result<(String, Vec<u8>)> {
    match args.file.as_deref() {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| {
                format!(
                    "{} {}",
                    crate::texts::cli::CANNOT_READ_FILE_PREFIX,
                    path.display()
                )
            })?;
            Ok((path.display().to_string(), bytes))
        }
    }
}

fn read_stdin() -> anyhow::Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context(crate::texts::cli::CANNOT_READ_STANDARD_INPUT)?;
    Ok(("<stdin>".to_owned(), bytes))
}

fn decode(name: &str, bytes: Vec<u8>) -> anyhow::Result<String> {
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let line = bytes[..at].split(|&b| b == b'\n').count();
        let line_start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |n| n + 1);
        anyhow!(crate::texts::cli::invalid_utf8_at(
            name,
            at,
            line,
            at - line_start + 1
        ))
    })
}

/// Runs `meldcode lint`.
pub fn run(args: &LintArgs) -> ExitCode {
    let (name, text) = match read_input(args).and_then(|(name, bytes)| {
        let text = decode(&name, bytes)?;
        Ok((name, text))
    }) {
        Ok(input) => input,
        Err(err) => return super::fail(&err),
    };
    let linter = match Linter::bundled() {
        Ok(linter) => linter,
        Err(err) => {
            return super::fail(&anyhow!(err).context(crate::texts::cli::LINT_RULES_INVALID));
        }
    };
    let opts = LintOptions {
        vocabulary: args.vocabulary.clone(),
        strict_jargon: args.strict_jargon,
        suppressions: Vec::new(),
    };
    let hints = linter.lint(&text, &opts);
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let mut out = std::io::stdout().lock();
    for hint in &hints {
        let pos = position(&text, &line_starts, hint);
        let written = match args.format {
            Format::Text => writeln!(
                out,
                "{name}:{}:{}: {} {}: {}",
                pos.line,
                pos.column,
                hint.category.as_str(),
                hint.rule,
                hint.message
            ),
            Format::Json => {
                let json = JsonHint {
                    schema: 1,
                    line: pos.line,
                    start: pos.start,
                    end: pos.end,
                    rule: &hint.rule,
                    category: hint.category.as_str(),
                    message: &hint.message,
                    suggestion: hint.suggestion.as_deref(),
                };
                match serde_json::to_string(&json) {
                    Ok(line) => writeln!(out, "{line}"),
                    Err(err) => return super::fail(&anyhow!(err)),
                }
            }
        };
        if let Err(err) = written {
            return super::fail(
                &anyhow!(err).context(crate::texts::cli::CANNOT_WRITE_STANDARD_OUTPUT),
            );
        }
    }
    if hints.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Category;

    fn hint(span: std::ops::Range<usize>) -> Lint {
        Lint {
            span,
            rule: "r".to_owned(),
            category: Category::Vaag,
            message: String::new(),
            why: String::new(),
            suggestion: None,
            replacement: None,
        }
    }

    #[test]
    fn positions_are_per_line_with_char_columns() {
        let text = "Eerste regel.\r\nZoë komt vaak.\n";
        let starts = [0, 15, 31];
        let at = text.find("vaak").expect("word present");
        let pos = position(text, &starts, &hint(at..at + 4));
        assert_eq!(
            pos,
            Position {
                line: 2,
                start: at - 15,
                end: at - 15 + 4,
                column: 10
            }
        );
    }

    #[test]
    fn invalid_utf8_names_line_and_byte() {
        let err = decode("x.txt", b"ok\nab\xffc".to_vec()).expect_err("invalid");
        assert_eq!(
            err.to_string(),
            "x.txt: geen geldige UTF-8 bij byte 5 (regel 2, byte 3 van die regel)"
        );
    }
}
