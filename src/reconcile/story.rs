//! Stories: the documents that tell one news event, found before any claim is compared.
//!
//! A folder rarely holds one story. Each document is reduced to a bag of stemmed terms
//! (title and body, stop words, numbers and calendar words left out), each weighted by
//! how rare it is in the run (smoothed inverse document frequency) and doubled when the
//! text writes it capitalised inside a sentence (a name: "Kursk", "Malagon", "Akin").
//! Two documents are linked when the cosine of their bags reaches [`LINK`] (raised when
//! their publication dates lie far apart); a story is a set of linked documents, grown
//! strongest link first, where a document joins a story only if it resembles the story
//! as a whole ([`JOIN`] against the story's centroid), so that a chain of look-alike
//! documents (three shootings in one city) does not become one story.
//!
//! Claims are compared only inside a story, so two stories never share a group, and a
//! story's groups do not depend on what else is in the folder.

use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::model::{Claim, Document, Value};

/// Cosine similarity at which two documents are linked.
pub(crate) const LINK: f64 = 0.3;

/// Documents assumed besides the run when weighting a term by its rarity, none of them
/// using it: in a run of three documents about one story, the story's words still weigh
/// more than the ones each document has alone, instead of being discounted as common.
const BACKGROUND: f64 = 50.0;

/// Similarity to a story's centroid at which a document left alone joins that story.
pub(crate) const ATTACH: f64 = 0.15;

/// Similarity at which a document still joins its closest match.
pub(crate) const FLOOR: f64 = 0.2;

/// Cosine similarity to a story's centroid at which a document (or another story) joins it.
pub(crate) const JOIN: f64 = 0.15;

/// Cosine similarity of two stories' wholes (their summed vectors) at which they merge
/// although no two of their documents link: a folder of one event told by many outlets
/// splits into parts that each share their own wording, and the parts of one event are
/// far more alike as wholes than any two of their documents (raised by the date gap as
/// links are, and never across days that date two events: [`merge_alike`]).
pub(crate) const MERGE: f64 = 0.34;

/// Terms of a document that propose candidate pairs: its most telling ones.
const TOP_TERMS: usize = 40;

/// A term held among the top terms of more documents than this proposes no pairs (it is
/// common enough that rarer shared terms do the job).
const MAX_POSTING: usize = 2_000;

/// Partners a document proposes for scoring at most: those sharing the most weight of
/// top terms with it. The similarity is computed for at most this many pairs a
/// document, which keeps the work linear in the run; a folder of real articles needs
/// far fewer (the pairs that link stories on the development data rank within the
/// first 53 of either document).
const CANDIDATES: usize = 128;

/// One story: its documents (indices, ascending) and a title for people.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// Document indices, ascending.
    pub docs: Vec<usize>,
    /// The first document's title, else its first line.
    pub title: String,
}

/// A document's weighted terms, sorted by term id, L2-normalised.
type Vector = Vec<(u32, f32)>;

/// The stories of a run, in order of their first document. Every document is in exactly
/// one story; `published` (by document index) holds the known publication dates.
pub fn stories(docs: &[Document], claims: &[Claim], published: &[Option<jiff::civil::Date>]) -> Vec<Story> {
    if docs.is_empty() {
        return Vec::new();
    }
    // A line that several documents print word for word (a site's menu, its sign-up
    // blurb, a list of related headlines) belongs to a page, not to a story.
    // Each document's prose lines, read once.
    let lines: Vec<Vec<(u64, &str)>> = docs.par_iter().map(|d| prose_lines(d).collect()).collect();
    let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
    for doc_lines in &lines {
        let mut keys: Vec<u64> = doc_lines.iter().map(|&(k, _)| k).collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let furniture = |k: u64| seen.get(&k).is_some_and(|&n| n >= FURNITURE_DOCS);
    let mut bags: Vec<FxHashMap<Arc<str>, (f32, bool)>> = docs
        .par_iter()
        .zip(&lines)
        .map(|(d, l)| bag(d, l, &furniture))
        .collect();
    // What the claims pin down: the days and the places a document speaks of. Shared,
    // they say two documents tell one event; they never keep two documents apart, since
    // a disagreement about a date is what the run exists to find.
    for c in claims {
        let term = match &c.value {
            Value::Date(v) if v.grain == "day" => v.timex.as_deref().map(|t| format!("\u{1}{t}")),
            Value::Place(v) => Some(format!("\u{1}{}", v.name.to_lowercase())),
            _ => None,
        };
        if let (Some(t), Some(b)) = (term, bags.get_mut(c.doc)) {
            let e = b.entry(t.into()).or_insert((0.0, true));
            e.0 += 1.0;
        }
    }
    // Term ids in sorted term order, so that results do not depend on hashing: the
    // documents holding each term counted by hash, then the terms sorted.
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for b in &bags {
        for t in b.keys() {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut df: Vec<(&str, u32)> = counts.into_iter().collect();
    df.par_sort_unstable_by(|x, y| x.0.cmp(y.0));
    let ids: FxHashMap<&str, (u32, f32)> = df
        .iter()
        .enumerate()
        .map(|(k, &(t, n))| {
            let idf = ((docs.len() as f64 + BACKGROUND) / f64::from(n)).ln() as f32;
            (t, (k as u32, idf))
        })
        .collect();
    let vectors: Vec<Vector> = bags
        .par_iter()
        .map(|b| {
            let mut v: Vector = b
                .iter()
                .map(|(t, &(tf, cap))| {
                    let (id, idf) = ids[&**t];
                    let w = (1.0 + tf.max(1.0).ln()) * idf * if cap { NAME_WEIGHT } else { 1.0 };
                    (id, w)
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            normalise(&mut v);
            v
        })
        .collect();
    // The days each document's dates name: a time of day too when it names its day ("about
    // 4:30 p.m. June 8"), not a bare clock time, whose day is only inferred.
    let names_day = |c: &Claim| {
        docs.get(c.doc).is_some_and(|d| {
            c.text(d).split(|ch: char| !ch.is_alphabetic()).any(|w| {
                let w = w.to_lowercase();
                crate::lexicon::calendar::month(&w).is_some() || crate::lexicon::calendar::is_weekday_name(&w)
            })
        })
    };
    let mut days: Vec<Vec<jiff::civil::Date>> = vec![Vec::new(); docs.len()];
    for c in claims {
        if let Value::Date(v) = &c.value
            && (v.grain == "day" || (v.grain == "time" && names_day(c)))
            && let Some(d) = v
                .timex
                .as_deref()
                .and_then(|t| t.get(..10))
                .and_then(|t| t.parse().ok())
            && let Some(list) = days.get_mut(c.doc)
        {
            list.push(d);
        }
    }
    for d in &mut days {
        d.sort_unstable();
        d.dedup();
    }
    let date = |d: usize| published.get(d).copied().flatten();
    let need = |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        needed(date(a), date(b), || near_days(&days[a], &days[b]))
    };
    let post = Postings::new(&vectors);
    let cand = candidates(&post);
    let pairs = scored_pairs(&cand, &vectors, &need);
    let sets = cluster(&vectors, &pairs, &post, &need);
    let sets = merge_alike(sets, &vectors, &cand, &days, &date);
    sets.into_iter()
        .map(|docs_of| Story {
            title: title(&docs[docs_of[0]]),
            docs: docs_of,
        })
        .collect()
}

/// Prose lines after the title that make up a document's lead.
const LEAD_LINES: usize = 3;

/// How much more a word of the title or the lead counts than one further down.
const LEAD_WEIGHT: f32 = 3.0;

/// How much more a word the text capitalises mid-sentence (a name) counts.
const NAME_WEIGHT: f32 = 2.0;

/// A line printed word for word by this many documents is page furniture.
const FURNITURE_DOCS: u32 = 3;

/// The lines of a document's body that read as prose (at least 12 words, or 6 ending a
/// sentence): menus, bylines, captions and lists of related headlines are left out. Each
/// with a hash of its words, to find lines several pages print.
fn prose_lines(doc: &Document) -> impl Iterator<Item = (u64, &str)> {
    let body = doc.text.get(doc.body_start..).unwrap_or(&doc.text);
    body.lines().filter_map(|line| {
        let line = line.trim();
        let n = crate::text::word_slices(line).count();
        let ends = line.ends_with(['.', '!', '?', '"', '”', '’']);
        if n >= 12 || (n >= 6 && ends) {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            for w in crate::text::word_slices(line) {
                w.hash(&mut h);
            }
            Some((h.finish(), line))
        } else {
            None
        }
    })
}

/// The byte offset where a document's lead ends: the end of its [`LEAD_LINES`]th prose
/// line (the whole text when it has fewer). A story's documents tell its main event
/// there.
pub(crate) fn lead_end(doc: &Document) -> usize {
    let base = doc.text.as_ptr() as usize;
    prose_lines(doc)
        .nth(LEAD_LINES - 1)
        .map_or(doc.text.len(), |(_, line)| line.as_ptr() as usize - base + line.len())
}

/// Stemmed terms of a document's title and prose lines (but for furniture) with their
/// counts, and whether the text capitalises them mid-sentence.
fn bag(doc: &Document, lines: &[(u64, &str)], furniture: &dyn Fn(u64) -> bool) -> FxHashMap<Arc<str>, (f32, bool)> {
    let mut out: FxHashMap<Arc<str>, (f32, bool)> = FxHashMap::default();
    for (n, text) in story_lines(doc, lines.iter().copied(), furniture).enumerate() {
        // The title and the lead tell the event; later paragraphs drift into background
        // that related stories share.
        let weight = if n <= LEAD_LINES { LEAD_WEIGHT } else { 1.0 };
        for (stem, cap) in terms(text) {
            let e = out.entry(stem).or_insert((0.0, false));
            e.0 += weight;
            e.1 |= cap;
        }
    }
    out
}

/// The terms a document's story signature is made of ([`super::signature`]), from the
/// document alone: the stemmed terms of its title, every term it capitalises
/// mid-sentence (the names), and the places its claims name. Names and places are the
/// rare terms [`stories`] weighs most; the common words of a lead (killed, fire,
/// council) are left out, since without the rarity weights, which only a whole run
/// knows, they make unrelated reports of one kind of event look alike.
pub(crate) fn key_terms(doc: &Document, claims: &[Claim]) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for (n, text) in story_lines(doc, prose_lines(doc), &|_| false).enumerate() {
        for (stem, cap) in terms(text) {
            if n == 0 || cap {
                out.insert(stem.to_string());
            }
        }
    }
    for c in claims {
        if let Value::Place(v) = &c.value {
            out.insert(format!("\u{1}{}", v.name.to_lowercase()));
        }
    }
    out
}

/// A document's title, then its prose `lines` ([`prose_lines`]) but for furniture.
fn story_lines<'a>(
    doc: &'a Document,
    lines: impl Iterator<Item = (u64, &'a str)> + 'a,
    furniture: &'a dyn Fn(u64) -> bool,
) -> impl Iterator<Item = &'a str> + 'a {
    let title = doc.meta.title.as_deref().unwrap_or("");
    let lines = lines.filter(|&(k, _)| !furniture(k)).map(|(_, l)| l);
    std::iter::once(title).chain(lines)
}

/// The stem a word counts by among the terms a story is told by: none for short
/// words, numbers, stop words and calendar words.
pub(crate) fn term(w: &str) -> Option<String> {
    shared_term(w).map(|t| t.to_string())
}

/// [`term`], shared with the thread's memo: a word's term is worked out once and then
/// handed out without copying it, word after word of every document.
fn shared_term(w: &str) -> Option<Arc<str>> {
    if w.len() < 3 || w.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    crate::text::memo(&TERMS, w, |w| term_of(w).map(Into::into))
}

thread_local! {
    /// The term of each word a thread has seen ([`term`]).
    static TERMS: crate::text::Memo<Option<Arc<str>>> = Default::default();
}

/// [`term`] of a word of three or more letters without digits, uncached.
fn term_of(w: &str) -> Option<String> {
    let lower = crate::text::lower_word(w);
    if crate::text::is_stop(&lower) || crate::lexicon::time::is_dating_word(&lower) {
        return None;
    }
    Some(crate::lexicon::events::stem(lower.trim_end_matches("'s")))
}

/// The stemmed terms of `text` a story is told by ([`term`]), each with whether the
/// text capitalises it mid-sentence.
fn terms(text: &str) -> impl Iterator<Item = (Arc<str>, bool)> + '_ {
    crate::text::word_slices(text).filter_map(move |w| {
        let stem = shared_term(w)?;
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        let cap = w.chars().next().is_some_and(char::is_uppercase) && mid_sentence(text, at);
        Some((stem, cap))
    })
}

/// Whether the word at `at` stands inside a sentence (not after a sentence end, a line
/// break or an opening quote), so that its capital marks a name.
fn mid_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    match before.chars().next_back() {
        None => false,
        Some(c) => !matches!(
            c,
            '.' | '!' | '?' | '\n' | '\r' | '"' | '“' | '‘' | ':' | '(' | '—' | '-' | '|'
        ),
    }
}

fn normalise(v: &mut Vector) {
    let norm = v.iter().map(|e| f64::from(e.1).powi(2)).sum::<f64>().sqrt();
    if norm > 0.0 {
        for e in v.iter_mut() {
            e.1 = (f64::from(e.1) / norm) as f32;
        }
    }
}

/// The number of term ids the vectors use: one more than the largest.
fn term_count(vectors: &[Vector]) -> usize {
    vectors
        .iter()
        .flat_map(|v| v.last().map(|e| e.0 as usize + 1))
        .max()
        .unwrap_or(0)
}

/// The cosine of a vector spread over a dense row (zero where it has no weight) and
/// another: the same products added in the same order (ascending term id), the terms
/// the row lacks adding nothing.
fn row_cosine(row: &[f64], b: &[(u32, f32)]) -> f64 {
    let mut dot = 0.0f64;
    for &(t, w) in b {
        let x = row[t as usize];
        if x != 0.0 {
            dot += x * f64::from(w);
        }
    }
    dot
}

/// Whether two documents name days within [`NEAR_DAYS`] of each other (`a` and `b`
/// sorted): a follow-up naming "the May 31 shooting" of the first report. Near, not
/// equal: two outlets that disagree on the day still tell one story, and that
/// disagreement is what the run exists to find. (A month named without its day is no
/// such sign: background months, "in January", join unrelated stories.)
fn near_days(a: &[jiff::civil::Date], b: &[jiff::civil::Date]) -> bool {
    a.iter().any(|&x| {
        let from = x.checked_sub(jiff::Span::new().days(NEAR_DAYS)).unwrap_or(x);
        let i = b.partition_point(|&y| y < from);
        b.get(i)
            .is_some_and(|&y| x.until(y).is_ok_and(|s| i64::from(s.get_days()).abs() <= NEAR_DAYS))
    })
}

/// How far apart, in days, two named days may lie and still date one event ([`near_days`]).
const NEAR_DAYS: i64 = 7;

/// The similarity two documents need, given their publication dates: [`LINK`], raised
/// by 0.1 for each doubling of a gap beyond two weeks (a story months later must say
/// more of the same to be the same story), unless they date their events alike
/// ([`near_days`], asked only when the gap is beyond two weeks).
fn needed(a: Option<jiff::civil::Date>, b: Option<jiff::civil::Date>, near: impl FnOnce() -> bool) -> f64 {
    let gap = match (a, b) {
        (Some(a), Some(b)) => a.until(b).map(|s| i64::from(s.get_days()).abs()).unwrap_or(0),
        _ => 0,
    };
    if gap <= 14 || near() {
        LINK
    } else {
        LINK + 0.1 * (gap as f64 / 14.0).log2()
    }
}

/// Each document's top terms ([`TOP_TERMS`]) that propose candidates (those held among
/// the top terms of at most [`MAX_POSTING`] documents), and for each term the documents
/// holding it among their top terms, with its weight there.
struct Postings {
    /// By document: (term, weight), heaviest first.
    tops: Vec<Vec<(u32, f32)>>,
    /// By term id: (document, weight), documents ascending; empty for a term too common.
    lists: Vec<Vec<(u32, f32)>>,
}

impl Postings {
    fn new(vectors: &[Vector]) -> Postings {
        let terms = term_count(vectors);
        let tops: Vec<Vec<(u32, f32)>> = vectors
            .par_iter()
            .map(|v| {
                let mut top = v.clone();
                top.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                top.truncate(TOP_TERMS);
                top
            })
            .collect();
        let mut lists: Vec<Vec<(u32, f32)>> = vec![Vec::new(); terms];
        for (d, top) in tops.iter().enumerate() {
            for &(t, w) in top {
                lists[t as usize].push((d as u32, w));
            }
        }
        for l in &mut lists {
            if l.len() > MAX_POSTING {
                *l = Vec::new();
            }
        }
        let tops = tops
            .into_iter()
            .map(|top| top.into_iter().filter(|e| !lists[e.0 as usize].is_empty()).collect())
            .collect();
        Postings { tops, lists }
    }

    /// The documents sharing a proposing top term with `x` (`x` itself left out), once
    /// or more each.
    fn sharing(&self, x: usize) -> impl Iterator<Item = usize> + '_ {
        self.tops[x]
            .iter()
            .flat_map(|e| self.lists[e.0 as usize].iter().map(|&(y, _)| y as usize))
            .filter(move |&y| y != x)
    }
}

/// Candidate pairs (a, b), a < b, ascending: each document's [`CANDIDATES`] strongest
/// partners among the documents sharing one of its proposing top terms, by the weight
/// of their shared top terms (the sum of the products of their two weights); all of
/// them when there are no more. A pair is a candidate when either document proposes it.
fn candidates(post: &Postings) -> Vec<(usize, usize)> {
    let n = post.tops.len();
    let per_doc: Vec<Vec<usize>> = (0..n)
        .into_par_iter()
        .with_min_len(64)
        .map_init(
            || (vec![0.0f64; n], vec![false; n], Vec::new()),
            |(acc, seen, touched), x| {
                for &(t, wx) in &post.tops[x] {
                    for &(y, wy) in &post.lists[t as usize] {
                        let y = y as usize;
                        if y == x {
                            continue;
                        }
                        if !seen[y] {
                            seen[y] = true;
                            touched.push(y);
                        }
                        acc[y] += f64::from(wx) * f64::from(wy);
                    }
                }
                let mut found: Vec<(f64, usize)> = touched.iter().map(|&y| (acc[y], y)).collect();
                for &y in touched.iter() {
                    acc[y] = 0.0;
                    seen[y] = false;
                }
                touched.clear();
                if found.len() > CANDIDATES {
                    let strongest = |a: &(f64, usize), b: &(f64, usize)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
                    found.select_nth_unstable_by(CANDIDATES - 1, strongest);
                    found.truncate(CANDIDATES);
                }
                // A new list, not the touched list's allocation reused in place: that
                // holds every document touched, thousands, for each of the run's documents.
                found.iter().map(|&(_, y)| y).collect()
            },
        )
        .collect();
    let mut cand: Vec<(usize, usize)> = per_doc
        .iter()
        .enumerate()
        .flat_map(|(x, ys)| ys.iter().map(move |&y| (x.min(y), x.max(y))))
        .collect();
    cand.par_sort_unstable();
    cand.dedup();
    cand
}

/// Candidate pairs ([`candidates`]) that reach the needed similarity, strongest first,
/// with each document's closest match.
fn scored_pairs(
    cand: &[(usize, usize)],
    vectors: &[Vector],
    need: &(dyn Fn(usize, usize) -> f64 + Sync),
) -> Vec<(f64, usize, usize)> {
    let terms = term_count(vectors);
    // The pairs come sorted by their first document: each first document's weights are
    // spread once over a dense row, and every partner's cosine read off it.
    let all: Vec<(f64, f64, usize, usize)> = cand
        .chunk_by(|x, y| x.0 == y.0)
        .collect::<Vec<_>>()
        .par_iter()
        .map_init(
            || vec![0.0f64; terms],
            |row, group| {
                let a = group[0].0;
                for &(t, w) in &vectors[a] {
                    row[t as usize] = f64::from(w);
                }
                let out: Vec<(f64, f64, usize, usize)> = group
                    .iter()
                    .map(|&(_, b)| (row_cosine(row, &vectors[b]), need(a, b), a, b))
                    .collect();
                for &(t, _) in &vectors[a] {
                    row[t as usize] = 0.0;
                }
                out
            },
        )
        .flatten()
        .collect();
    // Each document's closest match, if it clears the floor: a document with only
    // weak links still joins the story it resembles most.
    let mut best: Vec<Option<(f64, usize)>> = vec![None; vectors.len()];
    for &(s, need, a, b) in &all {
        if s - need + LINK < FLOOR {
            continue;
        }
        for (x, y) in [(a, b), (b, a)] {
            if best[x].is_none_or(|(bs, by)| s > bs || (s == bs && y < by)) {
                best[x] = Some((s, y));
            }
        }
    }
    let mut scored: Vec<(f64, usize, usize)> = all
        .iter()
        .filter(|&&(s, need, a, b)| {
            s >= need || best[a].is_some_and(|(_, y)| y == b) || best[b].is_some_and(|(_, y)| y == a)
        })
        .map(|&(s, _, a, b)| (s, a, b))
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    scored
}

/// Grow stories from the links, strongest first: two stories merge when the link's
/// documents are linked and each story resembles the other's centroid.
fn cluster(
    vectors: &[Vector],
    pairs: &[(f64, usize, usize)],
    post: &Postings,
    need: &dyn Fn(usize, usize) -> f64,
) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let mut story: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|d| vec![d]).collect();
    let mut sums: Vec<FxHashMap<u32, f64>> = vectors
        .iter()
        .map(|v| v.iter().map(|&(t, w)| (t, f64::from(w))).collect())
        .collect();
    // Each story's norm, recomputed only when the story changes.
    let mut norms: Vec<f64> = sums.iter().map(norm).collect();
    for &(_, a, b) in pairs {
        let (sa, sb) = (story[a], story[b]);
        if sa == sb {
            continue;
        }
        if centroid_cosine(&sums[sa], norms[sa], &sums[sb], norms[sb]) < JOIN {
            continue;
        }
        join(sa, sb, &mut story, &mut members, &mut sums, &mut norms);
    }
    // A document left alone joins the story whose whole it resembles most, when that
    // resemblance clears [`ATTACH`] (raised by the date gap as links are): a short
    // report shares few words with any one document but many with their sum. Stories
    // are taken as they stand after the links, so the order of documents does not matter.
    // The stories in reach are those of the documents sharing a proposing top term with
    // the lone document (all of them, not only its candidates), each at the lowest
    // raise its documents' dates ask for.
    let attach = ATTACH;
    let mut moves: Vec<(usize, usize)> = Vec::new();
    // A document sharing several terms with the lone one is weighed once: the postings
    // of common terms name thousands of documents, most of them many times over.
    let mut seen = vec![false; n];
    let mut sharing: Vec<usize> = Vec::new();
    // The stories of two or more documents by term, with their summed weight of it: a
    // lone document's products with every story are added along the postings of its
    // own terms, in the order its terms come, as [`centroid_cosine`] adds them when the
    // lone document is the smaller of the two.
    let mut by_term: Vec<Vec<(u32, f64)>> = vec![Vec::new(); term_count(vectors)];
    for (s, m) in sums.iter().enumerate().filter(|&(s, _)| members[s].len() > 1) {
        for (&t, &w) in m {
            by_term[t as usize].push((s as u32, w));
        }
    }
    let mut dots = vec![0.0f64; n];
    for d in (0..n).filter(|&d| members[story[d]].len() == 1) {
        sharing.extend(post.sharing(d).filter(|&y| members[story[y]].len() > 1));
        sharing.retain(|&y| !std::mem::replace(&mut seen[y], true));
        for &y in &sharing {
            seen[y] = false;
        }
        let mut cands: Vec<(usize, f64)> = sharing.drain(..).map(|y| (story[y], need(d, y) - LINK)).collect();
        if cands.is_empty() {
            continue;
        }
        cands.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(x.1.total_cmp(&y.1)));
        cands.dedup_by_key(|e| e.0);
        let mine: FxHashMap<u32, f64> = vectors[d].iter().map(|&(t, w)| (t, f64::from(w))).collect();
        let mine_norm = norm(&mine);
        for (&t, &w) in &mine {
            for &(s, v) in &by_term[t as usize] {
                dots[s as usize] += w * v;
            }
        }
        let mut best: Option<(f64, usize)> = None;
        for &(s, extra) in &cands {
            let c = if mine.len() <= sums[s].len() {
                cosine(dots[s], mine_norm, norms[s])
            } else {
                centroid_cosine(&mine, mine_norm, &sums[s], norms[s])
            };
            if c >= attach + extra && best.is_none_or(|(bc, bs)| c > bc || (c == bc && s < bs)) {
                best = Some((c, s));
            }
        }
        for &t in mine.keys() {
            for &(s, _) in &by_term[t as usize] {
                dots[s as usize] = 0.0;
            }
        }
        if let Some((_, s)) = best {
            moves.push((d, s));
        }
    }
    for (d, s) in moves {
        let from = story[d];
        members[from].retain(|&x| x != d);
        members[s].push(d);
        story[d] = s;
    }
    sorted_sets(members)
}

/// Stories alike as wholes merge ([`MERGE`]), strongest first: those holding the two
/// documents of a candidate pair, when the cosine of their summed vectors reaches
/// [`MERGE`], raised as a link is by the gap between their closest publication dates
/// unless they name near days, and never when both name days and none of one is near
/// one of the other's (two incidents of one kind in one town). Each merge is checked
/// against the stories as they stand then.
fn merge_alike(
    sets: Vec<Vec<usize>>,
    vectors: &[Vector],
    cand: &[(usize, usize)],
    days: &[Vec<jiff::civil::Date>],
    date: &dyn Fn(usize) -> Option<jiff::civil::Date>,
) -> Vec<Vec<usize>> {
    let mut story = vec![0usize; vectors.len()];
    for (s, m) in sets.iter().enumerate() {
        for &d in m {
            story[d] = s;
        }
    }
    let mut members = sets;
    let sum = |m: &[usize]| {
        let mut acc: FxHashMap<u32, f64> = FxHashMap::default();
        for &d in m {
            for &(t, w) in &vectors[d] {
                *acc.entry(t).or_default() += f64::from(w);
            }
        }
        acc
    };
    let mut sums: Vec<FxHashMap<u32, f64>> = members.iter().map(|m| sum(m)).collect();
    let mut norms: Vec<f64> = sums.iter().map(norm).collect();
    let mut pairs: Vec<(usize, usize)> = cand
        .iter()
        .map(|&(a, b)| (story[a], story[b]))
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.min(y), x.max(y)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut scored: Vec<(f64, usize, usize)> = pairs
        .into_iter()
        .map(|(x, y)| (centroid_cosine(&sums[x], norms[x], &sums[y], norms[y]), x, y))
        .filter(|&(c, _, _)| c >= MERGE)
        .collect();
    if scored.is_empty() {
        return members;
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    // Stories by a document of theirs, which stays in the story its merges make.
    let firsts: Vec<usize> = members.iter().map(|m| m[0]).collect();
    let story_days = |m: &[usize]| {
        let mut v: Vec<jiff::civil::Date> = m.iter().flat_map(|&d| days[d].iter().copied()).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    for (_, x, y) in scored {
        let (sa, sb) = (story[firsts[x]], story[firsts[y]]);
        if sa == sb {
            continue;
        }
        let (da, db) = (story_days(&members[sa]), story_days(&members[sb]));
        let near = near_days(&da, &db);
        if !da.is_empty() && !db.is_empty() && !near {
            continue;
        }
        let closest = closest_dates(&members[sa], &members[sb], date);
        let raise = needed(closest.map(|c| c.0), closest.map(|c| c.1), || near) - LINK;
        if centroid_cosine(&sums[sa], norms[sa], &sums[sb], norms[sb]) < MERGE + raise {
            continue;
        }
        join(sa, sb, &mut story, &mut members, &mut sums, &mut norms);
    }
    sorted_sets(members)
}

/// The publication dates of two stories' documents that lie closest together; `None`
/// when a document of either has none (its gap is unknown, and raises nothing).
fn closest_dates(
    a: &[usize],
    b: &[usize],
    date: &dyn Fn(usize) -> Option<jiff::civil::Date>,
) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    let dates = |m: &[usize]| -> Option<Vec<jiff::civil::Date>> {
        let mut v = m.iter().map(|&d| date(d)).collect::<Option<Vec<_>>>()?;
        v.sort_unstable();
        Some(v)
    };
    let (da, db) = (dates(a)?, dates(b)?);
    let gap =
        |x: jiff::civil::Date, y: jiff::civil::Date| x.until(y).map(|s| i64::from(s.get_days()).abs()).unwrap_or(0);
    let mut best: Option<(i64, jiff::civil::Date, jiff::civil::Date)> = None;
    for &x in &da {
        let i = db.partition_point(|&y| y < x);
        for y in [i.checked_sub(1).and_then(|j| db.get(j)), db.get(i)]
            .into_iter()
            .flatten()
        {
            let g = gap(x, *y);
            if best.is_none_or(|b| g < b.0) {
                best = Some((g, x, *y));
            }
        }
    }
    best.map(|(_, x, y)| (x, y))
}

/// Merges stories `sa` and `sb` into the lower of the two: its documents, their story
/// index, the summed vector and its norm.
fn join(
    sa: usize,
    sb: usize,
    story: &mut [usize],
    members: &mut [Vec<usize>],
    sums: &mut [FxHashMap<u32, f64>],
    norms: &mut [f64],
) {
    let (keep, gone) = (sa.min(sb), sa.max(sb));
    let moved = std::mem::take(&mut members[gone]);
    for &d in &moved {
        story[d] = keep;
    }
    members[keep].extend(moved);
    let add = std::mem::take(&mut sums[gone]);
    for (t, w) in add {
        *sums[keep].entry(t).or_default() += w;
    }
    norms[keep] = norm(&sums[keep]);
}

/// The stories left (empty ones dropped), each sorted, in order of their first document.
fn sorted_sets(members: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| !m.is_empty()).collect();
    for m in &mut out {
        m.sort_unstable();
    }
    out.sort();
    out
}

/// Cosine of two summed (not normalised) vectors, given their norms ([`norm`]).
fn centroid_cosine(a: &FxHashMap<u32, f64>, norm_a: f64, b: &FxHashMap<u32, f64>, norm_b: f64) -> f64 {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let dot: f64 = small.iter().filter_map(|(t, w)| large.get(t).map(|v| w * v)).sum();
    cosine(dot, norm_a, norm_b)
}

/// Cosine of two vectors, given their dot product and norms.
fn cosine(dot: f64, norm_a: f64, norm_b: f64) -> f64 {
    let d = norm_a * norm_b;
    if d > 0.0 { dot / d } else { 0.0 }
}

/// The norm of a summed vector.
fn norm(m: &FxHashMap<u32, f64>) -> f64 {
    m.values().map(|w| w * w).sum::<f64>().sqrt()
}

/// A story's title for people: the document's title, else its first line of text.
fn title(doc: &Document) -> String {
    if let Some(t) = doc.meta.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        return crate::text::squash(t);
    }
    let body = doc.text.get(doc.body_start..).unwrap_or(&doc.text);
    let line = body.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    let mut t = crate::text::squash(line);
    if t.chars().count() > 100 {
        let cut = t.char_indices().nth(100).map_or(t.len(), |(i, _)| i);
        let cut = t[..cut].rfind(' ').unwrap_or(cut);
        t.truncate(cut);
        t.push('…');
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` documents that all hold term 0 among their top terms, lightly; documents
    /// 2i and 2i + 1 also share a heavy term of their own.
    fn twins(n: usize) -> Vec<Vector> {
        (0..n)
            .map(|d| {
                let mut v: Vector = vec![(0, 0.3), (1 + (d / 2) as u32, 0.9), (100_000 + d as u32, 0.3)];
                normalise(&mut v);
                v
            })
            .collect()
    }

    /// The cosine of two sorted vectors by merging them, as it was computed before
    /// [`row_cosine`].
    fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
        let (mut i, mut j, mut dot) = (0, 0, 0.0f64);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += f64::from(a[i].1) * f64::from(b[j].1);
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }

    #[test]
    fn the_dense_row_gives_the_merged_cosine_bit_for_bit() {
        let vectors = twins(40);
        let mut row = vec![0.0f64; 100_040];
        for a in &vectors {
            for &(t, w) in a {
                row[t as usize] = f64::from(w);
            }
            for b in &vectors {
                assert_eq!(row_cosine(&row, b).to_bits(), cosine(a, b).to_bits());
            }
            for &(t, _) in a {
                row[t as usize] = 0.0;
            }
        }
    }

    #[test]
    fn each_document_proposes_a_bounded_number_of_candidates() {
        let n = 1_000;
        let vectors = twins(n);
        let cand = candidates(&Postings::new(&vectors));
        // Every pair shares term 0: scoring them all would take n (n - 1) / 2 cosines.
        assert!(cand.len() <= n * CANDIDATES, "{} candidates", cand.len());
        assert!(cand.len() < n * (n - 1) / 2);
        // The pairs that matter, sharing the heavy term, are all kept.
        for d in (0..n).step_by(2) {
            assert!(cand.binary_search(&(d, d + 1)).is_ok(), "({d}, {})", d + 1);
        }
        assert!(cand.windows(2).all(|w| w[0] < w[1]) && cand.iter().all(|&(a, b)| a < b));
    }

    #[test]
    fn a_small_run_scores_every_pair_sharing_a_top_term() {
        let n = CANDIDATES + 1;
        let cand = candidates(&Postings::new(&twins(n)));
        assert_eq!(cand.len(), n * (n - 1) / 2);
    }

    #[test]
    fn a_term_too_common_proposes_nothing() {
        let post = Postings::new(&twins(MAX_POSTING + 2));
        assert!(post.lists[0].is_empty());
        assert!(post.tops.iter().all(|t| t.iter().all(|e| e.0 != 0)));
        assert_eq!(post.sharing(0).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn days_a_few_days_apart_date_one_event() {
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        let first = [d("2023-03-08"), d("2023-03-10")];
        assert!(near_days(&first, &[d("2023-03-11")]));
        assert!(near_days(&first, &[d("2023-03-01"), d("2023-07-14")]));
        assert!(!near_days(&first, &[d("2023-02-28"), d("2023-07-14")]));
        assert!(!near_days(&first, &[]));
        // Far apart in publication, near in the days they name: the plain link suffices.
        let (march, july) = (Some(d("2023-03-10")), Some(d("2023-07-14")));
        assert_eq!(needed(march, july, || true), LINK);
        assert!(needed(march, july, || false) > LINK + 0.3);
    }

    /// Checks the merge of stories alike as wholes: two parts of one event, each told by
    /// two documents in words of their own, merge though no document of one resembles
    /// one of the other's enough to link; they do not when they name days that date two
    /// events, nor when a long publication gap raises the bar, nor below [`MERGE`].
    #[test]
    fn stories_alike_as_wholes_merge_unless_their_days_or_dates_part_them() {
        // Terms 0 and 1 are the event's (its place, its kind); each document adds five
        // words of its own, so that no two documents are alike enough to link.
        let doc = |shared: &[u32], own: u32| {
            let mut v: Vector = shared
                .iter()
                .map(|&t| (t, 1.0))
                .chain((0..5).map(|k| (100 + own * 10 + k, 1.0)))
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            normalise(&mut v);
            v
        };
        let vectors = vec![doc(&[0, 1], 0), doc(&[0, 1], 1), doc(&[0, 1], 2), doc(&[0, 1], 3)];
        assert!(cosine(&vectors[0], &vectors[2]) < LINK && cosine(&vectors[0], &vectors[1]) < LINK);
        let whole = |v: &[Vector], a: &[usize]| -> FxHashMap<u32, f64> {
            let mut m = FxHashMap::default();
            for &d in a {
                for &(t, w) in &v[d] {
                    *m.entry(t).or_default() += f64::from(w);
                }
            }
            m
        };
        let (x, y) = (whole(&vectors, &[0, 1]), whole(&vectors, &[2, 3]));
        assert!(centroid_cosine(&x, norm(&x), &y, norm(&y)) >= MERGE);
        let cand = vec![(0, 1), (0, 2), (1, 3), (2, 3)];
        let parts = vec![vec![0, 1], vec![2, 3]];
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        let no_days = vec![Vec::new(); 4];
        let undated = |_: usize| None;
        assert_eq!(
            merge_alike(parts.clone(), &vectors, &cand, &no_days, &undated),
            [vec![0, 1, 2, 3]]
        );
        // Days a few apart may be one event told two ways; days months apart are two.
        let near: Vec<Vec<jiff::civil::Date>> = ["2023-05-02", "2023-05-02", "2023-05-05", "2023-05-05"]
            .iter()
            .map(|s| vec![d(s)])
            .collect();
        assert_eq!(
            merge_alike(parts.clone(), &vectors, &cand, &near, &undated),
            [vec![0, 1, 2, 3]]
        );
        let far: Vec<Vec<jiff::civil::Date>> = ["2023-05-02", "2023-05-02", "2023-09-20", "2023-09-20"]
            .iter()
            .map(|s| vec![d(s)])
            .collect();
        assert_eq!(merge_alike(parts.clone(), &vectors, &cand, &far, &undated), parts);
        // Published a year apart, naming no days: the bar rises past their likeness.
        let published = |i: usize| Some(d(if i < 2 { "2022-01-10" } else { "2023-01-10" }));
        assert_eq!(merge_alike(parts.clone(), &vectors, &cand, &no_days, &published), parts);
        // Parts that share only the event's kind stay apart.
        let other = vec![vectors[0].clone(), vectors[1].clone(), doc(&[1], 2), doc(&[1], 3)];
        let (x, y) = (whole(&other, &[0, 1]), whole(&other, &[2, 3]));
        assert!(centroid_cosine(&x, norm(&x), &y, norm(&y)) < MERGE);
        assert_eq!(merge_alike(parts.clone(), &other, &cand, &no_days, &undated), parts);
    }
}
