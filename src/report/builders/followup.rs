//! After the decision: the urgent path, the melding's checklist and sending, the
//! veiligheidsplan's afspraken, requests for information and the child's participation.
//! Shared by the full dossier and the inzage copy.

use super::{afspraak_status, fmt_date, fmt_datetime, yes_no};
use crate::domain::{Actor, Dossier};
use crate::report::model::Document;
use crate::report::texts as t;

/// Appends the follow-up sections that have content, with headings at `level`; `who`
/// prints an actor (with or without name).
pub(super) fn followup(doc: &mut Document, d: &Dossier, level: u8, who: &dyn Fn(&Actor) -> String) {
    if let Some(u) = &d.urgent {
        doc.heading(level, t::H_ACUUT);
        doc.fields([
            (t::L_GEMARKEERD_OP, fmt_datetime(u.marked_at)),
            (t::L_REDEN, u.reason.clone()),
        ]);
        doc.table(
            &t::T_GEBELD,
            &[1.8, 1.8, 1.8, 3.4],
            u.calls
                .iter()
                .map(|c| {
                    vec![
                        fmt_datetime(c.at),
                        c.to.label().to_owned(),
                        who(&c.by),
                        c.note.clone(),
                    ]
                })
                .collect(),
        );
    }

    let m = &d.melding;
    if m.sent.is_some() || m.checklist != crate::domain::Checklist::default() {
        doc.heading(level, t::H_MELDING);
        let c = &m.checklist;
        let call = c
            .call
            .as_ref()
            .map(|call| format!("{}, {}", fmt_date(call.at.date()), call.at.format("%H:%M")));
        let mut pairs = vec![
            (t::L_VT_GEBELD, call.unwrap_or_else(|| t::NEE.to_owned())),
            (
                t::L_FAMILIE_GEINFORMEERD,
                yes_no(c.family_informed).to_owned(),
            ),
            (
                t::L_UITZONDERING,
                c.exception.as_deref().unwrap_or_default().replace('-', " "),
            ),
            (t::L_MOTIVERING, c.exception_motivation.clone()),
            (t::L_KANAAL, c.channel.clone()),
        ];
        if let Some(s) = &m.sent {
            pairs.extend([
                (t::L_VERZONDEN_OP, fmt_date(s.on)),
                (t::L_KENMERK_VT, s.veilig_thuis_reference.clone()),
                (t::L_VERVOLG, s.follow_up.clone()),
                (
                    t::L_VERVOLG_OP,
                    s.follow_up_on.map(fmt_date).unwrap_or_default(),
                ),
            ]);
        }
        doc.fields(pairs);
    }

    if !d.afspraken.is_empty() {
        doc.heading(level, t::H_AFSPRAKEN);
        doc.table(
            &t::T_AFSPRAKEN,
            &[0.5, 1.5, 3.0, 1.4, 2.0, 1.6],
            d.afspraken
                .iter()
                .map(|a| {
                    let mut status = afspraak_status(a.status).to_owned();
                    if let Some(on) = a.checked_on {
                        status = format!("{status} ({})", fmt_date(on));
                    }
                    vec![
                        a.id.to_string(),
                        a.who.clone(),
                        a.what.clone(),
                        fmt_date(a.due),
                        a.check.clone(),
                        status,
                    ]
                })
                .collect(),
        );
    }

    for r in &d.info_requests {
        doc.heading(
            level,
            format!("{} {}", t::H_INFOVERZOEK, fmt_date(r.received_on)),
        );
        doc.fields([
            (t::L_GEVRAAGD_DOOR, r.asked_by.clone()),
            (t::L_VRAGEN, r.questions.clone()),
            (t::L_EIGEN_WAARNEMINGEN, r.own_observations.clone()),
            (t::L_VAN_ANDEREN, r.from_others.clone()),
            (t::L_TOESTEMMING, yes_no(r.consent).to_owned()),
            (t::L_TOELICHTING, r.consent_note.clone()),
            (
                t::L_BEANTWOORD_OP,
                r.answered_on.map(fmt_date).unwrap_or_default(),
            ),
        ]);
    }

    if !d.participation.is_empty() {
        doc.heading(level, t::H_PARTICIPATIE);
        doc.table(
            &t::T_PARTICIPATIE,
            &[0.6, 1.4, 3.6, 3.2],
            d.participation
                .iter()
                .map(|p| {
                    vec![
                        p.point.to_string(),
                        fmt_date(p.on),
                        p.how.clone(),
                        p.child_words.clone(),
                    ]
                })
                .collect(),
        );
    }
}
