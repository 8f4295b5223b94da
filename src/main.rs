//! The `claimcheck` binary: parse arguments, run the library, map the outcome to an
//! exit code. No logic lives here.

mod cli;
mod config;
mod progress;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use claimcheck::Progress;
use claimcheck::model::Status;
use cli::{Args, ColorChoice, Command, ExtractArgs, FailOn, InputArgs, ReconcileArgs, ReportArgs, RunArgs};

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
    let mut args = Args::parse();
    // Per-stage wall times on stderr, for scripts/bench.sh; stdout is unchanged.
    let timings = std::env::var_os("CLAIMCHECK_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0");
    if timings {
        claimcheck::timing::enable();
    }
    let result = configure(&mut args).and_then(|()| run(&args));
    if timings {
        let _ = std::io::stderr().write_all(claimcheck::timing::summary().as_bytes());
    }
    match result {
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

/// Fill what the flags left unset from the nearest `claimcheck.toml` above the first
/// input (flags win; `ignore` globs are added to --exclude).
fn configure(args: &mut Args) -> anyhow::Result<()> {
    let (first, report, input) = match &mut args.command {
        None => (
            args.paths.first().cloned(),
            Some(&mut args.report),
            Some(&mut args.input),
        ),
        Some(Command::Extract(a)) => (a.paths.first().cloned(), None, Some(&mut a.input)),
        Some(Command::Reconcile(a)) => (a.files.first().cloned(), Some(&mut a.report), None),
        Some(Command::Completions { .. } | Command::Man) => return Ok(()),
    };
    let Some(config) = config::find(std::path::Path::new(first.as_deref().unwrap_or("-")))? else {
        return Ok(());
    };
    let bad = |key: &str, e: String| anyhow::anyhow!("{}: {key}: {e}", config.path.display());
    if let Some(report) = report {
        if report.format.is_none()
            && let Some(f) = &config.format
        {
            report.format = Some(f.parse().map_err(|e| bad("format", e))?);
        }
        if report.fail_on.is_none()
            && let Some(f) = &config.fail_on
        {
            report.fail_on = Some(clap::ValueEnum::from_str(f, true).map_err(|e| bad("fail-on", e))?);
        }
        if report.baseline.is_none() && report.write_baseline.is_none() {
            report.baseline = config.baseline.clone();
        }
    }
    if let Some(input) = input {
        if input.published.is_none()
            && let Some(p) = &config.published
        {
            input.published = Some(cli::parse_date(p).map_err(|e| bad("published", e))?);
        }
        for g in &config.ignore {
            input.exclude.push(cli::parse_glob(g).map_err(|e| bad("ignore", e))?);
        }
    }
    Ok(())
}

fn run(args: &Args) -> anyhow::Result<Exit> {
    let run = match &args.command {
        None => &args.run,
        Some(Command::Extract(a)) => &a.run,
        Some(Command::Reconcile(a)) => &a.run,
        Some(Command::Completions { shell }) => {
            let mut cmd = <Args as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "claimcheck", &mut out);
            write_output(&out, None, false, anstream::ColorChoice::Never)?;
            return Ok(Exit::Clean);
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            clap_mangen::Man::new(<Args as clap::CommandFactory>::command())
                .render(&mut out)
                .context("writing the manual page")?;
            write_output(&out, None, false, anstream::ColorChoice::Never)?;
            return Ok(Exit::Clean);
        }
    };
    // The one pool of the run, built before any parallel work.
    rayon::ThreadPoolBuilder::new()
        .num_threads(thread_count(run.threads))
        .build_global()
        .context("setting up threads")?;
    match &args.command {
        None => {
            let opts = options(&args.paths, &args.input, &args.run);
            let progress = progress::Bar::new(args.run.progress);
            let extraction = claimcheck::extract_with(&opts, None, &progress)?;
            let analysis = claimcheck::reconcile_with(extraction, &progress);
            progress.stage("building the report", 0);
            let report =
                claimcheck::timing::time(claimcheck::timing::Stage::Report, || claimcheck::Report::new(&analysis));
            progress.finish();
            // The process ends soon: its memory goes back whole, not freed piece by piece.
            std::mem::forget(analysis);
            let empty = no_articles_message(&args.paths, report.summary.not_articles);
            finish(report, &args.report, &args.run, &empty)
        }
        Some(Command::Extract(a)) => extract(a),
        Some(Command::Reconcile(a)) => reconcile(a),
        Some(Command::Completions { .. } | Command::Man) => Ok(Exit::Clean),
    }
}

fn options(paths: &[String], input: &InputArgs, run: &RunArgs) -> claimcheck::Options {
    claimcheck::Options {
        paths: paths.to_vec(),
        published: input.published,
        max_file_size: Some(input.max_file_size),
        walk: claimcheck::load::WalkOptions {
            hidden: input.hidden,
            no_ignore: input.no_ignore,
            globs: input.globs.clone(),
            exclude: input.exclude.clone(),
            never_read: run.output.iter().cloned().collect(),
        },
    }
}

/// `claimcheck extract`: the per-document half, written as an extract stream.
fn extract(a: &ExtractArgs) -> anyhow::Result<Exit> {
    let opts = options(&a.paths, &a.input, &a.run);
    let progress = progress::Bar::new(a.run.progress);
    let extraction = claimcheck::extract_with(&opts, None, &progress)?;
    progress.finish();
    let failed = extraction.documents.is_empty() || !extraction.skipped.is_empty();
    let mut body = Vec::new();
    claimcheck::split::write(&extraction, &mut body).context("writing the extract stream")?;
    write_output(&body, a.run.output.as_deref(), false, anstream::ColorChoice::Never)?;
    let mut stderr = std::io::stderr().lock();
    report_trouble(&mut stderr, &extraction.warnings, &extraction.skipped);
    if extraction.documents.is_empty() {
        let msg = match extraction.skipped.is_empty() {
            true => no_articles_message(&a.paths, extraction.not_articles),
            false => "no readable input".into(),
        };
        let _ = writeln!(stderr, "claimcheck: {msg}");
    }
    Ok(if failed { Exit::Failure } else { Exit::Clean })
}

/// `claimcheck reconcile`: extract streams read back and reported on as one run.
fn reconcile(a: &ReconcileArgs) -> anyhow::Result<Exit> {
    let progress = progress::Bar::new(a.run.progress);
    progress.stage("reading", 0);
    let inputs: Vec<(String, std::io::Result<Box<dyn std::io::BufRead>>)> = a
        .files
        .iter()
        .map(|f| {
            let reader: std::io::Result<Box<dyn std::io::BufRead>> = if f == "-" {
                Ok(Box::new(std::io::stdin().lock()))
            } else {
                std::fs::File::open(f).map(|file| Box::new(std::io::BufReader::new(file)) as Box<dyn std::io::BufRead>)
            };
            (f.clone(), reader)
        })
        .collect();
    let extraction = claimcheck::split::read(inputs);
    let analysis = claimcheck::reconcile_with(extraction, &progress);
    progress.stage("building the report", 0);
    let report = claimcheck::timing::time(claimcheck::timing::Stage::Report, || claimcheck::Report::new(&analysis));
    progress.finish();
    std::mem::forget(analysis);
    let empty = format!("no documents in {}", a.files.join(", "));
    finish(report, &a.report, &a.run, &empty)
}

/// Render and write a report, report trouble on stderr, and give the exit code.
/// `empty` says why a run without documents has none.
fn finish(mut report: claimcheck::Report, how: &ReportArgs, run: &RunArgs, empty: &str) -> anyhow::Result<Exit> {
    use claimcheck::report::baseline;
    let mut notes = Vec::new();
    // A baseline being written holds every finding of the run: they are known from now.
    let mut known = None;
    if let Some(path) = &how.write_baseline {
        let text = baseline::write(&report);
        write_atomically(path, text.as_bytes()).with_context(|| format!("writing {}", path.display()))?;
        let b = baseline::read(&text).map_err(anyhow::Error::msg)?;
        notes.push(format!(
            "wrote {} to {}",
            plural(b.fingerprints.len(), "finding", "findings"),
            path.display()
        ));
        known = Some(b);
    }
    if let Some(path) = &how.baseline {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading the baseline {}", path.display()))?;
        let b = baseline::read(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let hidden = report.apply_baseline(&b);
        notes.push(format!(
            "{} known from the baseline {} not reported",
            plural(hidden, "finding", "findings"),
            path.display()
        ));
    }
    // Decided before anything is written, so that a closed pipe cannot change it.
    let exit = match &known {
        Some(b) => {
            let mut accepted = report.clone();
            accepted.apply_baseline(b);
            exit_status(&accepted, how.fail_on())
        }
        None => exit_status(&report, how.fail_on()),
    };
    let color = match how.color {
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
        ColorChoice::Auto => anstream::ColorChoice::Auto,
    };
    let opts = render_options(how, run);
    if let Some(id) = &how.explain
        && !report.groups.iter().any(|g| &g.id == id)
    {
        anyhow::bail!(
            "--explain {id}: no such group (this run has {})",
            match report.groups.len() {
                0 => "no groups".to_string(),
                1 => "one group, g1".to_string(),
                n => format!("groups g1 to g{n}"),
            }
        );
    }
    claimcheck::timing::time(claimcheck::timing::Stage::Output, || {
        let renderer = how.format().renderer(&opts);
        let render = |out: &mut dyn Write| renderer.render(&report, out);
        write_rendered(render, run.output.as_deref(), how.format().colored(), color)
    })?;

    let mut stderr = anstream::AutoStream::new(std::io::stderr().lock(), color);
    for n in notes {
        let _ = writeln!(stderr, "claimcheck: {n}");
    }
    report_trouble(&mut stderr, &report.warnings, &report.skipped);
    if report.documents.is_empty() {
        let msg = if report.skipped.is_empty() {
            empty
        } else {
            "no readable input"
        };
        let _ = writeln!(stderr, "claimcheck: {msg}");
    }
    // Its memory goes back with the process's, not piece by piece.
    std::mem::forget(report);
    Ok(exit)
}

/// Render a report straight into its destination through a buffer (the JSON of a
/// large run is never held whole), or, for formats that may carry colour, render it
/// whole and hand it to [`write_output`].
fn write_rendered(
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    output: Option<&std::path::Path>,
    text: bool,
    color: anstream::ColorChoice,
) -> anyhow::Result<()> {
    if text {
        let mut body = Vec::new();
        render(&mut body).context("rendering the report")?;
        return write_output(&body, output, text, color);
    }
    match output {
        Some(path) => write_atomically_with(path, render).with_context(|| format!("writing {}", path.display())),
        None => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            match render(&mut out).and_then(|()| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => r.context("writing the report"),
            }
        }
    }
}

/// Write the output to `-o FILE` (colour stripped) or standard output, where a closed
/// pipe ends the writing quietly: the reader has all it wanted (`| head`).
fn write_output(
    body: &[u8],
    output: Option<&std::path::Path>,
    text: bool,
    color: anstream::ColorChoice,
) -> anyhow::Result<()> {
    match output {
        Some(path) => {
            let body = if text { strip_ansi(body) } else { body.to_vec() };
            write_atomically(path, &body).with_context(|| format!("writing {}", path.display()))
        }
        None => match write_stdout(body, text, color) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            r => r.context("writing the report"),
        },
    }
}

/// Warnings, then inputs that could not be read, one a line.
fn report_trouble(
    stderr: &mut dyn Write,
    warnings: &[claimcheck::model::Skipped],
    skipped: &[claimcheck::model::Skipped],
) {
    for w in warnings {
        let _ = writeln!(stderr, "claimcheck: warning: {}: {}", w.path, w.reason);
    }
    for s in skipped {
        let _ = writeln!(stderr, "claimcheck: {}: {}", s.path, s.reason);
    }
}

fn write_stdout(body: &[u8], text: bool, color: anstream::ColorChoice) -> std::io::Result<()> {
    let stdout = std::io::stdout().lock();
    if !text {
        // Machine formats never carry colour: write them straight through.
        let mut out = stdout;
        out.write_all(body)?;
        return out.flush();
    }
    let mut out = anstream::AutoStream::new(stdout, color);
    out.write_all(body)?;
    out.flush()
}

/// The exit code a report gives: 2 when nothing was read or anything could not be,
/// else 1 when a group reaches the `--fail-on` level.
fn exit_status(report: &claimcheck::Report, fail_on: FailOn) -> Exit {
    if report.documents.is_empty() || !report.skipped.is_empty() {
        return Exit::Failure;
    }
    // Statuses are ordered by severity: the level and everything above it count.
    let counts = |s: Status| fail_on.level().is_some_and(|level| s >= level);
    let found = report.groups.iter().any(|g| counts(g.status));
    if found { Exit::Findings } else { Exit::Clean }
}

/// What the flags ask of the renderer: `--all`, `--explain`, the `--fail-on` level for
/// the exit hint, the terminal's width (80 off a terminal or into a file) and the
/// working folder that paths are shown relative to.
fn render_options(how: &ReportArgs, run: &RunArgs) -> claimcheck::report::RenderOptions {
    use std::io::IsTerminal;
    let width = match (&run.output, std::io::stdout().is_terminal()) {
        (None, true) => terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0)),
        _ => 80,
    };
    claimcheck::report::RenderOptions {
        all: how.all,
        width,
        explain: how.explain.clone(),
        fail_on: how.fail_on().level(),
        base: std::env::current_dir().ok().map(|d| d.to_string_lossy().into_owned()),
    }
}

/// `n thing` or `n things`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Why a run that read everything it was given found no article.
fn no_articles_message(paths: &[String], not_articles: usize) -> String {
    let mut msg = format!("no articles found under {}", paths.join(", "));
    match not_articles {
        0 => {}
        1 => msg.push_str(" (1 file left out as not an article by its extension)"),
        n => msg.push_str(&format!(" ({n} files left out as not articles by their extension)")),
    }
    msg
}

fn strip_ansi(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut w = anstream::StripStream::new(&mut out);
    let _ = w.write_all(s);
    out
}

/// Write `body` to a temporary file beside `path`, then rename it into place.
fn write_atomically(path: &std::path::Path, body: &[u8]) -> std::io::Result<()> {
    write_atomically_with(path, |out| out.write_all(body))
}

/// What `write` writes, through a buffer into a temporary file beside `path`, then
/// renamed into place.
fn write_atomically_with(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
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
        let mut f = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(&tmp)?);
        write(&mut f)?;
        f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
