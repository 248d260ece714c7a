//! A long text with the writing check, for the follow-up screens: hints underlined in place
//! (see [`super::lint_editor`]), the hint panel below, "Suggestie toepassen" in the text and
//! "Negeren…" with a reason, kept in the dossier.

use crate::domain::KeptHint;
use crate::lint::{Lint, LintOptions};
use crate::texts;

use super::lint_editor::{HintAction, hint_panel_ui, lint_layout_job};

/// The hints of the last text and a pending "keep with reason" question.
#[derive(Debug, Default)]
pub struct LintField {
    linted: Option<(String, LintOptions, Vec<Lint>)>,
    asking: Option<(Lint, String)>,
}

impl LintField {
    /// The hints for `text` (re-linted only when it or the options change).
    pub fn hints(&mut self, text: &str, opts: &LintOptions) -> Vec<Lint> {
        let stale = self
            .linted
            .as_ref()
            .is_none_or(|(t, o, _)| t != text || o != opts);
        if stale {
            let hints = crate::lint::lint(text, opts);
            self.linted = Some((text.to_owned(), opts.clone(), hints));
        }
        self.linted
            .as_ref()
            .map(|(_, _, h)| h.clone())
            .unwrap_or_default()
    }

    /// Draws the labelled editor and its hints; returns whether the text changed. A hint
    /// kept with a reason is returned in `kept` with `place` as its place.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        place: &str,
        text: &mut String,
        opts: &LintOptions,
        kept: &mut Vec<KeptHint>,
    ) -> bool {
        let hints = self.hints(text, opts);
        let linted = text.clone();
        let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
            let current: &[Lint] = if buf.as_str() == linted { &hints } else { &[] };
            ui.painter()
                .layout_job(lint_layout_job(buf.as_str(), current, ui.style(), wrap))
        };
        let l = ui.label(label);
        let mut changed = ui
            .add(
                egui::TextEdit::multiline(text)
                    .id_salt(place)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY)
                    .layouter(&mut layouter),
            )
            .labelled_by(l.id)
            .changed();
        if !hints.is_empty() {
            egui::CollapsingHeader::new(format!("{} ({})", texts::LINT_HINTS, hints.len()))
                .id_salt((place, "hints"))
                .default_open(true)
                .show(ui, |ui| match hint_panel_ui(ui, &hints) {
                    Some(HintAction::Apply {
                        span, replacement, ..
                    }) if text.is_char_boundary(span.start)
                        && span.end <= text.len()
                        && text.is_char_boundary(span.end) =>
                    {
                        text.replace_range(span, &replacement);
                        changed = true;
                    }
                    Some(HintAction::Suppress { index }) => {
                        if let Some(h) = hints.get(index) {
                            self.asking = Some((h.clone(), String::new()));
                        }
                    }
                    _ => {}
                });
        }
        let mut done = false;
        if let Some((hint, reason)) = &mut self.asking {
            let matched = text.get(hint.span.clone()).unwrap_or_default().to_owned();
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(format!(
                    "{} \u{201c}{matched}\u{201d}",
                    texts::LINT_KEEP_REASON
                ));
                ui.add(egui::TextEdit::singleline(reason).desired_width(280.0))
                    .labelled_by(l.id);
                if ui
                    .add_enabled(
                        !reason.trim().is_empty(),
                        egui::Button::new(texts::LINT_KEEP),
                    )
                    .clicked()
                {
                    kept.push(KeptHint {
                        place: place.to_owned(),
                        rule: hint.rule.clone(),
                        matched,
                        reason: reason.trim().to_owned(),
                    });
                    done = true;
                }
            });
        }
        if done {
            self.asking = None;
        }
        changed
    }
}
