//! Gesprek voorbereiden: the `gesprek` form with its hulpzinnen filled in from the profile
//! and the dossier, and the record of what was said and how the family reacted.

use crate::app::Op;
use crate::app::{AppState, Command};
use crate::domain::{Dossier, Step, Value};
use crate::texts;

use super::form_view::{FormContext, FormView};
use super::lint_editor::LintedText;

/// The conversation being recorded.
#[derive(Debug, Default)]
pub struct GesprekView {
    form: FormView,
    date: String,
    /// Whether the date was filled in with today (once: after that it stays as typed, #20).
    dated: bool,
    said: String,
    reaction: String,
    said_check: LintedText,
    reaction_check: LintedText,
    rows: super::lazy_list::LazyRows,
    /// The conversation and the words "Ga naar" of a hint pointed at.
    marked: Option<(u32, std::ops::Range<usize>)>,
}

/// The type of concern as the hulpzinnen say it: the chosen forms of violence of stap 1,
/// or a neutral phrase.
pub fn concern(state: &AppState, dossier: &Dossier) -> String {
    let Some(set) = state.forms.get(&dossier.form_set) else {
        return texts::window::CONVERSATION_GENERIC_CONCERN.to_owned();
    };
    let labels: Vec<String> = dossier
        .step(Step::Signaleren)
        .answers
        .values()
        .filter_map(|v| match v {
            Value::Multi(ids) => Some(ids),
            _ => None,
        })
        .flatten()
        .filter_map(|id| {
            set.choices
                .values()
                .flat_map(|l| &l.options)
                .find(|o| &o.id == id)
                .map(|o| o.label.to_lowercase())
        })
        .collect();
    if labels.is_empty() {
        texts::window::CONVERSATION_GENERIC_CONCERN.to_owned()
    } else {
        labels.join(", ")
    }
}

impl GesprekView {
    /// Draws the helper and the record.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            form,
            date,
            dated,
            said,
            reaction,
            said_check,
            reaction_check,
            rows,
            marked,
        } = self;
        ui.heading(texts::window::CONVERSATION_PREPARE_HEADING);
        if !std::mem::replace(dated, true) && date.is_empty() {
            // Today by the app's clock, not the system's; once, so a cleared field stays
            // empty while a date is typed.
            *date = super::format_date(state.today());
        }
        let org = state.profile.organisation.name.clone();
        let beroep = state.profile.user.function.clone();
        let zorg = concern(state, dossier);
        let fill = move |s: &str| {
            s.replace("{organisatie}", &org)
                .replace("{beroep}", &beroep)
                .replace("{zorg}", &zorg)
        };
        match state.forms.any_form("gesprek") {
            Some((set, def)) => {
                let answers = state.answers(dossier, Step::Gesprek);
                let cx = FormContext {
                    set,
                    persons: &dossier.persons,
                    fill: &fill,
                    enabled: !dossier.is_closed(),
                    lint: super::lint_options(state, Some(dossier)),
                    today: state.today(),
                    records: Some(dossier),
                };
                form.ui(ui, def, &cx, &answers, &mut |field, value| {
                    cmds.push(Command::Op(Op::EditField {
                        step: Step::Gesprek,
                        field,
                        value,
                    }));
                });
                cmds.extend(
                    form.take_kept_hints()
                        .into_iter()
                        .map(|x| Command::Op(Op::KeepHint(x))),
                );
            }
            None => {
                ui.label(egui::RichText::new(texts::window::CONVERSATION_GUIDE_NOT_FOUND).weak());
            }
        }
        ui.add_space(8.0);
        ui.add_enabled_ui(!dossier.is_closed(), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                super::date_picker::date_text_ui(
                    ui,
                    texts::window::CONVERSATION_DATE_LABEL,
                    date,
                    "conversation_date",
                    state.today(),
                );
                let opts = super::lint_options(state, Some(dossier));
                for (label, text, editor, place) in [
                    (
                        texts::window::CONVERSATION_SAID_LABEL,
                        &mut *said,
                        &mut *said_check,
                        "gesprek_gezegd",
                    ),
                    (
                        texts::window::CONVERSATION_FAMILY_REACTION_LABEL,
                        &mut *reaction,
                        &mut *reaction_check,
                        "gesprek_reactie",
                    ),
                ] {
                    let l = ui.label(label);
                    let look = super::lint_editor::LintedLook {
                        label: l.id,
                        place,
                        placeholder: "",
                        rows: 3,
                    };
                    let out = editor.ui(ui, text, &opts, place, look);
                    cmds.extend(out.kept.map(|x| Command::Op(Op::KeepHint(x))));
                }
                let parsed = super::parse_date(date);
                if parsed.is_none() {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        texts::window::DATE_FORMAT_ERROR,
                    );
                }
                if ui
                    .button(texts::window::CONVERSATION_RECORD_BUTTON)
                    .clicked()
                    && let Some(on) = parsed
                {
                    cmds.push(Command::Op(Op::AddConversation {
                        on,
                        said: std::mem::take(said),
                        reaction: std::mem::take(reaction),
                    }));
                }
            });
        });
        if !dossier.conversations.is_empty() {
            ui.add_space(6.0);
            ui.strong(texts::window::CONVERSATIONS_HELD_HEADING);
            if let Some((id, span)) =
                super::hint_target::take_record_target(ui.ctx(), "conversation")
            {
                rows.reveal(u64::from(id));
                *marked = Some((id, span));
            }
            let keyed = dossier.conversations.iter().map(|c| (u64::from(c.id), c));
            rows.show(ui, keyed, |ui, c| {
                ui.label(egui::RichText::new(super::format_date(c.on)).strong());
                let mark = marked
                    .as_ref()
                    .filter(|(id, _)| *id == c.id)
                    .map(|(_, m)| m);
                super::hint_target::marked_text_ui(ui, &c.said, mark);
                ui.label(egui::RichText::new(&c.reaction).italics());
                ui.add_space(4.0);
            });
        }
    }
}
