//! Organisation set-up: the `protocol` form, editable any time.

use crate::app::{AppState, Command};
use crate::texts;

use super::form_view::{FormContext, FormView};

/// The form view of the protocol.
#[derive(Debug, Default)]
pub struct OrganisationView {
    form: FormView,
    export: super::export_dialog::ExportDialog,
}

impl OrganisationView {
    /// Draws the protocol form.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let Self { form, export } = self;
        ui.heading(texts::ORGANISATION);
        ui.label(format!(
            "{} \u{2014} {} ({})",
            state.profile.organisation.name, state.profile.user.name, state.profile.user.function
        ));
        export.buttons_ui(ui, state, &[crate::app::ExportKind::Protocol], None);
        export.ui(ui.ctx(), state, cmds);
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some((set, def)) = state.forms.any_form("protocol") {
                    let org = state.profile.organisation.name.clone();
                    let fill = move |s: &str| s.replace("{organisatie}", &org);
                    let cx = FormContext {
                        set,
                        persons: &[],
                        fill: &fill,
                        enabled: true,
                        lint: super::lint_options(state, None),
                    };
                    form.ui(
                        ui,
                        def,
                        &cx,
                        &state.profile.organisation.protocol,
                        &mut |field, value| {
                            cmds.push(Command::EditProtocol { field, value });
                        },
                    );
                } else {
                    ui.label(egui::RichText::new(texts::NO_PROTOCOL).weak());
                    egui::Grid::new("protocol_plain")
                        .num_columns(2)
                        .show(ui, |ui| {
                            for (k, v) in &state.profile.organisation.protocol {
                                ui.label(k);
                                ui.label(v.as_text().unwrap_or_default());
                                ui.end_row();
                            }
                        });
                }
            });
    }
}
