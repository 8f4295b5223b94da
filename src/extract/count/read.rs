//! Reading one count: from the first token of a quantity, its hedge, unit, counted noun
//! phrase, predicate, interval, per-unit flag and scope.

use crate::model::{CountValue, Span};
use crate::text::is_stop;

use super::Found;
use super::context::{
    conjunct, container_before, died_after_clause, governing_verb, number_of_before, scope_after, verb_before,
};
use super::hedge::{HEDGES, Hedge, band, hedge_before, tidy};
use super::number::{Tok, TokKind, parse_quantity};
use super::reject::{is_month, is_time_unit, not_a_count};
use super::words::*;

/// A count read at token `i`, and the token after it.
pub(super) fn read_count(text: &str, toks: &[Tok], i: usize) -> Option<(Found, usize)> {
    let q = parse_quantity(toks, i)?;
    // The first token that is a number (after a currency prefix).
    let n = (i..q.next).find(|&k| {
        toks[k].kind != TokKind::Punct && !matches!(toks[k].lower.as_str(), "us" | "c" | "au" | "hk" | "nz")
    })?;
    let n = if toks[n].word("a") || toks[n].word("an") { i } else { n };
    if not_a_count(toks, i, n, &q) {
        return None;
    }
    let (mut hedge, mut hedge_start) = hedge_before(toks, i);
    if q.range && hedge_start == i && i > 0 && toks[i - 1].word("between") {
        hedge_start = i - 1;
    }
    let mut end_tok = q.next; // one past the last token in the claim's span
    let mut j = q.next;
    // Compound adjectives: "1,200-strong force", "3,000-plus", "13-year-old".
    let mut strong = false;
    if let Some(x) = toks.get(j).filter(|x| x.is("-") && !x.space_before) {
        let _ = x;
        match toks.get(j + 1).map(|y| y.lower.as_str()) {
            Some("strong" | "man" | "member" | "person") => {
                strong = true;
                j += 2;
                end_tok = j;
            }
            Some("plus") => {
                hedge = Hedge::AtLeast;
                j += 2;
                end_tok = j;
            }
            Some("odd") => {
                hedge = Hedge::MoreThan;
                j += 2;
                end_tok = j;
            }
            _ => return None,
        }
    }
    // Trailing hedges: "3,000 or more", "50 or so", "3,000 plus", "3,000+".
    if let Some(x) = toks.get(j) {
        if x.is("+") && !x.space_before {
            hedge = Hedge::AtLeast;
            j += 1;
            end_tok = j;
        } else if x.word("or") && toks.get(j + 1).is_some_and(|y| y.word("more")) {
            hedge = Hedge::AtLeast;
            j += 2;
            end_tok = j;
        } else if x.word("or") && toks.get(j + 1).is_some_and(|y| y.word("so")) {
            hedge = Hedge::About;
            j += 2;
            end_tok = j;
        }
    }
    // A closing quotation mark: about “12,000” troops.
    if toks.get(j).is_some_and(|x| x.is_quote()) && toks.get(q.next.saturating_sub(1)).is_some() {
        let opened = i > 0 && toks[i - 1].is_quote();
        if opened {
            j += 1;
            end_tok = j;
        }
    }

    // Unit.
    let mut unit: Option<String> = None;
    // "fired one shot", "heard five shots": shots, not people shot.
    if hedge_start > 0
        && matches!(
            toks[hedge_start - 1].lower.as_str(),
            "fired" | "fire" | "firing" | "fires" | "heard" | "hear" | "hearing"
        )
        && toks
            .get(q.next)
            .is_some_and(|t| matches!(t.lower.as_str(), "shot" | "shots" | "rounds" | "round" | "gunshots"))
    {
        unit = Some("shots fired".into());
    }
    // "a magnitude 6.8 earthquake": a measurement, not a count of anything.
    if hedge_start > 0 && toks[hedge_start - 1].word("magnitude") {
        unit = Some("magnitude".into());
    }
    let mut currency = q.currency;
    let mut predicate: Option<&'static str> = None;
    if let Some(x) = toks.get(j) {
        if x.is("%") {
            unit = Some("percent".into());
            j += 1;
            end_tok = j;
        } else if x.word("percent")
            || x.word("pct")
            || (x.word("per") && toks.get(j + 1).is_some_and(|y| y.word("cent")))
        {
            unit = Some("percent".into());
            j += if x.word("per") { 2 } else { 1 };
            end_tok = j;
        } else if x.word("percentage") && toks.get(j + 1).is_some_and(|y| y.word("points") || y.word("point")) {
            unit = Some("percentage points".into());
            j += 2;
            end_tok = j;
        } else if let Some(c) = money_word(&x.lower) {
            currency = Some(c);
            j += 1;
            end_tok = j;
        } else if x.word("pounds") && toks.get(j + 1).is_some_and(|y| y.word("sterling")) {
            currency = Some("gbp");
            j += 2;
            end_tok = j;
        }
    }
    if currency.is_some() && unit.is_none() {
        unit = currency.map(str::to_string);
    }
    // "of" after "thousands", "a dozen"; partitive "of the", "of them".
    let mut partitive = false;
    if toks.get(j).is_some_and(|x| x.word("of")) {
        if unit.is_some() {
            // "52 percent of the vote": the noun after "of" is what the share is of.
            j += 1;
            if toks.get(j).is_some_and(|x| x.word("the")) {
                j += 1;
            }
        } else if q.takes_of {
            j += 1;
            if let Some(c) = toks.get(j).and_then(|x| money_word(&x.lower)) {
                currency = Some(c);
                unit = Some(c.to_string());
                j += 1;
                end_tok = j;
            }
        } else if toks.get(j + 1).is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "the" | "them" | "those" | "these" | "his" | "her" | "their" | "whom"
            )
        }) {
            partitive = true;
            j += 2;
        }
    }
    // Noun phrase.
    let mut k = j;
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
    while k > j && toks[k - 1].kind != TokKind::Word {
        k -= 1;
    }
    let np_first = j;
    let np_end = k;
    let head = (np_end > np_first).then(|| toks[np_end - 1].lower.clone());
    if head.as_deref().is_some_and(is_time_unit) {
        return None;
    }
    // Coordinated counts: "two women and an infant are dead" counts three.
    let mut q = q;
    let mut np_end = np_end;
    if hedge == Hedge::Exact
        && !q.vague
        && !q.range
        && head.as_deref().is_some_and(is_person)
        && toks.get(np_end).is_some_and(|x| x.word("and"))
        && let Some((add, end)) = conjunct(toks, np_end + 1)
    {
        let v = q.point.unwrap_or(0.0) + add;
        q.point = Some(v);
        q.low = v;
        q.high = v;
        np_end = end;
    }
    // Predicate: "were killed", "died", "dead", "were shot and killed".
    let mut p = np_end;
    if toks.get(p).is_some_and(|x| x.is(",")) && toks.get(p + 1).is_some_and(|x| x.word("all") || x.word("both")) {
        p += 1;
    }
    let mut steps = 0;
    let mut singular_verb = false;
    while let Some(x) = toks.get(p) {
        if steps >= 5 || x.kind != TokKind::Word || !is_aux(&x.lower) {
            break;
        }
        singular_verb |= steps == 0 && matches!(x.lower.as_str(), "was" | "is" | "has");
        p += 1;
        steps += 1;
    }
    // Agreement: "nine" does not count "girl", and "four was pronounced dead" is "one of
    // the four"; such numbers are not counts.
    let many = q.point.is_some_and(|v| v > 1.0) || q.vague;
    if many && (singular_verb || head.as_deref().is_some_and(is_singular_person)) {
        return None;
    }
    let mut pred_end = p;
    if let Some(x) = toks.get(p).filter(|x| x.kind == TokKind::Word) {
        if let Some(c) = predicate_class(&x.lower) {
            predicate = Some(c);
            pred_end = p + 1;
            if c == "shot"
                && toks.get(p + 1).is_some_and(|y| y.word("and"))
                && toks
                    .get(p + 2)
                    .is_some_and(|y| predicate_class(&y.lower) == Some("killed"))
            {
                predicate = Some("killed");
                pred_end = p + 3;
            } else if c == "shot"
                && (toks.get(p + 1).is_some_and(|y| y.word("dead"))
                    || (toks.get(p + 1).is_some_and(|y| y.word("to"))
                        && toks.get(p + 2).is_some_and(|y| y.word("death"))))
            {
                predicate = Some("killed");
            }
        } else if x.lower == "lost" && toks.get(p + 2).is_some_and(|y| y.word("lives") || y.word("life")) {
            predicate = Some("killed");
            pred_end = p + 3;
        }
    }
    let head_person = head.as_deref().is_none_or(is_person);
    // "Two teens who were shot on Wednesday have died": the predicate after a relative clause.
    if head_person
        && unit.is_none()
        && toks.get(np_end).is_some_and(|x| x.word("who"))
        && let Some(end) = died_after_clause(toks, np_end + 1)
    {
        predicate = Some("killed");
        pred_end = end;
    }
    // Context before the number: "killing 14 people", "the death toll rose to 12". In
    // object position the verb before governs ("killed three and wounded two").
    if head_person
        && unit.is_none()
        && let Some(v) = verb_before(toks, hedge_start)
    {
        predicate = Some(v);
        pred_end = p;
    }

    // Decide the unit.
    let mut noun = if np_end > np_first {
        squash(&text[toks[np_first].start..toks[np_end - 1].end])
    } else {
        String::new()
    };
    let mut modifiers: Vec<String> = if np_end > np_first + 1 {
        toks[np_first..np_end - 1]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.clone())
            .collect()
    } else {
        Vec::new()
    };
    let mut subject = noun.clone();
    let mut partial = false;
    if unit.is_none() {
        if let Some(pc) = predicate.filter(|_| head_person) {
            unit = Some(pc.to_string());
            subject = if noun.is_empty() {
                pc.to_string()
            } else {
                format!("{noun} {pc}")
            };
            // Who was counted, when it narrows the population: "two Israeli soldiers
            // killed" is not a rival of "30 people killed".
            let h = head.as_deref().unwrap_or("");
            let mut keep: Vec<String> = toks[np_first..np_end.saturating_sub(1).max(np_first)]
                .iter()
                .filter(|t| t.kind == TokKind::Word && t.cap)
                .map(|t| t.lower.clone())
                .collect();
            if !h.is_empty() && !is_generic_person(h) {
                keep.push(counted_class(h).map_or_else(|| singular(h), str::to_string));
            }
            // "two men were killed", "two others were hurt": part of the victims.
            partial = is_demographic(h)
                || h == "others"
                || modifiers
                    .iter()
                    .any(|m| matches!(m.as_str(), "other" | "additional" | "more" | "another"));
            modifiers = keep;
        } else if let Some(h) = head.as_deref() {
            let special = h.starts_with("force") && modifiers.iter().any(|m| m == "special" || m == "operations");
            unit = Some(if special {
                "special forces".to_string()
            } else if strong
                && matches!(
                    h,
                    "force" | "army" | "contingent" | "unit" | "brigade" | "battalion" | "corps"
                )
            {
                "troops".to_string()
            } else {
                counted_class(h).map(str::to_string).unwrap_or_else(|| singular(h))
            });
        } else if let Some((np, cls)) = number_of_before(text, toks, hedge_start) {
            unit = Some(cls);
            noun = np.clone();
            subject = np;
        }
    } else if noun.is_empty() {
        subject = unit.clone().unwrap_or_default();
    } else if unit.as_deref() == Some("percent") {
        subject = format!("percent of {noun}");
    }
    let unit = unit?;
    if unit.is_empty() {
        return None;
    }
    // People come whole: "6.8 killed" is a misread, "1.5 million people" is not.
    if q.point.is_some_and(|v| v.fract() != 0.0)
        && !q.scaled_by_word()
        && (head.as_deref().is_some_and(is_person)
            || matches!(
                unit.as_str(),
                "killed" | "injured" | "arrested" | "shot" | "troops" | "people"
            ))
    {
        return None;
    }
    // A handful of people named without saying what happened to them ("two men",
    // "the three victims") is a reference, not a checkable count.
    let described = predicate.is_some() && head_person;
    if !described && head.as_deref().is_some_and(is_generic_person) && q.point.is_some_and(|v| v < 20.0) && !q.vague {
        return None;
    }
    if !described
        && hedge_start == i
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "the" | "these" | "those" | "both" | "all" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
    {
        return None;
    }
    // Bare number words need a recognizable unit or a person noun: "one day", "two sides".
    if !q.digits
        && q.currency.is_none()
        && q.point.is_some_and(|v| v < 2.0)
        && head.is_some()
        && counted_class(&unit).is_none()
        && !head_person
        && predicate.is_none()
        && unit != "percent"
    {
        return None;
    }
    // "seven more people", "two other men", "four additional victims": part of a total.
    // "one person was shot" in a story of several victims is one of them.
    // "one was shot in the thigh", "including one who died": one of several.
    let one_person = q.point == Some(1.0) && !q.digits && head.as_deref().is_none_or(is_person);
    let including = hedge_start > 0 && toks[hedge_start - 1].word("including");
    let partial = partial
        || one_person
        || including
        || toks
            .get(end_tok)
            .is_some_and(|x| matches!(x.lower.as_str(), "more" | "other" | "others" | "additional" | "another"));
    modifiers.retain(|m| !matches!(m.as_str(), "more" | "other" | "additional"));
    // Figures outside the classes news compares (shots, bullets, miles, dollars of
    // bail) are only comparable when the same verb governs them: "fired five shots" and
    // "heard two shots" are different facts.
    let core = matches!(
        unit.as_str(),
        "troops"
            | "killed"
            | "injured"
            | "arrested"
            | "votes"
            | "shot"
            | "percent"
            | "percentage points"
            | "special forces"
    ) || described;
    if currency.is_some() && np_end > np_first {
        modifiers = toks[np_first..np_end]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.clone())
            .collect();
    } else if currency.is_some() {
        // A bare amount takes the thing it prices: "bond was set at $25,000", "bought
        // the gun for $230".
        if let Some(w) = toks[hedge_start.saturating_sub(6)..hedge_start].iter().rev().find(|t| {
            t.kind == TokKind::Word
                && !t.cap
                && !is_stop(&t.lower)
                && !ends_noun_phrase(t)
                && HEDGES.iter().all(|(ws, _)| !ws.contains(&t.lower.as_str()))
        }) {
            modifiers.push(singular(&w.lower));
        }
    }
    // "four counts of attempted murder": the charge is part of what is counted.
    if matches!(head.as_deref(), Some("counts" | "count" | "charges" | "charge"))
        && toks.get(np_end).is_some_and(|t| t.word("of"))
    {
        modifiers.extend(
            toks[np_end + 1..(np_end + 4).min(toks.len())]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && !is_stop(&t.lower))
                .map(|t| t.lower.clone()),
        );
    }
    if !core && let Some(v) = governing_verb(toks, hedge_start, p) {
        modifiers.push(v);
    }

    // Interval.
    let point = q.point;
    let (mut low, mut high) = (Some(q.low), Some(q.high));
    let qualifier = if q.vague {
        "vague"
    } else if q.range {
        "range"
    } else {
        let v = point.unwrap_or(0.0);
        match hedge {
            Hedge::Exact => "exact",
            Hedge::About => {
                let b = band(v, &toks[n].lower, q.scaled);
                low = Some((v - b).max(0.0));
                high = Some(v + b);
                "about"
            }
            Hedge::Below => {
                let b = band(v, &toks[n].lower, q.scaled);
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
    let partitive = partitive || partial;
    let qualifier = if partitive && qualifier == "exact" {
        "at_least"
    } else {
        qualifier
    };
    if partitive && qualifier == "at_least" {
        high = None;
    }

    // Per unit: "each consisting of approximately 6,000", "6,000 each", "$5 apiece".
    let after = np_end.max(end_tok);
    let per_unit = toks
        .get(after)
        .is_some_and(|x| matches!(x.lower.as_str(), "each" | "apiece"))
        || (toks.get(after).is_some_and(|x| x.word("per")) && unit != "percent")
        || toks[hedge_start.saturating_sub(4)..hedge_start]
            .iter()
            .any(|t| t.word("each"));

    // Scope: the part a count sizes, and where/when it applies.
    let mut scope_parts: Vec<String> = Vec::new();
    let mut unit = unit;
    if !per_unit && let Some(c) = container_before(toks, hedge_start) {
        // The size of a part ("the battalion ... up to 3,000 troops") is its own unit,
        // so it never rivals the total.
        unit = format!("{unit} per {}", c.trim_start_matches("in the "));
        scope_parts.push(c);
    }
    let scope_from = if predicate.is_some() && pred_end > p {
        pred_end
    } else {
        np_end.max(end_tok)
    };
    scope_parts.extend(scope_after(text, toks, scope_from));

    let span_end_tok = if unit == "magnitude" {
        end_tok
    } else if np_end > np_first {
        np_end
    } else if predicate.is_some() && pred_end > p {
        pred_end
    } else {
        end_tok
    };
    let span_end_tok = span_end_tok.max(end_tok);
    let start = toks[hedge_start].start;
    let end = toks[span_end_tok - 1].end;
    if subject.is_empty() {
        subject = unit.clone();
    }
    let value = CountValue {
        point,
        low: low.map(tidy),
        high: high.map(tidy),
        qualifier: qualifier.into(),
        unit,
        noun,
        modifiers,
        per_unit,
        scope: (!scope_parts.is_empty()).then(|| scope_parts.join(", ")),
        derived: false,
    };
    Some((
        Found {
            span: Span::new(start, end),
            subject,
            value,
        },
        q.next,
    ))
}
