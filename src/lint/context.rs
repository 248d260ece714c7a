//! Whose words are these? Marks the tokens of a sentence that quote a speaker, report a
//! named source, or belong to a labelled hypothesis. Configured by `context.toml`.

use std::ops::Range;

use serde::Deserialize;

use super::LintError;
use super::pattern::{Lexicon, Pattern, TokenAtoms, match_at};
use super::text::{Kind, Split};

/// Token inside the quotation of a named speaker.
pub(crate) const CITAAT: u8 = 1;
/// Token after a named source.
pub(crate) const BRON: u8 = 2;
/// Token inside a labelled and attributed hypothesis.
pub(crate) const HYPOTHESE: u8 = 4;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    speech: Vec<String>,
    complementizer: Vec<String>,
    source: Vec<String>,
    speech_passive: Vec<String>,
    own_words: Vec<String>,
    vague_source: Vec<String>,
    hypothesis_label: Vec<String>,
    hypothesis_owner: Vec<String>,
    hypothesis_inline: Vec<String>,
}

/// The compiled context configuration.
#[derive(Debug)]
pub(crate) struct ContextRules {
    speech: Group,
    complementizer: Group,
    source: Group,
    speech_passive: Group,
    own_words: Group,
    vague_source: Group,
    hypothesis_label: Group,
    hypothesis_owner: Group,
    hypothesis_inline: Group,
    self_subject: Pattern,
    contrast: Pattern,
    /// Negation words, for rules that allow a negated match.
    pub negation: Pattern,
    /// For each atom id: can it start one of the patterns above? Other tokens are skipped.
    starts: Vec<bool>,
}

/// Patterns of one kind, with the atoms that can start them: a token that cannot start any
/// of them is passed over without trying each pattern.
#[derive(Debug)]
struct Group {
    patterns: Vec<Pattern>,
    /// For each atom id: does some pattern of the group start with it?
    starts: Vec<bool>,
    /// Some pattern has no mandatory first token, so every position must be tried.
    floating: bool,
}

impl Group {
    fn new(patterns: Vec<Pattern>) -> Self {
        let floating = patterns.iter().any(|p| p.first_atoms().is_empty());
        Self {
            patterns,
            starts: Vec::new(),
            floating,
        }
    }

    /// Builds `starts` once the lexicon holds all atoms.
    fn index(&mut self, atom_count: usize) {
        self.starts = vec![false; atom_count];
        for &atom in self.patterns.iter().flat_map(Pattern::first_atoms) {
            self.starts[atom as usize] = true;
        }
    }
}

/// Everything the context detector needs about one text.
pub(crate) struct Doc<'a> {
    pub split: &'a Split,
    pub atoms: &'a TokenAtoms,
}

impl Doc<'_> {
    /// True if token `i` satisfies an atom marked in `starts`.
    fn may_start(&self, i: usize, starts: &[bool]) -> bool {
        self.atoms
            .of(i)
            .iter()
            .any(|&a| starts.get(a as usize).copied().unwrap_or(false))
    }

    /// First match of any of `patterns` starting at `pos` (within `end`).
    pub fn match_any(&self, patterns: &[Pattern], pos: usize, end: usize) -> Option<usize> {
        patterns
            .iter()
            .find_map(|p| match_at(&self.split.tokens, self.atoms, &p.steps, pos, end))
    }

    /// First match of any pattern of `group` starting at `pos` (within `end`).
    fn match_group(&self, group: &Group, pos: usize, end: usize) -> Option<usize> {
        if !group.floating && !self.may_start(pos, &group.starts) {
            return None;
        }
        self.match_any(&group.patterns, pos, end)
    }

    /// Start of the clause that token `i` is in, within `sentence`.
    pub fn clause_range(&self, i: usize, sentence: &Range<usize>) -> Range<usize> {
        let tokens = &self.split.tokens;
        let Some(clause) = tokens.get(i).map(|t| t.clause) else {
            return i..i;
        };
        let mut start = i;
        while start > sentence.start && tokens[start - 1].clause == clause {
            start -= 1;
        }
        let mut end = i;
        while end < sentence.end && tokens[end].clause == clause {
            end += 1;
        }
        start..end
    }
}

fn compile(lexicon: &mut Lexicon, sources: &[String]) -> Result<Vec<Pattern>, LintError> {
    sources.iter().map(|s| lexicon.compile(s)).collect()
}

impl ContextRules {
    /// Parses and compiles `context.toml`.
    pub fn parse(source: &str, lexicon: &mut Lexicon) -> Result<Self, LintError> {
        let file: ContextFile = toml::from_str(source).map_err(|e| LintError::Rule {
            rule: "context".to_owned(),
            detail: e.to_string(),
        })?;
        let mut rules = Self {
            speech: Group::new(compile(lexicon, &file.speech)?),
            complementizer: Group::new(compile(lexicon, &file.complementizer)?),
            source: Group::new(compile(lexicon, &file.source)?),
            speech_passive: Group::new(compile(lexicon, &file.speech_passive)?),
            own_words: Group::new(compile(lexicon, &file.own_words)?),
            vague_source: Group::new(compile(lexicon, &file.vague_source)?),
            hypothesis_label: Group::new(compile(lexicon, &file.hypothesis_label)?),
            hypothesis_owner: Group::new(compile(lexicon, &file.hypothesis_owner)?),
            hypothesis_inline: Group::new(compile(lexicon, &file.hypothesis_inline)?),
            self_subject: lexicon.compile("@ik")?,
            contrast: lexicon.compile("@tegenstelling")?,
            negation: lexicon.compile("@negatie")?,
            starts: Vec::new(),
        };
        let atom_count = lexicon.atom_count();
        let mut starts = vec![false; atom_count];
        for group in [
            &mut rules.speech,
            &mut rules.complementizer,
            &mut rules.source,
            &mut rules.speech_passive,
            &mut rules.own_words,
            &mut rules.vague_source,
            &mut rules.hypothesis_label,
            &mut rules.hypothesis_owner,
            &mut rules.hypothesis_inline,
        ] {
            group.index(atom_count);
            for (any, this) in starts.iter_mut().zip(&group.starts) {
                *any |= *this;
            }
        }
        for &atom in [&rules.self_subject, &rules.contrast]
            .into_iter()
            .flat_map(Pattern::first_atoms)
        {
            starts[atom as usize] = true;
        }
        rules.starts = starts;
        Ok(rules)
    }

    /// Context flags for the tokens of `sentence` (indexed from `sentence.start`).
    pub fn sentence_flags(&self, doc: &Doc<'_>, sentence: &Range<usize>) -> Vec<u8> {
        let tokens = &doc.split.tokens;
        let mut flags = vec![0u8; sentence.len()];
        let end = sentence.end;

        // Speech acts outside quotations, minus passive ones ("werd gezegd").
        let starts = &self.starts;
        let candidates: Vec<usize> = sentence
            .clone()
            .filter(|&i| doc.may_start(i, starts))
            .collect();
        let mut passive = vec![false; sentence.len()];
        for &i in &candidates {
            if let Some(to) = doc.match_group(&self.speech_passive, i, end) {
                for p in &mut passive[i - sentence.start..to - sentence.start] {
                    *p = true;
                }
            }
        }
        // (trigger, where the source's words start)
        let mut triggers = Vec::new();
        for &i in &candidates {
            if tokens[i].quote != 0 || passive[i - sentence.start] {
                continue;
            }
            if doc.match_group(&self.own_words, i, end).is_some() {
                continue;
            }
            if let Some(to) = doc.match_group(&self.source, i, end) {
                triggers.push((i..to, i));
            } else if let Some(to) = doc.match_group(&self.speech, i, end) {
                let words = (to..end.min(to + 12))
                    .take_while(|&k| !matches!(tokens[k].kind, Kind::Punct(';')))
                    .find(|&k| {
                        doc.may_start(k, starts)
                            && doc.match_group(&self.complementizer, k, end).is_some()
                    });
                triggers.push((i..to, words.unwrap_or(end)));
            }
        }

        // Quotations of a speaker: a speech act in the sentence, or a colon before it.
        let quotes = &doc.split.quotes;
        let first = quotes.partition_point(|q| q.open < sentence.start);
        for quote in quotes[first..].iter().take_while(|q| q.open < end) {
            let colon = quote.open > sentence.start
                && matches!(tokens[quote.open - 1].kind, Kind::Punct(':'));
            if colon || !triggers.is_empty() {
                let stop = quote.end.min(end);
                for f in &mut flags[quote.open - sentence.start..stop - sentence.start] {
                    *f |= CITAAT;
                }
            }
        }

        // Named sources: from the speech act to a contrast or the writer's own clause.
        for (trigger, words) in &triggers {
            if *words < end && self.is_attribution(doc, sentence, trigger) {
                let stop = self.attribution_end(doc, *words.max(&trigger.end), end);
                let from = (*words).min(stop);
                for f in &mut flags[from - sentence.start..stop - sentence.start] {
                    *f |= BRON;
                }
            }
        }

        // Labelled hypotheses.
        if let Some(from) = self.hypothesis_start(doc, sentence, &candidates) {
            for f in &mut flags[from - sentence.start..] {
                *f |= HYPOTHESE;
            }
        }
        flags
    }

    fn is_attribution(
        &self,
        doc: &Doc<'_>,
        sentence: &Range<usize>,
        trigger: &Range<usize>,
    ) -> bool {
        let end = sentence.end;
        let clause = doc.clause_range(trigger.start, sentence);
        let before = clause.start..trigger.start;
        let self_before = before.clone().any(|i| {
            doc.match_any(std::slice::from_ref(&self.self_subject), i, end)
                .is_some()
        });
        let self_after = (trigger.end..(trigger.end + 1).min(end)).any(|i| {
            doc.match_any(std::slice::from_ref(&self.self_subject), i, end)
                .is_some()
        });
        if self_before || self_after {
            return false;
        }
        let vague = before
            .chain(std::iter::once(trigger.end))
            .filter(|&i| i < end)
            .any(|i| doc.match_group(&self.vague_source, i, end).is_some());
        !vague
    }

    fn attribution_end(&self, doc: &Doc<'_>, from: usize, end: usize) -> usize {
        let tokens = &doc.split.tokens;
        let contrast = std::slice::from_ref(&self.contrast);
        let own = std::slice::from_ref(&self.self_subject);
        for k in from..end {
            let boundary = tokens[k].is_boundary();
            if tokens[k].quote != 0 || !(boundary || doc.may_start(k, &self.starts)) {
                continue;
            }
            if doc.match_any(contrast, k, end).is_some() {
                return k;
            }
            if matches!(tokens[k].kind, Kind::Punct(',' | ';')) {
                let own_clause = (k + 1..(k + 5).min(end))
                    .take_while(|&j| !tokens[j].is_boundary())
                    .any(|j| {
                        doc.match_any(own, j, end).is_some()
                            || doc.match_any(contrast, j, end).is_some()
                    });
                if own_clause {
                    return k;
                }
            }
        }
        end
    }

    fn hypothesis_start(
        &self,
        doc: &Doc<'_>,
        sentence: &Range<usize>,
        candidates: &[usize],
    ) -> Option<usize> {
        let tokens = &doc.split.tokens;
        let end = sentence.end;
        let colon = sentence
            .clone()
            .find(|&i| tokens[i].quote == 0 && matches!(tokens[i].kind, Kind::Punct(':')));
        if let Some(colon) = colon {
            let head = candidates.iter().copied().take_while(|&i| i < colon);
            let label = head
                .clone()
                .any(|i| doc.match_group(&self.hypothesis_label, i, end).is_some());
            let owner = head
                .clone()
                .any(|i| doc.match_group(&self.hypothesis_owner, i, end).is_some());
            if label && owner {
                return Some(sentence.start);
            }
        }
        candidates
            .iter()
            .copied()
            .find(|&i| doc.match_group(&self.hypothesis_inline, i, end).is_some())
    }
}
