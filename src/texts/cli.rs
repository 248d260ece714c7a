//! What only the command line says: its prompts and the lines that report what a command did.
//! Refusals and errors both front ends share are in [`super::messages`].

/// Prompt: the vault's passphrase.
pub const PROMPT_PASSPHRASE: &str = "Wachtwoordzin: ";

/// Prompt: the current passphrase, before a new one.
pub const PROMPT_CURRENT_PASSPHRASE: &str = "Huidige wachtwoordzin: ";

/// Prompt: a new passphrase.
pub const PROMPT_NEW_PASSPHRASE: &str = "Nieuwe wachtwoordzin: ";

/// Prompt: the passphrase of a vault being made.
pub const PROMPT_NEW_VAULT_PASSPHRASE: &str = "Wachtwoordzin voor de nieuwe kluis: ";

/// Prompt: the passphrase of a user being added.
pub const PROMPT_NEW_USER_PASSPHRASE: &str = "Wachtwoordzin voor de nieuwe gebruiker: ";

/// Prompt: the same again.
pub const PROMPT_REPEAT: &str = "Herhaal: ";

/// Prompt: the password of a certificate file being read.
pub const PROMPT_CERTIFICATE_PASSWORD: &str = "Wachtwoord van het certificaat: ";

/// Prompt: the password of a certificate file being written.
pub const PROMPT_NEW_CERTIFICATE_FILE_PASSWORD: &str = "Wachtwoord voor het certificaatbestand: ";

/// Refusal: the two passphrases typed differ.
pub const PASSPHRASES_DIFFER: &str = "De twee wachtwoordzinnen verschillen.";

/// Refusal: the two passwords typed differ.
pub const PASSWORDS_DIFFER: &str = "De twee wachtwoorden verschillen.";

/// Before a path that already exists and is not overwritten.
pub const FILE_EXISTS_PREFIX: &str = "Bestaat al:";

/// Refusal: `cert new` without a place to keep the certificate.
pub const CERTIFICATE_NEW_NEEDS_TARGET: &str = "Geef --vault PAD of --out BESTAND.p12.";

/// Before a file written.
pub const WRITTEN_PREFIX: &str = "geschreven:";

/// Before a file signed.
pub const SIGNED_PREFIX: &str = "ondertekend:";

/// Before a certificate file made.
pub const CERTIFICATE_CREATED_PREFIX: &str = "gemaakt:";

/// Before the fingerprint of a certificate put in the vault.
pub const CERTIFICATE_IMPORTED_PREFIX: &str = "in de kluis gezet:";

/// `cert show`: the labels, padded to one column.
pub const CERTIFICATE_SHOW_VAULT_USER: &str = "Kluisgebruiker:";
/// `cert show`: name.
pub const CERTIFICATE_SHOW_NAME: &str = "Naam:";
/// `cert show`: function.
pub const CERTIFICATE_SHOW_FUNCTION: &str = "Functie:";
/// `cert show`: organisation.
pub const CERTIFICATE_SHOW_ORGANISATION: &str = "Organisatie:";
/// `cert show`: valid until.
pub const CERTIFICATE_SHOW_VALID_UNTIL: &str = "Geldig tot:";
/// `cert show`: self-signed or not.
pub const CERTIFICATE_SHOW_SELF_SIGNED: &str = "Zelf ondertekend:";
/// `cert show`: the fingerprint.
pub const CERTIFICATE_SHOW_FINGERPRINT: &str = "SHA-256:";

/// Yes, in a listing.
pub const YES: &str = "ja";
/// No, in a listing.
pub const NO: &str = "nee";

/// Before a vault made.
pub const VAULT_CREATED_PREFIX: &str = "Kluis gemaakt:";

/// Before a problem `vault check` found.
pub const VAULT_CHECK_PROBLEM_PREFIX: &str = "probleem:";

/// `vault check` on a vault made with the cheap test key derivation.
pub const VAULT_CHECK_WEAK_KDF: &str =
    "waarschuwing: de sleutel van de wachtwoordzin gebruikt de lichte testinstellingen van Argon2";

/// `vault check`'s last line: dossiers, audit entries and the verdict.
pub fn vault_check_summary(dossiers: usize, audit_entries: usize, sound: bool) -> String {
    format!(
        "{dossiers} dossiers, {audit_entries} regels in het auditlog: {}",
        if sound { "in orde" } else { "NIET in orde" }
    )
}

/// `vault passwd` done.
pub const PASSPHRASE_CHANGED: &str = "Wachtwoordzin gewijzigd.";

/// After a re-key (`vault passwd|rekey|user remove`): the old backups re-encrypted in the
/// same session.
pub fn backups_reencrypted(n: usize) -> String {
    format!("Oude back-ups opnieuw versleuteld met de nieuwe sleutel: {n}.")
}

/// After a re-key: backups from before an earlier re-key, which could not be re-encrypted.
pub fn backups_still_stale(n: usize, vault: &std::path::Path) -> String {
    format!(
        "Nog {n} oude back-ups openen met een oude wachtwoordzin of voor een verwijderde \
         gebruiker (van voor een eerdere nieuwe sleutel); `meldcode vault backups {} \
         --destroy` vernietigt ze.",
        vault.display()
    )
}

/// `vault backups`: how many old backups there are (their file names above it).
pub fn backups_stale_count(n: usize) -> String {
    format!("Oude back-ups die nog met een oude wachtwoordzin openen: {n}")
}

/// `vault backups --destroy` done.
pub fn backups_destroyed(n: usize) -> String {
    format!("Oude back-ups vernietigd: {n}.")
}

/// `vault purge` with nothing past its bewaartermijn.
pub const PURGE_NOTHING_EXPIRED: &str = "Geen dossiers waarvan de bewaartermijn verstreken is.";

/// `vault purge` done.
pub fn purge_done(n: usize) -> String {
    format!("{n} dossiers definitief verwijderd.")
}

/// `vault purge` answered with no.
pub const PURGE_NOTHING_DELETED: &str = "Niets verwijderd.";

/// Before an error that is not one of the operations' own refusals.
pub const ERROR_PREFIX: &str = "fout:";

/// Before the cause of such an error.
pub const CAUSE_PREFIX: &str = "oorzaak:";

/// `vault purge`: the question before deleting.
pub fn purge_confirm(n: usize) -> String {
    format!("Deze {n} dossiers definitief verwijderen? Typ 'ja': ")
}

/// What `vault purge` accepts as yes.
pub const PURGE_CONFIRM_ANSWER: &str = "ja";

/// Before a folder that cannot be read.
pub const CANNOT_READ_FOLDER_PREFIX: &str = "Map niet te lezen:";

/// Before a path that is not a folder.
pub const NOT_A_FOLDER_PREFIX: &str = "Geen map:";

/// Before a file that cannot be read.
pub const CANNOT_READ_FILE_PREFIX: &str = "Niet te lezen:";

/// Before a file that is not UTF-8 text.
pub const NOT_UTF8_PREFIX: &str = "Geen UTF-8-tekst:";

/// Standard input could not be read.
pub const CANNOT_READ_STANDARD_INPUT: &str = "De standaardinvoer is niet te lezen.";

/// Standard output could not be written.
pub const CANNOT_WRITE_STANDARD_OUTPUT: &str =
    "Er kan niet naar de standaarduitvoer worden geschreven.";

/// The writing check's bundled rules do not load (a build error).
pub const LINT_RULES_INVALID: &str = "De meegeleverde regels van de schrijfhulp zijn ongeldig.";

/// A passphrase could not be read from the terminal.
pub const CANNOT_READ_PASSPHRASE: &str = "De wachtwoordzin kon niet worden gelezen.";

/// Before the descriptor a passphrase could not be read from.
pub const CANNOT_READ_PASSPHRASE_FD_PREFIX: &str =
    "De wachtwoordzin kon niet worden gelezen uit descriptor";

/// `--passphrase-fd` outside Unix.
pub const PASSPHRASE_FD_UNIX_ONLY: &str =
    "--passphrase-fd werkt alleen op Unix; gebruik --passphrase-file.";

/// A passphrase that is not UTF-8.
pub const PASSPHRASE_NOT_UTF8: &str = "De wachtwoordzin is geen UTF-8-tekst.";

/// A password could not be asked (no terminal); before the variable to set instead.
pub const CANNOT_ASK_PASSWORD_SET_PREFIX: &str = "Het wachtwoord kan niet worden gevraagd; zet";

/// A password could not be read from the terminal.
pub const CANNOT_READ_PASSWORD: &str = "Het wachtwoord kon niet worden gelezen.";

/// An answer could not be read from the terminal.
pub const CANNOT_READ_ANSWER: &str = "Het antwoord kon niet worden gelezen.";

/// Before a certificate file that cannot be used.
pub const CANNOT_USE_CERTIFICATE_PREFIX: &str = "Certificaat niet te gebruiken:";

/// A PDF whose structure cannot be read.
pub const CANNOT_READ_PDF_STRUCTURE: &str = "De opbouw van de PDF is niet te lezen.";

/// Signing a PDF failed.
pub const CANNOT_SIGN_PDF: &str = "De PDF kon niet worden ondertekend.";

/// Signing failed.
pub const CANNOT_SIGN: &str = "Ondertekenen is mislukt.";

/// Before a file that is neither PDF nor DOCX.
pub const NOT_PDF_OR_DOCX_PREFIX: &str = "Geen PDF- of DOCX-bestand:";

/// `--page 0`.
pub const PAGES_COUNT_FROM_ONE: &str = "Pagina's tellen vanaf 1.";

/// `export` of a dossier document without `--dossier`.
pub fn dossier_required_for_kind(kind: &str) -> String {
    format!("--dossier ID is nodig voor --kind {kind}.")
}

/// Letter choices given with another kind of document.
pub const LETTER_CHOICES_ONLY_FOR_LETTER: &str =
    "--met-signaal en --zonder-signaal horen bij --kind brief-ouders.";

/// Before a `MELDCODE_TEST_TODAY` that is no date.
pub const TEST_TODAY_NOT_A_DATE_PREFIX: &str = "MELDCODE_TEST_TODAY is geen datum (JJJJ-MM-DD):";

/// A folder with no form set in it or in its sub-folders.
pub fn no_form_sets_in(folder: &str) -> String {
    format!("Geen formulierset in {folder}: er hoort een `set.toml` in de map of in een submap.")
}

/// A file that is not UTF-8: where the first wrong byte is.
pub fn invalid_utf8_at(name: &str, at: usize, line: usize, column: usize) -> String {
    format!("{name}: geen geldige UTF-8 bij byte {at} (regel {line}, byte {column} van die regel)")
}

/// An organisation's form folder with errors: how many, and the first.
pub fn form_folder_errors(folder: &str, count: usize, first: &str) -> String {
    format!("De formuliermap {folder} heeft {count} fout(en); de eerste: {first}")
}
