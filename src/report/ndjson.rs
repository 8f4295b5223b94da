//! `--format ndjson`: the report as a stream of records, one JSON object a line, each
//! with a `type` (see the wire format in the module above), so that `jq` can pick
//! findings out of a stream without reading the whole report.
//!
//! Each record is the object the JSON report holds in the matching array, with `type`
//! first; the objects are serialised from the report's own structs, so a field added
//! to the report appears here too.

use serde::Serialize;

use super::{ClaimOut, DocumentOut, GroupOut, Report, StoryOut, Summary};
use crate::model::Skipped;

/// One line of the stream.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Record<'a> {
    Document(&'a DocumentOut),
    Claim(ClaimLine<'a>),
    Story(&'a StoryOut),
    Group(&'a GroupOut),
    Skipped(&'a Skipped),
    Warning(&'a Skipped),
    Summary(SummaryLine<'a>),
}

/// A claim with its document's path, so that one line gives `path:line:column`.
#[derive(Serialize)]
struct ClaimLine<'a> {
    #[serde(flatten)]
    claim: &'a ClaimOut,
    path: &'a str,
}

/// The summary, last, with the schema version the records follow.
#[derive(Serialize)]
struct SummaryLine<'a> {
    version: u32,
    #[serde(flatten)]
    summary: &'a Summary,
}

/// The report as NDJSON: documents, claims, stories, groups, skipped inputs, warnings,
/// then the summary.
pub fn render(report: &Report) -> String {
    let paths: std::collections::HashMap<&str, &str> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.path.as_str()))
        .collect();
    let records = report
        .documents
        .iter()
        .map(Record::Document)
        .chain(report.claims.iter().map(|c| {
            Record::Claim(ClaimLine {
                claim: c,
                path: paths.get(c.document.as_str()).copied().unwrap_or(&c.document),
            })
        }))
        .chain(report.stories.iter().map(Record::Story))
        .chain(report.groups.iter().map(Record::Group))
        .chain(report.skipped.iter().map(Record::Skipped))
        .chain(report.warnings.iter().map(Record::Warning))
        .chain(std::iter::once(Record::Summary(SummaryLine {
            version: report.version,
            summary: &report.summary,
        })));
    let mut out = String::new();
    for r in records {
        if let Ok(line) = serde_json::to_string(&r) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
