//! Calendar words: months and weekdays (`en/months.tsv`, `en/weekdays.tsv`).

use std::sync::LazyLock;

use jiff::civil::Weekday;

use super::{WordMap, field, rows};

const MONTHS: &str = include_str!("en/months.tsv");
const WEEKDAYS: &str = include_str!("en/weekdays.tsv");

/// The calendar lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("months.tsv", MONTHS), ("weekdays.tsv", WEEKDAYS)];

/// A month word: its number (1-12) and whether it is an abbreviation ("sept").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthWord {
    /// 1 = January.
    pub(crate) number: i32,
    /// An abbreviation ("oct"), not the whole name.
    pub(crate) abbr: bool,
}

/// A weekday word: its day and whether it is an abbreviation ("thurs").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WeekdayWord {
    /// The day.
    pub(crate) day: Weekday,
    /// An abbreviation ("wed"), not the whole name.
    pub(crate) abbr: bool,
}

fn abbr(row: &[&str], file: &str) -> bool {
    match field(row, 2, file) {
        "abbr" => true,
        "full" => false,
        other => panic!("lexicon {file}: form {other:?} is neither full nor abbr"),
    }
}

static MONTH: LazyLock<WordMap<MonthWord>> = LazyLock::new(|| {
    rows(MONTHS)
        .map(|r| {
            let number = field(&r, 1, "months.tsv")
                .parse()
                .expect("lexicon months.tsv: month number");
            (
                r[0],
                MonthWord {
                    number,
                    abbr: abbr(&r, "months.tsv"),
                },
            )
        })
        .collect()
});

static WEEKDAY: LazyLock<WordMap<WeekdayWord>> = LazyLock::new(|| {
    rows(WEEKDAYS)
        .map(|r| {
            let n: i8 = field(&r, 1, "weekdays.tsv")
                .parse()
                .expect("lexicon weekdays.tsv: day number");
            let day = Weekday::from_monday_one_offset(n).expect("lexicon weekdays.tsv: day 1-7");
            (
                r[0],
                WeekdayWord {
                    day,
                    abbr: abbr(&r, "weekdays.tsv"),
                },
            )
        })
        .collect()
});

/// A weekday's full name, lowercased ("friday", not "fri").
pub(crate) fn is_weekday_name(w: &str) -> bool {
    weekday(w).is_some_and(|d| !d.abbr)
}

/// The month a lowercased word names, full or abbreviated (without its dot).
pub(crate) fn month(w: &str) -> Option<MonthWord> {
    MONTH.get(w).copied()
}

/// The weekday a lowercased word names, full or abbreviated (without its dot).
pub(crate) fn weekday(w: &str) -> Option<WeekdayWord> {
    WEEKDAY.get(w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_and_weekday_has_its_full_name() {
        let full: Vec<i32> = MONTH.values().filter(|m| !m.abbr).map(|m| m.number).collect();
        assert_eq!(full.len(), 12);
        assert_eq!(month("sept"), Some(MonthWord { number: 9, abbr: true }));
        assert_eq!(month("may"), Some(MonthWord { number: 5, abbr: false }));
        assert_eq!(month("mayday"), None);
        assert_eq!(WEEKDAY.values().filter(|d| !d.abbr).count(), 7);
        assert_eq!(weekday("thurs").map(|d| d.day), Some(Weekday::Thursday));
        assert_eq!(weekday("we"), None);
    }
}
