//! A small month calendar behind a button next to a `dd-mm-jjjj` field: for people who
//! prefer to pick a date over typing it. Keyboard: Tab through the days, Enter picks,
//! Escape closes.

use chrono::{Datelike as _, Duration, NaiveDate};

use crate::texts;
use crate::texts::window as t;

/// The first day of the month `months` away from the month of `date`.
pub fn shift_month(date: NaiveDate, months: i32) -> NaiveDate {
    let index = date.year() * 12 + date.month0().cast_signed() + months;
    let (year, zero_based) = (index.div_euclid(12), index.rem_euclid(12));
    NaiveDate::from_ymd_opt(year, zero_based.cast_unsigned() + 1, 1).unwrap_or(date)
}

/// The days shown for the month of `date`: from the Monday on or before the 1st, six weeks.
pub fn month_grid(date: NaiveDate) -> Vec<NaiveDate> {
    let first = date.with_day(1).unwrap_or(date);
    let start = first - Duration::days(i64::from(first.weekday().num_days_from_monday()));
    (0..42).map(|i| start + Duration::days(i)).collect()
}

/// A "Kalender" button that opens a month calendar; returns the picked date.
/// `shown` is the date the calendar opens on (the field's date, or today).
pub fn date_picker_button_ui(
    ui: &mut egui::Ui,
    id_salt: &str,
    shown: NaiveDate,
    field_label: &str,
) -> Option<NaiveDate> {
    let month_id = ui.make_persistent_id((id_salt, "picker_month"));
    let button = ui
        .button(t::DATE_PICKER_BUTTON)
        .on_hover_text(format!("{} {field_label}", t::DATE_PICKER_TIP));
    let mut picked = None;
    if button.clicked() {
        ui.ctx()
            .data_mut(|d| d.insert_temp(month_id, shift_month(shown, 0)));
    }
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut month = ui
                .ctx()
                .data(|d| d.get_temp::<NaiveDate>(month_id))
                .unwrap_or_else(|| shift_month(shown, 0));
            ui.horizontal(|ui| {
                if ui
                    .button("\u{ab}")
                    .on_hover_text(t::DATE_PREVIOUS_YEAR_TIP)
                    .clicked()
                {
                    month = shift_month(month, -12);
                }
                if ui
                    .button("<")
                    .on_hover_text(t::DATE_PREVIOUS_MONTH_TIP)
                    .clicked()
                {
                    month = shift_month(month, -1);
                }
                ui.strong(texts::common::MONTHS[month.month0() as usize]);
                // The year can be typed (click it) or dragged: a birth date years back is
                // a few keystrokes, not a hundred clicks (#20).
                let mut year = month.year();
                let r = ui
                    .add(
                        egui::DragValue::new(&mut year)
                            .range(1900..=2100)
                            .speed(0.2),
                    )
                    .on_hover_text(t::DATE_YEAR_TIP);
                if r.changed()
                    && let Some(d) = NaiveDate::from_ymd_opt(year, month.month(), 1)
                {
                    month = d;
                }
                if ui
                    .button(">")
                    .on_hover_text(t::DATE_NEXT_MONTH_TIP)
                    .clicked()
                {
                    month = shift_month(month, 1);
                }
                if ui
                    .button("\u{bb}")
                    .on_hover_text(t::DATE_NEXT_YEAR_TIP)
                    .clicked()
                {
                    month = shift_month(month, 12);
                }
            });
            egui::Grid::new((id_salt, "picker_grid"))
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    for day in t::DATE_WEEKDAYS_SHORT {
                        ui.label(egui::RichText::new(day).weak());
                    }
                    ui.end_row();
                    for (i, day) in month_grid(month).into_iter().enumerate() {
                        let text = egui::RichText::new(day.day().to_string());
                        let text = if day.month() == month.month() {
                            text
                        } else {
                            text.weak()
                        };
                        let r = ui
                            .selectable_label(day == shown, text)
                            .on_hover_text(super::format_date(day));
                        if r.clicked() {
                            picked = Some(day);
                        }
                        if i % 7 == 6 {
                            ui.end_row();
                        }
                    }
                });
            ui.ctx().data_mut(|d| d.insert_temp(month_id, month));
            if picked.is_some() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                ui.close();
            }
        });
    picked
}

/// A `dd-mm-jjjj` text input with the calendar button beside it; `label` is shown before
/// it and names it for screen readers. The text stays as typed; when the focus has left
/// and it is no date, the error shows beside the field, on the same line (#20).
/// `today` (the app's clock) is where the calendar opens while the field holds no date.
pub fn date_text_ui(
    ui: &mut egui::Ui,
    label: &str,
    text: &mut String,
    id_salt: &str,
    today: NaiveDate,
) {
    let l = ui.label(label);
    ui.horizontal(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(text)
                    .id_salt((id_salt, "date"))
                    .hint_text(t::DATE_FORMAT_HINT)
                    .desired_width(140.0),
            )
            .labelled_by(l.id);
        let parsed = super::parse_date(text);
        let shown = parsed.unwrap_or(today);
        if let Some(day) = date_picker_button_ui(ui, id_salt, shown, label) {
            *text = super::format_date(day);
        } else if parsed.is_none() && !r.has_focus() && !text.trim().is_empty() {
            ui.colored_label(ui.visuals().error_fg_color, t::DATE_FORMAT_ERROR);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn months_shift_across_years() {
        assert_eq!(shift_month(d(2026, 1, 31), -1), d(2025, 12, 1));
        assert_eq!(shift_month(d(2026, 12, 5), 1), d(2027, 1, 1));
        assert_eq!(shift_month(d(2026, 3, 15), 0), d(2026, 3, 1));
    }

    #[test]
    fn grid_starts_on_monday_and_holds_the_month() {
        let grid = month_grid(d(2026, 11, 20));
        assert_eq!(grid.len(), 42);
        assert_eq!(grid[0].weekday(), chrono::Weekday::Mon);
        assert!(grid.contains(&d(2026, 11, 1)));
        assert!(grid.contains(&d(2026, 11, 30)));
        assert_eq!(grid[0], d(2026, 10, 26));
    }
}
