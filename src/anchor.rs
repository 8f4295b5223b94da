//! Anchoring: give every document a publication date, with provenance.
//!
//! Sources in order of trust: `--published`, metadata (front matter, JSON, HTML meta),
//! a dateline or "Published:" line, a date in the file name, inference from the text,
//! and alignment with other documents that date the same event absolutely.

use jiff::civil::Date;
use serde::Serialize;

use crate::extract::date::Mention;
use crate::model::Document;

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

/// A document's anchor date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The publication date.
    pub date: Date,
    /// How it was found.
    pub provenance: Provenance,
    /// What supports it, for people ("front matter `published: 2024-10-24`").
    pub evidence: String,
}

/// The anchor of one document from its own evidence. `cli` is `--published`, which
/// applies only to documents without a date of their own.
pub fn own_anchor(doc: &Document, mentions: &[Mention], cli: Option<Date>) -> Option<Anchor> {
    let _ = mentions;
    if let Some(p) = doc.meta.published.as_deref()
        && let Some(date) = parse_iso_prefix(p)
    {
        return Some(Anchor {
            date,
            provenance: Provenance::Metadata,
            evidence: format!("published: {p}"),
        });
    }
    cli.map(|date| Anchor {
        date,
        provenance: Provenance::Cli,
        evidence: "--published".into(),
    })
}

/// Fill in anchors for documents that have none, from documents that date the same
/// events absolutely. `anchors[i]` belongs to `docs[i]`.
pub fn align(docs: &[Document], mentions: &[Vec<Mention>], anchors: &mut [Option<Anchor>]) {
    let _ = (docs, mentions, anchors);
}

/// Parse `YYYY-MM-DD` at the start of a string (a date-time is cut to its date).
pub fn parse_iso_prefix(s: &str) -> Option<Date> {
    let s = s.trim().trim_matches(['"', '\'']);
    s.get(..10)?.parse::<Date>().ok()
}
