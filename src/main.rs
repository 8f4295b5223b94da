//! The `claimcheck` binary: parse arguments, run the library, map the outcome to an
//! exit code. No logic lives here.

mod cli;
mod progress;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use claimcheck::model::Status;
use cli::{Args, ColorChoice, FailOn, Format};

/// Exit codes, the contract with CI (README, `--help`): 0 clean, 1 findings, 2 failure.
#[derive(Debug, Clone, Copy)]
enum Exit {
    Clean,
    Findings,
    Failure,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        match e {
            Exit::Clean => ExitCode::from(0),
            Exit::Findings => ExitCode::from(1),
            Exit::Failure => ExitCode::from(2),
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(e) => e.into(),
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "claimcheck: {err:#}");
            Exit::Failure.into()
        }
    }
}

/// The number of worker threads: `-j 0` or no `-j` is one per available core, and more
/// than that is capped, since extra threads only cost memory and start-up time.
fn thread_count(requested: Option<usize>) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    match requested {
        None | Some(0) => cores,
        Some(n) => n.min(cores),
    }
}

fn run(args: &Args) -> anyhow::Result<Exit> {
    // The one pool of the run, built before any parallel work.
    rayon::ThreadPoolBuilder::new()
        .num_threads(thread_count(args.threads))
        .build_global()
        .context("setting up threads")?;
    let opts = claimcheck::Options {
        paths: args.paths.clone(),
        published: args.published,
        max_file_size: Some(args.max_file_size),
        walk: claimcheck::load::WalkOptions {
            hidden: args.hidden,
            no_ignore: args.no_ignore,
            globs: args.globs.clone(),
            exclude: args.exclude.clone(),
            never_read: args.output.iter().cloned().collect(),
        },
    };
    let progress = progress::Bar::new(args.progress);
    let report = claimcheck::run_with(&opts, None, &progress)?;
    // Decided before anything is written, so that a closed pipe cannot change it.
    let exit = exit_status(&report, args.fail_on);

    let color = match args.color {
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
        ColorChoice::Auto => anstream::ColorChoice::Auto,
    };
    let body = match args.format {
        Format::Json => report.to_json(),
        Format::Ndjson => report.to_ndjson(),
        Format::Text => claimcheck::report::human::render(&report),
    };
    match &args.output {
        Some(path) => {
            write_atomically(path, &strip_ansi(&body)).with_context(|| format!("writing {}", path.display()))?
        }
        None => match write_stdout(&body, args.format, color) {
            // The reader has all it wanted (`| head`): stop writing, keep the exit code.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            r => r.context("writing the report")?,
        },
    }

    let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), color);
    for w in &report.warnings {
        let _ = writeln!(stderr, "claimcheck: warning: {}: {}", w.path, w.reason);
    }
    for s in &report.skipped {
        let _ = writeln!(stderr, "claimcheck: {}: {}", s.path, s.reason);
    }
    if report.documents.is_empty() {
        let _ = writeln!(stderr, "claimcheck: {}", no_documents_message(&report, &args.paths));
    }
    Ok(exit)
}

fn write_stdout(body: &str, format: Format, color: anstream::ColorChoice) -> std::io::Result<()> {
    let stdout = std::io::stdout().lock();
    if format != Format::Text {
        // Machine formats never carry colour: write them straight through.
        let mut out = stdout;
        out.write_all(body.as_bytes())?;
        return out.flush();
    }
    let mut out = anstream::AutoStream::new(stdout, color);
    out.write_all(body.as_bytes())?;
    out.flush()
}

/// The exit code a report gives: 2 when nothing was read or anything could not be,
/// else 1 when a group reaches the `--fail-on` level.
fn exit_status(report: &claimcheck::Report, fail_on: FailOn) -> Exit {
    if report.documents.is_empty() || !report.skipped.is_empty() {
        return Exit::Failure;
    }
    let counts = |s: Status| match fail_on {
        FailOn::Conflict => s == Status::Conflict,
        FailOn::Variant => matches!(s, Status::Variant | Status::Conflict),
        FailOn::Resolved => matches!(s, Status::Resolved | Status::Variant | Status::Conflict),
        // The least severe level: every group not in agreement, undecided ones too.
        FailOn::Unresolved => s != Status::Agree,
        FailOn::None => false,
    };
    let found = report.groups.iter().any(|g| counts(g.status));
    if found { Exit::Findings } else { Exit::Clean }
}

/// Why a run read no document: everything named was unreadable, or there was nothing
/// to read.
fn no_documents_message(report: &claimcheck::Report, paths: &[String]) -> String {
    if !report.skipped.is_empty() {
        return "no readable input".into();
    }
    let mut msg = format!("no articles found under {}", paths.join(", "));
    match report.summary.not_articles {
        0 => {}
        1 => msg.push_str(" (1 file left out as not an article by its extension)"),
        n => msg.push_str(&format!(" ({n} files left out as not articles by their extension)")),
    }
    msg
}

fn strip_ansi(s: &str) -> String {
    let mut out = Vec::new();
    let mut w = anstream::StripStream::new(&mut out);
    let _ = w.write_all(s.as_bytes());
    String::from_utf8(out).unwrap_or_default()
}

/// Write `body` to a temporary file beside `path`, then rename it into place.
fn write_atomically(path: &std::path::Path, body: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.claimcheck-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(body.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
