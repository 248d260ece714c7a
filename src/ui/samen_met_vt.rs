//! "Samen met Veilig Thuis" as the user answers it: a checkbox, the Veilig Thuis employee
//! and the date. Used by an afwegingskader answer and by the decision; never derived from
//! the place in the tree.

use chrono::NaiveDate;

use crate::domain::VtSamen;
use crate::texts;

/// What is typed for "samen met Veilig Thuis".
#[derive(Debug, Default)]
pub struct SamenMetVtInput {
    together: bool,
    with_whom: String,
    date: String,
}

impl SamenMetVtInput {
    /// Draws the checkbox and, when ticked, the name and the date (today to start with; after
    /// that as typed).
    pub fn ui(&mut self, ui: &mut egui::Ui, label: &str, id_salt: &str, today: NaiveDate) {
        if ui.checkbox(&mut self.together, label).changed() && self.together && self.date.is_empty()
        {
            self.date = super::format_date(today);
        }
        if self.together {
            ui.indent(id_salt, |ui| {
                super::labelled_singleline_ui(
                    ui,
                    texts::window::AFWEGINGSKADER_VT_EMPLOYEE_LABEL,
                    &mut self.with_whom,
                );
                super::date_picker::date_text_ui(
                    ui,
                    texts::window::VT_TOGETHER_DATE_LABEL,
                    &mut self.date,
                    id_salt,
                    today,
                );
            });
        }
    }

    /// The answer, or why it cannot be recorded yet (Dutch). `Ok(None)`: not together with
    /// Veilig Thuis.
    pub fn value(&self) -> Result<Option<VtSamen>, &'static str> {
        if !self.together {
            return Ok(None);
        }
        if self.with_whom.trim().is_empty() {
            return Err(texts::messages::DECISION_NO_VT_CONTACT);
        }
        let on = super::parse_date(&self.date).ok_or(texts::window::DATE_FORMAT_ERROR)?;
        Ok(Some(VtSamen {
            with_whom: self.with_whom.trim().to_owned(),
            on,
        }))
    }

    /// Empties the input after it was sent.
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}
