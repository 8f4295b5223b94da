//! Organisation words (`en/org_words.tsv`): a capitalised phrase holding one names an
//! organisation, an office or a building, not a person ("Interior Ministry", "the White
//! House").

use std::sync::LazyLock;

use super::{WordSet, words_where};

const ORG_WORDS: &str = include_str!("en/org_words.tsv");

/// The organisation list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("org_words.tsv", ORG_WORDS)];

static NAME: LazyLock<WordSet> = LazyLock::new(|| words_where(ORG_WORDS, 1, "y"));
static PLACE: LazyLock<WordSet> = LazyLock::new(|| words_where(ORG_WORDS, 2, "y"));

/// Whether a lowercased word, its edge punctuation trimmed, marks an organisation
/// rather than a person's name ("ministry", "kremlin", "people’s").
pub(crate) fn is_org_word(lw: &str) -> bool {
    NAME.contains(lw)
}

/// Whether a lowercased word, its edge punctuation trimmed, makes a capitalised phrase
/// an organisation, not a place ("Clifton Police", "Harbor University", "Lake Team").
pub(crate) fn is_place_org_word(lw: &str) -> bool {
    PLACE.contains(lw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads() {
        assert!(NAME.len() > 80);
        assert!(is_org_word("ministry") && is_org_word("kremlin") && is_org_word("people’s"));
        assert!(!is_org_word("smith") && !is_org_word("Ministry"));
        assert!(is_place_org_word("police") && is_place_org_word("team") && !is_org_word("team"));
        assert!(!is_place_org_word("kremlin"));
    }
}
