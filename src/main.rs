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

/// Exit codes (DESIGN.md): 0 clean, 1 findings, 2 failure.
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
            if is_broken_pipe(&err) {
                return Exit::Clean.into();
            }
            let _ = writeln!(std::io::stderr(), "claimcheck: {err:#}");
            Exit::Failure.into()
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(args: &Args) -> anyhow::Result<Exit> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting up threads")?;
    }
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
        // Machine formats never carry colour: write them straight through.
        None if args.format != Format::Text => {
            let mut out = std::io::stdout().lock();
            out.write_all(body.as_bytes()).context("writing the report")?;
            out.flush().context("writing the report")?;
        }
        None => {
            let stdout = std::io::stdout().lock();
            let mut out = anstream::AutoStream::new(stdout, color);
            out.write_all(body.as_bytes()).context("writing the report")?;
            out.flush().context("writing the report")?;
        }
    }

    let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), color);
    for w in &report.warnings {
        let _ = writeln!(stderr, "claimcheck: warning: {}: {}", w.path, w.reason);
    }
    for s in &report.skipped {
        let _ = writeln!(stderr, "claimcheck: {}: {}", s.path, s.reason);
    }
    if report.documents.is_empty() {
        let _ = writeln!(stderr, "claimcheck: no readable input");
        return Ok(Exit::Failure);
    }
    if !report.skipped.is_empty() {
        return Ok(Exit::Failure);
    }
    let threshold = match args.fail_on {
        FailOn::Conflict => Some(Status::Conflict),
        FailOn::Variant => Some(Status::Variant),
        FailOn::Resolved => Some(Status::Resolved),
        FailOn::None => None,
    };
    let found = threshold.is_some_and(|t| {
        report
            .groups
            .iter()
            .any(|g| g.status != Status::Unresolved && g.status >= t)
    });
    Ok(if found { Exit::Findings } else { Exit::Clean })
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
