//! The one Dutch date parser, for form fields, the window's date fields and the command
//! line alike.
//!
//! Accepted: `d-m-jjjj`, `dd-mm-jjjj`, `dd/mm/jjjj`, `jjjj-mm-dd` and `vandaag` (when the
//! caller knows today); date-times as `dd-mm-jjjj uu:mm`. A two-digit year is refused with
//! a hint. Ranges are checked where the value is used ([`DateUse`]).

use chrono::{Datelike as _, Months, NaiveDate, NaiveDateTime, NaiveTime};

use crate::texts::messages as t;

/// Why a date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not a date in an accepted form.
    #[error("not a date (dd-mm-jjjj, jjjj-mm-dd or vandaag)")]
    Unreadable,
    /// Not a date and time in the form `dd-mm-jjjj uu:mm`.
    #[error("not a date and time (dd-mm-jjjj uu:mm)")]
    UnreadableTime,
    /// A two-digit year.
    #[error("write the year in four digits")]
    TwoDigitYear,
    /// After today where only the past fits.
    #[error("the date is after today")]
    InFuture,
    /// More than 20 years back.
    #[error("the date is more than 20 years back")]
    TooOld,
    /// A birth date before 1900 or after today.
    #[error("a birth date lies between 1900 and today")]
    BirthRange,
    /// More than 5 years ahead.
    #[error("the date is more than 5 years ahead")]
    TooFarAhead,
}

impl DateError {
    /// The message for the user, in Dutch.
    pub fn dutch_message(self) -> &'static str {
        match self {
            DateError::Unreadable => t::DATE_UNREADABLE,
            DateError::UnreadableTime => t::DATE_TIME_UNREADABLE,
            DateError::TwoDigitYear => t::DATE_TWO_DIGIT_YEAR,
            DateError::InFuture => t::DATE_IN_FUTURE,
            DateError::TooOld => t::DATE_TOO_OLD,
            DateError::BirthRange => t::DATE_BIRTH_OUT_OF_RANGE,
            DateError::TooFarAhead => t::DATE_TOO_FAR_AHEAD,
        }
    }
}

/// What a date is for, which sets the range it must fall in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateUse {
    /// Something that happened: an observation, conversation, consultation or decision.
    /// Not after today, not more than 20 years back.
    Happened,
    /// A birth date: from 1900 to today.
    Birth,
    /// An agreement or follow-up: up to 5 years ahead, not more than 20 years back.
    Planned,
    /// No range.
    Any,
}

/// Parses a Dutch date. `today` makes `vandaag` a date; without it `vandaag` is refused.
pub fn parse_date(s: &str, today: Option<NaiveDate>) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("vandaag") {
        return today.ok_or(DateError::Unreadable);
    }
    let sep = if s.contains('/') { '/' } else { '-' };
    let parts: Vec<&str> = s.split(sep).collect();
    let [first, second, third] = parts[..] else {
        return Err(DateError::Unreadable);
    };
    if ![first, second, third]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(DateError::Unreadable);
    }
    let (day, month, year) = if first.len() == 4 && sep == '-' {
        (third, second, first)
    } else {
        (first, second, third)
    };
    if !(1..=2).contains(&day.len()) || !(1..=2).contains(&month.len()) {
        return Err(DateError::Unreadable);
    }
    match year.len() {
        4 => {}
        1 | 2 => return Err(DateError::TwoDigitYear),
        _ => return Err(DateError::Unreadable),
    }
    let num = |p: &str| p.parse::<u32>().map_err(|_| DateError::Unreadable);
    let year = i32::try_from(num(year)?).map_err(|_| DateError::Unreadable)?;
    NaiveDate::from_ymd_opt(year, num(month)?, num(day)?).ok_or(DateError::Unreadable)
}

/// Parses a Dutch date and checks it fits its use.
pub fn parse_date_for(
    s: &str,
    today: NaiveDate,
    used_for: DateUse,
) -> Result<NaiveDate, DateError> {
    let d = parse_date(s, Some(today))?;
    check_range(d, today, used_for)
}

/// Checks that a date fits its use.
pub fn check_range(
    d: NaiveDate,
    today: NaiveDate,
    used_for: DateUse,
) -> Result<NaiveDate, DateError> {
    let years_back = today
        .checked_sub_months(Months::new(20 * 12))
        .unwrap_or(NaiveDate::MIN);
    let years_ahead = today
        .checked_add_months(Months::new(5 * 12))
        .unwrap_or(NaiveDate::MAX);
    match used_for {
        DateUse::Happened if d > today => Err(DateError::InFuture),
        DateUse::Happened | DateUse::Planned if d < years_back => Err(DateError::TooOld),
        DateUse::Planned if d > years_ahead => Err(DateError::TooFarAhead),
        DateUse::Birth if d.year() < 1900 || d > today => Err(DateError::BirthRange),
        _ => Ok(d),
    }
}

/// Parses a Dutch date and time: a date as [`parse_date`] reads it, a space, `uu:mm`. The
/// minutes need two digits, so a half-typed "15:0" is no time.
pub fn parse_date_time(s: &str, today: Option<NaiveDate>) -> Result<NaiveDateTime, DateError> {
    let (date, time) = s.trim().split_once(' ').ok_or(DateError::UnreadableTime)?;
    let time = time.trim();
    let two_digit_minutes = time
        .split_once(':')
        .is_some_and(|(_, m)| m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()));
    if !two_digit_minutes {
        return Err(DateError::UnreadableTime);
    }
    let time = NaiveTime::parse_from_str(time, "%H:%M").map_err(|_| DateError::UnreadableTime)?;
    Ok(parse_date(date, today)?.and_time(time))
}

/// Formats a date the Dutch way: `dd-mm-jjjj`.
pub fn format_date(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// Formats a date and time the Dutch way: `dd-mm-jjjj uu:mm`.
pub fn format_date_time(at: NaiveDateTime) -> String {
    at.format("%d-%m-%Y %H:%M").to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_accepted_form_reads_the_same_date() {
        let d = ymd(2026, 3, 2);
        for s in [
            "02-03-2026",
            "2-3-2026",
            "02/03/2026",
            " 2/3/2026 ",
            "2026-03-02",
        ] {
            assert_eq!(parse_date(s, None), Ok(d), "{s:?}");
        }
        assert_eq!(parse_date("Vandaag", Some(d)), Ok(d));
        assert_eq!(parse_date("vandaag", None), Err(DateError::Unreadable));
        assert_eq!(parse_date(&format_date(d), None), Ok(d));
    }

    #[test]
    fn two_digit_years_get_a_hint_and_nonsense_is_refused() {
        assert_eq!(parse_date("02-03-26", None), Err(DateError::TwoDigitYear));
        assert_eq!(parse_date("2/3/26", None), Err(DateError::TwoDigitYear));
        for s in [
            "",
            "31-02-2026",
            "02-03/2026",
            "Zoë",
            "1-1-2026-1",
            "٠٢-٠٣-٢٠٢٦",
            "+2-03-2026",
            "2026/03/02",
            "2 nov",
        ] {
            assert_eq!(parse_date(s, None), Err(DateError::Unreadable), "{s:?}");
        }
    }

    #[test]
    fn ranges_follow_the_use() {
        let today = ymd(2026, 11, 23);
        assert_eq!(
            parse_date_for("24-11-2026", today, DateUse::Happened),
            Err(DateError::InFuture)
        );
        assert!(parse_date_for("vandaag", today, DateUse::Happened).is_ok());
        assert_eq!(
            parse_date_for("22-11-2006", today, DateUse::Happened),
            Err(DateError::TooOld)
        );
        assert!(parse_date_for("23-11-2006", today, DateUse::Happened).is_ok());
        assert_eq!(
            parse_date_for("31-12-1899", today, DateUse::Birth),
            Err(DateError::BirthRange)
        );
        assert!(parse_date_for("01-01-1900", today, DateUse::Birth).is_ok());
        assert!(parse_date_for("23-11-2031", today, DateUse::Planned).is_ok());
        assert_eq!(
            parse_date_for("24-11-2031", today, DateUse::Planned),
            Err(DateError::TooFarAhead)
        );
    }

    #[test]
    fn date_times_round_trip() {
        let at = parse_date_time("2-3-2026 14:05", None).unwrap();
        assert_eq!(format_date_time(at), "02-03-2026 14:05");
        assert_eq!(
            parse_date_time("02-03-2026", None),
            Err(DateError::UnreadableTime)
        );
        assert_eq!(
            parse_date_time("02-03-2026 14:0", None),
            Err(DateError::UnreadableTime),
            "half-typed minutes"
        );
    }
}
