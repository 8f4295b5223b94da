//! The context of a count: the verb that governs it, a second conjunct ("two women and
//! an infant"), a predicate after a relative clause or before the number ("killing 14"),
//! a counted noun stated before it ("the number of ... is"), the part it sizes and where
//! and when it applies.

use crate::text::is_stop;

use super::number::{Tok, TokKind, parse_quantity};
use super::reject::is_month;
use super::words::is_weekday;
use super::words::{counted_class, ends_noun_phrase, irregular_past, is_aux, is_person, singular, squash};

/// The verb that governs a count: the one after it ("300 people gathered") or, failing
/// that, the one just before it ("fired five shots"), crudely stemmed.
pub(super) fn governing_verb(toks: &[Tok], before: usize, after: usize) -> Option<String> {
    let verbish = |t: &Tok| {
        t.kind == TokKind::Word
            && !is_stop(&t.lower)
            && !t.cap
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing") || irregular_past(&t.lower))
            && !matches!(
                t.lower.as_str(),
                "each"
                    | "per"
                    | "including"
                    | "among"
                    | "more"
                    | "less"
                    | "fewer"
                    | "than"
                    | "plus"
                    | "or"
                    | "nor"
                    | "like"
            )
            && !is_aux(&t.lower)
    };
    let stem = |w: &str| verb_stem(w).to_string();
    if let Some(t) = toks.get(after).filter(|t| verbish(t)) {
        return Some(stem(&t.lower));
    }
    let t = before.checked_sub(1).and_then(|b| toks.get(b))?;
    (t.kind == TokKind::Word
        && !is_stop(&t.lower)
        && !t.cap
        && !matches!(t.lower.as_str(), "between" | "from" | "about" | "than"))
    .then(|| stem(&t.lower))
}

/// The second member of "two women and an infant": (count, end token).
pub(super) fn conjunct(toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let t = toks.get(k)?;
    let (v, mut e) =
        if matches!(t.lower.as_str(), "a" | "an" | "another" | "his" | "her" | "their") && t.kind == TokKind::Word {
            (1.0, k + 1)
        } else {
            let q = parse_quantity(toks, k).filter(|q| !q.vague && !q.range && q.currency.is_none())?;
            (q.point?, q.next)
        };
    let start = e;
    while e < toks.len() && e - start < 4 && !ends_noun_phrase(&toks[e]) {
        e += 1;
    }
    (e > start && is_person(&toks[e - 1].lower)).then_some((v, e))
}

/// After "who", the end of "... have died" / "... was later killed" within a short clause.
pub(super) fn died_after_clause(toks: &[Tok], k: usize) -> Option<usize> {
    for e in k..(k + 16).min(toks.len()) {
        let t = &toks[e];
        if t.kind == TokKind::Punct {
            return None;
        }
        let prev = e.checked_sub(1).map(|p| toks[p].lower.as_str());
        if t.word("died") && e > k + 1 && matches!(prev, Some("have" | "has" | "had" | "later" | "since" | "both")) {
            return Some(e + 1);
        }
    }
    None
}

/// A verb just before the count that says what the count is: "killing 14", "injuring at
/// least 3", "the death toll rose to 12", "the deaths of two people".
pub(super) fn verb_before(toks: &[Tok], start: usize) -> Option<&'static str> {
    let prev = |k: usize| -> Option<&str> {
        start
            .checked_sub(k)
            .and_then(|x| toks.get(x))
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    };
    if let Some(w) = prev(1) {
        if matches!(w, "shooting" | "shot" | "shoots" | "stabbing" | "stabbed") && prev(2) == Some("fatally") {
            return Some("killed");
        }
        if matches!(w, "killing" | "killed" | "kills" | "kill" | "murdering" | "murdered") {
            return Some("killed");
        }
        if matches!(
            w,
            "wounding" | "wounded" | "injuring" | "injured" | "injures" | "wounds" | "hurting"
        ) {
            return Some("injured");
        }
        if matches!(w, "arresting" | "arrested" | "detaining" | "detained") {
            return Some("arrested");
        }
        if w == "of"
            && (prev(2).is_some_and(|v| {
                matches!(
                    v,
                    "deaths"
                        | "death"
                        | "lives"
                        | "killing"
                        | "killings"
                        | "murder"
                        | "murders"
                        | "slaying"
                        | "slayings"
                )
            }) || (prev(2).is_some_and(|v| v.starts_with("shooting") || v.starts_with("stabbing"))
                && prev(3) == Some("fatal")))
        {
            return Some("killed");
        }
    }
    // "death toll (has) rose to 12", "death toll of 12", "death toll stands at 12"
    for k in 1..=12 {
        if prev(k) == Some("toll") && prev(k + 1).is_some_and(|v| v == "death") {
            return Some("killed");
        }
    }
    None
}

/// "the number of North Korean soldiers ... is around 12,000": the counted noun stated
/// before the number.
pub(super) fn number_of_before(text: &str, toks: &[Tok], start: usize) -> Option<(String, String)> {
    let lo = start.saturating_sub(16);
    for k in (lo..start).rev() {
        if toks[k].word("number") && toks.get(k + 1).is_some_and(|t| t.word("of")) {
            let mut e = k + 2;
            let mut words = 0;
            while e < start && words < 4 && !ends_noun_phrase(&toks[e]) {
                words += 1;
                e += 1;
            }
            if e == k + 2 {
                return None;
            }
            let head = toks[e - 1].lower.as_str();
            let np = squash(&text[toks[k + 2].start..toks[e - 1].end]);
            let cls = counted_class(head).map(str::to_string).unwrap_or_else(|| {
                if toks[e - 1].cap {
                    // "North Koreans": a nationality counts people.
                    "people".to_string()
                } else {
                    singular(head)
                }
            });
            return Some((np, cls));
        }
    }
    None
}

/// "The battalion is expected to include up to 3,000": the part the count sizes.
pub(super) fn container_before(toks: &[Tok], start: usize) -> Option<String> {
    let lo = start.saturating_sub(8);
    let window = &toks[lo..start];
    let verb = window.iter().position(|t| {
        matches!(
            t.lower.as_str(),
            "include"
                | "includes"
                | "included"
                | "consist"
                | "consists"
                | "consisted"
                | "comprise"
                | "comprises"
                | "comprised"
                | "numbers"
                | "numbered"
                | "numbering"
        )
    })?;
    window[..verb].iter().rev().find_map(|t| {
        matches!(
            t.lower.as_str(),
            "battalion"
                | "brigade"
                | "regiment"
                | "division"
                | "unit"
                | "company"
                | "platoon"
                | "squad"
                | "corps"
                | "contingent"
                | "group"
                | "team"
                | "delegation"
                | "convoy"
                | "crew"
                | "detachment"
                | "squadron"
                | "fleet"
                | "committee"
                | "panel"
                | "jury"
                | "board"
        )
        .then(|| format!("in the {}", t.lower))
    })
}

/// Where and when a count applies, from the words after it in its clause.
pub(super) fn scope_after(text: &str, toks: &[Tok], from: usize) -> Vec<String> {
    let mut place: Option<String> = None;
    let mut time: Option<String> = None;
    let mut k = from;
    let stop = (from + 16).min(toks.len());
    while k < stop {
        let t = &toks[k];
        if t.kind == TokKind::Punct && matches!(t.lower.as_str(), "," | ";" | ":" | "(" | "—" | "–") {
            break;
        }
        let w = t.lower.as_str();
        if matches!(
            w,
            "which"
                | "who"
                | "that"
                | "while"
                | "but"
                | "though"
                | "although"
                | "whereas"
                | "because"
                | "and"
                | "with"
                | "for"
                | "as"
        ) && k > from
        {
            break;
        }
        if time.is_none() {
            if matches!(w, "this" | "last" | "past" | "next")
                && let Some(u) = toks.get(k + 1).filter(|u| {
                    matches!(u.lower.as_str(), "week" | "month" | "year" | "weekend" | "quarter")
                        || crate::lexicon::time::season(&u.lower).is_some()
                })
            {
                time = Some(format!("{w} {}", u.lower));
                k += 2;
                continue;
            }
            if w == "so" && toks.get(k + 1).is_some_and(|u| u.word("far")) {
                time = Some("so far".into());
                k += 2;
                continue;
            }
            if w == "to" && toks.get(k + 1).is_some_and(|u| u.word("date")) {
                time = Some("to date".into());
                k += 2;
                continue;
            }
            if w == "since"
                && let Some(u) = toks.get(k + 1).filter(|u| u.cap || u.kind == TokKind::Num)
            {
                let mut e = k + 2;
                if toks.get(e).is_some_and(|x| x.kind == TokKind::Num) {
                    e += 1;
                }
                let _ = u;
                time = Some(squash(&text[t.start..toks[e - 1].end]));
                k = e;
                continue;
            }
            if w == "in" && toks.get(k + 1).is_some_and(is_month) {
                time = Some(format!("in {}", toks[k + 1].lower));
                k += 2;
                continue;
            }
        }
        if place.is_none()
            && matches!(
                w,
                "to" | "in" | "into" | "inside" | "across" | "throughout" | "near" | "from"
            )
            && toks
                .get(k + 1)
                .is_some_and(|u| u.cap && u.kind == TokKind::Word && !is_month(u) && !is_weekday(&u.lower))
        {
            let mut e = k + 1;
            while let Some(u) = toks.get(e) {
                let cont = (u.cap && u.kind == TokKind::Word)
                    || ((u.is("'") || u.is("’")) && toks.get(e + 1).is_some_and(|v| v.word("s")))
                    || (u.kind == TokKind::Word
                        && matches!(
                            u.lower.as_str(),
                            "s" | "region"
                                | "oblast"
                                | "province"
                                | "city"
                                | "county"
                                | "state"
                                | "district"
                                | "area"
                                | "border"
                        ))
                    || (u.is(".") && !u.space_before && toks.get(e + 1).is_some_and(|v| v.cap && !v.space_before));
                if !cont || e - k > 8 {
                    break;
                }
                e += 1;
            }
            if w != "from" {
                place = Some(squash(&text[t.start..toks[e - 1].end]));
            }
            k = e;
            continue;
        }
        k += 1;
    }
    place.into_iter().chain(time).collect()
}

/// The stem a governing verb is kept as among a count's modifiers: "-ing" or "-ed" off,
/// then a final "e" ("damaged" and "damage" are "damag", "running" is "runn").
pub(crate) fn verb_stem(w: &str) -> &str {
    let w = w.strip_suffix("ing").or_else(|| w.strip_suffix("ed")).unwrap_or(w);
    w.trim_end_matches('e')
}
