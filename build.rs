//! Embeds every rule file in `src/lint/rules/*.toml` (adding a rule needs no Rust) and sets
//! `MELDCODE_COMMIT` and `MELDCODE_BUILD_DATE` for `meldcode --version` and the About page.

use std::fmt::Write as _;
use std::{
    env, fs, io,
    path::{Path, PathBuf},
    process::Command,
};

fn main() -> io::Result<()> {
    build_info();
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

/// Output of `git ARGS` in the manifest directory, trimmed; `None` without git or a repository.
fn git(args: &[&str]) -> Option<String> {
    let dir = env::var_os("CARGO_MANIFEST_DIR")?;
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

/// The commit (short hash, "unknown" outside a repository) and the build date: from
/// `SOURCE_DATE_EPOCH` when set (reproducible builds), else the commit's date, else "unknown".
/// Reruns only when HEAD or the branch it points to moves, never on every build.
fn build_info() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    for part in ["HEAD", "packed-refs"] {
        watch_git_path(part);
    }
    if let Some(reference) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watch_git_path(&reference);
    }
    let commit = git(&["rev-parse", "--short=10", "HEAD"]).unwrap_or_else(|| "unknown".into());
    let date = env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .map(civil_date)
        .or_else(|| git(&["log", "-1", "--format=%cs", "HEAD"]))
        .unwrap_or_else(|| "unknown".into());
    println!("cargo:rustc-env=MELDCODE_COMMIT={commit}");
    println!("cargo:rustc-env=MELDCODE_BUILD_DATE={date}");
}

/// Asks Cargo to rerun this script when a file inside the git directory changes. Missing files
/// are not named: Cargo would rerun on every build.
fn watch_git_path(part: &str) {
    if let Some(path) = git(&["rev-parse", "--git-path", part]) {
        let path = env::var_os("CARGO_MANIFEST_DIR")
            .map_or_else(|| PathBuf::from(&path), |dir| Path::new(&dir).join(&path));
        if path.is_file() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

/// `YYYY-MM-DD` (UTC) of a Unix timestamp (Howard Hinnant's days-to-civil).
fn civil_date(secs: i64) -> String {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}
