//! Baselines: known findings, accepted so that only new ones fail a CI run.
//!
//! `--write-baseline FILE` records every finding of a run by its fingerprint (see
//! [`super::findings`]: kind, status, subject, the values set against each other and
//! the documents, never file order, claim ids or thread counts); `--baseline FILE`
//! drops the findings it lists from the report before it is rendered or judged, and
//! counts them in `summary.hidden_by_baseline`.
//!
//! The file is JSON, sorted, one finding a line, so that it reads well in a review:
//!
//! ```text
//! {
//!   "claimcheck_baseline": 1,
//!   "findings": [
//!     {"fingerprint": "4f0c...", "status": "conflict", "kind": "count", "subject": "north korean troops"}
//!   ]
//! }
//! ```
//!
//! Only `fingerprint` is read back; the other fields are for people.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::Report;
use super::findings::{self, Index};

/// The format version of a baseline file.
pub const BASELINE_VERSION: u32 = 1;

/// A set of known findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Baseline {
    /// Their fingerprints.
    pub fingerprints: BTreeSet<String>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    subject: String,
}

#[derive(Deserialize)]
struct File {
    claimcheck_baseline: u32,
    findings: Vec<Entry>,
}

/// The baseline file of a report's findings.
pub fn write(report: &Report) -> String {
    let index = Index::new(report);
    let mut entries: Vec<Entry> = findings::findings(report, &index)
        .into_iter()
        .map(|f| Entry {
            fingerprint: f.fingerprint,
            status: f.group.status.as_str().into(),
            kind: f.group.kind.as_str().into(),
            subject: f.group.subject.clone(),
        })
        .collect();
    entries.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
    let lines: Vec<String> = entries
        .iter()
        .map(|e| format!("    {}", serde_json::to_string(e).unwrap_or_default()))
        .collect();
    if lines.is_empty() {
        return format!("{{\n  \"claimcheck_baseline\": {BASELINE_VERSION},\n  \"findings\": []\n}}\n");
    }
    format!(
        "{{\n  \"claimcheck_baseline\": {BASELINE_VERSION},\n  \"findings\": [\n{}\n  ]\n}}\n",
        lines.join(",\n")
    )
}

/// Read a baseline file's text.
pub fn read(text: &str) -> Result<Baseline, String> {
    let file: File = serde_json::from_str(text).map_err(|e| format!("not a claimcheck baseline: {e}"))?;
    if file.claimcheck_baseline != BASELINE_VERSION {
        return Err(format!(
            "baseline version {} (this claimcheck reads version {BASELINE_VERSION})",
            file.claimcheck_baseline
        ));
    }
    Ok(Baseline {
        fingerprints: file.findings.into_iter().map(|e| e.fingerprint).collect(),
    })
}

impl Report {
    /// Drop the findings `baseline` knows from the report (groups, and the summary's
    /// counts), record how many in `summary.hidden_by_baseline`, and return that number.
    /// Claims stay; group ids keep their numbers.
    pub fn apply_baseline(&mut self, baseline: &Baseline) -> usize {
        let index = Index::new(self);
        let known: BTreeSet<String> = findings::findings(self, &index)
            .into_iter()
            .filter(|f| baseline.fingerprints.contains(&f.fingerprint))
            .map(|f| f.group.id.clone())
            .collect();
        self.groups.retain(|g| !known.contains(&g.id));
        self.summary.groups = self.groups.len();
        for n in self.summary.by_status.values_mut() {
            *n = 0;
        }
        for g in &self.groups {
            *self.summary.by_status.entry(g.status.as_str()).or_default() += 1;
        }
        self.summary.hidden_by_baseline = Some(known.len());
        known.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes_and_rejects_other_files() {
        let text = "{\"claimcheck_baseline\": 1, \"findings\": [{\"fingerprint\": \"ab\"}, {\"fingerprint\": \"cd\", \"status\": \"conflict\"}]}";
        let b = read(text).unwrap();
        assert_eq!(b.fingerprints.iter().collect::<Vec<_>>(), ["ab", "cd"]);
        assert!(
            read("{\"version\": 1}")
                .unwrap_err()
                .contains("not a claimcheck baseline")
        );
        assert!(
            read("{\"claimcheck_baseline\": 2, \"findings\": []}")
                .unwrap_err()
                .contains("version 2")
        );
    }
}
