//! Event classes (`en/event_classes.tsv`): the predicate that tells which event a
//! claim is about ("shot", "killed", "gunfire" -> incident; "ratified", "approved",
//! "passed" -> approve). Words are matched by their Snowball stem, so "shootings" and
//! "shooting" find "shoot".

use std::sync::OnceLock;

use super::{field, rows};

const EVENT_CLASSES: &str = include_str!("en/event_classes.tsv");

/// The event-class list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("event_classes.tsv", EVENT_CLASSES)];

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

/// The Snowball stem of a lowercase word, the form event words are matched by.
pub(crate) fn stem(lower: &str) -> String {
    stemmer().stem(lower).into_owned()
}

/// The event class of a word (any case or inflection), if it names one.
pub(crate) fn class(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let t = table();
    t.get(lower.as_str())
        .or_else(|| t.get(stemmer().stem(&lower).as_ref()))
        .copied()
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
}
