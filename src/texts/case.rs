//! Texts of the whole-case operations and the `step`, `consultation`, `conversation`,
//! `afweging`, `decide`, `urgent`, `vt-request`, `afspraak`, `close` and `reopen` commands.

/// A field key the form does not have.
pub const FIELD_UNKNOWN: &str = "Dit formulier heeft dit veld niet:";
/// A value of the wrong kind for a field.
pub const FIELD_WRONG_TYPE: &str = "Deze waarde past niet bij het veld (niets opgeslagen):";
/// A choice that the field does not offer.
pub const FIELD_NOT_OFFERED: &str = "Deze keuze biedt het veld niet aan (niets opgeslagen):";
/// A field that is a record of its own.
pub const FIELD_IS_RECORD: &str =
    "Dit veld is een eigen vastlegging; gebruik het genoemde commando (niets opgeslagen):";
/// A `KEY=VALUE` argument without `=`.
pub const FIELD_NO_VALUE: &str = "Schrijf een veld als SLEUTEL=WAARDE:";
/// The answers file could not be read as TOML.
pub const ANSWERS_UNREADABLE: &str = "Het antwoordenbestand is geen leesbare TOML.";
/// A step that does not exist.
pub const STEP_UNKNOWN: &str = "Kies stap 1 tot en met 5, of melding voor het meldformulier.";
/// A consultation needs a partner and an outcome.
pub const CONSULTATION_INCOMPLETE: &str = "Vul in met wie er is overlegd en wat het advies was.";
/// Skipping the conversation needs a reason from the list and an explanation.
pub const SKIP_INCOMPLETE: &str =
    "Kies een reden uit de lijst en licht toe waarom het gesprek niet is gevoerd.";
/// An urgent path needs a reason.
pub const URGENT_REASON: &str = "Noteer waarom het dossier spoed heeft.";
/// An answer of an information request that does not exist.
pub const NO_INFO_REQUEST: &str = "Dit dossier heeft geen informatieverzoek met dit nummer.";
/// An agreement that does not exist.
pub const NO_AFSPRAAK: &str = "Dit dossier heeft geen afspraak met dit nummer.";
/// A question of the afwegingskader that does not exist.
pub const NO_QUESTION: &str = "Het afwegingskader heeft deze vraag niet.";
/// A motivation is required with every afwegingskader answer and the decision.
pub const MOTIVATION_REQUIRED: &str = "Noteer de motivering.";
/// Not ja, nee or weet-niet.
pub const TRI_UNREADABLE: &str = "Antwoord ja, nee of weet-niet.";
/// `--keep-hint` names a position that is not a hint of the writing check.
pub const NO_HINT_AT: &str = "Op deze plaats in de lijst staat geen schrijfhint:";
/// `--keep-hint` is not written as NUMMER:REDEN.
pub const KEEP_HINT_FORM: &str = "Schrijf een hint om te behouden als NUMMER:REDEN.";
/// Stap 1 cannot be completed without a recorded signal.
pub const SIGNALS_NEEDED: &str = "Signalen (leg er minstens één vast)";
/// A participation actiepunt outside 1–9.
pub const PARTICIPATION_POINT: &str = "Kies een actiepunt van 1 tot en met 9.";
/// Revisiting a step that is not completed.
pub const REVISIT_NOT_DONE: &str =
    "Deze stap is nog niet afgerond; alleen een afgeronde stap kan opnieuw worden geopend.";
