//! Place groups: the mentions of one place, in whatever form ("Malibu", "Malibu,
//! Calif."), told apart from its homonyms by the places that contain it.

use std::collections::BTreeMap;

use super::{Ctx, doc_count, group, same_form};
use crate::model::{ClaimGroup, Kind, PlaceValue, Status, Value};

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a PlaceValue {
    match &ctx.claims[i].value {
        Value::Place(v) => v,
        _ => unreachable!("place reconciler only sees places"),
    }
}

/// The place a claim is grouped under: the place itself, told apart from its
/// homonyms by the places it lies in. A region's towns are not one place: "Beaumont" and
/// "Huntsville" are two groups, each with the mentions that name it.
fn group_key(v: &PlaceValue) -> String {
    std::iter::once(v.name.as_str())
        .chain(v.within.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(", ")
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
    for (_, members) in keyed {
        if doc_count(ctx, &members) < 2 {
            continue;
        }
        let n = members.len();
        let docs = doc_count(ctx, &members);
        let v = value(ctx, members[0]);
        let name = v.name.clone();
        let place = match v.within.is_empty() {
            true => name.clone(),
            false => format!("{name} (in {})", v.within.join(", ")),
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
            let more = if forms.len() > 3 {
                format!(" and {} more", forms.len() - 3)
            } else {
                String::new()
            };
            forms.truncate(3);
            (
                Status::Resolved,
                format!(
                    "{n} mentions in {docs} documents name {place}, in different forms: {}{more}",
                    forms.join(", ")
                ),
            )
        };
        let subject = name;
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
