//! Counts of others ("three others were injured"): the people of a unit beside those a
//! document counted before, compared as they stand when two documents count them beside
//! the same figures. (A part of [`super::groups`].)

use std::collections::BTreeMap;

use super::{Story, is_partial, value};
use crate::model::Kind;
use crate::reconcile::Ctx;

/// The number of a bare count of others ("three others were injured", "left one dead
/// and five others hurt"): the people of its unit beside those the document counted
/// before. The extractor reads it as at least that many of the unit, or as all of them
/// when it closes a tally; two such counts beside the same toll ([`same_base`]) count
/// the same people, so their numbers are compared as they stand. `None` for a hedged
/// count ("at least three others"), a further one ("two more", "another"), a part ("two
/// of the others"), one group of people among the others ("six other men") or any other
/// count.
pub(super) fn others_number(ctx: &Ctx, i: usize) -> Option<f64> {
    let v = value(ctx, i);
    let words = crate::text::words(&ctx.surface(i));
    let first = words.first()?;
    let bare =
        first.chars().all(|c| c.is_ascii_digit() || c == ',') || crate::lexicon::numbers::cardinal(first).is_some();
    let others = words.iter().any(|w| w == "other" || w == "others");
    let further = words
        .iter()
        .any(|w| matches!(w.as_str(), "of" | "another" | "additional" | "more" | "further"));
    // "six other men" counts the men among the others: only the same group compares.
    let group = |w: &String| crate::lexicon::person::is_demographic(w);
    if !bare
        || !others
        || further
        || words.iter().any(group)
        || v.per_unit
        || !matches!(v.qualifier.as_str(), "exact" | "at_least")
    {
        return None;
    }
    v.point
}

/// For each document, by unit, the numbers of its counts of the story's event: stated
/// in the outlet's own words, whole (not a part, not others), not of an earlier event
/// nor of a tally over weeks. What its counts of others stand beside.
pub(super) type Bases = BTreeMap<usize, BTreeMap<String, Vec<f64>>>;

pub(super) fn bases(ctx: &Ctx, story: &Story) -> Bases {
    let quoted = ctx.quoted();
    let mut out = Bases::new();
    for i in ctx.of_kind(Kind::Count) {
        let v = value(ctx, i);
        let Some(p) = v.point else { continue };
        if v.unit.is_empty()
            || v.per_unit
            || v.qualifier == "vague"
            || quoted[i]
            || story.earlier.contains(&i)
            || story.tallies.contains(&i)
            || is_partial(ctx, i)
            || others_number(ctx, i).is_some()
        {
            continue;
        }
        out.entry(ctx.claims[i].doc)
            .or_default()
            .entry(v.unit.clone())
            .or_default()
            .push(p);
    }
    out
}

/// Whether two documents count their others of `unit` beside the same: in every other
/// unit that both count they give one number alike, and there is one such unit at least
/// ("killed one worker ... three others were injured" against "one person died ... six
/// others were injured").
fn same_base(bases: &Bases, unit: &str, da: usize, db: usize) -> bool {
    let (Some(x), Some(y)) = (bases.get(&da), bases.get(&db)) else {
        return false;
    };
    let mut shared = false;
    for (u, px) in x.iter().filter(|(u, _)| u.as_str() != unit) {
        if let Some(py) = y.get(u) {
            if !px.iter().any(|p| py.contains(p)) {
                return false;
            }
            shared = true;
        }
    }
    shared
}

/// Whether two counts of others ([`others_number`]) in two documents that count them
/// beside the same toll give different numbers.
pub(super) fn others_differ(ctx: &Ctx, bases: &Bases, a: usize, b: usize) -> bool {
    let (ca, cb) = (&ctx.claims[a], &ctx.claims[b]);
    match (others_number(ctx, a), others_number(ctx, b)) {
        (Some(x), Some(y)) => x != y && ca.doc != cb.doc && same_base(bases, &value(ctx, a).unit, ca.doc, cb.doc),
        _ => false,
    }
}

/// Whether two of `members` are counts of others that differ ([`others_differ`]); the
/// counts of others are read once, only they can.
pub(super) fn split(ctx: &Ctx, bases: &Bases, members: &[usize]) -> bool {
    let of_others: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| others_number(ctx, i).is_some())
        .collect();
    of_others
        .iter()
        .enumerate()
        .any(|(k, &a)| of_others[k + 1..].iter().any(|&b| others_differ(ctx, bases, a, b)))
}
