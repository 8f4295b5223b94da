//! Temporal expressions (TIMEX3) as a grammar, below extraction: what a phrase like
//! "last Friday", "the third quarter of 1990" or "two years ago" says, and what date it
//! names given an anchor date.
//!
//! Pure text-and-calendar work, no sentences or documents: the grammar (`parse.rs`)
//! is hand-written over tokens from one regex pass (`lex.rs`); calendar arithmetic
//! (`calc.rs`) uses jiff. The date extractor (`extract::date`) adds what needs a
//! document: the clause's tense, anaphora, subjects; the page furniture and the
//! anchor stage read dates with it too.

pub(crate) mod calc;
pub(crate) mod lex;
pub(crate) mod parse;
pub(crate) mod wire;

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

pub use calc::easter;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Two weeks.
    Fortnight,
    /// Months.
    Month,
    /// Quarters (three months).
    Quarter,
    /// Years.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

/// "last", "this" or "next" in front of a weekday, month, season or unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    /// No qualifier: resolved by tense.
    None,
    /// "last Friday", "this past spring": strictly before the anchor.
    Last,
    /// "this Friday", "this September": the one belonging to the anchor's week / year.
    This,
    /// "next Friday", "this coming Sunday": strictly after the anchor.
    Next,
}

/// The tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tense {
    /// Past: "said", "was", "-ed".
    Past,
    /// Future: "will", "is scheduled to", "plans".
    Future,
    /// No marker found.
    Unknown,
}

/// A code the grammar names from a fixed set (a season, a holiday, a TIMEX3
/// reference). Spelt as an alias so that serde reads it through `wire::interned`
/// rather than borrowing it from the input.
pub type Code = &'static str;

/// A temporal expression before anchoring.
///
/// It is serialised for `claimcheck extract` (see `split`), which hands mentions to a
/// later `claimcheck reconcile`: externally tagged, snake_case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expr {
    /// A calendar date, possibly partial: "Oct. 23", "October 2024", "2024-10-23",
    /// "Tuesday, October 23", "June of this year" (`year_rel` 0), "last May" (`shift`).
    Calendar {
        /// The year as written.
        year: Option<i32>,
        /// The year relative to the anchor's ("this year" = 0, "last year" = -1).
        year_rel: Option<i32>,
        /// 1..=12.
        month: Option<i32>,
        /// 1..=31.
        day: Option<i32>,
        /// A weekday written next to the date, checked for consistency.
        #[serde(with = "wire::opt_weekday")]
        weekday: Option<Weekday>,
        /// "last May", "this September".
        shift: Shift,
    },
    /// A year: "1998", "fiscal 1989".
    Year(i32),
    /// A decade by its first three digits: "the 1990s" = 199.
    Decade(i32),
    /// A century by its first two digits: "the 20th century" = 19.
    Century(i32),
    /// A season: "summer", "last fall", "the winter of 1994".
    Season {
        /// The year as written.
        year: Option<i32>,
        /// The year relative to the anchor's.
        year_rel: Option<i32>,
        /// TIMEX3 season code: SP, SU, FA, WI.
        #[serde(deserialize_with = "wire::interned")]
        season: Code,
        /// "last fall", "this summer".
        shift: Shift,
    },
    /// A quarter: "the third quarter", "Q3 2024". `q` 0 means "the same quarter as the
    /// latest one" ("the 1988 quarter" in an earnings report).
    Quarter {
        /// The year as written.
        year: Option<i32>,
        /// The year relative to the anchor's.
        year_rel: Option<i32>,
        /// 1..=4, or 0 (see above).
        q: u8,
    },
    /// A half year: "the first half of 1990".
    Half {
        /// The year as written.
        year: Option<i32>,
        /// The year relative to the anchor's.
        year_rel: Option<i32>,
        /// 1 or 2.
        h: u8,
    },
    /// A weekday: "Wednesday", "last Friday", "this Thursday".
    Weekday {
        /// Which day.
        #[serde(with = "wire::weekday")]
        weekday: Weekday,
        /// "last"/"this"/"next".
        shift: Shift,
    },
    /// "the weekend", "last weekend".
    Weekend {
        /// "last"/"this"/"next".
        shift: Shift,
    },
    /// A unit offset from the anchor's: "today" (Day, 0), "yesterday" (Day, -1), "this
    /// week" (Week, 0), "last month" (Month, -1), "the latest quarter" (Quarter, -1).
    Relative {
        /// The grain.
        unit: Unit,
        /// Units from the anchor's.
        offset: i32,
    },
    /// A distance from the anchor: "two days ago", "a year earlier", "in three weeks".
    Offset {
        /// The unit counted.
        unit: Unit,
        /// How many (`None`: "several", "a few").
        n: Option<f64>,
        /// -1 before the anchor, 1 after.
        sign: i32,
    },
    /// A named day: "Christmas", "Thanksgiving Day", "Election Day".
    Holiday {
        /// Internal name.
        #[serde(deserialize_with = "wire::interned")]
        name: Code,
        /// The year as written.
        year: Option<i32>,
        /// "last Christmas".
        shift: Shift,
    },
    /// PRESENT_REF, PAST_REF or FUTURE_REF: "now", "recently", "the future".
    Ref(#[serde(deserialize_with = "wire::interned")] Code),
    /// The same period a year before another: "a year earlier" after "the third
    /// quarter" in an earnings report is the third quarter of the year before.
    YearBefore(Box<Expr>),
    /// A clock time: "12:30 a.m.", "9 a.m. Tuesday", "noon". Its day is the one written
    /// with it, else a day named elsewhere in its sentence, else the anchor's.
    Time {
        /// 0..=24 (24: midnight, as TIMEX3 writes it).
        hour: u8,
        /// 0..=59.
        minute: u8,
        /// The day it falls on, when the text says.
        day: Option<Box<Expr>>,
        /// The tense `day` is resolved in, when it comes from another clause.
        day_tense: Option<Tense>,
    },
    /// A period named through an earlier date of the text: "that year", "later that
    /// month", "the following year", "the next day" (`offset` units after `base`).
    Anaphoric {
        /// The date referred back to; `None` when the text named none before (the
        /// anchor stands in).
        base: Option<Box<Expr>>,
        /// The tense `base` was resolved in.
        base_tense: Tense,
        /// Year, Month or Day.
        unit: Unit,
        /// Units after the base's (-1 "the previous year", 1 "the next day").
        offset: i32,
    },
    /// A length of time: "two years" (P2Y), "weeks" (PXW).
    Duration {
        /// How many (`None`: unspecified).
        n: Option<f64>,
        /// The unit.
        unit: Unit,
    },
}

impl Expr {
    /// Whether the value depends on the anchor.
    pub fn is_relative(&self) -> bool {
        match self {
            Expr::Calendar { year, .. } | Expr::Season { year, .. } | Expr::Holiday { year, .. } => year.is_none(),
            Expr::Quarter { year, q, .. } => year.is_none() || *q == 0,
            Expr::Half { year, .. } => year.is_none(),
            Expr::Year(_) | Expr::Decade(_) | Expr::Century(_) | Expr::Ref(_) | Expr::Duration { .. } => false,
            Expr::YearBefore(e) => e.is_relative(),
            Expr::Time { day, .. } => day.as_ref().is_none_or(|d| d.is_relative()),
            Expr::Anaphoric { base, .. } => base.as_ref().is_none_or(|b| b.is_relative()),
            Expr::Weekday { .. } | Expr::Weekend { .. } | Expr::Relative { .. } | Expr::Offset { .. } => true,
        }
    }

    /// The absolute day this expression names without any anchor, if it names one.
    pub fn absolute_day(&self) -> Option<Date> {
        match *self {
            Expr::Calendar {
                year: Some(y),
                month: Some(m),
                day: Some(d),
                ..
            } => calc::ymd(y, m, d),
            _ => None,
        }
    }
}

/// The expressions in a short text, without sentence context (for metadata values).
pub fn parse_exprs(text: &str) -> Vec<Expr> {
    let toks = lex::tokenize(text, 0, text.len());
    parse::Parser::new(&toks).all().into_iter().map(|h| h.expr).collect()
}

/// The first temporal expression in a short string that names a calendar day.
pub(crate) fn calendar_day_expr(s: &str) -> Option<Expr> {
    parse_exprs(s)
        .into_iter()
        .find(|e| matches!(e, Expr::Calendar { day: Some(_), .. }))
}
