//! Event classes (`en/event_classes.tsv`): the predicate that tells which event a
//! claim is about ("shot", "killed", "gunfire" -> incident; "ratified", "approved",
//! "passed" -> approve). Words are matched by their Snowball stem, so "shootings" and
//! "shooting" find "shoot".

use std::sync::OnceLock;

use super::{field, rows};

const EVENT_CLASSES: &str = include_str!("en/event_classes.tsv");
const OCCURRENCE_VERBS: &str = include_str!("en/occurrence_verbs.tsv");
const OTHER_EVENT_WORDS: &str = include_str!("en/other_event_words.tsv");
const EVENT_ANAPHORS: &str = include_str!("en/event_anaphors.tsv");

/// The event-class lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("event_classes.tsv", EVENT_CLASSES),
    ("occurrence_verbs.tsv", OCCURRENCE_VERBS),
    ("other_event_words.tsv", OTHER_EVENT_WORDS),
    ("event_anaphors.tsv", EVENT_ANAPHORS),
];

fn stemmer() -> &'static rust_stemmers::Stemmer {
    static S: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    S.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English))
}

/// Stems of the listed words, with their class.
fn table() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static T: OnceLock<rustc_hash::FxHashMap<String, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        rows(EVENT_CLASSES)
            .map(|r| {
                let w = field(&r, 0, "event_classes.tsv");
                (stemmer().stem(w).into_owned(), field(&r, 1, "event_classes.tsv"))
            })
            .collect()
    })
}

thread_local! {
    static STEMS: crate::text::Memo<Box<str>> = Default::default();
}

/// The Snowball stem of a lowercase word, the form event words are matched by (kept per
/// thread: each word is stemmed about once).
pub(crate) fn stem(lower: &str) -> String {
    crate::text::memo(&STEMS, lower, |w| stemmer().stem(w).into()).into()
}

/// The event class of a word (any case or inflection), if it names one.
pub(crate) fn class(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let t = table();
    t.get(lower.as_str()).or_else(|| t.get(stem(&lower).as_str())).copied()
}

/// Whether a lowercase word stands for an event the text has told (`en/event_anaphors.tsv`:
/// "incident", "episode").
pub(crate) fn is_event_anaphor(lower: &str) -> bool {
    static T: OnceLock<super::WordSet> = OnceLock::new();
    T.get_or_init(|| super::words(EVENT_ANAPHORS)).contains(lower)
}

/// Whether a lowercase word tells of another event than the one a document reports, or
/// relates two times (`en/other_event_words.tsv`: "another", "separate", "since").
pub(crate) fn is_other_event_word(lower: &str) -> bool {
    static T: OnceLock<super::WordSet> = OnceLock::new();
    T.get_or_init(|| super::words(OTHER_EVENT_WORDS)).contains(lower)
}

/// The stems of the occurrence verbs ("happened", "took place"), each as one or two words.
fn occurrence() -> &'static [Vec<String>] {
    static T: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    T.get_or_init(|| {
        rows(OCCURRENCE_VERBS)
            .map(|r| {
                field(&r, 0, "occurrence_verbs.tsv")
                    .split_whitespace()
                    .map(|w| stem(&w.to_lowercase()))
                    .collect()
            })
            .collect()
    })
}

/// How many words an occurrence verb takes that ends with `words[0]`, reading
/// `words` backwards from it (`words[1]` is the word before): "place" after "took" is
/// 2, "happened" is 1; 0 when there is none.
pub(crate) fn occurrence_before(words: &[&str]) -> usize {
    let stems: Vec<String> = words.iter().take(2).map(|w| stem(&w.to_lowercase())).collect();
    occurrence()
        .iter()
        .filter(|v| v.len() <= stems.len() && v.iter().rev().zip(&stems).all(|(a, b)| a == b))
        .map(Vec::len)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_find_their_class() {
        for (w, c) in [
            ("shootings", "incident"),
            ("Shot", "incident"),
            ("killed", "incident"),
            ("died", "die"),
            ("ratified", "approve"),
            ("passed", "approve"),
            ("sent", "deploy"),
            ("deployed", "deploy"),
            ("spotted", "deploy"),
            ("sentenced", "sentence"),
        ] {
            assert_eq!(class(w), Some(c), "{w}");
        }
        for w in ["said", "told", "the", "troops"] {
            assert_eq!(class(w), None, "{w}");
        }
    }

    #[test]
    fn occurrence_verbs_are_read_backwards() {
        assert_eq!(occurrence_before(&["happened", "shooting"]), 1);
        assert_eq!(occurrence_before(&["occurred"]), 1);
        assert_eq!(occurrence_before(&["place", "took", "shooting"]), 2);
        assert_eq!(occurrence_before(&["place", "taking"]), 2);
        assert_eq!(occurrence_before(&["place", "the"]), 0);
        assert_eq!(occurrence_before(&["took", "police"]), 0);
        assert_eq!(occurrence_before(&[]), 0);
    }
}
