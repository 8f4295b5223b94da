//! Snapshots of every fixture corpus: the JSON report through the library (the snapshot
//! name is the folder name), and the human and NDJSON reports through the real binary
//! (`<name>_text`, `<name>_ndjson`). Every snapshot change is a product change: review
//! it with `cargo insta review`.

use claimcheck::{Options, run};

/// The report of the binary in `format`, colour off.
fn rendered(dir: &str, published: Option<&str>, format: &str) -> String {
    let mut cmd = assert_cmd::Command::cargo_bin("claimcheck").expect("binary built");
    cmd.args([
        &format!("fixtures/{dir}"),
        "--format",
        format,
        "--color",
        "never",
        "--fail-on",
        "none",
    ]);
    if let Some(p) = published {
        cmd.args(["--published", p]);
    }
    let out = cmd.output().expect("binary runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 report")
}

/// Every fixture corpus as the text and NDJSON snapshots see it: snapshot name, folder
/// under `fixtures/`, `--published`.
const CORPORA: [(&str, &str, Option<&str>); 12] = [
    ("seeds", "seeds", Some("2024-10-24")),
    ("seeds_undated", "seeds", None),
    ("seeds_html", "seeds-html", Some("2024-10-24")),
    ("seeds_jsonl", "seeds-jsonl", Some("2024-10-24")),
    ("quake", "quake", None),
    ("court", "court", None),
    ("election", "election", None),
    ("trust", "trust", None),
    ("newsroom", "newsroom", None),
    ("tolls", "tolls", None),
    // Issue #12: one speaker quoted with and without a negation.
    ("reversal", "reversal", None),
    // Issue #12: two numbers of one group of people ("five women", "two women"), and a
    // clock time that writes out its day ("just after 4 a.m. March 5") against a weekday.
    ("groups", "groups", None),
];

/// The human and NDJSON reports of every fixture corpus.
#[test]
fn text_and_ndjson_reports() {
    for (name, dir, published) in CORPORA {
        insta::assert_snapshot!(format!("{name}_text"), rendered(dir, published, "text"));
        insta::assert_snapshot!(format!("{name}_ndjson"), rendered(dir, published, "ndjson"));
    }
}

/// Issue #14: a corpus added under `fixtures/` gets its text report snapshotted.
#[test]
fn every_fixture_corpus_has_text_snapshots() {
    let mut on_disk: Vec<String> = std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut covered: Vec<String> = CORPORA.iter().map(|c| c.1.to_string()).collect();
    covered.sort();
    covered.dedup();
    assert_eq!(covered, on_disk, "add the new corpus to CORPORA");
}

fn report(dir: &str, published: Option<&str>) -> String {
    let opts = Options {
        paths: vec![format!("fixtures/{dir}")],
        published: published.map(|p| p.parse().unwrap()),
        max_file_size: None,
        ..Options::default()
    };
    run(&opts, None).expect("fixture corpus runs").to_json()
}

#[test]
fn seeds() {
    insta::assert_snapshot!("seeds", report("seeds", Some("2024-10-24")));
}

#[test]
fn seeds_undated() {
    insta::assert_snapshot!("seeds_undated", report("seeds", None));
}

#[test]
fn quake() {
    insta::assert_snapshot!("quake", report("quake", None));
}

#[test]
fn court() {
    insta::assert_snapshot!("court", report("court", None));
}

#[test]
fn election() {
    insta::assert_snapshot!("election", report("election", None));
}

#[test]
fn trust() {
    insta::assert_snapshot!("trust", report("trust", None));
}

/// Five stories in one folder (`tests/stories.rs` says what they check).
#[test]
fn newsroom() {
    insta::assert_snapshot!("newsroom", report("newsroom", None));
}

/// Two stories' tolls (`tests/tolls.rs` says what they check).
#[test]
fn tolls() {
    insta::assert_snapshot!("tolls", report("tolls", None));
}

/// Issue #11, trust: three outlets on a fare vote, written to hold one real
/// disagreement among traps. The one conflict is the same statement given to two
/// named people (Lena Okafor in two outlets, Tomas Reyes in the third). Not conflicts:
/// "As board member ... left" and "Posting on the board's website" are not speakers;
/// the board's statement has no speaker name; "he said" is inferred; "before the board
/// holds its final hearing on Dec. 2" and "ahead of the Dec. 2 hearing" are awaited,
/// not past events after publication; "drivers a 5% raise and mechanics a 3% raise"
/// counts two things; "yesterday" inside a quotation is the speaker's day.
#[test]
fn trust_corpus_has_one_real_conflict() {
    let v: serde_json::Value = serde_json::from_str(&report("trust", None)).unwrap();
    let conflicts: Vec<&serde_json::Value> = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(conflicts[0]["kind"], "quote");
    let e = conflicts[0]["explanation"].as_str().unwrap();
    assert!(e.contains("Lena Okafor") && e.contains("Tomas Reyes"), "{e}");
    for c in v["claims"].as_array().unwrap() {
        if c["kind"] == "quote" {
            let sp = c["value"]["speaker"].as_str().unwrap_or("");
            assert!(
                !["As", "Posting", "When", "board"].iter().any(|w| sp.starts_with(w)),
                "{c}"
            );
        }
    }
}

/// The corpora written for this project (other topics than the seeds) each exercise
/// every status: quake (a death toll: conflict 38 vs at least 41; "Wednesday" vs
/// "March 12" resolved; a minister's reworded quote; an undated follow-up whose
/// "yesterday" stays unresolved) and court (a sentence of nine vs 12 years; "Monday"
/// vs "March 3"; the judge's words in two versions; an undated appeal note).
#[test]
fn own_corpora_hold_every_status() {
    for dir in ["quake", "court"] {
        let v: serde_json::Value = serde_json::from_str(&report(dir, None)).unwrap();
        for status in ["agree", "resolved", "variant", "conflict", "unresolved"] {
            assert!(
                v["summary"]["by_status"][status].as_u64().unwrap() >= 1,
                "{dir} has no {status} group"
            );
        }
    }
}

/// Issue #3: "Tuesday, March 4" where March 4, 2026 was a Wednesday is reported at
/// its path:line:column, as one claim holding both the weekday and the date.
#[test]
fn weekday_that_does_not_fit_its_date_is_reported() {
    let v: serde_json::Value = serde_json::from_str(&report("election", None)).unwrap();
    let g = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["status"] == "conflict" && g["explanation"].as_str().unwrap().contains("Wednesday"))
        .expect("an inconsistency finding");
    assert!(
        g["explanation"]
            .as_str()
            .unwrap()
            .contains("fixtures/election/capitol-report.md:6:41"),
        "{g}"
    );
    assert_eq!(super::stories::group_texts(&v, g), ["Tuesday, March 4"], "{g}");
}

/// Issue #5: one outlet gives the winner's words to her campaign manager; the quote
/// group is a misattribution conflict naming both speakers.
#[test]
fn misattributed_quote_is_a_conflict() {
    let v: serde_json::Value = serde_json::from_str(&report("election", None)).unwrap();
    let g = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["kind"] == "quote")
        .expect("a quote group");
    assert_eq!(g["status"], "conflict", "{g}");
    let e = g["explanation"].as_str().unwrap();
    assert!(e.contains("Felix Grant") && e.contains("Maria Ortega"), "{e}");
}

/// Issue #12: three outlets on one ferry capsizing. Two conflicts and no more: "Five
/// women were killed" against "Two women were killed" (one group of people counted
/// differently; "Six people were killed in all" fits both), and "on Sunday" against
/// "just after 4 a.m. March 5" (a clock time that writes out its day is compared by it;
/// the sentence goes on past "a.m.", and its trailing ", the coastguard said" does not
/// make the date the statement's).
#[test]
fn groups_corpus_has_a_count_and_a_date_conflict() {
    let v: serde_json::Value = serde_json::from_str(&report("groups", None)).unwrap();
    let sides = |kind: &str| -> Vec<String> {
        let g: Vec<&serde_json::Value> = v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["status"] == "conflict" && g["kind"] == kind)
            .collect();
        assert_eq!(g.len(), 1, "{kind}: {g:?}");
        let mut s: Vec<String> = g[0]["sides"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["value"].as_str().unwrap().to_string())
            .collect();
        s.sort();
        s
    };
    assert_eq!(sides("count"), ["2 women killed", "5 women killed"]);
    assert_eq!(sides("date"), ["2026-03-05T04:00", "2026-03-08"]);
    let conflicts = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["status"] == "conflict")
        .count();
    assert_eq!(conflicts, 2);
}

#[test]
fn groups() {
    insta::assert_snapshot!("groups", report("groups", None));
}
