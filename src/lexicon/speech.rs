//! Speech and reporting verbs (`en/speech_verbs.tsv`): the verbs the quote extractor
//! looks for next to a quotation, and the reporting verbs attribution reads ("police
//! said", "Ukraine estimates"). One list, with a column for each use.

use super::{field, rows};

const SPEECH_VERBS: &str = include_str!("en/speech_verbs.tsv");

/// The speech-verb list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("speech_verbs.tsv", SPEECH_VERBS)];

/// How the quote extractor uses a verb (the list's `quote` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuoteUse {
    /// "said", "told": a finite speech verb next to a quotation.
    Finite,
    /// "saying", "adding": a participle clause introducing a quotation.
    Participle,
}

fn quote_use(row: &[&str]) -> Option<QuoteUse> {
    match super::field(row, 1, "speech_verbs.tsv") {
        "finite" => Some(QuoteUse::Finite),
        "participle" => Some(QuoteUse::Participle),
        "-" => None,
        other => panic!("lexicon speech_verbs.tsv: quote use {other:?} is not finite, participle or -"),
    }
}

/// A yes/no column of the list (`col`, named `name` in the message of a bad value).
fn flag(row: &[&str], col: usize, name: &str) -> bool {
    match field(row, col, "speech_verbs.tsv") {
        "yes" => true,
        "no" => false,
        other => panic!("lexicon speech_verbs.tsv: {name} {other:?} is neither yes nor no"),
    }
}

fn reporting(row: &[&str]) -> bool {
    flag(row, 2, "reporting")
}

/// The quote extractor's verbs of one use, in list order (the order a regex
/// alternation tries them in).
pub(crate) fn quote_verbs(u: QuoteUse) -> Vec<&'static str> {
    rows(SPEECH_VERBS)
        .filter(|r| quote_use(r) == Some(u))
        .map(|r| r[0])
        .collect()
}

/// Whether a word (lowercase) is a one-word speech or reporting verb of the list.
pub(crate) fn is_speech_verb(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| rows(SPEECH_VERBS).map(|r| r[0]).filter(|v| !v.contains(' ')).collect())
        .contains(w)
}

/// Whether a word (lowercase) ends a speaker's name or role phrase read next to it
/// ("said Lt. Ann Lee told reporters", "said Lee, adding"): the list's `name_end` column.
pub(crate) fn ends_name(w: &str) -> bool {
    static SET: std::sync::OnceLock<super::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        rows(SPEECH_VERBS)
            .filter(|r| flag(r, 4, "name_end"))
            .map(|r| r[0])
            .collect()
    })
    .contains(w)
}

/// The reporting verbs attribution reads, in list order.
pub(crate) fn reporting_verbs() -> Vec<&'static str> {
    rows(SPEECH_VERBS).filter(|r| reporting(r)).map(|r| r[0]).collect()
}

/// The verbs after which a capitalised name is a speaker, not a place ("Jackson said"),
/// in list order.
pub(crate) fn place_cue_verbs() -> Vec<&'static str> {
    rows(SPEECH_VERBS)
        .filter(|r| flag(r, 3, "place"))
        .map(|r| r[0])
        .collect()
}

/// Words as a regex alternation (`said|says|...`), each escaped, in the given order;
/// built once by the regexes that use it.
pub(crate) fn alternation(words: &[&str]) -> String {
    words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_use() {
        for r in rows(SPEECH_VERBS) {
            // A word with neither use still tells the event reader that a date beside
            // it is a statement's ("denied Tuesday"); a phrase would tell nobody.
            assert!(
                quote_use(&r).is_some() || reporting(&r) || !r[0].contains(' '),
                "{r:?} is used by nobody"
            );
        }
        assert_eq!(quote_verbs(QuoteUse::Finite)[0], "said");
        assert!(reporting_verbs().contains(&"estimated"));
        assert!(ends_name("told") && ends_name("adding") && !ends_name("estimated"));
    }
}
