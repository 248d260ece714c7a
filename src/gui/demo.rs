//! Screen set-ups for the screenshot and performance scripts: they go through the ordinary
//! commands on the in-memory example, so nothing is saved.

use super::Gui;
use crate::app::Command;
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
        let mut commands = vec![Command::OpenDossier(id)];
        match which {
            "dossier" => commands.push(Command::SelectStep(Step::Signaleren)),
            "afweging" => {
                commands.push(Command::SelectStep(Step::Wegen));
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
                    commands.push(Command::AnswerAfweging {
                        question: question.to_owned(),
                        answer: Tri::Ja,
                        motivation: motivation.to_owned(),
                        with_veilig_thuis: false,
                        veilig_thuis_contact: String::new(),
                    });
                }
            }
            "gesprek" => commands.push(Command::SelectStep(Step::Gesprek)),
            "schrijfhulp" => {
                commands.push(Command::SelectStep(Step::Consulteren));
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
                    commands.push(Command::EditField {
                        step: Step::Consulteren,
                        field: field.to_owned(),
                        value: Some(value),
                    });
                }
                commands.push(Command::Save);
            }
            "lang" => {
                // A 5,000-word field open, for the frame-time figure in scripts/perf.sh:
                // paragraphs of six sentences, as people write.
                let sentences = "Op 2 november om 8.40 uur zag ik een blauwe plek op de linker \
                                 bovenarm. "
                    .repeat(6);
                let words = [sentences.trim_end(); 5000 / 90 + 1].join("\n\n");
                commands.push(Command::SelectStep(Step::Consulteren));
                commands.push(Command::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies_gevraagd".to_owned(),
                    value: Some(Value::Tri(Tri::Ja)),
                });
                commands.push(Command::EditField {
                    step: Step::Consulteren,
                    field: "vt_advies".to_owned(),
                    value: Some(Value::Text(words)),
                });
                commands.push(Command::Save);
            }
            "wizard" => commands = vec![Command::ShowWizard],
            "vergrendeld" => commands = vec![Command::Lock],
            "organisatie" => commands.push(Command::ShowOrganisation),
            _ => commands = vec![Command::ShowList],
        }
        self.app.run_now(commands);
    }
}
