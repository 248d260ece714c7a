//! Structural detectors: checks over the shape of a sentence that a list of words cannot
//! express. Each detector reports under an existing rule, so the hint gets that rule's
//! message, its exceptions, its context handling (quotations, named sources, labelled
//! hypotheses) and the user's suppressions, and the rule's examples test the detector.
//!
//! - **Passive without agent** (`wie-deed-het-passief`): *worden/zijn* with a past
//!   participle recognised by its form (separable prefix + *ge* + stem + *d/t/en*), not a
//!   perfect tense or state (`@geen_passief`); "door <agent>" is left to the rule.
//! - **Copula + evaluative adjective about a person** (`oordeel-persoon`, or
//!   `interpretatie-gevoel` for an inner state): a person as subject (`@persoon`, a name),
//!   a linking verb and an adjective from the evaluative lexicon (`data/lexicon/`), also
//!   attributive ("een kille vrouw").
//! - **Causal link to an inner state or unseen act** (`interpretatie-oorzaak`): *omdat,
//!   doordat, want, dus, daardoor, daarom, vanwege* followed by an inner state
//!   (`@binnenkant`, `@emotie`) or an act the writer cannot have seen (`@verborgen_daad`),
//!   unless the writer is the subject, a speaker is named or a number is given.
//! - **Unknown abbreviation** (`jargon-afkorting`): a word of 2–5 capitals that is not an
//!   everyday abbreviation (`@gewone_afkorting`).
//! - Two vetoes: a note-style injury record with a date like `4/12` keeps no
//!   `letsel-onvolledig` hint when place and size are there, and a sentence the writer
//!   labels as their own opinion ("en dat is nadrukkelijk mijn eigen indruk") keeps only
//!   the hints of rules that also flag in a labelled hypothesis.
//!
//! One pass over the tokens of one sentence; each token is normalized once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::pattern::ClassDef;
use super::rule::Context;
use super::text::{Kind, Split, Token, normalize};
use super::{Hit, Linter};

/// A word class from `classes.toml`: words and simple globs (`*arm`, `schouder*`).
#[derive(Default)]
struct WordSet {
    words: HashSet<String>,
    globs: Vec<(String, String)>,
    exclude: HashSet<String>,
}

impl WordSet {
    fn new(def: Option<&ClassDef>) -> Self {
        let mut set = Self::default();
        let Some(def) = def else {
            return set;
        };
        for word in &def.words {
            if let Some((head, tail)) = word.split_once('*') {
                set.globs.push((normalize(head), normalize(tail)));
            } else {
                set.words.insert(normalize(word));
            }
        }
        set.exclude = def.exclude.iter().map(|w| normalize(w)).collect();
        set
    }

    fn contains(&self, word: &str) -> bool {
        if self.exclude.contains(word) {
            return false;
        }
        self.words.contains(word)
            || self.globs.iter().any(|(head, tail)| {
                word.len() > head.len() + tail.len()
                    && word.starts_with(head.as_str())
                    && word.ends_with(tail.as_str())
            })
    }
}

/// What an evaluative word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sense {
    /// A judgement of a person.
    Oordeel,
    /// An inner state of a person.
    Staat,
}

/// The word classes and the lexicon the detectors use, built once.
struct Words {
    persoon: WordSet,
    versterker: WordSet,
    koppel: WordSet,
    voorvoegsel: WordSet,
    geen_passief: WordSet,
    deelwoord_niet: WordSet,
    binnenkant: WordSet,
    emotie: WordSet,
    verborgen_daad: WordSet,
    spreken: WordSet,
    lichaamsdeel: WordSet,
    maat: WordSet,
    gewone_afkorting: HashSet<String>,
    /// Evaluative adjectives, base form.
    lexicon: HashMap<String, Sense>,
    /// Their attributive forms ("kille", "brutale").
    attributive: HashMap<String, Sense>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let classes: HashMap<String, ClassDef> =
        toml::from_str(include_str!("classes.toml")).unwrap_or_default();
    let class = |name: &str| WordSet::new(classes.get(name));
    let mut lexicon = HashMap::new();
    let mut attributive = HashMap::new();
    for line in include_str!("../../data/lexicon/nl-evaluatief.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(word), Some(kind)) = (cols.next(), cols.nth(2)) else {
            continue;
        };
        let sense = if kind == "staat" {
            Sense::Staat
        } else {
            Sense::Oordeel
        };
        let word = normalize(word);
        attributive.insert(inflect(&word), sense);
        lexicon.insert(word, sense);
    }
    Words {
        persoon: class("persoon"),
        versterker: class("versterker"),
        koppel: class("koppel_derde"),
        voorvoegsel: class("scheidbaar_voorvoegsel"),
        geen_passief: class("geen_passief"),
        deelwoord_niet: WordSet {
            words: classes
                .get("deelwoord")
                .map(|d| d.exclude.iter().map(|w| normalize(w)).collect())
                .unwrap_or_default(),
            ..WordSet::default()
        },
        binnenkant: class("binnenkant"),
        emotie: class("emotie"),
        verborgen_daad: class("verborgen_daad"),
        spreken: class("spreken"),
        lichaamsdeel: class("lichaamsdeel"),
        maat: class("maat"),
        gewone_afkorting: classes
            .get("gewone_afkorting")
            .map(|d| d.words.iter().cloned().collect())
            .unwrap_or_default(),
        lexicon,
        attributive,
    }
});

/// The attributive form of a Dutch adjective: `kil` → `kille`, `boos` → `boze`,
/// `brutaal` → `brutale`, `lief` → `lieve`, `vreselijk` → `vreselijke`.
fn inflect(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let vowel = |c: char| "aeiouy".contains(c);
    if n < 3 || word.ends_with('e') {
        return format!("{word}e");
    }
    let last = chars[n - 1];
    let soft = |c: char| match c {
        's' => 'z',
        'f' => 'v',
        c => c,
    };
    if !vowel(last) && vowel(chars[n - 2]) && chars[n - 2] == chars[n - 3] {
        // Double vowel before one consonant: drop one vowel.
        let stem: String = chars[..n - 2].iter().collect();
        return format!("{stem}{}e", soft(last));
    }
    if matches!(last, 's' | 'f') && vowel(chars[n - 2]) && vowel(chars[n - 3]) {
        let stem: String = chars[..n - 1].iter().collect();
        return format!("{stem}{}e", soft(last));
    }
    let groups = chars
        .iter()
        .zip(chars.iter().skip(1))
        .filter(|(a, b)| vowel(**a) && !vowel(**b))
        .count();
    if groups == 1 && !vowel(last) && vowel(chars[n - 2]) && !vowel(chars[n - 3]) {
        // One short syllable: double the consonant ("dom" → "domme").
        return format!("{word}{last}e");
    }
    format!("{word}e")
}

/// One token of the sentence, as the detectors see it.
struct Tok<'t> {
    /// Index in the whole text's tokens.
    index: usize,
    raw: &'t str,
    norm: String,
    word: bool,
    number: bool,
    punct: bool,
    clause: u32,
}

/// Runs the detectors on sentence `s` and adds their hits; applies the vetoes to the hits
/// of this sentence (`hits[before..]`).
pub(super) fn detect(
    linter: &Linter,
    text: &str,
    split: &Split,
    s: usize,
    hits: &mut Vec<Hit>,
    before: usize,
) {
    let Some(range) = split.sentences.get(s) else {
        return;
    };
    let words = &*WORDS;
    let toks: Vec<Tok<'_>> = range
        .clone()
        .filter_map(|i| split.tokens.get(i).map(|t| tok(text, i, t)))
        .collect();
    let rule = |id: &str| linter.rules.iter().position(|r| r.id == id);
    let mut push = |id: &str, from: usize, to: usize| {
        if let Some(r) = rule(id) {
            hits.push(Hit {
                rule: r,
                tokens: toks[from].index..toks[to].index + 1,
                sentence: s,
                suppressed: false,
            });
        }
    };
    for (k, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        if let Some(end) = passive(words, &toks, k) {
            push("wie-deed-het-passief", k, end);
        }
        if let Some((end, sense)) = copula_judgement(words, &toks, k) {
            let id = match sense {
                Sense::Oordeel => "oordeel-persoon",
                Sense::Staat => "interpretatie-gevoel",
            };
            push(id, end, end);
        }
        if let Some((from, end, sense)) = attributive_judgement(words, &toks, k) {
            let id = match sense {
                Sense::Oordeel => "oordeel-persoon",
                Sense::Staat => "interpretatie-gevoel",
            };
            push(id, from, end);
        }
        if let Some(end) = causal(words, &toks, k) {
            push("interpretatie-oorzaak", k, end);
        }
        if unknown_abbreviation(words, t) && !reference_code(text, split, t.index) {
            push("jargon-afkorting", k, k);
        }
    }
    if note_style_injury(words, &toks) {
        retain(hits, before, |h| {
            linter.rules[h.rule].id != "letsel-onvolledig"
        });
    }
    if labelled_opinion(&toks) {
        retain(hits, before, |h| {
            linter.rules[h.rule].flag_in.contains(&Context::Hypothese)
        });
    }
}

fn retain(hits: &mut Vec<Hit>, before: usize, keep: impl Fn(&Hit) -> bool) {
    let mut k = before;
    while k < hits.len() {
        if keep(&hits[k]) {
            k += 1;
        } else {
            hits.swap_remove(k);
        }
    }
}

fn tok<'t>(text: &'t str, index: usize, t: &Token) -> Tok<'t> {
    let raw = &text[t.start..t.end];
    Tok {
        index,
        raw,
        norm: if t.kind == Kind::Word {
            normalize(raw)
        } else {
            String::new()
        },
        word: t.kind == Kind::Word,
        number: t.kind == Kind::Number,
        punct: matches!(t.kind, Kind::Punct(_)),
        clause: t.clause,
    }
}

/// True if `word` has the form of a past participle with `ge` (after an optional separable
/// prefix) that is not a perfect tense or state; returns the form without the prefix.
fn ge_participle<'w>(words: &Words, word: &'w str) -> Option<&'w str> {
    let core = participle_core(words, word)?;
    let stem = core.strip_prefix("ge")?;
    let ends = stem.ends_with('d') || stem.ends_with('t') || stem.ends_with("en");
    let long_enough = stem.chars().count() >= 3;
    (ends
        && long_enough
        && !words.geen_passief.contains(core)
        && !words.deelwoord_niet.contains(core)
        && !words.deelwoord_niet.contains(word)
        && !words.emotie.contains(word)
        && !words.lexicon.contains_key(word))
    .then_some(core)
}

/// `word` without a separable prefix, if the rest starts with `ge`.
fn participle_core<'w>(words: &Words, word: &'w str) -> Option<&'w str> {
    if word.starts_with("ge") {
        return Some(word);
    }
    let at = word.find("ge")?;
    let (prefix, rest) = word.split_at(at);
    words.voorvoegsel.contains(prefix).then_some(rest)
}

fn is_passive_aux(word: &str) -> bool {
    matches!(word, "wordt" | "werd" | "worden" | "werden" | "word")
}

fn is_zijn(word: &str) -> bool {
    matches!(word, "is" | "zijn" | "was" | "waren")
}

/// A passive: auxiliary at `k`, participle up to 6 words on in the clause, or a participle
/// right before the auxiliary ("dat zij geduwd werd").
fn passive(words: &Words, toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let aux = &toks[k].norm;
    let worden = is_passive_aux(aux);
    if !worden && !is_zijn(aux) {
        return None;
    }
    // "er is/zijn ... gebleken/geweest" and "ik ben" perfect tenses are left alone.
    let subject_first_person = toks[..k]
        .iter()
        .rev()
        .take_while(|t| !t.punct)
        .any(|t| matches!(t.norm.as_str(), "ik" | "wij" | "we"));
    if subject_first_person {
        return None;
    }
    for (j, t) in toks.iter().enumerate().skip(k + 1).take(10) {
        if t.punct || (!t.word && !t.number) {
            break;
        }
        // A second auxiliary starts another clause; a negated passive hides no one.
        if is_passive_aux(&t.norm)
            || is_zijn(&t.norm)
            || matches!(t.norm.as_str(), "niet" | "nooit" | "geen")
        {
            return None;
        }
        if ge_participle(words, &t.norm).is_some() && ends_clause_or_verb(toks, j) {
            return Some(j);
        }
    }
    None
}

/// True when token `j` ends its clause or is followed only by another verb form.
fn ends_clause_or_verb(toks: &[Tok<'_>], j: usize) -> bool {
    match toks.get(j + 1) {
        None => true,
        Some(next) => {
            next.punct
                || matches!(
                    next.norm.as_str(),
                    "en" | "of"
                        | "maar"
                        | "want"
                        | "omdat"
                        | "zodat"
                        | "terwijl"
                        | "toen"
                        | "nadat"
                        | "waarna"
                        | "om"
                        | "te"
                        | "geweest"
                        | "worden"
                        | "zijn"
                )
        }
    }
}

/// Does the clause before token `k` have a person as subject (and not the writer)?
fn person_subject(words: &Words, toks: &[Tok<'_>], k: usize) -> bool {
    let clause = toks[k].clause;
    let mut person = false;
    for (j, t) in toks[..k].iter().enumerate().rev().take(6) {
        if t.clause != clause || t.punct {
            break;
        }
        if matches!(
            t.norm.as_str(),
            "ik" | "wij" | "we" | "of" | "gevraagd" | "vroeg"
        ) || (j + 1 == k && matches!(t.norm.as_str(), "het" | "dat" | "dit" | "er"))
        {
            return false;
        }
        if matches!(
            t.norm.as_str(),
            "omdat" | "doordat" | "als" | "toen" | "terwijl" | "nadat" | "voordat" | "want"
        ) {
            break;
        }
        if words.persoon.contains(&t.norm) || is_name(toks, j) {
            person = true;
        }
    }
    person
}

/// A capitalized word that is not a function word at the start of the sentence.
fn is_name(toks: &[Tok<'_>], j: usize) -> bool {
    let t = &toks[j];
    if !t.word || !t.raw.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if t.raw.chars().filter(|c| c.is_uppercase()).count() > 1 && t.raw.len() <= 6 {
        return false;
    }
    j > 0
        || !matches!(
            t.norm.as_str(),
            "de" | "het"
                | "een"
                | "er"
                | "dat"
                | "dit"
                | "die"
                | "deze"
                | "ik"
                | "wij"
                | "we"
                | "je"
                | "jij"
                | "u"
                | "men"
                | "iemand"
                | "iedereen"
                | "niemand"
                | "alles"
                | "niets"
                | "wat"
                | "wie"
                | "waar"
                | "hier"
                | "daar"
                | "nu"
                | "toen"
                | "dan"
                | "ook"
                | "al"
                | "nog"
                | "wel"
                | "niet"
                | "zo"
                | "thuis"
                | "op"
                | "in"
                | "bij"
                | "na"
                | "om"
                | "volgens"
                | "sinds"
                | "tijdens"
                | "omdat"
                | "als"
                | "maar"
                | "en"
                | "dus"
                | "want"
                | "daarom"
                | "soms"
                | "vaak"
                | "altijd"
                | "gisteren"
                | "vandaag"
        )
}

/// "Vader is (erg) lui", "dat moeder zo lui is": returns the adjective's position.
fn copula_judgement(words: &Words, toks: &[Tok<'_>], k: usize) -> Option<(usize, Sense)> {
    if !words.koppel.contains(&toks[k].norm) {
        return None;
    }
    // Verb-final: "… moeder lui is".
    if k > 0
        && let Some(&sense) = words.lexicon.get(&toks[k - 1].norm)
        && person_subject(words, toks, k - 1)
    {
        return Some((k - 1, sense));
    }
    if !person_subject(words, toks, k) {
        return None;
    }
    for (j, t) in toks.iter().enumerate().skip(k + 1).take(4) {
        if !t.word {
            return None;
        }
        if let Some(&sense) = words.lexicon.get(&t.norm) {
            let free = toks.get(j + 1).is_none_or(|n| {
                n.punct
                    || matches!(
                        n.norm.as_str(),
                        "en" | "tegen"
                            | "tegenover"
                            | "naar"
                            | "voor"
                            | "op"
                            | "met"
                            | "in"
                            | "bij"
                            | "als"
                            | "maar"
                            | "want"
                            | "omdat"
                            | "dus"
                            | "sinds"
                            | "geworden"
                            | "gebleven"
                            | "over"
                            | "van"
                    )
            });
            return free.then_some((j, sense));
        }
        if !words.versterker.contains(&t.norm) {
            return None;
        }
    }
    None
}

/// "een kille vrouw", "wat een botte man": an inflected evaluative adjective before a
/// person noun. Returns (from, to, sense).
fn attributive_judgement(
    words: &Words,
    toks: &[Tok<'_>],
    k: usize,
) -> Option<(usize, usize, Sense)> {
    let t = &toks[k];
    let (sense, neuter) = match words.attributive.get(&t.norm) {
        Some(&sense) => (sense, false),
        None => (*words.lexicon.get(&t.norm)?, true),
    };
    // The noun, perhaps after one more adjective ("een vieze oude man").
    let mut n = k + 1;
    if toks
        .get(n)
        .is_some_and(|t| t.word && t.norm.ends_with('e') && !words.persoon.contains(&t.norm))
    {
        n += 1;
    }
    let noun = toks.get(n)?;
    if !noun.word {
        return None;
    }
    let before = |d: usize| k.checked_sub(d).map(|j| toks[j].norm.as_str());
    // "Wat een ellendige situatie": an exclamation judges whatever the noun.
    if !neuter && before(1) == Some("een") && before(2) == Some("wat") {
        return Some((k, n, sense));
    }
    if !words.persoon.contains(&noun.norm) {
        return None;
    }
    // "een onmogelijk kind": the bare form only before a neuter noun.
    if neuter
        && !matches!(
            noun.norm.as_str(),
            "kind" | "meisje" | "mens" | "type" | "figuur"
        )
    {
        return None;
    }
    let article =
        |w: Option<&str>| matches!(w, Some("een" | "die" | "deze" | "zo'n" | "zulke" | "wat"));
    (article(before(1)) || article(before(2))).then_some((k, n, sense))
}

/// A causal link at `k` to an inner state or an unseen act; returns the marker's position.
fn causal(words: &Words, toks: &[Tok<'_>], k: usize) -> Option<usize> {
    if !matches!(
        toks[k].norm.as_str(),
        "omdat" | "doordat" | "want" | "dus" | "daardoor" | "daarom" | "vanwege"
    ) {
        return None;
    }
    let rest = toks
        .iter()
        .enumerate()
        .skip(k + 1)
        .take_while(|(_, t)| t.raw != ";" && t.raw != ":")
        .take(14);
    let mut marker = None;
    for (j, t) in rest {
        if t.number
            || words.spreken.contains(&t.norm)
            || matches!(
                t.norm.as_str(),
                "volgens" | "ik" | "wij" | "we" | "mij" | "me" | "ons"
            )
        {
            return None;
        }
        if marker.is_none()
            && (words.binnenkant.contains(&t.norm)
                || words.emotie.contains(&t.norm)
                || words.verborgen_daad.contains(&t.norm)
                || words.lexicon.get(&t.norm) == Some(&Sense::Staat))
        {
            marker = Some(j);
        }
    }
    marker
}

/// A word of 2–5 capitals (a small letter inside allowed, as in "RvdK") that is not an
/// everyday abbreviation.
fn unknown_abbreviation(words: &Words, t: &Tok<'_>) -> bool {
    let letters = t.raw.chars().count();
    if !(2..=5).contains(&letters) || !t.raw.chars().all(char::is_alphabetic) {
        return false;
    }
    let upper = t.raw.chars().filter(|c| c.is_uppercase()).count();
    let first_last_upper = t.raw.chars().next().is_some_and(char::is_uppercase)
        && t.raw.chars().last().is_some_and(char::is_uppercase);
    upper >= 2
        && upper + 1 >= letters
        && first_last_upper
        && !words.gewone_afkorting.contains(t.raw)
}

/// Capitals that start a reference number ("MD-2026-0001"): a code, not jargon.
fn reference_code(text: &str, split: &Split, index: usize) -> bool {
    let Some(token) = split.tokens.get(index) else {
        return false;
    };
    text[token.end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.bytes().take_while(u8::is_ascii_digit).count() >= 3)
}

/// A note-style injury record: a body part, a size and a date written as `4/12`.
fn note_style_injury(words: &Words, toks: &[Tok<'_>]) -> bool {
    let date = toks.iter().any(|t| {
        t.number && {
            let parts: Vec<&str> = t.raw.split('/').collect();
            (2..=3).contains(&parts.len())
                && parts.iter().all(|p| !p.is_empty() && p.len() <= 4)
                && parts[0].parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
                && parts[1].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        }
    });
    let size = toks
        .windows(2)
        .any(|w| w[0].number && words.maat.contains(&w[1].norm));
    let place = toks
        .iter()
        .any(|t| t.word && words.lichaamsdeel.contains(&t.norm));
    date && size && place
}

/// The writer labels the sentence as their own opinion: "mijn eigen indruk", "mijn
/// persoonlijke mening", "geen feit", "geen vaststelling", "geen waarneming".
fn labelled_opinion(toks: &[Tok<'_>]) -> bool {
    let label = |w: &str| {
        matches!(
            w,
            "mening"
                | "indruk"
                | "inschatting"
                | "interpretatie"
                | "hypothese"
                | "oordeel"
                | "gevoel"
                | "vermoeden"
                | "visie"
                | "veronderstelling"
        )
    };
    let n = toks.len();
    (0..n).any(|i| {
        let w = |d: usize| toks.get(i + d).map_or("", |t| t.norm.as_str());
        let owner = matches!(w(0), "mijn" | "onze" | "ons");
        let own = owner && matches!(w(1), "eigen" | "persoonlijke") && label(w(2));
        let stated = owner
            && label(w(1))
            && toks[..i]
                .iter()
                .rev()
                .take(3)
                .any(|t| matches!(t.norm.as_str(), "is" | "was"));
        let not_fact = w(0) == "geen" && matches!(w(1), "feit" | "vaststelling" | "waarneming");
        own || stated || not_fact
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_adjectives() {
        for (base, attributive) in [
            ("kil", "kille"),
            ("boos", "boze"),
            ("brutaal", "brutale"),
            ("lief", "lieve"),
            ("vreselijk", "vreselijke"),
            ("agressief", "agressieve"),
            ("bot", "botte"),
            ("lui", "luie"),
            ("arrogant", "arrogante"),
        ] {
            assert_eq!(inflect(base), attributive, "{base}");
        }
    }

    #[test]
    fn the_lexicon_and_classes_load() {
        let words = &*WORDS;
        assert!(words.lexicon.len() > 500, "{}", words.lexicon.len());
        assert_eq!(words.lexicon.get("arrogant"), Some(&Sense::Oordeel));
        assert_eq!(words.lexicon.get("wanhopig"), Some(&Sense::Staat));
        assert!(words.persoon.contains("stiefvader"));
        assert!(words.lichaamsdeel.contains("bovenarm"));
    }

    #[test]
    fn participles_by_form() {
        let words = &*WORDS;
        assert_eq!(ge_participle(words, "achtergelaten"), Some("gelaten"));
        assert_eq!(ge_participle(words, "getild"), Some("getild"));
        assert_eq!(ge_participle(words, "binnengekomen"), None);
        assert_eq!(ge_participle(words, "gevallen"), None);
        assert_eq!(ge_participle(words, "gezin"), None);
    }
}
