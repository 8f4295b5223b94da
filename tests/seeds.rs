//! Acceptance on the seed corpus (issue #2): the findings a fact-checker expects from
//! five reports of North Korean troops in Kursk, checked semantically on the JSON.

use serde_json::Value;

fn report(published: Option<&str>) -> Value {
    let mut cmd = assert_cmd::Command::cargo_bin("claimcheck").unwrap();
    cmd.args(["fixtures/seeds", "--format", "json"]);
    if let Some(p) = published {
        cmd.args(["--published", p]);
    }
    let out = cmd.output().unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

fn claims_of<'a>(r: &'a Value, g: &Value) -> Vec<&'a Value> {
    let ids: Vec<&str> = g["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| ids.contains(&c["id"].as_str().unwrap()))
        .collect()
}

fn groups<'a>(r: &'a Value, kind: &str, status: &str) -> Vec<&'a Value> {
    r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["kind"] == kind && (status.is_empty() || g["status"] == status))
        .collect()
}

#[test]
fn troop_totals_conflict_and_name_their_sources() {
    let r = report(Some("2024-10-24"));
    let conflict = groups(&r, "count", "conflict")
        .into_iter()
        .find(|g| {
            let cs = claims_of(&r, g);
            cs.iter().any(|c| c["value"]["point"] == 12000) && cs.iter().any(|c| c["value"]["point"] == 3000)
        })
        .expect("a conflict group holding 12,000 and 3,000");
    let cs = claims_of(&r, conflict);
    let who = |n: i64| -> Vec<String> {
        cs.iter()
            .filter(|c| c["value"]["point"] == n && c["value"]["qualifier"] != "at_least")
            .filter_map(|c| c["attribution"].as_str().map(str::to_string))
            .collect()
    };
    assert!(who(12000).iter().any(|a| a.contains("Ukrain")), "{:?}", who(12000));
    let threes = who(3000);
    assert!(
        threes.iter().any(|a| a.contains("United States") || a.contains("U.S.")),
        "{threes:?}"
    );
    assert!(threes.iter().any(|a| a.contains("South Korea")), "{threes:?}");
    let expl = conflict["explanation"].as_str().unwrap();
    assert!(
        expl.contains("12,000") && expl.contains("3,000") && expl.contains("fixtures/seeds/"),
        "{expl}"
    );
}

#[test]
fn parts_and_per_unit_figures_never_conflict_with_the_total() {
    let r = report(Some("2024-10-24"));
    let paths: std::collections::BTreeMap<&str, &str> = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect();
    for g in groups(&r, "count", "conflict") {
        let expl = g["explanation"].as_str().unwrap();
        for c in claims_of(&r, g) {
            let t = c["text"].as_str().unwrap();
            // Parts and per-unit figures are not even members of a total's group.
            assert!(c["value"]["per_unit"] != true, "per-unit figure in a conflict: {t}");
            assert!(
                !t.contains("officers") && !t.contains("generals") && !t.contains('$'),
                "{t}"
            );
            // Bounds may sit in the group, but are never a side of the conflict.
            let loc = format!(
                "{}:{}:{}",
                paths[c["document"].as_str().unwrap()],
                c["line"],
                c["column"]
            );
            if c["value"]["qualifier"] == "at_least" || c["value"]["qualifier"] == "up_to" {
                assert!(!expl.contains(&format!("{loc})")), "{t} cited as a side of: {expl}");
            }
        }
    }
}

#[test]
fn wednesday_and_october_23_are_one_resolved_group() {
    let r = report(Some("2024-10-24"));
    let g = groups(&r, "date", "resolved")
        .into_iter()
        .find(|g| claims_of(&r, g).iter().any(|c| c["text"] == "Wednesday"))
        .expect("a resolved date group holding \"Wednesday\"");
    let cs = claims_of(&r, g);
    let wednesdays: Vec<_> = cs.iter().filter(|c| c["text"] == "Wednesday").collect();
    let docs: std::collections::BTreeSet<&str> = wednesdays.iter().map(|c| c["document"].as_str().unwrap()).collect();
    assert!(docs.len() >= 2, "\"Wednesday\" from both outlets that use it: {docs:?}");
    assert!(wednesdays.iter().all(|c| c["value"]["timex"] == "2024-10-23"));
    assert!(cs.iter().any(|c| c["text"] == "October 23"));
    assert!(cs.iter().any(|c| c["text"] == "Oct. 23"));
}

#[test]
fn june_and_june_18_are_never_in_conflict() {
    let r = report(Some("2024-10-24"));
    for g in groups(&r, "date", "conflict") {
        let texts: Vec<&str> = claims_of(&r, g).iter().map(|c| c["text"].as_str().unwrap()).collect();
        assert!(!(texts.contains(&"June") && texts.contains(&"June 18")), "{texts:?}");
    }
}

/// Without `--published`, relative dates resolve only where the document itself (or a
/// sound alignment with another) gives an anchor, and the JSON says which.
#[test]
fn undated_run_resolves_only_against_anchors_it_can_justify() {
    let r = report(None);
    let anchors: std::collections::BTreeMap<&str, &Value> = r["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), &d["published"]))
        .collect();
    for p in anchors.values() {
        assert_ne!(p["provenance"], "cli");
        assert_eq!(p["value"].is_null(), p["provenance"] == "none", "{p}");
    }
    for c in r["claims"].as_array().unwrap().iter().filter(|c| c["kind"] == "date") {
        let anchor = anchors[c["document"].as_str().unwrap()];
        if c["value"]["relative"] == true && anchor["value"].is_null() {
            assert!(
                c["value"]["timex"].is_null(),
                "{} resolved without an anchor",
                c["text"]
            );
        }
    }
}

#[test]
fn putins_our_business_renderings_are_one_variant_group() {
    let r = report(Some("2024-10-24"));
    let business_docs = |g: &Value| -> std::collections::BTreeSet<String> {
        claims_of(&r, g)
            .iter()
            .filter(|c| c["value"]["quote"].as_str().unwrap().contains("our business"))
            .map(|c| c["document"].as_str().unwrap().to_string())
            .collect()
    };
    // A long quote holding two sentences may sit in two groups; the one about "our
    // business" is the group where most outlets carry that sentence.
    let g = groups(&r, "quote", "variant")
        .into_iter()
        .max_by_key(|g| business_docs(g).len())
        .expect("variant quote groups");
    assert!(business_docs(g).len() >= 3, "{:?}", business_docs(g));
    assert!(g["subject"].as_str().unwrap().contains("Putin"), "{g}");
    assert!(
        claims_of(&r, g)
            .iter()
            .all(|c| c["value"]["speaker"].as_str().unwrap_or("").contains("Putin"))
    );
}
