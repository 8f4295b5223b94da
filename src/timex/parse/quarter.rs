//! Seasons, quarters and halves: "last fall", "the winter of 1994", "the third quarter", "Q3 2024", "the first half of 1990".

use super::*;

impl<'t, 'a> Parser<'t, 'a> {
    // ---------------------------------------------------------------- seasons, quarters

    /// "summer", "the summer of 1998", "fall 2024", "winter" (after a determiner or
    /// preposition). `the` is the index of a preceding "the" already consumed.
    pub(super) fn season(&self, k: usize, the: Option<usize>) -> Option<Hit> {
        let s = lex::season(self.low(k))?;
        let mut e = k + 1;
        let mut year = None;
        let mut year_rel = None;
        if let Some((y, e2)) = self.year_after(e) {
            match y {
                YearRef::Written(y) => year = Some(y),
                YearRef::Relative(o) => year_rel = Some(o),
            }
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
        self.hit(
            k,
            e,
            Expr::Season {
                year,
                year_rel,
                season: s,
                shift: Shift::None,
            },
        )
    }

    /// "the third quarter", "third-quarter", "the 1988 second quarter", "Q3 2024",
    /// "the first half of 1990", "the latest quarter", "the year-ago quarter".
    pub(super) fn quarter(&self, k: usize) -> Option<Hit> {
        let (j, year, year_rel) = self.quarter_year(k);
        // Q3 2024
        if self.is(j, "q")
            && self.t.get(j + 1).is_some_and(|t| t.glued)
            && let Some(q) = self.int(j + 1).filter(|q| (1..=4).contains(q))
        {
            return self.q_form(k, j, q, year, year_rel);
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
            return self.ordinal_quarter(k, j, q, year, year_rel);
        }
        // "the 1988 quarter", "the 1989 period"
        if year.is_some() && self.any(j, &["quarter", "period"]) && k > 0 && self.is(k - 1, "the") {
            return self.hit(
                k,
                j + 1,
                Expr::Quarter {
                    year,
                    year_rel: None,
                    q: 0,
                },
            );
        }
        self.relative_quarter(k, j)
    }

    /// The year written before a quarter: "1988", "fiscal 1989", "this year's",
    /// "the year-ago": the token after it, the year and the year relative to the anchor's.
    fn quarter_year(&self, k: usize) -> (usize, Option<i32>, Option<i32>) {
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
        (j, year, year_rel)
    }

    /// "Q3 2024" from the "Q" at `j`.
    fn q_form(&self, k: usize, j: usize, q: i64, mut year: Option<i32>, year_rel: Option<i32>) -> Option<Hit> {
        let mut e = j + 2;
        if let Some((y, e2)) = self.year_at(e) {
            year = Some(y);
            e = e2;
        }
        if !self.cap(j) {
            return None;
        }
        self.hit(
            k,
            e,
            Expr::Quarter {
                year,
                year_rel,
                q: q as u8,
            },
        )
    }

    /// "third quarter", "first half of 1990" from the ordinal `q` at `j` (99: "last",
    /// "final", "latter").
    fn ordinal_quarter(
        &self,
        k: usize,
        j: usize,
        q: u32,
        mut year: Option<i32>,
        mut year_rel: Option<i32>,
    ) -> Option<Hit> {
        let u = self.opt_hyphen(j + 1);
        let is_q = self.is(u, "quarter");
        let is_h = self.is(u, "half");
        if (is_q && (1..=4).contains(&q)) || (is_h && (q <= 2 || q == 99)) {
            let mut e = u + 1;
            if let Some((y, e2)) = self.year_after(e) {
                match y {
                    YearRef::Written(y) => year = Some(y),
                    YearRef::Relative(o) => year_rel = Some(o),
                }
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
                return self.hit(k, e, Expr::Half { year, year_rel, h });
            }
            // "third quarter" in sport ("the third quarter of the game") is excluded above
            return self.hit(
                k,
                e,
                Expr::Quarter {
                    year,
                    year_rel,
                    q: q as u8,
                },
            );
        }
        None
    }

    /// Relative quarters from `j`: "the latest quarter", "the year-ago quarter", "the
    /// current quarter".
    fn relative_quarter(&self, k: usize, j: usize) -> Option<Hit> {
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
            return self.hit(
                k,
                e,
                Expr::Relative {
                    unit: Unit::Quarter,
                    offset: off,
                },
            );
        }
        if offset == Some(-5) && self.is(m, "period") {
            return self.hit(
                k,
                m + 1,
                Expr::Relative {
                    unit: Unit::Quarter,
                    offset: -5,
                },
            );
        }
        if offset == Some(-1) && self.is(m, "period") && k > 0 && self.is(k - 1, "the") {
            return self.hit(
                k,
                m + 1,
                Expr::Relative {
                    unit: Unit::Quarter,
                    offset: -1,
                },
            );
        }
        None
    }
}
