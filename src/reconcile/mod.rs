//! Reconciliation: claims in, groups out.
//!
//! A group is a set of claims of one kind about one subject, drawn from at least two
//! documents or two attributed sources. Each kind has its own notion of "same subject"
//! (count: unit and modifiers; date: the dated event's sentence; place: the region a
//! place belongs to; quote: the speaker and the words) and of compatibility (interval
//! overlap, calendar containment, place containment, word overlap). Every group gets a
//! status and a one-line explanation that cites `path:line:column`.

mod event;
mod label;
pub mod signature;
pub mod story;

use rayon::prelude::*;

use crate::model::{Claim, ClaimGroup, Document, Kind, Status};
use crate::text::LineIndex;

/// Group claims about the same thing and decide each group's status, taking all the
/// documents as one story. Groups come out sorted by (kind, subject, first claim).
pub fn reconcile(docs: &[Document], claims: &[Claim]) -> Vec<ClaimGroup> {
    let one = story::Story {
        docs: (0..docs.len()).collect(),
        title: String::new(),
    };
    reconcile_dated(docs, claims, &[], &[], std::slice::from_ref(&one))
}

/// [`reconcile`] story by story ([`story::stories`]), knowing each document's
/// publication date (by document index; a missing entry is an unknown date) and
/// whether that date is only a guess (`guessed`: a weekday fitting a date of another
/// document; a missing entry is not a guess). Claims of two stories are never compared. Groups come out sorted by (story, kind, subject,
/// first claim).
pub fn reconcile_dated(
    docs: &[Document],
    claims: &[Claim],
    published: &[Option<jiff::civil::Date>],
    guessed: &[bool],
    stories: &[story::Story],
) -> Vec<ClaimGroup> {
    let shared = Shared::new(docs, claims, published, guessed);
    let mut story_of = vec![0; docs.len()];
    for (s, st) in stories.iter().enumerate() {
        for &d in &st.docs {
            if let Some(x) = story_of.get_mut(d) {
                *x = s;
            }
        }
    }
    let mut scopes: Vec<Vec<usize>> = vec![Vec::new(); stories.len().max(1)];
    for (i, c) in claims.iter().enumerate() {
        scopes[story_of.get(c.doc).copied().unwrap_or(0)].push(i);
    }
    // Stories and kinds are independent: reconcile them in parallel.
    let jobs: Vec<(usize, Kind)> = (0..scopes.len())
        .filter(|&s| !scopes[s].is_empty())
        .flat_map(|s| Kind::ALL.iter().map(move |&k| (s, k)))
        .collect();
    let per_job: Vec<Vec<ClaimGroup>> = jobs
        .par_iter()
        .map(|&(s, k)| {
            let ctx = Ctx {
                docs,
                claims,
                shared: &shared,
                scope: &scopes[s],
            };
            let rec = reconciler(k);
            let mut gs = rec.groups(&ctx);
            for g in &mut gs {
                g.story = s;
                g.claims.sort_unstable();
                g.claims.dedup();
                if g.status == Status::Conflict {
                    (g.sides, g.compatible) = rec.sides(&ctx, &g.claims);
                }
            }
            // The same claims are reported once: the most severe of their groups stays.
            gs.sort_by(|a, b| {
                (a.kind, &a.claims, std::cmp::Reverse(a.status)).cmp(&(b.kind, &b.claims, std::cmp::Reverse(b.status)))
            });
            gs.dedup_by(|later, first| later.kind == first.kind && later.claims == first.claims);
            gs
        })
        .collect();
    let mut groups: Vec<ClaimGroup> = per_job.into_iter().flatten().collect();
    groups.sort_by(|a, b| (a.story, a.kind, &a.subject, &a.claims).cmp(&(b.story, b.kind, &b.subject, &b.claims)));
    groups
}

/// One kind's reconciler: the claims of its kind in, groups with a status out.
pub(crate) trait Reconciler: Sync {
    /// The groups of this kind's claims (`ctx.of_kind`).
    fn groups(&self, ctx: &Ctx) -> Vec<ClaimGroup>;

    /// The sides of a conflict group of this kind, and its claims that fit every side.
    fn sides(&self, ctx: &Ctx, members: &[usize]) -> (Vec<crate::model::Side>, Vec<usize>);
}

/// Each kind's module (`count`, `date`, ...) and the registry [`reconciler`], from the
/// list of kinds in `model`.
macro_rules! reconcilers {
    ($($(#[$doc:meta])* $kind:ident => $module:ident :: $imp:ident($value:ident),)*) => {
        $(mod $module;)*

        /// The registry: the reconciler of each kind (`<module>::<type>` as listed in
        /// `model`'s `for_each_kind!`). A new [`Kind`] fails to compile here until its
        /// module has one.
        fn reconciler(kind: Kind) -> &'static dyn Reconciler {
            match kind {
                $(Kind::$kind => &$module::$imp,)*
            }
        }
    };
}
crate::model::for_each_kind!(reconcilers);

/// Look-ups computed once per run, shared by every story's reconcilers.
struct Shared {
    lines: Vec<LineIndex>,
    /// Normalized attribution of each claim.
    sources: Vec<Option<String>>,
    /// Each document's publication date, where known.
    published: Vec<Option<jiff::civil::Date>>,
    /// Whether each document's publication date is only a guess.
    guessed: Vec<bool>,
    /// Whether each claim stands inside a direct quotation of its own document.
    quoted: Vec<bool>,
    /// Where each document's lead ends ([`story::lead_end`]).
    lead_end: Vec<usize>,
}

impl Shared {
    fn new(docs: &[Document], claims: &[Claim], published: &[Option<jiff::civil::Date>], guessed: &[bool]) -> Shared {
        Shared {
            lines: docs.par_iter().map(|d| LineIndex::new(&d.text)).collect(),
            sources: claims
                .par_iter()
                .map(|c| normalize_source(c.attribution.as_deref()))
                .collect(),
            published: (0..docs.len()).map(|i| published.get(i).copied().flatten()).collect(),
            guessed: (0..docs.len())
                .map(|i| guessed.get(i).copied().unwrap_or(false))
                .collect(),
            quoted: quoted(claims),
            lead_end: docs.par_iter().map(story::lead_end).collect(),
        }
    }
}

/// For each claim, whether it stands inside a direct quotation (a quote claim that is a
/// statement, not a scare quote) of its own document.
fn quoted(claims: &[Claim]) -> Vec<bool> {
    let mut quotes: Vec<(usize, usize, usize)> = claims
        .iter()
        .filter(|c| matches!(&c.value, crate::model::Value::Quote(q) if !q.term))
        .map(|c| (c.doc, c.span.start, c.span.end))
        .collect();
    quotes.sort_unstable();
    claims
        .iter()
        .map(|c| {
            if c.kind == Kind::Quote {
                return false;
            }
            let i = quotes.partition_point(|q| (q.0, q.1) <= (c.doc, c.span.start));
            quotes[..i]
                .iter()
                .rev()
                .take_while(|q| q.0 == c.doc)
                .any(|q| q.1 <= c.span.start && c.span.end <= q.2)
        })
        .collect()
}

/// Shared look-ups for the per-kind reconcilers, seeing the claims of one story.
pub(crate) struct Ctx<'a> {
    pub docs: &'a [Document],
    pub claims: &'a [Claim],
    shared: &'a Shared,
    /// The claims of the story being reconciled, ascending.
    pub scope: &'a [usize],
}

impl<'a> Ctx<'a> {
    /// A context over all of `claims` as one story, for unit tests (its look-ups are
    /// leaked: a test ends soon).
    #[cfg(test)]
    pub(crate) fn new(docs: &'a [Document], claims: &'a [Claim]) -> Ctx<'a> {
        let shared: &'a Shared = Box::leak(Box::new(Shared::new(docs, claims, &[], &[])));
        let scope: &'a [usize] = Box::leak((0..claims.len()).collect::<Vec<usize>>().into_boxed_slice());
        Ctx {
            docs,
            claims,
            shared,
            scope,
        }
    }

    /// Days from the publication of claim `a`'s document to that of `b`'s (negative
    /// when `b`'s came first), when both are known.
    pub fn signed_days_apart(&self, a: usize, b: usize) -> Option<i64> {
        let date = |i: usize| self.shared.published.get(self.claims[i].doc).copied().flatten();
        let (x, y) = (date(a)?, date(b)?);
        Some(i64::from(x.until(y).ok()?.get_days()))
    }

    /// For each claim (by index), whether it stands inside a direct quotation of its own
    /// document.
    pub fn quoted(&self) -> &'a [bool] {
        &self.shared.quoted
    }

    /// Whether a claim stands in its document's lead (title aside, the first prose
    /// lines), where a story's documents report its main event.
    pub fn in_lead(&self, i: usize) -> bool {
        let c = &self.claims[i];
        c.span.start < self.shared.lead_end[c.doc]
    }

    /// Where a document's lead ends ([`story::lead_end`]).
    pub fn lead_end(&self, doc: usize) -> usize {
        self.shared.lead_end[doc]
    }

    /// Whether a document's publication date is only a guess (a weekday fitting a date
    /// of another document), which dates nothing well enough to contradict.
    pub fn guessed(&self, doc: usize) -> bool {
        self.shared.guessed.get(doc).copied().unwrap_or(false)
    }

    /// The publication date of a document, where known.
    pub fn published(&self, doc: usize) -> Option<jiff::civil::Date> {
        self.shared.published.get(doc).copied().flatten()
    }

    /// Indices of the claims of one kind.
    pub fn of_kind(&self, kind: Kind) -> Vec<usize> {
        self.scope
            .iter()
            .copied()
            .filter(|&i| self.claims[i].kind == kind)
            .collect()
    }

    /// `path:line:column` of a claim.
    pub fn loc(&self, i: usize) -> String {
        let c = &self.claims[i];
        let d = &self.docs[c.doc];
        let (l, col) = self.shared.lines[c.doc].line_col(&d.text, c.span.start);
        format!("{}:{}:{}", d.path, l, col)
    }

    /// The claim's surface text, whitespace squashed.
    pub fn surface(&self, i: usize) -> String {
        let c = &self.claims[i];
        crate::text::squash(c.text(&self.docs[c.doc]))
    }

    /// Who stands behind a claim: its attribution, else the outlet (document).
    pub fn source(&self, i: usize) -> String {
        let c = &self.claims[i];
        match &c.attribution {
            Some(a) => a.clone(),
            None => self.outlet(c.doc),
        }
    }

    /// The outlet of a document: its `source` metadata, else its id.
    pub fn outlet(&self, doc: usize) -> String {
        let d = &self.docs[doc];
        d.meta.source.clone().unwrap_or_else(|| d.id.clone())
    }

    /// Whether two claims come from different documents or different attributed sources.
    pub fn independent(&self, a: usize, b: usize) -> bool {
        self.claims[a].doc != self.claims[b].doc || self.shared.sources[a] != self.shared.sources[b]
    }

    /// Whether a set of claims spans two documents or two attributed sources.
    pub fn spans_sources(&self, members: &[usize]) -> bool {
        let Some(&first) = members.first() else { return false };
        members.iter().any(|&b| self.independent(first, b))
    }
}

fn normalize_source(s: Option<&str>) -> Option<String> {
    s.map(|s| crate::text::words(s).join(" "))
}

/// Collapse claims that say the same thing in the same place: same document, same
/// source and the same `signature`. Returns representatives (first of each class) and,
/// for each representative, every claim it stands for. Pairwise work then scales with
/// distinct statements, not with repetitions (a page that repeats one line 400,000
/// times costs one comparison).
pub(crate) fn representatives<K: Ord>(
    ctx: &Ctx,
    members: &[usize],
    signature: impl Fn(usize) -> K,
) -> (Vec<usize>, std::collections::BTreeMap<usize, Vec<usize>>) {
    let mut classes: std::collections::BTreeMap<(usize, Option<String>, K), usize> = Default::default();
    let mut expand: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    let mut reps = Vec::new();
    for &i in members {
        let key = (ctx.claims[i].doc, ctx.shared.sources[i].clone(), signature(i));
        let rep = *classes.entry(key).or_insert_with(|| {
            reps.push(i);
            i
        });
        expand.entry(rep).or_default().push(i);
    }
    (reps, expand)
}

/// A context word shared by more claims than this links none of them: it is too common
/// to say two claims are about the same thing, and comparing all its pairs would make
/// reconciliation quadratic. Rarer shared words still link them.
pub(crate) const MAX_POSTING: usize = 256;

/// Pairs `(p, q)`, `p < q`, of items that share at least one word of `words` (each list
/// sorted and deduplicated), each pair once, in order. Words shared by more than
/// [`MAX_POSTING`] items are ignored, so the work stays near-linear.
pub(crate) fn candidate_pairs(words: &[Vec<String>]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for_each_candidate(&interned(words), |p, q| pairs.push((p, q)));
    pairs
}

/// Sorted, deduplicated word lists as word ids: a word's id is its rank among all the
/// words of the lists, so each list of ids is sorted as its words are, and two lists
/// share as many ids as words (counts and [`jaccard`] alike), compared as integers.
pub(crate) fn interned(words: &[Vec<String>]) -> Vec<Vec<u32>> {
    let mut vocab: Vec<&str> = words.iter().flatten().map(String::as_str).collect();
    vocab.sort_unstable();
    vocab.dedup();
    let id = |w: &String| vocab.binary_search(&w.as_str()).map_or(0, |k| k as u32);
    words.iter().map(|ws| ws.iter().map(id).collect()).collect()
}

/// [`candidate_pairs`] of lists of word ids ([`interned`]), handed to `f` one by one in
/// the same order, `(p, q)` ascending, without collecting them: each item's later
/// partners are read off the postings of its words, once each.
pub(crate) fn for_each_candidate(ids: &[Vec<u32>], mut f: impl FnMut(usize, usize)) {
    let words = ids.iter().flatten().map(|&w| w as usize + 1).max().unwrap_or(0);
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); words];
    for (k, ws) in ids.iter().enumerate() {
        for &w in ws {
            postings[w as usize].push(k as u32);
        }
    }
    let mut seen = vec![u32::MAX; ids.len()];
    let mut partners: Vec<u32> = Vec::new();
    for (p, ws) in ids.iter().enumerate() {
        for &w in ws {
            let posting = &postings[w as usize];
            if posting.len() > MAX_POSTING {
                continue;
            }
            let later = posting.partition_point(|&q| q as usize <= p);
            for &q in &posting[later..] {
                if seen[q as usize] != p as u32 {
                    seen[q as usize] = p as u32;
                    partners.push(q);
                }
            }
        }
        partners.sort_unstable();
        for q in partners.drain(..) {
            f(p, q as usize);
        }
    }
}

/// Disjoint-set forest over `n` items.
pub(crate) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller root wins, so results do not depend on union order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }

    /// The sets, each sorted, in order of their smallest member.
    pub fn sets(&mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for i in 0..n {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}

/// Context words of a claim's sentence: content words minus the claim's own words,
/// digits, month and weekday names. Used to tell whether two claims are about the same
/// event.
pub(crate) fn context_words(ctx: &Ctx, i: usize) -> Vec<String> {
    window_words(ctx, i, usize::MAX)
}

/// Like [`context_words`], but only the `n` content words on each side of the claim
/// within its sentence: a sentence that dates two events ("stated today that troops
/// were recorded on Wednesday") gives each date its own neighbourhood.
pub(crate) fn window_words(ctx: &Ctx, i: usize, n: usize) -> Vec<String> {
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    let sent = c.sentence;
    let (s0, s1) = (sent.start.min(c.span.start), sent.end.max(c.span.end));
    let left = text.get(s0..c.span.start).unwrap_or("");
    let right = text.get(c.span.end..s1).unwrap_or("");
    let keep = |w: &String| !w.chars().all(|c| c.is_ascii_digit()) && !crate::lexicon::time::is_dating_word(w);
    // Lazily from the claim outwards, so that a long sentence with many claims
    // costs each claim only its window.
    let mut v: Vec<String> = crate::text::content_word_iter(left)
        .rev()
        .filter(keep)
        .take(n)
        .collect();
    v.extend(crate::text::content_word_iter(right).filter(keep).take(n));
    v.sort();
    v.dedup();
    v
}

/// Jaccard similarity of two sorted, deduplicated word lists.
pub(crate) fn jaccard<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    jaccard_of(intersection(a, b), a.len(), b.len())
}

/// [`jaccard`] of two lists of `a` and `b` words that share `inter`, when that is known.
pub(crate) fn jaccard_of(inter: usize, a: usize, b: usize) -> f64 {
    if a == 0 || b == 0 {
        return 0.0;
    }
    inter as f64 / (a + b - inter) as f64
}

/// Size of the intersection of two sorted, deduplicated lists.
pub(crate) use crate::text::shared_sorted as intersection;

/// Whether all members have the same surface form (case and spacing aside).
pub(crate) fn same_form(ctx: &Ctx, members: &[usize]) -> bool {
    let first = ctx.surface(members[0]).to_lowercase();
    members.iter().all(|&i| ctx.surface(i).to_lowercase() == first)
}

/// The first three of a list, joined, and how many more there are: `"a", "b", "c" and
/// 2 more`.
pub(crate) fn first_three(mut items: Vec<String>) -> String {
    let more = match items.len() {
        n if n > 3 => format!(" and {} more", n - 3),
        _ => String::new(),
    };
    items.truncate(3);
    format!("{}{more}", items.join(", "))
}

/// Count distinct documents among members.
pub(crate) fn doc_count(ctx: &Ctx, members: &[usize]) -> usize {
    let mut d: Vec<usize> = members.iter().map(|&i| ctx.claims[i].doc).collect();
    d.sort_unstable();
    d.dedup();
    d.len()
}

/// Build a group.
pub(crate) fn group(
    kind: Kind,
    subject: String,
    claims: Vec<usize>,
    status: Status,
    explanation: String,
) -> ClaimGroup {
    ClaimGroup {
        story: 0,
        kind,
        subject,
        claims,
        status,
        explanation,
        sides: Vec::new(),
        compatible: Vec::new(),
    }
}

/// What a conflict's sides are made of, for one kind: whether two claims say the same
/// (`agree`: their values overlap), whether a claim is precise enough to make a side
/// (`precise`: not "at least 3,000" or "thousands"), and its value as people read it
/// (`label`).
pub(crate) fn sides(
    ctx: &Ctx,
    members: &[usize],
    agree: impl Fn(usize, usize) -> bool,
    precise: impl Fn(usize) -> bool,
    label: impl Fn(usize) -> String,
) -> (Vec<crate::model::Side>, Vec<usize>) {
    // Claims that read alike are decided once (a page repeating one line costs one).
    let mut alike: std::collections::BTreeMap<(bool, String), Vec<usize>> = Default::default();
    for &i in members {
        alike.entry((precise(i), label(i))).or_default().push(i);
    }
    let reps: Vec<(usize, bool)> = alike.iter().map(|((p, _), v)| (v[0], *p)).collect();
    let exact: Vec<usize> = reps.iter().filter(|r| r.1).map(|r| r.0).collect();
    let mut uf = UnionFind::new(exact.len());
    for x in 0..exact.len() {
        for y in x + 1..exact.len() {
            if agree(exact[x], exact[y]) {
                uf.union(x, y);
            }
        }
    }
    let mut sets: Vec<Vec<usize>> = uf
        .sets()
        .into_iter()
        .map(|s| s.into_iter().map(|k| exact[k]).collect())
        .collect();
    let mut compatible = Vec::new();
    for &(i, _) in reps.iter().filter(|r| !r.1) {
        let fits: Vec<usize> = (0..sets.len())
            .filter(|&s| sets[s].iter().any(|&j| agree(i, j)))
            .collect();
        if sets.len() > 1 && fits.len() == sets.len() {
            compatible.push(i);
        } else if fits.len() == 1 {
            sets[fits[0]].push(i);
        }
    }
    let expand = |reps_of: &[usize]| -> Vec<usize> {
        let mut v: Vec<usize> = reps_of
            .iter()
            .flat_map(|&r| {
                let key = (precise(r), label(r));
                alike.get(&key).cloned().unwrap_or_default()
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let sets: Vec<Vec<usize>> = sets.iter().map(|s| expand(s)).collect();
    let compatible = expand(&compatible);
    let mut out: Vec<crate::model::Side> = sets
        .into_iter()
        .map(|claims| {
            let mut seen = std::collections::BTreeSet::new();
            let mut sources: Vec<String> = Vec::new();
            for &i in &claims {
                let s = ctx.source(i);
                if seen.insert(s.clone()) {
                    sources.push(s);
                }
            }
            let shown = claims.iter().copied().find(|&i| precise(i)).unwrap_or(claims[0]);
            crate::model::Side {
                value: label(shown),
                claims,
                sources,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (b.sources.len(), b.claims.len())
            .cmp(&(a.sources.len(), a.claims.len()))
            .then(a.claims.cmp(&b.claims))
    });
    (out, compatible)
}

#[cfg(test)]
mod tests;
