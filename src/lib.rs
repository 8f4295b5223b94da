//! claimcheck: check claims across news articles.
//!
//! The pipeline is `load -> segment -> extract -> anchor -> reconcile -> report`; each
//! stage is a module taking the previous stage's output. [`run`] drives them all.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![warn(missing_docs)]

pub mod anchor;
pub mod error;
pub mod extract;
pub mod gazetteer;
pub(crate) mod lexicon;
pub mod load;
pub mod model;
pub mod reconcile;
pub mod report;
pub mod segment;
pub mod text;
pub mod timex;

use jiff::civil::Date;
use rayon::prelude::*;

pub use error::Error;
use model::{Document, Skipped};
pub use report::{Analysis, Report};

/// Progress of a run, for a front end to show (the binary draws a bar on a terminal).
/// The pipeline calls it from several threads.
pub trait Progress: Sync {
    /// A stage begins: its name and how many steps it has (0 when unknown).
    fn stage(&self, name: &'static str, total: u64);
    /// `n` more steps of the current stage are done.
    fn advance(&self, n: u64);
    /// The run is over.
    fn finish(&self);
}

/// A [`Progress`] that shows nothing.
pub struct NoProgress;

impl Progress for NoProgress {
    fn stage(&self, _: &'static str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// What to run on, and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Files and folders; `-` reads standard input.
    pub paths: Vec<String>,
    /// The anchor for documents with no date of their own.
    pub published: Option<Date>,
    /// Largest file read, in bytes.
    pub max_file_size: Option<u64>,
    /// Which entries under a folder are read.
    pub walk: load::WalkOptions,
}

/// Load, extract, anchor and reconcile the inputs named in `opts`.
pub fn run(opts: &Options, stdin: Option<&mut dyn std::io::Read>) -> Result<Report, Error> {
    run_with(opts, stdin, &NoProgress)
}

/// [`run`], reporting progress to `progress`.
pub fn run_with(
    opts: &Options,
    stdin: Option<&mut dyn std::io::Read>,
    progress: &dyn Progress,
) -> Result<Report, Error> {
    progress.stage("reading", 0);
    let corpus = load::load_with(
        &opts.paths,
        stdin,
        opts.max_file_size.unwrap_or(load::DEFAULT_MAX_FILE_SIZE),
        &opts.walk,
    )?;
    let mut analysis = analyze_with(corpus.documents, corpus.skipped, opts.published, progress);
    analysis.warnings = corpus.warnings;
    analysis.not_articles = corpus.not_articles;
    analysis.warnings.sort();
    progress.stage("building the report", 0);
    let report = Report::new(&analysis);
    progress.finish();
    Ok(report)
}

/// Run the pipeline after loading. Documents are processed in parallel; the result
/// does not depend on the number of threads.
pub fn analyze(documents: Vec<Document>, skipped: Vec<Skipped>, published: Option<Date>) -> Analysis {
    analyze_with(documents, skipped, published, &NoProgress)
}

/// [`analyze`], reporting progress to `progress`.
pub fn analyze_with(
    mut documents: Vec<Document>,
    mut skipped: Vec<Skipped>,
    published: Option<Date>,
    progress: &dyn Progress,
) -> Analysis {
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    skipped.sort();
    progress.stage("extracting", documents.iter().map(|d| d.text.len() as u64).sum());
    let per_doc: Vec<(segment::Segments, extract::Extracted)> = documents
        .par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let seg = segment::segment(&doc.text, doc.body_start);
            let ex = extract::extract(i, doc, &seg);
            progress.advance(doc.text.len() as u64);
            (seg, ex)
        })
        .collect();
    progress.stage("anchoring and reconciling", 0);
    let mentions: Vec<Vec<extract::date::Mention>> = per_doc.iter().map(|(_, ex)| ex.dates.clone()).collect();
    let mut anchors: Vec<Option<anchor::Anchor>> = documents
        .par_iter()
        .zip(&mentions)
        .map(|(doc, ms)| anchor::own_anchor(doc, ms, published))
        .collect();
    anchor::align(&documents, &mentions, &mut anchors);

    let mut claims = Vec::new();
    for (i, (_seg, ex)) in per_doc.into_iter().enumerate() {
        claims.extend(ex.claims);
        let anchor_date = anchors[i].as_ref().map(|a| a.date);
        claims.extend(anchor::date_claims(i, &mentions[i], anchor_date));
    }
    claims.sort_by_key(|c| (c.doc, c.span.start, c.kind, c.span.end));
    claims.dedup_by(|a, b| a.doc == b.doc && a.kind == b.kind && a.span == b.span);
    let published: Vec<Option<Date>> = anchors.iter().map(|a| a.as_ref().map(|a| a.date)).collect();
    let stories = reconcile::story::stories(&documents, &claims, &published);
    let groups = reconcile::reconcile_dated(&documents, &claims, &published, &stories);
    Analysis {
        documents,
        stories,
        anchors,
        claims,
        groups,
        skipped,
        warnings: Vec::new(),
        not_articles: 0,
    }
}
