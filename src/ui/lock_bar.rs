//! The read-only bar (#26): who holds the vault, on which computer and since when; a live
//! lock offers "Opnieuw proberen", a stale one of someone else "Overnemen" after a
//! confirmation that says what taking over means.

use crate::app::Op;
use crate::app::lock_takeover::{LockCommand, LockInfo, LockStatus};
use crate::app::{AppState, Command};
use crate::texts::window as t;

/// Whether the confirmation to take over is open.
#[derive(Debug, Default)]
pub struct LockBarView {
    confirming: bool,
}

fn local(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%d-%m-%Y %H:%M")
        .to_string()
}

fn holder_line(holder: &LockInfo) -> String {
    format!(
        "{} {} {} {} {} {}.",
        t::LOCK_HELD_BY,
        holder.user,
        t::LOCK_ON_COMPUTER,
        holder.workstation,
        t::LOCK_SINCE,
        local(holder.since)
    )
}

impl LockBarView {
    /// Draws the bar when the vault is open read-only; nothing otherwise.
    pub fn ui(&mut self, ui: &mut egui::Ui, state: &AppState, cmds: &mut Vec<Command>) {
        if state.read_only_holder.is_none() {
            self.confirming = false;
            return;
        }
        let warn = ui.visuals().warn_fg_color;
        match &state.lock_status {
            LockStatus::Own => {}
            LockStatus::Busy(holder) => {
                self.confirming = false;
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(warn, holder_line(holder));
                    ui.label(t::LOCK_BUSY_HELP);
                    if ui
                        .button(t::LOCK_RETRY_BUTTON)
                        .on_hover_text(t::LOCK_RETRY_TIP)
                        .clicked()
                    {
                        cmds.push(Command::Op(Op::VaultLock(LockCommand::Retry)));
                    }
                });
            }
            LockStatus::Stale(holder) => {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(warn, holder_line(holder));
                    ui.label(format!(
                        "{} {}.",
                        t::LOCK_STALE_HELP,
                        local(holder.heartbeat)
                    ));
                    if !self.confirming && ui.button(t::LOCK_TAKE_OVER_BUTTON).clicked() {
                        self.confirming = true;
                    }
                });
                if self.confirming {
                    ui.group(|ui| {
                        ui.strong(t::LOCK_CONFIRM_TITLE);
                        ui.label(t::LOCK_CONFIRM_TEXT);
                        ui.horizontal(|ui| {
                            if ui.button(t::LOCK_CONFIRM_YES_BUTTON).clicked() {
                                self.confirming = false;
                                cmds.push(Command::Op(Op::VaultLock(LockCommand::TakeOver)));
                            }
                            if ui.button(t::CANCEL_BUTTON).clicked() {
                                self.confirming = false;
                            }
                        });
                    });
                }
            }
        }
    }
}
