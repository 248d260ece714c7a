//! Helpers shared by the `sign_*` integration tests: small PDFs, certificates made in temp
//! dirs, and runners for `pdfsig` and `openssl`.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, Utc};
use meldcode::export::sign::{KeyAlgorithm, NewCertificate, PdfSignOptions, SigningIdentity};

/// A fixed signing time (2026-11-23 10:00:00 UTC).
pub fn signing_time() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_428_000, 0).unwrap()
}

/// A personal self-signed certificate.
pub fn identity(algorithm: KeyAlgorithm) -> SigningIdentity {
    SigningIdentity::create_self_signed(&NewCertificate {
        name: "Çağla Ünal-de Wít".to_owned(),
        function: "Intern begeleider".to_owned(),
        organisation: "Basisschool De Regenboog".to_owned(),
        email: "c.unal@regenboog.example".to_owned(),
        algorithm,
        not_before: DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        valid_days: 3650,
    })
    .unwrap()
}

/// Signing options without a visible block.
pub fn invisible_options() -> PdfSignOptions {
    PdfSignOptions {
        signing_time: signing_time(),
        reason: Some("Melding Veilig Thuis".to_owned()),
        location: Some("Utrecht".to_owned()),
        visible: None,
    }
}

/// A small hand-written PDF (classic xref table with correct offsets), `pages` pages with
/// one line of Helvetica text each.
pub fn hand_pdf(pages: usize) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".to_owned());
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {pages} >>",
        kids.join(" ")
    ));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned());
    for i in 0..pages {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        let content = format!("BT /F1 14 Tf 72 770 Td (Melding pagina {}) Tj ET", i + 1);
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ));
    }
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref_at = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f\r\n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// The hand-written PDF re-saved by lopdf with a cross-reference stream and object streams.
pub fn xref_stream_pdf() -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(&hand_pdf(2)).unwrap();
    let mut out = Vec::new();
    doc.save_with_options(
        &mut out,
        lopdf::SaveOptions::builder()
            .use_xref_streams(true)
            .use_object_streams(true)
            .build(),
    )
    .unwrap();
    out
}

/// A two-page PDF made by our own exporter (tagged PDF/A with fonts and a structure tree).
pub fn exported_pdf() -> Vec<u8> {
    use meldcode::report::{Block, Document, Meta};
    let doc = Document {
        meta: Meta {
            title: "Melding".to_owned(),
            author: "Tester".to_owned(),
            subject: "Melding".to_owned(),
            created: signing_time(),
            reference: "MD-TEST".to_owned(),
        },
        header: "Melding".to_owned(),
        footer: String::new(),
        blocks: vec![
            Block::Paragraph("Melding pagina 1".to_owned()),
            Block::PageBreak,
            Block::Paragraph("Melding pagina 2".to_owned()),
        ],
    };
    meldcode::export::pdf(&doc, &meldcode::export::PdfOptions::new(signing_time())).unwrap()
}

/// Writes `bytes` to `dir/name` and returns the path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs `pdfsig FILE`; returns its stdout (the exit status is in the output's wording).
pub fn pdfsig(path: &Path) -> Output {
    Command::new("pdfsig").arg(path).output().unwrap()
}

/// Counts "Signature is Valid." lines in pdfsig output.
pub fn valid_count(output: &Output) -> usize {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.trim() == "- Signature Validation: Signature is Valid.")
        .count()
}

/// Runs openssl with `args`.
pub fn openssl(args: &[&str]) -> Output {
    Command::new("openssl").args(args).output().unwrap()
}

/// Makes a key and self-signed certificate with `openssl req -x509`, packs it with
/// `openssl pkcs12 -export` (plus `extra` options such as `-legacy`) and returns the .p12.
pub fn openssl_p12(
    dir: &Path,
    key_args: &[&str],
    subject: &str,
    password: &str,
    extra: &[&str],
) -> Vec<u8> {
    let key = dir.join("key.pem");
    let cert = dir.join("cert.pem");
    let p12 = dir.join("cert.p12");
    let mut args = vec!["req", "-x509", "-utf8", "-nodes", "-days", "365"];
    args.extend_from_slice(key_args);
    args.extend_from_slice(&[
        "-keyout",
        key.to_str().unwrap(),
        "-out",
        cert.to_str().unwrap(),
        "-subj",
        subject,
    ]);
    let out = openssl(&args);
    assert!(
        out.status.success(),
        "openssl req: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pass = format!("pass:{password}");
    let mut args = vec![
        "pkcs12",
        "-export",
        "-inkey",
        key.to_str().unwrap(),
        "-in",
        cert.to_str().unwrap(),
        "-out",
        p12.to_str().unwrap(),
        "-passout",
        &pass,
    ];
    args.extend_from_slice(extra);
    let out = openssl(&args);
    assert!(
        out.status.success(),
        "openssl pkcs12: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(p12).unwrap()
}
