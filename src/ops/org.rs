//! The organisation profile, the user's own: showing and setting its fields. Every
//! document reads this profile and nothing else; the field rules (sector → form set,
//! Veilig Thuis region → its contact details, bewaartermijn range) are the domain's
//! ([`Organisation::set_field`]).

use super::{OpsError, Session};
pub use crate::domain::VEILIG_THUIS_REGIOS;
use crate::domain::{Actor, Organisation, Profile, Value, VeiligThuisRegio};
use crate::texts::messages as t;

/// The `protocol` form field behind a key the user types: the form's own id
/// (`organisatie_naam`) or its short name (`naam`, `eindverantwoordelijke`, …).
pub fn field_id(key: &str) -> Option<&'static str> {
    let k = key.trim().to_lowercase().replace('-', "_");
    Some(match k.as_str() {
        "naam" | "organisatie" | "organisatie_naam" => "organisatie_naam",
        "plaats" | "organisatie_plaats" => "organisatie_plaats",
        "sector" => "sector",
        "eindverantwoordelijke" | "eindverantwoordelijke_naam" => "eindverantwoordelijke_naam",
        "eindverantwoordelijke_functie" => "eindverantwoordelijke_functie",
        "aandachtsfunctionaris" | "aandachtsfunctionaris_naam" => "aandachtsfunctionaris_naam",
        "aandachtsfunctionaris_functie" => "aandachtsfunctionaris_functie",
        "veilig_thuis_regio" | "regio" => "veilig_thuis_regio",
        "veilig_thuis_telefoon" => "veilig_thuis_telefoon",
        "veilig_thuis_email" => "veilig_thuis_email",
        "veilig_thuis_adres" => "veilig_thuis_adres",
        "beveiligde_mail" => "beveiligde_mail",
        "klachtenregeling" => "klachtenregeling",
        "bewaartermijn" | "bewaartermijn_jaren" => "bewaartermijn_jaren",
        "tijdstempeldienst" | "timestamp_service" => "tijdstempeldienst",
        _ => return None,
    })
}

/// Splits `KEY=VALUE`.
pub fn parse_assignment(s: &str) -> Result<(String, String), OpsError> {
    let (k, v) = s
        .split_once('=')
        .ok_or(OpsError::Refused(t::PROFILE_FIELD_ARGUMENT_FORMAT))?;
    Ok((k.trim().to_owned(), v.trim().to_owned()))
}

/// Sets fields on `org` (all or none: the first refusal leaves the caller's copy to be
/// discarded). An empty value clears the field.
pub fn apply_fields(
    org: &mut Organisation,
    fields: &[(String, String)],
    region: Option<&str>,
) -> Result<(), OpsError> {
    for (key, value) in fields {
        let id = field_id(key).ok_or(OpsError::Refused(t::PROFILE_FIELD_NOT_RECOGNISED))?;
        // The protocol form asks these as a choice: stored as the option's id, so the
        // Organisatie page shows what was set here ("Basisonderwijs" → basisonderwijs).
        let choice = matches!(id, "sector" | "beveiligde_mail");
        let v = (!value.is_empty()).then(|| {
            if choice {
                Value::Choice(value.trim().to_lowercase().replace(' ', "-"))
            } else {
                Value::Text(value.clone())
            }
        });
        org.set_field(id, v.as_ref()).map_err(OpsError::Invalid)?;
    }
    if let Some(name) = region {
        let r = VeiligThuisRegio::find(name)
            .ok_or_else(|| OpsError::Invalid(t::unknown_vt_region(name)))?;
        org.apply_region(r);
        org.protocol.insert(
            "veilig_thuis_regio".to_owned(),
            Value::Text(r.name.to_owned()),
        );
    }
    Ok(())
}

/// The organisation's vocabulary (words the writing check accepts) as it is kept: trimmed,
/// without empty entries or repeats, in the order given.
pub fn vocabulary(words: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    words
        .into_iter()
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty() && seen.insert(w.clone()))
        .collect()
}

/// A new vault's profile: empty, never the example's, with the fields given.
pub fn new_profile(
    user: Actor,
    fields: &[(String, String)],
    region: Option<&str>,
) -> Result<Profile, OpsError> {
    let mut p = Profile::empty(user);
    apply_fields(&mut p.organisation, fields, region)?;
    Ok(p)
}

/// Sets fields of the session's profile, and the vocabulary when given (replacing it), and
/// saves it (audited as a profile change). Nothing is saved when one field is refused.
pub fn set(
    session: &mut Session,
    fields: &[(String, String)],
    region: Option<&str>,
    words: Option<Vec<String>>,
) -> Result<Profile, OpsError> {
    session.store.writable()?;
    let mut p = session.profile().clone();
    apply_fields(&mut p.organisation, fields, region)?;
    if let Some(words) = words {
        p.organisation.vocabulary = vocabulary(words);
    }
    session.store.save_profile(&p)?;
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_fields_are_stored_as_the_choice_the_organisation_page_shows() {
        let mut org = Organisation::default();
        let fields = [
            ("sector".to_owned(), "Basisonderwijs".to_owned()),
            ("beveiligde_mail".to_owned(), "Zivver".to_owned()),
            ("plaats".to_owned(), "Zoetermeer".to_owned()),
        ];
        apply_fields(&mut org, &fields, None).expect("fields set");
        assert_eq!(org.form_set, "basisonderwijs");
        assert_eq!(
            org.protocol.get("sector"),
            Some(&Value::Choice("basisonderwijs".to_owned()))
        );
        assert_eq!(
            org.protocol.get("beveiligde_mail"),
            Some(&Value::Choice("zivver".to_owned()))
        );
        assert_eq!(org.beveiligde_mail, "Zivver");
        assert_eq!(
            org.protocol.get("organisatie_plaats"),
            Some(&Value::Text("Zoetermeer".to_owned()))
        );
    }
}
