//! The parts of a dossier after (or beside) the five steps, as document blocks for the
//! dossier export: the urgent path, the melding and what was agreed after sending, the
//! afspraken of the veiligheidsplan, requests for information from Veilig Thuis and the
//! child's participation (the nine actiepunten of seed 002). Pure: `today` is passed in.

use chrono::NaiveDate;

use super::model::Block;
use super::{fmt_date, fmt_datetime};
use crate::domain::{AfspraakStatus, Dossier};
use crate::texts::documents as t;

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.to_owned(),
    }
}

fn fields(pairs: Vec<(&str, String)>) -> Option<Block> {
    let pairs: Vec<(String, String)> = pairs
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(l, v)| (l.to_owned(), v))
        .collect();
    (!pairs.is_empty()).then_some(Block::Fields(pairs))
}

fn table(header: &[&str], widths: &[f32], rows: Vec<Vec<String>>) -> Block {
    Block::Table {
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows,
        widths: widths.to_vec(),
    }
}

/// Where an agreement stands, in words; overdue ones say so.
pub fn afspraak_status(status: AfspraakStatus, overdue: bool) -> &'static str {
    match status {
        AfspraakStatus::Lopend if overdue => crate::texts::melding::FOLLOW_UP_AFSPRAAK_OVERDUE,
        AfspraakStatus::Lopend => crate::texts::melding::FOLLOW_UP_AFSPRAAK_RUNNING,
        AfspraakStatus::Nagekomen => crate::texts::melding::FOLLOW_UP_AFSPRAAK_KEPT,
        AfspraakStatus::NietNagekomen => crate::texts::melding::FOLLOW_UP_AFSPRAAK_NOT_KEPT,
    }
}

/// The follow-up blocks of the dossier export. Sections without data are left out, except
/// the afspraken and the participation, which always appear (an empty veiligheidsplan or
/// nine open points say something too).
pub fn blocks(d: &Dossier, today: NaiveDate) -> Vec<Block> {
    let mut out = Vec::new();
    if let Some(u) = &d.urgent {
        out.push(heading(2, crate::texts::melding::FOLLOW_UP_URGENT_HEADING));
        out.extend(fields(vec![
            (
                crate::texts::melding::FOLLOW_UP_URGENT_MARKED_ON,
                fmt_datetime(u.marked_at),
            ),
            (crate::texts::common::REASON_LABEL, u.reason.clone()),
        ]));
        if !u.calls.is_empty() {
            out.push(table(
                &crate::texts::melding::FOLLOW_UP_URGENT_CALLS_TABLE_COLUMNS,
                &[1.8, 1.8, 1.8, 3.6],
                u.calls
                    .iter()
                    .map(|c| {
                        vec![
                            fmt_datetime(c.at),
                            c.to.label().to_owned(),
                            format!("{}, {}", c.by.name, c.by.function),
                            c.note.clone(),
                        ]
                    })
                    .collect(),
            ));
        }
    }

    let m = &d.melding;
    if m.checklist.call.is_some() || m.sent.is_some() {
        out.push(heading(2, crate::texts::common::MELDING_HEADING));
        let call = m.checklist.call.as_ref();
        out.extend(fields(vec![
            (
                crate::texts::melding::FOLLOW_UP_VT_PHONED_FIRST,
                call.map(|c| {
                    format!(
                        "{}, {} ({})",
                        fmt_date(c.at.date()),
                        c.at.format("%H:%M"),
                        c.employee
                    )
                })
                .unwrap_or_default(),
            ),
            (
                crate::texts::melding::FOLLOW_UP_SECURE_CHANNEL,
                m.checklist.channel.clone(),
            ),
            (
                crate::texts::melding::FOLLOW_UP_SENT_ON,
                m.sent.as_ref().map(|s| fmt_date(s.on)).unwrap_or_default(),
            ),
            (
                crate::texts::common::VT_REFERENCE_LABEL,
                m.sent
                    .as_ref()
                    .map(|s| s.veilig_thuis_reference.clone())
                    .unwrap_or_default(),
            ),
            (
                crate::texts::common::AGREED_FOLLOW_UP_LABEL,
                m.sent
                    .as_ref()
                    .map(|s| match s.follow_up_on {
                        Some(on) => format!("{} (uiterlijk {})", s.follow_up, fmt_date(on)),
                        None => s.follow_up.clone(),
                    })
                    .unwrap_or_default(),
            ),
        ]));
    }

    out.push(heading(2, crate::texts::common::AFSPRAKEN_HEADING));
    if d.afspraken.is_empty() {
        out.push(Block::Paragraph(
            crate::texts::melding::FOLLOW_UP_AFSPRAKEN_NONE.to_owned(),
        ));
    } else {
        out.push(table(
            &crate::texts::melding::FOLLOW_UP_AFSPRAKEN_TABLE_COLUMNS,
            &[1.5, 3.0, 1.3, 2.4, 1.4],
            d.afspraken
                .iter()
                .map(|a| {
                    let mut status = afspraak_status(a.status, a.overdue(today)).to_owned();
                    if let Some(on) = a.checked_on {
                        status = format!("{status} ({})", fmt_date(on));
                    }
                    vec![
                        a.who.clone(),
                        a.what.clone(),
                        fmt_date(a.due),
                        a.check.clone(),
                        status,
                    ]
                })
                .collect(),
        ));
    }

    if !d.info_requests.is_empty() {
        out.push(heading(
            2,
            crate::texts::melding::FOLLOW_UP_VT_REQUESTS_HEADING,
        ));
        out.push(table(
            &crate::texts::melding::FOLLOW_UP_VT_REQUESTS_TABLE_COLUMNS,
            &[1.3, 2.2, 4.0, 1.4],
            d.info_requests
                .iter()
                .map(|r| {
                    vec![
                        fmt_date(r.received_on),
                        r.asked_by.clone(),
                        r.questions.clone(),
                        r.answered_on.map_or_else(
                            || crate::texts::melding::FOLLOW_UP_VT_REQUEST_NOT_ANSWERED.to_owned(),
                            fmt_date,
                        ),
                    ]
                })
                .collect(),
        ));
        // The guidelines ticked with each answer, by request.
        for r in &d.info_requests {
            let Some(ticked) = d
                .info_request_guidelines
                .get(&r.id)
                .filter(|t| !t.is_empty())
            else {
                continue;
            };
            out.push(Block::Paragraph(format!(
                "{} {} ({}):",
                crate::texts::melding::FOLLOW_UP_VT_REQUEST_GUIDELINES_LABEL,
                fmt_date(r.received_on),
                r.asked_by
            )));
            out.push(Block::Bullets(
                ticked
                    .iter()
                    .filter_map(|n| {
                        let i = usize::from(*n).checked_sub(1)?;
                        let g = crate::texts::common::VT_REQUEST_GUIDELINES.get(i)?;
                        Some(format!("{n}. {g}"))
                    })
                    .collect(),
            ));
        }
    }

    out.push(heading(2, crate::texts::common::PARTICIPATION_HEADING));
    out.push(Block::Paragraph(
        crate::texts::melding::FOLLOW_UP_PARTICIPATION_INTRODUCTION.to_owned(),
    ));
    out.push(table(
        &crate::texts::melding::FOLLOW_UP_PARTICIPATION_TABLE_COLUMNS,
        &[2.2, 0.7, 1.3, 2.8, 2.6],
        t::PROTOCOL_PARTICIPATION_POINTS
            .iter()
            .zip(1u8..)
            .map(|(title, n)| {
                let done: Vec<_> = d.participation.iter().filter(|e| e.point == n).collect();
                let join = |f: &dyn Fn(&crate::domain::Participation) -> String| {
                    done.iter().map(|e| f(e)).collect::<Vec<_>>().join("\n")
                };
                vec![
                    format!("{n}. {title}"),
                    if done.is_empty() {
                        crate::texts::common::ANSWER_NO_LOWERCASE
                    } else {
                        crate::texts::common::ANSWER_YES_LOWERCASE
                    }
                    .to_owned(),
                    join(&|e| fmt_date(e.on)),
                    join(&|e| e.how.clone()),
                    join(&|e| {
                        if e.child_words.trim().is_empty() {
                            String::new()
                        } else {
                            format!("\u{201c}{}\u{201d}", e.child_words.trim())
                        }
                    }),
                ]
            })
            .collect(),
    ));
    out
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone as _, Utc};

    use super::*;
    use crate::domain::{Afspraak, Change, Participation, example};

    #[test]
    fn afspraken_and_participation_are_listed_with_their_status() {
        let mut d = example::dossier();
        let me = example::user();
        let at = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let day = |n| NaiveDate::from_ymd_opt(2026, 11, n).unwrap();
        for (who, due) in [("Çağla Ünal-de Wít", 18), ("Bjørn de Wít", 30)] {
            d.apply(
                Change::AddAfspraak {
                    afspraak: Afspraak {
                        id: 0,
                        who: who.to_owned(),
                        what: "Zoë elke dag op tijd naar school brengen".to_owned(),
                        due: day(due),
                        check: "Intern begeleider bekijkt de absentie".to_owned(),
                        status: AfspraakStatus::Lopend,
                        checked_on: None,
                    },
                },
                &me,
                at,
            )
            .unwrap();
        }
        d.apply(
            Change::RecordParticipation {
                entry: Participation {
                    point: 5,
                    on: day(11),
                    how: "Gesprek in het lokaal na schooltijd".to_owned(),
                    child_words: "Ik wil dat papa niet meer boos wordt.".to_owned(),
                },
            },
            &me,
            at,
        )
        .unwrap();
        let blocks = blocks(&d, day(23));
        let rows = |h: &str| {
            blocks
                .iter()
                .find_map(|b| match b {
                    Block::Table { header, rows, .. } if header[0] == h => Some(rows.clone()),
                    _ => None,
                })
                .unwrap()
        };
        let afspraken = rows(crate::texts::melding::FOLLOW_UP_AFSPRAKEN_TABLE_COLUMNS[0]);
        assert_eq!(afspraken.len(), 2);
        assert_eq!(
            afspraken[0][4],
            crate::texts::melding::FOLLOW_UP_AFSPRAAK_OVERDUE
        );
        assert_eq!(
            afspraken[1][4],
            crate::texts::melding::FOLLOW_UP_AFSPRAAK_RUNNING
        );
        let punten = rows(crate::texts::melding::FOLLOW_UP_PARTICIPATION_TABLE_COLUMNS[0]);
        assert_eq!(punten.len(), 9);
        assert_eq!(punten[4][1], crate::texts::common::ANSWER_YES_LOWERCASE);
        assert!(punten[4][4].contains("papa niet meer boos"));
        assert_eq!(punten[0][1], crate::texts::common::ANSWER_NO_LOWERCASE);
    }
}
