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
    // The towns the story's documents place its main event in, where two disagree.
    let placed = event_towns(ctx, &ids, &chains);
    let mut taken: std::collections::BTreeSet<Key> = Default::default();
    for conflict in &placed {
        let mut members = Vec::new();
        for key in &conflict.towns {
            members.extend(keyed.get(key).into_iter().flatten().copied());
            taken.insert(*key);
        }
        members.sort_unstable();
        out.push(group(
            Kind::Place,
            format!("where the {} happened", conflict.event),
            members,
            Status::Conflict,
            conflict.explanation.clone(),
        ));
    }
    for ((name, within), members) in keyed {
        if taken.contains(&(name, within)) {
            continue;
        }
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

/// A place as [`groups`] keys it: its name and the places containing it.
type Key<'a> = (&'a str, &'a [String]);

/// Two towns one story's documents place its main event in.
struct Placed<'a> {
    /// The event class ("incident", "vote").
    event: &'static str,
    /// The towns, as keyed in [`groups`] (name, containing places).
    towns: Vec<Key<'a>>,
    explanation: String,
}

/// Where the documents of a story place its main event ([`super::event::main_event`]),
/// when two of them name different towns of one region: a fire "in Gazipur" in one
/// outlet and "in Narayanganj" in another. A document places the event in a town when
/// a sentence of its lead that reports the event (outside quotations) says "in <town>",
/// and no other town so; two documents disagree only when neither names the other's
/// town anywhere (an outlet that names both may be telling where else something
/// happened) and the towns lie in one region, neither inside the other (a story of two
/// events far apart is more likely than an outlet's error).
fn event_towns<'a>(ctx: &Ctx<'a>, ids: &[usize], chains: &BTreeMap<&'a str, &'a [String]>) -> Vec<Placed<'a>> {
    let Some(event) = super::event::main_event(ctx) else {
        return Vec::new();
    };
    let quoted = ctx.quoted();
    let key = |i: usize| {
        let v = value(ctx, i);
        let within = match in_namesake(v) {
            true => v.within.as_slice(),
            false => chains.get(v.name.as_str()).copied().unwrap_or(v.within.as_slice()),
        };
        (v.name.as_str(), within)
    };
    // By document: the towns it places the event in, with the first claim saying so.
    let mut placed: BTreeMap<usize, BTreeMap<Key, usize>> = BTreeMap::new();
    for &i in ids {
        let c = &ctx.claims[i];
        let v = value(ctx, i);
        if v.feature != "city" || v.within.is_empty() || quoted[i] || !ctx.in_lead(i) {
            continue;
        }
        let text = &ctx.docs[c.doc].text;
        let before = text.get(c.sentence.start.min(c.span.start)..c.span.start).unwrap_or("");
        if crate::text::word_slices(before).last() != Some("in") || !super::event::sentence_reports(ctx, i, event) {
            continue;
        }
        placed.entry(c.doc).or_default().entry(key(i)).or_insert(i);
    }
    let decided: Vec<(usize, Key, usize)> = placed
        .iter()
        .filter(|(_, towns)| towns.len() == 1)
        .filter_map(|(&d, towns)| towns.iter().next().map(|(&k, &i)| (d, k, i)))
        .collect();
    // Each deciding document's text lowercased once, for [`names_word`].
    let lower: BTreeMap<usize, String> = decided
        .iter()
        .map(|&(d, _, _)| (d, ctx.docs[d].text.to_lowercase()))
        .collect();
    let lowered = |d: usize| lower.get(&d).map_or("", String::as_str);
    let mut out: Vec<Placed> = Vec::new();
    for (x, &(da, ka, ia)) in decided.iter().enumerate() {
        for &(db, kb, ib) in &decided[x + 1..] {
            let (ta, tb) = (ka.0, kb.0);
            if ta == tb
                || ka.1.first() != kb.1.first()
                || ka.1.iter().any(|p| p == tb)
                || kb.1.iter().any(|p| p == ta)
                || names_word(lowered(da), tb)
                || names_word(lowered(db), ta)
                || out.iter().any(|p| p.towns.contains(&ka) && p.towns.contains(&kb))
            {
                continue;
            }
            out.push(Placed {
                event,
                towns: vec![ka, kb],
                explanation: format!(
                    "the {event} is placed in {ta} ({}) and in {tb} ({}), two towns of {}: both cannot be right",
                    ctx.loc(ia),
                    ctx.loc(ib),
                    ka.1.first().map_or("one region", String::as_str)
                ),
            });
        }
    }
    out
}

/// Whether `text` (lowercased) holds `name` as whole words, in any case: "QUEENS DA"
/// and "the Queens District Attorney" name Queens, whether or not a place claim was
/// read there.
fn names_word(text: &str, name: &str) -> bool {
    let name = name.to_lowercase();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(&name)
        .any(|(at, m)| !word(text[..at].chars().next_back()) && !word(text[at + m.len()..].chars().next()))
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
