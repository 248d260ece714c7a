//! The melding as an RFC 5322 mail draft (`.eml`): MIME multipart, UTF-8 body, the
//! meldformulier attached, `X-Unsent: 1` so Outlook and Thunderbird open it as a draft.
//!
//! The app never sends mail itself: the draft goes to the organisation's secure mail
//! (Zivver, ZorgMail, SecuMailer, …). Pure: bytes in, bytes out; date and message id are
//! passed in.

use std::fmt::Write as _;

use base64::Engine as _;
use chrono::{DateTime, FixedOffset};

/// One attachment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name as the recipient sees it; must contain no person's name.
    pub file_name: String,
    /// MIME type, e.g. `application/pdf`.
    pub content_type: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// Everything a draft needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailDraft {
    /// Sender address, if known.
    pub from: Option<String>,
    /// Recipient: the organisation's configured Veilig Thuis address, if set.
    pub to: Option<String>,
    /// Subject: neutral, see [`neutral_subject`].
    pub subject: String,
    /// Plain-text body (UTF-8).
    pub body: String,
    /// Attachments, in order.
    pub attachments: Vec<Attachment>,
    /// Date header.
    pub date: DateTime<FixedOffset>,
    /// Unique part for `Message-ID` and the MIME boundary (random, from the caller).
    pub unique: String,
}

/// The subject of a melding draft: the dossier reference only, never a name.
pub fn neutral_subject(reference: &str) -> String {
    let clean: String = reference
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("Melding Veilig Thuis - dossier {clean}")
}

/// Encodes a header value: plain when it is printable ASCII, RFC 2047 base64 otherwise.
fn header_value(value: &str) -> String {
    let value: String = value.chars().filter(|c| *c != '\r' && *c != '\n').collect();
    if value.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        value
    } else {
        format!(
            "=?UTF-8?B?{}?=",
            base64::engine::general_purpose::STANDARD.encode(value.as_bytes())
        )
    }
}

/// Base64 in lines of 76 characters, CRLF-terminated.
fn base64_lines(bytes: &[u8]) -> String {
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut out = String::with_capacity(encoded.len() + encoded.len() / 38 + 2);
    for chunk in encoded.as_bytes().chunks(76) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push_str("\r\n");
    }
    out
}

/// A file name as a MIME parameter: ASCII names plain, others RFC 2231 encoded.
fn file_name_param(name: &str) -> String {
    if name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    {
        format!("filename=\"{name}\"")
    } else {
        let mut enc = String::new();
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() || b"._-".contains(&b) {
                enc.push(char::from(b));
            } else {
                write!(enc, "%{b:02X}").ok();
            }
        }
        format!("filename*=UTF-8''{enc}")
    }
}

/// Builds the `.eml` bytes.
pub fn eml(draft: &MailDraft) -> Vec<u8> {
    let unique: String = draft
        .unique
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let boundary = format!("=_meldcode_{unique}");
    let mut out = String::new();
    let mut header = |name: &str, value: &str| {
        out.push_str(name);
        out.push_str(": ");
        out.push_str(value);
        out.push_str("\r\n");
    };
    if let Some(from) = &draft.from {
        header("From", &header_value(from));
    }
    if let Some(to) = &draft.to {
        header("To", &header_value(to));
    }
    header("Subject", &header_value(&draft.subject));
    header("Date", &draft.date.to_rfc2822());
    header(
        "Message-ID",
        &format!("<{unique}@meldcode-dossier.invalid>"),
    );
    header("MIME-Version", "1.0");
    header("X-Unsent", "1");
    header(
        "Content-Type",
        &format!("multipart/mixed; boundary=\"{boundary}\""),
    );
    out.push_str("\r\n");
    out.push_str("This is a multi-part message in MIME format.\r\n");
    write!(out, "--{boundary}\r\n").ok();
    out.push_str("Content-Type: text/plain; charset=utf-8\r\n");
    out.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
    let body = draft.body.replace("\r\n", "\n").replace('\n', "\r\n");
    out.push_str(&base64_lines(body.as_bytes()));
    for a in &draft.attachments {
        write!(out, "--{boundary}\r\n").ok();
        write!(out, "Content-Type: {}\r\n", a.content_type).ok();
        write!(
            out,
            "Content-Disposition: attachment; {}\r\n",
            file_name_param(&a.file_name)
        )
        .ok();
        out.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
        out.push_str(&base64_lines(&a.bytes));
    }
    write!(out, "--{boundary}--\r\n").ok();
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> MailDraft {
        MailDraft {
            from: Some("Sanne Bakker <s.bakker@regenboog.example>".to_owned()),
            to: Some("meldingen@veiligthuis.example".to_owned()),
            subject: neutral_subject("MD-2026-0001"),
            body: "Beste medewerker,\nIn de bijlage: het meldformulier over Zoë.\n".to_owned(),
            attachments: vec![Attachment {
                file_name: "MD-2026-0001_meldformulier.pdf".to_owned(),
                content_type: "application/pdf".to_owned(),
                bytes: (0..=255u8).cycle().take(5000).collect(),
            }],
            date: DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").unwrap(),
            unique: "a1b2c3".to_owned(),
        }
    }

    #[test]
    fn subject_holds_only_the_reference() {
        assert_eq!(
            neutral_subject("MD-2026-0001"),
            "Melding Veilig Thuis - dossier MD-2026-0001"
        );
        assert_eq!(
            neutral_subject("MD 2026 Zoë"),
            "Melding Veilig Thuis - dossier MD2026Zo"
        );
    }

    #[test]
    fn draft_has_the_headers_a_mail_client_needs() {
        let text = String::from_utf8(eml(&draft())).unwrap();
        assert!(text.contains("X-Unsent: 1\r\n"));
        assert!(text.contains("To: meldingen@veiligthuis.example\r\n"));
        assert!(text.contains("Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n"));
        assert!(text.ends_with("--=_meldcode_a1b2c3--\r\n"));
        assert!(text.lines().all(|l| l.len() <= 998));
        assert!(!text.contains("Zoë"), "body must be encoded, not raw");
    }

    #[test]
    fn header_injection_is_impossible() {
        let mut d = draft();
        d.subject = "a\r\nBcc: x@example.com".to_owned();
        let text = String::from_utf8(eml(&d)).unwrap();
        assert!(!text.contains("\r\nBcc:"));
    }

    #[test]
    fn non_ascii_headers_are_encoded() {
        assert_eq!(header_value("Zoë"), "=?UTF-8?B?Wm/Dqw==?=");
        assert_eq!(file_name_param("ĳs.pdf"), "filename*=UTF-8''%C4%B3s.pdf");
    }
}
