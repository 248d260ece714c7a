//! Form definitions: parse the TOML form sets, check them, evaluate `visible_when`.
//! No egui, no file system: callers pass file contents in.

pub mod model;

pub use model::{
    Choice, ChoiceList, Condition, ConditionValue, Field, FieldKind, FormDef, FormSet, Section,
};
