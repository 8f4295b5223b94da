//! Calendar arithmetic: an [`Expr`] plus an anchor date to a TIMEX3 value.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::{Expr, Shift, Tense, Unit};
use crate::lexicon::calendar::weekday_title;

/// A resolved value before it becomes a `DateValue`.
pub(crate) struct Resolved {
    pub timex: Option<String>,
    pub grain: &'static str,
    pub inconsistency: Option<String>,
}

fn r(timex: Option<String>, grain: &'static str) -> Resolved {
    Resolved {
        timex,
        grain,
        inconsistency: None,
    }
}

/// A date from year, month, day if valid.
pub(crate) fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    let m = i8::try_from(m).ok()?;
    let d = i8::try_from(d).ok()?;
    Date::new(y, m, d).ok()
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(n.days()).ok()
}

/// (year, month) plus `n` months.
fn add_months(y: i32, m: i32, n: i32) -> (i32, i32) {
    let t = y * 12 + (m - 1) + n;
    (t.div_euclid(12), t.rem_euclid(12) + 1)
}

fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn fmt_day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn fmt_month(y: i32, m: i32) -> String {
    format!("{y:04}-{m:02}")
}

/// Easter Sunday (Gregorian) of `year`.
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = ((h + l - 7 * m + 114) % 31) + 1;
    ymd(year, month, day)
}

fn nth_weekday(year: i32, month: i32, n: i8, wd: Weekday) -> Option<Date> {
    ymd(year, month, 1)?.nth_weekday_of_month(n, wd).ok()
}

/// The date of a named holiday in `year`.
fn holiday(name: &str, year: i32) -> Option<Date> {
    match name {
        "christmas" => ymd(year, 12, 25),
        "christmaseve" => ymd(year, 12, 24),
        "newyear" => ymd(year, 1, 1),
        "newyeareve" => ymd(year, 12, 31),
        "halloween" => ymd(year, 10, 31),
        "independence" => ymd(year, 7, 4),
        "veterans" => ymd(year, 11, 11),
        "valentine" => ymd(year, 2, 14),
        "thanksgiving" => nth_weekday(year, 11, 4, Weekday::Thursday),
        "labor" => nth_weekday(year, 9, 1, Weekday::Monday),
        "memorial" => nth_weekday(year, 5, -1, Weekday::Monday),
        "election" => add_days(nth_weekday(year, 11, 1, Weekday::Monday)?, 1),
        "easter" => easter(year),
        _ => None,
    }
}

/// Of the candidate years `a.year()-1 ..= a.year()+1`, the one placing `f(year)` where
/// the tense or shift says, else nearest to the anchor.
fn pick_year(a: Date, tense: Tense, shift: Shift, f: impl Fn(i32) -> Option<Date>) -> Option<Date> {
    let y0 = i32::from(a.year());
    let cands: Vec<Date> = (y0 - 1..=y0 + 1).filter_map(&f).collect();
    match shift {
        Shift::Last => cands.into_iter().rfind(|d| *d < a),
        Shift::Next => cands.into_iter().find(|d| *d > a),
        Shift::This => f(y0),
        // Nearest, with a penalty for going against the tense: a date named without
        // its year is usually within months of the anchor, on the side the verb says.
        // Going against the tense costs three times the distance: "the May 31 death"
        // in a February story is last May's.
        Shift::None => cands.into_iter().min_by_key(|d| {
            let days = i64::from(d.since(a).map_or(i32::MAX, |s| s.get_days()));
            let against = match tense {
                Tense::Past => days > 0,
                Tense::Future => days < 0,
                Tense::Unknown => false,
            };
            if against { days.abs() * 3 + 30 } else { days.abs() }
        }),
    }
}

fn quarter_of(m: i32) -> i32 {
    (m - 1) / 3 + 1
}

/// The Saturday of the weekend the expression names.
fn weekend(a: Date, shift: Shift, tense: Tense) -> Option<Date> {
    let off = i64::from(a.weekday().to_monday_zero_offset()); // Mon 0 .. Sun 6
    let this_sat = add_days(a, 5 - off)?;
    let prev_sat = add_days(this_sat, -7)?;
    let in_weekend = off >= 5;
    match shift {
        Shift::Next => Some(if in_weekend { add_days(this_sat, 7)? } else { this_sat }),
        Shift::Last => Some(prev_sat),
        Shift::This => Some(this_sat),
        Shift::None => Some(if in_weekend || tense == Tense::Future {
            this_sat
        } else {
            prev_sat
        }),
    }
}

fn duration_value(n: Option<f64>, unit: Unit) -> String {
    let (letter, time, sub) = match unit {
        Unit::Second => ("S", true, None),
        Unit::Minute => ("M", true, Some((60.0, "S", true))),
        Unit::Hour => ("H", true, Some((60.0, "M", true))),
        Unit::Day => ("D", false, Some((24.0, "H", true))),
        Unit::Week => ("W", false, Some((7.0, "D", false))),
        Unit::Fortnight => ("W", false, Some((7.0, "D", false))),
        Unit::Month => ("M", false, Some((30.0, "D", false))),
        Unit::Quarter => ("Q", false, None),
        Unit::Year => ("Y", false, Some((12.0, "M", false))),
        Unit::Decade => ("Y", false, None),
        Unit::Century => ("Y", false, None),
    };
    let t = if time { "T" } else { "" };
    let Some(n) = n else {
        let l = match unit {
            Unit::Decade => "DE",
            Unit::Century => "CE",
            Unit::Fortnight => "W",
            _ => letter,
        };
        return format!("P{t}X{l}");
    };
    let n = match unit {
        Unit::Decade => n * 10.0,
        Unit::Century => n * 100.0,
        Unit::Fortnight => n * 2.0,
        _ => n,
    };
    let whole = n.trunc();
    let frac = n - whole;
    if frac.abs() < 1e-9 {
        return format!("P{t}{}{letter}", whole as i64);
    }
    match sub {
        Some((k, l2, t2)) => {
            let s = (frac * k).round() as i64;
            if whole == 0.0 {
                let t = if t2 { "T" } else { "" };
                format!("P{t}{s}{l2}")
            } else if t2 && !time {
                format!("P{}{letter}T{s}{l2}", whole as i64)
            } else {
                format!("P{t}{}{letter}{s}{l2}", whole as i64)
            }
        }
        None => format!("P{t}{}{letter}", n.round() as i64),
    }
}

/// Resolve `e` against `anchor`. Relative expressions without an anchor stay `None`.
pub(crate) fn resolve(e: &Expr, tense: Tense, anchor: Option<Date>) -> Resolved {
    match *e {
        Expr::Duration { n, unit } => r(Some(duration_value(n, unit)), "duration"),
        Expr::Ref(v) => r(Some(v.to_string()), "reference"),
        Expr::Year(y) => r(Some(format!("{y:04}")), "year"),
        Expr::Decade(d) => r(Some(format!("{d:03}")), "decade"),
        Expr::Century(c) => r(Some(format!("{c:02}")), "century"),
        Expr::Calendar {
            year,
            year_rel,
            month,
            day,
            weekday,
            shift,
        } => {
            let grain = if day.is_some() { "day" } else { "month" };
            let Some(m) = month else { return r(None, grain) };
            let y = calendar_year(year, year_rel, m, day, shift, tense, anchor);
            let Some(y) = y else { return r(None, grain) };
            match day {
                None => r(Some(fmt_month(y, m)), "month"),
                Some(d) => {
                    let Some(date) = ymd(y, m, d) else {
                        return r(None, "day");
                    };
                    let mut out = r(Some(fmt_day(date)), "day");
                    if let Some(w) = weekday
                        && date.weekday() != w
                    {
                        out.inconsistency = Some(format!(
                            "{} does not fit {}: that day is a {}",
                            weekday_title(w),
                            fmt_day(date),
                            weekday_title(date.weekday())
                        ));
                    }
                    out
                }
            }
        }
        Expr::Season {
            year,
            year_rel,
            season,
            shift,
        } => {
            let Some(y) = season_year(year, year_rel, season, shift, tense, anchor) else {
                return r(None, "season");
            };
            r(Some(format!("{y:04}-{season}")), "season")
        }
        Expr::Quarter { year, year_rel, q } => quarter(year, year_rel, q, tense, anchor),
        Expr::Half { year, year_rel, h } => {
            let y = match (year, year_rel, anchor) {
                (Some(y), _, _) => y,
                (None, Some(o), Some(a)) => i32::from(a.year()) + o,
                (None, None, Some(a)) => i32::from(a.year()),
                _ => return r(None, "half"),
            };
            r(Some(format!("{y:04}-H{h}")), "half")
        }
        Expr::Weekday { weekday, shift } => {
            let Some(a) = anchor else { return r(None, "day") };
            let n = weekday_offset(a, weekday, shift, tense);
            r(add_days(a, n).map(fmt_day), "day")
        }
        Expr::Weekend { shift } => {
            let Some(a) = anchor else { return r(None, "week") };
            r(weekend(a, shift, tense).map(|d| format!("{}-WE", iso_week(d))), "week")
        }
        Expr::Relative { unit, offset } => {
            let Some(a) = anchor else {
                return r(None, grain_of(unit));
            };
            relative(a, unit, offset)
        }
        Expr::Offset { unit, n, sign } => {
            let Some(n) = n else {
                return r(
                    Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
                    "reference",
                );
            };
            let Some(a) = anchor else {
                return r(None, grain_of(unit));
            };
            offset(a, unit, n, sign)
        }
        Expr::Time {
            hour,
            minute,
            ref day,
            day_tense,
        } => {
            let d = match day {
                Some(e) => resolve(e, day_tense.unwrap_or(tense), anchor)
                    .timex
                    .and_then(|t| t.get(..10).and_then(|d| d.parse::<Date>().ok())),
                None => anchor,
            };
            r(d.map(|d| format!("{}T{hour:02}:{minute:02}", fmt_day(d))), "time")
        }
        Expr::Anaphoric {
            ref base,
            base_tense,
            unit,
            offset,
        } => {
            let Some(b) = base else {
                // Nothing earlier to refer to: the anchor's own period.
                return resolve(&Expr::Relative { unit, offset }, tense, anchor);
            };
            let t = resolve(b, base_tense, anchor).timex;
            let v = t.and_then(|t| match unit {
                Unit::Day => {
                    let d: Date = t.get(..10)?.parse().ok()?;
                    add_days(d, i64::from(offset)).map(fmt_day)
                }
                Unit::Month => {
                    let y: i32 = t.get(..4)?.parse().ok()?;
                    let m: i32 = t.get(5..7)?.parse().ok()?;
                    let (y, m) = add_months(y, m, offset);
                    Some(fmt_month(y, m))
                }
                _ => {
                    let y: i32 = t.get(..4)?.parse().ok()?;
                    Some(format!("{:04}", y + offset))
                }
            });
            r(v, grain_of(unit))
        }
        Expr::YearBefore(ref inner) => {
            let mut x = resolve(inner, tense, anchor);
            x.timex = x.timex.and_then(|t| {
                let y: i32 = t.get(..4)?.parse().ok()?;
                Some(format!("{:04}{}", y - 1, &t[4..]))
            });
            x
        }
        Expr::Holiday { name, year, shift } => {
            if let Some(y) = year {
                return r(holiday(name, y).map(fmt_day), "day");
            }
            let Some(a) = anchor else { return r(None, "day") };
            r(pick_year(a, tense, shift, |y| holiday(name, y)).map(fmt_day), "day")
        }
    }
}

/// The year of a calendar date: as written, relative to the anchor's, or the one
/// placing the month (and day) where the tense or shift says.
fn calendar_year(
    year: Option<i32>,
    year_rel: Option<i32>,
    m: i32,
    day: Option<i32>,
    shift: Shift,
    tense: Tense,
    anchor: Option<Date>,
) -> Option<i32> {
    match (year, year_rel, anchor) {
        (Some(y), _, _) => Some(y),
        (None, Some(o), Some(a)) => Some(i32::from(a.year()) + o),
        (None, None, Some(a)) => {
            let d = day.unwrap_or(1);
            let picked = if day.is_some() {
                pick_year(a, tense, shift, |y| ymd(y, m, d))
            } else {
                // Month grain: compare whole months ("in October" during October
                // is this October whatever the tense).
                let am = ymd(i32::from(a.year()), i32::from(a.month()), 1);
                // A month is a long way to be wrong: follow the tense strictly.
                am.and_then(|am| {
                    let y0 = i32::from(am.year());
                    let mut cands = (y0 - 1..=y0 + 1).filter_map(|y| ymd(y, m, 1));
                    match (shift, tense) {
                        (Shift::None, Tense::Past) => cands.rfind(|d| *d <= am),
                        (Shift::None, Tense::Future) => cands.into_iter().find(|d| *d >= am),
                        _ => pick_year(am, tense, shift, |y| ymd(y, m, 1)),
                    }
                })
            };
            picked.map(|d| i32::from(d.year()))
        }
        _ => None,
    }
}

/// The year of a season: as written, relative to the anchor's, or by the shift and
/// tense ("last fall", "winter" in January).
fn season_year(
    year: Option<i32>,
    year_rel: Option<i32>,
    season: &str,
    shift: Shift,
    tense: Tense,
    anchor: Option<Date>,
) -> Option<i32> {
    match (year, year_rel, anchor) {
        (Some(y), _, _) => Some(y),
        (None, Some(o), Some(a)) => Some(i32::from(a.year()) + o),
        (None, None, Some(a)) => Some({
            // start month of the season
            let sm = match season {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            let ay = i32::from(a.year());
            let start = |y: i32| ymd(y, sm, 1);
            let end = |y: i32| start(y).and_then(|d| d.checked_add(3.months()).ok());
            let started = start(ay).is_some_and(|d| d <= a);
            let ended = end(ay).is_some_and(|d| d <= a);
            match (shift, tense) {
                (Shift::Last, _) => {
                    if ended {
                        ay
                    } else {
                        ay - 1
                    }
                }
                (Shift::Next, _) => {
                    if started {
                        ay + 1
                    } else {
                        ay
                    }
                }
                (Shift::This, _) => ay,
                (Shift::None, Tense::Past) => {
                    if started {
                        ay
                    } else {
                        ay - 1
                    }
                }
                // "winter" in January is the one that began in December
                _ if season == "WI" && a.month() <= 2 => ay - 1,
                _ => ay,
            }
        }),
        _ => None,
    }
}

/// Days from the anchor `a` to the weekday named: the most recent one (today
/// included) in the past, the next one in the future, strictly before or after with
/// "last"/"next".
fn weekday_offset(a: Date, weekday: Weekday, shift: Shift, tense: Tense) -> i64 {
    let diff = i64::from(weekday.to_monday_zero_offset()) - i64::from(a.weekday().to_monday_zero_offset());
    let back = diff.rem_euclid(7) - 7; // -7..-1 ... adjust below
    let back = if back == -7 { 0 } else { back }; // most recent, today included
    let fwd = diff.rem_euclid(7); // next, today included
    match shift {
        Shift::Last => {
            if back == 0 {
                -7
            } else {
                back
            }
        }
        Shift::Next => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Shift::This => {
            if tense == Tense::Past {
                back
            } else {
                fwd
            }
        }
        Shift::None => {
            if tense == Tense::Future {
                fwd
            } else {
                back
            }
        }
    }
}

/// `n` units from the anchor `a` (`sign` -1 before, 1 after): "two days ago", "a
/// year earlier", "in three weeks".
fn offset(a: Date, unit: Unit, n: f64, sign: i32) -> Resolved {
    let ay = i32::from(a.year());
    let am = i32::from(a.month());
    let s = f64::from(sign);
    let v = match unit {
        Unit::Year | Unit::Decade | Unit::Century => {
            let k = match unit {
                Unit::Decade => 10.0,
                Unit::Century => 100.0,
                _ => 1.0,
            };
            let n = n * k;
            if n.fract() != 0.0 {
                let (y, m) = add_months(ay, am, (s * n * 12.0).round() as i32);
                return r(Some(fmt_month(y, m)), "month");
            }
            Some(format!("{:04}", ay + (s * n) as i32))
        }
        Unit::Quarter => {
            let (y, m) = add_months(ay, am, (s * n * 3.0).round() as i32);
            Some(format!("{:04}-Q{}", y, quarter_of(m)))
        }
        Unit::Month => {
            let (y, m) = add_months(ay, am, (s * n).round() as i32);
            Some(fmt_month(y, m))
        }
        Unit::Week | Unit::Fortnight => {
            let k = if unit == Unit::Fortnight { 14.0 } else { 7.0 };
            add_days(a, (s * n * k).round() as i64).map(fmt_day)
        }
        Unit::Day => add_days(a, (s * n).round() as i64).map(fmt_day),
        Unit::Hour | Unit::Minute | Unit::Second => {
            let hours = match unit {
                Unit::Hour => n,
                Unit::Minute => n / 60.0,
                _ => n / 3600.0,
            };
            add_days(a, (s * hours / 24.0).trunc() as i64).map(fmt_day)
        }
    };
    let grain = match unit {
        Unit::Week | Unit::Fortnight | Unit::Hour | Unit::Minute | Unit::Second => "day",
        u => grain_of(u),
    };
    r(v, grain)
}

/// A quarter: as written, else the latest one ending before the anchor's (or in its
/// year in the future tense); `q` 0 is the quarter before the anchor's.
fn quarter(year: Option<i32>, year_rel: Option<i32>, q: u8, tense: Tense, anchor: Option<Date>) -> Resolved {
    let Some(a) = anchor else {
        return match (year, q) {
            (Some(y), 1..=4) => r(Some(format!("{y:04}-Q{q}")), "quarter"),
            _ => r(None, "quarter"),
        };
    };
    let aq = quarter_of(i32::from(a.month()));
    let ay = i32::from(a.year());
    let q = if q == 0 {
        if aq == 1 { 4 } else { aq - 1 }
    } else {
        i32::from(q)
    };
    let y = match (year, year_rel) {
        (Some(y), _) => y,
        (None, Some(o)) => ay + o,
        (None, None) => {
            if q <= aq || tense == Tense::Future {
                ay
            } else {
                ay - 1
            }
        }
    };
    r(Some(format!("{y:04}-Q{q}")), "quarter")
}

/// The period `offset` units from the anchor `a`'s: "yesterday", "last month", "the
/// latest quarter".
fn relative(a: Date, unit: Unit, offset: i32) -> Resolved {
    let ay = i32::from(a.year());
    let am = i32::from(a.month());
    let v = match unit {
        Unit::Day | Unit::Hour | Unit::Minute | Unit::Second => add_days(a, i64::from(offset)).map(fmt_day),
        Unit::Week | Unit::Fortnight => add_days(a, 7 * i64::from(offset)).map(iso_week),
        Unit::Month => {
            let (y, m) = add_months(ay, am, offset);
            Some(fmt_month(y, m))
        }
        Unit::Quarter => {
            let t = ay * 4 + (quarter_of(am) - 1) + offset;
            Some(format!("{:04}-Q{}", t.div_euclid(4), t.rem_euclid(4) + 1))
        }
        Unit::Year => Some(format!("{:04}", ay + offset)),
        Unit::Decade => Some(format!("{:03}", ay.div_euclid(10) + offset)),
        Unit::Century => Some(format!("{:02}", ay.div_euclid(100) + offset)),
    };
    r(v, grain_of(unit))
}

fn grain_of(u: Unit) -> &'static str {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "day",
        Unit::Week | Unit::Fortnight => "week",
        Unit::Month => "month",
        Unit::Quarter => "quarter",
        Unit::Year => "year",
        Unit::Decade => "decade",
        Unit::Century => "century",
    }
}
