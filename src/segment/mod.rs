//! Segmentation: sentences and paragraphs with byte offsets.
//!
//! Sentences come from `sentencex` (which keeps "U.S.", "Oct. 24", "Gen." whole);
//! paragraphs are runs of text separated by line breaks, since news copy puts one
//! paragraph per line or separates them with blank lines. The page's own date lines
//! ([`furniture`]) are found at this stage too.

pub(crate) mod furniture;

use crate::model::Span;

/// Sentences and paragraphs of one document body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segments {
    /// Sentence spans in order, trimmed of surrounding whitespace.
    pub sentences: Vec<Span>,
    /// Paragraph spans in order, trimmed.
    pub paragraphs: Vec<Span>,
}

impl Segments {
    /// The index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// The index of the paragraph containing byte `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }

    /// The sentence span containing `pos`, or an empty span at `pos`.
    pub fn sentence_span(&self, pos: usize) -> Span {
        self.sentence_at(pos)
            .map(|i| self.sentences[i])
            .unwrap_or(Span::new(pos, pos))
    }
}

/// Segment `text[from..]` into sentences and paragraphs. Offsets are into `text`.
pub fn segment(text: &str, from: usize) -> Segments {
    let from = text.floor_char_boundary(from);
    let mut paragraphs = Vec::new();
    let mut sentences = Vec::new();
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let span = trim_span(text, Span::new(start, pos));
        if span.start == span.end {
            continue;
        }
        paragraphs.push(span);
        split_sentences(text, span, &mut sentences);
    }
    Segments { sentences, paragraphs }
}

/// Paragraphs longer than this are split on whitespace into windows before sentence
/// splitting, so one enormous line costs linear time and bounded memory.
const MAX_SEGMENT_INPUT: usize = 64 * 1024;

fn split_sentences(text: &str, para: Span, out: &mut Vec<Span>) {
    let first = out.len();
    let mut start = para.start;
    while start < para.end {
        let mut end = para.end;
        if end - start > MAX_SEGMENT_INPUT {
            end = text.floor_char_boundary(start + MAX_SEGMENT_INPUT);
            // Break after the last sentence-ish end or space in the window.
            if let Some(i) = text[start..end].rfind(['.', '!', '?', ' '])
                && i > 0
            {
                end = start + i + 1;
            }
        }
        let chunk = &text[start..end];
        for b in sentencex::get_sentence_boundaries("en", chunk) {
            let s = trim_span(text, Span::new(start + b.start_byte, start + b.end_byte));
            if out.len() > first
                && let Some(last) = out.last_mut()
                && s.end - last.start <= MAX_SENTENCE
                && continues_clock_time(&text[last.start..last.end], &text[s.start..s.end])
            {
                last.end = s.end;
                continue;
            }
            push_bounded(text, s, out);
        }
        start = end;
    }
}

/// Whether a sentence that ends in a clock time's "a.m." or "p.m." goes on in the next,
/// because that one opens with the day of the time ("at 4 p.m. | Monday", "just after 2
/// a.m. | Sept. 1"): the abbreviation's dot is no sentence end there.
fn continues_clock_time(sentence: &str, next: &str) -> bool {
    // "p.m." and the spaced "p. m." some wires print.
    let ends = |suffix: &[u8]| {
        let b = sentence.as_bytes();
        b.len() >= suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if !(ends(b"a.m.") || ends(b"p.m.") || ends(b"a. m.") || ends(b"p. m.")) {
        return false;
    }
    let Some(word) = crate::text::word_slices(next).next() else {
        return false;
    };
    let lower = crate::text::lower_word(word);
    crate::lexicon::calendar::month(&lower).is_some() || crate::lexicon::calendar::weekday(&lower).is_some()
}

/// Longest sentence kept whole, in bytes. Real sentences are far shorter; a run of text
/// without sentence ends (a table, a scraped blob, one endless line) is cut at
/// whitespace so every later stage works on bounded pieces.
pub const MAX_SENTENCE: usize = 2000;

fn push_bounded(text: &str, s: Span, out: &mut Vec<Span>) {
    let mut start = s.start;
    while s.end - start > MAX_SENTENCE {
        let limit = text.floor_char_boundary(start + MAX_SENTENCE);
        let cut = text[start..limit]
            .rfind([' ', '\n', '\t'])
            .filter(|&i| i > MAX_SENTENCE / 2)
            .map_or(limit, |i| start + i + 1);
        let piece = trim_span(text, Span::new(start, cut));
        if piece.start < piece.end {
            out.push(piece);
        }
        start = cut;
    }
    let rest = trim_span(text, Span::new(start, s.end));
    if rest.start < rest.end {
        out.push(rest);
    }
}

/// `span` with leading and trailing whitespace removed.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text, 0)
            .sentences
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "The U.S. said on Oct. 23 that Gen. Smith met Dr. Lee. Prices rose 2.5 percent... and then fell … slightly. Next.";
        insta::assert_debug_snapshot!(sents(text), @r#"
        [
            "The U.S. said on Oct. 23 that Gen. Smith met Dr. Lee.",
            "Prices rose 2.5 percent... and then fell … slightly.",
            "Next.",
        ]
        "#);
    }

    #[test]
    fn a_clock_time_goes_on_into_its_day() {
        let text = "The polls close at 8 p.m. Tuesday in most states. The count starts at 9 p.m. \
                    Officials expect results by 2 a.m. Sept. 4, the board said. \
                    The recount began at 7 p. m. Thursday.";
        insta::assert_debug_snapshot!(sents(text), @r#"
        [
            "The polls close at 8 p.m. Tuesday in most states.",
            "The count starts at 9 p.m.",
            "Officials expect results by 2 a.m. Sept. 4, the board said.",
            "The recount began at 7 p. m. Thursday.",
        ]
        "#);
    }

    #[test]
    fn paragraphs_are_lines() {
        let text = "First para. Second sentence.\n\n  Next para “with quotes.”\n";
        let seg = segment(text, 0);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(
            &text[seg.paragraphs[1].start..seg.paragraphs[1].end],
            "Next para “with quotes.”"
        );
        assert_eq!(seg.sentence_at(3), Some(0));
        assert_eq!(seg.paragraph_at(35), Some(1));
    }

    #[test]
    fn multibyte_and_huge_lines_stay_on_boundaries() {
        let text = "é🎉 ".repeat(40_000) + "End.";
        let seg = segment(&text, 0);
        for s in &seg.sentences {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.end - s.start <= MAX_SENTENCE);
        }
        assert!(!seg.sentences.is_empty());
    }
}
