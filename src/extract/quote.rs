//! Quote extraction: direct quotations and their speakers.
//!
//! # How quotes are found
//!
//! One linear scan per paragraph classifies each quotation mark as an opener or a
//! closer from its neighbours (a mark after a space and before a letter opens; a mark
//! after a letter or punctuation and before a space closes), keeping a small bounded
//! stack so that `‘...’` or `“...”` inside an outer quotation stays part of it.
//! Straight `"` and `'`, curly `“ ” ‘ ’`, guillemets `« »` and low `„` are all marks;
//! an apostrophe (`Russia’s`, `players' union`) is not, because a closer must not be
//! followed by a letter. A paragraph that ends inside a quotation continues it when the
//! next paragraph opens with a quotation mark (the newspaper convention), up to
//! [`MAX_PARAGRAPHS`] paragraphs; otherwise the unclosed quotation is dropped. Runs are
//! linear in the text and never panic on unbalanced marks.
//!
//! Two quotations in one paragraph separated only by an attribution ("'We never
//! doubted,' Putin said. 'But what ...'") are one statement: one claim whose span runs
//! from the first opening mark to the last closing mark, unless the second part carries
//! its own attribution ("..., he added"), in which case it is a statement of its own.
//!
//! # Terms
//!
//! A quotation is a *term* (scare quote, title, nickname, a quoted figure such as
//! “12,000”) when it has at most three words and no sentence punctuation at its end,
//! or when every word is capitalised (a title) and it is not directly attributed by a
//! speech verb. Terms are still claims (`term: true`) so that users can see them, but
//! reconciliation should not treat them as statements.
//!
//! # Speakers
//!
//! In order: an attribution right after the quotation (`," Putin said`, `," said
//! Caddell`, `," according to X`), one right before it (`He remarked, “`, `Caddell
//! continued:` ending the previous paragraph, `X: “`), a speech verb earlier in the
//! sentence (`GUR stated that the units have “...”`), a participle (`..., saying, “`)
//! whose subject is the sentence's subject, and finally the speaker of the previous
//! quotation for a quotation standing alone as a paragraph. Pronouns (`he added`) and
//! role nouns (`the president said`, `the agency said`) resolve to the last compatible
//! named speaker or person mentioned; names are canonical within a document (the
//! fullest form seen: "Putin" and "President Putin" become "Vladimir Putin"), with
//! titles, roles and nationality words removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Claim, Document, Kind, QuoteValue, Span, Value};
use crate::segment::Segments;

/// A quotation may continue over at most this many paragraphs.
pub const MAX_PARAGRAPHS: usize = 4;
/// Quotations longer than this many bytes are dropped (unbalanced marks, not speech).
const MAX_QUOTE_BYTES: usize = 6000;
/// Nesting deeper than this is not tracked (inner marks are then ignored).
const MAX_DEPTH: usize = 6;

/// Find every quote claim in the document body.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Vec<Claim> {
    let text = doc.text.as_str();
    let raws = scan(text, &seg.paragraphs);
    let statements = merge_interrupted(text, seg, raws);
    let names = NameIndex::build(text, doc.body_start.min(text.len()));
    let mut tracker = Tracker::default();
    let mut claims = Vec::with_capacity(statements.len());
    for st in statements {
        let quote = st
            .parts
            .iter()
            .map(|p| text[p.start..p.end].trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let quote = crate::text::squash(&quote);
        if quote.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
            continue;
        }
        let found = find_speaker(text, seg, &st);
        // Whether the quotation's sentence names someone else as a source without a
        // speech verb next to the quotation ("according to", a verb elsewhere).
        let direct_elsewhere = found.is_some();
        let term = is_term(&quote, found.as_ref().is_some_and(|f| f.direct));
        let speaker = found.and_then(|f| tracker.resolve(&f.raw, st.span.start, text, seg, &names));
        if let Some(sp) = &speaker {
            tracker.last = Some((sp.clone(), st.span.start, seg.paragraph_at(st.span.start)));
        }
        let speaker = speaker.or_else(|| {
            // A quotation standing alone continues the previous speaker's remarks, and
            // so does an unattributed one in the same paragraph as an attributed one.
            if term {
                return None;
            }
            let para = seg.paragraph_at(st.span.start)?;
            match &tracker.last {
                Some((name, _, Some(p))) if st.standalone && para.saturating_sub(*p) <= 3 => Some(name.clone()),
                Some((name, _, Some(p))) if !direct_elsewhere && para == *p => Some(name.clone()),
                _ => None,
            }
        });
        let s0 = seg.sentence_span(st.span.start);
        let s1 = seg.sentence_span(st.span.end.saturating_sub(1));
        claims.push(Claim {
            doc: doc_index,
            kind: Kind::Quote,
            span: st.span,
            sentence: Span::new(s0.start.min(st.span.start), s1.end.max(st.span.end)),
            subject: speaker.clone().unwrap_or_default(),
            attribution: speaker.clone(),
            value: Value::Quote(QuoteValue { speaker, quote, term }),
        });
    }
    // One canonical name per speaker: a short form used before the full name appeared.
    let finals: Vec<String> = claims.iter().filter_map(|c| c.attribution.clone()).collect();
    for c in &mut claims {
        if let Some(sp) = c.attribution.clone() {
            let best = canonical_among(&sp, &finals);
            if best != sp {
                c.attribution = Some(best.clone());
                c.subject = best.clone();
                if let Value::Quote(q) = &mut c.value {
                    q.speaker = Some(best);
                }
            }
        }
    }
    claims
}

/// The longest name in `all` whose words include all of `name`'s words, else `name`.
fn canonical_among(name: &str, all: &[String]) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() != 1 || !is_cap(words[0]) {
        return name.to_string();
    }
    let fuller: Vec<&String> = all
        .iter()
        .filter(|o| o.len() > name.len() && is_person_name(o) && o.split_whitespace().last() == Some(words[0]))
        .collect();
    // Two people share the surname ("Bill Clinton", "Hillary Clinton"): keep it bare
    // rather than guess.
    let mut firsts: Vec<&str> = fuller.iter().filter_map(|o| o.split_whitespace().next()).collect();
    firsts.sort_unstable();
    firsts.dedup();
    if firsts.len() > 1 {
        return name.to_string();
    }
    fuller
        .into_iter()
        .max_by_key(|o| o.len())
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

// ---------------------------------------------------------------------------------
// Scanning

/// One quotation as found: the marks' extent and the quoted text's parts.
#[derive(Debug, Clone)]
struct RawQuote {
    /// From the opening mark to the end of the closing mark.
    span: Span,
    /// The quoted text between the marks, one part per paragraph.
    parts: Vec<Span>,
}

/// A statement: one or more quotations joined, plus whether it stands alone.
#[derive(Debug, Clone)]
struct Statement {
    span: Span,
    parts: Vec<Span>,
    /// The quotations (for attribution search: after the last, before the first).
    first: Span,
    last: Span,
    /// The statement fills its paragraph (nothing but punctuation around it).
    standalone: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy)]
enum Mark {
    /// Can only open.
    Open(Family),
    /// Can only close.
    Close(Family),
    /// Straight marks and curly marks used the wrong way round: decided by context.
    Either(Family),
}

fn mark_of(c: char) -> Option<Mark> {
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

fn is_open_context(prev: Option<char>) -> bool {
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
fn scan(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
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
            let close_ctx = prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
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

// ---------------------------------------------------------------------------------
// Joining interrupted quotations

const VERBS: &str = "said|says|say|told|echoed|echoes|concludes|notes|adds|points out|answers|beamed|retorted|retorts|barked|snapped|gushed|raved|marveled|recounted|recounts|reflected|offered|chanted|screamed|yelled|read|reads|agrees|explains|observes|insists|laments|jokes|quips|muses|counters|continues|recalled|remarks|tweeted|wrote|announces|declares|warns|admits|acknowledges|confirmed|confirms|tells|added|stated|states|remarked|continued|explained|writes|asked|asks|replied|replies|responded|noted|insisted|argued|argues|claimed|claims|declared|warned|announced|posted|recalls|acknowledged|admitted|conceded|suggested|urged|joked|quipped|observed|commented|testified|countered|predicted|promised|vowed|lamented|boasted|concluded|emphasized|emphasised|stressed|asserted|maintained|alleged|contended|reiterated|mused|shouted|exclaimed|charged|complained|pleaded|answered|agreed|cautioned|demanded|described|wondered|went on|pointed out|chimed in|fired back|shot back|blasted|scoffed|sneered|laughed|tweets|added later|fumed|fumes|exhorted|griped|gripes|grumbled|grumbles|cracked|cracks|whispered|sighed|thundered|proclaimed|proclaims|boasts|implored|assured|bristled|groused|huffed|cried|hollered|sniped|mocked|teased|pressed|objected|protested|reasoned|posited|surmised|ventured|interjected|interrupted|predicts|counseled|advised|concedes|elaborated|clarified|summarized|quip|joke|questioned|wondered aloud";
const PARTICIPLES: &str = "reading|chanting|shouting|yelling|lecturing|saying|adding|telling|noting|calling|asking|writing|arguing|insisting|declaring|warning|explaining|stating|remarking|claiming|continuing|replying|responding|describing|tweeting|quipping|joking|recalling|urging|suggesting|acknowledging|admitting|stressing|vowing|promising";
const PRONOUNS: &str = "he|she|they|it|we|i|He|She|They|It|We|I";

/// A noun phrase: up to eight words (names, titles, possessives, "the" + role).
const NP: &str = r"(?:[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*\s+){0,9}?[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*";

static POST_NP_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:—–-]*(?P<np>{NP}(?:,\s[^,“”\x22]{{1,80}},)?)\s+(?:(?:also|then|later|further|once|simply|quickly|recently|previously|earlier|had|has|have|would|will|later|could|can|may|might|must|only|just)\s+){{0,2}}(?:\p{{Ll}}+ly\s+)?(?:{VERBS})(?-u:\b)"
    ))
    .expect("valid regex")
});
static POST_VERB_NP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:—–-]*(?:{VERBS})\s+(?P<np>(?:(?:the|a|an|Sen\.|Rep\.|Gov\.|Dr\.|Mr\.|Mrs\.|Ms\.|Gen\.|Lt\.|Col\.|Rev\.|St\.|U\.S\.|Jr\.)\s+|[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}’'&()/-]*\s+){{0,7}}[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}’'&()/-]*)"
    ))
    .expect("valid regex")
});
/// "“...” ― Sonya Herridge": a dash and a name after the quotation.
static DASH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s\u{a0}]*[―—–-][\s\u{a0}]*(?P<np>\p{Lu}[\p{L}.’'-]*(?:[\s\u{a0}]+\p{Lu}[\p{L}.’'-]*){0,4})")
        .expect("valid regex")
});
static ACCORDING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i:according to)\s+(?P<np>{NP})")).expect("valid regex"));
static PRE_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)(?:{VERBS}|{PARTICIPLES})(?-u:\b)")).expect("valid regex"));
static PARTICIPLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{PARTICIPLES})$")).expect("valid regex"));
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:{PRONOUNS})$")).expect("valid regex"));
/// A gap between two quotations that is only an attribution.
static GAP_ATTRIB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:.—–-]*(?:(?:{NP})\s+(?:\p{{Ll}}+ly\s+)?(?:{VERBS})|(?:{VERBS})\s+(?:{NP}))(?:\s+(?:on|in|at|to)\s+[^,.“”\x22]{{1,60}})?[\s,;:.—–-]*(?:(?:and|but|then|adding|before adding)[\s,:]*)?$"
    ))
    .expect("valid regex")
});

fn merge_interrupted(text: &str, seg: &Segments, raws: Vec<RawQuote>) -> Vec<Statement> {
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
struct AlnumBounds(Vec<Option<Option<(usize, usize)>>>);

impl AlnumBounds {
    fn new(paragraphs: usize) -> AlnumBounds {
        AlnumBounds(vec![None; paragraphs])
    }

    /// Whether the quotation is all there is in its paragraph.
    fn is_standalone(&mut self, text: &str, seg: &Segments, span: Span) -> bool {
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

// ---------------------------------------------------------------------------------
// Speakers

/// A speaker as written and how it was found.
#[derive(Debug, Clone)]
struct Found {
    raw: String,
    /// Attributed by a speech verb next to the quotation.
    direct: bool,
}

/// The text after the quotation in its paragraph, up to the next quotation mark.
fn post_text<'a>(text: &'a str, seg: &Segments, span: Span) -> &'a str {
    let end = seg
        .paragraph_at(span.start)
        .map_or(text.len(), |p| seg.paragraphs[p].end)
        .max(span.end);
    let end = text.floor_char_boundary(end.min(span.end + 300));
    let mut s = &text[span.end..end];
    if let Some(q) = s.find(['“', '"', '«', '„']) {
        s = &s[..q];
    }
    let cut = s.floor_char_boundary(200);
    &s[..cut]
}

fn post_attribution(text: &str, seg: &Segments, span: Span) -> Option<String> {
    let post = post_text(text, seg, span);
    if let Some(m) = POST_VERB_NP.captures(post) {
        let np = trim_np(&m["np"]);
        if !np.is_empty() && np_ok(np) {
            return Some(np.to_string());
        }
    }
    // "...” He added, “...": an introduction of the next quotation, not an attribution.
    let next_is_quote = text[span.end + post.len()..].starts_with(['“', '"', '«', '„']);
    let intro = next_is_quote && post.trim_end().ends_with([',', ':']);
    if let Some(m) = POST_NP_VERB.captures(post) {
        let np = m["np"].trim();
        let first = np.split_whitespace().next().unwrap_or("");
        // "campaign manager Felix Grant told": a lowercase role before a name.
        let role_then_name =
            np.split_whitespace().take_while(|w| !is_cap(w)).count() <= 3 && np.split_whitespace().skip(1).any(is_cap);
        let shape = is_cap(first) || matches!(first, "the" | "a" | "an") || PRONOUN.is_match(first) || role_then_name;
        let ended = text[..span.end]
            .trim_end_matches(['”', '"', '»', '’', '\''])
            .ends_with(['.', '!', '?']);
        if np_ok(np) && shape && !(intro && ended && is_cap(first)) {
            return Some(np.to_string());
        }
    }
    if let Some(m) = DASH_NAME.captures(post) {
        return Some(m["np"].trim_end_matches(['.', ',']).to_string());
    }
    let trimmed = post.trim_start_matches([',', ' ', '—', '–']);
    if (trimmed.len() < post.len() || post.starts_with(' '))
        && let Some(m) = ACCORDING.captures(trimmed)
        && m.get(0).is_some_and(|g| g.start() == 0)
    {
        return Some(trim_np(&m["np"]).to_string());
    }
    None
}

/// The speaker named at the very end of the quotation's sentence, after a comma and
/// with no other quotation in between: "A cashier who “steals” is held accountable,
/// Warren said." A short adverbial may follow the verb ("she said on Tuesday.").
fn sentence_final_attribution(text: &str, seg: &Segments, span: Span) -> Option<String> {
    let sent = seg.sentence_span(span.end.saturating_sub(1));
    let tail = text.get(span.end..sent.end.max(span.end))?;
    if tail.len() > 240 || tail.contains(['“', '”', '"', '«', '»', '„']) {
        return None;
    }
    let m = SENTENCE_FINAL.captures(tail)?;
    let np = m["np"].trim();
    let first = np.split_whitespace().next().unwrap_or("");
    let shape = is_cap(first) || matches!(first, "the" | "a" | "an") || PRONOUN.is_match(first);
    (np_ok(np) && shape).then(|| np.to_string())
}

static SENTENCE_FINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r",\s+(?P<np>(?:[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}.’'&()/-]*\s+){{0,5}}?[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}.’'&()/-]*)\s+(?:{VERBS})(?:\s+(?:on|in|at|to|last|this|during|after|before|later|earlier|recently|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)[^,;:.!?“”\x22]{{0,40}})?\s*[.!?]?\s*$"
    ))
    .expect("valid regex")
});

/// Whether a noun phrase found before a speech verb can be a speaker.
fn np_ok(np: &str) -> bool {
    let first = np.split_whitespace().next().unwrap_or("");
    let bad_first = [
        "and", "but", "or", "that", "which", "who", "as", "if", "when", "while", "because", "so", "what", "where",
        "this", "there", "it's", "has", "had", "have",
    ];
    !np.is_empty()
        && !bad_first.contains(&first.to_lowercase().as_str())
        && np.split_whitespace().count() <= 12
        && !np.contains(['.', '!', '?']) | np.split_whitespace().all(|w| w.len() <= 4 || !w.ends_with('.'))
}

/// Cut an NP found after a verb at the first clause word ("said Putin after ...").
fn trim_np(np: &str) -> &str {
    let mut end = 0;
    for (i, w) in np.split_whitespace().enumerate() {
        let lw = w.to_lowercase();
        if i > 0
            && matches!(
                lw.as_str(),
                "after"
                    | "before"
                    | "in"
                    | "on"
                    | "at"
                    | "during"
                    | "when"
                    | "while"
                    | "who"
                    | "which"
                    | "that"
                    | "to"
                    | "from"
                    | "as"
                    | "and"
                    | "but"
                    | "last"
                    | "this"
                    | "with"
                    | "told"
                    | "adding"
                    | "of"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "monday"
                    | "tuesday"
                    | "wednesday"
                    | "thursday"
                    | "friday"
                    | "saturday"
                    | "sunday"
            )
        {
            break;
        }
        let off = np[end..].find(w).map_or(end, |o| end + o) + w.len();
        end = off;
    }
    np[..end].trim_end_matches([',', '.', ';', ':'])
}

/// Find the speaker of a statement from the text around it.
fn find_speaker(text: &str, seg: &Segments, st: &Statement) -> Option<Found> {
    if let Some(raw) = post_attribution(text, seg, st.last) {
        return Some(Found { raw, direct: true });
    }
    if st.first != st.last
        && let Some(raw) = post_attribution(text, seg, st.first)
    {
        return Some(Found { raw, direct: true });
    }
    // The text before the opening mark in its sentence (or the previous paragraph
    // when that ends with a colon).
    let para_i = seg.paragraph_at(st.first.start)?;
    let para = seg.paragraphs[para_i];
    let sent = seg.sentence_span(st.first.start);
    let window = text.floor_char_boundary(st.first.start.saturating_sub(400));
    let mut from = sent.start.max(para.start).max(window).min(st.first.start);
    // A sentence starting right at the quote: look at the paragraph before it.
    let mut pre = text[from..st.first.start].to_string();
    if pre.trim().is_empty() {
        if para_i > 0 && from == para.start {
            let prev = seg.paragraphs[para_i - 1];
            let ptext = text[prev.start..prev.end].trim_end();
            if ptext.ends_with(':') {
                let ps = seg.sentence_span(prev.end.saturating_sub(1));
                from = ps
                    .start
                    .max(prev.start)
                    .max(text.floor_char_boundary(prev.end.saturating_sub(400)));
                pre = text[from..prev.end].to_string();
            }
        } else {
            // Quote starts a sentence that is not its paragraph's first: maybe the
            // previous sentence ends "X said:".
            let before = text[para.start..st.first.start].trim_end();
            if before.ends_with(':') {
                let ps = seg.sentence_span(st.first.start.saturating_sub(2));
                pre = text[ps.start.max(para.start).max(window)..st.first.start].to_string();
            }
        }
    }
    // Inside the sentence the last quotation before this one ends the search.
    if let Some((q, c)) = pre.char_indices().rev().find(|&(_, c)| matches!(c, '”' | '"' | '»')) {
        pre = pre[q + c.len_utf8()..].to_string();
    }
    let pre_trim = pre.trim_end();
    // "X: “...”"
    if let Some(head) = pre_trim.strip_suffix(':') {
        let head = head.trim_end();
        if !PRE_VERB.is_match(head) {
            if let Some(np) = np_before_verb(head, head.len())
                && np.split_whitespace().count() <= 4
                && np.split_whitespace().all(is_cap)
            {
                return Some(Found { raw: np, direct: true });
            }
            if let Some(np) = sentence_subject(head) {
                return Some(Found { raw: np, direct: true });
            }
        }
    }
    // According to X, "..." unless a speech verb follows it.
    let last_verb = PRE_VERB.find_iter(pre_trim).last();
    if let Some(m) = ACCORDING.captures_iter(pre_trim).last() {
        let at = m.get(0).map_or(0, |g| g.start());
        if last_verb.is_none_or(|v| v.start() < at) {
            let np = &m["np"];
            let np = np
                .split(" from ")
                .nth(1)
                .filter(|_| np.starts_with("a ") || np.starts_with("reports"))
                .unwrap_or(np);
            return Some(Found {
                raw: trim_np(np).to_string(),
                direct: true,
            });
        }
    }
    // The last speech verb before the quotation.
    if let Some(m) = last_verb {
        let verb = m.as_str();
        let adjacent = pre_trim[m.end()..]
            .trim()
            .trim_matches([',', ':'])
            .split_whitespace()
            .count()
            <= 3;
        let np = np_before_verb(pre_trim, m.start());
        if PARTICIPLE.is_match(verb) {
            let np = np.filter(|n| n.split_whitespace().next().is_some_and(is_cap) && !PRONOUN.is_match(n));
            if let Some(np) = np.or_else(|| sentence_subject(pre_trim)) {
                return Some(Found {
                    raw: np,
                    direct: adjacent,
                });
            }
        } else if let Some(np) = np.or_else(|| sentence_subject(pre_trim)) {
            return Some(Found {
                raw: np,
                direct: adjacent,
            });
        }
    }
    // The sentence ends with its attribution: "“...” for criminal behavior, she said."
    if let Some(raw) = sentence_final_attribution(text, seg, st.last) {
        return Some(Found { raw, direct: true });
    }
    // A verb-less embedded quotation: the sentence's subject said it, if a person.
    let sentence_pre = &text[sent.start.max(window).min(st.first.start)..st.first.start];
    if !sentence_pre.trim().is_empty()
        && let Some(np) = sentence_subject(sentence_pre)
    {
        return Some(Found { raw: np, direct: false });
    }
    None
}

/// The noun phrase that ends right before byte `verb_at` of `s` (the speech verb's
/// subject): up to eight words back, stopping at punctuation and clause words.
fn np_before_verb(s: &str, verb_at: usize) -> Option<String> {
    let head = s[..verb_at].trim_end();
    let mut words: Vec<&str> = Vec::new();
    let toks: Vec<&str> = head.rsplit(' ').filter(|w| !w.is_empty()).collect();
    for (k, &w) in toks.iter().enumerate() {
        let lw = w.to_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_alphanumeric());
        // Auxiliaries and adverbs between subject and verb.
        if words.is_empty()
            && (matches!(
                lw,
                "has"
                    | "had"
                    | "have"
                    | "also"
                    | "then"
                    | "later"
                    | "further"
                    | "once"
                    | "would"
                    | "will"
                    | "did"
                    | "was"
                    | "is"
                    | "today"
                    | "previously"
                    | "recently"
                    | "again"
                    | "repeatedly"
                    | "publicly"
                    | "not"
                    | "never"
                    | "been"
                    | "just"
                    | "even"
                    | "still"
                    | "earlier"
                    | "already"
                    | "first"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "only"
            ) || (lw.ends_with("ly") && lw.len() > 4 && w.chars().next().is_some_and(char::is_lowercase)))
        {
            continue;
        }
        if w.ends_with([',', ';', ':', '.', '!', '?', '—', '–']) && !is_abbrev(w) {
            break;
        }
        if matches!(
            lw,
            "and"
                | "but"
                | "or"
                | "that"
                | "which"
                | "who"
                | "as"
                | "if"
                | "when"
                | "while"
                | "because"
                | "so"
                | "after"
                | "before"
                | "where"
                | "than"
                | "though"
                | "although"
                | "since"
                | "with"
                | "by"
                | "to"
                | "for"
                | "in"
                | "on"
                | "at"
                | "from"
                | "about"
                | "said"
                | "says"
                | "told"
                | "of"
                | "what"
        ) {
            // "of" belongs to titles ("Secretary of State John Kerry") only inside names.
            if lw == "of" && words.last().is_some_and(|l| is_cap(l)) {
                words.push(w);
                continue;
            }
            // "a spokeswoman for the harbour board", "an aide to the mayor"
            if matches!(lw, "for" | "of" | "to" | "at")
                && !words.is_empty()
                && toks.get(k + 1).is_some_and(|p| is_role_noun(p))
            {
                words.push(w);
                continue;
            }
            break;
        }
        if w.chars().next().is_some_and(char::is_lowercase) && is_verbish(lw) && lw != "press" {
            break;
        }
        words.push(w);
        if words.len() >= 9 {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    words.reverse();
    let np = words.join(" ");
    let np = np.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | ' '));
    // Drop leading lowercase filler before a name ("reporters Putin" never happens;
    // "but Putin" is cut above).
    (!np.is_empty()).then(|| np.to_string())
}

/// A person's role that takes a complement naming whom they serve or speak for
/// ("a spokesman for", "an aide to", "a reporter at").
fn is_role_noun(w: &str) -> bool {
    matches!(
        w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()),
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "reporter"
            | "correspondent"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "representative"
            | "member"
            | "members"
            | "official"
            | "officials"
            | "director"
            | "head"
            | "chief"
            | "friend"
            | "source"
            | "sources"
            | "analyst"
            | "researcher"
            | "professor"
            | "editor"
    )
}

/// The subject of a sentence: its first noun phrase after any leading adverbial.
fn sentence_subject(s: &str) -> Option<String> {
    let mut s = s.trim_start();
    for _ in 0..3 {
        let first = s.split_whitespace().next()?;
        if !is_lead_word(first) && !first.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        if let Some(c) = s.find(", ").filter(|&c| c < 100) {
            s = &s[c + 2..];
        } else if matches!(first, "But" | "And" | "Yet" | "So") {
            s = s[first.len()..].trim_start();
        } else {
            break;
        }
    }
    let mut words = Vec::new();
    for w in s.split_whitespace() {
        let bare = w.trim_end_matches([',', ';', ':']);
        let lw = bare.to_lowercase();
        if words.is_empty() && matches!(lw.as_str(), "the" | "a" | "an") {
            words.push(bare);
            continue;
        }
        if (is_cap(bare) && !bare.starts_with(|c: char| c.is_ascii_digit()))
            || (!words.is_empty() && is_cap(words[words.len() - 1]) && bare.ends_with("’s"))
        {
            words.push(bare);
        } else if !words.is_empty() && words.iter().any(|w| is_cap(w)) {
            // "An NBC News journalist": a lowercase head noun may end the phrase.
            let det = matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an");
            if det
                && words.len() < 6
                && bare.chars().all(char::is_alphabetic)
                && !PRE_VERB.is_match(bare)
                && !is_verbish(&lw)
            {
                words.push(bare);
            }
            break;
        } else if PRONOUN.is_match(bare) && words.is_empty() {
            words.push(bare);
            break;
        } else {
            break;
        }
        if w.ends_with([',', ';', ':']) {
            break;
        }
        if words.len() >= 8 {
            break;
        }
    }
    let np = words.join(" ");
    if words.len() == 1 && !PRONOUN.is_match(&np) {
        let w = words[0];
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
        if all_caps && letters.len() > 4
            || is_month_or_day(w)
            || is_lead_word(w)
            || crate::gazetteer::lookup_exact(w).is_some()
            || matches!(
                w,
                "To" | "Wait" | "Adding" | "Hours" | "From" | "Transcript" | "President"
            )
        {
            return None;
        }
    }
    if words.iter().any(|w| is_month_or_day(w)) || words.first().is_some_and(|w| is_lead_word(w)) {
        return None;
    }
    let has_name = words.iter().any(|w| {
        is_cap(w)
            && !matches!(
                *w,
                "The"
                    | "A"
                    | "An"
                    | "This"
                    | "That"
                    | "These"
                    | "Those"
                    | "There"
                    | "Here"
                    | "What"
                    | "It"
                    | "Its"
                    | "Such"
                    | "Some"
                    | "Many"
                    | "Most"
                    | "All"
                    | "Other"
                    | "Another"
                    | "One"
                    | "Both"
                    | "Each"
                    | "No"
                    | "If"
                    | "As"
            )
    });
    (has_name || PRONOUN.is_match(&np)).then_some(np)
}

/// Words that open an adverbial before a sentence's subject ("On Monday, ...").
fn is_lead_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "On" | "In"
            | "At"
            | "During"
            | "After"
            | "Before"
            | "Meanwhile"
            | "But"
            | "And"
            | "However"
            | "Still"
            | "Yet"
            | "Later"
            | "Earlier"
            | "Then"
            | "Also"
            | "Last"
            | "This"
            | "Speaking"
            | "Asked"
            | "When"
            | "While"
            | "Since"
            | "Despite"
            | "With"
            | "Amid"
            | "As"
            | "Among"
            | "Although"
            | "Though"
            | "For"
            | "Under"
            | "Over"
            | "From"
            | "Following"
            | "Worried"
            | "Like"
            | "Unlike"
            | "Without"
            | "By"
            | "If"
            | "Once"
            | "Now"
            | "So"
            | "Instead"
            | "Indeed"
            | "Yesterday"
            | "Today"
            | "Here"
            | "There"
            | "Even"
    )
}

fn is_verbish(lw: &str) -> bool {
    lw.ends_with("ed")
        || lw.ends_with("es")
        || lw == "reports"
        || lw == "says"
        || matches!(
            lw,
            "is" | "was"
                | "has"
                | "had"
                | "have"
                | "are"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "did"
                | "does"
                | "do"
                | "may"
                | "might"
                | "must"
                | "should"
                | "appeared"
                | "went"
                | "made"
                | "took"
                | "got"
                | "gave"
        )
}

fn is_cap(w: &str) -> bool {
    w.trim_start_matches(['(', '“', '"', '‘'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_abbrev(w: &str) -> bool {
    let core = w.trim_end_matches([',', ';', ':']);
    core.ends_with('.') && core.len() <= 5 && core.chars().next().is_some_and(char::is_uppercase)
}

/// Title and role words dropped from the front of a person's name.
fn is_title(w: &str) -> bool {
    let lw = w.trim_end_matches('.').to_lowercase();
    matches!(
        lw.as_str(),
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "sen"
            | "senator"
            | "sens"
            | "reps"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "gen"
            | "general"
            | "lt"
            | "col"
            | "colonel"
            | "maj"
            | "major"
            | "capt"
            | "captain"
            | "sgt"
            | "sergeant"
            | "officer"
            | "detective"
            | "chief"
            | "deputy"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "prof"
            | "professor"
            | "rev"
            | "reverend"
            | "judge"
            | "justice"
            | "attorney"
            | "sheriff"
            | "commissioner"
            | "prosecutor"
            | "district"
            | "county"
            | "city"
            | "councilman"
            | "councilwoman"
            | "councilor"
            | "alderman"
            | "officer’s"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "leader"
            | "speaker"
            | "foreign"
            | "defense"
            | "defence"
            | "state"
            | "interior"
            | "finance"
            | "house"
            | "senate"
            | "majority"
            | "minority"
            | "former"
            | "u.s"
            | "us"
            | "democratic"
            | "republican"
            | "gop"
            | "democrat"
            | "independent"
            | "sir"
            | "lord"
            | "lady"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "father"
            | "sister"
            | "brother"
            | "ambassador"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "press"
            | "first"
            | "nominee"
            | "candidate"
            | "presidential"
            | "acting"
            | "assistant"
            | "associate"
            | "executive"
            | "director"
            | "ceo"
            | "chancellor"
            | "premier"
            | "mp"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "superintendent"
            | "coach"
            | "inspector"
            | "pastor"
            | "bishop"
            | "cardinal"
            | "imam"
            | "rabbi"
            | "st"
            | "dept"
            | "department"
            | "national"
            | "security"
            | "council"
            | "adviser"
            | "advisor"
            | "homeland"
            | "health"
            | "justice’s"
            | "lieutenant"
            | "trooper"
            | "corporal"
            | "cpl"
            | "pvt"
            | "admiral"
            | "adm"
            | "agent"
            | "special"
    ) || crate::gazetteer::demonym_country(w).is_some()
}

/// Words that mark an organisation rather than a person.
fn is_org_word(w: &str) -> bool {
    let lw = w.to_lowercase();
    let lw = lw.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        lw,
        "agency"
            | "ministry"
            | "department"
            | "council"
            | "committee"
            | "commission"
            | "office"
            | "service"
            | "news"
            | "press"
            | "times"
            | "post"
            | "journal"
            | "party"
            | "campaign"
            | "court"
            | "university"
            | "institute"
            | "foundation"
            | "association"
            | "union"
            | "bank"
            | "company"
            | "corp"
            | "inc"
            | "group"
            | "police"
            | "kremlin"
            | "pentagon"
            | "administration"
            | "government"
            | "army"
            | "forces"
            | "intelligence"
            | "directorate"
            | "federation"
            | "organization"
            | "organisation"
            | "board"
            | "bureau"
            | "center"
            | "centre"
            | "network"
            | "channel"
            | "magazine"
            | "reuters"
            | "cnn"
            | "fbi"
            | "cia"
            | "nato"
            | "un"
            | "eu"
            | "white"
            | "house"
            | "congress"
            | "senate"
            | "parliament"
            | "duma"
            | "state"
            | "states"
            | "media"
            | "officials"
            | "sources"
            | "statement"
            | "report"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "republic"
            | "kingdom"
            | "democratic"
            | "republican"
            | "republicans"
            | "democrats"
            | "people’s"
            | "street"
            | "avenue"
            | "road"
            | "school"
            | "college"
            | "hospital"
            | "church"
            | "airport"
            | "station"
            | "county"
            | "city"
            | "club"
    )
}

/// Whether `s` looks like a person's name: 1-4 capitalised words, no organisation words.
fn is_person_name(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= 4
        && ws
            .iter()
            .all(|w| is_cap(w) || matches!(*w, "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "la" | "le"))
        && !ws.iter().any(|w| is_org_word(w))
        && crate::gazetteer::lookup_exact(s).is_none()
}

/// Reduce a speaker phrase to a name: "Russian President Vladimir Putin" -> "Vladimir
/// Putin", "U.S. National Security Council spokesman John Kirby" -> "John Kirby",
/// "Scott Pruitt, the Republican attorney general" -> "Scott Pruitt"; organisations
/// and roles keep their phrase without the article ("Ukraine’s GUR military intelligence").
fn clean_name(raw: &str) -> String {
    let raw = raw.split(',').next().unwrap_or(raw).trim();
    let raw = raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == ')' || c == '.'));
    let ws: Vec<&str> = raw.split_whitespace().collect();
    if ws.is_empty() {
        return String::new();
    }
    // The last run of capitalised words, if it ends the phrase, is the name.
    let mut start = ws.len();
    while start > 0
        && (is_cap(ws[start - 1])
            || (start < ws.len() && matches!(ws[start - 1], "de" | "van" | "von" | "bin" | "al" | "da" | "del")))
    {
        start -= 1;
        if ws[start].ends_with("’s") || ws[start].ends_with("'s") {
            start += 1;
            break;
        }
    }
    if start < ws.len() {
        let mut run: Vec<&str> = ws[start..].to_vec();
        let org = run.iter().any(|w| is_org_word(w));
        if !org {
            while run.len() > 1 && is_title(run[0]) {
                run.remove(0);
            }
            if run.len() > 3 {
                run.drain(..run.len() - 3);
            }
            // "Jr." and similar stay; trailing initials stay.
            let name = run.join(" ");
            if !name.is_empty() {
                return name.trim_end_matches(['.', ',']).to_string() + if name.ends_with("Jr.") { "." } else { "" };
            }
        }
    }
    let mut ws = ws;
    if ws.len() > 1 && matches!(ws[0].to_lowercase().as_str(), "the" | "a" | "an") {
        ws.remove(0);
    }
    ws.join(" ")
}

/// Names of people mentioned in the document, for canonical full names and pronouns.
struct NameIndex {
    /// (byte position, full name) of every person-like mention, in order.
    mentions: Vec<(usize, String)>,
    /// (byte position, lowercased title word, name): "Prosecutor Mark Lindquist".
    roles: Vec<(usize, String, String)>,
}

static SURNAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{L}-]+\b").expect("valid regex"));
static CAP_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|bin|al|da|del)\s+)?\p{Lu}[\p{L}’'.-]*){0,6}")
        .expect("valid regex")
});

impl NameIndex {
    fn build(text: &str, from: usize) -> NameIndex {
        let from = text.floor_char_boundary(from);
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        for m in CAP_RUN.find_iter(&text[from..]) {
            // A run may cross a sentence end ("in Kursk. U.S. officials"): cut there.
            let mut run = m.as_str();
            if let Some(cut) = run
                .split_inclusive(char::is_whitespace)
                .scan(0, |off, w| {
                    let here = *off;
                    *off += w.len();
                    Some((here, w))
                })
                .find(|(o, w)| *o + w.len() < run.len() && w.trim_end().ends_with('.') && !is_abbrev(w.trim_end()))
                .map(|(o, w)| o + w.trim_end().len())
            {
                run = &run[..cut];
            }
            let s = run.trim_end_matches(['.', '’', '\'']);
            let s = s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).unwrap_or(s);
            let ws: Vec<&str> = s.split_whitespace().collect();
            let mut i = 0;
            let mut titles = 0;
            while i < ws.len()
                && (is_title(ws[i]) || matches!(ws[i], "The" | "A" | "An" | "But" | "And" | "In" | "On" | "At"))
            {
                titles += usize::from(is_title(ws[i]) && crate::gazetteer::demonym_country(ws[i]).is_none());
                i += 1;
            }
            let rest = &ws[i..];
            if rest.iter().any(|w| w.contains('’') || w.contains('\'')) {
                continue;
            }
            if rest.is_empty() || rest.len() > 4 {
                continue;
            }
            let name = rest.join(" ");
            if rest.iter().any(|w| is_month_or_day(w) || is_org_word(w)) || !is_person_name(&name) {
                continue;
            }
            // A single word is a person only with a title before it ("President Putin").
            if rest.len() == 1 && titles == 0 {
                continue;
            }
            for t in &ws[..i] {
                if is_title(t) {
                    roles.push((from + m.start(), t.trim_end_matches('.').to_lowercase(), name.clone()));
                }
            }
            mentions.push((from + m.start(), name));
        }
        // A bare surname ("Putin said") is a mention of the full name seen elsewhere.
        let surnames: std::collections::HashMap<&str, &str> = mentions
            .iter()
            .filter(|(_, n)| n.split_whitespace().count() >= 2)
            .filter_map(|(_, n)| n.split_whitespace().last().map(|l| (l, n.as_str())))
            .collect();
        let mut extra = Vec::new();
        for m in SURNAME.find_iter(&text[from..]) {
            if let Some(full) = surnames.get(m.as_str()) {
                extra.push((from + m.start(), (*full).to_string()));
            }
        }
        mentions.extend(extra);
        mentions.sort();
        mentions.dedup_by(|a, b| a.0 == b.0);
        NameIndex { mentions, roles }
    }

    /// The fullest name ending in `surname` mentioned anywhere, preferring the most
    /// recent one before `pos`.
    fn full(&self, surname: &str, pos: usize) -> Option<&str> {
        let fits = |n: &str| n.split_whitespace().last() == Some(surname) && n.split_whitespace().count() >= 2;
        self.mentions
            .iter()
            .rev()
            .find(|(p, n)| *p < pos && fits(n))
            .or_else(|| {
                // Only named later: take it when the later names agree on one person.
                let mut later = self.mentions.iter().filter(|(_, n)| fits(n));
                let first = later.next()?;
                let given = |n: &str| n.split_whitespace().next().map(str::to_string);
                later.all(|(_, n)| given(n) == given(&first.1)).then_some(first)
            })
            .map(|(_, n)| n.as_str())
    }

    /// The last person mentioned before `pos`.
    fn last_person_before(&self, pos: usize) -> Option<(usize, &str)> {
        let i = self.mentions.partition_point(|(p, _)| *p < pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|(_, n)| n.split_whitespace().count() >= 1)
            .map(|(p, n)| (*p, n.as_str()))
    }
}

fn is_month_or_day(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Resolves raw speaker phrases to canonical names as the document is read.
#[derive(Default)]
struct Tracker {
    /// Canonical names with the role words seen with them, most recent last.
    known: Vec<(String, Vec<String>)>,
    /// The last speaker, where, and in which paragraph.
    last: Option<(String, usize, Option<usize>)>,
}

impl Tracker {
    fn resolve(&mut self, raw: &str, pos: usize, text: &str, seg: &Segments, names: &NameIndex) -> Option<String> {
        if let Some(acr) = org_acronym(raw) {
            return Some(acr);
        }
        let raw = strip_parens(raw.trim());
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            return None;
        }
        if PRONOUN.is_match(bare) {
            return self.pronoun(bare, pos, text, seg, names);
        }
        let words: Vec<&str> = bare.split_whitespace().collect();
        let lower_head = words.last().is_some_and(|w| !is_cap(w));
        let determiner = matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an");
        let caps = words.iter().filter(|w| is_cap(w)).count();
        // "the president", "the agency", "the former senator": a role noun.
        if determiner && caps == 0 {
            let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
            if let Some(name) = self.by_role(&head) {
                return Some(name);
            }
            let role = head.trim_end_matches('s');
            if let Some((_, _, n)) = names
                .roles
                .iter()
                .rev()
                .find(|(p, r, _)| *p < pos && r.trim_end_matches('s') == role)
            {
                return Some(canonical_full(n, pos, names));
            }
            return Some(bare.to_string());
        }
        let name = clean_name(bare);
        if name.is_empty() {
            return None;
        }
        let roles: Vec<String> = words
            .iter()
            .filter(|w| !name.contains(**w))
            .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
            .collect();
        let canonical = if lower_head {
            name
        } else {
            let nw: Vec<&str> = name.split_whitespace().collect();
            if nw.len() == 1 {
                names
                    .full(nw[0], pos)
                    .map(str::to_string)
                    .or_else(|| {
                        self.known
                            .iter()
                            .rev()
                            .find(|(k, _)| k.split_whitespace().last() == Some(nw[0]))
                            .map(|(k, _)| k.clone())
                    })
                    .unwrap_or(name)
            } else {
                name
            }
        };
        if let Some(k) = self.known.iter_mut().find(|(k, _)| *k == canonical) {
            k.1.extend(roles);
        } else {
            self.known.push((canonical.clone(), roles));
        }
        Some(canonical)
    }

    fn by_role(&self, head: &str) -> Option<String> {
        let head = head.trim_end_matches('s');
        self.known
            .iter()
            .rev()
            .find(|(k, roles)| {
                roles.iter().any(|r| r.trim_end_matches('s') == head)
                    || k.to_lowercase().split_whitespace().any(|w| w == head)
            })
            .map(|(k, _)| k.clone())
    }

    /// "he said": the nearest person, preferring the last named speaker when it is at
    /// least as recent as the last person mentioned.
    fn pronoun(&self, p: &str, pos: usize, text: &str, seg: &Segments, names: &NameIndex) -> Option<String> {
        let _ = (text, seg);
        let lp = p.to_lowercase();
        let person_ok = |n: &str| is_person_name(n);
        let last = self
            .last
            .as_ref()
            .filter(|(n, _, _)| lp == "it" || lp == "they" || lp == "we" || person_ok(n));
        let mention = if matches!(lp.as_str(), "he" | "she" | "i") {
            names.last_person_before(pos)
        } else {
            None
        };
        match (last, mention) {
            (Some((n, lpos, _)), Some((mpos, m))) => {
                // A person mentioned after the last quotation's speaker, as a subject,
                // takes over; but the same surname is the same person.
                if mpos > *lpos
                    && !n.ends_with(m.split_whitespace().last().unwrap_or(""))
                    && sentence_starts_with(text, seg, mpos)
                {
                    Some(canonical_full(m, mpos, names))
                } else {
                    Some(n.clone())
                }
            }
            (Some((n, _, _)), None) => Some(n.clone()),
            (None, Some((mpos, m))) => Some(canonical_full(m, mpos, names)),
            (None, None) => None,
        }
    }
}

/// An organisation named with its acronym is canonical as owner plus acronym, so that
/// "Ukraine’s Defense Intelligence Agency (GUR)" and "Ukraine’s GUR military
/// intelligence" are one speaker: "Ukraine’s GUR".
fn org_acronym(raw: &str) -> Option<String> {
    let words: Vec<&str> = raw.split_whitespace().collect();
    let is_acr = |w: &str| {
        let t = w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.'));
        (2..=6).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(t, "US" | "UK" | "II" | "III")
    };
    let i = words.iter().position(|w| is_acr(w))?;
    let acr = words[i].trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.'));
    let in_parens = words[i].starts_with('(');
    let last = words.last().copied().unwrap_or("");
    let org_head = !is_cap(last) || is_org_word(last) || in_parens || i + 1 == words.len();
    if !org_head || words.len() > 8 {
        return None;
    }
    let owner = words
        .first()
        .filter(|w| i > 0 && (w.ends_with("’s") || w.ends_with("'s")))
        .map(|w| w.replace('\'', "’"));
    Some(match owner {
        Some(o) => format!("{o} {acr}"),
        None => acr.to_string(),
    })
}

/// "Ukraine’s agency (GUR)" -> "Ukraine’s agency".
fn strip_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    crate::text::squash(&out)
}

fn canonical_full(m: &str, pos: usize, names: &NameIndex) -> String {
    let last = m.split_whitespace().last().unwrap_or(m);
    names.full(last, pos + 1).map_or_else(|| m.to_string(), str::to_string)
}

/// Whether the mention at `pos` is in subject position: early in its sentence.
fn sentence_starts_with(text: &str, seg: &Segments, pos: usize) -> bool {
    let s = seg.sentence_span(pos);
    let before = text.get(s.start..pos).unwrap_or("");
    before.split_whitespace().count() <= 6 && !before.contains(" by ") && !before.contains(" to ")
}

/// The term rule (see the module documentation).
fn is_term(quote: &str, direct: bool) -> bool {
    let ends_sentence = quote.trim_end().ends_with(['.', '!', '?', '…']);
    let quote = quote.trim_end_matches([',', ';', ':']);
    let words: Vec<&str> = quote.split_whitespace().collect();
    if direct && words.len() >= 2 {
        return false;
    }
    if words.len() <= 3 && !ends_sentence {
        return true;
    }
    let content: Vec<&&str> = words.iter().filter(|w| w.len() > 3).collect();
    !ends_sentence && !content.is_empty() && content.iter().all(|w| is_cap(w)) && words.len() <= 8
}

/// The quote extractor, as registered in [`super::extractor`].
pub struct Quotes;

impl super::Extractor for Quotes {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: extract(input.index, input.doc, input.seg),
            dates: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;

    fn run(text: &str) -> Vec<(String, Option<String>, String, bool)> {
        let doc = Document {
            id: "t.txt".into(),
            path: "t.txt".into(),
            text: text.into(),
            body_start: 0,
            meta: Meta::default(),
        };
        let seg = crate::segment::segment(text, 0);
        extract(0, &doc, &seg)
            .into_iter()
            .map(|c| {
                let surface = c.text(&doc).to_string();
                match c.value {
                    Value::Quote(q) => (surface, q.speaker, q.quote, q.term),
                    _ => unreachable!(),
                }
            })
            .collect()
    }

    #[test]
    fn interrupted_quote_is_one_statement() {
        let text = "Mayor Ana Ruiz spoke after the flood. 'We never doubted the levee,' Ruiz said. 'But what we build next is our business.'";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("'We never") && got[0].0.ends_with("business.'"));
        assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            got[0].2,
            "We never doubted the levee, But what we build next is our business."
        );
    }

    #[test]
    fn second_part_with_own_attribution_stays_apart() {
        let text = "\"We have never doubted the plan,\" Coach Dana Smith said. \"But what we will do is our business,\" she added.";
        let got = run(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Dana Smith"));
        assert_eq!(got[1].1.as_deref(), Some("Dana Smith"));
    }

    #[test]
    fn curly_quotes_titles_pronouns_and_terms() {
        let text = "🎉 Russian President Vladimir Putin spoke in Kazan. He remarked, “We coordinate with our friends.” \
                    Officials called the report “fake news” and cited “12,000” troops.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Vladimir Putin"));
        assert_eq!(got[0].2, "We coordinate with our friends.");
        assert!(!got[0].3);
        assert!(got[1].3 && got[1].2 == "fake news");
        assert!(got[2].3 && got[2].2 == "12,000");
    }

    #[test]
    fn lowercase_role_before_a_name_after_the_quote() {
        let text = "Voters elected Maria Ortega on Tuesday.\n\n\"This victory belongs to every family,\" campaign manager Felix Grant told the crowd.\n\n\"We won,\" spokeswoman Ana Ruiz said.";
        let got: Vec<Option<String>> = run(text).into_iter().map(|q| q.1).collect();
        assert_eq!(got, [Some("Felix Grant".to_string()), Some("Ana Ruiz".to_string())]);
    }

    /// Less common speech verbs, and a modal before the verb ("could only quip").
    #[test]
    fn uncommon_speech_verbs_and_modals() {
        let text = "The port reopened after the strike.\n\n“Nobody asked the dockworkers anything,” union leader Tomás Ruiz fumed on Friday.\n\nA spokeswoman for the harbour board could only quip: “Ships are patient.”\n\n“Who pays for the lost week?” trader Ines Costa questioned.";
        let got: Vec<Option<String>> = run(text).into_iter().map(|q| q.1).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].as_deref(), Some("Tomás Ruiz"), "{got:?}");
        assert!(got[1].as_deref().is_some_and(|s| s.contains("spokeswoman")), "{got:?}");
        assert_eq!(got[2].as_deref(), Some("Ines Costa"), "{got:?}");
    }

    #[test]
    fn speaker_after_quote_and_short_names_are_canonical() {
        let text = "Prosecutor Mark Lindquist filed charges on Monday.\n\n“The evidence is overwhelming,” Lindquist said.\n\n«Nous verrons», a déclaré le maire.\n\n“It was a long night for the whole city,” said the prosecutor.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Mark Lindquist"));
        assert_eq!(got[2].1.as_deref(), Some("Mark Lindquist"), "{got:?}");
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let text = "The senator, Maria Gómez, was blunt:\n\n“The budget is broken. We cannot fix it this year.\n\n“Next year we will try again, with new rules.”\n\nThe session ended.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.ends_with("rules.”"));
        assert!(got[0].2.contains("broken") && got[0].2.contains("Next year"));
    }

    #[test]
    fn nested_single_quotes_and_organisations() {
        let text = "“They told us ‘stay home’ and we did,” the Red Cross said in a statement. According to the agency, \"supplies will arrive by Friday.\"";
        let got = run(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].2.contains("‘stay home’"));
        assert_eq!(got[0].1.as_deref(), Some("Red Cross"));
    }

    #[test]
    fn apostrophes_and_unbalanced_marks_do_not_break() {
        let text = "The players' union said it's over. He said \"no and then left. “Open ‘never closed";
        let _ = run(text);
        let huge = "\"“«„‘'".repeat(2_000) + &"word ".repeat(1_000);
        let _ = run(&huge);
        let many = "“a” ".repeat(3_000);
        let got = run(&many);
        assert!(got.iter().all(|g| g.0.starts_with('“') && g.0.ends_with('”')));
    }

    #[test]
    fn participle_speaker_is_sentence_subject() {
        let text = "Putin, while addressing the summit, acknowledged the deployment, saying, “Russia has never doubted its partners.”";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Putin"));
    }

    #[test]
    fn attribution_at_the_end_of_the_sentence_and_paragraph_continuation() {
        let text = "Mayor Ana Lidén toured the dam on Monday.\n\n\
                    A pump that “runs dry every August” is no pump at all, Lidén said. \
                    “We will rebuild the spillway” before winter, she said on Tuesday. \
                    “Twenty engineers have signed up” for the work.";
        let got = run(text);
        assert_eq!(got.len(), 3, "{got:?}");
        for q in &got {
            assert_eq!(q.1.as_deref(), Some("Ana Lidén"), "{q:?}");
        }
    }

    #[test]
    fn a_surname_two_people_share_stays_bare() {
        // Named before either full name appears: no guess between the two.
        let text = "“We are ready,” Clinton said.\n\n“I agree,” Bill Clinton said.\n\n“So do I,” Hillary Clinton said.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Clinton"), "{got:?}");
        // With one full name in the document, the surname takes it.
        let text = "“We are ready,” Clinton said.\n\n“I agree,” Hillary Clinton said.";
        assert_eq!(run(text)[0].1.as_deref(), Some("Hillary Clinton"));
    }
}
