//! Counted nouns: the synonym classes a count's subject is read into
//! (`en/count_classes.tsv`: "soldiers" and "troops" are troops, "fatalities" and "dead"
//! are killed), and the things whose word after a number makes it a count, not a year
//! (`en/counted_things.tsv`: "2000 cars").

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words};

const COUNT_CLASSES: &str = include_str!("en/count_classes.tsv");
const COUNTED_THINGS: &str = include_str!("en/counted_things.tsv");

/// The count lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("count_classes.tsv", COUNT_CLASSES),
    ("counted_things.tsv", COUNTED_THINGS),
];

static CLASS: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    rows(COUNT_CLASSES)
        .map(|r| (r[0], field(&r, 1, "count_classes.tsv")))
        .collect()
});

static THING: LazyLock<WordSet> = LazyLock::new(|| words(COUNTED_THINGS));

/// Whether a lowercased word after a number shows that the number counts things, not a
/// year ("2000 cars", "1999 acres", "2001 more"); people are `person::counts_people`.
pub(crate) fn is_counted_thing(w: &str) -> bool {
    THING.contains(w)
}

/// The class of a lowercased counted noun, when it is in one ("soldiers" -> "troops",
/// "deaths" -> "killed", "pct" -> "percent").
pub(crate) fn counted_class(w: &str) -> Option<&'static str> {
    CLASS.get(w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(counted_class("soldiers"), Some("troops"));
        assert_eq!(counted_class("residents"), Some("people"));
        assert_eq!(counted_class("fatalities"), Some("killed"));
        assert_eq!(counted_class("pct"), Some("percent"));
        assert_eq!(counted_class("table"), None);
        let mut classes: Vec<&str> = CLASS.values().copied().collect();
        classes.sort_unstable();
        classes.dedup();
        assert_eq!(
            classes,
            ["arrested", "injured", "killed", "people", "percent", "troops", "votes"]
        );
    }

    #[test]
    fn things() {
        assert!(is_counted_thing("cars") && is_counted_thing("acres") && is_counted_thing("more"));
        assert!(!is_counted_thing("of") && !is_counted_thing("troops") && !is_counted_thing("march"));
    }
}
