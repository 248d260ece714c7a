//! Splits text into tokens, sentences, clauses and quotations.
//!
//! One pass over the text, no allocation per token. Spans are byte offsets on char
//! boundaries. Sentence ends inside a quotation do not end the sentence around it.

use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with apostrophes inside (`ib'er`, `auto's`).
    Word,
    /// Digits, with `.`, `,`, `:` or `/` between digits (`8.30`, `19,4`).
    Number,
    /// One punctuation character.
    Punct(char),
}

/// One token of the text.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    /// Byte span in the text.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Kind of token.
    pub kind: Kind,
    /// Index + 1 of the quotation this token is in (the quote marks included), 0 if none.
    pub quote: u32,
    /// Clause number, counted over the whole text.
    pub clause: u32,
}

impl Token {
    /// True for punctuation that ends a clause (`,` `;` `:` brackets, quote marks).
    pub fn is_boundary(&self) -> bool {
        matches!(self.kind, Kind::Punct(_))
    }
}

/// A quotation: its token range (quote marks included).
#[derive(Clone, Debug)]
pub(crate) struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index after the closing mark (or the end of the paragraph).
    pub end: usize,
}

/// The text split up.
#[derive(Debug, Default)]
pub(crate) struct Split {
    /// All tokens.
    pub tokens: Vec<Token>,
    /// Token ranges of sentences.
    pub sentences: Vec<Range<usize>>,
    /// Quotations.
    pub quotes: Vec<Quote>,
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "mr", "mw", "mevr", "dhr", "ir", "ing", "prof", "bijv", "bv", "nr", "ca", "jl",
    "vlg", "enz", "etc", "evt", "resp", "incl", "excl", "tel", "st", "zgn", "mbt", "ivm", "oa",
    "dwz", "mn", "t", "m", "a", "o", "b", "d", "v", "z", "i", "w", "e", "j",
];

fn closing_for(open: char) -> &'static [char] {
    match open {
        '"' => &['"', '”', '“'],
        '“' | '„' => &['”', '“', '"'],
        '‘' | '‚' => &['’', '‘', '\''],
        '\'' => &['\'', '’'],
        '«' => &['»'],
        '»' => &['«'],
        '‹' => &['›'],
        _ => &[],
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‘' | '’' | '‚' | '\'' | '«' | '»' | '‹' | '›'
    )
}

struct Scanner<'a> {
    text: &'a str,
    out: Split,
    clause: u32,
    sentence_start: usize,
    /// Open quotation: (closing marks, index in `out.quotes`).
    open_quote: Option<(&'static [char], usize)>,
    /// The last punctuation inside the quotation that just closed ended a sentence.
    quote_ended_sentence: bool,
}

impl Scanner<'_> {
    fn push(&mut self, start: usize, end: usize, kind: Kind) {
        let quote = match self.open_quote {
            Some((_, q)) => q as u32 + 1,
            None => 0,
        };
        self.out.tokens.push(Token {
            start,
            end,
            kind,
            quote,
            clause: self.clause,
        });
    }

    fn end_sentence(&mut self) {
        let n = self.out.tokens.len();
        if n > self.sentence_start {
            self.out.sentences.push(self.sentence_start..n);
        }
        self.sentence_start = n;
        self.clause += 1;
    }

    fn close_quote_at_paragraph(&mut self) {
        if let Some((_, q)) = self.open_quote.take()
            && let Some(quote) = self.out.quotes.get_mut(q)
        {
            quote.end = self.out.tokens.len();
        }
    }

    fn prev_word_is_abbreviation(&self) -> bool {
        let Some(prev) = self.out.tokens.last() else {
            return false;
        };
        if prev.kind != Kind::Word {
            return false;
        }
        let word = &self.text[prev.start..prev.end];
        word.chars().count() <= 5 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    }
}

fn next_non_space(text: &str, from: usize) -> Option<char> {
    text[from..]
        .chars()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{a0}'))
}

/// True when `'` at `at` starts an elision such as `'s ochtends`, `'t` or `'n`.
fn is_elision(text: &str, at: usize) -> bool {
    let rest = &text[at + 1..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('s' | 't' | 'n' | 'k' | 'm' | 'S' | 'T' | 'N'), next) => {
            next.is_none_or(|n| !n.is_alphanumeric())
        }
        _ => false,
    }
}

/// Splits `text` into tokens, sentences and quotations.
pub(crate) fn split(text: &str) -> Split {
    let mut scan = Scanner {
        text,
        out: Split::default(),
        clause: 0,
        sentence_start: 0,
        open_quote: None,
        quote_ended_sentence: false,
    };
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        if bytes[pos] == b' ' {
            pos += 1;
            continue;
        }
        let Some(ch) = text[pos..].chars().next() else {
            break;
        };
        let len = ch.len_utf8();
        if ch.is_alphabetic() {
            let start = pos;
            let mut to = pos + len;
            while to < bytes.len() {
                let b = bytes[to];
                if b.is_ascii_alphanumeric() {
                    to += 1;
                    continue;
                }
                if b.is_ascii() && b != b'\'' {
                    break;
                }
                let Some(next) = text[to..].chars().next() else {
                    break;
                };
                let inner_apostrophe = matches!(next, '\'' | '’')
                    && text[to + next.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if next.is_alphanumeric() || inner_apostrophe {
                    to += next.len_utf8();
                } else {
                    break;
                }
            }
            if scan.quote_ended_sentence {
                scan.quote_ended_sentence = false;
                if ch.is_uppercase() {
                    scan.end_sentence();
                }
            }
            scan.push(start, to, Kind::Word);
            pos = to;
        } else if ch.is_ascii_digit() {
            let start = pos;
            let mut to = pos + 1;
            while to < bytes.len() {
                let b = bytes[to];
                if b.is_ascii_digit()
                    || (matches!(b, b'.' | b',' | b':' | b'/')
                        && bytes.get(to + 1).is_some_and(u8::is_ascii_digit))
                {
                    to += 1;
                } else {
                    break;
                }
            }
            scan.quote_ended_sentence = false;
            scan.push(start, to, Kind::Number);
            pos = to;
        } else if ch == '\n' {
            let mut to = pos + 1;
            let mut newlines = 1;
            while to < bytes.len() && matches!(bytes[to], b'\n' | b'\r' | b' ' | b'\t') {
                if bytes[to] == b'\n' {
                    newlines += 1;
                }
                to += 1;
            }
            if newlines >= 2 {
                scan.close_quote_at_paragraph();
                scan.end_sentence();
            }
            pos = to;
        } else if ch.is_whitespace() {
            pos += len;
        } else if is_quote_char(ch) {
            scan_quote_mark(&mut scan, pos, ch);
            pos += len;
        } else {
            scan.quote_ended_sentence = false;
            if ch == '-' || ch == '–' || ch == '—' || ch == '/' || ch == '*' {
                pos += len;
                continue;
            }
            scan.push(pos, pos + len, Kind::Punct(ch));
            scan.clause += 1;
            if matches!(ch, '.' | '!' | '?' | '…') && scan.open_quote.is_none() {
                let before_abbrev = ch == '.' && {
                    let n = scan.out.tokens.len();
                    n >= 2 && {
                        let saved = scan.out.tokens.pop();
                        let abbrev = scan.prev_word_is_abbreviation();
                        if let Some(t) = saved {
                            scan.out.tokens.push(t);
                        }
                        abbrev
                    }
                };
                let next = next_non_space(text, pos + len);
                let ends = next.is_none_or(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || n == '\n' || is_quote_char(n)
                });
                if ends && !before_abbrev {
                    scan.end_sentence();
                }
            }
            pos += len;
        }
    }
    scan.close_quote_at_paragraph();
    scan.end_sentence();
    scan.out
}

fn scan_quote_mark(s: &mut Scanner<'_>, i: usize, c: char) {
    let text = s.text;
    let after = text[i + c.len_utf8()..].chars().next();
    let before = text[..i].chars().next_back();
    if let Some((closers, q)) = s.open_quote {
        if closers.contains(&c) && before.is_some_and(|b| !b.is_whitespace()) {
            let last_terminal = matches!(
                s.out.tokens.last().map(|t| t.kind),
                Some(Kind::Punct('.' | '!' | '?' | '…'))
            );
            s.push(i, i + c.len_utf8(), Kind::Punct(c));
            s.open_quote = None;
            if let Some(quote) = s.out.quotes.get_mut(q) {
                quote.end = s.out.tokens.len();
            }
            s.clause += 1;
            s.quote_ended_sentence = last_terminal;
            return;
        }
        // A mark that does not close the open quotation (an apostrophe inside it).
        return;
    }
    let opener = !closing_for(c).is_empty()
        && before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | ':' | '[' | '—' | '–'))
        && after.is_some_and(|a| !a.is_whitespace());
    if !opener || (c == '\'' && is_elision(text, i)) || c == '’' {
        return;
    }
    s.clause += 1;
    let q = s.out.quotes.len();
    s.out.quotes.push(Quote {
        open: s.out.tokens.len(),
        end: usize::MAX,
    });
    s.open_quote = Some((closing_for(c), q));
    s.push(i, i + c.len_utf8(), Kind::Punct(c));
}

/// Appends the lookup form of `word` to `out`: lower case, diacritics folded, `ĳ` as `ij`,
/// `’` as `'`.
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            'ĳ' | 'Ĳ' => out.push_str("ij"),
            '’' | '‘' => out.push('\''),
            _ => {
                for l in c.to_lowercase() {
                    out.push(fold(l));
                }
            }
        }
    }
}

/// Normalizes a word or phrase (see [`normalize_into`]).
pub(crate) fn normalize(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    normalize_into(word, &mut s);
    s
}

fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ÿ' | 'ý' => 'y',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        split(text)
            .tokens
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_apostrophes() {
        assert_eq!(
            words("De ib'er zag om 8.30 uur 's ochtends Zoë."),
            [
                "De", "ib'er", "zag", "om", "8.30", "uur", "s", "ochtends", "Zoë", "."
            ]
        );
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations_or_in_quotes() {
        let text = "De arts, dr. Van Leeuwen, zei: \"Gewoon. Het gaat.\" Daarna ging hij.";
        let split = split(text);
        assert_eq!(split.sentences.len(), 2, "{:?}", split.sentences);
        assert_eq!(split.quotes.len(), 1);
    }

    #[test]
    fn elision_is_not_a_quote() {
        assert!(split("Hij komt 's ochtends te laat.").quotes.is_empty());
        assert_eq!(split("Zij zei: 'ik ga'.").quotes.len(), 1);
    }

    #[test]
    fn normalizes_ligature_and_diacritics() {
        assert_eq!(normalize("Ĳverig"), "ijverig");
        assert_eq!(normalize("Çağla"), "cağla");
        assert_eq!(normalize("GEÏRRITEERD"), "geirriteerd");
    }
}
