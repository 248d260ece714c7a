//! The pattern language of the rule files, compiled against one shared lexicon.
//!
//! A pattern is a space-separated list of steps:
//! - `word` one token, compared case-insensitively with diacritics folded and `ĳ` as `ij`;
//! - `ge*d`, `*stoornis` a glob (`*` is any run of letters);
//! - `=VT` the exact, case-sensitive spelling (for abbreviations);
//! - `@class` any word of a class in `classes.toml`; `#` a number (digits or a number word);
//!   `_` any word or number;
//! - `:` `(` `,` … a punctuation mark;
//! - `a|b|c` one of these; a step ending in `?` is optional;
//! - `..N` up to N words (never across punctuation);
//! - `$` the end of a clause.
//!
//! Every distinct token test ("atom") gets an id; each token of a text is looked up once
//! and gets the sorted list of atom ids it satisfies, so matching compares integers.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Deserialize;

use super::LintError;
use super::text::{Kind, Token, normalize, normalize_into};

/// A small, fast hasher for short keys (FxHash).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// One word class from `classes.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClassDef {
    /// Words or globs.
    pub words: Vec<String>,
    /// Words that a glob must not catch.
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// A glob split at its `*`s.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Glob {
    parts: Vec<String>,
}

impl Glob {
    fn new(pattern: &str) -> Self {
        Self {
            parts: pattern.split('*').map(normalize).collect(),
        }
    }

    fn matches(&self, word: &str) -> bool {
        let Some((first, rest)) = self.parts.split_first() else {
            return false;
        };
        let Some((last, middle)) = rest.split_last() else {
            return word == first;
        };
        if word.len() < first.len() + last.len() + 1
            || !word.starts_with(first.as_str())
            || !word.ends_with(last.as_str())
        {
            return false;
        }
        let mut inner = &word[first.len()..word.len() - last.len()];
        for part in middle {
            match inner.find(part.as_str()) {
                Some(at) => inner = &inner[at + part.len()..],
                None => return false,
            }
        }
        true
    }
}

/// One step of a compiled pattern.
#[derive(Debug, Clone)]
pub(crate) enum Step {
    /// A token satisfying one of these atoms.
    Token { atoms: Vec<u32>, optional: bool },
    /// Up to this many words.
    Gap(usize),
    /// The end of a clause (punctuation or end of sentence), not consumed.
    End,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The steps.
    pub steps: Vec<Step>,
}

impl Pattern {
    /// Atoms the first step can match (patterns must start with a required token).
    pub fn first_atoms(&self) -> &[u32] {
        match self.steps.first() {
            Some(Step::Token {
                atoms,
                optional: false,
            }) => atoms,
            _ => &[],
        }
    }
}

/// All atoms of all patterns, with the lookup tables to classify tokens.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    classes: HashMap<String, ClassDef>,
    atom_ids: HashMap<String, u32>,
    atom_count: u32,
    literal: FxMap<String, Vec<u32>>,
    exact: FxMap<String, Vec<u32>>,
    exclude: FxMap<String, Vec<u32>>,
    globs: Vec<(Glob, Vec<u32>)>,
    globs_by_first: Vec<Vec<usize>>,
    globs_by_last: Vec<Vec<usize>>,
    globs_any: Vec<usize>,
    number: Vec<u32>,
    any_word: Vec<u32>,
    /// Every literal word, for the benchmark's bare scan.
    pub words: Vec<String>,
}

impl Lexicon {
    /// A lexicon that knows the given classes.
    pub fn new(classes: HashMap<String, ClassDef>) -> Self {
        Self {
            classes,
            globs_by_first: vec![Vec::new(); 256],
            globs_by_last: vec![Vec::new(); 256],
            ..Self::default()
        }
    }

    fn add_word(&mut self, word: &str, id: u32) {
        if let Some(exact) = word.strip_prefix('=') {
            self.exact
                .entry(exact.replace('ĳ', "ij"))
                .or_default()
                .push(id);
            self.words.push(exact.to_owned());
        } else if word.contains('*') {
            let glob = Glob::new(word);
            if let Some(at) = self.globs.iter().position(|(g, _)| *g == glob) {
                if !self.globs[at].1.contains(&id) {
                    self.globs[at].1.push(id);
                }
                return;
            }
            let at = self.globs.len();
            let first = glob.parts.first().and_then(|p| p.bytes().next());
            let last = glob.parts.last().and_then(|p| p.bytes().last());
            match (first, last) {
                (Some(b), _) => self.globs_by_first[usize::from(b)].push(at),
                (None, Some(b)) => self.globs_by_last[usize::from(b)].push(at),
                (None, None) => self.globs_any.push(at),
            }
            self.words.push(word.replace('*', ""));
            self.globs.push((glob, vec![id]));
        } else {
            let norm = normalize(word);
            self.words.push(norm.clone());
            let ids = self.literal.entry(norm).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// The atom id of one alternative (`word`, `ge*d`, `=VT`, `@class`, `#`, `:`).
    fn atom(&mut self, spec: &str) -> Result<u32, LintError> {
        if let Some(&id) = self.atom_ids.get(spec) {
            return Ok(id);
        }
        let id = self.atom_count;
        self.atom_count += 1;
        self.atom_ids.insert(spec.to_owned(), id);
        if spec == "_" {
            self.any_word.push(id);
            return Ok(id);
        }
        let class_name = if spec == "#" {
            Some("getal")
        } else {
            spec.strip_prefix('@')
        };
        if let Some(name) = class_name {
            let Some(class) = self.classes.get(name) else {
                return Err(LintError::Pattern(format!(
                    "onbekende woordklasse '@{name}'"
                )));
            };
            let words = class.words.clone();
            let exclude = class.exclude.clone();
            for word in &words {
                self.add_word(word, id);
            }
            for word in &exclude {
                self.exclude.entry(normalize(word)).or_default().push(id);
            }
            if name == "getal" {
                self.number.push(id);
            }
        } else {
            self.add_word(spec, id);
        }
        Ok(id)
    }

    /// Compiles one pattern.
    pub fn compile(&mut self, source: &str) -> Result<Pattern, LintError> {
        let mut steps = Vec::new();
        for part in source.split_whitespace() {
            if part == "$" {
                steps.push(Step::End);
            } else if let Some(n) = part.strip_prefix("..") {
                let n = n
                    .parse()
                    .map_err(|_| LintError::Pattern(format!("'{part}' in '{source}'")))?;
                steps.push(Step::Gap(n));
            } else {
                let (body, optional) = match part.strip_suffix('?') {
                    Some(body) if !body.is_empty() => (body, true),
                    _ => (part, false),
                };
                let mut atoms = Vec::new();
                for alt in body.split('|').filter(|a| !a.is_empty()) {
                    atoms.push(self.atom(alt)?);
                }
                if atoms.is_empty() {
                    return Err(LintError::Pattern(format!("lege stap in '{source}'")));
                }
                steps.push(Step::Token { atoms, optional });
            }
        }
        let pattern = Pattern { steps };
        if pattern.first_atoms().is_empty() {
            return Err(LintError::Pattern(format!(
                "'{source}' moet met een verplicht woord beginnen"
            )));
        }
        Ok(pattern)
    }

    /// Number of atoms.
    pub fn atom_count(&self) -> usize {
        self.atom_count as usize
    }

    /// Appends the atom ids that `token` satisfies to `out` (few per token, unsorted).
    pub fn classify(&self, text: &str, token: &Token, buf: &mut String, out: &mut Vec<u32>) {
        let from = out.len();
        let original = &text[token.start..token.end];
        match token.kind {
            Kind::Number => {
                out.extend_from_slice(&self.number);
                out.extend_from_slice(&self.any_word);
            }
            Kind::Punct(_) => {
                if let Some(ids) = self.literal.get(original) {
                    out.extend_from_slice(ids);
                }
            }
            Kind::Word => {
                out.extend_from_slice(&self.any_word);
                normalize_into(original, buf);
                if let Some(ids) = self.literal.get(buf.as_str()) {
                    out.extend_from_slice(ids);
                }
                let bytes = buf.as_bytes();
                if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
                    let candidates = self.globs_by_first[usize::from(first)]
                        .iter()
                        .chain(&self.globs_by_last[usize::from(last)])
                        .chain(&self.globs_any);
                    for &g in candidates {
                        let (glob, ids) = &self.globs[g];
                        if glob.matches(buf) {
                            out.extend_from_slice(ids);
                        }
                    }
                }
                if !self.exact.is_empty() && original.chars().any(char::is_uppercase) {
                    let ids = if original.contains(['ĳ', 'Ĳ']) {
                        self.exact
                            .get(&original.replace('ĳ', "ij").replace('Ĳ', "IJ"))
                    } else {
                        self.exact.get(original)
                    };
                    if let Some(ids) = ids {
                        out.extend_from_slice(ids);
                    }
                }
                if let Some(excluded) = self.exclude.get(buf.as_str()) {
                    let mut k = from;
                    while k < out.len() {
                        if excluded.contains(&out[k]) {
                            out.swap_remove(k);
                        } else {
                            k += 1;
                        }
                    }
                }
            }
        }
        let mut k = from + 1;
        while k < out.len() {
            if out[from..k].contains(&out[k]) {
                out.swap_remove(k);
            } else {
                k += 1;
            }
        }
    }
}

/// Token atoms of a whole text: `ids[offsets[i]..offsets[i + 1]]` belong to token `i`.
#[derive(Debug, Default)]
pub(crate) struct TokenAtoms {
    /// Atom ids, per token.
    pub ids: Vec<u32>,
    /// Offsets into `ids`, one more than there are tokens.
    pub offsets: Vec<usize>,
}

impl TokenAtoms {
    /// The atom ids of token `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.ids[a..b],
            _ => &[],
        }
    }

    #[inline]
    fn has_any(&self, i: usize, atoms: &[u32]) -> bool {
        let ids = self.of(i);
        atoms.iter().any(|a| ids.contains(a))
    }
}

/// Matches `pattern` at token `pos`, whose first step the caller already knows to match.
#[inline]
pub(crate) fn match_after_first(
    tokens: &[Token],
    atoms: &TokenAtoms,
    pattern: &Pattern,
    pos: usize,
    end: usize,
) -> Option<usize> {
    let rest = pattern.steps.get(1..).unwrap_or_default();
    if let Some(Step::Token {
        atoms: wanted,
        optional: false,
    }) = rest.first()
        && (pos + 1 >= end || !atoms.has_any(pos + 1, wanted))
    {
        return None;
    }
    match_at(tokens, atoms, rest, pos + 1, end)
}

/// Matches `steps` at token `pos`, not past `end`; returns the end of the shortest match.
pub(crate) fn match_at(
    tokens: &[Token],
    atoms: &TokenAtoms,
    steps: &[Step],
    pos: usize,
    end: usize,
) -> Option<usize> {
    let Some((step, rest)) = steps.split_first() else {
        return Some(pos);
    };
    match step {
        Step::Token {
            atoms: wanted,
            optional,
        } => {
            if pos < end
                && atoms.has_any(pos, wanted)
                && let Some(found) = match_at(tokens, atoms, rest, pos + 1, end)
            {
                return Some(found);
            }
            if *optional {
                match_at(tokens, atoms, rest, pos, end)
            } else {
                None
            }
        }
        Step::Gap(n) => {
            let mut at = pos;
            for k in 0..=*n {
                if k > 0 {
                    if at >= end || tokens[at].is_boundary() {
                        return None;
                    }
                    at += 1;
                }
                if let Some(found) = match_at(tokens, atoms, rest, at, end) {
                    return Some(found);
                }
            }
            None
        }
        Step::End => {
            if pos >= end || tokens[pos].is_boundary() {
                match_at(tokens, atoms, rest, pos, end)
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_prefix_suffix_and_middle() {
        assert!(Glob::new("ge*d").matches("geduwd"));
        assert!(!Glob::new("ge*d").matches("ged"));
        assert!(Glob::new("*stoornis").matches("hechtingsstoornis"));
        assert!(Glob::new("opge*en").matches("opgesloten"));
        assert!(!Glob::new("opge*en").matches("opgeslot"));
    }
}
