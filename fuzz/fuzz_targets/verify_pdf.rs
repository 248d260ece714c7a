//! The PDF signature check on any bytes: never panics, never hangs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldcode::export::sign::verify_pdf;

fuzz_target!(|data: &[u8]| {
    let _ = verify_pdf(data, &[]);
});
