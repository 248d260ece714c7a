//! The one passphrase policy, for the window and the command line alike: at least
//! [`MIN_CHARS`] characters and an estimated strength of at least [`MIN_BITS`] bits.
//!
//! The estimate is deliberately simple (no `zxcvbn`, whose word lists and regex engine
//! would cost more build time than the vault itself): every character costs the bits of the
//! character classes the passphrase uses, except that a repeat of the previous character
//! costs 1 bit, a step in a sequence (`abc`, `321`) 2 bits, a keyboard row or a common
//! password or word from a short list ([`COMMON`], Dutch and English) 11 bits as a whole,
//! and a passphrase that repeats one part costs that part once. It errs on the generous
//! side for long random-looking text and catches what people really type: `wachtwoord123`,
//! `Welkom2026!`, `aaaaaaaaaaaa`, `qwertyuiop12`.

use crate::texts;

/// The fewest characters a passphrase may have.
pub const MIN_CHARS: usize = 12;
/// The least estimated strength, in bits.
pub const MIN_BITS: f64 = 50.0;

/// Common passwords, words and keyboard runs (lower case, at least 4 characters).
const COMMON: &[&str] = &[
    "wachtwoord",
    "password",
    "passwoord",
    "welkom",
    "welcome",
    "geheim",
    "secret",
    "qwerty",
    "azerty",
    "asdf",
    "zxcv",
    "1234",
    "0000",
    "1111",
    "abcd",
    "admin",
    "letmein",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "voetbal",
    "ajax",
    "feyenoord",
    "psv",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "januari",
    "februari",
    "maart",
    "april",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "school",
    "meldcode",
    "dossier",
    "kluis",
    "veilig",
    "thuis",
    "schatje",
    "liefde",
    "hallo",
    "hello",
    "sunshine",
    "princess",
    "master",
    "shadow",
    "trustno1",
    "computer",
    "internet",
    "nederland",
    "amsterdam",
    "rotterdam",
    "utrecht",
    "test",
    "gebruiker",
    "user",
    "login",
    "inloggen",
    "changeme",
    "starwars",
];

/// Why a passphrase is refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Weakness {
    /// Nothing typed.
    #[error("the passphrase is empty")]
    Empty,
    /// Fewer than [`MIN_CHARS`] characters.
    #[error("the passphrase has {chars} characters; at least 12 are needed")]
    TooShort {
        /// How many characters it has.
        chars: usize,
    },
    /// A well-known password, perhaps with digits or signs added.
    #[error("the passphrase is a well-known password")]
    Common,
    /// Long enough but predictable (repeats, sequences, common words).
    #[error("the passphrase is too predictable (about {bits:.0} bits; at least 50 needed)")]
    Predictable {
        /// The estimate.
        bits: f64,
    },
}

impl Weakness {
    /// The message for the user, in Dutch.
    pub fn dutch_message(&self) -> String {
        match self {
            Weakness::Empty => texts::messages::PASSPHRASE_EMPTY.to_owned(),
            Weakness::TooShort { chars } => texts::messages::PASSPHRASE_TOO_SHORT
                .replace("{n}", &chars.to_string())
                .replace("{min}", &MIN_CHARS.to_string()),
            Weakness::Common => texts::messages::PASSPHRASE_COMMON.to_owned(),
            Weakness::Predictable { .. } => texts::messages::PASSPHRASE_PREDICTABLE.to_owned(),
        }
    }
}

/// Checks a new passphrase against the policy.
pub fn check_passphrase(passphrase: &str) -> Result<(), Weakness> {
    let chars = passphrase.chars().count();
    if passphrase.trim().is_empty() {
        return Err(Weakness::Empty);
    }
    if chars < MIN_CHARS {
        return Err(Weakness::TooShort { chars });
    }
    let core: String = passphrase
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphabetic())
        .to_owned();
    if COMMON.contains(&core.as_str()) {
        return Err(Weakness::Common);
    }
    let bits = strength_bits(passphrase);
    if bits < MIN_BITS {
        return Err(Weakness::Predictable { bits });
    }
    Ok(())
}

/// The estimated strength of a passphrase in bits (see the module text).
pub fn strength_bits(passphrase: &str) -> f64 {
    let chars: Vec<char> = passphrase.to_lowercase().chars().collect();
    let unit = shortest_repeating_unit(&chars);
    let pool = pool_size(passphrase);
    let per_char = f64::from(pool).log2();
    let mut bits = 0.0;
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < unit.len() {
        if let Some(len) = common_at(&unit[i..]) {
            bits += 11.0;
            prev = unit.get(i + len - 1).copied();
            i += len;
            continue;
        }
        let c = unit[i];
        bits += match prev {
            Some(p) if p == c => 1.0,
            Some(p) if (u32::from(p)).abs_diff(u32::from(c)) == 1 => 2.0,
            _ => per_char,
        };
        prev = Some(c);
        i += 1;
    }
    // A repeated unit adds a little for the number of repeats.
    if unit.len() < chars.len() {
        bits += 2.0;
    }
    bits
}

fn common_at(rest: &[char]) -> Option<usize> {
    COMMON
        .iter()
        .filter(|w| {
            let w: Vec<char> = w.chars().collect();
            rest.len() >= w.len() && rest[..w.len()] == w[..]
        })
        .map(|w| w.chars().count())
        .max()
}

fn shortest_repeating_unit(chars: &[char]) -> &[char] {
    let n = chars.len();
    for len in 1..=n / 2 {
        if n.is_multiple_of(len) && chars.chunks(len).all(|c| c == &chars[..len]) {
            return &chars[..len];
        }
    }
    chars
}

fn pool_size(p: &str) -> u32 {
    let mut pool = 0;
    if p.chars().any(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if p.chars().any(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if p.chars().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if p.chars().any(|c| c.is_ascii_punctuation() || c == ' ') {
        pool += 33;
    }
    if !p.is_ascii() {
        pool += 100;
    }
    pool.max(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_people_really_type_is_refused_with_a_dutch_reason() {
        assert_eq!(check_passphrase(""), Err(Weakness::Empty));
        assert_eq!(check_passphrase("   "), Err(Weakness::Empty));
        assert_eq!(
            check_passphrase("kort"),
            Err(Weakness::TooShort { chars: 4 })
        );
        assert_eq!(check_passphrase("Wachtwoord!!"), Err(Weakness::Common));
        for weak in [
            "aaaaaaaaaaaaaaaa",
            "wachtwoord123",
            "Welkom2026!!",
            "qwertyuiop12",
            "abcdefghijklmnop",
            "123456789012",
            "zomerzomerzomer",
            "Ajax2026Ajax2026",
        ] {
            let r = check_passphrase(weak);
            assert!(r.is_err(), "{weak}: {:.1} bits", strength_bits(weak));
            assert!(!r.unwrap_err().dutch_message().is_empty());
        }
    }

    #[test]
    fn word_passphrases_and_random_strings_pass() {
        for strong in [
            "correct paard batterij niet",
            "Çağla fietst naar Zoë’s tuin",
            "t7#Qm!x2Lp9$vR",
            "bjørn eet ĳs op de dijk",
        ] {
            assert_eq!(
                check_passphrase(strong),
                Ok(()),
                "{strong}: {:.1}",
                strength_bits(strong)
            );
        }
    }
}
