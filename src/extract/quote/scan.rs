//! Scanning: quotation marks classified as openers and closers, one linear pass per
//! paragraph, with a bounded stack and quotations carried across paragraphs.

use super::{MAX_DEPTH, MAX_PARAGRAPHS, MAX_QUOTE_BYTES};
use crate::model::Span;

/// One quotation as found: the marks' extent and the quoted text's parts.
#[derive(Debug, Clone)]
pub(super) struct RawQuote {
    /// From the opening mark to the end of the closing mark.
    pub(super) span: Span,
    /// The quoted text between the marks, one part per paragraph.
    pub(super) parts: Vec<Span>,
}

/// A statement: one or more quotations joined, plus whether it stands alone.
#[derive(Debug, Clone)]
pub(super) struct Statement {
    pub(super) span: Span,
    pub(super) parts: Vec<Span>,
    /// The quotations (for attribution search: after the last, before the first).
    pub(super) first: Span,
    pub(super) last: Span,
    /// The statement fills its paragraph (nothing but punctuation around it).
    pub(super) standalone: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Mark {
    /// Can only open.
    Open(Family),
    /// Can only close.
    Close(Family),
    /// Straight marks and curly marks used the wrong way round: decided by context.
    Either(Family),
}

pub(super) fn mark_of(c: char) -> Option<Mark> {
    Some(match c {
        '“' | '„' | '‟' => Mark::Either(Family::Double),
        '”' => Mark::Either(Family::Double),
        '"' | '＂' => Mark::Either(Family::Double),
        '‘' | '‚' | '‛' => Mark::Open(Family::Single),
        '’' => Mark::Close(Family::Single),
        '\'' => Mark::Either(Family::Single),
        '«' => Mark::Open(Family::Guillemet),
        '»' => Mark::Close(Family::Guillemet),
        _ => return None,
    })
}

pub(super) fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '‘' | '"' | '\'' | '«' | '„'
                )
        }
    }
}

/// The quotations in `paragraphs`, in order, top level only.
pub(super) fn scan(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    // Top-level open quotation carried across paragraphs: (open pos, family, parts, paragraphs used).
    let mut carried: Option<(usize, Family, Vec<Span>, usize)> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let ptext = &text[para.start..para.end];
        let mut stack: Vec<(Family, usize)> = Vec::new(); // (family, byte after the mark)
        let mut top: Option<(usize, Family, Vec<Span>, usize)> = None;
        let mut skip_first = false;
        if let Some((open, fam, parts, used)) = carried.take() {
            let first = ptext.chars().next();
            let continues = first
                .and_then(mark_of)
                .is_some_and(|m| matches!(m, Mark::Open(f) | Mark::Either(f) if f == fam) && first != Some('”'))
                && used < MAX_PARAGRAPHS;
            if continues {
                let w = first.map_or(0, char::len_utf8);
                top = Some((open, fam, parts, used + 1));
                stack.push((fam, para.start + w));
                skip_first = true;
            }
        }
        let mut prev: Option<char> = None;
        let mut iter = ptext.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let next = iter.peek().map(|&(_, n)| n);
            let pos = para.start + i;
            if skip_first && i == 0 {
                prev = Some(c);
                continue;
            }
            let Some(mark) = mark_of(c) else {
                prev = Some(c);
                continue;
            };
            let after = pos + c.len_utf8();
            let open_ctx = is_open_context(prev) && next.is_some_and(|n| !n.is_whitespace());
            // Two double marks in a row never nest (nesting alternates double and
            // single): the first of `"“` is a stray wrapper around a quoted passage.
            if stack.is_empty()
                && open_ctx
                && matches!(mark, Mark::Either(Family::Double))
                && next
                    .and_then(mark_of)
                    .is_some_and(|m| matches!(m, Mark::Either(Family::Double)))
                && c != '”'
                && next != Some('”')
            {
                prev = Some(c);
                continue;
            }
            // A double mark after a comma or a sentence's end closes an open quotation
            // even when the space after it is missing (`...,"Ana Ruiz said`).
            let glued = matches!(c, '"' | '”')
                && prev.is_some_and(|p| matches!(p, ',' | '.' | '!' | '?'))
                && next.is_some_and(char::is_alphabetic)
                && stack.iter().any(|&(f, _)| f == Family::Double);
            let close_ctx =
                prev.is_some_and(|p| !p.is_whitespace()) && (next.is_none_or(|n| !n.is_alphanumeric()) || glued);
            let (fam, can_open, can_close) = match mark {
                Mark::Open(f) => (f, open_ctx || prev.is_none_or(|p| !p.is_alphanumeric()), false),
                Mark::Close(f) => (f, false, close_ctx),
                Mark::Either(f) => (f, open_ctx, close_ctx),
            };
            // Curly closers used as openers and vice versa: only by context.
            let can_open = can_open && (open_ctx || c != '”') && c != '’';
            let can_close = can_close && (close_ctx || !matches!(c, '“' | '„'));
            // Single straight or curly marks after a letter and before a letter are apostrophes.
            if fam == Family::Single && !can_open && !can_close {
                prev = Some(c);
                continue;
            }
            // Possessive plural "players' union" is not a closer.
            let possessive = fam == Family::Single
                && prev == Some('s')
                && next == Some(' ')
                && ptext[i + c.len_utf8()..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
            let open_idx = stack.iter().rposition(|&(f, _)| f == fam);
            let closes = can_close && open_idx.is_some() && !possessive;
            if closes && (close_ctx || !can_open) {
                let idx = open_idx.unwrap_or(0);
                let (_, content_start) = stack[idx];
                stack.truncate(idx);
                if idx == 0
                    && let Some((open, _, mut parts, _)) = top.take()
                {
                    parts.push(Span::new(content_start, pos));
                    if after - open <= MAX_QUOTE_BYTES {
                        out.push(RawQuote {
                            span: Span::new(open, after),
                            parts,
                        });
                    }
                }
            } else if can_open && stack.len() < MAX_DEPTH {
                if stack.is_empty() {
                    top = Some((pos, fam, Vec::new(), 1));
                }
                stack.push((fam, after));
            }
            prev = Some(c);
        }
        // End of paragraph inside a quotation: carry it to the next paragraph.
        if let Some((open, fam, mut parts, used)) = top
            && let Some(&(_, content_start)) = stack.first()
        {
            parts.push(Span::new(content_start, para.end));
            let next_para = paragraphs.get(pi + 1);
            let within = next_para.is_some_and(|n| n.end - open <= MAX_QUOTE_BYTES);
            if within && fam != Family::Single {
                carried = Some((open, fam, parts, used));
            }
        }
    }
    out
}
