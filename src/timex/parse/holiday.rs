//! References and named days: "now", "recently", "the future", "Christmas", "Election Day".

use super::*;

impl<'t, 'a> Parser<'t, 'a> {
    // ---------------------------------------------------------------- references, holidays

    pub(super) fn reference(&self, k: usize) -> Option<Hit> {
        let w = self.low(k);
        match w {
            "now" => {
                let s = if k > 0 && self.any(k - 1, &["right", "just"]) {
                    k - 1
                } else {
                    k
                };
                self.hit(s, k + 1, Expr::Ref("PRESENT_REF"))
            }
            "currently" | "nowadays" | "presently" => self.hit(k, k + 1, Expr::Ref("PRESENT_REF")),
            "these" if self.is(k + 1, "days") => self.hit(k, k + 2, Expr::Ref("PRESENT_REF")),
            "at" if self.is(k + 1, "present") && !self.is_word(k + 2) => self.hit(k, k + 2, Expr::Ref("PRESENT_REF")),
            "recently" | "lately" => {
                let s = if k > 0 && self.any(k - 1, &["more", "most", "until"]) && self.low(k - 1) != "until" {
                    k - 1
                } else {
                    k
                };
                self.hit(s, k + 1, Expr::Ref("PAST_REF"))
            }
            "future" if k > 0 && self.is(k - 1, "in") => self.hit(k, k + 1, Expr::Ref("FUTURE_REF")),
            "current" => self.hit(k, k + 1, Expr::Ref("PRESENT_REF")),

            _ => None,
        }
    }

    /// Fixed and computed holidays: "Christmas", "Thanksgiving Day", "New Year's Day".
    pub(super) fn holiday(&self, k: usize) -> Option<Hit> {
        if !self.cap(k) {
            return None;
        }
        // The longest name from the list that the words here spell.
        let h = crate::lexicon::calendar::holidays(self.low(k)).iter().find(|h| {
            let n = h.words.len();
            h.words[1..].iter().enumerate().all(|(i, w)| self.is(k + 1 + i, w)) && (!h.last_cap || self.cap(k + n - 1))
        })?;
        let name = h.id;
        let mut e = k + h.words.len();
        if !h.year {
            return self.hit(
                k,
                e,
                Expr::Holiday {
                    name,
                    year: None,
                    shift: Shift::None,
                },
            );
        }
        // "Christmas 2024", "Easter of 1998"; a year as written only ("Christmas last
        // year" ends at "Christmas").
        let mut year = None;
        if let Some((YearRef::Written(y), e2)) = self.year_after(e) {
            year = Some(y);
            e = e2;
        }
        // "Christmas tree", "Easter egg" are still about the day; "Christmas Island" is not.
        if self.cap(e) && year.is_none() && !matches!(self.low(e), "eve") {
            return None;
        }
        self.hit(
            k,
            e,
            Expr::Holiday {
                name,
                year,
                shift: Shift::None,
            },
        )
    }
}
