//! The open writing-check hints of a whole dossier (#26): a count per rule and per step,
//! identical hints (same rule, same phrase) grouped with their number, each still
//! reachable with "Ga naar", in a scroll area of its own that lays out only the rows in
//! view, so 300 hints neither push the steps off the window nor slow the frame.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::app::hints::OpenHint;
use crate::app::{Command, Nav};
use crate::domain::{Dossier, Step};
use crate::texts;
use crate::texts::window as t;

/// Hints with the same rule and the same phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HintGroup {
    /// The rule id (never shown).
    pub rule: String,
    /// The phrase as first written.
    pub matched: String,
    /// Indexes into [`OpenHints::hints`], in step order.
    pub members: Vec<usize>,
}

/// The open hints of a dossier with their groups and counts.
#[derive(Debug, Clone, Default)]
pub struct OpenHints {
    /// Every open hint, in step order.
    pub hints: Vec<OpenHint>,
    /// Identical hints together, in order of first appearance.
    pub groups: Vec<HintGroup>,
    /// Per rule: its message (as its name), category and count, most frequent first.
    pub per_rule: Vec<(String, crate::lint::Category, usize)>,
    /// Per step: the count, for steps with hints.
    pub per_step: Vec<(Step, usize)>,
}

impl OpenHints {
    /// Groups and counts `hints`.
    pub fn of(hints: Vec<OpenHint>) -> Self {
        let mut groups: Vec<HintGroup> = Vec::new();
        let mut index: HashMap<(String, String), usize> = HashMap::new();
        let mut rules: BTreeMap<String, (String, crate::lint::Category, usize)> = BTreeMap::new();
        let mut steps: BTreeMap<u8, usize> = BTreeMap::new();
        for (i, h) in hints.iter().enumerate() {
            let key = (h.lint.rule.clone(), h.matched.trim().to_lowercase());
            let g = *index.entry(key).or_insert_with(|| {
                groups.push(HintGroup {
                    rule: h.lint.rule.clone(),
                    matched: h.matched.clone(),
                    members: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].members.push(i);
            rules
                .entry(h.lint.rule.clone())
                .or_insert_with(|| (h.lint.message.clone(), h.lint.category, 0))
                .2 += 1;
            *steps.entry(h.place.step().number()).or_default() += 1;
        }
        let mut per_rule: Vec<_> = rules.into_values().collect();
        per_rule.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let per_step = steps
            .into_iter()
            .filter_map(|(n, c)| Step::from_number(n).map(|s| (s, c)))
            .collect();
        Self {
            hints,
            groups,
            per_rule,
            per_step,
        }
    }
}

/// The hints of the last dossier revision, so the dossier is not re-checked every frame.
#[derive(Debug, Default)]
pub struct OpenHintsCache {
    key: Option<(crate::domain::DossierId, usize, usize)>,
    open: OpenHints,
}

impl OpenHintsCache {
    /// The open hints of `dossier`, recomputed only when it changed.
    pub fn hints(&mut self, state: &crate::app::AppState, dossier: &Dossier) -> &[OpenHint] {
        &self.open(state, dossier).hints
    }

    /// The open hints of `dossier` with groups and counts, recomputed only when it changed.
    pub fn open(&mut self, state: &crate::app::AppState, dossier: &Dossier) -> &OpenHints {
        let key = (dossier.id, dossier.history.len(), dossier.kept_hints.len());
        if self.key != Some(key) {
            let opts = crate::app::hints::lint_options(state, Some(dossier));
            self.open = OpenHints::of(crate::app::hints::open_hints(&state.forms, dossier, &opts));
            self.key = Some(key);
        }
        &self.open
    }
}

/// Which groups are unfolded, by rule and phrase.
#[derive(Debug, Default)]
pub struct HintOverviewView {
    unfolded: HashSet<(String, String)>,
}

enum Row {
    Group(usize),
    Member(usize, usize),
}

/// The height of one overview row: a button's.
fn row_height(ui: &egui::Ui) -> f32 {
    let text = ui.text_style_height(&egui::TextStyle::Button);
    (text + 2.0 * ui.spacing().button_padding.y).max(ui.spacing().interact_size.y)
}

impl HintOverviewView {
    /// The counts and the grouped list in an area exactly `height` high (the list scrolls),
    /// so hints that come and go while typing never move the form below (#20).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        open: &OpenHints,
        height: f32,
        cmds: &mut Vec<Command>,
    ) {
        let width = ui.available_width();
        ui.allocate_ui_with_layout(
            egui::vec2(width, height),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_min_size(egui::vec2(width, height));
                ui.set_max_height(height);
                let clip = ui.max_rect().intersect(ui.clip_rect());
                ui.set_clip_rect(clip);
                self.body_ui(ui, open, cmds);
            },
        );
    }

    fn body_ui(&mut self, ui: &mut egui::Ui, open: &OpenHints, cmds: &mut Vec<Command>) {
        if open.hints.is_empty() {
            ui.label(t::OPEN_HINTS_NONE);
            return;
        }
        ui.label(egui::RichText::new(t::OPEN_HINTS_HELP).weak());
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t::HINTS_PER_STEP).strong());
            for (step, n) in &open.per_step {
                ui.label(format!(
                    "{} {}: {n}",
                    texts::common::STEP_PREFIX,
                    step.number()
                ))
                .on_hover_text(step.title());
            }
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t::HINTS_PER_RULE).strong());
            for (message, category, n) in &open.per_rule {
                let color = super::lint_editor::category_color(*category, ui.visuals());
                ui.label(
                    egui::RichText::new(format!("{}: {n}", super::plain::user_text(message)))
                        .color(color),
                )
                .on_hover_text(category.label());
            }
        });
        let mut rows = Vec::with_capacity(open.groups.len());
        for (g, group) in open.groups.iter().enumerate() {
            rows.push(Row::Group(g));
            if group.members.len() > 1 && self.unfolded.contains(&group_key(group)) {
                rows.extend((0..group.members.len()).map(|m| Row::Member(g, m)));
            }
        }
        let row_h = row_height(ui);
        egui::ScrollArea::vertical()
            .id_salt("hint_overview_rows")
            .max_height(ui.available_height().max(row_h * 3.0))
            .auto_shrink([false, false])
            .show_rows(ui, row_h, rows.len(), |ui, range| {
                for r in range {
                    ui.push_id(("hint_row", r), |ui| match rows[r] {
                        Row::Group(g) => self.group_row_ui(ui, open, g, row_h, cmds),
                        Row::Member(g, m) => {
                            let hint = &open.hints[open.groups[g].members[m]];
                            member_row_ui(ui, hint, row_h, cmds);
                        }
                    });
                }
            });
    }

    fn group_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        open: &OpenHints,
        g: usize,
        row_h: f32,
        cmds: &mut Vec<Command>,
    ) {
        let group = &open.groups[g];
        let first = &open.hints[group.members[0]];
        let count = group.members.len();
        fixed_row(ui, row_h, |ui| {
            let color = super::lint_editor::category_color(first.lint.category, ui.visuals());
            let count_text = if count > 1 {
                format!("{count}\u{d7}")
            } else {
                String::new()
            };
            ui.add_sized(
                [36.0, row_h],
                egui::Label::new(egui::RichText::new(count_text).strong()),
            );
            ui.label(
                egui::RichText::new(first.lint.category.label())
                    .strong()
                    .color(color),
            );
            let mut text = format!(
                "\u{201c}{}\u{201d} \u{2014} {}",
                group.matched,
                super::plain::user_text(&first.lint.message)
            );
            if count == 1 {
                text.push_str(" \u{2014} ");
                text.push_str(&first.label.clone());
            }
            let buttons = if count > 1 { 170.0 } else { 80.0 };
            text_cell(
                ui,
                &text,
                buttons,
                &super::plain::user_text(&first.lint.why),
            );
            if count > 1 {
                let key = group_key(group);
                let unfolded = self.unfolded.contains(&key);
                let label = if unfolded {
                    t::HINTS_FOLD.to_owned()
                } else {
                    format!("{} {count}", t::HINTS_UNFOLD)
                };
                if ui.small_button(label).clicked() {
                    if unfolded {
                        self.unfolded.remove(&key);
                    } else {
                        self.unfolded.insert(key);
                    }
                }
            } else {
                go_to_ui(ui, first, cmds);
            }
        });
    }
}

fn group_key(group: &HintGroup) -> (String, String) {
    (group.rule.clone(), group.matched.trim().to_lowercase())
}

/// A row exactly `row_h` high, left to right, vertically centred.
fn fixed_row(ui: &mut egui::Ui, row_h: f32, add: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width();
    ui.allocate_ui_with_layout(
        egui::vec2(width, row_h),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_size(egui::vec2(width, row_h));
            ui.set_max_height(row_h);
            add(ui);
        },
    );
}

/// A label that takes the width left but `reserve`, shortened with "…", the full text and
/// `why` on hover.
fn text_cell(ui: &mut egui::Ui, text: &str, reserve: f32, why: &str) {
    let width = (ui.available_width() - reserve).max(80.0);
    ui.allocate_ui_with_layout(
        egui::vec2(width, ui.available_height()),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            let hover = if why.is_empty() {
                text.to_owned()
            } else {
                format!("{text}\n\n{why}")
            };
            ui.add(egui::Label::new(text).truncate())
                .on_hover_text(hover);
        },
    );
}

fn go_to_ui(ui: &mut egui::Ui, hint: &OpenHint, cmds: &mut Vec<Command>) {
    if ui
        .small_button(t::OPEN_HINTS_GO_TO_BUTTON)
        .on_hover_text(format!(
            "{} {}",
            t::OPEN_HINTS_GO_TO_BUTTON,
            hint.label.clone()
        ))
        .clicked()
    {
        cmds.push(Command::Nav(Nav::GoToHint {
            step: hint.place.step(),
            place: hint.place.key(),
            span: hint.lint.span.clone(),
        }));
    }
}

fn member_row_ui(ui: &mut egui::Ui, hint: &OpenHint, row_h: f32, cmds: &mut Vec<Command>) {
    fixed_row(ui, row_h, |ui| {
        ui.add_space(48.0);
        let text = format!(
            "{} \u{2014} \u{201c}{}\u{201d}",
            hint.label.clone(),
            hint.matched
        );
        text_cell(ui, &text, 80.0, "");
        go_to_ui(ui, hint, cmds);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::hints::HintPlace;

    fn hint(rule: &str, matched: &str, place: HintPlace) -> OpenHint {
        OpenHint {
            place,
            matched: matched.to_owned(),
            lint: crate::lint::Lint {
                span: 0..matched.len(),
                rule: rule.to_owned(),
                category: crate::lint::Category::Indruk,
                message: format!("bericht {rule}"),
                why: String::new(),
                suggestion: None,
                replacement: None,
            },
            label: String::new(),
        }
    }

    #[test]
    fn identical_hints_are_grouped_and_counted_per_rule_and_step() {
        let mut hints: Vec<OpenHint> = (1..=300)
            .map(|i| hint("indruk-lijken", "lijkt", HintPlace::Signal(i)))
            .collect();
        hints.push(hint("indruk-lijken", "Lijkt", HintPlace::Conversation(1)));
        hints.push(hint("vaag-soms", "soms", HintPlace::Signal(4)));
        let open = OpenHints::of(hints);
        assert_eq!(open.groups.len(), 2);
        assert_eq!(
            open.groups[0].members.len(),
            301,
            "case does not split a group"
        );
        assert_eq!(open.per_rule[0].2, 301);
        assert_eq!(open.per_rule[1].2, 1);
        assert_eq!(
            open.per_step,
            vec![(Step::Signaleren, 301), (Step::Gesprek, 1)]
        );
    }
}
