//! Refusals, errors, warnings and checks from the domain, the operations layer and the vault:
//! the same sentence in the window and on the command line.

use chrono::NaiveDate;

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

// Status lines and refusals.

/// Message after a refused change on a closed dossier, and other domain refusals.
pub const CHANGE_REFUSED_DOSSIER_CLOSED: &str = "Dit dossier is gesloten. Heropen het eerst.";

/// Domain refusal.
pub const CHANGE_REFUSED_NOT_APPLICABLE: &str = "Dat kan nu niet in dit dossier.";

/// Domain refusal.
pub const REASON_MISSING: &str = "Vul eerst een reden of motivatie in.";

/// Domain refusal.
pub const DOSSIER_ITEM_UNKNOWN: &str = "Dat onderdeel bestaat niet (meer) in dit dossier.";

/// A signal number that the dossier does not have.
pub const DOSSIER_SIGNAL_UNKNOWN: &str = "Signaal {id} bestaat niet in dit dossier.";

/// A signal chosen for the letter to the parents that cannot be in it.
pub const LETTER_TO_PARENTS_SIGNAL_NOT_OFFERED: &str = "Signaal {id} kan niet in de brief aan de \
     ouders: het is ingetrokken of een contra-indicatie.";

/// A signal both put in and left out of the letter to the parents.
pub const LETTER_TO_PARENTS_SIGNAL_BOTH: &str =
    "Signaal {id} staat zowel bij --met-signaal als bij --zonder-signaal.";

/// A person number that the dossier does not have.
pub const DOSSIER_PERSON_UNKNOWN: &str =
    "Betrokkene {id} bestaat niet (meer) in dit dossier (zie de lijst van betrokkenen).";

/// No dossier is open.
pub const DOSSIER_NONE_OPEN: &str = "Er is geen dossier geopend.";

/// Step close refused: followed by the list of fields.
pub const STEP_REQUIRED_FIELDS_MISSING: &str =
    "Deze stap kan nog niet worden afgerond. Vul eerst in:";

/// The form set of a dossier is missing.
pub const FORM_SET_NOT_FOUND: &str = "De formulierenset van dit dossier is niet gevonden.";

/// Signal without text.
pub const SIGNAL_TEXT_MISSING: &str = "Beschrijf het signaal: wat zag of hoorde je?";

// Form view.

/// Own forms: the folder cannot be read; followed by the folder.
pub const OWN_FORMS_UNREADABLE: &str =
    "De map met eigen formulieren kan niet worden gelezen. Controleer de map:";

/// Own forms: errors in the files; followed by one line per error (file:line).
pub const OWN_FORMS_INVALID: &str = "De eigen formulieren bevatten fouten en zijn niet \
     gebruikt. Laat ze verbeteren (bestand:regel staat erbij) of kies een sector:";

/// Own forms: no set with the five steps in the folder.
pub const OWN_FORMS_SET_MISSING: &str = "In deze map staat geen formulierenset met de vijf \
     stappen (een map met set.toml en afwegingskader.toml):";

// Gesprek voorbereiden.

/// Conversation needs text.
pub const CONVERSATION_TEXT_MISSING: &str = "Noteer wat er gezegd is.";

// Wizard.

/// The recorded exception is not in the form set's list.
pub const CHECK_UNKNOWN_EXCEPTION: &str =
    "Kies de uitzondering op 'open melden, tenzij' uit de lijst van dit meldformulier.";

// Melding: what stands between the melding and its export.

/// Prefix: a required field is empty.
pub const MELDING_MISSING_FIELD: &str = "Verplicht veld is leeg";

/// Prefix: the checklist before sending is incomplete.
pub const MELDING_MISSING_CHECKLIST: &str = "Controlelijst";

/// Prefix: a writing-check hint is neither solved nor kept with a reason.
pub const MELDING_MISSING_HINT: &str = "Schrijfhint niet opgelost of behouden met reden";

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
pub const VAULT_READ_WRITE_FAILED: &str = "De kluis kon niet worden gelezen of geschreven. De laatste \
     opgeslagen versie is intact. Probeer het opnieuw of vraag hulp aan uw beheerder.";

// Letters after the melding.

/// The letter to parents is refused: melding under an exception.
pub const LETTER_TO_PARENTS_REFUSED_EXCEPTION: &str = "Er komt geen brief aan de ouders: de melding is \
     gedaan onder een uitzondering op 'open melden, tenzij'. Informeer het gezin pas als dat \
     zonder gevaar kan, in overleg met Veilig Thuis.";

/// The letter to parents is refused: anonymity requested.
pub const LETTER_TO_PARENTS_REFUSED_ANONYMOUS: &str = "Er komt geen brief aan de ouders: u hebt Veilig \
     Thuis gevraagd uw naam niet aan het gezin te noemen.";

// Follow-up: the urgent path, afspraken, requests for information, participation, the
// melding, the letter to parents and the export dialog.

/// Refusal: agreement incomplete.
pub const AFSPRAAK_INCOMPLETE: &str = "Vul wie, wat, de datum (dd-mm-jjjj) en de controle in.";

/// Refusal: request incomplete.
pub const VT_REQUEST_INCOMPLETE: &str = "Vul in wie het vroeg en welke vragen er zijn.";

/// Refusal: participation without how.
pub const PARTICIPATION_HOW_MISSING: &str = "Beschrijf hoe u het actiepunt uitvoerde.";

/// Refusal: sent without reference.
pub const MELDING_SENT_VT_REFERENCE_MISSING: &str = "Vul het kenmerk van Veilig Thuis in.";

/// No meldformulier in the form sets.
pub const MELDFORMULIER_NOT_FOUND: &str = "Er is geen meldformulier gevonden in de formulieren.";

/// Export: refused, followed by the list of what is missing.
pub const EXPORT_NOT_READY: &str = "Nog niet klaar om te exporteren. Eerst nodig:";

/// Export: failed.
pub const EXPORT_FAILED: &str = "Exporteren is mislukt; er is geen half bestand achtergebleven.";

/// Export: cannot open.
pub const EXPORT_OPEN_FAILED: &str =
    "Het bestand kon niet worden geopend met het standaardprogramma.";

/// Sign: no certificate.
pub const SIGNING_NO_CERTIFICATE: &str = "Ondertekenen kan nog niet: u heeft in deze kluis \
     nog geen eigen certificaat. Iedere gebruiker ondertekent met een certificaat op eigen \
     naam; dat van een collega wordt niet gebruikt. Maak er een of zet uw eigen certificaat \
     erin: in het venster op de pagina Organisatie, onder 'Certificaat voor ondertekenen', of \
     met 'meldcode cert new --vault KLUIS' of 'meldcode cert import --vault KLUIS \
     BESTAND.p12'.";

/// Sign: example.
pub const SIGNING_NOT_IN_EXAMPLE: &str =
    "In het voorbeeld wordt niet ondertekend; in uw eigen kluis kan dat met uw certificaat.";

/// Sign: certificate unreadable.
pub const SIGNING_CERTIFICATE_UNREADABLE: &str =
    "Het certificaat in de kluis kan niet worden gelezen. Zet het opnieuw in de kluis.";

/// Signature status: none.
pub const SIGNATURE_STATUS_NONE: &str = "niet ondertekend";

/// Signature status: valid; followed by the signer.
pub const SIGNATURE_STATUS_VALID_BY: &str = "geldig ondertekend door";

/// Signature status: self-signed suffix.
pub const SIGNATURE_STATUS_SELF_SIGNED_SUFFIX: &str = " (eigen certificaat)";

/// Signature status: invalid.
pub const SIGNATURE_STATUS_INVALID: &str = "handtekening ongeldig";

/// A field key the form does not have.
pub const FORM_FIELD_UNKNOWN: &str = "Dit formulier heeft dit veld niet:";

/// A value of the wrong kind for a field.
pub const FORM_FIELD_WRONG_TYPE: &str = "Deze waarde past niet bij het veld (niets opgeslagen):";

/// A choice that the field does not offer.
pub const FORM_FIELD_CHOICE_NOT_OFFERED: &str =
    "Deze keuze biedt het veld niet aan (niets opgeslagen):";

/// A field that is a record of its own.
pub const FORM_FIELD_IS_RECORD: &str =
    "Dit veld is een eigen vastlegging; gebruik het genoemde commando (niets opgeslagen):";

/// A `KEY=VALUE` argument without `=`.
pub const FORM_FIELD_ARGUMENT_WITHOUT_VALUE: &str = "Schrijf een veld als SLEUTEL=WAARDE:";

/// The answers file could not be read as TOML.
pub const ANSWERS_FILE_UNREADABLE: &str = "Het antwoordenbestand is geen leesbare TOML.";

/// A step that does not exist.
pub const STEP_UNKNOWN: &str = "Kies stap 1 tot en met 5, of melding voor het meldformulier.";

/// A consultation needs a partner and an outcome.
pub const CONSULTATION_INCOMPLETE: &str = "Vul in met wie er is overlegd en wat het advies was.";

/// Skipping the conversation needs a reason from the list and an explanation.
pub const CONVERSATION_SKIP_INCOMPLETE: &str =
    "Kies een reden uit de lijst en licht toe waarom het gesprek niet is gevoerd.";

/// An urgent path needs a reason.
pub const URGENT_REASON_MISSING: &str = "Noteer waarom het dossier spoed heeft.";

/// An answer of an information request that does not exist.
pub const VT_REQUEST_NUMBER_UNKNOWN: &str =
    "Dit dossier heeft geen informatieverzoek met dit nummer.";

/// Refusal: a guideline number outside 1–7.
pub const VT_REQUEST_GUIDELINE_UNKNOWN: &str =
    "Er zijn zeven richtlijnen: geef nummers van 1 tot en met 7.";

/// An agreement that does not exist.
pub const AFSPRAAK_NUMBER_UNKNOWN: &str = "Dit dossier heeft geen afspraak met dit nummer.";

/// A question of the afwegingskader that does not exist.
pub const AFWEGING_QUESTION_UNKNOWN: &str = "Het afwegingskader heeft deze vraag niet.";

/// A motivation is required with every afwegingskader answer and the decision.
pub const MOTIVATION_REQUIRED: &str = "Noteer de motivering.";

/// Not ja, nee or weet-niet.
pub const ANSWER_YES_NO_DONT_KNOW_UNREADABLE: &str = "Antwoord ja, nee of weet-niet.";

/// `--keep-hint` names a position that is not a hint of the writing check.
pub const HINT_NOT_AT_POSITION: &str = "Op deze plaats in de lijst staat geen schrijfhint:";

/// `--keep-hint` is not written as NUMMER:REDEN.
pub const KEEP_HINT_ARGUMENT_FORMAT: &str = "Schrijf een hint om te behouden als NUMMER:REDEN.";

/// Stap 1 cannot be completed without a recorded signal.
pub const STEP_SIGNALS_NEEDED: &str = "Signalen (leg er minstens één vast)";

/// A participation actiepunt outside 1–9.
pub const PARTICIPATION_POINT_OUT_OF_RANGE: &str = "Kies een actiepunt van 1 tot en met 9.";

/// Revisiting a step that is not completed.
pub const STEP_REVISIT_NOT_COMPLETED: &str =
    "Deze stap is nog niet afgerond; alleen een afgeronde stap kan opnieuw worden geopend.";

/// Meldnorm ground: acute onveiligheid.
pub const MELDNORM_GROUND_ACUTE_UNSAFETY: &str = "acute onveiligheid";

/// Meldnorm ground: structurele onveiligheid.
pub const MELDNORM_GROUND_STRUCTURAL_UNSAFETY: &str = "structurele onveiligheid";

/// Meldnorm ground: afweging 2 answered ja.
pub const MELDNORM_GROUND_ACUTE_OR_STRUCTURAL_UNSAFETY: &str =
    "acute en/of structurele onveiligheid (afweging 2)";

/// Meldnorm ground: disclosure.
pub const MELDNORM_GROUND_DISCLOSURE: &str = "disclosure";

/// Meldnorm ground: eergerelateerd geweld.
pub const MELDNORM_GROUND_HONOUR_RELATED_VIOLENCE: &str = "(vermoeden van) eergerelateerd geweld";

/// Reason of an urgent path opened by an answer.
pub const URGENT_REASON_FROM_ANSWER: &str =
    "Spoed: een antwoord in het dossier noemt (Veilig Thuis binnen het uur bellen)";

/// Decision refused: no eindverantwoordelijke.
pub const DECISION_NO_EINDVERANTWOORDELIJKE: &str =
    "Een besluit noemt altijd de eindverantwoordelijke die het nam. Vul de naam in.";

/// Decision refused: no motivation.
pub const DECISION_NO_MOTIVATION: &str = "Motiveer het besluit.";

/// Decision refused: against the meldnorm without motivation.
pub const DECISION_AGAINST_MELDNORM_WITHOUT_MOTIVATION: &str = "Bij acute of structurele onveiligheid en bij \
     eergerelateerd geweld geldt de meldnorm: melden. Wie daarvan afwijkt, legt schriftelijk \
     vast waarom, met de naam van de eindverantwoordelijke.";

/// Decision refused: together with VT but no employee.
pub const DECISION_NO_VT_CONTACT: &str =
    "Noteer met wie bij Veilig Thuis het besluit is genomen, en wanneer.";

/// No dossier with the id or reference given.
pub const DOSSIER_NOT_IN_VAULT: &str =
    "Er is geen dossier {dossier} in deze kluis (zie `meldcode dossier list`).";

/// The lock looks stale.
pub const LOCK_STALE_TAKE_OVER_HINT: &str = "Het slot lijkt verlaten; neem het over met \
     --take-over-stale-lock (of open de kluis opnieuw in het venster).";

/// This user's own stale lock on this computer was taken over on open (the command line).
pub const LOCK_OWN_STALE_TAKEN_OVER: &str = "Je eigen slot op deze computer was blijven staan (een \
     venster of opdracht is niet netjes afgesloten); het is overgenomen en dat staat in het logboek.";

/// A file or folder could not be written or read.
pub const FILE_READ_WRITE_FAILED: &str = "Het bestand {path} kon niet worden gelezen of geschreven; er is \
     niets half achtergebleven.";

/// The target of an export is a folder or its folder is missing.
pub const EXPORT_TARGET_INVALID: &str =
    "Kies een bestandsnaam in een bestaande map: {path} is een map of de map bestaat niet.";

/// The certificate's password is wrong.
pub const CERTIFICATE_WRONG_PASSWORD: &str =
    "Het wachtwoord van het certificaatbestand klopt niet.";

/// The vault already has a certificate.
pub const CERTIFICATE_EXISTS: &str = "U heeft in deze kluis al een certificaat om mee te \
     ondertekenen. Vervang het alleen bewust (--replace).";

/// A new certificate's name, function, organisation or e-mail address is missing or unusable.
pub const CERTIFICATE_FIELDS_INVALID: &str = "Vul voor het certificaat naam, functie, \
     organisatie en e-mailadres in, elk hoogstens 64 tekens. Het e-mailadres heeft een @ en \
     geen letters met accenten.";

/// A `.p12`/`.pfx` file holds no usable certificate with its private key.
pub const CERTIFICATE_FILE_UNUSABLE: &str = "Dit bestand kan niet als certificaat worden \
     gebruikt: het is geen .p12- of .pfx-bestand met een certificaat en de bijbehorende \
     persoonlijke sleutel (RSA of ECDSA P-256).";

/// A file to be written exists already.
pub const FILE_EXISTS: &str = "Het bestand {path} bestaat al. Kies een andere naam; het \
     bestaande bestand blijft zoals het is.";

/// An empty password for a certificate file.
pub const CERTIFICATE_EMPTY_PASSWORD: &str = "Kies een wachtwoord voor het certificaatbestand.";

/// No request for information to answer.
pub const VT_REQUEST_NONE: &str = "Dit dossier heeft geen verzoek om informatie van Veilig Thuis.";

/// A date with a two-digit year.
pub const DATE_TWO_DIGIT_YEAR: &str =
    "Schrijf het jaar voluit, met vier cijfers: bijvoorbeeld 02-11-2026 in plaats van 02-11-26.";

/// A date that cannot be read.
pub const DATE_UNREADABLE: &str = "Typ de datum als dd-mm-jjjj (bijvoorbeeld 02-11-2026), \
     jjjj-mm-dd of \u{2018}vandaag\u{2019}.";

/// A date-time that cannot be read.
pub const DATE_TIME_UNREADABLE: &str =
    "Typ datum en tijd als dd-mm-jjjj uu:mm, bijvoorbeeld 02-11-2026 08:40.";

/// A date after today where only the past fits.
pub const DATE_IN_FUTURE: &str = "Deze datum ligt na vandaag; vul de datum in waarop het gebeurde.";

/// A date too long ago.
pub const DATE_TOO_OLD: &str = "Deze datum ligt meer dan 20 jaar terug; controleer het jaar.";

/// A birth date out of range.
pub const DATE_BIRTH_OUT_OF_RANGE: &str = "Een geboortedatum ligt tussen 1900 en vandaag.";

/// An agreement date too far ahead.
pub const DATE_TOO_FAR_AHEAD: &str =
    "Deze datum ligt meer dan 5 jaar vooruit; controleer het jaar.";

// Persons

/// Field name: first names.
pub const PERSON_FIELD_FIRST_NAMES: &str = "voornamen";

/// Field name: roepnaam.
pub const PERSON_FIELD_ROEPNAAM: &str = "roepnaam";

/// Field name: tussenvoegsel.
pub const PERSON_FIELD_TUSSENVOEGSEL: &str = "tussenvoegsel";

/// Field name: family name.
pub const PERSON_FIELD_FAMILY_NAME: &str = "achternaam";

/// Field name: alias.
pub const PERSON_FIELD_ALIAS: &str = "andere schrijfwijze";

/// A name field holds digits, control characters or is too long.
pub fn person_name_invalid(field: &str) -> String {
    format!(
        "Het veld '{field}' mag alleen een naam bevatten: letters, spaties, streepjes en \
         apostrofs, hoogstens 100 tekens."
    )
}

/// A blank alias.
pub const PERSON_BLANK_ALIAS: &str = "Een andere schrijfwijze van de naam mag niet leeg zijn.";

/// A tussenvoegsel without a family name.
pub const PERSON_TUSSENVOEGSEL_ALONE: &str =
    "Een tussenvoegsel hoort bij een achternaam: vul ook de achternaam in.";

/// The birth date lies outside 1900..today.
pub fn person_birth_date_out_of_range(d: NaiveDate) -> String {
    format!(
        "De geboortedatum {} kan niet: kies een datum tussen 01-01-1900 en vandaag.",
        d.format("%d-%m-%Y")
    )
}

/// A reference: the subject of the dossier.
pub const PERSON_REFERENCE_SUBJECT: &str = "het dossier gaat over deze persoon";

/// A reference: the source of a signal.
pub fn person_reference_signal(id: u32) -> String {
    format!("signaal {id} (bron)")
}

/// A reference: a participant in a conversation.
pub fn person_reference_conversation(id: u32) -> String {
    format!("gesprek {id} (gesprekspartner)")
}

/// A reference: a field of a step's form.
pub fn person_reference_step_field(step: u8, field: &str) -> String {
    format!("stap {step}, veld '{field}'")
}

/// A reference: a field of the meldformulier.
pub fn person_reference_melding_field(field: &str) -> String {
    format!("meldformulier, veld '{field}'")
}

/// A person is referred to; the user must choose what happens to the references.
pub fn person_still_referenced(refs: &[String]) -> String {
    format!(
        "Deze betrokkene wordt nog genoemd in: {}. Kies wat er met die verwijzingen gebeurt: \
         laten staan als 'verwijderde betrokkene', of overzetten naar een andere betrokkene.",
        refs.join("; ")
    )
}

// Organisation profile

/// Defines a profile field's Dutch name and the message for a document that needs it.
/// The letter to the parents needs a parent with gezag.
pub const LETTER_TO_PARENTS_NO_PARENT_WITH_GEZAG: &str = "In het dossier staat geen ouder of verzorger met gezag \
     (gezag: ja). Vul dit aan bij Betrokkenen en maak de brief opnieuw.";

/// A bewaartermijn outside 1..=100 years.
pub const PROFILE_RETENTION_PERIOD_OUT_OF_RANGE: &str =
    "De bewaartermijn moet tussen 1 en 100 jaar liggen.";

/// A timestamp service address that is not `http://HOST…`.
pub const PROFILE_TIMESTAMP_SERVICE_INVALID: &str = "De tijdstempeldienst moet een adres zijn \
     dat met http:// begint, bijvoorbeeld http://tijdstempel.example.nl/tsa. Laat het veld \
     leeg om zonder tijdstempel te ondertekenen.";

/// Signing went on without the timestamp the organisation asked for; `{url}` is the service,
/// `{reason}` why it gave none.
pub const TIMESTAMP_FAILED_SIGNED_WITHOUT: &str = "Let op: de tijdstempeldienst {url} gaf geen \
     tijdstempel ({reason}). Het document is wel ondertekend, maar zonder tijdstempel: de tijd \
     in de handtekening is alleen die van deze computer. Exporteer opnieuw zodra de dienst \
     bereikbaar is als u de tijd wilt laten bevestigen.";

/// An unknown Veilig Thuis region.
pub fn unknown_vt_region(name: &str) -> String {
    format!("'{name}' is geen bekende Veilig Thuis-regio. Kies een regio uit de lijst.")
}

// Anonymisation

/// The summary still holds words that may be names; the user must confirm them.
pub fn anonymisation_doubtful_words(words: &[String]) -> String {
    format!(
        "De samenvatting bevat nog woorden die een naam kunnen zijn: {}. Geef per woord aan of \
         het een naam is (wordt vervangen) of een gewoon woord (blijft staan); pas daarna kan \
         de samenvatting worden gedeeld.",
        words.join(", ")
    )
}

/// The file asks for more key-derivation work than allowed; `{m}` (MiB), `{t}`, `{p}`.
pub const VAULT_KEY_DERIVATION_OUT_OF_BOUNDS: &str = "Dit kluisbestand vraagt een sleutelberekening die te \
     zwaar is ({m} MiB geheugen, {t} rondes, {p} parallelle banen; toegestaan is hoogstens \
     4096 MiB, 64 rondes en 16 banen). Zo'n bestand maakt Meldcode Dossier niet: het is \
     gewijzigd of komt van elders. Er is niets geopend of veranderd.";

/// The database holds objects a vault never has (trigger, view, extra table or index).
pub const VAULT_UNEXPECTED_SCHEMA: &str = "Het kluisbestand bevat onderdelen die een kluis nooit \
     heeft (bijvoorbeeld een trigger of een view). Iemand heeft het bestand buiten Meldcode \
     Dossier om gewijzigd. Het wordt niet geopend, zodat er niets verloren gaat. Open een \
     reservekopie en meld dit aan uw beheerder.";

/// The vault's tables differ from its sealed state; a detail sentence follows.
pub const VAULT_TAMPERED: &str = "Het kluisbestand is buiten Meldcode Dossier om gewijzigd en wordt \
     daarom niet geopend, zodat er niets verloren gaat. Open de nieuwste reservekopie en meld \
     dit aan uw beheerder.";

/// Tampering: the sealed state itself.
pub const VAULT_TAMPERED_SEALED_STATE: &str = "De verzegelde inhoudsopgave van de kluis ontbreekt of hoort \
     niet bij deze kluis.";

/// Tampering: a counter or reference number.
pub const VAULT_TAMPERED_HEADER: &str = "Een teller of dossiernummer in het bestand is veranderd.";

/// Tampering: a dossier is gone; `{id}`.
pub const VAULT_TAMPERED_DOSSIER_MISSING: &str = "Dossier {id} is uit het bestand verwijderd.";

/// Tampering: a dossier was added; `{id}`.
pub const VAULT_TAMPERED_DOSSIER_ADDED: &str =
    "Dossier {id} is buiten het programma om toegevoegd.";

/// Tampering: a dossier holds an older version; `{id}`.
pub const VAULT_TAMPERED_DOSSIER_OLD: &str = "Dossier {id} is teruggezet naar een oudere versie.";

/// Tampering: a dossier row is not this vault's; `{id}`.
pub const VAULT_TAMPERED_DOSSIER_REPLACED: &str = "Dossier {id} is vervangen door een versie die \
     deze kluis niet heeft geschreven.";

/// Tampering: a record (profile, secret, audit head).
pub const VAULT_TAMPERED_RECORD: &str = "Een gegeven van de kluis (profiel, sleutel of logboek) is \
     vervangen, toegevoegd of verwijderd.";

/// Tampering: the audit log.
pub const VAULT_TAMPERED_AUDIT_LOG: &str = "Het logboek is ingekort, aangevuld of teruggezet.";

/// Tampering: the key slots.
pub const VAULT_TAMPERED_KEY_SLOTS: &str = "De toegang van de gebruikers (sleutels) is buiten het \
     programma om veranderd.";

/// No user by that name.
pub const VAULT_USER_UNKNOWN: &str = "Deze kluis heeft geen gebruiker met die naam. Controleer de \
     naam, of laat u toevoegen door de aandachtsfunctionaris.";

/// User exists.
pub const VAULT_USER_EXISTS: &str = "Deze kluis heeft al een gebruiker met die naam. Kies een \
     andere naam, bijvoorbeeld met een achternaam erbij.";

/// Cannot remove oneself.
pub const VAULT_CANNOT_REMOVE_SELF: &str = "U kunt uzelf niet uit de kluis verwijderen. Vraag een \
     andere gebruiker om dat te doen.";

/// Passphrase policy: empty.
pub const PASSPHRASE_EMPTY: &str = "Kies een wachtwoord; een lege kluis-sleutel beschermt niets.";

/// Passphrase policy: too short; `{n}` and `{min}`.
pub const PASSPHRASE_TOO_SHORT: &str = "Het wachtwoord heeft {n} tekens; er zijn er minstens {min} \
     nodig. Een zin van vier of vijf losse woorden is lang genoeg en goed te onthouden.";

/// Passphrase policy: a well-known password.
pub const PASSPHRASE_COMMON: &str = "Dit wachtwoord staat in de lijsten die inbrekers als eerste \
     proberen. Kies iets dat niemand kan raden, bijvoorbeeld vier of vijf losse woorden.";

/// Passphrase policy: predictable.
pub const PASSPHRASE_PREDICTABLE: &str = "Dit wachtwoord is te voorspelbaar (herhalingen, reeksen \
     zoals abc of 123, of bekende woorden). Kies bijvoorbeeld vier of vijf losse woorden \
     die niet bij elkaar horen.";

/// The vault opened is older than one seen before; `{seen}` and `{vault}` are dates.
pub const VAULT_OLDER_THAN_SEEN: &str = "Let op: deze kluis is ouder dan de versie die op deze \
     computer al eens is geopend (die was van {seen}; deze is van {vault}). Mogelijk is het \
     bestand vervangen door een oude kopie en ontbreekt wat sindsdien is vastgelegd. Zoek de \
     nieuwste versie of reservekopie voordat u verder werkt, en meld dit aan uw beheerder.";

/// A role that is not one of the known ones.
pub const PERSON_ROLE_NOT_RECOGNISED: &str = "Onbekende rol. Kies uit: kind, broer-zus, moeder, vader, \
     stiefouder, pleegouder, partner, client, andere-volwassene, vermoedelijke-pleger.";

/// A gender that is not one of the known ones.
pub const PERSON_GENDER_NOT_RECOGNISED: &str =
    "Onbekend geslacht. Kies uit: onbekend, vrouw, man, anders.";

/// Gezag must be ja, nee or onbekend.
pub const PERSON_GEZAG_NOT_RECOGNISED: &str = "Gezag is ja, nee of onbekend.";

/// A new dossier needs a title.
pub const DOSSIER_TITLE_EMPTY: &str =
    "Geef het dossier een neutrale titel (zonder namen: die staat in lijsten).";

/// A person needs a first name or a roepnaam.
pub const PERSON_NAME_MISSING: &str = "Geef de betrokkene minstens een voornaam of roepnaam.";

/// A new person needs a role.
pub const PERSON_ROLE_MISSING: &str = "Geef de rol van de betrokkene (--role).";

/// No person with this id in the dossier.
pub const PERSON_NOT_IN_DOSSIER: &str =
    "Deze betrokkene staat niet in het dossier (zie `meldcode person list`).";

/// A profile field that `org set` does not know.
pub const PROFILE_FIELD_NOT_RECOGNISED: &str = "Onbekend veld van het organisatieprofiel. Velden: naam, plaats, \
     sector, eindverantwoordelijke, eindverantwoordelijke-functie, aandachtsfunctionaris, \
     aandachtsfunctionaris-functie, veilig-thuis-regio, veilig-thuis-telefoon, \
     veilig-thuis-email, veilig-thuis-adres, beveiligde-mail, klachtenregeling, bewaartermijn.";

/// A field argument without `=`.
pub const PROFILE_FIELD_ARGUMENT_FORMAT: &str =
    "Schrijf een veld als SLEUTEL=WAARDE, bijvoorbeeld naam=\"De Linde\".";

/// Only the eindverantwoordelijke or the aandachtsfunctionaris manages users.
pub const USERS_NOT_ALLOWED: &str = "Alleen de eindverantwoordelijke of de \
     aandachtsfunctionaris (zoals het organisatieprofiel hen noemt, zie `meldcode org show`) \
     mag gebruikers toevoegen of verwijderen.";

/// Users exist only in a vault.
pub const USERS_WITHOUT_VAULT: &str =
    "Gebruikers bestaan alleen in een kluis, niet in het voorbeeld.";

/// Renewing the vault's key is refused: not the eindverantwoordelijke or the
/// `vault rekey` done: `{done}` of `{total}` parts re-encrypted under the new data key.
pub const VAULT_REKEY_DONE: &str =
    "Nieuwe sleutel gemaakt: {done} van {total} onderdelen opnieuw versleuteld.";

/// `vault accept-older` with no warning to accept.
pub const VAULT_ACCEPT_OLDER_NOTHING: &str = "Geen waarschuwing: er is niets te accepteren.";

/// `vault accept-older` done.
pub const VAULT_ACCEPT_OLDER_DONE: &str = "Deze versie van de kluis geldt nu als de huidige.";

/// aandachtsfunctionaris.
pub const VAULT_REKEY_NOT_ALLOWED: &str = "Alleen de eindverantwoordelijke of de \
     aandachtsfunctionaris (zoals het organisatieprofiel hen noemt, zie `meldcode org show`) \
     mag een nieuwe sleutel voor de kluis maken.";

/// Destroying old backups is refused: not the eindverantwoordelijke or the
/// aandachtsfunctionaris.
pub const VAULT_BACKUPS_DESTROY_NOT_ALLOWED: &str = "Alleen de eindverantwoordelijke of de \
     aandachtsfunctionaris (zoals het organisatieprofiel hen noemt, zie `meldcode org show`) \
     mag oude back-ups vernietigen.";

/// Destroying old backups is asked of the example.
pub const VAULT_BACKUPS_WITHOUT_VAULT: &str =
    "Back-ups bestaan alleen voor een kluis, niet voor het voorbeeld.";

/// Renewing the key is asked of the example.
pub const VAULT_REKEY_WITHOUT_VAULT: &str =
    "Een nieuwe sleutel bestaat alleen voor een kluis, niet voor het voorbeeld.";

/// The export of the anonymised summary is refused while doubtful words are unconfirmed.
pub const ANONYMISATION_CONFIRM_HINT: &str = "Bevestig elk woord met --confirm-name WOORD (het is een naam: \
     wordt vervangen) of --confirm-word WOORD (een gewoon woord: blijft staan).";

/// Heading of the replaced words.
pub const ANONYMISATION_REPLACED_HEADING: &str = "Vervangen in de anonieme samenvatting:";

/// Heading of the doubtful words.
pub const ANONYMISATION_DOUBTFUL_HEADING: &str = "Twijfelachtige woorden (nog niet bevestigd):";

/// `vault init` without the user's name.
pub const VAULT_USER_NAME_REQUIRED: &str =
    "Geef uw naam (--name): de kluis en het auditlog noemen u bij naam.";

// Organisation profile fields

/// Defines a profile field's Dutch name and the message for a document that needs it.
macro_rules! profile_field {
    ($(#[$doc:meta] $name:ident, $missing:ident, $label:literal;)*) => {$(
        #[$doc]
        pub const $name: &str = $label;
        /// A document needs this field and the profile lacks it.
        pub const $missing: &str = concat!(
            "In het organisatieprofiel ontbreekt: ",
            $label,
            ". Vul dit in bij Organisatie (of met 'meldcode org set') en maak het document \
             opnieuw."
        );
    )*};
}

profile_field! {
    /// Profile field: organisation name.
    PROFILE_FIELD_ORGANISATION_NAME, PROFILE_MISSING_ORGANISATION_NAME, "naam van de organisatie";
    /// Profile field: place.
    PROFILE_FIELD_ORGANISATION_PLACE, PROFILE_MISSING_ORGANISATION_PLACE, "plaats van de organisatie";
    /// Profile field: sector.
    PROFILE_FIELD_SECTOR, PROFILE_MISSING_SECTOR, "sector (formulierenset)";
    /// Profile field: eindverantwoordelijke name.
    PROFILE_FIELD_EINDVERANTWOORDELIJKE_NAME, PROFILE_MISSING_EINDVERANTWOORDELIJKE_NAME, "naam van de eindverantwoordelijke";
    /// Profile field: eindverantwoordelijke function.
    PROFILE_FIELD_EINDVERANTWOORDELIJKE_FUNCTION, PROFILE_MISSING_EINDVERANTWOORDELIJKE_FUNCTION,
        "functie van de eindverantwoordelijke";
    /// Profile field: aandachtsfunctionaris.
    PROFILE_FIELD_AANDACHTSFUNCTIONARIS_NAME, PROFILE_MISSING_AANDACHTSFUNCTIONARIS_NAME, "naam van de aandachtsfunctionaris";
    /// Profile field: Veilig Thuis region.
    PROFILE_FIELD_VT_REGION, PROFILE_MISSING_VT_REGION, "Veilig Thuis-regio";
    /// Profile field: Veilig Thuis phone.
    PROFILE_FIELD_VT_PHONE, PROFILE_MISSING_VT_PHONE, "telefoonnummer van Veilig Thuis";
    /// Profile field: secure mail channel.
    PROFILE_FIELD_SECURE_MAIL, PROFILE_MISSING_SECURE_MAIL, "beveiligd mailkanaal";
    /// Profile field: klachtenregeling.
    PROFILE_FIELD_COMPLAINTS_PROCEDURE, PROFILE_MISSING_COMPLAINTS_PROCEDURE, "klachtenregeling";
    /// Profile field: bewaartermijn.
    PROFILE_FIELD_RETENTION_PERIOD, PROFILE_MISSING_RETENTION_PERIOD, "bewaartermijn";
    /// Profile field: the user's name.
    PROFILE_FIELD_USER_NAME, PROFILE_MISSING_USER_NAME, "naam van de gebruiker";
}

/// Refusal: a new user without a name.
pub const USERS_NEW_NAME_MISSING: &str =
    "Vul de naam van de nieuwe gebruiker in, zoals de geschiedenis en het logboek die tonen.";

/// After a re-key that succeeded, when the old backups could not follow; before the reason.
pub const BACKUPS_REENCRYPT_FAILED: &str = "De kluis heeft de nieuwe sleutel, maar de oude \
     back-ups konden niet opnieuw worden versleuteld; ze openen nog met de oude sleutel. \
     Vernietig ze (Organisatie, of `meldcode vault backups --destroy`). Reden:";
