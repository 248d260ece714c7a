//! The detached CMS signature check (`.p7s`, DER or PEM) with certificate parsing: any
//! signature, any trusted certificate, any content; never panics.
//!
//! Input: `u16` LE length and the signature, `u16` LE length and a trusted DER certificate,
//! then the signed content (lengths are cut to what is there).
#![no_main]

use libfuzzer_sys::fuzz_target;
use meldcode::export::sign::verify_detached;

fn take<'a>(data: &mut &'a [u8]) -> &'a [u8] {
    let Some((len, rest)) = data.split_first_chunk::<2>() else {
        let all = *data;
        *data = &[];
        return all;
    };
    let len = usize::from(u16::from_le_bytes(*len)).min(rest.len());
    let (part, rest) = rest.split_at(len);
    *data = rest;
    part
}

fuzz_target!(|data: &[u8]| {
    let mut data = data;
    let signature = take(&mut data);
    let certificate = take(&mut data);
    let trusted = if certificate.is_empty() {
        Vec::new()
    } else {
        vec![certificate.to_vec()]
    };
    let _ = verify_detached(data, signature, &trusted);
});
