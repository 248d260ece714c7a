//! Dutch text of the melding documents (issues 9, 10): the meldformulier, the mail draft,
//! the letter to parents, the answer to Veilig Thuis and the follow-up in the dossier
//! export. Re-exported by [`super::texts`].

// ----- melding: meldformulier, letter to parents, answer to Veilig Thuis (#9, #10) -----
/// Subject of the meldformulier document.
pub const MF_SUBJECT: &str = "Schriftelijke melding aan Veilig Thuis";
/// Label: dossier reference on the meldformulier.
pub const MF_KENMERK: &str = "Kenmerk melder";
/// Label: date the form was made.
pub const MF_DATUM: &str = "Datum";
/// Note at the top of the meldformulier.
pub const MF_NOTE: &str = "Vertrouwelijk. Ouders en kinderen vanaf 12 jaar kunnen deze melding \
     later inzien. Verstuur dit formulier alleen via een beveiligde verbinding, nooit met gewone \
     e-mail.";
/// Role in the melder's signature block.
pub const MF_ROL_MELDER: &str = "Melder";
/// First column of a repeat group shown with one column per entry.
pub const MF_GEGEVEN: &str = "Gegeven";
/// Yes.
pub const MF_JA: &str = "Ja";
/// No.
pub const MF_NEE: &str = "Nee";

/// Title of the letter to parents.
pub const BO_TITLE: &str = "Brief aan de ouders";
/// Subject of the letter to parents.
pub const BO_SUBJECT: &str = "Brief aan de ouders over de melding bij Veilig Thuis";
/// Salutation without names.
pub const BO_AANHEF: &str = "Beste ouders,";
/// Salutation prefix with names ("Beste" + names).
pub const BO_BESTE: &str = "Beste";
/// Heading: what we reported.
pub const BO_H_WAT: &str = "Wat wij hebben gemeld";
/// Opening: we made a melding (date, organisation, child filled in).
pub const BO_OPENING: &str = "Met deze brief laten wij u weten dat wij ons zorgen maken over \
     {kind}. Daarom hebben wij op {datum} een melding gedaan bij Veilig Thuis. Wij schrijven u \
     dit omdat wij open willen zijn over wat wij doen en waarom.";
/// Before the list of facts.
pub const BO_FEITEN: &str = "Dit hebben wij gezien of gehoord:";
/// When the reason was discussed in a conversation.
pub const BO_GESPREK: &str = "Wij hebben deze zorgen met u besproken op {datum}.";
/// Heading: what Veilig Thuis does.
pub const BO_H_VT: &str = "Wat Veilig Thuis nu gaat doen";
/// What Veilig Thuis does.
pub const BO_VT: &str = "Veilig Thuis is een organisatie die gezinnen helpt als er zorgen zijn \
     over de veiligheid thuis. Veilig Thuis kijkt eerst of iedereen in het gezin nu veilig is. \
     Daarna beslist Veilig Thuis wat er nodig is. Vaak neemt Veilig Thuis contact met u op om te \
     praten over de zorgen en over wat kan helpen. Veilig Thuis kan ook helpen om hulp voor u \
     en uw kind te regelen.";
/// What we keep doing.
pub const BO_WIJ: &str = "Wij blijven er voor {kind}. Wilt u met ons praten over deze brief of \
     over de melding? Neem dan contact op met {naam}, {functie}.";
/// Heading: rights.
pub const BO_H_RECHTEN: &str = "Uw rechten";
/// Rights of the parents, in plain words.
pub const BO_RECHTEN: [&str; 4] = [
    "U mag het dossier dat wij over uw kind bijhouden inzien. Dat heet inzage. U kunt ook een \
     kopie vragen.",
    "Staat er iets in het dossier dat niet klopt? Dan mag u vragen om dat te verbeteren. Dat heet \
     correctie.",
    "Bent u het niet eens met wat er staat? Dan mag u uw eigen verklaring schrijven. Wij voegen \
     die toe aan het dossier.",
    "U mag ook bij Veilig Thuis vragen wat daar over u en uw kind is vastgelegd.",
];
/// Heading: complaints.
pub const BO_H_KLACHT: &str = "Een klacht indienen";
/// Complaint intro.
pub const BO_KLACHT: &str = "Bent u het niet eens met hoe wij dit hebben gedaan? Dan kunt u een \
     klacht indienen. Zo werkt dat bij ons:";
/// Complaint when the organisation did not fill in a procedure.
pub const BO_KLACHT_LEEG: &str = "Vraag de directie of de leiding van onze organisatie hoe u een \
     klacht kunt indienen.";
/// Closing.
pub const BO_GROET: &str = "Met vriendelijke groet,";
/// Signature role.
pub const BO_ROL: &str = "Namens de organisatie";

/// Title of the answer to Veilig Thuis.
pub const VA_TITLE: &str = "Antwoord op een verzoek om informatie van Veilig Thuis";
/// Subject of the answer.
pub const VA_SUBJECT: &str = "Informatie aan Veilig Thuis";
/// Note: only what is needed, facts with their source.
pub const VA_NOTE: &str = "Dit antwoord geeft alleen de informatie die nodig is voor de vraag \
     van Veilig Thuis: feiten met hun bron, eigen waarnemingen apart van wat anderen vertelden.";
/// Heading: the request.
pub const VA_H_VERZOEK: &str = "Het verzoek";
/// Label: received on.
pub const VA_ONTVANGEN: &str = "Ontvangen op";
/// Label: asked by.
pub const VA_GEVRAAGD_DOOR: &str = "Gevraagd door";
/// Label: dossier reference.
pub const VA_KENMERK: &str = "Ons kenmerk";
/// Heading: the questions.
pub const VA_H_VRAGEN: &str = "De vragen";
/// Heading: own observations.
pub const VA_H_EIGEN: &str = "Eigen waarnemingen (eerste hand)";
/// Heading: what others said.
pub const VA_H_ANDEREN: &str = "Wat anderen hebben verteld (tweede hand, met bron)";
/// No information of this kind.
pub const VA_GEEN: &str = "Geen.";
/// Heading: consent.
pub const VA_H_TOESTEMMING: &str = "Toestemming";
/// Consent given.
pub const VA_TOESTEMMING_JA: &str = "De betrokkene heeft toestemming gegeven om deze informatie \
     te delen.";
/// Consent refused.
pub const VA_TOESTEMMING_NEE: &str = "De betrokkene heeft geen toestemming gegeven.";
/// Consent not asked.
pub const VA_TOESTEMMING_NIET: &str = "Er is geen toestemming gevraagd.";
/// Label: why.
pub const VA_REDEN: &str = "Reden";
/// Gap: no answer written.
pub const VA_ANTWOORD: &str = "Antwoord (eigen waarnemingen of wat anderen vertelden)";
/// Gap: consent neither given nor the reason recorded.
pub const VA_REDEN_TOESTEMMING: &str = "Toestemming, of waarom die niet is gevraagd of gegeven";
/// Label: answered on.
pub const VA_BEANTWOORD: &str = "Beantwoord op";
/// Signature role.
pub const VA_ROL: &str = "Informatie gegeven door";

/// Body of the mail draft. `{regio}`, `{kenmerk}`, `{bijlage}`, `{datum}`, `{kanaal}`,
/// `{naam}`, `{functie}` and `{organisatie}` are replaced; no name of anyone in the dossier.
pub const MAIL_BODY: &str = "Beste medewerker van {regio},

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
pub const MAIL_VT: &str = "Veilig Thuis";

// ----- follow-up in the dossier export (#10) -----
/// Heading: urgent path.
pub const FU_H_SPOED: &str = "Spoed: acute onveiligheid";
/// Label: marked urgent at.
pub const FU_GEMARKEERD: &str = "Als spoed gemarkeerd op";
/// Urgent calls table header.
pub const FU_T_SPOED: [&str; 4] = ["Gebeld op", "Naar", "Door", "Afgesproken"];
/// Heading: the melding.
pub const FU_H_MELDING: &str = "Melding aan Veilig Thuis";
/// Label: Veilig Thuis phoned first.
pub const FU_GEBELD: &str = "Vooraf gebeld met Veilig Thuis";
/// Label: secure channel.
pub const FU_KANAAL: &str = "Beveiligd kanaal";
/// Label: sent on.
pub const FU_VERZONDEN: &str = "Verzonden op";
/// Label: Veilig Thuis reference.
pub const FU_VT_KENMERK: &str = "Kenmerk van Veilig Thuis";
/// Label: agreed follow-up.
pub const FU_VERVOLG: &str = "Afgesproken vervolg";
/// Heading: agreements.
pub const FU_H_AFSPRAKEN: &str = "Afspraken en veiligheidsplan";
/// No agreements yet.
pub const FU_GEEN_AFSPRAKEN: &str = "Er zijn (nog) geen afspraken vastgelegd.";
/// Agreements table header.
pub const FU_T_AFSPRAKEN: [&str; 5] = ["Wie", "Wat", "Uiterlijk", "Hoe gecontroleerd", "Stand"];
/// Agreement not yet checked.
pub const FU_LOPEND: &str = "loopt";
/// Agreement past its date and not checked.
pub const FU_TE_LAAT: &str = "verlopen, niet gecontroleerd";
/// Agreement kept.
pub const FU_NAGEKOMEN: &str = "nagekomen";
/// Agreement not kept.
pub const FU_NIET_NAGEKOMEN: &str = "niet nagekomen: opnieuw wegen";
/// Heading: requests for information.
pub const FU_H_VERZOEKEN: &str = "Verzoeken om informatie van Veilig Thuis";
/// Requests table header.
pub const FU_T_VERZOEKEN: [&str; 4] = ["Ontvangen", "Gevraagd door", "Vragen", "Beantwoord"];
/// Not answered yet.
pub const FU_OPEN: &str = "nog niet";
/// Heading: participation.
pub const FU_H_PARTICIPATIE: &str = "Participatie van het kind";
/// Participation intro.
pub const FU_PARTICIPATIE_INTRO: &str = "De negen actiepunten uit de Handreiking Participatie \
     van kinderen in de Meldcode (VWS, 2018): wat is gedaan, wanneer en hoe, met de eigen \
     woorden van het kind waar die ertoe doen.";
/// Participation table header.
pub const FU_T_PARTICIPATIE: [&str; 5] = [
    "Actiepunt",
    "Gedaan",
    "Wanneer",
    "Hoe",
    "Woorden van het kind",
];
