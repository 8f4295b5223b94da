//! The date grammar: at each token, try to read one temporal expression, longest first.
//!
//! Each rule looks at a bounded number of tokens, so a scan is linear in the text.
//! Rules are conservative where English is ambiguous: "may" the verb, "March" the
//! verb, "fall" the noun, "second" the ordinal and "we" are not dates.

use jiff::civil::Weekday;

use super::lex::{self, Tk, Tok};
use super::{Expr, Shift, Unit};

mod calendar;
mod clock;
mod holiday;
mod quarter;
mod relative;

/// One expression found: token range `[start, end)`, what it says and its TIMEX3 mod.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub modifier: Option<&'static str>,
}

/// A year written after an expression's words (`Parser::year_after`): as written ("fall
/// 2024") or relative to the anchor's year ("June of this year" is 0, "last year" -1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearRef {
    Written(i32),
    Relative(i32),
}

pub(crate) struct Parser<'t, 'a> {
    t: &'t [Tok<'a>],
}

/// Prepositions and determiners after which a bare month name ("May", "March") is a month.
fn month_context(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "since"
            | "by"
            | "until"
            | "till"
            | "through"
            | "from"
            | "during"
            | "of"
            | "last"
            | "this"
            | "next"
            | "early"
            | "mid"
            | "late"
            | "before"
            | "after"
            | "between"
            | "to"
            | "and"
            | "or"
            | "as"
            | "at"
            | "for"
            | "into"
            | "throughout"
            | "in-between"
            | "around"
            | "past"
            | "end"
            | "beginning"
            | "middle"
            | "start"
    )
}

/// Words after a number that show it counts things or people, not a year ("2000 troops",
/// "1999 acres", "2001 more").
fn count_noun(w: &str) -> bool {
    crate::lexicon::counts::is_counted_thing(w) || crate::lexicon::person::counts_people(w)
}

impl<'t, 'a> Parser<'t, 'a> {
    pub(crate) fn new(t: &'t [Tok<'a>]) -> Self {
        Parser { t }
    }

    /// The expression `expr` read from tokens `[start, end)`, with no TIMEX3 mod.
    fn hit(&self, start: usize, end: usize, expr: Expr) -> Option<Hit> {
        Some(Hit {
            start,
            end,
            expr,
            modifier: None,
        })
    }

    /// Every expression, left to right, non-overlapping.
    pub(crate) fn all(&self) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            match self.parse_at(i) {
                Some(h) if h.end > i => {
                    i = h.end;
                    out.push(h);
                }
                _ => i += 1,
            }
        }
        out
    }

    fn low(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.low.as_ref())
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Word && t.low == w)
    }

    fn any(&self, i: usize, ws: &[&str]) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Tk::Word && ws.contains(&t.low.as_ref()))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Punct(c))
    }

    /// A hyphen glued on both sides: "mid-October", "two-year".
    fn hyphen(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| {
            matches!(t.kind, Tk::Punct('-' | '‐' | '‑')) && t.glued && self.t.get(i + 1).is_some_and(|n| n.glued)
        })
    }

    /// Skip an optional glued hyphen or a plain space: for "third-quarter" / "third quarter".
    fn opt_hyphen(&self, i: usize) -> usize {
        if self.hyphen(i) { i + 1 } else { i }
    }

    fn is_word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Word)
    }

    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Word && t.cap())
    }

    fn int(&self, i: usize) -> Option<i64> {
        match self.t.get(i)?.kind {
            Tk::Num(v) if v.fract() == 0.0 && !self.t[i].text.contains(',') => Some(v as i64),
            _ => None,
        }
    }

    // ---------------------------------------------------------------- top level

    fn parse_at(&self, i: usize) -> Option<Hit> {
        let (j, qmod) = self.quant_mod(i);
        let (k, part) = self.part(j);
        let mut h = self.core(k)?;
        // A quantity modifier only attaches to durations and offsets ("over two years",
        // "nearly four years ago"), or an approximate date ("around Nov. 1").
        if let Some(q) = qmod {
            let fits = matches!(h.expr, Expr::Duration { .. } | Expr::Offset { .. }) || matches!(q, "APPROX");
            if fits {
                h.start = i;
                h.modifier = Some(q);
            } else if k == j {
                // "over Friday": drop the modifier word.
            }
        }
        if let Some(p) = part {
            if h.start == k {
                h.start = j;
            }
            // "the end of the year", "earlier in the year": a point, not a length
            if let Expr::Duration { n: Some(v), unit } = h.expr
                && v == 1.0
                && self.is(k, "the")
            {
                h.expr = Expr::Relative { unit, offset: 0 };
            }
            h.modifier = h.modifier.or(p.1);
        }
        if h.start > i && qmod.is_none() && part.is_none() {
            h.start = k;
        }
        // "or so"
        if self.is(h.end, "or") && self.is(h.end + 1, "so") {
            h.end += 2;
            h.modifier = h.modifier.or(Some("APPROX"));
        }
        if h.start > k {
            h.start = k;
        }
        Some(h)
    }

    /// "about", "more than", "at least", ... before a number or article.
    fn quant_mod(&self, i: usize) -> (usize, Option<&'static str>) {
        let numberish =
            |j: usize| self.number(j).is_some() || self.any(j, &["a", "an", "the", "half"]) || self.is(j, "more");
        let two = |a: &str, b: &str| self.is(i, a) && self.is(i + 1, b);
        let (n, m) = if two("more", "than") || two("greater", "than") {
            (2, "MORE_THAN")
        } else if two("less", "than") || two("fewer", "than") {
            (2, "LESS_THAN")
        } else if two("at", "least") || two("no", "less") && self.is(i + 2, "than") {
            (if self.is(i, "no") { 3 } else { 2 }, "EQUAL_OR_MORE")
        } else if two("up", "to") || two("at", "most") {
            (2, "EQUAL_OR_LESS")
        } else if two("no", "more") && self.is(i + 2, "than") {
            (3, "EQUAL_OR_LESS")
        } else if self.any(i, &["about", "around", "approximately", "roughly", "some", "circa"]) {
            (1, "APPROX")
        } else if self.any(i, &["nearly", "almost", "under"]) {
            (1, "LESS_THAN")
        } else if self.is(i, "over") {
            (1, "MORE_THAN")
        } else if self.is(i, "within") {
            (1, "EQUAL_OR_LESS")
        } else {
            return (i, None);
        };
        let j = i + n;
        // "around Nov. 1", "about two years": the next token must start a quantity or date.
        if numberish(j) || (m == "APPROX" && self.month_at(j).is_some()) {
            (j, Some(m))
        } else {
            (i, None)
        }
    }

    /// "early", "mid-", "late", "the end of", ... Returns the index after it and the mod.
    #[allow(clippy::type_complexity)]
    fn part(&self, i: usize) -> (usize, Option<(usize, Option<&'static str>)>) {
        let the = usize::from(self.is(i, "the"));
        let a = i + the;
        let of_part = match self.low(a) {
            "beginning" | "start" | "dawn" => Some("START"),
            "end" | "close" => Some("END"),
            "middle" => Some("MID"),
            _ => None,
        };
        if the == 1 && of_part.is_some() && self.is(a + 1, "of") {
            return (a + 2, Some((i, of_part)));
        }
        if the == 1
            && self.any(a, &["first", "second", "last", "latter"])
            && self.is(a + 1, "half")
            && self.is(a + 2, "of")
        {
            // handled by the half rule
            return (i, None);
        }
        // "the late 1970s", "the early summer"
        if the == 1 && self.any(a, &["early", "mid", "late"]) {
            let (j, p) = self.part(a);
            return (j, p.map(|(_, m)| (i, m)));
        }
        let w = self.low(i);
        let m = match w {
            "early" => Some("START"),
            "late" => Some("END"),
            "mid" => Some("MID"),
            "earlier" | "later" => None,
            _ => return (i, None),
        };
        let mut j = i + 1;
        if self.hyphen(j) {
            j += 1;
        }
        // "earlier/later" only before a reference point: "earlier this week", "later Friday".
        if matches!(w, "earlier" | "later") {
            let ok = self.any(
                j,
                &[
                    "this",
                    "that",
                    "today",
                    "yesterday",
                    "tomorrow",
                    "tonight",
                    "last",
                    "next",
                ],
            ) || (self.is(j, "in") && self.is(j + 1, "the"))
                || lex::weekday(self.low(j)).is_some() && self.cap(j);
            if !ok {
                return (i, None);
            }
            if self.is(j, "in") {
                // "earlier in the week" -> "the week" core, read as "this week"
                return (j + 1, Some((i, None)));
            }
        }
        (j, Some((i, m)))
    }

    fn core(&self, k: usize) -> Option<Hit> {
        let tok = self.t.get(k)?;
        match tok.kind {
            Tk::Iso(y, m, d) => {
                if valid_ymd(y, m, d) {
                    return self.hit(k, k + 1, cal(Some(y), Some(m), Some(d), None));
                }
                return None;
            }
            Tk::Slash(a, b, y) => {
                let y = if y < 100 {
                    if y < 50 { 2000 + y } else { 1900 + y }
                } else {
                    y
                };
                // US order first; day-first when the first part cannot be a month.
                let (m, d) = if a <= 12 { (a, b) } else { (b, a) };
                if valid_ymd(y, m, d) {
                    return self.hit(k, k + 1, cal(Some(y), Some(m), Some(d), None));
                }
                return None;
            }
            Tk::Decade(d) => return self.hit(k, k + 1, Expr::Decade(d)),
            Tk::ApDecade(d) => return self.hit(k, k + 1, Expr::Decade(if d <= 2 { 200 + d } else { 190 + d })),
            _ => {}
        }
        if let Some(x) = self.clock(k) {
            return Some(x);
        }
        if let Some(x) = self.anaphora(k) {
            return Some(x);
        }
        if let Some(x) = self.the_rules(k) {
            return Some(x);
        }
        if let Some(x) = self.weekday_rule(k) {
            return Some(x);
        }
        if let Some(x) = self.calendar(k) {
            return Some(x);
        }
        if let Some(x) = self.quarter(k) {
            return Some(x);
        }
        if let Some(x) = self.relative(k) {
            return Some(x);
        }
        if let Some(x) = self.day_word(k) {
            return Some(x);
        }
        if let Some(x) = self.duration(k, false) {
            return Some(x);
        }
        if let Some(x) = self.year(k) {
            return Some(x);
        }
        if let Some(x) = self.spelled_year(k) {
            return Some(x);
        }
        if let Some(x) = self.season(k, None) {
            return Some(x);
        }
        if let Some(x) = self.century(k) {
            return Some(x);
        }
        if let Some(x) = self.holiday(k) {
            return Some(x);
        }
        self.reference(k)
    }

    /// Rules that start with "the".
    fn the_rules(&self, k: usize) -> Option<Hit> {
        if !self.is(k, "the") {
            return None;
        }
        let n = k + 1;
        let mut inner = None;
        if let Tk::Decade(d) = self.t.get(n)?.kind {
            inner = self.hit(k, n + 1, Expr::Decade(d));
        } else if let Tk::ApDecade(d) = self.t.get(n)?.kind {
            let d = if d <= 2 { 200 + d } else { 190 + d };
            inner = self.hit(k, n + 1, Expr::Decade(d));
        } else if let Some(d) = lex::decade_word(self.low(n)) {
            inner = self.hit(k, n + 1, Expr::Decade(190 + d));
        }
        if inner.is_none() {
            inner = self
                .quarter(n)
                .or_else(|| self.relative(n))
                .or_else(|| self.century(n))
                .or_else(|| self.duration(n, true))
                .or_else(|| self.calendar_day_first(n))
                .or_else(|| self.season(n, Some(k)));
        }
        if inner.is_none() {
            // "the current fiscal year", "the full year", "the fiscal year"
            let mut f = n;
            let mut off = 0;
            if self.any(f, &["current", "full", "latest", "whole", "entire"]) {
                off = if self.is(f, "latest") { -1 } else { 0 };
                f += 1;
            }
            if f > n || self.is(f, "fiscal") {
                if self.is(f, "fiscal") {
                    f = self.opt_hyphen(f + 1);
                }
                if self.is(f, "year") && !self.hyphen(f + 1) {
                    return self.hit(
                        k,
                        f + 1,
                        Expr::Relative {
                            unit: Unit::Year,
                            offset: off,
                        },
                    );
                }
            }
            // "the year 2000", "the year two thousand"
            if self.is(n, "year")
                && let Some(mut y) = self.year(n + 1).or_else(|| self.spelled_year(n + 1))
            {
                y.start = k;
                return Some(y);
            }
            // "the week", "the weekend", "the month", "the year" on their own
            let e = match self.low(n) {
                "weekend" => Some(Expr::Weekend { shift: Shift::None }),
                "week" if !self.is(n + 1, "of") => Some(Expr::Relative {
                    unit: Unit::Week,
                    offset: 0,
                }),
                "month" if !self.is(n + 1, "of") => Some(Expr::Relative {
                    unit: Unit::Month,
                    offset: 0,
                }),
                "past" => Some(Expr::Ref("PAST_REF")),
                "future" => Some(Expr::Ref("FUTURE_REF")),
                "year" if !self.is(n + 1, "of") && !self.is(n + 1, "before") && !self.is(n + 1, "after") => {
                    Some(Expr::Duration {
                        n: Some(1.0),
                        unit: Unit::Year,
                    })
                }
                _ => None,
            };
            if let Some(e) = e {
                return self.hit(k, n + 1, e);
            }
            if self.any(n, &["near", "distant", "foreseeable", "immediate"]) && self.is(n + 1, "future") {
                return self.hit(k, n + 2, Expr::Ref("FUTURE_REF"));
            }
            if self.any(n, &["near", "short", "long", "medium"]) && self.is(n + 1, "term") {
                return self.hit(k, n + 2, Expr::Ref("FUTURE_REF"));
            }
            if self.is(n, "distant") && self.is(n + 1, "past") {
                return self.hit(k, n + 2, Expr::Ref("PAST_REF"));
            }
        }
        let mut x = inner?;
        x.start = k;
        Some(x)
    }

    // ---------------------------------------------------------------- anaphora

    /// "that year", "that same day", "the following month", "the next day", "the
    /// previous year", "the same day": periods named through an earlier date.
    fn anaphora(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        let (mut j, offset) = match w {
            "that" => (k + 1, 0),
            "the" => match self.low(k + 1) {
                "following" => (k + 2, 1),
                "next" => (k + 2, 1),
                "previous" | "preceding" => (k + 2, -1),
                "same" => (k + 2, 0),
                _ => return None,
            },
            _ => return None,
        };
        if w == "that" && self.is(j, "same") {
            j += 1;
        }
        let next_only = w == "the" && self.is(k + 1, "next");
        let unit = match self.low(j) {
            "year" if !next_only => Unit::Year,
            "month" if !next_only => Unit::Month,
            "day" | "morning" | "afternoon" | "evening" | "night" => Unit::Day,
            _ => return None,
        };
        // "that year's budget" is fine; "that day of reckoning", "the same day as" is
        // still a day; "that year-long" is an adjective.
        if self.hyphen(j + 1) || (self.is(j + 1, "of") && !self.is_word(j + 2)) {
            return None;
        }
        if self.is(j + 1, "of") {
            return None;
        }
        // "the next day" in "every next day" is rare; "the same year" needs no base.
        let offset = if matches!(self.low(j), "morning" | "afternoon" | "evening" | "night") && w == "that" {
            0
        } else {
            offset
        };
        self.hit(
            k,
            j + 1,
            Expr::Anaphoric {
                base: None,
                base_tense: super::Tense::Unknown,
                unit,
                offset,
            },
        )
    }

    // ---------------------------------------------------------------- numbers

    /// A cardinal: digits or words ("twenty-four", "a", "a few" -> None value).
    /// Returns (end, value) where value None means unspecified ("several").
    fn number(&self, i: usize) -> Option<(usize, Option<f64>)> {
        let t = self.t.get(i)?;
        if let Tk::Num(v) = t.kind {
            if !v.is_finite() {
                return None;
            }
            // "2 1/2"
            if let (Some(Tk::Num(a)), true, Some(Tk::Num(b))) = (
                self.t.get(i + 1).map(|t| t.kind),
                self.punct(i + 2, '/'),
                self.t.get(i + 3).map(|t| t.kind),
            ) && b > 0.0
                && a < b
            {
                return Some((i + 4, Some(v + a / b)));
            }
            return Some((i + 1, Some(v)));
        }
        if t.kind != Tk::Word {
            return None;
        }
        let w = t.low.as_ref();
        if let Some(tv) = lex::tens(w) {
            let mut j = i + 1;
            let mut v = tv;
            if self.hyphen(j) {
                if let Some(u) = lex::small_number(self.low(j + 1)).filter(|u| *u < 10.0) {
                    v += u;
                    j += 2;
                }
            } else if let Some(u) = lex::small_number(self.low(j)).filter(|u| *u < 10.0 && *u > 0.0) {
                v += u;
                j += 1;
            }
            return Some((j, Some(v)));
        }
        if let Some(v) = lex::small_number(w) {
            if self.is(i + 1, "hundred") {
                return Some((i + 2, Some(v * 100.0)));
            }
            return Some((i + 1, Some(v)));
        }
        match w {
            "a" | "an" => {
                if self.is(i + 1, "few") {
                    return Some((i + 2, None));
                }
                if self.is(i + 1, "couple") {
                    let j = if self.is(i + 2, "of") { i + 3 } else { i + 2 };
                    return Some((j, Some(2.0)));
                }
                if self.is(i + 1, "dozen") {
                    return Some((i + 2, Some(12.0)));
                }
                if self.is(i + 1, "hundred") {
                    return Some((i + 2, Some(100.0)));
                }
                if self.is(i + 1, "half") {
                    return Some((i + 2, Some(0.5)));
                }
                Some((i + 1, Some(1.0)))
            }
            "few" | "several" | "many" | "some" => Some((i + 1, None)),
            "couple" if self.is(i + 1, "of") => Some((i + 2, Some(2.0))),
            "dozens" | "hundreds" | "thousands" if self.is(i + 1, "of") => Some((i + 2, None)),
            "half" if self.any(i + 1, &["a", "an"]) => Some((i + 2, Some(0.5))),
            _ => None,
        }
    }
}

fn cal(year: Option<i32>, month: Option<i32>, day: Option<i32>, weekday: Option<Weekday>) -> Expr {
    Expr::Calendar {
        year,
        year_rel: None,
        month,
        day,
        weekday,
        shift: Shift::None,
    }
}

fn valid_ymd(y: i32, m: i32, d: i32) -> bool {
    i16::try_from(y).is_ok()
        && (1..=12).contains(&m)
        && jiff::civil::Date::new(y as i16, m as i8, d.clamp(0, 127) as i8).is_ok()
}
