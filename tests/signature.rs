//! Issue #13, item 6: `claimcheck extract` gives every document a story signature
//! (`minhash`), so that a job spread over machines can bucket documents into stories
//! before reconciling each bucket. Two reports of one event share many slots, an
//! unrelated report few; the signature does not depend on the thread count, and a
//! stream without it still reconciles.

use std::path::Path;

fn cc() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("claimcheck").expect("binary built")
}

const DERAILMENT_A: &str = "---
title: Freight train derails near Brinsmoor, spilling diesel into the Vell
source: Harlow Gazette
published: 2026-04-08
---
A freight train operated by Castmere Rail derailed near the village of Brinsmoor early on Tuesday, sending twelve wagons down the embankment and diesel into the Vell River, the regional transport authority said.

Nobody was hurt, but residents of Brinsmoor were told not to draw water from the Vell until tests are done, said Dagny Holt, who leads the authority's incident team.

Castmere Rail said the line between Brinsmoor and Ostley would stay closed for at least a week while cranes lift the wagons.
";

const DERAILMENT_B: &str = "---
title: Brinsmoor derailment: river warning as Castmere Rail wagons leave the track
source: Northern Wire
published: 2026-04-08
---
Twelve wagons of a Castmere Rail freight train came off the rails outside Brinsmoor on Tuesday morning, and fuel leaked into the Vell River below the embankment, officials said.

Dagny Holt of the regional transport authority asked people in Brinsmoor to avoid water from the Vell for now, adding that no injuries had been reported.

The stretch of line to Ostley is expected to remain shut for about a week, according to Castmere Rail.
";

const TRAMS: &str = "---
title: Ostravale council backs the northern tram extension
source: City Ledger
published: 2026-04-08
---
The Ostravale city council voted 31 to 14 on Tuesday to extend the northern tram line by six stops, Mayor Pieter Lund announced after the session.

The extension will cost about 180 million euros and should carry its first passengers in 2029, according to the council's transport committee.

Opponents on the council said the money would be better spent on buses serving the outer districts of Ostravale.
";

/// The documents of an extract stream with their signatures, in stream order.
fn signatures(stream: &[u8]) -> Vec<(String, Vec<u64>)> {
    String::from_utf8_lossy(stream)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["type"] == "document")
        .map(|r| {
            let sig = r["minhash"].as_array().expect("a minhash array");
            let sig = sig.iter().map(|v| v.as_u64().expect("an integer")).collect();
            (r["id"].as_str().unwrap().to_string(), sig)
        })
        .collect()
}

/// The share of slots two signatures have equal.
fn shared(a: &[u64], b: &[u64]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

fn extract(cwd: &Path, args: &[&str]) -> Vec<u8> {
    let out = cc().current_dir(cwd).arg("extract").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn reports_of_one_event_share_many_signature_slots_and_an_unrelated_one_few() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in [("a.md", DERAILMENT_A), ("b.md", DERAILMENT_B), ("c.md", TRAMS)] {
        std::fs::write(tmp.path().join(name), text).unwrap();
    }
    let stream = extract(tmp.path(), &["-j", "1", "."]);
    let sigs = signatures(&stream);
    assert_eq!(
        sigs.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
        ["a.md", "b.md", "c.md"]
    );
    for (id, s) in &sigs {
        assert_eq!(s.len(), 64, "{id}");
        assert!(s.iter().all(|&v| v <= u64::from(u32::MAX)), "{id}");
    }
    let (a, b, c) = (&sigs[0].1, &sigs[1].1, &sigs[2].1);
    assert!(shared(a, b) >= 0.25, "one event: {}", shared(a, b));
    assert!(shared(a, c) <= 0.1, "unrelated: {}", shared(a, c));
    assert!(shared(b, c) <= 0.1, "unrelated: {}", shared(b, c));
    // The same stream whatever the thread count.
    assert_eq!(stream, extract(tmp.path(), &["-j", "2", "."]));
}

/// Documents of one story (as one run clusters them) agree on at least one band of two
/// slots, the bucketing key `scripts/spark_example.py` uses, on the fixture folder that
/// holds several stories.
#[test]
fn every_newsroom_story_shares_a_band() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sigs: std::collections::BTreeMap<String, Vec<u64>> =
        signatures(&extract(repo, &["fixtures/newsroom"])).into_iter().collect();
    let out = cc()
        .current_dir(repo)
        .args(["fixtures/newsroom", "--format", "json"])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let stories = report["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 5);
    for s in stories {
        let docs: Vec<&str> = s["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap())
            .collect();
        for pair in docs.windows(2) {
            let (a, b) = (&sigs[pair[0]], &sigs[pair[1]]);
            let band = a.chunks(2).zip(b.chunks(2)).any(|(x, y)| x == y);
            assert!(band, "{pair:?} share no band ({} of the slots)", shared(a, b));
        }
    }
}

/// Reconciliation does not read the signature: a stream without it (as written before
/// it was added, same version) gives the same report.
#[test]
fn a_stream_without_signatures_reconciles_the_same() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stream = extract(repo, &["fixtures/quake"]);
    let stripped: String = String::from_utf8_lossy(&stream)
        .lines()
        .map(|l| {
            let mut r: serde_json::Value = serde_json::from_str(l).unwrap();
            if let Some(o) = r.as_object_mut() {
                o.remove("minhash");
            }
            format!("{r}\n")
        })
        .collect();
    assert!(!stripped.contains("minhash"));
    let report = |input: Vec<u8>| {
        let out = cc()
            .current_dir(repo)
            .args(["reconcile", "-", "--format", "json"])
            .write_stdin(input)
            .output()
            .unwrap();
        (out.stdout, out.status.code())
    };
    assert_eq!(report(stream), report(stripped.into_bytes()));
}
