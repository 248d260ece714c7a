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

mod category;
mod context;
mod pattern;
mod rule;
mod structure;
mod text;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use self::category::Category;
use self::context::{BRON, CITAAT, ContextRules, Doc, HYPOTHESE};
use self::pattern::{ClassDef, Lexicon, TokenAtoms, match_after_first};
use self::rule::{Context, Rule};
use self::text::normalize;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/lint_rules.rs"));
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
    /// Where it was kept (a place key of the caller's; empty: everywhere). The engine does
    /// not read it: callers pass only the suppressions of the text's own place.
    #[serde(default)]
    pub place: String,
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
    /// Kept by the user with a reason: not given, but it still covers its span, so a
    /// smaller hint inside it does not surface in its place.
    suppressed: bool,
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
    ///
    /// Each paragraph (see [`ParagraphCache`]) is checked on its own and the results are
    /// joined by the same code as in [`Linter::lint_cached`], so both give the same hints.
    /// Linear in the length of the text, however long a sentence is.
    pub fn lint(&self, text: &str, opts: &LintOptions) -> Vec<Lint> {
        let checked: Vec<(usize, Checked)> = text::paragraphs(text)
            .into_iter()
            .map(|range| (range.start, self.check_paragraph(&text[range], opts)))
            .collect();
        self.join(text, checked.iter().map(|(at, c)| (*at, c)))
    }

    /// Checks one paragraph: every kept hit (overlaps included) and the abbreviations it
    /// defines. Depends on nothing but the paragraph and the options.
    fn check_paragraph(&self, paragraph: &str, opts: &LintOptions) -> Checked {
        let (split, hits) = self.collect(paragraph, opts);
        let tokens = &split.tokens;
        let mut found: Vec<Found> = hits
            .iter()
            .map(|h| Found {
                span: tokens[h.tokens.start].start..tokens[h.tokens.end - 1].end,
                rule: h.rule as u32,
                suppressed: h.suppressed,
            })
            .collect();
        found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end), f.rule));
        found.dedup_by(|a, b| a.span == b.span && a.rule == b.rule);
        let mut defined: Vec<String> = defined_abbreviations(paragraph, &split)
            .into_iter()
            .map(str::to_owned)
            .collect();
        defined.sort();
        defined.dedup();
        Checked { found, defined }
    }

    /// Joins checked paragraphs (with their byte offsets, in text order) into hints: drops
    /// hints on abbreviations defined anywhere in the text, then overlapping hints.
    fn join<'c>(
        &self,
        text: &str,
        checked: impl Iterator<Item = (usize, &'c Checked)> + Clone,
    ) -> Vec<Lint> {
        let defined: HashSet<&str> = checked
            .clone()
            .flat_map(|(_, c)| c.defined.iter().map(String::as_str))
            .collect();
        let mut out: Vec<Lint> = Vec::new();
        let mut last_end = 0;
        for (at, c) in checked {
            for f in &c.found {
                let span = f.span.start + at..f.span.end + at;
                let rule = &self.rules[f.rule as usize];
                let matched = &text[span.clone()];
                if span.start < last_end
                    || (rule.allow_after_definition && defined.contains(matched))
                {
                    continue;
                }
                last_end = span.end;
                if f.suppressed {
                    continue;
                }
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
        }
        out
    }

    fn collect(&self, text: &str, opts: &LintOptions) -> (text::Split, Vec<Hit>) {
        let split = text::split(text);
        let mut atoms = TokenAtoms {
            ids: Vec::with_capacity(split.tokens.len() * 2),
            offsets: Vec::with_capacity(split.tokens.len() + 1),
        };
        let mut buf = String::new();
        // Words repeat: classify each distinct spelling once.
        let mut seen: pattern::FxMap<&str, (usize, usize)> = pattern::FxMap::default();
        atoms.offsets.push(0);
        for token in &split.tokens {
            let from = atoms.ids.len();
            let word = &text[token.start..token.end];
            if token.kind == text::Kind::Word {
                if let Some(&(a, b)) = seen.get(word) {
                    atoms.ids.extend_from_within(a..b);
                } else {
                    self.lexicon.classify(text, token, &mut buf, &mut atoms.ids);
                    seen.insert(word, (from, atoms.ids.len()));
                }
            } else {
                self.lexicon.classify(text, token, &mut buf, &mut atoms.ids);
            }
            atoms.offsets.push(atoms.ids.len());
        }
        let doc = Doc::new(&split, &atoms);
        let vocabulary: Vec<String> = opts
            .vocabulary
            .iter()
            .map(|w| normalize(w.trim()))
            .collect();
        let mut hits = Vec::new();
        let mut memo = SentenceMemo::default();
        for (s, sentence) in split.sentences.iter().enumerate() {
            let before = hits.len();
            for i in sentence.clone() {
                for &atom in atoms.of(i) {
                    for &(r, p) in &self.first[atom as usize] {
                        let rule = &self.rules[r as usize];
                        if rule.strict_only && !opts.strict_jargon {
                            continue;
                        }
                        let pattern = &rule.patterns[p as usize];
                        if let Some(end) =
                            match_after_first(&split.tokens, &atoms, pattern, i, sentence.end)
                        {
                            hits.push(Hit {
                                rule: r as usize,
                                tokens: i..end,
                                sentence: s,
                                suppressed: false,
                            });
                        }
                    }
                }
            }
            structure::detect(self, text, &split, s, &mut hits, before);
            if hits.len() > before {
                // Cheap checks first; whose words these are only for the hints left.
                // Sentence-level conditions are computed once per (rule, sentence).
                memo.clear();
                let mut flags: Option<Vec<u8>> = None;
                let mut k = before;
                while k < hits.len() {
                    let keep = self.keep(text, &doc, &hits[k], &mut memo, &vocabulary) && {
                        let flags = flags
                            .get_or_insert_with(|| self.context.sentence_flags(&doc, sentence));
                        self.in_writers_words(&hits[k], sentence, flags)
                    };
                    if keep {
                        hits[k].suppressed = self.is_suppressed(text, &doc, &hits[k], opts);
                        k += 1;
                    } else {
                        hits.swap_remove(k);
                    }
                }
            }
        }
        (split, hits)
    }

    fn keep(
        &self,
        text: &str,
        doc: &Doc<'_>,
        hit: &Hit,
        memo: &mut SentenceMemo,
        vocabulary: &[String],
    ) -> bool {
        let rule = &self.rules[hit.rule];
        let Some(sentence) = doc.split.sentences.get(hit.sentence) else {
            return false;
        };
        let end = sentence.end;
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
        if memo.sentence_allows(hit.rule, || {
            (!rule.allow_if_sentence_has.is_empty()
                && doc.found_in(&rule.allow_if_sentence_has, sentence.clone()))
                || (!rule.allow_if_sentence_has_all.is_empty()
                    && rule
                        .allow_if_sentence_has_all
                        .iter()
                        .all(|group| doc.found_in(group, sentence.clone())))
        }) {
            return false;
        }
        if !rule.allow_if_clause_has.is_empty() {
            let clause = doc.clause_range(hit.tokens.start, sentence);
            let clause = clause.start..doc.clause_range(hit.tokens.end - 1, sentence).end;
            let starts = memo.match_starts(hit.rule, || {
                doc.match_starts(&rule.allow_if_clause_has, sentence)
            });
            if starts.any_in(clause.start - sentence.start..clause.end - sentence.start) {
                return false;
            }
        }
        if rule.allow_when_negated {
            let clause = doc.clause_range(hit.tokens.start, sentence);
            let from = hit.tokens.start.saturating_sub(5).max(clause.start);
            let negation = std::slice::from_ref(&self.context.negation);
            if doc.found_in(negation, from..hit.tokens.start) {
                return false;
            }
        }
        if vocabulary.is_empty() {
            return true;
        }
        let tokens = &doc.split.tokens;
        let span = tokens[hit.tokens.start].start..tokens[hit.tokens.end - 1].end;
        let matched_norm = normalize(&text[span]);
        let vocabulary_hit = vocabulary.iter().any(|word| {
            *word == matched_norm
                || hit
                    .tokens
                    .clone()
                    .any(|i| normalize(&text[tokens[i].start..tokens[i].end]) == *word)
        });
        !vocabulary_hit
    }

    /// Whether the user kept this hit with a reason (rule and words as kept).
    fn is_suppressed(&self, text: &str, doc: &Doc<'_>, hit: &Hit, opts: &LintOptions) -> bool {
        if opts.suppressions.is_empty() {
            return false;
        }
        let rule = &self.rules[hit.rule];
        let tokens = &doc.split.tokens;
        let span = tokens[hit.tokens.start].start..tokens[hit.tokens.end - 1].end;
        let matched_norm = normalize(&text[span]);
        opts.suppressions
            .iter()
            .any(|s| s.rule == rule.id && normalize(s.matched.trim()) == matched_norm)
    }

    /// False when the hit lies in a quotation, a named source's words or a labelled
    /// hypothesis and its rule does not flag there.
    fn in_writers_words(&self, hit: &Hit, sentence: &Range<usize>, flags: &[u8]) -> bool {
        let rule = &self.rules[hit.rule];
        let flag = flags
            .get(hit.tokens.start - sentence.start)
            .copied()
            .unwrap_or(0);
        [
            (CITAAT, Context::Citaat),
            (BRON, Context::Bron),
            (HYPOTHESE, Context::Hypothese),
        ]
        .into_iter()
        .all(|(bit, context)| flag & bit == 0 || rule.flag_in.contains(&context))
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
                if let Some(s) = &example.flag
                    && !fires(s)
                {
                    failures.push(ExampleFailure {
                        rule: rule.id.clone(),
                        should_flag: true,
                        sentence: s.clone(),
                    });
                }
                if let Some(s) = &example.allow
                    && fires(s)
                {
                    failures.push(ExampleFailure {
                        rule: rule.id.clone(),
                        should_flag: false,
                        sentence: s.clone(),
                    });
                }
            }
        }
        failures
    }

    /// The ids of every rule that fires on `text`, overlapping hints included.
    fn rules_firing(&self, text: &str, opts: &LintOptions) -> Vec<&str> {
        let checked: Vec<Checked> = text::paragraphs(text)
            .into_iter()
            .map(|range| self.check_paragraph(&text[range], opts))
            .collect();
        let defined: HashSet<&str> = checked
            .iter()
            .flat_map(|c| c.defined.iter().map(String::as_str))
            .collect();
        let mut ids = Vec::new();
        for (range, c) in text::paragraphs(text).into_iter().zip(&checked) {
            let paragraph = &text[range];
            for f in c.found.iter().filter(|f| !f.suppressed) {
                let rule = &self.rules[f.rule as usize];
                if !(rule.allow_after_definition && defined.contains(&paragraph[f.span.clone()])) {
                    ids.push(rule.id.as_str());
                }
            }
        }
        ids
    }

    /// Every literal word and glob stem in the rules, for the benchmark's bare scan.
    pub fn lexicon_words(&self) -> Vec<String> {
        let mut words = self.lexicon.words.clone();
        words.sort();
        words.dedup();
        words
    }
}

/// The result of checking one paragraph, before hints are joined.
#[derive(Debug, Clone)]
struct Checked {
    /// Kept hits (byte spans in the paragraph), sorted by start, longest first; overlaps
    /// are resolved when joining.
    found: Vec<Found>,
    /// Words the paragraph defines in brackets, as in "Veilig Thuis (VT)".
    defined: Vec<String>,
}

/// One kept hit in a paragraph.
#[derive(Debug, Clone)]
struct Found {
    span: Range<usize>,
    rule: u32,
    /// Kept by the user: takes its place among overlapping hits, but is not given.
    suppressed: bool,
}

/// Positions in one sentence where some pattern of a list starts a match, as a prefix
/// count, so that "does this clause contain one?" is answered in constant time.
#[derive(Debug, Default)]
pub(crate) struct MatchStarts {
    /// `before[k]`: matches starting before sentence token `k`.
    before: Vec<u32>,
}

impl MatchStarts {
    /// From one flag per token of the sentence.
    pub fn from_flags(flags: impl Iterator<Item = bool>) -> Self {
        let mut before = vec![0];
        let mut count = 0;
        for flag in flags {
            count += u32::from(flag);
            before.push(count);
        }
        Self { before }
    }

    /// True if a match starts at a sentence token in `range` (indexed from the sentence
    /// start).
    pub fn any_in(&self, range: Range<usize>) -> bool {
        let at = |k: usize| {
            self.before
                .get(k)
                .or(self.before.last())
                .copied()
                .unwrap_or(0)
        };
        range.start < range.end && at(range.end) > at(range.start)
    }
}

/// Sentence-level conditions of the rules, computed at most once per (rule, sentence).
#[derive(Debug, Default)]
struct SentenceMemo {
    /// Rule index → does a sentence-level condition allow the rule's hits?
    allows: pattern::FxMap<usize, bool>,
    /// Rule index → where its `allow_if_clause_has` patterns start.
    clause_starts: pattern::FxMap<usize, MatchStarts>,
}

impl SentenceMemo {
    fn clear(&mut self) {
        self.allows.clear();
        self.clause_starts.clear();
    }

    fn sentence_allows(&mut self, rule: usize, compute: impl FnOnce() -> bool) -> bool {
        *self.allows.entry(rule).or_insert_with(compute)
    }

    fn match_starts(&mut self, rule: usize, compute: impl FnOnce() -> MatchStarts) -> &MatchStarts {
        self.clause_starts.entry(rule).or_insert_with(compute)
    }
}

/// Checked paragraphs of the last text, so that re-linting a long field after an edit
/// only checks the paragraphs that changed. See [`Linter::lint_cached`].
///
/// A paragraph is a run of lines that are not blank; a line that holds only whitespace
/// (spaces, tabs, no-break spaces, vertical tabs …) separates paragraphs. Sentences and
/// quotations end at a paragraph break, so a paragraph's hints depend on nothing else
/// (except abbreviations defined in brackets, which count for the whole text).
#[derive(Debug, Default)]
pub struct ParagraphCache {
    opts: LintOptions,
    paragraphs: HashMap<String, Checked>,
    checked: usize,
}

impl ParagraphCache {
    /// How many paragraphs were actually checked so far (for tests and diagnostics).
    pub fn paragraphs_checked(&self) -> usize {
        self.checked
    }
}

impl Linter {
    /// Like [`Linter::lint`], but checks only paragraphs that are not in `cache` yet; for
    /// re-linting a long field while the user types. Gives the same hints as `lint`: both
    /// check each paragraph with the same function and join the results the same way.
    pub fn lint_cached(
        &self,
        text: &str,
        opts: &LintOptions,
        cache: &mut ParagraphCache,
    ) -> Vec<Lint> {
        if cache.opts != *opts {
            cache.paragraphs.clear();
            cache.opts = opts.clone();
        }
        let mut previous = std::mem::take(&mut cache.paragraphs);
        let ranges = text::paragraphs(text);
        for range in &ranges {
            let paragraph = &text[range.clone()];
            if cache.paragraphs.contains_key(paragraph) {
                continue;
            }
            let checked = previous.remove(paragraph).unwrap_or_else(|| {
                cache.checked += 1;
                self.check_paragraph(paragraph, opts)
            });
            cache.paragraphs.insert(paragraph.to_owned(), checked);
        }
        let paragraphs = &cache.paragraphs;
        self.join(
            text,
            ranges
                .iter()
                .filter_map(|r| Some((r.start, paragraphs.get(&text[r.clone()])?))),
        )
    }
}

/// Words written between brackets right after their full form, as in "Veilig Thuis (VT)".
fn defined_abbreviations<'t>(text: &'t str, split: &text::Split) -> Vec<&'t str> {
    split
        .tokens
        .windows(3)
        .filter(|w| {
            matches!(w[0].kind, text::Kind::Punct('('))
                && w[1].kind == text::Kind::Word
                && matches!(w[2].kind, text::Kind::Punct(')'))
        })
        .map(|w| &text[w[1].start..w[1].end])
        .collect()
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
