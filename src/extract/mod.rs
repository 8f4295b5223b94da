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

/// Run every extractor over one document. `doc_index` is stored in each claim. The
/// extractors are independent, so they run in parallel: a single huge document still
/// uses more than one core.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Extracted {
    let ((counts, places), (quotes, dates)) = rayon::join(
        || {
            rayon::join(
                || count::extract(doc_index, doc, seg),
                || place::extract(doc_index, doc, seg),
            )
        },
        || rayon::join(|| quote::extract(doc_index, doc, seg), || date::find(doc, seg)),
    );
    let mut claims = counts;
    claims.extend(places);
    claims.extend(quotes);
    Extracted { claims, dates }
}
