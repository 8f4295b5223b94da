//! The records of an extract stream, one JSON object a line (see the module above for
//! the layout). They mirror the library's types field for field; numbers are written
//! exactly (a count's bounds are not rounded as in the report), so that a stream read
//! back gives the same values the extraction had.

use serde::{Deserialize, Serialize};

use crate::anchor::{Anchor, Confidence, Provenance};
use crate::extract::date::Mention;
use crate::model::{Claim, Document, Kind, Meta, Skipped, Span, Value};

/// The extract stream's format version, in its first line.
pub const EXTRACT_VERSION: u32 = 1;

/// One line of an extract stream.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub(crate) enum Record {
    /// The first line: what the stream is.
    Extract(Header),
    /// A document, before its claims and date mentions.
    Document(DocumentRecord),
    /// A count, place or quote claim of the document before it.
    Claim(ClaimRecord),
    /// A date mention of the document before it, resolved on reconciliation.
    Date(DateRecord),
    /// An input that could not be read.
    Skipped(Skipped),
    /// An input read with a caveat.
    Warning(Skipped),
    /// The last line: totals, so that a cut-off stream is noticed.
    Summary(SummaryRecord),
}

/// The header line.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Header {
    /// [`EXTRACT_VERSION`].
    pub(crate) version: u32,
}

/// A document with its text and its anchor from its own evidence.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct DocumentRecord {
    pub(crate) id: String,
    pub(crate) path: String,
    pub(crate) body_start: usize,
    pub(crate) meta: Meta,
    pub(crate) anchor: Option<AnchorRecord>,
    pub(crate) text: String,
    /// The document's story signature (`reconcile::signature`), for jobs that bucket
    /// documents into stories; reconciliation does not read it.
    #[serde(default)]
    pub(crate) minhash: Vec<u32>,
}

/// A document's own anchor.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct AnchorRecord {
    pub(crate) date: String,
    pub(crate) provenance: Provenance,
    pub(crate) confidence: Confidence,
    pub(crate) evidence: String,
}

/// A claim; `document` is the id of the document record it follows.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ClaimRecord {
    pub(crate) document: String,
    pub(crate) kind: Kind,
    pub(crate) span: Span,
    pub(crate) sentence: Span,
    pub(crate) subject: String,
    pub(crate) attribution: Option<String>,
    pub(crate) value: serde_json::Value,
}

/// A date mention; `document` is the id of the document record it follows.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct DateRecord {
    pub(crate) document: String,
    #[serde(flatten)]
    pub(crate) mention: Mention,
}

/// The totals of a stream.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct SummaryRecord {
    pub(crate) documents: usize,
    pub(crate) claims: usize,
    pub(crate) dates: usize,
    pub(crate) skipped: usize,
    pub(crate) warnings: usize,
    /// Files under a folder left out as not articles by their extension.
    pub(crate) not_articles: usize,
}

impl DocumentRecord {
    pub(crate) fn new(d: &Document, anchor: Option<&Anchor>, minhash: Vec<u32>) -> DocumentRecord {
        DocumentRecord {
            id: d.id.clone(),
            path: d.path.clone(),
            body_start: d.body_start,
            meta: d.meta.clone(),
            anchor: anchor.map(|a| AnchorRecord {
                date: a.date.to_string(),
                provenance: a.provenance,
                confidence: a.confidence,
                evidence: a.evidence.clone(),
            }),
            text: d.text.clone(),
            minhash,
        }
    }

    /// The document and its anchor; `Err` names what does not fit.
    pub(crate) fn into_parts(self) -> Result<(Document, Option<Anchor>), String> {
        let anchor = match self.anchor {
            None => None,
            Some(a) => Some(Anchor {
                date: a
                    .date
                    .parse()
                    .map_err(|_| format!("anchor {:?} is not a date", a.date))?,
                provenance: a.provenance,
                confidence: a.confidence,
                evidence: a.evidence,
            }),
        };
        if !self.text.is_char_boundary(self.body_start) {
            return Err(format!("body_start {} is not inside the text", self.body_start));
        }
        let doc = Document {
            id: self.id,
            path: self.path,
            text: self.text,
            body_start: self.body_start,
            meta: self.meta,
        };
        Ok((doc, anchor))
    }
}

impl ClaimRecord {
    pub(crate) fn new(document: &str, c: &Claim) -> ClaimRecord {
        let value = c.value.to_exact_json();
        ClaimRecord {
            document: document.to_string(),
            kind: c.kind,
            span: c.span,
            sentence: c.sentence,
            subject: c.subject.clone(),
            attribution: c.attribution.clone(),
            value: value.unwrap_or_default(),
        }
    }

    /// The claim of the document at `doc` (whose text is `text`); `Err` names what
    /// does not fit.
    pub(crate) fn into_claim(self, doc: usize, text: &str) -> Result<Claim, String> {
        for s in [self.span, self.sentence] {
            if s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                return Err(format!("span {}..{} does not fit the document's text", s.start, s.end));
            }
        }
        let bad = |e: serde_json::Error| format!("{} value: {e}", self.kind.as_str());
        let value = Value::from_exact_json(self.kind, self.value).map_err(bad)?;
        Ok(Claim {
            doc,
            kind: self.kind,
            span: self.span,
            sentence: self.sentence,
            subject: self.subject,
            attribution: self.attribution,
            value,
        })
    }
}

impl DateRecord {
    /// The mention, checked against its document's text.
    pub(crate) fn into_mention(self, text: &str) -> Result<Mention, String> {
        let m = self.mention;
        for s in [m.span, m.sentence] {
            if s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                return Err(format!("span {}..{} does not fit the document's text", s.start, s.end));
            }
        }
        Ok(m)
    }
}
