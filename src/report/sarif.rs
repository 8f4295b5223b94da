//! `--format sarif`: SARIF 2.1.0, the format code-scanning tools read.
//!
//! One run, one result per finding (conflict, variant, unresolved; agreements and
//! resolutions are not findings), with three rules named after the statuses. Levels:
//! a conflict is an `error`, a variant (the same words reported differently) a
//! `warning`, an unresolved group (claimcheck could not decide) a `note`. Every claim
//! of the group is a location at `path:line:column` (columns in Unicode code points, as
//! the run's `columnKind` says), with the claim's text as its snippet and its side and
//! source as its message. `partialFingerprints["claimcheck/v1"]` is the finding's
//! fingerprint ([`super::findings`]): it does not depend on file order, claim ids or
//! the thread count, and is the key `--baseline` uses. `properties` carry the group's
//! id, story, kind and status.

use std::io::{self, Write};

use serde::Serialize;

use super::findings::{self, Finding, Index};
use super::{ClaimOut, FormatInfo, GroupOut, Render, RenderOptions, Report};
use crate::model::Status;

/// `--format sarif`.
#[derive(Debug, Clone, Copy)]
pub struct Sarif;

impl FormatInfo for Sarif {
    const NAME: &'static str = "sarif";
    const HELP: &'static str =
        "SARIF 2.1.0 for code-scanning tools: one result per conflict, variant or unresolved group";

    fn new(_: &RenderOptions) -> Self {
        Sarif
    }
}

/// The schema the log points at.
const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The rules, one per finding status, in `ruleIndex` order.
const RULES: [(Status, &str, &str, &str); 3] = [
    (
        Status::Conflict,
        "error",
        "Outlets report values that cannot both be true",
        "Claims about the same thing in different documents or from different sources contradict each other.",
    ),
    (
        Status::Variant,
        "warning",
        "One statement quoted in different words",
        "Quotations of one speaker match in substance but differ in wording.",
    ),
    (
        Status::Unresolved,
        "note",
        "Claims that could not be compared",
        "claimcheck could not decide whether the claims agree (no publication date, an unknown year, an ambiguous unit).",
    ),
];

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    results: Vec<SarifResult<'a>>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: String,
    short_description: Message,
    full_description: Message,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Properties<'a> {
    group: &'a str,
    story: &'a str,
    kind: &'static str,
    status: &'static str,
    subject: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    message: Message,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Message,
}

impl Render for Sarif {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let index = Index::new(report);
        let results = findings::findings(report, &index)
            .iter()
            .map(|f| result(f, &index))
            .collect();
        let log = Log {
            schema: SCHEMA,
            version: "2.1.0",
            runs: vec![Run {
                tool: Tool {
                    driver: Driver {
                        name: "claimcheck",
                        version: env!("CARGO_PKG_VERSION"),
                        rules: RULES
                            .iter()
                            .map(|(status, level, short, full)| Rule {
                                id: status.as_str(),
                                name: capitalised(status.as_str()),
                                short_description: Message { text: (*short).into() },
                                full_description: Message { text: (*full).into() },
                                default_configuration: Configuration { level },
                            })
                            .collect(),
                    },
                },
                results,
                column_kind: "unicodeCodePoints",
            }],
        };
        serde_json::to_writer_pretty(&mut *out, &log)?;
        out.write_all(b"\n")
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn result<'a>(f: &Finding<'a>, index: &Index<'a>) -> SarifResult<'a> {
    let g = f.group;
    let rule_index = RULES.iter().position(|r| r.0 == g.status).unwrap_or(0);
    SarifResult {
        rule_id: g.status.as_str(),
        rule_index,
        level: RULES[rule_index].1,
        message: Message {
            text: format!("{}: {}", findings::title(g), g.explanation),
        },
        locations: f.claims.iter().map(|c| location(g, c, index)).collect(),
        partial_fingerprints: [("claimcheck/v1", f.fingerprint.clone())].into_iter().collect(),
        properties: Properties {
            group: &g.id,
            story: &g.story,
            kind: g.kind.as_str(),
            status: g.status.as_str(),
            subject: &g.subject,
        },
    }
}

fn location(g: &GroupOut, c: &ClaimOut, index: &Index<'_>) -> Location {
    let (end_line, end_column) = findings::end_line_column(c);
    let side = g.sides.iter().find(|s| s.claims.contains(&c.id));
    let who = c.attribution.as_deref().or_else(|| {
        index
            .documents
            .get(c.document.as_str())
            .and_then(|d| d.source.as_deref())
    });
    let mut text = match side {
        Some(s) => format!("{}: {}", s.value, c.value),
        None => c.value.to_string(),
    };
    if let Some(who) = who {
        text.push_str(&format!(" ({who})"));
    }
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(index.path(c)),
            },
            region: Region {
                start_line: c.line,
                start_column: c.column,
                end_line,
                end_column,
                snippet: Message { text: c.text.clone() },
            },
        },
        message: Message { text },
    }
}

/// A path as a URI reference: `/` separators, characters outside the unreserved set
/// and `/` percent-encoded (a space, `#` of a JSON Lines id), and `file://` before an
/// absolute path.
pub(crate) fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    let absolute = path.starts_with('/');
    let windows_drive = path.len() > 2 && path.as_bytes()[1] == b':' && path.as_bytes()[0].is_ascii_alphabetic();
    if absolute {
        out.push_str("file://");
    } else if windows_drive {
        out.push_str("file:///");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) || (windows_drive && b == b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("fixtures/seeds/a.txt"), "fixtures/seeds/a.txt");
        assert_eq!(uri("my notes/é #1.txt"), "my%20notes/%C3%A9%20%231.txt");
        assert_eq!(uri("/tmp/x.txt"), "file:///tmp/x.txt");
        assert_eq!(uri("C:\\news\\a.txt"), "file:///C:/news/a.txt");
    }
}
