//! Certificates: PKCS#12 made by openssl (default and legacy), our own self-signed ones,
//! export for backup, wrong passwords and trust (issue 8).
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use crate::sign_common;

use std::path::Path;

use meldcode::export::sign::{
    KeyAlgorithm, SignError, SigningIdentity, Trust, sign_pdf, verify_pdf,
};
use sign_common::{
    hand_pdf, identity, invisible_options, openssl, openssl_p12, pdfsig, valid_count, write,
};

const SUBJECT: &str = "/CN=Çağla Ünal-de Wít/O=Basisschool De Regenboog";
const RSA: &[&str] = &["-newkey", "rsa:2048"];
const P256: &[&str] = &["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];

fn assert_signs_valid_pdf(dir: &Path, id: &SigningIdentity) {
    let signed = sign_pdf(&hand_pdf(1), id, &invisible_options()).unwrap();
    let path = write(dir, "signed.pdf", &signed);
    let out = pdfsig(&path);
    assert_eq!(
        valid_count(&out),
        1,
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let report = verify_pdf(&signed, &[]).unwrap();
    assert!(report.all_valid(), "{report:?}");
    assert_eq!(
        report.signatures[0].signer_name.as_deref(),
        Some("Çağla Ünal-de Wít")
    );
}

#[test]
fn openssl_default_p12_imports_and_signs() {
    let dir = tempfile::tempdir().unwrap();
    let p12 = openssl_p12(dir.path(), RSA, SUBJECT, "geheim wachtwoord", &[]);
    let id = SigningIdentity::from_pkcs12_bytes(&p12, "geheim wachtwoord").unwrap();
    assert_eq!(
        id.subject_common_name().as_deref(),
        Some("Çağla Ünal-de Wít")
    );
    assert_eq!(
        id.subject_organisation().as_deref(),
        Some("Basisschool De Regenboog")
    );
    assert!(id.is_self_signed());
    assert_signs_valid_pdf(dir.path(), &id);
}

#[test]
fn openssl_legacy_p12_imports_and_signs() {
    let dir = tempfile::tempdir().unwrap();
    let p12 = openssl_p12(dir.path(), RSA, SUBJECT, "oud", &["-legacy"]);
    let id = SigningIdentity::from_pkcs12_bytes(&p12, "oud").unwrap();
    assert_signs_valid_pdf(dir.path(), &id);
}

#[test]
fn openssl_p256_p12_imports_and_signs() {
    let dir = tempfile::tempdir().unwrap();
    let p12 = openssl_p12(dir.path(), P256, SUBJECT, "ec", &[]);
    let id = SigningIdentity::from_pkcs12_bytes(&p12, "ec").unwrap();
    assert_signs_valid_pdf(dir.path(), &id);
}

#[test]
fn wrong_password_gives_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for extra in [&[][..], &["-legacy"][..]] {
        let p12 = openssl_p12(dir.path(), RSA, SUBJECT, "juist", extra);
        let err = SigningIdentity::from_pkcs12_bytes(&p12, "fout").unwrap_err();
        assert!(matches!(err, SignError::WrongPassword), "{err:?}");
        assert_eq!(err.to_string(), "wrong password for the certificate file");
    }
    let err = SigningIdentity::from_pkcs12_bytes(b"not a p12 file", "x").unwrap_err();
    assert!(matches!(err, SignError::Pkcs12(_)), "{err:?}");
}

#[test]
fn created_certificate_exports_as_p12_that_openssl_reads() {
    let dir = tempfile::tempdir().unwrap();
    for algorithm in [KeyAlgorithm::Rsa2048, KeyAlgorithm::EcdsaP256] {
        let id = identity(algorithm);
        let p12 = id.to_pkcs12_bytes("back-up wachtwoord").unwrap();
        let path = write(dir.path(), "backup.p12", &p12);
        let out = openssl(&[
            "pkcs12",
            "-info",
            "-noout",
            "-passin",
            "pass:back-up wachtwoord",
            "-in",
            path.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let wrong = openssl(&[
            "pkcs12",
            "-info",
            "-noout",
            "-passin",
            "pass:fout",
            "-in",
            path.to_str().unwrap(),
        ]);
        assert!(!wrong.status.success());

        let back = SigningIdentity::from_pkcs12_bytes(&p12, "back-up wachtwoord").unwrap();
        assert_eq!(back.certificate_der(), id.certificate_der());
        assert_signs_valid_pdf(dir.path(), &back);

        let cert = write(dir.path(), "cert.der", id.certificate_der());
        let out = openssl(&[
            "x509",
            "-inform",
            "DER",
            "-in",
            cert.to_str().unwrap(),
            "-noout",
            "-subject",
            "-ext",
            "keyUsage,subjectAltName",
            "-nameopt",
            "utf8,sep_comma_plus_space",
        ]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("CN=Çağla Ünal-de Wít"), "{text}");
        assert!(text.contains("title=Intern begeleider"), "{text}");
        assert!(text.contains("O=Basisschool De Regenboog"), "{text}");
        assert!(
            text.contains("emailAddress=c.unal@regenboog.example"),
            "{text}"
        );
        assert!(
            text.contains("Digital Signature, Non Repudiation"),
            "{text}"
        );
        assert!(text.contains("email:c.unal@regenboog.example"), "{text}");
    }
}

#[test]
fn empty_fields_are_rejected() {
    let err = SigningIdentity::create_self_signed(&meldcode::export::sign::NewCertificate {
        name: "  ".to_owned(),
        function: "Leerkracht".to_owned(),
        organisation: "School".to_owned(),
        email: "a@b.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: sign_common::signing_time(),
        valid_days: 10,
    })
    .unwrap_err();
    assert!(
        matches!(err, SignError::InvalidField { field: "name", .. }),
        "{err:?}"
    );
}

/// A CA and a leaf certificate issued by it, the leaf packed with the CA in its .p12.
fn ca_and_leaf(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    let p = |name: &str| dir.join(name).to_str().unwrap().to_owned();
    let run = |args: &[&str]| {
        let out = openssl(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    run(&[
        "req",
        "-x509",
        "-nodes",
        "-days",
        "30",
        "-newkey",
        "rsa:2048",
        "-keyout",
        &p("ca.key"),
        "-out",
        &p("ca.pem"),
        "-subj",
        "/CN=Test CA/O=Schoolbestuur",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    ]);
    run(&[
        "req",
        "-new",
        "-nodes",
        "-newkey",
        "rsa:2048",
        "-keyout",
        &p("leaf.key"),
        "-out",
        &p("leaf.csr"),
        "-utf8",
        "-subj",
        SUBJECT,
    ]);
    run(&[
        "x509",
        "-req",
        "-in",
        &p("leaf.csr"),
        "-CA",
        &p("ca.pem"),
        "-CAkey",
        &p("ca.key"),
        "-CAcreateserial",
        "-days",
        "30",
        "-out",
        &p("leaf.pem"),
    ]);
    run(&[
        "pkcs12",
        "-export",
        "-inkey",
        &p("leaf.key"),
        "-in",
        &p("leaf.pem"),
        "-certfile",
        &p("ca.pem"),
        "-out",
        &p("leaf.p12"),
        "-passout",
        "pass:x",
    ]);
    let ca = std::fs::read(dir.join("ca.pem")).unwrap();
    let ca_der = meldcode::export::sign::cert::certificate_der_from_pem_or_der(&ca).unwrap();
    (std::fs::read(dir.join("leaf.p12")).unwrap(), ca_der)
}

#[test]
fn trust_follows_the_issuer() {
    let dir = tempfile::tempdir().unwrap();
    let (p12, ca_der) = ca_and_leaf(dir.path());
    let id = SigningIdentity::from_pkcs12_bytes(&p12, "x").unwrap();
    assert_eq!(id.chain_der().len(), 1);
    assert!(!id.is_self_signed());
    // The leaf is issued now, so it is signed now: validity counts at the signing time.
    let opts = meldcode::export::sign::PdfSignOptions {
        signing_time: chrono::DateTime::from_timestamp(chrono::Utc::now().timestamp(), 0).unwrap(),
        ..invisible_options()
    };
    let signed = sign_pdf(&hand_pdf(1), &id, &opts).unwrap();

    let trusted = verify_pdf(&signed, std::slice::from_ref(&ca_der)).unwrap();
    assert_eq!(trusted.signatures[0].trust, Trust::Trusted);
    let unknown = verify_pdf(&signed, &[]).unwrap();
    assert_eq!(unknown.signatures[0].trust, Trust::Untrusted);
    assert!(unknown.all_valid(), "trust does not change validity");

    let own = identity(KeyAlgorithm::EcdsaP256);
    let own_signed = sign_pdf(&hand_pdf(1), &own, &invisible_options()).unwrap();
    let self_signed = verify_pdf(&own_signed, std::slice::from_ref(&ca_der)).unwrap();
    assert_eq!(self_signed.signatures[0].trust, Trust::SelfSigned);
    let own_trusted = verify_pdf(&own_signed, &[own.certificate_der().to_vec()]).unwrap();
    assert_eq!(own_trusted.signatures[0].trust, Trust::Trusted);
}
