//! Anchoring: give every document a publication date, with provenance.
//!
//! Sources in order of trust: metadata (front matter, JSON, HTML meta), a dateline or
//! "Published:" line, a date in the file name, `--published` (which applies only to
//! documents without a date of their own), inference from the text, and alignment with
//! other documents that date the same event absolutely. Each step is conservative: a
//! wrong anchor silently moves every relative date, which is worse than none.
//!
//! This file dates a document from its own evidence; `align.rs` dates the rest from
//! each other.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::extract::date::Mention;
use crate::model::{Claim, Document, Kind, Value};
use crate::timex::{Expr, Unit};

mod align;

pub use align::align;

/// How a document's anchor was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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

/// The date claims of document `doc`: each of its mentions, in order, resolved against
/// the document's anchor date.
pub(crate) fn date_claims(doc: usize, mentions: &[Mention], anchor_date: Option<Date>) -> Vec<Claim> {
    mentions
        .iter()
        .map(|m| Claim {
            doc,
            kind: Kind::Date,
            span: m.span,
            sentence: m.sentence,
            subject: m.subject.clone(),
            attribution: m.attribution.clone(),
            value: Value::Date(crate::extract::date::resolve(m, anchor_date)),
        })
        .collect()
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

    fn doc(id: &str, text: &str, published: Option<&str>) -> Document {
        let d = Document::new(id, format!("corpus/{id}"), text);
        match published {
            Some(p) => d.published(p),
            None => d,
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

    /// A line near the top holding nothing but the page's date and time, in the many
    /// forms sites print it, dates the page; a line with other words does not.
    #[test]
    fn a_bare_date_stamp_near_the_top_dates_the_page() {
        for (stamp, want) in [
            ("Tue Mar 3, 2026 7:40pm EST", "2026-03-03"),
            ("MARCH 3, 2026 | 07:40AM PT", "2026-03-03"),
            ("March 3rd, 2026, 7:40 am", "2026-03-03"),
            ("3 March 2026, 10:00 (GMT+05:00)", "2026-03-03"),
            ("Tuesday, March 3, 2026", "2026-03-03"),
        ] {
            let text =
                format!("Harbour ferry service resumes\n{stamp}\nThe ferry sailed again on Monday after repairs.");
            let d = doc("x.txt", &text, None);
            assert_eq!(own(&d, None), Some((want.into(), Provenance::Dateline)), "{stamp}");
        }
        let d = doc(
            "x.txt",
            "Harbour ferry service resumes\nLast sailing before repairs: Tuesday, March 3, 2026\nThe ferry sailed again on Monday.",
            None,
        );
        assert_ne!(own(&d, None).map(|a| a.1), Some(Provenance::Dateline));
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
