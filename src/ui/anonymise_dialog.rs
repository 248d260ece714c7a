//! The check before the anonymised summary leaves the vault (issue 15): the words that
//! were replaced, and every doubtful word with a checkbox to confirm it as a name or as an
//! ordinary word. The export is refused until every doubtful word is confirmed (the app
//! checks with [`crate::report::consultatie_checked`]).

use std::collections::BTreeSet;

use crate::app::{AppState, Command, Op};
use crate::domain::{Dossier, DossierId};
use crate::report::{Confirmations, Findings};
use crate::texts::window as t;

/// What the anonymiser found for a dossier as it is now (kept until the dossier changes).
#[derive(Debug, Default)]
pub struct AnonymiseCheck {
    cache: Option<((DossierId, usize), Findings)>,
}

impl AnonymiseCheck {
    /// Draws the replaced words and the doubtful words with their checkboxes.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        state: &AppState,
        d: &Dossier,
        cmds: &mut Vec<Command>,
    ) {
        let key = (d.id, d.history.len());
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            // Without confirmations: every doubtful word, also those already confirmed.
            let (_, found) = crate::report::consultatie_with(
                d,
                &state.profile,
                state.now,
                &Confirmations::default(),
            );
            self.cache = Some((key, found));
        }
        let Some((_, found)) = &self.cache else {
            return;
        };
        let conf = state
            .exports
            .confirmations
            .get(&d.id)
            .cloned()
            .unwrap_or_default();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.strong(t::ANONYMISATION_HEADING);
            if found.replaced.is_empty() {
                ui.label(t::ANONYMISATION_NONE_REPLACED);
            } else {
                ui.label(t::ANONYMISATION_REPLACED_LABEL);
                let words: BTreeSet<String> = found
                    .replaced
                    .iter()
                    .map(|r| format!("{} \u{2014} {}", r.word, r.replacement))
                    .collect();
                ui.label(words.into_iter().collect::<Vec<_>>().join("; "));
            }
            if found.doubtful.is_empty() {
                return;
            }
            ui.label(t::ANONYMISATION_DOUBTFUL_LABEL);
            let mut next = conf.clone();
            egui::Grid::new("anon_doubtful")
                .num_columns(3)
                .show(ui, |ui| {
                    for word in &found.doubtful {
                        ui.label(word);
                        let mut name = next.names.contains(word);
                        if ui
                            .checkbox(
                                &mut name,
                                format!("{word}: {}", t::ANONYMISATION_IS_NAME_OPTION),
                            )
                            .changed()
                        {
                            set(&mut next.names, word, name);
                            if name {
                                next.words.remove(word);
                            }
                        }
                        let mut plain = next.words.contains(word);
                        if ui
                            .checkbox(
                                &mut plain,
                                format!("{word}: {}", t::ANONYMISATION_IS_WORD_OPTION),
                            )
                            .changed()
                        {
                            set(&mut next.words, word, plain);
                            if plain {
                                next.names.remove(word);
                            }
                        }
                        ui.end_row();
                    }
                });
            let open: Vec<&str> = found
                .doubtful
                .iter()
                .filter(|w| !next.names.contains(*w) && !next.words.contains(*w))
                .map(String::as_str)
                .collect();
            if open.is_empty() {
                ui.label(t::ANONYMISATION_ALL_CONFIRMED);
            } else {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{} {}", t::ANONYMISATION_STILL_TO_CONFIRM, open.join(", ")),
                );
            }
            if next != conf {
                cmds.push(
                    Op::ConfirmWords {
                        dossier: d.id,
                        confirmations: next,
                    }
                    .into(),
                );
            }
        });
    }
}

fn set(set: &mut BTreeSet<String>, word: &str, on: bool) {
    if on {
        set.insert(word.to_owned());
    } else {
        set.remove(word);
    }
}
