//! The family's own word in stap 3 (#16): the zienswijzen recorded after a conversation,
//! each theirs, dated, with what they dispute, and the form to add one. Also allowed once
//! the dossier is closed: the family may still give their view.

use crate::app::{AppState, Command, FactsCommand, NewZienswijze, Op};
use crate::domain::{Dossier, Person, PersonId, Zienswijze};
use crate::texts::window as t;

/// The zienswijze being typed.
#[derive(Debug, Default)]
pub struct FamilyView {
    author: Option<PersonId>,
    author_role: String,
    date: String,
    /// Whether the date was filled in with today (once: after that it stays as typed).
    dated: bool,
    subject: String,
    text: String,
    disputes: String,
    with_melding: bool,
    /// The number of zienswijzen when the form was sent: it is cleared once the dossier
    /// holds more, so a refused one loses nothing.
    pending: Option<usize>,
}

/// A person of the dossier's Betrokkenen, or none; picking one puts their role in `words`
/// (which stay editable, for a name or relation nobody registered).
pub(super) fn person_pick_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &str,
    persons: &[Person],
    person: &mut Option<PersonId>,
    words: &mut String,
) {
    let name = |p: &Person| format!("{} ({})", p.display_name(), p.role.label());
    let chosen = person
        .and_then(|id| persons.iter().find(|p| p.id == id))
        .map_or_else(|| t::FORM_PERSON_NONE_CHOSEN.to_owned(), name);
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(chosen)
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(person.is_none(), t::FORM_PERSON_NONE_CHOSEN)
                .clicked()
            {
                *person = None;
            }
            for p in persons {
                if ui
                    .selectable_label(*person == Some(p.id), name(p))
                    .clicked()
                {
                    *person = Some(p.id);
                    p.role.label().clone_into(words);
                }
            }
        })
        .response
        .labelled_by(l.id);
}

/// "Name (role)" for a person of the dossier, or the words alone.
pub(super) fn who(d: &Dossier, person: Option<PersonId>, words: &str) -> String {
    match person.and_then(|p| d.person(p)) {
        Some(p) => format!("{} ({words})", p.display_name()),
        None => words.to_owned(),
    }
}

fn zienswijze_ui(ui: &mut egui::Ui, d: &Dossier, z: &Zienswijze) {
    ui.strong(format!(
        "{} \u{2014} {}",
        super::format_date(z.on),
        who(d, z.author, &z.author_role)
    ));
    if !z.subject.trim().is_empty() {
        ui.label(format!("{} {}", t::ZIENSWIJZE_SUBJECT_PREFIX, z.subject));
    }
    ui.label(egui::RichText::new(format!("\u{201c}{}\u{201d}", z.text)).italics());
    if !z.disputes.trim().is_empty() {
        ui.label(format!("{} {}", t::ZIENSWIJZE_DISPUTES_PREFIX, z.disputes));
    }
    if z.with_melding {
        ui.label(egui::RichText::new(t::ZIENSWIJZE_WITH_MELDING_MARKER).weak());
    }
    ui.add_space(4.0);
}

impl FamilyView {
    /// Draws the zienswijzen and the form to add one.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            author,
            author_role,
            date,
            dated,
            subject,
            text,
            disputes,
            with_melding,
            pending,
        } = self;
        if let Some(before) = *pending
            && d.zienswijzen.len() > before
        {
            *pending = None;
            *author = None;
            for s in [&mut *author_role, &mut *subject, &mut *text, &mut *disputes] {
                s.clear();
            }
            *with_melding = false;
        }
        if !std::mem::replace(dated, true) && date.is_empty() {
            *date = super::format_date(state.today());
        }
        ui.add_space(8.0);
        ui.heading(format!(
            "{} ({})",
            t::ZIENSWIJZEN_HEADING,
            d.zienswijzen.len()
        ));
        ui.label(egui::RichText::new(t::ZIENSWIJZEN_HELP).weak());
        if d.zienswijzen.is_empty() {
            ui.label(t::ZIENSWIJZEN_NONE);
        }
        for z in &d.zienswijzen {
            zienswijze_ui(ui, d, z);
        }
        egui::CollapsingHeader::new(t::ZIENSWIJZE_ADD_HEADING)
            .id_salt("zienswijze_add")
            .show(ui, |ui| {
                person_pick_ui(
                    ui,
                    "zienswijze_person",
                    t::ZIENSWIJZE_PERSON_LABEL,
                    &d.persons,
                    author,
                    author_role,
                );
                super::labelled_singleline_ui(ui, t::ZIENSWIJZE_AUTHOR_LABEL, author_role);
                super::date_picker::date_text_ui(
                    ui,
                    t::ZIENSWIJZE_DATE_LABEL,
                    date,
                    "zienswijze_date",
                    state.today(),
                );
                super::labelled_singleline_ui(ui, t::ZIENSWIJZE_SUBJECT_LABEL, subject);
                super::labelled_multiline_ui(ui, t::ZIENSWIJZE_TEXT_LABEL, text);
                super::labelled_multiline_ui(ui, t::ZIENSWIJZE_DISPUTES_LABEL, disputes);
                ui.checkbox(with_melding, t::ZIENSWIJZE_WITH_MELDING_LABEL);
                let on = super::parse_date(date);
                if date.trim().is_empty() {
                    ui.colored_label(ui.visuals().error_fg_color, t::DATE_FORMAT_ERROR);
                }
                if ui.button(t::ZIENSWIJZE_SAVE_BUTTON).clicked()
                    && let Some(on) = on
                {
                    cmds.push(Command::Op(Op::Facts(FactsCommand::AddZienswijze(
                        NewZienswijze {
                            author: *author,
                            author_role: author_role.trim().to_owned(),
                            on,
                            subject: subject.trim().to_owned(),
                            text: text.trim().to_owned(),
                            disputes: disputes.trim().to_owned(),
                            with_melding: *with_melding,
                        },
                    ))));
                    *pending = Some(d.zienswijzen.len());
                }
            });
    }
}
