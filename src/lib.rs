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
pub mod split;
pub mod text;
pub mod timex;
pub mod timing;

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
    let extraction = extract_with(opts, stdin, progress)?;
    let analysis = reconcile_with(extraction, progress);
    progress.stage("building the report", 0);
    let report = timing::time(timing::Stage::Report, || Report::new(&analysis));
    progress.finish();
    Ok(report)
}

/// The first half of [`run`]: load the inputs, then segment, extract and anchor each
/// document on its own evidence. Nothing here looks across documents, so the inputs
/// can be extracted in shards (`claimcheck extract`) and reconciled together later.
pub fn extract_with(
    opts: &Options,
    stdin: Option<&mut dyn std::io::Read>,
    progress: &dyn Progress,
) -> Result<Extraction, Error> {
    progress.stage("reading", 0);
    let corpus = timing::time(timing::Stage::Load, || {
        load::load_with(
            &opts.paths,
            stdin,
            opts.max_file_size.unwrap_or(load::DEFAULT_MAX_FILE_SIZE),
            &opts.walk,
        )
    })?;
    let mut extraction = extract_documents(corpus.documents, opts.published, progress);
    extraction.skipped = corpus.skipped;
    extraction.skipped.sort();
    extraction.warnings = corpus.warnings;
    extraction.warnings.sort();
    extraction.not_articles = corpus.not_articles;
    Ok(extraction)
}

/// What the per-document stages made of a set of documents: everything the stages
/// that look across documents (alignment, stories, groups) need.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The documents, sorted by id.
    pub documents: Vec<Document>,
    /// Each document's anchor from its own evidence (alignment comes later).
    pub anchors: Vec<Option<anchor::Anchor>>,
    /// Each document's count, place and quote claims, in the order extraction gave them.
    pub claims: Vec<Vec<model::Claim>>,
    /// Each document's date mentions, resolved into claims once anchors are aligned.
    pub mentions: Vec<Vec<extract::date::Mention>>,
    /// Inputs that could not be read, sorted.
    pub skipped: Vec<Skipped>,
    /// Inputs read with a caveat, sorted.
    pub warnings: Vec<Skipped>,
    /// Files under a folder left out as not articles by their extension.
    pub not_articles: usize,
}

/// Run the pipeline after loading. Documents are processed in parallel; the result
/// does not depend on the number of threads.
pub fn analyze(documents: Vec<Document>, skipped: Vec<Skipped>, published: Option<Date>) -> Analysis {
    analyze_with(documents, skipped, published, &NoProgress)
}

/// [`analyze`], reporting progress to `progress`.
pub fn analyze_with(
    documents: Vec<Document>,
    mut skipped: Vec<Skipped>,
    published: Option<Date>,
    progress: &dyn Progress,
) -> Analysis {
    skipped.sort();
    let mut extraction = extract_documents(documents, published, progress);
    extraction.skipped = skipped;
    reconcile_with(extraction, progress)
}

/// Segment, extract and anchor each document (sorted by id first), in parallel.
fn extract_documents(mut documents: Vec<Document>, published: Option<Date>, progress: &dyn Progress) -> Extraction {
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    progress.stage("extracting", documents.iter().map(|d| d.text.len() as u64).sum());
    let per_doc: Vec<extract::Extracted> = documents
        .par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let seg = timing::time(timing::Stage::Segment, || segment::segment(&doc.text, doc.body_start));
            let ex = extract::extract(i, doc, &seg);
            progress.advance(doc.text.len() as u64);
            ex
        })
        .collect();
    let (claims, mentions): (Vec<_>, Vec<_>) = per_doc.into_iter().map(|ex| (ex.claims, ex.dates)).unzip();
    let anchors: Vec<Option<anchor::Anchor>> = timing::time(timing::Stage::Anchor, || {
        documents
            .par_iter()
            .zip(&mentions)
            .map(|(doc, ms)| anchor::own_anchor(doc, ms, published))
            .collect()
    });
    Extraction {
        documents,
        anchors,
        claims,
        mentions,
        ..Extraction::default()
    }
}

/// The second half of [`run`]: align the anchors across documents, resolve the date
/// mentions, then cluster stories and reconcile claims. `extraction.documents` must be
/// sorted by id, and each claim's `doc` its document's index there.
pub fn reconcile_with(extraction: Extraction, progress: &dyn Progress) -> Analysis {
    progress.stage("anchoring and reconciling", 0);
    let Extraction {
        documents,
        mut anchors,
        claims: per_doc,
        mentions,
        skipped,
        warnings,
        not_articles,
    } = extraction;
    let claims = timing::time(timing::Stage::Anchor, || {
        anchor::align(&documents, &mentions, &mut anchors);
        let mut claims = Vec::new();
        for (i, doc_claims) in per_doc.into_iter().enumerate() {
            claims.extend(doc_claims);
            let anchor_date = anchors[i].as_ref().map(|a| a.date);
            claims.extend(anchor::date_claims(i, &mentions[i], anchor_date));
        }
        claims.sort_by_key(|c| (c.doc, c.span.start, c.kind, c.span.end));
        claims.dedup_by(|a, b| a.doc == b.doc && a.kind == b.kind && a.span == b.span);
        claims
    });
    let published: Vec<Option<Date>> = anchors.iter().map(|a| a.as_ref().map(|a| a.date)).collect();
    let guessed: Vec<bool> = anchors
        .iter()
        .map(|a| a.as_ref().is_some_and(|a| a.confidence == anchor::Confidence::Low))
        .collect();
    let (stories, groups) = timing::time(timing::Stage::Reconcile, || {
        let stories = timing::time(timing::Stage::Stories, || {
            reconcile::story::stories(&documents, &claims, &published)
        });
        let groups = reconcile::reconcile_dated(&documents, &claims, &published, &guessed, &stories);
        (stories, groups)
    });
    Analysis {
        documents,
        stories,
        anchors,
        claims,
        groups,
        skipped,
        warnings,
        not_articles,
    }
}
