//! Schema guard: the JSON report parsed into strict structs kept only here. An
//! accidental rename, removal or addition of a field fails this test; a deliberate one
//! updates these structs, the README and (for removals and renames) the version.
#![allow(dead_code)]

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    version: u32,
    documents: Vec<Doc>,
    claims: Vec<Claim>,
    stories: Vec<Story>,
    groups: Vec<Group>,
    skipped: Vec<Skip>,
    warnings: Vec<Skip>,
    summary: Summary,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    id: String,
    path: String,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Published,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Published {
    value: Option<String>,
    provenance: String,
    confidence: Option<String>,
    evidence: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    id: String,
    document: String,
    kind: String,
    text: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    sentence: String,
    subject: String,
    attribution: Option<String>,
    value: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountValue {
    point: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: String,
    unit: String,
    noun: String,
    modifiers: Vec<String>,
    per_unit: bool,
    scope: Option<String>,
    derived: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateValue {
    timex: Option<String>,
    grain: String,
    #[serde(rename = "mod")]
    modifier: Option<String>,
    anchor: Option<String>,
    relative: bool,
    #[serde(rename = "type")]
    timex_type: String,
    inconsistency: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceValue {
    name: String,
    within: Vec<String>,
    feature: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteValue {
    speaker: Option<String>,
    quote: String,
    term: bool,
    role: Option<String>,
    speaker_basis: Option<SpeakerBasis>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum SpeakerBasis {
    Named,
    Pronoun,
    Role,
    Continuation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Story {
    id: String,
    title: String,
    documents: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    id: String,
    story: String,
    kind: String,
    subject: String,
    status: String,
    explanation: String,
    claims: Vec<String>,
    sides: Vec<Side>,
    compatible: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    value: String,
    claims: Vec<String>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Skip {
    path: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    documents: usize,
    stories: usize,
    claims: usize,
    groups: usize,
    skipped: usize,
    by_status: std::collections::BTreeMap<String, usize>,
    by_kind: std::collections::BTreeMap<String, usize>,
    not_articles: usize,
    /// Only with --baseline.
    #[serde(default)]
    hidden_by_baseline: Option<usize>,
}

#[test]
fn json_report_matches_the_documented_schema() {
    let out = assert_cmd::Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["fixtures", "--format", "json", "--published", "2024-10-24"])
        .output()
        .unwrap();
    let r: Report = serde_json::from_slice(&out.stdout).expect("report matches the schema");
    assert_eq!(r.version, 1);
    let ids: std::collections::BTreeSet<&str> = r.claims.iter().map(|c| c.id.as_str()).collect();
    let docs: std::collections::BTreeSet<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
    for c in &r.claims {
        assert!(docs.contains(c.document.as_str()));
        assert!(c.start <= c.end && c.line >= 1 && c.column >= 1);
        let v = c.value.clone();
        let ok = match c.kind.as_str() {
            "count" => serde_json::from_value::<CountValue>(v).is_ok(),
            "date" => serde_json::from_value::<DateValue>(v).is_ok(),
            "place" => serde_json::from_value::<PlaceValue>(v).is_ok(),
            "quote" => serde_json::from_value::<QuoteValue>(v).is_ok(),
            other => panic!("unknown kind {other}"),
        };
        assert!(ok, "value of {} does not match its kind {}", c.id, c.kind);
    }
    // Every document is in exactly one story; every group names one.
    let mut in_story: Vec<&str> = r
        .stories
        .iter()
        .flat_map(|s| s.documents.iter().map(String::as_str))
        .collect();
    in_story.sort_unstable();
    assert_eq!(in_story, docs.iter().copied().collect::<Vec<_>>());
    let stories: std::collections::BTreeSet<&str> = r.stories.iter().map(|s| s.id.as_str()).collect();
    assert!(r.stories.iter().all(|s| !s.title.is_empty()));
    assert_eq!(r.summary.stories, r.stories.len());
    for g in &r.groups {
        assert!(stories.contains(g.story.as_str()));
        assert!(["agree", "resolved", "variant", "conflict", "unresolved"].contains(&g.status.as_str()));
        assert!(!g.explanation.is_empty() && !g.explanation.contains('\n'));
        assert!(g.claims.iter().all(|c| ids.contains(c.as_str())));
        // Sides are a conflict's, each with a value, claims of the group and sources.
        for s in &g.sides {
            assert!(!s.value.is_empty() && !s.claims.is_empty() && !s.sources.is_empty());
            assert!(s.claims.iter().all(|c| g.claims.contains(c)));
        }
        assert!(g.compatible.iter().all(|c| g.claims.contains(c)));
        if g.status != "conflict" {
            assert!(g.sides.is_empty() && g.compatible.is_empty());
        }
    }
    assert_eq!(r.summary.by_status.len(), 5);
    assert_eq!(r.summary.by_kind.len(), 4);
    assert_eq!(r.summary.claims, r.claims.len());
}
