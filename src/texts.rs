//! Dutch user-facing text, kept in one place so it can be reviewed at once.

// Domain vocabulary and checks.

/// Checklist: Veilig Thuis not phoned first.
pub const CHECK_NOT_PHONED: &str =
    "Veilig Thuis is nog niet eerst gebeld (datum, tijd, medewerker).";
/// Checklist: name of the Veilig Thuis employee missing.
pub const CHECK_NO_EMPLOYEE: &str = "De naam van de medewerker van Veilig Thuis ontbreekt.";
/// Checklist: family informed unknown.
pub const CHECK_FAMILY_UNKNOWN: &str = "Leg vast of het gezin is geïnformeerd.";
/// Checklist: no exception chosen.
pub const CHECK_NO_EXCEPTION: &str = "Kies welke uitzondering op 'open melden, tenzij' geldt.";
/// Checklist: exception not motivated.
pub const CHECK_NO_MOTIVATION: &str = "Motiveer waarom de uitzondering geldt.";
/// Checklist: no secure channel.
pub const CHECK_NO_CHANNEL: &str = "Kies het beveiligde kanaal waarlangs de melding gaat.";
/// The recorded exception is not in the form set's list.
pub const CHECK_UNKNOWN_EXCEPTION: &str =
    "Kies de uitzondering op 'open melden, tenzij' uit de lijst van dit meldformulier.";

// Lint
/// Hint panel button: put the hint's concrete rewrite in the text.
pub const LINT_APPLY: &str = "Suggestie toepassen";
/// Hint panel button: ignore this hint here (asks for a reason).
pub const LINT_SUPPRESS: &str = "Negeren…";
/// Hint panel when the text has no hints.
pub const LINT_NO_HINTS: &str = "Geen opmerkingen: de tekst beschrijft feiten.";
/// Hint panel: prefix of the explanation of a hint.
pub const LINT_WHY: &str = "Waarom:";
/// Hint panel: prefix of the rewrite advice of a hint.
pub const LINT_SUGGESTION: &str = "Suggestie:";

// Melding: what stands between the melding and its export.
/// Prefix: a required field is empty.
pub const MISSING_FIELD: &str = "Verplicht veld is leeg";
/// Prefix: the checklist before sending is incomplete.
pub const MISSING_CHECKLIST: &str = "Controlelijst";
/// Prefix: a writing-check hint is neither solved nor kept with a reason.
pub const MISSING_HINT: &str = "Schrijfhint niet opgelost of behouden met reden";

// Vault
/// Wrong passphrase.
pub const VAULT_WRONG_PASSPHRASE: &str =
    "Het wachtwoord klopt niet. Controleer het en probeer het opnieuw.";
/// The vault file is damaged.
pub const VAULT_CORRUPT: &str = "Het kluisbestand is beschadigd en kan niet veilig worden \
     gelezen. Er is niets overschreven. Open een reservekopie uit de map met backups naast \
     de kluis, of vraag hulp aan uw beheerder.";
/// Made by a newer version; `{version}` is replaced.
pub const VAULT_TOO_NEW: &str = "Deze kluis is gemaakt met een nieuwere versie van \
     Meldcode Dossier (formaat {version}). Werk het programma bij om haar te openen.";
/// Read-only.
pub const VAULT_READ_ONLY: &str = "De kluis kan niet worden gewijzigd: het bestand of de map \
     is alleen-lezen. Uw gegevens zijn niet veranderd.";
/// Disk full.
pub const VAULT_DISK_FULL: &str = "De schijf is vol of weigert te schrijven. De laatste \
     opgeslagen versie is intact. Maak ruimte vrij en probeer het opnieuw.";
/// Permission denied.
pub const VAULT_PERMISSION_DENIED: &str = "U hebt geen toegang tot het kluisbestand of de map \
     waarin het staat. Vraag uw beheerder om schrijfrechten.";
/// Locked; `{user}`, `{workstation}` and `{since}` are replaced.
pub const VAULT_LOCKED: &str = "De kluis is in gebruik door {user} op {workstation} sinds \
     {since}. U kunt meelezen, maar niet wijzigen.";
/// Changed by another program.
pub const VAULT_CHANGED_ELSEWHERE: &str = "De kluis is intussen door iemand anders gewijzigd. \
     Uw wijziging is niet opgeslagen, zodat niets wordt overschreven. Open de kluis opnieuw.";
/// Busy.
pub const VAULT_BUSY: &str =
    "De kluis is even bezet door een ander programma. Probeer het zo opnieuw.";
/// No such dossier; `{id}` is replaced.
pub const VAULT_NOT_FOUND: &str = "Dossier {id} bestaat niet (meer) in deze kluis.";
/// No vault at the path.
pub const VAULT_MISSING: &str = "Er staat geen kluis op deze plek.";
/// A file exists where a new vault was to be made.
pub const VAULT_ALREADY_EXISTS: &str =
    "Op deze plek staat al een bestand. Kies een andere naam voor de nieuwe kluis.";
/// The domain refused the change.
pub const VAULT_CHANGE_REFUSED: &str =
    "Deze wijziging past niet bij het dossier zoals het nu is en is niet opgeslagen.";
/// Another input/output error.
pub const VAULT_IO: &str = "De kluis kon niet worden gelezen of geschreven. De laatste \
     opgeslagen versie is intact. Probeer het opnieuw of vraag hulp aan uw beheerder.";

// Letters after the melding.
/// The letter to parents is refused: melding under an exception.
pub const BRIEF_GEWEIGERD_UITZONDERING: &str = "Er komt geen brief aan de ouders: de melding is \
     gedaan onder een uitzondering op 'open melden, tenzij'. Informeer het gezin pas als dat \
     zonder gevaar kan, in overleg met Veilig Thuis.";
/// The letter to parents is refused: anonymity requested.
pub const BRIEF_GEWEIGERD_ANONIEM: &str = "Er komt geen brief aan de ouders: u hebt Veilig \
     Thuis gevraagd uw naam niet aan het gezin te noemen.";
