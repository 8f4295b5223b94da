//! Issue #16: the README's examples run as written. Every command in the first `sh`
//! block of its Usage section runs in a shell from the repository root, with the built
//! `claimcheck` first on the PATH (as `cargo install --path .` puts it there), under
//! `set -o pipefail` so that a failure anywhere in a pipeline shows.

/// The commands of the README's Usage block, one a line, comments and blanks dropped.
fn usage_commands() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let usage = &readme[readme.find("\n## Usage").expect("a Usage section")..];
    let block = &usage[usage.find("```sh\n").expect("an sh block in Usage") + 6..];
    let block = &block[..block.find("```").unwrap()];
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[cfg(unix)]
#[test]
fn readme_usage_commands_run_as_written() {
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let dir = bin.parent().unwrap();
    let path = format!("{}:{}", dir.display(), std::env::var("PATH").unwrap_or_default());
    let has_jq = std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let commands = usage_commands();
    assert!(commands.len() >= 4, "{commands:?}");
    for cmd in commands {
        assert!(cmd.starts_with("claimcheck ") || cmd.contains("| claimcheck "), "{cmd}");
        if cmd.contains("| jq") && !has_jq {
            eprintln!("jq is not installed; not run: {cmd}");
            continue;
        }
        let out = std::process::Command::new("bash")
            .args(["-o", "pipefail", "-c", &cmd])
            .env("PATH", &path)
            .env_remove("NO_COLOR")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        // 0 or 1 (findings); 2 would be claimcheck failing, anything else the pipeline.
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{cmd}: {:?}\n{err}",
            out.status
        );
        assert!(!out.stdout.is_empty(), "{cmd}: no output\n{err}");
        assert!(err.is_empty(), "{cmd}: {err}");
    }
}
