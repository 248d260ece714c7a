//! Fixed text of the melding documents: the meldformulier, the mail draft, the letter to the
//! parents, the answer to Veilig Thuis and the follow-up in the dossier export.

// The meldformulier, the letter to the parents, the answer to Veilig Thuis.

/// Subject of the meldformulier document.
pub const MELDFORMULIER_SUBJECT: &str = "Schriftelijke melding aan Veilig Thuis";

/// Label: dossier reference on the meldformulier.
pub const MELDFORMULIER_REFERENCE_LABEL: &str = "Kenmerk melder";

/// Label: date the form was made.
pub const MELDFORMULIER_DATE_LABEL: &str = "Datum";

/// Note at the top of the meldformulier.
pub const MELDFORMULIER_NOTE: &str = "Vertrouwelijk. Ouders en kinderen vanaf 12 jaar kunnen deze melding \
     later inzien. Verstuur dit formulier alleen via een beveiligde verbinding, nooit met gewone \
     e-mail.";

/// Role in the melder's signature block.
pub const MELDFORMULIER_SIGNATURE_ROLE: &str = "Melder";

/// First column of a repeat group shown with one column per entry.
pub const MELDFORMULIER_ITEM_COLUMN: &str = "Gegeven";

/// Subject of the letter to parents.
pub const LETTER_TO_PARENTS_SUBJECT: &str = "Brief aan de ouders over de melding bij Veilig Thuis";

/// Salutation prefix with names ("Beste" + names).
pub const LETTER_TO_PARENTS_SALUTATION_WITH_NAMES: &str = "Beste";

/// Heading: what we reported.
pub const LETTER_TO_PARENTS_WHAT_WE_REPORTED_HEADING: &str = "Wat wij hebben gemeld";

/// Opening: we made a melding (date, organisation, child filled in).
pub const LETTER_TO_PARENTS_OPENING: &str = "Met deze brief laten wij u weten dat wij ons zorgen maken over \
     {kind}. Daarom hebben wij op {datum} een melding gedaan bij Veilig Thuis. Wij schrijven u \
     dit omdat wij open willen zijn over wat wij doen en waarom.";

/// Before the list of facts.
pub const LETTER_TO_PARENTS_FACTS_INTRODUCTION: &str = "Dit hebben wij gezien of gehoord:";

/// When the reason was discussed in a conversation.
pub const LETTER_TO_PARENTS_CONVERSATION: &str =
    "Wij hebben deze zorgen met u besproken op {datum}.";

/// Heading: what Veilig Thuis does.
pub const LETTER_TO_PARENTS_VT_HEADING: &str = "Wat Veilig Thuis nu gaat doen";

/// What Veilig Thuis does.
pub const LETTER_TO_PARENTS_VT_TEXT: &str = "Veilig Thuis is een organisatie die gezinnen helpt als er zorgen zijn \
     over de veiligheid thuis. Veilig Thuis kijkt eerst of iedereen in het gezin nu veilig is. \
     Daarna beslist Veilig Thuis wat er nodig is. Vaak neemt Veilig Thuis contact met u op om te \
     praten over de zorgen en over wat kan helpen. Veilig Thuis kan ook helpen om hulp voor u \
     en uw kind te regelen.";

/// What we keep doing.
pub const LETTER_TO_PARENTS_OUR_CONTACT: &str = "Wij blijven er voor {kind}. Wilt u met ons praten over deze brief of \
     over de melding? Neem dan contact op met {naam}, {functie}.";

/// Heading: rights.
pub const LETTER_TO_PARENTS_RIGHTS_HEADING: &str = "Uw rechten";

/// Rights of the parents, in plain words.
pub const LETTER_TO_PARENTS_RIGHTS: [&str; 4] = [
    "U mag het dossier dat wij over uw kind bijhouden inzien. Dat heet inzage. U kunt ook een \
     kopie vragen.",
    "Staat er iets in het dossier dat niet klopt? Dan mag u vragen om dat te verbeteren. Dat heet \
     correctie.",
    "Bent u het niet eens met wat er staat? Dan mag u uw eigen verklaring schrijven. Wij voegen \
     die toe aan het dossier.",
    "U mag ook bij Veilig Thuis vragen wat daar over u en uw kind is vastgelegd.",
];

/// Heading: complaints.
pub const LETTER_TO_PARENTS_COMPLAINT_HEADING: &str = "Een klacht indienen";

/// Complaint intro.
pub const LETTER_TO_PARENTS_COMPLAINT_INTRODUCTION: &str = "Bent u het niet eens met hoe wij dit hebben gedaan? Dan kunt u een \
     klacht indienen. Zo werkt dat bij ons:";

/// Closing.
pub const LETTER_TO_PARENTS_CLOSING: &str = "Met vriendelijke groet,";

/// Signature role.
pub const LETTER_TO_PARENTS_SIGNATURE_ROLE: &str = "Namens de organisatie";

/// Title of the answer to Veilig Thuis.
pub const VT_ANSWER_TITLE: &str = "Antwoord op een verzoek om informatie van Veilig Thuis";

/// Subject of the answer.
pub const VT_ANSWER_SUBJECT: &str = "Informatie aan Veilig Thuis";

/// Note: only what is needed, facts with their source.
pub const VT_ANSWER_NOTE: &str = "Dit antwoord geeft alleen de informatie die nodig is voor de vraag \
     van Veilig Thuis: feiten met hun bron, eigen waarnemingen apart van wat anderen vertelden.";

/// Heading: the request.
pub const VT_ANSWER_REQUEST_HEADING: &str = "Het verzoek";

/// Label: received on.
pub const VT_ANSWER_RECEIVED_ON: &str = "Ontvangen op";

/// Label: asked by.
pub const VT_ANSWER_ASKED_BY: &str = "Gevraagd door";

/// Label: dossier reference.
pub const VT_ANSWER_OUR_REFERENCE: &str = "Ons kenmerk";

/// Heading: the questions.
pub const VT_ANSWER_QUESTIONS_HEADING: &str = "De vragen";

/// Heading: own observations.
pub const VT_ANSWER_OWN_OBSERVATIONS_HEADING: &str = "Eigen waarnemingen (eerste hand)";

/// Heading: what others said.
pub const VT_ANSWER_FROM_OTHERS_HEADING: &str =
    "Wat anderen hebben verteld (tweede hand, met bron)";

/// No information of this kind.
pub const VT_ANSWER_NONE: &str = "Geen.";

/// Heading: consent.
pub const VT_ANSWER_CONSENT_HEADING: &str = "Toestemming";

/// Consent given.
pub const VT_ANSWER_CONSENT_GIVEN: &str = "De betrokkene heeft toestemming gegeven om deze informatie \
     te delen.";

/// Consent refused.
pub const VT_ANSWER_CONSENT_REFUSED: &str = "De betrokkene heeft geen toestemming gegeven.";

/// Consent not asked.
pub const VT_ANSWER_CONSENT_NOT_ASKED: &str = "Er is geen toestemming gevraagd.";

/// Gap: no answer written.
pub const VT_ANSWER_GAP_ANSWER: &str = "Antwoord (eigen waarnemingen of wat anderen vertelden)";

/// Gap: consent neither given nor the reason recorded.
pub const VT_ANSWER_GAP_CONSENT: &str = "Toestemming, of waarom die niet is gevraagd of gegeven";

/// Signature role.
pub const VT_ANSWER_SIGNATURE_ROLE: &str = "Informatie gegeven door";

/// Body of the mail draft. `{regio}`, `{kenmerk}`, `{bijlage}`, `{datum}`, `{kanaal}`,
/// `{naam}`, `{functie}` and `{organisatie}` are replaced; no name of anyone in the dossier.
pub const MAIL_DRAFT_BODY: &str = "Beste medewerker van {regio},

Zoals telefonisch besproken stuur ik u hierbij onze schriftelijke melding.

Bijlage: {bijlage} (meldformulier, dossierkenmerk {kenmerk}, opgesteld op {datum}).

Controle vóór verzending:
- Veilig Thuis is vooraf gebeld.
- Het gezin is geïnformeerd, of de uitzondering op 'open melden, tenzij' staat met motivatie in het formulier.
- Dit bericht gaat via {kanaal}, een beveiligde verbinding; nooit met gewone e-mail.

Ik ben bereikbaar voor vragen op de tijden die in het formulier staan.

Met vriendelijke groet,

{naam}
{functie}
{organisatie}
";

/// Stand-in when no Veilig Thuis region is configured.
pub const MAIL_DRAFT_VT_FALLBACK_NAME: &str = "Veilig Thuis";

// The follow-up in the dossier export.

/// Heading: urgent path.
pub const FOLLOW_UP_URGENT_HEADING: &str = "Spoed: acute onveiligheid";

/// Label: marked urgent at.
pub const FOLLOW_UP_URGENT_MARKED_ON: &str = "Als spoed gemarkeerd op";

/// Urgent calls table header.
pub const FOLLOW_UP_URGENT_CALLS_TABLE_COLUMNS: [&str; 4] =
    ["Gebeld op", "Naar", "Door", "Afgesproken"];

/// Label: Veilig Thuis phoned first.
pub const FOLLOW_UP_VT_PHONED_FIRST: &str = "Vooraf gebeld met Veilig Thuis";

/// Label: secure channel.
pub const FOLLOW_UP_SECURE_CHANNEL: &str = "Beveiligd kanaal";

/// Label: sent on.
pub const FOLLOW_UP_SENT_ON: &str = "Verzonden op";

/// No agreements yet.
pub const FOLLOW_UP_AFSPRAKEN_NONE: &str = "Er zijn (nog) geen afspraken vastgelegd.";

/// Agreements table header.
pub const FOLLOW_UP_AFSPRAKEN_TABLE_COLUMNS: [&str; 5] =
    ["Wie", "Wat", "Uiterlijk", "Hoe gecontroleerd", "Stand"];

/// Agreement not yet checked.
pub const FOLLOW_UP_AFSPRAAK_RUNNING: &str = "loopt";

/// Agreement past its date and not checked.
pub const FOLLOW_UP_AFSPRAAK_OVERDUE: &str = "verlopen, niet gecontroleerd";

/// Agreement kept.
pub const FOLLOW_UP_AFSPRAAK_KEPT: &str = "nagekomen";

/// Agreement not kept.
pub const FOLLOW_UP_AFSPRAAK_NOT_KEPT: &str = "niet nagekomen: opnieuw wegen";

/// Heading: requests for information.
pub const FOLLOW_UP_VT_REQUESTS_HEADING: &str = "Verzoeken om informatie van Veilig Thuis";

/// Requests table header.
pub const FOLLOW_UP_VT_REQUESTS_TABLE_COLUMNS: [&str; 4] =
    ["Ontvangen", "Gevraagd door", "Vragen", "Beantwoord"];

/// Not answered yet.
pub const FOLLOW_UP_VT_REQUEST_NOT_ANSWERED: &str = "nog niet";

/// Dossier document: before the guidelines ticked with the answer to a request (its date
/// and who asked follow).
pub const FOLLOW_UP_VT_REQUEST_GUIDELINES_LABEL: &str =
    "Richtlijnen gevolgd bij het antwoord op het verzoek van";

/// Participation intro.
pub const FOLLOW_UP_PARTICIPATION_INTRODUCTION: &str = "De negen actiepunten uit de Handreiking Participatie \
     van kinderen in de Meldcode (VWS, 2018): wat is gedaan, wanneer en hoe, met de eigen \
     woorden van het kind waar die ertoe doen.";

/// Participation table header.
pub const FOLLOW_UP_PARTICIPATION_TABLE_COLUMNS: [&str; 5] = [
    "Actiepunt",
    "Gedaan",
    "Wanneer",
    "Hoe",
    "Woorden van het kind",
];
