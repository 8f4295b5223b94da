//! Issue #16: the README's examples run as written. Every command in the first `sh`
//! block of its Usage section runs in a shell from the repository root, with the built
//! `claimcheck` first on the PATH (as `cargo install --path .` puts it there), under
//! `set -o pipefail` so that a failure anywhere in a pipeline shows.

/// The commands of the README's Usage block, one a line, comments and blanks dropped.
fn usage_commands() -> Vec<String> {
    block_after("\n## Usage")
}

/// The commands of the first `sh` block after `heading` in the README.
fn block_after(heading: &str) -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let usage = &readme[readme.find(heading).expect("the section")..];
    let block = &usage[usage.find("```sh\n").expect("an sh block in the section") + 6..];
    let block = &block[..block.find("```").unwrap()];
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Runs one README command under bash with the built binary first on the PATH.
#[cfg(unix)]
fn run_readme_command(cmd: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("claimcheck");
    let dir = bin.parent().unwrap();
    let path = format!("{}:{}", dir.display(), std::env::var("PATH").unwrap_or_default());
    std::process::Command::new("bash")
        .args(["-o", "pipefail", "-c", cmd])
        .env("PATH", &path)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

/// Issue #16: the jq recipes run as written, and those that promise `path:line:column`
/// print real paths with a line and a column.
#[cfg(unix)]
#[test]
fn readme_jq_recipes_run_and_print_paths() {
    if !std::process::Command::new("jq")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("jq is not installed; the recipes are not run");
        return;
    }
    let recipes = block_after("\njq recipes");
    assert!(recipes.len() >= 6, "{recipes:?}");
    let place = regex::Regex::new(r"^fixtures/[a-z-]+/[^:]+:[0-9]+:[0-9]+ ").unwrap();
    for cmd in recipes {
        let out = run_readme_command(&cmd);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{cmd}: {:?}\n{err}",
            out.status
        );
        assert!(err.is_empty(), "{cmd}: {err}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.trim().is_empty(), "{cmd}: no output");
        if cmd.contains(".line") {
            for l in text.lines() {
                assert!(place.is_match(l), "{cmd}: {l:?} is not path:line:column");
            }
        }
    }
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
