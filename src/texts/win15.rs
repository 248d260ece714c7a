//! Texts of the Betrokkenen panel (issue 15, window side).

/// Heading of the panel.
pub const PERSONS: &str = "Betrokkenen";
/// Shown when the dossier has nobody yet: who is it about?
pub const PERSONS_NONE: &str =
    "Over wie gaat dit dossier? Voeg het kind of de volwassene toe en markeer als onderwerp.";
/// Button: add a person.
pub const PERSON_ADD: &str = "Betrokkene toevoegen";
/// Button: edit a person.
pub const PERSON_EDIT: &str = "Bewerken";
/// Button: remove a person.
pub const PERSON_REMOVE: &str = "Verwijderen";
/// Button: mark as subject.
pub const PERSON_MAKE_SUBJECT: &str = "Onderwerp van dit dossier";
/// Marker of the subject in the list.
pub const PERSON_IS_SUBJECT: &str = "(onderwerp)";
/// Button: save the person form.
pub const PERSON_SAVE: &str = "Betrokkene opslaan";
/// Button: cancel.
pub const PERSON_CANCEL: &str = "Annuleren";
/// Field labels.
pub const F_ROLE: &str = "Rol";
/// Field label.
pub const F_FIRST: &str = "Voornamen";
/// Field label.
pub const F_ROEPNAAM: &str = "Roepnaam";
/// Field label.
pub const F_TUSSENVOEGSEL: &str = "Tussenvoegsel";
/// Field label.
pub const F_LAST: &str = "Achternaam";
/// Field label.
pub const F_BIRTH: &str = "Geboortedatum (dd-mm-jjjj)";
/// Field label.
pub const F_GENDER: &str = "Geslacht";
/// Field label.
pub const F_ADDRESS: &str = "Adres";
/// Field label.
pub const F_POSTCODE_PLACE: &str = "Postcode en plaats";
/// Field label.
pub const F_PHONE: &str = "Telefoon";
/// Field label.
pub const F_GEZAG: &str = "Gezag";
/// Field label.
pub const F_GROUP: &str = "School, klas of groep";
/// Field label.
pub const F_LANGUAGES: &str = "Talen (gescheiden door komma's)";
/// Field label.
pub const F_NOTES: &str = "Notities";
/// Field label.
pub const F_ALIASES: &str = "Andere namen of spellingen (gescheiden door komma's)";
/// Gezag: yes.
pub const GEZAG_JA: &str = "ja";
/// Gezag: no.
pub const GEZAG_NEE: &str = "nee";
/// Gezag: unknown.
pub const GEZAG_ONBEKEND: &str = "onbekend";
/// Column: born.
pub const BORN: &str = "geboren";
/// Remove dialog: the references.
pub const REMOVE_REFERENCED: &str =
    "Deze betrokkene wordt genoemd in het dossier. Wat moet er met deze verwijzingen gebeuren?";
/// Remove choice: keep.
pub const REMOVE_KEEP: &str = "Laten staan als \u{201c}verwijderde betrokkene\u{201d}";
/// Remove choice: reassign.
pub const REMOVE_REASSIGN: &str = "Overzetten naar";
/// Confirm removal.
pub const REMOVE_CONFIRM: &str = "Definitief verwijderen";
/// Removal: ask a confirmation.
pub const REMOVE_ASK: &str =
    "Deze betrokkene verwijderen? De wijziging blijft zichtbaar in de geschiedenis.";
/// Heading of the profile panel on the Organisatie page.
pub const PROFILE: &str = "Profiel voor de documenten";
/// The profile is complete.
pub const PROFILE_COMPLETE: &str = "Het profiel is compleet: elk document kan worden gemaakt.";
/// Lead of the missing profile fields.
pub const PROFILE_MISSING: &str = "Nog in te vullen voor de documenten:";
/// Label of the region picker.
pub const VT_REGION: &str = "Veilig Thuis-regio";
/// Nothing chosen.
pub const VT_REGION_NONE: &str = "(kies een regio)";
/// Label of the Veilig Thuis postal address.
pub const VT_ADDRESS: &str = "Veilig Thuis: postadres";
/// The Veilig Thuis phone as it is now.
pub const VT_PHONE: &str = "Veilig Thuis: telefoon";
/// The Veilig Thuis mail address as it is now.
pub const VT_MAIL: &str = "Veilig Thuis: adres voor meldingen";
/// After the wizard: what is still missing and where.
pub const WIZARD_PROFILE_MISSING: &str = "De kluis is aangemaakt. Vul op deze pagina (Organisatie) nog in wat de documenten nodig hebben:";
/// Heading of the anonymisation check in the export dialog.
pub const ANON_HEADING: &str = "Controle anonimisering";
/// Lead of the replaced words.
pub const ANON_REPLACED: &str = "Deze woorden zijn vervangen:";
/// No replacements.
pub const ANON_NONE_REPLACED: &str =
    "Er zijn geen namen van niet-geregistreerde personen gevonden.";
/// Lead of the doubtful words.
pub const ANON_DOUBTFUL: &str = "Twijfelgevallen: geef per woord aan of het een naam is (wordt vervangen) of een gewoon woord (blijft staan).";
/// Checkbox: is a name.
pub const ANON_IS_NAME: &str = "is een naam";
/// Checkbox: is an ordinary word.
pub const ANON_IS_WORD: &str = "is een gewoon woord";
/// All doubtful words confirmed.
pub const ANON_ALL_CONFIRMED: &str = "Alle twijfelgevallen zijn bevestigd.";
/// Still to confirm.
pub const ANON_OPEN: &str = "Nog te bevestigen voordat de samenvatting kan worden gemaakt:";
