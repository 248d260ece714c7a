//! The signing certificate of the user who opened the vault, in the window (the
//! "Certificaat voor ondertekenen" section of the Organisatie page): whose it is, until
//! when, its fingerprint; making a personal one, importing a `.p12`/`.pfx`, replacing after a confirmation and writing a
//! backup, all through [`crate::ops::identity`], the same as `meldcode cert
//! new|import|export|show`.

use std::path::PathBuf;

use super::{App, AppError, Message, Passphrase};
use crate::ops::OpsError;
use crate::ops::identity::{self, CertificateSummary, KeyAlgorithm, NewCertificate};
use crate::texts;
use crate::texts::window as t;

/// What the certificate section asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateCommand {
    /// Make a personal self-signed certificate and keep it in the vault.
    Create {
        /// The holder's full name.
        name: String,
        /// Their function.
        function: String,
        /// Their organisation.
        organisation: String,
        /// Their e-mail address.
        email: String,
        /// Replace the vault's certificate (the section asked for confirmation).
        replace: bool,
    },
    /// Put the certificate of a `.p12`/`.pfx` file into the vault.
    Import {
        /// The file.
        path: PathBuf,
        /// Its password.
        password: Passphrase,
        /// Replace the vault's certificate (the section asked for confirmation).
        replace: bool,
    },
    /// Write the vault's certificate with its private key to a new `.p12`.
    Backup {
        /// The file to write (must not exist).
        path: PathBuf,
        /// The password for that file (the section checked it was typed twice the same).
        password: Passphrase,
    },
}

/// The certificate section's data, refreshed when a vault opens and after every change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CertificateState {
    /// Whether a vault is open (the example keeps no certificate).
    pub in_vault: bool,
    /// The vault user whose certificate the section shows and manages (who opened it).
    pub user: crate::domain::Actor,
    /// That user's certificate, if they have one.
    pub current: Option<CertificateSummary>,
    /// Why the last request was refused, shown in the section.
    pub refusal: Option<Message>,
    /// Counts the requests carried out, so the section knows when to empty its fields.
    pub done: u32,
}

impl App {
    /// Reads whether the user who opened the vault has a certificate in it, and whose name
    /// it bears (no audit entry: the key stays in the vault). An older vault's shared
    /// certificate moves to its owner first ([`identity::settle_shared`]).
    pub(super) fn refresh_certificate(&mut self) {
        let in_vault = self.session.store.vault().is_some();
        if in_vault && let Err(e) = identity::settle_shared(&mut self.session) {
            self.state.certificate.refusal = Some(AppError::from(e).message());
        }
        let current = if in_vault {
            identity::summary(&self.session).unwrap_or_else(|e| {
                self.state.certificate.refusal = Some(AppError::from(e).message());
                None
            })
        } else {
            None
        };
        self.state.exports.has_certificate = current.is_some();
        let cert = &mut self.state.certificate;
        cert.in_vault = in_vault;
        cert.user = self.session.actor.clone();
        cert.current = current;
    }

    /// Makes, imports or backs up the certificate. A refusal is kept for the section
    /// instead of the message bar; nothing changes on a refusal.
    pub(super) fn handle_certificate(&mut self, command: CertificateCommand) {
        let done = match command {
            CertificateCommand::Create {
                name,
                function,
                organisation,
                email,
                replace,
            } => {
                let request = NewCertificate {
                    name,
                    function,
                    organisation,
                    email,
                    algorithm: KeyAlgorithm::Rsa2048,
                    not_before: self.session.now(),
                    valid_days: identity::DEFAULT_VALID_DAYS,
                };
                identity::create_in_vault(&mut self.session, request, replace)
                    .map(|_| t::CERTIFICATE_CREATED_MESSAGE)
            }
            CertificateCommand::Import {
                path,
                password,
                replace,
            } => identity::read_certificate_file(&path)
                .and_then(|p12| {
                    identity::import_into_vault(&mut self.session, &p12, password.secret(), replace)
                })
                .map(|_| t::CERTIFICATE_IMPORTED_MESSAGE),
            CertificateCommand::Backup { path, password } => {
                identity::backup_to_file(&mut self.session, password.secret(), &path)
                    .map(|()| t::CERTIFICATE_BACKUP_WRITTEN_MESSAGE)
            }
        };
        match done {
            Ok(text) => {
                self.state.certificate.refusal = None;
                self.state.certificate.done += 1;
                self.state.message = Some(Message {
                    error: false,
                    text: text.to_owned(),
                    items: Vec::new(),
                });
            }
            Err(e) => self.state.certificate.refusal = Some(refusal(e)),
        }
        self.refresh_certificate();
    }
}

/// The refusal for the section: the operation's Dutch message, except that a certificate
/// already in the vault is told in the window's own terms (the command line's names its
/// `--replace` flag).
fn refusal(e: OpsError) -> Message {
    match e {
        OpsError::Refused(text) if text == texts::messages::CERTIFICATE_EXISTS => {
            AppError::Text(t::CERTIFICATE_EXISTS_REFUSED).message()
        }
        other => AppError::from(other).message(),
    }
}
