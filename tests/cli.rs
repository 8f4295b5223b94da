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
    // Issue #16: the closed pipe, the thread cap, the walk flags and the unresolved level.
    for word in [
        "closed pipe",
        "capped",
        "--hidden",
        "--no-ignore",
        "--glob",
        "--exclude",
        "unresolved",
    ] {
        assert!(help.contains(word), "{word} not in --help");
    }
    assert!(!help.contains("fixtures/corpus"), "a folder that does not exist");
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

/// Issue #16: NDJSON streams the whole report as typed records (documents, claims,
/// stories, groups, then the summary), each record the JSON report's entry plus `type`;
/// a claim line carries its document's path for `path:line:column`.
#[test]
fn ndjson_streams_typed_records() {
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
    let records: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let of = |t: &str| -> Vec<serde_json::Value> {
        records
            .iter()
            .filter(|r| r["type"] == t)
            .map(|r| {
                let mut r = r.clone();
                r.as_object_mut().unwrap().remove("type");
                r
            })
            .collect()
    };
    // Every entry of the JSON report, field for field, in the same order.
    for (t, key) in [
        ("document", "documents"),
        ("story", "stories"),
        ("group", "groups"),
        ("skipped", "skipped"),
        ("warning", "warnings"),
    ] {
        assert_eq!(&serde_json::Value::Array(of(t)), &full[key], "{t}");
    }
    let claims = of("claim");
    assert_eq!(claims.len(), full["claims"].as_array().unwrap().len());
    for (c, j) in claims.iter().zip(full["claims"].as_array().unwrap()) {
        let mut c = c.clone();
        let path = c.as_object_mut().unwrap().remove("path").unwrap();
        assert_eq!(&c, j);
        assert!(path.as_str().unwrap().starts_with("fixtures/court/"), "{path}");
    }
    // The summary comes last and says which version the records follow.
    let last = records.last().unwrap();
    assert_eq!(last["type"], "summary");
    assert_eq!(last["version"], full["version"]);
    let mut summary = of("summary").pop().unwrap();
    summary.as_object_mut().unwrap().remove("version");
    assert_eq!(summary, full["summary"]);
    assert_eq!(of("summary").len(), 1);
    // Nothing else is in the stream.
    let kinds = ["document", "claim", "story", "group", "skipped", "warning", "summary"];
    assert!(records.iter().all(|r| kinds.contains(&r["type"].as_str().unwrap())));
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

/// Issue #16: the exit code is decided before the report is written, so a reader that
/// stops early (`| head -1`) cannot turn the seeds' findings (1) into 0.
#[test]
fn broken_pipe_keeps_the_findings_exit_code() {
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    for format in ["text", "json", "ndjson"] {
        let mut child = std::process::Command::new(&bin)
            .args(["fixtures/seeds", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end before the report is written: every write fails with EPIPE.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(out.stderr.is_empty(), "quiet: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The issue's acceptance line, as a shell runs it.
#[cfg(unix)]
#[test]
fn head_one_then_pipestatus_prints_1() {
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(r#""$0" fixtures/seeds | head -1; echo ${PIPESTATUS[0]}"#)
        .arg(&bin)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("claimcheck: 5 documents"), "{text}");
    assert_eq!(lines[1], "1");
}

/// `--fail-on unresolved` is the least severe level: every group not in agreement,
/// including those that cannot be decided. An undated "Tuesday" and an undated
/// "yesterday" for one approval give an unresolved group and nothing else.
#[test]
fn fail_on_unresolved_counts_undecided_groups() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("a.txt", "The council approved the budget on Tuesday, the mayor said.\n"),
        (
            "b.txt",
            "The budget was approved by the council yesterday, officials said.\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let out = cc().arg(dir.path()).args(["--format", "json"]).output().unwrap();
    let r = json(&out.stdout);
    assert_eq!(r["summary"]["by_status"]["unresolved"], 1, "{r}");
    assert_eq!(r["summary"]["groups"], 1, "{r}");
    let code = |level: &str| {
        cc().arg(dir.path())
            .args(["--fail-on", level])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code("conflict"), Some(0));
    assert_eq!(code("resolved"), Some(0));
    assert_eq!(code("unresolved"), Some(1));
    assert_eq!(code("none"), Some(0));
    // The seeds' conflict counts at every level but none.
    let seeds = cc()
        .args(["fixtures/seeds", "--fail-on", "unresolved"])
        .output()
        .unwrap();
    assert_eq!(seeds.status.code(), Some(1));
}

/// Issue #16: `-j` above the machine's cores is capped (once it spawned 30,000 threads
/// and hung); `-j 0` is all cores. Both give `-j 1`'s bytes within seconds.
#[test]
fn thread_counts_are_capped_and_do_not_change_output() {
    let run = |j: &str| {
        cc().args(["fixtures", "--format", "json", "-j", j])
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap()
    };
    let one = run("1");
    for j in ["100000", "0"] {
        let started = std::time::Instant::now();
        let many = run(j);
        assert!(started.elapsed().as_secs() < 60, "-j {j} took {:?}", started.elapsed());
        assert_eq!(many.status.code(), one.status.code(), "-j {j}");
        assert!(many.stdout == one.stdout, "-j {j} changed the report");
    }
}

/// The text report of `args`, colour as asked, with its exit code.
fn text_report(args: &[&str]) -> (String, Option<i32>) {
    let out = cc().args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

fn strip_ansi(s: &str) -> String {
    regex::Regex::new("\x1b\\[[0-9;]*m")
        .unwrap()
        .replace_all(s, "")
        .into_owned()
}

/// Issue #14: findings first and a summary naming them at the end, then the exit hint;
/// agreements and resolutions counted on one line unless `--all`.
#[test]
fn text_report_ends_with_its_findings_and_the_exit_hint() {
    let (text, code) = text_report(&["fixtures/seeds", "--published", "2024-10-24", "--color", "never"]);
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.last(), Some(&"exit 1: 1 conflict; see --fail-on"), "{text}");
    let summary = &text[text.rfind("\n\n").unwrap()..];
    assert!(
        summary.contains("1 conflict (g1 count north korean troops), 4 variants"),
        "{summary}"
    );
    assert!(text.contains("6 resolved groups and 10 agreeing groups not shown (--all shows them)"));
    assert!(!text.contains("\nAGREE ") && !text.contains("\nRESOLVED "));
    // The first group is the conflict.
    assert!(
        text.split("\n\n")
            .nth(1)
            .unwrap()
            .starts_with("CONFLICT count north korean troops")
    );
    // --all shows every group; --fail-on none drops the hint.
    let (all, _) = text_report(&[
        "fixtures/seeds",
        "--published",
        "2024-10-24",
        "--color",
        "never",
        "--all",
        "--fail-on",
        "none",
    ]);
    assert_eq!(all.matches("\nAGREE ").count(), 10);
    assert_eq!(all.matches("\nRESOLVED ").count(), 6);
    assert!(!all.contains("exit 1") && !all.contains("not shown"));
    // --fail-on variant names what fails.
    let (v, _) = text_report(&["fixtures/seeds", "--color", "never", "--fail-on", "variant"]);
    assert!(v.ends_with("exit 1: 1 conflict, 4 variants; see --fail-on\n"), "{v}");
}

/// Issue #14: colour changes no character; lines fit 80 columns off a terminal, cut at
/// word boundaries; the claim is highlighted in its sentence.
#[test]
fn text_report_is_the_same_text_in_colour_and_fits_the_width() {
    let (plain, _) = text_report(&["fixtures/seeds", "--color", "never", "--all"]);
    let (coloured, _) = text_report(&["fixtures/seeds", "--color", "always", "--all"]);
    assert!(coloured.contains('\u{1b}'));
    assert_eq!(strip_ansi(&coloured), plain);
    for l in plain.lines() {
        // Only a single word (a path, a long quote fragment) may overflow.
        assert!(l.chars().count() <= 80 || !l.trim().contains(' '), "{l:?}");
    }
    // The claim in its sentence: bold and underlined.
    assert!(
        coloured.contains("\x1b[1m\x1b[4m3,000\x1b[0m"),
        "the claim is highlighted"
    );
    // NO_COLOR turns auto colour off even where colour would be allowed.
    let out = cc()
        .args(["fixtures/seeds"])
        .env("NO_COLOR", "1")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b));
}

/// Issue #14: `--explain GROUP` shows one group, every claim in its sentence; an
/// unknown group is a usage failure.
#[test]
fn explain_shows_one_group_in_full() {
    let (text, _) = text_report(&["fixtures/quake", "--color", "never", "--explain", "g3"]);
    assert!(text.starts_with("story s1: "), "{text}");
    assert_eq!(
        text.matches("\nRESOLVED ").count() + text.matches("\nCONFLICT ").count(),
        1,
        "{text}"
    );
    assert!(
        text.contains("injuring about 200, the national"),
        "the sentence: {text}"
    );
    let out = cc().args(["fixtures/quake", "--explain", "g99"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--explain g99: no such group (this run has groups g1 to g10)")
    );
}

/// Issue #14: plurals agree with their numbers, paths under the working folder are
/// shown relative to it, and publication dates found by inference say so.
#[test]
fn text_report_words_paths_and_inferred_dates() {
    let out = cc()
        .args(["-", "--color", "never", "--published", "2025-03-05"])
        .write_stdin("The storm killed 12 people on Monday, officials said.\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("claimcheck: 1 document, 2 claims, 0 groups\n"),
        "{text}"
    );
    let abs = std::fs::canonicalize("fixtures/seeds").unwrap();
    let (text, _) = text_report(&[abs.to_str().unwrap(), "--color", "never"]);
    assert!(
        text.contains("\n    fixtures/seeds/003_b7ac19652732558c.txt:15:76  "),
        "{text}"
    );
    assert!(!text.contains(abs.to_str().unwrap()), "paths shown short: {text}");
    let (court, _) = text_report(&["fixtures/court", "--color", "never"]);
    assert!(
        court.contains(
            "publication dates inferred from the text, not stated:\n  fixtures/court/city-desk.txt 2025-03-03"
        ),
        "{court}"
    );
}

/// Issue 13: `CLAIMCHECK_TIMINGS` (used by scripts/bench.sh) prints one line a stage on
/// stderr and leaves stdout and the exit code as they are, in every format.
#[test]
fn timings_leave_stdout_unchanged() {
    for format in ["json", "text", "ndjson"] {
        let args = ["fixtures", "--format", format, "--color", "never", "-j", "2"];
        let plain = cc().args(args).output().unwrap();
        let timed = cc().args(args).env("CLAIMCHECK_TIMINGS", "1").output().unwrap();
        assert_eq!(plain.stdout, timed.stdout, "{format}");
        assert_eq!(plain.status.code(), timed.status.code());
        let stderr = String::from_utf8(timed.stderr).unwrap();
        let stages: Vec<&str> = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("claimcheck: timing "))
            .map(|l| l.split("  ").next().unwrap().trim())
            .collect();
        assert_eq!(
            stages,
            [
                "load",
                "segment",
                "extract count",
                "extract date",
                "extract place",
                "extract quote",
                "anchor",
                "reconcile",
                "stories",
                "report",
                "output"
            ]
        );
        assert!(!String::from_utf8(plain.stderr).unwrap().contains("timing"));
    }
}
