//! What only the window shows: commands, screens, panels, dialogs and status lines.

// App

/// Window title. Never carries dossier content.
pub const WINDOW_TITLE: &str = "Meldcode Dossier";

/// Marker of the embedded example.
pub const EXAMPLE_BADGE: &str = "Voorbeeld";

/// Banner over the example.
pub const EXAMPLE_BANNER: &str =
    "Dit is een voorbeeld met verzonnen gegevens. Wijzigingen worden niet opgeslagen.";

/// Marker of unsaved in-memory changes in the example.
pub const EXAMPLE_NOT_SAVED: &str = "niet opgeslagen";

/// Heading of the hints under a long text.
pub const LINT_HINTS_HEADING: &str = "Feiten, geen indrukken: opmerkingen";

/// Label of the reason to keep a hint; followed by the words.
pub const LINT_KEEP_REASON_LABEL: &str = "Waarom blijft dit staan:";

/// Heading of the open hints of a whole dossier (shown before an export).
pub const OPEN_HINTS_HEADING: &str = "Open opmerkingen bij het schrijven";

/// Explanation above the open hints.
pub const OPEN_HINTS_HELP: &str = "Lees deze punten na voordat je het dossier exporteert of \
     deelt: herschrijf ze als feit, of laat ze met een reden staan.";

/// No open hints in the dossier.
pub const OPEN_HINTS_NONE: &str = "Geen open opmerkingen: het dossier beschrijft feiten.";

/// Button that opens the step where a hint sits.
pub const OPEN_HINTS_GO_TO_BUTTON: &str = "Ga naar";

/// Button that keeps a hint with its reason.
pub const LINT_KEEP_BUTTON: &str = "Laten staan";

/// Banner when someone else holds the vault's lock; followed by the name.
pub const READ_ONLY_BANNER_HELD_BY: &str = "Alleen lezen: de kluis is nu in gebruik door";

// Commands: label and tooltip.

/// Command label.
pub const COMMAND_NEW_DOSSIER: &str = "Nieuw dossier";

/// Command tooltip.
pub const COMMAND_NEW_DOSSIER_TIP: &str =
    "Een nieuw dossier beginnen: eerst vul je in over wie het gaat";

/// Command label.
pub const COMMAND_SAVE: &str = "Opslaan";

/// Command tooltip.
pub const COMMAND_SAVE_TIP: &str =
    "Alles wat je typte nu opslaan (dat gebeurt ook vanzelf na een seconde)";

/// Command label.
pub const COMMAND_SEARCH: &str = "Zoeken";

/// Command tooltip.
pub const COMMAND_SEARCH_TIP: &str = "Zoeken in de lijst met dossiers";

/// Command label.
pub const COMMAND_DOSSIER_LIST: &str = "Dossiers";

/// Command tooltip.
pub const COMMAND_DOSSIER_LIST_TIP: &str = "Terug naar de lijst met dossiers";

/// Command label.
pub const COMMAND_ORGANISATION: &str = "Organisatie";

/// Command tooltip.
pub const COMMAND_ORGANISATION_TIP: &str = "Het meldcodeprotocol van de organisatie instellen";

/// Command label.
pub const COMMAND_SETTINGS: &str = "Instellingen";

/// Command tooltip.
pub const COMMAND_SETTINGS_TIP: &str = "Thema, tekstgrootte en automatisch vergrendelen";

/// Command label.
pub const COMMAND_LOCK: &str = "Vergrendelen";

/// Command tooltip.
pub const COMMAND_LOCK_TIP: &str =
    "Het venster vergrendelen; om verder te werken is het wachtwoord nodig";

/// Command label.
pub const COMMAND_OPEN_EXAMPLE: &str = "Voorbeeld openen";

/// Command tooltip.
pub const COMMAND_OPEN_EXAMPLE_TIP: &str =
    "Een verzonnen dossier bekijken, zonder iets op te slaan";

/// Command label.
pub const COMMAND_WIZARD: &str = "Kluis maken of openen";

/// Command tooltip.
pub const COMMAND_WIZARD_TIP: &str = "Een eigen, versleutelde kluis voor dossiers maken of openen";

// Status lines and refusals.

/// Date in the wrong format.
pub const DATE_FORMAT_ERROR: &str = "Typ de datum als dd-mm-jjjj, bijvoorbeeld 02-11-2026.";

/// Passphrases differ.
pub const WIZARD_PASSPHRASES_DIFFER: &str = "De twee wachtwoorden zijn niet gelijk.";

/// Passphrase too short.
pub const WIZARD_PASSPHRASE_TOO_SHORT: &str = "Kies een wachtwoord van minstens 12 tekens.";

/// No file chosen.
pub const WIZARD_FILE_NOT_CHOSEN: &str = "Kies eerst een bestand voor de kluis.";

/// Name missing.
pub const WIZARD_NAME_MISSING: &str = "Vul je naam en functie in.";

/// Preferences could not be written.
pub const SETTINGS_NOT_SAVED: &str = "De instellingen konden niet worden bewaard.";

/// Saved.
pub const SAVED_MESSAGE: &str = "Opgeslagen.";

/// Save in the example: nothing goes to disk.
pub const SAVED_IN_EXAMPLE_MESSAGE: &str =
    "Verwerkt in het voorbeeld. Het voorbeeld wordt niet op schijf bewaard.";

/// Step completed.
pub const STEP_COMPLETED_MESSAGE: &str = "Stap afgerond.";

/// Decision recorded.
pub const DECISION_RECORDED_MESSAGE: &str = "Besluit vastgelegd.";

/// Dismiss a message.
pub const CLOSE_BUTTON: &str = "Sluiten";

// Dossier list.

/// Heading.
pub const DOSSIER_LIST_HEADING: &str = "Dossiers";

/// Search field label.
pub const DOSSIER_LIST_SEARCH_LABEL: &str = "Zoek op kenmerk of titel";

/// Column.
pub const COLUMN_NEXT_ACTION: &str = "Volgende actie";

/// Column.
pub const COLUMN_HOLDER: &str = "Houder";

/// List column: the date of the next action.
pub const COLUMN_NEXT_ACTION_DATE: &str = "Uiterlijk";

/// List column: last change.
pub const COLUMN_LAST_CHANGED: &str = "Laatst gewijzigd";

/// The next action per step (stap 1–4), while the step is not completed; stap 5 says
/// "Besluit nemen" until the decision is recorded, then "Stap afronden".
pub const NEXT_ACTION_PER_STEP: [&str; 4] = [
    "Signalen vastleggen en stap 1 afronden",
    "Collega raadplegen (en zo nodig Veilig Thuis)",
    "Gesprek voorbereiden en voeren",
    "Afwegingskader doorlopen",
];

/// Tooltip of a next-action date in the past.
pub const NEXT_ACTION_OVERDUE_TIP: &str = "Deze datum is verstreken";

/// Next action: an agreement is due.
pub const NEXT_ACTION_CHECK_AFSPRAAK: &str = "Afspraak controleren";

/// Button.
pub const OPEN_BUTTON: &str = "Openen";

/// Empty list.
pub const DOSSIER_LIST_EMPTY: &str = "Nog geen dossiers. Begin met \u{201c}Nieuw dossier\u{201d}.";

/// Shown instead of the holder in the example.
pub const NEXT_ACTION_COMPLETE_STEP: &str = "Stap afronden";

/// Next action: make the decision.
pub const NEXT_ACTION_DECIDE: &str = "Besluit nemen";

/// Next action: closed.
pub const NEXT_ACTION_NONE: &str = "geen";

// Dossier view.

/// Revisit count suffix.
pub const STEP_REVISITS_SUFFIX: &str = "keer heropend";

/// Button.
pub const STEP_COMPLETE_BUTTON: &str = "Stap afronden";

/// Button.
pub const STEP_REVISIT_BUTTON: &str = "Stap heropenen";

/// History heading.
pub const STEP_HISTORY_HEADING: &str = "Geschiedenis van deze stap";

/// Empty history.
pub const STEP_HISTORY_EMPTY: &str = "Nog niets vastgelegd.";

/// Dossier title label.
pub const DOSSIER_TITLE_LABEL: &str = "Titel (zonder namen)";

/// Close dossier.
pub const DOSSIER_CLOSE_BUTTON: &str = "Dossier sluiten";

/// Reopen dossier.
pub const DOSSIER_REOPEN_BUTTON: &str = "Dossier heropenen";

/// Closed banner.
pub const DOSSIER_CLOSED_BANNER: &str = "Dit dossier is gesloten.";

// Form view.

/// Required marker (after the label).
pub const FORM_REQUIRED_MARK: &str = "*";

/// Required legend.
pub const FORM_REQUIRED_LEGEND: &str =
    "Velden met * zijn verplicht voordat de stap kan worden afgerond.";

/// Still to fill in.
pub const FORM_REQUIRED_OPEN_LABEL: &str = "Nog in te vullen:";

/// Repeat group: add.
pub const FORM_ENTRY_ADD_BUTTON: &str = "Toevoegen";

/// Repeat group: remove.
pub const REMOVE_BUTTON: &str = "Verwijderen";

/// Repeat group entry prefix.
pub const FORM_ENTRY_NUMBER_PREFIX: &str = "Nummer";

/// Date hint.
pub const DATE_FORMAT_HINT: &str = "dd-mm-jjjj";

/// Short names of the five steps, for the timeline.
pub const STEP_SHORT_NAMES: [&str; 5] =
    ["Signaleren", "Consulteren", "Gesprek", "Wegen", "Beslissen"];

/// Button that opens the month calendar next to a date field.
pub const DATE_PICKER_BUTTON: &str = "Kalender";

/// Tooltip of the calendar button; followed by the field's label.
pub const DATE_PICKER_TIP: &str = "Een datum kiezen in de kalender voor";

/// Calendar: previous month.
pub const DATE_PREVIOUS_MONTH_TIP: &str = "Vorige maand";

/// Calendar: next month.
pub const DATE_NEXT_MONTH_TIP: &str = "Volgende maand";

/// Weekday abbreviations, Monday first.
pub const DATE_WEEKDAYS_SHORT: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/// Person: nobody.
pub const FORM_PERSON_NONE_CHOSEN: &str = "(niemand gekozen)";

/// No form for this step.
pub const STEP_FORM_MISSING: &str = "Voor deze stap heeft de formulierenset geen formulier.";

// Signals.

/// Field.
pub const SIGNAL_DATE_LABEL: &str = "Waargenomen op";

/// Field.
pub const SIGNAL_OBSERVER_LABEL: &str = "Door wie";

/// Field.
pub const SIGNAL_SOURCE_LABEL: &str = "Bron (wie vertelde het)";

/// Field.
pub const SIGNAL_HAND_LABEL: &str = "Eerste of tweede hand";

/// Field.
pub const SIGNAL_CONFIRMED_LABEL: &str = "Tekst akkoord bevonden door de informant";

/// Field.
pub const SIGNAL_TEXT_LABEL: &str = "Wat zag of hoorde je? (feiten, geen indrukken)";

/// Button.
pub const SIGNAL_ADD_BUTTON: &str = "Signaal toevoegen";

/// Empty list.
pub const SIGNALS_NONE: &str = "Nog geen signalen.";

/// Contra-indication.
pub const SIGNAL_CONTRA_INDICATION_LABEL: &str = "Spreekt de zorg tegen (contra-indicatie)";

// Afwegingskader.

/// Help heading.
pub const AFWEGINGSKADER_QUESTIONS_HEADING: &str = "Vragen ter afweging";

/// Motivation label.
pub const AFWEGINGSKADER_MOTIVATION_LABEL: &str = "Motivatie (verplicht)";

/// Field.
pub const AFWEGINGSKADER_VT_EMPLOYEE_LABEL: &str = "Medewerker Veilig Thuis";

/// Button.
pub const AFWEGINGSKADER_ANSWER_BUTTON: &str = "Antwoord vastleggen";

/// Path heading.
pub const AFWEGINGSKADER_PATH_HEADING: &str = "Gevolgde weg";

/// Outcome heading.
pub const AFWEGINGSKADER_OUTCOME_HEADING: &str = "Uitkomst";

/// Decision heading.
pub const DECISION_HEADING: &str = "Besluit (stap 5)";

/// Decision: melden.
pub const DECISION_REPORT_TO_VT_OPTION: &str = "Melden bij Veilig Thuis";

/// Decision: hulp.
pub const DECISION_HELP_OPTION: &str = "Hulp bieden of organiseren";

/// Decision motivation.
pub const DECISION_MOTIVATION_LABEL: &str = "Motivatie van het besluit";

/// Who decides.
pub const DECISION_DECIDED_BY_LABEL: &str = "Besluit door de eindverantwoordelijke";

/// Button.
pub const DECISION_RECORD_BUTTON: &str = "Besluit vastleggen";

/// Recorded decisions.
pub const DECISIONS_RECORDED_HEADING: &str = "Vastgelegde besluiten";

/// Guidance where the afwegingskader asks an answer together with Veilig Thuis; whether it
/// was is the user's own answer below it.
pub const AFWEGINGSKADER_WITH_VT_GUIDANCE: &str = "Het afwegingskader vraagt deze afweging samen met Veilig Thuis te maken. Geef hieronder aan of dat zo is gebeurd.";

/// In stap 4, once the afwegingskader is answered: the decision belongs to stap 5.
pub const DECISION_TAKEN_IN_STEP_5_NOTE: &str =
    "Het besluit (melden en/of hulp) legt u vast in stap 5.";

/// Button: go to stap 5 to take the decision.
pub const DECISION_GO_TO_STEP_5_BUTTON: &str = "Naar stap 5";

/// Checkbox: this afweging was answered together with Veilig Thuis.
pub const AFWEGINGSKADER_ANSWERED_WITH_VT_OPTION: &str = "Samen met Veilig Thuis beantwoord";

/// Checkbox: the decision was taken together with Veilig Thuis.
pub const DECISION_TAKEN_WITH_VT_OPTION: &str = "Samen met Veilig Thuis besloten";

/// Label: the date of the contact with Veilig Thuis.
pub const VT_TOGETHER_DATE_LABEL: &str = "Datum van het overleg met Veilig Thuis";

/// Before the meldnorm grounds found in the dossier.
pub const DECISION_MELDNORM_APPLIES_LABEL: &str = "De meldnorm zegt hier: melden, vanwege";

/// Label: the written motivation of a decision against the meldnorm.
pub const DECISION_MELDNORM_DEVIATION_LABEL: &str =
    "U besluit niet te melden terwijl de meldnorm dat vraagt. Motiveer waarom (verplicht)";

/// A step form's view of a record that holds nothing yet.
pub const RECORD_NOTHING_YET: &str = "Nog niets vastgelegd.";

/// After the number of earlier items a step form's view of a record leaves out.
pub const RECORD_MORE_ABOVE_NOTE: &str = "eerdere, zie de volledige lijst hierboven";

/// After a withdrawn signal in a step form's view of the signals.
pub const RECORD_WITHDRAWN_NOTE: &str = "ingetrokken";

/// A decision neither to melden nor to offer hulp.
pub const DECISION_NEITHER_NOTE: &str = "Niet melden, geen hulp";

/// In the list of recorded decisions: taken together with Veilig Thuis.
pub const DECISION_TOGETHER_WITH_VT_NOTE: &str = "samen met Veilig Thuis";

/// In the list of recorded decisions: the motivation of a deviation from the meldnorm.
pub const DECISION_DEVIATION_NOTE: &str = "Afwijking van de meldnorm";

/// Change an answer.
pub const AFWEGINGSKADER_CHANGE_ANSWER_BUTTON: &str = "Antwoord wijzigen";

/// No tree in the set.
pub const AFWEGINGSKADER_NOT_IN_FORM_SET: &str = "De formulierenset heeft geen afwegingskader.";

/// Weet niet counts as nee.
pub const AFWEGINGSKADER_DONT_KNOW_COUNTS_AS_NO: &str =
    "\u{201c}Weet niet\u{201d} telt hier als \u{201c}nee\u{201d}.";

// Stap 2: recording a consultation.

/// Heading.
pub const CONSULTATION_NEW_HEADING: &str = "Overleg vastleggen";

/// Field.
pub const CONSULTATION_DATE_LABEL: &str = "Datum van het overleg";

/// Field.
pub const CONSULTATION_KIND_LABEL: &str = "Soort overleg";

/// Field.
pub const CONSULTATION_WITH_LABEL: &str = "Met wie (naam en functie)";

/// Field.
pub const CONSULTATION_QUESTION_LABEL: &str = "Welke vraag is voorgelegd?";

/// Field.
pub const CONSULTATION_OUTCOME_LABEL: &str = "Advies of uitkomst";

/// Button.
pub const CONSULTATION_SAVE_BUTTON: &str = "Overleg opslaan";

/// Heading of the list.
pub const CONSULTATIONS_RECORDED_HEADING: &str = "Vastgelegd overleg";

/// After a consultation was recorded.
pub const CONSULTATION_RECORDED_MESSAGE: &str = "Het overleg is vastgelegd.";

/// No consultation yet.
pub const CONSULTATIONS_NONE: &str = "Nog geen overleg vastgelegd.";

// Gesprek voorbereiden.

/// Heading.
pub const CONVERSATION_PREPARE_HEADING: &str = "Gesprek voorbereiden";

/// No gesprek set.
pub const CONVERSATION_GUIDE_NOT_FOUND: &str = "De gesprekshulp is niet gevonden.";

/// Field.
pub const CONVERSATION_DATE_LABEL: &str = "Datum van het gesprek";

/// Field.
pub const CONVERSATION_SAID_LABEL: &str = "Wat is er gezegd?";

/// Field.
pub const CONVERSATION_FAMILY_REACTION_LABEL: &str = "Hoe reageerde de familie?";

/// Button.
pub const CONVERSATION_RECORD_BUTTON: &str = "Gesprek vastleggen";

/// Heading.
pub const CONVERSATIONS_HELD_HEADING: &str = "Gevoerde gesprekken";

// Organisation.

/// Heading.
pub const ORGANISATION_HEADING: &str = "Organisatie en meldcodeprotocol";

/// No protocol form.
pub const ORGANISATION_PROTOCOL_FORM_NOT_FOUND: &str = "Het protocolformulier is niet gevonden.";

// Settings.

/// Heading.
pub const SETTINGS_HEADING: &str = "Instellingen";

/// Theme.
pub const SETTINGS_THEME_LABEL: &str = "Thema";

/// Theme option.
pub const SETTINGS_THEME_LIGHT: &str = "Licht";

/// Theme option.
pub const SETTINGS_THEME_DARK: &str = "Donker";

/// Theme option.
pub const SETTINGS_THEME_SYSTEM: &str = "Zoals het systeem";

/// Zoom.
pub const SETTINGS_ZOOM_LABEL: &str = "Tekstgrootte (%)";

/// Idle lock.
pub const SETTINGS_IDLE_LOCK_LABEL: &str = "Vergrendelen na zoveel minuten niets doen";

// Lock screen.

/// Heading.
pub const LOCK_SCREEN_HEADING: &str = "Vergrendeld";

/// Explanation.
pub const LOCK_SCREEN_HELP: &str =
    "Het venster is vergrendeld. Typ je wachtwoord om verder te werken.";

/// Passphrase.
pub const PASSPHRASE_LABEL: &str = "Wachtwoord";

/// Passphrase again.
pub const PASSPHRASE_AGAIN_LABEL: &str = "Wachtwoord nogmaals";

/// Button.
pub const LOCK_SCREEN_UNLOCK_BUTTON: &str = "Ontgrendelen";

/// Example lock screen: no passphrase.
pub const LOCK_SCREEN_EXAMPLE_HELP: &str =
    "Het voorbeeld is vergrendeld. Er is geen wachtwoord nodig.";

// Wizard.

/// Heading.
pub const WIZARD_HEADING: &str = "Eerste start";

/// Wizard heading once a vault has been used in this window: making another.
pub const WIZARD_NEW_VAULT_HEADING: &str = "Een nieuwe kluis maken";

/// Wizard heading when an existing vault is opened.
pub const WIZARD_OPEN_VAULT_HEADING: &str = "Een kluis openen";

/// Intro.
pub const WIZARD_INTRODUCTION: &str = "Je dossiers komen in een versleutelde kluis: een bestand op je eigen computer of op een gedeelde map van je organisatie.";

/// Option.
pub const WIZARD_CREATE_OPTION: &str = "Nieuwe kluis maken";

/// Option.
pub const WIZARD_OPEN_OPTION: &str = "Bestaande kluis openen";

/// File label.
pub const WIZARD_VAULT_FILE_LABEL: &str = "Kluisbestand";

/// Choose file button.
pub const WIZARD_CHOOSE_FILE_BUTTON: &str = "Bestand kiezen\u{2026}";

/// Name.
pub const WIZARD_YOUR_NAME_LABEL: &str = "Je naam";

/// Function.
pub const WIZARD_YOUR_FUNCTION_LABEL: &str = "Je functie";

/// Organisation name.
pub const WIZARD_ORGANISATION_NAME_LABEL: &str = "Naam van de organisatie";

/// Sector option.
pub const SECTOR_BASIC_MODEL: &str = "Algemeen (basismodel)";

/// Sector option.
pub const SECTOR_PRIMARY_EDUCATION: &str = "Basisonderwijs";

/// Sector option.
pub const SECTOR_CARE_AND_THERAPY: &str = "Zorg en therapie";

/// Sector option.
pub const SECTOR_OWN_FORMS: &str = "Eigen formulieren (map)";

/// Choose folder.
pub const CHOOSE_FOLDER_BUTTON: &str = "Map kiezen\u{2026}";

/// Create button.
pub const WIZARD_CREATE_VAULT_BUTTON: &str = "Kluis maken";

/// Open button.
pub const WIZARD_OPEN_VAULT_BUTTON: &str = "Kluis openen";

/// Cancel.
pub const CANCEL_BUTTON: &str = "Annuleren";

/// Strength hints.
pub const PASSPHRASE_STRENGTH_WEAK: &str =
    "Sterkte: zwak. Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.";

/// Strength hints.
pub const PASSPHRASE_STRENGTH_FAIR: &str = "Sterkte: redelijk. Langer is beter.";

/// Strength hints.
pub const PASSPHRASE_STRENGTH_GOOD: &str = "Sterkte: goed.";

/// Warning.
pub const PASSPHRASE_WARNING: &str =
    "Onthoud dit wachtwoord goed: zonder wachtwoord is de kluis niet te openen, ook niet door ons.";

/// The concern when stap 1 names no form of violence.
pub const CONVERSATION_GENERIC_CONCERN: &str = "huiselijk geweld of kindermishandeling";

/// Signal list: source prefix.
pub const SIGNAL_SOURCE_PREFIX: &str = "bron:";

/// Signal list: confirmed by the informant.
pub const SIGNAL_CONFIRMED_SHORT: &str = "akkoord informant";

/// Marker in the path diagram.
pub const AFWEGINGSKADER_WITH_VT_SHORT: &str = "met Veilig Thuis";

// Lint

/// Hint panel button: put the hint's concrete rewrite in the text.
pub const LINT_APPLY_BUTTON: &str = "Suggestie toepassen";

/// Hint panel button: ignore this hint here (asks for a reason).
pub const LINT_SUPPRESS_BUTTON: &str = "Negeren…";

/// Hint panel when the text has no hints.
pub const LINT_NO_HINTS: &str = "Geen opmerkingen: de tekst beschrijft feiten.";

/// Hint panel: prefix of the explanation of a hint.
pub const LINT_WHY_LABEL: &str = "Waarom:";

/// Hint panel: prefix of the rewrite advice of a hint.
pub const LINT_SUGGESTION_LABEL: &str = "Suggestie:";

/// Hint panel: previous page of hints.
pub const LINT_PAGE_PREVIOUS_BUTTON: &str = "Vorige";

/// Hint panel: next page of hints.
pub const LINT_PAGE_NEXT_BUTTON: &str = "Volgende";

/// Hint panel: which hints of how many are shown (`first` and `last` count from 1).
pub fn lint_page(first: usize, last: usize, total: usize) -> String {
    format!("Opmerkingen {first}–{last} van {total}")
}

// Follow-up: the urgent path, afspraken, requests for information, participation, the
// melding, the letter to parents and the export dialog.

/// Urgent: the collapsed button to mark a dossier urgent.
pub const URGENT_MARK_EXPANDER: &str = "Acuut onveilig? Urgent maken\u{2026}";

/// Urgent: help above the reason.
pub const URGENT_MARK_HELP: &str = "Bij acute onveiligheid of eergerelateerd geweld handelt u \
     meteen, zo nodig binnen het uur. De gewone stappen legt u daarna vast.";

/// Urgent: reason input.
pub const URGENT_REASON_LABEL: &str = "Waarom is dit urgent?";

/// Urgent: button.
pub const URGENT_MARK_BUTTON: &str = "Urgent maken";

/// Urgent: panel heading.
pub const URGENT_HEADING: &str = "URGENT: nu handelen";

/// Urgent: prefix of the reason.
pub const URGENT_REASON_PREFIX: &str = "Reden:";

/// Urgent: time since the signal; followed by the time.
pub const URGENT_SINCE_SIGNAL: &str = "Tijd sinds het signaal is vastgelegd:";

/// Urgent: time since marked.
pub const URGENT_SINCE_MARKED: &str = "Urgent gemaakt:";

/// Urgent: what to do now.
pub const URGENT_NOW_HEADING: &str = "Wat u nu doet:";

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
pub const URGENT_RECORD_CALL_HEADING: &str = "Gesprek vastleggen (tijd: nu)";

/// Urgent: who called.
pub const URGENT_CALLER_LABEL: &str = "Gebeld door";

/// Urgent: note of the call.
pub const URGENT_CALL_NOTE_LABEL: &str = "Wat is afgesproken?";

/// Urgent: button prefix; followed by whom.
pub const URGENT_CALLED_BUTTON_PREFIX: &str = "Gebeld:";

/// Urgent: "gebeld op".
pub const URGENT_CALLED_AT: &str = "gebeld op";

/// Urgent: "door".
pub const URGENT_CALLED_BY: &str = "door";

/// Urgent: the steps still open.
pub const URGENT_STEPS_OPEN: &str = "Na de urgente actie nog vast te leggen (niet overgeslagen):";

/// Message after marking urgent.
pub const URGENT_MARKED_MESSAGE: &str = "Dossier is urgent. Bel nu; leg daarna de stappen vast.";

/// Afspraken: help.
pub const AFSPRAKEN_HELP: &str = "Wie doet wat, uiterlijk wanneer, en hoe controleert u dat? \
     Komt een afspraak niet na, dan weegt u opnieuw af en meldt u zo nodig alsnog.";

/// Afspraken: none yet.
pub const AFSPRAKEN_NONE: &str = "Nog geen afspraken.";

/// Afspraken: who.
pub const AFSPRAAK_WHO_LABEL: &str = "Wie";

/// Afspraken: what.
pub const AFSPRAAK_WHAT_LABEL: &str = "Wat";

/// Afspraken: due, as shown.
pub const AFSPRAAK_DUE: &str = "uiterlijk";

/// Afspraken: due input.
pub const AFSPRAAK_DUE_INPUT_LABEL: &str = "Uiterlijk op (dd-mm-jjjj)";

/// Afspraken: how checked.
pub const AFSPRAAK_CHECK_LABEL: &str = "Hoe gecontroleerd";

/// Afspraken: checked on.
pub const AFSPRAAK_CHECKED_ON: &str = "gecontroleerd op";

/// Afspraken: add.
pub const AFSPRAAK_ADD_HEADING: &str = "Afspraak toevoegen";

/// Afspraken: save.
pub const AFSPRAAK_SAVE_BUTTON: &str = "Afspraak opslaan";

/// Afspraken: status running.
pub const AFSPRAAK_STATUS_RUNNING: &str = "Loopt";

/// Afspraken: status due today.
pub const AFSPRAAK_STATUS_DUE_TODAY: &str = "Vandaag controleren";

/// Afspraken: status overdue.
pub const AFSPRAAK_STATUS_OVERDUE: &str = "Te laat: nog niet gecontroleerd";

/// Afspraken: status kept.
pub const AFSPRAAK_STATUS_KEPT: &str = "Nagekomen";

/// Afspraken: status not kept.
pub const AFSPRAAK_STATUS_NOT_KEPT: &str = "Niet nagekomen";

/// Afspraken: button kept.
pub const AFSPRAAK_MARK_KEPT_BUTTON: &str = "Nagekomen";

/// Afspraken: button not kept.
pub const AFSPRAAK_MARK_NOT_KEPT_BUTTON: &str = "Niet nagekomen: opnieuw afwegen";

/// Afspraken: tooltip of that button.
pub const AFSPRAAK_MARK_NOT_KEPT_TIP: &str = "Legt vast dat de afspraak niet is nagekomen en \
     opent het afwegingskader (stap 4) opnieuw, met deze afspraak als reden.";

/// Afspraken: reason recorded when not kept; followed by what.
pub const AFSPRAAK_NOT_KEPT_REASON: &str = "Afspraak niet nagekomen:";

/// Message after a missed agreement; followed by the reason.
pub const BACK_TO_AFWEGING_MESSAGE: &str = "Weeg opnieuw af (stap 4).";

/// List: overdue agreements; preceded by the count.
pub const DOSSIER_LIST_AFSPRAAK_OVERDUE: &str = "afspraak te laat";

/// List: agreements due within a week; preceded by the count.
pub const DOSSIER_LIST_AFSPRAAK_DUE_SOON: &str = "afspraak binnen 7 dagen";

/// List: tooltip.
pub const DOSSIER_LIST_AFSPRAAK_TIP: &str = "Open de afspraken in stap 5";

/// Request for information: heading.
pub const VT_REQUEST_HEADING: &str = "Verzoek om informatie van Veilig Thuis";

/// Request: help.
pub const VT_REQUEST_HELP: &str = "Veilig Thuis mag u om informatie vragen, ook zonder \
     toestemming van de cliënt (artikel 5.2.6 Wmo 2015). Geef alleen wat nodig is voor de vraag.";

/// Request: received on; followed by date and who.
pub const VT_REQUEST_RECEIVED: &str = "Ontvangen";

/// Request: date input.
pub const VT_REQUEST_RECEIVED_INPUT_LABEL: &str = "Ontvangen op (dd-mm-jjjj)";

/// Request: who asked.
pub const VT_REQUEST_ASKED_BY_LABEL: &str =
    "Gevraagd door (naam, regio en kenmerk van Veilig Thuis)";

/// Request: the case; followed by the reference.
pub const VT_REQUEST_DOSSIER_PREFIX: &str = "Over dossier";

/// Request: questions.
pub const VT_REQUEST_QUESTIONS_LABEL: &str = "De vragen van Veilig Thuis";

/// Request: heading of the guidelines.
pub const VT_REQUEST_GUIDELINES_HEADING: &str =
    "Richtlijnen voor uw antwoord (vink af wat u deed):";

/// Request: own observations.
pub const VT_REQUEST_OWN_OBSERVATIONS_LABEL: &str = "Eigen waarnemingen (feiten, eerste hand)";

/// Request: what others said.
pub const VT_REQUEST_FROM_OTHERS_LABEL: &str = "Wat anderen zeiden (met de bron, tweede hand)";

/// Request: consent.
pub const VT_REQUEST_CONSENT_LABEL: &str = "Toestemming van de cliënt";

/// Request: consent yes.
pub const VT_REQUEST_CONSENT_GIVEN: &str = "Gegeven";

/// Request: consent no.
pub const VT_REQUEST_CONSENT_REFUSED: &str = "Niet gegeven";

/// Request: consent not asked.
pub const VT_REQUEST_CONSENT_NOT_ASKED: &str = "Niet gevraagd";

/// Request: why no consent.
pub const VT_REQUEST_CONSENT_NOTE_LABEL: &str = "Waarom niet gevraagd of niet gegeven?";

/// Request: answered on input.
pub const VT_REQUEST_ANSWERED_INPUT_LABEL: &str = "Beantwoord op (dd-mm-jjjj, leeg als nog niet)";

/// Request: not answered.
pub const VT_REQUEST_NOT_ANSWERED: &str = "Nog niet beantwoord";

/// Request: new.
pub const VT_REQUEST_NEW_BUTTON: &str = "Nieuw verzoek vastleggen";

/// Request: edit.
pub const VT_REQUEST_EDIT_BUTTON: &str = "Antwoord bewerken";

/// Request: what is still needed before the export; followed by the list.
pub const VT_REQUEST_GAPS_LABEL: &str = "Nog nodig voor het antwoord:";

/// Request: save.
pub const VT_REQUEST_SAVE_BUTTON: &str = "Verzoek en antwoord opslaan";

/// Request: export.
pub const VT_REQUEST_EXPORT_BUTTON: &str = "Antwoord exporteren\u{2026}";

/// Participation: help.
pub const PARTICIPATION_HELP: &str = "De negen actiepunten uit de Handreiking Participatie van kinderen \
     in de Meldcode (VWS, 2018): wat deed u, wanneer en hoe, met de eigen woorden van het kind.";

/// Participation: preceded by the count.
pub const PARTICIPATION_DONE_OF_NINE: &str = "van de 9 actiepunten gedaan";

/// The nine points with their explanation (protocolsjabloon Meldcode basisonderwijs).
pub const PARTICIPATION_POINTS: [(&str, &str); 9] = [
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
pub const PARTICIPATION_CHILD_SAID: &str = "Het kind zei:";

/// Participation: add.
pub const PARTICIPATION_ADD_HEADING: &str = "Actiepunt vastleggen";

/// Participation: which point.
pub const PARTICIPATION_POINT_LABEL: &str = "Actiepunt";

/// Participation: when.
pub const PARTICIPATION_WHEN_LABEL: &str = "Wanneer (dd-mm-jjjj)";

/// Participation: how.
pub const PARTICIPATION_HOW_LABEL: &str = "Hoe (waar, door wie, in welke woorden)";

/// Participation: the child's words.
pub const PARTICIPATION_WORDS_LABEL: &str =
    "Eigen woorden van het kind (letterlijk, waar relevant)";

/// Participation: save.
pub const PARTICIPATION_SAVE_BUTTON: &str = "Actiepunt opslaan";

/// Participation: tips heading.
pub const PARTICIPATION_TIPS_HEADING: &str = "Gesprekstips per leeftijd (bijlage 2)";

/// Conversation tips from bijlage 2 of the protocolsjabloon Meldcode basisonderwijs, under the
/// age group the template gives them:
/// informal talk, drawing and play "zeker voor jongere kinderen of kinderen die de
/// Nederlandse taal niet goed spreken of kinderen met beperkingen"; everything else is in
/// the template's "Algemene tips voor een gesprek met kinderen", for every age.
pub const PARTICIPATION_TIP_GROUPS: [(&str, &[&str]); 2] = [
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

/// Melding: shown before a melden decision.
pub const MELDING_AFTER_DECISION: &str =
    "Het meldformulier verschijnt hier zodra in stap 5 is besloten te melden.";

/// Melding: readiness heading.
pub const MELDING_READINESS_HEADING: &str = "Wat ontbreekt nog voor de melding:";

/// Melding: nothing missing.
pub const MELDING_READY: &str = "Niets: de melding is klaar om te versturen.";

/// Melding: checklist heading.
pub const MELDING_CHECKLIST_HEADING: &str = "Controlelijst voor u verstuurt";

/// Melding: checklist help.
pub const MELDING_CHECKLIST_HELP: &str = "Bel Veilig Thuis eerst (0800-2000). Vertel het gezin \
     dat u meldt, tenzij een uitzondering geldt. Verstuur alleen via beveiligde mail.";

/// Melding: called at.
pub const MELDING_CALLED_AT_LABEL: &str = "Veilig Thuis gebeld op (dd-mm-jjjj uu:mm)";

/// Melding: employee.
pub const MELDING_VT_EMPLOYEE_LABEL: &str = "Naam van de medewerker van Veilig Thuis";

/// Melding: family informed.
pub const MELDING_FAMILY_INFORMED_LABEL: &str = "Is het gezin geïnformeerd over de melding?";

/// Melding: family not informed.
pub const MELDING_FAMILY_NOT_INFORMED_OPTION: &str = "Nee, er geldt een uitzondering";

/// Melding: which exception.
pub const MELDING_EXCEPTION_LABEL: &str = "Welke uitzondering op 'open melden, tenzij'?";

/// Melding: motivation.
pub const MELDING_EXCEPTION_MOTIVATION_LABEL: &str = "Motivatie van de uitzondering";

/// Melding: channel.
pub const MELDING_CHANNEL_LABEL: &str = "Beveiligd kanaal (Zivver, ZorgMail, SecuMailer …)";

/// Melding: save checklist.
pub const MELDING_CHECKLIST_SAVE_BUTTON: &str = "Controlelijst opslaan";

/// Refusal: date and time.
pub const DATE_TIME_FORMAT_ERROR: &str =
    "Typ datum en tijd als dd-mm-jjjj uu:mm, bijvoorbeeld 19-11-2026 09:15.";

/// Melding: the form.
pub const MELDING_FORM_HEADING: &str = "Meldformulier (ingevuld vanuit het dossier)";

/// Melding: package heading.
pub const MELDING_PACKAGE_HEADING: &str = "Pakket maken";

/// Melding: package help.
pub const MELDING_PACKAGE_HELP: &str = "Schrijft het meldformulier als PDF en DOCX en een \
     concept-mail (.eml) met de PDF als bijlage in de gekozen map. De bestandsnamen bevatten \
     geen namen. Verstuur de mail via uw beveiligde mail; het programma verstuurt zelf niets.";

/// Melding: open in mail.
pub const MELDING_OPEN_MAIL_OPTION: &str = "Concept daarna openen in het mailprogramma";

/// Melding: make package.
pub const MELDING_MAKE_PACKAGE_BUTTON: &str = "Pakket maken";

/// Melding: not ready.
pub const MELDING_NOT_READY: &str = "Eerst moet de lijst 'wat ontbreekt' leeg zijn.";

/// Melding: sent heading.
pub const MELDING_SENT_HEADING: &str = "Na het versturen vastleggen";

/// Sent: date.
pub const MELDING_SENT_ON_INPUT_LABEL: &str = "Verstuurd op (dd-mm-jjjj)";

/// Sent: follow-up date.
pub const MELDING_FOLLOW_UP_ON_INPUT_LABEL: &str = "Vervolg uiterlijk op (dd-mm-jjjj, mag leeg)";

/// Sent: save.
pub const MELDING_SENT_SAVE_BUTTON: &str = "Verzending vastleggen";

/// Message after recording the sending.
pub const MELDING_SENT_RECORDED_MESSAGE: &str = "Verzending vastgelegd. Stap 5 toont wat nu volgt.";

/// Sent: summary prefix; followed by the date.
pub const MELDING_SENT_ON: &str = "Melding verstuurd op";

/// Next: heading.
pub const MELDING_NEXT_HEADING: &str = "Wat nu volgt:";

/// Next: follow-up; followed by the date.
pub const MELDING_NEXT_FOLLOW_UP: &str = "Vervolg met Veilig Thuis uiterlijk op";

/// Next: follow-up late; followed by the date.
pub const MELDING_NEXT_FOLLOW_UP_LATE: &str = "Te laat: vervolg met Veilig Thuis was uiterlijk op";

/// Next: letter.
pub const MELDING_NEXT_LETTER: &str =
    "Stuur de ouders de brief (hieronder, 'Brief aan de ouders').";

/// Next: afspraken.
pub const MELDING_NEXT_AFSPRAKEN: &str = "Leg afspraken vast en controleer ze op de datum.";

/// Next: VT feedback.
pub const MELDING_NEXT_VT_FEEDBACK: &str = "Veilig Thuis koppelt terug wat het doet; leg dat vast en \
     weeg opnieuw af als de veiligheid niet duurzaam is.";

/// Letter: help.
pub const LETTER_TO_PARENTS_HELP: &str = "De brief is gemaakt uit het dossier en het profiel van de \
     organisatie, in gewone taal. Hieronder de controle op vaktaal en afkortingen.";

/// Letter: only after a melding.
pub const LETTER_TO_PARENTS_AFTER_MELDING: &str =
    "De brief aan de ouders is er pas na een besluit om te melden.";

/// Letter: not under an exception.
pub const LETTER_TO_PARENTS_NOT_OFFERED: &str = "Geen brief: de melding is gedaan onder een uitzondering \
     op 'open melden, tenzij'. Het gezin is dan (nog) niet door u geïnformeerd; informeer het \
     alsnog zodra dat zonder gevaar kan.";

/// Letter: the exception; followed by its id.
pub const LETTER_TO_PARENTS_EXCEPTION_PREFIX: &str = "Uitzondering:";

/// Letter: no jargon.
pub const LETTER_TO_PARENTS_JARGON_NONE: &str = "Geen vaktaal of afkortingen gevonden.";

/// Letter: jargon found; followed by the count.
pub const LETTER_TO_PARENTS_JARGON_HEADING: &str = "Vaktaal of afkortingen in de brief";

/// Letter: export.
pub const LETTER_TO_PARENTS_EXPORT_BUTTON: &str = "Brief exporteren\u{2026}";

/// Letter: heading above the items the user chooses.
pub const LETTER_TO_PARENTS_ITEMS_HEADING: &str = "Wat komt er in de brief?";

/// Letter: help with the items.
pub const LETTER_TO_PARENTS_ITEMS_HELP: &str = "Kies per punt of het in de brief komt. Wat het kind \
     vertelde staat er standaard niet in: een kind vertelt iets vaak in vertrouwen. Zet het er \
     alleen in als u dat met het kind hebt besproken.";

/// Letter: mark beside an item the child told.
pub const LETTER_TO_PARENTS_FROM_CHILD_MARK: &str =
    "verteld door het kind \u{2014} standaard niet opgenomen";

/// Export: label before the buttons.
pub const EXPORT_BUTTONS_LABEL: &str = "Exporteren:";

/// Export: tooltip of a button.
pub const EXPORT_TIP: &str = "Als PDF of Word-bestand opslaan; wordt vastgelegd in het logboek";

/// Export: window title.
pub const EXPORT_DIALOG_TITLE: &str = "Exporteren";

/// Export kinds.
pub const EXPORT_KIND_DOSSIER: &str = "Dossier";

/// Export kinds.
pub const EXPORT_KIND_CONSULTATION: &str = "Consultatie (geanonimiseerd)";

/// Export kinds.
pub const EXPORT_KIND_DATA_ACCESS: &str = "Inzage";

/// Export kinds.
pub const EXPORT_KIND_PROTOCOL: &str = "Protocol";

/// Export kinds.
pub const EXPORT_KIND_VT_ANSWER: &str = "Antwoord aan Veilig Thuis";

/// Export kinds.
pub const EXPORT_KIND_MELDFORMULIER: &str = "Meldformulier";

/// Export: reference; followed by it.
pub const EXPORT_DOSSIER_PREFIX: &str = "Dossier";

/// Export: DOCX label.
pub const EXPORT_FORMAT_DOCX: &str = "Word (DOCX)";

/// Export: file input.
pub const EXPORT_FILE_LABEL: &str = "Bestand";

/// Export: choose file.
pub const EXPORT_CHOOSE_FILE_BUTTON: &str = "Kiezen\u{2026}";

/// Export: folder input.
pub const EXPORT_FOLDER_LABEL: &str = "Map";

/// Export: file names.
pub const EXPORT_FILE_NAME_HINT: &str =
    "De voorgestelde naam bevat het dossierkenmerk en de datum, nooit een naam.";

/// Export: open after saving.
pub const EXPORT_OPEN_AFTER_OPTION: &str = "Openen na opslaan";

/// Export: example has no audit log.
pub const EXPORT_EXAMPLE_NO_AUDIT: &str =
    "Voorbeeld: er is geen kluis, dus ook geen logboek van deze export.";

/// Export: start.
pub const EXPORT_START_BUTTON: &str = "Nu exporteren";

/// Export: busy; followed by the file.
pub const EXPORT_RUNNING_PREFIX: &str = "Bezig met";

/// Export: refused while busy.
pub const EXPORT_BUSY: &str = "Er loopt al een export. Wacht tot die klaar is.";

/// Export: done.
pub const EXPORT_DONE: &str = "Geëxporteerd en vastgelegd in het logboek:";

/// Export: list heading.
pub const EXPORTED_FILES_HEADING: &str = "Geëxporteerde bestanden";

/// Sign: checkbox.
pub const EXPORT_SIGN_OPTION: &str = "Digitaal ondertekenen met uw certificaat uit de kluis";

/// Heading of the organisation's vocabulary for the writing check.
pub const VOCABULARY_HEADING: &str = "Woordenlijst van de organisatie (schrijfhulp)";

/// Explains the vocabulary.
pub const VOCABULARY_HELP: &str = "Woorden die de schrijfhulp in deze organisatie niet meer \
    aanwijst, bijvoorbeeld een afkorting die iedereen in het team kent. Let op: ouders kennen \
    zulke woorden vaak niet.";

/// Label of the vocabulary field.
pub const VOCABULARY_LABEL: &str = "Eén woord per regel";

/// Reminder: follow-up with Veilig Thuis.
pub const NEXT_ACTION_VT_FOLLOW_UP_AFTER_MELDING: &str = "Vervolg met Veilig Thuis na de melding";

/// Reminder: catch up the conversation.
pub const NEXT_ACTION_CATCH_UP_STEP_3_CONVERSATION: &str = "Gesprek van stap 3 inhalen";

/// Reminder: evaluation of stap 5.
pub const NEXT_ACTION_EVALUATE_DECISION: &str = "Evaluatie van het besluit";

/// Reminder: answer an AVG art. 16 request.
pub const NEXT_ACTION_ANSWER_CORRECTION_REQUEST: &str =
    "Verzoek om correctie beantwoorden (binnen een maand)";

/// Organisatie page: dossiers past their bewaartermijn; `{n}` is their number.
pub const RETENTION_EXPIRED_LABEL: &str = "Bewaartermijn verstreken: {n} dossiers";

/// Organisatie page: the button that asks to delete them.
pub const RETENTION_PURGE_BUTTON: &str = "Definitief verwijderen\u{2026}";

/// Organisatie page: what the confirmation says.
pub const RETENTION_PURGE_CONFIRM_TEXT: &str = "Deze dossiers worden definitief verwijderd, \
     ook uit de back-ups. Dat kan niet ongedaan worden gemaakt.";

/// Organisatie page: the button that confirms.
pub const RETENTION_PURGE_CONFIRM_BUTTON: &str = "Ja, definitief verwijderen";

/// Message: dossiers deleted after their bewaartermijn; their references follow.
pub const RETENTION_PURGED_MESSAGE: &str = "Definitief verwijderd na de bewaartermijn:";

/// Dossier list: after the first reminder, how many more there are ("+2 …").
pub const DOSSIER_LIST_MORE_REMINDERS: &str = "meer";

/// Dossier list: first line of the hover text that lists every reminder of a dossier.
pub const DOSSIER_LIST_REMINDERS_TIP: &str = "Openstaande data:";

// Persons

/// Gender not recorded.
pub const GENDER_UNKNOWN: &str = "onbekend";

/// Female.
pub const GENDER_FEMALE: &str = "meisje/vrouw";

/// Male.
pub const GENDER_MALE: &str = "jongen/man";

/// Other.
pub const GENDER_OTHER: &str = "anders";

/// Shown when the dossier has nobody yet: who is it about?
pub const PERSONS_NONE: &str =
    "Over wie gaat dit dossier? Voeg het kind of de volwassene toe en markeer als onderwerp.";

/// Button: add a person.
pub const PERSON_ADD_BUTTON: &str = "Betrokkene toevoegen";

/// Button: edit a person.
pub const PERSON_EDIT_BUTTON: &str = "Bewerken";

/// Button: mark as subject.
pub const PERSON_MAKE_SUBJECT: &str = "Onderwerp van dit dossier";

/// Marker of the subject in the list.
pub const PERSON_IS_SUBJECT_MARKER: &str = "(onderwerp)";

/// Button: save the person form.
pub const PERSON_SAVE_BUTTON: &str = "Betrokkene opslaan";

/// Field label.
pub const PERSON_FIRST_NAMES_LABEL: &str = "Voornamen";

/// Field label.
pub const PERSON_ROEPNAAM_LABEL: &str = "Roepnaam";

/// Field label.
pub const PERSON_TUSSENVOEGSEL_LABEL: &str = "Tussenvoegsel";

/// Field label.
pub const PERSON_FAMILY_NAME_LABEL: &str = "Achternaam";

/// Field label.
pub const PERSON_BIRTH_DATE_INPUT_LABEL: &str = "Geboortedatum (dd-mm-jjjj)";

/// Field label.
pub const PERSON_GENDER_LABEL: &str = "Geslacht";

/// Field label.
pub const PERSON_POSTCODE_AND_PLACE_LABEL: &str = "Postcode en plaats";

/// Field label.
pub const PERSON_GROUP_LABEL: &str = "School, klas of groep";

/// Field label.
pub const PERSON_LANGUAGES_INPUT_LABEL: &str = "Talen (gescheiden door komma's)";

/// Field label.
pub const PERSON_NOTES_LABEL: &str = "Notities";

/// Field label.
pub const PERSON_ALIASES_LABEL: &str = "Andere namen of spellingen (gescheiden door komma's)";

/// Column: born.
pub const PERSON_BORN_PREFIX: &str = "geboren";

/// Remove dialog: the references.
pub const PERSON_REMOVE_REFERENCED: &str =
    "Deze betrokkene wordt genoemd in het dossier. Wat moet er met deze verwijzingen gebeuren?";

/// Remove choice: keep.
pub const PERSON_REMOVE_KEEP_REFERENCES: &str =
    "Laten staan als \u{201c}verwijderde betrokkene\u{201d}";

/// Remove choice: reassign.
pub const PERSON_REMOVE_REASSIGN_TO: &str = "Overzetten naar";

/// Confirm removal.
pub const PERSON_REMOVE_CONFIRM_BUTTON: &str = "Definitief verwijderen";

/// Removal: ask a confirmation.
pub const PERSON_REMOVE_ASK: &str =
    "Deze betrokkene verwijderen? De wijziging blijft zichtbaar in de geschiedenis.";

/// Heading of the profile panel on the Organisatie page.
pub const PROFILE_HEADING: &str = "Profiel voor de documenten";

/// The profile is complete.
pub const PROFILE_COMPLETE: &str = "Het profiel is compleet: elk document kan worden gemaakt.";

/// Lead of the missing profile fields.
pub const PROFILE_MISSING_LABEL: &str = "Nog in te vullen voor de documenten:";

/// Label of the region picker.
pub const PROFILE_VT_REGION_LABEL: &str = "Veilig Thuis-regio";

/// Nothing chosen.
pub const PROFILE_VT_REGION_NONE: &str = "(kies een regio)";

/// Label of the Veilig Thuis postal address.
pub const PROFILE_VT_ADDRESS_LABEL: &str = "Veilig Thuis: postadres";

/// The Veilig Thuis phone as it is now.
pub const PROFILE_VT_PHONE_LABEL: &str = "Veilig Thuis: telefoon";

/// The Veilig Thuis mail address as it is now.
pub const PROFILE_VT_MAIL_LABEL: &str = "Veilig Thuis: adres voor meldingen";

/// After the wizard: what is still missing and where.
pub const WIZARD_PROFILE_MISSING: &str = "De kluis is aangemaakt. Vul op deze pagina (Organisatie) nog in wat de documenten nodig hebben:";

/// Heading of the anonymisation check in the export dialog.
pub const ANONYMISATION_HEADING: &str = "Controle anonimisering";

/// Lead of the replaced words.
pub const ANONYMISATION_REPLACED_LABEL: &str = "Deze woorden zijn vervangen:";

/// No replacements.
pub const ANONYMISATION_NONE_REPLACED: &str =
    "Er zijn geen namen van niet-geregistreerde personen gevonden.";

/// Lead of the doubtful words.
pub const ANONYMISATION_DOUBTFUL_LABEL: &str = "Twijfelgevallen: geef per woord aan of het een naam is (wordt vervangen) of een gewoon woord (blijft staan).";

/// Checkbox: is a name.
pub const ANONYMISATION_IS_NAME_OPTION: &str = "is een naam";

/// Checkbox: is an ordinary word.
pub const ANONYMISATION_IS_WORD_OPTION: &str = "is een gewoon woord";

/// All doubtful words confirmed.
pub const ANONYMISATION_ALL_CONFIRMED: &str = "Alle twijfelgevallen zijn bevestigd.";

/// Still to confirm.
pub const ANONYMISATION_STILL_TO_CONFIRM: &str =
    "Nog te bevestigen voordat de samenvatting kan worden gemaakt:";

/// Read-only bar: who holds the vault (followed by name, computer and time).
pub const LOCK_HELD_BY: &str = "Alleen lezen: de kluis is in gebruik door";

/// Between the holder's name and computer.
pub const LOCK_ON_COMPUTER: &str = "op";

/// Before the time the holder took the lock.
pub const LOCK_SINCE: &str = "sinds";

/// A live lock: what the user can do.
pub const LOCK_BUSY_HELP: &str =
    "Je kunt lezen. Schrijven kan zodra dat venster de kluis vrijgeeft.";

/// Button: try to take the lock again.
pub const LOCK_RETRY_BUTTON: &str = "Opnieuw proberen";

/// Tooltip of the retry button.
pub const LOCK_RETRY_TIP: &str = "Opent de kluis opnieuw; je kunt schrijven als ze nu vrij is.";

/// A stale lock of someone else: what it means.
pub const LOCK_STALE_HELP: &str =
    "Dat venster lijkt niet meer open te zijn: er is geen teken van leven sinds";

/// Button: take the stale lock over (asks first).
pub const LOCK_TAKE_OVER_BUTTON: &str = "Overnemen";

/// Heading of the confirmation.
pub const LOCK_CONFIRM_TITLE: &str = "Kluis overnemen?";

/// What taking over means.
pub const LOCK_CONFIRM_TEXT: &str = "Overnemen betekent: jij kunt weer schrijven, en het andere venster kan niet meer \
     opslaan. Wat daar nog niet was opgeslagen, gaat verloren. De overname komt in het \
     logboek. Doe dit alleen als je zeker weet dat niemand meer in dat venster werkt.";

/// Confirm taking over.
pub const LOCK_CONFIRM_YES_BUTTON: &str = "Ja, overnemen";

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
pub const DATE_PREVIOUS_YEAR_TIP: &str = "Een jaar terug";

/// Calendar: a year ahead.
pub const DATE_NEXT_YEAR_TIP: &str = "Een jaar verder";

/// Calendar: the year field.
pub const DATE_YEAR_TIP: &str = "Jaar: klik om te typen, of sleep";

// The system's file chooser.

/// Under a "Kiezen…" button while the system's dialog is open.
pub const FILE_CHOOSER_OPEN_NOTE: &str =
    "Het keuzevenster is geopend. Niets te zien? Typ het pad dan in het veld.";

/// When the system has no file chooser, or it closed at once.
pub const FILE_CHOOSER_UNAVAILABLE: &str = "Het keuzevenster van het systeem opent niet op deze \
     computer. Typ het pad in het veld hiernaast, bijvoorbeeld /home/sanne/Documenten.";

/// The own form folder: the path field.
pub const WIZARD_OWN_FORMS_PATH_LABEL: &str = "Map met eigen formulieren";

/// The own form folder is chosen but not given.
pub const WIZARD_OWN_FORMS_MISSING: &str =
    "Kies of typ de map met de eigen formulieren van de organisatie.";

// The "Nieuw dossier" form: who the dossier is about.

/// Heading of the form that starts a dossier.
pub const NEW_DOSSIER_HEADING: &str = "Een nieuw dossier beginnen";
/// Under the heading: what the form asks and what comes later.
pub const NEW_DOSSIER_INTRO: &str = "Over wie gaat dit dossier? Vul in wat je nu weet. Ouders, \
     broers en zussen en andere betrokkenen voeg je daarna toe bij Betrokkenen.";
/// Label of the title field.
pub const NEW_DOSSIER_TITLE_LABEL: &str = "Titel van het dossier";
/// Help under the title field: a neutral title, no names.
pub const NEW_DOSSIER_TITLE_HINT: &str = "De titel staat in de dossierlijst en in \
     bestandsnamen. Beschrijf de zorg, niet de persoon, bijvoorbeeld \u{201c}Groep 5, blauwe \
     plekken\u{201d}. Geen namen.";
/// The title the form starts with: neutral, never a name.
pub const NEW_DOSSIER_DEFAULT_TITLE: &str = "Zorgsignalen";
/// Heading above the person fields.
pub const NEW_DOSSIER_SUBJECT_HEADING: &str = "Over wie gaat het dossier";
/// Button: create the dossier.
pub const NEW_DOSSIER_CREATE_BUTTON: &str = "Dossier aanmaken";

// The users of the vault (Organisatie page).

/// Heading of the users section.
pub const USERS_HEADING: &str = "Gebruikers van de kluis";
/// What the section lists.
pub const USERS_INTRO: &str = "Iedereen met een eigen sleutel tot deze kluis. Ieder opent de \
     kluis met een eigen wachtwoord; de geschiedenis en het logboek noemen wie wat deed.";
/// Shown on the example: users exist only in a vault.
pub const USERS_ONLY_IN_VAULT: &str = "Gebruikers bestaan alleen in een kluis, niet in het \
     voorbeeld. Maak of open een kluis met \u{201c}Kluis maken of openen\u{201d}.";
/// Shown instead of the add form and remove buttons when the user may not manage users.
pub const USERS_READ_ONLY: &str = "Alleen de eindverantwoordelijke of de \
     aandachtsfunctionaris, zoals het organisatieprofiel op deze pagina hen noemt, mag \
     gebruikers toevoegen of verwijderen. Jij kunt de lijst alleen bekijken.";
/// Column heading: name.
pub const USERS_NAME_COLUMN: &str = "Naam";
/// Column heading: function.
pub const USERS_FUNCTION_COLUMN: &str = "Functie";
/// Marker after the user's own name.
pub const USERS_IS_YOU_MARK: &str = "(jij)";
/// Marker of a user the profile names as eindverantwoordelijke or aandachtsfunctionaris.
pub const USERS_MANAGES_MARK: &str = "beheert gebruikers";
/// Heading of the add form.
pub const USERS_ADD_HEADING: &str = "Een collega toevoegen";
/// Field label: the new user's name.
pub const USERS_NEW_NAME_LABEL: &str = "Naam van de nieuwe gebruiker";
/// Field label: the new user's function.
pub const USERS_NEW_FUNCTION_LABEL: &str = "Functie van de nieuwe gebruiker";
/// Field label: the new user's passphrase.
pub const USERS_NEW_PASSPHRASE_LABEL: &str = "Wachtwoord van de nieuwe gebruiker";
/// Field label: the new user's passphrase again.
pub const USERS_NEW_PASSPHRASE_AGAIN_LABEL: &str = "Herhaal dat wachtwoord";
/// How the passphrase reaches the colleague.
pub const USERS_PASSPHRASE_HANDOVER_HINT: &str = "Geef het wachtwoord persoonlijk door, nooit per \
     e-mail. Je collega kan het daarna zelf wijzigen.";
/// Button: add the user.
pub const USERS_ADD_BUTTON: &str = "Gebruiker toevoegen";
/// Button on a user's row: start removing them (asks first).
pub const USERS_REMOVE_BUTTON: &str = "Verwijderen\u{2026}";
/// The confirmation question (after the user's name).
pub const USERS_REMOVE_QUESTION: &str = "uit de kluis verwijderen? Daarna kan deze gebruiker de \
     kluis niet meer openen. De sleutel van de kluis wordt vernieuwd; dat kan even duren.";
/// Button: confirm the removal.
pub const USERS_REMOVE_CONFIRM_BUTTON: &str = "Ja, verwijderen";
/// Button in the warning bar about an older vault: go on with this version.
pub const VAULT_ROLLBACK_ACCEPT_BUTTON: &str = "Deze versie als huidige accepteren";
/// Message after the older vault was accepted as the current version.
pub const VAULT_ROLLBACK_ACCEPTED_MESSAGE: &str =
    "Deze versie van de kluis geldt nu als de huidige; deze computer waarschuwt er niet meer voor.";
/// Explanation above the button that renews the vault's key.
pub const VAULT_REKEY_HINT: &str = "Vermoedt u dat een wachtwoord of een kopie van de kluis in \
     verkeerde handen is gekomen? Maak dan een nieuwe sleutel: alles wordt opnieuw \
     versleuteld, de wachtwoorden blijven hetzelfde.";
/// Button: renew the vault's key (asks for confirmation).
pub const VAULT_REKEY_BUTTON: &str = "Nieuwe sleutel maken";
/// The confirmation question before the key is renewed.
pub const VAULT_REKEY_QUESTION: &str = "Een nieuwe sleutel voor de kluis maken? Alles in de \
     kluis wordt opnieuw versleuteld; dat kan even duren. Wie een oude kopie van de kluis \
     heeft, kan daarmee niet lezen wat daarna wordt vastgelegd.";
/// Button: confirm renewing the key.
pub const VAULT_REKEY_CONFIRM_BUTTON: &str = "Ja, nieuwe sleutel maken";
/// Message after the key was renewed; `{count}` is the number of items re-encrypted,
/// `{backups}` the number of old backups re-encrypted with it.
pub const VAULT_REKEY_DONE_MESSAGE: &str = "Nieuwe sleutel gemaakt; {count} onderdelen opnieuw \
     versleuteld, en {backups} oude back-ups.";
/// On the Organisatie page when old backups still open with an old passphrase or for a
/// removed user; `{count}` is how many.
pub const VAULT_STALE_BACKUPS_LABEL: &str =
    "Oude back-ups die nog met een oude wachtwoordzin openen: {count}";
/// Button: destroy the old backups (asks for confirmation).
pub const VAULT_STALE_BACKUPS_DESTROY_BUTTON: &str = "Vernietigen\u{2026}";
/// The confirmation question before old backups are destroyed.
pub const VAULT_STALE_BACKUPS_QUESTION: &str = "De oude back-ups vernietigen? Ze zijn gemaakt \
     voor een nieuwe wachtwoordzin, een verwijderde gebruiker of een nieuwe sleutel; wie de \
     oude wachtwoordzin kent, kan ze nog openen. De huidige back-ups blijven.";
/// Button: confirm destroying the old backups.
pub const VAULT_STALE_BACKUPS_CONFIRM_BUTTON: &str = "Ja, vernietigen";
/// Message after old backups were destroyed; `{count}` is how many.
pub const VAULT_STALE_BACKUPS_DESTROYED_MESSAGE: &str = "{count} oude back-ups vernietigd.";
/// Message after a user was added.
pub const USERS_ADDED_MESSAGE: &str = "Gebruiker toegevoegd.";
/// Message after a user was removed; `{backups}` is the number of old backups re-encrypted
/// with the new key.
pub const USERS_REMOVED_MESSAGE: &str = "Gebruiker verwijderd; de sleutel van de kluis is \
     vernieuwd, en {backups} oude back-ups zijn opnieuw versleuteld.";

// The signing certificate of the vault (Organisatie page).

/// Heading of the certificate section.
pub const CERTIFICATE_HEADING: &str = "Certificaat voor ondertekenen";
/// What the certificate is for, and that it belongs to the vault.
pub const CERTIFICATE_INTRO: &str = "Met dit certificaat ondertekent het programma documenten \
     digitaal: wie het document later controleert, ziet door wie het ondertekend is en dat er \
     daarna niets aan veranderde. Het certificaat staat versleuteld in de kluis en hoort bij \
     jou: iedere gebruiker van de kluis heeft een eigen certificaat en ondertekent alleen \
     daarmee, nooit met dat van een collega.";
/// Whose certificate the section shows: `{user}` is the user who opened the vault.
pub const CERTIFICATE_FOR_USER: &str = "Certificaat van {user}, de gebruiker die de kluis \
     opende.";
/// Shown on the example: certificates live only in a vault.
pub const CERTIFICATE_ONLY_IN_VAULT: &str = "Een certificaat staat alleen in een kluis, niet in \
     het voorbeeld. Maak of open een kluis met \u{201c}Kluis maken of openen\u{201d}.";
/// Shown while the vault has no certificate.
pub const CERTIFICATE_NONE_HINT: &str = "Je hebt in deze kluis nog geen eigen certificaat. Maak \
     hieronder een persoonlijk certificaat, of zet het certificaat dat je organisatie je gaf \
     in de kluis.";
/// Row label: whose name the certificate bears.
pub const CERTIFICATE_HOLDER_LABEL: &str = "Op naam van";
/// Row label: the holder's function.
pub const CERTIFICATE_HOLDER_FUNCTION_LABEL: &str = "Functie van de houder";
/// Row label: the holder's organisation.
pub const CERTIFICATE_HOLDER_ORGANISATION_LABEL: &str = "Organisatie van de houder";
/// Row label: end of the validity period.
pub const CERTIFICATE_VALID_UNTIL_LABEL: &str = "Geldig tot en met";
/// Row label: who vouches for the name.
pub const CERTIFICATE_ISSUER_LABEL: &str = "Uitgegeven door";
/// Issuer value of a self-signed certificate.
pub const CERTIFICATE_SELF_SIGNED_MARK: &str =
    "niemand anders: een zelf gemaakt, persoonlijk certificaat";
/// Issuer value of a certificate from an issuer.
pub const CERTIFICATE_ISSUED_MARK: &str = "een uitgever van certificaten";
/// Row label: the SHA-256 fingerprint.
pub const CERTIFICATE_FINGERPRINT_LABEL: &str = "Vingerafdruk (SHA-256)";
/// Shown when the certificate's validity has ended.
pub const CERTIFICATE_EXPIRED_HINT: &str = "Dit certificaat is verlopen. Wie een document \
     controleert dat je er nu mee ondertekent, ziet een verlopen certificaat. Maak een nieuw \
     certificaat of zet een nieuw in de kluis.";
/// Heading of the form that makes a personal certificate.
pub const CERTIFICATE_CREATE_HEADING: &str = "Een persoonlijk certificaat maken";
/// What a personal certificate proves, and what not.
pub const CERTIFICATE_CREATE_HINT: &str = "Het programma maakt een sleutel en een certificaat op \
     jouw naam, drie jaar geldig. Het bewijst dat een document na het ondertekenen niet \
     veranderde; dat het echt van jou komt, bevestigt niemand anders. Heeft je organisatie \
     certificaten van een uitgever, zet het jouwe dan hieronder in de kluis.";
/// Field label: the name on the new certificate.
pub const CERTIFICATE_NEW_NAME_LABEL: &str = "Naam op het certificaat";
/// Field label: the function on the new certificate.
pub const CERTIFICATE_NEW_FUNCTION_LABEL: &str = "Functie op het certificaat";
/// Field label: the organisation on the new certificate.
pub const CERTIFICATE_NEW_ORGANISATION_LABEL: &str = "Organisatie op het certificaat";
/// Field label: the e-mail address on the new certificate.
pub const CERTIFICATE_NEW_EMAIL_LABEL: &str = "E-mailadres op het certificaat";
/// Button: make the certificate (the vault has none).
pub const CERTIFICATE_CREATE_BUTTON: &str = "Certificaat maken";
/// Button: make a new certificate in place of the vault's (asks first).
pub const CERTIFICATE_CREATE_REPLACE_BUTTON: &str =
    "Nieuw certificaat maken en het huidige vervangen\u{2026}";
/// Heading of the import form.
pub const CERTIFICATE_IMPORT_HEADING: &str =
    "Een certificaat uit een bestand (.p12 of .pfx) in de kluis zetten";
/// Field label: the certificate file.
pub const CERTIFICATE_IMPORT_FILE_LABEL: &str = "Certificaatbestand";
/// Button: choose the certificate file with the system's chooser.
pub const CERTIFICATE_IMPORT_CHOOSE_BUTTON: &str = "Certificaatbestand kiezen\u{2026}";
/// Field label: the certificate file's password (masked).
pub const CERTIFICATE_IMPORT_PASSWORD_LABEL: &str = "Wachtwoord van het certificaatbestand";
/// The file-type filter of the certificate chooser.
pub const CERTIFICATE_FILE_TYPE_LABEL: &str = "Certificaat (.p12, .pfx)";
/// Button: import the certificate (the vault has none).
pub const CERTIFICATE_IMPORT_BUTTON: &str = "Certificaat in de kluis zetten";
/// Button: import in place of the vault's certificate (asks first).
pub const CERTIFICATE_IMPORT_REPLACE_BUTTON: &str =
    "In de kluis zetten en het huidige vervangen\u{2026}";
/// The replacement question; `{name}` is the current certificate's holder.
pub const CERTIFICATE_REPLACE_QUESTION: &str = "Je hebt al een certificaat, op naam van {name}. \
     Vervangen? Documenten die er al mee ondertekend zijn, blijven geldig ondertekend; \
     nieuwe documenten krijgen het nieuwe certificaat. Wil je het huidige bewaren, maak er dan \
     eerst een reservekopie van.";
/// Button: confirm the replacement.
pub const CERTIFICATE_REPLACE_CONFIRM_BUTTON: &str = "Ja, vervangen";
/// Heading of the backup form.
pub const CERTIFICATE_BACKUP_HEADING: &str = "Een reservekopie maken";
/// What the backup holds and how to keep it.
pub const CERTIFICATE_BACKUP_HINT: &str = "De reservekopie is een .p12-bestand met het \
     certificaat en de persoonlijke sleutel, beveiligd met een wachtwoord dat je hier kiest. \
     Wie het bestand en het wachtwoord heeft, kan als jij ondertekenen: bewaar het op een \
     veilige plek en stuur het nooit per e-mail. Het logboek van de kluis noteert de \
     reservekopie.";
/// Field label: the backup file.
pub const CERTIFICATE_BACKUP_FILE_LABEL: &str = "Bestand voor de reservekopie";
/// Button: choose where the backup goes with the system's chooser.
pub const CERTIFICATE_BACKUP_CHOOSE_BUTTON: &str = "Plek voor de reservekopie kiezen\u{2026}";
/// The backup's proposed file name (no person's name in it).
pub const CERTIFICATE_BACKUP_FILE_NAME: &str = "certificaat-ondertekenen.p12";
/// Field label: the backup's password (masked).
pub const CERTIFICATE_BACKUP_PASSWORD_LABEL: &str = "Wachtwoord voor de reservekopie";
/// Field label: the backup's password again (masked).
pub const CERTIFICATE_BACKUP_PASSWORD_AGAIN_LABEL: &str =
    "Herhaal het wachtwoord voor de reservekopie";
/// Button: write the backup.
pub const CERTIFICATE_BACKUP_BUTTON: &str = "Reservekopie opslaan";
/// Message after a certificate was made.
pub const CERTIFICATE_CREATED_MESSAGE: &str = "Certificaat gemaakt en in de kluis gezet. Bij \
     het exporteren kun je nu ondertekenen.";
/// Message after a certificate was imported.
pub const CERTIFICATE_IMPORTED_MESSAGE: &str =
    "Certificaat in de kluis gezet. Bij het exporteren kun je nu ondertekenen.";
/// Message after the backup was written.
pub const CERTIFICATE_BACKUP_WRITTEN_MESSAGE: &str = "Reservekopie van het certificaat opgeslagen.";
/// Refusal when the vault got a certificate meanwhile (a colleague on the shared folder).
pub const CERTIFICATE_EXISTS_REFUSED: &str = "Je hebt intussen al een certificaat in de kluis; \
     het staat hierboven. Er is niets veranderd. Vervang het alleen bewust, met de knop die \
     het huidige vervangt.";

/// Heading of the timestamp service section (Organisatie page).
pub const TIMESTAMP_SERVICE_HEADING: &str = "Tijdstempel bij ondertekenen";
/// What the timestamp service does, and what happens when it cannot be reached.
pub const TIMESTAMP_SERVICE_HELP: &str = "Een tijdstempeldienst bevestigt wanneer een document \
     ondertekend is; zonder dienst staat alleen de tijd van deze computer in de handtekening. \
     Vul het adres in dat je organisatie gebruikt (het begint met http://); laat het leeg om \
     zonder tijdstempel te ondertekenen. Het programma stuurt de dienst alleen een \
     vingerafdruk van de handtekening, nooit het document. Is de dienst niet bereikbaar, dan \
     wordt het document toch ondertekend, zonder tijdstempel, en meldt het programma dat.";
/// Field label: the timestamp service's address.
pub const TIMESTAMP_SERVICE_LABEL: &str = "Tijdstempeldienst (adres)";

/// Export dialog, the vault has no certificate: signing comes once it has one.
pub const EXPORT_SIGN_NO_CERTIFICATE_HINT: &str =
    "Ondertekenen kan zodra je een eigen certificaat in de kluis hebt.";
/// Export dialog: the link to the certificate section.
pub const EXPORT_SIGN_SET_UP_LINK: &str = "Een certificaat maken of in de kluis zetten";

// One record per fact (#16): a signal corrected, withdrawn or approved by its source; the
// family's own word (zienswijze); requests to correct or add to the file (AVG art. 16).

/// Button under a signal: open the correction form.
pub const SIGNAL_CORRECT_BUTTON: &str = "Corrigeren";
/// Button under a signal: open the withdrawal form.
pub const SIGNAL_WITHDRAW_BUTTON: &str = "Intrekken";
/// Button under a second-hand signal: record that its source approved it.
pub const SIGNAL_APPROVE_BUTTON: &str = "Accorderen";
/// Explanation in the correction form.
pub const SIGNAL_CORRECT_HELP: &str =
    "De eerdere tekst blijft bewaard, met de datum, wie hem verving en de reden.";
/// Field: the corrected text.
pub const SIGNAL_CORRECT_TEXT_LABEL: &str = "Gecorrigeerde tekst";
/// Field: why the signal is corrected.
pub const SIGNAL_CORRECT_REASON_LABEL: &str = "Waarom corrigeer je het signaal?";
/// Button: save the correction.
pub const SIGNAL_CORRECT_SAVE_BUTTON: &str = "Correctie opslaan";
/// Explanation in the withdrawal form.
pub const SIGNAL_WITHDRAW_HELP: &str =
    "Het signaal blijft in het dossier staan, gemarkeerd als ingetrokken, met de reden.";
/// Field: why the signal is withdrawn.
pub const SIGNAL_WITHDRAW_REASON_LABEL: &str = "Waarom trek je het signaal in?";
/// Button: withdraw the signal.
pub const SIGNAL_WITHDRAW_SAVE_BUTTON: &str = "Signaal intrekken";
/// Field: who approved the second-hand information (its source).
pub const SIGNAL_APPROVE_BY_LABEL: &str = "Geaccordeerd door (de bron)";
/// Field: when it was approved.
pub const SIGNAL_APPROVE_DATE_LABEL: &str = "Geaccordeerd op";
/// Field: how it was approved.
pub const SIGNAL_APPROVE_HOW_LABEL: &str = "Hoe (mondeling, per mail, getekend verslag)";
/// Button: record the approval.
pub const SIGNAL_APPROVE_SAVE_BUTTON: &str = "Accordering vastleggen";
/// Marker of second-hand information its source has not approved yet.
pub const SIGNAL_AWAITS_APPROVAL_MARKER: &str = "nog niet geaccordeerd";
/// A withdrawn signal; `{date}`, `{who}` and `{reason}` are filled in.
pub const SIGNAL_WITHDRAWN_LINE: &str = "Ingetrokken op {date} door {who}: {reason}";
/// An approved signal; `{who}`, `{date}` and `{how}` are filled in.
pub const SIGNAL_APPROVED_LINE: &str = "Geaccordeerd door {who} op {date} ({how})";
/// Folded list of a corrected signal's earlier texts; followed by the count.
pub const SIGNAL_EARLIER_VERSIONS_HEADING: &str = "Eerdere versies";
/// Above an earlier text; `{date}`, `{who}` and `{reason}` are filled in.
pub const SIGNAL_VERSION_REPLACED_LINE: &str = "Vervangen op {date} door {who}: {reason}";
/// Message after a correction.
pub const SIGNAL_CORRECTED_MESSAGE: &str = "Signaal gecorrigeerd; de eerdere tekst is bewaard.";
/// Message after a withdrawal.
pub const SIGNAL_WITHDRAWN_MESSAGE: &str = "Signaal ingetrokken; het blijft in het dossier staan.";
/// Message after an approval.
pub const SIGNAL_APPROVED_MESSAGE: &str = "Accordering door de bron vastgelegd.";

/// Heading of the zienswijzen in stap 3; followed by the count.
pub const ZIENSWIJZEN_HEADING: &str = "Zienswijzen van de betrokkenen";
/// Explanation under the heading.
pub const ZIENSWIJZEN_HELP: &str = "Wat ouders of het kind zelf vinden, in hun eigen woorden: \
     gedateerd, met wat zij betwisten. Ze staan in het dossier, in de inzage en, als zij dat \
     willen, bij de melding.";
/// No zienswijze yet.
pub const ZIENSWIJZEN_NONE: &str = "Nog geen zienswijzen vastgelegd.";
/// Folded form: add a zienswijze.
pub const ZIENSWIJZE_ADD_HEADING: &str = "Zienswijze toevoegen";
/// Field: the person in the Betrokkenen panel whose word it is.
pub const ZIENSWIJZE_PERSON_LABEL: &str = "Zienswijze van (uit Betrokkenen)";
/// Field: whose word, in words.
pub const ZIENSWIJZE_AUTHOR_LABEL: &str = "Zienswijze van (rol of naam, bijvoorbeeld moeder)";
/// Field: when it was given.
pub const ZIENSWIJZE_DATE_LABEL: &str = "Zienswijze gegeven op";
/// Field: what it is about.
pub const ZIENSWIJZE_SUBJECT_LABEL: &str = "Waarover (een signaal, het gesprek, het besluit)";
/// Field: their view.
pub const ZIENSWIJZE_TEXT_LABEL: &str = "Hun zienswijze, in hun eigen woorden";
/// Field: what they dispute.
pub const ZIENSWIJZE_DISPUTES_LABEL: &str = "Wat betwisten zij in het dossier?";
/// Checkbox: they ask for it to go with the melding.
pub const ZIENSWIJZE_WITH_MELDING_LABEL: &str = "Zij willen dat dit met de melding meegaat";
/// Button: record the zienswijze.
pub const ZIENSWIJZE_SAVE_BUTTON: &str = "Zienswijze vastleggen";
/// In the list: what it is about.
pub const ZIENSWIJZE_SUBJECT_PREFIX: &str = "Over:";
/// In the list: what they dispute.
pub const ZIENSWIJZE_DISPUTES_PREFIX: &str = "Betwist:";
/// In the list: it goes with the melding.
pub const ZIENSWIJZE_WITH_MELDING_MARKER: &str = "gaat mee met de melding";
/// Message after a zienswijze was recorded.
pub const ZIENSWIJZE_RECORDED_MESSAGE: &str = "Zienswijze vastgelegd.";

/// Heading of the AVG art. 16 requests; followed by the count.
pub const CORRECTION_REQUESTS_HEADING: &str = "Verzoeken om correctie of aanvulling (AVG)";
/// Explanation under the heading.
pub const CORRECTION_REQUESTS_HELP: &str = "Ouders of het kind mogen vragen feiten te \
     corrigeren of aan te vullen (artikel 16 AVG). Beantwoord een verzoek binnen een maand; \
     een waarneming zelf blijft staan, hun kant komt erbij.";
/// No request yet.
pub const CORRECTION_REQUESTS_NONE: &str = "Nog geen verzoeken.";
/// Folded form: add a request.
pub const CORRECTION_REQUEST_ADD_HEADING: &str = "Verzoek toevoegen";
/// Field: the person in the Betrokkenen panel who asked.
pub const CORRECTION_REQUEST_PERSON_LABEL: &str = "Verzoek van (uit Betrokkenen)";
/// Field: who asked, in words.
pub const CORRECTION_REQUEST_BY_LABEL: &str = "Verzoek van (rol of naam, bijvoorbeeld vader)";
/// Field: when the request came in.
pub const CORRECTION_REQUEST_RECEIVED_LABEL: &str = "Verzoek ontvangen op";
/// Field: what they ask.
pub const CORRECTION_REQUEST_TEXT_LABEL: &str = "Wat vragen zij te corrigeren of aan te vullen?";
/// Button: record the request.
pub const CORRECTION_REQUEST_SAVE_BUTTON: &str = "Verzoek vastleggen";
/// Button under an open request: open the answer form.
pub const CORRECTION_REQUEST_ANSWER_BUTTON: &str = "Beantwoorden";
/// Option: the request was granted.
pub const CORRECTION_REQUEST_GRANTED_OPTION: &str = "Toegekend (geheel of deels)";
/// Option: the request was refused.
pub const CORRECTION_REQUEST_REFUSED_OPTION: &str = "Afgewezen";
/// Shown while neither option is chosen.
pub const CORRECTION_REQUEST_CHOOSE_OUTCOME: &str = "Kies eerst: toegekend of afgewezen.";
/// Field: when it was answered.
pub const CORRECTION_REQUEST_ANSWER_DATE_LABEL: &str = "Verzoek beantwoord op";
/// Field: the answer.
pub const CORRECTION_REQUEST_ANSWER_LABEL: &str = "Het antwoord (bij afwijzing met de reden)";
/// Button: record the answer.
pub const CORRECTION_REQUEST_ANSWER_SAVE_BUTTON: &str = "Antwoord op het verzoek vastleggen";
/// Marker of a request without an answer.
pub const CORRECTION_REQUEST_OPEN_MARKER: &str = "nog niet beantwoord";
/// In the list: received on.
pub const CORRECTION_REQUEST_RECEIVED_PREFIX: &str = "ontvangen op";
/// In the list: granted, followed by the date and the answer.
pub const CORRECTION_REQUEST_GRANTED_MARKER: &str = "Toegekend op";
/// In the list: refused, followed by the date and the answer.
pub const CORRECTION_REQUEST_REFUSED_MARKER: &str = "Afgewezen op";
/// Message after a request was recorded.
pub const CORRECTION_REQUEST_RECORDED_MESSAGE: &str =
    "Verzoek vastgelegd. Beantwoord het binnen een maand.";
/// Message after an answer was recorded.
pub const CORRECTION_REQUEST_ANSWERED_MESSAGE: &str = "Antwoord op het verzoek vastgelegd.";
