//! Dutch text for the persons of a dossier, the organisation profile and the checked
//! anonymisation (issue 15).

use chrono::NaiveDate;

// Persons

/// Gender not recorded.
pub const GENDER_ONBEKEND: &str = "onbekend";
/// Female.
pub const GENDER_VROUW: &str = "meisje/vrouw";
/// Male.
pub const GENDER_MAN: &str = "jongen/man";
/// Other.
pub const GENDER_ANDERS: &str = "anders";

/// Field name: first names.
pub const F_VOORNAMEN: &str = "voornamen";
/// Field name: roepnaam.
pub const F_ROEPNAAM: &str = "roepnaam";
/// Field name: tussenvoegsel.
pub const F_TUSSENVOEGSEL: &str = "tussenvoegsel";
/// Field name: family name.
pub const F_ACHTERNAAM: &str = "achternaam";
/// Field name: alias.
pub const F_ALIAS: &str = "andere schrijfwijze";

/// A name field holds digits, control characters or is too long.
pub fn person_bad_name(field: &str) -> String {
    format!(
        "Het veld '{field}' mag alleen een naam bevatten: letters, spaties, streepjes en \
         apostrofs, hoogstens 100 tekens."
    )
}
/// A blank alias.
pub const PERSON_BLANK_ALIAS: &str = "Een andere schrijfwijze van de naam mag niet leeg zijn.";
/// A tussenvoegsel without a family name.
pub const PERSON_TUSSENVOEGSEL_ALONE: &str =
    "Een tussenvoegsel hoort bij een achternaam: vul ook de achternaam in.";
/// The birth date lies outside 1900..today.
pub fn person_birth_date(d: NaiveDate) -> String {
    format!(
        "De geboortedatum {} kan niet: kies een datum tussen 01-01-1900 en vandaag.",
        d.format("%d-%m-%Y")
    )
}

/// Label: languages spoken.
pub const L_TALEN: &str = "talen";

/// History: a person was removed.
pub const CH_PERSOON_VERWIJDERD: &str = "Betrokkene verwijderd";
/// History: who the dossier is about.
pub const CH_ONDERWERP: &str = "Dossier gaat over";

/// Stand-in for a person who was removed while something still refers to them.
pub const VERWIJDERDE_BETROKKENE: &str = "verwijderde betrokkene";

/// A reference: the subject of the dossier.
pub const REF_SUBJECT: &str = "het dossier gaat over deze persoon";
/// A reference: the source of a signal.
pub fn ref_signal(id: u32) -> String {
    format!("signaal {id} (bron)")
}
/// A reference: a participant in a conversation.
pub fn ref_conversation(id: u32) -> String {
    format!("gesprek {id} (gesprekspartner)")
}
/// A reference: a field of a step's form.
pub fn ref_step_field(step: u8, field: &str) -> String {
    format!("stap {step}, veld '{field}'")
}
/// A reference: a field of the meldformulier.
pub fn ref_melding_field(field: &str) -> String {
    format!("meldformulier, veld '{field}'")
}
/// A person is referred to; the user must choose what happens to the references.
pub fn person_referenced(refs: &[String]) -> String {
    format!(
        "Deze betrokkene wordt nog genoemd in: {}. Kies wat er met die verwijzingen gebeurt: \
         laten staan als 'verwijderde betrokkene', of overzetten naar een andere betrokkene.",
        refs.join("; ")
    )
}

// Organisation profile

/// Defines a profile field's Dutch name and the message for a document that needs it.
macro_rules! profile_field {
    ($(#[$doc:meta] $name:ident, $missing:ident, $label:literal;)*) => {$(
        #[$doc]
        pub const $name: &str = $label;
        /// A document needs this field and the profile lacks it.
        pub const $missing: &str = concat!(
            "In het organisatieprofiel ontbreekt: ",
            $label,
            ". Vul dit in bij Organisatie (of met 'meldcode org set') en maak het document \
             opnieuw."
        );
    )*};
}

profile_field! {
    /// Profile field: organisation name.
    P_NAAM, MISSING_NAAM, "naam van de organisatie";
    /// Profile field: place.
    P_PLAATS, MISSING_PLAATS, "plaats van de organisatie";
    /// Profile field: sector.
    P_SECTOR, MISSING_SECTOR, "sector (formulierenset)";
    /// Profile field: eindverantwoordelijke name.
    P_EINDVERANTWOORDELIJKE, MISSING_EINDVERANTWOORDELIJKE, "naam van de eindverantwoordelijke";
    /// Profile field: eindverantwoordelijke function.
    P_EINDVERANTWOORDELIJKE_FUNCTIE, MISSING_EINDVERANTWOORDELIJKE_FUNCTIE,
        "functie van de eindverantwoordelijke";
    /// Profile field: aandachtsfunctionaris.
    P_AANDACHTSFUNCTIONARIS, MISSING_AANDACHTSFUNCTIONARIS, "naam van de aandachtsfunctionaris";
    /// Profile field: Veilig Thuis region.
    P_VT_REGIO, MISSING_VT_REGIO, "Veilig Thuis-regio";
    /// Profile field: Veilig Thuis phone.
    P_VT_TELEFOON, MISSING_VT_TELEFOON, "telefoonnummer van Veilig Thuis";
    /// Profile field: secure mail channel.
    P_BEVEILIGDE_MAIL, MISSING_BEVEILIGDE_MAIL, "beveiligd mailkanaal";
    /// Profile field: klachtenregeling.
    P_KLACHTENREGELING, MISSING_KLACHTENREGELING, "klachtenregeling";
    /// Profile field: bewaartermijn.
    P_BEWAARTERMIJN, MISSING_BEWAARTERMIJN, "bewaartermijn";
    /// Profile field: the user's name.
    P_GEBRUIKER, MISSING_GEBRUIKER, "naam van de gebruiker";
}

/// The letter to the parents needs a parent with gezag.
pub const MISSING_GEZAG: &str = "In het dossier staat geen ouder of verzorger met gezag \
     (gezag: ja). Vul dit aan bij Betrokkenen en maak de brief opnieuw.";
/// A bewaartermijn outside 1..=100 years.
pub const PROFILE_BEWAARTERMIJN: &str = "De bewaartermijn moet tussen 1 en 100 jaar liggen.";
/// An unknown Veilig Thuis region.
pub fn unknown_vt_region(name: &str) -> String {
    format!("'{name}' is geen bekende Veilig Thuis-regio. Kies een regio uit de lijst.")
}

// Anonymisation

/// Placeholder for an unregistered name.
pub const WEG_NAAM: &str = "[naam]";
/// Placeholder for a licence plate.
pub const WEG_KENTEKEN: &str = "[kenteken]";
/// The summary still holds words that may be names; the user must confirm them.
pub fn doubtful_words(words: &[String]) -> String {
    format!(
        "De samenvatting bevat nog woorden die een naam kunnen zijn: {}. Geef per woord aan of \
         het een naam is (wordt vervangen) of een gewoon woord (blijft staan); pas daarna kan \
         de samenvatting worden gedeeld.",
        words.join(", ")
    )
}
