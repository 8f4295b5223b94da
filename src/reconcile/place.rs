//! Place groups: the mentions of one place, in whatever form ("Malibu", "Malibu,
//! Calif."), told apart from its homonyms by the places that contain it.

use std::collections::BTreeMap;

use super::{Ctx, doc_count, first_three, group, same_form};
use crate::model::{ClaimGroup, Kind, PlaceValue, Status, Value};

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a PlaceValue {
    match &ctx.claims[i].value {
        Value::Place(v) => v,
        _ => unreachable!("place reconciler only sees places"),
    }
}

/// The places that contain each place name the story's mentions give, where the
/// place extractor placed one name in two ways ("Palmer" in Alaska in one outlet, in
/// Massachusetts in another, where the text did not say): the way the story supports
/// most, by mentions that state it ("Palmer, Alaska") and mentions of its region
/// ("Alaska"), then the way most mentions take. One name in one story is one place.
fn story_chains<'a>(ctx: &Ctx<'a>, ids: &[usize]) -> BTreeMap<&'a str, &'a [String]> {
    let mut named: BTreeMap<&str, usize> = BTreeMap::new();
    // name -> chain -> (mentions stating the chain, mentions).
    let mut ways: BTreeMap<&str, BTreeMap<&[String], (usize, usize)>> = BTreeMap::new();
    for &i in ids {
        let v = value(ctx, i);
        *named.entry(v.name.as_str()).or_default() += 1;
        if in_namesake(v) {
            continue;
        }
        let e = ways
            .entry(v.name.as_str())
            .or_default()
            .entry(v.within.as_slice())
            .or_default();
        e.0 += usize::from(ctx.surface(i).contains(','));
        e.1 += 1;
    }
    ways.into_iter()
        .filter_map(|(name, w)| {
            let support = |c: &[String], stated: usize| {
                stated + c.first().and_then(|r| named.get(r.as_str())).copied().unwrap_or(0)
            };
            let best = w.iter().max_by(|(a, m), (b, n)| {
                (support(a, m.0), m.1)
                    .cmp(&(support(b, n.0), n.1))
                    // Equal support: the first chain in sorted order, for a stable answer.
                    .then_with(|| b.cmp(a))
            })?;
            Some((name, *best.0))
        })
        .collect()
}

/// Whether a place lies in a place of its own name (the town of Arequipa in the region of
/// Arequipa): the two are different places, not two readings of one name.
fn in_namesake(v: &PlaceValue) -> bool {
    v.within.contains(&v.name)
}

pub(crate) fn groups(ctx: &Ctx) -> Vec<ClaimGroup> {
    let ids: Vec<usize> = ctx
        .of_kind(Kind::Place)
        .into_iter()
        .filter(|&i| !value(ctx, i).name.is_empty())
        .collect();
    let chains = story_chains(ctx, &ids);
    // A group is one place, told apart from its homonyms by the places it lies in. A
    // region's towns are not one place: "Beaumont" and "Huntsville" are two groups.
    let mut keyed: BTreeMap<(&str, &[String]), Vec<usize>> = BTreeMap::new();
    for &i in &ids {
        let v = value(ctx, i);
        let name = v.name.as_str();
        let within = match in_namesake(v) {
            true => v.within.as_slice(),
            false => chains.get(name).copied().unwrap_or(v.within.as_slice()),
        };
        keyed.entry((name, within)).or_default().push(i);
    }
    let mut out = Vec::new();
    for ((name, within), members) in keyed {
        let docs = doc_count(ctx, &members);
        if docs < 2 {
            continue;
        }
        let n = members.len();
        let place = match within.is_empty() {
            true => name.to_string(),
            false => format!("{name} (in {})", within.join(", ")),
        };
        let (status, explanation) = if same_form(ctx, &members) {
            (
                Status::Agree,
                format!("{n} mentions in {docs} documents name {name} ({})", ctx.loc(members[0])),
            )
        } else {
            let mut forms: Vec<String> = Vec::new();
            for &i in &members {
                let form = format!("\"{}\"", ctx.surface(i));
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
            (
                Status::Resolved,
                format!(
                    "{n} mentions in {docs} documents name {place}, in different forms: {}",
                    first_three(forms)
                ),
            )
        };
        let subject = name.to_string();
        out.push(group(Kind::Place, subject, members, status, explanation));
    }
    out
}

/// The place reconciler, as registered in [`super::reconciler`].
pub(crate) struct Places;

impl super::Reconciler for Places {
    fn groups(&self, ctx: &Ctx) -> Vec<ClaimGroup> {
        groups(ctx)
    }

    fn sides(&self, ctx: &Ctx, members: &[usize]) -> (Vec<crate::model::Side>, Vec<usize>) {
        let agree = |a: usize, b: usize| value(ctx, a).name == value(ctx, b).name;
        let precise = |_: usize| true;
        let label = |i: usize| value(ctx, i).name.clone();
        super::sides(ctx, members, agree, precise, label)
    }
}
