//! Texts of the About page and of the packaging commands (issue 19).

/// Heading of the About page.
pub const ABOUT_TITLE: &str = "Over Meldcode Dossier";

/// What the program is, one line.
pub const ABOUT_WHAT: &str = "De meldcode huiselijk geweld en kindermishandeling, stap voor stap. Alles blijft \
     versleuteld op uw eigen computer; het programma verstuurt zelf niets.";

/// Label before the version number.
pub const ABOUT_VERSION: &str = "Versie";

/// Label before the commit hash.
pub const ABOUT_COMMIT: &str = "Commit";

/// Label before the build date.
pub const ABOUT_BUILT: &str = "Gebouwd op";

/// Label before the licence.
pub const ABOUT_LICENCE: &str = "Licentie";

/// The licence in words.
pub const ABOUT_LICENCE_TEXT: &str = "European Union Public Licence 1.2 (EUPL-1.2). U mag het programma gebruiken, bestuderen, \
     aanpassen en verspreiden onder de voorwaarden van deze licentie.";

/// Where the licences of the bundled parts are.
pub const ABOUT_THIRD_PARTY: &str = "De licenties van de gebruikte onderdelen en van het lettertype DejaVu staan in \
     THIRD-PARTY-LICENSES en copyright (op Linux in /usr/share/doc/meldcode/).";

/// `generate`: the output folder cannot be made or written.
pub const GENERATE_CANNOT_WRITE: &str = "kan niet schrijven in de map";

/// `meldcode PATH` where PATH does not exist (a mistyped subcommand, most likely).
pub const OPEN_NO_SUCH_FILE: &str =
    "fout: dit bestand bestaat niet; bedoelde u een opdracht? Zie 'meldcode --help':";
