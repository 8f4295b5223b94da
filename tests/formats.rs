//! Issue #6: the seed articles as scraped HTML pages and as one JSON Lines file (made by
//! `scripts/convert_seeds.py`) give the same groups as the plain-text originals.

fn groups(dir: &str) -> Vec<(String, String, String, usize)> {
    let out = assert_cmd::Command::cargo_bin("claimcheck")
        .unwrap()
        .args([dir, "--format", "json", "--published", "2024-10-24"])
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut g: Vec<_> = r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["kind"].as_str().unwrap().to_string(),
                g["subject"].as_str().unwrap().to_string(),
                g["status"].as_str().unwrap().to_string(),
                g["claims"].as_array().unwrap().len(),
            )
        })
        .collect();
    g.sort();
    g
}

#[test]
fn html_and_jsonl_versions_give_the_same_groups() {
    let txt = groups("fixtures/seeds");
    assert!(txt.len() >= 5);
    assert_eq!(groups("fixtures/seeds-html"), txt);
    assert_eq!(groups("fixtures/seeds-jsonl"), txt);
}

#[test]
fn jsonl_lines_are_documents_with_line_ids() {
    let out = assert_cmd::Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["fixtures/seeds-jsonl", "--format", "json"])
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "seeds.jsonl#1",
            "seeds.jsonl#2",
            "seeds.jsonl#3",
            "seeds.jsonl#4",
            "seeds.jsonl#5"
        ]
    );
}
