//! The About page: what the program is, its version, commit and build date (the same as
//! `meldcode --version`), and its licence. Holds no state and no dossier content.

use crate::build_info;
use crate::texts::about as t;

/// Draws the About page.
pub fn about_ui(ui: &mut egui::Ui) {
    ui.heading(t::ABOUT_TITLE);
    ui.add_space(8.0);
    ui.label(t::ABOUT_WHAT);
    ui.add_space(8.0);
    egui::Grid::new("about")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for (label, value) in [
                (t::ABOUT_VERSION, build_info::VERSION),
                (t::ABOUT_COMMIT, build_info::COMMIT),
                (t::ABOUT_BUILT, build_info::BUILD_DATE),
                (t::ABOUT_LICENCE, build_info::LICENCE),
            ] {
                ui.strong(label);
                ui.label(value);
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    ui.label(t::ABOUT_LICENCE_TEXT);
    ui.label(t::ABOUT_THIRD_PARTY);
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable as _};

    #[test]
    fn shows_version_commit_date_and_licence() {
        let harness = Harness::new_ui(about_ui);
        harness.get_by_label(t::ABOUT_TITLE);
        for value in [
            build_info::VERSION,
            build_info::COMMIT,
            build_info::BUILD_DATE,
            "EUPL-1.2",
        ] {
            harness.get_by_label(value);
        }
        assert!(build_info::VERSION_LINE.contains(build_info::COMMIT));
    }
}
