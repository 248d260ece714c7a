//! Evaluating forms against answers: `visible_when`, required fields, Dutch dates.

use std::collections::BTreeSet;

use super::model::{Condition, ConditionValue, Field, FieldKind, FormDef};
use crate::domain::{Answers, Tri, Value};

/// Whether a condition holds for these answers. No condition: always visible. A field that
/// is not answered makes the condition false. A `ja-nee` answer is a `Value::Tri` (`Ja` or
/// `Nee`), so `equals = true` holds for `Tri::Ja`; `"weet-niet"` is neither true nor false.
pub fn is_visible(cond: Option<&Condition>, answers: &Answers) -> bool {
    let Some(cond) = cond else { return true };
    holds(cond, |id| answers.get(id))
}

fn holds<'a>(cond: &Condition, lookup: impl Fn(&str) -> Option<&'a Value>) -> bool {
    let Some(value) = lookup(&cond.field) else {
        return false;
    };
    let equals_ok = cond.equals.as_ref().is_none_or(|want| equals(value, want));
    let contains_ok = cond
        .contains
        .as_ref()
        .is_none_or(|want| matches!(value, Value::Multi(v) if v.contains(want)));
    equals_ok && contains_ok
}

fn equals(value: &Value, want: &ConditionValue) -> bool {
    match (value, want) {
        (Value::Tri(t), ConditionValue::Bool(b)) => *t == if *b { Tri::Ja } else { Tri::Nee },
        (Value::Tri(t), ConditionValue::Text(s)) => tri_id(*t) == s,
        (Value::Text(t) | Value::Choice(t), ConditionValue::Text(s)) => t == s,
        _ => false,
    }
}

/// The id of a ja/nee/weet-niet answer as conditions write it.
pub fn tri_id(t: Tri) -> &'static str {
    match t {
        Tri::Ja => "ja",
        Tri::Nee => "nee",
        Tri::WeetNiet => "weet-niet",
    }
}

/// The ids of the sections and top-level fields that are shown for these answers. A
/// section or field is hidden when its own condition does not hold or names a hidden
/// field; every field of a hidden section is hidden.
pub fn visible_ids<'f>(form: &'f FormDef, answers: &Answers) -> BTreeSet<&'f str> {
    let mut hidden: BTreeSet<&str> = BTreeSet::new();
    let mut visible = BTreeSet::new();
    let shown = |c: &Condition, hidden: &BTreeSet<&str>| {
        !hidden.contains(c.field.as_str()) && holds(c, |id| answers.get(id))
    };
    for section in &form.sections {
        let section_visible = section
            .visible_when
            .as_ref()
            .is_none_or(|c| shown(c, &hidden));
        if section_visible {
            visible.insert(section.id.as_str());
        }
        for field in &section.fields {
            let on = section_visible
                && field
                    .visible_when
                    .as_ref()
                    .is_none_or(|c| shown(c, &hidden));
            if on {
                visible.insert(field.id.as_str());
            } else {
                hidden.insert(field.id.as_str());
            }
        }
    }
    visible
}

/// The required fields that are visible (see [`visible_ids`]) and not filled, in form
/// order. For a repeat group: the group itself when it is required and has no entries, and
/// each required sub-field (once) that an entry lacks.
pub fn missing_required<'f>(form: &'f FormDef, answers: &Answers) -> Vec<&'f Field> {
    let visible = visible_ids(form, answers);
    let mut missing = Vec::new();
    for field in form.sections.iter().flat_map(|s| &s.fields) {
        if !visible.contains(field.id.as_str()) {
            continue;
        }
        let value = answers.get(&field.id);
        if field.required && field.kind != FieldKind::Info && !value.is_some_and(Value::is_filled) {
            missing.push(field);
        }
        if field.kind == FieldKind::Repeat
            && let Some(Value::Group(entries)) = value
        {
            for sub in missing_in_group(field, entries, answers) {
                if !missing.iter().any(|m| std::ptr::eq(*m, sub)) {
                    missing.push(sub);
                }
            }
        }
    }
    missing
}

fn missing_in_group<'f>(group: &'f Field, entries: &[Answers], form: &Answers) -> Vec<&'f Field> {
    let mut missing: Vec<&'f Field> = Vec::new();
    for entry in entries {
        let mut hidden: Vec<&str> = Vec::new();
        for sub in &group.fields {
            let visible = sub.visible_when.as_ref().is_none_or(|c| {
                !hidden.contains(&c.field.as_str())
                    && holds(c, |id| entry.get(id).or_else(|| form.get(id)))
            });
            if !visible {
                hidden.push(&sub.id);
                continue;
            }
            if sub.required
                && sub.kind != FieldKind::Info
                && !entry.get(&sub.id).is_some_and(Value::is_filled)
                && !missing.iter().any(|m| std::ptr::eq(*m, sub))
            {
                missing.push(sub);
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::model::Section;

    fn field(id: &str, kind: FieldKind, required: bool, cond: Option<Condition>) -> Field {
        Field {
            id: id.into(),
            label: format!("Vraag over {id} (Zoë)"),
            help: String::new(),
            kind,
            required,
            choices: None,
            visible_when: cond,
            lint: None,
            placeholder: String::new(),
            shows: None,
            fields: Vec::new(),
        }
    }

    fn when(field: &str, equals: Option<ConditionValue>, contains: Option<&str>) -> Condition {
        Condition {
            field: field.into(),
            equals,
            contains: contains.map(str::to_owned),
        }
    }

    fn text(s: &str) -> ConditionValue {
        ConditionValue::Text(s.into())
    }

    #[test]
    fn no_condition_is_visible() {
        assert!(is_visible(None, &Answers::new()));
    }

    #[test]
    fn equals_matches_choice_tri_bool_and_text() {
        let mut a = Answers::new();
        a.insert("gesprek".into(), Value::Tri(Tri::Nee));
        a.insert("vorm".into(), Value::Choice("verwaarlozing".into()));
        a.insert("naam".into(), Value::Text("Zoë".into()));
        assert!(is_visible(
            Some(&when("gesprek", Some(text("nee")), None)),
            &a
        ));
        assert!(!is_visible(
            Some(&when("gesprek", Some(text("ja")), None)),
            &a
        ));
        assert!(is_visible(
            Some(&when("gesprek", Some(ConditionValue::Bool(false)), None)),
            &a
        ));
        assert!(!is_visible(
            Some(&when("gesprek", Some(ConditionValue::Bool(true)), None)),
            &a
        ));
        assert!(is_visible(
            Some(&when("vorm", Some(text("verwaarlozing")), None)),
            &a
        ));
        assert!(!is_visible(
            Some(&when("vorm", Some(text("lichamelijk")), None)),
            &a
        ));
        assert!(is_visible(Some(&when("naam", Some(text("Zoë")), None)), &a));
        assert!(!is_visible(
            Some(&when("naam", Some(text("Zoe")), None)),
            &a
        ));
    }

    #[test]
    fn weet_niet_is_neither_true_nor_false() {
        let mut a = Answers::new();
        a.insert("gezien".into(), Value::Tri(Tri::WeetNiet));
        assert!(!is_visible(
            Some(&when("gezien", Some(ConditionValue::Bool(true)), None)),
            &a
        ));
        assert!(!is_visible(
            Some(&when("gezien", Some(ConditionValue::Bool(false)), None)),
            &a
        ));
        assert!(is_visible(
            Some(&when("gezien", Some(text("weet-niet")), None)),
            &a
        ));
    }

    #[test]
    fn contains_looks_in_multi_choice() {
        let mut a = Answers::new();
        a.insert(
            "vormen".into(),
            Value::Multi(vec!["eergerelateerd".into(), "verwaarlozing".into()]),
        );
        assert!(is_visible(
            Some(&when("vormen", None, Some("eergerelateerd"))),
            &a
        ));
        assert!(!is_visible(
            Some(&when("vormen", None, Some("lichamelijk"))),
            &a
        ));
    }

    #[test]
    fn unanswered_field_hides() {
        assert!(!is_visible(
            Some(&when("gesprek", Some(text("nee")), None)),
            &Answers::new()
        ));
    }

    fn form(fields: Vec<Field>) -> FormDef {
        FormDef {
            id: "stap2".into(),
            title: "Stap 2".into(),
            step: Some(2),
            intro: String::new(),
            sections: vec![Section {
                id: "a".into(),
                title: "A".into(),
                help: String::new(),
                visible_when: None,
                fields,
            }],
        }
    }

    #[test]
    fn missing_required_skips_hidden_and_filled_fields() {
        let f = form(vec![
            field("gesprek", FieldKind::JaNee, true, None),
            field(
                "reden",
                FieldKind::LongText,
                true,
                Some(when("gesprek", Some(ConditionValue::Bool(false)), None)),
            ),
            field(
                "verslag",
                FieldKind::LongText,
                true,
                Some(when("gesprek", Some(ConditionValue::Bool(true)), None)),
            ),
            field("uitleg", FieldKind::Info, false, None),
            field("opmerking", FieldKind::Text, false, None),
        ]);
        let ids = |a: &Answers| {
            missing_required(&f, a)
                .iter()
                .map(|f| f.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&Answers::new()), ["gesprek"]);
        let mut a = Answers::new();
        a.insert("gesprek".into(), Value::Tri(Tri::Nee));
        assert_eq!(ids(&a), ["reden"]);
        a.insert("reden".into(), Value::Text("  ".into()));
        assert_eq!(ids(&a), ["reden"], "blank text is not filled");
        a.insert(
            "reden".into(),
            Value::Text("Moeder Çağla Ünal-de Wít was niet bereikbaar".into()),
        );
        assert!(ids(&a).is_empty());
    }

    #[test]
    fn missing_required_follows_hidden_chains() {
        let f = form(vec![
            field("a", FieldKind::JaNee, false, None),
            field(
                "b",
                FieldKind::JaNee,
                false,
                Some(when("a", Some(ConditionValue::Bool(true)), None)),
            ),
            field(
                "c",
                FieldKind::Text,
                true,
                Some(when("b", Some(ConditionValue::Bool(true)), None)),
            ),
        ]);
        let mut a = Answers::new();
        a.insert("a".into(), Value::Tri(Tri::Nee));
        a.insert("b".into(), Value::Tri(Tri::Ja)); // stale answer of a hidden field
        assert!(missing_required(&f, &a).is_empty());
        a.insert("a".into(), Value::Tri(Tri::Ja));
        assert_eq!(missing_required(&f, &a)[0].id, "c");
    }

    #[test]
    fn hidden_section_hides_its_fields() {
        let mut f = form(vec![field(
            "gezin_geinformeerd",
            FieldKind::JaNee,
            true,
            None,
        )]);
        f.sections.push(Section {
            id: "waarom_niet".into(),
            title: "Waarom niet?".into(),
            help: String::new(),
            visible_when: Some(when(
                "gezin_geinformeerd",
                Some(ConditionValue::Bool(false)),
                None,
            )),
            fields: vec![field("reden", FieldKind::LongText, true, None)],
        });
        let mut a = Answers::new();
        a.insert("gezin_geinformeerd".into(), Value::Tri(Tri::Ja));
        assert!(!visible_ids(&f, &a).contains("waarom_niet"));
        assert!(missing_required(&f, &a).is_empty());
        a.insert("gezin_geinformeerd".into(), Value::Tri(Tri::Nee));
        assert!(visible_ids(&f, &a).contains("reden"));
        assert_eq!(missing_required(&f, &a)[0].id, "reden");
    }

    #[test]
    fn missing_required_checks_repeat_entries() {
        let mut group = field("signalen", FieldKind::Repeat, true, None);
        group.fields = vec![
            field("datum", FieldKind::Date, true, None),
            field("wat", FieldKind::LongText, true, None),
        ];
        let f = form(vec![group]);
        assert_eq!(missing_required(&f, &Answers::new())[0].id, "signalen");
        let mut full = Answers::new();
        full.insert(
            "datum".into(),
            Value::Date(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).expect("valid date")),
        );
        full.insert(
            "wat".into(),
            Value::Text("Zoë zegt: 'ik heb honger'".into()),
        );
        let mut half = Answers::new();
        half.insert("wat".into(), Value::Text("Blauwe plek op arm".into()));
        let mut a = Answers::new();
        a.insert(
            "signalen".into(),
            Value::Group(vec![full.clone(), half.clone(), half]),
        );
        let ids: Vec<&str> = missing_required(&f, &a)
            .iter()
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(ids, ["datum"]);
        a.insert("signalen".into(), Value::Group(vec![full]));
        assert!(missing_required(&f, &a).is_empty());
    }
}
