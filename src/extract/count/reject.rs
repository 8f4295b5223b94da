//! Numbers that are not counts: the cheap test for a token that can start a quantity,
//! and the rules that reject years, dates, ages, times, addresses, phone numbers and
//! labels ("K2", "Route 66", "11th Army").

use crate::lexicon::units::is_time_unit;
use crate::text::is_stop;

use super::hedge::HEDGES;
use super::number::{Quantity, Tok, TokKind};
use super::words::counted_class;

/// Whether token `i` can begin a quantity (cheap filter before the grammar).
pub(super) fn starts_quantity(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => matches!(t.lower.as_str(), "$" | "€" | "£" | "¥" | "₹" | "₽" | "₴" | "₩"),
        TokKind::Word => {
            let w = t.lower.as_str();
            if matches!(w, "us" | "c" | "au" | "hk" | "nz") {
                return toks.get(i + 1).is_some_and(|n| n.is("$") && !n.space_before);
            }
            if matches!(w, "a" | "an") {
                return toks.get(i + 1).is_some_and(|n| {
                    crate::lexicon::numbers::scale_word(&n.lower).is_some()
                        || matches!(n.lower.as_str(), "few" | "handful" | "couple")
                }) || toks.get(i + 1).is_some_and(|n| n.is("$") && !n.space_before);
            }
            // "a few" and friends are read from "a".
            if matches!(w, "few" | "handful" | "couple") {
                return false;
            }
            matches!(
                w,
                "zero"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "thirteen"
                    | "fourteen"
                    | "fifteen"
                    | "sixteen"
                    | "seventeen"
                    | "eighteen"
                    | "nineteen"
                    | "twenty"
                    | "thirty"
                    | "forty"
                    | "fifty"
                    | "sixty"
                    | "seventy"
                    | "eighty"
                    | "ninety"
                    | "dozens"
                    | "scores"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "billions"
                    | "tens"
                    | "several"
                    | "half"
            )
        }
    }
}

pub(super) fn is_month(t: &Tok) -> bool {
    t.kind == TokKind::Word && t.cap && crate::lexicon::calendar::month(&t.lower).is_some()
}

pub(super) fn is_street_suffix(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "drive"
            | "dr"
            | "lane"
            | "ln"
            | "way"
            | "court"
            | "ct"
            | "place"
            | "pl"
            | "highway"
            | "hwy"
            | "parkway"
            | "pkwy"
            | "terrace"
            | "circle"
            | "square"
            | "pike"
            | "trail"
    )
}

/// Words that may precede a number inside a clause without making it a label
/// ("Article 5", "Route 66" are labels; "Killed 3", "About 3,000" are not).
pub(super) fn allows_number_after(w: &str) -> bool {
    is_stop(w)
        || HEDGES.iter().any(|(ws, _)| ws.last() == Some(&w))
        || w.starts_with("kill")
        || w.starts_with("leav")
        || w.starts_with("left")
        || w.starts_with("injur")
        || w.starts_with("wound")
        || w.starts_with("shoot")
        || w.starts_with("shot")
        || w.starts_with("arrest")
        || w.starts_with("claim")
        || w.starts_with("sen")
        || w.starts_with("deploy")
        || w.starts_with("total")
        || w.starts_with("reach")
        || w.starts_with("top")
        || w.starts_with("hit")
        || w.starts_with("hurt")
        || w.starts_with("rais")
        || w.starts_with("los")
        || matches!(
            w,
            "nearly" | "almost" | "only" | "just" | "another" | "all" | "both" | "some" | "between"
        )
}

/// Why token `n` (the first number token) is not a count, if it is not.
pub(super) fn not_a_count(toks: &[Tok], first: usize, n: usize, q: &Quantity) -> bool {
    let t = &toks[n];
    let prev = n.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(q.next);
    // Glued to a word: "K2", "F-16", "COVID-19", "MH17".
    if let Some(p) = prev.filter(|_| first == n) {
        if !t.space_before && p.kind == TokKind::Word {
            return true;
        }
        if !t.space_before && p.is("-") && n >= 2 && toks[n - 2].kind == TokKind::Word && !p.space_before {
            return true;
        }
        if !t.space_before && (p.is("/") || p.is(":") || p.is("#") || p.is(".") || p.is("+")) {
            return true;
        }
    }
    if toks.get(n + 1).is_some_and(|x| {
        !x.space_before && (x.is("/") || x.is(":")) && toks.get(n + 2).is_some_and(|y| y.kind == TokKind::Num)
    }) {
        return true;
    }
    // Page furniture: gallery counters ("Image 9 of 44", "1 / 9 Back to Gallery",
    // "Photo 3").
    let gallery = |k: usize| {
        toks.get(k).is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "image" | "images" | "photo" | "photos" | "slide" | "slides" | "picture" | "pictures" | "gallery"
            )
        })
    };
    if first == n && n >= 1 && (gallery(n - 1) || toks[n - 1].is("/")) {
        return true;
    }
    if first == n && n >= 3 && toks[n - 1].word("of") && toks[n - 2].kind == TokKind::Num && gallery(n - 3) {
        return true;
    }
    if toks.get(n + 1).is_some_and(|x| x.is("/")) && toks.get(n + 2).is_some_and(|y| y.kind == TokKind::Num) {
        return true;
    }
    // Dates: "October 23", "Oct. 23, 2024", "23 October".
    if let Some(p) = prev {
        if is_month(p) || (p.is(".") && n >= 2 && is_month(&toks[n - 2])) {
            return true;
        }
        if p.is(",")
            && n >= 3
            && toks[n - 2].kind == TokKind::Num
            && (is_month(&toks[n - 3]) || is_month_dot(toks, n - 3))
        {
            return true;
        }
    }
    if toks.get(n + 1).is_some_and(is_month) && q.next == n + 1 {
        return true;
    }
    // Years.
    if q.year_like && q.currency.is_none() && !q.range {
        let v = q.point.unwrap_or(0.0);
        if (1000.0..=2100.0).contains(&v) && next.is_none_or(|x| counted_class(&x.lower).is_none()) {
            return true;
        }
    }
    // Times: "11:30", "5 p.m.".
    if let Some(x) = next {
        let w = x.lower.as_str();
        if matches!(
            w,
            "am" | "pm" | "gmt" | "utc" | "est" | "edt" | "pst" | "pdt" | "cst" | "cdt" | "bst" | "cet" | "hrs"
        ) || (matches!(w, "a" | "p") && toks.get(q.next + 1).is_some_and(|y| y.is(".")))
        {
            return true;
        }
    }
    // Ages: "13-year-old", "65 years old", "aged 30", "Lay, 69, who".
    if let Some(x) = next {
        if x.is("-") && !x.space_before && toks.get(q.next + 1).is_some_and(|y| is_time_unit(&y.lower)) {
            return true;
        }
        if matches!(x.lower.as_str(), "year" | "years") && toks.get(q.next + 1).is_some_and(|y| y.word("old")) {
            return true;
        }
    }
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "aged" | "age" | "ages")) {
        return true;
    }
    if q.digits
        && q.point.is_some_and(|v| v < 130.0)
        && !q.range
        && prev.is_some_and(|p| p.is(",") || p.is("("))
        && n >= 2
        && (toks[n - 2].cap || toks[n - 2].kind == TokKind::Punct)
        && next.is_none_or(|x| x.is(",") || x.is(")") || x.is("."))
    {
        return true;
    }
    // Addresses: "500 block of", "2220 Broadway Street".
    if let Some(x) = next {
        if x.word("block")
            || (x.cap
                && matches!(x.lower.as_str(), "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw")
                && toks.get(q.next + 1).is_some_and(|y| y.is(".") || y.cap))
        {
            return true;
        }
        if x.cap {
            for (k, t) in toks.iter().enumerate().skip(q.next).take(4) {
                if !t.cap && !t.is(".") {
                    break;
                }
                if is_street_suffix(&t.lower) && k > q.next {
                    return true;
                }
            }
        }
    }
    // Labels: "Article 5", "Route 66", "No. 10". Sentence-initial words are not labels.
    if let Some(p) = prev.filter(|_| first == n) {
        if p.kind == TokKind::Word && p.cap && n >= 1 && !allows_number_after(&p.lower) && !is_month(p) {
            let sentence_initial = n == 1 || toks[n - 2].is_quote() || toks[n - 2].is(":");
            if !sentence_initial {
                return true;
            }
        }
        if p.is(".") && n >= 2 && matches!(toks[n - 2].lower.as_str(), "no" | "nos" | "vol" | "p" | "pp") {
            return true;
        }
    }
    // "one" as a pronoun or determiner.
    if t.word("one") {
        if prev.is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "no" | "the" | "this" | "that" | "any" | "every" | "each" | "which" | "someone" | "anyone" | "only"
            )
        }) {
            return true;
        }
        if next.is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "another" | "way" | "thing" | "point" | "time" | "side" | "hand"
            )
        }) {
            return true;
        }
    }
    false
}

pub(super) fn is_month_dot(toks: &[Tok], i: usize) -> bool {
    toks[i].is(".") && i >= 1 && is_month(&toks[i - 1])
}
