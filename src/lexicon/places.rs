//! Words about places: US state abbreviations (`en/us_states.tsv`) and capitalised words
//! that are also town names (`en/place_lookalikes.tsv`).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words};

const US_STATES: &str = include_str!("en/us_states.tsv");
const LOOKALIKES: &str = include_str!("en/place_lookalikes.tsv");

/// The place lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("us_states.tsv", US_STATES), ("place_lookalikes.tsv", LOOKALIKES)];

/// AP-style abbreviations ("Ill.", "N.Y.") with their state, in the list's order.
pub(crate) static AP_STATES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(US_STATES)
        .filter(|r| field(r, 1, "us_states.tsv") == "ap")
        .map(|r| (r[0], field(&r, 2, "us_states.tsv")))
        .collect()
});

static POSTAL: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    rows(US_STATES)
        .filter(|r| field(r, 1, "us_states.tsv") == "postal")
        .map(|r| (r[0], field(&r, 2, "us_states.tsv")))
        .collect()
});

static LOOKALIKE: LazyLock<WordSet> = LazyLock::new(|| words(LOOKALIKES));

/// The state an AP-style abbreviation at the start of `s` names ("Ill., said" -> Illinois).
pub(crate) fn ap_state_prefix(s: &str) -> Option<&'static str> {
    AP_STATES.iter().find(|(a, _)| s.starts_with(a)).map(|(_, f)| *f)
}

/// The US state of a two-letter postal code ("TN").
pub(crate) fn postal_state(code: &str) -> Option<&'static str> {
    POSTAL.get(code).copied()
}

/// A capitalised word (or two) that is also a town name but rarely means the town in
/// news copy ("Hope", "Mobile", "Police Department"). Case-sensitive.
pub(crate) fn is_place_lookalike(s: &str) -> bool {
    LOOKALIKE.contains(s)
}
