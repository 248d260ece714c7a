//! Words with one meaning that both the window and the documents show: yes/no, the status
//! of a dossier and of a step, month names, the labels of a person and of the dossier list.

// Dossier list.

/// Column.
pub const REFERENCE_LABEL: &str = "Kenmerk";

/// Column.
pub const TITLE_LABEL: &str = "Titel";

/// Column.
pub const STATUS_LABEL: &str = "Status";

/// Column.
pub const CURRENT_STEP_LABEL: &str = "Huidige stap";

/// Status.
pub const DOSSIER_STATUS_OPEN: &str = "open";

/// Status.
pub const DOSSIER_STATUS_CLOSED: &str = "gesloten";

// Dossier view.

/// Step status.
pub const STEP_STATUS_OPEN: &str = "open";

/// Step status.
pub const STEP_STATUS_IN_PROGRESS: &str = "bezig";

/// Step status.
pub const STEP_STATUS_COMPLETED: &str = "afgerond";

/// Prefix of the step number.
pub const STEP_PREFIX: &str = "Stap";

/// Label of the reason field.
pub const REASON_LABEL: &str = "Reden";

/// Persons heading.
pub const PERSONS_HEADING: &str = "Betrokkenen";

// Form view.

/// Yes.
pub const ANSWER_YES: &str = "Ja";

/// No.
pub const ANSWER_NO: &str = "Nee";

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

// Signals.

/// Heading.
pub const SIGNALS_HEADING: &str = "Signalen";

// Afwegingskader.

/// Heading.
pub const AFWEGINGSKADER_HEADING: &str = "Afwegingskader";

/// Label above the answer options.
pub const ANSWER_LABEL: &str = "Antwoord";

// Wizard.

/// Sector.
pub const SECTOR_LABEL: &str = "Sector";

// Follow-up: the urgent path, afspraken, requests for information, participation, the
// melding, the letter to parents and the export dialog.

/// Afspraken: heading.
pub const AFSPRAKEN_HEADING: &str = "Afspraken en veiligheidsplan";

/// The seven guidelines of the RBCZ-afwegingskader (Haxe en Janssen).
pub const VT_REQUEST_GUIDELINES: [&str; 7] = [
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

/// Request: answered; followed by the date.
pub const VT_REQUEST_ANSWERED_ON_LABEL: &str = "Beantwoord op";

/// Participation: heading.
pub const PARTICIPATION_HEADING: &str = "Participatie van het kind";

/// Melding: heading in step 5.
pub const MELDING_HEADING: &str = "Melding aan Veilig Thuis";

/// Sent: VT reference.
pub const VT_REFERENCE_LABEL: &str = "Kenmerk van Veilig Thuis";

/// Sent: follow-up.
pub const AGREED_FOLLOW_UP_LABEL: &str = "Afgesproken vervolg";

/// Letter: heading.
pub const LETTER_TO_PARENTS_TITLE: &str = "Brief aan de ouders";

/// Yes / no.
pub const ANSWER_YES_LOWERCASE: &str = "ja";

/// No.
pub const ANSWER_NO_LOWERCASE: &str = "nee";

/// Unknown.
pub const ANSWER_UNKNOWN_LOWERCASE: &str = "onbekend";

// dossier

/// Step status labels.
pub const STEP_STATUS_NOT_STARTED: &str = "nog niet gestart";

// inzage

/// Label: address.
pub const PERSON_ADDRESS_LABEL: &str = "Adres";

/// Label: phone.
pub const PERSON_PHONE_LABEL: &str = "Telefoon";

/// Label: gezag.
pub const PERSON_GEZAG_LABEL: &str = "Gezag";

/// Label: role.
pub const PERSON_ROLE_LABEL: &str = "Rol";

// Persons

/// Stand-in for a person who was removed while something still refers to them.
pub const REMOVED_PERSON: &str = "verwijderde betrokkene";

// Where a writing hint sits, in the window and on the command line.

/// Place of a hint: a signal; followed by its number (in date order).
pub const HINT_PLACE_SIGNAL: &str = "Signaal";

/// Place of a hint: a conversation record; followed by its number.
pub const HINT_PLACE_CONVERSATION: &str = "Gespreksverslag";

// Reminders, in the dossier list and in `dossier list`.

/// After a reminder's date that has passed.
pub const REMINDER_OVERDUE_LABEL: &str = "te laat";
