//! Loading: the paths a user gives in, documents and skipped entries out.
//!
//! Folders are walked recursively in sorted order (following symbolic links, with loop
//! detection), leaving out what ripgrep and fd leave out (hidden entries, what ignore
//! files name) and, counted, files that are not articles by extension; every file is
//! sniffed, decoded and split from its metadata. Anything that cannot be read lands in
//! `skipped` with a one-line reason and the run goes on. FIFOs, sockets and devices are
//! never opened. Inputs are opened read-only.
//!
//! One file per job: `walk` (paths to files as [`WalkOptions`] choose them, files to
//! bytes), `decode` (bytes to text, and the choice of format), `front_matter` (txt and md
//! with YAML/TOML front matter), `html` (the article of a page) and `jsonl` (one article
//! per line).

mod decode;
mod front_matter;
mod html;
mod jsonl;
mod walk;

use std::io::Read;

use rayon::prelude::*;

use crate::model::{Document, Skipped};

pub use front_matter::{FrontMatter, front_matter, parse_front_matter};
pub use html::html_article;

pub use walk::{WalkOptions, check_glob};

use decode::decode_document;
use walk::{Found, collect, read_entry};

/// Default `--max-file-size`: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Documents read, entries skipped, and notes about what was read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents read, in input order.
    pub documents: Vec<Document>,
    /// Entries that could not be read.
    pub skipped: Vec<Skipped>,
    /// Non-fatal notes: a legacy encoding guessed, an empty file.
    pub warnings: Vec<Skipped>,
    /// Files under a folder left out because their extension is not an article's
    /// (images, archives, executables, ...).
    pub not_articles: usize,
}

/// Load every path, walking folders with the default [`WalkOptions`]. `stdin` is read
/// for a `-` argument.
pub fn load(paths: &[String], stdin: Option<&mut dyn Read>, max_file_size: u64) -> Result<Corpus, crate::error::Error> {
    load_with(paths, stdin, max_file_size, &WalkOptions::default())
}

/// [`load`], walking folders as `walk` says.
pub fn load_with(
    paths: &[String],
    stdin: Option<&mut dyn Read>,
    max_file_size: u64,
    walk: &WalkOptions,
) -> Result<Corpus, crate::error::Error> {
    if paths.is_empty() {
        return Err(crate::error::Error::NoInput);
    }
    let mut corpus = Corpus::default();
    let mut found = Found::default();
    let mut stdin = stdin;
    for p in paths {
        if p == "-" {
            let mut bytes = Vec::new();
            match stdin.as_mut() {
                Some(r) => r.read_to_end(&mut bytes).map_err(crate::error::Error::Stdin)?,
                None => std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(crate::error::Error::Stdin)?,
            };
            let outcome = decode_document("-", "-", "<stdin>", bytes);
            corpus.absorb(outcome);
            continue;
        }
        collect(p, walk, &mut found).map_err(crate::error::Error::Glob)?;
    }
    corpus.skipped.append(&mut found.skipped);
    corpus.warnings.append(&mut found.warnings);
    corpus.not_articles = found.not_articles;
    let outcomes: Vec<Outcome> = found.entries.par_iter().map(|e| read_entry(e, max_file_size)).collect();
    for o in outcomes {
        corpus.absorb(o);
    }
    let mut seen = std::collections::BTreeMap::new();
    for d in &mut corpus.documents {
        let n = seen.entry(d.id.clone()).or_insert(0usize);
        *n += 1;
        if *n > 1 {
            d.id = format!("{}~{}", d.id, n);
        }
    }
    Ok(corpus)
}

impl Corpus {
    fn absorb(&mut self, o: Outcome) {
        self.documents.extend(o.documents);
        self.skipped.extend(o.skipped);
        self.warnings.extend(o.warnings);
    }
}

/// What reading one file produced.
#[derive(Default)]
struct Outcome {
    documents: Vec<Document>,
    skipped: Vec<Skipped>,
    warnings: Vec<Skipped>,
}

impl Outcome {
    fn skip(path: &str, reason: impl Into<String>) -> Outcome {
        Outcome {
            skipped: vec![Skipped {
                path: path.to_string(),
                reason: reason.into(),
            }],
            ..Outcome::default()
        }
    }
}
