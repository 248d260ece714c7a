//! The melding to Veilig Thuis: the meldformulier answers, the checklist before sending,
//! and what happened after sending.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::values::Answers;
use crate::texts;

/// The phone call to Veilig Thuis that precedes a written melding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VeiligThuisCall {
    /// When.
    pub at: NaiveDateTime,
    /// Name of the Veilig Thuis employee.
    pub employee: String,
}

/// The checklist that must be answered before the melding can be exported.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Checklist {
    /// Veilig Thuis was phoned first.
    pub call: Option<VeiligThuisCall>,
    /// Whether the family was told about the melding.
    pub family_informed: Option<bool>,
    /// If not: the *open melden, tenzij* exception (choice id from the form set).
    pub exception: Option<String>,
    /// Why the exception applies.
    pub exception_motivation: String,
    /// The secure channel it goes through (Zivver, ZorgMail, SecuMailer, …).
    pub channel: String,
}

impl Checklist {
    /// What is still missing, as Dutch sentences from [`crate::texts`]; empty when complete.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        match &self.call {
            None => missing.push(texts::messages::CHECK_NOT_PHONED),
            Some(c) if c.employee.trim().is_empty() => {
                missing.push(texts::messages::CHECK_NO_EMPLOYEE);
            }
            Some(_) => {}
        }
        match self.family_informed {
            None => missing.push(texts::messages::CHECK_FAMILY_UNKNOWN),
            Some(false) => {
                if self
                    .exception
                    .as_deref()
                    .is_none_or(|e| e.trim().is_empty())
                {
                    missing.push(texts::messages::CHECK_NO_EXCEPTION);
                }
                if self.exception_motivation.trim().is_empty() {
                    missing.push(texts::messages::CHECK_NO_MOTIVATION);
                }
            }
            Some(true) => {}
        }
        if self.channel.trim().is_empty() {
            missing.push(texts::messages::CHECK_NO_CHANNEL);
        }
        missing
    }
}

/// What was recorded after the melding was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// When it was sent.
    pub on: NaiveDate,
    /// Veilig Thuis' reference for the melding.
    pub veilig_thuis_reference: String,
    /// The agreed follow-up.
    pub follow_up: String,
    /// When the follow-up is due.
    pub follow_up_on: Option<NaiveDate>,
}

/// The melding of a dossier.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Melding {
    /// Answers to the meldformulier (prefilled from the dossier, then edited).
    pub answers: Answers,
    /// The checklist before sending.
    pub checklist: Checklist,
    /// After sending.
    pub sent: Option<Sent>,
}

impl Melding {
    /// Whether the melding was made under an *open melden, tenzij* exception.
    pub fn under_exception(&self) -> bool {
        self.checklist.family_informed == Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checklist_names_everything_missing() {
        let c = Checklist::default();
        assert_eq!(c.missing().len(), 3);
        let c = Checklist {
            call: Some(VeiligThuisCall {
                at: NaiveDate::from_ymd_opt(2026, 11, 20)
                    .unwrap()
                    .and_hms_opt(9, 30, 0)
                    .unwrap(),
                employee: "Anouk Smit".to_owned(),
            }),
            family_informed: Some(false),
            exception: None,
            exception_motivation: String::new(),
            channel: "Zivver".to_owned(),
        };
        assert_eq!(c.missing().len(), 2);
        let c = Checklist {
            exception: Some("veiligheid_kind".to_owned()),
            exception_motivation: "Vader dreigde op 18 november de kinderen mee te nemen."
                .to_owned(),
            ..c
        };
        assert!(c.missing().is_empty());
    }
}
