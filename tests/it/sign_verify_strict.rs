//! The strict verifier (issue 21, security review findings 4, 9, 10, 18): each attack of the
//! review replayed on a PDF signed by our own signer, checked by `meldcode verify`, by
//! poppler's `pdfsig` and, where installed, by pyHanko.
//!
//! pyHanko is optional: without a `pyhanko` command on PATH those checks print one line and
//! are skipped. Install line: `python3 -m pip install 'pyhanko-cli==0.6.0' 'pyhanko==0.38.0'`.
#![allow(clippy::unwrap_used, reason = "tests may panic")]

use crate::sign_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{DateTime, Utc};
use meldcode::export::sign::{
    KeyAlgorithm, LaterChanges, NewCertificate, PdfSignOptions, SigningIdentity, Trust,
    TrustProblem, Verdict, VisibleSignature, sign_detached, sign_pdf, verify_detached, verify_pdf,
};
use sign_common::{hand_pdf, openssl, pdfsig, valid_count, write};

// ---------------------------------------------------------------------------------------
// Certificates made with openssl: a CA, end-entity certificates issued by it, and a
// certificate "issued" by an end-entity.

const LEAF_EXT: &str = "basicConstraints=critical,CA:FALSE\n\
                        keyUsage=critical,digitalSignature,nonRepudiation\n";

fn run_openssl(args: &[&str]) {
    let out = openssl(args);
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub(crate) struct Pki {
    pub(crate) dir: PathBuf,
}

impl Pki {
    pub(crate) fn new(dir: &Path) -> Self {
        let pki = Self {
            dir: dir.to_path_buf(),
        };
        run_openssl(&[
            "req",
            "-x509",
            "-nodes",
            "-days",
            "3650",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            &pki.p("ca.key"),
            "-out",
            &pki.p("ca.pem"),
            "-utf8",
            "-subj",
            "/CN=Test CA Schoolbestuur/O=Stichting Ĳsselscholen",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        std::fs::write(dir.join("leaf.ext"), LEAF_EXT).unwrap();
        pki
    }

    fn p(&self, name: &str) -> String {
        self.dir.join(name).to_str().unwrap().to_owned()
    }

    /// Issues `name.pem` (key `name.key`) for `subject`, signed by `issuer` (`ca` or another
    /// issued name), valid `days` from now, with the extensions in `ext` (a file's text).
    fn issue(&self, name: &str, subject: &str, issuer: &str, days: u32, ext: &str) {
        let ext_file = self.p(&format!("{name}.ext"));
        std::fs::write(&ext_file, ext).unwrap();
        run_openssl(&[
            "req",
            "-new",
            "-nodes",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-keyout",
            &self.p(&format!("{name}.key")),
            "-out",
            &self.p(&format!("{name}.csr")),
            "-utf8",
            "-subj",
            subject,
        ]);
        run_openssl(&[
            "x509",
            "-req",
            "-in",
            &self.p(&format!("{name}.csr")),
            "-CA",
            &self.p(&format!("{issuer}.pem")),
            "-CAkey",
            &self.p(&format!("{issuer}.key")),
            "-set_serial",
            &format!(
                "0x{}",
                name.bytes().fold(String::new(), |mut hex, b| {
                    let _ = std::fmt::Write::write_fmt(&mut hex, format_args!("{b:02x}"));
                    hex
                })
            ),
            "-days",
            &days.to_string(),
            "-extfile",
            &ext_file,
            "-out",
            &self.p(&format!("{name}.pem")),
        ]);
    }

    /// The identity of `name`, its chain `chain` (names) in the .p12.
    fn identity(&self, name: &str, chain: &[&str]) -> SigningIdentity {
        let chain_file = self.p(&format!("{name}.chain.pem"));
        let mut pem = Vec::new();
        for c in chain {
            pem.extend(std::fs::read(self.p(&format!("{c}.pem"))).unwrap());
        }
        std::fs::write(&chain_file, pem).unwrap();
        let p12 = self.p(&format!("{name}.p12"));
        run_openssl(&[
            "pkcs12",
            "-export",
            "-inkey",
            &self.p(&format!("{name}.key")),
            "-in",
            &self.p(&format!("{name}.pem")),
            "-certfile",
            &chain_file,
            "-out",
            &p12,
            "-passout",
            "pass:x",
        ]);
        SigningIdentity::from_pkcs12_bytes(&std::fs::read(p12).unwrap(), "x").unwrap()
    }

    pub(crate) fn ca_der(&self) -> Vec<u8> {
        meldcode::export::sign::cert::certificate_der_from_pem_or_der(
            &std::fs::read(self.p("ca.pem")).unwrap(),
        )
        .unwrap()
    }
}

/// Signing at the current time (the openssl certificates start now), whole seconds.
fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap()
}

fn options_at(at: DateTime<Utc>) -> PdfSignOptions {
    PdfSignOptions {
        signing_time: at,
        reason: Some("Melding Veilig Thuis".to_owned()),
        location: Some("IJsselstein".to_owned()),
        visible: Some(VisibleSignature {
            page_index: 0,
            rect_pt: [56.0, 56.0, 306.0, 136.0],
            lines: vec![
                "Henk Çağla".to_owned(),
                "Intern begeleider".to_owned(),
                "Basisschool De Regenboog".to_owned(),
            ],
        }),
    }
}

// ---------------------------------------------------------------------------------------
// Attacks on the bytes: appended incremental updates.

/// The byte offset after the last `startxref`.
fn last_startxref(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(&pdf[pdf.len() - 64..]).into_owned();
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().rposition(|w| *w == "startxref").unwrap();
    words[at + 1].parse().unwrap()
}

/// Appends `objects` (number, body) as an incremental update with a classic xref section
/// and a trailer with `/Root root` and the last `/ID`.
fn append_update(pdf: &[u8], objects: &[(u32, Vec<u8>)], root: u32) -> Vec<u8> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let size = objects
        .iter()
        .map(|(n, _)| n + 1)
        .max()
        .unwrap()
        .max(doc.max_id + 1);
    let id = {
        let mut bytes = Vec::new();
        if let Ok(lopdf::Object::Array(parts)) = doc.trailer.get(b"ID") {
            bytes.extend_from_slice(b"/ID[");
            for part in parts {
                let s = part.as_str().unwrap();
                bytes.push(b'<');
                for b in s {
                    bytes.extend_from_slice(format!("{b:02X}").as_bytes());
                }
                bytes.push(b'>');
            }
            bytes.push(b']');
        }
        bytes
    };
    let prev = last_startxref(pdf);
    let mut out = pdf.to_vec();
    let mut offsets = Vec::new();
    for (n, body) in objects {
        offsets.push((*n, out.len()));
        out.extend_from_slice(format!("{n} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    offsets.sort_unstable();
    let xref = out.len();
    out.extend_from_slice(b"xref\n");
    for (n, offset) in &offsets {
        out.extend_from_slice(format!("{n} 1\n{offset:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<</Size {size}/Root {root} 0 R").as_bytes());
    out.extend_from_slice(&id);
    out.extend_from_slice(format!("/Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    out
}

const FORGED_TEXT: &str = "Besluit stap 5: GEEN melding nodig.";

/// Finding 4 (`isa.py`): a new catalog, page tree, page and content, `/Root` pointed at them;
/// no signed object is touched.
fn root_swap(signed: &[u8]) -> Vec<u8> {
    let doc = lopdf::Document::load_mem(signed).unwrap();
    let acroform = doc
        .catalog()
        .unwrap()
        .get(b"AcroForm")
        .unwrap()
        .as_reference()
        .unwrap();
    let n = doc.max_id + 1;
    let text = format!(
        "BT /F1 20 Tf 60 760 Td ({FORGED_TEXT}) Tj 0 -30 Td (Dossier gesloten, geen zorgen.) Tj ET"
    );
    let objects = vec![
        (
            n,
            format!("<</Length {}>>\nstream\n{text}\nendstream", text.len()).into_bytes(),
        ),
        (
            n + 1,
            format!(
                "<</Type/Page/Parent {} 0 R/MediaBox[0 0 595 842]/Contents {n} 0 R/Resources<</Font<</F1 {} 0 R>>>>>>",
                n + 2,
                n + 4
            )
            .into_bytes(),
        ),
        (
            n + 2,
            format!("<</Type/Pages/Count 1/Kids[{} 0 R]>>", n + 1).into_bytes(),
        ),
        (
            n + 3,
            format!(
                "<</Type/Catalog/Pages {} 0 R/AcroForm {} {} R>>",
                n + 2,
                acroform.0,
                acroform.1
            )
            .into_bytes(),
        ),
        (
            n + 4,
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>".to_vec(),
        ),
    ];
    append_update(signed, &objects, n + 3)
}

/// Finding 10 (`ssa.py`): a new version of page 1 with one more annotation and of the form
/// with one more field: an unsigned `/FT /Sig` widget whose appearance paints the page white
/// and writes new text.
fn overlay(signed: &[u8], rect: [u32; 4]) -> Vec<u8> {
    let doc = lopdf::Document::load_mem(signed).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let page_id = *doc.get_pages().get(&1).unwrap();
    let catalog = doc.catalog().unwrap();
    let form_id = catalog.get(b"AcroForm").unwrap().as_reference().unwrap();
    let n = doc.max_id + 1;
    let (widget, ap, font) = (n, n + 1, n + 2);

    let mut page = doc.get_dictionary(page_id).unwrap().clone();
    let mut annots = page
        .get(b"Annots")
        .and_then(lopdf::Object::as_array)
        .cloned()
        .unwrap_or_default();
    annots.push(lopdf::Object::Reference((widget, 0)));
    page.set("Annots", lopdf::Object::Array(annots));
    let mut form = doc.get_dictionary(form_id).unwrap().clone();
    let mut fields = form
        .get(b"Fields")
        .and_then(lopdf::Object::as_array)
        .cloned()
        .unwrap();
    fields.push(lopdf::Object::Reference((widget, 0)));
    form.set("Fields", lopdf::Object::Array(fields));

    let [x1, y1, x2, y2] = rect;
    let paint = format!(
        "1 1 1 rg 0 0 {} {} re f BT 0 0 0 rg /F1 20 Tf 40 {} Td (Besluit: GEEN melding nodig.) Tj ET",
        x2 - x1,
        y2 - y1,
        (y2 - y1).saturating_sub(60)
    );
    let objects = vec![
        (page_id.0, serialize(&lopdf::Object::Dictionary(page))),
        (form_id.0, serialize(&lopdf::Object::Dictionary(form))),
        (
            widget,
            format!(
                "<</FT/Sig/Type/Annot/Subtype/Widget/T(Handtekening 2)/Rect[{x1} {y1} {x2} {y2}]/F 4/P {} 0 R/AP<</N {ap} 0 R>>>>",
                page_id.0
            )
            .into_bytes(),
        ),
        (
            ap,
            format!(
                "<</Type/XObject/Subtype/Form/BBox[0 0 {} {}]/Resources<</Font<</F1 {font} 0 R>>>>/Length {}>>\nstream\n{paint}\nendstream",
                x2 - x1,
                y2 - y1,
                paint.len()
            )
            .into_bytes(),
        ),
        (
            font,
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>".to_vec(),
        ),
    ];
    append_update(signed, &objects, root.0)
}

fn serialize(obj: &lopdf::Object) -> Vec<u8> {
    // lopdf's writer is private; a small one is enough for dictionaries of names, numbers,
    // strings, arrays and references.
    fn write(out: &mut Vec<u8>, obj: &lopdf::Object) {
        use lopdf::Object as O;
        match obj {
            O::Null => out.extend_from_slice(b"null"),
            O::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            O::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
            O::Real(r) => out.extend_from_slice(format!("{r}").as_bytes()),
            O::Name(n) => {
                out.push(b'/');
                out.extend_from_slice(n);
            }
            O::String(s, _) => {
                out.push(b'<');
                for b in s {
                    out.extend_from_slice(format!("{b:02X}").as_bytes());
                }
                out.push(b'>');
            }
            O::Array(items) => {
                out.push(b'[');
                for item in items {
                    write(out, item);
                    out.push(b' ');
                }
                out.push(b']');
            }
            O::Dictionary(d) => {
                out.extend_from_slice(b"<<");
                for (k, v) in d {
                    out.push(b'/');
                    out.extend_from_slice(k);
                    out.push(b' ');
                    write(out, v);
                }
                out.extend_from_slice(b">>");
            }
            O::Reference((n, g)) => out.extend_from_slice(format!("{n} {g} R").as_bytes()),
            O::Stream(_) => panic!("streams are not rewritten here"),
        }
    }
    let mut out = Vec::new();
    write(&mut out, obj);
    out
}

// ---------------------------------------------------------------------------------------
// Running the tools.

fn meldcode_verify(pdf: &Path, trust: Option<&Path>) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_meldcode"));
    cmd.arg("verify").arg(pdf);
    if let Some(trust) = trust {
        cmd.arg("--trust").arg(trust);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    stdout(&out)
}

/// pyHanko's one-line status per signature (`FIELD:FINGERPRINT:STATUS`), or `None` with a
/// printed line when pyHanko is not installed.
fn pyhanko(pdf: &Path, trust: Option<&Path>) -> Option<Vec<String>> {
    let mut cmd = Command::new("pyhanko");
    cmd.args(["sign", "validate", "--no-revocation-check"]);
    if let Some(trust) = trust {
        cmd.arg("--trust").arg(trust);
    }
    let Ok(out) = cmd.arg(pdf).output() else {
        println!(
            "pyHanko absent: pyHanko check skipped (install: python3 -m pip install \
             'pyhanko-cli==0.6.0' 'pyhanko==0.38.0')"
        );
        return None;
    };
    let lines: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.splitn(3, ':').nth(2))
        .map(str::to_owned)
        .collect();
    assert!(
        !lines.is_empty(),
        "pyhanko gave no status: {}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(lines)
}

/// The signed PDF every attack starts from: a CA-issued signer, CA on the trust list.
struct Fixture {
    _dir: tempfile::TempDir,
    dir: PathBuf,
    ca_pem: PathBuf,
    ca_der: Vec<u8>,
    signed: Vec<u8>,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let pki = Pki::new(&dir);
    pki.issue(
        "henk",
        "/CN=Henk Çağla/O=Basisschool De Regenboog",
        "ca",
        365,
        LEAF_EXT,
    );
    let henk = pki.identity("henk", &["ca"]);
    let signed = sign_pdf(&hand_pdf(2), &henk, &options_at(now())).unwrap();
    Fixture {
        _dir: tmp,
        ca_pem: PathBuf::from(pki.p("ca.pem")),
        ca_der: pki.ca_der(),
        dir,
        signed,
    }
}

// ---------------------------------------------------------------------------------------
// (e) a valid signed PDF; PAdES form.

#[test]
fn valid_pdf_is_intact_and_trusted_by_all_three() {
    let f = fixture();
    let path = write(&f.dir, "geldig.pdf", &f.signed);

    let report = verify_pdf(&f.signed, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.verdict(), Verdict::Trusted, "{report:#?}");
    assert!(report.unsigned_fields.is_empty());
    let untrusted = verify_pdf(&f.signed, &[]).unwrap();
    assert_eq!(untrusted.verdict(), Verdict::IntactNotTrusted);
    assert_eq!(
        untrusted.signatures[0].trust_problem,
        Some(TrustProblem::NoPathToTrusted)
    );

    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("Certificaat:    vertrouwd"), "{text}");
    assert!(text.contains("Uitslag: geldig"), "{text}");
    let (code, text) = meldcode_verify(&path, None);
    assert_eq!(
        code,
        Some(3),
        "an untrusted signature never exits 0: {text}"
    );
    assert!(text.contains("NIET bevestigd"), "{text}");

    let out = pdfsig(&path);
    assert_eq!(valid_count(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("Total document signed"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Signature Type: ETSI.CAdES.detached"),
        "{}",
        stdout(&out)
    );

    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert_eq!(
            status,
            vec!["INTACT:TRUSTED,UNTOUCHED".to_owned()],
            "pyHanko"
        );
    }
}

/// The CMS of a PDF signature is PAdES baseline B-B: no signing-time attribute, a
/// signing-certificate-v2 attribute; the time is the signature's `/M`. A DOCX `.p7s` keeps
/// the signing-time attribute and still verifies with `openssl cms -verify`.
#[test]
fn pdf_signature_is_pades_baseline_and_p7s_keeps_signing_time() {
    let f = fixture();
    let doc = lopdf::Document::load_mem(&f.signed).unwrap();
    let sig = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .find(|d| d.has(b"ByteRange"))
        .unwrap();
    assert_eq!(
        sig.get(b"SubFilter").unwrap().as_name().unwrap(),
        b"ETSI.CAdES.detached"
    );
    assert!(sig.has(b"M"));
    let cms = sig.get(b"Contents").unwrap().as_str().unwrap();
    let cms_path = write(&f.dir, "sig.der", cms);
    let printed = openssl(&[
        "cms",
        "-cmsout",
        "-print",
        "-inform",
        "DER",
        "-in",
        cms_path.to_str().unwrap(),
    ]);
    let printed = stdout(&printed);
    assert!(printed.contains("signingCertificateV2"), "{printed}");
    assert!(!printed.contains("signingTime"), "{printed}");
    assert!(printed.contains("messageDigest"), "{printed}");

    let report = verify_pdf(&f.signed, &[]).unwrap();
    assert!(report.signatures[0].signing_time.is_some(), "time from /M");

    // DOCX: detached CMS with signing time, accepted by openssl.
    let henk = Pki { dir: f.dir.clone() }.identity("henk", &["ca"]);
    let docx = b"PK\x03\x04 stand-in for a DOCX by \xc3\x87a\xc4\x9fla".to_vec();
    let p7s = sign_detached(&docx, &henk, now()).unwrap();
    let docx_path = write(&f.dir, "brief.docx", &docx);
    let p7s_path = write(&f.dir, "brief.docx.p7s", &p7s);
    let out = openssl(&[
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-content",
        docx_path.to_str().unwrap(),
        "-in",
        p7s_path.to_str().unwrap(),
        "-CAfile",
        f.ca_pem.to_str().unwrap(),
        "-purpose",
        "any",
        "-out",
        "/dev/null",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = openssl(&[
        "cms",
        "-cmsout",
        "-print",
        "-inform",
        "DER",
        "-in",
        p7s_path.to_str().unwrap(),
    ]);
    assert!(stdout(&printed).contains("signingTime"));
    let report = verify_detached(&docx, &p7s, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.verdict(), Verdict::Trusted, "{report:#?}");
}

// ---------------------------------------------------------------------------------------
// (a) Finding 4: `/Root` swapped by an incremental update.

#[test]
fn root_swap_is_reported_as_modified_by_all_three() {
    let f = fixture();
    let forged = root_swap(&f.signed);
    let path = write(&f.dir, "vervalst.pdf", &forged);
    // The attack works: a viewer shows the new page only.
    let shown = pdftotext(&path);
    assert!(shown.contains(FORGED_TEXT), "{shown}");
    assert!(!shown.contains("Melding pagina 1"), "{shown}");

    let report = verify_pdf(&forged, std::slice::from_ref(&f.ca_der)).unwrap();
    let sig = &report.signatures[0];
    assert!(sig.is_intact(), "the signed bytes themselves are untouched");
    assert_eq!(sig.later_changes, LaterChanges::Other, "{sig:#?}");
    assert_eq!(report.verdict(), Verdict::Invalid);

    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("GEWIJZIGD"), "{text}");
    assert!(text.contains("Uitslag: ONGELDIG"), "{text}");

    let out = pdfsig(&path);
    assert!(
        stdout(&out).contains("Not total document signed"),
        "{}",
        stdout(&out)
    );
    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert!(
            status
                .iter()
                .all(|s| s.contains("ILLEGAL_MODIFICATIONS") || s == "INVALID"),
            "pyHanko: {status:?}"
        );
    }
}

/// The review's own `isa.py` (Appendix B), run with python3 as written, on a PDF with an
/// `/Info` dictionary (the script needs one) signed by our signer.
const ISA_PY: &str = r#"import sys, re
pdf = open(sys.argv[1], 'rb').read()
startxref = int(re.findall(rb'startxref\s+(\d+)', pdf)[-1])
tr = re.findall(rb'trailer\s*<<(.*?)>>\s*startxref', pdf, re.S)[-1]
n = int(re.search(rb'/Size (\d+)', tr).group(1)); info = re.search(rb'/Info (\d+ \d+ R)', tr).group(1)
ident = re.search(rb'/ID\s*(\[.*?\])', tr, re.S).group(1); acro = re.findall(rb'/AcroForm (\d+ \d+ R)', pdf)[-1]
text = b"BT /F1 20 Tf 60 760 Td (Besluit stap 5: GEEN melding nodig.) Tj 0 -30 Td (Dossier gesloten, geen zorgen.) Tj ET"
objs = {n: b"<</Length %d>>\nstream\n" % len(text) + text + b"\nendstream",
        n+1: b"<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Contents %d 0 R/Resources<</Font<</F1 %d 0 R>>>>>>" % (n+2, n, n+4),
        n+2: b"<</Type/Pages/Count 1/Kids[%d 0 R]>>" % (n+1),
        n+3: b"<</Type/Catalog/Pages %d 0 R/AcroForm " % (n+2) + acro + b">>",
        n+4: b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"}
out = bytearray(pdf); offs = {}
for i, body in objs.items(): offs[i] = len(out); out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
x = len(out); out += b"xref\n%d %d\n" % (n, len(objs)) + b"".join(b"%010d 00000 n \n" % offs[i] for i in objs)
out += b"trailer\n<</Size %d/Root %d 0 R/Info " % (n+5, n+3) + info + b"/ID " + ident + b"/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (startxref, x)
open(sys.argv[2], 'wb').write(out)
"#;

#[test]
fn review_isa_py_replayed_as_written() {
    let f = fixture();
    let mut doc = lopdf::Document::load_mem(&hand_pdf(1)).unwrap();
    let mut info = lopdf::Dictionary::new();
    info.set(
        "Title",
        lopdf::Object::string_literal("Melding Veilig Thuis"),
    );
    let info_id = doc.add_object(lopdf::Object::Dictionary(info));
    doc.trailer.set("Info", lopdf::Object::Reference(info_id));
    let mut with_info = Vec::new();
    doc.save_to(&mut with_info).unwrap();
    let henk = Pki { dir: f.dir.clone() }.identity("henk", &["ca"]);
    let signed = sign_pdf(&with_info, &henk, &options_at(now())).unwrap();
    let d1 = write(&f.dir, "d1.pdf", &signed);
    let script = write(&f.dir, "isa.py", ISA_PY.as_bytes());
    let forged = f.dir.join("d1-forged.pdf");
    let out = Command::new("python3")
        .arg(&script)
        .arg(&d1)
        .arg(&forged)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(pdftotext(&forged).contains(FORGED_TEXT));
    let (code, text) = meldcode_verify(&d1, Some(&f.ca_pem));
    assert_eq!(code, Some(0), "{text}");
    let (code, text) = meldcode_verify(&forged, Some(&f.ca_pem));
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("GEWIJZIGD"), "{text}");
    assert!(stdout(&pdfsig(&forged)).contains("Not total document signed"));
}

/// Variants of finding 4 without a new `/Root`: the catalog, the page tree or a content
/// stream rewritten in place, and an object of the signed revision freed.
#[test]
fn rewriting_signed_objects_is_reported() {
    let f = fixture();
    let doc = lopdf::Document::load_mem(&f.signed).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let content = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .as_reference()
        .unwrap();
    let text = format!("BT /F1 14 Tf 72 770 Td ({FORGED_TEXT}) Tj ET");
    let new_content = format!("<</Length {}>>\nstream\n{text}\nendstream", text.len()).into_bytes();

    let mut catalog = doc.get_dictionary(root).unwrap().clone();
    catalog.set("OpenAction", lopdf::Object::Array(vec![]));
    let mut page_dict = doc.get_dictionary(page).unwrap().clone();
    page_dict.set("Rotate", lopdf::Object::Integer(180));

    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "content stream",
            append_update(&f.signed, &[(content.0, new_content)], root.0),
        ),
        (
            "catalog",
            append_update(
                &f.signed,
                &[(root.0, serialize(&lopdf::Object::Dictionary(catalog)))],
                root.0,
            ),
        ),
        (
            "page",
            append_update(
                &f.signed,
                &[(page.0, serialize(&lopdf::Object::Dictionary(page_dict)))],
                root.0,
            ),
        ),
    ];
    for (what, changed) in cases {
        let report = verify_pdf(&changed, &[]).unwrap();
        assert_eq!(
            report.signatures[0].later_changes,
            LaterChanges::Other,
            "{what}"
        );
        assert_eq!(report.verdict(), Verdict::Invalid, "{what}");
    }
}

/// An update that frees an object of the signed revision (its content stream): viewers
/// then draw an empty page.
#[test]
fn freeing_a_signed_object_is_reported() {
    let f = fixture();
    let doc = lopdf::Document::load_mem(&f.signed).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let content = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .as_reference()
        .unwrap();
    let prev = last_startxref(&f.signed);
    let mut freed = f.signed.clone();
    let xref = freed.len();
    freed.extend_from_slice(
        format!(
            "xref\n{} 1\n0000000000 00001 f\r\ntrailer\n<</Size {}/Root {} 0 R/Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n",
            content.0,
            doc.max_id + 1,
            root.0
        )
        .as_bytes(),
    );
    let path = write(&f.dir, "vrij.pdf", &freed);
    let report = verify_pdf(&freed, &[]).unwrap();
    assert_eq!(
        report.signatures[0].later_changes,
        LaterChanges::Other,
        "{report:#?}"
    );
    assert!(stdout(&pdfsig(&path)).contains("Not total document signed"));
}

/// The same with a cross-reference stream: a type-0 (free) entry for a signed object.
#[test]
fn freeing_a_signed_object_in_an_xref_stream_is_reported() {
    let id = sign_common::identity(KeyAlgorithm::EcdsaP256);
    let signed = sign_pdf(
        &sign_common::xref_stream_pdf(),
        &id,
        &sign_common::invisible_options(),
    )
    .unwrap();
    let doc = lopdf::Document::load_mem(&signed).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let page = *doc.get_pages().get(&1).unwrap();
    let content = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"Contents")
        .unwrap()
        .as_reference()
        .unwrap();
    let prev = last_startxref(&signed);
    let xref_id = doc.max_id + 1;
    let mut freed = signed.clone();
    let xref = freed.len();
    freed.extend_from_slice(
        format!(
            "{xref_id} 0 obj\n<</Type/XRef/Size {}/W[1 4 2]/Index[{} 1 {xref_id} 1]/Root {} 0 R/Prev {prev}/Length 14>>\nstream\n",
            xref_id + 1,
            content.0,
            root.0
        )
        .as_bytes(),
    );
    freed.extend_from_slice(&[0, 0, 0, 0, 0, 0, 1]);
    freed.push(1);
    freed.extend_from_slice(&u32::try_from(xref).unwrap().to_be_bytes());
    freed.extend_from_slice(&[0, 0]);
    freed.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    let report = verify_pdf(&freed, &[]).unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert_eq!(
        report.signatures[0].later_changes,
        LaterChanges::Other,
        "{report:#?}"
    );
}

// ---------------------------------------------------------------------------------------
// (b) Finding 10: an unsigned signature widget drawn over the page.

#[test]
fn sneaky_signature_overlay_is_reported() {
    let f = fixture();
    let forged = overlay(&f.signed, [0, 0, 595, 842]);
    let path = write(&f.dir, "overlay.pdf", &forged);

    let report = verify_pdf(&forged, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.signatures.len(), 1);
    assert_eq!(report.signatures[0].later_changes, LaterChanges::Other);
    assert_eq!(report.verdict(), Verdict::Invalid);
    assert_eq!(report.unsigned_fields.len(), 1, "{report:#?}");
    let field = &report.unsigned_fields[0];
    assert_eq!(field.name.as_deref(), Some("Handtekening 2"));
    assert_eq!(field.page, Some(1));
    assert!(field.visible && !field.signed_over, "{field:?}");

    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("Leeg handtekeningveld \"Handtekening 2\" op pagina 1, zichtbaar: NA de laatste handtekening"),
        "{text}"
    );

    let out = pdfsig(&path);
    assert!(
        stdout(&out).contains("Not total document signed"),
        "{}",
        stdout(&out)
    );
    // pyHanko sees the change after signing but classes it as form filling, which it
    // accepts for a signature without DocMDP; we do not (review, finding 10).
    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert!(
            status.iter().all(|s| !s.contains("UNTOUCHED")),
            "pyHanko: {status:?}"
        );
    }
}

/// An unsigned field that shows nothing may be added (e.g. prepared for a later signer), and
/// is still listed; a prepared field inside the signed revision is listed as signed over.
#[test]
fn invisible_or_prepared_unsigned_fields_are_listed_not_fatal() {
    let f = fixture();
    let invisible = overlay(&f.signed, [0, 0, 0, 0]);
    let report = verify_pdf(&invisible, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(
        report.signatures[0].later_changes,
        LaterChanges::OnlySignatures,
        "{report:#?}"
    );
    assert_eq!(report.verdict(), Verdict::Trusted);
    assert_eq!(report.unsigned_fields.len(), 1);
    assert!(!report.unsigned_fields[0].visible);

    // Sign over the invisible prepared field: it is now part of the signed revision.
    let henk = Pki { dir: f.dir.clone() }.identity("henk", &["ca"]);
    let again = sign_pdf(
        &invisible,
        &henk,
        &PdfSignOptions {
            visible: None,
            ..options_at(now())
        },
    )
    .unwrap();
    let report = verify_pdf(&again, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.verdict(), Verdict::Trusted, "{report:#?}");
    assert_eq!(report.unsigned_fields.len(), 1);
    assert!(report.unsigned_fields[0].signed_over);
    let path = write(&f.dir, "twee.pdf", &again);
    assert_eq!(valid_count(&pdfsig(&path)), 2, "{}", stdout(&pdfsig(&path)));
}

// ---------------------------------------------------------------------------------------
// (c), (d) Finding 9: certificate paths.

#[test]
fn certificate_issued_by_an_end_entity_is_not_trusted() {
    let f = fixture();
    let pki = Pki { dir: f.dir.clone() };
    // Henk (CA:FALSE) "issues" a certificate in the director's name.
    pki.issue(
        "forged",
        "/CN=Directeur A. Bakker/O=Basisschool De Regenboog",
        "henk",
        365,
        LEAF_EXT,
    );
    let forged = pki.identity("forged", &["henk", "ca"]);
    let signed = sign_pdf(&hand_pdf(1), &forged, &options_at(now())).unwrap();
    let report = verify_pdf(&signed, std::slice::from_ref(&f.ca_der)).unwrap();
    let sig = &report.signatures[0];
    assert!(sig.is_valid(), "the bytes are intact");
    assert_eq!(sig.trust, Trust::Untrusted);
    assert_eq!(sig.trust_problem, Some(TrustProblem::IssuerNotCa));
    assert_eq!(report.verdict(), Verdict::IntactNotTrusted);

    let path = write(&f.dir, "directeur.pdf", &signed);
    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(3), "{text}");
    assert!(text.contains("geen CA"), "{text}");
    // openssl agrees that the path is broken.
    let out = openssl(&[
        "verify",
        "-CAfile",
        f.ca_pem.to_str().unwrap(),
        "-untrusted",
        &pki.p("henk.pem"),
        &pki.p("forged.pem"),
    ]);
    assert!(!out.status.success(), "openssl accepted the forged path");
    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert!(
            status.iter().all(|s| !s.contains(":TRUSTED")),
            "pyHanko: {status:?}"
        );
    }
}

#[test]
fn expired_or_misused_certificates_are_not_trusted() {
    let f = fixture();
    let pki = Pki { dir: f.dir.clone() };
    // Issued by the CA, valid one day, used to sign (as claimed) a week later.
    pki.issue(
        "kort",
        "/CN=Bjørn Zoë/O=Basisschool De Regenboog",
        "ca",
        1,
        LEAF_EXT,
    );
    let short = pki.identity("kort", &["ca"]);
    let late = now() + chrono::Duration::days(7);
    let signed = sign_pdf(&hand_pdf(1), &short, &options_at(late)).unwrap();
    let report = verify_pdf(&signed, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(
        report.signatures[0].trust_problem,
        Some(TrustProblem::NotValidAtSigningTime)
    );
    assert_eq!(report.verdict(), Verdict::IntactNotTrusted);
    let path = write(&f.dir, "verlopen.pdf", &signed);
    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(3), "{text}");
    assert!(text.contains("niet geldig"), "{text}");

    // A personal certificate on the trust list, expired 400 days before the signature.
    let at = now();
    let old = SigningIdentity::create_self_signed(&NewCertificate {
        name: "Çağla Ünal-de Wít".to_owned(),
        function: "Intern begeleider".to_owned(),
        organisation: "Basisschool De Regenboog".to_owned(),
        email: "c.unal@regenboog.example".to_owned(),
        algorithm: KeyAlgorithm::EcdsaP256,
        not_before: at - chrono::Duration::days(800),
        valid_days: 400,
    })
    .unwrap();
    let signed = sign_pdf(&hand_pdf(1), &old, &options_at(at)).unwrap();
    let report = verify_pdf(&signed, &[old.certificate_der().to_vec()]).unwrap();
    assert_eq!(report.signatures[0].trust, Trust::Untrusted);
    assert_eq!(
        report.signatures[0].trust_problem,
        Some(TrustProblem::NotValidAtSigningTime)
    );

    // A signer whose key usage is only keyEncipherment.
    pki.issue(
        "versleutel",
        "/CN=Sleutel/O=Basisschool De Regenboog",
        "ca",
        365,
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,keyEncipherment\n",
    );
    let enc = pki.identity("versleutel", &["ca"]);
    let signed = sign_pdf(&hand_pdf(1), &enc, &options_at(now())).unwrap();
    let report = verify_pdf(&signed, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(
        report.signatures[0].trust_problem,
        Some(TrustProblem::SignerKeyUsage)
    );

    // A CA whose key usage does not allow signing certificates.
    run_openssl(&[
        "req",
        "-x509",
        "-nodes",
        "-days",
        "30",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-keyout",
        &pki.p("noku.key"),
        "-out",
        &pki.p("noku.pem"),
        "-subj",
        "/CN=Geen certificaten",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,digitalSignature",
    ]);
    pki.issue("onder", "/CN=Onder/O=X", "noku", 30, LEAF_EXT);
    let under = pki.identity("onder", &["noku"]);
    let signed = sign_pdf(&hand_pdf(1), &under, &options_at(now())).unwrap();
    let noku = meldcode::export::sign::cert::certificate_der_from_pem_or_der(
        &std::fs::read(pki.p("noku.pem")).unwrap(),
    )
    .unwrap();
    let report = verify_pdf(&signed, &[noku]).unwrap();
    assert_eq!(
        report.signatures[0].trust_problem,
        Some(TrustProblem::IssuerKeyUsage)
    );
}

/// A second, trusted signature after the first keeps both trusted; a self-signed second
/// signature makes the whole document "intact, not trusted" (exit 3), never 0.
#[test]
fn two_signatures_and_exit_codes() {
    let f = fixture();
    let pki = Pki { dir: f.dir.clone() };
    pki.issue(
        "directeur",
        "/CN=Søren Ĳsselstein/O=Basisschool De Regenboog",
        "ca",
        365,
        LEAF_EXT,
    );
    let director = pki.identity("directeur", &["ca"]);
    let mut second = options_at(now());
    if let Some(v) = second.visible.as_mut() {
        v.rect_pt = [320.0, 56.0, 570.0, 136.0];
    }
    let twice = sign_pdf(&f.signed, &director, &second).unwrap();
    let report = verify_pdf(&twice, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.verdict(), Verdict::Trusted, "{report:#?}");
    assert_eq!(
        report.signatures[0].later_changes,
        LaterChanges::OnlySignatures
    );
    let path = write(&f.dir, "beide.pdf", &twice);
    assert_eq!(valid_count(&pdfsig(&path)), 2);
    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(0), "{text}");
    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert_eq!(status.len(), 2, "{status:?}");
        assert!(
            status[0].starts_with("INTACT:TRUSTED") && status[1].starts_with("INTACT:TRUSTED"),
            "pyHanko: {status:?}"
        );
    }

    let own = sign_common::identity(KeyAlgorithm::EcdsaP256);
    let mixed = sign_pdf(
        &f.signed,
        &own,
        &PdfSignOptions {
            visible: None,
            ..options_at(now())
        },
    )
    .unwrap();
    let path = write(&f.dir, "gemengd.pdf", &mixed);
    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(3), "{text}");
    assert!(text.contains("zelf ondertekend"), "{text}");
}

// ---------------------------------------------------------------------------------------
// RFC 3161: a local `openssl ts -reply` as the timestamp service (no network).

/// A timestamp service: a TSA certificate issued by the fixture's CA and an `openssl ts`
/// configuration.
pub(crate) fn local_tsa(pki: &Pki) -> PathBuf {
    pki.issue(
        "tsa",
        "/CN=Tijdstempeldienst Test/O=Stichting Ĳsselscholen",
        "ca",
        365,
        "basicConstraints=critical,CA:FALSE\n\
         keyUsage=critical,digitalSignature,nonRepudiation\n\
         extendedKeyUsage=critical,timeStamping\n",
    );
    std::fs::write(pki.dir.join("tsaserial"), "01\n").unwrap();
    let config = pki.dir.join("ts.cnf");
    std::fs::write(
        &config,
        format!(
            "[ tsa ]\ndefault_tsa = tsa_config1\n[ tsa_config1 ]\n\
             serial = {dir}/tsaserial\ncrypto_device = builtin\n\
             signer_cert = {dir}/tsa.pem\ncerts = {dir}/ca.pem\nsigner_key = {dir}/tsa.key\n\
             signer_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\n\
             accuracy = secs:1\nordering = yes\ntsa_name = yes\n\
             ess_cert_id_chain = no\ness_cert_id_alg = sha256\n",
            dir = pki.dir.display()
        ),
    )
    .unwrap();
    config
}

/// Answers a DER `TimeStampReq` with `openssl ts -reply`, as a service would over HTTP.
pub(crate) fn openssl_ts_reply(config: &Path, request: &[u8]) -> Result<Vec<u8>, String> {
    let dir = config.parent().unwrap();
    let query = dir.join("query.tsq");
    let reply = dir.join("reply.tsr");
    std::fs::write(&query, request).map_err(|e| e.to_string())?;
    let out = openssl(&[
        "ts",
        "-reply",
        "-config",
        config.to_str().unwrap(),
        "-queryfile",
        query.to_str().unwrap(),
        "-out",
        reply.to_str().unwrap(),
    ]);
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    std::fs::read(&reply).map_err(|e| e.to_string())
}

#[test]
fn timestamp_from_local_openssl_ts_is_embedded_and_checked() {
    let f = fixture();
    let pki = Pki { dir: f.dir.clone() };
    let config = local_tsa(&pki);
    let transport = |request: &[u8]| openssl_ts_reply(&config, request);
    let henk = pki.identity("henk", &["ca"]);
    let at = now();
    let signed = meldcode::export::sign::sign_pdf_timestamped(
        &hand_pdf(1),
        &henk,
        &options_at(at),
        &transport,
    )
    .unwrap();
    let report = verify_pdf(&signed, std::slice::from_ref(&f.ca_der)).unwrap();
    assert_eq!(report.verdict(), Verdict::Trusted, "{report:#?}");
    let ts = report.signatures[0].timestamp.unwrap();
    assert!(ts.intact && ts.trusted, "{ts:?}");
    let time = ts.time.unwrap();
    assert!((time - at).num_seconds().abs() < 120, "{time} vs {at}");
    // Without the CA on the trust list the token still holds, but vouches for nothing.
    let untrusted = verify_pdf(&signed, &[]).unwrap();
    let ts = untrusted.signatures[0].timestamp.unwrap();
    assert!(ts.intact && !ts.trusted);

    let path = write(&f.dir, "tijdstempel.pdf", &signed);
    assert_eq!(valid_count(&pdfsig(&path)), 1, "{}", stdout(&pdfsig(&path)));
    let (code, text) = meldcode_verify(&path, Some(&f.ca_pem));
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("tijdstempeldienst vertrouwd"), "{text}");
    if let Some(status) = pyhanko(&path, Some(&f.ca_pem)) {
        assert!(
            status[0].starts_with("INTACT:TRUSTED") && status[0].contains("TIMESTAMP_TOKEN<INTACT"),
            "pyHanko: {status:?}"
        );
    }

    // The DOCX signature takes a token too, and openssl still accepts the .p7s.
    let docx = b"PK\x03\x04 tijdstempel".to_vec();
    let p7s =
        meldcode::export::sign::sign_detached_timestamped(&docx, &henk, at, &transport).unwrap();
    let report = verify_detached(&docx, &p7s, std::slice::from_ref(&f.ca_der)).unwrap();
    assert!(report.timestamp.is_some_and(|t| t.intact && t.trusted));
    let docx_path = write(&f.dir, "ts.docx", &docx);
    let p7s_path = write(&f.dir, "ts.docx.p7s", &p7s);
    let out = openssl(&[
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-content",
        docx_path.to_str().unwrap(),
        "-in",
        p7s_path.to_str().unwrap(),
        "-noverify",
        "-out",
        "/dev/null",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A reply to another request (a replayed or misrouted answer) is refused.
    let stale = openssl_ts_reply(
        &config,
        &meldcode::export::sign::tsa::request(&[9; 32], 42).unwrap(),
    )
    .unwrap();
    let replay = |_: &[u8]| Ok(stale.clone());
    let err =
        meldcode::export::sign::sign_pdf_timestamped(&hand_pdf(1), &henk, &options_at(at), &replay)
            .unwrap_err();
    assert!(err.to_string().contains("no timestamp"), "{err}");
    // A service that cannot be reached: a clear error, nothing signed.
    let down = |_: &[u8]| Err("verbinding geweigerd".to_owned());
    assert!(
        meldcode::export::sign::sign_pdf_timestamped(&hand_pdf(1), &henk, &options_at(at), &down)
            .is_err()
    );
}

/// The HTTP transport against a loopback "service" that hands each request to
/// `openssl ts -reply` (no network beyond 127.0.0.1).
#[test]
fn http_transport_talks_to_a_loopback_timestamp_service() {
    use std::io::{Read as _, Write as _};
    let f = fixture();
    let pki = Pki { dir: f.dir.clone() };
    let config = local_tsa(&pki);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server_config = config.clone();
    let server = std::thread::spawn(move || {
        let (mut conn, _) = listener.accept().unwrap();
        let mut request = Vec::new();
        let mut buf = [0_u8; 4096];
        let body = loop {
            let n = conn.read(&mut buf).unwrap();
            assert!(n > 0, "the client closed before sending the request");
            request.extend_from_slice(&buf[..n]);
            let Some(split) = request.windows(4).position(|w| w == b"\r\n\r\n") else {
                continue;
            };
            let head = String::from_utf8_lossy(&request[..split]).to_ascii_lowercase();
            assert!(head.starts_with("post /tsa http/1.1"), "{head}");
            assert!(
                head.contains("content-type: application/timestamp-query"),
                "{head}"
            );
            let length: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            if request.len() >= split + 4 + length {
                break request[split + 4..split + 4 + length].to_vec();
            }
        };
        let reply = openssl_ts_reply(&server_config, &body).unwrap();
        conn.write_all(
            format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                reply.len()
            )
            .as_bytes(),
        )
        .unwrap();
        conn.write_all(&reply).unwrap();
    });
    let transport =
        meldcode::export::sign::tsa_http::http_transport(&format!("http://127.0.0.1:{port}/tsa"));
    let henk = pki.identity("henk", &["ca"]);
    let signed = meldcode::export::sign::sign_pdf_timestamped(
        &hand_pdf(1),
        &henk,
        &options_at(now()),
        &transport,
    )
    .unwrap();
    server.join().unwrap();
    let report = verify_pdf(&signed, std::slice::from_ref(&f.ca_der)).unwrap();
    assert!(
        report.signatures[0]
            .timestamp
            .is_some_and(|t| t.intact && t.trusted),
        "{report:#?}"
    );
    // Nobody listening: a clear error.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://127.0.0.1:{}/", closed.local_addr().unwrap().port());
    drop(closed);
    let err = meldcode::export::sign::sign_pdf_timestamped(
        &hand_pdf(1),
        &henk,
        &options_at(now()),
        &meldcode::export::sign::tsa_http::http_transport(&dead),
    )
    .unwrap_err();
    assert!(err.to_string().contains("no timestamp"), "{err}");
}
