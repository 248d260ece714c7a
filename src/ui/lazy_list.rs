//! Lists that grow (#26): rows of any height, laid out only where visible. Each row's
//! height is measured the first time it is drawn and remembered; rows outside the visible
//! part of the surrounding scroll area only reserve that height (or an estimate until
//! measured), so a frame costs about the same with 5 or 1,000 entries. Unlike
//! `ScrollArea::show_rows` the rows keep their wrapped text and can sit inside the step's
//! own scroll area.

use std::collections::HashMap;

/// The remembered row heights of one list, for one width.
#[derive(Debug, Default)]
pub struct LazyRows {
    width: f32,
    heights: HashMap<u64, f32>,
    /// A row to lay out and scroll into view on the next frame ("Ga naar").
    reveal: Option<u64>,
}

impl LazyRows {
    /// Lays out the row with `key` on the next frame, wherever it is, and scrolls to it.
    pub fn reveal(&mut self, key: u64) {
        self.reveal = Some(key);
    }

    /// Draws `rows` (a stable key and the item) one below the other; `row` draws one item.
    /// Rows that are off screen and already measured are skipped. Returns how many rows
    /// were laid out.
    pub fn show<T>(
        &mut self,
        ui: &mut egui::Ui,
        rows: impl IntoIterator<Item = (u64, T)>,
        mut row: impl FnMut(&mut egui::Ui, T),
    ) -> usize {
        let width = ui.available_width();
        if (width - self.width).abs() > 0.5 {
            self.heights.clear();
            self.width = width;
        }
        let spacing = ui.spacing().item_spacing.y;
        let clip = ui.clip_rect();
        // Rows never seen are estimated from the ones measured so far.
        let estimate = if self.heights.is_empty() {
            ui.spacing().interact_size.y * 2.0
        } else {
            self.heights.values().sum::<f32>() / self.heights.len() as f32
        };
        let mut drawn = 0;
        let mut skipped = 0.0_f32;
        for (key, item) in rows {
            let top = ui.cursor().top() + skipped;
            let known = self.heights.get(&key).copied();
            let height = known.unwrap_or(estimate);
            let visible = top + height >= clip.top() && top <= clip.bottom();
            let reveal = self.reveal == Some(key);
            // An unmeasured row above the view is laid out once; below it, it waits.
            if !visible && !reveal && (known.is_some() || top > clip.bottom()) {
                skipped += height + spacing;
                continue;
            }
            if skipped > 0.0 {
                ui.allocate_space(egui::vec2(width, skipped - spacing));
                skipped = 0.0;
            }
            let before = ui.cursor().top();
            ui.push_id(key, |ui| {
                ui.set_max_width(width);
                row(ui, item);
            });
            let measured = ui.cursor().top() - before - spacing;
            if reveal {
                self.reveal = None;
                let rect = egui::Rect::from_min_size(
                    egui::pos2(ui.min_rect().left(), before),
                    egui::vec2(width, measured.max(1.0)),
                );
                ui.scroll_to_rect(rect, Some(egui::Align::Center));
            }
            self.heights.insert(key, measured.max(0.0));
            drawn += 1;
        }
        if skipped > 0.0 {
            ui.allocate_space(egui::vec2(width, skipped - spacing));
        }
        drawn
    }
}
