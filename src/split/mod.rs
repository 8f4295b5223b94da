//! The pipeline split in two: `claimcheck extract` writes what the per-document stages
//! found (load, segment, extract, anchor) as a stream; `claimcheck reconcile` reads one
//! or more such streams back and runs the stages that look across documents (anchor
//! alignment, date resolution, stories, groups). Extraction can so run per shard
//! anywhere, and the reconciled report is byte for byte the one a single run over all
//! the shards' documents gives, as long as each document has the same id and path in
//! its shard as in that run (ids are paths relative to the folder given).
//!
//! # Extract stream, version 1
//!
//! One JSON object a line, each with a `type`:
//!
//! ```text
//! {"type": "extract", "version": 1}                                  first line
//! {"type": "document", "id", "path", "body_start", "meta": {"title", "source", "url",
//!    "published", "author"}, "anchor": {"date", "provenance", "confidence", "evidence"}
//!    | null, "text", "minhash"}
//! {"type": "claim", "document", "kind", "span": {"start", "end"},
//!    "sentence": {"start", "end"}, "subject", "attribution", "value": {...}}
//! {"type": "date", "document", "span", "sentence", "expr", "attribution", "subject",
//!    "modifier", "tense", "apposition", "past_event"}
//! {"type": "skipped", "path", "reason"}
//! {"type": "warning", "path", "reason"}
//! {"type": "summary", "documents", "claims", "dates", "skipped", "warnings",
//!    "not_articles"}                                                last line
//! ```
//!
//! - A document's claims (count, place, quote) and date mentions follow it; `document`
//!   is its id. Its full `text` is kept: reconciliation reads sentences around claims,
//!   and alignment compares the sentences of date mentions across documents.
//! - `anchor` is the publication date the document gives by itself (metadata,
//!   dateline, file name, `--published`, its own text). Alignment with other documents
//!   crosses shards, so date mentions are written unresolved (`expr` is the date
//!   grammar's expression) and resolved on reconciliation.
//! - `minhash` is the document's story signature: 64 integers below 2^32, a MinHash of
//!   its key terms (`reconcile::signature`; empty when it has none), so that a job
//!   spread over many machines can bucket documents into stories (documents of one
//!   story agree on many slots) and reconcile each bucket on its own. Reconciliation
//!   does not read it.
//! - The `summary` line closes a stream: a stream without one was cut off.
//! - The format belongs to claimcheck itself (a stream is read back by the same
//!   version that wrote it). Fields may be added to a record within a version (readers
//!   pass over fields they do not know, as `minhash` was added to version 1); `version`
//!   changes with any other change to a record.

mod records;

use std::io::{BufRead, Write};

use rayon::prelude::*;

use crate::model::Skipped;
use crate::{Extraction, anchor};
use records::{ClaimRecord, DateRecord, DocumentRecord, Header, Record, SummaryRecord};

pub use records::EXTRACT_VERSION;

/// Write `extraction` as an extract stream.
pub fn write(extraction: &Extraction, out: &mut dyn Write) -> std::io::Result<()> {
    let mut line = |r: &Record| -> std::io::Result<()> {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")
    };
    line(&Record::Extract(Header {
        version: EXTRACT_VERSION,
    }))?;
    let mut signatures: Vec<Vec<u32>> = extraction
        .documents
        .par_iter()
        .zip(&extraction.claims)
        .map(|(d, claims)| crate::reconcile::signature::signature(d, claims))
        .collect();
    let (mut claims, mut dates) = (0, 0);
    for (i, d) in extraction.documents.iter().enumerate() {
        line(&Record::Document(DocumentRecord::new(
            d,
            extraction.anchors[i].as_ref(),
            std::mem::take(&mut signatures[i]),
        )))?;
        for c in &extraction.claims[i] {
            line(&Record::Claim(ClaimRecord::new(&d.id, c)))?;
            claims += 1;
        }
        for m in &extraction.mentions[i] {
            line(&Record::Date(DateRecord {
                document: d.id.clone(),
                mention: m.clone(),
            }))?;
            dates += 1;
        }
    }
    for s in &extraction.skipped {
        line(&Record::Skipped(s.clone()))?;
    }
    for w in &extraction.warnings {
        line(&Record::Warning(w.clone()))?;
    }
    line(&Record::Summary(SummaryRecord {
        documents: extraction.documents.len(),
        claims,
        dates,
        skipped: extraction.skipped.len(),
        warnings: extraction.warnings.len(),
        not_articles: extraction.not_articles,
    }))?;
    out.flush()
}

/// One document read back, with what follows it.
struct Shard {
    doc: crate::model::Document,
    anchor: Option<anchor::Anchor>,
    claims: Vec<crate::model::Claim>,
    mentions: Vec<crate::extract::date::Mention>,
}

/// What one stream holds.
#[derive(Default)]
struct Stream {
    documents: Vec<Shard>,
    skipped: Vec<Skipped>,
    warnings: Vec<Skipped>,
    not_articles: usize,
}

/// Read extract streams back into one [`Extraction`], in the order given (which
/// decides the suffixes of ids that repeat across streams, `a.txt~2`, as the order of
/// paths does in a single run). `inputs` are (name for messages, reader or the error
/// opening it gave). A stream that cannot be read or is not a whole extract stream is
/// left out as a whole and listed in `skipped` with the line at fault; the others are
/// reconciled.
pub fn read(inputs: Vec<(String, std::io::Result<Box<dyn BufRead + '_>>)>) -> Extraction {
    let mut all = Stream::default();
    for (name, reader) in inputs {
        match reader.map_err(|e| e.to_string()).and_then(read_stream) {
            Ok(mut s) => {
                all.documents.append(&mut s.documents);
                all.skipped.append(&mut s.skipped);
                all.warnings.append(&mut s.warnings);
                all.not_articles += s.not_articles;
            }
            Err(reason) => all.skipped.push(Skipped { path: name, reason }),
        }
    }
    // Ids repeated across streams get the suffix a single run gives them.
    let mut seen = std::collections::BTreeMap::new();
    for s in &mut all.documents {
        let n = seen.entry(s.doc.id.clone()).or_insert(0usize);
        *n += 1;
        if *n > 1 {
            s.doc.id = format!("{}~{}", s.doc.id, n);
        }
    }
    all.documents.sort_by(|a, b| a.doc.id.cmp(&b.doc.id));
    // The same walk error or ignore-file warning seen by two shards of one folder is
    // one entry, as in a single run.
    all.skipped.sort();
    all.skipped.dedup();
    all.warnings.sort();
    all.warnings.dedup();
    let mut ex = Extraction {
        skipped: all.skipped,
        warnings: all.warnings,
        not_articles: all.not_articles,
        ..Extraction::default()
    };
    for (i, s) in all.documents.into_iter().enumerate() {
        ex.documents.push(s.doc);
        ex.anchors.push(s.anchor);
        ex.claims.push(
            s.claims
                .into_iter()
                .map(|c| crate::model::Claim { doc: i, ..c })
                .collect(),
        );
        ex.mentions.push(s.mentions);
    }
    ex
}

/// One whole stream; `Err` is the reason to leave it out, naming the line.
fn read_stream(reader: Box<dyn BufRead + '_>) -> Result<Stream, String> {
    let mut stream = Stream::default();
    let mut header = false;
    let mut summary: Option<SummaryRecord> = None;
    let (mut claims, mut dates) = (0, 0);
    for (n, line) in reader.lines().enumerate() {
        let at = |e: String| format!("line {}: {e}", n + 1);
        let line = line.map_err(|e| at(e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        if summary.is_some() {
            return Err(at("a record after the summary line".into()));
        }
        let record: Record = serde_json::from_str(&line).map_err(|e| {
            if n == 0 {
                at(format!(
                    "not a claimcheck extract stream ({e}); write one with `claimcheck extract`"
                ))
            } else {
                at(format!("malformed record: {e}"))
            }
        })?;
        if !header && !matches!(record, Record::Extract(_)) {
            return Err(at(
                "not a claimcheck extract stream: it does not start with the extract line".into(),
            ));
        }
        let last = stream.documents.last_mut();
        match record {
            Record::Extract(h) => {
                if header {
                    return Err(at("a second extract line".into()));
                }
                if h.version != EXTRACT_VERSION {
                    return Err(at(format!(
                        "extract stream version {} (this claimcheck reads version {EXTRACT_VERSION})",
                        h.version
                    )));
                }
                header = true;
            }
            Record::Document(d) => {
                if stream.documents.iter().any(|s| s.doc.id == d.id) {
                    return Err(at(format!("document {:?} appears twice", d.id)));
                }
                let (doc, anchor) = d.into_parts().map_err(at)?;
                stream.documents.push(Shard {
                    doc,
                    anchor,
                    claims: Vec::new(),
                    mentions: Vec::new(),
                });
            }
            Record::Claim(c) => {
                let s = last
                    .filter(|s| s.doc.id == c.document)
                    .ok_or_else(|| at(format!("a claim of {:?} not after its document", c.document)))?;
                let claim = c.into_claim(0, &s.doc.text).map_err(at)?;
                s.claims.push(claim);
                claims += 1;
            }
            Record::Date(d) => {
                let s = last
                    .filter(|s| s.doc.id == d.document)
                    .ok_or_else(|| at(format!("a date of {:?} not after its document", d.document)))?;
                s.mentions.push(d.into_mention(&s.doc.text).map_err(at)?);
                dates += 1;
            }
            Record::Skipped(s) => stream.skipped.push(s),
            Record::Warning(w) => stream.warnings.push(w),
            Record::Summary(s) => summary = Some(s),
        }
    }
    let Some(s) = summary else {
        return Err("cut off: no summary line at the end".into());
    };
    let counted = (
        stream.documents.len(),
        claims,
        dates,
        stream.skipped.len(),
        stream.warnings.len(),
    );
    if counted != (s.documents, s.claims, s.dates, s.skipped, s.warnings) {
        return Err(format!(
            "the summary line counts {} documents, {} claims, {} dates, {} skipped, {} warnings; the stream holds {}, {}, {}, {}, {}",
            s.documents,
            s.claims,
            s.dates,
            s.skipped,
            s.warnings,
            counted.0,
            counted.1,
            counted.2,
            counted.3,
            counted.4
        ));
    }
    stream.not_articles = s.not_articles;
    Ok(stream)
}
