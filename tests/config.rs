//! Issue #14: `claimcheck.toml` (found walking up from the first input; flags win),
//! shell completions and the manual page.

use std::path::Path;

fn cc() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("claimcheck").expect("binary built");
    c.env_remove("NO_COLOR");
    c
}

/// A temp folder holding `claimcheck.toml` with `config` and the seeds in `news/`.
fn corpus(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    for e in std::fs::read_dir("fixtures/seeds").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, news.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("claimcheck.toml"), config).unwrap();
    dir
}

fn news(dir: &Path) -> String {
    dir.join("news").display().to_string()
}

#[test]
fn config_above_the_input_sets_defaults_and_flags_win() {
    let dir = corpus("fail-on = \"none\"\nformat = \"json\"\npublished = \"2024-10-24\"\nignore = [\"004_*\"]\n");
    let n = news(dir.path());
    let out = cc().arg(&n).output().unwrap();
    // fail-on none: the seeds' conflict does not fail the run.
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // format json, published, ignore.
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON from the config");
    assert_eq!(r["summary"]["documents"], 4, "004_* ignored");
    assert!(
        r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["published"]["value"] == "2024-10-24")
    );
    assert!(
        r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["published"]["provenance"] == "cli")
    );
    // Flags win.
    let out = cc()
        .arg(&n)
        .args(["--fail-on", "conflict", "--format", "text"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("claimcheck: 4 documents"));
    // A file named inside the folder finds the same config.
    let out = cc().arg(format!("{n}/000_41f50a587a2aaa5e.txt")).output().unwrap();
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
}

#[test]
fn config_baseline_is_relative_to_the_config_file() {
    let dir = corpus("baseline = \"known.json\"\n");
    let n = news(dir.path());
    // Without the baseline file the run fails: the config names a missing file.
    let out = cc().arg(&n).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cc()
        .arg(&n)
        .arg("--write-baseline")
        .arg(dir.path().join("known.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // Run from elsewhere: the baseline is found beside the config.
    let out = cc().arg(&n).current_dir(std::env::temp_dir()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("findings known from the baseline"));
}

#[test]
fn a_bad_config_names_its_file_and_exits_2() {
    for (config, says) in [
        ("fail_on = \"none\"\n", "unknown field"),
        ("format = \"yaml\"\n", "format"),
        ("published = \"24/10/2024\"\n", "not a date"),
    ] {
        let dir = corpus(config);
        let out = cc().arg(news(dir.path())).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{config}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("claimcheck.toml") && err.contains(says), "{config}: {err}");
    }
}

#[test]
fn completions_and_man_page_come_from_the_clap_definition() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = cc().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("claimcheck") && text.contains("fail-on"), "{shell}");
        assert!(
            text.contains("write-baseline") && text.contains("completions"),
            "{shell}"
        );
        // The format names are offered where the shell's script lists values.
        if shell != "powershell" {
            assert!(text.contains("sarif"), "{shell}");
        }
    }
    let out = cc().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = cc().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let man = String::from_utf8(out.stdout).unwrap();
    assert!(
        man.starts_with(".ie") || man.contains(".TH claimcheck"),
        "{}",
        &man[..200.min(man.len())]
    );
    assert!(
        man.contains("fail\\-on") && man.contains("Exit codes"),
        "the man page has the flags and exit codes"
    );
}
