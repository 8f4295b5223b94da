//! `claimcheck.toml`: settings for a corpus, found by walking up from the first input
//! (the working folder for `-`). Command-line flags win over it.
//!
//! ```toml
//! fail-on = "variant"                 # as --fail-on
//! published = "2024-10-24"            # as --published
//! format = "sarif"                    # as --format
//! ignore = ["drafts/**", "*.tmp"]     # as --exclude, added to any given
//! baseline = "claimcheck-baseline.json"   # as --baseline, relative to this file
//! ```

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

/// The file name looked for.
pub const FILE_NAME: &str = "claimcheck.toml";

/// What a `claimcheck.toml` may set.
#[derive(Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// `--fail-on`.
    pub fail_on: Option<String>,
    /// `--published`.
    pub published: Option<String>,
    /// `--format`.
    pub format: Option<String>,
    /// `--exclude` globs.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// `--baseline`, relative to the file's folder.
    pub baseline: Option<PathBuf>,
    /// Where it was read from (not a key).
    #[serde(skip)]
    pub path: PathBuf,
}

/// The nearest `claimcheck.toml` at or above `start` (a file's folder, or the folder
/// itself), read and checked; `None` when there is none.
pub fn find(start: &Path) -> anyhow::Result<Option<Config>> {
    let start = if start.as_os_str().is_empty() || start == Path::new("-") {
        std::env::current_dir().context("finding the working folder")?
    } else {
        std::path::absolute(start).with_context(|| format!("resolving {}", start.display()))?
    };
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return read(&candidate).map(Some);
        }
        dir = d.parent();
    }
    Ok(None)
}

/// Read one config file.
pub fn read(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut config: Config = toml::from_str(&text).with_context(|| format!("reading {}", path.display()))?;
    config.path = path.to_path_buf();
    if let Some(b) = &config.baseline
        && b.is_relative()
    {
        config.baseline = Some(path.parent().unwrap_or(Path::new(".")).join(b));
    }
    Ok(config)
}
