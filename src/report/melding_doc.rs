//! The meldformulier as a document: every visible section of the form (the bundled one or
//! a region's or organisation's own variant) with the answers of
//! [`super::meldformulier::answers`], repeat groups as tables, and the melder's signature
//! block. Pure: the moment is passed in.

use chrono::{DateTime, Utc};

use super::fmt_date;
use super::meldformulier::answers;
use super::model::{Block, Document, Meta, SignatureBlock};
use crate::domain::{Answers, Dossier, Person, Profile, Tri, Value};
use crate::form::{self, Field, FieldKind, FormDef, FormSet};
use crate::texts::documents as t;

/// The id of the meldformulier form (and of the bundled set that holds it).
pub const FORM_ID: &str = "meldformulier";

/// The set that holds the meldformulier among `sets` (resolved with
/// [`crate::form::resolve`], so an organisation's own `meldformulier` set replaces the
/// bundled one): the set with id `meldformulier`, else the first set with such a form.
pub fn find_set(sets: &[FormSet]) -> Option<&FormSet> {
    sets.iter()
        .find(|s| s.id == FORM_ID && s.form(FORM_ID).is_some())
        .or_else(|| sets.iter().find(|s| s.form(FORM_ID).is_some()))
}

/// The bundled meldformulier set (region-neutral).
pub fn bundled_set() -> Option<&'static FormSet> {
    find_set(form::bundled())
}

/// The meldformulier of `set` as a document: every visible section with its filled fields
/// (repeat groups as tables), choice labels from the set's own lists, and a signature block
/// for the melder. An empty document body when the set has no meldformulier.
pub fn meldformulier(d: &Dossier, p: &Profile, set: &FormSet, now: DateTime<Utc>) -> Document {
    let a = answers(d, p);
    let form = set.form(FORM_ID);
    let title = form.map_or(crate::texts::melding::MELDFORMULIER_SUBJECT, |f| {
        f.title.as_str()
    });
    let mut doc = Document::new(
        Meta {
            title: format!("{} {}", title, d.reference),
            author: p.user.name.clone(),
            subject: crate::texts::melding::MELDFORMULIER_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        format!("{} · {}", title, d.reference),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    doc.heading(1, title.to_owned());
    doc.fields([
        (
            crate::texts::melding::MELDFORMULIER_REFERENCE_LABEL,
            d.reference.clone(),
        ),
        (
            crate::texts::melding::MELDFORMULIER_DATE_LABEL,
            fmt_date(now.date_naive()),
        ),
    ]);
    doc.note(crate::texts::melding::MELDFORMULIER_NOTE);
    if let Some(form) = form {
        sections(&mut doc, form, &a, d, set);
    }
    doc.blocks.push(Block::Signature(SignatureBlock {
        role: crate::texts::melding::MELDFORMULIER_SIGNATURE_ROLE.to_owned(),
        name: p.user.name.clone(),
        function: p.user.function.clone(),
        organisation: p.organisation.name.clone(),
        place: p.organisation.place.clone(),
        date: fmt_date(now.date_naive()),
    }));
    doc
}

/// Every visible section with a filled field, in form order.
fn sections(doc: &mut Document, form: &FormDef, a: &Answers, d: &Dossier, set: &FormSet) {
    let visible = form::visible_ids(form, a);
    for section in &form.sections {
        if !visible.contains(section.id.as_str()) {
            continue;
        }
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut blocks: Vec<Block> = Vec::new();
        let flush = |pairs: &mut Vec<(String, String)>, blocks: &mut Vec<Block>| {
            if !pairs.is_empty() {
                blocks.push(Block::Fields(std::mem::take(pairs)));
            }
        };
        for field in &section.fields {
            if field.kind == FieldKind::Info || !visible.contains(field.id.as_str()) {
                continue;
            }
            match a.get(&field.id) {
                Some(Value::Group(entries)) if !entries.is_empty() => {
                    flush(&mut pairs, &mut blocks);
                    blocks.push(Block::Heading {
                        level: 3,
                        text: field.label.clone(),
                    });
                    blocks.push(group_table(field, entries, d, set));
                }
                Some(v) if v.is_filled() => {
                    pairs.push((field.label.clone(), value_text(field, v, d, set)));
                }
                _ => {}
            }
        }
        flush(&mut pairs, &mut blocks);
        if !blocks.is_empty() {
            doc.heading(2, section.title.clone());
            doc.blocks.extend(blocks);
        }
    }
}

/// A repeat group as a table: one row per entry, or, for wide groups with few entries, one
/// column per entry so that names and addresses keep room.
fn group_table(group: &Field, entries: &[Answers], d: &Dossier, set: &FormSet) -> Block {
    let columns: Vec<&Field> = group
        .fields
        .iter()
        .filter(|f| {
            entries
                .iter()
                .any(|e| e.get(&f.id).is_some_and(Value::is_filled))
        })
        .collect();
    let cell = |e: &Answers, f: &Field| {
        e.get(&f.id)
            .filter(|v| v.is_filled())
            .map(|v| value_text(f, v, d, set))
            .unwrap_or_default()
    };
    if columns.len() > 4 && entries.len() <= 3 {
        let mut header = vec![crate::texts::melding::MELDFORMULIER_ITEM_COLUMN.to_owned()];
        header.extend((1..=entries.len()).map(|n| n.to_string()));
        let rows = columns
            .iter()
            .map(|f| {
                let mut row = vec![f.label.clone()];
                row.extend(entries.iter().map(|e| cell(e, f)));
                row
            })
            .collect();
        let mut widths = vec![2.0];
        widths.extend(std::iter::repeat_n(3.0, entries.len()));
        return Block::Table {
            header,
            rows,
            widths,
        };
    }
    let widths = columns
        .iter()
        .map(|f| match f.kind {
            FieldKind::LongText => 5.0,
            FieldKind::Text => 2.5,
            _ => 1.5,
        })
        .collect();
    Block::Table {
        header: columns.iter().map(|f| f.label.clone()).collect(),
        rows: entries
            .iter()
            .map(|e| columns.iter().map(|f| cell(e, f)).collect())
            .collect(),
        widths,
    }
}

/// The label of a choice option from the set's lists; the id when unknown.
fn choice_label(set: &FormSet, list: Option<&str>, id: &str) -> String {
    list.and_then(|l| set.choices.get(l))
        .and_then(|l| l.options.iter().find(|o| o.id == id))
        .map_or_else(|| id.to_owned(), |o| o.label.clone())
}

/// A value as the form shows it.
fn value_text(field: &Field, v: &Value, d: &Dossier, set: &FormSet) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Date(x) => fmt_date(*x),
        Value::DateTime(x) => format!("{}, {}", fmt_date(x.date()), x.format("%H:%M")),
        Value::Choice(c) => choice_label(set, field.choices.as_deref(), c),
        Value::Multi(v) => v
            .iter()
            .map(|c| choice_label(set, field.choices.as_deref(), c))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Tri(Tri::Ja) => crate::texts::common::ANSWER_YES.to_owned(),
        Value::Tri(Tri::Nee) => crate::texts::common::ANSWER_NO.to_owned(),
        Value::Tri(x) => x.label().to_owned(),
        Value::Person(id) => d.person(*id).map(Person::full_name).unwrap_or_default(),
        Value::Group(entries) => entries.len().to_string(),
    }
}
