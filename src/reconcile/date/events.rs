//! Dates by event: each date's event classes, and for each document and class the days
//! it gives that event. (A part of [`super::groups`].)

use super::{Extent, apart, gap, is_day, names_weekday};
use crate::model::Kind;
use crate::reconcile::Ctx;

/// Each item's event classes: its predicate's, and a death's on the same day when the
/// predicate tells a harm to its end ("shot to death").
pub(super) fn classes(ctx: &Ctx, items: &[usize]) -> Vec<Classes> {
    items
        .iter()
        .map(|&i| match crate::reconcile::event::event_class_told(ctx, i) {
            Some((c, ended)) => [Some(c), ended.then_some(DIE)],
            None => [None, None],
        })
        .collect()
}

/// An item's event classes: its predicate's, and a second one it dates as well (a death,
/// for a harm told to its end).
pub(super) type Classes = [Option<&'static str>; 2];

/// The event class of a death ([`crate::lexicon::events::class`] of "died").
const DIE: &str = "die";

/// Dates by event: for each document and event class, the extents its own statements
/// (not quotations) give that event.
pub(super) struct Events<'a> {
    pub(super) class: &'a [Classes],
    /// Each item's extent.
    pub(super) ext: Vec<Extent>,
    /// Whether each item is a single day.
    pub(super) day: Vec<bool>,
    /// Whether each item names a weekday ("Monday"), which places it only by an anchor.
    pub(super) weekday: Vec<bool>,
    /// The story's main event class, when one class leads the most documents (two or more).
    pub(super) main: Option<&'static str>,
    pub(super) docs: Vec<usize>,
    /// Whether each item stands in its document's lead.
    pub(super) lead: Vec<bool>,
    pub(super) by_doc: std::collections::BTreeMap<(usize, &'static str), Vec<Extent>>,
    /// The same, of the leads only: (document, class) -> extents.
    pub(super) by_lead: std::collections::BTreeMap<(usize, &'static str), Vec<Extent>>,
    /// The places each item's sentence names, each as its name and the places enclosing
    /// it, nearest first.
    pub(super) places: Vec<Vec<Vec<String>>>,
    /// Pairs (lower item first) of a day one document gives the main event against the
    /// day other documents give it, where the first document also gives the others' day
    /// ([`super::self_contested`]).
    pub(super) contested: std::collections::BTreeSet<(usize, usize)>,
}

impl<'a> Events<'a> {
    pub(super) fn new(ctx: &Ctx, items: &[usize], ext: &[Extent], class: &'a [Classes], quoted: &[bool]) -> Events<'a> {
        let mut by_doc: std::collections::BTreeMap<(usize, &'static str), Vec<Extent>> = Default::default();
        let mut by_lead: std::collections::BTreeMap<(usize, &'static str), Vec<Extent>> = Default::default();
        for (k, &i) in items.iter().enumerate() {
            if quoted[i] || !is_day(ext[k]) {
                continue;
            }
            for &c in class[k].iter().flatten() {
                by_doc.entry((ctx.claims[i].doc, c)).or_default().push(ext[k]);
                if ctx.in_lead(i) {
                    by_lead.entry((ctx.claims[i].doc, c)).or_default().push(ext[k]);
                }
            }
        }
        let main = crate::reconcile::event::main_event(ctx);
        let mut in_sentence: std::collections::BTreeMap<(usize, usize), Vec<Vec<String>>> = Default::default();
        for i in ctx.of_kind(Kind::Place) {
            let c = &ctx.claims[i];
            if let crate::model::Value::Place(v) = &c.value {
                let chain = std::iter::once(&v.name).chain(&v.within).cloned().collect();
                in_sentence.entry((c.doc, c.sentence.start)).or_default().push(chain);
            }
        }
        let places = items
            .iter()
            .map(|&i| {
                let c = &ctx.claims[i];
                in_sentence.get(&(c.doc, c.sentence.start)).cloned().unwrap_or_default()
            })
            .collect();
        Events {
            places,
            class,
            ext: ext.to_vec(),
            weekday: items.iter().map(|&i| names_weekday(ctx, i)).collect(),
            docs: items.iter().map(|&i| ctx.claims[i].doc).collect(),
            day: ext.iter().map(|&e| is_day(e)).collect(),
            main,
            lead: items.iter().map(|&i| ctx.in_lead(i)).collect(),
            by_doc,
            by_lead,
            contested: Default::default(),
        }
    }

    /// The first class item `p` dates that item `q` dates too.
    pub(super) fn shared(&self, p: usize, q: usize) -> Option<&'static str> {
        self.class[p].iter().flatten().copied().find(|&c| self.has(q, c))
    }

    /// Whether item `k` dates an event of class `c`.
    pub(super) fn has(&self, k: usize, c: &str) -> bool {
        self.class[k].contains(&Some(c))
    }

    /// Whether items `p` and `q` date events of one class in two documents.
    pub(super) fn same_class(&self, p: usize, q: usize) -> bool {
        self.shared(p, q).is_some() && self.docs[p] != self.docs[q]
    }

    /// Whether the sentences of `p` and `q` both name places and none of one's is, holds
    /// or lies in one of the other's: one class of event in two places ("Indiana, which
    /// votes May 3" and "West Virginia, when it votes May 10") is two events.
    pub(super) fn elsewhere(&self, p: usize, q: usize) -> bool {
        let related = |x: &Vec<String>, y: &Vec<String>| x.contains(&y[0]) || y.contains(&x[0]);
        let (a, b) = (&self.places[p], &self.places[q]);
        !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.iter().any(|y| related(x, y)))
    }

    /// Whether `p` and `q` date events of two different classes: two dates of one
    /// sentence share its words, but "charged Thursday in the May 5 stabbing" dates a
    /// charge and a stabbing.
    pub(super) fn other_class(&self, p: usize, q: usize) -> bool {
        self.class[p][0].is_some() && self.class[q][0].is_some() && self.shared(p, q).is_none()
    }

    /// Whether `p` and `q` are days of one event class in two documents (of the story's
    /// main event, or both written out as dates) and no
    /// day either document gives that event fits one of the other's: the two documents
    /// date the event differently. A document that gives the event two days, one of
    /// which fits, may be telling of two events of the class; two leads of the main
    /// event are compared by their leads' days alone.
    pub(super) fn disjoint(&self, p: usize, q: usize) -> bool {
        let Some(c) = self.shared(p, q) else { return false };
        if !self.same_class(p, q) || !self.day[p] || !self.day[q] || self.elsewhere(p, q) {
            return false;
        }
        // Beyond the story's main event, only days the text writes as dates (not
        // "Monday") are compared.
        if self.main != Some(c) && (self.weekday[p] || self.weekday[q]) {
            return false;
        }
        // Two leads telling the main event are compared by what the leads say: a day
        // further down may be of an earlier event of the class.
        let days = if self.main == Some(c) && self.lead[p] && self.lead[q] {
            &self.by_lead
        } else {
            &self.by_doc
        };
        let (Some(a), Some(b)) = (days.get(&(self.docs[p], c)), days.get(&(self.docs[q], c))) else {
            return false;
        };
        // Of the days a document gives the event, the one compared is the nearest to
        // the other's: "a Jan. 22 drive-by" told beside "the Feb. 5 shooting" is not a
        // side against another outlet's "February 8".
        let nearest =
            |own: &[Extent], mine: Extent, other: Extent| own.iter().all(|&z| gap(z, other) >= gap(mine, other));
        a.iter().all(|&x| b.iter().all(|&y| apart(x, y)))
            && nearest(a, self.ext[p], self.ext[q])
            && nearest(b, self.ext[q], self.ext[p])
    }
}
