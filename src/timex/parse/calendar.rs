//! Calendar dates and years: "Oct. 23", "23 October 2024", "Tuesday, Oct. 23", "1998", "fiscal 1989", "nineteen ninety-eight", "the 20th century".

use super::*;

impl<'t, 'a> Parser<'t, 'a> {
    // ---------------------------------------------------------------- calendar

    /// A month word at `i`: (month, index after it and its optional dot, abbreviated).
    pub(super) fn month_at(&self, i: usize) -> Option<(i32, usize, bool)> {
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
    pub(super) fn day_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t.get(i)?;
        let d = match t.kind {
            Tk::Num(v) if v.fract() == 0.0 && t.text.len() <= 2 => v as i32,
            Tk::Ord(v) => v as i32,
            Tk::Word => {
                let w = t.low.as_ref();
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
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn year_rel_at(&self, i: usize) -> Option<(i32, usize)> {
        let off = match self.low(i) {
            "this" | "current" => 0,
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some((off, i + 2))
    }

    /// A year after token `i`, past one "of" or ",": "fall 2024", "the summer of 1998",
    /// "June of this year", "Easter, 1998": the year (a four-digit year first, then
    /// "this/last/next year") and the token after it.
    pub(super) fn year_after(&self, i: usize) -> Option<(YearRef, usize)> {
        let mut j = i;
        if self.is(j, "of") || self.punct(j, ',') {
            j += 1;
        }
        if let Some((y, e)) = self.year_at(j) {
            return Some((YearRef::Written(y), e));
        }
        self.year_rel_at(j).map(|(o, e)| (YearRef::Relative(o), e))
    }

    /// Month-based dates: "Oct. 23", "October 23rd, 2024", "October 2024", "June of
    /// this year", "23 October 2024", "the 23rd of October".
    pub(super) fn calendar(&self, k: usize) -> Option<Hit> {
        if let Some(h) = self.calendar_day_first(k) {
            return Some(h);
        }
        let (m, j, abbr) = self.month_at(k)?;
        if let Some((d, e)) = self.day_at(j) {
            // "October 23, 2024" / "Oct 23 2024"
            let mut y_end = e;
            if self.punct(y_end, ',') {
                y_end += 1;
            }
            if let Some((y, e2)) = self.year_at(y_end)
                && valid_ymd(y, m, d)
            {
                return self.hit(k, e2, cal(Some(y), Some(m), Some(d), None));
            }
            if valid_ymd(2000, m, d) {
                // A bare small number after "May"/"March" is still a day: "in March 12 ..."
                // is rare next to "March 12".
                return self.hit(k, e, cal(None, Some(m), Some(d), None));
            }
        }
        // "October 2024", "October of 2024", "June of this year", "June last year"
        match self.year_after(j) {
            Some((YearRef::Written(y), e)) => return self.hit(k, e, cal(Some(y), Some(m), None, None)),
            Some((YearRef::Relative(off), e)) => {
                return self.hit(
                    k,
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
            None => {}
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
        // "Jill June, Lori Jungling": after a capitalised name, a name too (not after "The"
        // or "Every" opening a sentence, nor after a possessive: "the Fed's December rise").
        if !prev_ok
            && k > 0
            && self.cap(k - 1)
            && !crate::text::is_stop(prev)
            && !matches!(prev, "every" | "each" | "any" | "that")
            && !self.t[k - 1].text.contains(['\'', '’'])
            && lex::month(prev).is_none()
            && lex::weekday(prev).is_none()
        {
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
        self.hit(k, j, cal(None, Some(m), None, None))
    }

    /// "23 October 2024", "23rd of October", "the 23rd of October".
    pub(super) fn calendar_day_first(&self, k: usize) -> Option<Hit> {
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
    pub(super) fn weekday_rule(&self, k: usize) -> Option<Hit> {
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
        self.hit(
            k,
            end,
            Expr::Weekday {
                weekday: wd,
                shift: Shift::None,
            },
        )
    }

    // ---------------------------------------------------------------- years

    pub(super) fn year(&self, k: usize) -> Option<Hit> {
        // "fiscal 1989", "fiscal year 1990"
        if self.is(k, "fiscal") {
            let mut j = k + 1;
            if self.is(j, "year") {
                j += 1;
            }
            let (y, e) = self.year_at(j)?;
            return self.hit(k, e, Expr::Year(y));
        }
        let (y, e) = self.year_at(k)?;
        let prev = if k > 0 { self.t[k - 1].low.as_ref() } else { "" };
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
                    p.low.as_ref(),
                    "fiscal" | "year" | "fy" | "christmas" | "easter" | "circa"
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
        self.hit(k, e, Expr::Year(y))
    }

    /// Whether the word at `i` shows the previous number counts things.
    pub(super) fn count_after(&self, i: usize) -> bool {
        let Some(t) = self.t.get(i) else { return false };
        match t.kind {
            Tk::Word => {
                let w = t.low.as_ref();
                if count_noun(w) {
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
    pub(super) fn spelled_year(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        if w == "nineteen" || w == "eighteen" {
            let c = if w == "nineteen" { 1900.0 } else { 1800.0 };
            let (e, v) = match self.number(k + 1) {
                Some((e, Some(v))) if (10.0..100.0).contains(&v) && self.t[k + 1].kind == Tk::Word => (e, v),
                _ => return None,
            };
            return self.hit(k, e, Expr::Year((c + v) as i32));
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
            return self.hit(k, e, Expr::Year(v as i32));
        }
        None
    }

    /// "the 20th century", "the twentieth century", "this century", "last century".
    pub(super) fn century(&self, k: usize) -> Option<Hit> {
        let n = match self.t.get(k)?.kind {
            Tk::Ord(n) => n as i32,
            Tk::Word => {
                let w = self.low(k);
                if matches!(w, "twenty") && self.hyphen(k + 1) && self.is(k + 2, "first") {
                    if !self.is(k + 3, "century") {
                        return None;
                    }
                    return self.hit(k, k + 4, Expr::Century(20));
                }
                lex::ordinal_word(w)? as i32
            }
            _ => return None,
        };
        let j = self.opt_hyphen(k + 1);
        if !self.is(j, "century") || !(1..=30).contains(&n) {
            return None;
        }
        self.hit(k, j + 1, Expr::Century(n - 1))
    }
}
