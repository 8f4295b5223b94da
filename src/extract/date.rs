//! Date extraction: finds temporal expressions and normalizes them to TIMEX3 values.
//!
//! Two steps, so that the anchor stage can sit between them: [`find`] returns
//! [`Mention`]s holding a structured, still-relative [`Expr`]; [`resolve`] turns one into
//! a [`DateValue`] given the document's anchor date (or leaves it unresolved without one).

use jiff::civil::Date;

use crate::model::{DateValue, Document, Span};
use crate::segment::Segments;

/// One temporal expression found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The surface span.
    pub span: Span,
    /// The containing sentence.
    pub sentence: Span,
    /// What the expression says, before anchoring.
    pub expr: Expr,
    /// Who asserts the date, if the sentence says.
    pub attribution: Option<String>,
    /// What event it dates (a short phrase from the sentence).
    pub subject: String,
}

/// A temporal expression before anchoring.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Placeholder until the extractor lands.
    Absolute(String),
}

/// Find every temporal expression in the document body.
pub fn find(_doc: &Document, _seg: &Segments) -> Vec<Mention> {
    Vec::new()
}

/// Normalize a mention given the document's anchor (publication) date.
pub fn resolve(m: &Mention, anchor: Option<Date>) -> DateValue {
    let _ = anchor;
    match &m.expr {
        Expr::Absolute(v) => DateValue {
            timex: Some(v.clone()),
            grain: "day".into(),
            timex_type: "DATE".into(),
            ..DateValue::default()
        },
    }
}
