//! The organisation's timestamp service (issue 21): set with `org set --field
//! tijdstempeldienst=URL`, asked when `export --sign` signs. A loopback HTTP listener hands
//! each request to `openssl ts -reply` (no network beyond 127.0.0.1): the PDF's signature
//! carries the token (our verifier, `pdfsig`), the DOCX's `.p7s` too (`openssl cms
//! -cmsout -print`). A service nobody answers: the export is still signed, without a
//! timestamp, with a Dutch warning on stderr and `timestamp failed` in the audit log.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::io::{Read as _, Write as _};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

use crate::export_support::require;
use crate::sign_common::{pdfsig, valid_count};
use crate::sign_per_user::{ILSE, Team, cert_new, export_signed, sign_entries, team, text};
use crate::sign_verify_strict::{Pki, local_tsa, openssl_ts_reply};
use meldcode::export::sign::{verify_detached, verify_pdf};

/// Serves RFC 3161 over HTTP on 127.0.0.1 until the test ends: each request goes to
/// `openssl ts -reply` with `config`. Returns the service's URL.
fn loopback_tsa(config: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut request = Vec::new();
            let mut buf = [0_u8; 4096];
            let body = loop {
                let n = conn.read(&mut buf).unwrap_or(0);
                if n == 0 {
                    break None;
                }
                request.extend_from_slice(&buf[..n]);
                let Some(split) = request.windows(4).position(|w| w == b"\r\n\r\n") else {
                    continue;
                };
                let head = String::from_utf8_lossy(&request[..split]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|l| l.trim().parse().ok())
                    .unwrap_or(0);
                if request.len() >= split + 4 + length {
                    break Some(request[split + 4..split + 4 + length].to_vec());
                }
            };
            let Some(body) = body else { continue };
            let reply = openssl_ts_reply(&config, &body).unwrap();
            let _ = conn.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n",
                    reply.len()
                )
                .as_bytes(),
            );
            let _ = conn.write_all(&reply);
        }
    });
    format!("http://127.0.0.1:{port}/tsa")
}

/// An address where nobody listens.
fn dead_address() -> String {
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://127.0.0.1:{}/tsa",
        closed.local_addr().unwrap().port()
    );
    drop(closed);
    url
}

fn set_service(team: &Team, url: &str) -> std::process::Output {
    team.run(
        ILSE,
        &[
            "org",
            "set",
            "--vault",
            &team.vs(),
            "--field",
            &format!("tijdstempeldienst={url}"),
        ],
    )
}

fn shown_service(team: &Team) -> String {
    let shown = team.ok(
        ILSE,
        &["org", "show", "--vault", &team.vs(), "--format", "json"],
    );
    let p: serde_json::Value = serde_json::from_str(&shown).unwrap();
    p["profile"]["organisation"]["timestamp_service"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn export(team: &Team, out: &Path, format: &str) -> std::process::Output {
    team.run(
        ILSE,
        &[
            "export",
            "--vault",
            &team.vs(),
            "--kind",
            "dossier",
            "--dossier",
            "1",
            "--format",
            format,
            "--sign",
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

#[test]
#[allow(clippy::too_many_lines, reason = "one scenario, step by step")]
fn signing_asks_the_organisations_timestamp_service_and_goes_on_without_it() {
    require(&["pdfsig", "openssl"]);
    let team = team();
    let dir = team.dir.path().to_path_buf();
    cert_new(&team, ILSE);
    // No service set: no timestamp, no warning, the audit entry as before.
    assert_eq!(shown_service(&team), "");
    let plain = dir.join("zonder.pdf");
    let out = export_signed(&team, ILSE, &plain);
    assert!(out.status.success(), "{}", text(&out));
    let report = verify_pdf(&std::fs::read(&plain).unwrap(), &[]).unwrap();
    assert!(report.signatures[0].timestamp.is_none());
    assert!(sign_entries(&team)[0].ends_with(&format!("certificate {}", fingerprint(&team))));

    // Only an http:// address is taken; a refusal changes nothing.
    for bad in ["https://tsa.example.nl", "tsa.example.nl"] {
        let out = set_service(&team, bad);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(
            text(&out).contains(meldcode::texts::messages::PROFILE_TIMESTAMP_SERVICE_INVALID),
            "{}",
            text(&out)
        );
    }
    assert_eq!(shown_service(&team), "");

    // A loopback service: the PDF and the DOCX signature carry its token.
    let pki_dir = dir.join("pki");
    std::fs::create_dir(&pki_dir).unwrap();
    let pki = Pki::new(&pki_dir);
    let url = loopback_tsa(local_tsa(&pki));
    let out = set_service(&team, &url);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(shown_service(&team), url);
    let pdf = dir.join("met-tijdstempel.pdf");
    let out = export(&team, &pdf, "pdf");
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        !text(&out).contains("gaf geen"),
        "no warning: {}",
        text(&out)
    );
    assert_eq!(valid_count(&pdfsig(&pdf)), 1);
    let report = verify_pdf(&std::fs::read(&pdf).unwrap(), &[pki.ca_der()]).unwrap();
    let ts = report.signatures[0].timestamp.unwrap();
    assert!(ts.intact && ts.trusted, "{ts:?}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_meldcode"))
        .args([
            "verify",
            pdf.to_str().unwrap(),
            "--trust",
            &pki_dir.join("ca.pem").display().to_string(),
        ])
        .output()
        .unwrap();
    assert!(
        text(&out).contains("tijdstempeldienst vertrouwd"),
        "{}",
        text(&out)
    );

    let docx = dir.join("met-tijdstempel.docx");
    let out = export(&team, &docx, "docx");
    assert!(out.status.success(), "{}", text(&out));
    let p7s = dir.join("met-tijdstempel.docx.p7s");
    let report = verify_detached(
        &std::fs::read(&docx).unwrap(),
        &std::fs::read(&p7s).unwrap(),
        &[pki.ca_der()],
    )
    .unwrap();
    assert!(report.timestamp.is_some_and(|t| t.intact && t.trusted));
    let printed = std::process::Command::new("openssl")
        .args(["cms", "-cmsout", "-print", "-inform", "DER", "-in"])
        .arg(&p7s)
        .output()
        .unwrap();
    assert!(printed.status.success(), "{}", text(&printed));
    assert!(
        String::from_utf8_lossy(&printed.stdout).contains("id-smime-aa-timeStampToken"),
        "the .p7s holds the token"
    );
    let signs = sign_entries(&team);
    assert!(signs[1].ends_with(" timestamped"), "{signs:?}");
    assert!(signs[2].ends_with(" timestamped"), "{signs:?}");

    // Nobody answers: signed all the same, without a timestamp, and the user is told.
    let dead = dead_address();
    assert!(set_service(&team, &dead).status.success());
    let late = dir.join("dienst-weg.pdf");
    let out = export(&team, &late, "pdf");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let warning = meldcode::texts::messages::TIMESTAMP_FAILED_SIGNED_WITHOUT;
    let before_url = warning.split("{url}").next().unwrap();
    assert!(stderr.contains(before_url), "{stderr}");
    assert!(stderr.contains(&dead), "{stderr}");
    assert!(stderr.contains("zonder tijdstempel"), "{stderr}");
    assert_eq!(valid_count(&pdfsig(&late)), 1);
    let report = verify_pdf(&std::fs::read(&late).unwrap(), &[]).unwrap();
    assert!(report.all_valid() && report.signatures[0].timestamp.is_none());
    assert!(sign_entries(&team)[3].ends_with(" timestamp failed"));

    // Emptied: no timestamp asked again.
    assert!(set_service(&team, "").status.success());
    assert_eq!(shown_service(&team), "");
}

fn fingerprint(team: &Team) -> String {
    team.ok(ILSE, &["cert", "show", "--vault", &team.vs()])
        .lines()
        .find_map(|l| l.strip_prefix("SHA-256:"))
        .unwrap()
        .trim()
        .to_owned()
}
