//! Issue #14: the CI and HTML formats through the real binary. SARIF validates against
//! the vendored SARIF 2.1.0 schema and carries one result per finding; GitHub
//! annotations name each finding at `path:line:column`; the HTML page is one
//! self-contained file in which article text cannot inject markup.

use std::collections::BTreeSet;

fn cc() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("claimcheck").expect("binary built");
    c.env_remove("NO_COLOR");
    c
}

/// The binary's stdout on `args` (any exit code but 2).
fn output(args: &[&str]) -> String {
    let out = cc().args(args).output().unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn seeds(format: &str) -> String {
    output(&["fixtures/seeds", "--published", "2024-10-24", "--format", format])
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&output(&[args, &["--format", "json"]].concat())).unwrap()
}

/// The findings of a JSON report: groups in conflict, variant or unresolved.
fn findings(report: &serde_json::Value) -> Vec<&serde_json::Value> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| ["conflict", "variant", "unresolved"].contains(&g["status"].as_str().unwrap()))
        .collect()
}

fn sarif_schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/schemas/sarif-schema-2.1.0.json").unwrap()).unwrap();
    jsonschema::draft4::new(&schema).expect("the SARIF schema compiles")
}

#[test]
fn sarif_validates_against_the_schema_for_every_fixture_corpus() {
    let validator = sarif_schema();
    for dir in [
        "seeds",
        "quake",
        "court",
        "election",
        "trust",
        "newsroom",
        "seeds-jsonl",
    ] {
        let log: serde_json::Value =
            serde_json::from_str(&output(&[&format!("fixtures/{dir}"), "--format", "sarif"])).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{dir}: {errors:#?}");
        assert_eq!(log["version"], "2.1.0");
    }
    // The validator is not vacuous: a log without its runs, or with a bad level, fails.
    assert!(!validator.is_valid(&serde_json::json!({"version": "2.1.0"})));
    let mut log: serde_json::Value = serde_json::from_str(&seeds("sarif")).unwrap();
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&log));
}

#[test]
fn sarif_has_one_result_per_finding_with_every_claim_located() {
    let log: serde_json::Value = serde_json::from_str(&seeds("sarif")).unwrap();
    let report = json(&["fixtures/seeds", "--published", "2024-10-24"]);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let groups = findings(&report);
    assert_eq!(results.len(), groups.len());
    assert!(
        groups.iter().any(|g| g["status"] == "conflict"),
        "the seeds hold a conflict"
    );
    let claims: std::collections::BTreeMap<&str, &serde_json::Value> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap(), c))
        .collect();
    for (r, g) in results.iter().zip(&groups) {
        assert_eq!(r["properties"]["group"], g["id"]);
        let level = match g["status"].as_str().unwrap() {
            "conflict" => "error",
            "variant" => "warning",
            _ => "note",
        };
        assert_eq!(r["level"], level, "{g}");
        assert_eq!(r["ruleId"], g["status"]);
        let locations = r["locations"].as_array().unwrap();
        assert_eq!(locations.len(), g["claims"].as_array().unwrap().len());
        for (l, id) in locations.iter().zip(g["claims"].as_array().unwrap()) {
            let c = claims[id.as_str().unwrap()];
            let p = &l["physicalLocation"];
            assert!(
                p["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .starts_with("fixtures/seeds/")
            );
            assert_eq!(p["region"]["startLine"], c["line"]);
            assert_eq!(p["region"]["startColumn"], c["column"]);
            assert_eq!(p["region"]["snippet"]["text"], c["text"]);
        }
    }
    // Agreements are not findings.
    assert!(results.iter().all(|r| r["level"] != "none"));
}

/// Each finding's fingerprint, by group subject and status, from a SARIF log.
fn fingerprints(sarif: &str) -> BTreeSet<String> {
    let log: serde_json::Value = serde_json::from_str(sarif).unwrap();
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["partialFingerprints"]["claimcheck/v1"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn sarif_fingerprints_are_unique_and_ignore_order_ids_and_threads() {
    let base = fingerprints(&seeds("sarif"));
    let log: serde_json::Value = serde_json::from_str(&seeds("sarif")).unwrap();
    assert_eq!(
        base.len(),
        log["runs"][0]["results"].as_array().unwrap().len(),
        "unique"
    );
    // Threads.
    for j in ["1", "2"] {
        let out = output(&[
            "fixtures/seeds",
            "--published",
            "2024-10-24",
            "--format",
            "sarif",
            "-j",
            j,
        ]);
        assert_eq!(fingerprints(&out), base, "-j {j}");
    }
    // The files named one by one in a shuffled order: the same ids, other argument order.
    let mut named: Vec<String> = std::fs::read_dir("fixtures/seeds")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    named.sort();
    named.reverse();
    named.swap(0, 2);
    let mut args: Vec<&str> = named.iter().map(String::as_str).collect();
    args.extend(["--published", "2024-10-24", "--format", "sarif"]);
    assert_eq!(fingerprints(&output(&args)), base, "shuffled arguments");
    // An unrelated article sorting first shifts every claim id and document index.
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir("fixtures/seeds").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("0000_bakery.txt"),
        "The bakery on Main Street sold 400 loaves on Saturday, its owner said.\n",
    )
    .unwrap();
    let d = dir.path().display().to_string();
    let shifted = output(&[&d, "--published", "2024-10-24", "--format", "sarif"]);
    assert_eq!(fingerprints(&shifted), base, "claim ids shifted by another article");
}

#[test]
fn github_annotations_name_each_finding() {
    let out = seeds("github");
    let report = json(&["fixtures/seeds", "--published", "2024-10-24"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), findings(&report).len(), "{out}");
    let shape = regex::Regex::new(
        r"^::(error|warning|notice) file=fixtures/seeds/[0-9a-f_]+\.txt,line=[0-9]+,col=[0-9]+,endLine=[0-9]+,endColumn=[0-9]+,title=[^:,]+::[^\n]+$",
    )
    .unwrap();
    for l in &lines {
        assert!(shape.is_match(l), "{l}");
    }
    let conflict = lines
        .iter()
        .find(|l| l.starts_with("::error"))
        .expect("the troop conflict");
    assert!(
        conflict.contains("title=conflict count%3A north korean troops"),
        "{conflict}"
    );
    // The message lists every claim, one a line, newlines escaped.
    assert!(
        conflict.contains("%0Afixtures/seeds/003_b7ac19652732558c.txt:15:76 \"3,000 troops\""),
        "{conflict}"
    );
    insta::assert_snapshot!("seeds_github", out);
}

/// Two outlets whose text, titles and sources try to inject markup.
fn hostile_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\ntitle: \"<script>alert('title')</script> Flood\"\nsource: \"<img src=x onerror=alert(2)>\"\npublished: 2025-05-02\n---\n\
         The flood killed 12 people <script>alert(1)</script> in Riverton on Thursday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "---\ntitle: Riverton flood\nsource: Valley Post\npublished: 2025-05-02\n---\n\
         The flood killed 30 people in Riverton on Thursday, officials said. \"</mark><script>alert(3)</script>\" was painted on a wall.\n",
    )
    .unwrap();
    dir
}

#[test]
fn html_escapes_every_piece_of_article_text() {
    let dir = hostile_corpus();
    let d = dir.path().display().to_string();
    let page = output(&[&d, "--format", "html", "--fail-on", "none"]);
    // The article's script is there, as text.
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // The page's own script is the only one, and no article markup survived.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert!(!page.contains("alert(1)</script>") && !page.contains("<img"));
    // The conflict is on the page, with both sentences.
    let report = json(&[&d, "--fail-on", "none"]);
    assert!(findings(&report).iter().any(|g| g["status"] == "conflict"), "{report}");
    assert!(page.contains("class=\"group conflict\""));
}

#[test]
fn html_is_self_contained_and_links_every_claim() {
    let page = seeds("html");
    assert!(page.starts_with("<!DOCTYPE html>"));
    for outside in ["src=", "<link", "@import", "url(", "http://", "https://"] {
        assert!(!page.contains(outside), "{outside} fetches something");
    }
    assert!(page.contains("<meta name=\"viewport\""), "readable on a phone");
    // Conflicts come first: the first group on the page is the troop conflict.
    let first = page.find("<article class=\"group").unwrap();
    assert!(page[first..].starts_with("<article class=\"group conflict\""));
    // Every claim link lands on an element of the page.
    let ids: BTreeSet<&str> = regex::Regex::new(r#" id="([^"]+)""#)
        .unwrap()
        .captures_iter(&page)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    let links: Vec<&str> = regex::Regex::new(r##"href="#([^"]+)""##)
        .unwrap()
        .captures_iter(&page)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert!(links.len() > 20);
    for l in links {
        assert!(ids.contains(l), "#{l} goes nowhere");
    }
    // Each document's full text is on the page, its claims marked: without the marks
    // and the escapes, it is the file.
    let pre = regex::Regex::new(r#"(?s)<pre class="text">(.*?)</pre>"#).unwrap();
    let marks = regex::Regex::new(r#"<mark id="c[0-9]+" title="[^"]*">|</mark>"#).unwrap();
    let texts: Vec<String> = pre
        .captures_iter(&page)
        .map(|c| {
            marks
                .replace_all(c.get(1).unwrap().as_str(), "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect();
    let mut files: Vec<_> = std::fs::read_dir("fixtures/seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(texts.len(), files.len());
    for (t, f) in texts.iter().zip(&files) {
        assert_eq!(t, &std::fs::read_to_string(f).unwrap(), "{}", f.display());
    }
    assert!(page.matches("<mark id=\"c").count() > 100, "claims are marked");
    // The troop conflict shows the 12,000 and the 3,000 sentences, each claim marked.
    assert!(page.contains("<mark>approximately 12,000 North Korean troops</mark>"));
    assert!(page.contains("<mark>3,000 troops</mark>"));
}
