//! The organisation profile and the user working in it.
//!
//! One profile per vault: the user's own organisation. [`Profile::empty`] is where a new
//! vault starts; the example's profile (`domain::example::profile`) is for the demo only.
//! Documents read the profile and nothing else; a document that needs a field the profile
//! lacks names it ([`ProfileField`]).

use serde::{Deserialize, Serialize};

use super::facts::RetentionRule;
use super::person::Actor;
use super::values::{Answers, Value};
use crate::texts::messages as rt;

/// The national Veilig Thuis number: free, 24/7, routes to the region of residence of the
/// person one is worried about.
pub const VEILIG_THUIS_LANDELIJK: &str = "0800-2000";

/// An organisation's meldcode set-up. The `protocol` form's answers carry the details;
/// the fields here are the ones other parts of the app read directly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Organisation {
    /// Name, e.g. "Basisschool De Regenboog".
    pub name: String,
    /// Place, printed beside signatures.
    pub place: String,
    /// The form set this organisation follows (`basisonderwijs`, `zorg`, `basismodel`).
    pub form_set: String,
    /// Who is eindverantwoordelijk for the decision whether to make a melding.
    pub eindverantwoordelijke: Actor,
    /// The aandachtsfunctionaris (in schools often the intern begeleider).
    pub aandachtsfunctionaris: Actor,
    /// Veilig Thuis region, e.g. "Veilig Thuis Rotterdam Rijnmond".
    pub veilig_thuis_regio: String,
    /// Veilig Thuis phone number for professionals.
    pub veilig_thuis_telefoon: String,
    /// Veilig Thuis address for meldingen by secure mail, where the region has one.
    pub veilig_thuis_email: String,
    /// Veilig Thuis postal address, where the user knows it.
    pub veilig_thuis_adres: String,
    /// The secure mail channel the organisation uses (Zivver, ZorgMail, SecuMailer, …).
    pub beveiligde_mail: String,
    /// How a parent or client can complain (shown in the letter to parents).
    pub klachtenregeling: String,
    /// The bewaartermijn in years, counted from closing (or, in zorg, from the last
    /// change: [`Organisation::retention_rule`]); 0 means not set yet.
    pub bewaartermijn_jaren: u32,
    /// Words the writing check accepts in this organisation.
    pub vocabulary: Vec<String>,
    /// The RFC 3161 timestamp service (`http://…`) signing asks for a timestamp; empty: no
    /// timestamp, and no network call.
    pub timestamp_service: String,
    /// Answers to the `protocol` form.
    pub protocol: Answers,
}

impl Default for Organisation {
    fn default() -> Self {
        Self {
            name: String::new(),
            place: String::new(),
            form_set: "basismodel".to_owned(),
            eindverantwoordelijke: Actor::default(),
            aandachtsfunctionaris: Actor::default(),
            veilig_thuis_regio: String::new(),
            veilig_thuis_telefoon: VEILIG_THUIS_LANDELIJK.to_owned(),
            veilig_thuis_email: String::new(),
            veilig_thuis_adres: String::new(),
            beveiligde_mail: String::new(),
            klachtenregeling: String::new(),
            bewaartermijn_jaren: 0,
            vocabulary: Vec::new(),
            timestamp_service: String::new(),
            protocol: Answers::new(),
        }
    }
}

/// A field of the profile that a document may need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileField {
    /// The organisation's name.
    Naam,
    /// Its place.
    Plaats,
    /// The sector / form set.
    Sector,
    /// The eindverantwoordelijke's name.
    Eindverantwoordelijke,
    /// The eindverantwoordelijke's function.
    EindverantwoordelijkeFunctie,
    /// The aandachtsfunctionaris's name.
    Aandachtsfunctionaris,
    /// The Veilig Thuis region.
    VeiligThuisRegio,
    /// The Veilig Thuis phone number.
    VeiligThuisTelefoon,
    /// The secure mail channel.
    BeveiligdeMail,
    /// The klachtenregeling.
    Klachtenregeling,
    /// The bewaartermijn.
    Bewaartermijn,
    /// The user's own name.
    Gebruiker,
}

impl ProfileField {
    /// The field in Dutch, as the user knows it ("naam van de eindverantwoordelijke").
    pub fn label(self) -> &'static str {
        match self {
            ProfileField::Naam => rt::PROFILE_FIELD_ORGANISATION_NAME,
            ProfileField::Plaats => rt::PROFILE_FIELD_ORGANISATION_PLACE,
            ProfileField::Sector => rt::PROFILE_FIELD_SECTOR,
            ProfileField::Eindverantwoordelijke => rt::PROFILE_FIELD_EINDVERANTWOORDELIJKE_NAME,
            ProfileField::EindverantwoordelijkeFunctie => {
                rt::PROFILE_FIELD_EINDVERANTWOORDELIJKE_FUNCTION
            }
            ProfileField::Aandachtsfunctionaris => rt::PROFILE_FIELD_AANDACHTSFUNCTIONARIS_NAME,
            ProfileField::VeiligThuisRegio => rt::PROFILE_FIELD_VT_REGION,
            ProfileField::VeiligThuisTelefoon => rt::PROFILE_FIELD_VT_PHONE,
            ProfileField::BeveiligdeMail => rt::PROFILE_FIELD_SECURE_MAIL,
            ProfileField::Klachtenregeling => rt::PROFILE_FIELD_COMPLAINTS_PROCEDURE,
            ProfileField::Bewaartermijn => rt::PROFILE_FIELD_RETENTION_PERIOD,
            ProfileField::Gebruiker => rt::PROFILE_FIELD_USER_NAME,
        }
    }

    /// The Dutch message for a document that cannot be made without this field.
    pub fn missing_message(self) -> &'static str {
        match self {
            ProfileField::Naam => rt::PROFILE_MISSING_ORGANISATION_NAME,
            ProfileField::Plaats => rt::PROFILE_MISSING_ORGANISATION_PLACE,
            ProfileField::Sector => rt::PROFILE_MISSING_SECTOR,
            ProfileField::Eindverantwoordelijke => rt::PROFILE_MISSING_EINDVERANTWOORDELIJKE_NAME,
            ProfileField::EindverantwoordelijkeFunctie => {
                rt::PROFILE_MISSING_EINDVERANTWOORDELIJKE_FUNCTION
            }
            ProfileField::Aandachtsfunctionaris => rt::PROFILE_MISSING_AANDACHTSFUNCTIONARIS_NAME,
            ProfileField::VeiligThuisRegio => rt::PROFILE_MISSING_VT_REGION,
            ProfileField::VeiligThuisTelefoon => rt::PROFILE_MISSING_VT_PHONE,
            ProfileField::BeveiligdeMail => rt::PROFILE_MISSING_SECURE_MAIL,
            ProfileField::Klachtenregeling => rt::PROFILE_MISSING_COMPLAINTS_PROCEDURE,
            ProfileField::Bewaartermijn => rt::PROFILE_MISSING_RETENTION_PERIOD,
            ProfileField::Gebruiker => rt::PROFILE_MISSING_USER_NAME,
        }
    }
}

impl Profile {
    /// The profile a new vault starts from: the user's name and function, nothing of the
    /// example's organisation. The Veilig Thuis number is the national one until a region
    /// is chosen.
    pub fn empty(user: Actor) -> Self {
        Self {
            user,
            organisation: Organisation::default(),
        }
    }

    /// Whether a field is filled in.
    pub fn has(&self, field: ProfileField) -> bool {
        let o = &self.organisation;
        let filled = |s: &str| !s.trim().is_empty();
        match field {
            ProfileField::Naam => filled(&o.name),
            ProfileField::Plaats => filled(&o.place),
            ProfileField::Sector => filled(&o.form_set),
            ProfileField::Eindverantwoordelijke => filled(&o.eindverantwoordelijke.name),
            ProfileField::EindverantwoordelijkeFunctie => filled(&o.eindverantwoordelijke.function),
            ProfileField::Aandachtsfunctionaris => filled(&o.aandachtsfunctionaris.name),
            ProfileField::VeiligThuisRegio => filled(&o.veilig_thuis_regio),
            ProfileField::VeiligThuisTelefoon => filled(&o.veilig_thuis_telefoon),
            ProfileField::BeveiligdeMail => filled(&o.beveiligde_mail),
            ProfileField::Klachtenregeling => filled(&o.klachtenregeling),
            ProfileField::Bewaartermijn => o.bewaartermijn_jaren > 0,
            ProfileField::Gebruiker => filled(&self.user.name),
        }
    }

    /// The first of `fields` that is not filled in, as an error.
    pub fn require(&self, fields: &[ProfileField]) -> Result<(), ProfileField> {
        fields
            .iter()
            .copied()
            .find(|f| !self.has(*f))
            .map_or(Ok(()), Err)
    }
}

/// Whether `url` can be a timestamp service's address: `http://HOST[:PORT][/PATH]`, no
/// user part, no spaces (the transport speaks plain HTTP only; the token itself is signed).
pub fn is_timestamp_service_address(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    !authority.is_empty()
        && !authority.starts_with(':')
        && !authority.contains('@')
        && !url.contains(char::is_whitespace)
}

impl Organisation {
    /// Sets the profile field that a `protocol` form answer stands for (the Organisation
    /// screen edits the profile through the protocol form) and keeps the answer too.
    /// Unknown field ids only keep the answer. Refuses a bewaartermijn outside 1..=100
    /// years and a Veilig Thuis region that is not in [`VEILIG_THUIS_REGIOS`] (Dutch
    /// message), leaving the profile unchanged.
    pub fn set_field(&mut self, field: &str, value: Option<&Value>) -> Result<(), String> {
        let text = match value {
            Some(Value::Text(t) | Value::Choice(t)) => t.trim().to_owned(),
            _ => String::new(),
        };
        match field {
            "organisatie_naam" => self.name = text,
            "organisatie_plaats" => self.place = text,
            "sector" => self.form_set = form_set_for_sector(&text).to_owned(),
            "eindverantwoordelijke_naam" => self.eindverantwoordelijke.name = text,
            "eindverantwoordelijke_functie" => self.eindverantwoordelijke.function = text,
            "aandachtsfunctionaris_naam" => self.aandachtsfunctionaris.name = text,
            "aandachtsfunctionaris_functie" => self.aandachtsfunctionaris.function = text,
            "veilig_thuis_regio" => {
                if text.is_empty() {
                    self.veilig_thuis_regio.clear();
                } else {
                    let region = VeiligThuisRegio::find(&text)
                        .ok_or_else(|| rt::unknown_vt_region(&text))?;
                    self.apply_region(region);
                }
            }
            "veilig_thuis_telefoon" => {
                self.veilig_thuis_telefoon = if text.is_empty() {
                    VEILIG_THUIS_LANDELIJK.to_owned()
                } else {
                    text
                }
            }
            "veilig_thuis_email" => self.veilig_thuis_email = text,
            "veilig_thuis_adres" => self.veilig_thuis_adres = text,
            "beveiligde_mail" | "beveiligde_mail_anders" => {
                let label = match text.as_str() {
                    "zivver" => "Zivver".to_owned(),
                    "zorgmail" => "ZorgMail".to_owned(),
                    "secumailer" => "SecuMailer".to_owned(),
                    // "anders": the channel's name follows in `beveiligde_mail_anders`.
                    "anders" => String::new(),
                    _ => text,
                };
                if field == "beveiligde_mail" || !label.is_empty() {
                    self.beveiligde_mail = label;
                }
            }
            "klachtenregeling" => self.klachtenregeling = text,
            // Not a protocol question: set on the Organisatie page and with `org set`.
            "tijdstempeldienst" => {
                if !text.is_empty() && !is_timestamp_service_address(&text) {
                    return Err(rt::PROFILE_TIMESTAMP_SERVICE_INVALID.to_owned());
                }
                self.timestamp_service = text;
                return Ok(());
            }
            "bewaartermijn_jaren" => {
                self.bewaartermijn_jaren = if text.is_empty() {
                    0
                } else {
                    text.parse::<u32>()
                        .ok()
                        .filter(|y| (1..=100).contains(y))
                        .ok_or_else(|| rt::PROFILE_RETENTION_PERIOD_OUT_OF_RANGE.to_owned())?
                };
            }
            _ => {}
        }
        match value {
            Some(v) => self.protocol.insert(field.to_owned(), v.clone()),
            None => self.protocol.remove(field),
        };
        Ok(())
    }

    /// Takes the region's name and the contact details the reference gives for it; the
    /// phone number falls back to the national number. Details the user entered for a
    /// field the region has no data for stay.
    pub fn apply_region(&mut self, region: &VeiligThuisRegio) {
        region.name.clone_into(&mut self.veilig_thuis_regio);
        self.veilig_thuis_telefoon = region.phone.unwrap_or(VEILIG_THUIS_LANDELIJK).to_owned();
        if let Some(mail) = region.email {
            mail.clone_into(&mut self.veilig_thuis_email);
        }
    }
}

impl Organisation {
    /// Where this organisation's bewaartermijn starts: by its `sector` answer, else by its
    /// form set (only the sector `zorg` has the form set `zorg`).
    pub fn retention_rule(&self) -> RetentionRule {
        match self.protocol.get("sector") {
            Some(Value::Text(t) | Value::Choice(t)) if !t.trim().is_empty() => {
                RetentionRule::for_sector(t.trim())
            }
            _ => RetentionRule::for_sector(&self.form_set),
        }
    }

    /// The years of the bewaartermijn as applied under [`Organisation::retention_rule`]
    /// (the WGBO's minimum for zorg); 0 while not set.
    pub fn retention_years(&self) -> u32 {
        self.retention_rule().years(self.bewaartermijn_jaren)
    }
}

/// The form set for a `sector` choice: the sectors with their own set keep it, the others
/// follow the basismodel.
pub fn form_set_for_sector(sector: &str) -> &'static str {
    match sector {
        "basisonderwijs" => "basisonderwijs",
        "zorg" => "zorg",
        _ => "basismodel",
    }
}

/// One of the regional Veilig Thuis organisations, with only the details the project's
/// reference (`shared/reference/veilig-thuis.md`, §4–5) gives. No postal address is
/// known for any region; the user enters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VeiligThuisRegio {
    /// The organisation's name.
    pub name: &'static str,
    /// Whether a page naming the organisation was found (reference §4).
    pub verified: bool,
    /// A regional phone number, where the reference has one (else 0800-2000 applies).
    pub phone: Option<&'static str>,
    /// A regional e-mail address for written meldingen, where the reference has one.
    pub email: Option<&'static str>,
    /// The website the reference cites, where it has one.
    pub website: Option<&'static str>,
}

const fn vt(name: &'static str, verified: bool, website: Option<&'static str>) -> VeiligThuisRegio {
    VeiligThuisRegio {
        name,
        verified,
        phone: None,
        email: None,
        website,
    }
}

/// The 26 regional Veilig Thuis organisations as listed in the reference (names in the
/// not-verified rows follow the usual regional division and must be checked before use).
pub const VEILIG_THUIS_REGIOS: [VeiligThuisRegio; 26] = [
    vt("Veilig Thuis Groningen", false, None),
    vt("Veilig Thuis Fryslân", true, None),
    vt(
        "Veilig Thuis Drenthe",
        true,
        Some("www.veiligthuisdrenthe.nl"),
    ),
    vt("Veilig Thuis IJsselland", true, None),
    vt("Veilig Thuis Twente", false, None),
    vt(
        "Veilig Thuis Noord- en Oost-Gelderland",
        true,
        Some("www.veiligthuisnoordoostgelderland.nl"),
    ),
    vt(
        "Veilig Thuis Gelderland-Midden",
        true,
        Some("veiligthuisgm.nl"),
    ),
    vt(
        "Veilig Thuis Gelderland-Zuid",
        true,
        Some("veiligthuisgelderlandzuid.nl"),
    ),
    VeiligThuisRegio {
        name: "Veilig Thuis Utrecht",
        verified: true,
        phone: None,
        email: Some("veiligthuis@samen-veilig.nl"),
        website: Some("www.veiligthuisutrecht.nl"),
    },
    vt(
        "Veilig Thuis Noord-Holland Noord",
        true,
        Some("www.veiligthuisnhn.nl"),
    ),
    vt("Veilig Thuis Zaanstreek-Waterland", true, None),
    vt("Veilig Thuis Kennemerland", false, None),
    vt("Veilig Thuis Amsterdam-Amstelland", true, None),
    vt("Veilig Thuis Gooi en Vechtstreek", false, None),
    vt("Veilig Thuis Haaglanden", false, None),
    vt(
        "Veilig Thuis Hollands Midden",
        true,
        Some("veiligthuishollandsmidden.nl"),
    ),
    vt("Veilig Thuis Rotterdam Rijnmond", true, None),
    vt("Veilig Thuis Zuid-Holland Zuid", false, None),
    vt(
        "Veilig Thuis Zeeland",
        true,
        Some("www.veiligthuiszeeland.nl"),
    ),
    VeiligThuisRegio {
        name: "Veilig Thuis Midden-Brabant",
        verified: true,
        // From seeds/000 only; the reference did not check it elsewhere.
        phone: Some("(013) 751 67 89"),
        email: None,
        website: Some("www.veiligthuismiddenbrabant.nl"),
    },
    vt("Veilig Thuis West-Brabant", false, None),
    vt("Veilig Thuis Brabant Noordoost", false, None),
    vt(
        "Veilig Thuis Oost-Brabant",
        true,
        Some("www.veiligthuisoostbrabant.nl"),
    ),
    vt("Veilig Thuis Limburg-Noord", false, None),
    vt("Veilig Thuis Zuid-Limburg", true, Some("veiligthuiszl.nl")),
    vt(
        "Veilig Thuis Flevoland",
        true,
        Some("veiligthuisflevoland.nl"),
    ),
];

impl VeiligThuisRegio {
    /// The region with this name, case-insensitively, with or without "Veilig Thuis".
    pub fn find(name: &str) -> Option<&'static VeiligThuisRegio> {
        let want = name.trim().to_lowercase();
        let want = want.trim_start_matches("veilig thuis").trim();
        VEILIG_THUIS_REGIOS.iter().find(|r| {
            let n = r.name.to_lowercase();
            n.trim_start_matches("veilig thuis").trim() == want
        })
    }
}

/// The user of this installation and their organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The user: name and function (profession).
    pub user: Actor,
    /// The organisation.
    pub organisation: Organisation,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::domain::example;

    #[test]
    fn the_timestamp_service_is_an_http_address_or_nothing() {
        let mut o = Organisation::default();
        let t = |s: &str| Value::Text(s.to_owned());
        o.set_field("tijdstempeldienst", Some(&t(" http://127.0.0.1:3180/tsa ")))
            .unwrap();
        assert_eq!(o.timestamp_service, "http://127.0.0.1:3180/tsa");
        assert!(
            !o.protocol.contains_key("tijdstempeldienst"),
            "not a protocol answer"
        );
        for bad in [
            "https://tsa.example",
            "tsa.example",
            "http://",
            "http://a@b/",
            "http://a b",
        ] {
            assert_eq!(
                o.set_field("tijdstempeldienst", Some(&t(bad))),
                Err(rt::PROFILE_TIMESTAMP_SERVICE_INVALID.to_owned()),
                "{bad}"
            );
            assert_eq!(o.timestamp_service, "http://127.0.0.1:3180/tsa");
        }
        o.set_field("tijdstempeldienst", None).unwrap();
        assert_eq!(o.timestamp_service, "");
    }

    #[test]
    fn the_empty_profile_has_nothing_of_the_example() {
        let p = Profile::empty(Actor::new("Fatima El Amrani", "mentor"));
        let ex = example::profile();
        assert_ne!(p.organisation.name, ex.organisation.name);
        assert!(p.organisation.name.is_empty());
        assert!(p.organisation.eindverantwoordelijke.name.is_empty());
        assert!(p.organisation.veilig_thuis_regio.is_empty());
        assert!(p.organisation.veilig_thuis_email.is_empty());
        assert!(p.organisation.klachtenregeling.is_empty());
        assert_eq!(p.organisation.veilig_thuis_telefoon, "0800-2000");
        assert_eq!(p.require(&[ProfileField::Gebruiker]), Ok(()));
        assert_eq!(
            p.require(&[ProfileField::Gebruiker, ProfileField::Klachtenregeling]),
            Err(ProfileField::Klachtenregeling)
        );
        assert!(!p.has(ProfileField::Bewaartermijn));
        assert!(
            ProfileField::Eindverantwoordelijke
                .missing_message()
                .contains("naam van de eindverantwoordelijke")
        );
    }

    #[test]
    fn protocol_answers_reach_the_profile() {
        let mut o = Organisation::default();
        let t = |s: &str| Value::Text(s.to_owned());
        o.set_field("organisatie_naam", Some(&t("Kindcentrum De Linde")))
            .unwrap();
        o.set_field("sector", Some(&Value::Choice("zorg".to_owned())))
            .unwrap();
        o.set_field("klachtenregeling", Some(&t("Klachten via de directie.")))
            .unwrap();
        o.set_field("bewaartermijn_jaren", Some(&t("20"))).unwrap();
        o.set_field(
            "beveiligde_mail",
            Some(&Value::Choice("zorgmail".to_owned())),
        )
        .unwrap();
        o.set_field("veilig_thuis_regio", Some(&t("utrecht")))
            .unwrap();
        assert_eq!(o.name, "Kindcentrum De Linde");
        assert_eq!(o.form_set, "zorg");
        assert_eq!(o.klachtenregeling, "Klachten via de directie.");
        assert_eq!(o.bewaartermijn_jaren, 20);
        assert_eq!(o.beveiligde_mail, "ZorgMail");
        assert_eq!(o.veilig_thuis_regio, "Veilig Thuis Utrecht");
        assert_eq!(o.veilig_thuis_email, "veiligthuis@samen-veilig.nl");
        assert_eq!(o.veilig_thuis_telefoon, "0800-2000");
        assert_eq!(o.protocol.len(), 6);

        let before = o.clone();
        assert!(o.set_field("bewaartermijn_jaren", Some(&t("0"))).is_err());
        let err = o
            .set_field("veilig_thuis_regio", Some(&t("Veilig Thuis Atlantis")))
            .unwrap_err();
        assert!(err.contains("Atlantis"), "{err}");
        assert_eq!(o, before);
        o.set_field("veilig_thuis_regio", Some(&t("Midden-Brabant")))
            .unwrap();
        assert_eq!(o.veilig_thuis_telefoon, "(013) 751 67 89");
    }

    #[test]
    fn the_region_table_follows_the_reference() {
        assert_eq!(VEILIG_THUIS_REGIOS.len(), 26);
        let names: std::collections::BTreeSet<_> =
            VEILIG_THUIS_REGIOS.iter().map(|r| r.name).collect();
        assert_eq!(names.len(), 26);
        let with_phone: Vec<_> = VEILIG_THUIS_REGIOS
            .iter()
            .filter(|r| r.phone.is_some())
            .map(|r| r.name)
            .collect();
        assert_eq!(with_phone, ["Veilig Thuis Midden-Brabant"]);
        assert!(VeiligThuisRegio::find("Veilig Thuis Fryslân").is_some());
    }

    #[test]
    fn old_profiles_still_read() {
        let p: Profile = serde_json::from_str(
            r#"{"user":{"name":"A","function":"b"},"organisation":{"name":"X","bewaartermijn_jaren":2}}"#,
        )
        .unwrap();
        assert_eq!(p.organisation.bewaartermijn_jaren, 2);
        assert!(p.organisation.veilig_thuis_adres.is_empty());
    }
}
