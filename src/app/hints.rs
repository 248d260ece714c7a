//! The writing-check hints of the open dossier, as [`crate::ops::hints`] finds them, with the
//! window's state supplying the profile.

pub use crate::ops::hints::{HintPlace, OpenHint, open_hints, options_at};

use crate::domain::Dossier;
use crate::lint::LintOptions;

use super::AppState;

/// The writing-check options of a dossier: the organisation's vocabulary and the hints kept
/// in the dossier with a reason.
pub fn lint_options(state: &AppState, dossier: Option<&Dossier>) -> LintOptions {
    crate::ops::hints::lint_options(&state.profile, dossier)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{App, FormSets, WindowPrefs};
    use crate::domain::Step;

    #[test]
    fn a_kept_hint_is_no_longer_open() {
        let app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
        let mut d = app.state.dossiers[0].clone();
        d.signals[0].text = "Vader was erg agressief bij het ophalen.".to_owned();
        let opts = lint_options(&app.state, Some(&d));
        let open = open_hints(&app.state.forms, &d, &opts);
        let hint = open
            .iter()
            .find(|h| h.place == HintPlace::Signal(d.signals[0].id))
            .expect("hint on the signal");
        assert_eq!(hint.place.step(), Step::Signaleren);
        d.kept_hints.push(crate::domain::KeptHint {
            place: "signaal".to_owned(),
            rule: hint.lint.rule.clone(),
            matched: hint.matched.clone(),
            reason: "Letterlijk zo gezegd door de buurvrouw.".to_owned(),
        });
        let opts = lint_options(&app.state, Some(&d));
        let after = open_hints(&app.state.forms, &d, &opts);
        assert!(
            !after
                .iter()
                .any(|h| h.place == HintPlace::Signal(d.signals[0].id)
                    && h.lint.rule == hint.lint.rule),
            "{after:?}"
        );
    }

    #[test]
    fn ignoring_one_hint_leaves_the_same_words_elsewhere_checked() {
        let app = App::with_example(FormSets::bundled(), WindowPrefs::default(), None);
        let mut d = app.state.dossiers[0].clone();
        assert!(d.signals.len() >= 2, "the example has two signals");
        for s in &mut d.signals[..2] {
            s.text = "Vader was erg agressief bij het ophalen.".to_owned();
        }
        let (first, second) = (d.signals[0].id, d.signals[1].id);
        let open = open_hints(&app.state.forms, &d, &lint_options(&app.state, Some(&d)));
        let on = |open: &[OpenHint], id| {
            open.iter()
                .filter(|h| h.place == HintPlace::Signal(id))
                .count()
        };
        let hint = open
            .iter()
            .find(|h| h.place == HintPlace::Signal(first))
            .expect("hint on the first signal")
            .clone();
        let before = (on(&open, first), on(&open, second));
        d.kept_hints.push(crate::domain::KeptHint {
            place: hint.place.key(),
            rule: hint.lint.rule.clone(),
            matched: hint.matched.clone(),
            reason: "Zo zei de buurvrouw het letterlijk.".to_owned(),
        });
        let after = open_hints(&app.state.forms, &d, &lint_options(&app.state, Some(&d)));
        assert_eq!(
            (on(&after, first), on(&after, second)),
            (before.0 - 1, before.1),
            "exactly one hint fewer, on the first signal only"
        );
    }
}
