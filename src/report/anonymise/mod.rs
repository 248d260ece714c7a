//! Anonymisation of free text for the consultation summary.
//!
//! Persons become role labels ("het kind", "moeder", "kind 2"); their names are found in
//! every free text case- and accent-insensitively ("Zoe" for "Zoë", "IJ" for "Ĳ"), as full
//! name, first name, last name (with or without tussenvoegsels), initials ("Z.",
//! "Ç. Ünal") and possessives ("Zoë's", "Zoës"). Birth dates in the common Dutch
//! notations, addresses, street and place names, postcodes, phone numbers, e-mail
//! addresses, BSN-like numbers and school or organisation names are replaced by a
//! placeholder. Names of colleagues are replaced by their function.
//!
//! Names nobody registered are found too ([`names`]): capitalised words that are neither a
//! Dutch word nor a known role or institution, names after a title ("juf Anouk"), school
//! and club names, streets, places and licence plates. A word that may be a name or a word
//! ("Roos" at the start of a sentence) is doubtful: replaced unless the user confirms it
//! as a word ([`Confirmations`]), and reported in [`Findings`] so that the front ends can
//! ask.

mod names;
mod patterns;

use std::collections::{BTreeMap, BTreeSet};

pub use names::{Confirmations, Reason};
use patterns::{
    Span, date_variants, find_birth_dates, find_emails, find_numbers, find_plates, find_postcodes,
    fold, is_postcode_letters, possessive_of, render,
};

/// Lower case without diacritics, "ĳ" as "ij" (the form the lexicon holds).
pub fn fold_str(text: &str) -> String {
    patterns::fold_chars(text)
}

/// One word or phrase that was replaced, for the user to see before an export.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Replaced {
    /// The text as written.
    pub word: String,
    /// What it became.
    pub replacement: String,
    /// Why.
    pub reason: Reason,
}

/// What anonymising found: every replacement of a name nobody registered (registered
/// persons, numbers and the like are not listed one by one), and the doubtful words the
/// user has not confirmed (replaced to be safe until they do).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Findings {
    /// Replacements of unregistered names, organisations, streets, places and plates.
    pub replaced: Vec<Replaced>,
    /// Doubtful words, as written, not yet confirmed.
    pub doubtful: BTreeSet<String>,
}

impl Findings {
    fn add(&mut self, r: Replaced) {
        if !self.replaced.contains(&r) {
            self.replaced.push(r);
        }
    }
}

#[cfg(test)]
use crate::domain::PersonRole;
use crate::domain::{Actor, Person, PersonId};
use crate::texts::documents as t;

/// Words that are part of a family name but identify nobody on their own.
const TUSSENVOEGSELS: [&str; 14] = [
    "de", "van", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "la", "le", "von",
];

/// Generic first words of school and organisation names ("Basisschool De Regenboog").
const ORG_KINDS: [&str; 12] = [
    "basisschool",
    "school",
    "kinderdagverblijf",
    "kdv",
    "bso",
    "peuterspeelzaal",
    "obs",
    "cbs",
    "kinderopvang",
    "sbo",
    "praktijk",
    "stichting",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A name: may take a possessive suffix.
    Name,
    /// An initial with its full stop: the letter must be a capital.
    Initial,
    /// Anything else, matched as is.
    Literal,
}

#[derive(Debug, Clone)]
struct Term {
    folded: Vec<char>,
    replacement: String,
    kind: Kind,
}

/// Replaces persons, colleagues and identifying details in free text.
#[derive(Debug, Clone, Default)]
pub struct Anonymiser {
    terms: Vec<Term>,
    labels: BTreeMap<PersonId, String>,
    learned: BTreeSet<String>,
}

impl Anonymiser {
    /// An anonymiser for the persons of one dossier.
    pub fn new(persons: &[Person]) -> Self {
        let mut a = Self::default();
        let mut count: BTreeMap<&'static str, usize> = BTreeMap::new();
        for p in persons {
            *count.entry(p.role.label()).or_default() += 1;
        }
        let mut seen: BTreeMap<&'static str, usize> = BTreeMap::new();
        for p in persons {
            let base = p.role.label();
            let n = seen.entry(base).or_default();
            *n += 1;
            let label = if count.get(base).copied().unwrap_or(0) > 1 {
                format!("{} {n}", base.trim_start_matches("het "))
            } else {
                base.to_owned()
            };
            a.labels.insert(p.id, label.clone());
            a.add_person(p, &label);
        }
        a.sort();
        a
    }

    /// Also replace a colleague's name (full, first and last) by their function.
    pub fn add_actor(&mut self, actor: &Actor) {
        let replacement = if actor.function.trim().is_empty() {
            t::PLACEHOLDER_COLLEAGUE.to_owned()
        } else {
            format!("[{}]", actor.function.trim())
        };
        self.add_name(&actor.name, &replacement, true);
        self.sort();
    }

    /// Also replace an organisation's name (e.g. the school).
    pub fn add_organisation(&mut self, name: &str) {
        self.add_org(name);
        self.sort();
    }

    /// The role label of a person ("het kind", "moeder", "kind 2").
    pub fn label(&self, id: PersonId) -> String {
        self.labels
            .get(&id)
            .cloned()
            .unwrap_or_else(|| crate::texts::common::REMOVED_PERSON.to_owned())
    }

    fn push(&mut self, text: &str, replacement: &str, kind: Kind) {
        let folded: Vec<char> = fold(text.trim()).into_iter().map(|(c, _)| c).collect();
        let letters = folded.iter().filter(|c| c.is_alphanumeric()).count();
        // One letter alone would match everywhere; initials carry their full stop.
        if letters < 2 && kind != Kind::Initial {
            return;
        }
        if TUSSENVOEGSELS.contains(&folded.iter().collect::<String>().as_str()) {
            return;
        }
        self.terms.push(Term {
            folded,
            replacement: replacement.to_owned(),
            kind,
        });
    }

    fn sort(&mut self) {
        self.terms.sort_by(|a, b| {
            b.folded
                .len()
                .cmp(&a.folded.len())
                .then(a.folded.cmp(&b.folded))
        });
        // The same words for different persons (a shared family name) identify the family,
        // not one person: they become a neutral placeholder.
        let mut merged: Vec<Term> = Vec::with_capacity(self.terms.len());
        for term in std::mem::take(&mut self.terms) {
            match merged.last_mut() {
                Some(prev) if prev.folded == term.folded && prev.kind == term.kind => {
                    if prev.replacement != term.replacement && term.kind != Kind::Literal {
                        t::PLACEHOLDER_FAMILY_NAME.clone_into(&mut prev.replacement);
                    }
                }
                _ => merged.push(term),
            }
        }
        self.terms = merged;
    }

    fn add_name(&mut self, full: &str, label: &str, with_parts: bool) {
        let words: Vec<&str> = full.split_whitespace().collect();
        let Some((first, rest)) = words.split_first() else {
            return;
        };
        self.push(full, label, Kind::Name);
        if with_parts {
            self.push(first, label, Kind::Name);
            let last = rest.join(" ");
            self.add_last_name(&last, label);
            self.add_initial(first, &last, label);
        }
    }

    fn add_last_name(&mut self, last: &str, label: &str) {
        if last.trim().is_empty() {
            return;
        }
        self.push(last, label, Kind::Name);
        // Without leading tussenvoegsels: "de Wít" -> "Wít"; and each part of a double name.
        let words: Vec<&str> = last.split_whitespace().collect();
        let core: Vec<&str> = words
            .iter()
            .skip_while(|w| TUSSENVOEGSELS.contains(&w.to_lowercase().as_str()))
            .copied()
            .collect();
        self.push(&core.join(" "), label, Kind::Name);
        for part in last.split(['-', ' ']) {
            self.push(part, label, Kind::Name);
        }
        for part in last.split('-') {
            self.push(part, label, Kind::Name);
        }
    }

    fn add_initial(&mut self, first: &str, last: &str, label: &str) {
        let Some(initial) = first.chars().next() else {
            return;
        };
        let init = format!("{initial}.");
        self.push(&init, label, Kind::Initial);
        if !last.is_empty() {
            self.push(&format!("{init} {last}"), label, Kind::Name);
            self.push(&format!("{init}{last}"), label, Kind::Name);
            for part in last.split(['-', ' ']) {
                self.push(&format!("{init} {part}"), label, Kind::Name);
            }
        }
    }

    fn add_org(&mut self, name: &str) {
        for part in name.split(',').take(1) {
            let part = part.trim();
            self.push(part, t::PLACEHOLDER_SCHOOL_OR_ORGANISATION, Kind::Literal);
            let words: Vec<&str> = part.split_whitespace().collect();
            if words.len() >= 2
                && words
                    .first()
                    .is_some_and(|w| ORG_KINDS.contains(&w.to_lowercase().as_str()))
            {
                self.push(
                    &words[1..].join(" "),
                    t::PLACEHOLDER_SCHOOL_OR_ORGANISATION,
                    Kind::Literal,
                );
            }
        }
    }

    fn add_person(&mut self, p: &Person, label: &str) {
        let family = p.family_name();
        self.push(&p.full_name(), label, Kind::Name);
        self.push(&p.formal_name(), label, Kind::Name);
        self.push(
            &format!("{} {family}", p.first_name.trim()),
            label,
            Kind::Name,
        );
        for given in [&p.first_name, &p.roepnaam] {
            self.push(given, label, Kind::Name);
            for first in given.split([' ', '-']) {
                self.push(first, label, Kind::Name);
            }
        }
        for alias in &p.aliases {
            self.push(alias, label, Kind::Name);
            for part in alias.split([' ', '-']) {
                self.push(part, label, Kind::Name);
            }
            self.push(&format!("{} {family}", alias.trim()), label, Kind::Name);
        }
        self.add_last_name(&family, label);
        self.add_initial(&p.first_name, &family, label);
        self.add_initial(&p.roepnaam, &family, label);
        // All initials of several first names: "D.J. van Dijk", "D.J."
        let initials: String = p
            .first_name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .flat_map(|c| [c, '.'])
            .collect();
        if initials.chars().filter(|c| *c == '.').count() > 1 {
            self.push(&initials, label, Kind::Literal);
            if !family.is_empty() {
                self.push(&format!("{initials} {family}"), label, Kind::Name);
            }
        }

        if let Some(d) = p.birth_date {
            for v in date_variants(d) {
                self.push(&v, t::PLACEHOLDER_BIRTH_DATE, Kind::Literal);
            }
        }
        if !p.address.trim().is_empty() {
            self.push(&p.address, t::PLACEHOLDER_ADDRESS, Kind::Literal);
            let street: Vec<&str> = p
                .address
                .split_whitespace()
                .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
                .collect();
            self.push(&street.join(" "), t::PLACEHOLDER_ADDRESS, Kind::Literal);
        }
        let place: String = p
            .postcode_place
            .split_whitespace()
            .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()) || is_postcode_letters(w))
            .collect::<Vec<_>>()
            .join(" ");
        if !place.is_empty() {
            self.push(&p.postcode_place, t::PLACEHOLDER_POSTCODE, Kind::Literal);
            self.push(&place, t::PLACEHOLDER_PLACE_OF_RESIDENCE, Kind::Literal);
            for part in place.split('-') {
                self.push(part, t::PLACEHOLDER_PLACE_OF_RESIDENCE, Kind::Literal);
            }
        }
        self.push(&p.phone, t::PLACEHOLDER_PHONE_NUMBER, Kind::Literal);
        self.push(&p.email, t::PLACEHOLDER_EMAIL_ADDRESS, Kind::Literal);
        if !p.organisation.trim().is_empty() {
            self.add_org(&p.organisation);
        }
    }

    /// Reads every free text of the dossier once before anonymising, to learn which words
    /// are used as names (after a title, or capitalised inside a sentence), so that the
    /// same word is replaced at the start of a sentence too.
    pub fn prepare(&mut self, texts: &[&str]) {
        let lex = names::lex();
        for text in texts {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            names::Scan::learn(lex, &chars, &mut self.learned);
        }
    }

    /// Returns the text with every known name and identifying detail replaced, names
    /// nobody registered included; doubtful words are replaced too.
    pub fn anonymise(&self, text: &str) -> String {
        let mut findings = Findings::default();
        self.anonymise_checked(text, &Confirmations::default(), &mut findings)
    }

    /// [`Anonymiser::anonymise`] with the user's confirmations: a doubtful word confirmed
    /// as a word stays, one confirmed as a name is replaced, and every other doubtful word
    /// is replaced and added to `findings.doubtful`. Unregistered names, organisations,
    /// streets, places and plates that were replaced are added to `findings.replaced`.
    pub fn anonymise_checked(
        &self,
        text: &str,
        conf: &Confirmations,
        findings: &mut Findings,
    ) -> String {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let folded = fold(text);
        let mut spans: Vec<Span> = Vec::new();
        self.find_terms(text, &chars, &folded, &mut spans);
        find_emails(&chars, &mut spans);
        find_postcodes(&chars, &mut spans);
        find_numbers(&chars, &mut spans);
        let before = spans.len();
        find_plates(&chars, &mut spans);
        find_birth_dates(&chars, &mut spans);
        for sp in &spans[before..] {
            findings.add(Replaced {
                word: text.get(sp.start..sp.end).unwrap_or_default().to_owned(),
                replacement: sp.replacement.clone(),
                reason: Reason::Pattern,
            });
        }
        let scan = names::Scan {
            lex: names::lex(),
            learned: &self.learned,
            conf,
        };
        for hit in scan.find(&chars, &spans) {
            if hit.reason == Reason::Doubtful {
                findings.doubtful.insert(hit.word.clone());
            } else {
                findings.add(Replaced {
                    word: hit.word.clone(),
                    replacement: hit.span.replacement.clone(),
                    reason: hit.reason,
                });
            }
            spans.push(hit.span);
        }
        render(text, spans)
    }

    fn find_terms(
        &self,
        text: &str,
        chars: &[(usize, char)],
        folded: &[(char, usize)],
        spans: &mut Vec<Span>,
    ) {
        let f: Vec<char> = folded.iter().map(|(c, _)| *c).collect();
        let byte_end = |fi: usize| -> usize {
            folded
                .get(fi)
                .and_then(|(_, ci)| chars.get(*ci))
                .map_or(text.len(), |(b, c)| b + c.len_utf8())
        };
        let byte_start = |fi: usize| -> usize {
            folded
                .get(fi)
                .and_then(|(_, ci)| chars.get(*ci))
                .map_or(0, |(b, _)| *b)
        };
        let mut i = 0;
        while i < f.len() {
            let boundary_before = i == 0 || f.get(i - 1).is_some_and(|c| !c.is_alphanumeric());
            if !boundary_before {
                i += 1;
                continue;
            }
            let mut advanced = false;
            for term in &self.terms {
                let n = term.folded.len();
                if f.get(i..i + n) != Some(term.folded.as_slice()) {
                    continue;
                }
                if term.kind == Kind::Initial
                    && !folded
                        .get(i)
                        .and_then(|(_, ci)| chars.get(*ci))
                        .is_some_and(|(_, c)| c.is_uppercase())
                {
                    continue;
                }
                let at = |k: usize| f.get(k).copied();
                let is_boundary = |k: usize| at(k).is_none_or(|c| !c.is_alphanumeric());
                let mut end = i + n;
                let mut possessive = false;
                if term.kind == Kind::Name {
                    if at(end) == Some('\'') && at(end + 1) == Some('s') && is_boundary(end + 2) {
                        end += 2;
                        possessive = true;
                    } else if at(end) == Some('s') && is_boundary(end + 1) {
                        end += 1;
                        possessive = true;
                    }
                }
                let last_is_word = term.folded.last().is_some_and(|c| c.is_alphanumeric());
                if last_is_word && !is_boundary(end) {
                    continue;
                }
                spans.push(Span {
                    start: byte_start(i),
                    end: byte_end(end - 1),
                    replacement: if possessive {
                        possessive_of(&term.replacement)
                    } else {
                        term.replacement.clone()
                    },
                });
                i = end;
                advanced = true;
                break;
            }
            if !advanced {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn family() -> Vec<Person> {
        let mut zoe = Person::new(PersonId(1), PersonRole::Kind, "Zoë", "Ünal-de Wít");
        zoe.birth_date = NaiveDate::from_ymd_opt(2018, 4, 17);
        zoe.address = "Ĳsselmondse Kade 14".to_owned();
        zoe.postcode_place = "3077 AB Rotterdam-Ĳsselmonde".to_owned();
        zoe.organisation = "Basisschool De Regenboog, groep 5".to_owned();
        let mut mother = Person::new(PersonId(2), PersonRole::Moeder, "Çağla", "Ünal-de Wít");
        mother.phone = "06-12345678".to_owned();
        mother.email = "cagla.unal@example.nl".to_owned();
        let father = Person::new(PersonId(3), PersonRole::Vader, "Bjørn", "de Wít");
        let kid2 = Person::new(PersonId(4), PersonRole::Kind, "Elif", "Ünal-de Wít");
        vec![zoe, mother, father, kid2]
    }

    fn anon(text: &str) -> String {
        Anonymiser::new(&family()).anonymise(text)
    }

    #[test]
    fn duplicate_roles_are_numbered() {
        let a = Anonymiser::new(&family());
        assert_eq!(a.label(PersonId(1)), "kind 1");
        assert_eq!(a.label(PersonId(4)), "kind 2");
        assert_eq!(a.label(PersonId(2)), "moeder");
    }

    #[test]
    fn first_and_full_names_become_labels() {
        assert_eq!(anon("Ik zag Zoë huilen."), "Ik zag kind 1 huilen.");
        assert_eq!(anon("Çağla Ünal-de Wít belde."), "Moeder belde.");
        assert_eq!(anon("Bjørn de Wít en Elif"), "Vader en kind 2");
    }

    #[test]
    fn names_match_without_accents_and_case() {
        assert_eq!(anon("zoe kwam laat"), "Kind 1 kwam laat");
        assert_eq!(
            anon("Bjorn zei niets; CAGLA wel."),
            "Vader zei niets; moeder wel."
        );
        assert_eq!(anon("mevrouw Unal-de Wit"), "mevrouw [achternaam]");
    }

    #[test]
    fn possessives_and_initials_are_replaced() {
        assert_eq!(anon("Zoë's jas"), "Kind 1's jas");
        assert_eq!(
            anon("Zoës jas en Bjørns auto"),
            "Kind 1's jas en vaders auto"
        );
        assert_eq!(anon("Zoe’s tas"), "Kind 1's tas");
        assert_eq!(
            anon("Gezien door Z. en Ç. Ünal"),
            "Gezien door kind 1 en moeder"
        );
        assert_eq!(anon("B. de Wít kwam"), "Vader kwam");
    }

    #[test]
    fn words_that_contain_a_name_stay() {
        // "Elif" inside "relief" is not a name here.
        assert_eq!(anon("Ik zag een relief"), "Ik zag een relief");
    }

    #[test]
    fn birth_dates_in_dutch_formats_are_removed() {
        for s in [
            "17-04-2018",
            "17-4-2018",
            "17/04/2018",
            "17.4.18",
            "17 april 2018",
            "17 apr. 2018",
            "2018-04-17",
        ] {
            let out = anon(&format!("Geboren {s}, zegt moeder."));
            assert!(out.contains("[geboortedatum]"), "{s}: {out}");
            assert!(!out.contains("2018") && !out.contains("17"), "{s}: {out}");
        }
        assert_eq!(anon("Op 4 november zag ik"), "Op 4 november zag ik");
    }

    #[test]
    fn addresses_postcodes_phones_mail_and_bsn_are_removed() {
        let out = anon(
            "Woont Ijsselmondse Kade 14, 3077 AB Rotterdam-IJsselmonde. Tel. 06-12345678 of \
             06 1234 5679, +31 6 12345670, mail cagla.unal@example.nl, BSN 123456782 of 1234.56.782.",
        );
        for leak in [
            "Kade",
            "3077",
            "IJsselmonde",
            "12345678",
            "1234 5679",
            "+31",
            "cagla",
            "123456782",
            "1234.56",
        ] {
            assert!(!out.contains(leak), "{leak} in {out}");
        }
        assert!(
            out.contains("[adres]")
                && out.contains("[postcode]")
                && out.contains("[telefoonnummer]")
        );
        assert!(
            out.contains("[e-mailadres]") && out.contains("[nummer]"),
            "{out}"
        );
    }

    #[test]
    fn facts_and_times_stay() {
        let text = "Op 2 november om 8.40 uur zag ik een blauwe plek van 3 bij 4 cm; 6 van de 20 dagen afwezig.";
        assert_eq!(anon(text), text);
    }

    #[test]
    fn schools_and_colleagues_are_replaced() {
        let mut a = Anonymiser::new(&family());
        a.add_actor(&Actor::new("Jeroen de Vries", "leerkracht groep 5"));
        a.add_organisation("Kinderdagverblijf Het Bolletje");
        let out = a.anonymise(
            "Jeroen de Vries (De Regenboog) en Jeroen belden Het Bolletje; De Vries ook.",
        );
        assert_eq!(
            out,
            "[leerkracht groep 5] ([school/organisatie]) en [leerkracht groep 5] belden \
             [school/organisatie]; [leerkracht groep 5] ook."
        );
    }

    #[test]
    fn a_role_before_a_name_is_not_doubled() {
        assert_eq!(
            anon("Moeder Çağla belde; vader Bjørn niet."),
            "Moeder belde; vader niet."
        );
        assert_eq!(anon("De grootmoeder Çağla"), "De grootmoeder moeder");
    }

    #[test]
    fn unregistered_names_places_and_plates_are_found() {
        let a = Anonymiser::new(&family());
        let mut f = Findings::default();
        let out = a.anonymise_checked(
            "Juf Anouk zag dat buurman Kees de Jong in een auto met kenteken 12-ABC-3 naar \
             Utrecht reed. Yonas Tesfamariam woont in de Lindelaan 4.",
            &Confirmations::default(),
            &mut f,
        );
        assert_eq!(
            out,
            "Juf [naam] zag dat buurman [naam] in een auto met kenteken [kenteken] naar \
             [woonplaats] reed. [naam] woont in de [adres]."
        );
        assert!(f.doubtful.is_empty(), "{f:?}");
        let words: Vec<&str> = f.replaced.iter().map(|r| r.word.as_str()).collect();
        assert!(words.contains(&"Yonas Tesfamariam"), "{words:?}");
    }

    #[test]
    fn birth_dates_of_anyone_are_removed() {
        for (text, want) in [
            (
                "Zusje, geboren op 3-4-2019, is thuis.",
                "Zusje, geboren op [geboortedatum], is thuis.",
            ),
            ("geb. 03/04/2019", "geb. [geboortedatum]"),
            (
                "Geboortedatum: 3 april 2019.",
                "Geboortedatum: [geboortedatum].",
            ),
            (
                "Geboren in 2019 in het ziekenhuis.",
                "Geboren in 2019 in het ziekenhuis.",
            ),
        ] {
            assert_eq!(anon(text), want);
        }
    }

    #[test]
    fn facts_with_capitals_stay() {
        for text in [
            "Hoek van de kast: daar stootte het kind zich.",
            "Blauwe plek op maandag, gezien door de huisarts.",
            "Veilig Thuis en de GGD zijn op de hoogte; het wijkteam ook.",
            "Op 3 november om 8.40 uur; in november en december.",
        ] {
            assert_eq!(anon(text), text);
        }
    }

    #[test]
    fn doubtful_words_wait_for_a_confirmation() {
        let a = Anonymiser::new(&family());
        let mut f = Findings::default();
        let out = a.anonymise_checked("Roos zat naast haar.", &Confirmations::default(), &mut f);
        assert_eq!(out, "[naam] zat naast haar.");
        assert_eq!(f.doubtful.iter().collect::<Vec<_>>(), ["Roos"]);
        let conf = Confirmations {
            words: ["roos".to_owned()].into(),
            ..Confirmations::default()
        };
        let mut f = Findings::default();
        assert_eq!(
            a.anonymise_checked("Roos zat naast haar.", &conf, &mut f),
            "Roos zat naast haar."
        );
        assert!(f.doubtful.is_empty());
    }

    #[test]
    fn a_name_typed_in_lower_case_waits_for_a_confirmation() {
        // "yonas" is no Dutch word and not in the name list: a name until the user says not.
        let a = Anonymiser::new(&family());
        let mut f = Findings::default();
        let text = "Daarna zei yonas dat hij naar rotterdam ging, geb. 2019.";
        let out = a.anonymise_checked(text, &Confirmations::default(), &mut f);
        assert!(
            !out.contains("yonas") && !out.contains("rotterdam"),
            "{out}"
        );
        assert!(out.ends_with("geb. 2019."), "{out}");
        assert_eq!(f.doubtful.iter().collect::<Vec<_>>(), ["yonas"]);
        let conf = Confirmations {
            names: ["yonas".to_owned()].into(),
            ..Confirmations::default()
        };
        let mut f = Findings::default();
        let out = a.anonymise_checked(text, &conf, &mut f);
        assert!(out.starts_with("Daarna zei [naam] dat"), "{out}");
        assert!(f.doubtful.is_empty());
    }

    #[test]
    fn sentence_start_is_capitalised_after_quote() {
        assert_eq!(
            anon("Zij zei: \"Zoë mag niet.\""),
            "Zij zei: \"Kind 1 mag niet.\""
        );
    }
}
