//! The form loader on several files at once, as a folder of bundled or organisation form
//! sets: never panics; bad input gives diagnostics.
//!
//! Input: files, each starting with a line `##FILE <path>` (text before the first such line
//! is a file `forms/x/set.toml`). `scripts/fuzz-corpus.sh` writes the bundled sets this way.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldcode::form::{SourceFile, load_folder, load_org_folder, resolve};

/// Splits the input into files.
fn files(text: &str) -> Vec<SourceFile> {
    let mut out = Vec::new();
    let mut path = "forms/x/set.toml";
    let mut body_start = 0;
    let mut pos = 0;
    let mut seen_header = false;
    for line in text.split_inclusive('\n') {
        if let Some(p) = line.strip_prefix("##FILE ") {
            // Text before the first header is a file too, when there is any.
            if pos > 0 || seen_header {
                out.push(SourceFile::new(path, &text[body_start..pos]));
            }
            seen_header = true;
            path = p.trim();
            body_start = pos + line.len();
        }
        pos += line.len();
    }
    out.push(SourceFile::new(path, &text[body_start..]));
    out
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let files = files(&text);
    let (sets, _diagnostics) = load_folder(&files);
    let (org_sets, _org_diagnostics) = load_org_folder(&files);
    let _ = resolve(&sets, &org_sets);
});
