//! Command-line arguments.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};

pub use claimcheck::report::Format;

/// Check claims across news articles: counts, dates, places and quotes, matched across
/// outlets, with where they agree, contradict each other, or differ only in form.
#[derive(Debug, Parser)]
#[command(
    name = "claimcheck",
    version,
    subcommand_negates_reqs = true,
    args_conflicts_with_subcommands = true,
    after_help = "\
Exit codes:
  0  nothing at or above the --fail-on level
  1  findings at the --fail-on level (default: a conflict)
  2  claimcheck failed: bad usage, no articles found, no readable input, or an input
     that could not be read (reported on stderr after the whole run)
A closed pipe (| head) ends the run quietly with the code its findings give: the
code is decided before the report is written.

Configuration: claimcheck.toml in the first input's folder or any folder above it may
set fail-on, published, format, ignore (globs, as --exclude) and baseline (a path
relative to the file); flags win over it.

Threads: -j 0 or no -j uses one thread per available core; a larger -j is capped at
the number of available cores.

The pipeline in two halves: `claimcheck extract PATH...` writes what each document
holds (claims, dates, text) as a stream; `claimcheck reconcile FILE...` reads such
streams and reports on them all as one run would. See `claimcheck help extract`.

Examples:
  claimcheck fixtures/seeds
  claimcheck fixtures/seeds --format json | jq '.groups[] | select(.status==\"conflict\")'
  claimcheck fixtures/seeds --format ndjson | jq -c 'select(.type==\"group\" and .status==\"conflict\")'
  claimcheck fixtures --exclude 'seeds-*' --fail-on variant
  cat fixtures/quake/regional-radio.txt | claimcheck - --published 2025-03-15"
)]
pub struct Args {
    /// Run one half of the pipeline instead of the whole.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Files and folders to read; `-` reads standard input. Folders are read
    /// recursively in sorted order, leaving out hidden entries, what ignore files name
    /// and files that are not articles by extension (images, archives, executables:
    /// counted in the JSON summary as not_articles). A file named here is always read.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    #[command(flatten)]
    pub report: ReportArgs,

    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub run: RunArgs,
}

/// The two halves of the pipeline.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and write what each holds as an extract stream (one JSON record a
    /// line: each document with its text and own publication date, its claims and date
    /// mentions), for `claimcheck reconcile`.
    #[command(after_help = "\
Shards: extract each part of a corpus on its own (on another machine, in a cluster
job), then reconcile the streams together. The report is byte for byte the one a
single run over the whole corpus gives when each document keeps its id and path:
ids are paths relative to the folder given, so split a folder with -g/--exclude on
the same folder, or name files at its top, or run each shard from the same place.
Give every shard the same --published.

Exit codes: 0 extracted; 2 bad usage, no articles found, no readable input, or an
input that could not be read (listed in the stream too, so that reconcile fails the
same way). Findings are decided by reconcile.

Examples:
  claimcheck extract fixtures/newsroom -g 'f*' > a.ndjson
  claimcheck extract fixtures/newsroom -g '!f*' > b.ndjson
  claimcheck reconcile a.ndjson b.ndjson --format json")]
    Extract(ExtractArgs),
    /// Read extract streams (from `claimcheck extract`) and report on all their
    /// documents together: publication dates aligned across documents, stories,
    /// groups and statuses, exactly as one run over the same documents.
    #[command(after_help = "\
Exit codes: as claimcheck's own: 0 nothing at or above the --fail-on level; 1
findings at that level; 2 bad usage, a file that is not a whole extract stream (left
out, named with the line at fault), no documents, or an input the extraction could
not read.

Ids that repeat across streams get the suffix a single run would give (a.txt~2), in
the order the streams are named.

Examples:
  claimcheck reconcile a.ndjson b.ndjson
  claimcheck extract fixtures/seeds | claimcheck reconcile - --format json")]
    Reconcile(ReconcileArgs),
    /// Print a shell completion script: `claimcheck completions bash > ~/.local/share/bash-completion/completions/claimcheck`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `claimcheck man > claimcheck.1; man ./claimcheck.1`.
    Man,
}

/// `claimcheck extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files and folders to read, as for a whole run; `-` reads standard input.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<String>,

    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub run: RunArgs,
}

/// `claimcheck reconcile`.
#[derive(Debug, clap::Args)]
pub struct ReconcileArgs {
    /// Extract streams written by `claimcheck extract`; `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,

    #[command(flatten)]
    pub report: ReportArgs,

    #[command(flatten)]
    pub run: RunArgs,
}

/// What the report looks like and which findings fail the run.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Output format [default: text, or `format` in claimcheck.toml].
    #[arg(long, value_parser = format_parser(), value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Exit with 1 when a group at this level or a more severe one is found. From most
    /// to least severe: conflict, variant, resolved, unresolved (any group not in
    /// agreement, including those that could not be decided); none never exits 1.
    /// [default: conflict, or `fail-on` in claimcheck.toml]
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_on: Option<FailOn>,

    /// Report and fail only on findings that FILE (written by --write-baseline) does
    /// not list; says on stderr how many known ones it hid.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<std::path::PathBuf>,

    /// Record this run's findings (conflicts, variants, unresolved groups) in FILE as
    /// known, by a fingerprint that ignores file order, claim ids and threads; the run
    /// then exits as if they were known (0 unless claimcheck failed).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<std::path::PathBuf>,

    /// Text report: show agreements and resolutions in full, not as one counted line.
    #[arg(long)]
    pub all: bool,

    /// Text report: show one group (by its id, as `g3`) in full, every claim in its
    /// sentence.
    #[arg(long, value_name = "GROUP_ID")]
    pub explain: Option<String>,

    /// When to use colours. NO_COLOR in the environment turns them off for `auto`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

impl ReportArgs {
    /// The format asked for, else text.
    pub fn format(&self) -> Format {
        self.format.unwrap_or(Format::Text)
    }

    /// The --fail-on level asked for, else conflict.
    pub fn fail_on(&self) -> FailOn {
        self.fail_on.unwrap_or(FailOn::Conflict)
    }
}

/// What is read and how.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Publication date (YYYY-MM-DD) for documents that give none of their own; relative
    /// dates ("Wednesday", "yesterday") are resolved against it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub published: Option<jiff::civil::Date>,

    /// Skip files larger than this (reported in `skipped`): bytes, or with a K, M or G
    /// suffix (powers of 1024), e.g. 500K, 64M.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
    pub max_file_size: u64,

    /// Also read hidden files and folders (names starting with a dot) under a folder.
    #[arg(long)]
    pub hidden: bool,

    /// Also read what .gitignore, .ignore and .git/info/exclude name. .gitignore counts
    /// whether or not the folder is in a git repository.
    #[arg(long)]
    pub no_ignore: bool,

    /// Read only files under a folder that match GLOB (matched against the path below the
    /// folder given); `!GLOB` leaves matches out instead. Repeatable; like ripgrep's -g,
    /// it takes precedence over hidden and ignore rules.
    #[arg(long = "glob", short = 'g', value_name = "GLOB", value_parser = parse_glob)]
    pub globs: Vec<String>,

    /// Leave out files and folders under a folder that match GLOB (the same as
    /// -g '!GLOB'). Repeatable.
    #[arg(long, value_name = "GLOB", value_parser = parse_glob)]
    pub exclude: Vec<String>,
}

/// Where the output goes and how the run is carried out.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Progress bar on standard error: `auto` shows one on a terminal once a run has
    /// taken more than a second; `never` turns it off.
    #[arg(long, value_enum, default_value_t = ProgressChoice::Auto, value_name = "WHEN")]
    pub progress: ProgressChoice,

    /// Write the output to FILE (atomically: a temporary file renamed into place)
    /// instead of standard output. FILE is never read as an input.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// Worker threads: 0 or absent means one per available core; more than the
    /// available cores is capped at that number. Output does not depend on it.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

impl FailOn {
    /// The least severe status that fails the run; `None` never does.
    pub fn level(self) -> Option<claimcheck::model::Status> {
        use claimcheck::model::Status;
        match self {
            FailOn::Conflict => Some(Status::Conflict),
            FailOn::Variant => Some(Status::Variant),
            FailOn::Resolved => Some(Status::Resolved),
            // Every group not in agreement: Unresolved is the least severe status but Agree.
            FailOn::Unresolved => Some(Status::Unresolved),
            FailOn::None => None,
        }
    }
}

/// The least severe status that counts as a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Contradictions only.
    Conflict,
    /// Reworded quotes and contradictions.
    Variant,
    /// Any difference of form, too.
    Resolved,
    /// Every group not in agreement, including those that could not be decided.
    Unresolved,
    /// Never exit 1.
    None,
}

/// Progress bar choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressChoice {
    /// On a terminal, for runs longer than a second.
    Auto,
    /// Never.
    Never,
}

/// Colour choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colours on a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// "1000", "500K", "64M", "1G" (powers of 1024; a trailing "B"/"iB" is allowed).
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let upper = t.to_ascii_uppercase();
    let body = upper.trim_end_matches("IB").trim_end_matches('B');
    let (digits, shift) = match body.chars().last() {
        Some('K') => (&body[..body.len() - 1], 10),
        Some('M') => (&body[..body.len() - 1], 20),
        Some('G') => (&body[..body.len() - 1], 30),
        _ => (body, 0),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1u64 << shift))
        .ok_or_else(|| format!("'{s}' is not a size: give bytes, or a number with K, M or G (e.g. 64M)"))
}

/// `--format`: the library's formats, each with its help line and aliases.
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.iter().map(|f| {
        PossibleValue::new(f.name())
            .help(f.help())
            .aliases(f.aliases().iter().copied())
    }))
    .map(|name| name.parse::<Format>().expect("a value clap accepted"))
}

pub fn parse_glob(s: &str) -> Result<String, String> {
    claimcheck::load::check_glob(s).map(|()| s.to_string())
}

pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.trim()
        .parse::<jiff::civil::Date>()
        .map_err(|_| format!("'{s}' is not a date in the form YYYY-MM-DD (e.g. 2024-10-24)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn args_are_consistent() {
        Args::command().debug_assert();
    }

    #[test]
    fn sizes_take_binary_suffixes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("500K"), Ok(500 * 1024));
        assert_eq!(parse_size("2MiB"), Ok(2 << 20));
        assert_eq!(parse_size(" 1g "), Ok(1 << 30));
        assert!(parse_size("ten").unwrap_err().contains("not a size"));
        assert!(parse_size("99999999999G").is_err());
        // The flag's default is the library's.
        assert_eq!(parse_size("64M"), Ok(claimcheck::load::DEFAULT_MAX_FILE_SIZE));
    }
}
