//! Counts of others ("three others were injured"): the people of a unit beside those a
//! document counted before, compared as they stand when two documents count them beside
//! the same figures. (A part of [`super::groups`].)

use std::collections::BTreeMap;

use super::{Story, is_partial, value};
use crate::model::Kind;
use crate::reconcile::{Ctx, context_words};

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

/// By document, by unit, numbers.
type ByDoc = BTreeMap<usize, BTreeMap<String, Vec<f64>>>;

/// What each document's counts of others stand beside, and those counts themselves.
#[derive(Default)]
pub(super) struct Bases {
    /// For each document, by unit, the numbers of its counts of the story's event:
    /// stated in the outlet's own words, whole (not a part, not others), not of an
    /// earlier event nor of a tally over weeks.
    whole: ByDoc,
    /// For each document, by unit, the numbers of its counts of others (outside quotes,
    /// earlier events and tallies), distinct.
    others: ByDoc,
}

pub(super) fn bases(ctx: &Ctx, story: &Story) -> Bases {
    let quoted = ctx.quoted();
    let mut out = Bases::default();
    for i in ctx.of_kind(Kind::Count) {
        let v = value(ctx, i);
        let Some(p) = v.point else { continue };
        if v.unit.is_empty()
            || v.per_unit
            || v.qualifier == "vague"
            || quoted[i]
            || story.earlier.contains(&i)
            || story.tallies.contains(&i)
        {
            continue;
        }
        let into = match others_number(ctx, i) {
            Some(_) => &mut out.others,
            None if is_partial(ctx, i) => continue,
            None => &mut out.whole,
        };
        let list = into
            .entry(ctx.claims[i].doc)
            .or_default()
            .entry(v.unit.clone())
            .or_default();
        if !list.contains(&p) {
            list.push(p);
        }
    }
    out
}

/// Whether two documents count their others of `unit` beside the same: in every other
/// unit that both count they give one number alike, and there is one such unit at least
/// ("killed one worker ... three others were injured" against "one person died ... six
/// others were injured").
fn same_base(bases: &Bases, unit: &str, da: usize, db: usize) -> bool {
    let (Some(x), Some(y)) = (bases.whole.get(&da), bases.whole.get(&db)) else {
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

/// Whether two counts in two documents that count beside the same toll differ as counts
/// of others: two counts of others ([`others_number`]) with different numbers, or a
/// count of the hurt or the dead as others against a whole count of its unit ([`whole`])
/// from a document that counted none of that unit before its others, so that its others
/// are all of the unit ("two people died ... Five others were injured" against "two dead
/// and three hurt"). (Not of a unit that takes in the others: the shot are the dead and
/// the hurt.) A document that gives two numbers of others of one unit ("six other
/// people were injured", "seven other people were taken to hospital") counts them
/// beside different people, and is not compared by them.
pub(super) fn others_differ(ctx: &Ctx, bases: &Bases, a: usize, b: usize) -> bool {
    let (da, db) = (ctx.claims[a].doc, ctx.claims[b].doc);
    let unit = &value(ctx, a).unit;
    if da == db || *unit != value(ctx, b).unit {
        return false;
    }
    let outcome = matches!(unit.as_str(), "injured" | "killed");
    let all_of_unit = |d: usize| outcome && bases.whole.get(&d).is_none_or(|m| !m.contains_key(unit));
    let one_number = |d: usize| {
        bases
            .others
            .get(&d)
            .and_then(|m| m.get(unit))
            .is_none_or(|ps| ps.len() <= 1)
    };
    let differ = match (others_number(ctx, a), others_number(ctx, b)) {
        (Some(x), Some(y)) => x != y,
        (Some(x), None) => all_of_unit(da) && whole(ctx, bases, b).is_some_and(|y| x != y),
        (None, Some(y)) => all_of_unit(db) && whole(ctx, bases, a).is_some_and(|x| x != y),
        (None, None) => false,
    };
    differ && one_number(da) && one_number(db) && same_base(bases, unit, da, db)
}

/// The number of an exact count that is one of its document's bases ([`bases`]): all of
/// its unit, as the document tells the event.
fn whole(ctx: &Ctx, bases: &Bases, i: usize) -> Option<f64> {
    let v = value(ctx, i);
    let p = v.point?;
    let counted = bases
        .whole
        .get(&ctx.claims[i].doc)
        .and_then(|m| m.get(&v.unit))
        .is_some_and(|ps| ps.contains(&p));
    (v.qualifier == "exact" && counted && !is_partial(ctx, i)).then_some(p)
}

/// Whether two of `members` differ as counts of others ([`others_differ`]); only pairs
/// holding a count of others can.
pub(super) fn split(ctx: &Ctx, bases: &Bases, members: &[usize]) -> bool {
    let of_others: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| others_number(ctx, i).is_some())
        .collect();
    of_others
        .iter()
        .any(|&a| members.iter().any(|&b| others_differ(ctx, bases, a, b)))
}

/// The words of a count's context that link it to another lead's count: those of its
/// sentence ([`context_words`]), and for a count of others ("Five others were
/// injured.") those of the sentence before it, which it goes on from.
pub(super) fn lead_words(ctx: &Ctx, i: usize) -> Vec<String> {
    let mut w = context_words(ctx, i);
    if others_number(ctx, i).is_some() {
        w.extend(words_before(ctx, i));
        w.sort_unstable();
        w.dedup();
    }
    w
}

/// The content words of the sentence before claim `i`'s, back to the closing mark or line
/// break before it.
fn words_before(ctx: &Ctx, i: usize) -> Vec<String> {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc].text.get(..c.sentence.start).unwrap_or("");
    let body = text.trim_end().trim_end_matches(['.', '!', '?', '"', '\u{201d}', ' ']);
    let from = body.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    let keep = |w: &String| !w.chars().all(|c| c.is_ascii_digit()) && !crate::lexicon::time::is_dating_word(w);
    crate::text::content_word_iter(&body[from..]).filter(keep).collect()
}
