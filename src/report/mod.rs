//! (module under construction)

pub mod meldformulier;
pub mod melding_check;
