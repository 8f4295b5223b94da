//! Reading one count: from the first token of a quantity, its hedge, unit, counted noun
//! phrase, predicate, interval, per-unit flag and scope.

use crate::lexicon::person;
use crate::lexicon::units::{is_measure, is_time_unit};
use crate::model::{CountValue, Span};
use crate::text::is_stop;

use super::Found;
use super::context::{
    conjunct, container_before, died_after_clause, governing_verb, number_of_before, scope_after, verb_before,
};
use super::hedge::{HEDGES, Hedge, band, hedge_before, tidy};
use super::number::{Quantity, Tok, TokKind, parse_quantity};
use super::reject::{is_month, not_a_count};
use super::words::*;

/// A count being read, filled in step by step by [`read_count`]: each step reads the
/// tokens after (or before) the ones the previous steps read.
struct Reading {
    /// The first token of the quantity.
    i: usize,
    /// The quantity the number grammar read.
    q: Quantity,
    /// The first number token (after a currency prefix).
    n: usize,
    /// The hedge, before the number or after it ("or more").
    hedge: Hedge,
    /// The first token of the hedge (`i` when there is none).
    hedge_start: usize,
    /// One past the last token in the claim's span.
    end_tok: usize,
    /// The next token to read.
    j: usize,
    /// "1,200-strong": the noun is a force and the count its troops.
    strong: bool,
    /// What is counted, once known.
    unit: Option<String>,
    /// The currency of an amount.
    currency: Option<&'static str>,
    /// What happened to the counted ("killed", "injured").
    predicate: Option<&'static str>,
    /// "of the", "of them": part of a larger group.
    partitive: bool,
    /// The counted noun phrase: its first token and one past its last.
    np_first: usize,
    np_end: usize,
    /// The last word of the noun phrase, lowercased.
    head: Option<String>,
    /// The first token after the auxiliaries that follow the noun phrase.
    p: usize,
    /// One past the predicate.
    pred_end: usize,
    /// The head is a person noun (or missing).
    head_person: bool,
    /// The counted noun phrase as written.
    noun: String,
    /// The words that narrow what is counted.
    modifiers: Vec<String>,
    /// The claim's subject.
    subject: String,
    /// The count is part of a larger total ("two other men").
    partial: bool,
    /// The count says what happened to people ("three were killed").
    described: bool,
}

/// A count read at token `i`, and the token after it.
pub(super) fn read_count(text: &str, toks: &[Tok], i: usize) -> Option<(Found, usize)> {
    let mut r = Reading::start(toks, i)?;
    r.after_number(toks)?;
    r.unit_after(toks);
    r.noun_phrase(toks)?;
    r.predicate(toks)?;
    let unit = r.decide_unit(text, toks)?;
    r.reject(toks, &unit)?;
    r.modifiers(toks, &unit);
    let (qualifier, low, high) = r.interval(toks);
    Some(r.finish(text, toks, unit, qualifier, low, high))
}

impl Reading {
    /// The quantity at token `i` and the hedge before it, unless the number is not a count.
    fn start(toks: &[Tok], i: usize) -> Option<Reading> {
        let q = parse_quantity(toks, i)?;
        // The first token that is a number (after a currency prefix).
        let n = (i..q.next).find(|&k| {
            toks[k].kind != TokKind::Punct && !matches!(toks[k].lower.as_str(), "us" | "c" | "au" | "hk" | "nz")
        })?;
        let n = if toks[n].word("a") || toks[n].word("an") { i } else { n };
        if not_a_count(toks, i, n, &q) {
            return None;
        }
        let (hedge, mut hedge_start) = hedge_before(toks, i);
        if q.range && hedge_start == i && i > 0 && toks[i - 1].word("between") {
            hedge_start = i - 1;
        }
        let end_tok = q.next; // one past the last token in the claim's span
        let j = q.next;
        Some(Reading {
            i,
            n,
            hedge,
            hedge_start,
            end_tok,
            j,
            strong: false,
            unit: None,
            currency: q.currency,
            predicate: None,
            partitive: false,
            np_first: 0,
            np_end: 0,
            head: None,
            p: 0,
            pred_end: 0,
            head_person: false,
            noun: String::new(),
            modifiers: Vec::new(),
            subject: String::new(),
            partial: false,
            described: false,
            q,
        })
    }

    /// What follows the number itself: compound adjectives, trailing hedges, a closing
    /// quotation mark.
    fn after_number(&mut self, toks: &[Tok]) -> Option<()> {
        // Compound adjectives: "1,200-strong force", "3,000-plus", "13-year-old".
        if let Some(x) = toks.get(self.j).filter(|x| x.is("-") && !x.space_before) {
            let _ = x;
            match toks.get(self.j + 1).map(|y| y.lower.as_str()) {
                Some("strong" | "man" | "member" | "person") => {
                    self.strong = true;
                    self.j += 2;
                    self.end_tok = self.j;
                }
                Some("plus") => {
                    self.hedge = Hedge::AtLeast;
                    self.j += 2;
                    self.end_tok = self.j;
                }
                Some("odd") => {
                    self.hedge = Hedge::MoreThan;
                    self.j += 2;
                    self.end_tok = self.j;
                }
                _ => return None,
            }
        }
        // Trailing hedges: "3,000 or more", "50 or so", "3,000 plus", "3,000+".
        if let Some(x) = toks.get(self.j) {
            if x.is("+") && !x.space_before {
                self.hedge = Hedge::AtLeast;
                self.j += 1;
                self.end_tok = self.j;
            } else if x.word("or") && toks.get(self.j + 1).is_some_and(|y| y.word("more")) {
                self.hedge = Hedge::AtLeast;
                self.j += 2;
                self.end_tok = self.j;
            } else if x.word("or") && toks.get(self.j + 1).is_some_and(|y| y.word("so")) {
                self.hedge = Hedge::About;
                self.j += 2;
                self.end_tok = self.j;
            }
        }
        // A closing quotation mark: about “12,000” troops.
        if toks.get(self.j).is_some_and(|x| x.is_quote()) && toks.get(self.q.next.saturating_sub(1)).is_some() {
            let opened = self.i > 0 && toks[self.i - 1].is_quote();
            if opened {
                self.j += 1;
                self.end_tok = self.j;
            }
        }
        Some(())
    }

    /// Units right after the number (shots, magnitude, percent, currencies) and "of".
    fn unit_after(&mut self, toks: &[Tok]) {
        // Unit.
        // "fired one shot", "heard five shots": shots, not people shot.
        if self.hedge_start > 0
            && matches!(
                toks[self.hedge_start - 1].lower.as_str(),
                "fired" | "fire" | "firing" | "fires" | "heard" | "hear" | "hearing"
            )
            && toks
                .get(self.q.next)
                .is_some_and(|t| matches!(t.lower.as_str(), "shot" | "shots" | "rounds" | "round" | "gunshots"))
        {
            self.unit = Some("shots fired".into());
        }
        // "a magnitude 6.8 earthquake": a measurement, not a count of anything.
        if self.hedge_start > 0 && toks[self.hedge_start - 1].word("magnitude") {
            self.unit = Some("magnitude".into());
        }
        if let Some(x) = toks.get(self.j) {
            if x.is("%") {
                self.unit = Some("percent".into());
                self.j += 1;
                self.end_tok = self.j;
            } else if x.word("percent")
                || x.word("pct")
                || (x.word("per") && toks.get(self.j + 1).is_some_and(|y| y.word("cent")))
            {
                self.unit = Some("percent".into());
                self.j += if x.word("per") { 2 } else { 1 };
                self.end_tok = self.j;
            } else if x.word("percentage")
                && toks
                    .get(self.j + 1)
                    .is_some_and(|y| y.word("points") || y.word("point"))
            {
                self.unit = Some("percentage points".into());
                self.j += 2;
                self.end_tok = self.j;
            } else if let Some(c) = money_word(&x.lower) {
                self.currency = Some(c);
                self.j += 1;
                self.end_tok = self.j;
            } else if x.word("pounds") && toks.get(self.j + 1).is_some_and(|y| y.word("sterling")) {
                self.currency = Some("gbp");
                self.j += 2;
                self.end_tok = self.j;
            }
        }
        if self.currency.is_some() && self.unit.is_none() {
            self.unit = self.currency.map(str::to_string);
        }
        // "of" after "thousands", "a dozen"; partitive "of the", "of them".
        if toks.get(self.j).is_some_and(|x| x.word("of")) {
            if self.unit.is_some() {
                // "52 percent of the vote": the noun after "of" is what the share is of.
                self.j += 1;
                if toks.get(self.j).is_some_and(|x| x.word("the")) {
                    self.j += 1;
                }
            } else if self.q.takes_of {
                self.j += 1;
                if let Some(c) = toks.get(self.j).and_then(|x| money_word(&x.lower)) {
                    self.currency = Some(c);
                    self.unit = Some(c.to_string());
                    self.j += 1;
                    self.end_tok = self.j;
                }
            } else if toks.get(self.j + 1).is_some_and(|x| {
                matches!(
                    x.lower.as_str(),
                    "the" | "them" | "those" | "these" | "his" | "her" | "their" | "whom"
                )
            }) {
                self.partitive = true;
                self.j += 2;
            }
        }
    }

    /// The counted noun phrase, its head, and a coordinated second count.
    fn noun_phrase(&mut self, toks: &[Tok]) -> Option<()> {
        // Noun phrase.
        let mut k = self.j;
        let mut words = 0;
        while let Some(x) = toks.get(k) {
            // An age inside the phrase: "two 16-year-old boys".
            if x.kind == TokKind::Num
                && toks.get(k + 1).is_some_and(|y| y.is("-") && !y.space_before)
                && toks
                    .get(k + 2)
                    .is_some_and(|y| matches!(y.lower.as_str(), "year" | "month" | "week" | "day"))
                && toks.get(k + 4).is_some_and(|y| y.word("old"))
            {
                k += 5;
                words += 1;
                continue;
            }
            // Abbreviations: "five U.S. soldiers".
            if x.kind == TokKind::Word
                && x.cap
                && x.lower.chars().count() == 1
                && toks.get(k + 1).is_some_and(|y| y.is(".") && !y.space_before)
            {
                k += 2;
                while toks
                    .get(k)
                    .is_some_and(|y| y.kind == TokKind::Word && y.lower.chars().count() == 1 && !y.space_before)
                    && toks.get(k + 1).is_some_and(|y| y.is("."))
                {
                    k += 2;
                }
                words += 1;
                continue;
            }
            if words >= 5 || ends_noun_phrase(x) || (x.cap && words > 0 && !toks[k - 1].cap && !toks[k - 1].is("-")) {
                break;
            }
            if is_month(x) && words == 0 {
                break;
            }
            if x.kind == TokKind::Word {
                words += 1;
            }
            k += 1;
            if x.kind == TokKind::Word && is_measure(&x.lower) {
                break;
            }
        }
        // Do not end on a hyphen.
        while k > self.j && toks[k - 1].kind != TokKind::Word {
            k -= 1;
        }
        self.np_first = self.j;
        self.np_end = k;
        self.head = (self.np_end > self.np_first).then(|| toks[self.np_end - 1].lower.clone());
        if self.head.as_deref().is_some_and(is_time_unit) {
            return None;
        }
        // Coordinated counts: "two women and an infant are dead" counts three.
        if self.hedge == Hedge::Exact
            && !self.q.vague
            && !self.q.range
            && self.head.as_deref().is_some_and(is_person)
            && toks.get(self.np_end).is_some_and(|x| x.word("and"))
            && let Some((add, end)) = conjunct(toks, self.np_end + 1)
        {
            let v = self.q.point.unwrap_or(0.0) + add;
            self.q.point = Some(v);
            self.q.low = v;
            self.q.high = v;
            self.np_end = end;
        }
        Some(())
    }

    /// The predicate after the noun phrase (or a verb before the number), and agreement.
    fn predicate(&mut self, toks: &[Tok]) -> Option<()> {
        // Predicate: "were killed", "died", "dead", "were shot and killed".
        self.p = self.np_end;
        if toks.get(self.p).is_some_and(|x| x.is(","))
            && toks.get(self.p + 1).is_some_and(|x| x.word("all") || x.word("both"))
        {
            self.p += 1;
        }
        // "Three people, including a child, were killed": the predicate past the aside.
        if toks.get(self.p).is_some_and(|x| x.is(","))
            && toks.get(self.p + 1).is_some_and(|x| x.word("including"))
            && let Some(close) = (self.p + 2..(self.p + 10).min(toks.len())).find(|&k| toks[k].is(","))
        {
            self.p = close + 1;
        }
        let mut steps = 0;
        let mut singular_verb = false;
        // Whether an auxiliary other than the perfect's "have" stands before the verb:
        // "were wounded" is done to the counted, "have wounded" may be done by them.
        let mut passive = false;
        while let Some(x) = toks.get(self.p) {
            if steps >= 5 || x.kind != TokKind::Word || !is_aux(&x.lower) {
                break;
            }
            passive |= !matches!(x.lower.as_str(), "have" | "has" | "had");
            singular_verb |= steps == 0 && matches!(x.lower.as_str(), "was" | "is" | "has");
            self.p += 1;
            steps += 1;
        }
        // Agreement: "nine" does not count "girl", and "four was pronounced dead" is "one of
        // the four"; such numbers are not counts.
        let many = self.q.point.is_some_and(|v| v > 1.0) || self.q.vague;
        if many && (singular_verb || self.head.as_deref().is_some_and(person::is_singular)) {
            return None;
        }
        self.pred_end = self.p;
        if let Some(x) = toks.get(self.p).filter(|x| x.kind == TokKind::Word) {
            if let Some(c) = predicate_class(&x.lower) {
                self.predicate = Some(c);
                self.pred_end = self.p + 1;
                // "At least two suspects wounded the bystanders": the verb has an object,
                // so the number counts who did it, not who it was done to.
                if !passive && has_object(toks, self.p + 1) {
                    self.predicate = None;
                    self.pred_end = self.p;
                } else if c == "shot"
                    && toks.get(self.p + 1).is_some_and(|y| y.word("and"))
                    && toks
                        .get(self.p + 2)
                        .is_some_and(|y| predicate_class(&y.lower) == Some("killed"))
                {
                    self.predicate = Some("killed");
                    self.pred_end = self.p + 3;
                } else if c == "shot"
                    && (toks.get(self.p + 1).is_some_and(|y| y.word("dead"))
                        || (toks.get(self.p + 1).is_some_and(|y| y.word("to"))
                            && toks.get(self.p + 2).is_some_and(|y| y.word("death"))))
                {
                    self.predicate = Some("killed");
                }
            } else if x.lower == "lost" && toks.get(self.p + 2).is_some_and(|y| y.word("lives") || y.word("life")) {
                self.predicate = Some("killed");
                self.pred_end = self.p + 3;
            } else if let Some(end) = taken_for_injuries(toks, self.p) {
                self.predicate = Some("injured");
                self.pred_end = end;
            }
        }
        self.head_person = self.head.as_deref().is_none_or(is_person);
        // "Two teens who were shot on Wednesday have died": the predicate after a relative clause.
        if self.head_person
            && self.unit.is_none()
            && toks.get(self.np_end).is_some_and(|x| x.word("who"))
            && let Some(end) = died_after_clause(toks, self.np_end + 1)
        {
            self.predicate = Some("killed");
            self.pred_end = end;
        }
        // Context before the number: "killing 14 people", "the death toll rose to 12". In
        // object position the verb before governs ("killed three and wounded two").
        if self.head_person
            && self.unit.is_none()
            && let Some(v) = verb_before(toks, self.hedge_start)
        {
            self.predicate = Some(v);
            self.pred_end = self.p;
        }
        Some(())
    }

    /// The noun, modifiers and subject, and the unit the count is of.
    fn decide_unit(&mut self, text: &str, toks: &[Tok]) -> Option<String> {
        // Decide the unit.
        self.noun = if self.np_end > self.np_first {
            squash(&text[toks[self.np_first].start..toks[self.np_end - 1].end])
        } else {
            String::new()
        };
        self.modifiers = if self.np_end > self.np_first + 1 {
            toks[self.np_first..self.np_end - 1]
                .iter()
                .filter(|t| t.kind == TokKind::Word)
                .map(|t| t.lower.clone())
                .collect()
        } else {
            Vec::new()
        };
        self.subject = self.noun.clone();
        if self.unit.is_none() {
            if let Some(pc) = self.predicate.filter(|_| self.head_person) {
                self.unit = Some(pc.to_string());
                self.subject = if self.noun.is_empty() {
                    pc.to_string()
                } else {
                    format!("{} {pc}", self.noun)
                };
                // Who was counted, when it narrows the population: "two Israeli soldiers
                // killed" is not a rival of "30 people killed".
                let h = self.head.as_deref().unwrap_or("");
                let mut keep: Vec<String> = toks[self.np_first..self.np_end.saturating_sub(1).max(self.np_first)]
                    .iter()
                    .filter(|t| t.kind == TokKind::Word && t.cap)
                    .map(|t| t.lower.clone())
                    .collect();
                // "two men were killed", "two others were hurt": part of the victims;
                // unless the sentence tallies the toll class by class ("one man was
                // killed and three others wounded"), which counts the killed in full.
                let tally = pc == "killed" && person::is_demographic(h) && tally_follows(toks, self.end_tok);
                if !h.is_empty() && !person::is_generic(h) && !tally {
                    keep.push(counted_class(h).map_or_else(|| singular(h), str::to_string));
                }
                // "one dead and three others injured": the others are all the injured.
                let closes = pc == "injured" && tally_precedes(toks, self.hedge_start);
                self.partial = (person::is_demographic(h) && !tally)
                    || (h == "others" && !closes)
                    || (!closes
                        && self
                            .modifiers
                            .iter()
                            .any(|m| matches!(m.as_str(), "other" | "additional" | "more" | "another")));
                self.modifiers = keep;
            } else if let Some(h) = self.head.as_deref() {
                let special =
                    h.starts_with("force") && self.modifiers.iter().any(|m| m == "special" || m == "operations");
                self.unit = Some(if special {
                    "special forces".to_string()
                } else if self.strong
                    && matches!(
                        h,
                        "force" | "army" | "contingent" | "unit" | "brigade" | "battalion" | "corps"
                    )
                {
                    "troops".to_string()
                } else {
                    counted_class(h).map(str::to_string).unwrap_or_else(|| singular(h))
                });
            } else if let Some((np, cls)) = number_of_before(text, toks, self.hedge_start) {
                self.unit = Some(cls);
                self.noun = np.clone();
                self.subject = np;
            }
        } else if self.noun.is_empty() {
            self.subject = self.unit.clone().unwrap_or_default();
        } else if self.unit.as_deref() == Some("percent") {
            self.subject = format!("percent of {}", self.noun);
        }
        let unit = self.unit.take()?;
        if unit.is_empty() {
            return None;
        }
        Some(unit)
    }

    /// Misreads and references that are not checkable counts.
    fn reject(&mut self, toks: &[Tok], unit: &str) -> Option<()> {
        // People come whole: "6.8 killed" is a misread, "1.5 million people" is not.
        if self.q.point.is_some_and(|v| v.fract() != 0.0)
            && !self.q.scaled_by_word()
            && (self.head.as_deref().is_some_and(is_person)
                || matches!(unit, "killed" | "injured" | "arrested" | "shot" | "troops" | "people"))
        {
            return None;
        }
        // A handful of people named without saying what happened to them ("two men",
        // "the three victims") is a reference, not a checkable count.
        self.described = self.predicate.is_some() && self.head_person;
        if !self.described
            && self.head.as_deref().is_some_and(person::is_generic)
            && self.q.point.is_some_and(|v| v < 20.0)
            && !self.q.vague
        {
            return None;
        }
        if !self.described
            && self.hedge_start == self.i
            && self.i > 0
            && matches!(
                toks[self.i - 1].lower.as_str(),
                "the" | "these" | "those" | "both" | "all" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
        {
            return None;
        }
        // Bare number words need a recognizable unit or a person noun: "one day", "two sides".
        if !self.q.digits
            && self.q.currency.is_none()
            && self.q.point.is_some_and(|v| v < 2.0)
            && self.head.is_some()
            && counted_class(unit).is_none()
            && !self.head_person
            && self.predicate.is_none()
            && unit != "percent"
        {
            return None;
        }
        Some(())
    }

    /// Whether the count is part of a total, and the words that narrow what it counts.
    fn modifiers(&mut self, toks: &[Tok], unit: &str) {
        // "seven more people", "two other men", "four additional victims": part of a total.
        // "one person was shot" in a story of several victims is one of them.
        // "one was shot in the thigh", "including one who died": one of several.
        // A tally is whole: "left one dead and three others injured", "one man was
        // killed and two wounded" count each class in full.
        let closes = unit == "injured" && tally_precedes(toks, self.hedge_start);
        let one_person = self.q.point == Some(1.0)
            && !self.q.digits
            && self.head.as_deref().is_none_or(is_person)
            && !(unit == "killed" && tally_follows(toks, self.end_tok))
            && !closes;
        let including = self.hedge_start > 0 && toks[self.hedge_start - 1].word("including");
        self.partial = self.partial
            || one_person
            || including
            || (!closes && toks.get(self.end_tok).is_some_and(|x| besides(&x.lower)));
        self.modifiers
            .retain(|m| !matches!(m.as_str(), "more" | "other" | "additional"));
        // Figures outside the classes news compares (shots, bullets, miles, dollars of
        // bail) are only comparable when the same verb governs them: "fired five shots" and
        // "heard two shots" are different facts.
        let core = matches!(
            unit,
            "troops"
                | "killed"
                | "injured"
                | "arrested"
                | "votes"
                | "shot"
                | "percent"
                | "percentage points"
                | "special forces"
        ) || self.described;
        if self.currency.is_some() && self.np_end > self.np_first {
            self.modifiers = toks[self.np_first..self.np_end]
                .iter()
                .filter(|t| t.kind == TokKind::Word)
                .map(|t| t.lower.clone())
                .collect();
        } else if self.currency.is_some() {
            // A bare amount takes the thing it prices: "bond was set at $25,000", "bought
            // the gun for $230".
            if let Some(w) = toks[self.hedge_start.saturating_sub(6)..self.hedge_start]
                .iter()
                .rev()
                .find(|t| {
                    t.kind == TokKind::Word
                        && !t.cap
                        && !is_stop(&t.lower)
                        && !ends_noun_phrase(t)
                        && HEDGES.iter().all(|(ws, _)| !ws.contains(&t.lower.as_str()))
                })
            {
                self.modifiers.push(singular(&w.lower));
            }
        }
        // "four counts of attempted murder": the charge is part of what is counted.
        if matches!(self.head.as_deref(), Some("counts" | "count" | "charges" | "charge"))
            && toks.get(self.np_end).is_some_and(|t| t.word("of"))
        {
            self.modifiers.extend(
                toks[self.np_end + 1..(self.np_end + 4).min(toks.len())]
                    .iter()
                    .take_while(|t| t.kind == TokKind::Word && !is_stop(&t.lower))
                    .map(|t| t.lower.clone()),
            );
        }
        if !core && let Some(v) = governing_verb(toks, self.hedge_start, self.p) {
            self.modifiers.push(v);
        }
    }

    /// The interval the hedge makes: (qualifier, low, high).
    fn interval(&self, toks: &[Tok]) -> (&'static str, Option<f64>, Option<f64>) {
        // Interval.
        let point = self.q.point;
        let (mut low, mut high) = (Some(self.q.low), Some(self.q.high));
        let qualifier = if self.q.vague {
            "vague"
        } else if self.q.range {
            "range"
        } else {
            let v = point.unwrap_or(0.0);
            match self.hedge {
                Hedge::Exact => "exact",
                Hedge::About => {
                    let b = band(v, &toks[self.n].lower, self.q.scaled);
                    low = Some((v - b).max(0.0));
                    high = Some(v + b);
                    "about"
                }
                Hedge::Below => {
                    let b = band(v, &toks[self.n].lower, self.q.scaled);
                    low = Some((v - b).max(0.0));
                    high = Some(v);
                    "about"
                }
                Hedge::AtLeast => {
                    low = Some(v);
                    high = None;
                    "at_least"
                }
                Hedge::MoreThan => {
                    low = Some(v);
                    high = None;
                    "more_than"
                }
                Hedge::UpTo => {
                    low = Some(0.0);
                    high = Some(v);
                    "up_to"
                }
                Hedge::FewerThan => {
                    low = Some(0.0);
                    high = Some(v);
                    "fewer_than"
                }
            }
        };
        let partitive = self.partitive || self.partial;
        let qualifier = if partitive && qualifier == "exact" {
            "at_least"
        } else {
            qualifier
        };
        if partitive && qualifier == "at_least" {
            high = None;
        }
        (qualifier, low, high)
    }

    /// Per unit, scope and span: the finished count, and the token after it.
    fn finish(
        mut self,
        text: &str,
        toks: &[Tok],
        unit: String,
        qualifier: &'static str,
        low: Option<f64>,
        high: Option<f64>,
    ) -> (Found, usize) {
        let point = self.q.point;
        // Per unit: "each consisting of approximately 6,000", "6,000 each", "$5 apiece".
        let after = self.np_end.max(self.end_tok);
        let per_unit = toks
            .get(after)
            .is_some_and(|x| matches!(x.lower.as_str(), "each" | "apiece"))
            || (toks.get(after).is_some_and(|x| x.word("per")) && unit != "percent")
            || toks[self.hedge_start.saturating_sub(4)..self.hedge_start]
                .iter()
                .any(|t| t.word("each"));

        // Scope: the part a count sizes, and where/when it applies.
        let mut scope_parts: Vec<String> = Vec::new();
        let mut unit = unit;
        if !per_unit && let Some(c) = container_before(toks, self.hedge_start) {
            // The size of a part ("the battalion ... up to 3,000 troops") is its own unit,
            // so it never rivals the total.
            unit = format!("{unit} per {}", c.trim_start_matches("in the "));
            scope_parts.push(c);
        }
        let scope_from = if self.predicate.is_some() && self.pred_end > self.p {
            self.pred_end
        } else {
            self.np_end.max(self.end_tok)
        };
        scope_parts.extend(scope_after(text, toks, scope_from));

        let span_end_tok = if unit == "magnitude" {
            self.end_tok
        } else if self.np_end > self.np_first {
            self.np_end
        } else if self.predicate.is_some() && self.pred_end > self.p {
            self.pred_end
        } else {
            self.end_tok
        };
        let span_end_tok = span_end_tok.max(self.end_tok);
        let start = toks[self.hedge_start].start;
        let end = toks[span_end_tok - 1].end;
        if self.subject.is_empty() {
            self.subject = unit.clone();
        }
        let value = CountValue {
            point,
            low: low.map(tidy),
            high: high.map(tidy),
            qualifier: qualifier.into(),
            unit,
            noun: self.noun,
            modifiers: self.modifiers,
            per_unit,
            scope: (!scope_parts.is_empty()).then(|| scope_parts.join(", ")),
            derived: false,
        };
        (
            Found {
                span: Span::new(start, end),
                subject: self.subject,
                value,
            },
            self.q.next,
        )
    }
}

/// Whether the count of the injured starting at token `start` closes a tally of the
/// toll class by class ("one person is dead and three others were injured", "killed
/// two and wounded four other people", "1 dead, 3 injured"): the killed are counted
/// just before it in its clause, so its "others" are all the injured, not a part of them.
fn tally_precedes(toks: &[Tok], start: usize) -> bool {
    let end = start.min(toks.len());
    let window = &toks[end.saturating_sub(10)..end];
    let clause = match window
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | ";" | ":" | "?" | "!"))
    {
        Some(p) => &window[p + 1..],
        None => window,
    };
    // The join stands within the three words before the count: "and", "and wounded", ",".
    let joined = clause.iter().rev().take(3).any(|t| t.word("and") || t.lower == ",");
    // "one other person died and two others were hurt" tallies a part of the toll.
    let part = clause.iter().any(|t| besides(&t.lower));
    joined
        && !part
        && clause
            .iter()
            .rev()
            .skip(1)
            .any(|t| predicate_class(&t.lower) == Some("killed"))
}

/// A word that counts beside what was already counted: "more", "other(s)", "another",
/// "additional".
fn besides(w: &str) -> bool {
    matches!(w, "more" | "other" | "others" | "additional" | "another")
}

/// Whether, in the clause after token `from`, "and" adds a count of the injured ("...
/// dead and three others injured"): the sentence tallies the toll class by class.
fn tally_follows(toks: &[Tok], from: usize) -> bool {
    let clause = toks
        .iter()
        .enumerate()
        .skip(from)
        .take(8)
        .take_while(|(_, t)| !matches!(t.lower.as_str(), "." | ";" | ":" | "," | "?" | "!"));
    for (j, t) in clause {
        if t.word("and") && parse_quantity(toks, j + 1).is_some() {
            return toks
                .iter()
                .skip(j + 2)
                .take(3)
                .any(|w| predicate_class(&w.lower) == Some("injured"));
        }
    }
    false
}

/// Whether the words at `k` open an object of the verb before them: a determiner or an
/// object pronoun ("wounded the bystanders", "shot him"), not a time ("killed the night
/// before", "shot this morning").
fn has_object(toks: &[Tok], k: usize) -> bool {
    let Some(x) = toks.get(k).filter(|x| x.kind == TokKind::Word) else {
        return false;
    };
    let determiner = matches!(
        x.lower.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those"
    );
    let pronoun = matches!(
        x.lower.as_str(),
        "him" | "them" | "me" | "us" | "himself" | "herself" | "themselves"
    );
    if pronoun {
        return true;
    }
    determiner
        && toks.get(k + 1).is_some_and(|y| {
            y.kind == TokKind::Word
                && !is_time_unit(&y.lower)
                && !crate::lexicon::time::is_near_time_word(&y.lower)
                && !crate::lexicon::time::is_dating_word(&y.lower)
        })
}

/// The end of a clause that takes the counted to care for injuries ("were taken to
/// hospital with injuries", "were hospitalized with gunshot wounds"): they were hurt in
/// the event. (Not "treated for injuries": a count of those treated is often a health
/// service's running tally, which grows over the days after the event.)
fn taken_for_injuries(toks: &[Tok], p: usize) -> Option<usize> {
    let verb = toks.get(p)?;
    if !matches!(
        verb.lower.as_str(),
        "taken" | "rushed" | "transported" | "airlifted" | "flown" | "hospitalized" | "hospitalised"
    ) {
        return None;
    }
    let mut k = p + 1;
    while let Some(x) = toks.get(k).filter(|x| x.kind == TokKind::Word) {
        if k > p + 8 {
            break;
        }
        if matches!(x.lower.as_str(), "injuries" | "injury" | "wounds" | "wound")
            && toks[p + 1..k].iter().any(|y| y.word("with") || y.word("for"))
        {
            return Some(k + 1);
        }
        k += 1;
    }
    None
}
