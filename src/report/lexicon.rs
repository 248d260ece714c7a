//! The Dutch lexicon: OpenTaal's word list (hunspell-nl, BSD or CC BY 3.0; see
//! `data/lexicon/README.md`), derived once at development time by `scripts/lexicon.py` and
//! embedded in the binary. No file is read at run time.
//!
//! Four sorted, folded lists (lower case, no diacritics, "ĳ" as "ij"): ordinary words with
//! their inflected forms, person names, places and streets, and other proper words that
//! may stand capitalised in a sentence (languages, nationalities, acronyms). Each is
//! decompressed once, on first use, and searched by binary search.

use std::io::Read as _;
use std::sync::OnceLock;

static WORDS_GZ: &[u8] = include_bytes!("../../data/lexicon/words.txt.gz");
static NAMES_GZ: &[u8] = include_bytes!("../../data/lexicon/names.txt.gz");
static PLACES_GZ: &[u8] = include_bytes!("../../data/lexicon/places.txt.gz");
static PROPER_GZ: &[u8] = include_bytes!("../../data/lexicon/proper.txt.gz");

/// One sorted list: the text and where each line starts.
struct WordList {
    text: String,
    starts: Vec<u32>,
}

impl WordList {
    fn load(gz: &[u8]) -> Self {
        let mut text = String::new();
        // The data is part of the binary; a failure here is a build defect, and an empty
        // list only makes the anonymiser replace more, never less.
        if flate2::read::GzDecoder::new(gz)
            .read_to_string(&mut text)
            .is_err()
        {
            text.clear();
        }
        let mut starts = Vec::with_capacity(text.len() / 8);
        let mut at = 0usize;
        for line in text.split_inclusive('\n') {
            if line.trim_end().is_empty() {
                at += line.len();
                continue;
            }
            starts.push(u32::try_from(at).unwrap_or(u32::MAX));
            at += line.len();
        }
        Self { text, starts }
    }

    fn line(&self, i: usize) -> &str {
        let start = self.starts.get(i).map_or(0, |s| *s as usize);
        let rest = self.text.get(start..).unwrap_or_default();
        rest.split('\n').next().unwrap_or_default()
    }

    fn contains(&self, word: &str) -> bool {
        let mut lo = 0usize;
        let mut hi = self.starts.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.line(mid).cmp(word) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    fn len(&self) -> usize {
        self.starts.len()
    }
}

/// The embedded lexicon.
pub struct Lexicon {
    words: WordList,
    names: WordList,
    places: WordList,
    proper: WordList,
}

/// The lexicon, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        words: WordList::load(WORDS_GZ),
        names: WordList::load(NAMES_GZ),
        places: WordList::load(PLACES_GZ),
        proper: WordList::load(PROPER_GZ),
    })
}

/// Lower case without diacritics, "ĳ" as "ij": the form the lists hold.
pub fn fold_word(word: &str) -> String {
    super::anonymise::fold_str(word)
}

/// Linking sounds between the parts of a Dutch compound ("kinderopvang", "schoolsarts").
const LINKS: [&str; 4] = ["", "s", "e", "en"];

impl Lexicon {
    /// Whether a folded word is an ordinary Dutch word (or an inflected form of one).
    pub fn is_word(&self, folded: &str) -> bool {
        self.words.contains(folded)
    }

    /// Whether a folded word is a person's name in OpenTaal's list.
    pub fn is_name(&self, folded: &str) -> bool {
        self.names.contains(folded)
    }

    /// Whether a folded word is a place, street or other geographic name.
    pub fn is_place(&self, folded: &str) -> bool {
        self.places.contains(folded)
    }

    /// Whether a folded word is a proper word that identifies nobody: a language, a
    /// nationality, an acronym.
    pub fn is_proper(&self, folded: &str) -> bool {
        self.proper.contains(folded)
    }

    /// Whether a folded word is a compound of two or three ordinary words, each of at least
    /// three letters, with an optional linking "s", "e" or "en" ("gymleerkracht",
    /// "schoolpleinhek").
    pub fn is_compound(&self, folded: &str) -> bool {
        self.compound_depth(folded, 2)
    }

    fn compound_depth(&self, w: &str, depth: u8) -> bool {
        if w.len() < 6 || !w.is_ascii() {
            return false;
        }
        for cut in 3..=w.len() - 3 {
            let (head, tail) = w.split_at(cut);
            if !(self.is_word(tail) || depth > 1 && self.compound_depth(tail, depth - 1)) {
                continue;
            }
            for link in LINKS {
                if let Some(h) = head.strip_suffix(link)
                    && h.len() >= 3
                    && self.is_word(h)
                {
                    return true;
                }
            }
        }
        false
    }

    /// Sizes of the four lists (words, names, places, proper words).
    pub fn sizes(&self) -> [usize; 4] {
        [
            self.words.len(),
            self.names.len(),
            self.places.len(),
            self.proper.len(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_load_and_answer() {
        let l = lexicon();
        let sizes = l.sizes();
        assert!(
            sizes[0] > 300_000 && sizes[1] > 15_000 && sizes[2] > 10_000 && sizes[3] > 1_000,
            "{sizes:?}"
        );
        for word in [
            "hoek", "blauwe", "plekken", "huisarts", "maandag", "november", "kwam",
        ] {
            assert!(l.is_word(word), "{word}");
        }
        for name in ["anouk", "daan", "kees", "jansen"] {
            assert!(l.is_name(name), "{name}");
        }
        assert!(!l.is_word("anouk") && !l.is_word("tesfamariam"));
        assert!(l.is_place("rotterdam") && l.is_proper("nederlands"));
        assert!(l.is_compound("gymleerkracht") && l.is_compound("speelkwartier"));
        assert!(!l.is_compound("tesfamariam"));
    }
}
