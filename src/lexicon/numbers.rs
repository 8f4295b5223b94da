//! Function words: cardinal number words (`en/cardinals.tsv`), the scale words that
//! multiply a number (`en/scales.tsv`) and the stop words left out when sentences are
//! compared (`en/stop_words.tsv`).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words, words_where};

const CARDINALS: &str = include_str!("en/cardinals.tsv");
const SCALES: &str = include_str!("en/scales.tsv");
const STOP_WORDS: &str = include_str!("en/stop_words.tsv");

/// The lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("cardinals.tsv", CARDINALS),
    ("scales.tsv", SCALES),
    ("stop_words.tsv", STOP_WORDS),
];

/// How a scale is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScaleForm {
    /// Written out ("hundred", "million"): also a number word.
    Word,
    /// An abbreviation after a number ("12k").
    Suffix,
    /// An abbreviation read only after an amount of money ("$2m", "€3bn").
    Money,
}

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

static SCALE: LazyLock<WordMap<(f64, ScaleForm)>> = LazyLock::new(|| {
    rows(SCALES)
        .map(|r| {
            let value = field(&r, 1, "scales.tsv").parse().expect("lexicon scales.tsv: value");
            let form = match field(&r, 2, "scales.tsv") {
                "word" => ScaleForm::Word,
                "suffix" => ScaleForm::Suffix,
                "money" => ScaleForm::Money,
                other => panic!("lexicon scales.tsv: unknown form {other:?}"),
            };
            (r[0], (value, form))
        })
        .collect()
});

static STOP: LazyLock<WordSet> = LazyLock::new(|| words_where(STOP_WORDS, 1, "y"));
static LABEL_STOP: LazyLock<WordSet> = LazyLock::new(|| words(STOP_WORDS));

/// The value of a cardinal word ("zero" to "nineteen", "twenty" to "ninety"), lowercase.
pub(crate) fn cardinal(w: &str) -> Option<f64> {
    CARDINAL.get(w).copied()
}

/// A lowercased scale word with its value and form ("million" -> 1e6, written out).
pub(crate) fn scale(w: &str) -> Option<(f64, ScaleForm)> {
    SCALE.get(w).copied()
}

/// The value of a scale written out ("dozen", "hundred" ... "trillion"), lowercase.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    scale(w).filter(|s| s.1 == ScaleForm::Word).map(|s| s.0)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert_eq!(cardinal("nineteen"), Some(19.0));
        assert_eq!(cardinal("ninety"), Some(90.0));
        assert_eq!(scale_word("dozen"), Some(12.0));
        assert_eq!(scale_word("trillion"), Some(1e12));
        assert_eq!(scale("k"), Some((1e3, ScaleForm::Suffix)));
        assert_eq!(scale("bn"), Some((1e9, ScaleForm::Money)));
        assert_eq!(scale_word("bn"), None);
        assert!(is_stop_word("the") && is_label_stop_word("since") && !is_stop_word("since"));
    }
}
