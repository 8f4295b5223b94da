//! Count groups: same unit and compatible modifiers; compatibility by interval overlap.

use std::collections::{BTreeMap, BTreeSet};

mod others;

use super::{Ctx, UnionFind, context_words, doc_count, group, intersection, jaccard, representatives, same_form};
use crate::model::{ClaimGroup, CountValue, Kind, Status, Value};
use others::{Bases, bases, others_differ, others_number};

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

/// The group of people a count numbers when it is a bare count of one group by age or
/// sex ("two women were killed", "5 women"): the extractor reads such a count as at
/// least that many of the victims (there may be others), but two of them that name the
/// same group count the same people, so their numbers are compared as they stand. A
/// bare count the extractor reads as exact ("5 women died and two others were hurt")
/// names its group as well. `None` for a hedged count ("at least two women"), a part
/// ("two of the women", "two other women") or any other count.
fn subgroup<'a>(ctx: &Ctx<'a>, i: usize) -> Option<&'a str> {
    let v = value(ctx, i);
    let bare = match v.qualifier.as_str() {
        "at_least" => v.high.is_none(),
        "exact" => v.high.is_some() && v.high == v.point,
        _ => false,
    };
    if !bare || v.point.is_none() {
        return None;
    }
    let head = v.noun.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty())?;
    if !crate::lexicon::person::is_demographic(&head.to_lowercase()) || is_partial(ctx, i) {
        return None;
    }
    // The count is written as a bare number before its noun: no hedge word stands first.
    let surface = ctx.surface(i);
    let first = crate::text::lower_word(crate::text::word_slices(&surface).next()?);
    (first.chars().all(|c| c.is_ascii_digit() || c == ',') || crate::lexicon::numbers::cardinal(&first).is_some())
        .then_some(head)
}

/// Whether two counts of one subgroup ([`subgroup`]) give different numbers.
fn subgroup_differs(ctx: &Ctx, a: usize, b: usize) -> bool {
    match (subgroup(ctx, a), subgroup(ctx, b)) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y) && value(ctx, a).point != value(ctx, b).point,
        _ => false,
    }
}

/// Whether two counts allow a common value: their intervals overlap, and they are not
/// two different numbers of one subgroup.
fn fit(ctx: &Ctx, a: usize, b: usize) -> bool {
    overlaps(interval(value(ctx, a)), interval(value(ctx, b))) && !subgroup_differs(ctx, a, b)
}

/// Modifier words that name who or what is counted: number words ("the four
/// victims") are left out, they restate a count rather than name a subject.
fn modifiers(v: &CountValue) -> Vec<String> {
    v.modifiers
        .iter()
        .map(|s| s.to_lowercase())
        .filter(|m| !is_number_word(m) && !m.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// A cardinal ("four", from the lexicon's cardinals) or a word of quantity ("dozen",
/// "several").
fn is_number_word(m: &str) -> bool {
    const QUANTITY: &[&str] = &["both", "several", "many", "few", "some", "all"];
    use crate::lexicon::numbers::{cardinal, scale_word};
    cardinal(m).is_some() || scale_word(m).is_some() || QUANTITY.contains(&m)
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
/// A scope that tells only a time within the event's days ("Sunday", "last week") and
/// one that tells no such time ("near Lacey") qualify a count in two ways, not two
/// things counted: they are compared.
fn scopes_comparable(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let wa = crate::text::content_words(a);
            let wb = crate::text::content_words(b);
            // Content words are lowercase already.
            use crate::lexicon::time::{is_dating_word, is_near_time_word};
            let near = |ws: &[String]| !ws.is_empty() && ws.iter().all(|w| is_near_time_word(w));
            let timeless = |ws: &[String]| !ws.iter().any(|w| is_dating_word(w) || is_near_time_word(w));
            wa.iter().all(|w| wb.contains(w))
                || wb.iter().all(|w| wa.contains(w))
                || (near(&wa) && timeless(&wb))
                || (near(&wb) && timeless(&wa))
        }
        _ => true,
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
    let story = tolls(ctx);
    let tolls = &story.tolls;
    let perpetrators = perpetrator_units(ctx);
    let bases = bases(ctx, &story);
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
        for rep_members in clusters(ctx, &reps, specific, &story) {
            if doc_count(ctx, &rep_members) < 2 && !ctx.spans_sources(&rep_members) {
                continue;
            }
            let (status, explanation) = decide(ctx, &rep_members, specific, tolls, &bases, &perpetrators);
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
fn clusters(ctx: &Ctx, members: &[usize], specific: bool, story: &Story) -> Vec<Vec<usize>> {
    let Story {
        tolls,
        earlier,
        tallies,
    } = story;
    if members.len() < 2 {
        return vec![members.to_vec()];
    }
    // The counts of a specific key that carry its name count one body of people or
    // things; a bare count moved into the key ("55 percent of respondents" beside "68
    // per cent of Greeks") joins them only as any count would.
    let named = |i: usize| specific && !modifier_key(value(ctx, i)).is_empty();
    // Counts of an earlier event, or of a running tally over weeks ("70 people wounded
    // in recent weeks"), are kept from the event's own, whatever words they share.
    let apart = |a: usize, b: usize| {
        earlier.contains(&a) != earlier.contains(&b) || tallies.contains(&a) != tallies.contains(&b)
    };
    let mut uf = UnionFind::new(members.len());
    let names: Vec<usize> = (0..members.len()).filter(|&k| named(members[k])).collect();
    for w in names.windows(2) {
        uf.union(w[0], w[1]);
    }
    link_overlapping(ctx, members, &mut uf);
    let words: Vec<Vec<String>> = members.iter().map(|&i| context_words(ctx, i)).collect();
    let words = super::interned(&words);
    // Pairs already of one cluster are skipped: linking them again changes nothing.
    super::for_each_candidate(&words, |x, y| {
        let (a, b) = (members[x], members[y]);
        // A count of an earlier event is not this event's, whatever words they share.
        if apart(a, b) {
            return;
        }
        if ctx.independent(a, b) && uf.find(x) != uf.find(y) && jaccard(&words[x], &words[y]) >= SAME_CONTEXT {
            uf.union(x, y);
        }
    });
    // Counts of one unit in the leads of two documents of a story report its main
    // event, whatever words surround them.
    // (They must share a word of context: a lead is a document's first lines, and in a
    // short note those may be about anything.)
    let leads: Vec<usize> = (0..members.len()).filter(|&k| ctx.in_lead(members[k])).collect();
    let lead_words: Vec<Vec<String>> = leads.iter().map(|&k| others::lead_words(ctx, members[k])).collect();
    for (n, &x) in leads.iter().enumerate() {
        for (m, &y) in leads.iter().enumerate().skip(n + 1) {
            if ctx.claims[members[x]].doc != ctx.claims[members[y]].doc
                && !apart(members[x], members[y])
                && uf.find(x) != uf.find(y)
                && intersection(&lead_words[n], &lead_words[m]) >= 1
            {
                uf.union(x, y);
            }
        }
    }
    // The tolls of the story's main event in two documents count one thing.
    let toll: Vec<usize> = (0..members.len()).filter(|&k| tolls.contains(&members[k])).collect();
    for w in toll.windows(2) {
        uf.union(w[0], w[1]);
    }
    uf.sets()
        .into_iter()
        .map(|set| set.into_iter().map(|k| members[k]).collect())
        .collect()
}

/// Days before its article's publication past which a date in a count's sentence marks
/// the sentence as background ("in 2019, a gunman killed 12"), not the story's event,
/// when the story's leads date no main event.
const BACKGROUND_DAYS: i64 = 31;

/// The story's tolls: counts that state the whole of what its main event counts. A toll
/// is bounded (not "at least", which a part also is: "two women"), not scoped in time,
/// not a part ("two others", "one of the victims"), not one of two figures of its
/// sentence, said in the outlet's own words (not quoted), in a sentence dated to no
/// earlier event that reports the main event's class ("the rampage, which left seven
/// dead", "the shooting killed three"), or any event in the lead. The main event is the
/// class the leads date, else the class most leads use.
fn tolls(ctx: &Ctx) -> Story {
    let dated = super::event::main_class(ctx);
    let main = super::event::main_event(ctx);
    let quoted = ctx.quoted();
    let range = |i: usize| match &ctx.claims[i].value {
        Value::Date(v) => super::date::calendar_range(v),
        _ => None,
    };
    let dates = ctx.of_kind(Kind::Date);
    // The days the story's leads give its main event, a day either side.
    let event_days = dated.and_then(|m| {
        let days = dates
            .iter()
            .filter(|&&i| !quoted[i] && ctx.in_lead(i) && super::event::event_class(ctx, i) == Some(m))
            .filter_map(|&i| range(i).filter(|(a, b)| a == b).map(|(a, _)| a));
        let (lo, hi) = days.fold(
            (None, None),
            |(lo, hi): (Option<jiff::civil::Date>, Option<jiff::civil::Date>), d| {
                (Some(lo.map_or(d, |l| l.min(d))), Some(hi.map_or(d, |h| h.max(d))))
            },
        );
        Some((lo?.yesterday().ok()?, hi?.tomorrow().ok()?))
    });
    // Sentences (document, start) dated outside the main event: when its days are
    // known, by a date that misses them; else by one well before the article.
    let mut background: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut spans: BTreeSet<(usize, usize)> = BTreeSet::new();
    for &i in &dates {
        let c = &ctx.claims[i];
        if spans_weeks(ctx, i) {
            spans.insert((c.doc, c.sentence.start));
            continue;
        }
        if earlier_period(ctx, i) {
            background.insert((c.doc, c.sentence.start));
            continue;
        }
        let Some((start, end)) = range(i) else { continue };
        // "the deadliest since (the) 1974 ..." measures from the date; it does not date
        // the event.
        let before = ctx.docs[c.doc]
            .text
            .get(c.sentence.start.min(c.span.start)..c.span.start)
            .unwrap_or("");
        let mut back = crate::text::word_slices(before)
            .rev()
            .skip_while(|w| w.eq_ignore_ascii_case("the"));
        if back.next().is_some_and(|w| w.eq_ignore_ascii_case("since")) {
            continue;
        }
        let outside = match event_days {
            Some((lo, hi)) => end < lo || start > hi,
            None => ctx
                .published(c.doc)
                .is_some_and(|p| end.until(p).is_ok_and(|s| i64::from(s.get_days()) > BACKGROUND_DAYS)),
        };
        if outside {
            background.insert((c.doc, c.sentence.start));
        }
    }
    let counts = ctx.of_kind(Kind::Count);
    let counts_in = |sentences: &BTreeSet<(usize, usize)>| -> BTreeSet<usize> {
        counts
            .iter()
            .copied()
            .filter(|&i| sentences.contains(&(ctx.claims[i].doc, ctx.claims[i].sentence.start)))
            .collect()
    };
    let earlier = counts_in(&background);
    let tallies = counts_in(&spans);
    let tolls = counts
        .iter()
        .copied()
        .filter(|&i| {
            let (c, v) = (&ctx.claims[i], value(ctx, i));
            v.high.is_some()
                && v.qualifier != "vague"
                && !v.per_unit
                && v.scope.as_deref().is_none_or(|s| {
                    // A place scopes the story's event ("in Orange County"); a time may
                    // scope a running tally ("this year") instead.
                    !crate::text::word_slices(s).any(|w| {
                        w.chars().any(|c| c.is_ascii_digit()) || crate::lexicon::time::is_dating_word(&w.to_lowercase())
                    })
                })
                && !quoted[i]
                && !background.contains(&(c.doc, c.sentence.start))
                && !tallies.contains(&i)
                && (main.is_some_and(|m| super::event::sentence_reports(ctx, i, m))
                    || (ctx.in_lead(i) && super::event::sentence_reports_any(ctx, i)))
                && !is_partial(ctx, i)
                && !crowded(ctx, i)
                && !object_of_noun(ctx, i)
        })
        .collect();
    Story {
        tolls,
        earlier,
        tallies,
    }
}

/// Whether date claim `i` is a span of weeks or longer ("in recent weeks", "over the
/// past two years"): a count in its sentence tallies across that span, not one event.
fn spans_weeks(ctx: &Ctx, i: usize) -> bool {
    let Value::Date(v) = &ctx.claims[i].value else {
        return false;
    };
    v.timex_type == "DURATION"
        && v.timex
            .as_deref()
            .is_some_and(|t| !t.starts_with("PT") && t.ends_with(['W', 'M', 'Y', 'E']))
}

/// Whether date claim `i` is a period before the article that an undated article could
/// not resolve ("earlier this year", "last month"): its sentence tells an earlier event.
/// (A dated article's periods are placed against the main event's days instead.)
fn earlier_period(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let Value::Date(v) = &c.value else {
        return false;
    };
    let first = crate::text::word_slices(ctx.surface(i).as_ref())
        .next()
        .map(str::to_lowercase);
    v.timex.is_none()
        && v.relative
        && matches!(v.grain.as_str(), "month" | "year" | "season" | "quarter")
        && first.is_some_and(|w| crate::lexicon::time::is_past_word(&w))
}

/// What a story's counts are about, found once per story.
struct Story {
    /// The counts that state the main event's toll ([`tolls`]).
    tolls: BTreeSet<usize>,
    /// The counts in sentences dated to an earlier event.
    earlier: BTreeSet<usize>,
    /// The counts in sentences spanning weeks or more ([`spans_weeks`]).
    tallies: BTreeSet<usize>,
}

/// Whether claim `i` is the object of "of" after a noun that is not an event ("the
/// identities of three victims", "the families of two victims"): those are the ones the
/// sentence speaks of, not the toll ("the deaths of four people", "a total of five").
fn object_of_noun(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    let before = text.get(c.sentence.start.min(c.span.start)..c.span.start).unwrap_or("");
    let mut back = crate::text::word_slices(before).rev();
    let (Some(of), Some(noun)) = (back.next(), back.next()) else {
        return false;
    };
    of.eq_ignore_ascii_case("of")
        && !noun.eq_ignore_ascii_case("total")
        && crate::lexicon::events::class(noun).is_none()
        && noun.chars().all(char::is_alphabetic)
}

/// The units of which the story has a count in a sentence naming a perpetrator or a
/// death by one's own hand ("Gunman Omar Ruiz was killed", "killed three people and then
/// himself"): in those units two tolls one apart may differ only by the perpetrator. A
/// perpetrator named beside a step of the law ("three killed; the suspect was arrested",
/// "the gunman was charged") is alive to face it: that sentence does not put a count of
/// the dead (the class of "dead") among them, unless it tells a death by their own hand
/// too. It still does for the hurt, who may include a perpetrator who was charged.
fn perpetrator_units<'a>(ctx: &Ctx<'a>) -> BTreeSet<&'a str> {
    let mut out = BTreeSet::new();
    for i in ctx.of_kind(Kind::Count) {
        let c = &ctx.claims[i];
        let v = value(ctx, i);
        if out.contains(v.unit.as_str()) {
            continue;
        }
        let text = ctx.docs[c.doc].text.get(c.sentence.start..c.sentence.end).unwrap_or("");
        let lower: Vec<String> = crate::text::word_slices(text).map(str::to_lowercase).collect();
        let named = lower
            .iter()
            .any(|w| crate::lexicon::perpetrators::is_perpetrator_word(w));
        let own_death = lower.iter().any(|w| crate::lexicon::perpetrators::is_own_death_word(w));
        let alive = lower.iter().any(|w| super::event::is_procedure_word(w))
            && crate::lexicon::counts::counted_class("dead") == Some(v.unit.as_str());
        if named && (own_death || !alive) {
            out.insert(v.unit.as_str());
        }
    }
    out
}

/// Joins members whose intervals overlap and that come from independent sources, in
/// O(n log n): a sweep by lower bound keeps the intervals still open, all of which
/// contain the new lower bound and so overlap one another. When the open intervals
/// come from two or more origins (document and source) they are all connected; when
/// from one, none of them is linked to another yet.
fn link_overlapping(ctx: &Ctx, members: &[usize], uf: &mut UnionFind) {
    use std::cmp::Reverse;
    use std::collections::{BinaryHeap, HashMap};
    const EPS: f64 = 1e-9;
    /// An upper bound ordered by `total_cmp`, for the heap.
    #[derive(PartialEq)]
    struct Hi(f64, usize);
    impl Eq for Hi {}
    impl PartialOrd for Hi {
        fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
            Some(self.cmp(o))
        }
    }
    impl Ord for Hi {
        fn cmp(&self, o: &Self) -> std::cmp::Ordering {
            self.0.total_cmp(&o.0).then(self.1.cmp(&o.1))
        }
    }
    let bounds: Vec<(f64, f64)> = members.iter().map(|&i| interval(value(ctx, i))).collect();
    let origin = |k: usize| (ctx.claims[members[k]].doc, ctx.shared.sources[members[k]].as_deref());
    let mut order: Vec<usize> = (0..members.len()).collect();
    order.sort_by(|&x, &y| bounds[x].0.total_cmp(&bounds[y].0).then(x.cmp(&y)));
    let mut open: BinaryHeap<Reverse<Hi>> = BinaryHeap::new();
    let mut origins: HashMap<(usize, Option<&str>), usize> = HashMap::new();
    let mut merged = vec![false; members.len()];
    let (mut merged_open, mut merged_rep) = (0usize, None::<usize>);
    let mut pending: Vec<usize> = Vec::new();
    for x in order {
        let lo = bounds[x].0;
        while let Some(Reverse(Hi(hi, k))) = open.peek() {
            if hi + EPS >= lo {
                break;
            }
            let k = *k;
            open.pop();
            if let Some(n) = origins.get_mut(&origin(k)) {
                *n -= 1;
                if *n == 0 {
                    origins.remove(&origin(k));
                }
            }
            if merged[k] {
                merged_open -= 1;
            }
        }
        if merged_open == 0 {
            merged_rep = None;
        }
        open.push(Reverse(Hi(bounds[x].1, x)));
        *origins.entry(origin(x)).or_default() += 1;
        if origins.len() < 2 {
            pending.push(x);
            continue;
        }
        for p in pending.drain(..) {
            if bounds[p].1 + EPS >= lo {
                uf.union(p, x);
                merged[p] = true;
                merged_open += 1;
            }
        }
        if let Some(r) = merged_rep {
            uf.union(r, x);
        }
        merged[x] = true;
        merged_open += 1;
        merged_rep = Some(x);
    }
}

/// Members that decide a pair the same way: same interval, scope, partial flag,
/// context words and named source. A pair of members of one class never disagrees
/// (their intervals are equal), so pairs of classes are enough.
struct PairClass {
    members: Vec<usize>,
    words: Vec<String>,
    partial: bool,
    /// See [`crowded`].
    crowded: bool,
    /// In its document's lead ([`Ctx::in_lead`]).
    lead: bool,
    /// A toll of the story's main event ([`tolls`]).
    toll: bool,
}

/// Interval bounds (bits), scope, partial flag, context words, named source, crowded.
type ClassKey<'a> = (
    u64,
    u64,
    Option<&'a str>,
    bool,
    Vec<String>,
    bool,
    bool,
    bool,
    usize,
    bool,
    Option<String>,
);

fn pair_classes(ctx: &Ctx, members: &[usize], tolls: &BTreeSet<usize>) -> Vec<PairClass> {
    let mut index: BTreeMap<ClassKey, usize> = BTreeMap::new();
    let mut classes: Vec<PairClass> = Vec::new();
    for &i in members {
        let v = value(ctx, i);
        let (lo, hi) = interval(v);
        let (words, partial) = (context_words(ctx, i), is_partial(ctx, i));
        let named = ctx.claims[i].attribution.is_some();
        let crowded = crowded(ctx, i);
        let lead = ctx.in_lead(i);
        let key = (
            lo.to_bits(),
            hi.to_bits(),
            v.scope.as_deref(),
            partial,
            words,
            named,
            crowded,
            lead,
            // A lead count is compared by its document's other lead counts.
            if lead { ctx.claims[i].doc } else { usize::MAX },
            tolls.contains(&i),
            subgroup(ctx, i).map(str::to_lowercase),
        );
        match index.get(&key) {
            Some(&c) => classes[c].members.push(i),
            None => {
                classes.push(PairClass {
                    members: vec![i],
                    words: key.4.clone(),
                    partial,
                    crowded,
                    lead,
                    toll: key.9,
                });
                index.insert(key, classes.len() - 1);
            }
        }
    }
    classes
}

/// The first pair, one member from each list, from independent sources, in member
/// order.
fn independent_pair(ctx: &Ctx, xs: &[usize], ys: &[usize]) -> Option<(usize, usize)> {
    let pair = |a: usize, b: usize| (a.min(b), a.max(b));
    let a = xs[0];
    if let Some(&b) = ys.iter().find(|&&b| ctx.independent(a, b)) {
        return Some(pair(a, b));
    }
    // Every member of `ys` shares `a`'s origin; another member of `xs` may not.
    let b = ys[0];
    xs.iter().find(|&&a| ctx.independent(a, b)).map(|&a| pair(a, b))
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
    // An exact count of "others" closes a tally ("one dead and three others injured"):
    // the extractor reads it as all of its class.
    part_of || (besides && !matches!(value(ctx, i).qualifier.as_str(), "more_than" | "exact"))
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
            let base = match members.iter().find(|&&i| !modifiers(value(ctx, i)).is_empty()) {
                Some(&i) if !mods.is_empty() => {
                    let shown: Vec<String> = modifiers(value(ctx, i))
                        .iter()
                        .map(|m| super::label::as_written(ctx, i, m))
                        .collect();
                    format!("{} {unit}", shown.join(" "))
                }
                _ => unit.to_string(),
            };
            if per_unit { format!("{base} (per unit)") } else { base }
        };
        group(Kind::Count, subject, members, status, explanation)
    }
}

/// Whether claim `i`'s sentence holds another count in its unit with another value
/// ("a 5% raise for drivers and a 3% raise for mechanics"): each number is of its own
/// noun, so neither is the sentence's one figure for a rival to contradict.
fn crowded(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let v = value(ctx, i);
    let rival = |j: usize| {
        let d = &ctx.claims[j];
        j != i
            && d.kind == Kind::Count
            && d.sentence == c.sentence
            && matches!(&d.value, Value::Count(w) if w.unit == v.unit
                && modifier_key(w) == modifier_key(v)
                && !overlaps(interval(w), interval(v)))
    };
    let same_sentence = |j: usize| {
        ctx.claims[j].doc == c.doc
            && ctx.claims[j].span.start >= c.sentence.start
            && ctx.claims[j].span.start < c.sentence.end
    };
    (0..i).rev().take_while(|&j| same_sentence(j)).any(rival)
        || (i + 1..ctx.claims.len()).take_while(|&j| same_sentence(j)).any(rival)
}

/// Whether the documents of `a` and `b` count differently in their leads: no count of
/// the group in one lead fits one in the other's. A lead that also gives a fitting
/// figure may be counting two things (a list of earlier tolls above the story's own).
fn leads_disagree(leads: &BTreeMap<usize, Vec<(f64, f64)>>, ctx: &Ctx, a: usize, b: usize) -> bool {
    let (da, db) = (ctx.claims[a].doc, ctx.claims[b].doc);
    if da == db {
        return false;
    }
    let (Some(la), Some(lb)) = (leads.get(&da), leads.get(&db)) else {
        return false;
    };
    la.iter().all(|&x| lb.iter().all(|&y| !overlaps(x, y)))
}

/// The intervals of the members that `keep` selects, by document (those in their
/// document's lead; the story's tolls).
fn intervals_by_doc(ctx: &Ctx, members: &[usize], keep: impl Fn(usize) -> bool) -> BTreeMap<usize, Vec<(f64, f64)>> {
    let mut out: BTreeMap<usize, Vec<(f64, f64)>> = BTreeMap::new();
    for &i in members.iter().filter(|&&i| keep(i)) {
        out.entry(ctx.claims[i].doc).or_default().push(interval(value(ctx, i)));
    }
    out
}

/// A count in an article published more than this many days after another, and
/// higher than the other's, updates it (a toll rises as the injured die) rather than
/// contradicts it.
const UPDATE_DAYS: i64 = 7;

/// Whether one of `a`, `b` was published [`UPDATE_DAYS`] or more after the other and
/// counts more.
fn rose_later(ctx: &Ctx, a: usize, b: usize, others: bool) -> bool {
    let Some(days) = ctx.signed_days_apart(a, b) else {
        return false;
    };
    let (ia, ib) = if others || subgroup_differs(ctx, a, b) {
        let n = |i: usize| value(ctx, i).point.unwrap_or_default();
        ((n(a), n(a)), (n(b), n(b)))
    } else {
        (interval(value(ctx, a)), interval(value(ctx, b)))
    };
    (days > UPDATE_DAYS && ib.0 > ia.1) || (days < -UPDATE_DAYS && ia.0 > ib.1)
}

/// Whether two members number one subgroup ([`subgroup`]) differently.
fn subgroups_differ(ctx: &Ctx, members: &[usize]) -> bool {
    let mut first: BTreeMap<String, u64> = BTreeMap::new();
    members.iter().any(|&i| {
        let (Some(who), Some(n)) = (subgroup(ctx, i), value(ctx, i).point) else {
            return false;
        };
        *first.entry(who.to_lowercase()).or_insert(n.to_bits()) != n.to_bits()
    })
}

/// The one line of a count conflict between `a` and `b`: both sides with their source
/// and place, and why they cannot both be true.
fn conflict_explanation(ctx: &Ctx, a: usize, b: usize, others: bool) -> String {
    let by_subgroup = subgroup_differs(ctx, a, b);
    let side = |i: usize| {
        let v = value(ctx, i);
        let amount = match subgroup(ctx, i) {
            _ if others && others_number(ctx, i).is_some() => format!("{} others", v.point.unwrap_or_default()),
            Some(who) if by_subgroup => format!("{} {who}", v.point.unwrap_or_default()),
            _ => v.amount(),
        };
        format!("{amount} ({}; {})", ctx.source(i), ctx.loc(i))
    };
    let unit = &value(ctx, a).unit;
    let why = match subgroup(ctx, a) {
        _ if others && others_number(ctx, a).is_some() && others_number(ctx, b).is_some() => {
            format!("both count the {unit} as others beside the same figures of the event, and differ")
        }
        _ if others => format!(
            "the others are all the {unit} (none counted before them), beside the same figures of the event, and differ"
        ),
        Some(who) if by_subgroup => format!("one group of people ({}) counted differently", who.to_lowercase()),
        _ => "the ranges do not overlap".to_string(),
    };
    format!("{} vs {}: {why}", side(a), side(b))
}

/// The scopes of two counts as an unresolved explanation shows them (" (\"in Brooklyn\"
/// vs \"\")"), or nothing when neither has one.
fn scopes_shown(ctx: &Ctx, a: usize, b: usize) -> String {
    let (sa, sb) = (
        value(ctx, a).scope.clone().unwrap_or_default(),
        value(ctx, b).scope.clone().unwrap_or_default(),
    );
    if sa.is_empty() && sb.is_empty() {
        String::new()
    } else {
        format!(" (\"{sa}\" vs \"{sb}\")")
    }
}

fn decide(
    ctx: &Ctx,
    members: &[usize],
    specific: bool,
    tolls: &BTreeSet<usize>,
    bases: &Bases,
    perpetrators: &BTreeSet<&str>,
) -> (Status, String) {
    let mut hard: Option<(usize, usize, bool)> = None;
    let mut soft: Option<(usize, usize, &'static str)> = None;
    let (lo, hi) = members
        .iter()
        .map(|&i| interval(value(ctx, i)))
        .fold((f64::MIN, f64::MAX), |(lo, hi), (l, h)| (lo.max(l), hi.min(h)));
    // When every interval shares a point no pair disagrees; otherwise only members that
    // differ in what decides a pair are compared.
    if lo > hi + 1e-9 || subgroups_differ(ctx, members) || others::split(ctx, bases, members) {
        let classes = pair_classes(ctx, members, tolls);
        let leads = intervals_by_doc(ctx, members, |i| ctx.in_lead(i));
        let toll_sets = intervals_by_doc(ctx, members, |i| tolls.contains(&i));
        let named = |i: usize| ctx.claims[i].attribution.is_some() as u8;
        let best_named = members.iter().map(|&i| named(i)).sum::<u8>().min(2);
        'pairs: for (x, cx) in classes.iter().enumerate() {
            for cy in &classes[x + 1..] {
                let (va, vb) = (value(ctx, cx.members[0]), value(ctx, cy.members[0]));
                let Some((a, b)) = independent_pair(ctx, &cx.members, &cy.members) else {
                    continue;
                };
                // Counts of others decide the pair where the numbers as read would not:
                // they fit, or one counts only part.
                let others = others_differ(ctx, bases, a, b) && (fit(ctx, a, b) || cx.partial || cy.partial);
                if fit(ctx, cx.members[0], cy.members[0]) && !others {
                    continue;
                }
                if !scopes_comparable(va.scope.as_deref(), vb.scope.as_deref()) {
                    soft.get_or_insert((a, b, "different scopes"));
                    continue;
                }
                if cx.crowded || cy.crowded {
                    soft.get_or_insert((a, b, "a sentence counts two things in one unit"));
                    continue;
                }
                if rose_later(ctx, a, b, others) {
                    soft.get_or_insert((
                        a,
                        b,
                        "the later article, a week or more on, gives the higher count: an update",
                    ));
                    continue;
                }
                if (cx.partial || cy.partial) && !others {
                    soft.get_or_insert((a, b, "one counts only part (\"others\", \"more\")"));
                    continue;
                }
                let (ia, ib) = (interval(va), interval(vb));
                if perpetrators.contains(va.unit.as_str()) && (ia.0 - ib.1).abs().min((ib.0 - ia.1).abs()) <= 1.0 + 1e-9
                {
                    soft.get_or_insert((
                        a,
                        b,
                        "one apart where the perpetrator is counted too: one may include them",
                    ));
                    continue;
                }
                let main_event = (cx.lead
                    && cy.lead
                    && intersection(&cx.words, &cy.words) >= 1
                    && leads_disagree(&leads, ctx, a, b))
                    || (cx.toll && cy.toll && (cx.lead || cy.lead) && leads_disagree(&toll_sets, ctx, a, b));
                // A name among the modifiers ("two Detroit children") does not make two
                // numbers of a group of people one count: their sentences must say so.
                let specific = specific
                    && !modifier_key(va).is_empty()
                    && !modifier_key(vb).is_empty()
                    && !subgroup_differs(ctx, a, b);
                if !specific && !main_event && !others && jaccard(&cx.words, &cy.words) < SAME_CONTEXT {
                    soft.get_or_insert((a, b, "the sentences may count different things"));
                    continue;
                }
                let better = match hard {
                    None => true,
                    // Prefer a pair whose sides both name a source.
                    Some((p, q, _)) => named(a) + named(b) > named(p) + named(q),
                };
                if better {
                    hard = Some((a, b, others));
                    if named(a) + named(b) == best_named {
                        break 'pairs;
                    }
                }
            }
        }
    }
    let side = |i: usize| format!("{} ({}; {})", value(ctx, i).amount(), ctx.source(i), ctx.loc(i));
    if let Some((a, b, others)) = hard {
        return (Status::Conflict, conflict_explanation(ctx, a, b, others));
    }
    if let Some((a, b, why)) = soft {
        let scopes = scopes_shown(ctx, a, b);
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
                value(ctx, members[0]).amount(),
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
            .fold(f64::INFINITY, f64::min);
        // Counts open upwards ("at least 12", "12 others") all allow any value from the
        // highest of their floors.
        let shared = CountValue {
            low: Some(lo),
            high: (hi.is_finite()).then_some(hi),
            qualifier: if !hi.is_finite() {
                "at_least".into()
            } else if lo == hi {
                "exact".into()
            } else {
                "range".into()
            },
            point: (lo == hi || !hi.is_finite()).then_some(lo),
            ..CountValue::default()
        }
        .amount();
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

/// The count reconciler, as registered in [`super::reconciler`].
pub(crate) struct Counts;

impl super::Reconciler for Counts {
    fn groups(&self, ctx: &Ctx) -> Vec<ClaimGroup> {
        groups(ctx)
    }

    fn sides(&self, ctx: &Ctx, members: &[usize]) -> (Vec<crate::model::Side>, Vec<usize>) {
        // Counts that differ as counts of others ([`others_differ`]) stand on different
        // sides: their documents count beside the same toll.
        let bases = if members.iter().any(|&i| others_number(ctx, i).is_some()) {
            bases(ctx, &tolls(ctx))
        } else {
            Bases::default()
        };
        let others_apart = |a: usize, b: usize| others_differ(ctx, &bases, a, b);
        let agree = |a: usize, b: usize| fit(ctx, a, b) && !others_apart(a, b);
        // A subgroup's number makes a side when another member numbers the same group
        // differently ("5 women" against "two women").
        // The group's other counts ("six people") then fit either side.
        let split = |i: usize| members.iter().any(|&j| subgroup_differs(ctx, i, j));
        let by_subgroup = members.iter().any(|&i| split(i));
        let loose = |i: usize| value(ctx, i).qualifier != "exact";
        let by_others = |i: usize| {
            members
                .iter()
                .any(|&j| others_apart(i, j) && (fit(ctx, i, j) || loose(i) || loose(j)))
        };
        let precise = |i: usize| {
            let v = value(ctx, i);
            if by_subgroup {
                split(i)
            } else {
                by_others(i) || (v.low.is_some() && v.high.is_some() && v.qualifier != "vague")
            }
        };
        let label = |i: usize| {
            let v = value(ctx, i);
            if by_others(i) && others_number(ctx, i).is_some() {
                return format!("{} others {}", v.point.unwrap_or_default(), v.unit);
            }
            match subgroup(ctx, i).filter(|_| split(i)) {
                Some(who) => format!("{} {} {}", v.point.unwrap_or_default(), who.to_lowercase(), v.unit),
                None => format!("{} {}", v.amount(), v.unit),
            }
        };
        super::sides(ctx, members, agree, precise, label)
    }
}

#[cfg(test)]
mod tests;
