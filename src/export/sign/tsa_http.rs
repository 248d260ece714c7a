//! The HTTP transport for RFC 3161 timestamps: the one network call the program may make,
//! and only when the organisation configured a timestamp service (DECISIONS.md
//! "Timestamps"). Nothing else in [`super`] touches the network.
//!
//! Plain `http://` only (no TLS dependency): a timestamp token is signed by the service, so
//! its integrity does not depend on the channel, and the request carries only a hash of the
//! signature, no document content. One POST with `Content-Type:
//! application/timestamp-query`, `Connection: close`, a 20-second timeout.

use std::io::{Read as _, Write as _};
use std::net::{TcpStream, ToSocketAddrs as _};
use std::time::Duration;

/// How long connecting, sending and receiving may each take.
const TIMEOUT: Duration = Duration::from_secs(20);
/// The largest reply accepted (a token with a certificate chain is a few KB).
const MAX_REPLY: u64 = 256 * 1024;

/// A [`super::tsa::Transport`] that POSTs the request to `url` (`http://host[:port]/path`).
pub fn http_transport(url: &str) -> impl Fn(&[u8]) -> Result<Vec<u8>, String> + use<> {
    let url = url.to_owned();
    move |request: &[u8]| post(&url, request)
}

fn post(url: &str, body: &[u8]) -> Result<Vec<u8>, String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("only http:// timestamp services are supported: {url}"))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() || authority.contains('@') {
        return Err(format!("invalid timestamp service address: {url}"));
    }
    let address = if authority.contains(':') {
        authority.to_owned()
    } else {
        format!("{authority}:80")
    };
    let socket = address
        .to_socket_addrs()
        .map_err(|e| format!("{authority}: {e}"))?
        .next()
        .ok_or_else(|| format!("{authority}: no address"))?;
    let mut stream =
        TcpStream::connect_timeout(&socket, TIMEOUT).map_err(|e| format!("{authority}: {e}"))?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
        .map_err(|e| e.to_string())?;
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/timestamp-query\r\n\
         Accept: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body))
        .map_err(|e| format!("{authority}: {e}"))?;
    let mut reply = Vec::new();
    stream
        .take(MAX_REPLY)
        .read_to_end(&mut reply)
        .map_err(|e| format!("{authority}: {e}"))?;
    parse_reply(&reply)
}

/// The body of an HTTP/1.x `200` reply (`Content-Length` or up to the end; no chunked
/// encoding).
fn parse_reply(reply: &[u8]) -> Result<Vec<u8>, String> {
    let split = reply
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("incomplete reply from the timestamp service")?;
    let head = String::from_utf8_lossy(&reply[..split]).to_ascii_lowercase();
    let body = &reply[split + 4..];
    let status = head.split_whitespace().nth(1).unwrap_or_default();
    if status != "200" {
        return Err(format!("the timestamp service answered HTTP {status}"));
    }
    if head.contains("transfer-encoding: chunked") {
        return Err("chunked replies are not supported".to_owned());
    }
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(n) if n <= body.len() => Ok(body[..n].to_vec()),
        Some(_) => Err("the reply from the timestamp service is cut off".to_owned()),
        None => Ok(body.to_vec()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests may panic")]
mod tests {
    use super::*;

    #[test]
    fn reads_the_body_of_a_200_reply() {
        let reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: 3\r\n\r\nabcde";
        assert_eq!(parse_reply(reply).unwrap(), b"abc");
        assert!(parse_reply(b"HTTP/1.1 500 Oops\r\n\r\n").is_err());
        assert!(parse_reply(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nab").is_err());
    }

    #[test]
    fn only_http_urls() {
        let err = post("https://tsa.example/", b"x").unwrap_err();
        assert!(err.contains("only http://"), "{err}");
    }
}
