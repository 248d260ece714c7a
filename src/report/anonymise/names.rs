//! Names nobody registered: capitalised words that are neither a Dutch word (OpenTaal's
//! list, see [`crate::report::lexicon`]) nor a known role, title or institution, names
//! after a title ("juf Anouk", "buurman Kees"), names of schools and clubs, streets,
//! places and licence plates. What is sure is replaced; what may be a word or a name
//! ("Roos" at the start of a sentence) is doubtful until the user confirms it.

use std::collections::BTreeSet;

use super::patterns::{Span, fold_chars};
use crate::report::lexicon::{Lexicon, lexicon};
use crate::texts::documents as t;

/// Why a stretch of text was replaced (reported to the user before an export).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A registered person, colleague or organisation, or their details.
    Registered,
    /// A number, postcode, e-mail address, licence plate or date.
    Pattern,
    /// A name nobody registered.
    Name,
    /// A school, club or other organisation nobody registered.
    Organisation,
    /// A street.
    Street,
    /// A place.
    Place,
    /// A doubtful word the user has not confirmed (replaced to be safe).
    Doubtful,
}

/// Words the user has looked at: `names` are replaced, `words` stay. Folded or as typed;
/// both are compared folded.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Confirmations {
    /// Words confirmed as names.
    pub names: BTreeSet<String>,
    /// Words confirmed as ordinary words.
    pub words: BTreeSet<String>,
}

impl Confirmations {
    fn folded(set: &BTreeSet<String>, f: &str) -> bool {
        set.iter().any(|w| fold_chars(w) == f)
    }
}

/// Roles, titles, functions and institutions that identify nobody, also capitalised.
const KEEP: &[&str] = &[
    "veilig",
    "thuis",
    "raad",
    "kinderbescherming",
    "jeugdzorg",
    "wijkteam",
    "sociaal",
    "centrum",
    "jeugd",
    "gezin",
    "ggd",
    "jgz",
    "cjg",
    "ggz",
    "amk",
    "vt",
    "bso",
    "kdv",
    "ib",
    "ib'er",
    "ibber",
    "smw",
    "amw",
    "politie",
    "huisarts",
    "gemeente",
    "leerplicht",
    "zorg",
    "advies",
    "team",
    "directeur",
    "directie",
    "intern",
    "begeleider",
    "mentor",
    "leerkracht",
    "juf",
    "meester",
    "moeder",
    "vader",
    "mama",
    "papa",
    "oma",
    "opa",
    "broer",
    "zus",
    "stiefvader",
    "stiefmoeder",
    "pleegouder",
    "pleegmoeder",
    "pleegvader",
    "tante",
    "oom",
    "jeugdarts",
    "jeugdverpleegkundige",
    "schoolarts",
    "wijkagent",
    "kinderarts",
    "spoedeisende",
    "hulp",
    "seh",
    "zat",
    "zorgcoordinator",
    "aandachtsfunctionaris",
    "meldcode",
    "kindcheck",
    "sinterklaas",
    "kerst",
    "kerstmis",
    "pasen",
    "pinksteren",
    "ramadan",
    "suikerfeest",
    "offerfeest",
    "koningsdag",
    "oud",
    "nieuw",
    "whatsapp",
    "instagram",
    "snapchat",
    "tiktok",
    "facebook",
    "youtube",
    "google",
    "teams",
    "zoom",
    "magister",
    "parnassys",
    "ik",
    "nederland",
    "nederlands",
    "nederlandse",
    "engels",
    "arabisch",
    "turks",
    "tigrinya",
    "pools",
    "somali",
    "berbers",
    "koerdisch",
    "farsi",
    "dari",
    "oekraiens",
    "oekraiense",
    "bsn",
    "digid",
    "halt",
    "om",
    "lvb",
    "adhd",
    "add",
    "ass",
    "pdd-nos",
    "ptss",
    "covid",
    "corona",
];

/// Words after which a capitalised word (or a lower-case non-word) is a person's name.
const TITLES: &[&str] = &[
    "juf",
    "juffrouw",
    "meester",
    "meneer",
    "mevrouw",
    "mevr",
    "mw",
    "dhr",
    "heer",
    "buurman",
    "buurvrouw",
    "buurjongen",
    "buurmeisje",
    "oom",
    "tante",
    "opa",
    "oma",
    "neef",
    "nicht",
    "broer",
    "broertje",
    "zus",
    "zusje",
    "zussen",
    "vriend",
    "vriendin",
    "vriendje",
    "vriendinnetje",
    "papa",
    "mama",
    "stiefvader",
    "stiefmoeder",
    "pleegvader",
    "pleegmoeder",
    "dokter",
    "dr",
    "collega",
    "klasgenoot",
    "klasgenootje",
    "coach",
    "trainer",
    "oppas",
    "babysitter",
    "familie",
    "vader",
    "moeder",
    "zoon",
    "dochter",
    "baby",
    "neefje",
    "nichtje",
    "kleinzoon",
    "kleindochter",
    "partner",
    "vriendje",
    "leerling",
    "agent",
    "wijkagent",
    "juffie",
    "overbuurman",
    "overbuurvrouw",
    "schoonmoeder",
    "schoonvader",
];

/// Words after which capitalised words name an organisation.
const ORG_KINDS: &[&str] = &[
    "basisschool",
    "school",
    "obs",
    "cbs",
    "rkbs",
    "pcbs",
    "kindcentrum",
    "ikc",
    "bso",
    "kdv",
    "kinderdagverblijf",
    "peuterspeelzaal",
    "kinderopvang",
    "voetbalclub",
    "vereniging",
    "sportvereniging",
    "club",
    "korfbalclub",
    "hockeyclub",
    "zwemclub",
    "judoclub",
    "moskee",
    "kerk",
    "gemeente",
    "praktijk",
    "stichting",
    "sbo",
    "so",
    "vo",
    "college",
    "lyceum",
    "scholengemeenschap",
    "sportschool",
    "dansschool",
    "muziekschool",
    "vv",
    "sv",
    "fc",
];

/// Family names that are also ordinary words: a name when capitalised inside a sentence,
/// doubtful at its start.
const SURNAME_WORDS: &[&str] = &[
    "bakker",
    "visser",
    "smit",
    "boer",
    "mulder",
    "dekker",
    "brouwer",
    "kok",
    "koster",
    "prins",
    "vos",
    "kuiper",
    "schouten",
    "molenaar",
    "timmerman",
    "schilder",
    "huisman",
    "koning",
    "groot",
    "berg",
    "bos",
    "veen",
    "wolf",
    "haan",
    "post",
    "bosch",
    "zwart",
    "wit",
    "visscher",
    "beek",
    "brink",
    "bruin",
    "jong",
    "graaf",
    "leeuw",
    "vries",
    "kramer",
    "hendriks",
    "meijer",
    "dijk",
    "vliet",
    "linden",
    "heuvel",
    "wal",
    "laan",
    "bruijn",
    "hoogland",
    "goudsmit",
    "bergman",
    "zonneveld",
    "groen",
    "rood",
    "blom",
    "bloem",
    "koch",
];

/// Tussenvoegsels: inside a name they do not break it.
const TUSSEN: &[&str] = &[
    "de", "van", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "la", "le", "von",
    "el", "al", "da", "dos", "di", "du", "vanden", "vander",
];

/// Tussenvoegsels that may stand inside a name chain ("Yonas van der Berg"); "in", "op"
/// and "te" are left out, as they join a name to a place more often than not.
const CHAIN: &[&str] = &[
    "de", "van", "der", "den", "het", "ter", "ten", "'t", "la", "le", "von", "el", "al", "da",
    "dos", "di", "du",
];

/// Words before a place name.
const PLACE_WORDS: &[&str] = &["in", "uit", "naar", "te", "bij", "richting", "vanuit"];

/// Street suffixes.
const STREETS: &[&str] = &[
    "straat",
    "laan",
    "weg",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dijk",
    "dreef",
    "hof",
    "steeg",
    "pad",
    "park",
    "plantsoen",
    "boulevard",
    "allee",
    "hage",
    "erf",
    "markt",
    "wal",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep,
    Replace(&'static str, Reason),
    Doubt,
}

/// A word of the text: char range `[s, e)` in `chars`.
#[derive(Debug, Clone)]
struct Token {
    s: usize,
    e: usize,
    text: String,
}

fn tokens(chars: &[(usize, char)]) -> Vec<Token> {
    let c = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = c(i).is_some_and(char::is_alphabetic)
            && (i == 0 || !c(i - 1).is_some_and(char::is_alphanumeric));
        if !starts {
            i += 1;
            continue;
        }
        let mut e = i + 1;
        loop {
            match c(e) {
                Some(x) if x.is_alphabetic() => e += 1,
                Some('-' | '\'' | '’') if c(e + 1).is_some_and(char::is_alphabetic) => e += 2,
                _ => break,
            }
        }
        let text: String = chars[i..e].iter().map(|(_, c)| *c).collect();
        out.push(Token { s: i, e, text });
        i = e;
    }
    out
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Whether the char before `s` (skipping spaces, quotes and brackets) ends a sentence.
fn sentence_start(chars: &[(usize, char)], s: usize) -> bool {
    let mut i = s;
    while i > 0 {
        i -= 1;
        let ch = chars[i].1;
        if ch == '\n' {
            return true;
        }
        if ch.is_whitespace() || "\"“”„'‘’([*•".contains(ch) {
            continue;
        }
        if ch == '-' || ch == '–' {
            // A bullet at the start of a line.
            let before = chars[..i]
                .iter()
                .rev()
                .find(|(_, c)| *c != ' ' && *c != '\t');
            return before.is_none_or(|(_, c)| *c == '\n');
        }
        return ".!?:;".contains(ch);
    }
    true
}

fn place_ctx_of(prev_f: Option<&str>) -> bool {
    prev_f.is_some_and(|p| PLACE_WORDS.contains(&p))
}

fn street_suffix(f: &str) -> bool {
    STREETS
        .iter()
        .any(|s| f.len() >= s.len() + 3 && f.ends_with(s))
}

/// The scanner over one text.
pub(super) struct Scan<'a> {
    pub(super) lex: &'a Lexicon,
    pub(super) learned: &'a BTreeSet<String>,
    pub(super) conf: &'a Confirmations,
}

/// One name found: the text replaced, by what, and why.
pub(super) struct Hit {
    pub(super) span: Span,
    pub(super) word: String,
    pub(super) reason: Reason,
}

impl Scan<'_> {
    /// Finds the names in `chars` that no span in `taken` covers yet.
    pub(super) fn find(&self, chars: &[(usize, char)], taken: &[Span]) -> Vec<Hit> {
        let toks = tokens(chars);
        let byte = |ci: usize| {
            chars.get(ci).map_or_else(
                || chars.last().map_or(0, |(b, c)| b + c.len_utf8()),
                |(b, _)| *b,
            )
        };
        let covered = |tk: &Token| {
            let (bs, be) = (byte(tk.s), byte(tk.e));
            taken.iter().any(|sp| sp.start < be && bs < sp.end)
        };
        let mut hits: Vec<Hit> = Vec::new();
        // Index of the token that ended the last hit, for name chains.
        let mut chain_end: Option<usize> = None;
        let mut k = 0;
        while k < toks.len() {
            let tk = &toks[k];
            if covered(tk) {
                chain_end = None;
                k += 1;
                continue;
            }
            let prev = k.checked_sub(1).map(|p| &toks[p]);
            let gap_ok = |a: &Token, b: &Token| chars[a.e..b.s].iter().all(|(_, c)| *c == ' ');
            let prev_f = prev
                .filter(|p| chars[p.e..tk.s].iter().all(|(_, c)| *c == ' ' || *c == ','))
                .map(|p| fold_chars(&p.text));
            let start = sentence_start(chars, tk.s);
            // In a chain: the previous hit ends right before, or only tussenvoegsels lie
            // between it and this token.
            let in_chain = chain_end.is_some_and(|ce| {
                (ce + 1..k).all(|j| CHAIN.contains(&fold_chars(&toks[j].text).as_str()))
                    && (ce..k).all(|j| gap_ok(&toks[j], &toks[j + 1]))
            });
            let verdict = self.judge(tk, prev_f.as_deref(), prev, start, in_chain, chars);
            match verdict {
                Verdict::Keep => {
                    let f = fold_chars(&tk.text);
                    if !TUSSEN.contains(&f.as_str()) {
                        chain_end = None;
                    }
                }
                Verdict::Replace(..) | Verdict::Doubt => {
                    let (replacement, reason) = match verdict {
                        Verdict::Replace(r, why) => (r, why),
                        _ => (t::PLACEHOLDER_NAME, Reason::Doubtful),
                    };
                    let mut s = tk.s;
                    let mut e = tk.e;
                    // Articles of an organisation's name go with it ("De Boomhut").
                    if reason == Reason::Organisation
                        && let Some(p) = prev
                        && matches!(p.text.as_str(), "De" | "Het")
                        && !start
                    {
                        s = p.s;
                    }
                    // House numbers go with the street.
                    if reason == Reason::Street {
                        let mut j = e;
                        if chars.get(j).is_some_and(|(_, c)| *c == ' ') {
                            j += 1;
                        }
                        let d0 = j;
                        while chars.get(j).is_some_and(|(_, c)| c.is_ascii_digit()) {
                            j += 1;
                        }
                        if j > d0 {
                            while chars.get(j).is_some_and(|(_, c)| c.is_ascii_alphabetic())
                                && j - d0 < 6
                            {
                                j += 1;
                            }
                            e = j;
                        }
                    }
                    let word = tk.text.clone();
                    let merge = in_chain
                        && reason != Reason::Doubtful
                        && hits.last().is_some_and(|h| h.reason == reason);
                    if merge && let Some(last) = hits.last_mut() {
                        last.span.end = byte(e);
                        last.word = format!("{} {word}", last.word);
                    } else {
                        hits.push(Hit {
                            span: Span {
                                start: byte(s),
                                end: byte(e),
                                replacement: replacement.to_owned(),
                            },
                            word,
                            reason,
                        });
                    }
                    chain_end = Some(k);
                }
            }
            k += 1;
        }
        hits
    }

    #[allow(clippy::too_many_lines)]
    fn judge(
        &self,
        tk: &Token,
        prev_f: Option<&str>,
        prev: Option<&Token>,
        start: bool,
        in_chain: bool,
        chars: &[(usize, char)],
    ) -> Verdict {
        let lex = self.lex;
        let w = tk.text.as_str();
        let f_full = fold_chars(w);
        // Possessive: "Anouk's", "Anouks".
        let f = f_full
            .strip_suffix("'s")
            .map_or_else(|| f_full.clone(), str::to_owned);
        if Confirmations::folded(&self.conf.words, &f)
            || Confirmations::folded(&self.conf.words, &f_full)
        {
            return Verdict::Keep;
        }
        if Confirmations::folded(&self.conf.names, &f)
            || Confirmations::folded(&self.conf.names, &f_full)
        {
            return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
        }
        let word = |x: &str| lex.is_word(x) || lex.is_compound(x);
        let keep = |x: &str| KEEP.contains(&x);
        let after_title = prev_f.is_some_and(|p| TITLES.contains(&p));
        let after_org = prev_f.is_some_and(|p| ORG_KINDS.contains(&p))
            || prev.is_some_and(|p| matches!(p.text.as_str(), "De" | "Het"))
                && prev.is_some_and(|p| !sentence_start(chars, p.s));
        let cap = is_capitalised(w);
        if !cap {
            if TUSSEN.contains(&f.as_str()) || keep(&f) || f.chars().count() < 3 {
                return Verdict::Keep;
            }
            let known = word(&f) || word(&f_full);
            if !known && (after_title || lex.is_name(&f) || self.learned.contains(&f)) {
                return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
            }
            // A lower-case word that is no Dutch word may be a name typed in lower case
            // ("yonas zei"): replaced until the user says it is a word (or a typo).
            if !known && lex.is_place(&f) {
                return Verdict::Replace(t::PLACEHOLDER_PLACE_OF_RESIDENCE, Reason::Place);
            }
            // Short words before a full stop are abbreviations ("geb.", "ivm.").
            let abbreviation =
                f.chars().count() <= 4 && chars.get(tk.e).is_some_and(|(_, c)| *c == '.');
            if !known && !abbreviation && f.chars().all(char::is_alphabetic) {
                return Verdict::Doubt;
            }
            return Verdict::Keep;
        }
        // Hyphenated: judge the parts ("Rotterdam-IJsselmonde", "Kees-Jan").
        if f.contains('-') && !keep(&f) && !word(&f) {
            let parts: Vec<&str> = w.split('-').collect();
            let mut worst = Verdict::Keep;
            for (i, part) in parts.iter().enumerate() {
                let sub = Token {
                    s: tk.s,
                    e: tk.e,
                    text: (*part).to_owned(),
                };
                let v = self.judge(&sub, prev_f, prev, start && i == 0, in_chain, chars);
                worst = match (worst, v) {
                    (Verdict::Replace(..), _) => worst,
                    (_, Verdict::Replace(..)) => v,
                    (Verdict::Doubt, _) | (_, Verdict::Doubt) => Verdict::Doubt,
                    _ => Verdict::Keep,
                };
            }
            return worst;
        }
        let f = if f.contains('\'') {
            f.split('\'').next().unwrap_or_default().to_owned()
        } else {
            f
        };
        if keep(&f) || keep(&f_full) {
            return Verdict::Keep;
        }
        if !start && TUSSEN.contains(&f.as_str()) {
            // "De" of "De Boomhut", "Van" of "mevrouw Van den Berg": the next word decides.
            return if after_title {
                Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name)
            } else {
                Verdict::Keep
            };
        }
        if after_org {
            return Verdict::Replace(t::PLACEHOLDER_SCHOOL_OR_ORGANISATION, Reason::Organisation);
        }
        if after_title {
            return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
        }
        if tk.text.chars().count() == 1 {
            return Verdict::Keep;
        }
        if is_all_caps(w) {
            return if lex.is_proper(&f) || lex.is_word(&f) {
                Verdict::Keep
            } else {
                Verdict::Doubt
            };
        }
        if street_suffix(&f) && (!start || !lex.is_word(&f)) {
            return Verdict::Replace(t::PLACEHOLDER_ADDRESS, Reason::Street);
        }
        // Possessive without apostrophe: "Anouks" for a name "Anouk".
        let f = if !word(&f) && !lex.is_name(&f) && !lex.is_place(&f) {
            f.strip_suffix('s')
                .filter(|b| lex.is_name(b) || self.learned.contains(*b))
                .map_or(f.clone(), str::to_owned)
        } else {
            f
        };
        let is_word = word(&f);
        let name = lex.is_name(&f) || (self.learned.contains(&f) && !place_ctx_of(prev_f));
        let place = lex.is_place(&f);
        let proper = lex.is_proper(&f);
        let surname = SURNAME_WORDS.contains(&f.as_str());
        let place_ctx = place_ctx_of(prev_f);
        let unknown = if place_ctx {
            Verdict::Replace(t::PLACEHOLDER_PLACE_OF_RESIDENCE, Reason::Place)
        } else {
            Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name)
        };
        if start {
            if self.learned.contains(&f) {
                return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
            }
            if is_word || proper {
                return if (name && !proper) || surname {
                    Verdict::Doubt
                } else {
                    Verdict::Keep
                };
            }
            if place {
                return Verdict::Replace(t::PLACEHOLDER_PLACE_OF_RESIDENCE, Reason::Place);
            }
            if name {
                return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
            }
            return unknown;
        }
        if proper && !name {
            return Verdict::Keep;
        }
        if place && (place_ctx || !name) {
            return Verdict::Replace(t::PLACEHOLDER_PLACE_OF_RESIDENCE, Reason::Place);
        }
        if name || surname || in_chain {
            return Verdict::Replace(t::PLACEHOLDER_NAME, Reason::Name);
        }
        if is_word {
            return Verdict::Doubt;
        }
        unknown
    }

    /// Names this text shows to be names by their place: after a title, or capitalised
    /// inside a sentence and not a word. Used so that the same word at the start of a
    /// sentence elsewhere is replaced too.
    pub(super) fn learn(lex: &Lexicon, chars: &[(usize, char)], into: &mut BTreeSet<String>) {
        let toks = tokens(chars);
        for (k, tk) in toks.iter().enumerate() {
            if !is_capitalised(&tk.text) || is_all_caps(&tk.text) {
                continue;
            }
            let f = fold_chars(&tk.text);
            let f = f.strip_suffix("'s").map_or(f.clone(), str::to_owned);
            if KEEP.contains(&f.as_str()) || TUSSEN.contains(&f.as_str()) || f.contains('-') {
                continue;
            }
            let prev_f = k.checked_sub(1).map(|p| fold_chars(&toks[p].text));
            let after_title = prev_f.as_deref().is_some_and(|p| TITLES.contains(&p));
            let start = sentence_start(chars, tk.s);
            let word = lex.is_word(&f) || lex.is_compound(&f);
            if after_title
                || (!start && lex.is_name(&f) && !lex.is_proper(&f))
                || (!start
                    && !word
                    && !lex.is_place(&f)
                    && !lex.is_proper(&f)
                    && !street_suffix(&f))
            {
                into.insert(f);
            }
        }
    }
}

/// The lexicon the scanner uses.
pub(super) fn lex() -> &'static Lexicon {
    lexicon()
}
