//! Calendar words: months, weekdays and named holidays (`en/months.tsv`,
//! `en/weekdays.tsv`, `en/holidays.tsv`).

use std::sync::LazyLock;

use jiff::civil::Weekday;

use super::{WordMap, field, rows};

const MONTHS: &str = include_str!("en/months.tsv");
const WEEKDAYS: &str = include_str!("en/weekdays.tsv");
const HOLIDAYS: &str = include_str!("en/holidays.tsv");

/// The calendar lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("months.tsv", MONTHS),
    ("weekdays.tsv", WEEKDAYS),
    ("holidays.tsv", HOLIDAYS),
];

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

/// A holiday's name as the date grammar reads it ("new year day").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Holiday {
    /// The lowercased words, the first capitalised in the text.
    pub(crate) words: Vec<&'static str>,
    /// The holiday the date rules know ("newyear").
    pub(crate) id: &'static str,
    /// The last word must be capitalised too ("Labor Day").
    pub(crate) last_cap: bool,
    /// A year may follow, and a capitalised word after the name rules it out.
    pub(crate) year: bool,
}

fn flag(row: &[&str], col: usize, file: &str) -> bool {
    match field(row, col, file) {
        "y" => true,
        "-" => false,
        other => panic!("lexicon {file}: flag {other:?} is neither y nor -"),
    }
}

/// The holidays by first word, longest name first.
static HOLIDAY: LazyLock<WordMap<Vec<Holiday>>> = LazyLock::new(|| {
    let mut m: WordMap<Vec<Holiday>> = WordMap::default();
    for r in rows(HOLIDAYS) {
        let words: Vec<&'static str> = r[0].split(' ').collect();
        let h = Holiday {
            id: field(&r, 1, "holidays.tsv"),
            last_cap: flag(&r, 2, "holidays.tsv"),
            year: flag(&r, 3, "holidays.tsv"),
            words,
        };
        m.entry(h.words[0]).or_default().push(h);
    }
    for v in m.values_mut() {
        v.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
    }
    m
});

/// The holiday names that begin with a lowercased word, longest first.
pub(crate) fn holidays(first: &str) -> &'static [Holiday] {
    HOLIDAY.get(first).map_or(&[], Vec::as_slice)
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

/// The full month names, January first, lowercased.
fn month_names() -> impl Iterator<Item = &'static str> {
    let mut v: Vec<(i32, &'static str)> = MONTH
        .iter()
        .filter(|(_, m)| !m.abbr)
        .map(|(w, m)| (m.number, *w))
        .collect();
    v.sort_unstable();
    v.into_iter().map(|(_, w)| w)
}

/// The full weekday names, Monday first, lowercased.
fn weekday_names() -> impl Iterator<Item = &'static str> {
    let mut v: Vec<(i8, &'static str)> = WEEKDAY
        .iter()
        .filter(|(_, d)| !d.abbr)
        .map(|(w, d)| (d.day.to_monday_one_offset(), *w))
        .collect();
    v.sort_unstable();
    v.into_iter().map(|(_, w)| w)
}

/// The full weekday names, Monday first: (lowercased, capitalised).
static WEEKDAY_NAMES: LazyLock<Vec<(&'static str, String)>> =
    LazyLock::new(|| weekday_names().map(|w| (w, capitalised(w))).collect());

/// A weekday's full name, lowercased ("friday"), as the extract stream writes it.
pub(crate) fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAY_NAMES[day.to_monday_zero_offset() as usize].0
}

/// A weekday's full name, capitalised ("Friday"), as explanations write it.
pub(crate) fn weekday_title(day: Weekday) -> &'static str {
    &WEEKDAY_NAMES[day.to_monday_zero_offset() as usize].1
}

/// "monday" -> "Monday".
fn capitalised(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// A regex alternation of the full weekday names, capitalised, Monday first:
/// "Monday|Tuesday|...|Sunday".
pub(crate) fn weekday_alternation() -> String {
    weekday_names().map(capitalised).collect::<Vec<_>>().join("|")
}

/// A regex alternation of the first three letters of the full month names, then of the
/// full weekday names, lowercased: "jan|feb|...|dec|mon|tue|...|sun".
pub(crate) fn month_and_weekday_prefixes() -> String {
    month_names()
        .chain(weekday_names())
        .map(|w| &w[..3])
        .collect::<Vec<_>>()
        .join("|")
}

/// A regex alternation of each month's short forms, capitalised, January first: its
/// abbreviations in list order, or its full name when it has none ("May"):
/// "Jan|Feb|...|Sep|Sept|Oct|Nov|Dec".
pub(crate) fn month_short_alternation() -> String {
    let mut out = Vec::new();
    for (n, full) in month_names().enumerate() {
        let n = i32::try_from(n + 1).expect("twelve months");
        let abbrs: Vec<&str> = rows(MONTHS)
            .filter(|r| r[0] != full && MONTH.get(r[0]).is_some_and(|m| m.number == n && m.abbr))
            .map(|r| r[0])
            .collect();
        if abbrs.is_empty() {
            out.push(capitalised(full));
        } else {
            out.extend(abbrs.into_iter().map(capitalised));
        }
    }
    out.join("|")
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
        for n in 1..=7 {
            let day = Weekday::from_monday_one_offset(n).unwrap();
            assert_eq!(weekday(weekday_name(day)).map(|d| (d.day, d.abbr)), Some((day, false)));
            assert_eq!(weekday_title(day), capitalised(weekday_name(day)));
        }
    }

    #[test]
    fn holidays_longest_first() {
        let c: Vec<&str> = holidays("christmas").iter().map(|h| h.id).collect();
        assert_eq!(c.len(), 3);
        assert_eq!(holidays("christmas")[2].words, ["christmas"]);
        assert!(holidays("labor")[0].last_cap);
        assert!(holidays("monday").is_empty());
    }

    #[test]
    fn alternations() {
        assert_eq!(
            weekday_alternation(),
            "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        );
        assert_eq!(
            month_and_weekday_prefixes(),
            "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
        );
        assert_eq!(
            month_short_alternation(),
            "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
        );
    }
}
