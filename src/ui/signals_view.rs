//! Signals: quick entry and the list by date (stap 1), each signal with its record and the
//! buttons to correct, withdraw or approve it (`signal_facts_view`).

use crate::app::{AppState, Command};
use crate::app::{Nav, Op};
use crate::domain::{Actor, Dossier, Hand, Signal};
use crate::texts;

/// The signal being typed.
#[derive(Debug)]
pub struct SignalsView {
    date: String,
    /// Whether the date was filled in with today (once: after that it stays as typed, #20).
    dated: bool,
    observer: String,
    source: String,
    hand: Hand,
    confirmed: bool,
    contra: bool,
    text: String,
    checked: super::lint_editor::LintedText,
    /// The number of signals when "toevoegen" was pressed: the typed text is cleared once
    /// the dossier holds more, so a refused signal loses nothing.
    pending: Option<usize>,
    rows: super::lazy_list::LazyRows,
    /// The signal and the words "Ga naar" of a hint pointed at.
    marked: Option<(u32, std::ops::Range<usize>)>,
    /// Correct, withdraw or approve a saved signal (#16).
    facts: super::signal_facts_view::SignalFacts,
}

impl Default for SignalsView {
    fn default() -> Self {
        Self {
            date: String::new(),
            dated: false,
            observer: String::new(),
            source: String::new(),
            hand: Hand::Eerste,
            confirmed: false,
            contra: false,
            text: String::new(),
            checked: super::lint_editor::LintedText::default(),
            pending: None,
            rows: super::lazy_list::LazyRows::default(),
            marked: None,
            facts: super::signal_facts_view::SignalFacts::default(),
        }
    }
}

impl SignalsView {
    /// Draws the entry form and the list.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        dossier: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let Self {
            date,
            dated,
            observer,
            source,
            hand,
            confirmed,
            contra,
            text,
            checked,
            pending,
            rows,
            marked,
            facts,
        } = self;
        if let Some(before) = *pending
            && dossier.signals.len() > before
        {
            *pending = None;
            text.clear();
            source.clear();
            *confirmed = false;
            *contra = false;
        }
        ui.heading(texts::common::SIGNALS_HEADING);
        if observer.is_empty() {
            observer.clone_from(&state.profile.user.name);
        }
        if !std::mem::replace(dated, true) && date.is_empty() {
            // Today by the app's clock, not the system's; once, so a cleared field stays
            // empty while a date is typed.
            *date = super::format_date(state.today());
        }
        ui.add_enabled_ui(!dossier.is_closed(), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                egui::Grid::new("signal_entry")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        super::date_picker::date_text_ui(
                            ui,
                            texts::window::SIGNAL_DATE_LABEL,
                            date,
                            "signal_date",
                            state.today(),
                        );
                        ui.end_row();
                        let l = ui.label(texts::window::SIGNAL_OBSERVER_LABEL);
                        ui.add(egui::TextEdit::singleline(observer).desired_width(280.0))
                            .labelled_by(l.id);
                        ui.end_row();
                        ui.label(texts::window::SIGNAL_HAND_LABEL);
                        ui.horizontal(|ui| {
                            for h in [Hand::Eerste, Hand::Tweede] {
                                if ui.radio(*hand == h, h.label()).clicked() {
                                    *hand = h;
                                }
                            }
                        });
                        ui.end_row();
                        if *hand == Hand::Tweede {
                            let l = ui.label(texts::window::SIGNAL_SOURCE_LABEL);
                            ui.add(egui::TextEdit::singleline(source).desired_width(280.0))
                                .labelled_by(l.id);
                            ui.end_row();
                            ui.label("");
                            ui.checkbox(confirmed, texts::window::SIGNAL_CONFIRMED_LABEL);
                            ui.end_row();
                        }
                        ui.label("");
                        ui.checkbox(contra, texts::window::SIGNAL_CONTRA_INDICATION_LABEL);
                        ui.end_row();
                    });
                let l = ui.label(texts::window::SIGNAL_TEXT_LABEL);
                let look = super::lint_editor::LintedLook {
                    label: l.id,
                    place: "signaal",
                    placeholder: "",
                    rows: 3,
                };
                let opts = super::lint_options(state, Some(dossier));
                let out = checked.ui(ui, text, &opts, "signal_text", look);
                cmds.extend(out.kept.map(|x| Command::Op(Op::KeepHint(x))));
                if ui.button(texts::window::SIGNAL_ADD_BUTTON).clicked() {
                    match super::parse_date(date) {
                        Some(observed_on) => {
                            let second = *hand == Hand::Tweede;
                            cmds.push(Command::Op(Op::AddSignal(Signal {
                                id: 0,
                                observed_on,
                                recorded_at: state.now,
                                observer: Actor::new(observer.trim(), ""),
                                source: (second && !source.trim().is_empty())
                                    .then(|| source.trim().to_owned()),
                                source_person: None,
                                hand: *hand,
                                confirmed_by_informant: second.then_some(*confirmed),
                                text: text.trim().to_owned(),
                                contra_indicatie: *contra,
                            })));
                            *pending = Some(dossier.signals.len());
                        }
                        None => cmds.push(Command::Nav(Nav::DismissMessage)),
                    }
                }
            });
        });
        ui.add_space(6.0);
        let signals = dossier.signals_by_date();
        if signals.is_empty() {
            ui.label(texts::window::SIGNALS_NONE);
        }
        // Laid out only where visible: a case can run to hundreds of signals (#26).
        if let Some((id, span)) = super::hint_target::take_record_target(ui.ctx(), "signal") {
            rows.reveal(u64::from(id));
            *marked = Some((id, span));
        }
        // Numbered by date, as the documents and the hint overview number them.
        let keyed = signals
            .into_iter()
            .enumerate()
            .map(|(i, s)| (u64::from(s.id), (i + 1, s)));
        rows.show(ui, keyed, |ui, (number, s)| {
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!(
                    "{} {number} \u{2014} {}",
                    texts::common::HINT_PLACE_SIGNAL,
                    super::format_date(s.observed_on)
                ));
                ui.label(format!("\u{2014} {}", s.observer.name));
                ui.label(egui::RichText::new(s.hand.label()).weak());
                if let Some(src) = &s.source {
                    ui.label(
                        egui::RichText::new(format!(
                            "{} {src}",
                            texts::window::SIGNAL_SOURCE_PREFIX
                        ))
                        .weak(),
                    );
                }
                if s.confirmed_by_informant == Some(true) {
                    ui.label(egui::RichText::new(texts::window::SIGNAL_CONFIRMED_SHORT).weak());
                }
                if s.contra_indicatie {
                    ui.label(
                        egui::RichText::new(texts::window::SIGNAL_CONTRA_INDICATION_LABEL).weak(),
                    );
                }
                if dossier.awaits_approval(s) {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        texts::window::SIGNAL_AWAITS_APPROVAL_MARKER,
                    );
                }
            });
            let mark = marked
                .as_ref()
                .filter(|(id, _)| *id == s.id)
                .map(|(_, m)| m);
            super::signal_facts_view::signal_text_ui(ui, dossier, s, mark);
            facts.ui(ui, state, dossier, s, cmds);
            ui.add_space(4.0);
        });
    }
}
