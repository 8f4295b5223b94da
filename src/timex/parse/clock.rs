//! Clock times: "12:30 a.m.", "9 a.m. Tuesday", "noon", with an optional time zone.

use super::*;

impl<'t, 'a> Parser<'t, 'a> {
    // ---------------------------------------------------------------- clock times

    /// "a.m."/"am"/"p.m."/"PM" at `i`: (is p.m., index after it).
    pub(super) fn meridiem(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        match t.low.as_ref() {
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
    pub(super) fn clock(&self, k: usize) -> Option<Hit> {
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
            Tk::Word if matches!(t.low.as_ref(), "noon" | "midnight") => {
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
    pub(super) fn zone(&self, i: usize) -> Option<usize> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Word {
            return None;
        }
        if t.low == "local" && self.is(i + 1, "time") {
            return Some(i + 2);
        }
        let upper = t.text.chars().all(|c| c.is_ascii_uppercase());
        (upper && crate::lexicon::time::is_time_zone(t.low.as_ref())).then_some(i + 1)
    }

    /// A clock time ending at `e`, with the day written right after it if any: "9 a.m.
    /// Tuesday", "5 p.m. yesterday", "noon Oct. 23".
    pub(super) fn clock_day(&self, k: usize, e: usize, hour: u8, minute: u8) -> Option<Hit> {
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
        self.hit(
            k,
            end,
            Expr::Time {
                hour,
                minute,
                day,
                day_tense: None,
            },
        )
    }
}
