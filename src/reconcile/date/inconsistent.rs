//! Dates inconsistent in themselves (a weekday that does not fit its date), each with
//! the dates written beside it. (A step of [`super::groups`].)

use super::value;
use crate::model::{ClaimGroup, Kind, Status};
use crate::reconcile::{Ctx, group};

/// One conflict group for each date that is inconsistent in itself (a weekday that does
/// not fit its date), with the dates written with it. (A step of [`super::groups`].)
pub(super) fn inconsistent(
    ctx: &Ctx,
    all: &[usize],
    ids: &[usize],
    expand: &std::collections::BTreeMap<usize, Vec<usize>>,
) -> Vec<ClaimGroup> {
    let mut out = Vec::new();
    let mut by_start: Vec<(usize, usize, usize)> = Vec::new();
    for &i in ids {
        if let Some(why) = &value(ctx, i).inconsistency {
            if by_start.is_empty() {
                by_start = all
                    .iter()
                    .map(|&j| (ctx.claims[j].doc, ctx.claims[j].span.start, j))
                    .collect();
                by_start.sort_unstable();
            }
            let mut members = expand[&i].clone();
            members.extend(written_with(ctx, &by_start, i));
            members.sort_unstable();
            members.dedup();
            out.push(group(
                Kind::Date,
                format!("inconsistent date \"{}\"", ctx.surface(i)),
                members,
                Status::Conflict,
                format!("{why} ({})", ctx.loc(i)),
            ));
        }
    }
    out
}

/// The dates written right after date `i`, with nothing but punctuation between
/// ("Tuesday, July 1", "Friday (Oct. 14)"): the other side of an inconsistency that
/// the apposition reveals, shown in its group so that a reader sees both. `by_start`
/// holds the dates as (document, start, claim), sorted: only those starting within the
/// few bytes after `i` are read.
fn written_with<'a>(ctx: &'a Ctx, by_start: &'a [(usize, usize, usize)], i: usize) -> impl Iterator<Item = usize> + 'a {
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    let from = by_start.partition_point(|&(d, s, _)| (d, s) < (c.doc, c.span.end));
    by_start[from..]
        .iter()
        .take_while(move |&&(d, s, _)| d == c.doc && s <= c.span.end + 4)
        .map(|&(_, _, j)| j)
        .filter(move |&j| {
            let o = &ctx.claims[j];
            j != i
                && text.get(c.span.end..o.span.start).is_some_and(|gap| {
                    gap.len() <= 4 && gap.chars().all(|ch| ch.is_whitespace() || "(,—–-".contains(ch))
                })
        })
}
