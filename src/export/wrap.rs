//! Line breaking for the PDF layout: greedy wrapping by measured glyph widths, with Dutch
//! hyphenation at syllable boundaries for words that do not fit.

use super::layout::Measure;

/// Greedy line breaking by measured widths; a word that does not fit is hyphenated at a
/// Dutch syllable boundary when that fills the line, and broken by force only when it is
/// wider than a whole line.
pub fn wrap(face: &dyn Measure, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = face.width(" ", size);
    for para in text.split('\n') {
        let mut line = String::new();
        let mut lw = 0.0;
        let mut words: Vec<String> = para.split_whitespace().map(str::to_owned).collect();
        words.reverse();
        while let Some(word) = words.pop() {
            let ww = face.width(&word, size);
            let need = if line.is_empty() { ww } else { lw + space + ww };
            if need <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                lw = need;
                continue;
            }
            let room = if line.is_empty() {
                width
            } else {
                width - lw - space
            };
            if let Some((head, tail)) = split_to_fit(face, &word, size, room, line.is_empty()) {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&head);
                lines.push(std::mem::take(&mut line));
                lw = 0.0;
                words.push(tail);
                continue;
            }
            if line.is_empty() {
                line = word;
                lw = ww;
            } else {
                lines.push(std::mem::take(&mut line));
                words.push(word);
                lw = 0.0;
            }
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Splits a word so that its first part (with a hyphen) fits `room`. Hyphenation points
/// come from [`hyphenate`]; when `force` is set and none fits, the word is cut by letters.
fn split_to_fit(
    face: &dyn Measure,
    word: &str,
    size: f32,
    room: f32,
    force: bool,
) -> Option<(String, String)> {
    let points = hyphenate(word);
    for &p in points.iter().rev() {
        let (a, b) = word.split_at(p);
        let head = format!("{a}-");
        if face.width(&head, size) <= room {
            return Some((head, b.to_owned()));
        }
    }
    if !force {
        return None;
    }
    // Wider than a line and no syllable fits: cut by characters (URLs, long numbers).
    let mut cut = 0;
    for (i, _) in word.char_indices().skip(1) {
        if face.width(&word[..i], size) > room {
            break;
        }
        cut = i;
    }
    if cut == 0 {
        return None;
    }
    Some((word[..cut].to_owned(), word[cut..].to_owned()))
}

/// Consonant pairs and triples that can start a Dutch syllable.
const ONSETS: [&str; 23] = [
    "ch", "schr", "str", "spr", "sch", "tr", "dr", "pr", "br", "kr", "gr", "fr", "pl", "bl", "kl",
    "gl", "fl", "sl", "sp", "st", "kw", "zw", "dw",
];

fn is_vowel(c: char) -> bool {
    matches!(
        c.to_lowercase().next().unwrap_or(c),
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'á'
            | 'à'
            | 'â'
            | 'ä'
            | 'é'
            | 'è'
            | 'ê'
            | 'ë'
            | 'í'
            | 'ï'
            | 'î'
            | 'ó'
            | 'ö'
            | 'ô'
            | 'ú'
            | 'ü'
            | 'û'
            | 'ø'
            | 'ĳ'
    )
}

/// Byte offsets where a Dutch word may be hyphenated, by the common syllable rules: between
/// two consonants (keeping `ch`, `ng`, `sch` together and not splitting inside a vowel
/// group), and before a single consonant between vowels. Only plain words of at least
/// seven letters are hyphenated, with at least three letters on each side; words with
/// digits, hyphens or other punctuation inside are left whole.
pub fn hyphenate(word: &str) -> Vec<usize> {
    let core_end = word.trim_end_matches(|c: char| !c.is_alphabetic()).len();
    let core = &word[..core_end];
    let chars: Vec<(usize, char)> = core.char_indices().collect();
    if chars.len() < 7 || !chars.iter().all(|(_, c)| c.is_alphabetic()) {
        return Vec::new();
    }
    let lower: Vec<char> = chars
        .iter()
        .map(|(_, c)| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let vowel: Vec<bool> = lower.iter().map(|c| is_vowel(*c)).collect();
    let mut out = Vec::new();
    let n = chars.len();
    let mut i = 1;
    while i < n {
        if vowel[i - 1] && !vowel[i] {
            // A run of consonants after a vowel: find its end.
            let mut j = i;
            while j < n && !vowel[j] {
                j += 1;
            }
            if j < n {
                // vowel + consonants + vowel: the break goes before the last consonant, or
                // before the last two when they can start a Dutch syllable ("uit-trok").
                let run: String = lower[i..j].iter().collect();
                let len = j - i;
                let keep = ONSETS
                    .iter()
                    .map(|o| (o, o.chars().count()))
                    .filter(|(o, l)| *l <= len && run.ends_with(**o))
                    .map(|(_, l)| l)
                    .max()
                    .unwrap_or(1);
                let k = j - keep;
                if k >= 3 && n - k >= 3 {
                    out.push(chars[k].0);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    // Never split the digraph "ij".
    out.retain(|&b| {
        let prev = core[..b].chars().last();
        let next = core[b..].chars().next();
        !(matches!(prev, Some('i' | 'I')) && matches!(next, Some('j' | 'J')))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Mono;
    impl Measure for Mono {
        fn width(&self, text: &str, size: f32) -> f32 {
            text.chars().count() as f32 * size * 0.5
        }
    }

    #[test]
    fn hyphenates_dutch_compounds_at_syllables() {
        let w = "kindermishandeling";
        let parts: Vec<&str> = {
            let mut v = Vec::new();
            let mut last = 0;
            for p in hyphenate(w) {
                v.push(&w[last..p]);
                last = p;
            }
            v.push(&w[last..]);
            v
        };
        assert_eq!(parts.concat(), w);
        assert!(
            parts.contains(&"kin") || parts.iter().any(|p| p.starts_with("der")),
            "{parts:?}"
        );
        assert!(hyphenate("Ünal-de").is_empty());
        assert!(hyphenate("06-12345678").is_empty());
        assert!(hyphenate("kort").is_empty());
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_letter() {
        let text = "Het afwegingskader bestaat uit vijf vragen over huiselijkgeweldsituaties en kindermishandeling.";
        let lines = wrap(&Mono, text, 10.0, 100.0);
        for l in &lines {
            assert!(Mono.width(l, 10.0) <= 100.0, "{l}");
        }
        let joined: String = lines
            .iter()
            .map(|l| l.strip_suffix('-').map_or(format!("{l} "), str::to_owned))
            .collect();
        assert_eq!(
            joined.split_whitespace().collect::<Vec<_>>().join(" "),
            text
        );
    }
}
