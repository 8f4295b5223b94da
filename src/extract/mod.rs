//! Extraction: one document's text and segments in, claims out.
//!
//! Each kind has its own module. Counts, places and quotes are final after this stage;
//! dates come out as [`date::Mention`]s whose values are settled by the anchor stage,
//! because "Wednesday" means nothing until the document has a publication date.

pub mod attribution;
pub mod count;
pub mod date;
pub mod place;
pub mod quote;

use crate::model::{Claim, Document};
use crate::segment::Segments;

/// Everything the extractors found in one document.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// Count, place and quote claims (final).
    pub claims: Vec<Claim>,
    /// Date expressions, resolved later against the document's anchor.
    pub dates: Vec<date::Mention>,
}

/// Run every extractor over one document. `doc_index` is stored in each claim.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Extracted {
    let mut claims = Vec::new();
    claims.extend(count::extract(doc_index, doc, seg));
    claims.extend(place::extract(doc_index, doc, seg));
    claims.extend(quote::extract(doc_index, doc, seg));
    let dates = date::find(doc, seg);
    Extracted { claims, dates }
}
