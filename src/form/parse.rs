//! Reading the TOML files into located structures: the model's values plus the place
//! of everything a later check may need to point at. Structural errors (syntax, unknown
//! keys, missing keys, wrong types, unknown `kind`) are reported here.

use std::collections::BTreeMap;

use toml::de::DeTable;

use super::{
    diag::{FileDiags, closest},
    model::{Choice, ChoiceList, ConditionValue, FieldKind},
    read::{Span, Str, Tbl, is_option_id, quoted},
};
use crate::domain::afweging::{Branch, DecisionTree, Outcome, OutcomeKind, Question, WeetNiet};

/// Every field kind with its name in the files.
pub(crate) const KINDS: [(&str, FieldKind); 11] = [
    ("text", FieldKind::Text),
    ("long-text", FieldKind::LongText),
    ("date", FieldKind::Date),
    ("date-time", FieldKind::DateTime),
    ("choice", FieldKind::Choice),
    ("multi-choice", FieldKind::MultiChoice),
    ("ja-nee-weet-niet", FieldKind::JaNeeWeetNiet),
    ("ja-nee", FieldKind::JaNee),
    ("person", FieldKind::Person),
    ("repeat", FieldKind::Repeat),
    ("info", FieldKind::Info),
];

/// The name of a kind in the files.
pub(crate) fn kind_name(kind: FieldKind) -> &'static str {
    KINDS
        .iter()
        .find(|(_, k)| *k == kind)
        .map_or("?", |(name, _)| name)
}

/// Parses a file's text, reporting every syntax error. `None` when the file has any.
pub(crate) fn parse_toml<'i>(d: &mut FileDiags<'_>, text: &'i str) -> Option<(DeTable<'i>, Span)> {
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        let span = table.span();
        return Some((table.into_inner(), span));
    }
    for err in errors {
        let span = err.span().unwrap_or(0..0);
        let message = err.message().trim().to_owned();
        d.error(
            &span,
            None,
            format!("TOML syntax error: {message}"),
            Vec::new(),
        );
    }
    None
}

/// `set.toml`, read.
pub(crate) struct LSet {
    pub id: Option<Str>,
    pub title: String,
    pub sector: String,
    pub description: String,
    pub source: String,
    pub choices: BTreeMap<String, ChoiceList>,
}

/// Reads `set.toml`.
pub(crate) fn read_set(d: &mut FileDiags<'_>, root: &Tbl<'_, '_>) -> LSet {
    root.keys(
        d,
        &["id", "title", "sector", "description", "source", "choices"],
    );
    let id = root.req_str(d, "id");
    let title = root.req_str(d, "title").map(|s| s.text).unwrap_or_default();
    let sector = root
        .req_str(d, "sector")
        .map(|s| s.text)
        .unwrap_or_default();
    LSet {
        id,
        title,
        sector,
        description: root.text(d, "description"),
        source: root.text(d, "source"),
        choices: read_choice_lists(d, root),
    }
}

/// Reads the shared `choices.toml`: only `[choices.LIST]` tables.
pub(crate) fn read_choices_file(
    d: &mut FileDiags<'_>,
    root: &Tbl<'_, '_>,
) -> BTreeMap<String, ChoiceList> {
    root.keys(d, &["choices"]);
    read_choice_lists(d, root)
}

fn read_choice_lists(d: &mut FileDiags<'_>, root: &Tbl<'_, '_>) -> BTreeMap<String, ChoiceList> {
    let mut lists = BTreeMap::new();
    let Some(choices) = root.opt_table(d, "choices", "choices") else {
        return lists;
    };
    for (name, value) in choices.entries() {
        let Some(t) = value.get_ref().as_table() else {
            choices.wrong_type(d, &name.text, value, "a table (`[choices.LIST]`)");
            continue;
        };
        let mut list = Tbl::new(t, value.span(), "choice list");
        list.id = Some(name.text.clone());
        if !is_option_id(&name.text) {
            d.error(
                &name.span,
                Some(&name.text),
                format!(
                    "choice list id `{}` must use only a-z, 0-9, `_` and `-`",
                    name.text
                ),
                Vec::new(),
            );
        }
        list.keys(d, &["label", "options"]);
        let label = list.text(d, "label");
        let mut options = Vec::new();
        let Some(opts) = list.value("options") else {
            list.missing(d, "options", "a list of `{ id = …, label = … }`");
            continue;
        };
        let Some(items) = opts.get_ref().as_array() else {
            list.wrong_type(d, "options", opts, "a list of `{ id = …, label = … }`");
            continue;
        };
        if items.iter().next().is_none() {
            d.error(
                &opts.span(),
                Some(&name.text),
                format!("choice list `{}` has no options", name.text),
                Vec::new(),
            );
        }
        let mut seen: BTreeMap<String, Span> = BTreeMap::new();
        for item in items {
            let Some(ot) = item.get_ref().as_table() else {
                list.wrong_type(d, "options", item, "a table `{ id = …, label = … }`");
                continue;
            };
            let opt = Tbl::new(ot, item.span(), "option");
            opt.keys(d, &["id", "label", "help"]);
            let id = opt.req_str(d, "id");
            let label = opt.req_str(d, "label").map(|s| s.text).unwrap_or_default();
            let help = opt.text(d, "help");
            let Some(id) = id else { continue };
            if !is_option_id(&id.text) {
                d.error(
                    &id.span,
                    Some(&name.text),
                    format!(
                        "option id `{}` must use only a-z, 0-9, `_` and `-`",
                        id.text
                    ),
                    Vec::new(),
                );
            }
            if seen.insert(id.text.clone(), id.span.clone()).is_some() {
                d.error(
                    &id.span,
                    Some(&name.text),
                    format!(
                        "duplicate option id `{}` in choice list `{}`",
                        id.text, name.text
                    ),
                    Vec::new(),
                );
            }
            options.push(Choice {
                id: id.text,
                label,
                help,
            });
        }
        lists.insert(name.text.clone(), ChoiceList { label, options });
    }
    lists
}

/// A `visible_when`, read.
#[derive(Debug, Clone)]
pub(crate) struct LCond {
    pub field: Option<Str>,
    pub equals: Option<(ConditionValue, Span)>,
    pub contains: Option<Str>,
}

/// A field, read. `kind` is `None` when missing or invalid (already reported).
#[derive(Debug, Clone)]
pub(crate) struct LField {
    pub span: Span,
    pub id: Option<Str>,
    pub label: String,
    pub help: String,
    pub kind: Option<FieldKind>,
    pub required: Option<(bool, Span)>,
    pub choices: Option<Str>,
    pub cond: Option<LCond>,
    pub lint: Option<bool>,
    pub placeholder: String,
    pub subs: Vec<LField>,
    pub shows: Option<Str>,
}

/// A section, read.
#[derive(Debug, Clone)]
pub(crate) struct LSection {
    pub id: Option<Str>,
    pub title: String,
    pub help: String,
    pub cond: Option<LCond>,
    pub fields: Vec<LField>,
}

/// A form file, read.
#[derive(Debug, Clone)]
pub(crate) struct LForm {
    pub id: Option<Str>,
    pub title: String,
    pub step: Option<(i64, Span)>,
    pub intro: String,
    pub sections: Vec<LSection>,
}

/// Reads a form file.
pub(crate) fn read_form(d: &mut FileDiags<'_>, root: &Tbl<'_, '_>) -> LForm {
    root.keys(d, &["id", "title", "step", "intro", "section"]);
    if let Some(q) = root.value("question").or_else(|| root.value("outcome")) {
        d.error(
            &q.span(),
            None,
            "this file has afwegingskader questions, but only `afwegingskader.toml` is read as one",
            vec!["rename the file to `afwegingskader.toml`".to_owned()],
        );
    }
    let id = root.req_str(d, "id");
    let title = root.req_str(d, "title").map(|s| s.text).unwrap_or_default();
    let step = root.opt_int(d, "step");
    let intro = root.text(d, "intro");
    if root.value("section").is_none() {
        root.missing(d, "section", "one or more `[[section]]` tables");
    }
    let sections = root
        .tables(d, "section", "section")
        .iter()
        .map(|s| read_section(d, s))
        .collect();
    LForm {
        id,
        title,
        step,
        intro,
        sections,
    }
}

fn read_section(d: &mut FileDiags<'_>, t: &Tbl<'_, '_>) -> LSection {
    t.keys(d, &["id", "title", "help", "visible_when", "field"]);
    let id = t.req_str(d, "id");
    let title = t.req_str(d, "title").map(|s| s.text).unwrap_or_default();
    let help = t.text(d, "help");
    let cond = read_cond(d, t);
    if t.value("field").is_none() {
        t.missing(d, "field", "one or more `[[section.field]]` tables");
    }
    let fields = t
        .tables(d, "field", "field")
        .iter()
        .map(|f| read_field(d, f))
        .collect();
    LSection {
        id,
        title,
        help,
        cond,
        fields,
    }
}

fn read_field(d: &mut FileDiags<'_>, t: &Tbl<'_, '_>) -> LField {
    t.keys(
        d,
        &[
            "id",
            "label",
            "help",
            "kind",
            "required",
            "choices",
            "visible_when",
            "lint",
            "placeholder",
            "field",
            "shows",
        ],
    );
    let id = t.req_str(d, "id");
    let label = t.req_str(d, "label").map(|s| s.text).unwrap_or_default();
    let kind = t.req_str(d, "kind").and_then(|k| {
        let found = KINDS
            .iter()
            .find(|(name, _)| *name == k.text)
            .map(|(_, k)| *k);
        if found.is_none() {
            let names: Vec<&str> = KINDS.iter().map(|(n, _)| *n).collect();
            let mut hints = Vec::new();
            if let Some(near) = closest(&k.text, names.iter().copied()) {
                hints.push(format!("did you mean `{near}`?"));
            }
            hints.push(format!("kinds: {}", quoted(&names)));
            d.error(
                &k.span,
                t.field(),
                format!("invalid kind `{}`", k.text),
                hints,
            );
        }
        found
    });
    let required = t
        .opt_bool(d, "required")
        .zip(t.value("required").map(toml::Spanned::span));
    let subs = t
        .tables(d, "field", "field")
        .iter()
        .map(|f| read_field(d, f))
        .collect();
    LField {
        span: t.span.clone(),
        label,
        help: t.text(d, "help"),
        kind,
        required,
        choices: t.opt_str(d, "choices"),
        cond: read_cond(d, t),
        lint: t.opt_bool(d, "lint"),
        placeholder: t.text(d, "placeholder"),
        subs,
        shows: t.opt_str(d, "shows"),
        id,
    }
}

fn read_cond(d: &mut FileDiags<'_>, t: &Tbl<'_, '_>) -> Option<LCond> {
    let mut c = t.opt_table(d, "visible_when", "visible_when")?;
    c.id.clone_from(&t.id);
    c.keys(d, &["field", "equals", "contains"]);
    let field = c.req_str(d, "field");
    let equals = c.value("equals").and_then(|v| {
        let value = if let Some(b) = v.get_ref().as_bool() {
            Some(ConditionValue::Bool(b))
        } else if let Some(s) = v.get_ref().as_str() {
            Some(ConditionValue::Text(s.to_owned()))
        } else {
            c.wrong_type(d, "equals", v, "a string or `true`/`false`");
            None
        };
        value.map(|value| (value, v.span()))
    });
    let contains = c.opt_str(d, "contains");
    match (&equals, &contains) {
        (Some(_), Some(_)) => d.error(
            &c.span,
            t.field(),
            "`visible_when` has both `equals` and `contains`; use one",
            Vec::new(),
        ),
        (None, None) if c.value("equals").is_none() && c.value("contains").is_none() => d.error(
            &c.span,
            t.field(),
            "`visible_when` needs `equals` or `contains`",
            vec![
                "for example: visible_when = { field = \"gesprek_gevoerd\", equals = \"nee\" }"
                    .to_owned(),
            ],
        ),
        _ => {}
    }
    Some(LCond {
        field,
        equals,
        contains,
    })
}

/// Where the parts of one branch are.
#[derive(Debug, Clone, Default)]
pub(crate) struct BranchSpans {
    pub span: Span,
    pub next: Option<Span>,
    pub outcome: Option<Span>,
}

/// Where the parts of one question are.
#[derive(Debug, Clone, Default)]
pub(crate) struct QuestionSpans {
    pub id: Span,
    pub step: Span,
    pub ja: BranchSpans,
    pub nee: BranchSpans,
}

/// An afwegingskader, read: the tree plus where its parts are (parallel to its vectors).
pub(crate) struct LTree {
    pub tree: DecisionTree,
    pub start: Span,
    pub root: Span,
    pub questions: Vec<QuestionSpans>,
    pub outcomes: Vec<Span>,
    /// Whether the file had structural errors (then the tree checks are skipped).
    pub broken: bool,
}

/// Reads `afwegingskader.toml`.
pub(crate) fn read_tree(d: &mut FileDiags<'_>, root: &Tbl<'_, '_>) -> LTree {
    let before = d.out.len();
    root.keys(
        d,
        &[
            "id",
            "title",
            "intro",
            "start",
            "weet_niet",
            "question",
            "outcome",
        ],
    );
    let id = root.req_str(d, "id").map(|s| s.text).unwrap_or_default();
    let title = root.req_str(d, "title").map(|s| s.text).unwrap_or_default();
    let intro = root.text(d, "intro");
    let start = root.req_str(d, "start");
    let weet_niet = match root.opt_str(d, "weet_niet") {
        None => WeetNiet::NietToegestaan,
        Some(s) if s.text == "niet-toegestaan" => WeetNiet::NietToegestaan,
        Some(s) if s.text == "telt-als-nee" => WeetNiet::TeltAlsNee,
        Some(s) => {
            d.error(
                &s.span,
                None,
                format!("invalid `weet_niet` value `{}`", s.text),
                vec!["use `niet-toegestaan` or `telt-als-nee`".to_owned()],
            );
            WeetNiet::NietToegestaan
        }
    };
    let mut questions = Vec::new();
    let mut q_spans = Vec::new();
    for q in root.tables(d, "question", "question") {
        q.keys(
            d,
            &[
                "id",
                "step",
                "title",
                "text",
                "help",
                "vragen_ter_afweging",
                "ja",
                "nee",
            ],
        );
        let id = q.req_str(d, "id");
        let step = q.opt_int(d, "step");
        if step.is_none() && q.value("step").is_none() {
            q.missing(d, "step", "4 or 5");
        }
        let title = q.req_str(d, "title").map(|s| s.text).unwrap_or_default();
        let text = q.req_str(d, "text").map(|s| s.text).unwrap_or_default();
        let help = q.text(d, "help");
        let vragen = q.opt_strings(d, "vragen_ter_afweging");
        let (ja, ja_spans) = read_branch(d, &q, "ja");
        let (nee, nee_spans) = read_branch(d, &q, "nee");
        let Some(id) = id else { continue };
        let (step, step_span) = step.unwrap_or((0, q.span.clone()));
        q_spans.push(QuestionSpans {
            id: id.span,
            step: step_span,
            ja: ja_spans,
            nee: nee_spans,
        });
        questions.push(Question {
            id: id.text,
            step: u8::try_from(step).unwrap_or(u8::MAX),
            title,
            text,
            help,
            vragen_ter_afweging: vragen,
            ja,
            nee,
        });
    }
    let mut outcomes = Vec::new();
    let mut o_spans = Vec::new();
    for o in root.tables(d, "outcome", "outcome") {
        o.keys(d, &["id", "kind", "label", "text"]);
        let id = o.req_str(d, "id");
        let kind = o.req_str(d, "kind").and_then(|k| match k.text.as_str() {
            "afsluiten" => Some(OutcomeKind::Afsluiten),
            "melden" => Some(OutcomeKind::Melden),
            "hulp" => Some(OutcomeKind::Hulp),
            other => {
                d.error(
                    &k.span,
                    o.field(),
                    format!("invalid outcome kind `{other}`"),
                    vec!["use `afsluiten`, `melden` or `hulp`".to_owned()],
                );
                None
            }
        });
        let label = o.req_str(d, "label").map(|s| s.text).unwrap_or_default();
        let text = o.text(d, "text");
        let Some(id) = id else { continue };
        o_spans.push(id.span);
        outcomes.push(Outcome {
            id: id.text,
            kind: kind.unwrap_or(OutcomeKind::Afsluiten),
            label,
            text,
        });
    }
    let (start, start_span) =
        start.map_or((String::new(), root.span.clone()), |s| (s.text, s.span));
    LTree {
        tree: DecisionTree {
            id,
            title,
            intro,
            start,
            weet_niet,
            questions,
            outcomes,
        },
        start: start_span,
        root: root.span.clone(),
        questions: q_spans,
        outcomes: o_spans,
        broken: d.out.len() > before,
    }
}

fn read_branch(d: &mut FileDiags<'_>, q: &Tbl<'_, '_>, key: &str) -> (Branch, BranchSpans) {
    let Some(mut b) = q.opt_table(d, key, "branch") else {
        if q.value(key).is_none() {
            q.missing(d, key, "a branch `{ next = …, outcome = … }`");
        }
        return (Branch::default(), BranchSpans::default());
    };
    b.id.clone_from(&q.id);
    b.keys(d, &["outcome", "next", "with_veilig_thuis", "text"]);
    let outcome = b.opt_str(d, "outcome");
    let next = b.opt_str(d, "next");
    let spans = BranchSpans {
        span: b.span.clone(),
        next: next.as_ref().map(|s| s.span.clone()),
        outcome: outcome.as_ref().map(|s| s.span.clone()),
    };
    let branch = Branch {
        outcome: outcome.map(|s| s.text),
        next: next.map(|s| s.text),
        with_veilig_thuis: b.opt_bool(d, "with_veilig_thuis").unwrap_or(false),
        text: b.text(d, "text"),
    };
    (branch, spans)
}
