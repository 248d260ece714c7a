//! Organisation set-up: the profile, the vault's users, the user's signing certificate, the
//! timestamp service, the vocabulary and the `protocol` form, editable any time.

use crate::app::Op;
use crate::app::{AppState, Command};
use crate::texts;

use super::form_view::{FormContext, FormView};

/// The form view of the protocol.
#[derive(Debug, Default)]
pub struct OrganisationView {
    form: FormView,
    export: super::export_dialog::ExportDialog,
    /// The vocabulary being edited (one word per line), while the field has focus.
    vocabulary: Option<String>,
    /// The timestamp service's address being edited, while the field has focus.
    timestamp_service: Option<String>,
    profile: super::profile_view::ProfileView,
    users: super::users_view::UsersView,
    certificate: super::certificate_view::CertificateView,
    /// Whether the user asked to delete the dossiers past their bewaartermijn (the
    /// confirmation is shown).
    purge_asked: bool,
}

impl OrganisationView {
    /// Opens the certificate section and brings it into view in the next frame.
    pub fn reveal_certificate(&mut self) {
        self.certificate.reveal();
    }

    /// Draws the protocol form.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        let Self {
            form,
            export,
            vocabulary,
            timestamp_service,
            profile,
            users,
            certificate,
            purge_asked,
        } = self;
        ui.heading(texts::window::ORGANISATION_HEADING);
        ui.label(format!(
            "{} \u{2014} {} ({})",
            state.profile.organisation.name, state.profile.user.name, state.profile.user.function
        ));
        export.buttons_ui(ui, state, &[crate::app::DocumentKind::Protocol], None);
        export.ui(ui.ctx(), state, cmds);
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                profile.ui(ui, state, cmds);
                users.ui(ui, state, cmds);
                certificate.ui(ui, state, cmds);
                timestamp_ui(ui, state, timestamp_service, cmds);
                retention_ui(ui, state, purge_asked, cmds);
                vocabulary_ui(ui, state, vocabulary, cmds);
                if let Some((set, def)) = state.forms.any_form("protocol") {
                    let org = state.profile.organisation.name.clone();
                    let fill = move |s: &str| s.replace("{organisatie}", &org);
                    let cx = FormContext {
                        set,
                        persons: &[],
                        fill: &fill,
                        enabled: true,
                        lint: super::lint_options(state, None),
                        today: state.today(),
                        records: None,
                    };
                    form.ui(
                        ui,
                        def,
                        &cx,
                        &state.profile.organisation.protocol,
                        &mut |field, value| {
                            cmds.push(Command::Op(Op::EditProtocol { field, value }));
                        },
                    );
                } else {
                    ui.label(
                        egui::RichText::new(texts::window::ORGANISATION_PROTOCOL_FORM_NOT_FOUND)
                            .weak(),
                    );
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

/// The dossiers past their bewaartermijn, with a confirm-to-delete; nothing while there
/// are none.
fn retention_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    purge_asked: &mut bool,
    cmds: &mut Vec<Command>,
) {
    if state.expired.is_empty() {
        *purge_asked = false;
        return;
    }
    ui.add_space(6.0);
    ui.strong(
        texts::window::RETENTION_EXPIRED_LABEL.replace("{n}", &state.expired.len().to_string()),
    );
    let references: Vec<&str> = state.expired.iter().map(|(_, r)| r.as_str()).collect();
    ui.label(references.join(", "));
    if !*purge_asked {
        *purge_asked = ui.button(texts::window::RETENTION_PURGE_BUTTON).clicked();
        return;
    }
    ui.colored_label(
        ui.visuals().warn_fg_color,
        texts::window::RETENTION_PURGE_CONFIRM_TEXT,
    );
    ui.horizontal(|ui| {
        if ui
            .button(texts::window::RETENTION_PURGE_CONFIRM_BUTTON)
            .clicked()
        {
            cmds.push(Command::Op(Op::PurgeExpired));
            *purge_asked = false;
        }
        if ui.button(texts::window::CANCEL_BUTTON).clicked() {
            *purge_asked = false;
        }
    });
}

/// The organisation's RFC 3161 timestamp service: signing asks it for a timestamp when
/// set. Committed when the field loses focus.
fn timestamp_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    editing: &mut Option<String>,
    cmds: &mut Vec<Command>,
) {
    egui::CollapsingHeader::new(texts::window::TIMESTAMP_SERVICE_HEADING)
        .id_salt("timestamp_service")
        .show(ui, |ui| {
            ui.label(egui::RichText::new(texts::window::TIMESTAMP_SERVICE_HELP).weak());
            ui.horizontal(|ui| {
                let text = editing
                    .get_or_insert_with(|| state.profile.organisation.timestamp_service.clone());
                let label = ui.label(texts::window::TIMESTAMP_SERVICE_LABEL);
                let response = ui
                    .add(egui::TextEdit::singleline(text).desired_width(320.0))
                    .labelled_by(label.id);
                if response.lost_focus() {
                    cmds.push(Command::Op(Op::SetTimestampService(text.trim().to_owned())));
                    *editing = None;
                } else if !response.has_focus() {
                    *editing = None;
                }
            });
        });
    ui.add_space(6.0);
}

/// The organisation's vocabulary: words the writing check accepts, such as an abbreviation
/// the whole team uses. Committed when the field loses focus.
fn vocabulary_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    editing: &mut Option<String>,
    cmds: &mut Vec<Command>,
) {
    egui::CollapsingHeader::new(texts::window::VOCABULARY_HEADING)
        .id_salt("vocabulary")
        .show(ui, |ui| {
            ui.label(egui::RichText::new(texts::window::VOCABULARY_HELP).weak());
            let text =
                editing.get_or_insert_with(|| state.profile.organisation.vocabulary.join("\n"));
            let label = ui.label(texts::window::VOCABULARY_LABEL);
            let response = ui
                .add(
                    egui::TextEdit::multiline(text)
                        .desired_rows(3)
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
            if response.lost_focus() {
                cmds.push(Command::Op(Op::SetVocabulary(
                    text.lines().map(str::to_owned).collect(),
                )));
                *editing = None;
            } else if !response.has_focus() {
                *editing = None;
            }
        });
    ui.add_space(6.0);
}
