//! Dutch user-facing text, kept in one place so it can be reviewed at once.
