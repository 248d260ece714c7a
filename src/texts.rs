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
