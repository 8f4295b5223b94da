//! Attribution: who asserts a claim ("according to X", "X said", "X's intelligence").

use crate::model::{Document, Span};
use crate::segment::Segments;

/// The source asserting whatever is at `span`, from its sentence and paragraph, or
/// `None` when the outlet states it itself.
pub fn attribution(doc: &Document, seg: &Segments, span: Span) -> Option<String> {
    let _ = (doc, seg, span);
    None
}
