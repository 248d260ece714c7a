//! No internal identifier on screen (#20): some checks name a rule by its id
//! ("[interpretatie-gevoel]"). Views pass such texts through [`user_text`] before showing them.
//! (Notes citing the source documents are written as the documents' names in the texts
//! themselves; nothing is stripped for them here.)

use std::borrow::Cow;

/// `text` without bracketed rule ids such as "[interpretatie-gevoel]" (lowercase words
/// joined by hyphens); other brackets stay.
pub fn user_text(text: &str) -> Cow<'_, str> {
    if !text.contains('[') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        let (before, from) = rest.split_at(at);
        let Some(end) = from.find(']') else {
            break;
        };
        let inner = &from[1..end];
        let internal = !inner.is_empty()
            && inner.contains('-')
            && inner
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if internal {
            out.push_str(before.trim_end_matches(' '));
        } else {
            out.push_str(before);
            out.push_str(&from[..=end]);
        }
        rest = &from[end + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_removed_other_brackets_and_parentheses_stay() {
        assert_eq!(
            user_text("Schrijfhint: Signaal 2 [interpretatie-gevoel] Gevoel als feit"),
            "Schrijfhint: Signaal 2 Gevoel als feit"
        );
        assert_eq!(
            user_text("Zoë [leerkracht] zag het"),
            "Zoë [leerkracht] zag het"
        );
        assert_eq!(
            user_text("Bjørn [vaag-tijd] en [vaag-hoeveelheid] (zie bijlage 2)."),
            "Bjørn en (zie bijlage 2)."
        );
        assert_eq!(user_text("open [haakje"), "open [haakje");
        assert_eq!(
            user_text("Ouders lezen mee (RBCZ-afwegingskader)."),
            "Ouders lezen mee (RBCZ-afwegingskader)."
        );
        assert!(matches!(user_text("gewone tekst"), Cow::Borrowed(_)));
    }
}
