//! Perpetrator words (`en/perpetrators.tsv`): nouns for whoever caused an event and
//! words of a death by one's own hand, by which a toll may count the perpetrator.

use std::sync::LazyLock;

use super::{WordSet, words, words_where};

const PERPETRATORS: &str = include_str!("en/perpetrators.tsv");

/// The perpetrator list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("perpetrators.tsv", PERPETRATORS)];

static WORDS: LazyLock<WordSet> = LazyLock::new(|| words(PERPETRATORS));
static OWN_DEATH: LazyLock<WordSet> = LazyLock::new(|| words_where(PERPETRATORS, 1, "self"));

/// Whether a lowercased word names a perpetrator ("gunman") or their own death
/// ("himself", "suicide").
pub(crate) fn is_perpetrator_word(w: &str) -> bool {
    WORDS.contains(w)
}

/// Whether a lowercased word tells of a death by one's own hand ("himself", "suicide").
pub(crate) fn is_own_death_word(w: &str) -> bool {
    OWN_DEATH.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_facets_are_found() {
        assert!(is_perpetrator_word("gunman") && is_perpetrator_word("himself"));
        assert!(!is_perpetrator_word("victim"));
        assert!(is_own_death_word("himself") && !is_own_death_word("gunman"));
    }
}
