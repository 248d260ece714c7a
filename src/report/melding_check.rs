//! Whether a melding may be exported: required fields, the checklist before sending, and
//! the facts-not-impressions check (each remaining hint kept with a reason).

use std::fmt;

use super::meldformulier::answers;
pub use super::meldformulier::effective_checklist;
use crate::domain::{Dossier, KeptHint, Profile, Value};
use crate::form::{self, Field, FieldKind, FormDef};
use crate::lint::{Lint, LintOptions};

/// One thing that stands between the melding and its export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    /// A required, visible field is empty.
    Field {
        /// Field id (for a repeat group's sub-field: the sub-field's id).
        id: String,
        /// Label as the user sees it; for a sub-field "Group › Sub-field".
        label: String,
    },
    /// The checklist before sending is not complete (Dutch sentence).
    Checklist(&'static str),
    /// A writing-check hint that was not kept with a reason.
    Hint {
        /// Field id the text is in.
        field: String,
        /// Field label.
        label: String,
        /// Entry number (1-based) within a repeat group.
        entry: Option<usize>,
        /// Rule id.
        rule: String,
        /// The words the hint is about (may quote the dossier: keep it off logs).
        matched: String,
        /// What is wrong (Dutch).
        message: String,
    },
}

impl Missing {
    /// The description without the words a hint quotes, safe for a terminal or a log:
    /// labels and the hint's message only, never dossier content or a rule id.
    pub fn describe_safely(&self) -> String {
        match self {
            Missing::Field { label, .. } => {
                format!("{}: {label}", crate::texts::messages::MELDING_MISSING_FIELD)
            }
            Missing::Checklist(s) => {
                format!("{}: {s}", crate::texts::messages::MELDING_MISSING_CHECKLIST)
            }
            // The rule's id is internal: the user reads where and what, never the id.
            Missing::Hint {
                label,
                entry,
                message,
                ..
            } => {
                let at = entry.map_or_else(String::new, |n| format!(" ({n})"));
                format!(
                    "{}: {label}{at} {message}",
                    crate::texts::messages::MELDING_MISSING_HINT
                )
            }
        }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Missing::Hint { matched, .. } => {
                write!(f, "{} «{matched}»", self.describe_safely())
            }
            _ => f.write_str(&self.describe_safely()),
        }
    }
}

/// Everything that stands between the melding and its export; empty means ready.
///
/// In form order: every required visible field that is empty (by label), then every gap in
/// the checklist ([`effective_checklist`], [`crate::domain::Checklist::missing`]), then every hint of `linter` in a
/// field where the check applies that is not kept with a reason in `d.kept_hints` (place
/// `melding:<field id>`; for a fact that is a signal's own text also `signal:<id>`; matched
/// on rule and matched words).
pub fn readiness(
    d: &Dossier,
    p: &Profile,
    form: &FormDef,
    linter: &dyn Fn(&str, &LintOptions) -> Vec<Lint>,
) -> Vec<Missing> {
    let a = answers(d, p);
    let mut out: Vec<Missing> = form::missing_required(form, &a)
        .into_iter()
        .map(|f| Missing::Field {
            id: f.id.clone(),
            label: label_of(form, f),
        })
        .collect();
    out.extend(
        effective_checklist(d, p)
            .missing()
            .into_iter()
            .map(Missing::Checklist),
    );
    let opts = LintOptions {
        vocabulary: p.organisation.vocabulary.clone(),
        ..LintOptions::default()
    };
    let visible = form::visible_ids(form, &a);
    for field in form.sections.iter().flat_map(|s| &s.fields) {
        if !visible.contains(field.id.as_str()) {
            continue;
        }
        match (field.kind, a.get(&field.id)) {
            (FieldKind::Repeat, Some(Value::Group(entries))) => {
                for (n, entry) in entries.iter().enumerate() {
                    for sub in field.fields.iter().filter(|s| s.lint_applies()) {
                        let Some(text) = entry.get(&sub.id).and_then(Value::as_text) else {
                            continue;
                        };
                        let label = format!("{} › {}", field.label, sub.label);
                        hints(d, &opts, linter, text, sub, &label, Some(n + 1), &mut out);
                    }
                }
            }
            (_, Some(Value::Text(text))) if field.lint_applies() => {
                hints(d, &opts, linter, text, field, &field.label, None, &mut out);
            }
            _ => {}
        }
    }
    out
}

/// A field's label, prefixed with its repeat group's label for a sub-field.
fn label_of(form: &FormDef, f: &Field) -> String {
    for group in form.sections.iter().flat_map(|s| &s.fields) {
        if group.fields.iter().any(|s| std::ptr::eq(s, f)) {
            return format!("{} › {}", group.label, f.label);
        }
    }
    f.label.clone()
}

#[allow(clippy::too_many_arguments)]
fn hints(
    d: &Dossier,
    opts: &LintOptions,
    linter: &dyn Fn(&str, &LintOptions) -> Vec<Lint>,
    text: &str,
    field: &Field,
    label: &str,
    entry: Option<usize>,
    out: &mut Vec<Missing>,
) {
    let place = format!("melding:{}", field.id);
    let signal_places: Vec<String> = d
        .signals
        .iter()
        .filter(|s| text.trim().ends_with(s.text.trim()))
        .map(|s| format!("signal:{}", s.id))
        .collect();
    for hint in linter(text, opts) {
        let matched = text.get(hint.span.clone()).unwrap_or_default();
        let kept = d.kept_hints.iter().any(|k: &KeptHint| {
            (k.place == place || signal_places.contains(&k.place))
                && k.rule == hint.rule
                && k.matched.trim().eq_ignore_ascii_case(matched.trim())
                && !k.reason.trim().is_empty()
        });
        if !kept {
            out.push(Missing::Hint {
                field: field.id.clone(),
                label: label.to_owned(),
                entry,
                rule: hint.rule.clone(),
                matched: matched.to_owned(),
                message: hint.message.clone(),
            });
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use chrono::{NaiveDate, TimeZone as _, Utc};

    use super::*;
    use crate::domain::{Change, Checklist, KeptHint, VeiligThuisCall, example};

    #[test]
    fn a_hint_is_described_without_its_rule_id() {
        let m = Missing::Hint {
            field: "feiten".to_owned(),
            label: "Feiten".to_owned(),
            entry: Some(2),
            rule: "oordeel-bijvoeglijk".to_owned(),
            matched: "zorgelijk".to_owned(),
            message: "'zorgelijk' is een oordeel, geen waarneming.".to_owned(),
        };
        let text = m.describe_safely();
        assert!(!text.contains("oordeel-bijvoeglijk"), "{text}");
        assert!(
            text.contains("Feiten (2)") && text.contains("geen waarneming"),
            "{text}"
        );
    }

    fn meldformulier() -> &'static FormDef {
        form::bundled()
            .iter()
            .find_map(|s| s.form("meldformulier"))
            .expect("bundled meldformulier")
    }

    /// The example dossier with everything the meldformulier needs (family informed).
    pub(crate) fn ready_dossier() -> Dossier {
        let mut d = example::dossier();
        let me = example::user();
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let at = NaiveDate::from_ymd_opt(2026, 11, 19)
            .unwrap()
            .and_hms_opt(9, 15, 0)
            .unwrap();
        let mut changes = vec![Change::SetChecklist {
            checklist: Checklist {
                call: Some(VeiligThuisCall {
                    at,
                    employee: "Anouk Smit".to_owned(),
                }),
                family_informed: Some(true),
                exception: None,
                exception_motivation: String::new(),
                channel: "Zivver".to_owned(),
            },
        }];
        for (f, v) in [
            ("melder_telefoon", Value::Text("010-1234567".to_owned())),
            (
                "melder_bereikbaar",
                Value::Text("ma-vr 8.00-16.00".to_owned()),
            ),
            ("vormen", Value::Multi(vec!["lichamelijk".to_owned()])),
            (
                "vastgesteld_of_vermoed",
                Value::Choice("vermoed".to_owned()),
            ),
            ("anoniem_verzoek", Value::Tri(crate::domain::Tri::Nee)),
            ("acuut_gevaar", Value::Tri(crate::domain::Tri::Nee)),
        ] {
            changes.push(Change::SetMeldingField {
                field: f.to_owned(),
                value: Some(v),
            });
        }
        let mut sister = d.persons[3].clone();
        sister.address = d.persons[0].address.clone();
        sister.postcode_place = d.persons[0].postcode_place.clone();
        changes.push(Change::UpdatePerson { person: sister });
        for c in changes {
            d.apply(c, &me, now).unwrap();
        }
        d
    }

    fn no_hints(_: &str, _: &LintOptions) -> Vec<Lint> {
        Vec::new()
    }

    #[test]
    fn an_untouched_example_names_every_gap() {
        let d = example::dossier();
        let missing = readiness(&d, &example::profile(), meldformulier(), &no_hints);
        let labels: Vec<String> = missing.iter().map(ToString::to_string).collect();
        for want in [
            "Heeft u Veilig Thuis vooraf gebeld?",
            "Telefoon",
            "Vorm(en) van geweld",
            "Is het gezin geïnformeerd over de melding?",
            "acuut gevaar",
        ] {
            assert!(
                labels.iter().any(|l| l.contains(want)),
                "{want} not in {labels:#?}"
            );
        }
        assert!(missing.contains(&Missing::Checklist(
            crate::texts::messages::CHECK_NOT_PHONED
        )));
    }

    #[test]
    fn a_completed_melding_is_ready() {
        let d = ready_dossier();
        let missing = readiness(&d, &example::profile(), meldformulier(), &no_hints);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn a_hint_blocks_until_it_is_kept_with_a_reason() {
        let mut d = ready_dossier();
        d.apply(
            Change::SetMeldingField {
                field: "zorgen_toelichting".to_owned(),
                value: Some(Value::Text(
                    "Er lijkt sprake te zijn van verwaarlozing.".to_owned(),
                )),
            },
            &example::user(),
            Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap(),
        )
        .unwrap();
        let missing = readiness(&d, &example::profile(), meldformulier(), &crate::lint::lint);
        let hints: Vec<(String, String)> = missing
            .iter()
            .filter_map(|m| match m {
                Missing::Hint {
                    field,
                    rule,
                    matched,
                    ..
                } if field == "zorgen_toelichting" => Some((rule.clone(), matched.clone())),
                _ => None,
            })
            .collect();
        assert!(!hints.is_empty(), "the impression is flagged");
        for (rule, matched) in hints {
            d.apply(
                Change::KeepHint {
                    hint: KeptHint {
                        place: "melding:zorgen_toelichting".to_owned(),
                        rule,
                        matched,
                        reason: "Letterlijk advies van Veilig Thuis".to_owned(),
                    },
                },
                &example::user(),
                Utc.with_ymd_and_hms(2026, 11, 20, 10, 5, 0).unwrap(),
            )
            .unwrap();
        }
        let missing = readiness(&d, &example::profile(), meldformulier(), &crate::lint::lint);
        assert!(
            !missing
                .iter()
                .any(|m| matches!(m, Missing::Hint { field, .. } if field == "zorgen_toelichting")),
            "{missing:#?}"
        );
    }
}
