//! Form definitions: parse the TOML form sets, check them, evaluate `visible_when`.
//! No egui, no file system: callers pass file contents in ([`SourceFile`]), and every
//! problem comes back as a [`Diagnostic`] with file, line and field. A broken set is left
//! out, never a panic.

mod check;
mod check_tree;
pub mod dates;
mod diag;
mod eval;
mod load;
pub mod model;
mod parse;
mod read;

pub use dates::{DateError, DateUse, format_date, format_date_time, parse_date, parse_date_time};
pub use diag::{Diagnostic, SourceFile};
pub use eval::{is_visible, missing_required, tri_id, visible_ids};
pub use load::{
    CHOICES_FILE, SET_FILE, TREE_FILE, bundled, bundled_diagnostics, bundled_files, load_folder,
    load_org_folder, load_set, resolve,
};
pub use model::{
    Choice, ChoiceList, Condition, ConditionValue, Field, FieldKind, FormDef, FormSet, Record,
    Section,
};
