//! Words of the date grammar besides months and weekdays: units of time
//! (`en/time_units.tsv`), seasons (`en/seasons.tsv`), ordinal words (`en/ordinals.tsv`)
//! decade words (`en/decades.tsv`), relative time words (`en/time_words.tsv`) and time
//! zones (`en/time_zones.tsv`).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words, words_where};

const TIME_UNITS: &str = include_str!("en/time_units.tsv");
const SEASONS: &str = include_str!("en/seasons.tsv");
const ORDINALS: &str = include_str!("en/ordinals.tsv");
const DECADES: &str = include_str!("en/decades.tsv");
const TIME_WORDS: &str = include_str!("en/time_words.tsv");
const TIME_ZONES: &str = include_str!("en/time_zones.tsv");

/// The lists of this module, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("time_units.tsv", TIME_UNITS),
    ("seasons.tsv", SEASONS),
    ("ordinals.tsv", ORDINALS),
    ("decades.tsv", DECADES),
    ("time_words.tsv", TIME_WORDS),
    ("time_zones.tsv", TIME_ZONES),
];

/// A unit-of-time word: the unit's name as the list writes it ("week") and whether the
/// word is plural.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct UnitWord {
    /// second, minute, hour, day, week, fortnight, month, quarter, year, decade, century.
    pub(crate) unit: &'static str,
    /// "weeks", not "week".
    pub(crate) plural: bool,
}

static UNIT: LazyLock<WordMap<UnitWord>> = LazyLock::new(|| {
    rows(TIME_UNITS)
        .map(|r| {
            let plural = match field(&r, 2, "time_units.tsv") {
                "pl" => true,
                "sg" => false,
                other => panic!("lexicon time_units.tsv: number {other:?} is neither sg nor pl"),
            };
            (
                r[0],
                UnitWord {
                    unit: field(&r, 1, "time_units.tsv"),
                    plural,
                },
            )
        })
        .collect()
});

static SEASON: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| rows(SEASONS).map(|r| (r[0], field(&r, 1, "seasons.tsv"))).collect());

fn numbers<T: std::str::FromStr>(text: &'static str, file: &str) -> WordMap<T> {
    rows(text)
        .map(|r| {
            let v = field(&r, 1, file)
                .parse()
                .unwrap_or_else(|_| panic!("lexicon {file}: {r:?} has no number"));
            (r[0], v)
        })
        .collect()
}

static ORDINAL: LazyLock<WordMap<u32>> = LazyLock::new(|| numbers(ORDINALS, "ordinals.tsv"));
static DECADE: LazyLock<WordMap<i32>> = LazyLock::new(|| numbers(DECADES, "decades.tsv"));

/// The unit of time a lowercased word names ("weeks": week, plural).
pub(crate) fn unit(w: &str) -> Option<UnitWord> {
    UNIT.get(w).copied()
}

/// The TIMEX3 season code (SP, SU, FA, WI) of a lowercased season word.
pub(crate) fn season(w: &str) -> Option<&'static str> {
    SEASON.get(w).copied()
}

/// The value of an ordinal word ("third": 3); longer ordinals are built from these.
pub(crate) fn ordinal(w: &str) -> Option<u32> {
    ORDINAL.get(w).copied()
}

/// The decade of the century a decade word names ("nineties": 9).
pub(crate) fn decade(w: &str) -> Option<i32> {
    DECADE.get(w).copied()
}

static DATING_WORD: LazyLock<WordSet> = LazyLock::new(|| words_where(TIME_WORDS, 1, "y"));
static LABEL_WORD: LazyLock<WordSet> = LazyLock::new(|| words_where(TIME_WORDS, 2, "y"));
static DAY_PART: LazyLock<WordSet> = LazyLock::new(|| words_where(TIME_WORDS, 3, "y"));
static PAST_WORD: LazyLock<WordSet> = LazyLock::new(|| words_where(TIME_WORDS, 4, "y"));
static NEAR_WORD: LazyLock<WordSet> = LazyLock::new(|| words_where(TIME_WORDS, 5, "y"));

/// A word of a time within the days of a story's event: a weekday's name, a part of the
/// day, or a relative word of days or weeks ("yesterday", "last week", "overnight").
pub(crate) fn is_near_time_word(w: &str) -> bool {
    super::calendar::is_weekday_name(w) || NEAR_WORD.contains(w)
}

/// A word that points before the time of writing ("earlier", "last", "ago").
pub(crate) fn is_past_word(w: &str) -> bool {
    PAST_WORD.contains(w)
}

/// A word that dates a mention rather than saying what it is about: a month word (full
/// or abbreviated), a weekday's full name, or a relative time word ("yesterday", "ago",
/// "week"). Left out of the words that compare two mentions.
pub(crate) fn is_dating_word(w: &str) -> bool {
    super::calendar::month(w).is_some() || super::calendar::is_weekday_name(w) || DATING_WORD.contains(w)
}

/// A relative time word or part of the day left out of a date's subject label
/// ("tonight", "morning").
pub(crate) fn is_label_time_word(w: &str) -> bool {
    LABEL_WORD.contains(w)
}

/// A part of the day ("morning", "night").
pub(crate) fn is_day_part(w: &str) -> bool {
    DAY_PART.contains(w)
}

static ZONE: LazyLock<WordSet> = LazyLock::new(|| words(TIME_ZONES));

/// A lowercased time-zone abbreviation ("est", "utc").
pub(crate) fn is_time_zone(w: &str) -> bool {
    ZONE.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let weeks = unit("weeks").expect("weeks");
        assert_eq!((weeks.unit, weeks.plural), ("week", true));
        assert!(!unit("week").expect("week").plural);
        assert_eq!(season("summer"), Some("SU"));
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(decade("nineties"), Some(9));
        assert!(is_dating_word("yesterday") && is_dating_word("sept") && is_dating_word("friday"));
        assert!(is_label_time_word("tonight") && !is_label_time_word("week"));
        assert!(is_day_part("night") && is_day_part("morning") && !is_day_part("tonight") && !is_day_part("later"));
    }
}
