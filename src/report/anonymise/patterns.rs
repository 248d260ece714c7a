//! Pattern finding and replacement for the anonymiser: accent folding, date notations,
//! e-mail addresses, postcodes, phone and BSN-like numbers, and rendering the replacements.

use chrono::{Datelike as _, NaiveDate};

use crate::texts::documents as t;

/// A replacement of `text[start..end]`.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) replacement: String,
}

/// "moeder" -> "moeders", "het kind" -> "het kind z’n"-free genitive: "van het kind" reads
/// wrongly before the noun, so the label takes an `'s` unless it ends in a consonant that
/// takes a plain `s` in Dutch (moeders, vaders).
pub(super) fn possessive_of(label: &str) -> String {
    if label.starts_with('[') {
        return label.to_owned();
    }
    if label.ends_with('r') || label.ends_with("er") {
        format!("{label}s")
    } else {
        format!("{label}'s")
    }
}

pub(super) fn render(text: &str, mut spans: Vec<Span>) -> String {
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for s in spans {
        if s.start < pos || s.end > text.len() || s.start >= s.end {
            continue;
        }
        let Some(before) = text.get(pos..s.start) else {
            continue;
        };
        out.push_str(before);
        // "Moeder Selam" reads "moeder", not "moeder moeder".
        let label = s.replacement.to_lowercase();
        let stem = out.trim_end_matches(' ');
        if !label.starts_with('[')
            && stem.len() < out.len()
            && stem
                .get(stem.len().saturating_sub(label.len())..)
                .is_some_and(|w| w.to_lowercase() == label)
            && stem[..stem.len() - label.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            out.truncate(stem.len());
            pos = s.end;
            continue;
        }
        if sentence_start(&out) {
            out.push_str(&capitalise(&s.replacement));
        } else {
            out.push_str(&s.replacement);
        }
        pos = s.end;
    }
    out.push_str(text.get(pos..).unwrap_or_default());
    out
}

pub(super) fn sentence_start(before: &str) -> bool {
    let trimmed = before.trim_end_matches(['"', '“', '„', '‘', '\'', '(', ' ', '\t']);
    trimmed.is_empty()
        || trimmed.ends_with(['.', '!', '?', '\n', ':']) && before.len() > trimmed.len()
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) fn is_postcode_letters(w: &str) -> bool {
    w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// [`fold`] as a string.
pub(crate) fn fold_chars(text: &str) -> String {
    fold(text).into_iter().map(|(c, _)| c).collect()
}

/// Dutch licence plates (kentekens): three groups of letters and digits joined by hyphens,
/// six letters and digits in all, with both letters and digits ("XT-432-K", "45-KLP-9").
pub(super) fn find_plates(chars: &[(usize, char)], spans: &mut Vec<Span>) {
    let c = |i: usize| chars.get(i).map(|(_, c)| *c);
    let plate_char = |x: char| x.is_ascii_digit() || x.is_ascii_uppercase();
    let mut i = 0;
    while i < chars.len() {
        if !c(i).is_some_and(plate_char) || (i > 0 && c(i - 1).is_some_and(char::is_alphanumeric)) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut groups = 1;
        let mut count = 0;
        let (mut letters, mut digits) = (false, false);
        while let Some(x) = c(j) {
            if plate_char(x) {
                count += 1;
                letters |= x.is_ascii_uppercase();
                digits |= x.is_ascii_digit();
            } else if x == '-'
                && c(j + 1).is_some_and(plate_char)
                && c(j.wrapping_sub(1)).is_some_and(plate_char)
            {
                groups += 1;
            } else {
                break;
            }
            j += 1;
        }
        if groups == 3
            && count == 6
            && letters
            && digits
            && !c(j).is_some_and(char::is_alphanumeric)
        {
            spans.push(span(chars, i, j, t::PLACEHOLDER_LICENCE_PLATE));
        }
        i = j.max(i + 1);
    }
}

/// A date written after "geboren", "geb." or "geboortedatum" (of anyone, registered or not):
/// "geboren op 3-4-2019", "geb. 03/04/2019", "geboortedatum: 3 april 2019".
pub(super) fn find_birth_dates(chars: &[(usize, char)], spans: &mut Vec<Span>) {
    let lower: Vec<char> = chars.iter().map(|(_, c)| c.to_ascii_lowercase()).collect();
    let c = |i: usize| lower.get(i).copied();
    for key in ["geboortedatum", "geboren", "geb."] {
        let key: Vec<char> = key.chars().collect();
        let mut i = 0;
        while i + key.len() <= lower.len() {
            let hit = lower[i..i + key.len()] == key[..]
                && (i == 0 || !c(i - 1).is_some_and(char::is_alphanumeric));
            if !hit {
                i += 1;
                continue;
            }
            // Skip a few filler characters and words ("op", ":", "in").
            let mut j = i + key.len();
            let limit = j + 8;
            while j < limit && c(j).is_some_and(|x| !x.is_ascii_digit()) {
                j += 1;
            }
            let start = j;
            let mut end = j;
            let mut digits = 0;
            while let Some(x) = c(end) {
                if x.is_ascii_digit() {
                    digits += 1;
                } else if !(matches!(x, '-' | '/' | '.' | ' ') || x.is_alphabetic()) {
                    break;
                }
                end += 1;
                if end - start > 20 {
                    break;
                }
            }
            // Keep only up to the last digit: the year.
            while end > start && !c(end - 1).is_some_and(|x| x.is_ascii_digit()) {
                end -= 1;
            }
            let written: String = chars[start..end].iter().map(|(_, ch)| *ch).collect();
            let month_word = crate::texts::common::MONTHS
                .iter()
                .any(|m| written.to_lowercase().contains(m));
            let numeric = written
                .chars()
                .filter(|x| matches!(x, '-' | '/' | '.'))
                .count()
                == 2;
            if digits >= 5 && (month_word || numeric) {
                spans.push(span(chars, start, end, t::PLACEHOLDER_BIRTH_DATE));
            }
            i = end.max(i + 1);
        }
    }
}

/// Lower-cases and strips diacritics; each folded char keeps the index of its source char.
pub(super) fn fold(text: &str) -> Vec<(char, usize)> {
    let mut out = Vec::with_capacity(text.len());
    for (ci, c) in text.chars().enumerate() {
        for lc in c.to_lowercase() {
            let s: &str = match lc {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
                'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
                'ď' | 'đ' => "d",
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
                'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
                'ĥ' | 'ħ' => "h",
                'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
                'ĵ' => "j",
                'ķ' => "k",
                'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
                'ñ' | 'ń' | 'ņ' | 'ň' => "n",
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
                'ŕ' | 'ŗ' | 'ř' => "r",
                'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
                'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
                'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
                'ŵ' => "w",
                'ý' | 'ÿ' | 'ŷ' => "y",
                'ź' | 'ż' | 'ž' => "z",
                'æ' => "ae",
                'œ' => "oe",
                'ß' => "ss",
                'ĳ' => "ij",
                '’' | '‘' | '`' | '´' => "'",
                '\u{0300}'..='\u{036f}' => "",
                _ => {
                    out.push((lc, ci));
                    continue;
                }
            };
            out.extend(s.chars().map(|fc| (fc, ci)));
        }
    }
    out
}

/// The ways a date is commonly written in Dutch.
pub(super) fn date_variants(d: NaiveDate) -> Vec<String> {
    let (day, month, year) = (d.day(), d.month(), d.year());
    let Some(name) = crate::texts::common::MONTHS.get(month as usize - 1) else {
        return Vec::new();
    };
    let short: String = name.chars().take(3).collect();
    let yy = year % 100;
    let mut v = Vec::new();
    for dd in [format!("{day}"), format!("{day:02}")] {
        for mm in [format!("{month}"), format!("{month:02}")] {
            for sep in ['-', '/', '.'] {
                v.push(format!("{dd}{sep}{mm}{sep}{year}"));
                v.push(format!("{dd}{sep}{mm}{sep}{yy:02}"));
            }
        }
        v.push(format!("{dd} {name} {year}"));
        v.push(format!("{dd} {short}. {year}"));
        v.push(format!("{dd} {short} {year}"));
        v.push(format!("{dd} {name}"));
    }
    v.push(format!("{year}-{month:02}-{day:02}"));
    v
}

pub(super) fn find_emails(chars: &[(usize, char)], spans: &mut Vec<Span>) {
    let local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    let domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
    for (i, (_, c)) in chars.iter().enumerate() {
        if *c != '@' {
            continue;
        }
        let mut s = i;
        while s > 0 && chars.get(s - 1).is_some_and(|(_, c)| local(*c)) {
            s -= 1;
        }
        let mut e = i + 1;
        while chars.get(e).is_some_and(|(_, c)| domain(*c)) {
            e += 1;
        }
        while e > i + 1
            && chars
                .get(e - 1)
                .is_some_and(|(_, c)| *c == '.' || *c == '-')
        {
            e -= 1;
        }
        let has_dot = chars[i + 1..e].iter().any(|(_, c)| *c == '.');
        if s < i && has_dot {
            spans.push(span(chars, s, e, t::PLACEHOLDER_EMAIL_ADDRESS));
        }
    }
}

pub(super) fn span(chars: &[(usize, char)], s: usize, e: usize, replacement: &str) -> Span {
    let start = chars.get(s).map_or(0, |(b, _)| *b);
    let end = chars
        .get(e.saturating_sub(1))
        .map_or(start, |(b, c)| b + c.len_utf8());
    Span {
        start,
        end,
        replacement: replacement.to_owned(),
    }
}

pub(super) fn find_postcodes(chars: &[(usize, char)], spans: &mut Vec<Span>) {
    let c = |i: usize| chars.get(i).map(|(_, c)| *c);
    for i in 0..chars.len() {
        if i > 0 && c(i - 1).is_some_and(char::is_alphanumeric) {
            continue;
        }
        if !(0..4).all(|k| c(i + k).is_some_and(|d| d.is_ascii_digit())) || c(i) == Some('0') {
            continue;
        }
        let mut j = i + 4;
        if c(j) == Some(' ') {
            j += 1;
        }
        let letters = (0..2).all(|k| c(j + k).is_some_and(|l| l.is_ascii_uppercase()));
        if letters && !c(j + 2).is_some_and(char::is_alphanumeric) {
            spans.push(span(chars, i, j + 2, t::PLACEHOLDER_POSTCODE));
        }
    }
}

/// Phone numbers (10 digits from a leading 0, or +31 / 0031 with 9 more) and BSN-like
/// numbers (9 digits, optionally grouped with dots or spaces).
pub(super) fn find_numbers(chars: &[(usize, char)], spans: &mut Vec<Span>) {
    let c = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut i = 0;
    while i < chars.len() {
        let starts = c(i).is_some_and(|d| d.is_ascii_digit() || d == '+');
        if !starts || (i > 0 && c(i - 1).is_some_and(|p| p.is_alphanumeric() || p == '+')) {
            i += 1;
            continue;
        }
        // Collect digits with single separators between them.
        let mut j = i;
        let mut digits = String::new();
        let mut last_digit_end = i;
        let mut ends: Vec<(usize, usize)> = Vec::new(); // (digit count, end index)
        if c(j) == Some('+') {
            j += 1;
        }
        loop {
            match c(j) {
                Some(d) if d.is_ascii_digit() => {
                    digits.push(d);
                    j += 1;
                    last_digit_end = j;
                    ends.push((digits.len(), j));
                }
                Some(' ' | '-' | '.' | '(' | ')' | '/') => {
                    let mut k = j;
                    while matches!(c(k), Some(' ' | '-' | '.' | '(' | ')' | '/')) && k - j < 3 {
                        k += 1;
                    }
                    if c(k).is_some_and(|d| d.is_ascii_digit()) && k - j <= 3 {
                        j = k;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let plus = c(i) == Some('+');
        let boundary = |e: usize| !c(e).is_some_and(char::is_alphanumeric);
        let mut hit: Option<(usize, &str)> = None;
        for (n, e) in ends.iter().rev() {
            let d = &digits[..*n];
            let phone = (d.starts_with('0') && !d.starts_with("00") && *n == 10)
                || (plus && d.starts_with("31") && *n == 11)
                || (d.starts_with("0031") && *n == 13);
            let bsn = !plus && *n == 9 && !d.starts_with('0');
            if (phone || bsn) && boundary(*e) {
                hit = Some((
                    *e,
                    if phone {
                        t::PLACEHOLDER_PHONE_NUMBER
                    } else {
                        t::PLACEHOLDER_CITIZEN_SERVICE_NUMBER
                    },
                ));
                break;
            }
        }
        if let Some((e, what)) = hit {
            spans.push(span(chars, i, e, what));
            i = e;
        } else {
            i = last_digit_end.max(i + 1);
        }
    }
}
