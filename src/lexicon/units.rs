//! Units (`en/units.tsv`): measures ("miles", "kg") and time units ("years", "pm").

use std::sync::LazyLock;

use super::{WordSet, words_where};

const UNITS: &str = include_str!("en/units.tsv");

/// The unit list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("units.tsv", UNITS)];

static MEASURE: LazyLock<WordSet> = LazyLock::new(|| words_where(UNITS, 1, "measure"));
static TIME: LazyLock<WordSet> = LazyLock::new(|| words_where(UNITS, 1, "time"));

/// A lowercased measurement unit: a count of it is a quantity ("five miles").
pub(crate) fn is_measure(w: &str) -> bool {
    MEASURE.contains(w)
}

/// A lowercased unit of time or clock word ("years", "decade", "pm").
pub(crate) fn is_time_unit(w: &str) -> bool {
    TIME.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_measure("miles") && !is_time_unit("miles"));
        assert!(is_time_unit("years") && !is_measure("years"));
        assert!(!is_measure("people"));
    }
}
