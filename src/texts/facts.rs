//! Dutch text for one record per fact, the family's own word and the seeds' decision rules.

/// Meldnorm ground: acute onveiligheid.
pub const GROUND_ACUUT: &str = "acute onveiligheid";
/// Meldnorm ground: structurele onveiligheid.
pub const GROUND_STRUCTUREEL: &str = "structurele onveiligheid";
/// Meldnorm ground: afweging 2 answered ja.
pub const GROUND_ACUUT_OF_STRUCTUREEL: &str = "acute en/of structurele onveiligheid (afweging 2)";
/// Meldnorm ground: disclosure.
pub const GROUND_DISCLOSURE: &str = "disclosure";
/// Meldnorm ground: eergerelateerd geweld.
pub const GROUND_EER: &str = "(vermoeden van) eergerelateerd geweld";
/// Reason of an urgent path opened by an answer.
pub const URGENT_FROM_ANSWER: &str =
    "Spoed: een antwoord in het dossier noemt (Veilig Thuis binnen het uur bellen)";

/// Decision refused: no eindverantwoordelijke.
pub const ERR_NO_EINDVERANTWOORDELIJKE: &str =
    "Een besluit noemt altijd de eindverantwoordelijke die het nam. Vul de naam in.";
/// Decision refused: no motivation.
pub const ERR_NO_MOTIVATION: &str = "Motiveer het besluit.";
/// Decision refused: against the meldnorm without motivation.
pub const ERR_AGAINST_MELDNORM: &str = "Bij acute of structurele onveiligheid en bij \
     eergerelateerd geweld geldt de meldnorm: melden. Wie daarvan afwijkt, legt schriftelijk \
     vast waarom, met de naam van de eindverantwoordelijke.";
/// Decision refused: together with VT but no employee.
pub const ERR_NO_VT_CONTACT: &str =
    "Noteer met wie bij Veilig Thuis het besluit is genomen, en wanneer.";

/// Marker of an earlier version of a signal: "[vervangen op {date} door {who}: {reason}]".
pub const VERVANGEN_OP: &str = "vervangen op";
/// "door".
pub const DOOR: &str = "door";
/// Marker of a withdrawn signal.
pub const INGETROKKEN_OP: &str = "INGETROKKEN op";
/// Heading before earlier versions inside a signal cell.
pub const EERDERE_VERSIE: &str = "Eerdere versie";
/// Marker of second-hand information not yet approved by its source.
pub const NOG_NIET_GEACCORDEERD: &str = "[tweede hand, nog niet geaccordeerd door de bron]";
/// Approval of a signal: "geaccordeerd door {by} op {date} ({how})".
pub const GEACCORDEERD_DOOR: &str = "geaccordeerd door";
/// "op".
pub const OP: &str = "op";

/// Heading: the family's own word.
pub const H_ZIENSWIJZEN: &str = "Zienswijze van de betrokkenen (in hun eigen woorden)";
/// Label: whose word.
pub const L_VAN: &str = "Van";
/// Label: date.
pub const L_DATUM: &str = "Datum";
/// Label: subject.
pub const L_ONDERWERP: &str = "Onderwerp";
/// Label: their view.
pub const L_ZIENSWIJZE: &str = "Zienswijze";
/// Label: what they dispute.
pub const L_BETWIST: &str = "Betwist";
/// Label: with the melding.
pub const L_BIJ_MELDING: &str = "Mee met de melding";
/// Heading: AVG art. 16 requests.
pub const H_CORRECTIEVERZOEKEN: &str = "Verzoeken om correctie of aanvulling (artikel 16 AVG)";
/// Label: who asked.
pub const L_VERZOEK_VAN: &str = "Verzoek van";
/// Label: received on.
pub const L_ONTVANGEN_OP: &str = "Ontvangen op";
/// Label: the request.
pub const L_VERZOEK: &str = "Verzoek";
/// Label: the answer.
pub const L_ANTWOORD: &str = "Antwoord";
/// Answer not yet given.
pub const NOG_GEEN_ANTWOORD: &str = "nog niet beantwoord";
/// Granted.
pub const TOEGEKEND: &str = "toegekend";
/// Refused.
pub const AFGEWEZEN: &str = "afgewezen";
/// Heading: the account of decisions.
pub const H_BESLUIT_VERANTWOORDING: &str = "Verantwoording van de besluiten";
/// Label: eindverantwoordelijke.
pub const L_EINDVERANTWOORDELIJKE: &str = "Eindverantwoordelijke";
/// Label: together with Veilig Thuis.
pub const L_SAMEN_MET_VT: &str = "Samen met Veilig Thuis";
/// Not together with Veilig Thuis.
pub const NIET_SAMEN_MET_VT: &str = "nee";
/// Label: deviation from the meldnorm.
pub const L_AFWIJKING: &str = "Afwijking van de meldnorm, motivering";
/// Label: meldnorm grounds.
pub const L_MELDNORM: &str = "Meldnorm van toepassing";

/// History: signal withdrawn.
pub const CH_INGETROKKEN: &str = "Signaal ingetrokken";
/// History: signal approved.
pub const CH_GEACCORDEERD: &str = "Signaal geaccordeerd door de bron";
/// History: zienswijze added.
pub const CH_ZIENSWIJZE: &str = "Zienswijze vastgelegd";
/// History: correction request.
pub const CH_CORRECTIEVERZOEK: &str = "Verzoek om correctie of aanvulling";
/// History: correction request answered.
pub const CH_CORRECTIEVERZOEK_ANTWOORD: &str = "Verzoek om correctie beantwoord";
/// History: migrated form answers.
pub const CH_OVERGEZET: &str = "Formulierantwoorden overgezet naar het register";

/// Reminder: afspraak to check.
pub const REM_AFSPRAAK: &str = "Afspraak controleren";
/// Reminder: follow-up with Veilig Thuis.
pub const REM_VERVOLG: &str = "Vervolg met Veilig Thuis na de melding";
/// Reminder: catch up the conversation.
pub const REM_GESPREK: &str = "Gesprek van stap 3 inhalen";
/// Reminder: evaluation of stap 5.
pub const REM_EVALUATIE: &str = "Evaluatie van het besluit";
/// Reminder: answer an AVG art. 16 request.
pub const REM_CORRECTIE: &str = "Verzoek om correctie beantwoorden (binnen een maand)";
/// History: guidelines ticked for a VT information request.
pub const CH_RICHTLIJNEN: &str = "Richtlijnen afgevinkt bij informatieverzoek";
/// Heading in the answer to Veilig Thuis: the guidelines followed.
pub const H_RICHTLIJNEN: &str = "Gevolgde richtlijnen (Haxe en Janssen)";
/// In the melding: "Zienswijze van {role} ({date}): …".
pub const ZIENSWIJZE_VAN: &str = "Zienswijze van";
/// "Met" (with whom), in a migrated conversation.
pub const MET: &str = "Met";
