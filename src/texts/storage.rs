//! Dutch text of the vault's security checks (sealed state, schema, key slots, passphrase
//! policy).

/// The file asks for more key-derivation work than allowed; `{m}` (MiB), `{t}`, `{p}`.
pub const KDF_OUT_OF_BOUNDS: &str = "Dit kluisbestand vraagt een sleutelberekening die te \
     zwaar is ({m} MiB geheugen, {t} rondes, {p} parallelle banen; toegestaan is hoogstens \
     4096 MiB, 64 rondes en 16 banen). Zo'n bestand maakt Meldcode Dossier niet: het is \
     gewijzigd of komt van elders. Er is niets geopend of veranderd.";
/// The database holds objects a vault never has (trigger, view, extra table or index).
pub const UNEXPECTED_SCHEMA: &str = "Het kluisbestand bevat onderdelen die een kluis nooit \
     heeft (bijvoorbeeld een trigger of een view). Iemand heeft het bestand buiten Meldcode \
     Dossier om gewijzigd. Het wordt niet geopend, zodat er niets verloren gaat. Open een \
     reservekopie en meld dit aan uw beheerder.";
/// The vault's tables differ from its sealed state; a detail sentence follows.
pub const TAMPERED: &str = "Het kluisbestand is buiten Meldcode Dossier om gewijzigd en wordt \
     daarom niet geopend, zodat er niets verloren gaat. Open de nieuwste reservekopie en meld \
     dit aan uw beheerder.";
/// Tampering: the sealed state itself.
pub const TAMPER_STATE: &str = "De verzegelde inhoudsopgave van de kluis ontbreekt of hoort \
     niet bij deze kluis.";
/// Tampering: a counter or reference number.
pub const TAMPER_HEADER: &str = "Een teller of dossiernummer in het bestand is veranderd.";
/// Tampering: a dossier is gone; `{id}`.
pub const TAMPER_DOSSIER_MISSING: &str = "Dossier {id} is uit het bestand verwijderd.";
/// Tampering: a dossier was added; `{id}`.
pub const TAMPER_DOSSIER_ADDED: &str = "Dossier {id} is buiten het programma om toegevoegd.";
/// Tampering: a dossier holds an older version; `{id}`.
pub const TAMPER_DOSSIER_OLD: &str = "Dossier {id} is teruggezet naar een oudere versie.";
/// Tampering: a dossier row is not this vault's; `{id}`.
pub const TAMPER_DOSSIER_REPLACED: &str = "Dossier {id} is vervangen door een versie die \
     deze kluis niet heeft geschreven.";
/// Tampering: a record (profile, secret, audit head).
pub const TAMPER_RECORD: &str = "Een gegeven van de kluis (profiel, sleutel of logboek) is \
     vervangen, toegevoegd of verwijderd.";
/// Tampering: the audit log.
pub const TAMPER_AUDIT: &str = "Het logboek is ingekort, aangevuld of teruggezet.";
/// Tampering: the key slots.
pub const TAMPER_SLOTS: &str = "De toegang van de gebruikers (sleutels) is buiten het \
     programma om veranderd.";
/// No user by that name.
pub const UNKNOWN_USER: &str = "Deze kluis heeft geen gebruiker met die naam. Controleer de \
     naam, of laat u toevoegen door de aandachtsfunctionaris.";
/// User exists.
pub const USER_EXISTS: &str = "Deze kluis heeft al een gebruiker met die naam. Kies een \
     andere naam, bijvoorbeeld met een achternaam erbij.";
/// Cannot remove oneself.
pub const CANNOT_REMOVE_SELF: &str = "U kunt uzelf niet uit de kluis verwijderen. Vraag een \
     andere gebruiker om dat te doen.";
/// Passphrase policy: empty.
pub const PASS_EMPTY: &str = "Kies een wachtwoord; een lege kluis-sleutel beschermt niets.";
/// Passphrase policy: too short; `{n}` and `{min}`.
pub const PASS_TOO_SHORT: &str = "Het wachtwoord heeft {n} tekens; er zijn er minstens {min} \
     nodig. Een zin van vier of vijf losse woorden is lang genoeg en goed te onthouden.";
/// Passphrase policy: a well-known password.
pub const PASS_COMMON: &str = "Dit wachtwoord staat in de lijsten die inbrekers als eerste \
     proberen. Kies iets dat niemand kan raden, bijvoorbeeld vier of vijf losse woorden.";
/// Passphrase policy: predictable.
pub const PASS_PREDICTABLE: &str = "Dit wachtwoord is te voorspelbaar (herhalingen, reeksen \
     zoals abc of 123, of bekende woorden). Kies bijvoorbeeld vier of vijf losse woorden \
     die niet bij elkaar horen.";
/// The vault opened is older than one seen before; `{seen}` and `{vault}` are dates.
pub const OLDER_THAN_SEEN: &str = "Let op: deze kluis is ouder dan de versie die op deze \
     computer al eens is geopend (die was van {seen}; deze is van {vault}). Mogelijk is het \
     bestand vervangen door een oude kopie en ontbreekt wat sindsdien is vastgelegd. Zoek de \
     nieuwste versie of reservekopie voordat u verder werkt, en meld dit aan uw beheerder.";
