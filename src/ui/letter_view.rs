//! The letter to the parents after a melding (seed 003: no jargon, trust, the family's
//! rights): the generated plain-Dutch letter, checked with JARGON strict, exported from the
//! export dialog. Not offered under an *open melden, tenzij* exception; the view says why.

use super::export_dialog::ExportChoice;
use crate::app::export::{Block, ReportDocument as Document};
use crate::app::{AppState, Command, DocumentKind, Op};
use crate::domain::Dossier;
use crate::texts;

/// Shows a document as the report builders made it: headings, paragraphs, fields, lists.
pub fn document_preview_ui(ui: &mut egui::Ui, doc: &Document) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for block in &doc.blocks {
            match block {
                Block::Heading { level, text } => {
                    let size = match level {
                        1 => 20.0,
                        2 => 17.0,
                        _ => 15.0,
                    };
                    ui.label(egui::RichText::new(text).strong().size(size));
                }
                Block::Paragraph(text) => {
                    ui.label(text);
                }
                Block::Note(text) => {
                    ui.label(egui::RichText::new(text).italics());
                }
                Block::Fields(fields) => {
                    for (k, v) in fields {
                        ui.label(format!("{k}: {v}"));
                    }
                }
                Block::Bullets(items) => {
                    for item in items {
                        ui.label(format!("\u{2022} {item}"));
                    }
                }
                Block::Table { header, rows, .. } => {
                    ui.label(egui::RichText::new(header.join(" | ")).strong());
                    for row in rows {
                        ui.label(row.join(" | "));
                    }
                }
                Block::Signature(s) => {
                    ui.add_space(6.0);
                    ui.label(format!("{} \u{2014} {}", s.role, s.name));
                    ui.label(format!("{}, {}", s.function, s.organisation));
                }
                Block::PageBreak => {
                    ui.separator();
                }
            }
        }
    });
}

/// A checkbox per item the letter can hold.
fn items_ui(ui: &mut egui::Ui, state: &AppState, d: &Dossier, cmds: &mut Vec<Command>) {
    let items = state.letter_items(d);
    if items.is_empty() {
        return;
    }
    ui.strong(texts::window::LETTER_TO_PARENTS_ITEMS_HEADING);
    ui.label(egui::RichText::new(texts::window::LETTER_TO_PARENTS_ITEMS_HELP).weak());
    for item in items {
        ui.horizontal_wrapped(|ui| {
            let mut included = item.included;
            if ui.checkbox(&mut included, &item.text).changed() {
                cmds.push(Command::Op(Op::ChooseLetterItem {
                    dossier: d.id,
                    source: item.source,
                    included,
                }));
            }
            if item.from_child {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    texts::window::LETTER_TO_PARENTS_FROM_CHILD_MARK,
                );
            }
        });
    }
    ui.add_space(4.0);
}

/// Why no letter is offered, or `None` when one can be made.
pub fn not_offered_reason(d: &Dossier) -> Option<&'static str> {
    let melden = d.decisions.last().is_some_and(|x| x.melden);
    if !melden && d.melding.sent.is_none() {
        return Some(texts::window::LETTER_TO_PARENTS_AFTER_MELDING);
    }
    if d.melding.under_exception() {
        return Some(texts::window::LETTER_TO_PARENTS_NOT_OFFERED);
    }
    None
}

/// Draws the letter with a checkbox per item (what the child told marked and out by
/// default) and its writing-check hints. Sets `export` when the user asks for it; a changed
/// tick becomes a command, and the preview and the export follow the choice.
pub fn letter_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    d: &Dossier,
    export: &mut Option<ExportChoice>,
    cmds: &mut Vec<Command>,
) {
    if let Some(why) = not_offered_reason(d) {
        ui.label(why);
        if d.melding.under_exception()
            && let Some(e) = &d.melding.checklist.exception
        {
            ui.label(format!(
                "{} {e}",
                texts::window::LETTER_TO_PARENTS_EXCEPTION_PREFIX
            ));
        }
        return;
    }
    let doc = match state.letter(d) {
        Ok(doc) => doc,
        Err(why) => {
            ui.label(why);
            return;
        }
    };
    ui.label(egui::RichText::new(texts::window::LETTER_TO_PARENTS_HELP).weak());
    items_ui(ui, state, d, cmds);
    let mut opts = super::lint_options(state, Some(d));
    opts.strict_jargon = true;
    let hints: Vec<_> = doc
        .texts()
        .iter()
        .flat_map(|t| crate::lint::lint(t, &opts))
        .filter(|h| h.category == crate::lint::Category::Jargon)
        .collect();
    if hints.is_empty() {
        ui.label(texts::window::LETTER_TO_PARENTS_JARGON_NONE);
    } else {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!(
                "{} ({})",
                texts::window::LETTER_TO_PARENTS_JARGON_HEADING,
                hints.len()
            ),
        );
        for h in &hints {
            ui.label(format!(
                "\u{2022} {}: {}",
                super::plain::user_text(&h.message),
                super::plain::user_text(&h.why)
            ));
        }
    }
    if ui
        .button(texts::window::LETTER_TO_PARENTS_EXPORT_BUTTON)
        .clicked()
    {
        *export = Some((DocumentKind::BriefOuders, None));
    }
    document_preview_ui(ui, &doc);
}
