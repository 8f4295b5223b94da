//! Joining interrupted quotations: two quotations in one paragraph separated only by
//! an attribution are one statement.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{RawQuote, Statement};
use super::speaker::{NP, PARTICIPLE, PRE_VERB, VERBS, post_attribution};
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

/// A quotation carried into a new paragraph that ends with an attribution of its own,
/// right after another attributed quotation in its first paragraph, is two statements:
/// the first paragraph's words belong to the earlier speaker ("“...,” Ruiz said. “And
/// more.¶“Other words,” added Lee.") and the last paragraph's to the new one.
fn split_reattributed(text: &str, seg: &Segments, raws: Vec<RawQuote>) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::with_capacity(raws.len());
    for raw in raws {
        let para_of = |at: usize| seg.paragraph_at(at);
        let first_para = para_of(raw.span.start);
        let last = raw.parts.last().copied();
        let follows = out
            .last()
            .is_some_and(|prev| para_of(prev.span.end.saturating_sub(1)) == first_para);
        if let Some(last) = last
            && raw.parts.len() > 1
            && follows
            && let Some(lp) = para_of(last.start)
            && Some(lp) != first_para
            && post_attribution(text, seg, raw.span).is_some()
        {
            let open = seg.paragraphs[lp].start;
            let n = raw.parts.len();
            let before_end = raw.parts[n - 2].end;
            out.push(RawQuote {
                span: Span::new(raw.span.start, before_end),
                parts: raw.parts[..n - 1].to_vec(),
            });
            out.push(RawQuote {
                span: Span::new(open, raw.span.end),
                parts: vec![last],
            });
            continue;
        }
        out.push(raw);
    }
    out
}

pub(super) fn merge_interrupted(text: &str, seg: &Segments, raws: Vec<RawQuote>) -> Vec<Statement> {
    let raws = split_reattributed(text, seg, raws);
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
            // The second part has its own attribution: a statement of its own, whether
            // after it or in a new sentence of the gap ("“...,” Lee said. Ruiz
            // responded, “...”").
            let own_sentence = gap
                .match_indices(". ")
                .filter(|&(p, _)| {
                    let word = gap[..=p].split_whitespace().next_back().unwrap_or("");
                    !crate::extract::names::dot_is_not_an_end(word)
                })
                .map(|(p, _)| &gap[p + 2..])
                .find(|rest| rest.trim_start().starts_with(char::is_uppercase))
                .is_some_and(|rest| PRE_VERB.find_iter(rest).any(|v| !PARTICIPLE.is_match(v.as_str())));
            if own_sentence || post_attribution(text, seg, nx.span).is_some() {
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
