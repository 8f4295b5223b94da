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

/// The human and NDJSON reports of every fixture corpus.
#[test]
fn text_and_ndjson_reports() {
    for (name, dir, published) in [
        ("seeds", "seeds", Some("2024-10-24")),
        ("seeds_undated", "seeds", None),
        ("seeds_html", "seeds-html", Some("2024-10-24")),
        ("seeds_jsonl", "seeds-jsonl", Some("2024-10-24")),
        ("quake", "quake", None),
        ("court", "court", None),
        ("election", "election", None),
    ] {
        insta::assert_snapshot!(format!("{name}_text"), rendered(dir, published, "text"));
        insta::assert_snapshot!(format!("{name}_ndjson"), rendered(dir, published, "ndjson"));
    }
}

fn report(dir: &str, published: Option<&str>) -> String {
    let opts = Options {
        paths: vec![format!("fixtures/{dir}")],
        published: published.map(|p| p.parse().unwrap()),
        max_file_size: None,
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
/// its path:line:column.
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
