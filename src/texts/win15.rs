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
pub const REMOVE_ASK: &str = "Deze betrokkene verwijderen? De wijziging blijft zichtbaar in de geschiedenis.";
