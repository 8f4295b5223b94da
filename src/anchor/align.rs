//! Alignment across documents: an undated document takes its anchor from documents
//! that date the same events absolutely ("On Thursday, Putin said" beside "On October
//! 24, Putin said").

use std::collections::BTreeSet;

use jiff::civil::{Date, Weekday};
use rayon::prelude::*;

use super::{Anchor, Confidence, Provenance, parse_iso_prefix, ymd};
use crate::extract::date::Mention;
use crate::model::Document;
use crate::timex::{Expr, Shift, Tense, Unit};

/// Fill in anchors for documents that have none, from documents that date the same
/// events absolutely. `anchors[i]` belongs to `docs[i]`.
///
/// Doc A says "On Thursday, Putin said ..."; doc B says "On October 24, Putin said
/// ...". When the sentences share enough content words and October 24 is a Thursday,
/// A was published on or after October 24 (within the week), and "yesterday"/"today"
/// pin it exactly. Constraints from several such pairs are intersected; a conflict
/// leaves the document unanchored. When B has no anchor either, the year is the first
/// from the latest year the corpus names in which the weekday fits the date.
pub fn align(docs: &[Document], mentions: &[Vec<Mention>], anchors: &mut [Option<Anchor>]) {
    if docs.len() < 2 || anchors.iter().all(Option::is_some) {
        return;
    }
    // Content words of the sentences of the mentions alignment looks at (calendar days
    // anywhere, relative days in unanchored documents), each sentence read once.
    let words = sentence_words(docs, mentions, anchors);
    let days = DayIndex::new(mentions, &words);
    // The latest year any document names, as the floor for year-less alignments.
    let corpus_year = mentions
        .iter()
        .flatten()
        .filter_map(|m| match m.expr {
            Expr::Calendar { year: Some(y), .. } | Expr::Year(y) => Some(y),
            _ => None,
        })
        .max();

    // For each relative mention of an unanchored document, the most similar sentence in
    // another document that names a calendar day.
    let mut pairs = best_pairs(docs.len(), mentions, anchors, &words, &days);
    // Year-less on both sides: the year from the latest year the corpus names in which
    // most weekdays fit their dates.
    let year = pair_year(corpus_year, &pairs, mentions, anchors);
    pairs.sort_by(|x, y| y.sim.total_cmp(&x.sim).then(x.a.cmp(&y.a)).then(x.ia.cmp(&y.ia)));

    let new = from_pairs(docs, mentions, anchors, &pairs, year);
    for (slot, n) in anchors.iter_mut().zip(new) {
        if slot.is_none() {
            *slot = n;
        }
    }
    // Left: documents with only year-less dates. The same month-day in a similar
    // sentence of an anchored document gives the year; the document is dated no earlier.
    let late = year_from_similar(docs, mentions, anchors, &words, &days);
    for (slot, n) in anchors.iter_mut().zip(late) {
        if slot.is_none() {
            *slot = n;
        }
    }
}

/// Content words of each mention's sentence and of the few words around it, for the
/// mentions alignment looks at (empty for the others), as word ids ([`Words`]).
fn sentence_words(
    docs: &[Document],
    mentions: &[Vec<Mention>],
    anchors: &[Option<Anchor>],
) -> Vec<Vec<(Words, Words)>> {
    let text: Vec<Vec<(TextWords, TextWords)>> = docs
        .par_iter()
        .zip(mentions)
        .zip(anchors.par_iter())
        .map(|((d, ms), an)| {
            let mut sentences: std::collections::HashMap<(usize, usize), TextWords> = Default::default();
            ms.iter()
                .map(|m| {
                    if !(is_calendar_day(m) || an.is_none() && relative_rel(m).is_some()) {
                        return Default::default();
                    }
                    let s = sentences
                        .entry((m.sentence.start, m.sentence.end))
                        .or_insert_with(|| sentence_content_words(d, m))
                        .clone();
                    (s, near_words(d, m))
                })
                .collect()
        })
        .collect();
    // Ids in alphabetical order of the words, so that a word list in id order is in
    // the order of its words.
    let mut vocab: Vec<&str> = text
        .iter()
        .flatten()
        .flat_map(|(s, n)| s.iter().chain(n))
        .map(String::as_str)
        .collect();
    vocab.par_sort_unstable();
    vocab.dedup();
    let ids: rustc_hash::FxHashMap<&str, u32> = vocab.iter().enumerate().map(|(i, &w)| (w, i as u32)).collect();
    let intern = |set: &TextWords| -> Words { set.iter().map(|w| ids[w.as_str()]).collect() };
    text.par_iter()
        .map(|ms| ms.iter().map(|(s, n)| (intern(s), intern(n))).collect())
        .collect()
}

/// A relative mention of an unanchored document (`a`, `ia`) and the calendar day of
/// another document (`b`, `ib`) whose sentence is most like its own.
struct Pair {
    a: usize,
    ia: usize,
    b: usize,
    ib: usize,
    rel: Rel,
    sim: f64,
}

/// For each relative mention of an unanchored document, the most similar sentence in
/// another document that names a calendar day.
fn best_pairs(
    n_docs: usize,
    mentions: &[Vec<Mention>],
    anchors: &[Option<Anchor>],
    words: &[Vec<(Words, Words)>],
    days: &DayIndex,
) -> Vec<Pair> {
    (0..n_docs)
        .into_par_iter()
        .filter(|&a| anchors[a].is_none())
        .flat_map_iter(|a| {
            let mut pairs: Vec<Pair> = Vec::new();
            // Repeated statements (same words, same relative date) find the same match.
            let mut seen: std::collections::HashMap<(&Words, &Words, Rel), Option<Best>> = Default::default();
            for (ia, ma) in mentions[a].iter().enumerate() {
                let Some(rel) = relative_rel(ma) else { continue };
                if let Some(found) = seen.get(&(&words[a][ia].0, &words[a][ia].1, rel)) {
                    if let Some((sim, b, ib)) = *found {
                        pairs.push(Pair { a, ia, b, ib, rel, sim });
                    }
                    continue;
                }
                let mut best: Option<(f64, usize, usize)> = None;
                for (b, ib) in days.candidates(&words[a][ia].0) {
                    if b == a {
                        continue;
                    }
                    let (wa, wb) = (&words[a][ia], &words[b][ib]);
                    let sim = similarity(&wa.0, &wb.0);
                    if sim < MIN_SIMILARITY {
                        continue;
                    }
                    // Near words decide between two dates in one sentence.
                    let near =
                        crate::text::shared_sorted(&wa.1, &wb.1) as f64 / wa.1.len().min(wb.1.len()).max(1) as f64;
                    let sim = sim + near;
                    if best.is_none_or(|x| sim > x.0) {
                        best = Some((sim, b, ib));
                    }
                }
                seen.insert((&words[a][ia].0, &words[a][ia].1, rel), best);
                if let Some((sim, b, ib)) = best {
                    pairs.push(Pair { a, ia, b, ib, rel, sim });
                }
            }
            pairs
        })
        .collect()
}

/// Year-less on both sides: the year from the latest year the corpus names in which
/// most weekdays fit their dates.
fn pair_year(
    corpus_year: Option<i32>,
    pairs: &[Pair],
    mentions: &[Vec<Mention>],
    anchors: &[Option<Anchor>],
) -> Option<i32> {
    corpus_year.and_then(|y0| {
        (y0..=y0 + 7)
            .map(|y| {
                let fits = pairs
                    .iter()
                    .filter(|p| {
                        let Rel::Weekday(wd, _) = p.rel else { return false };
                        let Expr::Calendar {
                            year: None,
                            month: Some(mo),
                            day: Some(dd),
                            ..
                        } = mentions[p.b][p.ib].expr
                        else {
                            return false;
                        };
                        anchors[p.b].is_none() && ymd(y, mo, dd).is_some_and(|d| d.weekday() == wd)
                    })
                    .count();
                (fits, -y, y)
            })
            .max()
            .filter(|x| x.0 > 0)
            .map(|x| x.2)
    })
}

/// Anchors from the pairs, strongest first: each pair bounds its document's date; a
/// document whose year-less dates were placed by alignment is dated no earlier than
/// the latest of them.
fn from_pairs(
    docs: &[Document],
    mentions: &[Vec<Mention>],
    anchors: &[Option<Anchor>],
    pairs: &[Pair],
    year: Option<i32>,
) -> Vec<Option<Anchor>> {
    let mut new: Vec<Option<Anchor>> = vec![None; docs.len()];
    // Per document: earliest and latest date that fit, whether pinned exactly, evidence.
    type Window = (Date, Date, bool, Vec<String>);
    let mut bounds: Vec<Option<Window>> = vec![None; docs.len()];
    // Days other documents give year-less dates, for their own anchors afterwards.
    let mut fixed_other: Vec<Vec<(Date, String)>> = vec![Vec::new(); docs.len()];
    for p in pairs {
        let (ma, mb) = (&mentions[p.a][p.ia], &mentions[p.b][p.ib]);
        let Expr::Calendar {
            year: by,
            month: Some(mo),
            day: Some(dd),
            ..
        } = mb.expr
        else {
            continue;
        };
        let day = match (by, &anchors[p.b]) {
            (Some(y), _) => ymd(y, mo, dd),
            (None, Some(an)) => crate::extract::date::resolve(mb, Some(an.date))
                .timex
                .and_then(|t| parse_iso_prefix(&t)),
            (None, None) => year.and_then(|y| ymd(y, mo, dd)),
        };
        let Some(day) = day else { continue };
        let (l, h) = match p.rel {
            Rel::Day(k) => {
                let d = add_days(day, -i64::from(k));
                (d, d)
            }
            Rel::Weekday(wd, future) => {
                if day.weekday() != wd {
                    continue;
                }
                if future {
                    (add_days(day, -6), Some(day))
                } else {
                    (Some(day), add_days(day, 6))
                }
            }
        };
        let (Some(l), Some(h)) = (l, h) else { continue };
        let cur = bounds[p.a].get_or_insert_with(|| (l, h, false, Vec::new()));
        let (nl, nh) = (cur.0.max(l), cur.1.min(h));
        if nl > nh {
            // inconsistent with stronger evidence already taken
            continue;
        }
        let sa = docs[p.a].text.get(ma.span.start..ma.span.end).unwrap_or("");
        let sb = docs[p.b].text.get(mb.span.start..mb.span.end).unwrap_or("");
        cur.0 = nl;
        cur.1 = nh;
        cur.2 |= l == h;
        cur.3.push(format!("‘{sa}’ is ‘{sb}’ ({day}) in {}", docs[p.b].id));
        if by.is_none() && anchors[p.b].is_none() {
            fixed_other[p.b].push((day, format!("‘{sb}’ is ‘{sa}’ in {}", docs[p.a].id)));
        }
    }
    for (a, b) in bounds.into_iter().enumerate() {
        let Some((l, h, exact, mut evidence)) = b else { continue };
        let confidence = if exact { Confidence::Medium } else { Confidence::Low };
        evidence.dedup();
        evidence.truncate(3);
        // Within the window, the date that keeps the document's weekdays closest
        // together: one news cycle, not two.
        let date = if exact { l } else { tightest(&mentions[a], l, h) };
        let note = if exact {
            ""
        } else {
            "; the date that fits its weekdays best"
        };
        new[a] = Some(Anchor::new(
            date,
            Provenance::Aligned,
            confidence,
            format!("{}{note}", evidence.join("; ")),
        ));
    }
    // A document whose year-less dates were placed by alignment is dated no earlier than
    // the latest of them.
    for (b, fixed) in fixed_other.into_iter().enumerate() {
        if anchors[b].is_some() || new[b].is_some() || fixed.is_empty() {
            continue;
        }
        if let Some((d, ev)) = fixed.into_iter().max_by_key(|(d, _)| *d) {
            new[b] = Some(Anchor::new(
                d,
                Provenance::Aligned,
                Confidence::Low,
                format!("{ev}; earliest date that fits"),
            ));
        }
    }
    new
}

/// Documents with only year-less dates: the same month-day in a similar sentence of an
/// anchored document gives the year; the document is dated no earlier.
fn year_from_similar(
    docs: &[Document],
    mentions: &[Vec<Mention>],
    anchors: &[Option<Anchor>],
    words: &[Vec<(Words, Words)>],
    days: &DayIndex,
) -> Vec<Option<Anchor>> {
    let mut late: Vec<Option<Anchor>> = vec![None; docs.len()];
    for a in (0..docs.len()).filter(|&a| anchors[a].is_none()) {
        let mut best: Option<(f64, Date, String)> = None;
        for (ia, ma) in mentions[a].iter().enumerate() {
            let Expr::Calendar {
                year: None,
                month: Some(mo),
                day: Some(dd),
                ..
            } = ma.expr
            else {
                continue;
            };
            for (b, ib) in days.candidates(&words[a][ia].0) {
                if b == a {
                    continue;
                }
                let Some(an) = &anchors[b] else { continue };
                let mb = &mentions[b][ib];
                let Expr::Calendar {
                    month: Some(mo2),
                    day: Some(dd2),
                    ..
                } = mb.expr
                else {
                    continue;
                };
                if (mo2, dd2) != (mo, dd) {
                    continue;
                }
                let sim = similarity(&words[a][ia].0, &words[b][ib].0);
                if sim < MIN_SIMILARITY {
                    continue;
                }
                let Some(day) = crate::extract::date::resolve(mb, Some(an.date))
                    .timex
                    .and_then(|t| parse_iso_prefix(&t))
                else {
                    continue;
                };
                if best.as_ref().is_none_or(|x| (sim, day) > (x.0, x.1)) {
                    let sa = docs[a].text.get(ma.span.start..ma.span.end).unwrap_or("");
                    best = Some((
                        sim,
                        day,
                        format!("‘{sa}’ is {day} as in {}; earliest date that fits", docs[b].id),
                    ));
                }
            }
        }
        if let Some((_, d, ev)) = best {
            late[a] = Some(Anchor::new(d, Provenance::Aligned, Confidence::Low, ev));
        }
    }
    late
}

/// The anchor in `[lo, hi]` whose resolution of the document's weekdays spans the
/// fewest days; the earliest on a tie.
fn tightest(ms: &[Mention], lo: Date, hi: Date) -> Date {
    let mut best = (i64::MAX, lo);
    let mut d = lo;
    while d <= hi {
        let days: Vec<Date> = ms
            .iter()
            .filter(|m| matches!(m.expr, Expr::Weekday { .. }))
            .filter_map(|m| {
                crate::extract::date::resolve(m, Some(d))
                    .timex
                    .and_then(|t| parse_iso_prefix(&t))
            })
            .collect();
        let spread = match (days.iter().min(), days.iter().max()) {
            (Some(a), Some(b)) => i64::from(b.since(*a).map_or(0, |s| s.get_days())),
            _ => 0,
        };
        if spread < best.0 {
            best = (spread, d);
        }
        let Some(n) = add_days(d, 1) else { break };
        d = n;
    }
    best.1
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Rel {
    Day(i32),
    Weekday(Weekday, bool),
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().days(n)).ok()
}

/// Content words of a sentence or window.
type TextWords = BTreeSet<String>;

/// Content words of a sentence or window as ids, ascending; ids follow the alphabetical
/// order of the words ([`sentence_words`]).
type Words = Vec<u32>;

/// The best match found: similarity, document, mention.
type Best = (f64, usize, usize);

/// The relative day a mention names, if alignment can date it from another document.
fn relative_rel(m: &Mention) -> Option<Rel> {
    match m.expr {
        Expr::Relative {
            unit: Unit::Day,
            offset,
        } => Some(Rel::Day(offset)),
        Expr::Weekday {
            weekday,
            shift: Shift::None | Shift::This,
        } => Some(Rel::Weekday(weekday, m.tense == Tense::Future)),
        _ => None,
    }
}

fn is_calendar_day(m: &Mention) -> bool {
    matches!(
        m.expr,
        Expr::Calendar {
            month: Some(_),
            day: Some(_),
            ..
        }
    )
}

/// Content words of the mention's sentence.
fn sentence_content_words(doc: &Document, m: &Mention) -> TextWords {
    keep_content_words(doc.text.get(m.sentence.start..m.sentence.end).unwrap_or(""))
}

/// Content words of the few words around the mention.
fn near_words(doc: &Document, m: &Mention) -> TextWords {
    let t = &doc.text;
    let fl = |i: usize| t.floor_char_boundary(i);
    let lo = fl(m.span.start.saturating_sub(60).max(m.sentence.start));
    let hi = fl((m.span.end + 60).min(m.sentence.end.max(m.span.end)));
    keep_content_words(t.get(lo..hi).unwrap_or(""))
}

fn keep_content_words(s: &str) -> TextWords {
    crate::text::content_words(s)
        .into_iter()
        .filter(|w| w.len() > 2 && !w.chars().all(|c| c.is_ascii_digit()) && !crate::lexicon::time::is_dating_word(w))
        .collect()
}

/// Least similarity for two sentences to be about the same event.
const MIN_SIMILARITY: f64 = 0.3;

/// Shared content words over the smaller sentence's, 0 below three shared words.
/// At most this many candidate sentences are compared with each mention.
const MAX_CANDIDATES: usize = 256;

/// The mentions naming a calendar day (month and day), by the content words of their
/// sentences, so that alignment compares a mention only with sentences that share a
/// word with it instead of with every dated sentence of the corpus.
struct DayIndex {
    /// By word id: the mentions whose sentence holds the word.
    postings: Vec<Vec<(usize, usize)>>,
}

impl DayIndex {
    fn new(mentions: &[Vec<Mention>], words: &[Vec<(Words, Words)>]) -> DayIndex {
        let mut postings: Vec<Vec<(usize, usize)>> = Vec::new();
        for (b, ms) in mentions.iter().enumerate() {
            for (ib, m) in ms.iter().enumerate() {
                if is_calendar_day(m) {
                    for &w in &words[b][ib].0 {
                        let w = w as usize;
                        if postings.len() <= w {
                            postings.resize_with(w + 1, Vec::new);
                        }
                        postings[w].push((b, ib));
                    }
                }
            }
        }
        DayIndex { postings }
    }

    /// Mentions whose sentence shares a word with `words`, rarest words first, at
    /// most about [`MAX_CANDIDATES`], in (document, mention) order.
    fn candidates(&self, words: &[u32]) -> Vec<(usize, usize)> {
        let mut lists: Vec<&Vec<(usize, usize)>> = words
            .iter()
            .filter_map(|&w| self.postings.get(w as usize))
            .filter(|l| !l.is_empty())
            .collect();
        lists.sort_by_key(|l| l.len());
        let mut out: Vec<(usize, usize)> = Vec::new();
        for l in lists {
            if out.len() + l.len() > MAX_CANDIDATES {
                if out.is_empty() {
                    out.extend(&l[..MAX_CANDIDATES]);
                }
                break;
            }
            out.extend(l);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn similarity(a: &[u32], b: &[u32]) -> f64 {
    let shared = crate::text::shared_sorted(a, b);
    if shared < 3 {
        return 0.0;
    }
    shared as f64 / a.len().min(b.len()).max(1) as f64
}
