//! The checklist before sending a melding (issue 9 §3): the dossier's [`Checklist`] merged
//! with the user's edits of the form's checklist fields and the organisation's configured
//! secure channel, and those fields prefilled from it. Pure.

use crate::domain::{Answers, Checklist, Dossier, Profile, Tri, Value, VeiligThuisCall};

fn text(a: &mut Answers, id: &str, value: &str) {
    if !value.trim().is_empty() {
        a.insert(id.to_owned(), Value::Text(value.trim().to_owned()));
    }
}

fn tri(b: bool) -> Value {
    Value::Tri(if b { Tri::Ja } else { Tri::Nee })
}

/// The secure channels the bundled form names: choice id and the name the checklist holds.
const CHANNELS: [(&str, &str); 3] = [
    ("zivver", "Zivver"),
    ("zorgmail", "ZorgMail"),
    ("secumailer", "SecuMailer"),
];

/// The checklist before sending as it stands: the dossier's checklist
/// ([`crate::domain::Change::SetChecklist`]), where it is silent completed from the user's
/// edits of the `controlelijst` and `open_melden` fields of the form, and the channel
/// defaulting to the organisation's configured secure mail (`beveiligde_mail`).
pub fn effective_checklist(d: &Dossier, p: &Profile) -> Checklist {
    let mut c = d.melding.checklist.clone();
    let edits = &d.melding.answers;
    let text_of = |id: &str| {
        edits
            .get(id)
            .and_then(Value::as_text)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    if c.call.is_none()
        && edits.get("vt_gebeld") == Some(&Value::Tri(Tri::Ja))
        && let Some(Value::DateTime(at)) = edits.get("vt_gebeld_op")
    {
        c.call = Some(VeiligThuisCall {
            at: *at,
            employee: String::new(),
        });
    }
    if let Some(call) = &mut c.call
        && call.employee.trim().is_empty()
        && let Some(name) = text_of("vt_medewerker")
    {
        call.employee = name;
    }
    if c.family_informed.is_none() {
        c.family_informed = match edits.get("gezin_geinformeerd") {
            Some(Value::Tri(Tri::Ja)) => Some(true),
            Some(Value::Tri(Tri::Nee)) => Some(false),
            _ => None,
        };
    }
    if c.exception.as_deref().is_none_or(|e| e.trim().is_empty())
        && let Some(Value::Choice(e)) = edits.get("uitzondering")
    {
        c.exception = Some(e.clone());
    }
    if c.exception_motivation.trim().is_empty()
        && let Some(m) = text_of("uitzondering_motivatie")
    {
        c.exception_motivation = m;
    }
    if c.channel.trim().is_empty() {
        c.channel = match edits.get("kanaal") {
            Some(Value::Choice(id)) if id == "anders" => {
                text_of("kanaal_anders").unwrap_or_default()
            }
            Some(Value::Choice(id)) => CHANNELS
                .iter()
                .find(|(cid, _)| cid == id)
                .map_or_else(|| id.clone(), |(_, name)| (*name).to_owned()),
            _ => p.organisation.beveiligde_mail.trim().to_owned(),
        };
    }
    c
}

/// The form's choice id for a channel name as the checklist holds it.
fn channel_id(channel: &str) -> Option<&'static str> {
    let c = channel.trim();
    CHANNELS
        .into_iter()
        .find(|(_, name)| c.eq_ignore_ascii_case(name))
        .map(|(id, _)| id)
}

/// The checklist fields of the form (`controlelijst`, `open_melden`), from a checklist.
pub(super) fn prefill(a: &mut Answers, c: &Checklist) {
    if let Some(call) = &c.call {
        a.insert("vt_gebeld".to_owned(), tri(true));
        a.insert("vt_gebeld_op".to_owned(), Value::DateTime(call.at));
        text(a, "vt_medewerker", &call.employee);
    }
    if !c.channel.trim().is_empty() {
        if let Some(id) = channel_id(&c.channel) {
            a.insert("kanaal".to_owned(), Value::Choice(id.to_owned()));
        } else {
            a.insert("kanaal".to_owned(), Value::Choice("anders".to_owned()));
            text(a, "kanaal_anders", &c.channel);
        }
    }
    if let Some(informed) = c.family_informed {
        a.insert("gezin_geinformeerd".to_owned(), tri(informed));
        if !informed {
            if let Some(e) = c.exception.as_deref().filter(|e| !e.trim().is_empty()) {
                a.insert("uitzondering".to_owned(), Value::Choice(e.to_owned()));
            }
            text(a, "uitzondering_motivatie", &c.exception_motivation);
        }
    }
}
