//! Dutch user-facing text, kept in one place so it can be reviewed at once.

pub mod about;
pub mod case;
pub mod facts;
pub mod ops;
pub mod realcase;
pub mod storage;
pub mod verify;
pub mod win15;
pub mod window;
pub mod window_case;
pub mod wire;

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
/// Heading of the open hints of a whole dossier (shown before an export).
pub const OPEN_HINTS: &str = "Open opmerkingen bij het schrijven";
/// Explanation above the open hints.
pub const OPEN_HINTS_HELP: &str = "Lees deze punten na voordat je het dossier exporteert of \
     deelt: herschrijf ze als feit, of laat ze met een reden staan.";
/// No open hints in the dossier.
pub const OPEN_HINTS_NONE: &str = "Geen open opmerkingen: het dossier beschrijft feiten.";
/// Place of a hint: a signal; followed by its number.
pub const HINT_PLACE_SIGNAL: &str = "Signaal";
/// Place of a hint: a conversation record; followed by its number.
pub const HINT_PLACE_CONVERSATION: &str = "Gespreksverslag";
/// Button that opens the step where a hint sits.
pub const GO_TO: &str = "Ga naar";
/// Button that keeps a hint with its reason.
pub const LINT_KEEP: &str = "Laten staan";
/// Banner when someone else holds the vault's lock; followed by the name.
pub const READ_ONLY_BY: &str = "Alleen lezen: de kluis is nu in gebruik door";
/// Button that starts the wizard from the example.
pub const START_OWN: &str = "Beginnen met een eigen kluis";

// Commands: label and tooltip.
/// Command label.
pub const CMD_NEW_DOSSIER: &str = "Nieuw dossier";
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
/// A signal number that the dossier does not have.
pub const ERR_UNKNOWN_SIGNAL: &str = "Signaal {id} bestaat niet in dit dossier.";
/// A person number that the dossier does not have.
pub const ERR_UNKNOWN_PERSON: &str =
    "Betrokkene {id} bestaat niet (meer) in dit dossier (zie de lijst van betrokkenen).";
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
/// Save in the example: nothing goes to disk.
pub const MSG_SAVED_EXAMPLE: &str =
    "Verwerkt in het voorbeeld. Het voorbeeld wordt niet op schijf bewaard.";
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
/// List column: the date of the next action.
pub const COL_NEXT_DATE: &str = "Uiterlijk";
/// List column: last change.
pub const COL_UPDATED: &str = "Laatst gewijzigd";
/// The next action per step (stap 1–5), while the step is not completed.
pub const NEXT_STEP_ACTIONS: [&str; 5] = [
    "Signalen vastleggen en stap 1 afronden",
    "Collega raadplegen (en zo nodig Veilig Thuis)",
    "Gesprek voorbereiden en voeren",
    "Afwegingskader doorlopen",
    "Besluit vastleggen",
];
/// Tooltip of a next-action date in the past.
pub const OVERDUE: &str = "Deze datum is verstreken";
/// Next action: an agreement is due.
pub const NEXT_CHECK_AFSPRAAK: &str = "Afspraak controleren";
/// Next action: a skipped conversation is to be caught up.
pub const NEXT_CATCH_UP: &str = "Gesprek inhalen";
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
/// Short names of the five steps, for the timeline.
pub const STEP_SHORT: [&str; 5] = ["Signaleren", "Consulteren", "Gesprek", "Wegen", "Beslissen"];
/// Own forms: the folder cannot be read; followed by the folder.
pub const ERR_OWN_FORMS_UNREADABLE: &str =
    "De map met eigen formulieren kan niet worden gelezen. Controleer de map:";
/// Own forms: errors in the files; followed by one line per error (file:line).
pub const ERR_OWN_FORMS_INVALID: &str = "De eigen formulieren bevatten fouten en zijn niet \
     gebruikt. Laat ze verbeteren (bestand:regel staat erbij) of kies een sector:";
/// Own forms: no set with the five steps in the folder.
pub const ERR_OWN_FORMS_NO_SET: &str = "In deze map staat geen formulierenset met de vijf \
     stappen (een map met set.toml en afwegingskader.toml):";
/// Button that opens the month calendar next to a date field.
pub const DATE_PICK: &str = "Kalender";
/// Tooltip of the calendar button; followed by the field's label.
pub const DATE_PICK_TIP: &str = "Een datum kiezen in de kalender voor";
/// Calendar: previous month.
pub const DATE_PREV_MONTH: &str = "Vorige maand";
/// Calendar: next month.
pub const DATE_NEXT_MONTH: &str = "Volgende maand";
/// Month names.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
/// Weekday abbreviations, Monday first.
pub const WEEKDAYS_SHORT: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
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

// Stap 2: recording a consultation.
/// Heading.
pub const CONSULT_NEW: &str = "Overleg vastleggen";
/// Field.
pub const CONSULT_DATE: &str = "Datum van het overleg";
/// Field.
pub const CONSULT_KIND: &str = "Soort overleg";
/// Field.
pub const CONSULT_WITH: &str = "Met wie (naam en functie)";
/// Field.
pub const CONSULT_QUESTION: &str = "Welke vraag is voorgelegd?";
/// Field.
pub const CONSULT_OUTCOME: &str = "Advies of uitkomst";
/// Button.
pub const ADD_CONSULTATION: &str = "Overleg opslaan";
/// Heading of the list.
pub const CONSULTATIONS: &str = "Vastgelegd overleg";
/// Alternative text of an empty signature field in a PDF: "Veld voor de digitale
/// handtekening: {role}".
pub const SIGNATURE_FIELD_ALT: &str = "Veld voor de digitale handtekening:";
/// The field name of a signature field in a PDF ("Handtekening 1").
pub const SIGNATURE_FIELD_NAME: &str = "Handtekening";
/// After a consultation was recorded.
pub const MSG_CONSULTATION_ADDED: &str = "Het overleg is vastgelegd.";
/// No consultation yet.
pub const CONSULTATIONS_NONE: &str = "Nog geen overleg vastgelegd.";

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
/// Hint panel: previous page of hints.
pub const LINT_PAGE_PREV: &str = "Vorige";
/// Hint panel: next page of hints.
pub const LINT_PAGE_NEXT: &str = "Volgende";

/// Hint panel: which hints of how many are shown (`first` and `last` count from 1).
pub fn lint_page(first: usize, last: usize, total: usize) -> String {
    format!("Opmerkingen {first}–{last} van {total}")
}

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
// Follow-up screens (issues 7–10): urgent path, afspraken, requests for information,
// participation, the melding, the letter to parents and the export dialog.

/// Urgent: the collapsed button to mark a dossier urgent.
pub const URGENT_MARK_OPEN: &str = "Acuut onveilig? Urgent maken\u{2026}";
/// Urgent: help above the reason.
pub const URGENT_MARK_HELP: &str = "Bij acute onveiligheid of eergerelateerd geweld handelt u \
     meteen, zo nodig binnen het uur. De gewone stappen legt u daarna vast.";
/// Urgent: reason input.
pub const URGENT_REASON: &str = "Waarom is dit urgent?";
/// Urgent: button.
pub const URGENT_MARK: &str = "Urgent maken";
/// Urgent: panel heading.
pub const URGENT_HEADING: &str = "URGENT: nu handelen";
/// Urgent: prefix of the reason.
pub const URGENT_WHY: &str = "Reden:";
/// Urgent: time since the signal; followed by the time.
pub const URGENT_SINCE_SIGNAL: &str = "Tijd sinds het signaal is vastgelegd:";
/// Urgent: time since marked.
pub const URGENT_SINCE_MARKED: &str = "Urgent gemaakt:";
/// Urgent: what to do now.
pub const URGENT_NOW: &str = "Wat u nu doet:";
/// Urgent: police.
pub const URGENT_DO_POLICE: &str = "Direct gevaar voor het kind of een ander: bel de politie, 112.";
/// Urgent: Veilig Thuis.
pub const URGENT_DO_VT: &str =
    "Bel Veilig Thuis, 0800-2000 (dag en nacht): overleg en meld telefonisch.";
/// Urgent: expert on honour-related violence.
pub const URGENT_DO_EXPERT: &str = "Bij eergerelateerd geweld, huwelijksdwang of achterlating: \
     vraag Veilig Thuis of de politie om een deskundige.";
/// Urgent: the rest of the checklist.
pub const URGENT_CHECKLIST: [&str; 3] = [
    "Laat het kind niet alleen naar huis gaan als het daar niet veilig is; volg wat Veilig \
     Thuis of de politie zegt.",
    "Informeer de aandachtsfunctionaris en de directie meteen.",
    "Schrijf op wat u zag en hoorde, met tijd en bron: de gewone stappen legt u daarna vast.",
];
/// Urgent: heading of the call recorder.
pub const URGENT_RECORD_CALL: &str = "Gesprek vastleggen (tijd: nu)";
/// Urgent: who called.
pub const URGENT_CALLER: &str = "Gebeld door";
/// Urgent: note of the call.
pub const URGENT_CALL_NOTE: &str = "Wat is afgesproken?";
/// Urgent: button prefix; followed by whom.
pub const URGENT_CALLED: &str = "Gebeld:";
/// Urgent: "gebeld op".
pub const URGENT_CALLED_AT: &str = "gebeld op";
/// Urgent: "door".
pub const URGENT_CALLED_BY: &str = "door";
/// Urgent: the steps still open.
pub const URGENT_STEPS_OPEN: &str = "Na de urgente actie nog vast te leggen (niet overgeslagen):";
/// Message after marking urgent.
pub const MSG_URGENT: &str = "Dossier is urgent. Bel nu; leg daarna de stappen vast.";

/// Afspraken: heading.
pub const AFSPRAKEN_HEADING: &str = "Afspraken en veiligheidsplan";
/// Afspraken: help.
pub const AFSPRAKEN_HELP: &str = "Wie doet wat, uiterlijk wanneer, en hoe controleert u dat? \
     Komt een afspraak niet na, dan weegt u opnieuw af en meldt u zo nodig alsnog.";
/// Afspraken: none yet.
pub const AFSPRAKEN_NONE: &str = "Nog geen afspraken.";
/// Afspraken: who.
pub const AFSPRAAK_WHO: &str = "Wie";
/// Afspraken: what.
pub const AFSPRAAK_WHAT: &str = "Wat";
/// Afspraken: due, as shown.
pub const AFSPRAAK_DUE: &str = "uiterlijk";
/// Afspraken: due input.
pub const AFSPRAAK_DUE_INPUT: &str = "Uiterlijk op (dd-mm-jjjj)";
/// Afspraken: how checked.
pub const AFSPRAAK_CHECK: &str = "Hoe gecontroleerd";
/// Afspraken: checked on.
pub const AFSPRAAK_CHECKED_ON: &str = "gecontroleerd op";
/// Afspraken: add.
pub const AFSPRAAK_ADD: &str = "Afspraak toevoegen";
/// Afspraken: save.
pub const AFSPRAAK_SAVE: &str = "Afspraak opslaan";
/// Afspraken: status running.
pub const AFSPRAAK_RUNNING: &str = "Loopt";
/// Afspraken: status due today.
pub const AFSPRAAK_DUE_TODAY: &str = "Vandaag controleren";
/// Afspraken: status overdue.
pub const AFSPRAAK_OVERDUE: &str = "Te laat: nog niet gecontroleerd";
/// Afspraken: status kept.
pub const AFSPRAAK_KEPT: &str = "Nagekomen";
/// Afspraken: status not kept.
pub const AFSPRAAK_MISSED: &str = "Niet nagekomen";
/// Afspraken: button kept.
pub const AFSPRAAK_MARK_KEPT: &str = "Nagekomen";
/// Afspraken: button not kept.
pub const AFSPRAAK_MARK_MISSED: &str = "Niet nagekomen: opnieuw afwegen";
/// Afspraken: tooltip of that button.
pub const AFSPRAAK_MARK_MISSED_TIP: &str = "Legt vast dat de afspraak niet is nagekomen en \
     opent het afwegingskader (stap 4) opnieuw, met deze afspraak als reden.";
/// Afspraken: reason recorded when not kept; followed by what.
pub const AFSPRAAK_MISSED_REASON: &str = "Afspraak niet nagekomen:";
/// Message after a missed agreement; followed by the reason.
pub const MSG_BACK_TO_AFWEGING: &str = "Weeg opnieuw af (stap 4).";
/// Refusal: agreement incomplete.
pub const ERR_AFSPRAAK_INCOMPLETE: &str = "Vul wie, wat, de datum (dd-mm-jjjj) en de controle in.";
/// List: overdue agreements; preceded by the count.
pub const LIST_AFSPRAAK_OVERDUE: &str = "afspraak te laat";
/// List: agreements due within a week; preceded by the count.
pub const LIST_AFSPRAAK_SOON: &str = "afspraak binnen 7 dagen";
/// List: tooltip.
pub const LIST_AFSPRAAK_TIP: &str = "Open de afspraken in stap 5";

/// Request for information: heading.
pub const VT_REQ_HEADING: &str = "Verzoek om informatie van Veilig Thuis";
/// Request: help.
pub const VT_REQ_HELP: &str = "Veilig Thuis mag u om informatie vragen, ook zonder \
     toestemming van de cliënt (artikel 5.2.6 Wmo 2015). Geef alleen wat nodig is voor de vraag.";
/// Request: received on; followed by date and who.
pub const VT_REQ_RECEIVED: &str = "Ontvangen";
/// Request: date input.
pub const VT_REQ_RECEIVED_INPUT: &str = "Ontvangen op (dd-mm-jjjj)";
/// Request: who asked.
pub const VT_REQ_ASKED_BY: &str = "Gevraagd door (naam, regio en kenmerk van Veilig Thuis)";
/// Request: the case; followed by the reference.
pub const VT_REQ_CASE: &str = "Over dossier";
/// Request: questions.
pub const VT_REQ_QUESTIONS: &str = "De vragen van Veilig Thuis";
/// Request: heading of the guidelines.
pub const VT_REQ_GUIDELINES: &str = "Richtlijnen voor uw antwoord (vink af wat u deed):";
/// The seven guidelines of seed 004 (Haxe en Janssen).
pub const VT_GUIDELINES: [&str; 7] = [
    "Ik heb nagevraagd wat Veilig Thuis precies wil weten; ik geef niet meer dan nodig.",
    "Ik heb een terugbelafspraak gemaakt (dossier erbij, afgestemd met een collega, \
     zeker dat het Veilig Thuis is).",
    "Ik heb gevraagd of het gezin op de hoogte is en toestemming heeft gegeven.",
    "Zo niet: ik heb met Veilig Thuis afgestemd of ik zelf contact opneem met het gezin.",
    "Ik geef feiten; een mening of hypothese staat apart, onderbouwd en binnen mijn vakgebied.",
    "Bij informatie van een ander noem ik de bron.",
    "Ik vraag de weergave van Veilig Thuis ter controle, voeg die toe aan mijn dossier en \
     stuur de informatie ook naar het gezin, tenzij dat niet kan.",
];
/// Request: own observations.
pub const VT_REQ_OWN: &str = "Eigen waarnemingen (feiten, eerste hand)";
/// Request: what others said.
pub const VT_REQ_OTHERS: &str = "Wat anderen zeiden (met de bron, tweede hand)";
/// Request: consent.
pub const VT_REQ_CONSENT: &str = "Toestemming van de cliënt";
/// Request: consent yes.
pub const VT_REQ_CONSENT_YES: &str = "Gegeven";
/// Request: consent no.
pub const VT_REQ_CONSENT_NO: &str = "Niet gegeven";
/// Request: consent not asked.
pub const VT_REQ_CONSENT_NOT_ASKED: &str = "Niet gevraagd";
/// Request: why no consent.
pub const VT_REQ_CONSENT_NOTE: &str = "Waarom niet gevraagd of niet gegeven?";
/// Request: answered on input.
pub const VT_REQ_ANSWERED_INPUT: &str = "Beantwoord op (dd-mm-jjjj, leeg als nog niet)";
/// Request: answered; followed by the date.
pub const VT_REQ_ANSWERED: &str = "Beantwoord op";
/// Request: not answered.
pub const VT_REQ_NOT_ANSWERED: &str = "Nog niet beantwoord";
/// Request: new.
pub const VT_REQ_NEW: &str = "Nieuw verzoek vastleggen";
/// Request: edit.
pub const VT_REQ_EDIT: &str = "Antwoord bewerken";
/// Request: what is still needed before the export; followed by the list.
pub const VT_REQ_GAPS: &str = "Nog nodig voor het antwoord:";
/// Request: save.
pub const VT_REQ_SAVE: &str = "Verzoek en antwoord opslaan";
/// Request: export.
pub const VT_REQ_EXPORT: &str = "Antwoord exporteren\u{2026}";
/// Refusal: request incomplete.
pub const ERR_INFO_REQUEST_INCOMPLETE: &str = "Vul in wie het vroeg en welke vragen er zijn.";

/// Participation: heading.
pub const PART_HEADING: &str = "Participatie van het kind";
/// Participation: help.
pub const PART_HELP: &str = "De negen actiepunten uit de Handreiking Participatie van kinderen \
     in de Meldcode (VWS, 2018): wat deed u, wanneer en hoe, met de eigen woorden van het kind.";
/// Participation: preceded by the count.
pub const PART_DONE_OF_NINE: &str = "van de 9 actiepunten gedaan";
/// The nine points with their explanation (seed 002).
pub const PART_POINTS: [(&str, &str); 9] = [
    ("Termen", "We spreken over een kind of een leerling."),
    (
        "Informatie over het proces",
        "Wie wat doet en waarom, wanneer, wat de zorgen zijn, welke besluiten wie neemt, \
         wanneer er terugkoppeling is, hoe het kind kan meedenken, het recht op klacht of verzet.",
    ),
    (
        "Informatie over veilig opgroeien",
        "Passend bij de leeftijd: hoe een relatie tussen ouder en kind eruit hoort te zien en \
         hoe een ouder voor een kind zorgt.",
    ),
    (
        "Recht op eigen mening",
        "Het kind mag zeggen dat het het ergens niet mee eens is, iets niet begrijpt of meer \
         wil weten.",
    ),
    (
        "Vragen en luisteren naar de visie van het kind",
        "De mening van het kind over de zorgen, de oplossingen die het kind noemt, de mening \
         over voorgestelde beslissingen.",
    ),
    (
        "De mening van het kind in de besluitvorming",
        "De mening serieus nemen; als de veiligheid niet gegarandeerd is, altijd stappen zetten \
         om die te garanderen.",
    ),
    (
        "Route bij disclosure",
        "Alle stappen met het kind bespreken: contact met Veilig Thuis en wat daarna volgt.",
    ),
    (
        "Steun",
        "Na de melding of overdracht structureel steun bieden: gesprekken, activiteiten waar \
         het kind behoefte aan heeft.",
    ),
    (
        "Tips voor het gesprek",
        "Zie de gesprekstips hieronder (bijlage 2).",
    ),
];
/// Participation: the child said; followed by the words.
pub const PART_CHILD_SAID: &str = "Het kind zei:";
/// Participation: add.
pub const PART_ADD: &str = "Actiepunt vastleggen";
/// Participation: which point.
pub const PART_POINT: &str = "Actiepunt";
/// Participation: when.
pub const PART_ON: &str = "Wanneer (dd-mm-jjjj)";
/// Participation: how.
pub const PART_HOW: &str = "Hoe (waar, door wie, in welke woorden)";
/// Participation: the child's words.
pub const PART_WORDS: &str = "Eigen woorden van het kind (letterlijk, waar relevant)";
/// Participation: save.
pub const PART_SAVE: &str = "Actiepunt opslaan";
/// Refusal: participation without how.
pub const ERR_PARTICIPATION_HOW: &str = "Beschrijf hoe u het actiepunt uitvoerde.";
/// Participation: tips heading.
pub const PART_TIPS: &str = "Gesprekstips per leeftijd (bijlage 2)";
/// Conversation tips from seed 002's bijlage 2, under the age group the seed gives them:
/// informal talk, drawing and play "zeker voor jongere kinderen of kinderen die de
/// Nederlandse taal niet goed spreken of kinderen met beperkingen"; everything else is in
/// the seed's "Algemene tips voor een gesprek met kinderen", for every age.
pub const PART_TIP_GROUPS: [(&str, &[&str]); 2] = [
    (
        "Jongere kinderen, kinderen die de Nederlandse taal nog niet goed spreken en kinderen \
         met een beperking",
        &[
            "Een formeel gesprek is niet altijd prettig: praat informeel, tijdens een wandeling \
             of een autorit.",
            "Laat het kind tekenen of spelen; zo drukt het zich vaak makkelijker uit.",
        ],
    ),
    (
        "Alle leeftijden (algemene tips)",
        &[
            "Ga apart met het kind in gesprek. Je kunt al vanaf heel jonge leeftijd met een kind \
             over zijn of haar problemen praten.",
            "Schend het vertrouwen van het kind niet: doe niets zonder het kind te laten weten \
             wat je gaat doen; neem besluiten met het kind.",
            "Praat in een ruimte waar jullie niet gestoord worden; ga schuin naast het kind \
             zitten, zodat het je niet steeds hoeft aan te kijken.",
            "Stel open vragen: \u{201c}wat gebeurde er toen?\u{201d}, \u{201c}wat dacht je \
             toen?\u{201d}; vermijd gevoelsvragen.",
            "Stel niet te veel vragen achter elkaar; geef het kind tijd.",
            "Zeg aan het begin dat jij het antwoord niet weet, dat het kind mag zeggen als het \
             iets niet weet, en dat het je mag verbeteren.",
            "Het kind mag de ouders afkeuren, jij niet: maak verschil tussen persoon en gedrag.",
            "Toon oprechte interesse: vraag later nog eens hoe het gaat, ook na een verwijzing.",
        ],
    ),
];

/// Melding: heading in step 5.
pub const MELDING_HEADING: &str = "Melding aan Veilig Thuis";
/// Melding: shown before a melden decision.
pub const MELDING_AFTER_DECISION: &str =
    "Het meldformulier verschijnt hier zodra in stap 5 is besloten te melden.";
/// Melding: readiness heading.
pub const MELDING_READINESS: &str = "Wat ontbreekt nog voor de melding:";
/// Melding: nothing missing.
pub const MELDING_READY: &str = "Niets: de melding is klaar om te versturen.";
/// Melding: checklist heading.
pub const MELDING_CHECKLIST: &str = "Controlelijst voor u verstuurt";
/// Melding: checklist help.
pub const MELDING_CHECKLIST_HELP: &str = "Bel Veilig Thuis eerst (0800-2000). Vertel het gezin \
     dat u meldt, tenzij een uitzondering geldt. Verstuur alleen via beveiligde mail.";
/// Melding: called at.
pub const MELDING_CALLED_AT: &str = "Veilig Thuis gebeld op (dd-mm-jjjj uu:mm)";
/// Melding: employee.
pub const MELDING_EMPLOYEE: &str = "Naam van de medewerker van Veilig Thuis";
/// Melding: family informed.
pub const MELDING_FAMILY: &str = "Is het gezin geïnformeerd over de melding?";
/// Melding: family not informed.
pub const MELDING_FAMILY_NO: &str = "Nee, er geldt een uitzondering";
/// Melding: which exception.
pub const MELDING_EXCEPTION: &str = "Welke uitzondering op 'open melden, tenzij'?";
/// Melding: motivation.
pub const MELDING_MOTIVATION: &str = "Motivatie van de uitzondering";
/// Melding: channel.
pub const MELDING_CHANNEL: &str = "Beveiligd kanaal (Zivver, ZorgMail, SecuMailer …)";
/// Melding: save checklist.
pub const MELDING_CHECKLIST_SAVE: &str = "Controlelijst opslaan";
/// Refusal: date and time.
pub const ERR_DATETIME: &str =
    "Typ datum en tijd als dd-mm-jjjj uu:mm, bijvoorbeeld 19-11-2026 09:15.";
/// Melding: the form.
pub const MELDING_FORM: &str = "Meldformulier (ingevuld vanuit het dossier)";
/// Melding: package heading.
pub const MELDING_PACKAGE: &str = "Pakket maken";
/// Melding: package help.
pub const MELDING_PACKAGE_HELP: &str = "Schrijft het meldformulier als PDF en DOCX en een \
     concept-mail (.eml) met de PDF als bijlage in de gekozen map. De bestandsnamen bevatten \
     geen namen. Verstuur de mail via uw beveiligde mail; het programma verstuurt zelf niets.";
/// Melding: open in mail.
pub const MELDING_OPEN_MAIL: &str = "Concept daarna openen in het mailprogramma";
/// Melding: make package.
pub const MELDING_MAKE_PACKAGE: &str = "Pakket maken";
/// Melding: not ready.
pub const MELDING_NOT_READY: &str = "Eerst moet de lijst 'wat ontbreekt' leeg zijn.";
/// Melding: sent heading.
pub const MELDING_SENT: &str = "Na het versturen vastleggen";
/// Sent: date.
pub const SENT_ON: &str = "Verstuurd op (dd-mm-jjjj)";
/// Sent: VT reference.
pub const SENT_REFERENCE: &str = "Kenmerk van Veilig Thuis";
/// Sent: follow-up.
pub const SENT_FOLLOW_UP: &str = "Afgesproken vervolg";
/// Sent: follow-up date.
pub const SENT_FOLLOW_UP_ON: &str = "Vervolg uiterlijk op (dd-mm-jjjj, mag leeg)";
/// Sent: save.
pub const SENT_SAVE: &str = "Verzending vastleggen";
/// Refusal: sent without reference.
pub const ERR_SENT_REFERENCE: &str = "Vul het kenmerk van Veilig Thuis in.";
/// Message after recording the sending.
pub const MSG_SENT_RECORDED: &str = "Verzending vastgelegd. Stap 5 toont wat nu volgt.";
/// Sent: summary prefix; followed by the date.
pub const SENT_DONE: &str = "Melding verstuurd op";
/// Next: heading.
pub const NEXT_AFTER_SENT: &str = "Wat nu volgt:";
/// Next: follow-up; followed by the date.
pub const NEXT_FOLLOW_UP: &str = "Vervolg met Veilig Thuis uiterlijk op";
/// Next: follow-up late; followed by the date.
pub const NEXT_FOLLOW_UP_LATE: &str = "Te laat: vervolg met Veilig Thuis was uiterlijk op";
/// Next: letter.
pub const NEXT_LETTER: &str = "Stuur de ouders de brief (hieronder, 'Brief aan de ouders').";
/// Next: afspraken.
pub const NEXT_AFSPRAKEN: &str = "Leg afspraken vast en controleer ze op de datum.";
/// Next: VT feedback.
pub const NEXT_VT_FEEDBACK: &str = "Veilig Thuis koppelt terug wat het doet; leg dat vast en \
     weeg opnieuw af als de veiligheid niet duurzaam is.";
/// No meldformulier in the form sets.
pub const ERR_NO_MELDFORMULIER: &str = "Er is geen meldformulier gevonden in de formulieren.";
/// Letter: heading.
pub const LETTER_HEADING: &str = "Brief aan de ouders";
/// Letter: help.
pub const LETTER_HELP: &str = "De brief is gemaakt uit het dossier en het profiel van de \
     organisatie, in gewone taal. Hieronder de controle op vaktaal en afkortingen.";
/// Letter: only after a melding.
pub const LETTER_AFTER_MELDING: &str =
    "De brief aan de ouders is er pas na een besluit om te melden.";
/// Letter: not under an exception.
pub const LETTER_NOT_OFFERED: &str = "Geen brief: de melding is gedaan onder een uitzondering \
     op 'open melden, tenzij'. Het gezin is dan (nog) niet door u geïnformeerd; informeer het \
     alsnog zodra dat zonder gevaar kan.";
/// Letter: the exception; followed by its id.
pub const LETTER_EXCEPTION: &str = "Uitzondering:";
/// Letter: no jargon.
pub const LETTER_NO_JARGON: &str = "Geen vaktaal of afkortingen gevonden.";
/// Letter: jargon found; followed by the count.
pub const LETTER_JARGON: &str = "Vaktaal of afkortingen in de brief";
/// Letter: export.
pub const LETTER_EXPORT: &str = "Brief exporteren\u{2026}";

/// Export: label before the buttons.
pub const EXPORT_LABEL: &str = "Exporteren:";
/// Export: tooltip of a button.
pub const EXPORT_TIP: &str = "Als PDF of Word-bestand opslaan; wordt vastgelegd in het logboek";
/// Export: window title.
pub const EXPORT_TITLE: &str = "Exporteren";
/// Export kinds.
pub const EXPORT_KIND_DOSSIER: &str = "Dossier";
/// Export kinds.
pub const EXPORT_KIND_CONSULTATIE: &str = "Consultatie (geanonimiseerd)";
/// Export kinds.
pub const EXPORT_KIND_INZAGE: &str = "Inzage";
/// Export kinds.
pub const EXPORT_KIND_PROTOCOL: &str = "Protocol";
/// Export kinds.
pub const EXPORT_KIND_VT: &str = "Antwoord aan Veilig Thuis";
/// Export kinds.
pub const EXPORT_KIND_BRIEF: &str = "Brief aan de ouders";
/// Export kinds.
pub const EXPORT_KIND_MELDFORMULIER: &str = "Meldformulier";
/// Export: reference; followed by it.
pub const EXPORT_REFERENCE: &str = "Dossier";
/// Export: DOCX label.
pub const EXPORT_DOCX: &str = "Word (DOCX)";
/// Export: file input.
pub const EXPORT_FILE: &str = "Bestand";
/// Export: choose file.
pub const EXPORT_CHOOSE: &str = "Kiezen\u{2026}";
/// Export: folder input.
pub const EXPORT_FOLDER: &str = "Map";
/// Export: choose folder.
pub const EXPORT_CHOOSE_FOLDER: &str = "Map kiezen\u{2026}";
/// Export: file names.
pub const EXPORT_NO_NAMES: &str =
    "De voorgestelde naam bevat het dossierkenmerk en de datum, nooit een naam.";
/// Export: open after saving.
pub const EXPORT_OPEN_AFTER: &str = "Openen na opslaan";
/// Export: example has no audit log.
pub const EXPORT_EXAMPLE_NO_AUDIT: &str =
    "Voorbeeld: er is geen kluis, dus ook geen logboek van deze export.";
/// Export: start.
pub const EXPORT_START: &str = "Nu exporteren";
/// Export: busy; followed by the file.
pub const EXPORT_RUNNING: &str = "Bezig met";
/// Export: refused, followed by the list of what is missing.
pub const EXPORT_NOT_READY: &str = "Nog niet klaar om te exporteren. Eerst nodig:";
/// Export: refused while busy.
pub const EXPORT_BUSY: &str = "Er loopt al een export. Wacht tot die klaar is.";
/// Export: done.
pub const EXPORT_DONE: &str = "Geëxporteerd en vastgelegd in het logboek:";
/// Export: failed.
pub const EXPORT_FAILED: &str = "Exporteren is mislukt; er is geen half bestand achtergebleven.";
/// Export: cannot open.
pub const EXPORT_OPEN_FAILED: &str =
    "Het bestand kon niet worden geopend met het standaardprogramma.";
/// Export: list heading.
pub const EXPORTED_FILES: &str = "Geëxporteerde bestanden";
/// Export: open a file.
pub const EXPORT_OPEN: &str = "Openen";
/// Close a dialog.
pub const CLOSE: &str = "Sluiten";
/// Sign: checkbox.
pub const SIGN_WITH_CERT: &str = "Digitaal ondertekenen met uw certificaat uit de kluis";
/// Sign: no certificate.
pub const SIGN_NO_CERT: &str = "Ondertekenen kan nog niet: er staat geen certificaat in de \
     kluis. Zet uw persoonlijke certificaat erin met 'meldcode cert import --vault KLUIS \
     BESTAND.p12', of maak er een met 'meldcode cert new --vault KLUIS'; daarna verschijnt \
     hier de keuze om te ondertekenen.";
/// Sign: example.
pub const SIGN_NOT_IN_EXAMPLE: &str =
    "In het voorbeeld wordt niet ondertekend; in uw eigen kluis kan dat met uw certificaat.";
/// Sign: certificate unreadable.
pub const SIGN_CERT_UNREADABLE: &str =
    "Het certificaat in de kluis kan niet worden gelezen. Zet het opnieuw in de kluis.";
/// Visible signature: first line; followed by the signer.
pub const SIGNED_BY: &str = "Digitaal ondertekend door";
/// Signature status: none.
pub const SIG_NONE: &str = "niet ondertekend";
/// Signature status: valid; followed by the signer.
pub const SIG_VALID: &str = "geldig ondertekend door";
/// Signature status: self-signed suffix.
pub const SIG_SELF_SIGNED: &str = " (eigen certificaat)";
/// Signature status: invalid.
pub const SIG_INVALID: &str = "handtekening ongeldig";

/// Heading of the organisation's vocabulary for the writing check.
pub const VOCABULARY_HEADING: &str = "Woordenlijst van de organisatie (schrijfhulp)";
/// Explains the vocabulary.
pub const VOCABULARY_HELP: &str = "Woorden die de schrijfhulp in deze organisatie niet meer \
    aanwijst, bijvoorbeeld een afkorting die iedereen in het team kent. Let op: ouders kennen \
    zulke woorden vaak niet.";
/// Label of the vocabulary field.
pub const VOCABULARY_LABEL: &str = "Eén woord per regel";
