//! Whose words are these? Marks the tokens of a sentence that quote a speaker, report a
//! named source, or belong to a labelled hypothesis. Configured by `context.toml`.

use std::ops::Range;

use serde::Deserialize;

use super::pattern::{Lexicon, Pattern, TokenAtoms, match_at};
use super::text::{Kind, Split};
use super::{LintError, MatchStarts};

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
    /// For each token: the token range of its clause (clauses never cross sentences).
    clauses: Vec<(u32, u32)>,
}

impl<'a> Doc<'a> {
    /// Indexes the clauses of `split` (one pass).
    pub fn new(split: &'a Split, atoms: &'a TokenAtoms) -> Self {
        let tokens = &split.tokens;
        let mut clauses = vec![(0, 0); tokens.len()];
        let mut start = 0;
        for i in 1..=tokens.len() {
            if i == tokens.len() || tokens[i].clause != tokens[start].clause {
                for c in &mut clauses[start..i] {
                    *c = (start as u32, i as u32);
                }
                start = i;
            }
        }
        Self {
            split,
            atoms,
            clauses,
        }
    }
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

    /// True if some pattern of `patterns` matches at a token of `range` (matches may run on
    /// to the end of the sentence `range` lies in).
    pub fn found_in(&self, patterns: &[Pattern], range: Range<usize>) -> bool {
        let end = self.sentence_end(range.start);
        range
            .into_iter()
            .any(|i| self.match_any(patterns, i, end).is_some())
    }

    /// Where in `sentence` some pattern of `patterns` starts a match (one pass).
    pub fn match_starts(&self, patterns: &[Pattern], sentence: &Range<usize>) -> MatchStarts {
        MatchStarts::from_flags(
            sentence
                .clone()
                .map(|i| self.match_any(patterns, i, sentence.end).is_some()),
        )
    }

    /// End of the sentence that token `i` is in.
    fn sentence_end(&self, i: usize) -> usize {
        let sentences = &self.split.sentences;
        let at = sentences.partition_point(|s| s.end <= i);
        sentences.get(at).map_or(i, |s| s.end)
    }

    /// First match of any pattern of `group` starting at `pos` (within `end`).
    fn match_group(&self, group: &Group, pos: usize, end: usize) -> Option<usize> {
        if !group.floating && !self.may_start(pos, &group.starts) {
            return None;
        }
        self.match_any(&group.patterns, pos, end)
    }

    /// The clause that token `i` is in, within `sentence` (constant time).
    pub fn clause_range(&self, i: usize, sentence: &Range<usize>) -> Range<usize> {
        let Some(&(start, end)) = self.clauses.get(i) else {
            return i..i;
        };
        (start as usize).max(sentence.start)..(end as usize).min(sentence.end)
    }
}

/// Marks `ranges` (token ranges within `sentence`) in `flags` with `bit`, in one pass however
/// much the ranges overlap.
fn mark(flags: &mut [u8], sentence_start: usize, ranges: &[Range<usize>], bit: u8) {
    if ranges.is_empty() {
        return;
    }
    let mut depth = vec![0i32; flags.len() + 1];
    for r in ranges {
        if r.start < r.end {
            depth[r.start - sentence_start] += 1;
            depth[r.end - sentence_start] -= 1;
        }
    }
    let mut open = 0;
    for (f, d) in flags.iter_mut().zip(&depth) {
        open += d;
        if open > 0 {
            *f |= bit;
        }
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

    /// Context flags for the tokens of `sentence` (indexed from `sentence.start`). Linear
    /// in the length of the sentence: each token is tried against each group once.
    pub fn sentence_flags(&self, doc: &Doc<'_>, sentence: &Range<usize>) -> Vec<u8> {
        let tokens = &doc.split.tokens;
        let s0 = sentence.start;
        let mut flags = vec![0u8; sentence.len()];
        let end = sentence.end;

        // Speech acts outside quotations, minus passive ones ("werd gezegd").
        let starts = &self.starts;
        let candidates: Vec<usize> = sentence
            .clone()
            .filter(|&i| doc.may_start(i, starts))
            .collect();
        let passive_ranges: Vec<Range<usize>> = candidates
            .iter()
            .filter_map(|&i| Some(i..doc.match_group(&self.speech_passive, i, end)?))
            .collect();
        let mut passive = vec![0u8; sentence.len()];
        mark(&mut passive, s0, &passive_ranges, 1);
        // (trigger, where the source's words start)
        let mut triggers = Vec::new();
        for &i in &candidates {
            if tokens[i].quote != 0 || passive[i - s0] != 0 {
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
                for f in &mut flags[quote.open - s0..stop - s0] {
                    *f |= CITAAT;
                }
            }
        }

        // Named sources: from the speech act to a contrast or the writer's own clause.
        if !triggers.is_empty() {
            let scan = SourceScan::new(self, doc, sentence);
            let ranges: Vec<Range<usize>> = triggers
                .iter()
                .filter(|(trigger, words)| *words < end && scan.is_attribution(trigger))
                .map(|(trigger, words)| {
                    let stop = scan.attribution_end(*words.max(&trigger.end));
                    (*words).min(stop)..stop
                })
                .collect();
            mark(&mut flags, s0, &ranges, BRON);
        }

        // Labelled hypotheses.
        if let Some(from) = self.hypothesis_start(doc, sentence, &candidates) {
            for f in &mut flags[from - s0..] {
                *f |= HYPOTHESE;
            }
        }
        flags
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

/// What the attribution of a named source needs about one sentence, computed in one pass:
/// where the writer speaks ("ik"), where a vague source or a contrast stands, and for each
/// token the first place at or after it where a source's words stop.
struct SourceScan<'d, 'a> {
    doc: &'d Doc<'a>,
    sentence: Range<usize>,
    /// Writer as subject ("ik", "wij") at each token, as a prefix count.
    own: MatchStarts,
    own_at: Vec<bool>,
    /// A vague source ("iemand", "men") at each token, as a prefix count.
    vague: MatchStarts,
    vague_at: Vec<bool>,
    /// For each token: the first token at or after it where a source's words stop.
    next_stop: Vec<usize>,
}

impl<'d, 'a> SourceScan<'d, 'a> {
    fn new(rules: &ContextRules, doc: &'d Doc<'a>, sentence: &Range<usize>) -> Self {
        let tokens = &doc.split.tokens;
        let end = sentence.end;
        let s0 = sentence.start;
        let own_pattern = std::slice::from_ref(&rules.self_subject);
        let contrast = std::slice::from_ref(&rules.contrast);
        let own_at: Vec<bool> = sentence
            .clone()
            .map(|i| doc.match_any(own_pattern, i, end).is_some())
            .collect();
        let vague_at: Vec<bool> = sentence
            .clone()
            .map(|i| doc.match_group(&rules.vague_source, i, end).is_some())
            .collect();
        let contrast_at: Vec<bool> = sentence
            .clone()
            .map(|i| doc.match_any(contrast, i, end).is_some())
            .collect();
        let mut next_stop = vec![end; sentence.len() + 1];
        for k in sentence.clone().rev() {
            let boundary = tokens[k].is_boundary();
            let candidate = tokens[k].quote == 0 && (boundary || doc.may_start(k, &rules.starts));
            let stops = candidate
                && (contrast_at[k - s0]
                    || (matches!(tokens[k].kind, Kind::Punct(',' | ';'))
                        && (k + 1..(k + 5).min(end))
                            .take_while(|&j| !tokens[j].is_boundary())
                            .any(|j| own_at[j - s0] || contrast_at[j - s0])));
            next_stop[k - s0] = if stops { k } else { next_stop[k - s0 + 1] };
        }
        Self {
            doc,
            sentence: sentence.clone(),
            own: MatchStarts::from_flags(own_at.iter().copied()),
            own_at,
            vague: MatchStarts::from_flags(vague_at.iter().copied()),
            vague_at,
            next_stop,
        }
    }

    /// A speech act is an attribution unless the writer is its subject or the source is
    /// vague.
    fn is_attribution(&self, trigger: &Range<usize>) -> bool {
        let s0 = self.sentence.start;
        let clause = self.doc.clause_range(trigger.start, &self.sentence);
        let before = clause.start - s0..trigger.start - s0;
        let after = trigger.end - s0;
        let at = |v: &[bool]| v.get(after).copied().unwrap_or(false);
        !(self.own.any_in(before.clone())
            || at(&self.own_at)
            || self.vague.any_in(before)
            || at(&self.vague_at))
    }

    /// Where the source's words that start at `from` stop.
    fn attribution_end(&self, from: usize) -> usize {
        let s0 = self.sentence.start;
        self.next_stop
            .get(from.max(s0) - s0)
            .copied()
            .unwrap_or(self.sentence.end)
    }
}
