//! The writing-check hints still open in a whole dossier: every checked text field of every
//! step, the signals and the conversation notes. The window shows them before an export and
//! in its overview; the command line lists them (`hint list`) and keeps one with a reason
//! (`hint keep`), the same way.

use crate::domain::{Dossier, Step, Value};
use crate::form::FieldKind;
use crate::lint::{Lint, LintOptions};

use super::dossier::apply;
use super::{FormSets, OpsError, Session};
use crate::domain::{Change, DossierId, KeptHint, Profile};
use crate::texts;

/// Where an open hint sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HintPlace {
    /// A form field of a step (field id and its label).
    Field {
        /// The step.
        step: Step,
        /// Field id.
        field: String,
        /// The field's label.
        label: String,
    },
    /// The text of a signal (its id).
    Signal(u32),
    /// What was said in a recorded conversation (its id).
    Conversation(u32),
}

impl HintPlace {
    /// The place as a kept hint names it: the field id, `signal:N` or `conversation:N` (the
    /// melding gate recognises a signal's kept hint in the facts copied from it).
    pub fn key(&self) -> String {
        match self {
            HintPlace::Field { field, .. } => field.clone(),
            HintPlace::Signal(id) => format!("signal:{id}"),
            HintPlace::Conversation(id) => format!("conversation:{id}"),
        }
    }

    /// The step the place belongs to.
    pub fn step(&self) -> Step {
        match self {
            HintPlace::Field { step, .. } => *step,
            HintPlace::Signal(_) => Step::Signaleren,
            HintPlace::Conversation(_) => Step::Gesprek,
        }
    }
}

/// One hint that is neither fixed nor kept with a reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenHint {
    /// Where.
    pub place: HintPlace,
    /// The matched words.
    pub matched: String,
    /// The hint.
    pub lint: Lint,
    /// Where it sits, in words ("Signaal 2", "Stap 2: Samenvatting …"), the same in the
    /// window and on the command line; a signal by its number in date order.
    pub label: String,
}

/// Where a hint sits, in words (see [`OpenHint::label`]).
pub fn place_label(place: &HintPlace, dossier: &Dossier) -> String {
    match place {
        HintPlace::Field { step, label, .. } => {
            format!(
                "{} {}: {label}",
                crate::texts::common::STEP_PREFIX,
                step.number()
            )
        }
        HintPlace::Signal(id) => format!(
            "{} {}",
            crate::texts::common::HINT_PLACE_SIGNAL,
            dossier.signal_number(*id)
        ),
        HintPlace::Conversation(id) => {
            format!("{} {id}", crate::texts::common::HINT_PLACE_CONVERSATION)
        }
    }
}

/// The writing-check options of a dossier: the organisation's vocabulary and the hints kept
/// in the dossier with a reason.
pub fn lint_options(profile: &Profile, dossier: Option<&Dossier>) -> LintOptions {
    LintOptions {
        vocabulary: profile.organisation.vocabulary.clone(),
        strict_jargon: false,
        suppressions: dossier
            .map(|d| {
                d.kept_hints
                    .iter()
                    .map(|k| crate::lint::Suppression {
                        rule: k.rule.clone(),
                        matched: k.matched.clone(),
                        reason: k.reason.clone(),
                        place: k.place.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Whether a hint kept at `kept` covers the text at `at`: the same place, or a draft's place
/// and the record it became (a hint kept while typing a signal covers that saved signal).
fn covers(kept: &str, at: &str) -> bool {
    kept.is_empty()
        || kept == at
        || (kept == "signaal" && at.starts_with("signal:"))
        || (kept == "gesprek_gezegd" && at.starts_with("conversation:"))
}

/// The options for the text at one place: only the hints kept there are silenced, so
/// "Negeren" on one hint leaves the same words elsewhere in the dossier checked.
pub fn options_at(opts: &LintOptions, place: &str) -> LintOptions {
    LintOptions {
        suppressions: opts
            .suppressions
            .iter()
            .filter(|s| covers(&s.place, place))
            .cloned()
            .collect(),
        ..opts.clone()
    }
}

fn push_hints(
    out: &mut Vec<OpenHint>,
    dossier: &Dossier,
    place: &HintPlace,
    text: &str,
    opts: &LintOptions,
) {
    let opts = &options_at(opts, &place.key());
    let hints = crate::lint::lint(text, opts);
    if hints.is_empty() {
        return;
    }
    let label = place_label(place, dossier);
    for lint in hints {
        let matched = text.get(lint.span.clone()).unwrap_or_default().to_owned();
        out.push(OpenHint {
            place: place.clone(),
            matched,
            lint,
            label: label.clone(),
        });
    }
}

/// Every open hint of the dossier, in step order.
pub fn open_hints(forms: &FormSets, dossier: &Dossier, opts: &LintOptions) -> Vec<OpenHint> {
    let mut out = Vec::new();
    let set = forms.get(&dossier.form_set);
    for step in Step::ALL {
        if step == Step::Signaleren {
            for s in dossier.signals_by_date() {
                push_hints(&mut out, dossier, &HintPlace::Signal(s.id), &s.text, opts);
            }
        }
        if step == Step::Gesprek {
            for c in &dossier.conversations {
                push_hints(
                    &mut out,
                    dossier,
                    &HintPlace::Conversation(c.id),
                    &c.said,
                    opts,
                );
            }
        }
        let form = match step {
            Step::Gesprek => forms.any_form("gesprek").map(|(_, f)| f),
            _ => set.and_then(|s| s.step_form(step.number())),
        };
        let Some(form) = form else { continue };
        let answers = &dossier.step(step).answers;
        for field in form.sections.iter().flat_map(|s| &s.fields) {
            let checked =
                field.lint_applies() && matches!(field.kind, FieldKind::Text | FieldKind::LongText);
            if !checked {
                continue;
            }
            if let Some(Value::Text(text)) = answers.get(&field.id) {
                let place = HintPlace::Field {
                    step,
                    field: field.id.clone(),
                    label: field.label.clone(),
                };
                push_hints(&mut out, dossier, &place, text, opts);
            }
        }
    }
    out
}

/// The open hints of a dossier in the session, with the vault's vocabulary and the hints kept.
pub fn open_in(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
) -> Result<Vec<OpenHint>, OpsError> {
    let dossier = session.store.load(id)?;
    let opts = lint_options(session.profile(), Some(&dossier));
    Ok(open_hints(forms, &dossier, &opts))
}

/// Keeps the open hint at `number` (1-based, in the order [`open_in`] lists them) with the
/// reason: that hint only, at its place.
pub fn keep(
    session: &mut Session,
    forms: &FormSets,
    id: DossierId,
    number: usize,
    reason: &str,
) -> Result<Dossier, OpsError> {
    if reason.trim().is_empty() {
        return Err(OpsError::Refused(texts::messages::REASON_MISSING));
    }
    let open = open_in(session, forms, id)?;
    let hint = number
        .checked_sub(1)
        .and_then(|i| open.get(i))
        .ok_or_else(|| {
            OpsError::Incomplete(
                texts::messages::HINT_NOT_AT_POSITION,
                vec![number.to_string()],
            )
        })?;
    let hint = KeptHint {
        place: hint.place.key(),
        rule: hint.lint.rule.clone(),
        matched: hint.matched.clone(),
        reason: reason.trim().to_owned(),
    };
    apply(session, id, Change::KeepHint { hint })
}
