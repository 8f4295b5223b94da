//! Count groups: same unit and compatible modifiers; compatibility by interval overlap.

use std::collections::BTreeMap;

use super::{Ctx, UnionFind, context_words, doc_count, group, jaccard, representatives, same_form};
use crate::model::{ClaimGroup, CountValue, Kind, Status, Value};

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a CountValue {
    match &ctx.claims[i].value {
        Value::Count(v) => v,
        _ => unreachable!("count reconciler only sees counts"),
    }
}

/// The interval a count allows; a `None` side is unbounded (0 below, infinity above).
fn interval(v: &CountValue) -> (f64, f64) {
    let lo = v.low.unwrap_or(0.0);
    let hi = v.high.unwrap_or(f64::INFINITY);
    (lo, hi)
}

fn overlaps(a: (f64, f64), b: (f64, f64)) -> bool {
    let eps = 1e-9;
    a.0 <= b.1 + eps && b.0 <= a.1 + eps
}

/// Modifier words that name who or what is counted: number words ("the four
/// victims") are left out, they restate a count rather than name a subject.
fn modifiers(v: &CountValue) -> Vec<String> {
    const NUMBERS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
        "hundred", "thousand", "million", "billion", "both", "several", "many", "few", "some", "all",
    ];
    v.modifiers
        .iter()
        .map(|s| s.to_lowercase())
        .filter(|m| !NUMBERS.contains(&m.as_str()) && !m.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

fn modifier_key(v: &CountValue) -> String {
    let mut m = modifiers(v);
    m.sort();
    m.dedup();
    m.join(" ")
}

/// A key is specific when a modifier is a proper name in the text ("North Korean
/// troops", "Orange County deputies"): the name itself says the counts are about the
/// same body of people or things.
fn is_specific(v: &CountValue) -> bool {
    let proper: Vec<String> = v
        .noun
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .collect();
    modifiers(v).iter().any(|m| proper.contains(m))
}

/// Whether two scopes can be compared: one missing, or one's words within the other's.
fn scopes_comparable(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let wa = crate::text::content_words(a);
            let wb = crate::text::content_words(b);
            wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
        }
        _ => true,
    }
}

/// Format a count for people: the qualifier and the number or range.
pub fn show(v: &CountValue) -> String {
    let n = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            let s = format!("{}", x as i64);
            let mut out = String::new();
            for (k, ch) in s.chars().enumerate() {
                if k > 0 && (s.len() - k) % 3 == 0 && ch.is_ascii_digit() {
                    out.push(',');
                }
                out.push(ch);
            }
            out
        } else {
            format!("{x}")
        }
    };
    match (v.qualifier.as_str(), v.point, v.low, v.high) {
        ("range", _, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
        ("vague", _, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
        ("vague", _, Some(l), None) => format!("{}+", n(l)),
        ("exact", Some(p), _, _) => n(p),
        (q, Some(p), _, _) => format!("{} {}", q.replace('_', " "), n(p)),
        (_, None, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
        (_, None, Some(l), None) => format!("{}+", n(l)),
        (_, None, None, Some(h)) => format!("up to {}", n(h)),
        _ => "?".into(),
    }
}

pub(crate) fn groups(ctx: &Ctx) -> Vec<ClaimGroup> {
    // Key: per-unit flag, unit, modifiers. Claims with no modifiers join the one
    // modified key of their unit when there is exactly one.
    let mut keyed: BTreeMap<(bool, String, String), Vec<usize>> = BTreeMap::new();
    for i in ctx.of_kind(Kind::Count) {
        let v = value(ctx, i);
        if v.unit.is_empty() {
            continue;
        }
        keyed
            .entry((v.per_unit, v.unit.clone(), modifier_key(v)))
            .or_default()
            .push(i);
    }
    let bare: Vec<(bool, String, String)> = keyed.keys().filter(|k| k.2.is_empty()).cloned().collect();
    for k in bare {
        let targets: Vec<_> = keyed
            .keys()
            .filter(|o| o.0 == k.0 && o.1 == k.1 && !o.2.is_empty())
            .cloned()
            .collect();
        if targets.len() == 1 {
            let moved = keyed.remove(&k).unwrap_or_default();
            keyed.entry(targets[0].clone()).or_default().extend(moved);
        }
    }
    let mut out = Vec::new();
    for ((per_unit, unit, mods), mut all) in keyed {
        all.sort_unstable();
        let specific = all.iter().any(|&i| is_specific(value(ctx, i)));
        // Repetitions of one statement are compared once.
        let (reps, expand) = representatives(ctx, &all, |i| {
            let v = value(ctx, i);
            (
                v.low.map(f64::to_bits),
                v.high.map(f64::to_bits),
                v.scope.clone(),
                ctx.surface(i).to_lowercase(),
            )
        });
        for rep_members in clusters(ctx, &reps, specific) {
            if doc_count(ctx, &rep_members) < 2 && !ctx.spans_sources(&rep_members) {
                continue;
            }
            let (status, explanation) = decide(ctx, &rep_members, specific);
            let mut members: Vec<usize> = rep_members.iter().flat_map(|r| expand[r].iter().copied()).collect();
            members.sort_unstable();
            out.push(finish(ctx, per_unit, &unit, &mods, members, status, explanation));
        }
    }
    out
}

/// Context similarity at or above which two counts of one unit are taken to be about
/// the same thing even when nothing else says so.
const SAME_CONTEXT: f64 = 0.15;

/// Claims of one key are grouped when they are evidently about the same thing: the
/// key is specific (its modifiers name who is counted), the values agree, or the
/// sentences around them share enough words. Generic keys ("people", "men") in
/// unrelated sentences stay apart.
fn clusters(ctx: &Ctx, members: &[usize], specific: bool) -> Vec<Vec<usize>> {
    if specific || members.len() < 2 {
        return vec![members.to_vec()];
    }
    let words: Vec<Vec<String>> = members.iter().map(|&i| context_words(ctx, i)).collect();
    let mut uf = UnionFind::new(members.len());
    for x in 0..members.len() {
        for y in x + 1..members.len() {
            let (a, b) = (members[x], members[y]);
            if !ctx.independent(a, b) {
                continue;
            }
            let agree = overlaps(interval(value(ctx, a)), interval(value(ctx, b)));
            if agree || jaccard(&words[x], &words[y]) >= SAME_CONTEXT {
                uf.union(x, y);
            }
        }
    }
    uf.sets()
        .into_iter()
        .map(|set| set.into_iter().map(|k| members[k]).collect())
        .collect()
}

/// A count of "others", "another", "more": a part beside what was already counted.
fn is_partial(ctx: &Ctx, i: usize) -> bool {
    let words = crate::text::words(&ctx.surface(i));
    // "one of the three men", "two of those killed"
    let part_of = words
        .windows(2)
        .any(|w| w[0] == "of" && matches!(w[1].as_str(), "the" | "those" | "them" | "whom" | "these" | "which"));
    let besides = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "other" | "others" | "another" | "additional" | "more" | "further"
        )
    });
    part_of || (besides && value(ctx, i).qualifier != "more_than")
}

fn finish(
    ctx: &Ctx,
    per_unit: bool,
    unit: &str,
    mods: &str,
    members: Vec<usize>,
    status: Status,
    explanation: String,
) -> ClaimGroup {
    {
        let subject = {
            // The modifiers in the order the text gives them ("north korean").
            let base = match members
                .iter()
                .map(|&i| modifiers(value(ctx, i)))
                .find(|m| !m.is_empty())
            {
                Some(m) if !mods.is_empty() => format!("{} {unit}", m.join(" ")),
                _ => unit.to_string(),
            };
            if per_unit { format!("{base} (per unit)") } else { base }
        };
        group(Kind::Count, subject, members, status, explanation)
    }
}

fn decide(ctx: &Ctx, members: &[usize], specific: bool) -> (Status, String) {
    let mut hard: Option<(usize, usize)> = None;
    let mut soft: Option<(usize, usize, &'static str)> = None;
    let words: Vec<Vec<String>> = members.iter().map(|&i| context_words(ctx, i)).collect();
    for (x, &a) in members.iter().enumerate() {
        for (y, &b) in members.iter().enumerate().skip(x + 1) {
            if !ctx.independent(a, b) {
                continue;
            }
            let (va, vb) = (value(ctx, a), value(ctx, b));
            if overlaps(interval(va), interval(vb)) {
                continue;
            }
            if !scopes_comparable(va.scope.as_deref(), vb.scope.as_deref()) {
                soft.get_or_insert((a, b, "different scopes"));
                continue;
            }
            if is_partial(ctx, a) || is_partial(ctx, b) {
                soft.get_or_insert((a, b, "one counts only part (\"others\", \"more\")"));
                continue;
            }
            if !specific && jaccard(&words[x], &words[y]) < SAME_CONTEXT {
                soft.get_or_insert((a, b, "the sentences may count different things"));
                continue;
            }
            let better = match hard {
                None => true,
                // Prefer a pair whose sides both name a source.
                Some((p, q)) => {
                    let named = |i: usize| ctx.claims[i].attribution.is_some() as u8;
                    named(a) + named(b) > named(p) + named(q)
                }
            };
            if better {
                hard = Some((a, b));
            }
        }
    }
    let side = |i: usize| format!("{} ({}; {})", show(value(ctx, i)), ctx.source(i), ctx.loc(i));
    if let Some((a, b)) = hard {
        return (
            Status::Conflict,
            format!("{} vs {}: the ranges do not overlap", side(a), side(b)),
        );
    }
    if let Some((a, b, why)) = soft {
        let (sa, sb) = (
            value(ctx, a).scope.clone().unwrap_or_default(),
            value(ctx, b).scope.clone().unwrap_or_default(),
        );
        let scopes = if sa.is_empty() && sb.is_empty() {
            String::new()
        } else {
            format!(" (\"{sa}\" vs \"{sb}\")")
        };
        return (
            Status::Unresolved,
            format!("{} vs {}: {why}{scopes}, not comparable as stated", side(a), side(b)),
        );
    }
    let n = members.len();
    if same_form(ctx, members) {
        (
            Status::Agree,
            format!(
                "{n} claims state {} ({})",
                show(value(ctx, members[0])),
                ctx.loc(members[0])
            ),
        )
    } else {
        let lo = members
            .iter()
            .map(|&i| interval(value(ctx, i)).0)
            .fold(f64::MIN, f64::max);
        let hi = members
            .iter()
            .map(|&i| interval(value(ctx, i)).1)
            .fold(f64::MAX, f64::min);
        let shared = show(&CountValue {
            low: Some(lo),
            high: (hi.is_finite()).then_some(hi),
            qualifier: if hi.is_finite() && lo == hi {
                "exact".into()
            } else {
                "range".into()
            },
            point: (lo == hi).then_some(lo),
            ..CountValue::default()
        });
        (
            Status::Resolved,
            format!(
                "{n} claims in different forms all allow {shared}, e.g. {} and {}",
                side(members[0]),
                side(members[n - 1])
            ),
        )
    }
}
