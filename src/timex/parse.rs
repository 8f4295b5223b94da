//! The date grammar: at each token, try to read one temporal expression, longest first.
//!
//! Each rule looks at a bounded number of tokens, so a scan is linear in the text.
//! Rules are conservative where English is ambiguous: "may" the verb, "March" the
//! verb, "fall" the noun, "second" the ordinal and "we" are not dates.

use jiff::civil::Weekday;

use super::lex::{self, Tk, Tok};
use super::{Expr, Shift, Unit};

/// One expression found: token range `[start, end)`, what it says and its TIMEX3 mod.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    pub modifier: Option<&'static str>,
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

/// Nouns after a number that show it counts things, not a year ("2000 troops").
fn count_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "troops"
            | "soldiers"
            | "men"
            | "women"
            | "children"
            | "workers"
            | "employees"
            | "jobs"
            | "shares"
            | "cars"
            | "units"
            | "members"
            | "votes"
            | "students"
            | "homes"
            | "houses"
            | "acres"
            | "miles"
            | "kilometers"
            | "kilometres"
            | "meters"
            | "metres"
            | "feet"
            | "tons"
            | "tonnes"
            | "barrels"
            | "dollars"
            | "euros"
            | "pounds"
            | "yen"
            | "points"
            | "percent"
            | "cases"
            | "deaths"
            | "dead"
            | "killed"
            | "injured"
            | "died"
            | "residents"
            | "refugees"
            | "civilians"
            | "officers"
            | "police"
            | "protesters"
            | "fighters"
            | "prisoners"
            | "vehicles"
            | "planes"
            | "aircraft"
            | "missiles"
            | "rounds"
            | "copies"
            | "pages"
            | "words"
            | "calories"
            | "hours"
            | "days"
            | "years"
            | "times"
            | "of"
            | "to"
            | "and"
            | "or"
            | "more"
            | "other"
            | "others"
            | "new"
            | "additional"
            | "rpm"
            | "mph"
            | "km"
            | "kg"
            | "mm"
            | "cc"
            | "hp"
    )
}

impl<'t, 'a> Parser<'t, 'a> {
    pub(crate) fn new(t: &'t [Tok<'a>]) -> Self {
        Parser { t }
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
        self.t.get(i).map_or("", |t| t.low.as_str())
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Tk::Word && t.low == w)
    }

    fn any(&self, i: usize, ws: &[&str]) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Tk::Word && ws.contains(&t.low.as_str()))
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
        let h = |end: usize, expr: Expr| {
            Some(Hit {
                start: k,
                end,
                expr,
                modifier: None,
            })
        };
        let tok = self.t.get(k)?;
        match tok.kind {
            Tk::Iso(y, m, d) => {
                if valid_ymd(y, m, d) {
                    return h(k + 1, cal(Some(y), Some(m), Some(d), None));
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
                    return h(k + 1, cal(Some(y), Some(m), Some(d), None));
                }
                return None;
            }
            Tk::Decade(d) => return h(k + 1, Expr::Decade(d)),
            Tk::ApDecade(d) => return h(k + 1, Expr::Decade(if d <= 2 { 200 + d } else { 190 + d })),
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
            inner = Some(Hit {
                start: k,
                end: n + 1,
                expr: Expr::Decade(d),
                modifier: None,
            });
        } else if let Tk::ApDecade(d) = self.t.get(n)?.kind {
            let d = if d <= 2 { 200 + d } else { 190 + d };
            inner = Some(Hit {
                start: k,
                end: n + 1,
                expr: Expr::Decade(d),
                modifier: None,
            });
        } else if let Some(d) = lex::decade_word(self.low(n)) {
            inner = Some(Hit {
                start: k,
                end: n + 1,
                expr: Expr::Decade(190 + d),
                modifier: None,
            });
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
                    return Some(Hit {
                        start: k,
                        end: f + 1,
                        expr: Expr::Relative {
                            unit: Unit::Year,
                            offset: off,
                        },
                        modifier: None,
                    });
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
                return Some(Hit {
                    start: k,
                    end: n + 1,
                    expr: e,
                    modifier: None,
                });
            }
            if self.any(n, &["near", "distant", "foreseeable", "immediate"]) && self.is(n + 1, "future") {
                return Some(Hit {
                    start: k,
                    end: n + 2,
                    expr: Expr::Ref("FUTURE_REF"),
                    modifier: None,
                });
            }
            if self.any(n, &["near", "short", "long", "medium"]) && self.is(n + 1, "term") {
                return Some(Hit {
                    start: k,
                    end: n + 2,
                    expr: Expr::Ref("FUTURE_REF"),
                    modifier: None,
                });
            }
            if self.is(n, "distant") && self.is(n + 1, "past") {
                return Some(Hit {
                    start: k,
                    end: n + 2,
                    expr: Expr::Ref("PAST_REF"),
                    modifier: None,
                });
            }
        }
        let mut x = inner?;
        x.start = k;
        Some(x)
    }

    // ---------------------------------------------------------------- clock times

    /// "a.m."/"am"/"p.m."/"PM" at `i`: (is p.m., index after it).
    fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        match t.low.as_str() {
            "am" | "pm" => Some((t.low == "pm", i + 1)),
            "a" | "p" => {
                let glued = |j: usize| self.t.get(j).is_some_and(|x| x.glued);
                if self.punct(i + 1, '.') && glued(i + 1) && self.is(i + 2, "m") && glued(i + 2) {
                    let e = if self.punct(i + 3, '.') && glued(i + 3) {
                        i + 4
                    } else {
                        i + 3
                    };
                    Some((t.low == "p", e))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// "12:30 a.m.", "5 p.m.", "9 a.m. EST Tuesday", "14:30 GMT", "at noon", "midnight".
    fn clock(&self, k: usize) -> Option<Hit> {
        let t = self.t.get(k)?;
        let prep = k > 0
            && self.any(
                k - 1,
                &[
                    "at",
                    "around",
                    "about",
                    "before",
                    "after",
                    "until",
                    "till",
                    "by",
                    "since",
                    "near",
                    "past",
                    "from",
                    "to",
                    "approximately",
                    "shortly",
                    "roughly",
                ],
            );
        let (hour, minute, e) = match t.kind {
            Tk::Num(v) if v.fract() == 0.0 && t.text.len() <= 2 && (0.0..=24.0).contains(&v) => {
                let h = v as u8;
                let mm = self.t.get(k + 2).filter(|x| x.glued && x.text.len() == 2);
                match (self.punct(k + 1, ':') && self.t[k + 1].glued, mm.map(|x| x.kind)) {
                    (true, Some(Tk::Num(m))) if m < 60.0 && m.fract() == 0.0 => (h, m as u8, k + 3),
                    _ => (h, 0, k + 1),
                }
            }
            Tk::Word if matches!(t.low.as_str(), "noon" | "midnight") => {
                let day_next = lex::weekday(self.low(k + 1)).is_some() && self.cap(k + 1);
                if !prep && !day_next {
                    return None;
                }
                let h = if t.low == "noon" { 12 } else { 24 };
                return self.clock_day(k, k + 1, h, 0);
            }
            _ => return None,
        };
        let with_minutes = e == k + 3;
        let (hour, e) = if let Some((pm, e2)) = self.meridiem(e) {
            if !(1..=12).contains(&hour) {
                return None;
            }
            (
                match (pm, hour) {
                    (false, 12) => 0,
                    (true, 12) => 12,
                    (true, h) => h + 12,
                    (false, h) => h,
                },
                e2,
            )
        } else {
            // Without a.m./p.m.: "14:30 GMT", "at 16:00 local time", "at 3:30".
            let zone = self.zone(e).is_some();
            if !with_minutes || hour > 23 || !(zone || prep) {
                return None;
            }
            (hour, e)
        };
        let e = self.zone(e).unwrap_or(e);
        self.clock_day(k, e, hour, minute)
    }

    /// A time zone after a clock time: "EST", "GMT", "local time": the index after it.
    fn zone(&self, i: usize) -> Option<usize> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        if t.low == "local" && self.is(i + 1, "time") {
            return Some(i + 2);
        }
        let upper = t.text.chars().all(|c| c.is_ascii_uppercase());
        (upper
            && matches!(
                t.low.as_str(),
                "est"
                    | "edt"
                    | "cst"
                    | "cdt"
                    | "mst"
                    | "mdt"
                    | "pst"
                    | "pdt"
                    | "et"
                    | "ct"
                    | "mt"
                    | "pt"
                    | "gmt"
                    | "utc"
                    | "bst"
                    | "cet"
                    | "cest"
            ))
        .then_some(i + 1)
    }

    /// A clock time ending at `e`, with the day written right after it if any: "9 a.m.
    /// Tuesday", "5 p.m. yesterday", "noon Oct. 23".
    fn clock_day(&self, k: usize, e: usize, hour: u8, minute: u8) -> Option<Hit> {
        let day = self
            .weekday_rule(e)
            .filter(|d| matches!(d.expr, Expr::Weekday { .. } | Expr::Calendar { day: Some(_), .. }))
            .or_else(|| self.day_word(e).filter(|d| d.end == e + 1))
            .or_else(|| {
                self.calendar(e)
                    .filter(|d| matches!(d.expr, Expr::Calendar { day: Some(_), .. }))
            });
        let (end, day) = match day {
            Some(d) => (d.end, Some(Box::new(d.expr))),
            None => (e, None),
        };
        Some(Hit {
            start: k,
            end,
            expr: Expr::Time {
                hour,
                minute,
                day,
                day_tense: None,
            },
            modifier: None,
        })
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
        Some(Hit {
            start: k,
            end: j + 1,
            expr: Expr::Anaphoric {
                base: None,
                base_tense: super::Tense::Unknown,
                unit,
                offset,
            },
            modifier: None,
        })
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
        let w = t.low.as_str();
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

    // ---------------------------------------------------------------- calendar

    /// A month word at `i`: (month, index after it and its optional dot, abbreviated).
    fn month_at(&self, i: usize) -> Option<(i32, usize, bool)> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Word || !t.cap() {
            return None;
        }
        let (m, abbr) = lex::month(&t.low)?;
        let mut j = i + 1;
        if abbr && self.punct(j, '.') && self.t[j].glued {
            j += 1;
        }
        Some((m, j, abbr))
    }

    /// A day of month at `i` (digits, "23rd", "eighth"): (day, end).
    fn day_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        let d = match t.kind {
            Tk::Num(v) if v.fract() == 0.0 && t.text.len() <= 2 => v as i32,
            Tk::Ord(v) => v as i32,
            Tk::Word => {
                let w = t.low.as_str();
                if let Some(o) = lex::ordinal_word(w) {
                    o as i32
                } else if matches!(w, "twenty" | "thirty") && self.hyphen(i + 1) {
                    let o = lex::ordinal_word(self.low(i + 2))? as i32;
                    if o >= 10 {
                        return None;
                    }
                    let d = if w == "twenty" { 20 + o } else { 30 + o };
                    return (1..=31).contains(&d).then_some((d, i + 3));
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        if !(1..=31).contains(&d) {
            return None;
        }
        // "May 5:30", "Oct 23.5", "March 12-year"
        let glued_num = |j: usize| matches!(self.t.get(j).map(|t| t.kind), Some(Tk::Num(_))) && self.t[j].glued;
        if (self.punct(i + 1, ':') && glued_num(i + 2))
            || (self.punct(i + 1, '.')
                && matches!(self.t.get(i + 2).map(|t| t.kind), Some(Tk::Num(_)))
                && self.t[i + 2].glued)
        {
            return None;
        }
        Some((d, i + 1))
    }

    /// A four-digit year at `i` (1000..=2099): (year, end).
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        if t.kind == Tk::Word && t.low == "nineteen" {
            if let Some((e, Some(v))) = self.number(i + 1)
                && (10.0..100.0).contains(&v)
                && self.t[i + 1].kind == Tk::Word
            {
                return Some((1900 + v as i32, e));
            }
            return None;
        }
        match t.kind {
            Tk::Num(v) if t.text.len() == 4 && v.fract() == 0.0 && (1000.0..=2099.0).contains(&v) => {
                Some((v as i32, i + 1))
            }
            _ => None,
        }
    }

    /// "this year", "last year", "next year" after a month or season: (offset, end).
    fn year_rel_at(&self, i: usize) -> Option<(i32, usize)> {
        let off = match self.low(i) {
            "this" | "current" => 0,
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some((off, i + 2))
    }

    /// Month-based dates: "Oct. 23", "October 23rd, 2024", "October 2024", "June of
    /// this year", "23 October 2024", "the 23rd of October".
    fn calendar(&self, k: usize) -> Option<Hit> {
        if let Some(h) = self.calendar_day_first(k) {
            return Some(h);
        }
        let (m, j, abbr) = self.month_at(k)?;
        let h = |end: usize, expr: Expr| {
            Some(Hit {
                start: k,
                end,
                expr,
                modifier: None,
            })
        };
        if let Some((d, e)) = self.day_at(j) {
            // "October 23, 2024" / "Oct 23 2024"
            let mut y_end = e;
            if self.punct(y_end, ',') {
                y_end += 1;
            }
            if let Some((y, e2)) = self.year_at(y_end)
                && valid_ymd(y, m, d)
            {
                return h(e2, cal(Some(y), Some(m), Some(d), None));
            }
            if valid_ymd(2000, m, d) {
                // A bare small number after "May"/"March" is still a day: "in March 12 ..."
                // is rare next to "March 12".
                return h(e, cal(None, Some(m), Some(d), None));
            }
        }
        // "October 2024", "October of 2024", "June of this year", "June last year"
        let mut y_at = j;
        if self.punct(y_at, ',') || self.is(y_at, "of") {
            y_at += 1;
        }
        if let Some((y, e)) = self.year_at(y_at) {
            return h(e, cal(Some(y), Some(m), None, None));
        }
        if let Some((off, e)) = self.year_rel_at(y_at) {
            return h(
                e,
                Expr::Calendar {
                    year: None,
                    year_rel: Some(off),
                    month: Some(m),
                    day: None,
                    weekday: None,
                    shift: Shift::None,
                },
            );
        }
        // A bare month: abbreviations need a day or year.
        if abbr {
            return None;
        }
        let word = self.low(k);
        let prev = if k > 0 { self.low(k - 1) } else { "" };
        let prev_ok = k > 0 && (month_context(prev) || self.hyphen(k - 1));
        if matches!(word, "may" | "march") && !prev_ok {
            return None;
        }
        // "June Carter", "August Wilson": a name, unless after "in"/"since"...
        if !prev_ok && self.cap(j) && lex::month(self.low(j)).is_none() && lex::weekday(self.low(j)).is_none() {
            return None;
        }
        // "the March on Washington", "a May Day rally"; but "the October slaying"
        if k > 0 && matches!(prev, "the" | "a" | "an") {
            let adjectival = self.t.get(j).is_some_and(|t| t.kind == Tk::Word && !t.cap())
                && !matches!(
                    self.low(j),
                    "on" | "of"
                        | "to"
                        | "for"
                        | "in"
                        | "at"
                        | "by"
                        | "with"
                        | "from"
                        | "and"
                        | "or"
                        | "is"
                        | "was"
                        | "will"
                );
            if !adjectival {
                return None;
            }
        }
        h(j, cal(None, Some(m), None, None))
    }

    /// "23 October 2024", "23rd of October", "the 23rd of October".
    fn calendar_day_first(&self, k: usize) -> Option<Hit> {
        let (d, mut j) = self.day_at(k)?;
        if self.is(j, "of") {
            j += 1;
        }
        let (m, j, _) = self.month_at(j)?;
        let mut y_at = j;
        if self.punct(y_at, ',') {
            y_at += 1;
        }
        let (y, end) = match self.year_at(y_at) {
            Some((y, e)) => (Some(y), e),
            None => (None, j),
        };
        valid_ymd(y.unwrap_or(2000), m, d).then_some(Hit {
            start: k,
            end,
            expr: cal(y, Some(m), Some(d), None),
            modifier: None,
        })
    }

    /// "Friday", "Friday's", "Tuesday, October 23", "Friday Oct. 13", "Friday night".
    fn weekday_rule(&self, k: usize) -> Option<Hit> {
        let t = self.t.get(k)?;
        if t.kind != Tk::Word {
            return None;
        }
        let wd = lex::weekday(&t.low)?;
        let full = t.low.len() >= 6;
        let mut j = k + 1;
        if !full {
            // abbreviations only in "Tue, Oct 23" / "Tue. Oct 23"
            if !(t.cap() && (self.punct(j, ',') || self.punct(j, '.'))) {
                return None;
            }
        } else if !t.cap() && !t.text.chars().all(|c| c.is_lowercase()) {
            return None;
        } else if !t.cap() {
            // lowercase "friday": only in a clearly temporal context
            let prev = if k > 0 { self.low(k - 1) } else { "" };
            if !matches!(prev, "on" | "last" | "next" | "this" | "since" | "until" | "by") {
                return None;
            }
        }
        if self.punct(j, ',') || self.punct(j, '.') {
            j += 1;
        }
        if let Some(mut c) = self.calendar(j)
            && let Expr::Calendar {
                weekday, day: Some(_), ..
            } = &mut c.expr
        {
            *weekday = Some(wd);
            c.start = k;
            return Some(c);
        }
        if !full {
            return None;
        }
        let mut end = k + 1;
        if self.any(end, &["morning", "afternoon", "evening", "night", "overnight"]) {
            end += 1;
        }
        Some(Hit {
            start: k,
            end,
            expr: Expr::Weekday {
                weekday: wd,
                shift: Shift::None,
            },
            modifier: None,
        })
    }

    // ---------------------------------------------------------------- years

    fn year(&self, k: usize) -> Option<Hit> {
        // "fiscal 1989", "fiscal year 1990"
        if self.is(k, "fiscal") {
            let mut j = k + 1;
            if self.is(j, "year") {
                j += 1;
            }
            let (y, e) = self.year_at(j)?;
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Year(y),
                modifier: None,
            });
        }
        let (y, e) = self.year_at(k)?;
        let prev = if k > 0 { self.t[k - 1].low.as_str() } else { "" };
        let prev_tok = if k > 0 { Some(&self.t[k - 1]) } else { None };
        if prev_tok
            .is_some_and(|p| matches!(p.kind, Tk::Punct('$' | '£' | '€' | '#' | '¥')) && p.end == self.t[k].start)
        {
            return None;
        }
        if matches!(
            prev,
            "no" | "number"
                | "route"
                | "flight"
                | "room"
                | "highway"
                | "interstate"
                | "page"
                | "model"
                | "version"
                | "about"
                | "some"
                | "nearly"
                | "almost"
                | "than"
                | "approximately"
                | "roughly"
                | "only"
                | "just"
                | "least"
        ) {
            return None;
        }
        if self.count_after(e) {
            return None;
        }
        // "Orion 1980", "Kopp's 1987 Chevrolet": a name or a model, not a date
        let prev_name = prev_tok.is_some_and(|p| {
            p.kind == Tk::Word
                && p.cap()
                && lex::month(&p.low).is_none()
                && lex::season(&p.low).is_none()
                && !month_context(&p.low)
                && !matches!(
                    p.low.as_str(),
                    "fiscal"
                        | "year"
                        | "fy"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                        | "christmas"
                        | "easter"
                        | "circa"
                )
                && k >= 2
                && !matches!(self.t[k - 2].kind, Tk::Punct('.' | '!' | '?'))
        });
        if prev_name {
            return None;
        }
        if self.punct(e, '%') {
            return None;
        }
        if y < 1900
            && !matches!(
                prev,
                "in" | "since"
                    | "of"
                    | "by"
                    | "from"
                    | "until"
                    | "before"
                    | "after"
                    | "to"
                    | "year"
                    | "around"
                    | "circa"
                    | "c"
            )
        {
            return None;
        }
        // "1990 and beyond", "1994 or later"
        if self.is(e, "or") && self.any(e + 1, &["later", "after", "beyond"]) {
            return Some(Hit {
                start: k,
                end: e + 2,
                expr: Expr::Year(y),
                modifier: Some("ON_OR_AFTER"),
            });
        }
        Some(Hit {
            start: k,
            end: e,
            expr: Expr::Year(y),
            modifier: None,
        })
    }

    /// Whether the word at `i` shows the previous number counts things.
    fn count_after(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        match t.kind {
            Tk::Word => {
                let w = t.low.as_str();
                if count_noun(w) && t.low != "of" && t.low != "to" && t.low != "and" && t.low != "or" {
                    return true;
                }
                // a lowercase plural noun right after: "1500 rifles"
                !t.cap()
                    && w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !matches!(
                        w,
                        "was"
                            | "has"
                            | "is"
                            | "its"
                            | "as"
                            | "this"
                            | "thus"
                            | "plus"
                            | "us"
                            | "elections"
                            | "olympics"
                            | "games"
                            | "levels"
                            | "figures"
                            | "results"
                            | "earnings"
                            | "sales"
                            | "profits"
                            | "revenues"
                            | "riots"
                            | "attacks"
                            | "talks"
                            | "negotiations"
                            | "hearings"
                            | "protests"
                            | "floods"
                            | "fires"
                            | "storms"
                    )
            }
            _ => false,
        }
    }

    /// "nineteen ninety-six", "nineteen seventy-nine", "two thousand" (after "year").
    fn spelled_year(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        if w == "nineteen" || w == "eighteen" {
            let c = if w == "nineteen" { 1900.0 } else { 1800.0 };
            let (e, v) = match self.number(k + 1) {
                Some((e, Some(v))) if (10.0..100.0).contains(&v) && self.t[k + 1].kind == Tk::Word => (e, v),
                _ => return None,
            };
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Year((c + v) as i32),
                modifier: None,
            });
        }
        if w == "two" && self.is(k + 1, "thousand") && k > 0 && self.is(k - 1, "year") {
            let mut e = k + 2;
            let mut v = 2000.0;
            let j = if self.is(e, "and") { e + 1 } else { e };
            if let Some((e2, Some(x))) = self.number(j)
                && x < 100.0
                && self.t[j].kind == Tk::Word
                && !matches!(self.low(j), "a" | "an")
            {
                v += x;
                e = e2;
            }
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Year(v as i32),
                modifier: None,
            });
        }
        None
    }

    /// "the 20th century", "the twentieth century", "this century", "last century".
    fn century(&self, k: usize) -> Option<Hit> {
        let n = match self.t.get(k)?.kind {
            Tk::Ord(n) => n as i32,
            Tk::Word => {
                let w = self.low(k);
                if matches!(w, "twenty") && self.hyphen(k + 1) && self.is(k + 2, "first") {
                    if !self.is(k + 3, "century") {
                        return None;
                    }
                    return Some(Hit {
                        start: k,
                        end: k + 4,
                        expr: Expr::Century(20),
                        modifier: None,
                    });
                }
                lex::ordinal_word(w)? as i32
            }
            _ => return None,
        };
        let j = self.opt_hyphen(k + 1);
        if !self.is(j, "century") || !(1..=30).contains(&n) {
            return None;
        }
        Some(Hit {
            start: k,
            end: j + 1,
            expr: Expr::Century(n - 1),
            modifier: None,
        })
    }

    // ---------------------------------------------------------------- seasons, quarters

    /// "summer", "the summer of 1998", "fall 2024", "winter" (after a determiner or
    /// preposition). `the` is the index of a preceding "the" already consumed.
    fn season(&self, k: usize, the: Option<usize>) -> Option<Hit> {
        let s = lex::season(self.low(k))?;
        let mut e = k + 1;
        let mut year = None;
        let mut year_rel = None;
        let mut j = e;
        if self.is(j, "of") || self.punct(j, ',') {
            j += 1;
        }
        if let Some((y, e2)) = self.year_at(j) {
            year = Some(y);
            e = e2;
        } else if let Some((o, e2)) = self.year_rel_at(j) {
            year_rel = Some(o);
            e = e2;
        } else if self.is(e, "of") {
            // "the fall of Rome", "the spring of discontent"
            return None;
        }
        let prev = if let Some(t) = the {
            t
        } else if k > 0 {
            k - 1
        } else {
            usize::MAX
        };
        let prev_w = if prev == usize::MAX { "" } else { self.low(prev) };
        let explicit = year.is_some() || year_rel.is_some();
        if !explicit {
            let ok_prev = the.is_some()
                || matches!(
                    prev_w,
                    "in" | "during"
                        | "this"
                        | "last"
                        | "next"
                        | "early"
                        | "late"
                        | "mid"
                        | "until"
                        | "since"
                        | "by"
                        | "past"
                        | "coming"
                        | "over"
                        | "through"
                );
            if !ok_prev {
                return None;
            }
            // "spring" and "fall" are common words: need a determiner or "this/last/next"
            if matches!(s, "SP" | "FA")
                && the.is_none()
                && !matches!(prev_w, "this" | "last" | "next" | "early" | "late" | "past" | "coming")
                && !self.is(prev.wrapping_sub(1), "the")
            {
                return None;
            }
            if !self.cap(k) && self.t.get(k).is_some_and(|t| t.text.chars().any(char::is_uppercase)) {
                return None;
            }
            // "the fall in prices", "a spring in her step"
            if matches!(s, "SP" | "FA") && self.any(e, &["in", "of", "from", "to", "back"]) {
                return None;
            }
        }
        Some(Hit {
            start: k,
            end: e,
            expr: Expr::Season {
                year,
                year_rel,
                season: s,
                shift: Shift::None,
            },
            modifier: None,
        })
    }

    /// "the third quarter", "third-quarter", "the 1988 second quarter", "Q3 2024",
    /// "the first half of 1990", "the latest quarter", "the year-ago quarter".
    fn quarter(&self, k: usize) -> Option<Hit> {
        let mut j = k;
        if self.is(j, "fiscal") {
            j = self.opt_hyphen(j + 1);
        }
        let mut year = None;
        if let Some((y, e)) = self.year_at(j) {
            year = Some(y);
            j = e;
            if self.is(j, "fiscal") {
                j += 1;
            }
        }
        let mut year_rel = None;
        // "this year's third quarter", "next year's first quarter", "last year's quarter"
        if year.is_none()
            && let Some((o, e)) = self.year_rel_at(j)
            && self
                .t
                .get(e - 1)
                .is_some_and(|t| t.text.ends_with("'s") || t.text.ends_with("’s"))
        {
            year_rel = Some(o);
            j = e;
        }
        if self.is(j, "fiscal") {
            j = self.opt_hyphen(j + 1);
        }
        // "the year-ago third quarter"
        if year.is_none() && self.is(j, "year") && self.hyphen(j + 1) && self.any(j + 2, &["ago", "earlier"]) {
            let o = j + 3;
            let is_ord = match self.t.get(o).map(|t| t.kind) {
                Some(Tk::Ord(n)) => (1..=4).contains(&n),
                Some(Tk::Word) => lex::ordinal_word(self.low(o)).is_some_and(|n| n <= 4),
                _ => false,
            };
            if is_ord {
                year_rel = Some(-1);
                j = o;
            }
        }
        // Q3 2024
        if self.is(j, "q")
            && self.t.get(j + 1).is_some_and(|t| t.glued)
            && let Some(q) = self.int(j + 1).filter(|q| (1..=4).contains(q))
        {
            let mut e = j + 2;
            if let Some((y, e2)) = self.year_at(e) {
                year = Some(y);
                e = e2;
            }
            if !self.cap(j) {
                return None;
            }
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Quarter {
                    year,
                    year_rel,
                    q: q as u8,
                },
                modifier: None,
            });
        }
        let ord = match self.t.get(j)?.kind {
            Tk::Ord(n) => Some(n),
            Tk::Word => lex::ordinal_word(self.low(j)).or(match self.low(j) {
                "last" | "final" | "latter" => Some(99),
                _ => None,
            }),
            _ => None,
        };
        if let Some(q) = ord {
            let u = self.opt_hyphen(j + 1);
            let is_q = self.is(u, "quarter");
            let is_h = self.is(u, "half");
            if (is_q && (1..=4).contains(&q)) || (is_h && (q <= 2 || q == 99)) {
                let mut e = u + 1;
                let mut y_at = e;
                if self.is(y_at, "of") || self.punct(y_at, ',') {
                    y_at += 1;
                }
                if let Some((y, e2)) = self.year_at(y_at) {
                    year = Some(y);
                    e = e2;
                } else if let Some((o, e2)) = self.year_rel_at(y_at) {
                    year_rel = Some(o);
                    e = e2;
                } else if self.is(e, "of") && self.is(e + 1, "the") && self.is(e + 2, "year") {
                    e += 3;
                    year_rel = Some(0);
                } else if self.is(e, "of") && (self.is_word(e + 1) && !self.cap(e + 1) || self.is(e + 1, "the")) {
                    // "the first half of the game", "a quarter of the vote"
                    return None;
                }
                if self.hyphen(u + 1) && !self.is(u + 2, "end") {
                    // "quarter-century", "quarter-to-quarter"
                    return None;
                }
                if is_h {
                    // Halves need a year or "the": "first half" alone is often a game.
                    if year.is_none() && year_rel.is_none() && !(k > 0 && self.is(k - 1, "the")) {
                        return None;
                    }
                    let h = if q == 1 { 1 } else { 2 };
                    return Some(Hit {
                        start: k,
                        end: e,
                        expr: Expr::Half { year, year_rel, h },
                        modifier: None,
                    });
                }
                // "third quarter" in sport ("the third quarter of the game") is excluded above
                return Some(Hit {
                    start: k,
                    end: e,
                    expr: Expr::Quarter {
                        year,
                        year_rel,
                        q: q as u8,
                    },
                    modifier: None,
                });
            }
            return None;
        }
        // "the 1988 quarter", "the 1989 period"
        if year.is_some() && self.any(j, &["quarter", "period"]) && k > 0 && self.is(k - 1, "the") {
            return Some(Hit {
                start: k,
                end: j + 1,
                expr: Expr::Quarter {
                    year,
                    year_rel: None,
                    q: 0,
                },
                modifier: None,
            });
        }
        // Relative quarters: "the latest quarter", "the year-ago quarter", "the current quarter"
        let mut m = j;
        let mut offset: Option<i32> = None;
        if self.any(m, &["comparable", "same", "corresponding"]) {
            m += 1;
        }
        if self.is(m, "year") && self.hyphen(m + 1) && self.any(m + 2, &["ago", "earlier"]) {
            offset = Some(-5);
            m += 3;
        } else if self.any(m, &["latest", "recent"]) || (self.is(m, "most") && self.is(m + 1, "recent")) {
            offset = Some(-1);
            m += if self.is(m, "most") { 2 } else { 1 };
        } else if self.any(m, &["current", "present"]) {
            offset = Some(0);
            m += 1;
        } else if self.any(m, &["previous", "prior", "preceding"]) {
            offset = Some(-2);
            m += 1;
        }
        if self.is(m, "fiscal") {
            m += 1;
        }
        if self.is(m, "quarter") && !self.hyphen(m + 1) {
            let the = k > 0 && self.is(k - 1, "the") || self.any(k.wrapping_sub(1), &["this", "that", "its"]);
            if !the && offset.is_none() {
                return None;
            }
            let mut e = m + 1;
            let mut off = offset.unwrap_or(-1);
            if self.is(e, "a") && self.is(e + 1, "year") && self.is(e + 2, "ago") {
                off = -5;
                e += 3;
            }
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Relative {
                    unit: Unit::Quarter,
                    offset: off,
                },
                modifier: None,
            });
        }
        if offset == Some(-5) && self.is(m, "period") {
            return Some(Hit {
                start: k,
                end: m + 1,
                expr: Expr::Relative {
                    unit: Unit::Quarter,
                    offset: -5,
                },
                modifier: None,
            });
        }
        if offset == Some(-1) && self.is(m, "period") && k > 0 && self.is(k - 1, "the") {
            return Some(Hit {
                start: k,
                end: m + 1,
                expr: Expr::Relative {
                    unit: Unit::Quarter,
                    offset: -1,
                },
                modifier: None,
            });
        }
        None
    }

    // ---------------------------------------------------------------- relative

    /// "this week", "last month", "next year", "the past year", "last Friday",
    /// "this summer", "last May", "year-ago", "last night", "this morning".
    fn relative(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        // year-end, year end, year's end
        if w == "year" && (self.hyphen(k + 1) && self.is(k + 2, "end") || self.is(k + 1, "end")) {
            let e = if self.is(k + 1, "end") { k + 2 } else { k + 3 };
            return Some(Hit {
                start: k,
                end: e,
                expr: Expr::Relative {
                    unit: Unit::Year,
                    offset: 0,
                },
                modifier: Some("END"),
            });
        }
        // year-ago / year-earlier
        if w == "year" && self.hyphen(k + 1) && self.any(k + 2, &["ago", "earlier"]) {
            return Some(Hit {
                start: k,
                end: k + 3,
                expr: Expr::Relative {
                    unit: Unit::Year,
                    offset: -1,
                },
                modifier: None,
            });
        }
        if self.cap(k) && self.cap(k + 1) && k > 0 && !matches!(self.t[k - 1].kind, Tk::Punct('.' | '!' | '?')) {
            return None;
        }
        let (shift, mut j) = match w {
            "this" if self.is(k + 1, "past") => (Shift::Last, k + 2),
            "this" if self.is(k + 1, "coming") => (Shift::Next, k + 2),
            "this" | "current" => (Shift::This, k + 1),
            "last" | "past" | "previous" => (Shift::Last, k + 1),
            "next" | "coming" | "following" => (Shift::Next, k + 1),
            _ => return None,
        };
        // "the past two years" is a duration
        if matches!(w, "past" | "last" | "next" | "coming" | "previous" | "following") {
            if let Some((_, _)) = self.number(j)
                && let Some(mut d) = self.duration(j, true)
            {
                d.start = k;
                return Some(d);
            }
            // "the past few weeks", "recent weeks" with no number: plural unit
            if let Some((u, true)) = lex::unit(self.low(j)) {
                return Some(Hit {
                    start: k,
                    end: j + 1,
                    expr: Expr::Duration { n: None, unit: u },
                    modifier: None,
                });
            }
        }
        let off = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        let lw = self.low(j);
        let h = |end: usize, expr: Expr| {
            Some(Hit {
                start: k,
                end,
                expr,
                modifier: None,
            })
        };
        if let Some((u, false)) = lex::unit(lw) {
            // "past" alone ("the past year") reads as last year; "past day" is odd
            if matches!(
                u,
                Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century | Unit::Quarter
            ) {
                return h(j + 1, Expr::Relative { unit: u, offset: off });
            }
            if u == Unit::Day && shift == Shift::Next && self.is(k.wrapping_sub(1), "the") {
                return None;
            }
            return None;
        }
        if lw == "weekend" {
            return h(j + 1, Expr::Weekend { shift });
        }
        if lw == "night" && shift == Shift::Last {
            return h(
                j + 1,
                Expr::Relative {
                    unit: Unit::Day,
                    offset: -1,
                },
            );
        }
        if matches!(lw, "morning" | "afternoon" | "evening") && shift == Shift::This {
            return h(
                j + 1,
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 0,
                },
            );
        }
        if let Some(wd) = lex::weekday(lw) {
            // "this Monday, Dec. 3, 2012": a weekday with its dated day. ("last Friday,
            // Oct. 25" stays two expressions, checked against each other.)
            if let Some(mut c) = self.weekday_rule(j)
                && matches!(c.expr, Expr::Calendar { year: Some(_), .. })
            {
                c.start = k;
                return Some(c);
            }
            if lw.len() >= 6 && self.cap(j) {
                let mut e = j + 1;
                if self.any(e, &["morning", "afternoon", "evening", "night"]) {
                    e += 1;
                }
                return h(e, Expr::Weekday { weekday: wd, shift });
            }
            return None;
        }
        if let Some((m, e, abbr)) = self.month_at(j) {
            if abbr && self.day_at(e).is_none() {
                return None;
            }
            if let Some((d, e2)) = self.day_at(e) {
                return h(
                    e2,
                    Expr::Calendar {
                        year: None,
                        year_rel: None,
                        month: Some(m),
                        day: Some(d),
                        weekday: None,
                        shift,
                    },
                );
            }
            return h(
                e,
                Expr::Calendar {
                    year: None,
                    year_rel: None,
                    month: Some(m),
                    day: None,
                    weekday: None,
                    shift,
                },
            );
        }
        if let Some(s) = lex::season(lw) {
            let _ = j;
            j += 1;
            return h(
                j,
                Expr::Season {
                    year: None,
                    year_rel: None,
                    season: s,
                    shift,
                },
            );
        }
        if let Some(hd) = self.holiday(j)
            && let Expr::Holiday { name, .. } = hd.expr
        {
            return h(
                hd.end,
                Expr::Holiday {
                    name,
                    year: None,
                    shift,
                },
            );
        }
        None
    }

    /// "today", "yesterday", "tomorrow", "tonight", "the day before yesterday".
    fn day_word(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        let off = match w {
            "today" | "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => {
                if w == "day" && self.any(k + 1, &["before", "after"]) {
                    let before = self.is(k + 1, "before");
                    if before && self.is(k + 2, "yesterday") {
                        return Some(Hit {
                            start: k,
                            end: k + 3,
                            expr: Expr::Relative {
                                unit: Unit::Day,
                                offset: -2,
                            },
                            modifier: None,
                        });
                    }
                    if !before && self.is(k + 2, "tomorrow") {
                        return Some(Hit {
                            start: k,
                            end: k + 3,
                            expr: Expr::Relative {
                                unit: Unit::Day,
                                offset: 2,
                            },
                            modifier: None,
                        });
                    }
                }
                return None;
            }
        };
        let mut e = k + 1;
        if w != "tonight" && self.any(e, &["morning", "afternoon", "evening", "night"]) {
            e += 1;
        }
        Some(Hit {
            start: k,
            end: e,
            expr: Expr::Relative {
                unit: Unit::Day,
                offset: off,
            },
            modifier: None,
        })
    }

    // ---------------------------------------------------------------- durations

    /// "two years", "three-day", "a decade", "10 days ago", "a year earlier",
    /// "weeks", "the nine months". `after_det` is set after "the"/"past"/"next".
    fn duration(&self, k: usize, after_det: bool) -> Option<Hit> {
        if let Some((e, n)) = self.number(k) {
            let numw = self.low(k);
            let mut u = e;
            let adjective = self.hyphen(u);
            if adjective
                || self.any(
                    u,
                    &[
                        "more",
                        "additional",
                        "further",
                        "straight",
                        "consecutive",
                        "full",
                        "long",
                        "whole",
                        "trading",
                        "business",
                        "calendar",
                    ],
                )
            {
                u += 1;
            }
            let (unit, plural) = lex::unit(self.low(u))?;
            // numbers as digits can't be years here ("1990 years" is odd but fine)
            if unit == Unit::Second && matches!(numw, "a" | "an" | "the") {
                return None;
            }
            // fractions: "a quarter of the market", "three-quarters of its food"
            if unit == Unit::Quarter && self.is(u + 1, "of") {
                return None;
            }
            // ages: "a 23-year-old", "five years old"
            if (self.hyphen(u + 1) && self.is(u + 2, "old")) || self.is(u + 1, "old") {
                return None;
            }
            if adjective && plural {
                return None;
            }
            if matches!(numw, "a" | "an") && plural {
                return None;
            }
            let relative_after = self.any(u + 1, &["ago", "earlier", "later", "before", "after"]);
            if matches!(numw, "a" | "an" | "per") && k > 0 && !relative_after {
                let p = &self.t[k - 1];
                let rate = matches!(p.kind, Tk::Num(_))
                    || (p.kind == Tk::Word
                        && !p.cap()
                        && (lex::small_number(&p.low).is_some()
                            || matches!(
                                p.low.as_str(),
                                "million" | "billion" | "thousand" | "times" | "once" | "twice" | "cents" | "percent"
                            )
                            || (p.low.len() > 3
                                && p.low.ends_with('s')
                                && !p.low.ends_with("ss")
                                && !matches!(
                                    p.low.as_str(),
                                    "was" | "has" | "this" | "is" | "its" | "as" | "us" | "plus"
                                ))));
                if rate {
                    return None;
                }
            }
            if self
                .t
                .get(u)
                .is_some_and(|t| t.cap() && !t.text.chars().all(|c| c.is_uppercase()))
            {
                // "60 Minutes", a title
                return None;
            }
            if n.is_none() && !plural && !matches!(numw, "a") {
                return None;
            }
            // "one day" alone is often "some day"; keep it as a day anyway.
            let mut end = u + 1;
            let mut n = n;
            // "a minute and a half", "two and a half years" is not handled
            if self.is(end, "and") && self.is(end + 1, "a") && self.is(end + 2, "half") {
                n = n.map(|v| v + 0.5);
                end += 3;
            }
            // "at least 72 hours" etc. come from quant_mod.
            // "a week or so ago"
            let mut approx = false;
            if self.is(end, "or") && self.is(end + 1, "so") && self.is(end + 2, "ago") {
                end += 2;
                approx = true;
            }
            let sign = match self.low(end) {
                "ago" => Some(-1),
                "earlier" | "before" | "previously"
                    if !self.is_word(end + 1) || self.punct(end + 1, ',') || !after_det =>
                {
                    // "two days before the election" stays a duration
                    if self.low(end) == "before" && self.is_word(end + 1) {
                        None
                    } else {
                        Some(-1)
                    }
                }
                "later" | "hence" => Some(1),
                "from" if self.is(end + 1, "now") => {
                    end += 1;
                    Some(1)
                }
                _ => None,
            };
            // "three days later" counts from the story's time, not the anchor: a length.
            let sign = match sign {
                Some(1) if self.low(end) == "later" => None,
                Some(-1)
                    if self.low(end) != "ago"
                        && !matches!(unit, Unit::Year | Unit::Quarter | Unit::Month | Unit::Decade) =>
                {
                    None
                }
                x => x,
            };
            if matches!(self.low(end), "later" | "earlier") && sign.is_none() && !adjective {
                end += 1;
            }
            if let Some(s) = sign {
                if adjective {
                    return None;
                }
                return Some(Hit {
                    start: k,
                    end: end + 1,
                    expr: Expr::Offset { unit, n, sign: s },
                    modifier: approx.then_some("APPROX"),
                });
            }
            if adjective && self.hyphen(u + 1) && self.is(u + 2, "long") {
                end = u + 3;
            }
            return Some(Hit {
                start: k,
                end,
                expr: Expr::Duration { n, unit },
                modifier: None,
            });
        }
        // bare plural units: "weeks", "for years", "recent months", "coming days"
        let w = self.low(k);
        if matches!(w, "recent" | "coming" | "past" | "next") {
            if let Some((u, true)) = lex::unit(self.low(k + 1))
                && u != Unit::Second
            {
                return Some(Hit {
                    start: k,
                    end: k + 2,
                    expr: Expr::Duration { n: None, unit: u },
                    modifier: None,
                });
            }
            return None;
        }
        if let Some((u, true)) = lex::unit(w) {
            // bare "days", "minutes", "decades" are rarely a claim: "just minutes apart",
            // "a matter of days", "for decades" (kept: "decades-long")
            let long = self.hyphen(k + 1) && self.is(k + 2, "long");
            if matches!(
                u,
                Unit::Second | Unit::Minute | Unit::Day | Unit::Quarter | Unit::Century
            ) || (u == Unit::Decade && !long)
                || self.cap(k)
                || self.is(k + 1, "old")
                || (self.hyphen(k + 1) && self.is(k + 2, "old"))
            {
                return None;
            }
            // "decades-long"
            let mut end = k + 1;
            if self.hyphen(end) && self.is(end + 1, "long") {
                end += 2;
            }
            let _ = after_det;
            return Some(Hit {
                start: k,
                end,
                expr: Expr::Duration { n: None, unit: u },
                modifier: None,
            });
        }
        None
    }

    // ---------------------------------------------------------------- references, holidays

    fn reference(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        let h = |end: usize, v: &'static str| {
            Some(Hit {
                start: k,
                end,
                expr: Expr::Ref(v),
                modifier: None,
            })
        };
        match w {
            "now" => {
                let s = if k > 0 && self.any(k - 1, &["right", "just"]) {
                    k - 1
                } else {
                    k
                };
                Some(Hit {
                    start: s,
                    end: k + 1,
                    expr: Expr::Ref("PRESENT_REF"),
                    modifier: None,
                })
            }
            "currently" | "nowadays" | "presently" => h(k + 1, "PRESENT_REF"),
            "these" if self.is(k + 1, "days") => h(k + 2, "PRESENT_REF"),
            "at" if self.is(k + 1, "present") && !self.is_word(k + 2) => h(k + 2, "PRESENT_REF"),
            "recently" | "lately" => {
                let s = if k > 0 && self.any(k - 1, &["more", "most", "until"]) && self.low(k - 1) != "until" {
                    k - 1
                } else {
                    k
                };
                Some(Hit {
                    start: s,
                    end: k + 1,
                    expr: Expr::Ref("PAST_REF"),
                    modifier: None,
                })
            }
            "future" if k > 0 && self.is(k - 1, "in") => h(k + 1, "FUTURE_REF"),
            "current" => h(k + 1, "PRESENT_REF"),

            _ => None,
        }
    }

    /// Fixed and computed holidays: "Christmas", "Thanksgiving Day", "New Year's Day".
    fn holiday(&self, k: usize) -> Option<Hit> {
        if !self.cap(k) {
            return None;
        }
        let w = self.low(k);
        let (name, mut e): (&'static str, usize) = match w {
            "christmas" => (
                "christmas",
                if self.is(k + 1, "day") || self.is(k + 1, "eve") {
                    k + 2
                } else {
                    k + 1
                },
            ),
            "thanksgiving" => ("thanksgiving", if self.is(k + 1, "day") { k + 2 } else { k + 1 }),
            "easter" => ("easter", if self.is(k + 1, "sunday") { k + 2 } else { k + 1 }),
            "halloween" => ("halloween", k + 1),
            "new" if self.is(k + 1, "year") && self.is(k + 2, "day") && self.cap(k + 2) => ("newyear", k + 3),
            "new" if self.is(k + 1, "year") && self.is(k + 2, "eve") && self.cap(k + 2) => ("newyeareve", k + 3),
            "independence" | "veterans" | "labor" | "memorial" | "election" | "valentine"
                if self.is(k + 1, "day") && self.cap(k + 1) =>
            {
                let n = match w {
                    "independence" => "independence",
                    "veterans" => "veterans",
                    "labor" => "labor",
                    "memorial" => "memorial",
                    "valentine" => "valentine",
                    _ => "election",
                };
                (n, k + 2)
            }
            _ => return None,
        };
        if name == "christmas" && self.is(k + 1, "eve") {
            return Some(Hit {
                start: k,
                end: k + 2,
                expr: Expr::Holiday {
                    name: "christmaseve",
                    year: None,
                    shift: Shift::None,
                },
                modifier: None,
            });
        }
        // "Christmas 2024", "Easter of 1998"
        let mut year = None;
        let mut j = e;
        if self.punct(j, ',') || self.is(j, "of") {
            j += 1;
        }
        if let Some((y, e2)) = self.year_at(j) {
            year = Some(y);
            e = e2;
        }
        // "Christmas tree", "Easter egg" are still about the day; "Christmas Island" is not.
        if self.cap(e) && year.is_none() && !matches!(self.low(e), "eve") {
            return None;
        }
        Some(Hit {
            start: k,
            end: e,
            expr: Expr::Holiday {
                name,
                year,
                shift: Shift::None,
            },
            modifier: None,
        })
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
