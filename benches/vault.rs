//! Vault benchmarks.
fn main() {}
