//! Function words: cardinal number words (`en/cardinals.tsv`) and the stop words left
//! out when sentences are compared (`en/stop_words.tsv`).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words, words_where};

const CARDINALS: &str = include_str!("en/cardinals.tsv");
const STOP_WORDS: &str = include_str!("en/stop_words.tsv");

/// The lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("cardinals.tsv", CARDINALS), ("stop_words.tsv", STOP_WORDS)];

static CARDINAL: LazyLock<WordMap<f64>> = LazyLock::new(|| {
    rows(CARDINALS)
        .map(|r| {
            (
                r[0],
                field(&r, 1, "cardinals.tsv")
                    .parse()
                    .expect("lexicon cardinals.tsv: value"),
            )
        })
        .collect()
});

static STOP: LazyLock<WordSet> = LazyLock::new(|| words_where(STOP_WORDS, 1, "y"));
static LABEL_STOP: LazyLock<WordSet> = LazyLock::new(|| words(STOP_WORDS));

/// The value of a cardinal word ("zero" to "nineteen", "twenty" to "ninety"), lowercase.
pub(crate) fn cardinal(w: &str) -> Option<f64> {
    CARDINAL.get(w).copied()
}

/// A stop word left out when sentences are compared (lowercase).
pub(crate) fn is_stop_word(w: &str) -> bool {
    STOP.contains(w)
}

/// A function word left out of a date's subject label: every stop word, with the claim
/// words ("about", "least") and the prepositions of time ("since", "until").
pub(crate) fn is_label_stop_word(w: &str) -> bool {
    LABEL_STOP.contains(w)
}
