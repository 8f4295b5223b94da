//! Counted nouns (`en/count_classes.tsv`): the synonym classes a count's subject is read
//! into ("soldiers" and "troops" are troops, "fatalities" and "dead" are killed).

use std::sync::LazyLock;

use super::{WordMap, field, rows};

const COUNT_CLASSES: &str = include_str!("en/count_classes.tsv");

/// The count lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("count_classes.tsv", COUNT_CLASSES)];

static CLASS: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    rows(COUNT_CLASSES)
        .map(|r| (r[0], field(&r, 1, "count_classes.tsv")))
        .collect()
});

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
}
