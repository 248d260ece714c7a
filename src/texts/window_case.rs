//! Window texts of the "Nieuw dossier" form (who the dossier is about) and of the
//! Gebruikers section of the Organisatie page (the vault's users), with the refusals the
//! operations behind them add.

// ---- Nieuw dossier ----

/// Tooltip of the "Nieuw dossier" command.
pub const NEW_DOSSIER_TIP: &str = "Een nieuw dossier beginnen: eerst vul je in over wie het gaat";
/// Heading of the form that starts a dossier.
pub const NEW_DOSSIER_HEADING: &str = "Een nieuw dossier beginnen";
/// Under the heading: what the form asks and what comes later.
pub const NEW_DOSSIER_INTRO: &str = "Over wie gaat dit dossier? Vul in wat je nu weet. Ouders, \
     broers en zussen en andere betrokkenen voeg je daarna toe bij Betrokkenen.";
/// Label of the title field.
pub const NEW_DOSSIER_TITLE: &str = "Titel van het dossier";
/// Help under the title field: a neutral title, no names.
pub const NEW_DOSSIER_TITLE_HELP: &str = "De titel staat in de dossierlijst en in \
     bestandsnamen. Beschrijf de zorg, niet de persoon, bijvoorbeeld \u{201c}Groep 5, blauwe \
     plekken\u{201d}. Geen namen.";
/// The title the form starts with: neutral, never a name.
pub const NEW_DOSSIER_DEFAULT_TITLE: &str = "Zorgsignalen";
/// Heading above the person fields.
pub const NEW_DOSSIER_SUBJECT: &str = "Over wie gaat het dossier";
/// Button: create the dossier.
pub const NEW_DOSSIER_CREATE: &str = "Dossier aanmaken";

// ---- Gebruikers ----

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
pub const USER_NAME: &str = "Naam";
/// Column heading: function.
pub const USER_FUNCTION: &str = "Functie";
/// Marker after the user's own name.
pub const USER_IS_YOU: &str = "(jij)";
/// Marker of a user the profile names as eindverantwoordelijke or aandachtsfunctionaris.
pub const USER_MANAGES: &str = "beheert gebruikers";
/// Heading of the add form.
pub const USER_ADD_HEADING: &str = "Een collega toevoegen";
/// Field label: the new user's name.
pub const USER_NEW_NAME: &str = "Naam van de nieuwe gebruiker";
/// Field label: the new user's function.
pub const USER_NEW_FUNCTION: &str = "Functie van de nieuwe gebruiker";
/// Field label: the new user's passphrase.
pub const USER_NEW_PASSPHRASE: &str = "Wachtwoord van de nieuwe gebruiker";
/// Field label: the new user's passphrase again.
pub const USER_NEW_PASSPHRASE_AGAIN: &str = "Herhaal dat wachtwoord";
/// How the passphrase reaches the colleague.
pub const USER_PASSPHRASE_HANDOVER: &str = "Geef het wachtwoord persoonlijk door, nooit per \
     e-mail. Je collega kan het daarna zelf wijzigen.";
/// Button: add the user.
pub const USER_ADD: &str = "Gebruiker toevoegen";
/// Button on a user's row: start removing them (asks first).
pub const USER_REMOVE: &str = "Verwijderen\u{2026}";
/// The confirmation question (after the user's name).
pub const USER_REMOVE_ASK: &str = "uit de kluis verwijderen? Daarna kan deze gebruiker de \
     kluis niet meer openen. De sleutel van de kluis wordt vernieuwd; dat kan even duren.";
/// Button: confirm the removal.
pub const USER_REMOVE_CONFIRM: &str = "Ja, verwijderen";
/// Message after a user was added.
pub const USER_ADDED: &str = "Gebruiker toegevoegd.";
/// Message after a user was removed.
pub const USER_REMOVED: &str = "Gebruiker verwijderd; de sleutel van de kluis is vernieuwd.";
/// Refusal: a new user without a name.
pub const USER_NAME_MISSING: &str =
    "Vul de naam van de nieuwe gebruiker in, zoals de geschiedenis en het logboek die tonen.";
