//! The answer to a request for information from Veilig Thuis (issue 10), along the seven
//! guidelines of seed 004 (Haxe and Janssen): only what the question needs, facts with
//! their source, own observations apart from what others said, and consent or the reason it
//! was not asked. [`vt_antwoord_gaps`] says what still stands in the way; [`vt_antwoord`]
//! builds the document. Fixed text: the `VT_ANSWER_*` keys of [`crate::texts::melding`]. Pure.

use chrono::{DateTime, Utc};

use super::fmt_date;
use super::letters::{paras, signature};
use super::melding_check::Missing;
use super::model::{Document, Meta};
use crate::domain::{Dossier, InfoRequest, KeptHint, Profile};
use crate::lint::{Lint, LintOptions};
use crate::texts::documents as t;

/// The place under which a kept writing hint in one part of an answer is stored
/// (`KeptHint::place`): `vt-antwoord:<request id>:eigen` or `…:anderen`.
pub fn hint_place(request_id: u32, part: AnswerPart) -> String {
    let part = match part {
        AnswerPart::Own => "eigen",
        AnswerPart::Others => "anderen",
    };
    format!("vt-antwoord:{request_id}:{part}")
}

/// The two parts of an answer the writing check reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerPart {
    /// Own observations (first hand).
    Own,
    /// What others said, with their source (second hand).
    Others,
}

/// What stands between the answer to request `request_id` and its export; empty means
/// ready. `None` when the dossier has no such request.
///
/// The questions must be recorded, at least one part of the answer written, consent given
/// or the reason recorded why it was not asked or not given, and every hint of `linter` in
/// the answer kept with a reason (place [`hint_place`]).
pub fn vt_antwoord_gaps(
    d: &Dossier,
    p: &Profile,
    request_id: u32,
    linter: &dyn Fn(&str, &LintOptions) -> Vec<Lint>,
) -> Option<Vec<Missing>> {
    let r = d.info_requests.iter().find(|r| r.id == request_id)?;
    let mut out = Vec::new();
    let mut field = |id: &str, label: &str| {
        out.push(Missing::Field {
            id: id.to_owned(),
            label: label.to_owned(),
        });
    };
    if r.asked_by.trim().is_empty() {
        field("asked_by", crate::texts::melding::VT_ANSWER_ASKED_BY);
    }
    if r.questions.trim().is_empty() {
        field(
            "questions",
            crate::texts::melding::VT_ANSWER_QUESTIONS_HEADING,
        );
    }
    if r.own_observations.trim().is_empty() && r.from_others.trim().is_empty() {
        field("answer", crate::texts::melding::VT_ANSWER_GAP_ANSWER);
    }
    if r.consent != Some(true) && r.consent_note.trim().is_empty() {
        field("consent_note", crate::texts::melding::VT_ANSWER_GAP_CONSENT);
    }
    let opts = LintOptions {
        vocabulary: p.organisation.vocabulary.clone(),
        ..LintOptions::default()
    };
    for (part, text, label) in [
        (
            AnswerPart::Own,
            &r.own_observations,
            crate::texts::melding::VT_ANSWER_OWN_OBSERVATIONS_HEADING,
        ),
        (
            AnswerPart::Others,
            &r.from_others,
            crate::texts::melding::VT_ANSWER_FROM_OTHERS_HEADING,
        ),
    ] {
        let place = hint_place(r.id, part);
        for hint in linter(text, &opts) {
            let matched = text.get(hint.span.clone()).unwrap_or_default();
            let kept = d.kept_hints.iter().any(|k: &KeptHint| {
                k.place == place
                    && k.rule == hint.rule
                    && k.matched.trim().eq_ignore_ascii_case(matched.trim())
                    && !k.reason.trim().is_empty()
            });
            if !kept {
                out.push(Missing::Hint {
                    field: place.clone(),
                    label: label.to_owned(),
                    entry: None,
                    rule: hint.rule.clone(),
                    matched: matched.to_owned(),
                    message: hint.message.clone(),
                });
            }
        }
    }
    Some(out)
}

/// The latest request (highest id), the default for the export.
pub fn latest_request(d: &Dossier) -> Option<&InfoRequest> {
    d.info_requests.iter().max_by_key(|r| r.id)
}

/// The answer to request `request_id` from Veilig Thuis, along the guidelines for
/// giving information: the questions, own observations apart from what others said (with
/// their sources), and whether consent was given or why it was not asked; with a signature
/// block. `None` when the dossier has no request with this id.
pub fn vt_antwoord(
    d: &Dossier,
    p: &Profile,
    request_id: u32,
    now: DateTime<Utc>,
) -> Option<Document> {
    let r = d.info_requests.iter().find(|r| r.id == request_id)?;
    let mut doc = Document::new(
        Meta {
            title: format!("{} {}", crate::texts::melding::VT_ANSWER_TITLE, d.reference),
            author: p.user.name.clone(),
            subject: crate::texts::melding::VT_ANSWER_SUBJECT.to_owned(),
            created: now,
            reference: d.reference.clone(),
        },
        format!("{} · {}", p.organisation.name, d.reference),
        format!("{} · {}", t::CONFIDENTIAL_MARK, d.reference),
    );
    doc.heading(1, crate::texts::melding::VT_ANSWER_TITLE);
    doc.note(crate::texts::melding::VT_ANSWER_NOTE);
    doc.heading(2, crate::texts::melding::VT_ANSWER_REQUEST_HEADING);
    doc.fields([
        (
            crate::texts::melding::VT_ANSWER_RECEIVED_ON,
            fmt_date(r.received_on),
        ),
        (
            crate::texts::melding::VT_ANSWER_ASKED_BY,
            r.asked_by.trim().to_owned(),
        ),
        (
            crate::texts::melding::VT_ANSWER_OUR_REFERENCE,
            d.reference.clone(),
        ),
    ]);
    doc.heading(2, crate::texts::melding::VT_ANSWER_QUESTIONS_HEADING);
    paras(&mut doc, &r.questions);
    for (heading, text) in [
        (
            crate::texts::melding::VT_ANSWER_OWN_OBSERVATIONS_HEADING,
            &r.own_observations,
        ),
        (
            crate::texts::melding::VT_ANSWER_FROM_OTHERS_HEADING,
            &r.from_others,
        ),
    ] {
        doc.heading(2, heading);
        if text.trim().is_empty() {
            doc.para(crate::texts::melding::VT_ANSWER_NONE);
        } else {
            paras(&mut doc, text);
        }
    }
    doc.heading(2, crate::texts::melding::VT_ANSWER_CONSENT_HEADING);
    doc.para(match r.consent {
        Some(true) => crate::texts::melding::VT_ANSWER_CONSENT_GIVEN,
        Some(false) => crate::texts::melding::VT_ANSWER_CONSENT_REFUSED,
        None => crate::texts::melding::VT_ANSWER_CONSENT_NOT_ASKED,
    });
    doc.fields([
        (
            crate::texts::common::REASON_LABEL,
            r.consent_note.trim().to_owned(),
        ),
        (
            crate::texts::common::VT_REQUEST_ANSWERED_ON_LABEL,
            r.answered_on.map(fmt_date).unwrap_or_default(),
        ),
    ]);
    if let Some(ticked) = d
        .info_request_guidelines
        .get(&r.id)
        .filter(|t| !t.is_empty())
    {
        doc.heading(2, t::VT_ANSWER_GUIDELINES_FOLLOWED_HEADING);
        doc.bullets(
            ticked
                .iter()
                .filter_map(|n| {
                    crate::texts::common::VT_REQUEST_GUIDELINES.get(usize::from(*n).wrapping_sub(1))
                })
                .map(|g| (*g).to_owned())
                .collect(),
        );
    }
    doc.blocks.push(signature(
        crate::texts::melding::VT_ANSWER_SIGNATURE_ROLE,
        p,
        now,
    ));
    Some(doc)
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone as _};

    use super::*;
    use crate::domain::{Change, example};
    use crate::report::model::Block;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    #[test]
    fn the_answer_to_veilig_thuis_keeps_own_and_others_apart() {
        let mut d = example::dossier();
        d.apply(
            Change::SetInfoRequest {
                request: InfoRequest {
                    id: 0,
                    received_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
                    asked_by: "Anouk Smit, Veilig Thuis Rotterdam Rijnmond".to_owned(),
                    questions: "Hoe vaak was Zoë afwezig?".to_owned(),
                    own_observations: "In oktober was Zoë 6 van de 20 lesdagen afwezig.".to_owned(),
                    from_others: "De leerkracht vertelde op 4 november dat Zoë zei: \"Papa was \
                                  gisteren heel boos.\""
                        .to_owned(),
                    consent: None,
                    consent_note: "Vragen om toestemming brengt Zoë in gevaar.".to_owned(),
                    answered_on: None,
                },
            },
            &example::user(),
            now(),
        )
        .unwrap();
        let doc = vt_antwoord(&d, &example::profile(), 1, now()).expect("answer");
        let texts = doc.texts();
        let pos = |s: &str| texts.iter().position(|x| x.contains(s)).unwrap();
        assert!(
            pos(crate::texts::melding::VT_ANSWER_OWN_OBSERVATIONS_HEADING) < pos("6 van de 20")
        );
        assert!(pos("6 van de 20") < pos(crate::texts::melding::VT_ANSWER_FROM_OTHERS_HEADING));
        assert!(
            pos(crate::texts::melding::VT_ANSWER_FROM_OTHERS_HEADING)
                < pos("De leerkracht vertelde")
        );
        assert!(
            texts
                .iter()
                .any(|x| x == crate::texts::melding::VT_ANSWER_CONSENT_NOT_ASKED)
        );
        assert!(texts.iter().any(|x| x.contains("brengt Zoë in gevaar")));
        assert!(matches!(doc.blocks.last(), Some(Block::Signature(s)) if s.name == "Sanne Bakker"));
        assert!(vt_antwoord(&d, &example::profile(), 2, now()).is_none());
    }

    fn no_hints(_: &str, _: &LintOptions) -> Vec<Lint> {
        Vec::new()
    }

    #[test]
    fn gaps_name_questions_answer_consent_and_unkept_hints() {
        let mut d = example::dossier();
        let me = example::user();
        let mut request = InfoRequest {
            id: 0,
            received_on: NaiveDate::from_ymd_opt(2026, 11, 21).unwrap(),
            asked_by: "Veilig Thuis Rotterdam Rijnmond".to_owned(),
            questions: String::new(),
            own_observations: String::new(),
            from_others: String::new(),
            consent: None,
            consent_note: String::new(),
            answered_on: None,
        };
        d.apply(
            Change::SetInfoRequest {
                request: request.clone(),
            },
            &me,
            now(),
        )
        .unwrap();
        let p = example::profile();
        let gaps = vt_antwoord_gaps(&d, &p, 1, &no_hints).unwrap();
        let ids: Vec<String> = gaps
            .iter()
            .filter_map(|m| match m {
                Missing::Field { id, .. } => Some(id.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["questions", "answer", "consent_note"]);
        assert!(vt_antwoord_gaps(&d, &p, 9, &no_hints).is_none());

        request.id = 1;
        request.questions = "Maakt u zich zorgen over Zoë?".to_owned();
        request.own_observations = "Zoë lijkt verwaarloosd.".to_owned();
        request.consent = Some(true);
        d.apply(Change::SetInfoRequest { request }, &me, now())
            .unwrap();
        let gaps = vt_antwoord_gaps(&d, &p, 1, &crate::lint::lint).unwrap();
        assert!(!gaps.is_empty(), "an impression must be flagged");
        assert!(gaps.iter().all(|m| matches!(m, Missing::Hint { field, .. }
            if field == "vt-antwoord:1:eigen")));
        for m in gaps {
            if let Missing::Hint { rule, matched, .. } = m {
                d.apply(
                    Change::KeepHint {
                        hint: KeptHint {
                            place: hint_place(1, AnswerPart::Own),
                            rule,
                            matched,
                            reason: "Zo gezegd door de jeugdarts".to_owned(),
                        },
                    },
                    &me,
                    now(),
                )
                .unwrap();
            }
        }
        assert_eq!(
            vt_antwoord_gaps(&d, &p, 1, &crate::lint::lint),
            Some(vec![])
        );
    }
}
