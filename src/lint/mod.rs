//! *Feiten, geen indrukken*: checks dossier text for impressions, judgements,
//! interpretations, diagnoses outside the writer's field, vague words, jargon, missing
//! sources, incomplete injury descriptions and passives that hide who did what.
//!
//! Pure: no UI, no file system. Rules are data: one TOML file per rule in
//! `src/lint/rules/`, embedded at compile time by `build.rs`; word classes live in
//! `classes.toml` and the context detector (quotations, named sources, labelled
//! hypotheses) in `context.toml`. The pattern language is described in `pattern.rs`.
//!
//! ```
//! use meldcode::lint::{lint, LintOptions, Category};
//! let hints = lint("Sem komt vaak te laat.", &LintOptions::default());
//! assert_eq!(hints[0].category, Category::Vaag);
//! assert!(lint("Moeder zei: \"Sem komt vaak te laat.\"", &LintOptions::default()).is_empty());
//! ```

mod context;
mod pattern;
mod rule;
mod text;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use self::context::{BRON, CITAAT, ContextRules, Doc, HYPOTHESE};
use self::pattern::{ClassDef, Lexicon, TokenAtoms, match_at};
use self::rule::{Context, Rule};
use self::text::normalize;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/lint_rules.rs"));
}

/// What kind of problem a hint points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// An impression instead of what was seen or heard.
    #[serde(rename = "INDRUK")]
    Indruk,
    /// A value judgement.
    #[serde(rename = "OORDEEL")]
    Oordeel,
    /// An inner state, intent or cause stated as fact.
    #[serde(rename = "INTERPRETATIE")]
    Interpretatie,
    /// A diagnosis or expert judgement outside the writer's field.
    #[serde(rename = "BUITEN-VAKGEBIED")]
    BuitenVakgebied,
    /// A frequency or amount without a number.
    #[serde(rename = "VAAG")]
    Vaag,
    /// An abbreviation or professional jargon a parent will not know.
    #[serde(rename = "JARGON")]
    Jargon,
    /// Second-hand information without a named source.
    #[serde(rename = "BRON-ONTBREEKT")]
    BronOntbreekt,
    /// An injury without place on the body, size and date.
    #[serde(rename = "LETSEL-DETAIL")]
    LetselDetail,
    /// A passive or impersonal sentence that hides who did what.
    #[serde(rename = "WIE-DEED-HET")]
    WieDeedHet,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Self; 9] = [
        Self::Indruk,
        Self::Oordeel,
        Self::Interpretatie,
        Self::BuitenVakgebied,
        Self::Vaag,
        Self::Jargon,
        Self::BronOntbreekt,
        Self::LetselDetail,
        Self::WieDeedHet,
    ];

    /// The code used in files and on the command line (`BUITEN-VAKGEBIED`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Indruk => "INDRUK",
            Self::Oordeel => "OORDEEL",
            Self::Interpretatie => "INTERPRETATIE",
            Self::BuitenVakgebied => "BUITEN-VAKGEBIED",
            Self::Vaag => "VAAG",
            Self::Jargon => "JARGON",
            Self::BronOntbreekt => "BRON-ONTBREEKT",
            Self::LetselDetail => "LETSEL-DETAIL",
            Self::WieDeedHet => "WIE-DEED-HET",
        }
    }

    /// A short Dutch label for the interface.
    pub fn label(self) -> &'static str {
        match self {
            Self::Indruk => "Indruk",
            Self::Oordeel => "Oordeel",
            Self::Interpretatie => "Interpretatie",
            Self::BuitenVakgebied => "Buiten je vakgebied",
            Self::Vaag => "Vaag",
            Self::Jargon => "Jargon",
            Self::BronOntbreekt => "Bron ontbreekt",
            Self::LetselDetail => "Letsel onvolledig",
            Self::WieDeedHet => "Wie deed het?",
        }
    }

    /// What this category means, in Dutch, for the hint panel.
    pub fn message(self) -> &'static str {
        match self {
            Self::Indruk => {
                "Een indruk is geen waarneming. Schrijf op wat je zag of hoorde: wie, wat, wanneer."
            }
            Self::Oordeel => {
                "Een oordeel kan de lezer niet controleren. Beschrijf het gedrag of de situatie die je zag."
            }
            Self::Interpretatie => {
                "Wat iemand voelt, wil of bedoelt kun je niet zien. Schrijf op wat je zag en wat het kind of de ouder zelf zei."
            }
            Self::BuitenVakgebied => {
                "Een diagnose of medisch oordeel hoort bij een arts of deskundige. Beschrijf wat je zag, of noem wie de diagnose stelde."
            }
            Self::Vaag => {
                "Woorden als 'vaak' of 'soms' zeggen niet hoe vaak. Noem aantallen en data."
            }
            Self::Jargon => {
                "Ouders en kinderen lezen mee. Schrijf afkortingen en vaktaal voluit en in gewone woorden."
            }
            Self::BronOntbreekt => {
                "Informatie van horen zeggen heeft een bron nodig: van wie, hoe en wanneer."
            }
            Self::LetselDetail => {
                "Beschrijf letsel volledig: de plaats op het lichaam, de grootte en de datum."
            }
            Self::WieDeedHet => {
                "De zin zegt niet wie het deed. Noem wie wat deed, of schrijf dat je het niet weet."
            }
        }
    }
}

/// One hint: a place in the text, what is wrong there and how to write it as a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lint {
    /// Byte range in the text, on char boundaries.
    pub span: Range<usize>,
    /// The rule id (the rule file's name), e.g. `indruk-lijken`.
    pub rule: String,
    /// The category.
    pub category: Category,
    /// What is wrong here (Dutch).
    pub message: String,
    /// Why that is a problem (Dutch).
    pub why: String,
    /// How to write it as a fact (Dutch), where the rule can say.
    pub suggestion: Option<String>,
    /// A concrete text to put in place of the span (e.g. `Veilig Thuis` for `VT`), only
    /// where the rule knows one; never invented details.
    pub replacement: Option<String>,
}

/// A hint the user chose to ignore at one place, with the reason (kept in the dossier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppression {
    /// The rule id.
    pub rule: String,
    /// The matched text; compared case-insensitively.
    pub matched: String,
    /// Why the user ignored it.
    pub reason: String,
}

/// Options for one check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LintOptions {
    /// Words the organisation accepts; a hint on such a word is never given.
    pub vocabulary: Vec<String>,
    /// Stricter jargon rules, for text that parents read (the letter to parents).
    pub strict_jargon: bool,
    /// Hints the user ignored in this text.
    pub suppressions: Vec<Suppression>,
}

/// A rule set that cannot be built.
#[derive(Debug, thiserror::Error)]
pub enum LintError {
    /// A rule or configuration file is invalid.
    #[error("regel {rule}: {detail}")]
    Rule {
        /// The rule id or file.
        rule: String,
        /// What is wrong.
        detail: String,
    },
    /// A pattern is invalid.
    #[error("patroon: {0}")]
    Pattern(String),
}

/// A failing rule example, from [`Linter::failing_examples`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule id.
    pub rule: String,
    /// `true` if the example should have been flagged.
    pub should_flag: bool,
    /// The sentence.
    pub sentence: String,
}

/// A summary of one rule, for documentation and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// The rule id.
    pub id: String,
    /// The category.
    pub category: Category,
    /// The message template.
    pub message: String,
    /// Whether the rule offers a rewrite suggestion.
    pub has_suggestion: bool,
    /// Number of `flag` and `allow` examples.
    pub examples: (usize, usize),
}

/// The compiled rule set; build once, use for every check.
#[derive(Debug)]
pub struct Linter {
    lexicon: Lexicon,
    rules: Vec<Rule>,
    context: ContextRules,
    /// For each atom id: (rule index, pattern index) of patterns that start with it.
    first: Vec<Vec<(u32, u32)>>,
}

struct Hit {
    rule: usize,
    tokens: Range<usize>,
    sentence: usize,
}

impl Linter {
    /// Builds the linter from the rules bundled with the program.
    pub fn bundled() -> Result<Self, LintError> {
        Self::from_sources(
            include_str!("classes.toml"),
            include_str!("context.toml"),
            bundled::RULES,
        )
    }

    /// Builds a linter from class, context and rule sources (`(id, toml)` pairs).
    pub fn from_sources(
        classes: &str,
        context: &str,
        rules: &[(&str, &str)],
    ) -> Result<Self, LintError> {
        let classes: HashMap<String, ClassDef> =
            toml::from_str(classes).map_err(|e| LintError::Rule {
                rule: "classes".to_owned(),
                detail: e.to_string(),
            })?;
        let mut lexicon = Lexicon::new(classes);
        let context = ContextRules::parse(context, &mut lexicon)?;
        let rules = rules
            .iter()
            .map(|(id, source)| Rule::parse(id, source, &mut lexicon))
            .collect::<Result<Vec<_>, _>>()?;
        let mut first = vec![Vec::new(); lexicon.atom_count()];
        for (r, rule) in rules.iter().enumerate() {
            for (p, pattern) in rule.patterns.iter().enumerate() {
                for &atom in pattern.first_atoms() {
                    first[atom as usize].push((r as u32, p as u32));
                }
            }
        }
        Ok(Self {
            lexicon,
            rules,
            context,
            first,
        })
    }

    /// Checks `text`; hints are sorted by start and do not overlap.
    pub fn lint(&self, text: &str, opts: &LintOptions) -> Vec<Lint> {
        let (split, hits) = self.collect(text, opts);
        self.to_lints(text, &split, hits)
    }

    fn collect(&self, text: &str, opts: &LintOptions) -> (text::Split, Vec<Hit>) {
        let split = text::split(text);
        let mut atoms = TokenAtoms {
            ids: Vec::with_capacity(split.tokens.len() * 2),
            offsets: Vec::with_capacity(split.tokens.len() + 1),
        };
        let mut buf = String::new();
        atoms.offsets.push(0);
        for token in &split.tokens {
            self.lexicon.classify(text, token, &mut buf, &mut atoms.ids);
            atoms.offsets.push(atoms.ids.len());
        }
        let doc = Doc {
            split: &split,
            atoms: &atoms,
        };
        let mut hits = Vec::new();
        for (s, sentence) in split.sentences.iter().enumerate() {
            let before = hits.len();
            for i in sentence.clone() {
                for &atom in atoms.of(i) {
                    for &(r, p) in &self.first[atom as usize] {
                        let rule = &self.rules[r as usize];
                        if rule.strict_only && !opts.strict_jargon {
                            continue;
                        }
                        let steps = &rule.patterns[p as usize].steps;
                        if let Some(end) = match_at(&split.tokens, &atoms, steps, i, sentence.end) {
                            hits.push(Hit {
                                rule: r as usize,
                                tokens: i..end,
                                sentence: s,
                            });
                        }
                    }
                }
            }
            if hits.len() > before {
                let flags = self.context.sentence_flags(&doc, sentence);
                let mut k = before;
                while k < hits.len() {
                    if self.keep(text, &doc, &hits[k], &flags, opts) {
                        k += 1;
                    } else {
                        hits.swap_remove(k);
                    }
                }
            }
        }
        (split, hits)
    }

    fn keep(&self, text: &str, doc: &Doc<'_>, hit: &Hit, flags: &[u8], opts: &LintOptions) -> bool {
        let rule = &self.rules[hit.rule];
        let Some(sentence) = doc.split.sentences.get(hit.sentence) else {
            return false;
        };
        let flag = flags
            .get(hit.tokens.start - sentence.start)
            .copied()
            .unwrap_or(0);
        for (bit, context) in [
            (CITAAT, Context::Citaat),
            (BRON, Context::Bron),
            (HYPOTHESE, Context::Hypothese),
        ] {
            if flag & bit != 0 && !rule.flag_in.contains(&context) {
                return false;
            }
        }
        let end = sentence.end;
        let found_in = |patterns: &[pattern::Pattern], range: Range<usize>| {
            range
                .into_iter()
                .any(|i| doc.match_any(patterns, i, end).is_some())
        };
        if !rule.except.is_empty() {
            let from = hit.tokens.start.saturating_sub(6).max(sentence.start);
            for i in from..hit.tokens.end {
                if doc
                    .match_any(&rule.except, i, end)
                    .is_some_and(|e| e > hit.tokens.start)
                {
                    return false;
                }
            }
        }
        if !rule.allow_if_sentence_has.is_empty()
            && found_in(&rule.allow_if_sentence_has, sentence.clone())
        {
            return false;
        }
        if !rule.allow_if_sentence_has_all.is_empty()
            && rule
                .allow_if_sentence_has_all
                .iter()
                .all(|group| found_in(group, sentence.clone()))
        {
            return false;
        }
        if !rule.allow_if_clause_has.is_empty() {
            let clause = doc.clause_range(hit.tokens.start, sentence);
            let clause = clause.start..doc.clause_range(hit.tokens.end - 1, sentence).end;
            if found_in(&rule.allow_if_clause_has, clause) {
                return false;
            }
        }
        if rule.allow_when_negated {
            let clause = doc.clause_range(hit.tokens.start, sentence);
            let from = hit.tokens.start.saturating_sub(5).max(clause.start);
            let negation = std::slice::from_ref(&self.context.negation);
            if found_in(negation, from..hit.tokens.start) {
                return false;
            }
        }
        let tokens = &doc.split.tokens;
        let span = tokens[hit.tokens.start].start..tokens[hit.tokens.end - 1].end;
        let matched = &text[span];
        if rule.allow_after_definition && text.contains(&format!("({matched})")) {
            return false;
        }
        let matched_norm = normalize(matched);
        let vocabulary_hit = opts.vocabulary.iter().any(|word| {
            let word = normalize(word.trim());
            word == matched_norm
                || hit
                    .tokens
                    .clone()
                    .any(|i| normalize(&text[tokens[i].start..tokens[i].end]) == word)
        });
        if vocabulary_hit {
            return false;
        }
        !opts
            .suppressions
            .iter()
            .any(|s| s.rule == rule.id && normalize(s.matched.trim()) == matched_norm)
    }

    fn to_lints(&self, text: &str, split: &text::Split, mut hits: Vec<Hit>) -> Vec<Lint> {
        let tokens = &split.tokens;
        hits.sort_by_key(|h| (h.tokens.start, std::cmp::Reverse(h.tokens.end), h.rule));
        let mut out: Vec<Lint> = Vec::with_capacity(hits.len());
        let mut last_end = 0;
        for hit in hits {
            let span = tokens[hit.tokens.start].start..tokens[hit.tokens.end - 1].end;
            if span.start < last_end {
                continue;
            }
            last_end = span.end;
            let rule = &self.rules[hit.rule];
            let matched = &text[span.clone()];
            out.push(Lint {
                span,
                rule: rule.id.clone(),
                category: rule.category,
                message: rule.message.replace("{match}", matched),
                why: rule.why.clone(),
                suggestion: rule.suggestion.clone(),
                replacement: rule.replace.get(&normalize(matched)).cloned(),
            });
        }
        out
    }

    /// Every rule, for documentation and tests.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rules
            .iter()
            .map(|r| RuleInfo {
                id: r.id.clone(),
                category: r.category,
                message: r.message.clone(),
                has_suggestion: r.suggestion.is_some(),
                examples: (
                    r.examples.iter().filter(|e| e.flag.is_some()).count(),
                    r.examples.iter().filter(|e| e.allow.is_some()).count(),
                ),
            })
            .collect()
    }

    /// Runs every rule's examples; returns each one that does not hold.
    pub fn failing_examples(&self) -> Vec<ExampleFailure> {
        let mut failures = Vec::new();
        for rule in &self.rules {
            let opts = LintOptions {
                strict_jargon: rule.strict_only,
                ..LintOptions::default()
            };
            let fires = |sentence: &str| {
                self.rules_firing(sentence, &opts)
                    .contains(&rule.id.as_str())
            };
            for example in &rule.examples {
                if let Some(s) = &example.flag {
                    if !fires(s) {
                        failures.push(ExampleFailure {
                            rule: rule.id.clone(),
                            should_flag: true,
                            sentence: s.clone(),
                        });
                    }
                }
                if let Some(s) = &example.allow {
                    if fires(s) {
                        failures.push(ExampleFailure {
                            rule: rule.id.clone(),
                            should_flag: false,
                            sentence: s.clone(),
                        });
                    }
                }
            }
        }
        failures
    }

    /// The ids of every rule that fires on `text`, overlapping hints included.
    fn rules_firing(&self, text: &str, opts: &LintOptions) -> Vec<&str> {
        let (_, hits) = self.collect(text, opts);
        hits.iter()
            .map(|h| self.rules[h.rule].id.as_str())
            .collect()
    }

    /// Every literal word and glob stem in the rules, for the benchmark's bare scan.
    pub fn lexicon_words(&self) -> Vec<String> {
        let mut words = self.lexicon.words.clone();
        words.sort();
        words.dedup();
        words
    }
}

static BUNDLED: LazyLock<Result<Linter, LintError>> = LazyLock::new(Linter::bundled);

/// Checks `text` with the bundled rules (built once, on first use).
///
/// The bundled rules are checked by the test suite; should they ever fail to build, this
/// returns no hints rather than stopping the program.
pub fn lint(text: &str, opts: &LintOptions) -> Vec<Lint> {
    match &*BUNDLED {
        Ok(linter) => linter.lint(text, opts),
        Err(_) => Vec::new(),
    }
}
