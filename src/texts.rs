//! Dutch user-facing text, kept in one place so it can be reviewed at once.

// Lint
/// Hint panel button: put the hint's concrete rewrite in the text.
pub const LINT_APPLY: &str = "Suggestie toepassen";
/// Hint panel button: ignore this hint here (asks for a reason).
pub const LINT_SUPPRESS: &str = "Negeren…";
/// Hint panel when the text has no hints.
pub const LINT_NO_HINTS: &str = "Geen opmerkingen: de tekst beschrijft feiten.";
/// Hint panel: prefix of the explanation of a hint.
pub const LINT_WHY: &str = "Waarom:";
/// Hint panel: prefix of the rewrite advice of a hint.
pub const LINT_SUGGESTION: &str = "Suggestie:";
