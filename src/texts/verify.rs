//! Dutch text of `meldcode verify` (issue 21): the report per signature, unsigned
//! signature fields, the verdict and the errors.

use crate::export::sign::{LaterChanges, Trust, TrustProblem, Verdict};

/// Exit-code summary shown under `meldcode verify --help`.
pub const EXIT_CODES: &str = "Afsluitcodes: 0 ongeschonden en ondertekenaar vertrouwd; \
     3 ongeschonden, maar de identiteit van de ondertekenaar is niet bevestigd \
     (zelf ondertekend, onbekende of ongeldige uitgever, verlopen certificaat); \
     1 gewijzigd, ongeldig of geen handtekening; 2 fout (bestand onleesbaar, geen PDF/DOCX, \
     .p7s ontbreekt).";

/// Label: who signed.
pub const SIGNER: &str = "Ondertekenaar:";

/// Label: e-mail address in the certificate.
pub const EMAIL: &str = "E-mail:";

/// Label: signing time.
pub const SIGNED_AT: &str = "Tijdstip:";

/// After the signing time: where it comes from.
pub const SIGNED_AT_CLAIMED: &str = "(volgens de klok van de ondertekenaar)";

/// Unknown value.
pub const UNKNOWN: &str = "(onbekend)";

/// Label: RFC 3161 timestamp.
pub const TIMESTAMP: &str = "Tijdstempel:";

/// The timestamp line: the time, and whether the token holds and its service is trusted.
pub fn timestamp(time: Option<&str>, intact: bool, trusted: bool) -> String {
    let time = time.unwrap_or(UNKNOWN);
    match (intact, trusted) {
        (false, _) => "ONGELDIG (de tijdstempel hoort niet bij deze handtekening of is \
                       beschadigd)"
            .to_owned(),
        (true, true) => format!("{time} (tijdstempeldienst vertrouwd)"),
        (true, false) => {
            format!("{time} (tijdstempeldienst niet in je lijst met vertrouwde certificaten)")
        }
    }
}

/// Label: reason.
pub const REASON: &str = "Reden:";

/// Label: place.
pub const LOCATION: &str = "Plaats:";

/// Label: are the signed bytes unchanged.
pub const INTACT: &str = "Ongeschonden:";

/// Intact.
pub const INTACT_YES: &str = "ja";

/// The signature value does not match the certificate.
pub const INTACT_BAD_SIGNATURE: &str = "nee (de handtekening past niet bij het certificaat)";

/// The digest does not match: the signed content changed.
pub const INTACT_CHANGED: &str = "nee (de ondertekende inhoud is gewijzigd)";

/// The byte ranges do not cover the document.
pub const INTACT_PARTIAL: &str = "nee (de handtekening dekt niet het hele document)";

/// Label: what came after the signature.
pub const LATER: &str = "Daarna:";

/// Label: certificate trust.
pub const CERTIFICATE: &str = "Certificaat:";

/// No signature at all.
pub const NO_SIGNATURE: &str = "geen digitale handtekening";

/// "FILE: N handtekening(en)".
pub fn signature_count(file: &str, count: usize) -> String {
    if count == 1 {
        format!("{file}: 1 handtekening")
    } else {
        format!("{file}: {count} handtekeningen")
    }
}

/// "FILE: handtekening in SIG".
pub fn detached_header(file: &str, signature_file: &str) -> String {
    format!("{file}: handtekening in {signature_file}")
}

/// "Handtekening N (FIELD)".
pub fn signature_heading(number: usize, field: Option<&str>) -> String {
    match field {
        Some(field) => format!("Handtekening {number} ({field})"),
        None => format!("Handtekening {number}"),
    }
}

/// What changed after the signature.
pub fn later_changes(changes: LaterChanges) -> &'static str {
    match changes {
        LaterChanges::None => "niets",
        LaterChanges::OnlySignatures => "alleen verdere handtekeningen",
        LaterChanges::Other => {
            "GEWIJZIGD: het document is na deze handtekening veranderd \
             (andere inhoud, pagina's of een niet-ondertekend handtekeningveld)"
        }
    }
}

/// Whether the certificate is trusted, and why not.
pub fn trust(trust: Trust, problem: Option<TrustProblem>) -> String {
    match (trust, problem) {
        (Trust::Trusted, _) => "vertrouwd".to_owned(),
        (Trust::SelfSigned, _) => {
            "zelf ondertekend en niet in je lijst met vertrouwde certificaten (--trust): \
             de identiteit is niet bevestigd"
                .to_owned()
        }
        (Trust::Untrusted, problem) => format!(
            "NIET vertrouwd: {}",
            trust_problem(problem.unwrap_or(TrustProblem::NoPathToTrusted))
        ),
    }
}

/// Why a certificate is not trusted.
pub fn trust_problem(problem: TrustProblem) -> &'static str {
    match problem {
        TrustProblem::NoPathToTrusted => {
            "geen keten naar een certificaat in je lijst met vertrouwde certificaten (--trust)"
        }
        TrustProblem::IssuerNotCa => {
            "uitgegeven door een certificaat dat geen certificaten mag uitgeven (geen CA)"
        }
        TrustProblem::IssuerKeyUsage => "de uitgever mag geen certificaten ondertekenen",
        TrustProblem::PathTooLong => "de keten is langer dan de uitgever toestaat",
        TrustProblem::SignerKeyUsage => "het certificaat is niet bedoeld om mee te ondertekenen",
        TrustProblem::NotValidAtSigningTime => {
            "een certificaat in de keten was op het tijdstip van ondertekenen niet geldig \
             (verlopen of nog niet geldig)"
        }
        TrustProblem::NoSigningTime => "de handtekening noemt geen tijdstip",
        TrustProblem::NoCertificate => "het certificaat van de ondertekenaar ontbreekt",
    }
}

/// A signature field without a signature.
pub fn unsigned_field(
    name: Option<&str>,
    page: Option<usize>,
    visible: bool,
    signed_over: bool,
) -> String {
    let page = page.map(|p| format!(" op pagina {p}")).unwrap_or_default();
    let visibility = if visible { "zichtbaar" } else { "onzichtbaar" };
    let when = if signed_over {
        ", al aanwezig bij de laatste handtekening (nog niet ondertekend)"
    } else {
        ": NA de laatste handtekening toegevoegd; het kan de pagina overdekken"
    };
    format!(
        "Leeg handtekeningveld \"{}\"{page}, {visibility}{when}",
        name.unwrap_or("?")
    )
}

/// The final line.
pub fn verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Trusted => "Uitslag: geldig, ongeschonden en ondertekenaar vertrouwd",
        Verdict::IntactNotTrusted => {
            "Uitslag: ongeschonden, maar de identiteit van de ondertekenaar is NIET bevestigd"
        }
        Verdict::Invalid => "Uitslag: ONGELDIG of GEWIJZIGD",
    }
}

/// A file cannot be read.
pub fn cannot_read(path: &str) -> String {
    format!("kan {path} niet lezen")
}

/// The detached signature file cannot be read.
pub fn cannot_read_signature(path: &str) -> String {
    format!("kan het handtekeningbestand {path} niet lezen")
}

/// A `--trust` certificate cannot be read.
pub fn cannot_read_certificate(path: &str) -> String {
    format!("kan het certificaat {path} niet lezen (PEM of DER verwacht)")
}

/// Neither PDF nor DOCX.
pub fn not_pdf_or_docx(path: &str) -> String {
    format!("geen PDF- of DOCX-bestand: {path}")
}

/// The PDF could not be checked.
pub const CANNOT_CHECK_PDF: &str = "kan de PDF niet controleren";

/// The detached signature could not be checked.
pub fn cannot_check_signature(path: &str) -> String {
    format!("kan de handtekening in {path} niet controleren")
}
