//! The rest of a case, for the window and the command line alike: consultations, the
//! conversation or why it was skipped, the urgent path, agreements, requests for
//! information from Veilig Thuis, and answering step forms field by field with the same
//! checks (known field, right type, offered choice, dates in range) before anything is saved.

use chrono::NaiveDate;

use super::dates::{self, DateUse};
use super::dossier::apply;
use super::forms::FormSets;
use super::{OpsError, Session};
use crate::domain::{
    Change, Consultation, ConsultationKind, ConversationSkipped, Dossier, DossierId, InfoRequest,
    PersonId, Step, StepStatus, Tri, Value,
};
use crate::form::{Field, FieldKind, FormDef, FormSet};
use crate::texts::messages as t;

/// Which form a field belongs to: a step's form or the meldformulier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormTarget {
    /// The form of stap 1..5.
    Step(Step),
    /// The meldformulier.
    Melding,
}

impl FormTarget {
    /// Reads `1`..`5` or `melding`.
    pub fn parse(s: &str) -> Result<Self, OpsError> {
        let s = s.trim();
        if s.eq_ignore_ascii_case("melding") || s.eq_ignore_ascii_case("meldformulier") {
            return Ok(FormTarget::Melding);
        }
        s.parse::<u8>()
            .ok()
            .and_then(Step::from_number)
            .map(FormTarget::Step)
            .ok_or(OpsError::Refused(t::STEP_UNKNOWN))
    }
}

/// Fields of a step's form that are records of their own, with the command that records
/// them. `step set` refuses them; `step complete` counts them filled when the records exist.
pub const RECORD_FIELDS: &[(&str, &str)] = &[
    ("signalen", "signal add"),
    ("consultaties", "consultation add"),
    ("kinderen", "person add"),
    ("ouders", "person add"),
    ("feiten", "signal add"),
    ("gesprek_datum", "conversation add"),
    ("gesprek_met", "conversation add"),
    ("gesprek_besproken", "conversation add"),
    ("gesprek_reactie", "conversation add"),
    ("vt_geraadpleegd", "consultation add"),
    ("vt_datum", "consultation add"),
    ("vt_medewerker", "consultation add"),
    ("vt_advies", "consultation add"),
    ("melden_noodzakelijk", "decide"),
    ("melden_motivatie", "decide"),
    ("hulp_mogelijk", "decide"),
    ("hulp_motivatie", "decide"),
    ("eindverantwoordelijke", "decide"),
    ("stap5_besluit_datum", "decide"),
];

/// One field of a form as the command line lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldInfo {
    /// The key to use with `step set --field KEY=VALUE`.
    pub key: String,
    /// The Dutch label.
    pub label: String,
    /// The kind (`text`, `date`, `choice`, ...).
    pub kind: String,
    /// Whether the step cannot be completed without it.
    pub required: bool,
    /// The choice ids offered, for choice kinds.
    pub choices: Vec<String>,
    /// The subcommand to use instead, for a field that is a record of its own.
    pub record_of: Option<String>,
}

fn form_of<'a>(
    forms: &'a FormSets,
    dossier: &Dossier,
    target: FormTarget,
) -> Result<(&'a FormSet, &'a FormDef), OpsError> {
    let none = OpsError::Refused(t::FORM_SET_NOT_FOUND);
    match target {
        FormTarget::Step(step) => {
            let set = forms.get(&dossier.form_set).ok_or(none)?;
            let form = set
                .step_form(step.number())
                .ok_or(OpsError::Refused(t::FORM_SET_NOT_FOUND))?;
            Ok((set, form))
        }
        FormTarget::Melding => {
            let set = forms.meldformulier_set().ok_or(none)?;
            let form = set
                .form(crate::report::melding_doc::FORM_ID)
                .ok_or(OpsError::Refused(t::FORM_SET_NOT_FOUND))?;
            Ok((set, form))
        }
    }
}

fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Text => "text",
        FieldKind::LongText => "long-text",
        FieldKind::Date => "date",
        FieldKind::DateTime => "date-time",
        FieldKind::Choice => "choice",
        FieldKind::MultiChoice => "multi-choice",
        FieldKind::JaNeeWeetNiet => "ja-nee-weet-niet",
        FieldKind::JaNee => "ja-nee",
        FieldKind::Person => "person",
        FieldKind::Repeat => "repeat",
        FieldKind::Info => "info",
    }
}

fn choice_ids(set: &FormSet, field: &Field) -> Vec<String> {
    field
        .choices
        .as_ref()
        .and_then(|c| set.choices.get(c))
        .map(|l| l.options.iter().map(|o| o.id.clone()).collect())
        .unwrap_or_default()
}

fn record_of(key: &str) -> Option<&'static str> {
    RECORD_FIELDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, cmd)| *cmd)
}

/// The fields of a form that take an answer, in form order.
pub fn fields(
    forms: &FormSets,
    dossier: &Dossier,
    target: FormTarget,
) -> Result<Vec<FieldInfo>, OpsError> {
    let (set, form) = form_of(forms, dossier, target)?;
    Ok(form
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .filter(|f| f.kind != FieldKind::Info)
        .map(|f| FieldInfo {
            key: f.id.clone(),
            label: f.label.clone(),
            kind: kind_name(f.kind).to_owned(),
            required: f.required,
            choices: choice_ids(set, f),
            record_of: record_of(&f.id).map(str::to_owned),
        })
        .collect())
}

/// Reads `ja`, `nee` or `weet-niet`.
pub fn parse_tri(s: &str) -> Result<Tri, OpsError> {
    match s.trim().to_lowercase().as_str() {
        "ja" => Ok(Tri::Ja),
        "nee" => Ok(Tri::Nee),
        "weet-niet" | "weet niet" | "weetniet" => Ok(Tri::WeetNiet),
        _ => Err(OpsError::Refused(t::ANSWER_YES_NO_DONT_KNOW_UNREADABLE)),
    }
}

fn field_error(text: &'static str, key: &str) -> OpsError {
    OpsError::Incomplete(text, vec![key.to_owned()])
}

/// Reads one typed value for a field; an empty value clears it.
fn read_value(
    session: &Session,
    set: &FormSet,
    dossier: &Dossier,
    field: &Field,
    raw: &str,
) -> Result<Option<Value>, OpsError> {
    let key = field.id.as_str();
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    let wrong = || field_error(t::FORM_FIELD_WRONG_TYPE, key);
    let date_error = |e: OpsError| {
        OpsError::Incomplete(
            t::FORM_FIELD_WRONG_TYPE,
            vec![format!("{key}: {}", e.dutch_message())],
        )
    };
    let value = match field.kind {
        FieldKind::Text | FieldKind::LongText => Value::Text(raw.to_owned()),
        FieldKind::Date => {
            Value::Date(dates::parse(session, raw, DateUse::Planned).map_err(date_error)?)
        }
        FieldKind::DateTime => {
            let at = crate::form::dates::parse_date_time(raw, Some(session.today()))
                .map_err(|e| date_error(OpsError::Refused(e.dutch_message())))?;
            crate::form::dates::check_range(at.date(), session.today(), DateUse::Planned)
                .map_err(|e| date_error(OpsError::Refused(e.dutch_message())))?;
            Value::DateTime(at)
        }
        FieldKind::Choice => {
            if !choice_ids(set, field).iter().any(|c| c == raw) {
                return Err(field_error(t::FORM_FIELD_CHOICE_NOT_OFFERED, key));
            }
            Value::Choice(raw.to_owned())
        }
        FieldKind::MultiChoice => {
            let offered = choice_ids(set, field);
            let picked: Vec<String> = raw
                .split(',')
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect();
            if let Some(bad) = picked.iter().find(|p| !offered.contains(p)) {
                return Err(field_error(
                    t::FORM_FIELD_CHOICE_NOT_OFFERED,
                    &format!("{key}: {bad}"),
                ));
            }
            Value::Multi(picked)
        }
        FieldKind::JaNee => match parse_tri(raw).map_err(|_| wrong())? {
            Tri::WeetNiet => return Err(field_error(t::FORM_FIELD_CHOICE_NOT_OFFERED, key)),
            v => Value::Tri(v),
        },
        FieldKind::JaNeeWeetNiet => Value::Tri(parse_tri(raw).map_err(|_| wrong())?),
        FieldKind::Person => {
            let n: u32 = raw.parse().map_err(|_| wrong())?;
            if dossier.person(PersonId(n)).is_none() {
                return Err(field_error(t::FORM_FIELD_WRONG_TYPE, key));
            }
            Value::Person(PersonId(n))
        }
        FieldKind::Repeat | FieldKind::Info => return Err(wrong()),
    };
    Ok(Some(value))
}

/// Sets fields of a step's form or the meldformulier from `KEY=VALUE` texts. Every value is
/// checked first; one bad value refuses them all and nothing is saved.
pub fn set_fields(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    target: FormTarget,
    pairs: &[(String, String)],
) -> Result<Dossier, OpsError> {
    session.store.writable()?;
    let dossier = session.store.load(id)?;
    let (set, form) = form_of(forms, &dossier, target)?;
    let mut changes = Vec::new();
    for (key, raw) in pairs {
        let field = form
            .sections
            .iter()
            .flat_map(|s| &s.fields)
            .find(|f| f.id == *key && f.kind != FieldKind::Info);
        // A record of its own is refused with its command: a step field that is one, or a
        // field the step forms no longer ask because its record holds it.
        let record =
            record_of(key).filter(|_| field.is_none() || matches!(target, FormTarget::Step(_)));
        if let Some(cmd) = record {
            return Err(field_error(
                t::FORM_FIELD_IS_RECORD,
                &format!("{key}: {cmd}"),
            ));
        }
        let field = field.ok_or_else(|| field_error(t::FORM_FIELD_UNKNOWN, key))?;
        let value = read_value(session, set, &dossier, field, raw)?;
        changes.push(match target {
            FormTarget::Step(step) => Change::SetField {
                step,
                field: key.clone(),
                value,
            },
            FormTarget::Melding => Change::SetMeldingField {
                field: key.clone(),
                value,
            },
        });
    }
    if dossier.is_closed() {
        return Err(crate::domain::ChangeError::Closed.into());
    }
    let mut d = dossier;
    for change in changes {
        d = apply(session, id, change)?;
    }
    Ok(d)
}

/// Reads `KEY=VALUE` pairs from a TOML table (strings, booleans as ja/nee, arrays of
/// strings as a multi-choice list).
pub fn pairs_from_toml(text: &str) -> Result<Vec<(String, String)>, OpsError> {
    let table: toml::Table =
        toml::from_str(text).map_err(|_| OpsError::Refused(t::ANSWERS_FILE_UNREADABLE))?;
    table
        .into_iter()
        .map(|(k, v)| {
            let s = match v {
                toml::Value::String(s) => s,
                toml::Value::Boolean(b) => if b { "ja" } else { "nee" }.to_owned(),
                toml::Value::Integer(n) => n.to_string(),
                toml::Value::Array(items) => items
                    .iter()
                    .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
                    .collect::<Vec<_>>()
                    .join(","),
                _ => return Err(field_error(t::FORM_FIELD_WRONG_TYPE, &k)),
            };
            Ok((k, s))
        })
        .collect()
}

/// The labels of required fields still empty for completing a step. A record field
/// (signals, consultations) and its sub-fields count as filled when its records exist.
pub fn missing_for_completion(form: &FormDef, dossier: &Dossier, step: Step) -> Vec<String> {
    let recorded = |key: &str| match key {
        "signalen" => !dossier.signals.is_empty(),
        "consultaties" => !dossier.consultations.is_empty(),
        _ => false,
    };
    let covered: Vec<&str> = form
        .sections
        .iter()
        .flat_map(|s| &s.fields)
        .filter(|f| recorded(&f.id))
        .flat_map(|f| std::iter::once(f.id.as_str()).chain(f.fields.iter().map(|s| s.id.as_str())))
        .collect();
    let mut missing: Vec<String> = crate::form::missing_required(form, &dossier.form_answers(step))
        .into_iter()
        .filter(|f| !covered.contains(&f.id.as_str()))
        .map(|f| f.label.clone())
        .collect();
    // The signals list is the one record of stap 1: it cannot be done without one.
    if step == Step::Signaleren && dossier.signals.is_empty() {
        missing.insert(0, t::STEP_SIGNALS_NEEDED.to_owned());
    }
    missing
}

/// Completes a step (the same check as the window's: [`super::dossier::complete_step`]).
pub fn complete_step(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    step: Step,
) -> Result<Dossier, OpsError> {
    let dossier = session.store.load(id)?;
    super::dossier::complete_step(session, forms, &dossier, step)
}

/// Records a consultation of stap 2; returns the dossier and its id.
pub fn add_consultation(
    session: &mut Session,
    id: DossierId,
    consultation: Consultation,
) -> Result<(Dossier, u32), OpsError> {
    if consultation.with_whom.trim().is_empty() || consultation.outcome.trim().is_empty() {
        return Err(OpsError::Refused(t::CONSULTATION_INCOMPLETE));
    }
    super::dates::check(session, consultation.on, super::dates::DateUse::Happened)?;
    start_if_open(session, id, Step::Consulteren)?;
    let d = apply(session, id, Change::AddConsultation { consultation })?;
    let new_id = d.consultations.last().map_or(0, |c| c.id);
    Ok((d, new_id))
}

/// A consultation kind from its command-line word.
pub fn consultation_kind(s: &str) -> Option<ConsultationKind> {
    match s {
        "collegiaal" => Some(ConsultationKind::Collegiaal),
        "veilig-thuis" => Some(ConsultationKind::VeiligThuis),
        "deskundige" => Some(ConsultationKind::Deskundige),
        _ => None,
    }
}

fn start_if_open(session: &mut Session, id: DossierId, step: Step) -> Result<(), OpsError> {
    let d = session.store.load(id)?;
    if d.step(step).status == StepStatus::Open && !d.is_closed() {
        apply(session, id, Change::StartStep { step })?;
    }
    Ok(())
}

/// Records why the conversation of stap 3 was not held: a reason of the form set's list.
pub fn skip_conversation(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    skipped: ConversationSkipped,
) -> Result<Dossier, OpsError> {
    let dossier = session.store.load(id)?;
    let offered = forms
        .get(&dossier.form_set)
        .and_then(|set| {
            let form = set.step_form(Step::Gesprek.number())?;
            let field = form
                .sections
                .iter()
                .flat_map(|s| &s.fields)
                .find(|f| f.id == "geen_gesprek_reden")?;
            Some(choice_ids(set, field))
        })
        .unwrap_or_default();
    if skipped.explanation.trim().is_empty()
        || (!offered.is_empty() && !offered.contains(&skipped.reason))
    {
        return Err(OpsError::Refused(t::CONVERSATION_SKIP_INCOMPLETE));
    }
    apply(session, id, Change::SkipConversation { skipped })
}

/// Puts the dossier on the urgent path, with the reason.
pub fn mark_urgent(
    session: &mut Session,
    id: DossierId,
    reason: String,
) -> Result<Dossier, OpsError> {
    if reason.trim().is_empty() {
        return Err(OpsError::Refused(t::URGENT_REASON_MISSING));
    }
    apply(session, id, Change::MarkUrgent { reason })
}

/// Adds an agreement of the veiligheidsplan (the window's operation); returns its id too.
pub fn add_afspraak(
    session: &mut Session,
    id: DossierId,
    who: String,
    what: String,
    due: NaiveDate,
    check: String,
) -> Result<(Dossier, u32), OpsError> {
    let d = super::followup::add_afspraak(session, id, who, what, due, check)?;
    let new_id = d.afspraken.last().map_or(0, |a| a.id);
    Ok((d, new_id))
}

/// Records a request for information from Veilig Thuis; returns its id.
pub fn add_info_request(
    session: &mut Session,
    id: DossierId,
    received_on: NaiveDate,
    asked_by: String,
    questions: String,
) -> Result<(Dossier, u32), OpsError> {
    if asked_by.trim().is_empty() || questions.trim().is_empty() {
        return Err(OpsError::Refused(t::VT_REQUEST_INCOMPLETE));
    }
    let received_on = dates::check(session, received_on, DateUse::Happened)?;
    let request = InfoRequest {
        id: 0,
        received_on,
        asked_by,
        questions,
        own_observations: String::new(),
        from_others: String::new(),
        consent: None,
        consent_note: String::new(),
        answered_on: None,
    };
    let d = apply(session, id, Change::SetInfoRequest { request })?;
    let new_id = d.info_requests.last().map_or(0, |r| r.id);
    Ok((d, new_id))
}

/// What the answer to a request for information says.
#[derive(Debug, Clone, Default)]
pub struct InfoAnswer {
    /// What the professional saw and heard.
    pub own_observations: String,
    /// What others told.
    pub from_others: String,
    /// Whether the family consented to sharing.
    pub consent: Option<bool>,
    /// About the consent.
    pub consent_note: String,
    /// When it was answered.
    pub answered_on: NaiveDate,
    /// The guidelines (1–7) followed; `None` keeps those stored.
    pub guidelines: Option<Vec<u8>>,
}

/// Records the answer to a request for information.
pub fn answer_info_request(
    session: &mut Session,
    id: DossierId,
    request: u32,
    answer: InfoAnswer,
) -> Result<Dossier, OpsError> {
    let dossier = session.store.load(id)?;
    let mut r = dossier
        .info_requests
        .iter()
        .find(|r| r.id == request)
        .cloned()
        .ok_or(OpsError::Refused(t::VT_REQUEST_NUMBER_UNKNOWN))?;
    if answer.own_observations.trim().is_empty() && answer.from_others.trim().is_empty() {
        return Err(OpsError::Refused(t::VT_REQUEST_INCOMPLETE));
    }
    if let Some(g) = &answer.guidelines {
        super::followup::check_guidelines(g)?;
    }
    r.own_observations = answer.own_observations;
    r.from_others = answer.from_others;
    r.consent = answer.consent;
    r.consent_note = answer.consent_note;
    r.answered_on = Some(dates::check(
        session,
        answer.answered_on,
        DateUse::Happened,
    )?);
    let d = apply(session, id, Change::SetInfoRequest { request: r })?;
    match answer.guidelines {
        Some(ticked) => super::followup::set_info_request_guidelines(session, d, request, ticked),
        None => Ok(d),
    }
}

/// Answers one afwegingskader question: the question must be in the dossier's tree and a
/// motivation is required; `samen_met_vt` says with whom at Veilig Thuis and when, if it
/// was answered together with Veilig Thuis.
pub fn answer_afweging(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    question: &str,
    answer: Tri,
    motivation: String,
    samen_met_vt: Option<crate::domain::VtSamen>,
) -> Result<Dossier, OpsError> {
    let dossier = session.store.load(id)?;
    let known = forms
        .get(&dossier.form_set)
        .and_then(|s| s.tree.as_ref())
        .is_some_and(|tree| tree.question(question).is_some());
    if !known {
        return Err(OpsError::Refused(t::AFWEGING_QUESTION_UNKNOWN));
    }
    if motivation.trim().is_empty() {
        return Err(OpsError::Refused(t::MOTIVATION_REQUIRED));
    }
    super::dossier::answer_afweging(
        session,
        id,
        question.to_owned(),
        answer,
        motivation,
        samen_met_vt,
    )
}

/// Keeps hints of the writing check in the melding, each with its reason, so the melding
/// gate can pass. Each hint is chosen by its position (1-based) in the list of what stands
/// between the melding and its export, as `mail` prints it before any is kept; only the
/// hint at that place is kept, never every hit of its rule. Every position is checked
/// before anything is saved.
pub fn keep_melding_hints(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    keeps: &[(usize, String)],
) -> Result<Dossier, OpsError> {
    use crate::report::melding_check::{Missing, readiness};
    let form = forms
        .meldformulier_set()
        .and_then(|s| s.form(crate::report::melding_doc::FORM_ID))
        .ok_or(OpsError::Refused(t::MELDFORMULIER_NOT_FOUND))?
        .clone();
    let mut dossier = session.store.load(id)?;
    let profile = session.profile().clone();
    let gaps = readiness(&dossier, &profile, &form, &crate::lint::lint);
    let mut hints = Vec::new();
    for (position, reason) in keeps {
        if reason.trim().is_empty() {
            return Err(OpsError::Refused(t::REASON_MISSING));
        }
        let Some(Missing::Hint {
            field,
            rule,
            matched,
            ..
        }) = position.checked_sub(1).and_then(|i| gaps.get(i))
        else {
            return Err(OpsError::Incomplete(
                t::HINT_NOT_AT_POSITION,
                vec![position.to_string()],
            ));
        };
        hints.push(crate::domain::KeptHint {
            place: format!("melding:{field}"),
            rule: rule.clone(),
            matched: matched.clone(),
            reason: reason.trim().to_owned(),
        });
    }
    for hint in hints {
        dossier = apply(session, id, Change::KeepHint { hint })?;
    }
    Ok(dossier)
}
