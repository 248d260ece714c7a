//! Which profile fields the documents still need (issues 15 and 20): shown on the
//! Organisatie page and at the end of the first-start wizard.

use crate::domain::{Profile, ProfileField};

/// Every profile field, in the order the Organisatie page asks for them.
pub const PROFILE_FIELDS: [ProfileField; 12] = [
    ProfileField::Naam,
    ProfileField::Plaats,
    ProfileField::Sector,
    ProfileField::Gebruiker,
    ProfileField::Eindverantwoordelijke,
    ProfileField::EindverantwoordelijkeFunctie,
    ProfileField::Aandachtsfunctionaris,
    ProfileField::VeiligThuisRegio,
    ProfileField::VeiligThuisTelefoon,
    ProfileField::BeveiligdeMail,
    ProfileField::Klachtenregeling,
    ProfileField::Bewaartermijn,
];

/// The Dutch labels of the profile fields some document needs and the profile lacks.
pub fn missing_labels(profile: &Profile) -> Vec<String> {
    PROFILE_FIELDS
        .iter()
        .filter(|f| !profile.has(**f))
        .map(|f| f.label().to_owned())
        .collect()
}
