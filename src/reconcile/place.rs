//! Place groups: mentions of one place or of places inside one region; compatibility by
//! containment (a region contains its towns).

use std::collections::BTreeMap;

use super::{Ctx, doc_count, group, same_form};
use crate::model::{ClaimGroup, Kind, PlaceValue, Status, Value};

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a PlaceValue {
    match &ctx.claims[i].value {
        Value::Place(v) => v,
        _ => unreachable!("place reconciler only sees places"),
    }
}

/// The place a claim is grouped under: a city joins its region; regions and countries
/// stand for themselves.
fn group_key(v: &PlaceValue) -> String {
    // A city-state or a city directly under a country stays itself.
    if v.feature == "city"
        && v.within.len() >= 2
        && let Some(region) = v.within.first()
    {
        return region.clone();
    }
    v.name.clone()
}

pub(crate) fn groups(ctx: &Ctx) -> Vec<ClaimGroup> {
    let mut keyed: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for i in ctx.of_kind(Kind::Place) {
        let v = value(ctx, i);
        if v.name.is_empty() {
            continue;
        }
        keyed.entry(group_key(v)).or_default().push(i);
    }
    let mut out = Vec::new();
    for (key, members) in keyed {
        if doc_count(ctx, &members) < 2 {
            continue;
        }
        let n = members.len();
        let docs = doc_count(ctx, &members);
        let first = &value(ctx, members[0]).name;
        let same_name = members.iter().all(|&i| &value(ctx, i).name == first);
        // A group of one city's mentions is about the city, not its region.
        let subject = if same_name { first.clone() } else { key.clone() };
        let (status, explanation) = if same_name && same_form(ctx, &members) {
            (
                Status::Agree,
                format!(
                    "{n} mentions in {docs} documents name {first} ({})",
                    ctx.loc(members[0])
                ),
            )
        } else {
            let mut names: Vec<String> = Vec::new();
            for &i in &members {
                let v = value(ctx, i);
                let label = if v.name == key {
                    format!("\"{}\" = {}", ctx.surface(i), v.name)
                } else {
                    format!("\"{}\" = {} (in {key})", ctx.surface(i), v.name)
                };
                if !names.contains(&label) {
                    names.push(label);
                }
            }
            let more = if names.len() > 3 {
                format!(" and {} more", names.len() - 3)
            } else {
                String::new()
            };
            names.truncate(3);
            (
                Status::Resolved,
                format!(
                    "{n} mentions in {docs} documents, all in {key}: {}{more}",
                    names.join(", ")
                ),
            )
        };
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
