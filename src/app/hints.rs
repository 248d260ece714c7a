//! The writing-check hints still open in a whole dossier: every checked text field of every
//! step, the signals and the conversation notes. Shown before an export, so the user sees
//! what Veilig Thuis or the family would read as an impression rather than a fact.

use crate::domain::{Dossier, Step, Value};
use crate::form::FieldKind;
use crate::lint::{Lint, LintOptions};

use super::{AppState, FormSets};

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
}

/// The writing-check options of a dossier: the organisation's vocabulary and the hints kept
/// in the dossier with a reason.
pub fn lint_options(state: &AppState, dossier: Option<&Dossier>) -> LintOptions {
    LintOptions {
        vocabulary: state.profile.organisation.vocabulary.clone(),
        strict_jargon: false,
        suppressions: dossier
            .map(|d| {
                d.kept_hints
                    .iter()
                    .map(|k| crate::lint::Suppression {
                        rule: k.rule.clone(),
                        matched: k.matched.clone(),
                        reason: k.reason.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

fn push_hints(out: &mut Vec<OpenHint>, place: &HintPlace, text: &str, opts: &LintOptions) {
    for lint in crate::lint::lint(text, opts) {
        let matched = text.get(lint.span.clone()).unwrap_or_default().to_owned();
        out.push(OpenHint {
            place: place.clone(),
            matched,
            lint,
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
                push_hints(&mut out, &HintPlace::Signal(s.id), &s.text, opts);
            }
        }
        if step == Step::Gesprek {
            for c in &dossier.conversations {
                push_hints(&mut out, &HintPlace::Conversation(c.id), &c.said, opts);
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
                push_hints(&mut out, &place, text, opts);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, WindowPrefs};

    #[test]
    fn a_kept_hint_is_no_longer_open() {
        let app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
        let mut d = app.state.dossiers[0].clone();
        d.signals[0].text = "Vader was erg agressief bij het ophalen.".to_owned();
        let opts = lint_options(&app.state, Some(&d));
        let open = open_hints(&app.state.forms, &d, &opts);
        let hint = open
            .iter()
            .find(|h| h.place == HintPlace::Signal(d.signals[0].id))
            .expect("hint on the signal");
        assert_eq!(hint.place.step(), Step::Signaleren);
        d.kept_hints.push(crate::domain::KeptHint {
            place: "signaal".to_owned(),
            rule: hint.lint.rule.clone(),
            matched: hint.matched.clone(),
            reason: "Letterlijk zo gezegd door de buurvrouw.".to_owned(),
        });
        let opts = lint_options(&app.state, Some(&d));
        let after = open_hints(&app.state.forms, &d, &opts);
        assert!(
            !after
                .iter()
                .any(|h| h.place == HintPlace::Signal(d.signals[0].id)
                    && h.lint.rule == hint.lint.rule),
            "{after:?}"
        );
    }
}
