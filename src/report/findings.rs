//! Findings: the groups a CI format reports (conflicts, variants, unresolved groups;
//! agreements and resolutions are not findings), each with a fingerprint that names it
//! from one run to the next, for SARIF's `partialFingerprints` and for baselines.
//!
//! A fingerprint depends on what the finding says, never on how the run was made: the
//! claim kind, the status, the subject (lowercased, whitespace squashed), the values it
//! sets against each other (a conflict's side values; for other findings the distinct
//! surface forms of its claims, lowercased), and the ids of the documents it cites (the
//! paths relative to the folder given, so a corpus moved to another folder or checkout
//! keeps its fingerprints). Each list is sorted and deduplicated, so that neither file
//! order, claim ids, group ids, the order of sides nor the thread count changes it. Two
//! findings that would still share one get `~2`, `~3`, ... in report order.

use std::collections::{BTreeMap, BTreeSet};

use super::{ClaimOut, DocumentOut, GroupOut, Report};
use crate::model::Status;

/// Whether a group with this status is a finding.
pub fn is_finding(status: Status) -> bool {
    matches!(status, Status::Conflict | Status::Variant | Status::Unresolved)
}

/// One finding, with what a renderer needs about it.
#[derive(Debug, Clone)]
pub struct Finding<'a> {
    /// The group.
    pub group: &'a GroupOut,
    /// Its claims, in the group's order.
    pub claims: Vec<&'a ClaimOut>,
    /// Its stable fingerprint (16 hex digits, `~N` added on a repeat).
    pub fingerprint: String,
}

/// Lookups over a report shared by renderers: claims by id, documents by id.
#[derive(Debug)]
pub struct Index<'a> {
    /// Claims by id.
    pub claims: BTreeMap<&'a str, &'a ClaimOut>,
    /// Documents by id.
    pub documents: BTreeMap<&'a str, &'a DocumentOut>,
}

impl<'a> Index<'a> {
    /// Index `report`.
    pub fn new(report: &'a Report) -> Self {
        Index {
            claims: report.claims.iter().map(|c| (c.id.as_str(), c)).collect(),
            documents: report.documents.iter().map(|d| (d.id.as_str(), d)).collect(),
        }
    }

    /// The path to show for a claim (`path:line:column`).
    pub fn path(&self, c: &'a ClaimOut) -> &'a str {
        self.documents
            .get(c.document.as_str())
            .map_or(c.document.as_str(), |d| d.path.as_str())
    }

    /// A group's claims, in its order.
    pub fn claims_of(&self, g: &GroupOut) -> Vec<&'a ClaimOut> {
        g.claims
            .iter()
            .filter_map(|id| self.claims.get(id.as_str()).copied())
            .collect()
    }
}

/// Every finding of `report`, in report order, with its fingerprint.
pub fn findings<'a>(report: &'a Report, index: &Index<'a>) -> Vec<Finding<'a>> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    report
        .groups
        .iter()
        .filter(|g| is_finding(g.status))
        .map(|g| {
            let claims = index.claims_of(g);
            let base = fingerprint(g, &claims);
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            let fingerprint = if *n == 1 { base } else { format!("{base}~{n}") };
            Finding {
                group: g,
                claims,
                fingerprint,
            }
        })
        .collect()
}

/// The fingerprint of one group (see the module comment).
pub fn fingerprint(g: &GroupOut, claims: &[&ClaimOut]) -> String {
    let norm = |s: &str| crate::text::squash(s).to_lowercase();
    let values: BTreeSet<String> = if g.sides.is_empty() {
        claims.iter().map(|c| norm(&c.text)).collect()
    } else {
        g.sides.iter().map(|s| norm(&s.value)).collect()
    };
    let documents: BTreeSet<&str> = claims.iter().map(|c| c.document.as_str()).collect();
    let mut key = String::from("claimcheck-finding/1");
    for part in [g.kind.as_str(), g.status.as_str(), &norm(&g.subject)] {
        key.push('\u{1f}');
        key.push_str(part);
    }
    for list in [
        values.iter().map(String::as_str).collect::<Vec<_>>(),
        documents.into_iter().collect(),
    ] {
        key.push('\u{1e}');
        key.push_str(&list.join("\u{1f}"));
    }
    format!("{:016x}", crate::text::fnv1a(key.as_bytes()))
}

/// A one-line title for a finding: `conflict: count north korean troops`.
pub fn title(g: &GroupOut) -> String {
    format!("{} {}: {}", g.status.as_str(), g.kind.as_str(), g.subject)
}

/// Where a claim ends, as a 1-based line and column (in characters), one past its last
/// character: from its start and its text.
pub fn end_line_column(c: &ClaimOut) -> (usize, usize) {
    match c.text.rfind('\n') {
        Some(i) => (
            c.line + c.text.matches('\n').count(),
            c.text[i + 1..].chars().count() + 1,
        ),
        None => (c.line, c.column + c.text.chars().count()),
    }
}
