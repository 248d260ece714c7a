//! Dates as the user types them: the one Dutch parser ([`crate::form::dates`]) with "today"
//! from the session's clock.

use chrono::NaiveDate;

use super::{OpsError, Session};
pub use crate::form::dates::{DateError, DateUse, format_date, format_date_time};

/// Parses a date typed by the user for a use; `vandaag` is the session's today.
pub fn parse(session: &Session, s: &str, used_for: DateUse) -> Result<NaiveDate, OpsError> {
    crate::form::dates::parse_date_for(s, session.today(), used_for)
        .map_err(|e| OpsError::Refused(e.dutch_message()))
}

/// Checks that a date already read fits its use.
pub fn check(session: &Session, d: NaiveDate, used_for: DateUse) -> Result<NaiveDate, OpsError> {
    crate::form::dates::check_range(d, session.today(), used_for)
        .map_err(|e| OpsError::Refused(e.dutch_message()))
}
