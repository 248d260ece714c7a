//! One rule file (`src/lint/rules/<id>.toml`) and its compiled form.

use std::collections::HashMap;

use serde::Deserialize;

use super::pattern::{Lexicon, Pattern};
use super::text::normalize;
use super::{Category, LintError};

/// Contexts in which a writer may quote or record other people's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Context {
    /// Inside quotation marks of a named speaker.
    Citaat,
    /// After a named source ("moeder vertelt dat …", "volgens de huisarts …").
    Bron,
    /// Inside a labelled and attributed hypothesis.
    Hypothese,
}

/// One example sentence of a rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Example {
    /// A sentence this rule must flag.
    pub flag: Option<String>,
    /// A sentence this rule must not flag.
    pub allow: Option<String>,
}

/// The TOML form of a rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    category: Category,
    message: String,
    why: String,
    suggestion: Option<String>,
    patterns: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    allow_if_sentence_has: Vec<String>,
    #[serde(default)]
    allow_if_sentence_has_all: Vec<Vec<String>>,
    #[serde(default)]
    allow_if_clause_has: Vec<String>,
    #[serde(default)]
    allow_when_negated: bool,
    #[serde(default)]
    allow_after_definition: bool,
    #[serde(default)]
    flag_in: Vec<Context>,
    #[serde(default)]
    strict_only: bool,
    #[serde(default)]
    replace: HashMap<String, String>,
    #[serde(default)]
    examples: Vec<Example>,
}

/// A compiled rule.
#[derive(Debug)]
pub(crate) struct Rule {
    pub id: String,
    pub category: Category,
    pub message: String,
    pub why: String,
    pub suggestion: Option<String>,
    pub patterns: Vec<Pattern>,
    pub except: Vec<Pattern>,
    pub allow_if_sentence_has: Vec<Pattern>,
    pub allow_if_sentence_has_all: Vec<Vec<Pattern>>,
    pub allow_if_clause_has: Vec<Pattern>,
    pub allow_when_negated: bool,
    pub allow_after_definition: bool,
    pub flag_in: Vec<Context>,
    pub strict_only: bool,
    /// Concrete rewrites, keyed by the normalized matched text.
    pub replace: HashMap<String, String>,
    pub examples: Vec<Example>,
}

fn compile_all(lexicon: &mut Lexicon, sources: &[String]) -> Result<Vec<Pattern>, LintError> {
    sources.iter().map(|s| lexicon.compile(s)).collect()
}

impl Rule {
    /// Parses and compiles the rule file `id.toml`.
    pub fn parse(id: &str, source: &str, lexicon: &mut Lexicon) -> Result<Self, LintError> {
        let file: RuleFile = toml::from_str(source).map_err(|e| LintError::Rule {
            rule: id.to_owned(),
            detail: e.to_string(),
        })?;
        let in_rule = |e: LintError| LintError::Rule {
            rule: id.to_owned(),
            detail: e.to_string(),
        };
        if file.patterns.is_empty() {
            return Err(in_rule(LintError::Pattern("geen patterns".to_owned())));
        }
        Ok(Self {
            id: id.to_owned(),
            category: file.category,
            patterns: compile_all(lexicon, &file.patterns).map_err(in_rule)?,
            except: compile_all(lexicon, &file.except).map_err(in_rule)?,
            allow_if_sentence_has: compile_all(lexicon, &file.allow_if_sentence_has)
                .map_err(in_rule)?,
            allow_if_sentence_has_all: file
                .allow_if_sentence_has_all
                .iter()
                .map(|group| compile_all(lexicon, group))
                .collect::<Result<_, _>>()
                .map_err(in_rule)?,
            allow_if_clause_has: compile_all(lexicon, &file.allow_if_clause_has)
                .map_err(in_rule)?,
            message: file.message,
            why: file.why,
            suggestion: file.suggestion,
            allow_when_negated: file.allow_when_negated,
            allow_after_definition: file.allow_after_definition,
            flag_in: file.flag_in,
            strict_only: file.strict_only,
            replace: file
                .replace
                .iter()
                .map(|(k, v)| (normalize(k), v.clone()))
                .collect(),
            examples: file.examples,
        })
    }
}
