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

/// Abbreviations after which a full stop never ends a sentence: titles, "circa", "in
/// verband met", sides of the body ("li.", "re."), as written without their inner dots
/// (`o.a.` is `oa`). Single letters (initials, `i.v.m.` parts) never end one either.
const ABBREVIATIONS: &[&str] = &[
    "dr", "drs", "mr", "mw", "mevr", "dhr", "hr", "ir", "ing", "prof", "bijv", "bv", "nr", "ca",
    "vlg", "resp", "incl", "excl", "tel", "st", "zgn", "mbt", "ivm", "oa", "dwz", "mn", "dd",
    "tav", "ipv", "nav", "ovv", "ong", "vs", "li", "re", "lb", "rb", "lo", "ro", "pt", "blz",
    "pag", "art", "max", "min", "gr", "vnl", "gebr",
];

/// Abbreviations that may end a sentence: the full stop ends it when a capital, a quote, a
/// line break or the end of the text follows (not a digit or a lower-case word).
const ABBREVIATIONS_AT_END: &[&str] = &[
    "enz", "etc", "jr", "sr", "jl", "as", "ea", "ed", "ev", "evt", "zsm", "eo",
];

/// Months and days: a full stop after them does not end a sentence before a number
/// ("4 dec. 2026", "ma. 4/12"). Not "zo" (zondag): "Het was zo. 3 kinderen …" is far more
/// common.
const DATE_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "ma",
    "di", "wo", "do", "vr", "za",
];

/// How a full stop after an abbreviation behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbreviation {
    /// Never ends a sentence.
    Never,
    /// Ends one only before a capital, a quote, a line break or the end.
    AtEnd,
    /// A month or day: ends one unless a number follows.
    Date,
}

/// The abbreviation spelled by `letters` (lower case, inner dots removed), if any.
fn abbreviation(letters: &str, parts: usize) -> Option<Abbreviation> {
    if parts == 1 && letters.chars().count() == 1 {
        return Some(Abbreviation::Never);
    }
    if ABBREVIATIONS.contains(&letters) {
        Some(Abbreviation::Never)
    } else if ABBREVIATIONS_AT_END.contains(&letters) {
        Some(Abbreviation::AtEnd)
    } else if parts == 1 && DATE_ABBREVIATIONS.contains(&letters) {
        Some(Abbreviation::Date)
    } else if parts > 1 && letters.chars().count() == parts {
        // An unknown chain of single letters ("z.s.m.", "t.z.t."): treat like a known one.
        Some(Abbreviation::AtEnd)
    } else {
        None
    }
}

/// True when `c` starts a list item at the start of a line ("- ", "* ", "• ").
fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '*' | '•' | '–' | '—' | '·')
}

/// Whitespace that does not break a line: skipped between tokens.
fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n'
}

/// True when `line` holds nothing but whitespace (Unicode: no-break space, vertical tab,
/// form feed, ideographic space …): such a line separates paragraphs.
pub(crate) fn is_blank_line(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

/// Byte ranges of the paragraphs of `text`: maximal runs of lines (split at `\n`) that are
/// not blank (see [`is_blank_line`]), without the last line's line break. The one definition
/// of a paragraph, used by the splitter and by the cached re-lint alike.
pub(crate) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        if is_blank_line(content) {
            if let Some(range) = current.take() {
                out.push(range);
            }
        } else {
            let end = pos + content.len();
            match &mut current {
                Some(range) => range.end = end,
                None => current = Some(pos..end),
            }
        }
        pos += line.len();
    }
    out.extend(current);
    out
}

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

    /// The abbreviation that the full stop just pushed closes, as in `dr.`, `o.a.` or
    /// `i.v.m.`: words joined by full stops without spaces, at most four parts.
    fn abbreviation_before_stop(&self) -> Option<Abbreviation> {
        let tokens = &self.out.tokens;
        let n = tokens.len();
        let mut letters = String::new();
        let mut parts = 0;
        let mut k = n - 1; // the full stop just pushed
        while k >= 1 && parts < 4 {
            let word = &tokens[k - 1];
            if word.kind != Kind::Word || word.end != tokens[k].start || k - 1 < self.sentence_start
            {
                break;
            }
            let spelled = &self.text[word.start..word.end];
            if spelled.len() > 6 {
                break;
            }
            letters.insert_str(0, spelled);
            parts += 1;
            if k < 2
                || !matches!(tokens[k - 2].kind, Kind::Punct('.'))
                || tokens[k - 2].end != word.start
            {
                break;
            }
            k -= 2;
        }
        if parts == 0 {
            return None;
        }
        letters.make_ascii_lowercase();
        abbreviation(&letters, parts)
    }
}

/// The next character after `from` that is not inline whitespace (a line break counts).
fn next_non_space(text: &str, from: usize) -> Option<char> {
    text[from..].chars().find(|&c| !is_inline_space(c))
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

/// Splits `text` into tokens, sentences and quotations. A paragraph (see [`paragraphs`])
/// ends every sentence and quotation in it.
pub(crate) fn split(text: &str) -> Split {
    let mut scan = Scanner {
        text,
        out: Split::default(),
        clause: 0,
        sentence_start: 0,
        open_quote: None,
        quote_ended_sentence: false,
    };
    for paragraph in paragraphs(text) {
        scan_paragraph(&mut scan, paragraph);
        scan.close_quote_at_paragraph();
        scan.end_sentence();
        scan.quote_ended_sentence = false;
    }
    scan.out
}

/// Scans one paragraph (no blank lines inside); linear in its length.
fn scan_paragraph(scan: &mut Scanner<'_>, range: Range<usize>) {
    let text = &scan.text[..range.end];
    let bytes = text.as_bytes();
    let mut pos = range.start;
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
            // A list item on the next line starts a new sentence.
            let mut rest = text[pos + 1..].chars().skip_while(|&c| is_inline_space(c));
            if let (Some(bullet), Some(after)) = (rest.next(), rest.next())
                && is_bullet(bullet)
                && after.is_whitespace()
                && scan.open_quote.is_none()
            {
                scan.end_sentence();
            }
            pos += 1;
        } else if ch.is_whitespace() {
            pos += len;
        } else if is_quote_char(ch) {
            scan_quote_mark(scan, pos, ch);
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
                let next = next_non_space(text, pos + len);
                let strong_next =
                    next.is_none_or(|n| n.is_uppercase() || n == '\n' || is_quote_char(n));
                let ends = strong_next || next.is_some_and(|n| n.is_ascii_digit());
                let ends = ends
                    && match (ch == '.')
                        .then(|| scan.abbreviation_before_stop())
                        .flatten()
                    {
                        None => true,
                        Some(Abbreviation::Never) => false,
                        Some(Abbreviation::AtEnd) => strong_next,
                        Some(Abbreviation::Date) => !next.is_some_and(|n| n.is_ascii_digit()),
                    };
                if ends {
                    scan.end_sentence();
                }
            }
            pos += len;
        }
    }
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

    /// The sentences of `text` as strings (from the first to the last token).
    fn sentences(text: &str) -> Vec<&str> {
        let split = split(text);
        split
            .sentences
            .iter()
            .map(|s| &text[split.tokens[s.start].start..split.tokens[s.end - 1].end])
            .collect()
    }

    #[test]
    fn dutch_abbreviations_do_not_end_a_sentence() {
        for text in [
            "Blauwe plek li. bovenarm, ca. 3 cm, d.d. 4/12 gezien.",
            "Gesprek met mw. Ünal en dhr. De Wít i.v.m. het verzuim.",
            "Aanwezig waren o.a. Zoë en Bjørn jr. van de club.",
            "Afspraak op ma. 4 dec. 2026 om 8.55 uur met dr. Van Leeuwen.",
            "Moeder belde m.b.t. de afspraak en zei t.a.v. Sem niets.",
        ] {
            assert_eq!(
                sentences(text),
                [text.trim_end_matches('.').to_owned() + "."],
                "{text}"
            );
        }
    }

    #[test]
    fn sentences_end_after_words_that_can_end_one() {
        assert_eq!(
            sentences("Hij had pennen, schriften enz. Daarna ging hij naar huis."),
            [
                "Hij had pennen, schriften enz.",
                "Daarna ging hij naar huis."
            ]
        );
        assert_eq!(
            sentences("Het was zo. 3 kinderen keken toe."),
            ["Het was zo.", "3 kinderen keken toe."]
        );
        assert_eq!(
            sentences("Dat was op 4/12. Om 8.55 uur belde moeder."),
            ["Dat was op 4/12.", "Om 8.55 uur belde moeder."]
        );
        assert_eq!(
            sentences("Gezien door Jansen jr. Hij belt terug."),
            ["Gezien door Jansen jr.", "Hij belt terug."]
        );
        // A lower-case word after a full stop continues the sentence (as before).
        assert_eq!(sentences("dr. vaak. vaak.").len(), 1);
    }

    #[test]
    fn list_items_and_blank_lines_start_new_sentences() {
        assert_eq!(
            sentences("Gezien:\n- blauwe plek li bovenarm\n- schaafwond re knie"),
            [
                "Gezien:",
                "- blauwe plek li bovenarm",
                "- schaafwond re knie"
            ]
            .map(|s| s.trim_start_matches("- "))
        );
        assert_eq!(
            sentences("Moeder belde\n\u{a0}\nvader kwam"),
            ["Moeder belde", "vader kwam"]
        );
        assert_eq!(sentences("Moeder belde\n\x0b\nvader kwam").len(), 2);
        assert_eq!(sentences("Moeder belde\nvader kwam").len(), 1);
    }

    #[test]
    fn paragraphs_are_runs_of_lines_that_are_not_blank() {
        let text = "\neen\ntwee\n \t\u{a0}\n\x0b\ndrie\r\n\u{3000}\nvier\n";
        let found: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["een\ntwee", "drie\r", "vier"]);
        assert!(paragraphs(" \n\u{a0}").is_empty());
    }

    #[test]
    fn a_quote_that_never_closes_ends_with_its_paragraph() {
        let text = "Hij zei: \"vaak vaak\n\nDaarna vaak.";
        let split = split(text);
        assert_eq!(split.quotes.len(), 1);
        assert_eq!(
            split.tokens[split.quotes[0].end - 1].start,
            text.find("vaak\n").unwrap()
        );
        assert_eq!(split.sentences.len(), 2);
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
