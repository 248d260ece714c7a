//! Editor pieces for *feiten, geen indrukken*: underline hints in a `TextEdit` (through its
//! layouter), a cache that re-lints only when the text or options change, and the hint panel.
//!
//! Use in a view:
//! ```text
//! let (hints, linted) = (cache.hints(&linter, &text, &opts).to_vec(), text.clone());
//! let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
//!     let marks = shifted_marks(&linted, buf.as_str(), &hints);
//!     ui.painter().layout_job(lint_layout_job(buf.as_str(), &marks, ui.style(), wrap))
//! };
//! ui.add(egui::TextEdit::multiline(&mut text).layouter(&mut layouter));
//! if let Some(action) = hint_panel_ui(ui, &hints, &mut page) { /* send a command */ }
//! ```

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, RichText, Stroke, Style, TextStyle, Visuals};

use crate::domain::KeptHint;
use crate::lint::{Category, Lint, LintOptions, Linter, ParagraphCache};
use crate::texts;

/// What the user chose in the hint panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HintAction {
    /// Replace `span` with `replacement` (only offered for hints with a concrete rewrite).
    Apply {
        /// Index of the hint in the list shown.
        index: usize,
        /// Byte range in the text.
        span: Range<usize>,
        /// The text to put there.
        replacement: String,
    },
    /// Ignore this hint here; the caller asks for the reason and stores a
    /// [`crate::lint::Suppression`].
    Suppress {
        /// Index of the hint in the list shown.
        index: usize,
    },
}

/// Underline colour of a category, taken from the style's visuals.
pub fn category_color(category: Category, visuals: &Visuals) -> Color32 {
    match category {
        Category::Oordeel | Category::BuitenVakgebied | Category::LetselDetail => {
            visuals.error_fg_color
        }
        Category::Indruk | Category::Interpretatie | Category::WieDeedHet => visuals.warn_fg_color,
        Category::Vaag | Category::Jargon => visuals.hyperlink_color,
        Category::BronOntbreekt => visuals.selection.stroke.color,
    }
}

/// An underline to draw: a byte range of the text and the category that colours it.
pub type Mark = (Range<usize>, Category);

/// The marks of `hints`, made for `linted`, moved onto `text` (the same text after one
/// edit): marks before the edit stay, marks after it shift, marks it touched are dropped
/// until the next lint. So underlines do not flicker while typing, and the paragraphs the
/// edit did not touch keep their layout.
pub fn shifted_marks(linted: &str, text: &str, hints: &[Lint]) -> Vec<Mark> {
    let marks = hints.iter().map(|h| (h.span.clone(), h.category));
    if linted == text {
        return marks.collect();
    }
    let prefix = linted
        .bytes()
        .zip(text.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let max_suffix = linted.len().min(text.len()) - prefix;
    let suffix = linted
        .bytes()
        .rev()
        .zip(text.bytes().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let old_tail = linted.len() - suffix;
    marks
        .filter_map(|(span, category)| {
            if span.end <= prefix {
                Some((span, category))
            } else if span.start >= old_tail {
                let at = |i: usize| i - old_tail + (text.len() - suffix);
                Some((at(span.start)..at(span.end), category))
            } else {
                None
            }
        })
        .collect()
}

/// Lays out `text` with the body font, underlining each mark in its category colour.
/// Marks that overlap an earlier one or do not fall on char boundaries are skipped.
pub fn lint_layout_job(text: &str, marks: &[Mark], style: &Style, wrap_width: f32) -> LayoutJob {
    let font_id = TextStyle::Body.resolve(style);
    let plain = TextFormat::simple(font_id, style.visuals.text_color());
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut pos = 0;
    for (span, category) in marks {
        let Range { start, end } = *span;
        let valid = pos <= start
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !valid {
            continue;
        }
        if pos < start {
            job.append(&text[pos..start], 0.0, plain.clone());
        }
        let mut marked = plain.clone();
        marked.underline = Stroke::new(2.0, category_color(*category, &style.visuals));
        job.append(&text[start..end], 0.0, marked);
        pos = end;
    }
    if pos < text.len() || text.is_empty() {
        job.append(&text[pos..], 0.0, plain);
    }
    job
}

/// The bundled rules, built once on first use; `None` if they fail to build (the test
/// suite checks they do), in which case the editor shows no hints rather than stopping.
pub fn bundled_linter() -> Option<&'static Linter> {
    static LINTER: std::sync::LazyLock<Option<Linter>> =
        std::sync::LazyLock::new(|| Linter::bundled().ok());
    LINTER.as_ref()
}

/// Keeps the hints of the last text; re-lints only when the text or the options change,
/// and then only the paragraphs that changed.
#[derive(Debug, Default)]
pub struct LintCache {
    text: String,
    opts: LintOptions,
    hints: Vec<Lint>,
    paragraphs: ParagraphCache,
    valid: bool,
    runs: usize,
}

impl LintCache {
    /// The hints for `text`, linting only if it differs from the last call.
    pub fn hints(&mut self, linter: &Linter, text: &str, opts: &LintOptions) -> &[Lint] {
        if !self.valid || self.text != text || self.opts != *opts {
            self.hints = linter.lint_cached(text, opts, &mut self.paragraphs);
            text.clone_into(&mut self.text);
            self.opts = opts.clone();
            self.valid = true;
            self.runs += 1;
        }
        &self.hints
    }

    /// How often the cache actually linted (for tests and diagnostics).
    pub fn runs(&self) -> usize {
        self.runs
    }
}

/// How many hints the panel shows at once; a long text can have hundreds, and drawing them
/// all would slow every frame and bury the first ones.
pub const HINTS_PER_PAGE: usize = 10;

/// Lists the hints of page `page` (of [`HINTS_PER_PAGE`]) with category, message, why and
/// suggestion, and the buttons "Suggestie toepassen" (where the hint has a concrete rewrite)
/// and "Negeren…"; with more hints than fit, "Vorige"/"Volgende" turn the page.
pub fn hint_panel_ui(ui: &mut egui::Ui, hints: &[Lint], page: &mut usize) -> Option<HintAction> {
    if hints.is_empty() {
        ui.label(texts::window::LINT_NO_HINTS);
        return None;
    }
    let pages = hints.len().div_ceil(HINTS_PER_PAGE);
    *page = (*page).min(pages - 1);
    let first = *page * HINTS_PER_PAGE;
    let shown = first..(first + HINTS_PER_PAGE).min(hints.len());
    if pages > 1 {
        ui.horizontal(|ui| {
            ui.label(texts::window::lint_page(
                shown.start + 1,
                shown.end,
                hints.len(),
            ));
            if ui
                .add_enabled(
                    *page > 0,
                    egui::Button::new(texts::window::LINT_PAGE_PREVIOUS_BUTTON),
                )
                .clicked()
            {
                *page -= 1;
            }
            if ui
                .add_enabled(
                    *page + 1 < pages,
                    egui::Button::new(texts::window::LINT_PAGE_NEXT_BUTTON),
                )
                .clicked()
            {
                *page += 1;
            }
        });
    }
    let mut action = None;
    for (index, hint) in hints.iter().enumerate().take(shown.end).skip(shown.start) {
        ui.push_id(index, |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let color = category_color(hint.category, ui.visuals());
                    ui.label(RichText::new(hint.category.label()).strong().color(color));
                    ui.label(&hint.message);
                });
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        texts::window::LINT_WHY_LABEL,
                        super::plain::user_text(&hint.why)
                    ))
                    .weak(),
                );
                if let Some(suggestion) = &hint.suggestion {
                    ui.label(format!(
                        "{} {suggestion}",
                        texts::window::LINT_SUGGESTION_LABEL
                    ));
                }
                ui.horizontal(|ui| {
                    if let Some(replacement) = &hint.replacement
                        && ui.button(texts::window::LINT_APPLY_BUTTON).clicked()
                    {
                        action = Some(HintAction::Apply {
                            index,
                            span: hint.span.clone(),
                            replacement: replacement.clone(),
                        });
                    }
                    if ui.button(texts::window::LINT_SUPPRESS_BUTTON).clicked() {
                        action = Some(HintAction::Suppress { index });
                    }
                });
            });
        });
    }
    action
}

/// One checked text input: hints underlined while typing, the hint panel below it with
/// "Suggestie toepassen" and "Negeren…", and the reason asked when a hint is ignored.
#[derive(Debug, Default)]
pub struct LintedText {
    cache: LintCache,
    asking: Option<(Lint, String)>,
    focus_reason: bool,
    page: usize,
}

/// What happened in a [`LintedText`] this frame.
#[derive(Debug)]
pub struct LintedOutput {
    /// The text input's response.
    pub response: egui::Response,
    /// Whether the text changed (typed, or a suggestion applied).
    pub changed: bool,
    /// A hint the user chose to keep here, with the reason.
    pub kept: Option<KeptHint>,
}

/// How a [`LintedText`] is shown.
#[derive(Debug, Clone, Copy)]
pub struct LintedLook<'a> {
    /// Id of the label that names the input for screen readers.
    pub label: egui::Id,
    /// Where the text sits, stored with a kept hint (field id, `signaal`, …).
    pub place: &'a str,
    /// Grey text shown while the input is empty.
    pub placeholder: &'a str,
    /// Visible rows.
    pub rows: usize,
}

impl LintedText {
    /// Draws the input and its hints; `id_salt` must be unique on the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        text: &mut String,
        opts: &LintOptions,
        id_salt: &str,
        look: LintedLook<'_>,
    ) -> LintedOutput {
        let Self {
            cache,
            asking,
            focus_reason,
            page,
        } = self;
        // Only the hints kept at this place are silenced here.
        let opts = &crate::app::hints::options_at(opts, look.place);
        let (hints, linted): (&[Lint], &str) = match bundled_linter() {
            Some(linter) => {
                cache.hints(linter, text, opts);
                (&cache.hints, &cache.text)
            }
            None => (&[], ""),
        };
        let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
            // Hints belong to the text they were made for; a keystroke is laid out with
            // them moved along, and linted on the next frame.
            let marks = shifted_marks(linted, buf.as_str(), hints);
            ui.painter()
                .layout_job(lint_layout_job(buf.as_str(), &marks, ui.style(), wrap))
        };
        let response = ui
            .add(
                egui::TextEdit::multiline(text)
                    .id_salt(id_salt)
                    .hint_text(look.placeholder)
                    .desired_rows(look.rows)
                    .desired_width(f32::INFINITY)
                    .layouter(&mut layouter),
            )
            .labelled_by(look.label);
        if let Some(span) = super::hint_target::take_target_for(ui.ctx(), look.place) {
            super::hint_target::select_span(ui, &response, text, span);
        }
        let mut changed = response.changed();
        let mut kept = None;
        if !hints.is_empty() {
            egui::CollapsingHeader::new(format!(
                "{} ({})",
                texts::window::LINT_HINTS_HEADING,
                hints.len()
            ))
            .id_salt((id_salt, "hints"))
            .default_open(true)
            .show(ui, |ui| match hint_panel_ui(ui, hints, page) {
                Some(HintAction::Apply {
                    span, replacement, ..
                }) if text.get(span.clone()).is_some() => {
                    text.replace_range(span, &replacement);
                    changed = true;
                }
                Some(HintAction::Suppress { index }) => {
                    if let Some(h) = hints.get(index) {
                        *asking = Some((h.clone(), String::new()));
                        *focus_reason = true;
                    }
                }
                _ => {}
            });
        }
        let mut close = false;
        if let Some((hint, reason)) = asking.as_mut() {
            let matched = text.get(hint.span.clone()).unwrap_or_default().to_owned();
            ui.horizontal_wrapped(|ui| {
                let l = ui.label(format!(
                    "{} \u{201c}{matched}\u{201d}",
                    texts::window::LINT_KEEP_REASON_LABEL
                ));
                let field = ui
                    .add(egui::TextEdit::singleline(reason).desired_width(280.0))
                    .labelled_by(l.id);
                if std::mem::take(focus_reason) {
                    field.request_focus();
                }
                let (enter, escape) = ui.input(|i| {
                    (
                        i.key_pressed(egui::Key::Enter),
                        i.key_pressed(egui::Key::Escape),
                    )
                });
                let ready = !reason.trim().is_empty();
                let keep = ui
                    .add_enabled(ready, egui::Button::new(texts::window::LINT_KEEP_BUTTON))
                    .clicked();
                if ui.button(texts::window::CANCEL_BUTTON).clicked() || escape {
                    close = true;
                }
                if ready && (keep || (enter && field.lost_focus())) {
                    kept = Some(KeptHint {
                        place: look.place.to_owned(),
                        rule: hint.rule.clone(),
                        matched,
                        reason: reason.trim().to_owned(),
                    });
                    close = true;
                }
            });
        }
        if close {
            *asking = None;
        }
        LintedOutput {
            response,
            changed,
            kept,
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use super::*;

    fn linter() -> Linter {
        Linter::bundled().expect("bundled rules build")
    }

    #[test]
    fn layout_job_underlines_exactly_the_hint_spans() {
        let text = "Zoë ĳverig; op 2 april heb ik VT gebeld. Bjørn komt vaak te laat.";
        let hints = linter().lint(text, &LintOptions::default());
        assert_eq!(hints.len(), 2, "{hints:?}");
        let style = Style::default();
        let marks = shifted_marks(text, text, &hints);
        let job = lint_layout_job(text, &marks, &style, 300.0);
        assert_eq!(job.text, text);
        let underlined: Vec<&str> = job
            .sections
            .iter()
            .filter(|s| s.format.underline.width > 0.0)
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(underlined, ["VT", "vaak"]);
        let colors: Vec<Color32> = job
            .sections
            .iter()
            .filter(|s| s.format.underline.width > 0.0)
            .map(|s| s.format.underline.color)
            .collect();
        assert_eq!(
            colors,
            [style.visuals.hyperlink_color, style.visuals.hyperlink_color]
        );
    }

    #[test]
    fn layout_job_skips_spans_off_char_boundaries() {
        let text = "Zoë";
        let job = lint_layout_job(text, &[(1..3, Category::Vaag)], &Style::default(), 100.0);
        assert_eq!(job.text, text);
        assert!(job.sections.iter().all(|s| s.format.underline.width == 0.0));
    }

    #[test]
    fn marks_follow_an_edit_before_them_and_drop_where_it_touches() {
        let linted = "Zoë komt vaak. Bjørn zegt: VT weet het. Ĳs is vaak glad.";
        let hints = linter().lint(linted, &LintOptions::default());
        let words = |text: &str, marks: &[Mark]| -> Vec<String> {
            marks
                .iter()
                .map(|(r, _)| text[r.clone()].to_owned())
                .collect()
        };
        assert_eq!(
            words(linted, &shifted_marks(linted, linted, &hints)),
            ["vaak", "VT", "vaak"]
        );
        // An edit inside the first marked word drops its mark; the others move along.
        let typed = "Zoë komt vak. Bjørn zegt: VT weet het. Ĳs is vaak glad.";
        let marks = shifted_marks(linted, typed, &hints);
        assert_eq!(words(typed, &marks), ["VT", "vaak"]);
        let typed = "Zoë komt vaak. Bjørn zegt: VT weet het. Ĳs is vaak glad. ";
        assert_eq!(
            words(typed, &shifted_marks(linted, typed, &hints)),
            ["vaak", "VT", "vaak"]
        );
        let deleted = "Zoë komt vaak. Ĳs is vaak glad.";
        assert_eq!(
            words(deleted, &shifted_marks(linted, deleted, &hints)),
            ["vaak", "vaak"]
        );
        assert!(shifted_marks(linted, "", &hints).is_empty());
    }

    #[test]
    fn cache_relints_only_when_text_changes() {
        let linter = linter();
        let opts = LintOptions::default();
        let mut cache = LintCache::default();
        assert_eq!(cache.hints(&linter, "Sem komt vaak.", &opts).len(), 1);
        assert_eq!(cache.hints(&linter, "Sem komt vaak.", &opts).len(), 1);
        assert_eq!(cache.runs(), 1);
        assert!(
            cache
                .hints(&linter, "Sem komt op 3 maart.", &opts)
                .is_empty()
        );
        assert_eq!(cache.runs(), 2);
    }

    #[test]
    fn panel_offers_apply_and_suppress() {
        let hints = linter().lint("Op 14 maart heb ik VT gebeld.", &LintOptions::default());
        assert_eq!(hints.len(), 1);
        let mut harness = Harness::new_ui_state(
            |ui, state: &mut Option<HintAction>| {
                if let Some(action) = hint_panel_ui(ui, &hints, &mut 0) {
                    *state = Some(action);
                }
            },
            None,
        );
        harness
            .get_by_label(texts::window::LINT_APPLY_BUTTON)
            .click();
        harness.run();
        let start = "Op 14 maart heb ik ".len();
        assert_eq!(
            harness.state(),
            &Some(HintAction::Apply {
                index: 0,
                span: start..start + 2,
                replacement: "Veilig Thuis".to_owned()
            })
        );
        harness
            .get_by_label(texts::window::LINT_SUPPRESS_BUTTON)
            .click();
        harness.run();
        assert_eq!(harness.state(), &Some(HintAction::Suppress { index: 0 }));
    }

    #[test]
    fn panel_without_rewrite_has_no_apply_button() {
        let hints = linter().lint("Sem komt vaak te laat.", &LintOptions::default());
        let harness = Harness::new_ui_state(
            |ui, _state: &mut ()| {
                hint_panel_ui(ui, &hints, &mut 0);
            },
            (),
        );
        assert!(
            harness
                .query_by_label(texts::window::LINT_APPLY_BUTTON)
                .is_none()
        );
        assert!(
            harness
                .query_by_label(texts::window::LINT_SUPPRESS_BUTTON)
                .is_some()
        );
    }

    #[test]
    fn long_list_of_hints_is_paged_and_keeps_its_indices() {
        let text = "Sem komt vaak te laat. ".repeat(25);
        let hints = linter().lint(&text, &LintOptions::default());
        assert_eq!(hints.len(), 25);
        let mut harness = Harness::new_ui_state(
            |ui, state: &mut (usize, Option<HintAction>)| {
                if let Some(action) = hint_panel_ui(ui, &hints, &mut state.0) {
                    state.1 = Some(action);
                }
            },
            (0, None),
        );
        assert_eq!(
            harness
                .query_all_by_label(texts::window::LINT_SUPPRESS_BUTTON)
                .count(),
            10
        );
        assert!(
            harness
                .query_by_label(&texts::window::lint_page(1, 10, 25))
                .is_some()
        );
        harness
            .get_by_label(texts::window::LINT_PAGE_NEXT_BUTTON)
            .click();
        harness.run();
        harness
            .get_by_label(texts::window::LINT_PAGE_NEXT_BUTTON)
            .click();
        harness.run();
        assert!(
            harness
                .query_by_label(&texts::window::lint_page(21, 25, 25))
                .is_some()
        );
        assert_eq!(
            harness
                .query_all_by_label(texts::window::LINT_SUPPRESS_BUTTON)
                .count(),
            5
        );
        harness
            .get_all_by_label(texts::window::LINT_SUPPRESS_BUTTON)
            .next()
            .expect("a hint on the last page")
            .click();
        harness.run();
        assert_eq!(harness.state().1, Some(HintAction::Suppress { index: 20 }));
        harness
            .get_by_label(texts::window::LINT_PAGE_PREVIOUS_BUTTON)
            .click();
        harness.run();
        assert_eq!(harness.state().0, 1);
    }

    #[test]
    fn page_is_clamped_when_hints_go_away() {
        let hints = linter().lint("Sem komt vaak te laat.", &LintOptions::default());
        let harness = Harness::new_ui_state(
            |ui, page: &mut usize| {
                hint_panel_ui(ui, &hints, page);
            },
            7,
        );
        assert_eq!(*harness.state(), 0);
        assert!(
            harness
                .query_by_label(texts::window::LINT_SUPPRESS_BUTTON)
                .is_some()
        );
        assert!(
            harness
                .query_by_label(texts::window::LINT_PAGE_NEXT_BUTTON)
                .is_none()
        );
    }

    #[test]
    fn empty_panel_says_so() {
        let harness = Harness::new_ui(|ui| {
            hint_panel_ui(ui, &[], &mut 0);
        });
        assert!(
            harness
                .query_by_label(texts::window::LINT_NO_HINTS)
                .is_some()
        );
    }
}
