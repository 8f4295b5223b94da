//! Date groups: claims dating the same event, by the words of their sentences;
//! compatibility by calendar containment ("June" contains "June 18").

use jiff::ToSpan;
use jiff::civil::Date;

use super::{
    Ctx, UnionFind, context_words, first_three, for_each_candidate, group, interned, intersection, jaccard, jaccard_of,
    representatives, same_form, window_words,
};
use crate::model::{ClaimGroup, DateValue, Kind, Status, Value};

mod events;
mod inconsistent;
use events::{Events, classes};
use inconsistent::inconsistent;

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a DateValue {
    match &ctx.claims[i].value {
        Value::Date(v) => v,
        _ => unreachable!("date reconciler only sees dates"),
    }
}

/// What a date claim allows, for comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Extent {
    /// An inclusive calendar range.
    Range(Date, Date),
    /// A duration in days, as an interval.
    Length(f64, f64),
    /// Not resolved against an anchor.
    Unknown,
    /// A reference ("now", "in the past") or a form not compared.
    Vague,
}

fn parse_num(s: &str) -> Option<i32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn month_end(y: i32, m: i32) -> Option<Date> {
    ymd(y, m, 1).map(|d| d.last_of_month())
}

/// The inclusive calendar range a TIMEX3 date value covers.
pub(crate) fn timex_range(t: &str) -> Option<(Date, Date)> {
    let t = t.split('T').next()?;
    let parts: Vec<&str> = t.split('-').collect();
    let year = parts.first()?;
    match (parts.len(), year.len()) {
        (1, 4) => {
            let y = parse_num(year)?;
            Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
        }
        (1, 3) => {
            let d = parse_num(year)? * 10;
            Some((ymd(d, 1, 1)?, ymd(d + 9, 12, 31)?))
        }
        (1, 2) => {
            let c = parse_num(year)? * 100;
            Some((ymd(c, 1, 1)?, ymd(c + 99, 12, 31)?))
        }
        (2, 4) => {
            let y = parse_num(year)?;
            let p = parts[1];
            if let Some(m) = parse_num(p) {
                return Some((ymd(y, m, 1)?, month_end(y, m)?));
            }
            if let Some(w) = p.strip_prefix('W').and_then(parse_num) {
                let jan4 = ymd(y, 1, 4)?;
                let monday = jan4
                    .checked_sub((jan4.weekday().to_monday_zero_offset() as i64).days())
                    .ok()?;
                let start = monday.checked_add(((w as i64 - 1) * 7).days()).ok()?;
                return Some((start, start.checked_add(6.days()).ok()?));
            }
            if let Some(q) = p.strip_prefix('Q').and_then(parse_num) {
                if !(1..=4).contains(&q) {
                    return None;
                }
                return Some((ymd(y, q * 3 - 2, 1)?, month_end(y, q * 3)?));
            }
            if let Some(h) = p.strip_prefix('H').and_then(parse_num) {
                return match h {
                    1 => Some((ymd(y, 1, 1)?, ymd(y, 6, 30)?)),
                    2 => Some((ymd(y, 7, 1)?, ymd(y, 12, 31)?)),
                    _ => None,
                };
            }
            match p {
                "SP" => Some((ymd(y, 3, 1)?, month_end(y, 5)?)),
                "SU" => Some((ymd(y, 6, 1)?, month_end(y, 8)?)),
                "FA" => Some((ymd(y, 9, 1)?, month_end(y, 11)?)),
                "WI" => Some((ymd(y, 12, 1)?, month_end(y + 1, 2)?)),
                _ => None,
            }
        }
        (3, 4) => {
            let (y, m, d) = (parse_num(year)?, parse_num(parts[1])?, parse_num(parts[2])?);
            let day = ymd(y, m, d)?;
            Some((day, day))
        }
        _ => None,
    }
}

/// The calendar range a date claim names, when it names one: not a clock time (whose
/// day is often assumed), not a duration, not a reference ("now").
pub(crate) fn calendar_range(v: &DateValue) -> Option<(Date, Date)> {
    if v.timex_type == "TIME" {
        return None;
    }
    v.timex.as_deref().filter(|t| !t.starts_with('P')).and_then(timex_range)
}

/// Narrow a range by a TIMEX3 part modifier (START, MID, END).
fn apply_part(r: (Date, Date), m: Option<&str>) -> (Date, Date) {
    let (a, b) = r;
    let Ok(len) = a.until(b).map(|s| s.get_days() as i64) else {
        return r;
    };
    if len < 3 {
        return r;
    }
    let third = len / 3;
    let at = |k: i64| a.checked_add(k.days()).unwrap_or(a);
    match m {
        Some("START") => (a, at(third + 1)),
        Some("MID") => (at(third - 1), at(2 * third + 1)),
        Some("END") => (at(2 * third - 1), b),
        _ => r,
    }
}

/// Approximate days in a TIMEX3 duration (`P2Y`, `P3M`, `P1W`, `P10D`, `PT5H`).
fn duration_days(t: &str) -> Option<f64> {
    let body = t.strip_prefix('P')?;
    if body.starts_with('T') {
        return Some(0.5);
    }
    let unit = body.chars().last()?;
    let n: f64 = body[..body.len() - unit.len_utf8()].parse().ok()?;
    let per = match unit {
        'Y' => 365.25,
        'M' => 30.44,
        'W' => 7.0,
        'D' => 1.0,
        'E' => 3652.5,
        'C' => 36525.0,
        _ => return None,
    };
    Some(n * per)
}

/// The extent of claim `i`: [`extent`], except that a clock time whose words name its
/// day ("11 p.m. Saturday, July 15", "2 a.m. September 1") is compared by that day;
/// the day is stated there, not assumed.
fn claim_extent(ctx: &Ctx, i: usize) -> Extent {
    let v = value(ctx, i);
    if v.timex_type == "TIME" && states_day(&ctx.surface(i)) {
        let day = v
            .timex
            .as_deref()
            .and_then(|t| t.get(..10))
            .and_then(|d| d.parse::<Date>().ok());
        if let Some(d) = day {
            return Extent::Range(d, d);
        }
    }
    extent(v)
}

/// Whether the words of a clock time name its calendar day: a month with a day number
/// ("Sept. 1", "1 September", "June 28th"). A weekday or "tonight" beside a clock time is left out:
/// it is read against a publication day, and the hour of publication decides which.
fn states_day(surface: &str) -> bool {
    use crate::lexicon::calendar::month;
    let words: Vec<String> = crate::text::words(surface);
    let number = |w: &str| {
        let w = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit())
    };
    words
        .windows(2)
        .any(|w| (month(&w[0]).is_some() && number(&w[1])) || (number(&w[0]) && month(&w[1]).is_some()))
}

fn extent(v: &DateValue) -> Extent {
    // A clock time is not compared: its day is often only assumed (the sentence's or
    // the anchor's), and two outlets' "around 5 p.m." rarely date the same moment.
    if v.timex_type == "TIME" {
        return Extent::Vague;
    }
    let Some(t) = v.timex.as_deref() else {
        return Extent::Unknown;
    };
    if t.starts_with('P') {
        let Some(d) = duration_days(t) else {
            return Extent::Vague;
        };
        return match v.modifier.as_deref() {
            Some("MORE_THAN") | Some("EQUAL_OR_MORE") => Extent::Length(d, f64::INFINITY),
            Some("LESS_THAN") | Some("EQUAL_OR_LESS") => Extent::Length(0.0, d),
            Some("APPROX") => Extent::Length(d * 0.75, d * 1.25),
            _ => Extent::Length(d * 0.95, d * 1.05),
        };
    }
    match timex_range(t) {
        Some(r) => match hedged(r, v) {
            Some(Some((a, b))) => Extent::Range(a, b),
            Some(None) => Extent::Vague,
            None => {
                let (a, b) = apply_part(r, v.modifier.as_deref());
                Extent::Range(a, b)
            }
        },
        None => Extent::Vague,
    }
}

/// The days a bounded or approximate date allows, when its modifier bounds it:
/// "more than two weeks ago" is any day up to the one two weeks back, "less than a
/// month ago" any day since, "about two weeks ago" a few days either side, "1994 or
/// later" any day from 1994 on. `Some(None)` when the side cannot be told (a bound
/// counted from no known anchor): such a date is not compared. `None` for a date the
/// modifier does not bound.
fn hedged(r: (Date, Date), v: &DateValue) -> Option<Option<(Date, Date)>> {
    let m = v.modifier.as_deref()?;
    let anchor = v
        .anchor
        .as_deref()
        .and_then(|a| a.get(..10))
        .and_then(|a| a.parse::<Date>().ok());
    let (a, b) = r;
    Some(match m {
        "ON_OR_AFTER" | "AFTER" => Some((a, Date::MAX)),
        "ON_OR_BEFORE" | "BEFORE" => Some((Date::MIN, b)),
        "MORE_THAN" | "EQUAL_OR_MORE" => anchor.map(|x| if a <= x { (Date::MIN, b) } else { (a, Date::MAX) }),
        "LESS_THAN" | "EQUAL_OR_LESS" => anchor.map(|x| if a <= x { (a, x.max(b)) } else { (x.min(a), b) }),
        "APPROX" => {
            let x = anchor?;
            let away = i64::from(x.until(a).map_or(0, |s| s.get_days())).abs();
            let slack = (away / 4).max(1);
            Some((
                a.checked_sub(slack.days()).unwrap_or(Date::MIN),
                b.checked_add(slack.days()).unwrap_or(Date::MAX),
            ))
        }
        _ => return None,
    })
}

fn compatible(a: Extent, b: Extent) -> Option<bool> {
    match (a, b) {
        (Extent::Range(a0, a1), Extent::Range(b0, b1)) => Some(a0 <= b1 && b0 <= a1),
        (Extent::Length(a0, a1), Extent::Length(b0, b1)) => Some(a0 <= b1 && b0 <= a1),
        _ => None,
    }
}

/// Content words taken on each side of a date to describe the event it dates.
const WINDOW: usize = 8;

/// Whether two date neighbourhoods describe the same event closely enough that
/// different dates would contradict each other.
fn same_event(a: &[u32], b: &[u32]) -> bool {
    jaccard(a, b) >= 0.5 && intersection(a, b) >= 3
}

/// Whether two dates of one document are one sentence told twice with two days written
/// out ("on the night of Nov. 3, 2015, when ..." and, further down the same live page,
/// "on the night of Nov. 1, 2015, when ..."): the document contradicts itself. Only
/// statements of its own, days written with their month (a weekday or "yesterday"
/// counts from when each entry was written), two sentences alike but for the date (not
/// one sentence dating two things), and days of one event's span ([`apart`]).
fn retold_otherwise(
    ctx: &Ctx,
    quoted: &[bool],
    (a, b): (usize, usize),
    (ea, eb): (Extent, Extent),
    (wa, wb): (&[u32], &[u32]),
) -> bool {
    // Cheapest first: every pair of one document's dates that share a word comes here,
    // and reading a claim's surface allocates.
    !quoted[a]
        && !quoted[b]
        && is_day(ea)
        && is_day(eb)
        && apart(ea, eb)
        && ctx.claims[a].sentence != ctx.claims[b].sentence
        && intersection(wa, wb) >= 6
        && jaccard(wa, wb) >= 0.6
        && states_day(&ctx.surface(a))
        && states_day(&ctx.surface(b))
}

/// The longest range still read at the scale of days: a month.
const MONTH_DAYS: i32 = 31;

/// Whether two ranges are of one scale, both within a month ([`MONTH_DAYS`]) or both
/// longer: a year against a day of another year ("host the 2014 Oscars, organizers
/// said Friday") more likely dates two things of one sentence than one thing twice.
fn same_scale(x: Extent, y: Extent) -> bool {
    let long = |e: Extent| match e {
        Extent::Range(a, b) => a.until(b).is_ok_and(|s| s.get_days().abs() > MONTH_DAYS),
        _ => false,
    };
    long(x) == long(y)
}

fn is_day(e: Extent) -> bool {
    matches!(e, Extent::Range(a, b) if a == b)
}

pub(crate) fn groups(ctx: &Ctx) -> Vec<ClaimGroup> {
    let all = ctx.of_kind(Kind::Date);
    let quoted = ctx.quoted();
    // Repetitions of one statement (same document, source, words and value) are
    // compared once.
    let (ids, expand) = representatives(ctx, &all, |i| {
        let v = value(ctx, i);
        (
            ctx.surface(i).to_lowercase(),
            v.timex.clone(),
            v.modifier.clone(),
            window_words(ctx, i, WINDOW),
        )
    });
    let mut out = inconsistent(ctx, &all, &ids, &expand);
    let items: Vec<usize> = ids
        .into_iter()
        .filter(|&i| !matches!(claim_extent(ctx, i), Extent::Vague))
        .collect();
    let ext: Vec<Extent> = items.iter().map(|&i| claim_extent(ctx, i)).collect();
    let class = classes(ctx, &items);
    // The event class is a word two dates of one event share, whatever else their
    // sentences say ("ratified by the upper house", "passed the Federation Council").
    let words: Vec<Vec<String>> = items.iter().map(|&i| window_words(ctx, i, WINDOW)).collect();
    let keys: Vec<Vec<String>> = words
        .iter()
        .zip(&class)
        .map(|(w, c)| {
            let mut w = w.clone();
            if c[0].is_some() {
                w.extend(c.iter().flatten().map(|c| format!("\u{1}{c}")));
                w.sort();
            }
            w
        })
        .collect();
    // Words as ids from here on: compared as integers, counted alike.
    let (words, keys) = (interned(&words), interned(&keys));
    let mut events = Events::new(ctx, &items, &ext, &class, quoted);
    events.contested = self_contested(ctx, quoted, &items, &ext, &events);
    let mut uf = UnionFind::new(items.len());
    for &(x, z) in &events.contested {
        uf.union(x, z);
    }
    let mut best: std::collections::BTreeMap<usize, (f64, usize)> = Default::default();
    for_each_candidate(&keys, |p, q| {
        let (a, b) = (items[p], items[q]);
        if ctx.claims[a].doc == ctx.claims[b].doc {
            if retold_otherwise(ctx, quoted, (a, b), (ext[p], ext[q]), (&words[p], &words[q])) {
                let mut members = expand[&a].clone();
                members.extend(&expand[&b]);
                out.push(group(
                    Kind::Date,
                    subject(ctx, &[a, b]),
                    members,
                    Status::Conflict,
                    format!(
                        "{} vs {}: one document tells the same sentence with two dates",
                        shown(ctx, a),
                        shown(ctx, b)
                    ),
                ));
            }
            return;
        }
        if !ctx.independent(a, b) {
            return;
        }
        let unknown = matches!(ext[p], Extent::Unknown) || matches!(ext[q], Extent::Unknown);
        // Two resolved dates already of one group: linking them again changes nothing.
        if !unknown && uf.find(p) == uf.find(q) {
            return;
        }
        let shared = intersection(&words[p], &words[q]);
        let sim = jaccard_of(shared, words[p].len(), words[q].len());
        if unknown {
            // An unresolved date joins no group of resolved ones (it would mask
            // their status); it is reported beside its closest match instead.
            if sim >= 0.25 && shared >= 3 {
                for (u, other) in [(p, q), (q, p)] {
                    if matches!(ext[u], Extent::Unknown) && best.get(&u).is_none_or(|b| sim > b.0) {
                        best.insert(u, (sim, other));
                    }
                }
            }
            return;
        }
        let link = match compatible(ext[p], ext[q]) {
            Some(true) => {
                // One day in two documents, dated in one event class ("ratified" and
                // "passed"), is one event's day whatever else the sentences say; one
                // day, or one length ("an eight-year offer", "an 8-year contract"),
                // told beside two words the sentences share is one thing told twice.
                let same_value = (is_day(ext[p]) || matches!(ext[p], Extent::Length(..))) && ext[p] == ext[q];
                !events.other_class(p, q) && (sim >= 0.25 || (same_value && (shared >= 2 || events.same_class(p, q))))
            }
            Some(false) => {
                (same_event(&words[p], &words[q]) && !events.other_class(p, q) && same_scale(ext[p], ext[q]))
                    || events.disjoint(p, q)
            }
            None => false,
        };
        if link {
            uf.union(p, q);
        }
    });
    join_lead_event_days(ctx, quoted, &items, &ext, &words, &mut uf);
    let sets = uf.sets();
    let mut size = vec![1; items.len()];
    for set in &sets {
        for &k in set {
            size[k] = set.len();
        }
    }
    best.retain(|&u, _| size[u] < 2);
    for set in sets {
        if set.len() < 2 {
            continue;
        }
        let members: Vec<usize> = set.iter().map(|&k| items[k]).collect();
        if !ctx.spans_sources(&members) {
            continue;
        }
        let (status, explanation) = decide(ctx, quoted, &set, &items, &ext, &words, &events);
        let subject = subject(ctx, &members);
        let members = members.iter().flat_map(|r| expand[r].iter().copied()).collect();
        out.push(group(Kind::Date, subject, members, status, explanation));
    }
    for (u, (_, other)) in best {
        let (a, b) = (items[u], items[other]);
        let explanation = format!(
            "{}: no publication date to resolve it against; it may date the same event as {}",
            shown(ctx, a),
            shown(ctx, b)
        );
        out.push(group(
            Kind::Date,
            subject(ctx, &[a, b]),
            vec![a, b],
            Status::Unresolved,
            explanation,
        ));
    }
    out
}

/// Days the story's documents give its lead event ([`super::event::lead_terms`]): one
/// day told in any words is one group ("Thursday" and "Nov. 10"), and a day no
/// publication date resolves ("Saturday" in an undated article) stands beside the one
/// day it can be, unresolved, rather than alone. (A step of [`groups`].)
fn join_lead_event_days(
    ctx: &Ctx,
    quoted: &[bool],
    items: &[usize],
    ext: &[Extent],
    words: &[Vec<u32>],
    uf: &mut UnionFind,
) {
    use std::collections::BTreeMap;
    let terms = super::event::lead_terms(ctx);
    let mut by_day: BTreeMap<Date, Vec<usize>> = Default::default();
    // Unresolved days by the weekday they name; `None` for "today", "this morning".
    let mut unknown: BTreeMap<Option<i8>, Vec<usize>> = Default::default();
    for (k, &i) in items.iter().enumerate() {
        let day = match ext[k] {
            Extent::Range(a, b) if a == b => Some(a),
            Extent::Unknown => None,
            _ => continue,
        };
        if quoted[i]
            || !matches!(value(ctx, i).grain.as_str(), "day" | "time")
            || !super::event::reports_lead_event(ctx, i, &terms)
        {
            continue;
        }
        let weekday = weekday_named(ctx, i);
        let same = match day {
            Some(d) => by_day.entry(d).or_default(),
            None => unknown.entry(weekday).or_default(),
        };
        // Two unresolved days without a weekday ("yesterday" in two undated articles)
        // may be two days: they join through what they can be, below.
        if let Some(&first) = same.first()
            && (day.is_some() || weekday.is_some())
        {
            uf.union(first, k);
        }
        same.push(k);
    }
    // An unresolved weekday may be any day of its name ("Saturday" is not "Friday"); an
    // unresolved "today" may be any day, an unresolved weekday among them. Where it could
    // be two or more, it joins the one whose sentences share the most words with its
    // own, and none on a tie: through it they would all become one day.
    let shared = |k: usize, with: &[usize]| with.iter().map(|&m| intersection(&words[k], &words[m])).max();
    for (&w, ks) in &unknown {
        let fits = |d: &Date| w.is_none_or(|w| d.weekday().to_monday_one_offset() == w);
        let days = by_day.iter().filter(|(d, _)| fits(d)).map(|(_, m)| m);
        let weekdays = unknown
            .iter()
            .filter(|&(&v, _)| w.is_none() && v.is_some())
            .map(|(_, m)| m);
        let can_be: Vec<&Vec<usize>> = days.chain(weekdays).collect();
        if w.is_some() || can_be.len() <= 1 {
            for &k in ks {
                for m in can_be.iter().map(|m| m[0]).chain([ks[0]]) {
                    uf.union(k, m);
                }
            }
            continue;
        }
        for &k in ks {
            let mut scored: Vec<(usize, usize)> = can_be.iter().map(|m| (shared(k, m).unwrap_or(0), m[0])).collect();
            scored.sort_unstable_by_key(|x| std::cmp::Reverse(x.0));
            if let [(best, to), rest @ ..] = &scored[..]
                && *best > 0
                && rest.first().is_none_or(|r| r.0 < *best)
            {
                uf.union(k, *to);
            }
        }
    }
}

/// Whether a date claim's text names a weekday ("Monday", "Tuesday's"), which places
/// it only by an anchor.
pub(crate) fn names_weekday(ctx: &Ctx, i: usize) -> bool {
    weekday_named(ctx, i).is_some()
}

/// The weekday a date claim's text names ("Saturday", "Sat."), if any, from Monday = 1.
fn weekday_named(ctx: &Ctx, i: usize) -> Option<i8> {
    crate::text::words(&ctx.surface(i))
        .iter()
        .find_map(|w| crate::lexicon::calendar::weekday(w.trim_end_matches("'s")))
        .map(|w| w.day.to_monday_one_offset())
}

/// Days of one event that differ by more than this are two events more likely than an
/// outlet's error (a story recalling last month's attack of the same kind).
const EVENT_SPAN_DAYS: i64 = 31;

/// Whether two days of one event cannot both be right: more than a day apart (an event
/// around midnight is "Thursday night" to one outlet and "early Friday" to another),
/// and no more than [`EVENT_SPAN_DAYS`].
fn apart(x: Extent, y: Extent) -> bool {
    gap(x, y).is_some_and(|days| days > 1 && days <= EVENT_SPAN_DAYS)
}

/// Days between the starts of two ranges; `None` unless both are ranges.
fn gap(x: Extent, y: Extent) -> Option<i64> {
    let (Extent::Range(a, _), Extent::Range(b, _)) = (x, y) else {
        return None;
    };
    Some(a.until(b).map(|s| i64::from(s.get_days()).abs()).unwrap_or(0))
}

/// A document that gives its story's main event two days in two sentences, both written
/// with their month and more than a day apart, where the other documents give the event
/// one of the two and never the other: the document contradicts itself and the other
/// outlets on the day it alone gives. Neither sentence may tell of another event of the
/// class ("another shooting", "the first fire") nor relate two times ("after", "since",
/// "between"), and neither date may follow an indefinite article ("a July 15 shooting").
/// Returns pairs of items: the lone day and a day of another document.
fn self_contested(
    ctx: &Ctx,
    quoted: &[bool],
    items: &[usize],
    ext: &[Extent],
    events: &Events,
) -> std::collections::BTreeSet<(usize, usize)> {
    let mut out = std::collections::BTreeSet::new();
    let Some(main) = events.main else { return out };
    let eligible: Vec<usize> = (0..items.len())
        .filter(|&k| {
            events.has(k, main)
                && !quoted[items[k]]
                && is_day(ext[k])
                && states_day(&ctx.surface(items[k]))
                && !super::event::tells_other_event(ctx, items[k])
                && !super::event::after_indefinite(ctx, items[k])
        })
        .collect();
    // The main event's days by the items giving them, outside quotations: the first
    // item and whether a second document gives the day too.
    let mut by_day: std::collections::BTreeMap<Date, (usize, bool)> = Default::default();
    for z in (0..items.len()).filter(|&z| events.has(z, main) && !quoted[items[z]]) {
        if let Extent::Range(a, b) = ext[z]
            && a == b
        {
            let e = by_day.entry(a).or_insert((z, false));
            e.1 |= events.docs[e.0] != events.docs[z];
        }
    }
    // An item of another document than `d` giving day `e`.
    let told = |d: usize, e: Extent| -> Option<usize> {
        let Extent::Range(a, _) = e else { return None };
        let &(z, two) = by_day.get(&a)?;
        if events.docs[z] != d {
            return Some(z);
        }
        two.then(|| {
            (0..items.len()).find(|&y| events.docs[y] != d && events.has(y, main) && !quoted[items[y]] && ext[y] == e)
        })
        .flatten()
    };
    let mut by_doc: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for &k in &eligible {
        by_doc.entry(events.docs[k]).or_default().push(k);
    }
    for (&d, ks) in &by_doc {
        for &x in ks {
            if told(d, ext[x]).is_some() {
                continue;
            }
            for &y in ks {
                if ctx.claims[items[x]].sentence == ctx.claims[items[y]].sentence || !apart(ext[x], ext[y]) {
                    continue;
                }
                if let Some(z) = told(d, ext[y]) {
                    out.insert((x.min(z), x.max(z)));
                }
            }
        }
    }
    out
}

fn subject(ctx: &Ctx, members: &[usize]) -> String {
    let s = members
        .iter()
        .map(|&i| ctx.claims[i].subject.trim())
        .find(|s| !s.is_empty());
    match s {
        Some(s) => s.to_string(),
        None => {
            let w = context_words(ctx, members[0]);
            w.into_iter().take(5).collect::<Vec<_>>().join(" ")
        }
    }
}

fn shown(ctx: &Ctx, i: usize) -> String {
    let v = value(ctx, i);
    let t = v.timex.clone().unwrap_or_else(|| "unresolved".into());
    let m = v.modifier.as_deref().map(|m| format!(" {m}")).unwrap_or_default();
    format!("\"{}\" = {t}{m} ({})", ctx.surface(i), ctx.loc(i))
}

/// Whether two differing dates can contradict each other at all. A date inside a
/// quotation is counted from when it was said, which the article may not give. And
/// two weekdays or "yesterday"s from articles published on different days, each the
/// same few days before its own article ("Sunday" in Monday's story, "Thursday" in
/// Thursday's), tell the latest turn of a running story as of each day: two events
/// more likely than one event dated twice.
fn can_contradict(ctx: &Ctx, quoted: &[bool], a: usize, b: usize) -> bool {
    if quoted[a] || quoted[b] {
        return false;
    }
    let (va, vb) = (value(ctx, a), value(ctx, b));
    // A day counted from a guessed publication date is itself a guess.
    if (va.relative && ctx.guessed(ctx.claims[a].doc)) || (vb.relative && ctx.guessed(ctx.claims[b].doc)) {
        return false;
    }
    // A document whose sentence gives the other's day beside its own (the two ends of
    // "from October 16 to November 14") does not dispute it.
    if tells_also(ctx, a, b) || tells_also(ctx, b, a) {
        return false;
    }
    let offset = |v: &DateValue| -> Option<(Date, i64)> {
        if !v.relative {
            return None;
        }
        let day: Date = v.timex.as_deref()?.parse().ok()?;
        let anchor: Date = v.anchor.as_deref()?.parse().ok()?;
        Some((anchor, i64::from(anchor.until(day).ok()?.get_days())))
    };
    // A weekday read against the wrong week (text written one week, printed the next)
    // is off by about seven days: a relative date six or more days from the other is
    // more likely that than an outlet's error.
    let far = match (claim_extent(ctx, a), claim_extent(ctx, b)) {
        (Extent::Range(a, _), Extent::Range(b, _)) => {
            a.until(b).map(|s| i64::from(s.get_days()).abs()).unwrap_or(0) >= 6
        }
        _ => false,
    };
    if far && (names_weekday(ctx, a) || names_weekday(ctx, b)) {
        return false;
    }
    // A day written with its month ("July 2", "the Fourth of July") is placed by the
    // calendar, not counted back from its article's day.
    let names_month = |i: usize| {
        crate::text::words(&ctx.surface(i))
            .iter()
            .any(|w| crate::lexicon::calendar::month(w).is_some())
    };
    if names_month(a) || names_month(b) {
        return true;
    }
    match (offset(va), offset(vb)) {
        (Some((pa, oa)), Some((pb, ob))) => pa == pb || (oa - ob).abs() > 1,
        _ => true,
    }
}

/// Whether the sentence of date claim `a` also holds a date of the same days as claim
/// `b`. Reads the claims as the pipeline sorts them, by document and start.
fn tells_also(ctx: &Ctx, a: usize, b: usize) -> bool {
    let (ca, other) = (&ctx.claims[a], claim_extent(ctx, b));
    // Claims are sorted by document and start: those of the sentence are one run.
    let from = ctx
        .claims
        .partition_point(|c| (c.doc, c.span.start) < (ca.doc, ca.sentence.start));
    ctx.claims[from..]
        .iter()
        .enumerate()
        .take_while(|(_, c)| c.doc == ca.doc && c.span.start < ca.sentence.end)
        .any(|(k, cj)| {
            from + k != a
                && cj.kind == Kind::Date
                && cj.sentence == ca.sentence
                && matches!(claim_extent(ctx, from + k), e @ Extent::Range(..) if e == other)
        })
}

fn decide(
    ctx: &Ctx,
    quoted: &[bool],
    set: &[usize],
    items: &[usize],
    ext: &[Extent],
    words: &[Vec<u32>],
    events: &Events,
) -> (Status, String) {
    let members: Vec<usize> = set.iter().map(|&k| items[k]).collect();
    let mut loose = None;
    for (x, &p) in set.iter().enumerate() {
        for &q in &set[x + 1..] {
            if compatible(ext[p], ext[q]) == Some(false) && ctx.independent(items[p], items[q]) {
                let contested = events.contested.contains(&(p.min(q), p.max(q)));
                if ((same_event(&words[p], &words[q]) && !events.other_class(p, q))
                    || events.disjoint(p, q)
                    || contested)
                    && can_contradict(ctx, quoted, items[p], items[q])
                {
                    let also = if contested {
                        "; one document gives the event both days, the others only one"
                    } else {
                        ""
                    };
                    return (
                        Status::Conflict,
                        format!(
                            "{} vs {}: they cannot both be true{also}",
                            shown(ctx, items[p]),
                            shown(ctx, items[q])
                        ),
                    );
                }
                loose.get_or_insert((p, q));
            }
        }
    }
    if let Some((p, q)) = loose {
        return (
            Status::Unresolved,
            format!(
                "{} vs {}: differ, but may date different events",
                shown(ctx, items[p]),
                shown(ctx, items[q])
            ),
        );
    }
    if !same_form(ctx, &members)
        && let Some(&u) = set.iter().find(|&&k| matches!(ext[k], Extent::Unknown))
        && let Some(&other) = set
            .iter()
            .find(|&&k| ctx.surface(items[k]).to_lowercase() != ctx.surface(items[u]).to_lowercase())
    {
        return (
            Status::Unresolved,
            format!(
                "{}: no publication date to resolve it against; it may date the same event as {}",
                shown(ctx, items[u]),
                shown(ctx, items[other])
            ),
        );
    }
    if same_form(ctx, &members) {
        return (
            Status::Agree,
            format!("{} claims state {}", members.len(), shown(ctx, members[0])),
        );
    }
    let mut forms: Vec<String> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for &i in &members {
        if seen.insert(ctx.surface(i).to_lowercase()) {
            forms.push(shown(ctx, i));
        }
    }
    (
        Status::Resolved,
        format!("different forms, compatible values: {}", first_three(forms)),
    )
}

/// The date reconciler, as registered in [`super::reconciler`].
pub(crate) struct Dates;

impl super::Reconciler for Dates {
    fn groups(&self, ctx: &Ctx) -> Vec<ClaimGroup> {
        groups(ctx)
    }

    fn sides(&self, ctx: &Ctx, members: &[usize]) -> (Vec<crate::model::Side>, Vec<usize>) {
        let agree = |a: usize, b: usize| compatible(claim_extent(ctx, a), claim_extent(ctx, b)) != Some(false);
        let precise = |i: usize| is_day(claim_extent(ctx, i));
        let label = |i: usize| {
            let v = value(ctx, i);
            let t = v.timex.clone().unwrap_or_else(|| "unresolved".into());
            match v.modifier.as_deref() {
                Some(m) => format!("{t} {m}"),
                None => t,
            }
        };
        super::sides(ctx, members, agree, precise, label)
    }
}

#[cfg(test)]
mod tests;
