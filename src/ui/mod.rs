//! (module under construction)
pub mod lint_editor;
