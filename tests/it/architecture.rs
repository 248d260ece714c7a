//! The layering of `src/`, checked on every test run: reads the `crate::…` paths (and the
//! uses of egui, eframe, clap and `std::fs`) of every source file and fails on a forbidden
//! direction. The arrows: `gui → ui → app → ops → {storage, export → report, lint, form,
//! domain}`, `cli → ops`; everything may use `texts`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What a module of `src/` must not use: other modules of the crate and external crates
/// (`std::fs` counts as one).
fn forbidden(module: &str) -> &'static [&'static str] {
    const PURE: &[&str] = &[
        "egui", "eframe", "clap", "std::fs", "storage", "export", "ops", "app", "ui", "gui", "cli",
    ];
    match module {
        "domain" => &[
            "egui", "eframe", "clap", "std::fs", "form", "lint", "report", "storage", "export",
            "ops", "app", "ui", "gui", "cli",
        ],
        "form" | "lint" | "report" => PURE,
        "export" => &[
            "storage", "ops", "app", "ui", "gui", "cli", "egui", "eframe", "clap",
        ],
        "storage" => &[
            "ops", "app", "ui", "gui", "cli", "export", "egui", "eframe", "clap",
        ],
        "ops" => &["app", "ui", "gui", "cli", "egui", "eframe", "clap"],
        "app" => &[
            "ui", "gui", "cli", "eframe", "egui", "clap", "storage", "export", "report",
        ],
        "ui" => &["storage", "export", "gui", "cli", "ops", "eframe", "clap"],
        "cli" => &[
            "app", "ui", "gui", "storage", "export", "report", "egui", "eframe",
        ],
        _ => &[],
    }
}

/// The module a source file belongs to: the first folder under `src/`, or the file's stem
/// (`texts.rs` and `texts/` are both `texts`).
fn module_of(path: &Path, src: &Path) -> String {
    let rel = path.strip_prefix(src).unwrap_or(path);
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_owned()
}

/// Drops `//` comments (doc comments included) so prose about a layer is not an import.
fn code_only(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident_at(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Every module of the crate and every watched external crate a piece of source uses.
fn uses(source: &str) -> BTreeSet<String> {
    let code = code_only(source);
    let mut out = BTreeSet::new();
    for (i, _) in code.match_indices("crate::") {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue; // `foo_crate::`, not the crate root.
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name = ident_at(item.trim());
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            out.insert(ident_at(rest));
        }
    }
    for external in ["egui", "eframe", "clap"] {
        let mut found = false;
        for (i, _) in code.match_indices(external) {
            let before = code[..i].chars().next_back();
            let after = &code[i + external.len()..];
            let starts = !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
            if starts && (after.starts_with("::") || after.starts_with(';')) {
                found = true;
            }
        }
        if found {
            out.insert(external.to_owned());
        }
    }
    let std_fs = code.contains("std::fs")
        || code.match_indices("use std::{").any(|(i, _)| {
            code[i..]
                .split('}')
                .next()
                .is_some_and(|g| g.contains(" fs") || g.contains("{fs"))
        });
    if std_fs {
        out.insert("std::fs".to_owned());
    }
    out
}

/// The forbidden uses of one file of a module: `module → used` pairs.
fn violations(module: &str, source: &str) -> Vec<String> {
    let banned = forbidden(module);
    uses(source)
        .into_iter()
        .filter(|u| u != module && banned.contains(&u.as_str()))
        .map(|u| format!("{module} → {u}"))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_module_uses_a_forbidden_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 100, "found only {} files", files.len());
    let mut problems = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("readable source");
        let module = module_of(file, &src);
        for v in violations(&module, &source) {
            problems.push(format!("{}: {v}", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "forbidden directions:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_catches_the_forbidden_arrows() {
    // app → ui: the views sit above the state.
    assert_eq!(violations("app", "use crate::ui::Views;\n"), ["app → ui"]);
    // app → storage/report: the window's state reaches the layers below only through ops.
    assert_eq!(
        violations("app", "let e: crate::storage::AuditEntry;\n"),
        ["app → storage"]
    );
    assert_eq!(
        violations("app", "use crate::report::{self, Document};\n"),
        ["app → report"]
    );
    // cli → storage: the command line reaches the vault through ops.
    assert_eq!(
        violations(
            "cli",
            "    let v = crate::storage::Vault::open(p, s, &o)?;\n"
        ),
        ["cli → storage"]
    );
    // Grouped imports, external crates and std::fs.
    assert_eq!(
        violations("ops", "use crate::{domain, gui};\nuse egui::Ui;\n"),
        ["ops → egui", "ops → gui"]
    );
    assert_eq!(
        violations("report", "use std::{fs, io};\n"),
        ["report → std::fs"]
    );
    // Allowed arrows, and prose in comments, pass.
    assert!(
        violations(
            "cli",
            "use crate::ops::Session;\n// crate::storage is below ops\n"
        )
        .is_empty()
    );
    assert!(violations("gui", "use crate::ui::Views;\nuse crate::app::App;\n").is_empty());
    assert!(violations("app", "use crate::ops::export::plan_export;\n").is_empty());
}

/// The text catalogue's key style (see `src/texts/mod.rs`): English keys with the topic
/// spelled out, no abbreviated prefixes, and no second catalogue outside `src/texts/`.
#[test]
fn the_text_catalogue_has_one_place_and_one_key_style() {
    const ABBREVIATED: &[&str] = &[
        "H_", "L_", "T_", "P_", "S_", "F_", "CH_", "MF_", "BO_", "VA_", "FU_", "CMD_", "COL_",
        "REM_", "WEG_", "ERR_", "MSG_",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut bad = Vec::new();
    for file in &files {
        let in_catalogue = file.starts_with(root.join("texts"));
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !in_catalogue && name.starts_with("texts") {
            bad.push(format!("{}: a second text catalogue", file.display()));
        }
        if !in_catalogue {
            continue;
        }
        let source = std::fs::read_to_string(file).expect("read source");
        for line in source.lines() {
            let Some(rest) = line.trim_start().strip_prefix("pub const ") else {
                continue;
            };
            let key = rest.split(':').next().unwrap_or_default();
            if key.starts_with('$') {
                continue; // a macro's parameter
            }
            let upper = key
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
            if !upper || ABBREVIATED.iter().any(|p| key.starts_with(p)) {
                bad.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(bad.is_empty(), "keys out of style:\n{}", bad.join("\n"));
}
