//! The report: the serialisable model of a run, and its renderers.
//!
//! # Wire format (`--format json`), version 1
//!
//! One JSON object:
//!
//! ```text
//! {
//!   "version": 1,
//!   "documents": [{"id", "path", "title", "source", "url",
//!                  "published": {"value": "2024-10-24" | null,
//!                                "provenance": "cli" | "metadata" | "dateline" | "filename"
//!                                              | "text" | "aligned" | "none",
//!                                "confidence": "high" | "medium" | "low" | null,
//!                                "evidence": string | null}}],
//!   "claims":    [{"id", "document", "kind", "text", "start", "end", "line", "column",
//!                  "sentence", "subject", "attribution", "value": {...}}],
//!   "stories":   [{"id", "title", "documents": [document ids]}],
//!   "groups":    [{"id", "story", "kind", "subject", "status", "explanation", "claims": [claim ids],
//!                  "sides": [{"value", "claims": [claim ids], "sources": [names]}],
//!                  "compatible": [claim ids]}],
//!   "skipped":   [{"path", "reason"}],
//!   "warnings":  [{"path", "reason"}],
//!   "summary":   {"documents", "stories", "claims", "groups", "skipped",
//!                 "by_status": {"agree", "resolved", "variant", "conflict", "unresolved"},
//!                 "by_kind": {"count", "date", "place", "quote"},
//!                 "not_articles", "hidden_by_baseline" (only with --baseline)}
//! }
//! ```
//!
//! - `kind` is `count`, `date`, `place` or `quote`; `status` one of the five statuses.
//! - `value` by kind — count: `point`, `low`, `high` (null = unbounded), `qualifier`
//!   (`exact`, `about`, `at_least`, `more_than`, `up_to`, `fewer_than`, `range`, `vague`),
//!   `unit`, `noun`, `modifiers`, `per_unit`, `scope`, `derived`; date: `timex` (TIMEX3,
//!   null when unresolved), `grain`, `mod`, `anchor`, `relative`, `type`, `inconsistency`;
//!   place: `name`, `within` (nearest first), `feature`; quote: `speaker`, `quote`, `term`.
//! - `start`/`end` are byte offsets into the document text as loaded (decoded to UTF-8);
//!   `line`/`column` are 1-based, the column counted in characters.
//! - Document ids are paths relative to the folder given (`file.jsonl#3` for a line);
//!   claim ids `c1`, `c2`, ... follow the claims' order (document, start, kind); story ids
//!   `s1`, ... the order of each story's first document; group ids `g1`, ... follow
//!   (story, kind, subject). Same input, byte-identical output.
//! - `sides` (conflicts only; else empty): each value the group's claims give, with the
//!   claims and sources (attribution, else outlet) behind it, most supported first;
//!   `compatible`: the conflict's claims that fit every side ("at least 3,000").
//! - A story is the set of documents telling one news event; every document is in one
//!   story, and a group's claims all come from its `story`.
//! - `summary.not_articles` counts the files under a folder left out because their
//!   extension is not an article's (images, archives, executables, ...).
//! - `summary.hidden_by_baseline`: with `--baseline FILE`, the findings that file lists,
//!   left out of `groups` and of the counts (see [`baseline`]).
//! - Fields are only ever added within a version; renaming, removing or changing the
//!   meaning of one bumps `version`.
//!
//! # Stream (`--format ndjson`)
//!
//! The same report as one JSON object a line, each with a `type` first, in this order:
//!
//! ```text
//! {"type": "document", <a documents entry>}
//! {"type": "claim",    <a claims entry>, "path"}    path of its document: path:line:column
//! {"type": "story",    <a stories entry>}
//! {"type": "group",    <a groups entry>}
//! {"type": "skipped",  "path", "reason"}
//! {"type": "warning",  "path", "reason"}
//! {"type": "summary",  "version", <the summary>}    always the last line
//! ```
//!
//! Each record carries every field of its entry in the JSON report, so a field added
//! there appears here too; `path` is the path as given on the command line (or found
//! under a folder given there). `jq 'select(.type=="group" and .status=="conflict")'`
//! picks the conflicts out of a stream.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::model::{Kind, Skipped, Status, Value};
use crate::text::LineIndex;

/// The JSON schema version.
pub const SCHEMA_VERSION: u32 = 1;

/// A renderer: writes a [`Report`] in one output format, like ripgrep's printers and
/// typos' reporters. Renderers never decide the exit code and never read flags; what
/// they may vary on is in [`RenderOptions`].
pub trait Render {
    /// Write `report` to `out`.
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}

/// What a format is called on the command line, and how a renderer for it is made.
/// Every renderer type in [`formats!`] implements it.
pub trait FormatInfo: Render + Sized + 'static {
    /// Its `--format` value.
    const NAME: &'static str;
    /// Other accepted spellings.
    const ALIASES: &'static [&'static str] = &[];
    /// One line for `--help`.
    const HELP: &'static str;
    /// Whether the output may carry terminal colour (then the binary strips it where
    /// colour is off); machine formats never do.
    const COLORED: bool = false;
    /// A renderer for these options.
    fn new(opts: &RenderOptions) -> Self;
}

/// What the binary lets the user vary in a rendering. The default is what a test or a
/// library user gets: everything, 80 columns.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Show agreements and resolutions in full in the text report, not counted on one
    /// line.
    pub all: bool,
    /// Columns to wrap the text report in.
    pub width: usize,
    /// Show only this group (`g3`), in full.
    pub explain: Option<String>,
    /// The least severe status that fails the run (`--fail-on`), for the text report's
    /// closing hint; `None` when nothing does.
    pub fail_on: Option<Status>,
    /// The working folder: the text report shows paths under it relative to it.
    pub base: Option<String>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            all: false,
            width: 80,
            explain: None,
            fail_on: Some(Status::Conflict),
            base: None,
        }
    }
}

/// The output formats: each line declares the renderer's module, the [`Format`] variant
/// and the renderer type, so that adding a format is one file and one line here.
macro_rules! formats {
    ($($variant:ident => $module:ident :: $renderer:ident,)*) => {
        $(pub mod $module;)*

        /// An output format (`--format`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Format {
            $(
                #[doc = concat!("`", stringify!($module), "`: see [`", stringify!($module), "::", stringify!($renderer), "`].")]
                $variant,
            )*
        }

        impl Format {
            /// Every format, in the order `--help` lists them.
            pub const ALL: &'static [Format] = &[$(Format::$variant,)*];

            /// The renderer for this format.
            pub fn renderer(self, opts: &RenderOptions) -> Box<dyn Render> {
                match self {
                    $(Format::$variant => Box::new(<$module::$renderer as FormatInfo>::new(opts)),)*
                }
            }

            /// Its `--format` value.
            pub fn name(self) -> &'static str {
                match self {
                    $(Format::$variant => <$module::$renderer as FormatInfo>::NAME,)*
                }
            }

            /// Other accepted spellings of it.
            pub fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Format::$variant => <$module::$renderer as FormatInfo>::ALIASES,)*
                }
            }

            /// One line for `--help`.
            pub fn help(self) -> &'static str {
                match self {
                    $(Format::$variant => <$module::$renderer as FormatInfo>::HELP,)*
                }
            }

            /// Whether its output may carry terminal colour.
            pub fn colored(self) -> bool {
                match self {
                    $(Format::$variant => <$module::$renderer as FormatInfo>::COLORED,)*
                }
            }
        }
    };
}

formats! {
    Text => text::Text,
    Json => json::Json,
    Ndjson => ndjson::Ndjson,
    Sarif => sarif::Sarif,
    Github => github::Github,
    Html => html::Html,
}

pub mod baseline;
pub mod findings;

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .iter()
            .copied()
            .find(|f| f.name() == s || f.aliases().contains(&s))
            .ok_or_else(|| format!("unknown format '{s}'"))
    }
}

/// A whole run, ready to render.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Schema version, [`SCHEMA_VERSION`].
    pub version: u32,
    /// Documents read.
    pub documents: Vec<DocumentOut>,
    /// Claims found.
    pub claims: Vec<ClaimOut>,
    /// Stories: the documents that tell one news event; claims are compared only
    /// inside a story.
    pub stories: Vec<StoryOut>,
    /// Groups of claims about the same thing.
    pub groups: Vec<GroupOut>,
    /// Inputs that could not be read.
    pub skipped: Vec<Skipped>,
    /// Inputs read with a caveat (legacy encoding, empty).
    pub warnings: Vec<Skipped>,
    /// Counts.
    pub summary: Summary,
    /// Each document's full text, by document index, for renderers that show whole
    /// articles (HTML). Not part of the JSON report.
    #[serde(skip)]
    pub texts: Vec<String>,
}

/// A document in the report.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentOut {
    /// Document id.
    pub id: String,
    /// Path for `path:line:column`.
    pub path: String,
    /// Title from metadata.
    pub title: Option<String>,
    /// Outlet from metadata.
    pub source: Option<String>,
    /// URL from metadata.
    pub url: Option<String>,
    /// The anchor date and how it was found.
    pub published: Published,
}

/// A document's anchor date with its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct Published {
    /// ISO date, or null when no anchor could be established.
    pub value: Option<String>,
    /// How it was found, or `none`.
    pub provenance: String,
    /// How far it can be trusted: `high`, `medium`, `low`; null without an anchor.
    pub confidence: Option<&'static str>,
    /// What supports it.
    pub evidence: Option<String>,
}

/// A claim in the report.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimOut {
    /// Claim id (`c1`, ...).
    pub id: String,
    /// Document id.
    pub document: String,
    /// Claim kind.
    pub kind: Kind,
    /// Surface text.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the end.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The containing sentence, shared by the claims it holds (not copied for each).
    pub sentence: std::sync::Arc<str>,
    /// What the claim is about.
    pub subject: String,
    /// Who asserts it; null when the outlet does.
    pub attribution: Option<String>,
    /// The normalized value.
    pub value: Value,
}

/// A group in the report.
#[derive(Debug, Clone, Serialize)]
pub struct GroupOut {
    /// Group id (`g1`, ...).
    pub id: String,
    /// The story id of the group's claims.
    pub story: String,
    /// Kind of the member claims.
    pub kind: Kind,
    /// What the group is about.
    pub subject: String,
    /// The decision.
    pub status: Status,
    /// Why, in one line.
    pub explanation: String,
    /// Member claim ids.
    pub claims: Vec<String>,
    /// A conflict's sides, most supported first; empty for other statuses.
    pub sides: Vec<SideOut>,
    /// A conflict's claims that fit every side ("at least 3,000"), apart from the sides.
    pub compatible: Vec<String>,
}

/// One side of a conflict.
#[derive(Debug, Clone, Serialize)]
pub struct SideOut {
    /// The value as people read it.
    pub value: String,
    /// Claim ids giving it.
    pub claims: Vec<String>,
    /// Who stands behind them: attributions, else outlets.
    pub sources: Vec<String>,
}

/// A story in the report.
#[derive(Debug, Clone, Serialize)]
pub struct StoryOut {
    /// Story id (`s1`, ...), in order of the stories' first documents.
    pub id: String,
    /// A title for people: its first document's title, else that document's first line.
    pub title: String,
    /// Member document ids.
    pub documents: Vec<String>,
}

/// Totals.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Documents read.
    pub documents: usize,
    /// Stories.
    pub stories: usize,
    /// Claims found.
    pub claims: usize,
    /// Groups formed.
    pub groups: usize,
    /// Inputs skipped.
    pub skipped: usize,
    /// Groups by status (all five keys, always present).
    pub by_status: BTreeMap<&'static str, usize>,
    /// Claims by kind (all four keys, always present).
    pub by_kind: BTreeMap<&'static str, usize>,
    /// Files under a folder left out as not articles by their extension.
    pub not_articles: usize,
    /// Findings left out because `--baseline` lists them; absent without a baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden_by_baseline: Option<usize>,
}

/// Everything the pipeline produced, before rendering: what a [`Report`] is made from.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The documents, sorted by id.
    pub documents: Vec<crate::model::Document>,
    /// Their anchors, by document index.
    pub anchors: Vec<Option<crate::anchor::Anchor>>,
    /// All claims, sorted by (document, start, kind).
    pub claims: Vec<crate::model::Claim>,
    /// Stories, in order of their first document.
    pub stories: Vec<crate::reconcile::story::Story>,
    /// Groups, sorted by (story, kind, subject).
    pub groups: Vec<crate::model::ClaimGroup>,
    /// Inputs that could not be read.
    pub skipped: Vec<crate::model::Skipped>,
    /// Inputs read with a caveat.
    pub warnings: Vec<crate::model::Skipped>,
    /// Files under a folder left out as not articles by their extension.
    pub not_articles: usize,
}

/// Statuses in the order reports show them: the findings, most severe first, then what
/// agrees.
pub(crate) const BY_SEVERITY: [Status; 5] = [
    Status::Conflict,
    Status::Variant,
    Status::Unresolved,
    Status::Resolved,
    Status::Agree,
];

const STATUSES: [Status; 5] = [
    Status::Agree,
    Status::Resolved,
    Status::Variant,
    Status::Conflict,
    Status::Unresolved,
];

impl Report {
    /// Build the report of an analysis.
    pub fn new(a: &Analysis) -> Report {
        let documents: Vec<DocumentOut> = a
            .documents
            .iter()
            .zip(&a.anchors)
            .map(|(d, anchor)| DocumentOut {
                id: d.id.clone(),
                path: d.path.clone(),
                title: d.meta.title.clone(),
                source: d.meta.source.clone(),
                url: d.meta.url.clone(),
                published: match anchor {
                    Some(an) => Published {
                        value: Some(an.date.to_string()),
                        provenance: serde_json::to_value(an.provenance)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                        confidence: Some(an.confidence.as_str()),
                        evidence: Some(an.evidence.clone()),
                    },
                    None => Published {
                        value: None,
                        provenance: "none".into(),
                        confidence: None,
                        evidence: None,
                    },
                },
            })
            .collect();
        let lines: Vec<LineIndex> = a.documents.iter().map(|d| LineIndex::new(&d.text)).collect();
        // Claims come sorted by document and start, so one cursor per document walks
        // forward through its text.
        let mut cursors: Vec<crate::text::Cursor> = a
            .documents
            .iter()
            .zip(&lines)
            .map(|(d, l)| crate::text::Cursor::new(&d.text, l))
            .collect();
        let mut last_sentence: Option<((usize, crate::model::Span), std::sync::Arc<str>)> = None;
        let claims: Vec<ClaimOut> = a
            .claims
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let d = &a.documents[c.doc];
                let (line, column) = cursors[c.doc].line_col(c.span.start);
                ClaimOut {
                    id: format!("c{}", n + 1),
                    document: d.id.clone(),
                    kind: c.kind,
                    text: c.text(d).to_string(),
                    start: c.span.start,
                    end: c.span.end,
                    line,
                    column,
                    sentence: {
                        // Neighbouring claims share a sentence: squash it once. A very
                        // long one is shown as a window around each claim.
                        let key = (c.doc, c.sentence);
                        if c.sentence.end - c.sentence.start > MAX_SHOWN_SENTENCE {
                            shown_sentence(&d.text, c.sentence, c.span).into()
                        } else {
                            if last_sentence.as_ref().is_none_or(|(k, _)| *k != key) {
                                let s = crate::text::squash(d.text.get(c.sentence.start..c.sentence.end).unwrap_or(""));
                                last_sentence = Some((key, s.into()));
                            }
                            last_sentence.as_ref().map_or_else(|| "".into(), |(_, s)| s.clone())
                        }
                    },
                    subject: c.subject.clone(),
                    attribution: c.attribution.clone(),
                    value: c.value.clone(),
                }
            })
            .collect();
        let groups: Vec<GroupOut> = a
            .groups
            .iter()
            .enumerate()
            .map(|(n, g)| GroupOut {
                id: format!("g{}", n + 1),
                story: format!("s{}", g.story + 1),
                kind: g.kind,
                subject: g.subject.clone(),
                status: g.status,
                explanation: g.explanation.clone(),
                claims: g.claims.iter().map(|&i| format!("c{}", i + 1)).collect(),
                sides: g
                    .sides
                    .iter()
                    .map(|s| SideOut {
                        value: s.value.clone(),
                        claims: s.claims.iter().map(|&i| format!("c{}", i + 1)).collect(),
                        sources: s.sources.clone(),
                    })
                    .collect(),
                compatible: g.compatible.iter().map(|&i| format!("c{}", i + 1)).collect(),
            })
            .collect();
        let stories: Vec<StoryOut> = a
            .stories
            .iter()
            .enumerate()
            .map(|(n, s)| StoryOut {
                id: format!("s{}", n + 1),
                title: s.title.clone(),
                documents: s.docs.iter().map(|&d| a.documents[d].id.clone()).collect(),
            })
            .collect();
        let mut by_status: BTreeMap<&'static str, usize> = STATUSES.iter().map(|s| (s.as_str(), 0)).collect();
        for g in &groups {
            *by_status.entry(g.status.as_str()).or_default() += 1;
        }
        let mut by_kind: BTreeMap<&'static str, usize> = Kind::ALL.iter().map(|k| (k.as_str(), 0)).collect();
        for c in &claims {
            *by_kind.entry(c.kind.as_str()).or_default() += 1;
        }
        let summary = Summary {
            documents: documents.len(),
            stories: stories.len(),
            claims: claims.len(),
            groups: groups.len(),
            skipped: a.skipped.len(),
            by_status,
            by_kind,
            not_articles: a.not_articles,
            hidden_by_baseline: None,
        };
        Report {
            version: SCHEMA_VERSION,
            documents,
            claims,
            stories,
            groups,
            skipped: a.skipped.clone(),
            warnings: a.warnings.clone(),
            summary,
            texts: a.documents.iter().map(|d| d.text.clone()).collect(),
        }
    }

    /// The most severe status among the groups, if any.
    pub fn worst(&self) -> Option<Status> {
        self.groups.iter().map(|g| g.status).max()
    }

    /// The report rendered in `format` with default options.
    pub fn render_to_string(&self, format: Format) -> String {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail; a renderer's own error would leave it short.
        let _ = format.renderer(&RenderOptions::default()).render(self, &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Pretty JSON, newline-terminated ([`json::Json`]).
    pub fn to_json(&self) -> String {
        self.render_to_string(Format::Json)
    }

    /// The report as a stream of typed records, one a line ([`ndjson::Ndjson`]).
    pub fn to_ndjson(&self) -> String {
        self.render_to_string(Format::Ndjson)
    }
}

/// Sentences longer than this many bytes are shown as a window around the claim.
pub const MAX_SHOWN_SENTENCE: usize = 480;

/// The part of a long `sentence` around `span`: up to [`MAX_SHOWN_SENTENCE`]` / 2`
/// bytes on each side of the claim, cut at spaces, with "…" where it was cut.
fn shown_sentence(text: &str, sentence: crate::model::Span, span: crate::model::Span) -> String {
    let side = MAX_SHOWN_SENTENCE / 2;
    let (s0, s1) = (sentence.start.min(span.start), sentence.end.max(span.end));
    let mut from = text.floor_char_boundary(span.start.saturating_sub(side).max(s0));
    if from > s0 {
        // Start at the next word.
        from = text[from..span.start].find(' ').map_or(from, |i| from + i + 1);
    }
    let mut to = text.floor_char_boundary((span.end + side).min(s1)).max(span.end);
    if to < s1 {
        to = text[span.end..to].rfind(' ').map_or(to, |i| span.end + i);
    }
    let mut out = String::new();
    if from > s0 {
        out.push_str("… ");
    }
    out.push_str(&crate::text::squash(&text[from..to]));
    if to < s1 {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    #[test]
    fn long_sentences_are_shown_around_the_claim() {
        let text = format!("{} 12,000 troops {}", "né word ".repeat(100), "more words ".repeat(100));
        let at = text.find("12,000").unwrap();
        let shown = shown_sentence(&text, Span::new(0, text.len()), Span::new(at, at + 13));
        assert!(shown.starts_with("… ") && shown.ends_with(" …"), "{shown}");
        assert!(shown.contains("12,000 troops"));
        // Half the budget on each side, plus the claim and the two markers.
        assert!(shown.len() <= MAX_SHOWN_SENTENCE + 13 + 8, "{}", shown.len());
        // A claim at the very start is not cut before it.
        let shown = shown_sentence(&text, Span::new(0, text.len()), Span::new(0, 3));
        assert!(shown.starts_with("né word") && shown.ends_with(" …"), "{shown}");
    }
}
