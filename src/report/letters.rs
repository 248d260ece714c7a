//! The plain-Dutch letter to the parents after a melding (issue 10). Fixed text lives in
//! [`crate::texts::melding`] (the `LETTER_TO_PARENTS_*` keys). Pure: the moment is passed in.

use chrono::{DateTime, Utc};

use super::fmt_date;
use super::meldformulier::{answers, effective_checklist};
use super::model::{Block, Document, Meta, SignatureBlock};
use crate::domain::{Dossier, Person, PersonRole, Profile, ProfileField, Tri, Value};
use crate::lint::{Category, Lint, LintOptions};
use crate::texts::documents as t;

/// Why the letter to the parents is not produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LetterRefused {
    /// The melding was made under an *open melden, tenzij* exception.
    #[error(
        "the melding was made under an 'open melden, tenzij' exception: no letter to the parents"
    )]
    Exception,
    /// The melder asked Veilig Thuis not to name them to the family.
    #[error(
        "the melder asked Veilig Thuis for anonymity towards the family: no letter to the parents"
    )]
    Anonymous,
    /// The profile lacks a field the letter prints.
    #[error("the organisation profile lacks a field the letter needs: {0:?}")]
    MissingProfileField(ProfileField),
    /// No parent or carer in the dossier has gezag: the letter has no addressee.
    #[error("no parent or carer with gezag in the dossier: the letter has no addressee")]
    NoParentWithGezag,
}

impl LetterRefused {
    /// The reason in Dutch, for the app.
    pub fn dutch_message(self) -> &'static str {
        match self {
            LetterRefused::Exception => crate::texts::messages::LETTER_TO_PARENTS_REFUSED_EXCEPTION,
            LetterRefused::Anonymous => crate::texts::messages::LETTER_TO_PARENTS_REFUSED_ANONYMOUS,
            LetterRefused::MissingProfileField(f) => f.missing_message(),
            LetterRefused::NoParentWithGezag => {
                crate::texts::messages::LETTER_TO_PARENTS_NO_PARENT_WITH_GEZAG
            }
        }
    }
}

/// The addressees: the parents and carers (any adult) recorded with gezag.
pub fn addressees(d: &Dossier) -> Vec<&Person> {
    d.persons
        .iter()
        .filter(|x| !x.role.is_child() && x.role != PersonRole::Client && x.has_gezag())
        .collect()
}

/// "a, b en c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

/// Running text with line breaks as separate paragraphs.
pub(super) fn paras(doc: &mut Document, text: &str) {
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        doc.para(line.trim());
    }
}

pub(super) fn signature(role: &str, p: &Profile, now: DateTime<Utc>) -> Block {
    Block::Signature(SignatureBlock {
        role: role.to_owned(),
        name: p.user.name.clone(),
        function: p.user.function.clone(),
        organisation: p.organisation.name.clone(),
        place: p.organisation.place.clone(),
        date: fmt_date(now.date_naive()),
    })
}

/// The plain-Dutch letter to the parents after a melding: what was reported and why (the
/// dossier's signals, as facts with their date), what Veilig Thuis will do, whom to talk to,
/// and their rights (inzage, correctie, an own statement, the organisation's
/// `klachtenregeling`).
///
/// Refused when the melding was made under an *open melden, tenzij* exception (the family
/// was not informed), and when the melder asked Veilig Thuis not to name them to the
/// family: then the family is not told by the melder (for now).
pub fn brief_ouders(
    d: &Dossier,
    p: &Profile,
    now: DateTime<Utc>,
) -> Result<Document, LetterRefused> {
    brief_ouders_met(d, p, now, &letter_preview(d))
}

/// Where an item of the letter comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LetterSource {
    /// A signal of the dossier, by id.
    Signal(u32),
    /// The sentence about the conversation with the parents.
    Gesprek,
}

/// One item the user may put in the letter to the parents, with whether it came from the
/// child (told in confidence: never included by default) and whether it is included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterItem {
    /// Where it comes from.
    pub source: LetterSource,
    /// The text as the letter would print it.
    pub text: String,
    /// Whether the child told it (its source is the child).
    pub from_child: bool,
    /// Whether it goes in the letter.
    pub included: bool,
}

/// Whether the signal's source is a child in the dossier (by person or by first name).
fn told_by_child(d: &Dossier, s: &crate::domain::Signal) -> bool {
    let children: Vec<&Person> = d
        .persons
        .iter()
        .filter(|x| x.role == PersonRole::Kind)
        .collect();
    if let Some(id) = s.source_person {
        return children.iter().any(|c| c.id == id);
    }
    let Some(src) = s.source.as_deref() else {
        return false;
    };
    let words: Vec<String> = src
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    children.iter().any(|c| {
        let first = c.first_name.trim().to_lowercase();
        !first.is_empty() && words.contains(&first)
    }) || words.iter().any(|w| w == "kind" || w == "leerling")
}

/// The items the letter to the parents can hold, for the preview where the user chooses:
/// every signal that is not withdrawn and not a contra-indicatie, and the sentence about the
/// conversation. What the child told is marked and left out by default.
pub fn letter_preview(d: &Dossier) -> Vec<LetterItem> {
    let mut items: Vec<LetterItem> = d
        .signals_by_date()
        .into_iter()
        .filter(|s| !s.contra_indicatie && d.signal_withdrawal(s.id).is_none())
        .map(|s| {
            let from_child = told_by_child(d, s);
            LetterItem {
                source: LetterSource::Signal(s.id),
                text: format!("{}: {}", fmt_date(s.observed_on), s.text.trim()),
                from_child,
                included: !from_child,
            }
        })
        .collect();
    if let Some(c) = d.conversations.iter().max_by_key(|c| c.on) {
        items.push(LetterItem {
            source: LetterSource::Gesprek,
            text: crate::texts::melding::LETTER_TO_PARENTS_CONVERSATION
                .replace("{datum}", &fmt_date(c.on)),
            from_child: false,
            included: true,
        });
    }
    items
}

/// The user's choice of items for the letter, where it differs from the default: by
/// source, whether the item goes in. Kept by the window for the session only.
pub type LetterChoice = std::collections::BTreeMap<LetterSource, bool>;

/// [`letter_preview`] with the user's `choice` applied.
pub fn letter_items(d: &Dossier, choice: &LetterChoice) -> Vec<LetterItem> {
    let mut items = letter_preview(d);
    for item in &mut items {
        if let Some(included) = choice.get(&item.source) {
            item.included = *included;
        }
    }
    items
}

/// The letter to the parents with the items the user chose (see [`letter_preview`]); items
/// not in `items` or not `included` stay out.
pub fn brief_ouders_met(
    d: &Dossier,
    p: &Profile,
    now: DateTime<Utc>,
    items: &[LetterItem],
) -> Result<Document, LetterRefused> {
    let a = answers(d, p);
    if effective_checklist(d, p).family_informed == Some(false)
        || a.get("gezin_geinformeerd") == Some(&Value::Tri(Tri::Nee))
    {
        return Err(LetterRefused::Exception);
    }
    if a.get("anoniem_verzoek") == Some(&Value::Tri(Tri::Ja)) {
        return Err(LetterRefused::Anonymous);
    }
    p.require(&[
        ProfileField::Naam,
        ProfileField::Gebruiker,
        ProfileField::Klachtenregeling,
    ])
    .map_err(LetterRefused::MissingProfileField)?;
    let parents = addressees(d);
    if parents.is_empty() {
        return Err(LetterRefused::NoParentWithGezag);
    }
    let org = &p.organisation;
    let mut doc = Document::new(
        Meta {
            title: format!(
                "{} {}",
                crate::texts::common::LETTER_TO_PARENTS_TITLE,
                d.reference
            ),
            author: p.user.name.clone(),
            subject: crate::texts::melding::LETTER_TO_PARENTS_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        org.name.clone(),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    let mut place_date = fmt_date(now.date_naive());
    if !org.place.trim().is_empty() {
        place_date = format!("{}, {place_date}", org.place.trim());
    }
    doc.para(place_date);

    let names: Vec<String> = parents.iter().map(|x| x.display_name()).collect();
    doc.para(format!(
        "{} {},",
        crate::texts::melding::LETTER_TO_PARENTS_SALUTATION_WITH_NAMES,
        and_list(&names)
    ));

    let children: Vec<String> = d
        .persons
        .iter()
        .filter(|x| x.role == PersonRole::Kind)
        .map(Person::call_name)
        .filter(|n| !n.is_empty())
        .collect();
    let kind = if children.is_empty() {
        "uw kind".to_owned()
    } else {
        and_list(&children)
    };
    let melding_on = d
        .melding
        .sent
        .as_ref()
        .map_or_else(|| now.date_naive(), |s| s.on);
    doc.heading(
        2,
        crate::texts::melding::LETTER_TO_PARENTS_WHAT_WE_REPORTED_HEADING,
    );
    doc.para(
        crate::texts::melding::LETTER_TO_PARENTS_OPENING
            .replace("{kind}", &kind)
            .replace("{datum}", &fmt_date(melding_on)),
    );
    let facts: Vec<String> = items
        .iter()
        .filter(|i| i.included && matches!(i.source, LetterSource::Signal(_)))
        .map(|i| i.text.clone())
        .collect();
    if !facts.is_empty() {
        doc.para(crate::texts::melding::LETTER_TO_PARENTS_FACTS_INTRODUCTION);
        doc.bullets(facts);
    }
    for i in items
        .iter()
        .filter(|i| i.included && i.source == LetterSource::Gesprek)
    {
        doc.para(i.text.clone());
    }

    doc.heading(2, crate::texts::melding::LETTER_TO_PARENTS_VT_HEADING);
    doc.para(crate::texts::melding::LETTER_TO_PARENTS_VT_TEXT);
    doc.para(
        crate::texts::melding::LETTER_TO_PARENTS_OUR_CONTACT
            .replace("{kind}", &kind)
            .replace("{naam}", p.user.name.trim())
            .replace("{functie}", p.user.function.trim()),
    );

    doc.heading(2, crate::texts::melding::LETTER_TO_PARENTS_RIGHTS_HEADING);
    doc.bullets(
        crate::texts::melding::LETTER_TO_PARENTS_RIGHTS
            .iter()
            .map(|r| (*r).to_owned())
            .collect(),
    );
    doc.heading(
        2,
        crate::texts::melding::LETTER_TO_PARENTS_COMPLAINT_HEADING,
    );
    doc.para(crate::texts::melding::LETTER_TO_PARENTS_COMPLAINT_INTRODUCTION);
    paras(&mut doc, &org.klachtenregeling);

    doc.para(crate::texts::melding::LETTER_TO_PARENTS_CLOSING);
    doc.blocks.push(signature(
        crate::texts::melding::LETTER_TO_PARENTS_SIGNATURE_ROLE,
        p,
        now,
    ));
    Ok(doc)
}

/// The jargon in a letter, checked with the JARGON rules in strict mode (abbreviations and
/// professional words a parent may not know): each hint with the text it was found in.
/// Empty for a letter ready to send. `linter` is normally [`crate::lint::lint`].
pub fn jargon_hints(
    doc: &Document,
    p: &Profile,
    linter: &dyn Fn(&str, &LintOptions) -> Vec<Lint>,
) -> Vec<(String, Lint)> {
    let opts = LintOptions {
        vocabulary: p.organisation.vocabulary.clone(),
        strict_jargon: true,
        ..LintOptions::default()
    };
    doc.texts()
        .into_iter()
        .flat_map(|text| {
            linter(&text, &opts)
                .into_iter()
                .filter(|l| l.category == Category::Jargon)
                .map(move |l| (text.clone(), l))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::*;
    use crate::domain::{Change, Checklist, example};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    fn with_checklist(family_informed: bool) -> Dossier {
        let mut d = example::dossier();
        d.apply(
            Change::SetChecklist {
                checklist: Checklist {
                    family_informed: Some(family_informed),
                    exception: (!family_informed).then(|| "veiligheid-kind-gezin".to_owned()),
                    exception_motivation: if family_informed {
                        String::new()
                    } else {
                        "Vader dreigde de kinderen mee te nemen.".to_owned()
                    },
                    channel: "Zivver".to_owned(),
                    call: None,
                },
            },
            &example::user(),
            now(),
        )
        .unwrap();
        d
    }

    #[test]
    fn the_letter_has_no_jargon_and_names_rights_and_complaints() {
        let d = with_checklist(true);
        let p = example::profile();
        let doc = brief_ouders(&d, &p, now()).expect("letter");
        assert_eq!(jargon_hints(&doc, &p, &crate::lint::lint), vec![]);
        assert!(doc.texts().len() > 10);
        let mut with_jargon = doc.clone();
        with_jargon.para("De IB'er heeft de melding bij VT gedaan.");
        assert!(!jargon_hints(&with_jargon, &p, &crate::lint::lint).is_empty());
        let all = doc.texts().join("\n");
        assert!(all.contains(&p.organisation.klachtenregeling));
        for word in [
            "inzage",
            "klacht",
            "correctie",
            "eigen verklaring",
            "Veilig Thuis",
        ] {
            assert!(all.contains(word), "{word} missing");
        }
        assert!(!all.contains("VT "));
        let preview = letter_preview(&d);
        assert!(preview.iter().any(|i| i.from_child && !i.included));
        for s in &d.signals {
            let from_child = preview
                .iter()
                .any(|i| i.source == LetterSource::Signal(s.id) && i.from_child);
            assert_eq!(all.contains(s.text.trim()), !from_child, "{}", s.text);
        }
        assert!(all.contains("Beste Çağla Ünal-de Wít en Bjørn de Wít,"));
    }

    #[test]
    fn the_user_chooses_what_goes_in_and_what_the_child_told_stays_out_by_default() {
        let d = with_checklist(true);
        let p = example::profile();
        let mut items = letter_preview(&d);
        let told = items
            .iter()
            .position(|i| i.from_child)
            .expect("a told item");
        assert!(!items[told].included);
        let told_text = items[told].text.clone();
        let default = brief_ouders(&d, &p, now()).unwrap().texts().join("\n");
        assert!(!default.contains(&told_text));
        // The user includes it on purpose and leaves another one out.
        items[told].included = true;
        let other = items
            .iter()
            .position(|i| !i.from_child && matches!(i.source, LetterSource::Signal(_)))
            .expect("another signal");
        items[other].included = false;
        let other_text = items[other].text.clone();
        let chosen = brief_ouders_met(&d, &p, now(), &items)
            .unwrap()
            .texts()
            .join("\n");
        assert!(chosen.contains(&told_text));
        assert!(!chosen.contains(&other_text));
    }

    #[test]
    fn no_letter_under_an_exception_or_anonymity() {
        let d = with_checklist(false);
        assert_eq!(
            brief_ouders(&d, &example::profile(), now()).unwrap_err(),
            LetterRefused::Exception
        );
        let mut d = with_checklist(true);
        d.apply(
            Change::SetMeldingField {
                field: "anoniem_verzoek".to_owned(),
                value: Some(Value::Tri(Tri::Ja)),
            },
            &example::user(),
            now(),
        )
        .unwrap();
        assert_eq!(
            brief_ouders(&d, &example::profile(), now()).unwrap_err(),
            LetterRefused::Anonymous
        );
    }
}
