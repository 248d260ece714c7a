//! Embeds every rule file in `src/lint/rules/*.toml`: adding a rule needs no Rust.

use std::fmt::Write as _;
use std::{env, fs, io, path::PathBuf};

fn main() -> io::Result<()> {
    println!("cargo:rerun-if-changed=src/lint/rules");
    let dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("src/lint/rules");
    let mut rules = Vec::new();
    for entry in fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            println!("cargo:rerun-if-changed={}", path.display());
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .ok_or_else(|| io::Error::other(format!("bad rule file name {}", path.display())))?
                .to_owned();
            rules.push((id, path));
        }
    }
    rules.sort();
    let mut out = String::from(
        "/// Bundled rule files: (id, TOML source), sorted by id.\npub(super) static RULES: &[(&str, &str)] = &[\n",
    );
    for (id, path) in &rules {
        writeln!(
            out,
            "    ({id:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .map_err(io::Error::other)?;
    }
    out.push_str("];\n");
    let target = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("lint_rules.rs");
    fs::write(target, out)
}
