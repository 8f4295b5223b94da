//! Relative expressions and durations: "last week", "two days ago", "in three weeks", "yesterday", "two years", "weeks".

use super::*;

impl<'t, 'a> Parser<'t, 'a> {
    // ---------------------------------------------------------------- relative

    /// "this week", "last month", "next year", "the past year", "last Friday",
    /// "this summer", "last May", "year-ago", "last night", "this morning".
    pub(super) fn relative(&self, k: usize) -> Option<Hit> {
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
            return self.hit(
                k,
                k + 3,
                Expr::Relative {
                    unit: Unit::Year,
                    offset: -1,
                },
            );
        }
        if self.cap(k) && self.cap(k + 1) && k > 0 && !matches!(self.t[k - 1].kind, Tk::Punct('.' | '!' | '?')) {
            return None;
        }
        let (shift, j) = match w {
            "this" if self.is(k + 1, "past") => (Shift::Last, k + 2),
            "this" if self.is(k + 1, "coming") => (Shift::Next, k + 2),
            "this" | "current" => (Shift::This, k + 1),
            "last" | "past" | "previous" => (Shift::Last, k + 1),
            "next" | "coming" => (Shift::Next, k + 1),
            // "the following week"; a bare "following" is "after" ("a shooting
            // following Fourth of July fireworks", "following Tuesday's vote").
            "following" if k > 0 && self.is(k - 1, "the") => (Shift::Next, k + 1),
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
                return self.hit(k, j + 1, Expr::Duration { n: None, unit: u });
            }
        }
        self.shifted(k, j, shift)
    }

    /// What "this"/"last"/"next" at `k` qualifies, from `j`: a unit ("last week"), the
    /// weekend, "last night", a weekday, a month, a season or a holiday.
    fn shifted(&self, k: usize, mut j: usize, shift: Shift) -> Option<Hit> {
        let off = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        let lw = self.low(j);
        if let Some((u, false)) = lex::unit(lw) {
            // "past" alone ("the past year") reads as last year; "past day" is odd
            if matches!(
                u,
                Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century | Unit::Quarter
            ) {
                return self.hit(k, j + 1, Expr::Relative { unit: u, offset: off });
            }
            if u == Unit::Day && shift == Shift::Next && self.is(k.wrapping_sub(1), "the") {
                return None;
            }
            return None;
        }
        if lw == "weekend" {
            return self.hit(k, j + 1, Expr::Weekend { shift });
        }
        if lw == "night" && shift == Shift::Last {
            return self.hit(
                k,
                j + 1,
                Expr::Relative {
                    unit: Unit::Day,
                    offset: -1,
                },
            );
        }
        if matches!(lw, "morning" | "afternoon" | "evening") && shift == Shift::This {
            return self.hit(
                k,
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
                return self.hit(k, e, Expr::Weekday { weekday: wd, shift });
            }
            return None;
        }
        if let Some((m, e, abbr)) = self.month_at(j) {
            if abbr && self.day_at(e).is_none() {
                return None;
            }
            if let Some((d, e2)) = self.day_at(e) {
                return self.hit(
                    k,
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
            return self.hit(
                k,
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
            return self.hit(
                k,
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
            return self.hit(
                k,
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
    pub(super) fn day_word(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        let off = match w {
            "today" | "tonight" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => {
                if w == "day" && self.any(k + 1, &["before", "after"]) {
                    let before = self.is(k + 1, "before");
                    if before && self.is(k + 2, "yesterday") {
                        return self.hit(
                            k,
                            k + 3,
                            Expr::Relative {
                                unit: Unit::Day,
                                offset: -2,
                            },
                        );
                    }
                    if !before && self.is(k + 2, "tomorrow") {
                        return self.hit(
                            k,
                            k + 3,
                            Expr::Relative {
                                unit: Unit::Day,
                                offset: 2,
                            },
                        );
                    }
                }
                return None;
            }
        };
        let mut e = k + 1;
        if w != "tonight" && self.any(e, &["morning", "afternoon", "evening", "night"]) {
            e += 1;
        }
        self.hit(
            k,
            e,
            Expr::Relative {
                unit: Unit::Day,
                offset: off,
            },
        )
    }

    // ---------------------------------------------------------------- durations

    /// "two years", "three-day", "a decade", "10 days ago", "a year earlier",
    /// "weeks", "the nine months". `after_det` is set after "the"/"past"/"next".
    pub(super) fn duration(&self, k: usize, after_det: bool) -> Option<Hit> {
        if let Some((e, n)) = self.number(k) {
            return self.counted(k, e, n, after_det);
        }
        // bare plural units: "weeks", "for years", "recent months", "coming days"
        let w = self.low(k);
        if matches!(w, "recent" | "coming" | "past" | "next") {
            if let Some((u, true)) = lex::unit(self.low(k + 1))
                && u != Unit::Second
            {
                return self.hit(k, k + 2, Expr::Duration { n: None, unit: u });
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
            return self.hit(k, end, Expr::Duration { n: None, unit: u });
        }
        None
    }

    /// A counted length or offset from the number at `k` ending before `e`: "two years",
    /// "a week or so ago", "three days later", "a 10-day".
    fn counted(&self, k: usize, e: usize, n: Option<f64>, after_det: bool) -> Option<Hit> {
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
        if matches!(numw, "a" | "an" | "per") && k > 0 && !relative_after && self.rate_before(k) {
            return None;
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
            "earlier" | "before" | "previously" if !self.is_word(end + 1) || self.punct(end + 1, ',') || !after_det => {
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
        self.hit(k, end, Expr::Duration { n, unit })
    }

    /// Whether the word before a "a"/"an"/"per" at `k` makes it a rate ("$5 a day",
    /// "twice a week", "20 cents a year"), not a length.
    fn rate_before(&self, k: usize) -> bool {
        let p = &self.t[k - 1];
        matches!(p.kind, Tk::Num(_))
            || (p.kind == Tk::Word
                && !p.cap()
                && (lex::small_number(&p.low).is_some()
                    || crate::lexicon::numbers::scale_word(&p.low).is_some()
                    || matches!(p.low.as_ref(), "times" | "once" | "twice" | "cents" | "percent")
                    || (p.low.len() > 3
                        && p.low.ends_with('s')
                        && !p.low.ends_with("ss")
                        && !matches!(
                            p.low.as_ref(),
                            "was" | "has" | "this" | "is" | "its" | "as" | "us" | "plus"
                        ))))
    }
}
