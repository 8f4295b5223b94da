//! Issue #14: baselines. Known findings, written with `--write-baseline`, are left out
//! by `--baseline` so that only new ones fail a run; their fingerprints do not depend
//! on file order, claim ids or the thread count.

use std::path::Path;

fn cc() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("claimcheck").expect("binary built");
    c.env_remove("NO_COLOR");
    c
}

fn copy_seeds(to: &Path) {
    for e in std::fs::read_dir("fixtures/seeds").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

/// Write a baseline of `args` into `file`; returns the exit code.
fn write_baseline(args: &[&str], file: &Path) -> Option<i32> {
    let out = cc()
        .args(args)
        .args(["--published", "2024-10-24", "--format", "json", "--write-baseline"])
        .arg(file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("claimcheck: wrote 5 findings to"), "{err}");
    out.status.code()
}

#[test]
fn a_baseline_of_the_seeds_makes_the_next_run_pass() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("baseline.json");
    // Writing a baseline accepts the findings it records.
    assert_eq!(write_baseline(&["fixtures/seeds"], &file), Some(0));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\"subject\":\"north korean troops\""), "{text}");
    // Without it the seeds fail on their conflict; with it they pass, and say so.
    let plain = cc()
        .args(["fixtures/seeds", "--published", "2024-10-24"])
        .output()
        .unwrap();
    assert_eq!(plain.status.code(), Some(1));
    let out = cc()
        .args([
            "fixtures/seeds",
            "--published",
            "2024-10-24",
            "--format",
            "json",
            "--baseline",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("5 findings known from the baseline"), "{err}");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["summary"]["hidden_by_baseline"], 5);
    assert_eq!(r["summary"]["by_status"]["conflict"], 0);
    assert_eq!(r["summary"]["by_status"]["variant"], 0);
    // Agreements are not findings: they stay.
    assert!(r["summary"]["by_status"]["agree"].as_u64().unwrap() > 0);
    // A run without a baseline has no such field.
    let r: serde_json::Value = serde_json::from_slice(
        &cc()
            .args(["fixtures/seeds", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(r["summary"].get("hidden_by_baseline").is_none());
}

#[test]
fn a_changed_figure_is_the_only_new_finding() {
    let base = tempfile::tempdir().unwrap();
    let file = base.path().join("baseline.json");
    write_baseline(&["fixtures/seeds"], &file);
    // A copy of the seeds in which one outlet dates the start of the Kursk incursion
    // three days later: the two outlets that agreed on "August 6" now conflict.
    let dir = tempfile::tempdir().unwrap();
    copy_seeds(dir.path());
    let changed = dir.path().join("001_9ed75726b9e34a17.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    assert_eq!(text.matches("On August 6, Ukrainian forces").count(), 1);
    std::fs::write(
        &changed,
        text.replace("On August 6, Ukrainian forces", "On August 9, Ukrainian forces"),
    )
    .unwrap();
    let d = dir.path().display().to_string();
    let out = cc()
        .args([&d, "--published", "2024-10-24", "--format", "sarif", "--baseline"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{results:#?}");
    assert_eq!(results[0]["ruleId"], "conflict");
    assert_eq!(results[0]["properties"]["kind"], "date");
    let message = results[0]["message"]["text"].as_str().unwrap();
    assert!(
        message.contains("\"August 9\"") && message.contains("\"August 6\""),
        "{message}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("5 findings known from the baseline"), "{err}");
    // The text report names the new finding and only it.
    let text = cc()
        .args([&d, "--published", "2024-10-24", "--color", "never", "--baseline"])
        .arg(&file)
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&text.stdout);
    assert_eq!(shown.matches("\nCONFLICT ").count(), 1, "{shown}");
    assert!(
        !shown.contains("VARIANT") && !shown.contains("north korean troops"),
        "{shown}"
    );
}

#[test]
fn fingerprints_ignore_threads_and_file_order() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.json");
    let two = dir.path().join("two.json");
    write_baseline(&["fixtures/seeds", "-j", "1"], &one);
    write_baseline(&["fixtures/seeds", "-j", "2"], &two);
    let first = std::fs::read_to_string(&one).unwrap();
    assert_eq!(first, std::fs::read_to_string(&two).unwrap());
    // The files named one by one, in a shuffled order.
    let shuffled = dir.path().join("shuffled.json");
    let mut names: Vec<String> = std::fs::read_dir("fixtures/seeds")
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    names.sort();
    names.rotate_left(2);
    names.swap(0, 1);
    let args: Vec<&str> = names.iter().map(String::as_str).collect();
    write_baseline(&args, &shuffled);
    assert_eq!(first, std::fs::read_to_string(&shuffled).unwrap());
    // An unrelated article that sorts first moves every claim id, group id and document
    // index: the baseline of the seeds folder still knows every finding.
    let copy = tempfile::tempdir().unwrap();
    copy_seeds(copy.path());
    std::fs::write(
        copy.path().join("0000_weather.txt"),
        "Rain fell on 3 days in the valley, the weather office said.\n",
    )
    .unwrap();
    let c = copy.path().display().to_string();
    let out = cc()
        .args([&c, "--published", "2024-10-24", "--baseline"])
        .arg(&one)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_bad_baseline_is_a_failure_not_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    let out = cc()
        .args(["fixtures/seeds", "--baseline"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reading the baseline"));
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"version\": 1}").unwrap();
    let out = cc().args(["fixtures/seeds", "--baseline"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a claimcheck baseline"));
}
