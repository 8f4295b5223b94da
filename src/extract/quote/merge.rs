//! Joining interrupted quotations: two quotations in one paragraph separated only by
//! an attribution are one statement.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{RawQuote, Statement};
use super::speaker::{NP, VERBS, post_attribution};
use crate::model::Span;
use crate::segment::Segments;

/// A gap between two quotations that is only an attribution.
pub(super) static GAP_ATTRIB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:.—–-]*(?:(?:{NP})\s+(?:\p{{Ll}}+ly\s+)?(?:{VERBS})|(?:{VERBS})\s+(?:{NP}))(?:\s+(?:on|in|at|to)\s+[^,.“”\x22]{{1,60}})?[\s,;:.—–-]*(?:(?:and|but|then|adding|before adding)[\s,:]*)?$",
        VERBS = VERBS.as_str()
    ))
    .expect("valid regex")
});

pub(super) fn merge_interrupted(text: &str, seg: &Segments, raws: Vec<RawQuote>) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    let mut bounds = AlnumBounds::new(seg.paragraphs.len());
    let mut i = 0;
    while i < raws.len() {
        let mut st = Statement {
            span: raws[i].span,
            parts: raws[i].parts.clone(),
            first: raws[i].span,
            last: raws[i].span,
            standalone: false,
        };
        while i + 1 < raws.len() {
            let nx = &raws[i + 1];
            let same_para = seg.paragraph_at(st.span.end.saturating_sub(1)) == seg.paragraph_at(nx.span.start);
            let gap = &text[st.span.end..nx.span.start];
            if !same_para || gap.len() > 120 || !GAP_ATTRIB.is_match(gap) {
                break;
            }
            // "..., he said. “...”" interrupts; "He added, “...”" introduces a new quote
            // unless the first part broke off mid-sentence ("...,” he said, “...").
            let first_open = st.parts.last().map_or("", |p| text[p.start..p.end].trim_end());
            let gap_end = gap.trim_end();
            if !(gap_end.ends_with(['.', ';']) || (first_open.ends_with(',') && gap_end.ends_with(','))) {
                break;
            }
            // The second part has its own attribution: a statement of its own.
            if post_attribution(text, seg, nx.span).is_some() {
                break;
            }
            st.span.end = nx.span.end;
            st.parts.extend(nx.parts.iter().copied());
            st.last = nx.span;
            i += 1;
        }
        st.standalone = bounds.is_standalone(text, seg, st.span);
        out.push(st);
        i += 1;
    }
    out
}

/// The first and last alphanumeric byte of each paragraph, computed once per
/// paragraph so that many quotations in one huge paragraph stay linear.
pub(super) struct AlnumBounds(Vec<Option<Option<(usize, usize)>>>);

impl AlnumBounds {
    pub(super) fn new(paragraphs: usize) -> AlnumBounds {
        AlnumBounds(vec![None; paragraphs])
    }

    /// Whether the quotation is all there is in its paragraph.
    pub(super) fn is_standalone(&mut self, text: &str, seg: &Segments, span: Span) -> bool {
        let Some(p) = seg.paragraph_at(span.start) else {
            return false;
        };
        let para = seg.paragraphs[p];
        let bounds = *self.0[p].get_or_insert_with(|| {
            let ptext = &text[para.start..para.end];
            let first = ptext.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
            let last = ptext.char_indices().rev().find(|(_, c)| c.is_alphanumeric())?.0;
            Some((para.start + first, para.start + last))
        });
        bounds.is_none_or(|(first, last)| first >= span.start && last < span.end)
    }
}
