//! Screen set-ups for the screenshot and performance scripts: they go through the ordinary
//! commands on the in-memory example, so nothing is saved.

use super::Gui;
use crate::app::Command;
use crate::app::{Nav, Op};
use crate::domain::{Step, Tri, Value};

impl Gui {
    /// Sets the example up on one of the main screens, for `scripts/screenshots.sh`:
    /// `list`, `dossier`, `afweging`, `gesprek`, `schrijfhulp`, `organisatie`, `wizard`,
    /// `vergrendeld`, and `lang` (a 5,000-word field open, for `scripts/perf.sh`). Goes through the ordinary
    /// commands, so it changes the in-memory example only.
    pub fn show_demo_screen(&mut self, which: &str) {
        let Some(id) = self.app.state.dossiers.first().map(|d| d.id) else {
            return;
        };
        let mut commands = vec![Command::Nav(Nav::OpenDossier(id))];
        match which {
            "dossier" => commands.push(Command::Nav(Nav::SelectStep(Step::Signaleren))),
            "afweging" => {
                commands.push(Command::Nav(Nav::SelectStep(Step::Wegen)));
                for (question, motivation) in [
                    (
                        "afweging_1",
                        "Blauwe plek op 2 november, uitspraak van het kind op 4 november, \
                         afwezigheid in oktober.",
                    ),
                    (
                        "afweging_2",
                        "Het kind zei dat het niet mocht eten; herhaald patroon.",
                    ),
                ] {
                    commands.push(Command::Op(Op::AnswerAfweging {
                        question: question.to_owned(),
                        answer: Tri::Ja,
                        motivation: motivation.to_owned(),
                        samen_met_vt: None,
                    }));
                }
            }
            "gesprek" => commands.push(Command::Nav(Nav::SelectStep(Step::Gesprek))),
            "schrijfhulp" => {
                commands.push(Command::Nav(Nav::SelectStep(Step::Consulteren)));
                for (field, value) in [
                    ("vt_advies_gevraagd", Value::Tri(Tri::Ja)),
                    (
                        "vt_advies",
                        Value::Text(
                            "Op 9 november heb ik VT gebeld. De situatie thuis lijkt onveilig. \
                             Moeder is depressief."
                                .to_owned(),
                        ),
                    ),
                ] {
                    commands.push(Command::Op(Op::EditField {
                        step: Step::Consulteren,
                        field: field.to_owned(),
                        value: Some(value),
                    }));
                }
                commands.push(Command::Op(Op::Save));
            }
            "lang" => {
                // A 5,000-word field open, for the frame-time figure in scripts/perf.sh:
                // paragraphs of six sentences, as people write.
                let sentences = "Op 2 november om 8.40 uur zag ik een blauwe plek op de linker \
                                 bovenarm. "
                    .repeat(6);
                let words = [sentences.trim_end(); 5000 / 90 + 1].join("\n\n");
                commands.push(Command::Nav(Nav::SelectStep(Step::Consulteren)));
                commands.push(Command::Op(Op::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies_gevraagd".to_owned(),
                    value: Some(Value::Tri(Tri::Ja)),
                }));
                commands.push(Command::Op(Op::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies".to_owned(),
                    value: Some(Value::Text(words)),
                }));
                commands.push(Command::Op(Op::Save));
            }
            "wizard" => commands = vec![Command::Nav(Nav::ShowWizard)],
            "vergrendeld" => commands = vec![Command::Op(Op::Lock)],
            "organisatie" => commands.push(Command::Nav(Nav::ShowOrganisation)),
            _ => commands = vec![Command::Nav(Nav::ShowList)],
        }
        self.app.run_now(commands);
    }

    /// Sets up a screen of a real case once its vault is open, for
    /// `scripts/screenshots-case.sh` (the window started on a vault the command line built):
    /// `lijst`, `nieuw`, `stap1` … `stap5`, `organisatie`, `export`. Navigation only: the
    /// vault's data is not changed. Returns `false` while no vault is open.
    pub fn show_case_screen(&mut self, which: &str) -> bool {
        if self.app.state.is_example() || self.app.state.locked {
            return false;
        }
        let Some(id) = self.app.state.rows.first().map(|r| r.id) else {
            return false;
        };
        let open = Command::Nav(Nav::OpenDossier(id));
        let step = |s| vec![open.clone(), Command::Nav(Nav::SelectStep(s))];
        let commands = match which {
            "nieuw" => vec![Command::Nav(Nav::ShowNewDossier)],
            // The export dialog opens over stap 1.
            "stap1" | "export" => step(Step::Signaleren),
            "stap2" => step(Step::Consulteren),
            "stap3" => step(Step::Gesprek),
            "stap4" => step(Step::Wegen),
            "stap5" => step(Step::Beslissen),
            "organisatie" => vec![Command::Nav(Nav::ShowOrganisation)],
            _ => vec![Command::Nav(Nav::ShowList)],
        };
        self.app.run_now(commands);
        if which == "export"
            && let Some(d) = self.app.state.dossier(id).cloned()
        {
            self.views.dossier.more.export.open_for(
                (crate::app::DocumentKind::Consultatie, None),
                Some(&d),
                &self.app.state,
            );
        }
        true
    }
}
