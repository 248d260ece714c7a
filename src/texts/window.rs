//! Window texts of #26 and #20: the lock bar, long lists, the hint overview, date fields.

/// Read-only bar: who holds the vault (followed by name, computer and time).
pub const LOCK_HELD_BY: &str = "Alleen lezen: de kluis is in gebruik door";
/// Between the holder's name and computer.
pub const LOCK_ON: &str = "op";
/// Before the time the holder took the lock.
pub const LOCK_SINCE: &str = "sinds";
/// A live lock: what the user can do.
pub const LOCK_BUSY_HELP: &str =
    "Je kunt lezen. Schrijven kan zodra dat venster de kluis vrijgeeft.";
/// Button: try to take the lock again.
pub const LOCK_RETRY: &str = "Opnieuw proberen";
/// Tooltip of the retry button.
pub const LOCK_RETRY_TIP: &str = "Opent de kluis opnieuw; je kunt schrijven als ze nu vrij is.";
/// A stale lock of someone else: what it means.
pub const LOCK_STALE_HELP: &str =
    "Dat venster lijkt niet meer open te zijn: er is geen teken van leven sinds";
/// Button: take the stale lock over (asks first).
pub const LOCK_TAKE_OVER: &str = "Overnemen";
/// Heading of the confirmation.
pub const LOCK_CONFIRM_TITLE: &str = "Kluis overnemen?";
/// What taking over means.
pub const LOCK_CONFIRM_TEXT: &str = "Overnemen betekent: jij kunt weer schrijven, en het andere venster kan niet meer \
     opslaan. Wat daar nog niet was opgeslagen, gaat verloren. De overname komt in het \
     logboek. Doe dit alleen als je zeker weet dat niemand meer in dat venster werkt.";
/// Confirm taking over.
pub const LOCK_CONFIRM_YES: &str = "Ja, overnemen";
/// Cancel taking over.
pub const LOCK_CONFIRM_NO: &str = "Annuleren";
/// Message after taking over someone else's stale lock.
pub const LOCK_TAKEN_OVER: &str =
    "De kluis is overgenomen. Je kunt weer schrijven; de overname staat in het logboek.";
/// Message after one's own stale lock was taken over on unlock.
pub const LOCK_OWN_TAKEN_OVER: &str = "Je vorige venster is niet netjes afgesloten. De kluis is weer vrijgegeven voor jou; dat staat in het logboek.";
/// Message when trying again found the lock free.
pub const LOCK_NOW_FREE: &str = "De kluis is nu vrij. Je kunt weer schrijven.";
/// Message when trying again found the lock still held.
pub const LOCK_STILL_BUSY: &str = "De kluis is nog in gebruik. Probeer het later opnieuw.";
/// Trying again after the window was locked: the passphrase is needed.
pub const LOCK_RETRY_NEEDS_PASSPHRASE: &str =
    "Ontgrendel de kluis eerst opnieuw met je wachtwoord.";
/// Hint overview: before the counts per step.
pub const HINTS_PER_STEP: &str = "Per stap:";
/// Hint overview: before the counts per kind of hint.
pub const HINTS_PER_RULE: &str = "Per soort:";
/// Hint overview: unfold a group of identical hints (followed by the number).
pub const HINTS_UNFOLD: &str = "Toon alle";
/// Hint overview: fold a group again.
pub const HINTS_FOLD: &str = "Verberg";
/// Export dialog: the number of open hints (preceded by the number).
pub const EXPORT_HINTS_COUNT: &str = "open opmerkingen bij het schrijven.";
/// Export dialog: no open hints.
pub const EXPORT_HINTS_NONE: &str = "Geen open opmerkingen bij het schrijven.";
/// Export dialog: link to the hint overview.
pub const EXPORT_HINTS_LINK: &str = "Bekijk ze in het overzicht";
/// Calendar: a year back.
pub const DATE_PREV_YEAR: &str = "Een jaar terug";
/// Calendar: a year ahead.
pub const DATE_NEXT_YEAR: &str = "Een jaar verder";
/// Calendar: the year field.
pub const DATE_YEAR_TIP: &str = "Jaar: klik om te typen, of sleep";
