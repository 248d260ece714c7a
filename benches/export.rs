//! Export benchmark (issue 7): a dossier of about fifty pages to PDF and to DOCX with our
//! exporters, and, in the same run, LibreOffice converting our DOCX of the same dossier to
//! PDF (the yardstick). Prints pages, sizes and the speed-up.
#![allow(clippy::unwrap_used, reason = "benchmarks may panic")]

#[path = "../tests/it/export_support.rs"]
#[allow(dead_code, reason = "the bench uses only part of the test helpers")]
mod export_support;

use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use meldcode::export::{self, Format};
use meldcode::report;

/// Time of one LibreOffice conversion of `docx` to PDF, with a profile that was warmed up
/// by an earlier conversion (so the figure is the conversion, not the first-run set-up).
fn libreoffice_to_pdf(docx: &std::path::Path, profile: &std::path::Path) -> Duration {
    let out = docx.parent().unwrap().join("lo-out");
    let start = Instant::now();
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .arg(docx)
        .output()
        .unwrap();
    let took = start.elapsed();
    assert!(status.status.success(), "soffice failed");
    assert!(out.join("long.pdf").exists());
    took
}

fn benches(c: &mut Criterion) {
    export_support::require(&["soffice"]);
    let doc = report::dossier(
        &export_support::long_dossier(190),
        &export_support::unicode_profile(),
        export_support::now(),
    );
    let (pdf, info) =
        export::pdf_with_layout(&doc, &export::PdfOptions::new(export_support::now())).unwrap();
    let docx = export::render(&doc, Format::Docx).unwrap();

    let mut g = c.benchmark_group("export_50_pages");
    g.sample_size(20);
    g.bench_function("pdf", |b| {
        b.iter(|| black_box(export::render(&doc, Format::Pdf).unwrap()));
    });
    g.bench_function("docx", |b| {
        b.iter(|| black_box(export::render(&doc, Format::Docx).unwrap()));
    });
    g.finish();

    // Our PDF, timed the same way as LibreOffice below: the median of five runs.
    let mut ours: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            black_box(export::render(&doc, Format::Pdf).unwrap());
            start.elapsed()
        })
        .collect();
    ours.sort();
    let ours = ours[2];

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.docx");
    std::fs::write(&path, &docx).unwrap();
    let profile = dir.path().join("lo-profile");
    libreoffice_to_pdf(&path, &profile);
    let mut lo: Vec<Duration> = (0..5)
        .map(|_| libreoffice_to_pdf(&path, &profile))
        .collect();
    lo.sort();
    let lo = lo[2];
    let lo_pdf = std::fs::metadata(dir.path().join("lo-out").join("long.pdf"))
        .unwrap()
        .len();

    eprintln!(
        "\n50-page dossier: {} pages, our PDF {:.1} KiB in {:.1} ms (median of 5); DOCX {:.1} KiB",
        info.pages,
        pdf.len() as f64 / 1024.0,
        ours.as_secs_f64() * 1000.0,
        docx.len() as f64 / 1024.0,
    );
    eprintln!(
        "LibreOffice DOCX -> PDF: {:.0} ms (median of 5, warm profile), {:.1} KiB; ours is {:.0}x faster\n",
        lo.as_secs_f64() * 1000.0,
        lo_pdf as f64 / 1024.0,
        lo.as_secs_f64() / ours.as_secs_f64(),
    );
}

criterion_group!(export_benches, benches);
criterion_main!(export_benches);
