//! Messages of the operations layer: the same in the window and on the command line.

/// No dossier with the id or reference given.
pub const NO_DOSSIER: &str =
    "Er is geen dossier {dossier} in deze kluis (zie `meldcode dossier list`).";
/// The lock looks stale.
pub const READ_ONLY_STALE: &str = "Het slot lijkt verlaten; neem het over met \
     --take-over-stale-lock (of open de kluis opnieuw in het venster).";
/// This user's own stale lock on this computer was taken over on open (the command line).
pub const OWN_LOCK_TAKEN_OVER: &str = "Je eigen slot op deze computer was blijven staan (een \
     venster of opdracht is niet netjes afgesloten); het is overgenomen en dat staat in het logboek.";
/// A file or folder could not be written or read.
pub const FILE: &str = "Het bestand {path} kon niet worden gelezen of geschreven; er is \
     niets half achtergebleven.";
/// The target of an export is a folder or its folder is missing.
pub const TARGET: &str =
    "Kies een bestandsnaam in een bestaande map: {path} is een map of de map bestaat niet.";
/// The certificate's password is wrong.
pub const CERT_WRONG_PASSWORD: &str = "Het wachtwoord van het certificaatbestand klopt niet.";
/// The vault already has a certificate.
pub const CERT_EXISTS: &str = "De kluis heeft al een certificaat om mee te ondertekenen. \
     Vervang het alleen bewust (--replace).";
/// An empty password for a certificate file.
pub const CERT_EMPTY_PASSWORD: &str = "Kies een wachtwoord voor het certificaatbestand.";
/// No request for information to answer.
pub const NO_INFO_REQUEST: &str = "Dit dossier heeft geen verzoek om informatie van Veilig Thuis.";
/// A date with a two-digit year.
pub const DATE_TWO_DIGIT_YEAR: &str =
    "Schrijf het jaar voluit, met vier cijfers: bijvoorbeeld 02-11-2026 in plaats van 02-11-26.";
/// A date that cannot be read.
pub const DATE_UNREADABLE: &str = "Typ de datum als dd-mm-jjjj (bijvoorbeeld 02-11-2026), \
     jjjj-mm-dd of \u{2018}vandaag\u{2019}.";
/// A date-time that cannot be read.
pub const DATETIME_UNREADABLE: &str =
    "Typ datum en tijd als dd-mm-jjjj uu:mm, bijvoorbeeld 02-11-2026 08:40.";
/// A date after today where only the past fits.
pub const DATE_IN_FUTURE: &str = "Deze datum ligt na vandaag; vul de datum in waarop het gebeurde.";
/// A date too long ago.
pub const DATE_TOO_OLD: &str = "Deze datum ligt meer dan 20 jaar terug; controleer het jaar.";
/// A birth date out of range.
pub const DATE_BIRTH_RANGE: &str = "Een geboortedatum ligt tussen 1900 en vandaag.";
/// An agreement date too far ahead.
pub const DATE_TOO_FAR_AHEAD: &str =
    "Deze datum ligt meer dan 5 jaar vooruit; controleer het jaar.";
