//! Builders: domain data in, [`Document`](super::Document) out. One file per document kind.

mod consultatie;
mod dossier;
mod history;
mod inzage;
mod protocol;

pub use consultatie::{consultatie, consultatie_with};
pub use dossier::dossier;
pub use inzage::inzage;
pub use protocol::{protocol, protocol_with_tree};

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{DateTime, Utc};

use super::model::{Document, SignatureBlock};
use super::{fmt_date, fmt_datetime};
use crate::domain::{
    Actor, AfspraakStatus, Change, Dossier, Hand, Person, PersonId, Profile, Step, StepStatus, Tri,
    Value,
};
use crate::texts::documents as t;

/// "ja", "nee" or "onbekend".
fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => crate::texts::common::ANSWER_YES_LOWERCASE,
        Some(false) => crate::texts::common::ANSWER_NO_LOWERCASE,
        None => crate::texts::common::ANSWER_UNKNOWN_LOWERCASE,
    }
}

/// "Sanne Bakker (intern begeleider)".
fn actor(a: &Actor) -> String {
    a.described()
}

/// "Stap 3: Gesprek met de betrokkene(n)".
fn step_title(step: Step) -> String {
    format!(
        "{} {}: {}",
        crate::texts::common::STEP_PREFIX,
        step.number(),
        step.title()
    )
}

fn step_status(s: StepStatus) -> &'static str {
    match s {
        StepStatus::Open => crate::texts::common::STEP_STATUS_NOT_STARTED,
        StepStatus::Bezig => crate::texts::common::STEP_STATUS_IN_PROGRESS,
        StepStatus::Afgerond => crate::texts::common::STEP_STATUS_COMPLETED,
    }
}

fn hand(h: Hand) -> &'static str {
    h.label()
}

/// The Dutch labels of every field and afwegingskader question of the bundled form sets,
/// by id (the first set that has an id names it).
/// Where a kept hint sits, in words: its place key is a field id, `signal:N`,
/// `conversation:N`, `signaal` (the signal being typed) or `vt-antwoord:N:…`.
pub(super) fn kept_hint_place(d: &Dossier, key: &str) -> String {
    let mut parts = key.split(':');
    let (kind, number) = (parts.next().unwrap_or_default(), parts.next());
    let numbered = |word: &str| number.map_or_else(|| word.to_owned(), |n| format!("{word} {n}"));
    match kind {
        // A signal has one number everywhere: its place in date order.
        "signal" | "signaal" => match number.and_then(|n| n.parse().ok()) {
            Some(id) => format!("{} {}", t::KEPT_HINT_PLACE_SIGNAL, d.signal_number(id)),
            None => t::KEPT_HINT_PLACE_SIGNAL.to_owned(),
        },
        "conversation" => numbered(t::KEPT_HINT_PLACE_CONVERSATION),
        "vt-antwoord" => numbered(t::KEPT_HINT_PLACE_VT_ANSWER),
        field => bundled_labels()
            .get(field)
            .cloned()
            .unwrap_or_else(|| t::KEPT_HINT_PLACE_OTHER.to_owned()),
    }
}

fn bundled_labels() -> &'static HashMap<String, String> {
    static LABELS: OnceLock<HashMap<String, String>> = OnceLock::new();
    LABELS.get_or_init(|| {
        fn fields(out: &mut HashMap<String, String>, list: &[crate::form::Field]) {
            for f in list {
                if !f.label.trim().is_empty() {
                    out.entry(f.id.clone()).or_insert_with(|| f.label.clone());
                }
                fields(out, &f.fields);
            }
        }
        let mut out = HashMap::new();
        for set in crate::form::bundled() {
            for form in &set.forms {
                for section in &form.sections {
                    fields(&mut out, &section.fields);
                }
            }
            for q in set.tree.iter().flat_map(|t| &t.questions) {
                out.entry(q.id.clone()).or_insert_with(|| q.text.clone());
            }
        }
        out
    })
}

/// A field or question id as the user reads it: its label in the bundled forms, else the id
/// made readable ("gesprek_kind" -> "Gesprek kind") for an organisation's own form.
fn field_label(id: &str) -> String {
    if let Some(label) = bundled_labels().get(id) {
        return label.trim_end_matches(['?', ':']).to_owned();
    }
    let s = id.replace(['_', '-'], " ");
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A form value as text; persons by `person`.
fn value_text(v: &Value, person: &dyn Fn(PersonId) -> String) -> String {
    match v {
        Value::Text(s) => s.clone(),
        Value::Date(d) => fmt_date(*d),
        Value::DateTime(dt) => format!("{}, {}", fmt_date(dt.date()), dt.format("%H:%M")),
        Value::Choice(c) => c.replace('-', " "),
        Value::Multi(v) => v
            .iter()
            .map(|c| c.replace('-', " "))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Tri(tri) => tri_text(*tri).to_owned(),
        Value::Person(id) => person(*id),
        Value::Group(entries) => entries
            .iter()
            .map(|e| {
                e.iter()
                    .map(|(k, v)| format!("{}: {}", field_label(k), value_text(v, person)))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .collect::<Vec<_>>()
            .join(" | "),
    }
}

/// "lopend", "nagekomen" or "niet nagekomen".
fn afspraak_status(s: AfspraakStatus) -> &'static str {
    match s {
        AfspraakStatus::Lopend => crate::texts::history::AFSPRAAK_STATUS_RUNNING,
        AfspraakStatus::Nagekomen => crate::texts::history::AFSPRAAK_STATUS_KEPT,
        AfspraakStatus::NietNagekomen => crate::texts::history::AFSPRAAK_STATUS_NOT_KEPT,
    }
}

fn tri_text(tri: Tri) -> &'static str {
    tri.label()
}

fn person_name(d: &Dossier, id: PersonId) -> String {
    d.person_name(id)
}

/// "Basisschool De Linde, groep 5", leaving out empty parts.
fn school_and_group(p: &Person) -> String {
    [p.organisation.trim(), p.group.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The signature block of an actor in a role.
fn signature(role: &str, who: &Actor, profile: &Profile, now: DateTime<Utc>) -> SignatureBlock {
    SignatureBlock {
        role: role.to_owned(),
        name: who.name.clone(),
        function: who.function.clone(),
        organisation: profile.organisation.name.clone(),
        place: profile.organisation.place.clone(),
        date: fmt_date(now.date_naive()),
    }
}

/// What a history entry did, in one line, with the dossier's persons named: the one
/// `Change` → text mapping, used by the documents and by the window's history.
pub fn history_line(d: &Dossier, change: &Change) -> String {
    history_line_named(d, change, &|_| None)
}

/// [`history_line`] with field and afwegingskader question ids named by `label` where it
/// knows them (the window passes the labels of the dossier's form set, #20).
pub fn history_line_named(
    d: &Dossier,
    change: &Change,
    label: &dyn Fn(&str) -> Option<String>,
) -> String {
    change_text(change, &|id| person_name(d, id), label)
}

/// What a history entry did, in one line; `person` names persons (or their labels), `label`
/// names field and question ids where it knows them.
fn change_text(
    change: &Change,
    person: &dyn Fn(PersonId) -> String,
    label: &dyn Fn(&str) -> Option<String>,
) -> String {
    let name = |id: &str| label(id).unwrap_or_else(|| field_label(id));
    match change {
        Change::SetTitle { title } => format!("{}: {title}", crate::texts::history::TITLE_CHANGED),
        Change::AddPerson { person: p } => format!(
            "{}: {}",
            crate::texts::history::PERSON_ADDED,
            p.role.label()
        ),
        Change::UpdatePerson { person: p } => {
            format!(
                "{}: {}",
                crate::texts::history::PERSON_CHANGED,
                p.role.label()
            )
        }
        Change::RemovePerson { id, .. } => {
            format!("{}: {}", crate::texts::history::PERSON_REMOVED, person(*id))
        }
        Change::SetSubject { id } => {
            format!(
                "{}: {}",
                crate::texts::history::DOSSIER_SUBJECT_SET,
                person(*id)
            )
        }
        Change::AddSignal { signal } => {
            format!(
                "{} ({})",
                crate::texts::history::SIGNAL_RECORDED,
                fmt_date(signal.observed_on)
            )
        }
        Change::CorrectSignal { id, reason, .. } => {
            format!("{} {id}: {reason}", crate::texts::history::SIGNAL_CORRECTED)
        }
        Change::AddConsultation { consultation } => format!(
            "{}: {} ({})",
            crate::texts::history::CONSULTATION_RECORDED,
            consultation.kind.label(),
            fmt_date(consultation.on)
        ),
        Change::AddConversation { conversation } => {
            format!(
                "{} ({})",
                crate::texts::history::CONVERSATION_RECORDED,
                fmt_date(conversation.on)
            )
        }
        Change::SkipConversation { .. } => crate::texts::history::CONVERSATION_SKIPPED.to_owned(),
        Change::SetField { step, field, value } => match value {
            Some(v) => format!(
                "{} ({} {}): {} = {}",
                crate::texts::history::FIELD_SET,
                crate::texts::common::STEP_PREFIX,
                step.number(),
                name(field),
                value_text(v, person)
            ),
            None => format!(
                "{} ({} {}): {}",
                crate::texts::history::FIELD_CLEARED,
                crate::texts::common::STEP_PREFIX,
                step.number(),
                name(field)
            ),
        },
        Change::StartStep { step } => format!(
            "{}: {}",
            crate::texts::history::STEP_STARTED,
            step_title(*step)
        ),
        Change::CompleteStep { step } => format!(
            "{}: {}",
            crate::texts::history::STEP_COMPLETED,
            step_title(*step)
        ),
        Change::RevisitStep { step, reason } => {
            format!(
                "{}: {} ({reason})",
                crate::texts::history::STEP_REOPENED,
                step_title(*step)
            )
        }
        Change::AnswerAfweging { question, answer } => {
            let question = label(question).unwrap_or_else(|| field_label(question));
            format!(
                "{} {question}: {}",
                crate::texts::history::AFWEGING_QUESTION_ANSWERED,
                tri_text(answer.answer)
            )
        }
        Change::Decide { decision } => format!(
            "{}: melden {}, hulp {}",
            crate::texts::history::DECISION_RECORDED,
            yes_no(Some(decision.melden)),
            yes_no(Some(decision.hulp))
        ),
        Change::KeepHint { hint } => format!(
            "{}: \u{201e}{}\u{201d}",
            crate::texts::history::HINT_KEPT,
            hint.matched
        ),
        Change::Close { reason, on } => format!(
            "{} ({}): {reason}",
            crate::texts::history::DOSSIER_CLOSED,
            fmt_date(*on)
        ),
        Change::Reopen { reason } => {
            format!("{}: {reason}", crate::texts::history::DOSSIER_REOPENED)
        }
        Change::AddClientStatement { .. } => {
            crate::texts::history::CLIENT_STATEMENT_ADDED.to_owned()
        }
        Change::SetMeldingField { field, .. } => {
            format!(
                "{}: {}",
                crate::texts::history::MELDFORMULIER_FIELD_SET,
                name(field)
            )
        }
        Change::SetChecklist { .. } => crate::texts::history::MELDING_CHECKLIST_UPDATED.to_owned(),
        Change::RecordSent { sent } => format!(
            "{} ({})",
            crate::texts::history::MELDING_SENT,
            fmt_date(sent.on)
        ),
        Change::MarkUrgent { reason } => {
            format!("{}: {reason}", crate::texts::history::URGENT_MARKED)
        }
        Change::RecordUrgentCall { call } => format!(
            "{}: {} ({})",
            crate::texts::history::URGENT_CALL_RECORDED,
            call.to.label(),
            fmt_datetime(call.at)
        ),
        Change::AddAfspraak { afspraak } => {
            format!(
                "{} ({})",
                crate::texts::history::AFSPRAAK_RECORDED,
                fmt_date(afspraak.due)
            )
        }
        Change::CheckAfspraak { id, status, on } => format!(
            "{} {id} ({}): {}",
            crate::texts::history::AFSPRAAK_CHECKED,
            fmt_date(*on),
            afspraak_status(*status)
        ),
        Change::SetInfoRequest { request } => {
            format!(
                "{} ({})",
                crate::texts::history::VT_REQUEST_RECORDED,
                fmt_date(request.received_on)
            )
        }
        Change::RecordParticipation { entry } => format!(
            "{} ({} {}, {})",
            crate::texts::history::PARTICIPATION_RECORDED,
            crate::texts::history::PARTICIPATION_POINT_WORD,
            entry.point,
            fmt_date(entry.on)
        ),
        other => facts_change_text(other, &name),
    }
}

/// History lines of the changes of issue 16; `name` names field and question ids.
fn facts_change_text(change: &Change, name: &dyn Fn(&str) -> String) -> String {
    match change {
        Change::WithdrawSignal { id, reason } => {
            format!("{} {id}: {reason}", crate::texts::history::SIGNAL_WITHDRAWN)
        }
        Change::ApproveSignal { id, by, on, how } => format!(
            "{} {id}: {by}, {} ({how})",
            crate::texts::history::SIGNAL_APPROVED,
            fmt_date(*on)
        ),
        Change::AddZienswijze { zienswijze } => format!(
            "{} ({}, {})",
            crate::texts::history::ZIENSWIJZE_RECORDED,
            zienswijze.author_role,
            fmt_date(zienswijze.on)
        ),
        Change::AddCorrectionRequest { request } => format!(
            "{} ({})",
            crate::texts::history::CORRECTION_REQUEST_RECORDED,
            fmt_date(request.received_on)
        ),
        Change::AnswerCorrectionRequest { id, answer } => format!(
            "{} {id} ({})",
            crate::texts::history::CORRECTION_REQUEST_ANSWERED,
            fmt_date(answer.on)
        ),
        Change::AnswerAfwegingSamen {
            question,
            answer,
            samen_met_vt,
        } => {
            let mut line = format!(
                "{} {}: {}",
                crate::texts::history::AFWEGING_QUESTION_ANSWERED,
                name(question),
                tri_text(answer.answer)
            );
            if let Some(vt) = samen_met_vt {
                line = format!(
                    "{line} ({} {}, {})",
                    t::TOGETHER_WITH_VT,
                    vt.with_whom,
                    fmt_date(vt.on)
                );
            }
            line
        }
        Change::DecideWithAccount { decision, .. } => format!(
            "{}: melden {}, hulp {} ({})",
            crate::texts::history::DECISION_RECORDED,
            yes_no(Some(decision.melden)),
            yes_no(Some(decision.hulp)),
            actor(&decision.decided_by)
        ),
        Change::SetInfoRequestGuidelines { id, ticked } => format!(
            "{} {id}: {}",
            crate::texts::history::VT_REQUEST_GUIDELINES_TICKED,
            ticked
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Change::MigrateAnswers { step, field } => format!(
            "{} ({} {}: {})",
            crate::texts::history::FORM_ANSWERS_MIGRATED,
            crate::texts::common::STEP_PREFIX,
            step.number(),
            name(field)
        ),
        _ => String::new(),
    }
}

/// A signal's text cell with its record history: withdrawn, approval by the source, and
/// every earlier version with the date, who replaced it and why. PDF and DOCX have no
/// strike-through in the document model, so earlier versions carry a bracketed marker.
fn signal_cell(d: &Dossier, s: &crate::domain::Signal, who: &dyn Fn(&Actor) -> String) -> String {
    let mut lines = Vec::new();
    if let Some(w) = d.signal_withdrawal(s.id) {
        lines.push(format!(
            "[{} {} {} {}: {}]",
            t::SIGNAL_WITHDRAWN_ON,
            fmt_date(w.at.date_naive()),
            t::SIGNAL_MARKER_BY,
            who(&w.by),
            w.reason
        ));
    }
    lines.push(signal_text(s.text.clone(), s.contra_indicatie));
    if let Some(a) = d.signal_approval(s.id) {
        lines.push(format!(
            "({} {} {} {}, {})",
            t::SIGNAL_APPROVED_BY,
            a.by,
            t::SIGNAL_MARKER_ON,
            fmt_date(a.on),
            a.how
        ));
    } else if d.awaits_approval(s) {
        lines.push(t::SIGNAL_NOT_YET_APPROVED_MARKER.to_owned());
    }
    for v in d.signal_versions(s.id).into_iter().rev() {
        lines.push(format!(
            "[{}, {} {} {} {}: {}] {}",
            t::SIGNAL_EARLIER_VERSION_HEADING,
            t::SIGNAL_REPLACED_ON,
            fmt_date(v.replaced_at.date_naive()),
            t::SIGNAL_MARKER_BY,
            who(&v.by),
            v.reason,
            v.text
        ));
    }
    lines.join("\n")
}

/// The family's own word and their AVG art. 16 requests, under headings of `level`.
fn family_word(doc: &mut Document, level: u8, d: &Dossier, person: &dyn Fn(PersonId) -> String) {
    if !d.zienswijzen.is_empty() {
        doc.heading(level, t::ZIENSWIJZEN_HEADING);
        for z in &d.zienswijzen {
            let van = match z.author {
                Some(p) => format!("{} ({})", person(p), z.author_role),
                None => z.author_role.clone(),
            };
            doc.fields([
                (t::ZIENSWIJZE_FROM_LABEL, van),
                (t::DATE_LABEL, fmt_date(z.on)),
                (t::ZIENSWIJZE_SUBJECT_LABEL, z.subject.clone()),
                (t::ZIENSWIJZE_LABEL, z.text.clone()),
                (t::ZIENSWIJZE_DISPUTED_LABEL, z.disputes.clone()),
                (
                    t::ZIENSWIJZE_WITH_MELDING_LABEL,
                    yes_no(Some(z.with_melding)).to_owned(),
                ),
            ]);
        }
    }
    if !d.correction_requests.is_empty() {
        doc.heading(level, t::CORRECTION_REQUESTS_HEADING);
        for r in &d.correction_requests {
            let van = match r.by {
                Some(p) => format!("{} ({})", person(p), r.by_role),
                None => r.by_role.clone(),
            };
            let answer = r.answer.as_ref().map_or_else(
                || t::CORRECTION_REQUEST_NOT_ANSWERED.to_owned(),
                |a| {
                    format!(
                        "{} ({}): {}",
                        if a.granted {
                            t::CORRECTION_REQUEST_GRANTED
                        } else {
                            t::CORRECTION_REQUEST_REFUSED
                        },
                        fmt_date(a.on),
                        a.text
                    )
                },
            );
            doc.fields([
                (t::CORRECTION_REQUEST_FROM_LABEL, van),
                (
                    t::CORRECTION_REQUEST_RECEIVED_ON_LABEL,
                    fmt_date(r.received_on),
                ),
                (t::CORRECTION_REQUEST_LABEL, r.request.clone()),
                (crate::texts::common::ANSWER_LABEL, answer),
            ]);
        }
    }
}

/// Per decision: the eindverantwoordelijke, whether it was taken with Veilig Thuis (with
/// whom, when) and the motivation of a deviation from the meldnorm.
fn decision_accounts(doc: &mut Document, level: u8, d: &Dossier) {
    if d.decisions.is_empty() {
        return;
    }
    doc.heading(level, t::DECISION_ACCOUNT_HEADING);
    let grounds = d.meldnorm_grounds();
    if !grounds.is_empty() {
        doc.fields([(
            t::DECISION_MELDNORM_GROUNDS_LABEL,
            grounds
                .iter()
                .map(|g| g.label())
                .collect::<Vec<_>>()
                .join(", "),
        )]);
    }
    for (i, x) in d.decisions.iter().enumerate() {
        let account = d.decision_account(i);
        let vt = account.and_then(|a| a.samen_met_vt.as_ref()).map_or_else(
            || crate::texts::common::ANSWER_NO_LOWERCASE.to_owned(),
            |v| format!("{}, {}", v.with_whom, fmt_date(v.on)),
        );
        let mut pairs = vec![
            (t::DATE_LABEL.to_owned(), fmt_date(x.on)),
            (
                t::EINDVERANTWOORDELIJKE_LABEL.to_owned(),
                actor(&x.decided_by),
            ),
            (t::DECISION_TOGETHER_WITH_VT_LABEL.to_owned(), vt),
        ];
        if let Some(a) = account.filter(|a| !a.meldnorm_afwijking.trim().is_empty()) {
            pairs.push((
                t::DECISION_MELDNORM_DEVIATION_LABEL.to_owned(),
                a.meldnorm_afwijking.clone(),
            ));
        }
        doc.blocks.push(super::model::Block::Fields(pairs));
    }
}

/// A signal's text as the documents show it: a contra-indicatie is marked as one.
fn signal_text(text: String, contra_indicatie: bool) -> String {
    if contra_indicatie {
        format!("({}) {text}", t::SIGNAL_CONTRA_INDICATION)
    } else {
        text
    }
}

/// The collegial consultations as a table under a heading of `level`; nothing without any.
fn consultations_table(doc: &mut Document, level: u8, d: &Dossier) {
    if d.consultations.is_empty() {
        return;
    }
    doc.heading(level, t::CONSULTATIONS_HEADING);
    doc.table(
        &t::CONSULTATIONS_TABLE_COLUMNS,
        &[1.2, 1.4, 1.8, 2.2, 2.6],
        d.consultations
            .iter()
            .map(|c| {
                vec![
                    fmt_date(c.on),
                    c.kind.label().to_owned(),
                    c.with_whom.clone(),
                    c.question.clone(),
                    c.outcome.clone(),
                ]
            })
            .collect(),
    );
}

/// The stap 5 decisions as a table under a heading of `level`; nothing without any.
fn decisions_table(doc: &mut Document, level: u8, d: &Dossier) {
    if d.decisions.is_empty() {
        return;
    }
    doc.heading(level, t::DECISIONS_HEADING);
    doc.table(
        &t::DECISIONS_TABLE_COLUMNS,
        &[1.2, 0.8, 0.8, 4.0, 2.0],
        d.decisions
            .iter()
            .map(|x| {
                vec![
                    fmt_date(x.on),
                    yes_no(Some(x.melden)).to_owned(),
                    yes_no(Some(x.hulp)).to_owned(),
                    x.motivation.clone(),
                    actor(&x.decided_by),
                ]
            })
            .collect(),
    );
}
