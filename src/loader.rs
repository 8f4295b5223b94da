//! Loading: paths in, documents out (placeholder, being written).

use crate::model::{Document, Skipped};

/// Default `--max-file-size`: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Documents read and entries skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents read.
    pub documents: Vec<Document>,
    /// Entries that could not be read.
    pub skipped: Vec<Skipped>,
}

/// Load every path.
pub fn load(paths: &[String], _stdin: Option<&mut dyn std::io::Read>, _max: u64) -> Result<Corpus, crate::Error> {
    let mut c = Corpus::default();
    for p in paths {
        match std::fs::read_to_string(p) {
            Ok(text) => c.documents.push(Document {
                id: p.clone(),
                path: p.clone(),
                text,
                body_start: 0,
                meta: Default::default(),
            }),
            Err(e) => c.skipped.push(Skipped {
                path: p.clone(),
                reason: e.to_string(),
            }),
        }
    }
    Ok(c)
}
