//! Fixed text of the documents: the dossier, the consultation summary, the inzage copy, the
//! protocol, signatures and the anonymisation's placeholders.

// Stap 2: recording a consultation.

/// Alternative text of an empty signature field in a PDF: "Veld voor de digitale
/// handtekening: {role}".
pub const SIGNATURE_FIELD_ALT_TEXT: &str = "Veld voor de digitale handtekening:";

/// The field name of a signature field in a PDF ("Handtekening 1").
pub const SIGNATURE_FIELD_NAME: &str = "Handtekening";

// Follow-up: the urgent path, afspraken, requests for information, participation, the
// melding, the letter to parents and the export dialog.

/// Visible signature: first line; followed by the signer.
pub const SIGNATURE_SIGNED_BY: &str = "Digitaal ondertekend door";

/// "Pagina X van Y" (the exporter fills in the numbers).
pub const FOOTER_PAGE: &str = "Pagina";

/// "van" in "Pagina X van Y".
pub const FOOTER_PAGE_OF: &str = "van";

/// Footer prefix when a document is confidential.
pub const CONFIDENTIAL_MARK: &str = "Vertrouwelijk";

// dossier

/// Title prefix of the full dossier.
pub const DOSSIER_TITLE: &str = "Dossier meldcode";

/// Subject of the full dossier.
pub const DOSSIER_SUBJECT: &str =
    "Volledig dossier meldcode huiselijk geweld en kindermishandeling";

/// Heading: the steps.
pub const STEPS_HEADING: &str = "Stappen";

/// Heading: consultations.
pub const CONSULTATIONS_HEADING: &str = "Consultaties";

/// Heading: conversations.
pub const CONVERSATIONS_HEADING: &str = "Gesprekken";

/// Heading: decisions.
pub const DECISIONS_HEADING: &str = "Besluiten";

/// Heading: kept lint hints.
pub const KEPT_HINTS_HEADING: &str = "Behouden schrijfhints";

/// Heading: client statements.
pub const CLIENT_STATEMENTS_HEADING: &str = "Verklaringen van de cliënt";

/// Heading: history.
pub const HISTORY_HEADING: &str = "Geschiedenis";

/// Heading: the history appendix of the dossier document.
pub const HISTORY_APPENDIX_HEADING: &str = "Bijlage: verloop van het dossier";

/// The history appendix: what it holds and where every single change is.
pub const HISTORY_APPENDIX_INTRODUCTION: &str = "Wie deed wat, wanneer: één regel per \
     gebeurtenis. Opeenvolgende wijzigingen van dezelfde persoon op dezelfde dag in de velden van \
     één formulier, of in de antwoorden op het afwegingskader, staan samen op één regel, met het \
     tijdstip van de laatste; de kolom Nr. noemt de wijzigingen die de regel samenvat. Elke \
     wijziging afzonderlijk staat in de geschiedenis van het dossier in het programma en in het \
     document ‘Inzage in uw gegevens’.";

/// Heading: signature.
pub const SIGNATURE_HEADING: &str = "Ondertekening";

/// Label: organisation.
pub const ORGANISATION_LABEL: &str = "Organisatie";

/// Label: created by.
pub const CREATED_BY_LABEL: &str = "Aangemaakt door";

/// Label: created on.
pub const CREATED_ON_LABEL: &str = "Aangemaakt op";

/// Label: exported on.
pub const DOCUMENT_MADE_ON_LABEL: &str = "Document gemaakt op";

/// Label: revisits.
pub const STEP_REOPENED_LABEL: &str = "Heropend";

/// Label: no answers yet.
pub const AFWEGINGSKADER_NO_ANSWERS: &str = "Nog geen antwoorden vastgelegd.";

/// Person table header.
pub const PERSONS_TABLE_COLUMNS: [&str; 5] =
    ["Rol", "Naam", "Geboortedatum", "Gezag", "Adres en contact"];

/// Signal table header.
pub const SIGNALS_TABLE_COLUMNS: [&str; 5] =
    ["Nr.", "Datum", "Waargenomen door, bron", "Hand", "Feiten"];

/// Consultation table header.
pub const CONSULTATIONS_TABLE_COLUMNS: [&str; 5] =
    ["Datum", "Soort", "Met wie", "Vraag", "Uitkomst"];

/// Afweging table header.
pub const AFWEGINGSKADER_TABLE_COLUMNS: [&str; 4] = ["Vraag", "Antwoord", "Motivering", "Door"];

/// Decision table header.
pub const DECISIONS_TABLE_COLUMNS: [&str; 5] =
    ["Datum", "Melden", "Hulp", "Motivering", "Besloten door"];

/// Kept hint table header.
pub const KEPT_HINTS_TABLE_COLUMNS: [&str; 4] = ["Plaats", "Regel", "Woorden", "Reden"];

/// History table header.
pub const HISTORY_TABLE_COLUMNS: [&str; 4] = ["Nr.", "Moment", "Door", "Wijziging"];

/// Label: contra-indication.
pub const SIGNAL_CONTRA_INDICATION: &str = "contra-indicatie";

/// Label: confirmed by informant.
pub const SIGNAL_CONFIRMED_BY_INFORMANT: &str = "geaccordeerd door informant";

/// Label: not confirmed by informant.
pub const SIGNAL_NOT_CONFIRMED_BY_INFORMANT: &str = "niet geaccordeerd door informant";

/// Label: source.
pub const SIGNAL_SOURCE_WORD: &str = "bron";

/// Conversation labels.
pub const CONVERSATION_WITH_LABEL: &str = "Met";

/// Held by.
pub const CONVERSATION_HELD_BY_LABEL: &str = "Gevoerd door";

/// What was said.
pub const CONVERSATION_DISCUSSED_LABEL: &str = "Wat is besproken";

/// Reaction.
pub const CONVERSATION_REACTION_LABEL: &str = "Reactie";

/// Date.
pub const DATE_LABEL: &str = "Datum";

/// Skipped conversation.
pub const CONVERSATION_NOT_HELD_LABEL: &str = "Gesprek niet gevoerd";

/// Explanation.
pub const CONVERSATION_NOT_HELD_EXPLANATION_LABEL: &str = "Toelichting";

/// Catch-up date.
pub const CONVERSATION_CATCH_UP_ON_LABEL: &str = "Wordt ingehaald op";

/// Veilig Thuis joint answer.
pub const TOGETHER_WITH_VT: &str = "samen met Veilig Thuis";

// follow-up

// signature

/// Reason written into a digital signature made on export.
pub const SIGNATURE_REASON: &str = "Voor akkoord ondertekend";

/// Signature role: the eindverantwoordelijke.
pub const EINDVERANTWOORDELIJKE_LABEL: &str = "Eindverantwoordelijke";

/// Signature role: the author of a dossier.
pub const SIGNATURE_ROLE_AUTHOR: &str = "Opgesteld door";

/// Signature labels.
pub const NAME_LABEL: &str = "Naam";

/// Function.
pub const SIGNATURE_FUNCTION_LABEL: &str = "Functie";

/// Place and date.
pub const SIGNATURE_PLACE_AND_DATE_LABEL: &str = "Plaats en datum";

/// Signature line.
pub const SIGNATURE_LINE_LABEL: &str = "Handtekening";

// consultatie

/// Title of the anonymised summary.
pub const CONSULTATION_SUMMARY_TITLE: &str = "Samenvatting voor collegiale consultatie";

/// Subject.
pub const CONSULTATION_SUMMARY_SUBJECT: &str =
    "Geanonimiseerde samenvatting voor collegiale consultatie";

/// Note at the top.
pub const CONSULTATION_SUMMARY_NOTE: &str = "Deze samenvatting is geanonimiseerd: namen zijn vervangen door rollen; \
     geboortedata, adressen, postcodes, telefoonnummers, e-mailadressen, BSN-nummers en namen van \
     scholen en straten zijn weggelaten. Deel haar alleen voor collegiale consultatie of anoniem \
     advies.";

/// Heading: situation.
pub const CONSULTATION_SUMMARY_SITUATION_HEADING: &str = "Situatie";

/// Heading: the facts.
pub const CONSULTATION_SUMMARY_FACTS_HEADING: &str = "Feiten en signalen";

/// Heading: what has happened so far.
pub const CONSULTATION_SUMMARY_COURSE_HEADING: &str = "Verloop tot nu toe";

/// Heading: open questions.
pub const CONSULTATION_SUMMARY_OPEN_QUESTIONS_HEADING: &str = "Open vragen";

/// "Gesprek" in the course of events.
pub const CONVERSATION_PREFIX: &str = "Gesprek";

/// Facts table header of the summary.
pub const FACTS_TABLE_COLUMNS: [&str; 4] = ["Datum", "Waargenomen door", "Hand", "Feiten"];

/// Label: involved (roles).
pub const CONSULTATION_SUMMARY_PERSONS_LABEL: &str = "Betrokkenen";

/// Label: age.
pub const AGE_WORD: &str = "leeftijd";

/// Years.
pub const YEARS_WORD: &str = "jaar";

/// Open question when the afweging is unanswered.
pub const CONSULTATION_SUMMARY_AFWEGING_QUESTION_OPEN: &str = "Afwegingsvraag nog niet beantwoord";

/// Open question: next step.
pub const CONSULTATION_SUMMARY_NEXT_STEP_QUESTION: &str = "Wat is de volgende stap in";

/// Open question: consultation question.
pub const CONSULTATION_SUMMARY_CONSULTATION_QUESTION: &str = "Vraag uit de consultatie";

/// Placeholder for removed data.
pub const PLACEHOLDER_ADDRESS: &str = "[adres]";

/// Placeholder: postcode.
pub const PLACEHOLDER_POSTCODE: &str = "[postcode]";

/// Placeholder: phone.
pub const PLACEHOLDER_PHONE_NUMBER: &str = "[telefoonnummer]";

/// Placeholder: e-mail.
pub const PLACEHOLDER_EMAIL_ADDRESS: &str = "[e-mailadres]";

/// Placeholder: BSN.
pub const PLACEHOLDER_CITIZEN_SERVICE_NUMBER: &str = "[nummer]";

/// Placeholder: birth date.
pub const PLACEHOLDER_BIRTH_DATE: &str = "[geboortedatum]";

/// Placeholder: school or organisation.
pub const PLACEHOLDER_SCHOOL_OR_ORGANISATION: &str = "[school/organisatie]";

/// Placeholder: place.
pub const PLACEHOLDER_PLACE_OF_RESIDENCE: &str = "[woonplaats]";

/// Placeholder: a family name shared by several persons.
pub const PLACEHOLDER_FAMILY_NAME: &str = "[achternaam]";

/// Placeholder: a colleague's name.
pub const PLACEHOLDER_COLLEAGUE: &str = "[collega]";

// inzage

/// Title.
pub const DATA_ACCESS_TITLE: &str = "Inzage in uw gegevens";

/// Subject.
pub const DATA_ACCESS_SUBJECT: &str = "Inzage op grond van artikel 15 AVG";

/// Intro.
pub const DATA_ACCESS_INTRODUCTION: &str = "U heeft gevraagd welke gegevens wij over u vastleggen. Op grond van \
     artikel 15 van de Algemene verordening gegevensbescherming (AVG) ontvangt u hierbij een \
     overzicht van de persoonsgegevens die wij in het kader van de Meldcode huiselijk geweld en \
     kindermishandeling over u verwerken, met de doelen, de ontvangers, de bewaartermijn en uw \
     rechten.";

/// Heading: your data.
pub const DATA_ACCESS_YOUR_DATA_HEADING: &str = "Uw gegevens";

/// Heading: what we recorded.
pub const DATA_ACCESS_RECORDED_HEADING: &str = "Wat wij hebben vastgelegd";

/// Heading: purposes.
pub const DATA_ACCESS_PURPOSES_HEADING: &str = "Doelen van de verwerking";

/// Purposes.
pub const DATA_ACCESS_PURPOSES: [&str; 3] = [
    "Het volgen van de stappen van de Meldcode huiselijk geweld en kindermishandeling (Wet \
     verplichte meldcode) om de veiligheid van het kind of de betrokkene te beschermen.",
    "Het organiseren van passende hulp en, waar de afweging daartoe leidt, het doen van een melding \
     bij Veilig Thuis (artikel 5.2.6 Wmo 2015).",
    "Het kunnen verantwoorden welke signalen er waren, wie wat heeft besloten, wanneer en waarom.",
];

/// Heading: recipients.
pub const DATA_ACCESS_RECIPIENTS_HEADING: &str = "Ontvangers";

/// Recipients intro.
pub const DATA_ACCESS_RECIPIENTS_INTRODUCTION: &str = "Uw gegevens zijn alleen toegankelijk voor de medewerkers van de \
     organisatie die bij de stappen van de meldcode betrokken zijn. Gegevens kunnen worden verstrekt aan:";

/// Heading: retention.
pub const DATA_ACCESS_RETENTION_HEADING: &str = "Bewaartermijn";

/// Retention text (years filled in).
pub const DATA_ACCESS_RETENTION_BEFORE_YEARS: &str = "Wij bewaren het dossier tot";

/// Retention text after the number.
pub const DATA_ACCESS_RETENTION_AFTER_YEARS: &str = "jaar nadat het is afgesloten. Daarna worden de gegevens \
     definitief verwijderd.";

/// Retention text after the number, in zorg (WGBO art. 7:454 lid 3).
pub const DATA_ACCESS_RETENTION_AFTER_YEARS_LAST_CHANGE: &str = "jaar na de laatste wijziging \
     (Wet op de geneeskundige behandelingsovereenkomst). Daarna worden de gegevens definitief \
     verwijderd.";

/// Heading: rights.
pub const DATA_ACCESS_RIGHTS_HEADING: &str = "Uw rechten";

/// Rights.
pub const DATA_ACCESS_RIGHTS: [&str; 5] = [
    "U mag uw gegevens inzien en een kopie ontvangen (artikel 15 AVG).",
    "U mag vragen onjuiste gegevens te corrigeren (artikel 16 AVG); feitelijke waarnemingen van \
     medewerkers blijven staan, maar uw reactie wordt toegevoegd.",
    "U mag een eigen verklaring aan het dossier laten toevoegen.",
    "U mag vragen gegevens te verwijderen of de verwerking te beperken (artikelen 17 en 18 AVG), \
     voor zover de wet dat toelaat.",
    "U mag een klacht indienen bij de Autoriteit Persoonsgegevens.",
];

/// Heading: complaints.
pub const DATA_ACCESS_COMPLAINTS_HEADING: &str = "Klachten";

/// Heading: source of data.
pub const DATA_ACCESS_SOURCE_HEADING: &str = "Herkomst van de gegevens";

/// Source text.
pub const DATA_ACCESS_SOURCE_TEXT: &str = "De gegevens komen van medewerkers van de organisatie (eigen \
     waarnemingen) en van anderen die iets hebben verteld; bij elk signaal staat de bron.";

/// Label: relation.
pub const PERSON_RELATION_LABEL: &str = "Relatie";

/// Label: e-mail.
pub const PERSON_EMAIL_LABEL: &str = "E-mail";

/// Label: birth date.
pub const PERSON_BIRTH_DATE_LABEL: &str = "Geboortedatum";

/// Label: school/organisation.
pub const PERSON_SCHOOL_LABEL: &str = "School of organisatie";

// protocol

/// Title.
pub const PROTOCOL_TITLE: &str = "Meldcode huiselijk geweld en kindermishandeling";

/// Subject.
pub const PROTOCOL_SUBJECT: &str = "Protocol meldcode van de organisatie";

/// Heading: introduction.
pub const PROTOCOL_INTRODUCTION_HEADING: &str = "Inleiding";

/// Introduction text.
pub const PROTOCOL_INTRODUCTION_TEXT: &str = "Dit is de meldcode van onze organisatie. Zij beschrijft in vijf \
     stappen wat medewerkers doen bij signalen van huiselijk geweld of kindermishandeling, wie \
     welke stap zet en wie eindverantwoordelijk is voor de beslissing om wel of geen melding te \
     doen. Sinds januari 2019 bevat de meldcode in stap 4 en 5 een afwegingskader met vijf vragen.";

/// Heading: meldnormen.
pub const PROTOCOL_MELDNORMEN_HEADING: &str = "Meldnormen";

/// Meldnormen intro.
pub const PROTOCOL_MELDNORMEN_INTRODUCTION: &str =
    "Beroepskrachten doen een melding bij Veilig Thuis:";

/// The meldnormen.
pub const PROTOCOL_MELDNORMEN: [&str; 3] = [
    "in alle gevallen van acute onveiligheid en/of structurele onveiligheid en bij disclosure;",
    "in alle andere gevallen waarin de beroepskracht meent dat hij, gelet op zijn competenties, \
     verantwoordelijkheden en professionele grenzen, onvoldoende effectieve hulp kan bieden of \
     organiseren;",
    "wanneer een beroepskracht die hulp biedt of organiseert constateert dat de onveiligheid niet \
     stopt of zich herhaalt.",
];

/// Definitions.
pub const PROTOCOL_DEFINITIONS: [(&str, &str); 3] = [
    (
        "Acute onveiligheid",
        "Iemand is in direct fysiek gevaar; de veiligheid is de komende dagen \
      niet gegarandeerd en directe bescherming is nodig.",
    ),
    (
        "Structurele onveiligheid",
        "Er is sprake van herhaling of voortduren van onveilige \
      situaties of geweld.",
    ),
    (
        "Disclosure",
        "Een kind of volwassene vertelt uit zichzelf over huiselijk geweld of \
      kindermishandeling, met of zonder hulp te vragen.",
    ),
];

/// Heading: steps.
pub const PROTOCOL_STEPS_HEADING: &str = "De vijf stappen in onze organisatie";

/// Heading: afwegingskader.
pub const PROTOCOL_AFWEGINGSKADER_HEADING: &str = "Het afwegingskader";

/// Afwegingskader intro.
pub const PROTOCOL_AFWEGINGSKADER_INTRODUCTION: &str = "In stap 4 beantwoordt de aandachtsfunctionaris vijf \
     vragen, telkens met een motivering. Bij acute of structurele onveiligheid worden de vragen 3 \
     tot en met 5 samen met Veilig Thuis doorlopen. Bij ‘weet niet’ gaat u uit van ‘nee’.";

/// The five questions.
pub const PROTOCOL_AFWEGINGSKADER_QUESTIONS: [&str; 5] = [
    "Heb ik op basis van de stappen 1 tot en met 4 een vermoeden van (dreiging van) huiselijk \
     geweld en/of kindermishandeling? Nee: afsluiten en vastleggen. Ja: verder met vraag 2.",
    "Schat ik in dat er sprake is van acute onveiligheid en/of structurele onveiligheid? Ja: \
     melden bij Veilig Thuis. Nee: verder met vraag 3.",
    "Ben ik in staat effectieve hulp te bieden of te organiseren? Nee: melden. Ja: verder met \
     vraag 4.",
    "Aanvaarden de betrokkenen hulp en zijn zij bereid zich in te zetten? Nee: melden. Ja: hulp \
     bieden of organiseren, verder met vraag 5.",
    "Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten? Nee: (opnieuw) \
     melden. Ja: hulp voortzetten met afspraken over het volgen van de veiligheid.",
];

/// Heading: kindcheck.
pub const PROTOCOL_KINDCHECK_HEADING: &str = "Kindcheck";

/// Kindcheck text.
pub const PROTOCOL_KINDCHECK_TEXT: &str = "De kindcheck vindt plaats in stap 1. Zij geldt voor \
     professionals die contact hebben met volwassen cliënten en zich, vanwege de situatie van die \
     cliënt, zorgen maken over de veiligheid van kinderen die van de cliënt afhankelijk zijn.";

/// Heading: special forms.
pub const PROTOCOL_SPECIAL_FORMS_HEADING: &str = "Bijzondere vormen van geweld";

/// Special forms text.
pub const PROTOCOL_SPECIAL_FORMS_TEXT: &str = "Bij (een vermoeden van) eergerelateerd geweld, \
     huwelijksdwang, achterlating of meisjesbesnijdenis raadplegen wij altijd een deskundige of \
     Veilig Thuis. Bij acute dreiging worden de stappen versneld, zo nodig binnen een uur.";

/// Heading: verwijsindex.
pub const PROTOCOL_REFERRAL_INDEX_HEADING: &str = "Verwijsindex risicojongeren";

/// Verwijsindex default.
pub const PROTOCOL_REFERRAL_INDEX_TEXT: &str = "Organisaties die bevoegd zijn in de Verwijsindex te \
     melden, informeren hun medewerkers over de meldingsprocedure.";

/// Heading: participation.
pub const PROTOCOL_PARTICIPATION_HEADING: &str = "Participatie van kinderen";

/// Participation intro.
pub const PROTOCOL_PARTICIPATION_INTRODUCTION: &str = "De negen actiepunten uit de Handreiking Participatie van \
     kinderen in de Meldcode (VWS, 2018):";

/// The nine action points.
pub const PROTOCOL_PARTICIPATION_POINTS: [&str; 9] = [
    "Termen",
    "Informatie over het proces",
    "Informatie over veilig opgroeien",
    "Recht op eigen mening",
    "Vragen en luisteren naar de visie van het kind",
    "De mening van het kind in de besluitvorming",
    "Route bij disclosure",
    "Steun",
    "Tips voor het gesprek",
];

/// Heading: record keeping.
pub const PROTOCOL_RECORD_KEEPING_HEADING: &str = "Vastleggen en vertrouwelijkheid";

/// Record keeping default text.
pub const PROTOCOL_RECORD_KEEPING_TEXT: &str = "Elke stap wordt vastgelegd: de signalen met datum en bron, \
     de consultaties, de gesprekken, de afwegingen met motivering en de besluiten. Het dossier \
     wordt versleuteld bewaard; alleen betrokken medewerkers hebben toegang.";

/// Label: documentation system.
pub const PROTOCOL_DOCUMENTATION_SYSTEM_LABEL: &str = "Documentatiesysteem";

/// Heading: meldrecht.
pub const PROTOCOL_RIGHT_TO_REPORT_HEADING: &str = "Meldrecht en beroepsgeheim";

/// Meldrecht text.
pub const PROTOCOL_RIGHT_TO_REPORT_TEXT: &str = "Iedere beroepskracht met een beroepsgeheim heeft het recht \
     een vermoeden van huiselijk geweld of kindermishandeling bij Veilig Thuis te melden, ook \
     zonder toestemming van de betrokkene (artikel 5.2.6 Wmo 2015).";

/// Heading: contacts.
pub const PROTOCOL_CONTACTS_HEADING: &str = "Contactgegevens";

/// Label: Veilig Thuis.
pub const PROTOCOL_VT_LABEL: &str = "Veilig Thuis";

/// Label: Veilig Thuis phone.
pub const PROTOCOL_VT_PHONE_LABEL: &str = "Telefoon Veilig Thuis";

/// Label: Veilig Thuis e-mail.
pub const PROTOCOL_VT_SECURE_MAIL_LABEL: &str = "Melden per beveiligde mail";

/// Label: secure mail.
pub const PROTOCOL_SECURE_MAIL_LABEL: &str = "Beveiligde mail";

/// Label: aandachtsfunctionaris.
pub const AANDACHTSFUNCTIONARIS_LABEL: &str = "Aandachtsfunctionaris";

/// Label: vastgesteld.
pub const PROTOCOL_ADOPTED_BY_EINDVERANTWOORDELIJKE: &str =
    "Vastgesteld door de eindverantwoordelijke";

/// Default "who" per step (aandachtsfunctionaris and eindverantwoordelijke filled in).
pub const PROTOCOL_STEP_WHO_DEFAULTS: [&str; 5] = [
    "De medewerker die de signalen opmerkt, met de aandachtsfunctionaris",
    "De medewerker en de aandachtsfunctionaris",
    "De medewerker en/of de aandachtsfunctionaris",
    "De aandachtsfunctionaris, met de eindverantwoordelijke",
    "De eindverantwoordelijke, op advies van de aandachtsfunctionaris",
];

/// Default "how" per step.
pub const PROTOCOL_STEP_HOW_DEFAULTS: [&str; 5] = [
    "De medewerker observeert en legt de signalen feitelijk vast, met datum en bron, ook \
     signalen die de zorg ontkrachten. Zo nodig wordt de kindcheck uitgevoerd.",
    "De medewerker bespreekt de signalen met de aandachtsfunctionaris. Bij twijfel vraagt de \
     aandachtsfunctionaris (anoniem) advies aan Veilig Thuis of een letseldeskundige.",
    "Het gesprek met de ouders en, passend bij de leeftijd, met het kind wordt voorbereid en \
     gevoerd; wat besproken is en de reactie worden vastgelegd.",
    "De vijf vragen van het afwegingskader worden beantwoord, elk met een motivering. Bij twijfel \
     wordt altijd Veilig Thuis geraadpleegd.",
    "Er wordt besloten of melden noodzakelijk is en of hulp (ook) mogelijk is. Het besluit en de \
     motivering worden vastgelegd; de betrokkenen worden vooraf geïnformeerd over een melding.",
];

/// Heading: further arrangements from the protocol form.
pub const PROTOCOL_ADDITIONAL_ARRANGEMENTS_HEADING: &str = "Aanvullende afspraken";

/// Step table header.
pub const PROTOCOL_STEPS_TABLE_COLUMNS: [&str; 3] = ["Stap", "Wie", "Werkwijze"];

/// Marker of an earlier version of a signal: "[vervangen op {date} door {who}: {reason}]".
pub const SIGNAL_REPLACED_ON: &str = "vervangen op";

/// "door".
pub const SIGNAL_MARKER_BY: &str = "door";

/// Marker of a withdrawn signal.
pub const SIGNAL_WITHDRAWN_ON: &str = "INGETROKKEN op";

/// Heading before earlier versions inside a signal cell.
pub const SIGNAL_EARLIER_VERSION_HEADING: &str = "Eerdere versie";

/// Marker of second-hand information not yet approved by its source.
pub const SIGNAL_NOT_YET_APPROVED_MARKER: &str =
    "[tweede hand, nog niet geaccordeerd door de bron]";

/// Approval of a signal: "geaccordeerd door {by} op {date} ({how})".
pub const SIGNAL_APPROVED_BY: &str = "geaccordeerd door";

/// "op".
pub const SIGNAL_MARKER_ON: &str = "op";

/// Heading: the family's own word.
pub const ZIENSWIJZEN_HEADING: &str = "Zienswijze van de betrokkenen (in hun eigen woorden)";

/// Label: whose word.
pub const ZIENSWIJZE_FROM_LABEL: &str = "Van";

/// Label: subject.
pub const ZIENSWIJZE_SUBJECT_LABEL: &str = "Onderwerp";

/// Label: their view.
pub const ZIENSWIJZE_LABEL: &str = "Zienswijze";

/// Label: what they dispute.
pub const ZIENSWIJZE_DISPUTED_LABEL: &str = "Betwist";

/// Label: with the melding.
pub const ZIENSWIJZE_WITH_MELDING_LABEL: &str = "Mee met de melding";

/// Heading: AVG art. 16 requests.
pub const CORRECTION_REQUESTS_HEADING: &str =
    "Verzoeken om correctie of aanvulling (artikel 16 AVG)";

/// Label: who asked.
pub const CORRECTION_REQUEST_FROM_LABEL: &str = "Verzoek van";

/// Label: received on.
pub const CORRECTION_REQUEST_RECEIVED_ON_LABEL: &str = "Ontvangen op";

/// Label: the request.
pub const CORRECTION_REQUEST_LABEL: &str = "Verzoek";

/// Answer not yet given.
pub const CORRECTION_REQUEST_NOT_ANSWERED: &str = "nog niet beantwoord";

/// Granted.
pub const CORRECTION_REQUEST_GRANTED: &str = "toegekend";

/// Refused.
pub const CORRECTION_REQUEST_REFUSED: &str = "afgewezen";

/// Heading: the account of decisions.
pub const DECISION_ACCOUNT_HEADING: &str = "Verantwoording van de besluiten";

/// Label: together with Veilig Thuis.
pub const DECISION_TOGETHER_WITH_VT_LABEL: &str = "Samen met Veilig Thuis";

/// Label: deviation from the meldnorm.
pub const DECISION_MELDNORM_DEVIATION_LABEL: &str = "Afwijking van de meldnorm, motivering";

/// Label: meldnorm grounds.
pub const DECISION_MELDNORM_GROUNDS_LABEL: &str = "Meldnorm van toepassing";

/// Label before the motivation about hulp, in a decision moved from an older stap 5 form.
pub const DECISION_HELP_MOTIVATION_LABEL: &str = "Over hulp";

/// Heading in the answer to Veilig Thuis: the guidelines followed.
pub const VT_ANSWER_GUIDELINES_FOLLOWED_HEADING: &str = "Gevolgde richtlijnen (Haxe en Janssen)";

/// In the melding: "Zienswijze van {role} ({date}): …".
pub const ZIENSWIJZE_OF_PREFIX: &str = "Zienswijze van";

// Persons

/// Label: languages spoken.
pub const PERSON_LANGUAGES_LABEL: &str = "talen";

// Anonymisation

/// Placeholder for an unregistered name.
pub const PLACEHOLDER_NAME: &str = "[naam]";

/// Placeholder for a licence plate.
pub const PLACEHOLDER_LICENCE_PLATE: &str = "[kenteken]";

// Kept writing hints.

/// The rule column of a kept hint whose rule has no known category.
pub const KEPT_HINT_RULE_OTHER: &str = "Schrijfhint";

/// A kept hint's place: a signal (its number follows).
pub const KEPT_HINT_PLACE_SIGNAL: &str = "Signaal";

/// A kept hint's place: a recorded conversation (its number follows).
pub const KEPT_HINT_PLACE_CONVERSATION: &str = "Gesprek";

/// A kept hint's place: an answer to Veilig Thuis (its number follows).
pub const KEPT_HINT_PLACE_VT_ANSWER: &str = "Antwoord aan Veilig Thuis";

/// A kept hint's place that is no known field.
pub const KEPT_HINT_PLACE_OTHER: &str = "Tekst in het dossier";
