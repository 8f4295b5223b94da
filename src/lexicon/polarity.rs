//! Negations (`en/negations.tsv`): the words that turn a statement into its opposite,
//! and the contractions that hold one.

use std::sync::LazyLock;

use super::{WordMap, WordSet, rows, words_where};

const NEGATIONS: &str = include_str!("en/negations.tsv");

/// The lists of this module, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("negations.tsv", NEGATIONS)];

static NEGATION: LazyLock<WordSet> = LazyLock::new(|| words_where(NEGATIONS, 1, "-"));
static CONTRACTION: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    rows(NEGATIONS)
        .filter(|r| r.get(1).is_some_and(|e| *e != "-"))
        .map(|r| (r[0], r[1]))
        .collect()
});

/// Whether a lowercased word is a negation ("not", "never").
pub(crate) fn is_negation(w: &str) -> bool {
    NEGATION.contains(w)
}

/// The words a lowercased word stands for, its negation spelled out: "won't" gives
/// "will", "not"; "doesn't" gives "does", "not"; any other word itself.
pub(crate) fn spelled_out(w: &str) -> Vec<String> {
    if let Some(e) = CONTRACTION.get(w) {
        return e.split(' ').map(str::to_string).collect();
    }
    match w.strip_suffix("n't") {
        Some(stem) if !stem.is_empty() => vec![stem.to_string(), "not".to_string()],
        _ => vec![w.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_spell_out_their_negation() {
        assert_eq!(spelled_out("won't"), ["will", "not"]);
        assert_eq!(spelled_out("shouldn't"), ["should", "not"]);
        assert_eq!(spelled_out("cannot"), ["can", "not"]);
        assert_eq!(spelled_out("compensate"), ["compensate"]);
        assert!(is_negation("never") && is_negation("not") && !is_negation("no"));
    }
}
