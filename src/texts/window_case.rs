//! Window texts of the "Nieuw dossier" form (who the dossier is about).

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
