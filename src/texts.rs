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

// App

/// Window title. Never carries dossier content.
pub const WINDOW_TITLE: &str = "Meldcode Dossier";
/// Marker of the embedded example.
pub const EXAMPLE_BADGE: &str = "Voorbeeld";
/// Banner over the example.
pub const EXAMPLE_BANNER: &str =
    "Dit is een voorbeeld met verzonnen gegevens. Wijzigingen worden niet opgeslagen.";
/// Marker of unsaved in-memory changes in the example.
pub const NOT_SAVED: &str = "niet opgeslagen";
/// Heading of the hints under a long text.
pub const LINT_HINTS: &str = "Feiten, geen indrukken: opmerkingen";
/// Label of the reason to keep a hint; followed by the words.
pub const LINT_KEEP_REASON: &str = "Waarom blijft dit staan:";
/// Button that keeps a hint with its reason.
pub const LINT_KEEP: &str = "Laten staan";
/// Banner when someone else holds the vault's lock; followed by the name.
pub const READ_ONLY_BY: &str = "Alleen lezen: de kluis is nu in gebruik door";
/// Button that starts the wizard from the example.
pub const START_OWN: &str = "Beginnen met een eigen kluis";

// Commands: label and tooltip.
/// Command label.
pub const CMD_NEW_DOSSIER: &str = "Nieuw dossier";
/// Command tooltip.
pub const CMD_NEW_DOSSIER_TIP: &str = "Een nieuw, leeg dossier beginnen";
/// Command label.
pub const CMD_SAVE: &str = "Opslaan";
/// Command tooltip.
pub const CMD_SAVE_TIP: &str =
    "Alles wat je typte nu opslaan (dat gebeurt ook vanzelf na een seconde)";
/// Command label.
pub const CMD_SEARCH: &str = "Zoeken";
/// Command tooltip.
pub const CMD_SEARCH_TIP: &str = "Zoeken in de lijst met dossiers";
/// Command label.
pub const CMD_LIST: &str = "Dossiers";
/// Command tooltip.
pub const CMD_LIST_TIP: &str = "Terug naar de lijst met dossiers";
/// Command label.
pub const CMD_ORGANISATION: &str = "Organisatie";
/// Command tooltip.
pub const CMD_ORGANISATION_TIP: &str = "Het meldcodeprotocol van de organisatie instellen";
/// Command label.
pub const CMD_SETTINGS: &str = "Instellingen";
/// Command tooltip.
pub const CMD_SETTINGS_TIP: &str = "Thema, tekstgrootte en automatisch vergrendelen";
/// Command label.
pub const CMD_LOCK: &str = "Vergrendelen";
/// Command tooltip.
pub const CMD_LOCK_TIP: &str =
    "Het venster vergrendelen; om verder te werken is het wachtwoord nodig";
/// Command label.
pub const CMD_OPEN_EXAMPLE: &str = "Voorbeeld openen";
/// Command tooltip.
pub const CMD_OPEN_EXAMPLE_TIP: &str = "Een verzonnen dossier bekijken, zonder iets op te slaan";
/// Command label.
pub const CMD_WIZARD: &str = "Kluis maken of openen";
/// Command tooltip.
pub const CMD_WIZARD_TIP: &str = "Een eigen, versleutelde kluis voor dossiers maken of openen";

// Messages.
/// Message after a refused change on a closed dossier, and other domain refusals.
pub const ERR_CLOSED: &str = "Dit dossier is gesloten. Heropen het eerst.";
/// Domain refusal.
pub const ERR_NOT_APPLICABLE: &str = "Dat kan nu niet in dit dossier.";
/// Domain refusal.
pub const ERR_MISSING_REASON: &str = "Vul eerst een reden of motivatie in.";
/// Domain refusal.
pub const ERR_UNKNOWN_ITEM: &str = "Dat onderdeel bestaat niet (meer) in dit dossier.";
/// No dossier is open.
pub const ERR_NO_DOSSIER: &str = "Er is geen dossier geopend.";
/// Step close refused: followed by the list of fields.
pub const ERR_REQUIRED_MISSING: &str = "Deze stap kan nog niet worden afgerond. Vul eerst in:";
/// The form set of a dossier is missing.
pub const ERR_NO_FORM_SET: &str = "De formulierenset van dit dossier is niet gevonden.";
/// Date in the wrong format.
pub const ERR_DATE: &str = "Typ de datum als dd-mm-jjjj, bijvoorbeeld 02-11-2026.";
/// Signal without text.
pub const ERR_SIGNAL_TEXT: &str = "Beschrijf het signaal: wat zag of hoorde je?";
/// Passphrases differ.
pub const ERR_PASS_DIFFER: &str = "De twee wachtwoorden zijn niet gelijk.";
/// Passphrase too short.
pub const ERR_PASS_SHORT: &str = "Kies een wachtwoord van minstens 12 tekens.";
/// No file chosen.
pub const ERR_NO_FILE: &str = "Kies eerst een bestand voor de kluis.";
/// Name missing.
pub const ERR_NAME: &str = "Vul je naam en functie in.";
/// Wrong passphrase on the lock screen when no vault can check it.
pub const ERR_WRONG_PASS: &str = "Het wachtwoord klopt niet.";
/// Preferences could not be written.
pub const ERR_PREFS: &str = "De instellingen konden niet worden bewaard.";
/// The decision needs the eindverantwoordelijke.
pub const ERR_NO_EINDVERANTWOORDELIJKE: &str =
    "Vul eerst bij Organisatie in wie eindverantwoordelijk is voor het besluit.";
/// Saved.
pub const MSG_SAVED: &str = "Opgeslagen.";
/// Step completed.
pub const MSG_STEP_DONE: &str = "Stap afgerond.";
/// Decision recorded.
pub const MSG_DECIDED: &str = "Besluit vastgelegd.";
/// Dismiss a message.
pub const DISMISS: &str = "Sluiten";

// Dossier list.
/// Heading.
pub const LIST_HEADING: &str = "Dossiers";
/// Search field label.
pub const LIST_SEARCH: &str = "Zoek op kenmerk of titel";
/// Column.
pub const COL_REFERENCE: &str = "Kenmerk";
/// Column.
pub const COL_TITLE: &str = "Titel";
/// Column.
pub const COL_STATUS: &str = "Status";
/// Column.
pub const COL_STEP: &str = "Huidige stap";
/// Column.
pub const COL_NEXT: &str = "Volgende actie";
/// Column.
pub const COL_HOLDER: &str = "Houder";
/// Status.
pub const STATUS_OPEN: &str = "open";
/// Status.
pub const STATUS_CLOSED: &str = "gesloten";
/// Button.
pub const OPEN: &str = "Openen";
/// Empty list.
pub const LIST_EMPTY: &str = "Nog geen dossiers. Begin met \u{201c}Nieuw dossier\u{201d}.";
/// Shown instead of the holder in the example.
pub const NEXT_COMPLETE_STEP: &str = "Stap afronden";
/// Next action: make the decision.
pub const NEXT_DECIDE: &str = "Besluit nemen";
/// Next action: closed.
pub const NEXT_NONE: &str = "geen";

// Dossier view.
/// Step status.
pub const STEP_OPEN: &str = "open";
/// Step status.
pub const STEP_BUSY: &str = "bezig";
/// Step status.
pub const STEP_DONE: &str = "afgerond";
/// Prefix of the step number.
pub const STEP: &str = "Stap";
/// Revisit count suffix.
pub const REVISITS: &str = "keer heropend";
/// Button.
pub const COMPLETE_STEP: &str = "Stap afronden";
/// Button.
pub const REVISIT_STEP: &str = "Stap heropenen";
/// Label of the reason field.
pub const REASON: &str = "Reden";
/// History heading.
pub const HISTORY: &str = "Geschiedenis van deze stap";
/// Empty history.
pub const HISTORY_EMPTY: &str = "Nog niets vastgelegd.";
/// Dossier title label.
pub const DOSSIER_TITLE: &str = "Titel (zonder namen)";
/// Close dossier.
pub const CLOSE_DOSSIER: &str = "Dossier sluiten";
/// Reopen dossier.
pub const REOPEN_DOSSIER: &str = "Dossier heropenen";
/// Closed banner.
pub const DOSSIER_CLOSED: &str = "Dit dossier is gesloten.";
/// Persons heading.
pub const PERSONS: &str = "Betrokkenen";

// Form view.
/// Required marker (after the label).
pub const REQUIRED_MARK: &str = "*";
/// Required legend.
pub const REQUIRED_LEGEND: &str =
    "Velden met * zijn verplicht voordat de stap kan worden afgerond.";
/// Still to fill in.
pub const REQUIRED_OPEN: &str = "Nog in te vullen:";
/// Choice: nothing chosen.
pub const CHOOSE: &str = "(kies)";
/// Yes.
pub const YES: &str = "Ja";
/// No.
pub const NO: &str = "Nee";
/// Repeat group: add.
pub const ADD_ENTRY: &str = "Toevoegen";
/// Repeat group: remove.
pub const REMOVE_ENTRY: &str = "Verwijderen";
/// Repeat group entry prefix.
pub const ENTRY: &str = "Nummer";
/// Date hint.
pub const DATE_HINT: &str = "dd-mm-jjjj";
/// Person: nobody.
pub const NOBODY: &str = "(niemand gekozen)";
/// No form for this step.
pub const NO_FORM: &str = "Voor deze stap heeft de formulierenset geen formulier.";

// Signals.
/// Heading.
pub const SIGNALS: &str = "Signalen";
/// Field.
pub const SIGNAL_DATE: &str = "Waargenomen op";
/// Field.
pub const SIGNAL_OBSERVER: &str = "Door wie";
/// Field.
pub const SIGNAL_SOURCE: &str = "Bron (wie vertelde het)";
/// Field.
pub const SIGNAL_HAND: &str = "Eerste of tweede hand";
/// Field.
pub const SIGNAL_CONFIRMED: &str = "Tekst akkoord bevonden door de informant";
/// Field.
pub const SIGNAL_TEXT: &str = "Wat zag of hoorde je? (feiten, geen indrukken)";
/// Button.
pub const ADD_SIGNAL: &str = "Signaal toevoegen";
/// Empty list.
pub const NO_SIGNALS: &str = "Nog geen signalen.";
/// Contra-indication.
pub const SIGNAL_CONTRA: &str = "Spreekt de zorg tegen (contra-indicatie)";

// Afwegingskader.
/// Heading.
pub const AFWEGING: &str = "Afwegingskader";
/// Help heading.
pub const VRAGEN_TER_AFWEGING: &str = "Vragen ter afweging";
/// Motivation label.
pub const MOTIVATION: &str = "Motivatie (verplicht)";
/// Marker.
pub const WITH_VEILIG_THUIS: &str = "Samen met Veilig Thuis beantwoorden";
/// Field.
pub const VT_CONTACT: &str = "Medewerker Veilig Thuis";
/// Label above the answer options.
pub const ANSWER_LABEL: &str = "Antwoord";
/// Button.
pub const ANSWER: &str = "Antwoord vastleggen";
/// Path heading.
pub const PATH: &str = "Gevolgde weg";
/// Outcome heading.
pub const OUTCOMES: &str = "Uitkomst";
/// Decision heading.
pub const DECISION: &str = "Besluit (stap 5)";
/// Decision: melden.
pub const DECIDE_MELDEN: &str = "Melden bij Veilig Thuis";
/// Decision: hulp.
pub const DECIDE_HULP: &str = "Hulp bieden of organiseren";
/// Decision motivation.
pub const DECISION_MOTIVATION: &str = "Motivatie van het besluit";
/// Who decides.
pub const DECIDED_BY: &str = "Besluit door de eindverantwoordelijke";
/// Button.
pub const RECORD_DECISION: &str = "Besluit vastleggen";
/// Recorded decisions.
pub const DECISIONS: &str = "Vastgelegde besluiten";
/// Change an answer.
pub const CHANGE_ANSWER: &str = "Antwoord wijzigen";
/// No tree in the set.
pub const NO_TREE: &str = "De formulierenset heeft geen afwegingskader.";
/// Weet niet counts as nee.
pub const WEET_NIET_IS_NEE: &str = "\u{201c}Weet niet\u{201d} telt hier als \u{201c}nee\u{201d}.";

// Gesprek voorbereiden.
/// Heading.
pub const GESPREK: &str = "Gesprek voorbereiden";
/// No gesprek set.
pub const NO_GESPREK: &str = "De gesprekshulp is niet gevonden.";
/// Field.
pub const CONV_DATE: &str = "Datum van het gesprek";
/// Field.
pub const CONV_SAID: &str = "Wat is er gezegd?";
/// Field.
pub const CONV_REACTION: &str = "Hoe reageerde de familie?";
/// Button.
pub const ADD_CONVERSATION: &str = "Gesprek vastleggen";
/// Heading.
pub const CONVERSATIONS: &str = "Gevoerde gesprekken";
/// Conversation needs text.
pub const ERR_CONV_TEXT: &str = "Noteer wat er gezegd is.";

// Organisation.
/// Heading.
pub const ORGANISATION: &str = "Organisatie en meldcodeprotocol";
/// No protocol form.
pub const NO_PROTOCOL: &str = "Het protocolformulier is niet gevonden.";

// Settings.
/// Heading.
pub const SETTINGS: &str = "Instellingen";
/// Theme.
pub const THEME: &str = "Thema";
/// Theme option.
pub const THEME_LIGHT: &str = "Licht";
/// Theme option.
pub const THEME_DARK: &str = "Donker";
/// Theme option.
pub const THEME_SYSTEM: &str = "Zoals het systeem";
/// Zoom.
pub const ZOOM: &str = "Tekstgrootte (%)";
/// Idle lock.
pub const IDLE_LOCK: &str = "Vergrendelen na zoveel minuten niets doen";

// Lock screen.
/// Heading.
pub const LOCKED: &str = "Vergrendeld";
/// Explanation.
pub const LOCKED_HELP: &str = "Het venster is vergrendeld. Typ je wachtwoord om verder te werken.";
/// Passphrase.
pub const PASSPHRASE: &str = "Wachtwoord";
/// Passphrase again.
pub const PASSPHRASE_AGAIN: &str = "Wachtwoord nogmaals";
/// Button.
pub const UNLOCK: &str = "Ontgrendelen";
/// Example lock screen: no passphrase.
pub const LOCKED_EXAMPLE: &str = "Het voorbeeld is vergrendeld. Er is geen wachtwoord nodig.";

// Wizard.
/// Heading.
pub const WIZARD: &str = "Eerste start";
/// Intro.
pub const WIZARD_INTRO: &str = "Je dossiers komen in een versleutelde kluis: een bestand op je eigen computer of op een gedeelde map van je organisatie.";
/// Option.
pub const WIZARD_CREATE: &str = "Nieuwe kluis maken";
/// Option.
pub const WIZARD_OPEN: &str = "Bestaande kluis openen";
/// File label.
pub const VAULT_FILE: &str = "Kluisbestand";
/// Choose file button.
pub const CHOOSE_FILE: &str = "Bestand kiezen\u{2026}";
/// Name.
pub const YOUR_NAME: &str = "Je naam";
/// Function.
pub const YOUR_FUNCTION: &str = "Je functie";
/// Organisation name.
pub const ORG_NAME: &str = "Naam van de organisatie";
/// Sector.
pub const SECTOR: &str = "Sector";
/// Sector option.
pub const SECTOR_BASISMODEL: &str = "Algemeen (basismodel)";
/// Sector option.
pub const SECTOR_ONDERWIJS: &str = "Basisonderwijs";
/// Sector option.
pub const SECTOR_ZORG: &str = "Zorg en therapie";
/// Sector option.
pub const SECTOR_OWN: &str = "Eigen formulieren (map)";
/// Own forms folder.
pub const OWN_FORMS: &str = "Map met eigen formulieren";
/// Choose folder.
pub const CHOOSE_FOLDER: &str = "Map kiezen\u{2026}";
/// Create button.
pub const CREATE_VAULT: &str = "Kluis maken";
/// Open button.
pub const OPEN_VAULT: &str = "Kluis openen";
/// Cancel.
pub const CANCEL: &str = "Annuleren";
/// Strength hints.
pub const STRENGTH_WEAK: &str =
    "Sterkte: zwak. Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.";
/// Strength hints.
pub const STRENGTH_FAIR: &str = "Sterkte: redelijk. Langer is beter.";
/// Strength hints.
pub const STRENGTH_GOOD: &str = "Sterkte: goed.";
/// Warning.
pub const PASS_WARNING: &str =
    "Onthoud dit wachtwoord goed: zonder wachtwoord is de kluis niet te openen, ook niet door ons.";
/// The concern when stap 1 names no form of violence.
pub const GENERIC_CONCERN: &str = "huiselijk geweld of kindermishandeling";
/// Signal list: source prefix.
pub const SOURCE_PREFIX: &str = "bron:";
/// Signal list: confirmed by the informant.
pub const CONFIRMED_SHORT: &str = "akkoord informant";
/// Marker in the path diagram.
pub const VEILIG_THUIS_SHORT: &str = "met Veilig Thuis";
/// History line.
pub const H_SIGNAL: &str = "Signaal vastgelegd";
/// History line.
pub const H_CORRECT: &str = "Signaal gecorrigeerd";
/// History line.
pub const H_CONSULTATION: &str = "Consultatie vastgelegd";
/// History line.
pub const H_CONVERSATION: &str = "Gesprek vastgelegd";
/// History line.
pub const H_SKIPPED: &str = "Reden vastgelegd waarom het gesprek niet is gevoerd";
/// History line.
pub const H_ANSWER: &str = "Afweging beantwoord:";
/// History line.
pub const H_DECISION: &str = "Besluit vastgelegd";
/// History line.
pub const H_FIELD: &str = "Veld gewijzigd:";
/// History line.
pub const H_START: &str = "Stap begonnen";
/// History line.
pub const H_OTHER: &str = "Wijziging";

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
