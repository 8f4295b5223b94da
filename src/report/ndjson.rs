//! `--format ndjson`: the report as a stream of records, one JSON object a line, each
//! with a `type` (see the wire format in the module above), so that `jq` can pick
//! findings out of a stream without reading the whole report.
//!
//! Each record is the object the JSON report holds in the matching array, with `type`
//! first; the objects are serialised from the report's own structs, so a field added
//! to the report appears here too.

use serde::Serialize;

use std::io::{self, Write};

use super::{ClaimOut, DocumentOut, FormatInfo, GroupOut, Render, RenderOptions, Report, StoryOut, Summary};
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

/// `--format ndjson`: documents, claims, stories, groups, skipped inputs, warnings, then
/// the summary, one record a line.
#[derive(Debug, Clone, Copy)]
pub struct Ndjson;

impl FormatInfo for Ndjson {
    const NAME: &'static str = "ndjson";
    const HELP: &'static str = "One JSON record per line, each with a `type`: document, claim, story, group, skipped, warning, then the summary";

    fn new(_: &RenderOptions) -> Self {
        Ndjson
    }
}

impl Render for Ndjson {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        render(report, out)
    }
}

fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
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
    for r in records {
        serde_json::to_writer(&mut *out, &r)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
