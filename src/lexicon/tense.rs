//! Tense markers (`en/tense_markers.tsv`): the words the date extractor looks for
//! around an expression to tell whether its clause speaks of the past or the future.

use std::sync::LazyLock;

use super::{WordSet, words_where};

const TENSE_MARKERS: &str = include_str!("en/tense_markers.tsv");

/// The lists of this module, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("tense_markers.tsv", TENSE_MARKERS)];

static FUTURE: LazyLock<WordSet> = LazyLock::new(|| words_where(TENSE_MARKERS, 1, "future"));
static PAST: LazyLock<WordSet> = LazyLock::new(|| words_where(TENSE_MARKERS, 1, "past"));
static IRREGULAR: LazyLock<WordSet> = LazyLock::new(|| words_where(TENSE_MARKERS, 1, "irregular"));
static NOT_PAST: LazyLock<WordSet> = LazyLock::new(|| words_where(TENSE_MARKERS, 1, "not_past"));
static SCHEDULE: LazyLock<WordSet> = LazyLock::new(|| words_where(TENSE_MARKERS, 1, "schedule"));

/// Whether a lowercased word, before a date in its clause, says the date is awaited
/// ("before", "deadline", "postponement").
pub(crate) fn is_schedule_word(w: &str) -> bool {
    SCHEDULE.contains(w)
}

/// Whether a lowercased word marks future reference ("will", "scheduled", "next").
pub(crate) fn is_future_marker(w: &str) -> bool {
    FUTURE.contains(w)
}

/// Whether a lowercased word marks past reference besides `-ed` forms ("was", "ago",
/// "sank").
pub(crate) fn is_past_marker(w: &str) -> bool {
    PAST.contains(w) || IRREGULAR.contains(w)
}

/// Whether a lowercased word is a past-tense verb form not ending in `-ed` ("fled",
/// "sank"): the count extractor ends a noun phrase before it.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    IRREGULAR.contains(w)
}

/// Whether a lowercased `-ed` word does not mark the past ("expected", "hundred").
pub(crate) fn is_ed_exception(w: &str) -> bool {
    NOT_PAST.contains(w)
}

/// Whether a lowercased word is a regular past form: five letters or more ending in
/// `-ed`, not one of the exceptions ([`is_ed_exception`]).
pub(crate) fn is_regular_past(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("ed") && !is_ed_exception(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_loads() {
        assert!(is_future_marker("will") && !is_future_marker("was"));
        assert!(is_past_marker("was") && is_past_marker("ago") && is_past_marker("sank"));
        assert!(is_irregular_past("fled") && !is_irregular_past("was") && !is_irregular_past("killed"));
        assert!(is_ed_exception("expected") && is_ed_exception("hundred"));
        assert!(is_schedule_word("deadline") && !is_schedule_word("yesterday"));
    }
}
