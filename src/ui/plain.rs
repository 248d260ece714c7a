//! No internal identifier on screen (#20): rule texts may carry a note for the developers
//! ("(seed 003: …)") and some checks name a rule by its id ("[interpretatie-gevoel]").
//! Views pass such texts through [`user_text`] before showing them.

use std::borrow::Cow;

/// `text` without "(seed …)" notes and without bracketed rule ids such as
/// "[interpretatie-gevoel]" (lowercase words joined by hyphens); other brackets stay.
pub fn user_text(text: &str) -> Cow<'_, str> {
    if !text.contains("(seed") && !text.contains('[') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let seed = rest.find("(seed");
        let bracket = rest.find('[');
        let Some(at) = [seed, bracket].into_iter().flatten().min() else {
            out.push_str(rest);
            break;
        };
        let (before, from) = rest.split_at(at);
        let close = if from.starts_with('(') { ')' } else { ']' };
        let Some(end) = from.find(close) else {
            out.push_str(rest);
            break;
        };
        let inner = &from[1..end];
        let internal = close == ')'
            || (!inner.is_empty()
                && inner.contains('-')
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        if internal {
            out.push_str(before.trim_end_matches(' '));
            rest = &from[end + 1..];
        } else {
            out.push_str(before);
            out.push_str(&from[..=end]);
            rest = &from[end + 1..];
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_notes_and_rule_ids_are_removed_other_brackets_stay() {
        assert_eq!(
            user_text(
                "Ouders lezen het dossier mee (seed 003: geen hulpverlenerstaal en afkortingen)."
            ),
            "Ouders lezen het dossier mee."
        );
        assert_eq!(
            user_text("Schrijfhint: Signaal 2 [interpretatie-gevoel] Gevoel als feit"),
            "Schrijfhint: Signaal 2 Gevoel als feit"
        );
        assert_eq!(
            user_text("Zoë [leerkracht] zag het"),
            "Zoë [leerkracht] zag het"
        );
        assert_eq!(user_text("open [haakje"), "open [haakje");
        assert!(matches!(user_text("gewone tekst"), Cow::Borrowed(_)));
    }
}
