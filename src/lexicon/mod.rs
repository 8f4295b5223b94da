//! Words are data: typed look-ups over the word lists in `lexicon/<lang>/*.tsv`.
//!
//! The rules that need tense, capitalisation and neighbours are Rust; the words they
//! look for are not. Each concept has one list (one list of months, one of speech
//! verbs), compiled into the binary with `include_str!` and read into a hash table on
//! first use. A list's file says what its columns mean in its `#` header; blank lines and
//! `#` lines are skipped. The submodules give each list a typed look-up, so a caller asks
//! `calendar::month("sept")`, never for a file.
//!
//! Adding a language is a folder beside `en/` with the same files; the rules change only
//! where the language's syntax differs.

pub(crate) mod calendar;
pub(crate) mod countries;
pub(crate) mod counts;
pub(crate) mod events;
pub(crate) mod numbers;
pub(crate) mod organisations;
pub(crate) mod perpetrators;
pub(crate) mod person;
pub(crate) mod places;
pub(crate) mod polarity;
pub(crate) mod roles;
pub(crate) mod sources;
pub(crate) mod speech;
pub(crate) mod tense;
pub(crate) mod time;
pub(crate) mod titles;
pub(crate) mod units;

use rustc_hash::{FxHashMap, FxHashSet};

/// A set of words from a list.
pub(crate) type WordSet = FxHashSet<&'static str>;

/// Words from a list with a value each.
pub(crate) type WordMap<V> = FxHashMap<&'static str, V>;

/// The rows of a TSV list: fields split on tabs, blank lines and `#` comments skipped.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// Every word (first column) of a list.
pub(crate) fn words(text: &'static str) -> WordSet {
    rows(text).map(|r| r[0]).collect()
}

/// The words of a list whose column `col` equals `value` (a list with a class column,
/// such as person nouns that are generic or singular).
pub(crate) fn words_where(text: &'static str, col: usize, value: &str) -> WordSet {
    rows(text)
        .filter(|r| r.get(col).is_some_and(|v| *v == value))
        .map(|r| r[0])
        .collect()
}

/// Field `col` of a row, for the typed tables: a list is compiled in and checked by the
/// unit tests, so a missing field is a defect in the list, named here.
pub(crate) fn field<'a>(row: &[&'a str], col: usize, file: &str) -> &'a str {
    row.get(col)
        .copied()
        .unwrap_or_else(|| panic!("lexicon {file}: row {row:?} lacks column {col}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_blank_lines() {
        let t = "# word\tclass\n\nalpha\tx\n# note\nbeta\ty\r\n";
        let r: Vec<Vec<&str>> = rows(t).collect();
        assert_eq!(r, vec![vec!["alpha", "x"], vec!["beta", "y"]]);
        assert!(words(t).contains("beta"));
        assert_eq!(words_where(t, 1, "x").len(), 1);
    }

    /// Every list is free of stray spaces and empty words, and has no row twice.
    #[test]
    fn lists_are_clean() {
        let all = [
            calendar::FILES,
            countries::FILES,
            counts::FILES,
            events::FILES,
            numbers::FILES,
            organisations::FILES,
            perpetrators::FILES,
            person::FILES,
            places::FILES,
            polarity::FILES,
            roles::FILES,
            sources::FILES,
            speech::FILES,
            tense::FILES,
            time::FILES,
            titles::FILES,
            units::FILES,
        ]
        .concat();
        for (name, text) in all {
            let mut seen = std::collections::BTreeSet::new();
            for r in rows(text) {
                let w = r[0];
                assert_eq!(w, w.trim(), "{name}: stray space in {w:?}");
                assert!(!w.is_empty(), "{name}: empty word");
                assert!(seen.insert(r.join("\t")), "{name}: {w:?} twice");
            }
        }
    }
}
