//! Words about places: US state abbreviations (`en/us_states.tsv`), capitalised words
//! that are also town names (`en/place_lookalikes.tsv`), the things a town name
//! modifies as an adjective of residence (`en/residence_things.tsv`) and the words that
//! make a capitalised phrase no place (`en/non_place_words.tsv`).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words, words_where};

const US_STATES: &str = include_str!("en/us_states.tsv");
const LOOKALIKES: &str = include_str!("en/place_lookalikes.tsv");
const RESIDENCE_THINGS: &str = include_str!("en/residence_things.tsv");
const NON_PLACE_WORDS: &str = include_str!("en/non_place_words.tsv");

/// The place lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("us_states.tsv", US_STATES),
    ("place_lookalikes.tsv", LOOKALIKES),
    ("residence_things.tsv", RESIDENCE_THINGS),
    ("non_place_words.tsv", NON_PLACE_WORDS),
];

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
static DIRECTION: LazyLock<WordSet> = LazyLock::new(|| words_where(LOOKALIKES, 1, "direction"));
static RESIDENCE_THING: LazyLock<WordSet> = LazyLock::new(|| words(RESIDENCE_THINGS));
static NON_PLACE: LazyLock<WordSet> = LazyLock::new(|| words(NON_PLACE_WORDS));

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

/// A compass point or part of a city standing alone ("Northeast", "Downtown"): never a
/// place by itself, whatever cue comes before. Case-sensitive.
pub(crate) fn is_direction(s: &str) -> bool {
    DIRECTION.contains(s)
}

/// A lowercased thing that makes a town before it an adjective of residence ("the
/// Laurel home", "a Bowie shooting"); people are `person::of_residence`.
pub(crate) fn is_residence_thing(w: &str) -> bool {
    RESIDENCE_THING.contains(w)
}

/// A lowercased word, its edge punctuation trimmed, that makes a capitalised phrase no
/// place ("Act", "Twitter", "Fact"); organisations are `organisations::is_place_org_word`.
pub(crate) fn is_non_place_word(lw: &str) -> bool {
    NON_PLACE.contains(lw)
}

/// A preposition that puts something at a place ("in", "near", "outside").
pub(crate) fn is_locative_prep(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "in" | "near"
            | "at"
            | "from"
            | "outside"
            | "of"
            | "to"
            | "into"
            | "across"
            | "around"
            | "toward"
            | "towards"
            | "through"
            | "throughout"
            | "within"
            | "inside"
            | "between"
            | "over"
            | "via"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert_eq!(ap_state_prefix("Ill., said"), Some("Illinois"));
        assert_eq!(postal_state("TN"), Some("Tennessee"));
        assert!(is_place_lookalike("Hope") && !is_place_lookalike("hope"));
        assert!(is_direction("Northeast") && is_place_lookalike("Northeast") && !is_direction("Hope"));
        assert!(is_residence_thing("home") && is_residence_thing("shooting") && !is_residence_thing("man"));
        assert!(is_non_place_word("act") && is_non_place_word("twitter") && !is_non_place_word("police"));
    }
}
