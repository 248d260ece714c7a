//! Small PDF syntax helpers for writing an incremental update: object serialization, text
//! strings, hex, dates and the last `startxref`.

use chrono::{DateTime, Utc};
use lopdf::{Object, StringFormat};

/// Appends the PDF syntax of `obj` to `out`.
pub(crate) fn write_object(out: &mut Vec<u8>, obj: &Object) {
    match obj {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Object::Real(r) => out.extend_from_slice(format_real(*r).as_bytes()),
        Object::Name(name) => write_name(out, name),
        Object::String(bytes, StringFormat::Literal) => write_literal_string(out, bytes),
        Object::String(bytes, StringFormat::Hexadecimal) => {
            out.push(b'<');
            out.extend_from_slice(hex_encode(bytes).as_bytes());
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict),
        Object::Stream(stream) => {
            let mut dict = stream.dict.clone();
            dict.set(
                "Length",
                Object::Integer(i64::try_from(stream.content.len()).unwrap_or(i64::MAX)),
            );
            write_dictionary(out, &dict);
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            out.extend_from_slice(format!("{id} {generation} R").as_bytes());
        }
    }
}

fn write_dictionary(out: &mut Vec<u8>, dict: &lopdf::Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict {
        write_name(out, key);
        out.push(b' ');
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// A real number without exponent, in the shortest form that reads back as the same `f32`
/// (so rewritten objects keep their exact values).
pub(crate) fn format_real(value: f32) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".to_owned();
    }
    format!("{value}")
}

/// Writes `/name`, escaping delimiters, whitespace and non-printable bytes as `#xx`.
pub(crate) fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        let regular = b.is_ascii_graphic() && !b"()<>[]{}/%#".contains(&b);
        if regular {
            out.push(b);
        } else {
            out.extend_from_slice(format!("#{b:02X}").as_bytes());
        }
    }
}

fn write_literal_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'(');
    for &b in bytes {
        match b {
            b'(' | b')' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        }
    }
    out.push(b')');
}

/// A PDF text string: a literal for printable ASCII, else UTF-16BE with a byte order mark.
pub(crate) fn text_string(text: &str) -> Object {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xfe, 0xff];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

/// Decodes a PDF text string (UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding read as
/// Latin-1).
pub(crate) fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Upper-case hex of `bytes`.
pub(crate) fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut text = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    text
}

/// Decodes hex digits, skipping whitespace; an odd final digit counts as followed by 0.
pub(crate) fn hex_decode(text: &[u8]) -> Option<Vec<u8>> {
    let mut digits = Vec::with_capacity(text.len());
    for &c in text {
        if c.is_ascii_whitespace() {
            continue;
        }
        let value = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => return None,
        };
        digits.push(value);
    }
    if digits.len() % 2 == 1 {
        digits.push(0);
    }
    Some(digits.chunks_exact(2).map(|p| (p[0] << 4) | p[1]).collect())
}

/// `D:YYYYMMDDHHmmSS+00'00'`.
pub(crate) fn pdf_date(at: DateTime<Utc>) -> String {
    format!("D:{}+00'00'", at.format("%Y%m%d%H%M%S"))
}

/// The byte offset after the last `startxref` keyword.
pub(crate) fn last_startxref(pdf: &[u8]) -> Option<usize> {
    let key = b"startxref";
    let tail_start = pdf.len().saturating_sub(2048);
    let tail = &pdf[tail_start..];
    let pos = tail.windows(key.len()).rposition(|w| w == key)?;
    let rest = &tail[pos + key.len()..];
    let digits: String = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .collect();
    digits.parse().ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    fn written(obj: &Object) -> String {
        let mut out = Vec::new();
        write_object(&mut out, obj);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn names_and_strings_are_escaped() {
        assert_eq!(written(&Object::Name(b"A B#".to_vec())), "/A#20B#23");
        assert_eq!(
            written(&Object::String(b"a(b)\\".to_vec(), StringFormat::Literal)),
            "(a\\(b\\)\\\\)"
        );
        assert_eq!(written(&Object::Real(1.5)), "1.5");
        assert_eq!(written(&Object::Real(2.0)), "2");
        assert_eq!(written(&Object::Real(-0.0)), "0");
        assert_eq!(written(&Object::Real(595.275_63)), "595.27563");
        assert_eq!(written(&Object::Real(1e-6)), "0.000001");
    }

    #[test]
    fn text_strings_round_trip() {
        for text in ["Plain", "Çağla Ünal-de Wít", "ĳsje ø"] {
            let Object::String(bytes, _) = text_string(text) else {
                panic!("not a string");
            };
            assert_eq!(decode_text_string(&bytes), text);
        }
    }

    #[test]
    fn hex_round_trip_and_rejects_garbage() {
        assert_eq!(hex_decode(b"0aFf 1").unwrap(), vec![0x0a, 0xff, 0x10]);
        assert_eq!(hex_encode(&[0x0a, 0xff]), "0AFF");
        assert!(hex_decode(b"0g").is_none());
    }

    #[test]
    fn finds_last_startxref() {
        let pdf = b"%PDF-1.4\nstartxref\n12\n%%EOF\nmore\nstartxref\r\n345\r\n%%EOF\r\n";
        assert_eq!(last_startxref(pdf), Some(345));
    }
}
