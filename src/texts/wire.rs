//! Messages of the persons, organisation and user operations (issue 15): the same in the
//! window and on the command line.

/// A role that is not one of the known ones.
pub const UNKNOWN_ROLE: &str = "Onbekende rol. Kies uit: kind, broer-zus, moeder, vader, \
     stiefouder, pleegouder, partner, client, andere-volwassene, vermoedelijke-pleger.";
/// A gender that is not one of the known ones.
pub const UNKNOWN_GENDER: &str = "Onbekend geslacht. Kies uit: onbekend, vrouw, man, anders.";
/// Gezag must be ja, nee or onbekend.
pub const UNKNOWN_GEZAG: &str = "Gezag is ja, nee of onbekend.";
/// A new dossier needs a title.
pub const EMPTY_TITLE: &str =
    "Geef het dossier een neutrale titel (zonder namen: die staat in lijsten).";
/// A person needs a first name or a roepnaam.
pub const PERSON_NO_NAME: &str = "Geef de betrokkene minstens een voornaam of roepnaam.";
/// A new person needs a role.
pub const PERSON_NO_ROLE: &str = "Geef de rol van de betrokkene (--role).";
/// No person with this id in the dossier.
pub const NO_PERSON: &str =
    "Deze betrokkene staat niet in het dossier (zie `meldcode person list`).";
/// A profile field that `org set` does not know.
pub const UNKNOWN_FIELD: &str = "Onbekend veld van het organisatieprofiel. Velden: naam, plaats, \
     sector, eindverantwoordelijke, eindverantwoordelijke-functie, aandachtsfunctionaris, \
     aandachtsfunctionaris-functie, veilig-thuis-regio, veilig-thuis-telefoon, \
     veilig-thuis-email, veilig-thuis-adres, beveiligde-mail, klachtenregeling, bewaartermijn.";
/// A field argument without `=`.
pub const FIELD_FORMAT: &str =
    "Schrijf een veld als SLEUTEL=WAARDE, bijvoorbeeld naam=\"De Linde\".";
/// Only the eindverantwoordelijke or the aandachtsfunctionaris manages users.
pub const USERS_NOT_ALLOWED: &str = "Alleen de eindverantwoordelijke of de \
     aandachtsfunctionaris (zoals het organisatieprofiel hen noemt, zie `meldcode org show`) \
     mag gebruikers toevoegen of verwijderen.";
/// Users exist only in a vault.
pub const USERS_NO_VAULT: &str = "Gebruikers bestaan alleen in een kluis, niet in het voorbeeld.";
/// The export of the anonymised summary is refused while doubtful words are unconfirmed.
pub const CONFIRM_HINT: &str = "Bevestig elk woord met --confirm-name WOORD (het is een naam: \
     wordt vervangen) of --confirm-word WOORD (een gewoon woord: blijft staan).";
/// Heading of the replaced words.
pub const REPLACED: &str = "Vervangen in de anonieme samenvatting:";
/// Heading of the doubtful words.
pub const DOUBTFUL: &str = "Twijfelachtige woorden (nog niet bevestigd):";
/// `vault init` without the user's name.
pub const NAME_REQUIRED: &str =
    "Geef uw naam (--name): de kluis en het auditlog noemen u bij naam.";
