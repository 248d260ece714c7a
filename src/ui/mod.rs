//! egui views, one per file. Views read [`AppState`] and push [`Command`]s; they never
//! change dossier data themselves.

pub mod about;
pub mod afspraken_view;
pub mod afweging_view;
pub mod anonymise_dialog;
pub mod certificate_view;
pub mod consultation_view;
pub mod correction_request_view;
pub mod date_picker;
pub mod dossier_list;
pub mod dossier_view;
pub mod export_dialog;
pub mod family_view;
pub mod file_chooser;
pub mod followup_views;
pub mod form_view;
pub mod gesprek_view;
pub mod hint_target;
pub mod info_request_view;
pub mod lazy_list;
pub mod letter_view;
pub mod lint_editor;
pub mod lint_field;
pub mod lock_bar;
pub mod lock_screen;
pub mod melding_view;
pub mod new_dossier_view;
pub mod open_hints;
pub mod organisation_view;
pub mod participation_view;
pub mod persons_view;
pub mod plain;
pub mod profile_view;
pub mod record_summary;
pub mod samen_met_vt;
pub mod settings_view;
pub mod shortcuts;
pub mod signal_facts_view;
pub mod signals_view;
pub mod timeline;
pub mod top_bar;
pub mod urgent_view;
pub mod users_view;
pub mod wizard;

use crate::app::Nav;
use crate::app::{AppState, Command, Screen};
use crate::texts;

/// The view-local state of every screen: drafts, search text, dialog fields.
#[derive(Debug, Default)]
pub struct Views {
    /// The dossier list.
    pub list: dossier_list::DossierListView,
    /// The dossier screen.
    pub dossier: dossier_view::DossierView,
    /// The organisation screen.
    pub organisation: organisation_view::OrganisationView,
    /// The lock screen.
    pub lock: lock_screen::LockView,
    /// The wizard.
    pub wizard: wizard::WizardView,
    /// The read-only bar with its take-over confirmation.
    pub lock_bar: lock_bar::LockBarView,
    /// The "Nieuw dossier" form.
    pub new_dossier: new_dossier_view::NewDossierView,
}

/// Draws the whole window.
pub fn root_ui(ui: &mut egui::Ui, state: &AppState, views: &mut Views, cmds: &mut Vec<Command>) {
    let Views {
        list,
        dossier,
        organisation,
        lock,
        wizard,
        lock_bar,
        new_dossier,
    } = views;
    if state.locked {
        egui::CentralPanel::default().show(ui, |ui| lock.ui(ui, state, cmds));
        return;
    }
    egui::Panel::top("top_bar").show(ui, |ui| {
        top_bar::top_bar_ui(ui, state, cmds);
        lock_bar.ui(ui, state, cmds);
        vault_warning_ui(ui, state, cmds);
    });
    if let Some(message) = &state.message {
        egui::Panel::bottom("message_bar").show(ui, |ui| message_ui(ui, message, cmds));
    }
    if state.screen != Screen::NewDossier {
        new_dossier.close();
    }
    egui::CentralPanel::default().show(ui, |ui| match &state.screen {
        Screen::Wizard => wizard.ui(ui, state.prefs.last_vault_path.is_none(), cmds),
        Screen::List => list.ui(ui, state, cmds),
        Screen::Dossier { id, step } => match state.dossier(*id) {
            Some(d) => dossier.ui(ui, state, d, *step, cmds),
            None => {
                ui.label(texts::messages::DOSSIER_NONE_OPEN);
            }
        },
        Screen::Organisation => organisation.ui(ui, state, cmds),
        Screen::Settings => settings_view::settings_ui(ui, state, cmds),
        Screen::NewDossier => new_dossier.ui(ui, state, cmds),
    });
}

/// The warning that the vault opened is older than one this computer saw, with the dates,
/// and the button to go on with it as the current version.
fn vault_warning_ui(ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let Some(warning) = &state.vault_warning else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(ui.visuals().warn_fg_color, warning);
        if ui
            .button(texts::window::VAULT_ROLLBACK_ACCEPT_BUTTON)
            .clicked()
        {
            cmds.push(Command::Op(crate::app::Op::VaultCare(
                crate::app::VaultCareCommand::AcceptOlder,
            )));
        }
    });
}

fn message_ui(ui: &mut egui::Ui, message: &crate::app::Message, cmds: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let color = if message.error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().strong_text_color()
        };
        ui.colored_label(color, &message.text);
        if ui.button(texts::window::CLOSE_BUTTON).clicked() {
            cmds.push(Command::Nav(Nav::DismissMessage));
        }
    });
    for item in &message.items {
        ui.label(format!("\u{2022} {}", plain::user_text(item)));
    }
    ui.add_space(4.0);
}

/// A button for a command, with its tooltip and shortcut from the one command list.
pub fn command_button_ui(ui: &mut egui::Ui, command: Command, cmds: &mut Vec<Command>) {
    let (label, tooltip) = command.label_and_tooltip();
    let tooltip = match shortcuts::shortcut(&command) {
        Some(s) => format!("{tooltip} ({})", ui.ctx().format_shortcut(&s)),
        None => tooltip.to_owned(),
    };
    if ui.button(label).on_hover_text(tooltip).clicked() {
        cmds.push(command);
    }
}

/// A labelled one-line text field as a row of a two-column grid; `masked` hides what is
/// typed (passphrases, passwords). The label names the field for screen readers.
pub fn grid_text_row(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut String,
    masked: bool,
) -> egui::Response {
    let l = ui.label(label);
    let r = ui
        .add(
            egui::TextEdit::singleline(value)
                .password(masked)
                .desired_width(320.0),
        )
        .labelled_by(l.id);
    ui.end_row();
    r
}

/// A labelled one-line text input; the label names the input for screen readers.
pub fn labelled_singleline_ui(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
        .labelled_by(label.id)
}

/// A labelled multi-line text input.
pub fn labelled_multiline_ui(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_width(f32::INFINITY)
            .desired_rows(3),
    )
    .labelled_by(label.id)
}

/// Drops egui's own state of the text field `id` (its undo history holds copies of what was
/// typed): called once a passphrase field is used.
pub fn forget_typed(ui: &egui::Ui, id: egui::Id) {
    ui.data_mut(|d| d.remove::<egui::text_edit::TextEditState>(id));
}

/// The writing-check options: the organisation's vocabulary and the hints kept in the dossier.
pub fn lint_options(
    state: &AppState,
    dossier: Option<&crate::domain::Dossier>,
) -> crate::lint::LintOptions {
    crate::app::hints::lint_options(state, dossier)
}

/// A small painted arrow pointing right (the bundled fonts have no arrow glyph).
pub fn arrow_ui(ui: &mut egui::Ui) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(22.0, 14.0), egui::Sense::hover());
    let stroke = egui::Stroke::new(1.5, ui.visuals().text_color());
    ui.painter().arrow(
        rect.left_center() + egui::vec2(2.0, 0.0),
        egui::vec2(rect.width() - 4.0, 0.0),
        stroke,
    );
}

/// Parses a date typed in a field with the one Dutch parser ([`crate::form::dates`]):
/// `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj`, `jjjj-mm-dd`; the year must have four digits, so
/// a half-typed "02-12-2" is no date. (`vandaag` needs today: the date fields that pass it
/// call [`crate::form::parse_date`] themselves.)
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    crate::form::parse_date(text, None).ok()
}

/// Parses a typed Dutch date and time (`dd-mm-jjjj uu:mm`) with the one parser; a
/// half-typed time ("15:0") is no time.
pub fn parse_date_time(text: &str) -> Option<chrono::NaiveDateTime> {
    crate::form::parse_date_time(text, None).ok()
}

/// Formats as `dd-mm-jjjj`.
pub fn format_date(date: chrono::NaiveDate) -> String {
    crate::form::format_date(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_as_dd_mm_jjjj() {
        let d = parse_date(" 02-11-2026 ").expect("valid");
        assert_eq!(format_date(d), "02-11-2026");
        assert_eq!(
            parse_date("2026-11-02"),
            Some(d),
            "the one parser reads ISO dates too"
        );
        assert_eq!(parse_date("2-11-2026"), Some(d));
        assert!(parse_date("02-11-26").is_none());
        assert!(parse_date("31-02-2026").is_none());
        assert!(parse_date("02-12-2").is_none(), "half-typed year");
        assert!(parse_date("02-12-202").is_none(), "half-typed year");
        assert!(
            parse_date_time("02-12-2026 15:0").is_none(),
            "half-typed time"
        );
        assert_eq!(
            parse_date_time("02-12-2026 15:00").map(|d| d.format("%d-%m-%Y %H:%M").to_string()),
            Some("02-12-2026 15:00".to_owned())
        );
    }
}
