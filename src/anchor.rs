//! Anchoring: give every document a publication date, with provenance.
//!
//! Sources in order of trust: metadata (front matter, JSON, HTML meta), a dateline or
//! "Published:" line, a date in the file name, `--published` (which applies only to
//! documents without a date of their own), inference from the text, and alignment with
//! other documents that date the same event absolutely. Each step is conservative: a
//! wrong anchor silently moves every relative date, which is worse than none.

use std::collections::BTreeSet;

use rayon::prelude::*;
use std::sync::LazyLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::extract::date::Mention;
use crate::model::Document;
use crate::timex::{Expr, Shift, Tense, Unit};

/// How a document's anchor was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// `--published` on the command line.
    Cli,
    /// Front matter, a JSON field or an HTML meta tag.
    Metadata,
    /// A dateline or "Published:" line in the text.
    Dateline,
    /// A date in the file name.
    Filename,
    /// Inferred from the dates in the text.
    Text,
    /// Inferred from another document dating the same event.
    Aligned,
}

/// How far an anchor can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A guess from indirect evidence (a weekday fitting a date elsewhere).
    Low,
    /// Indirect but specific evidence (a file name, "yesterday" against a date).
    Medium,
    /// Stated: metadata, a dated dateline, the command line.
    High,
}

impl Confidence {
    /// The lowercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A document's anchor date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The publication date.
    pub date: Date,
    /// How it was found.
    pub provenance: Provenance,
    /// What supports it, for people ("front matter `published: 2024-10-24`").
    pub evidence: String,
    /// How far it can be trusted.
    pub confidence: Confidence,
}

impl Anchor {
    fn new(date: Date, provenance: Provenance, confidence: Confidence, evidence: String) -> Anchor {
        Anchor {
            date,
            provenance,
            evidence,
            confidence,
        }
    }
}

/// The anchor of one document from its own evidence. `cli` is `--published`, which
/// applies only to documents without a date of their own.
pub fn own_anchor(doc: &Document, mentions: &[Mention], cli: Option<Date>) -> Option<Anchor> {
    if let Some(p) = doc.meta.published.as_deref()
        && let Some(date) = parse_iso_prefix(p).or_else(|| parse_loose(p))
    {
        return Some(Anchor::new(
            date,
            Provenance::Metadata,
            Confidence::High,
            format!("published: {}", p.trim()),
        ));
    }
    let from_name = filename_date(&doc.path).or_else(|| filename_date(&doc.id));
    // A year for year-less datelines: from the file name or --published.
    let year_hint = from_name.or(cli);
    if let Some(a) = dateline(doc, year_hint) {
        return Some(a);
    }
    if let Some(d) = from_name {
        return Some(Anchor::new(
            d,
            Provenance::Filename,
            Confidence::Medium,
            format!("file name `{}`", basename(&doc.path)),
        ));
    }
    if let Some(date) = cli {
        return Some(Anchor::new(
            date,
            Provenance::Cli,
            Confidence::High,
            "--published".into(),
        ));
    }
    from_text(doc, mentions)
}

fn basename(p: &str) -> &str {
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

static FILE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)")
        .expect("file date regex")
});

/// A date in a file name: `2024-10-24-foo.txt`, `APW19980213.1310.txt`.
fn filename_date(path: &str) -> Option<Date> {
    let name = basename(path);
    let c = FILE_DATE.captures(name)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    ymd(n(1)?, n(2)?, n(3)?)
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// A dateline or a "Published:" line. A dateline without a year takes it from
/// `year_hint` (the file name or `--published`), nearest to it.
fn dateline(doc: &Document, year_hint: Option<Date>) -> Option<Anchor> {
    let mut lines = crate::segment::furniture::own_date_lines(&doc.text, doc.body_start);
    lines.sort_by_key(|l| l.0);
    for (rank, span, line) in lines {
        let date_text = doc.text.get(span.start..span.end).unwrap_or("");
        let Some(e) = crate::timex::calendar_day_expr(date_text) else {
            continue;
        };
        if let Some(d) = e.absolute_day() {
            let what = if rank == 3 { "dateline " } else { "" };
            return Some(Anchor::new(
                d,
                Provenance::Dateline,
                Confidence::High,
                format!("{what}`{}`", clip(&line, 80)),
            ));
        }
        if let (
            3,
            Expr::Calendar {
                month: Some(mo),
                day: Some(dd),
                year: None,
                ..
            },
            Some(h),
        ) = (rank, &e, year_hint)
        {
            let y0 = i32::from(h.year());
            let best = (y0 - 1..=y0 + 1)
                .filter_map(|y| ymd(y, *mo, *dd))
                .min_by_key(|d| d.since(h).map_or(i32::MAX, |s| s.get_days().abs()))?;
            return Some(Anchor::new(
                best,
                Provenance::Dateline,
                Confidence::Medium,
                format!("dateline `{}`, year from {h}", clip(&line, 80)),
            ));
        }
    }
    None
}

fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Inference from the text alone: "today" stated next to a full date ("Today,
/// Thursday, October 24, 2024, ..."), the only sound case.
fn from_text(doc: &Document, mentions: &[Mention]) -> Option<Anchor> {
    for w in mentions.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let today = |m: &Mention| {
            matches!(
                m.expr,
                Expr::Relative {
                    unit: Unit::Day,
                    offset: 0
                }
            )
        };
        let (t, d) = if today(a) {
            (a, b)
        } else if today(b) {
            (b, a)
        } else {
            continue;
        };
        let Some(day) = d.expr.absolute_day() else { continue };
        let lo = t.span.end.min(d.span.end);
        let hi = t.span.start.max(d.span.start);
        let gap = doc.text.get(lo.min(hi)..hi.max(lo)).unwrap_or("x");
        if gap.len() <= 3 && !gap.chars().any(char::is_alphanumeric) {
            let surface = doc.text.get(a.span.start..b.span.end).unwrap_or("");
            return Some(Anchor::new(
                day,
                Provenance::Text,
                Confidence::Medium,
                format!("`{}`", clip(surface, 80)),
            ));
        }
    }
    None
}

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
    let words: Vec<Vec<(BTreeSet<String>, BTreeSet<String>)>> = docs
        .par_iter()
        .zip(mentions)
        .zip(anchors.par_iter())
        .map(|((d, ms), an)| {
            let mut sentences: std::collections::HashMap<(usize, usize), BTreeSet<String>> = Default::default();
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
    struct Pair {
        a: usize,
        ia: usize,
        b: usize,
        ib: usize,
        rel: Rel,
        sim: f64,
    }
    let mut pairs: Vec<Pair> = (0..docs.len())
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
                    let near = wa.1.intersection(&wb.1).count() as f64 / wa.1.len().min(wb.1.len()).max(1) as f64;
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
        .collect();
    // Year-less on both sides: the year from the latest year the corpus names in which
    // most weekdays fit their dates.
    let year = corpus_year.and_then(|y0| {
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
    });
    pairs.sort_by(|x, y| y.sim.total_cmp(&x.sim).then(x.a.cmp(&y.a)).then(x.ia.cmp(&y.ia)));

    let mut new: Vec<Option<Anchor>> = vec![None; docs.len()];
    // Per document: earliest and latest date that fit, whether pinned exactly, evidence.
    type Window = (Date, Date, bool, Vec<String>);
    let mut bounds: Vec<Option<Window>> = vec![None; docs.len()];
    // Days other documents give year-less dates, for their own anchors afterwards.
    let mut fixed_other: Vec<Vec<(Date, String)>> = vec![Vec::new(); docs.len()];
    for p in &pairs {
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
    for (slot, n) in anchors.iter_mut().zip(new) {
        if slot.is_none() {
            *slot = n;
        }
    }
    // Left: documents with only year-less dates. The same month-day in a similar
    // sentence of an anchored document gives the year; the document is dated no earlier.
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
    for (slot, n) in anchors.iter_mut().zip(late) {
        if slot.is_none() {
            *slot = n;
        }
    }
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
type Words = BTreeSet<String>;

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
fn sentence_content_words(doc: &Document, m: &Mention) -> BTreeSet<String> {
    keep_content_words(doc.text.get(m.sentence.start..m.sentence.end).unwrap_or(""))
}

/// Content words of the few words around the mention.
fn near_words(doc: &Document, m: &Mention) -> BTreeSet<String> {
    let t = &doc.text;
    let fl = |i: usize| t.floor_char_boundary(i);
    let lo = fl(m.span.start.saturating_sub(60).max(m.sentence.start));
    let hi = fl((m.span.end + 60).min(m.sentence.end.max(m.span.end)));
    keep_content_words(t.get(lo..hi).unwrap_or(""))
}

fn keep_content_words(s: &str) -> BTreeSet<String> {
    crate::text::content_words(s)
        .into_iter()
        .filter(|w| w.len() > 2 && !w.chars().all(|c| c.is_ascii_digit()) && !is_date_word(w))
        .collect()
}

fn is_date_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "yesterday"
            | "today"
            | "tomorrow"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "oct"
            | "nov"
            | "dec"
            | "jan"
            | "feb"
            | "aug"
            | "sept"
            | "earlier"
            | "later"
            | "week"
    )
}

/// Least similarity for two sentences to be about the same event.
const MIN_SIMILARITY: f64 = 0.3;

/// Shared content words over the smaller sentence's, 0 below three shared words.
/// At most this many candidate sentences are compared with each mention.
const MAX_CANDIDATES: usize = 256;

/// The mentions naming a calendar day (month and day), by the content words of their
/// sentences, so that alignment compares a mention only with sentences that share a
/// word with it instead of with every dated sentence of the corpus.
struct DayIndex<'a> {
    postings: std::collections::HashMap<&'a str, Vec<(usize, usize)>>,
}

impl<'a> DayIndex<'a> {
    fn new(mentions: &[Vec<Mention>], words: &'a [Vec<(BTreeSet<String>, BTreeSet<String>)>]) -> DayIndex<'a> {
        let mut postings: std::collections::HashMap<&'a str, Vec<(usize, usize)>> = Default::default();
        for (b, ms) in mentions.iter().enumerate() {
            for (ib, m) in ms.iter().enumerate() {
                if is_calendar_day(m) {
                    for w in &words[b][ib].0 {
                        postings.entry(w.as_str()).or_default().push((b, ib));
                    }
                }
            }
        }
        DayIndex { postings }
    }

    /// Mentions whose sentence shares a word with `words`, rarest words first, at
    /// most about [`MAX_CANDIDATES`], in (document, mention) order.
    fn candidates(&self, words: &BTreeSet<String>) -> Vec<(usize, usize)> {
        let mut lists: Vec<&Vec<(usize, usize)>> = words.iter().filter_map(|w| self.postings.get(w.as_str())).collect();
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

fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let shared = a.intersection(b).count();
    if shared < 3 {
        return 0.0;
    }
    shared as f64 / a.len().min(b.len()).max(1) as f64
}

/// Parse `YYYY-MM-DD` at the start of a string (a date-time is cut to its date).
pub fn parse_iso_prefix(s: &str) -> Option<Date> {
    let s = s.trim().trim_matches(['"', '\'']);
    s.get(..10)?.parse::<Date>().ok()
}

/// Parse a written date ("October 24, 2024", "24 Oct 2024", "10/24/2024") with the
/// date grammar.
fn parse_loose(s: &str) -> Option<Date> {
    crate::timex::calendar_day_expr(s)?.absolute_day()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    fn doc(id: &str, text: &str, published: Option<&str>) -> Document {
        Document {
            id: id.into(),
            path: format!("corpus/{id}"),
            text: text.into(),
            body_start: 0,
            meta: Meta {
                published: published.map(str::to_string),
                ..Meta::default()
            },
        }
    }

    fn mentions(d: &Document) -> Vec<Mention> {
        let seg = crate::segment::segment(&d.text, 0);
        crate::extract::date::find(d, &seg)
    }

    fn own(d: &Document, cli: Option<&str>) -> Option<(String, Provenance)> {
        own_anchor(d, &mentions(d), cli.and_then(parse_iso_prefix)).map(|a| (a.date.to_string(), a.provenance))
    }

    #[test]
    fn metadata_beats_everything() {
        let d = doc(
            "2020-01-01-x.txt",
            "KYIV, Oct 24 (Reuters) - Talks.",
            Some("2024-10-23T10:00:00Z"),
        );
        assert_eq!(
            own(&d, Some("2000-01-01")),
            Some(("2024-10-23".into(), Provenance::Metadata))
        );
        let d = doc("x.txt", "Body.", Some("October 22, 2024"));
        assert_eq!(own(&d, None), Some(("2024-10-22".into(), Provenance::Metadata)));
    }

    #[test]
    fn datelines_and_published_lines() {
        let d = doc(
            "x.txt",
            "KYIV, Oct 24, 2024 (Reuters) - Ukraine said on Wednesday...",
            None,
        );
        assert_eq!(
            own(&d, Some("2000-01-01")),
            Some(("2024-10-24".into(), Provenance::Dateline))
        );
        // A year-less dateline takes the year nearest --published.
        let d = doc("x.txt", "KYIV, Oct 24 (Reuters) - Ukraine said on Wednesday...", None);
        assert_eq!(
            own(&d, Some("2025-01-02")),
            Some(("2024-10-24".into(), Provenance::Dateline))
        );
        let d = doc(
            "x.txt",
            "Home | World\nPublished: October 24, 2024 at 5:00 p.m.\nUpdated: October 25, 2024\n\nStory.",
            None,
        );
        assert_eq!(own(&d, None), Some(("2024-10-24".into(), Provenance::Dateline)));
        let d = doc("x.txt", "Story about São Paulo 🎉.\n\nLast updated 3 March 2023", None);
        assert_eq!(own(&d, None), Some(("2023-03-03".into(), Provenance::Dateline)));
    }

    #[test]
    fn file_names_then_cli_then_text() {
        let d = doc("2024-10-24-kursk.txt", "Troops arrived on Wednesday.", None);
        assert_eq!(
            own(&d, Some("2000-01-01")),
            Some(("2024-10-24".into(), Provenance::Filename))
        );
        let d = doc("APW19980213.1310.txt", "Talks.", None);
        assert_eq!(own(&d, None), Some(("1998-02-13".into(), Provenance::Filename)));
        let d = doc("a.txt", "Troops arrived on Wednesday.", None);
        assert_eq!(
            own(&d, Some("2024-10-24")),
            Some(("2024-10-24".into(), Provenance::Cli))
        );
        let d = doc("a.txt", "Today, Thursday, October 24, 2024, the talks end.", None);
        assert_eq!(own(&d, None), Some(("2024-10-24".into(), Provenance::Text)));
        // A date in the text is an event, not the publication date.
        let d = doc("a.txt", "The strike on October 23, 2024 killed five.", None);
        assert_eq!(own(&d, None), None);
    }

    fn run(docs: &[Document]) -> Vec<Option<(String, Provenance)>> {
        let ms: Vec<Vec<Mention>> = docs.iter().map(mentions).collect();
        let mut anchors: Vec<Option<Anchor>> = docs.iter().zip(&ms).map(|(d, m)| own_anchor(d, m, None)).collect();
        align(docs, &ms, &mut anchors);
        anchors
            .into_iter()
            .map(|a| a.map(|a| (a.date.to_string(), a.provenance)))
            .collect()
    }

    #[test]
    fn weekday_aligns_with_a_dated_document() {
        let a = doc(
            "a.txt",
            "On Thursday, Putin said North Korean troops were his business.",
            None,
        );
        let b = doc(
            "b.md",
            "On October 24, Putin said North Korean troops were Moscow's business.",
            Some("2024-10-25"),
        );
        assert_eq!(
            run(&[a.clone(), b.clone()])[0],
            Some(("2024-10-24".into(), Provenance::Aligned))
        );
        // The weekday must fit: October 24, 2024 is not a Friday.
        let a2 = doc(
            "a.txt",
            "On Friday, Putin said North Korean troops were his business.",
            None,
        );
        assert_eq!(run(&[a2, b.clone()])[0], None);
        // "yesterday" pins the day exactly.
        let a3 = doc(
            "a.txt",
            "Yesterday Putin said North Korean troops were his business.",
            None,
        );
        assert_eq!(run(&[a3, b])[0], Some(("2024-10-25".into(), Provenance::Aligned)));
    }

    #[test]
    fn unrelated_sentences_do_not_align() {
        let a = doc("a.txt", "On Thursday, the river flooded the old town of Passau.", None);
        let b = doc(
            "b.md",
            "On October 24, Putin said North Korean troops were Moscow's business.",
            Some("2024-10-25"),
        );
        assert_eq!(run(&[a, b])[0], None);
    }

    #[test]
    fn year_less_documents_align_through_the_corpus_year() {
        let a = doc(
            "a.txt",
            "Ukraine said North Korean troops were spotted in Kursk on Wednesday. The war began in February 2022.",
            None,
        );
        let b = doc(
            "b.txt",
            "North Korean troops were spotted in Kursk on October 23, Ukraine said.",
            None,
        );
        let got = run(&[a, b]);
        assert_eq!(got[0], Some(("2024-10-23".into(), Provenance::Aligned)));
        assert_eq!(got[1], Some(("2024-10-23".into(), Provenance::Aligned)));
    }
}
