//! Checks that need the whole form: ids, choice lists, `visible_when` references and
//! values, cycles and steps.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    diag::{FileDiags, closest, line_col},
    model::{ChoiceList, ConditionValue, FieldKind},
    parse::{LCond, LField, LForm, kind_name},
    read::{Span, is_plain_id, quoted},
};

/// What a condition may know about a field it names.
struct Target<'a> {
    /// Position in document order.
    order: usize,
    kind: Option<FieldKind>,
    choices: Option<&'a str>,
    /// The repeat group the field is a sub-field of.
    group: Option<&'a str>,
    span: &'a Span,
}

/// What every condition check needs to know about the form.
struct Ctx<'a, 'b> {
    targets: &'a BTreeMap<&'b str, Target<'b>>,
    lists: &'a BTreeMap<String, ChoiceList>,
    /// Field id -> the field its condition names.
    edges: &'a BTreeMap<&'b str, &'b str>,
}

/// One field or section with a condition, for the cycle check.
struct Node<'a> {
    id: &'a str,
    cond: &'a LCond,
}

/// Checks one form file. `file_stem` is the file name without `.toml`.
pub(crate) fn check_form(
    d: &mut FileDiags<'_>,
    form: &LForm,
    file_stem: &str,
    lists: &BTreeMap<String, ChoiceList>,
) {
    if let Some(id) = &form.id {
        if id.text != file_stem {
            d.error(
                &id.span,
                None,
                format!(
                    "form id `{}` does not match the file name `{file_stem}.toml`",
                    id.text
                ),
                vec![format!(
                    "set `id = \"{file_stem}\"` or rename the file to `{}.toml`",
                    id.text
                )],
            );
        }
        check_id(d, &id.text, &id.span, "form");
    }
    if let Some((step, span)) = &form.step
        && !(1..=5).contains(step)
    {
        d.error(
            span,
            None,
            format!("step {step} is not a meldcode step"),
            vec!["`step` is 1, 2, 3, 4 or 5".to_owned()],
        );
    }

    // Ids: sections unique among sections, fields unique in the whole form.
    let mut section_ids: BTreeMap<&str, &Span> = BTreeMap::new();
    let mut targets: BTreeMap<&str, Target<'_>> = BTreeMap::new();
    let mut order = 0;
    for section in &form.sections {
        if let Some(id) = &section.id {
            check_id(d, &id.text, &id.span, "section");
            if let Some(first) = section_ids.insert(&id.text, &id.span) {
                let line = line_col(&d.file.text, first.start).0;
                d.error(
                    &id.span,
                    Some(&id.text),
                    format!(
                        "duplicate section id `{}` (first defined on line {line})",
                        id.text
                    ),
                    Vec::new(),
                );
            }
        }
        for field in &section.fields {
            collect(d, field, None, &mut order, &mut targets);
            if form.step.is_some() {
                check_not_decision(d, field);
            }
        }
    }

    // Per-field checks and conditions.
    let mut edges = BTreeMap::new();
    for section in &form.sections {
        for field in &section.fields {
            edges_of(field, &mut edges);
        }
    }
    let ctx = Ctx {
        targets: &targets,
        lists,
        edges: &edges,
    };
    let mut nodes = Vec::new();
    let mut before: Vec<&str> = Vec::new();
    for section in &form.sections {
        let inside: BTreeSet<&str> = section.fields.iter().flat_map(all_ids).collect();
        if let Some(cond) = &section.cond {
            let sid = section.id.as_ref().map(|s| s.text.as_str());
            if let Some(f) = &cond.field
                && inside.contains(f.text.as_str())
            {
                d.error(
                    &f.span,
                    sid,
                    format!(
                        "visible_when cycle: section `{}` is shown only when field `{}` inside it has a value, so it can never be shown",
                        sid.unwrap_or("?"),
                        f.text
                    ),
                    vec!["let the section depend on a field above it".to_owned()],
                );
            } else {
                check_cond(
                    d,
                    cond,
                    sid,
                    None,
                    &before,
                    &ctx,
                    order_of_section(section, &targets),
                );
            }
        }
        for field in &section.fields {
            check_field(d, field, None, &mut before, &ctx, &mut nodes);
        }
    }
    check_cycles(d, &nodes, &targets);
}

fn order_of_section(
    section: &super::parse::LSection,
    targets: &BTreeMap<&str, Target<'_>>,
) -> usize {
    section
        .fields
        .first()
        .and_then(|f| f.id.as_ref())
        .and_then(|id| targets.get(id.text.as_str()))
        .map_or(usize::MAX, |t| t.order)
}

fn all_ids(field: &LField) -> Vec<&str> {
    let mut out: Vec<&str> = field.id.iter().map(|s| s.text.as_str()).collect();
    for sub in &field.subs {
        out.extend(all_ids(sub));
    }
    out
}

pub(crate) fn check_id(d: &mut FileDiags<'_>, id: &str, span: &Span, what: &str) {
    if !is_plain_id(id) {
        d.error(
            span,
            Some(id),
            format!("{what} id `{id}` must use only a-z, 0-9 and `_`"),
            vec![format!("for example `{}`", suggest_id(id))],
        );
    }
}

fn suggest_id(id: &str) -> String {
    id.to_lowercase()
        .chars()
        .map(|c| match c {
            'a'..='z' | '0'..='9' | '_' => c,
            'à' | 'á' | 'ä' | 'â' => 'a',
            'è' | 'é' | 'ë' | 'ê' => 'e',
            'ì' | 'í' | 'ï' | 'î' => 'i',
            'ò' | 'ó' | 'ö' | 'ô' => 'o',
            'ù' | 'ú' | 'ü' | 'û' => 'u',
            _ => '_',
        })
        .collect()
}

fn collect<'a>(
    d: &mut FileDiags<'_>,
    field: &'a LField,
    group: Option<&'a str>,
    order: &mut usize,
    targets: &mut BTreeMap<&'a str, Target<'a>>,
) {
    if let Some(id) = &field.id {
        check_id(d, &id.text, &id.span, "field");
        *order += 1;
        let target = Target {
            order: *order,
            kind: field.kind,
            choices: field.choices.as_ref().map(|c| c.text.as_str()),
            group,
            span: &id.span,
        };
        if let Some(first) = targets.get(id.text.as_str()) {
            let line = line_col(&d.file.text, first.span.start).0;
            d.error(
                &id.span,
                Some(&id.text),
                format!(
                    "duplicate field id `{}` (first defined on line {line})",
                    id.text
                ),
                vec![
                    "field ids are unique in the whole form, repeat-group sub-fields included"
                        .to_owned(),
                ],
            );
        } else {
            targets.insert(&id.text, target);
        }
    }
    let inner = if field.kind == Some(FieldKind::Repeat) {
        field.id.as_ref().map(|s| s.text.as_str())
    } else {
        group
    };
    for sub in &field.subs {
        collect(d, sub, inner, order, targets);
    }
}

fn check_field<'a>(
    d: &mut FileDiags<'_>,
    field: &'a LField,
    group: Option<&'a str>,
    before: &mut Vec<&'a str>,
    ctx: &Ctx<'_, '_>,
    nodes: &mut Vec<Node<'a>>,
) {
    let fid = field.id.as_ref().map(|s| s.text.as_str());
    if let Some(kind) = field.kind {
        check_kind(d, field, fid, kind, ctx.lists);
    }
    if let (Some(cond), Some(id)) = (&field.cond, fid) {
        let own_order = ctx.targets.get(id).map_or(usize::MAX, |t| t.order);
        check_cond(d, cond, fid, group, before, ctx, own_order);
        nodes.push(Node { id, cond });
    }
    if let Some(id) = fid {
        before.push(id);
    }
    let inner = if field.kind == Some(FieldKind::Repeat) {
        fid
    } else {
        group
    };
    for sub in &field.subs {
        check_field(d, sub, inner, before, ctx, nodes);
    }
}

fn check_kind(
    d: &mut FileDiags<'_>,
    field: &LField,
    fid: Option<&str>,
    kind: FieldKind,
    lists: &BTreeMap<String, ChoiceList>,
) {
    let choice_kind = matches!(kind, FieldKind::Choice | FieldKind::MultiChoice);
    match (&field.choices, choice_kind) {
        (None, true) => d.error(
            &field.span,
            fid,
            format!("a `{}` field needs `choices`", kind_name(kind)),
            vec![format!(
                "name a choice list: {}",
                quoted(&lists.keys().collect::<Vec<_>>())
            )],
        ),
        (Some(c), true) if !lists.contains_key(&c.text) => {
            let mut hints = Vec::new();
            if let Some(near) = closest(&c.text, lists.keys().map(String::as_str)) {
                hints.push(format!("did you mean `{near}`?"));
            }
            hints.push(format!(
                "choice lists are defined in `choices.toml` or as `[choices.{}]` in `set.toml`",
                c.text
            ));
            d.error(
                &c.span,
                fid,
                format!("unknown choice list `{}`", c.text),
                hints,
            );
        }
        (Some(c), false) => d.error(
            &c.span,
            fid,
            format!(
                "`choices` is only for `choice` and `multi-choice` fields, not `{}`",
                kind_name(kind)
            ),
            Vec::new(),
        ),
        _ => {}
    }
    if kind == FieldKind::Repeat && field.subs.is_empty() {
        d.error(
            &field.span,
            fid,
            "a `repeat` field needs sub-fields",
            vec!["add `[[section.field.field]]` tables after it".to_owned()],
        );
    }
    if kind != FieldKind::Repeat
        && let Some(sub) = field.subs.first()
    {
        d.error(
            &sub.span,
            fid,
            format!(
                "only `repeat` fields have sub-fields; this field is `{}`",
                kind_name(kind)
            ),
            Vec::new(),
        );
    }
    if let Some(shows) = &field.shows {
        let names: Vec<&str> = crate::form::model::Record::NAMES
            .iter()
            .map(|(n, _)| *n)
            .collect();
        if kind != FieldKind::Info {
            d.error(
                &shows.span,
                fid,
                format!(
                    "`shows` is only for `info` fields, not `{}`",
                    kind_name(kind)
                ),
                vec!["use `kind = \"info\"`: the record is shown, not asked again".to_owned()],
            );
        } else if !names.contains(&shows.text.as_str()) {
            d.error(
                &shows.span,
                fid,
                format!("unknown record `{}`", shows.text),
                vec![format!("records: {}", names.join(", "))],
            );
        }
    }
    if kind == FieldKind::Info
        && let Some((true, span)) = &field.required
    {
        d.error(
            span,
            fid,
            "an `info` field has no input and cannot be required",
            Vec::new(),
        );
    }
}

/// A step form may not ask the decision again: the app records it once (one record per
/// fact), and older answers to these ids are moved into that record when a dossier opens.
fn check_not_decision(d: &mut FileDiags<'_>, field: &LField) {
    let Some(id) = &field.id else { return };
    if crate::domain::record_answers::DECISION_FIELDS.contains(&id.text.as_str()) {
        d.error(
            &id.span,
            Some(&id.text),
            format!(
                "`{}` asks the decision again; the app records the decision itself",
                id.text
            ),
            vec![
                "show it with `kind = \"info\"` and `shows = \"besluiten\"`, and let conditions look at `besluit.melden` or `besluit.hulp`".to_owned(),
            ],
        );
    }
}

fn check_cond(
    d: &mut FileDiags<'_>,
    cond: &LCond,
    owner: Option<&str>,
    group: Option<&str>,
    before: &[&str],
    ctx: &Ctx<'_, '_>,
    own_order: usize,
) {
    let Some(name) = &cond.field else { return };
    let n = name.text.as_str();
    if crate::domain::record_answers::is_record_key(n) {
        // The decision or an afwegingskader answer: compared as ja/nee ("weet niet" in the
        // afwegingskader counts as nee).
        check_value(d, cond, owner, n, FieldKind::JaNee, None);
        return;
    }
    if Some(n) == owner {
        d.error(
            &name.span,
            owner,
            format!("visible_when of `{n}` names the field itself"),
            vec!["a condition looks at a field above this one".to_owned()],
        );
        return;
    }
    let Some(target) = ctx.targets.get(n) else {
        let mut hints = Vec::new();
        if let Some(near) = closest(n, before.iter().copied()) {
            hints.push(format!("did you mean `{near}`?"));
        } else if !before.is_empty() && before.len() <= 12 {
            hints.push(format!("fields above it: {}", quoted(before)));
        }
        d.error(
            &name.span,
            owner,
            format!("visible_when names unknown field `{n}`"),
            hints,
        );
        return;
    };
    if target.order > own_order {
        // Reported as a cycle instead when the chain comes back here.
        if !leads_back(n, owner, ctx.edges) {
            let line = line_col(&d.file.text, target.span.start).0;
            d.error(
                &name.span,
                owner,
                format!("visible_when names field `{n}`, which is defined later (line {line})"),
                vec!["a condition can only look at fields above it; move the field up".to_owned()],
            );
        }
        return;
    }
    if let Some(g) = target.group
        && Some(g) != group
    {
        d.error(
            &name.span,
            owner,
            format!("visible_when names `{n}`, a sub-field of repeat group `{g}`"),
            vec!["outside a repeat group, a condition cannot look inside it".to_owned()],
        );
        return;
    }
    let Some(kind) = target.kind else { return };
    check_value(
        d,
        cond,
        owner,
        n,
        kind,
        target
            .choices
            .and_then(|c| ctx.lists.get(c).map(|l| (c, l))),
    );
}

/// Whether following the conditions from field `from` comes back to `to`.
fn leads_back(from: &str, to: Option<&str>, edges: &BTreeMap<&str, &str>) -> bool {
    let Some(to) = to else { return false };
    let mut at = from;
    for _ in 0..=edges.len() {
        if at == to {
            return true;
        }
        match edges.get(at) {
            Some(next) => at = next,
            None => return false,
        }
    }
    false
}

fn edges_of<'a>(field: &'a LField, edges: &mut BTreeMap<&'a str, &'a str>) {
    if let (Some(id), Some(f)) = (
        &field.id,
        field.cond.as_ref().and_then(|c| c.field.as_ref()),
    ) {
        edges.insert(&id.text, &f.text);
    }
    for sub in &field.subs {
        edges_of(sub, edges);
    }
}

fn check_value(
    d: &mut FileDiags<'_>,
    cond: &LCond,
    owner: Option<&str>,
    n: &str,
    kind: FieldKind,
    list: Option<(&str, &ChoiceList)>,
) {
    let kname = kind_name(kind);
    if let Some(c) = &cond.contains {
        if kind != FieldKind::MultiChoice {
            d.error(
                &c.span,
                owner,
                format!("`contains` only works on a `multi-choice` field; `{n}` is `{kname}`"),
                vec!["use `equals`".to_owned()],
            );
        } else if let Some((lid, l)) = list {
            check_option(d, &c.text, &c.span, owner, lid, l);
        }
    }
    let Some((value, span)) = &cond.equals else {
        return;
    };
    let expected = match kind {
        FieldKind::JaNee => "`true` or `false`".to_owned(),
        FieldKind::JaNeeWeetNiet => "\"ja\", \"nee\" or \"weet-niet\"".to_owned(),
        FieldKind::Choice => match list {
            Some((_, l)) => format!(
                "one of {}",
                quoted(&l.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>())
            ),
            None => "an option id of its list".to_owned(),
        },
        FieldKind::Text | FieldKind::LongText => "a string".to_owned(),
        _ => String::new(),
    };
    let ok = match (kind, value) {
        (FieldKind::JaNee, ConditionValue::Bool(_))
        | (FieldKind::Text | FieldKind::LongText, ConditionValue::Text(_)) => true,
        (FieldKind::JaNeeWeetNiet, ConditionValue::Text(s)) => {
            matches!(s.as_str(), "ja" | "nee" | "weet-niet")
        }
        (FieldKind::Choice, ConditionValue::Text(s)) => {
            if let Some((lid, l)) = list {
                check_option(d, s, span, owner, lid, l);
            }
            true
        }
        (FieldKind::MultiChoice, _) => {
            d.error(
                span,
                owner,
                format!("`equals` on multi-choice field `{n}`"),
                vec!["use `contains = \"…\"` for a multi-choice field".to_owned()],
            );
            return;
        }
        _ => false,
    };
    if ok {
        return;
    }
    let shown = match value {
        ConditionValue::Bool(b) => b.to_string(),
        ConditionValue::Text(s) => format!("{s:?}"),
    };
    let hints = if expected.is_empty() {
        vec![format!(
            "a condition can look at text, choice, multi-choice, ja-nee and ja-nee-weet-niet fields"
        )]
    } else {
        vec![format!("a `{kname}` field compares with {expected}")]
    };
    d.error(
        span,
        owner,
        format!("`equals = {shown}` does not fit field `{n}` of kind `{kname}`"),
        hints,
    );
}

fn check_option(
    d: &mut FileDiags<'_>,
    option: &str,
    span: &Span,
    owner: Option<&str>,
    list_id: &str,
    list: &ChoiceList,
) {
    if list.options.iter().any(|o| o.id == option) {
        return;
    }
    let ids: Vec<&str> = list.options.iter().map(|o| o.id.as_str()).collect();
    let mut hints = Vec::new();
    if let Some(near) = closest(option, ids.iter().copied()) {
        hints.push(format!("did you mean `{near}`?"));
    }
    hints.push(format!("options of `{list_id}`: {}", quoted(&ids)));
    d.error(
        span,
        owner,
        format!("`{option}` is not an option of choice list `{list_id}`"),
        hints,
    );
}

fn check_cycles(d: &mut FileDiags<'_>, nodes: &[Node<'_>], targets: &BTreeMap<&str, Target<'_>>) {
    let edges: BTreeMap<&str, &LCond> = nodes.iter().map(|n| (n.id, n.cond)).collect();
    let mut reported: BTreeSet<Vec<&str>> = BTreeSet::new();
    for node in nodes {
        let mut chain = vec![node.id];
        let mut at = node.id;
        while let Some(next) = edges
            .get(at)
            .and_then(|c| c.field.as_ref())
            .map(|f| f.text.as_str())
        {
            if next == at || !targets.contains_key(next) {
                break;
            }
            if next == node.id {
                let mut members = chain.clone();
                members.sort_unstable();
                if reported.insert(members) {
                    let span = edges
                        .get(node.id)
                        .and_then(|c| c.field.as_ref())
                        .map_or(0..0, |f| f.span.clone());
                    chain.push(node.id);
                    d.error(
                        &span,
                        Some(node.id),
                        format!("visible_when cycle: {}", chain.join(" → ")),
                        vec!["each field can only depend on a field above it".to_owned()],
                    );
                }
                break;
            }
            if chain.contains(&next) {
                break;
            }
            chain.push(next);
            at = next;
        }
    }
}
