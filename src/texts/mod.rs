//! The Dutch text of the program, in one catalogue so it can be reviewed in one place: every
//! sentence, label and heading that reaches a screen, a document or the command line's messages
//! (clap's own help texts excepted).
//!
//! One module per audience:
//! - [`common`]: words with one meaning in the window and in the documents;
//! - [`window`]: what only the window shows;
//! - [`messages`]: refusals, errors and checks, the same in the window and on the command line;
//! - [`history`]: one label per kind of change, for the window's history and the documents;
//! - [`documents`] and [`melding`]: the fixed text of the documents;
//! - [`cli`]: the command line's prompts and the lines that report what a command did;
//! - [`verify`]: the report of `meldcode verify`; [`about`]: the About page and packaging.
//!
//! One key style: a key is English in SCREAMING_SNAKE_CASE (a function with parameters in
//! snake_case) and says what the text is: the topic first, spelled out (`LETTER_TO_PARENTS_`,
//! `VT_ANSWER_`, `COMMAND_`), the kind last where it helps (`_HEADING`, `_LABEL`, `_COLUMNS`,
//! `_TIP`). Dutch words only for the glossary's domain words (melding, afweging, gezag, …). No
//! abbreviated prefixes. Each text is defined once: a text two audiences share with the same
//! meaning lives in [`common`].

pub mod about;
pub mod cli;
pub mod common;
pub mod documents;
pub mod history;
pub mod melding;
pub mod messages;
pub mod verify;
pub mod window;
