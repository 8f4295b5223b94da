//! The real binary on fixtures: exit codes, messages, formats, hostile inputs.

use assert_cmd::Command;

fn cc() -> Command {
    let mut c = Command::cargo_bin("claimcheck").expect("binary built");
    c.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    c
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).expect("valid JSON on stdout")
}

#[test]
fn missing_path_exits_2_naming_it() {
    let out = cc().args(["no/such/dir", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/dir: no such file or directory"), "{err}");
}

#[test]
fn missing_path_beside_good_input_still_reports_and_exits_2() {
    let out = cc()
        .args(["fixtures/court", "nope.txt", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let r = json(&out.stdout);
    assert_eq!(r["summary"]["documents"], 4);
    assert_eq!(r["skipped"][0]["path"], "nope.txt");
}

#[test]
fn bad_flags_are_usage_errors() {
    let out = cc().args(["fixtures/court", "--format", "yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid value 'yaml'"));
    let out = cc()
        .args(["fixtures/court", "--published", "24/10/2024"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a date in the form YYYY-MM-DD"));
    let out = cc().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_documents_exit_codes() {
    let out = cc().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Exit codes:") && help.contains("--fail-on"), "{help}");
}

#[test]
fn stdin_is_read_for_dash() {
    let out = cc()
        .args(["-", "--format", "json", "--published", "2025-03-05"])
        .write_stdin("The storm killed 12 people on Monday, officials said.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let r = json(&out.stdout);
    assert_eq!(r["documents"][0]["id"], "-");
    assert_eq!(r["documents"][0]["published"]["provenance"], "cli");
}

#[test]
fn ndjson_is_one_claim_per_line() {
    let out = cc()
        .args(["fixtures/court", "--format", "ndjson", "--fail-on", "none"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let full = json(
        &cc()
            .args(["fixtures/court", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), full["claims"].as_array().unwrap().len());
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["id"].as_str().unwrap().starts_with('c'));
    }
}

#[test]
fn output_is_deterministic_across_thread_counts() {
    let one = cc().args(["fixtures", "--format", "json", "-j", "1"]).output().unwrap();
    let four = cc().args(["fixtures", "--format", "json", "-j", "4"]).output().unwrap();
    assert_eq!(one.stdout, four.stdout);
    assert_eq!(one.status.code(), four.status.code());
}

#[test]
fn output_file_is_written_without_colour() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    let out = cc()
        .args(["fixtures/court", "--color", "always", "--fail-on", "none", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let body = std::fs::read_to_string(&path).unwrap();
    assert!(body.starts_with("claimcheck: 4 documents"), "{body}");
    assert!(!body.contains('\u{1b}'));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn colour_follows_the_flag() {
    let plain = cc().args(["fixtures/court", "--fail-on", "none"]).output().unwrap();
    assert!(!plain.stdout.contains(&0x1b), "no colour off a terminal");
    let coloured = cc()
        .args(["fixtures/court", "--fail-on", "none", "--color", "always"])
        .output()
        .unwrap();
    assert!(coloured.stdout.contains(&0x1b));
}

/// A folder of hostile inputs made at test time: each bad entry is listed in `skipped`
/// with its reason, the good ones are read, and the run exits 2.
#[cfg(unix)]
/// Issue #2: the seeds hold a conflict, so the default `--fail-on conflict` exits 1;
/// `--fail-on none` exits 0; `--fail-on variant` still exits 1.
#[test]
fn seed_conflict_sets_the_exit_code() {
    let run = |extra: &[&str]| {
        cc().arg("fixtures/seeds")
            .args(["--published", "2024-10-24"])
            .args(extra)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(run(&[]), Some(1));
    assert_eq!(run(&["--fail-on", "none"]), Some(0));
    assert_eq!(run(&["--fail-on", "variant"]), Some(1));
    let out = cc().arg("fixtures/seeds").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("claimcheck: 5 documents") && text.contains("CONFLICT count"),
        "{text}"
    );
}
