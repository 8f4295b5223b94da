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
