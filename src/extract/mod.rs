//! Extraction: one document's text and segments in, claims out.
//!
//! Each kind has its own module with one [`Extractor`], registered once in [`extractor`];
//! [`extract`] runs them all, in parallel, over one document. Counts, places and quotes
//! are final after this stage; dates come out as [`date::Mention`]s whose values are
//! settled by the anchor stage, because "Wednesday" means nothing until the document
//! has a publication date.
//!
//! A new claim kind is a line in `model`'s `for_each_kind!` list, which declares its
//! module here and registers it in [`extractor`], and a file here implementing
//! [`Extractor`] (plus its reconciler; see ARCHITECTURE.md).

pub mod attribution;
pub(crate) mod names;

use std::sync::OnceLock;

use rayon::prelude::*;

use crate::model::{Claim, Document, Kind, Span};
use crate::segment::Segments;

/// Everything the extractors found in one document.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    /// Count, place and quote claims (final).
    pub claims: Vec<Claim>,
    /// Date expressions, resolved later against the document's anchor.
    pub dates: Vec<date::Mention>,
}

/// What every extractor reads: one document, its segments, and the per-document tables
/// that several extractors share (built on first use, whichever thread asks first).
#[derive(Debug)]
pub struct Input<'a> {
    /// The document's index in the run, stored in each claim.
    pub index: usize,
    /// The document.
    pub doc: &'a Document,
    /// Its sentences and paragraphs.
    pub seg: &'a Segments,
    attribution_tables: OnceLock<names::DocTables>,
    name_index: OnceLock<names::NameIndex>,
}

impl<'a> Input<'a> {
    /// The input of document number `index`.
    pub fn new(index: usize, doc: &'a Document, seg: &'a Segments) -> Input<'a> {
        Input {
            index,
            doc,
            seg,
            attribution_tables: OnceLock::new(),
            name_index: OnceLock::new(),
        }
    }

    /// The people the document names ([`names::NameIndex`]), built once for the
    /// extractors that ask (quotes, places).
    pub(crate) fn name_index(&self) -> &names::NameIndex {
        self.name_index
            .get_or_init(|| names::NameIndex::build(&self.doc.text, self.doc.body_start.min(self.doc.text.len())))
    }

    /// Who asserts whatever is at `span` ([`attribution::attribution`]).
    pub fn attribution(&self, span: Span) -> Option<String> {
        attribution::attribution(self, span)
    }
}

/// One kind's extractor.
pub trait Extractor: Sync {
    /// Everything of its kind in one document.
    fn extract(&self, input: &Input) -> Extracted;
}

/// Each kind's module (`count`, `date`, ...) and the registry [`extractor`], from the
/// list of kinds in `model`.
macro_rules! extractors {
    ($($(#[$doc:meta])* $kind:ident => $module:ident :: $imp:ident($value:ident),)*) => {
        $(pub mod $module;)*

        /// The registry: the extractor of each kind (`<module>::<type>` as listed in
        /// `model`'s `for_each_kind!`). A new [`Kind`] fails to compile here until its
        /// module has one.
        pub fn extractor(kind: Kind) -> &'static dyn Extractor {
            match kind {
                $(Kind::$kind => &$module::$imp,)*
            }
        }
    };
}
crate::model::for_each_kind!(extractors);

/// Run every extractor over one document. `doc_index` is stored in each claim. The
/// extractors are independent, so they run in parallel: a single huge document still
/// uses more than one core.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Extracted {
    // Blank text claims nothing: no extractor's tables or patterns are built for it.
    if doc.text.trim().is_empty() {
        return Extracted::default();
    }
    let input = Input::new(doc_index, doc, seg);
    let found: Vec<Extracted> = Kind::ALL
        .par_iter()
        .map(|&k| crate::timing::time(crate::timing::Stage::Extract(k), || extractor(k).extract(&input)))
        .collect();
    // Lines of links to other articles tell other stories: nothing is claimed there.
    let related = crate::segment::furniture::related_lines(&doc.text, doc.body_start);
    let on_page = |s: &Span| !related.iter().any(|r| r.start <= s.start && s.end <= r.end);
    let mut all = Extracted::default();
    for ex in found {
        all.claims.extend(ex.claims.into_iter().filter(|c| on_page(&c.span)));
        all.dates.extend(ex.dates.into_iter().filter(|m| on_page(&m.span)));
    }
    all
}

#[cfg(test)]
mod tests {
    use crate::model::{Document, Kind};

    /// A line of links to other articles claims nothing; the story's own lines do.
    #[test]
    fn nothing_is_claimed_in_lines_of_related_links() {
        let text =
            "Two people died in the fire in Lyon on Tuesday.\nRELATED: Three hurt in bus crash in Oslo on May 2\n";
        let doc = Document::new("a", "t/a", text);
        let seg = crate::segment::segment(&doc.text, doc.body_start);
        let ex = super::extract(0, &doc, &seg);
        let mut got: Vec<&str> = ex.claims.iter().map(|c| &text[c.span.start..c.span.end]).collect();
        got.extend(ex.dates.iter().map(|m| &text[m.span.start..m.span.end]));
        assert!(ex.claims.iter().any(|c| c.kind == Kind::Count), "{got:?}");
        assert!(!ex.dates.is_empty(), "{got:?}");
        let related = text.find("RELATED").unwrap_or(0);
        assert!(
            ex.claims.iter().all(|c| c.span.start < related) && ex.dates.iter().all(|m| m.span.start < related),
            "{got:?}"
        );
    }
}
