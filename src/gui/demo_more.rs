//! Demo set-ups of the follow-up screens for `scripts/screenshots-more.sh`: they go through
//! the ordinary commands on the in-memory example, so nothing is saved.

use chrono::{Duration, NaiveDate};

use super::Gui;
use crate::app::{Command, DocumentKind, FollowupCommand, FollowupSection};
use crate::app::{Nav, Op};
use crate::domain::{
    Checklist, InfoRequest, Participation, Sent, Step, UrgentCallee, VeiligThuisCall,
};

fn date(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).unwrap_or_default()
}

impl Gui {
    /// Sets up one follow-up screen: `urgent`, `afspraken`, `lijst-afspraken`, `vt-verzoek`,
    /// `participatie`, `melding`, `brief`, `export`. Returns `false` for another name.
    pub fn show_more_demo_screen(&mut self, which: &str) -> bool {
        let Some(id) = self.app.state.dossiers.first().map(|d| d.id) else {
            return false;
        };
        let today = self.app.today();
        let f = |x| Command::Op(Op::Followup(x));
        let decide = Command::Op(Op::Decide {
            melden: true,
            hulp: true,
            motivation: "Structurele onveiligheid: herhaalde blauwe plekken en de uitspraak \
                         van het kind; hulp alleen is niet genoeg."
                .to_owned(),
            account: crate::app::DecisionAccountInput::default(),
        });
        let checklist = f(FollowupCommand::SetChecklist(Checklist {
            call: Some(VeiligThuisCall {
                at: date(19).and_hms_opt(9, 15, 0).unwrap_or_default(),
                employee: "Anouk Smit".to_owned(),
            }),
            family_informed: Some(true),
            exception: None,
            exception_motivation: String::new(),
            channel: "Zivver".to_owned(),
        }));
        let mut commands = vec![Command::Nav(Nav::OpenDossier(id))];
        match which {
            "urgent" => commands.extend([
                f(FollowupCommand::MarkUrgent {
                    reason: "Het kind zegt dat vader dreigt haar mee te nemen naar het buitenland."
                        .to_owned(),
                }),
                f(FollowupCommand::RecordUrgentCall {
                    to: UrgentCallee::VeiligThuis,
                    by: String::new(),
                    note: "Veilig Thuis neemt het over en belt de politie.".to_owned(),
                }),
                Command::Nav(Nav::SelectStep(Step::Signaleren)),
            ]),
            "afspraken" | "lijst-afspraken" => {
                commands.extend([
                    Command::Nav(Nav::SelectStep(Step::Beslissen)),
                    f(FollowupCommand::AddAfspraak {
                        who: "Moeder".to_owned(),
                        what: "Gaat met Zoë naar de huisarts voor controle van de arm".to_owned(),
                        due: today - Duration::days(3),
                        check: "Intern begeleider vraagt de huisarts om bevestiging".to_owned(),
                    }),
                    f(FollowupCommand::AddAfspraak {
                        who: "Intern begeleider".to_owned(),
                        what: "Meldt het gezin aan bij het wijkteam".to_owned(),
                        due: today + Duration::days(5),
                        check: "Bevestiging van het wijkteam in het dossier".to_owned(),
                    }),
                ]);
                if which == "lijst-afspraken" {
                    commands.push(Command::Nav(Nav::ShowList));
                }
            }
            "vt-verzoek" => commands.extend([
                f(FollowupCommand::SetInfoRequest(InfoRequest {
                    id: 0,
                    received_on: today,
                    asked_by: "Anouk Smit, Veilig Thuis Rotterdam Rijnmond, kenmerk VT-2026-4411"
                        .to_owned(),
                    questions: "Hoe vaak was Zoë sinds september afwezig zonder bericht? Heeft u \
                                zelf letsel gezien?"
                        .to_owned(),
                    own_observations: "Op 2 november zag ik een blauwe plek van ongeveer 3 cm op \
                                       de linker bovenarm."
                        .to_owned(),
                    from_others: "De gymleerkracht vertelde op 4 november dat Zoë niet wilde \
                                  omkleden."
                        .to_owned(),
                    consent: Some(false),
                    consent_note: "Veilig Thuis vroeg het gezin nog niet in te lichten.".to_owned(),
                    answered_on: None,
                })),
                Command::Nav(Nav::SelectStep(Step::Consulteren)),
            ]),
            "participatie" => commands.extend([
                f(FollowupCommand::RecordParticipation(Participation {
                    point: 2,
                    on: date(10),
                    how: "Leerkracht en intern begeleider legden in de rustige ruimte uit wie \
                          wat doet en wanneer."
                        .to_owned(),
                    child_words: String::new(),
                })),
                f(FollowupCommand::RecordParticipation(Participation {
                    point: 5,
                    on: date(10),
                    how: "Gevraagd wat Zoë zelf van de zorgen vindt, tijdens het tekenen."
                        .to_owned(),
                    child_words: "Ik wil dat papa niet meer boos wordt.".to_owned(),
                })),
                Command::Nav(Nav::SelectStep(Step::Gesprek)),
            ]),
            "melding" | "brief" => {
                commands.extend([decide, checklist]);
                if which == "brief" {
                    commands.push(f(FollowupCommand::RecordSent(Sent {
                        on: today,
                        veilig_thuis_reference: "VT-2026-4411".to_owned(),
                        follow_up: "Veilig Thuis belt binnen vijf werkdagen terug.".to_owned(),
                        follow_up_on: Some(today + Duration::days(5)),
                    })));
                }
                commands.push(Command::Nav(Nav::SelectStep(Step::Beslissen)));
            }
            "export" => commands.push(Command::Nav(Nav::SelectStep(Step::Signaleren))),
            _ => return false,
        }
        self.app.run_now(commands);
        self.views.dossier.more.focus = match which {
            "afspraken" => Some(FollowupSection::Afspraken),
            "vt-verzoek" => Some(FollowupSection::VtRequests),
            "participatie" => Some(FollowupSection::Participation),
            "melding" => Some(FollowupSection::Melding),
            "brief" => Some(FollowupSection::Letter),
            _ => None,
        };
        if which == "vt-verzoek"
            && let Some(r) = self
                .app
                .state
                .dossier(id)
                .and_then(|d| d.info_requests.last().cloned())
        {
            self.views.dossier.more.edit_request(r);
        }
        if which == "export"
            && let Some(d) = self.app.state.dossier(id).cloned()
        {
            self.views.dossier.more.export.open_for(
                (DocumentKind::Dossier, None),
                Some(&d),
                &self.app.state,
            );
        }
        true
    }
}
