//! Fixed Dutch text of the documents, in one place for review.

/// Month names for dates in running text.
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

/// "Pagina X van Y" (the exporter fills in the numbers).
pub const PAGE: &str = "Pagina";
/// "van" in "Pagina X van Y".
pub const PAGE_OF: &str = "van";
/// Footer prefix when a document is confidential.
pub const CONFIDENTIAL: &str = "Vertrouwelijk";

/// Yes / no.
pub const JA: &str = "ja";
/// No.
pub const NEE: &str = "nee";
/// Unknown.
pub const ONBEKEND: &str = "onbekend";

// ----- dossier -----
/// Title prefix of the full dossier.
pub const DOSSIER_TITLE: &str = "Dossier meldcode";
/// Subject of the full dossier.
pub const DOSSIER_SUBJECT: &str =
    "Volledig dossier meldcode huiselijk geweld en kindermishandeling";
/// Heading: general data.
pub const H_ALGEMEEN: &str = "Algemene gegevens";
/// Heading: persons.
pub const H_PERSONEN: &str = "Betrokkenen";
/// Heading: signals.
pub const H_SIGNALEN: &str = "Signalen";
/// Heading: the steps.
pub const H_STAPPEN: &str = "Stappen";
/// Heading: consultations.
pub const H_CONSULTATIES: &str = "Consultaties";
/// Heading: conversations.
pub const H_GESPREKKEN: &str = "Gesprekken";
/// Heading: afwegingskader.
pub const H_AFWEGING: &str = "Afwegingskader";
/// Heading: decisions.
pub const H_BESLUITEN: &str = "Besluiten";
/// Heading: kept lint hints.
pub const H_HINTS: &str = "Behouden schrijfhints";
/// Heading: client statements.
pub const H_VERKLARINGEN: &str = "Verklaringen van de cliënt";
/// Heading: history.
pub const H_GESCHIEDENIS: &str = "Geschiedenis";
/// Heading: signature.
pub const H_ONDERTEKENING: &str = "Ondertekening";
/// Prefix of step headings.
pub const STAP: &str = "Stap";

/// Label: reference.
pub const L_KENMERK: &str = "Kenmerk";
/// Label: title.
pub const L_TITEL: &str = "Titel";
/// Label: organisation.
pub const L_ORGANISATIE: &str = "Organisatie";
/// Label: created by.
pub const L_AANGEMAAKT_DOOR: &str = "Aangemaakt door";
/// Label: created on.
pub const L_AANGEMAAKT_OP: &str = "Aangemaakt op";
/// Label: status.
pub const L_STATUS: &str = "Status";
/// Label: current step.
pub const L_HUIDIGE_STAP: &str = "Huidige stap";
/// Label: exported on.
pub const L_GEMAAKT_OP: &str = "Document gemaakt op";
/// Status open.
pub const STATUS_OPEN: &str = "open";
/// Status closed.
pub const STATUS_GESLOTEN: &str = "gesloten";
/// Step status labels.
pub const STEP_OPEN: &str = "nog niet gestart";
/// Step in progress.
pub const STEP_BEZIG: &str = "bezig";
/// Step completed.
pub const STEP_AFGEROND: &str = "afgerond";
/// Label: revisits.
pub const L_HEROPEND: &str = "Heropend";
/// Label: no answers yet.
pub const GEEN_ANTWOORDEN: &str = "Nog geen antwoorden vastgelegd.";

/// Person table header.
pub const T_PERSONEN: [&str; 5] = ["Rol", "Naam", "Geboortedatum", "Gezag", "Adres en contact"];
/// Signal table header.
pub const T_SIGNALEN: [&str; 5] = ["Nr.", "Datum", "Waargenomen door, bron", "Hand", "Feiten"];
/// Consultation table header.
pub const T_CONSULTATIES: [&str; 5] = ["Datum", "Soort", "Met wie", "Vraag", "Uitkomst"];
/// Afweging table header.
pub const T_AFWEGING: [&str; 4] = ["Vraag", "Antwoord", "Motivering", "Door"];
/// Decision table header.
pub const T_BESLUITEN: [&str; 5] = ["Datum", "Melden", "Hulp", "Motivering", "Besloten door"];
/// Kept hint table header.
pub const T_HINTS: [&str; 4] = ["Plaats", "Regel", "Woorden", "Reden"];
/// History table header.
pub const T_GESCHIEDENIS: [&str; 4] = ["Nr.", "Moment", "Door", "Wijziging"];
/// Field table header (step answers).
pub const T_VELDEN: [&str; 2] = ["Veld", "Antwoord"];

/// Label: contra-indication.
pub const CONTRA: &str = "contra-indicatie";
/// Label: confirmed by informant.
pub const GEACCORDEERD: &str = "geaccordeerd door informant";
/// Label: not confirmed by informant.
pub const NIET_GEACCORDEERD: &str = "niet geaccordeerd door informant";
/// Label: source.
pub const BRON: &str = "bron";
/// Conversation labels.
pub const L_MET: &str = "Met";
/// Held by.
pub const L_GEVOERD_DOOR: &str = "Gevoerd door";
/// What was said.
pub const L_GEZEGD: &str = "Wat is besproken";
/// Reaction.
pub const L_REACTIE: &str = "Reactie";
/// Date.
pub const L_DATUM: &str = "Datum";
/// Skipped conversation.
pub const L_NIET_GEVOERD: &str = "Gesprek niet gevoerd";
/// Reason.
pub const L_REDEN: &str = "Reden";
/// Explanation.
pub const L_TOELICHTING: &str = "Toelichting";
/// Catch-up date.
pub const L_INHALEN: &str = "Wordt ingehaald op";
/// Veilig Thuis joint answer.
pub const SAMEN_MET_VT: &str = "samen met Veilig Thuis";

// ----- history -----
/// History descriptions, by change kind.
pub const CH_TITEL: &str = "Titel gewijzigd";
/// Person added.
pub const CH_PERSOON: &str = "Betrokkene toegevoegd";
/// Person changed.
pub const CH_PERSOON_GEWIJZIGD: &str = "Gegevens betrokkene gewijzigd";
/// Signal added.
pub const CH_SIGNAAL: &str = "Signaal vastgelegd";
/// Signal corrected.
pub const CH_SIGNAAL_GECORRIGEERD: &str = "Signaal gecorrigeerd";
/// Consultation.
pub const CH_CONSULTATIE: &str = "Consultatie vastgelegd";
/// Conversation.
pub const CH_GESPREK: &str = "Gesprek vastgelegd";
/// Conversation skipped.
pub const CH_GESPREK_OVERGESLAGEN: &str = "Vastgelegd waarom het gesprek niet is gevoerd";
/// Field set.
pub const CH_VELD: &str = "Veld ingevuld";
/// Field cleared.
pub const CH_VELD_LEEG: &str = "Veld gewist";
/// Step started.
pub const CH_START: &str = "Stap gestart";
/// Step completed.
pub const CH_AFGEROND: &str = "Stap afgerond";
/// Step reopened.
pub const CH_HEROPEND: &str = "Stap heropend";
/// Afweging answered.
pub const CH_AFWEGING: &str = "Afwegingsvraag beantwoord";
/// Decision.
pub const CH_BESLUIT: &str = "Besluit vastgelegd";
/// Hint kept.
pub const CH_HINT: &str = "Schrijfhint behouden";
/// Closed.
pub const CH_GESLOTEN: &str = "Dossier gesloten";
/// Reopened.
pub const CH_HEROPEND_DOSSIER: &str = "Dossier heropend";
/// Client statement.
pub const CH_VERKLARING: &str = "Verklaring van de cliënt toegevoegd";
/// History: a field of the meldformulier was set.
pub const CH_MELDING_VELD: &str = "Meldformulier ingevuld";
/// History: the checklist before sending the melding was updated.
pub const CH_CHECKLIST: &str = "Checklist voor de melding bijgewerkt";
/// History: the melding was sent.
pub const CH_VERZONDEN: &str = "Melding verzonden";
/// History: the dossier was marked urgent.
pub const CH_URGENT: &str = "Dossier als acuut gemarkeerd";
/// History: a call on the urgent path was recorded.
pub const CH_URGENT_GEBELD: &str = "Gebeld (acuut)";
/// History: an agreement was added.
pub const CH_AFSPRAAK: &str = "Afspraak vastgelegd";
/// History: an agreement was checked.
pub const CH_AFSPRAAK_GECONTROLEERD: &str = "Afspraak gecontroleerd";
/// History: a request for information was recorded.
pub const CH_INFOVERZOEK: &str = "Informatieverzoek Veilig Thuis vastgelegd";
/// History: a participation point was recorded.
pub const CH_PARTICIPATIE: &str = "Participatie van het kind vastgelegd";

// ----- follow-up -----
/// Afspraak status: running.
pub const AFSPRAAK_LOPEND: &str = "lopend";
/// Afspraak status: kept.
pub const AFSPRAAK_NAGEKOMEN: &str = "nagekomen";
/// Afspraak status: not kept.
pub const AFSPRAAK_NIET_NAGEKOMEN: &str = "niet nagekomen";
/// "punt" in "participatiepunt 3".
pub const PUNT: &str = "punt";

/// "was" in "(was: …)".
pub const WAS: &str = "was";

// ----- signature -----
/// First words of a visible digital signature: "Digitaal ondertekend door NAME".
pub const SIGNED_BY: &str = "Digitaal ondertekend door";
/// Reason written into a digital signature made on export.
pub const SIGN_REASON: &str = "Voor akkoord ondertekend";
/// Signature role: the eindverantwoordelijke.
pub const ROL_EINDVERANTWOORDELIJKE: &str = "Eindverantwoordelijke";
/// Signature role: the author of a dossier.
pub const ROL_OPSTELLER: &str = "Opgesteld door";
/// Signature labels.
pub const S_NAAM: &str = "Naam";
/// Function.
pub const S_FUNCTIE: &str = "Functie";
/// Organisation.
pub const S_ORGANISATIE: &str = "Organisatie";
/// Place and date.
pub const S_PLAATS_DATUM: &str = "Plaats en datum";
/// Signature line.
pub const S_HANDTEKENING: &str = "Handtekening";

// ----- consultatie -----
/// Title of the anonymised summary.
pub const CONSULTATIE_TITLE: &str = "Samenvatting voor collegiale consultatie";
/// Subject.
pub const CONSULTATIE_SUBJECT: &str = "Geanonimiseerde samenvatting voor collegiale consultatie";
/// Note at the top.
pub const CONSULTATIE_NOTE: &str = "Deze samenvatting is geanonimiseerd: namen zijn vervangen door rollen; \
     geboortedata, adressen, postcodes, telefoonnummers, e-mailadressen, BSN-nummers en namen van \
     scholen en straten zijn weggelaten. Deel haar alleen voor collegiale consultatie of anoniem \
     advies.";
/// Heading: situation.
pub const H_SITUATIE: &str = "Situatie";
/// Heading: the facts.
pub const H_FEITEN: &str = "Feiten en signalen";
/// Heading: what has happened so far.
pub const H_VERLOOP: &str = "Verloop tot nu toe";
/// Heading: open questions.
pub const H_OPEN_VRAGEN: &str = "Open vragen";
/// "Gesprek" in the course of events.
pub const GESPREK: &str = "Gesprek";
/// Facts table header of the summary.
pub const T_FEITEN: [&str; 4] = ["Datum", "Waargenomen door", "Hand", "Feiten"];
/// Label: involved (roles).
pub const L_BETROKKENEN: &str = "Betrokkenen";
/// Label: age.
pub const L_LEEFTIJD: &str = "leeftijd";
/// Years.
pub const JAAR: &str = "jaar";
/// Open question when the afweging is unanswered.
pub const VRAAG_AFWEGING_OPEN: &str = "Afwegingsvraag nog niet beantwoord";
/// Open question: next step.
pub const VRAAG_VOLGENDE_STAP: &str = "Wat is de volgende stap in";
/// Open question: consultation question.
pub const VRAAG_CONSULTATIE: &str = "Vraag uit de consultatie";
/// Placeholder for removed data.
pub const WEG_ADRES: &str = "[adres]";
/// Placeholder: postcode.
pub const WEG_POSTCODE: &str = "[postcode]";
/// Placeholder: phone.
pub const WEG_TELEFOON: &str = "[telefoonnummer]";
/// Placeholder: e-mail.
pub const WEG_EMAIL: &str = "[e-mailadres]";
/// Placeholder: BSN.
pub const WEG_BSN: &str = "[nummer]";
/// Placeholder: birth date.
pub const WEG_GEBOORTEDATUM: &str = "[geboortedatum]";
/// Placeholder: school or organisation.
pub const WEG_ORGANISATIE: &str = "[school/organisatie]";
/// Placeholder: place.
pub const WEG_PLAATS: &str = "[woonplaats]";
/// Placeholder: a family name shared by several persons.
pub const WEG_ACHTERNAAM: &str = "[achternaam]";
/// Placeholder: a colleague's name.
pub const WEG_COLLEGA: &str = "[collega]";

// ----- inzage -----
/// Title.
pub const INZAGE_TITLE: &str = "Inzage in uw gegevens";
/// Subject.
pub const INZAGE_SUBJECT: &str = "Inzage op grond van artikel 15 AVG";
/// Intro.
pub const INZAGE_INTRO: &str = "U heeft gevraagd welke gegevens wij over u vastleggen. Op grond van \
     artikel 15 van de Algemene verordening gegevensbescherming (AVG) ontvangt u hierbij een \
     overzicht van de persoonsgegevens die wij in het kader van de Meldcode huiselijk geweld en \
     kindermishandeling over u verwerken, met de doelen, de ontvangers, de bewaartermijn en uw \
     rechten.";
/// Heading: your data.
pub const H_UW_GEGEVENS: &str = "Uw gegevens";
/// Heading: what we recorded.
pub const H_VASTGELEGD: &str = "Wat wij hebben vastgelegd";
/// Heading: purposes.
pub const H_DOELEN: &str = "Doelen van de verwerking";
/// Purposes.
pub const DOELEN: [&str; 3] = [
    "Het volgen van de stappen van de Meldcode huiselijk geweld en kindermishandeling (Wet \
     verplichte meldcode) om de veiligheid van het kind of de betrokkene te beschermen.",
    "Het organiseren van passende hulp en, waar de afweging daartoe leidt, het doen van een melding \
     bij Veilig Thuis (artikel 5.2.6 Wmo 2015).",
    "Het kunnen verantwoorden welke signalen er waren, wie wat heeft besloten, wanneer en waarom.",
];
/// Heading: recipients.
pub const H_ONTVANGERS: &str = "Ontvangers";
/// Recipients intro.
pub const ONTVANGERS_INTRO: &str = "Uw gegevens zijn alleen toegankelijk voor de medewerkers van de \
     organisatie die bij de stappen van de meldcode betrokken zijn. Gegevens kunnen worden verstrekt aan:";
/// Heading: retention.
pub const H_BEWAARTERMIJN: &str = "Bewaartermijn";
/// Retention text (years filled in).
pub const BEWAARTERMIJN_PRE: &str = "Wij bewaren het dossier tot";
/// Retention text after the number.
pub const BEWAARTERMIJN_POST: &str = "jaar nadat het is afgesloten. Daarna worden de gegevens \
     definitief verwijderd.";
/// Heading: rights.
pub const H_RECHTEN: &str = "Uw rechten";
/// Rights.
pub const RECHTEN: [&str; 5] = [
    "U mag uw gegevens inzien en een kopie ontvangen (artikel 15 AVG).",
    "U mag vragen onjuiste gegevens te corrigeren (artikel 16 AVG); feitelijke waarnemingen van \
     medewerkers blijven staan, maar uw reactie wordt toegevoegd.",
    "U mag een eigen verklaring aan het dossier laten toevoegen.",
    "U mag vragen gegevens te verwijderen of de verwerking te beperken (artikelen 17 en 18 AVG), \
     voor zover de wet dat toelaat.",
    "U mag een klacht indienen bij de Autoriteit Persoonsgegevens.",
];
/// Heading: complaints.
pub const H_KLACHTEN: &str = "Klachten";
/// Heading: source of data.
pub const H_HERKOMST: &str = "Herkomst van de gegevens";
/// Source text.
pub const HERKOMST: &str = "De gegevens komen van medewerkers van de organisatie (eigen \
     waarnemingen) en van anderen die iets hebben verteld; bij elk signaal staat de bron.";
/// Label: about.
pub const L_OVER: &str = "Betreft";
/// Label: relation.
pub const L_RELATIE: &str = "Relatie";
/// Label: address.
pub const L_ADRES: &str = "Adres";
/// Label: phone.
pub const L_TELEFOON: &str = "Telefoon";
/// Label: e-mail.
pub const L_EMAIL: &str = "E-mail";
/// Label: birth date.
pub const L_GEBOORTEDATUM: &str = "Geboortedatum";
/// Label: school/organisation.
pub const L_SCHOOL: &str = "School of organisatie";
/// Label: gezag.
pub const L_GEZAG: &str = "Gezag";
/// Label: name.
pub const L_NAAM: &str = "Naam";
/// Label: role.
pub const L_ROL: &str = "Rol";

// ----- protocol -----
/// Title.
pub const PROTOCOL_TITLE: &str = "Meldcode huiselijk geweld en kindermishandeling";
/// Subject.
pub const PROTOCOL_SUBJECT: &str = "Protocol meldcode van de organisatie";
/// Heading: introduction.
pub const P_INLEIDING: &str = "Inleiding";
/// Introduction text.
pub const P_INLEIDING_TEKST: &str = "Dit is de meldcode van onze organisatie. Zij beschrijft in vijf \
     stappen wat medewerkers doen bij signalen van huiselijk geweld of kindermishandeling, wie \
     welke stap zet en wie eindverantwoordelijk is voor de beslissing om wel of geen melding te \
     doen. Sinds januari 2019 bevat de meldcode in stap 4 en 5 een afwegingskader met vijf vragen.";
/// Heading: meldnormen.
pub const P_MELDNORMEN: &str = "Meldnormen";
/// Meldnormen intro.
pub const P_MELDNORMEN_INTRO: &str = "Beroepskrachten doen een melding bij Veilig Thuis:";
/// The meldnormen.
pub const P_MELDNORMEN_LIJST: [&str; 3] = [
    "in alle gevallen van acute onveiligheid en/of structurele onveiligheid en bij disclosure;",
    "in alle andere gevallen waarin de beroepskracht meent dat hij, gelet op zijn competenties, \
     verantwoordelijkheden en professionele grenzen, onvoldoende effectieve hulp kan bieden of \
     organiseren;",
    "wanneer een beroepskracht die hulp biedt of organiseert constateert dat de onveiligheid niet \
     stopt of zich herhaalt.",
];
/// Definitions.
pub const P_DEFINITIES: [(&str, &str); 3] = [
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
pub const P_STAPPEN: &str = "De vijf stappen in onze organisatie";
/// Label: who.
pub const P_WIE: &str = "Wie";
/// Label: how.
pub const P_HOE: &str = "Werkwijze";
/// Heading: afwegingskader.
pub const P_AFWEGINGSKADER: &str = "Het afwegingskader";
/// Afwegingskader intro.
pub const P_AFWEGINGSKADER_INTRO: &str = "In stap 4 beantwoordt de aandachtsfunctionaris vijf \
     vragen, telkens met een motivering. Bij acute of structurele onveiligheid worden de vragen 3 \
     tot en met 5 samen met Veilig Thuis doorlopen. Bij ‘weet niet’ gaat u uit van ‘nee’.";
/// The five questions.
pub const P_AFWEGINGSVRAGEN: [&str; 5] = [
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
pub const P_KINDCHECK: &str = "Kindcheck";
/// Kindcheck text.
pub const P_KINDCHECK_TEKST: &str = "De kindcheck vindt plaats in stap 1. Zij geldt voor \
     professionals die contact hebben met volwassen cliënten en zich, vanwege de situatie van die \
     cliënt, zorgen maken over de veiligheid van kinderen die van de cliënt afhankelijk zijn.";
/// Heading: special forms.
pub const P_BIJZONDER: &str = "Bijzondere vormen van geweld";
/// Special forms text.
pub const P_BIJZONDER_TEKST: &str = "Bij (een vermoeden van) eergerelateerd geweld, \
     huwelijksdwang, achterlating of meisjesbesnijdenis raadplegen wij altijd een deskundige of \
     Veilig Thuis. Bij acute dreiging worden de stappen versneld, zo nodig binnen een uur.";
/// Heading: verwijsindex.
pub const P_VERWIJSINDEX: &str = "Verwijsindex risicojongeren";
/// Verwijsindex default.
pub const P_VERWIJSINDEX_TEKST: &str = "Organisaties die bevoegd zijn in de Verwijsindex te \
     melden, informeren hun medewerkers over de meldingsprocedure.";
/// Heading: participation.
pub const P_PARTICIPATIE: &str = "Participatie van kinderen";
/// Participation intro.
pub const P_PARTICIPATIE_INTRO: &str = "De negen actiepunten uit de Handreiking Participatie van \
     kinderen in de Meldcode (VWS, 2018):";
/// The nine action points.
pub const P_PARTICIPATIE_PUNTEN: [&str; 9] = [
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
pub const P_VASTLEGGEN: &str = "Vastleggen en vertrouwelijkheid";
/// Record keeping default text.
pub const P_VASTLEGGEN_TEKST: &str = "Elke stap wordt vastgelegd: de signalen met datum en bron, \
     de consultaties, de gesprekken, de afwegingen met motivering en de besluiten. Het dossier \
     wordt versleuteld bewaard; alleen betrokken medewerkers hebben toegang.";
/// Label: documentation system.
pub const P_SYSTEEM: &str = "Documentatiesysteem";
/// Heading: meldrecht.
pub const P_MELDRECHT: &str = "Meldrecht en beroepsgeheim";
/// Meldrecht text.
pub const P_MELDRECHT_TEKST: &str = "Iedere beroepskracht met een beroepsgeheim heeft het recht \
     een vermoeden van huiselijk geweld of kindermishandeling bij Veilig Thuis te melden, ook \
     zonder toestemming van de betrokkene (artikel 5.2.6 Wmo 2015).";
/// Heading: contacts.
pub const P_CONTACTEN: &str = "Contactgegevens";
/// Label: Veilig Thuis.
pub const P_VEILIG_THUIS: &str = "Veilig Thuis";
/// Label: Veilig Thuis phone.
pub const P_VT_TELEFOON: &str = "Telefoon Veilig Thuis";
/// Label: Veilig Thuis e-mail.
pub const P_VT_EMAIL: &str = "Melden per beveiligde mail";
/// Label: secure mail.
pub const P_BEVEILIGDE_MAIL: &str = "Beveiligde mail";
/// Label: eindverantwoordelijke.
pub const P_EINDVERANTWOORDELIJKE: &str = "Eindverantwoordelijke";
/// Label: aandachtsfunctionaris.
pub const P_AANDACHTSFUNCTIONARIS: &str = "Aandachtsfunctionaris";
/// Label: sector.
pub const P_SECTOR: &str = "Sector";
/// Label: vastgesteld.
pub const P_VASTGESTELD: &str = "Vastgesteld door de eindverantwoordelijke";
/// Default "who" per step (aandachtsfunctionaris and eindverantwoordelijke filled in).
pub const P_STAP_WIE: [&str; 5] = [
    "De medewerker die de signalen opmerkt, met de aandachtsfunctionaris",
    "De medewerker en de aandachtsfunctionaris",
    "De medewerker en/of de aandachtsfunctionaris",
    "De aandachtsfunctionaris, met de eindverantwoordelijke",
    "De eindverantwoordelijke, op advies van de aandachtsfunctionaris",
];
/// Default "how" per step.
pub const P_STAP_HOE: [&str; 5] = [
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
pub const P_AANVULLEND: &str = "Aanvullende afspraken";
/// Step table header.
pub const T_STAPPEN: [&str; 3] = ["Stap", "Wie", "Werkwijze"];

pub use super::texts_melding::*;
