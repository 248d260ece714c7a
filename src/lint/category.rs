//! The nine hint categories, with their codes and Dutch texts.

use serde::{Deserialize, Serialize};

/// What kind of problem a hint points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// An impression instead of what was seen or heard.
    #[serde(rename = "INDRUK")]
    Indruk,
    /// A value judgement.
    #[serde(rename = "OORDEEL")]
    Oordeel,
    /// An inner state, intent or cause stated as fact.
    #[serde(rename = "INTERPRETATIE")]
    Interpretatie,
    /// A diagnosis or expert judgement outside the writer's field.
    #[serde(rename = "BUITEN-VAKGEBIED")]
    BuitenVakgebied,
    /// A frequency or amount without a number.
    #[serde(rename = "VAAG")]
    Vaag,
    /// An abbreviation or professional jargon a parent will not know.
    #[serde(rename = "JARGON")]
    Jargon,
    /// Second-hand information without a named source.
    #[serde(rename = "BRON-ONTBREEKT")]
    BronOntbreekt,
    /// An injury without place on the body, size and date.
    #[serde(rename = "LETSEL-DETAIL")]
    LetselDetail,
    /// A passive or impersonal sentence that hides who did what.
    #[serde(rename = "WIE-DEED-HET")]
    WieDeedHet,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Self; 9] = [
        Self::Indruk,
        Self::Oordeel,
        Self::Interpretatie,
        Self::BuitenVakgebied,
        Self::Vaag,
        Self::Jargon,
        Self::BronOntbreekt,
        Self::LetselDetail,
        Self::WieDeedHet,
    ];

    /// The code used in files and on the command line (`BUITEN-VAKGEBIED`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Indruk => "INDRUK",
            Self::Oordeel => "OORDEEL",
            Self::Interpretatie => "INTERPRETATIE",
            Self::BuitenVakgebied => "BUITEN-VAKGEBIED",
            Self::Vaag => "VAAG",
            Self::Jargon => "JARGON",
            Self::BronOntbreekt => "BRON-ONTBREEKT",
            Self::LetselDetail => "LETSEL-DETAIL",
            Self::WieDeedHet => "WIE-DEED-HET",
        }
    }

    /// The category of a rule by its id: rule ids start with their category's code in lower
    /// case (`interpretatie-gevoel`, `buiten-vakgebied-diagnose`).
    pub fn of_rule(rule: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .filter(|c| {
                let code = c.as_str().to_lowercase();
                rule == code || rule.starts_with(&format!("{code}-"))
            })
            .max_by_key(|c| c.as_str().len())
    }

    /// A short Dutch label for the interface.
    pub fn label(self) -> &'static str {
        match self {
            Self::Indruk => "Indruk",
            Self::Oordeel => "Oordeel",
            Self::Interpretatie => "Interpretatie",
            Self::BuitenVakgebied => "Buiten je vakgebied",
            Self::Vaag => "Vaag",
            Self::Jargon => "Jargon",
            Self::BronOntbreekt => "Bron ontbreekt",
            Self::LetselDetail => "Letsel onvolledig",
            Self::WieDeedHet => "Wie deed het?",
        }
    }

    /// What this category means, in Dutch, for the hint panel.
    pub fn message(self) -> &'static str {
        match self {
            Self::Indruk => {
                "Een indruk is geen waarneming. Schrijf op wat je zag of hoorde: wie, wat, wanneer."
            }
            Self::Oordeel => {
                "Een oordeel kan de lezer niet controleren. Beschrijf het gedrag of de situatie die je zag."
            }
            Self::Interpretatie => {
                "Wat iemand voelt, wil of bedoelt kun je niet zien. Schrijf op wat je zag en wat het kind of de ouder zelf zei."
            }
            Self::BuitenVakgebied => {
                "Een diagnose of medisch oordeel hoort bij een arts of deskundige. Beschrijf wat je zag, of noem wie de diagnose stelde."
            }
            Self::Vaag => {
                "Woorden als 'vaak' of 'soms' zeggen niet hoe vaak. Noem aantallen en data."
            }
            Self::Jargon => {
                "Ouders en kinderen lezen mee. Schrijf afkortingen en vaktaal voluit en in gewone woorden."
            }
            Self::BronOntbreekt => {
                "Informatie van horen zeggen heeft een bron nodig: van wie, hoe en wanneer."
            }
            Self::LetselDetail => {
                "Beschrijf letsel volledig: de plaats op het lichaam, de grootte en de datum."
            }
            Self::WieDeedHet => {
                "De zin zegt niet wie het deed. Noem wie wat deed, of schrijf dat je het niet weet."
            }
        }
    }
}

#[cfg(test)]
mod rule_tests {
    use super::Category;

    #[test]
    fn a_rule_id_names_its_category() {
        assert_eq!(
            Category::of_rule("interpretatie-gevoel"),
            Some(Category::Interpretatie)
        );
        assert_eq!(
            Category::of_rule("buiten-vakgebied-diagnose"),
            Some(Category::BuitenVakgebied)
        );
        assert_eq!(
            Category::of_rule("letsel-detail"),
            Some(Category::LetselDetail)
        );
        assert_eq!(Category::of_rule("indrukwekkend"), None);
    }
}
