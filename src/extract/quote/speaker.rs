//! Speakers: the attribution after, before or around a statement, as a raw phrase.

use std::sync::LazyLock;

use regex::Regex;

use super::np::np_before_verb;
use super::scan::Statement;
use super::subject::{
    can_be_subject, clause_subject, is_lead_word, sentence_subject, speaking_subject, surname_subject,
    without_time_tail,
};
use crate::extract::names::{dot_is_not_an_end, is_cap, is_month_or_day, is_title};
use crate::lexicon::speech::{self, QuoteUse};
use crate::model::Span;
use crate::segment::Segments;

/// The finite speech verbs ("said", "told") as a regex alternation, in list order.
pub(super) static VERBS: LazyLock<String> =
    LazyLock::new(|| speech::alternation(&speech::quote_verbs(QuoteUse::Finite)));
/// The speech participles ("saying", "adding") as a regex alternation, in list order.
static PARTICIPLES: LazyLock<String> =
    LazyLock::new(|| speech::alternation(&speech::quote_verbs(QuoteUse::Participle)));
pub(super) const PRONOUNS: &str = "he|she|they|it|we|i|He|She|They|It|We|I";

/// A noun phrase: up to eight words (names, titles, possessives, "the" + role).
pub(super) const NP: &str = r"(?:[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*\s+){0,9}?[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*";

pub(super) static POST_NP_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:—–-]*(?P<np>{NP}(?:(?:,\s[^,“”\x22]{{1,160}}){{1,2}},|,\swho\s[^,“”\x22]{{1,80}})?)\s+(?:(?:also|then|later|further|once|simply|quickly|recently|previously|earlier|had|has|have|would|will|later|could|can|may|might|must|only|just)\s+){{0,2}}(?:\p{{Ll}}+ly\s+)?(?:{VERBS}|(?:is|was)\s+quoted\s+as\s+saying)(?-u:\b)",
        VERBS = VERBS.as_str()
    ))
    .expect("valid regex")
});
pub(super) static POST_VERB_NP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s,;:—–-]*(?:{VERBS})\s+(?P<np>(?:(?:the|a|an|\p{{Lu}}\.(?:\p{{Lu}}\.)*|{TITLES})\s+|[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}’'&()/-]*\s+){{0,7}}[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}’'&()/-]*)",
        VERBS = VERBS.as_str(),
        TITLES = crate::lexicon::titles::abbreviation_alternation()
    ))
    .expect("valid regex")
});
/// "“...” ― Sonya Herridge": a dash and a name after the quotation.
pub(super) static DASH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s\u{a0}]*[―—–-][\s\u{a0}]*(?P<np>\p{Lu}[\p{L}.’'-]*(?:[\s\u{a0}]+\p{Lu}[\p{L}.’'-]*){0,4})")
        .expect("valid regex")
});
/// "according to the Tidewater Courier": the whole phrase up to punctuation; the
/// caller cuts it at the first clause word.
pub(super) static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:according to)\s+(?P<np>(?:[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*\s+){0,9}[\p{L}\p{N}(][\p{L}\p{N}.’'&()/-]*)",
    )
    .expect("valid regex")
});
pub(super) static PRE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:{VERBS}|{PARTICIPLES})(?-u:\b)",
        VERBS = VERBS.as_str(),
        PARTICIPLES = PARTICIPLES.as_str()
    ))
    .expect("valid regex")
});
pub(super) static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:{PARTICIPLES})$", PARTICIPLES = PARTICIPLES.as_str())).expect("valid regex")
});
pub(super) static PRONOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{PRONOUNS})$")).expect("valid regex"));

/// The verb by which an outlet passes on a statement ("the Courier reported"): its
/// subject is the source of words of its own, but only relays words a speech verb
/// before the quotation gave to someone else.
const RELAY_VERB: &str = "reported";

/// A speaker as written and how it was found.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub(super) raw: String,
    /// Attributed by a speech verb next to the quotation.
    pub(super) direct: bool,
}

/// The text after the quotation in its paragraph, up to the next quotation mark.
pub(super) fn post_text<'a>(text: &'a str, seg: &Segments, span: Span) -> &'a str {
    // The paragraph where the quotation ends (a quotation carried over paragraphs
    // is attributed after its last part).
    let end = seg
        .paragraph_at(span.end.saturating_sub(1))
        .map_or(text.len(), |p| seg.paragraphs[p].end)
        .max(span.end);
    let end = text.floor_char_boundary(end.min(span.end + 300));
    let mut s = &text[span.end..end];
    // A short quoted term on the way ("wearing “Harbour First” pins") is read through;
    // the next quotation of its own ends the text.
    let mut from = 0;
    while let Some(q) = s[from..].find(['“', '"', '«', '„']).map(|q| q + from) {
        if let Some(after) = quoted_term_end(s, q) {
            from = after;
            continue;
        }
        s = &s[..q];
        break;
    }
    let cut = s.floor_char_boundary(200);
    &s[..cut]
}

/// The end of a quoted term opening at byte `q` of `s` (one to four words, no
/// sentence punctuation or other mark inside, a word after it), if it is one.
fn quoted_term_end(s: &str, q: usize) -> Option<usize> {
    let open = s[q..].chars().next()?;
    let inner_at = q + open.len_utf8();
    let close = s[inner_at..].find(['”', '"', '»', '“', '«', '„'])? + inner_at;
    let closer = s[close..].chars().next()?;
    let inner = &s[inner_at..close];
    let n = inner.split_whitespace().count();
    let after = close + closer.len_utf8();
    let plain = !inner.contains([',', '.', '!', '?', ';', ':']) && !matches!(closer, '“' | '«' | '„');
    let word_after = s[after..].trim_start().starts_with(|c: char| c.is_alphabetic());
    ((1..=4).contains(&n) && plain && word_after && s[after..].starts_with(' ')).then_some(after)
}

pub(super) fn post_attribution(text: &str, seg: &Segments, span: Span) -> Option<String> {
    let raw_post = post_text(text, seg, span);
    // Quoted terms read through lose their marks, so that a phrase can run across them.
    let unmarked = raw_post.replace(['“', '”', '"', '«', '»', '„'], "");
    let post = unmarked.as_str();
    if let Some(m) = POST_VERB_NP.captures(post) {
        let np = trim_np(&m["np"]);
        if !np.is_empty() && np_ok(np) {
            return Some(np.to_string());
        }
    }
    // "...” He added, “...": an introduction of the next quotation, not an attribution.
    let next_is_quote = text[span.end + raw_post.len()..].starts_with(['“', '"', '«', '„']);
    // ... unless a sentence ends before it: "...?” Ruiz writes to Haldane. He replies, “...".
    let intro = next_is_quote && post.trim_end().ends_with([',', ':']) && !sentence_ends_inside(post);
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
    if let Some(np) = name_after_role(post) {
        return Some(np);
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

/// "“...,” a longtime friend, Ines Costa told the paper": a lowercase role phrase
/// (up to four words ending in a role noun), a comma, then a name of two to four
/// capitalised words and a speech verb. The name is the speaker.
fn name_after_role(post: &str) -> Option<String> {
    let trimmed = post.trim_start_matches([',', ' ', '\u{a0}']);
    if trimmed.len() == post.len() {
        return None;
    }
    let (role, rest) = trimmed.split_once(", ")?;
    let ws: Vec<&str> = role.split_whitespace().collect();
    let head = ws.last()?.to_lowercase();
    if ws.len() > 4 || ws.iter().any(|w| is_cap(w)) || !crate::lexicon::roles::role_noun(&head) {
        return None;
    }
    let m = POST_NP_VERB.captures(rest)?;
    let np = m["np"].trim();
    let nw: Vec<&str> = np.split_whitespace().collect();
    ((2..=4).contains(&nw.len()) && nw.iter().all(|w| is_cap(w) && !w.ends_with(['.', ','])) && np_ok(np))
        .then(|| np.to_string())
}

/// Whether a sentence ends inside `s` before its last word ("to Haldane. He replies,").
fn sentence_ends_inside(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().take(words.len().saturating_sub(1)).any(|w| {
        let w = w.trim_end_matches(['”', '"', '’', ')']);
        w.ends_with(['!', '?']) || (w.ends_with('.') && !dot_is_not_an_end(w))
    })
}

/// The speaker named at the very end of the quotation's sentence, after a comma and
/// with no other quotation in between: "A cashier who “steals” is held accountable,
/// Warren said." A short adverbial may follow the verb ("she said on Tuesday.").
pub(super) fn sentence_final_attribution(text: &str, seg: &Segments, span: Span) -> Option<String> {
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

pub(super) static SENTENCE_FINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r",\s+(?P<np>(?:[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}.’'&()/-]*\s+){{0,5}}?[\p{{L}}\p{{N}}(][\p{{L}}\p{{N}}.’'&()/-]*)\s+(?:{VERBS})(?:\s+(?:on|in|at|to|last|this|during|after|before|later|earlier|recently|yesterday|today|{DAYS})(?-u:\b)[^,;:.!?“”\x22]{{0,40}})?\s*[.!?]?\s*$",
        VERBS = VERBS.as_str(),
        DAYS = crate::lexicon::calendar::weekday_alternation()
    ))
    .expect("valid regex")
});

/// Whether a noun phrase found before a speech verb can be a speaker.
pub(super) fn np_ok(np: &str) -> bool {
    let first = np.split_whitespace().next().unwrap_or("");
    let bad_first = [
        "and", "but", "or", "that", "which", "who", "as", "if", "when", "while", "because", "so", "what", "where",
        "this", "there", "it's", "has", "had", "have",
    ];
    !np.is_empty()
        && !bad_first.contains(&first.to_lowercase().as_str())
        && np.split(',').next().unwrap_or(np).split_whitespace().count() <= 12
        && !np.contains(['.', '!', '?']) | np.split_whitespace().all(|w| w.len() <= 4 || !w.ends_with('.'))
}

/// Cut an NP found after a verb at the first clause word ("said Putin after ...").
pub(super) fn trim_np(np: &str) -> &str {
    let mut end = 0;
    let mut prev = "";
    for (i, w) in np.split_whitespace().enumerate() {
        let lw = w.to_lowercase();
        // "a longtime adviser to the mayor", "Secretary of State Ana Ruiz": a role's or
        // title's complement stays with it.
        let complement = matches!(lw.as_str(), "to" | "of" | "for" | "at") && (is_role_noun(prev) || is_title(prev));
        prev = w;
        if i > 0
            && !complement
            && (matches!(
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
                    | "of"
                    | "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
            ) || speech::ends_name(&lw)
                || crate::lexicon::calendar::is_weekday_name(&lw))
        {
            break;
        }
        let off = np[end..].find(w).map_or(end, |o| end + o) + w.len();
        end = off;
    }
    np[..end].trim_end_matches([',', '.', ';', ':'])
}

/// Find the speaker of a statement from the text around it.
pub(super) fn find_speaker(text: &str, seg: &Segments, st: &Statement) -> Option<Found> {
    let post = post_attribution(text, seg, st.last).or_else(|| {
        (st.first != st.last)
            .then(|| post_attribution(text, seg, st.first))
            .flatten()
    });
    if let Some(raw) = post {
        // "Ruiz said “...,” she said": a pronoun after the quotation stands for the
        // speaker named before it, not for a name inside it.
        if PRONOUN.is_match(raw.trim())
            && let Some(pre) = pre_speaker(text, seg, st)
            && pre.direct
            && !PRONOUN.is_match(pre.raw.trim())
        {
            return Some(pre);
        }
        // "Ruiz agreed and said, “We won.” The mayor then recalled ...": a quotation
        // that ends its sentence, introduced by a speech verb right before it, belongs
        // to that speaker, not to the next sentence's subject.
        let ended = text[..st.last.end]
            .trim_end_matches(['”', '"', '»', '’', '\''])
            .ends_with(['.', '!', '?']);
        let new_sentence = post_text(text, seg, st.last)
            .trim_start()
            .starts_with(|c: char| c.is_uppercase());
        if ended
            && new_sentence
            && let Some(pre) = pre_speaker(text, seg, st)
            && pre.direct
        {
            return Some(pre);
        }
        // "Ruiz said: “...,” the Courier reported": an outlet relays what the person
        // named with a speech verb before the quotation said.
        let relayed = post_text(text, seg, st.last)
            .split_whitespace()
            .take(8)
            .any(|w| w.trim_end_matches([',', '.']) == RELAY_VERB);
        if relayed
            && let Some(pre) = pre_speaker(text, seg, st)
            && pre.direct
            && !PRONOUN.is_match(pre.raw.trim())
        {
            return Some(pre);
        }
        return Some(Found { raw, direct: true });
    }
    if let Some(found) = possessive_speaker(text, st) {
        return Some(found);
    }
    pre_speaker(text, seg, st)
}

/// Nouns for what someone said, after a quotation that a possessive name opens
/// ("Ruiz’s “we will rebuild” promise").
const UTTERANCES: &[&str] = &[
    "promise",
    "pledge",
    "vow",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "claim",
    "boast",
    "quip",
    "warning",
    "slogan",
    "mantra",
    "refrain",
    "catchphrase",
    "motto",
    "line",
    "assertion",
    "declaration",
];

/// The speaker a possessive names: "Ruiz’s “we will rebuild” promise" and "in Ruiz’s
/// words, “...”" are Ruiz's. The name is one to four capitalised words right before
/// the possessive.
fn possessive_speaker(text: &str, st: &Statement) -> Option<Found> {
    let before = text[text.floor_char_boundary(st.first.start.saturating_sub(120))..st.first.start].trim_end();
    let after = text[st.last.end..text.floor_char_boundary((st.last.end + 40).min(text.len()))].trim_start();
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let (head, after_in) = if UTTERANCES.contains(&next.as_str()) {
        (before, false)
    } else if let Some(b) = before.strip_suffix(',').map(str::trim_end)
        && let Some(b) = b.strip_suffix(" words")
    {
        (b, true)
    } else {
        return None;
    };
    let owner = head
        .strip_suffix("’s")
        .or_else(|| head.strip_suffix("'s"))
        .or_else(|| head.strip_suffix('’').filter(|h| h.ends_with('s')))
        .or_else(|| head.strip_suffix('\'').filter(|h| h.ends_with('s')))?;
    let ws: Vec<&str> = owner.split_whitespace().collect();
    let run = ws
        .iter()
        .rev()
        .take_while(|w| is_cap(w) && w.chars().all(|c| c.is_alphabetic() || "-.’'".contains(c)))
        .count()
        .min(4);
    // "in Ruiz’s words": the name follows "in".
    if after_in
        && !ws
            .len()
            .checked_sub(run + 1)
            .is_some_and(|i| ws[i].eq_ignore_ascii_case("in"))
    {
        return None;
    }
    // A clause word before the name ("When Ruiz’s") is not part of it.
    let name: Vec<&str> = ws[ws.len() - run..]
        .iter()
        .copied()
        .skip_while(|w| is_lead_word(w) || matches!(*w, "The" | "A" | "An"))
        .collect();
    (!name.is_empty()).then(|| Found {
        raw: name.join(" "),
        direct: true,
    })
}

/// The speaker named before the statement (or around it, when nothing follows it).
fn pre_speaker(text: &str, seg: &Segments, st: &Statement) -> Option<Found> {
    let pre = text_before(text, seg, st)?;
    let sent = seg.sentence_span(st.first.start);
    let window = text.floor_char_boundary(st.first.start.saturating_sub(400));
    let pre_trim = pre.trim_end();
    if pre_trim.is_empty()
        && let Some(found) = prior_sentence_speaker(text, seg, st)
    {
        return Some(found);
    }
    if let Some(found) = as_clause_speaker(pre_trim) {
        return Some(found);
    }
    if let Some(found) = colon_speaker(pre_trim, text) {
        return Some(found);
    }
    // According to X, "..." unless a speech verb follows it.
    let last_verb = PRE_VERB
        .find_iter(pre_trim)
        .filter(|v| is_verb_here(pre_trim, v))
        .last();
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
    if let Some(m) = last_verb
        && let Some(decided) = verb_speaker(pre_trim, m)
    {
        return decided;
    }
    // The sentence ends with its attribution: "“...” for criminal behavior, she said."
    if let Some(raw) = sentence_final_attribution(text, seg, st.last) {
        return Some(Found { raw, direct: true });
    }
    // A verb-less embedded quotation: the sentence's subject said it, if a person.
    let sentence_pre = &text[sent.start.max(window).min(st.first.start)..st.first.start];
    if !sentence_pre.trim().is_empty()
        && let Some(np) = sentence_subject(sentence_pre).or_else(|| surname_subject(sentence_pre, text))
        && can_be_subject(sentence_pre, &np)
    {
        return Some(Found { raw: np, direct: false });
    }
    None
}

/// "Ruiz agreed. “...”", "Ruiz said in a statement. “...”": a quotation that opens a
/// sentence right after one ending in a speech verb with no object of its own (at most
/// a short phrase of place, time or channel after it) is what that verb introduced.
fn prior_sentence_speaker(text: &str, seg: &Segments, st: &Statement) -> Option<Found> {
    let para = seg.paragraphs[seg.paragraph_at(st.first.start)?];
    let before = text[para.start..st.first.start].trim_end();
    let body = before.strip_suffix('.')?;
    if body.is_empty() || body.ends_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let ps = seg.sentence_span(before.len() + para.start - 1);
    let sentence = text.get(ps.start.max(para.start)..para.start + body.len())?;
    if sentence.contains(['“', '”', '"', '«', '»', '„']) || sentence.contains("''") {
        return None;
    }
    let verb = PRE_VERB.find_iter(sentence).last()?;
    if PARTICIPLE.is_match(verb.as_str()) {
        return None;
    }
    let tail: Vec<&str> = sentence[verb.end()..].split_whitespace().collect();
    let opens_adjunct = |w: &str| {
        matches!(
            w,
            "in" | "on" | "at" | "during" | "after" | "before" | "via" | "through" | "from" | "by" | "last" | "this"
        ) || is_month_or_day(w)
    };
    let object_told = verb.as_str() == "told" && (1..=3).contains(&tail.len());
    if !(tail.is_empty() || (tail.len() <= 6 && opens_adjunct(tail[0])) || object_told)
        || tail.iter().any(|w| speech::is_speech_verb(w) || *w == "that")
    {
        return None;
    }
    let passive = sentence[..verb.start()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"));
    let np = np_before_verb(sentence, verb.start())
        .filter(|n| (n.split_whitespace().next().is_some_and(is_cap) && np_ok(n)) || PRONOUN.is_match(n))?;
    (!passive).then_some(Found { raw: np, direct: true })
}

/// Whether a speech verb's match is used as a verb: not after a determiner ("the
/// reported bomber"), and "reported" not in a passive that names its subject ("Ruiz is
/// reported to have said", "a claim that was reported by the Courier").
fn is_verb_here(s: &str, v: &regex::Match<'_>) -> bool {
    let prev = s[..v.start()]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let determiner = matches!(
        prev.as_str(),
        "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their" | "our" | "your"
    );
    let passive_relay =
        v.as_str() == RELAY_VERB && matches!(prev.as_str(), "is" | "was" | "were" | "are" | "be" | "been" | "being");
    !determiner && !passive_relay
}

/// The text before the statement's opening mark in its sentence (or the previous
/// paragraph's last sentence when that ends with a colon), from the last quotation
/// before it that is not a quoted term.
fn text_before(text: &str, seg: &Segments, st: &Statement) -> Option<String> {
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
    // Inside the sentence the last quotation before this one ends the search, unless
    // it is a quoted term or title ("a class called “Perception”"): up to four words
    // with no punctuation of their own, which the search reads through.
    while let Some((q, c)) = pre.char_indices().rev().find(|&(_, c)| matches!(c, '”' | '"' | '»')) {
        let open = pre[..q]
            .char_indices()
            .rev()
            .find(|&(_, o)| matches!(o, '“' | '"' | '«'))
            .map(|(o, oc)| (o, o + oc.len_utf8()));
        let term = open.filter(|&(o, inner)| {
            let inner = &pre[inner..q];
            let n = inner.split_whitespace().count();
            // "said on Harbour Radio’s “Morning Tide,” adding": a title in running
            // text, its comma inside the closing mark, after a word that is not the
            // end of a clause.
            let title = inner.ends_with(',')
                && !inner[..inner.len() - 1].contains([',', '.', '!', '?', ';', ':'])
                && inner.split_whitespace().filter(|w| w.len() > 3).all(is_cap)
                && inner.split_whitespace().next().is_some_and(is_cap)
                && pre[..o]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| !w.ends_with([',', ':', '.', '—', '–']));
            (1..=4).contains(&n) && (title || !inner.trim_end().ends_with([',', '.', '!', '?', ';', ':']))
        });
        match term {
            Some((o, inner)) => {
                let close = q + c.len_utf8();
                pre = format!("{}{}{}", &pre[..o], &pre[inner..q], &pre[close..]);
            }
            None => {
                pre = pre[q + c.len_utf8()..].to_string();
                break;
            }
        }
    }
    Some(pre)
}

/// "As the Courier’s Ana Ruiz reported after the vote:": an "as" clause with a
/// reporting verb names the source of the quotation it introduces, however long the
/// clause runs after its verb, when no other speech verb follows.
fn as_clause_speaker(pre_trim: &str) -> Option<Found> {
    if !pre_trim.ends_with([':', ',']) {
        return None;
    }
    let toks: Vec<&str> = pre_trim.split_whitespace().collect();
    let a = (0..toks.len()).find(|&k| toks[k] == "As" || (toks[k] == "as" && k > 0 && toks[k - 1].ends_with(',')))?;
    let mut k = a + 1;
    let mut subject: Vec<&str> = Vec::new();
    while let Some(w) = toks.get(k)
        && subject.len() < 6
        && (is_cap(w) || (subject.is_empty() && *w == "the"))
        && !w.ends_with([',', ':', ';', '.'])
    {
        subject.push(w);
        k += 1;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let verb = bare(toks.get(k)?);
    let put_it = verb == "put" && toks.get(k + 1).is_some_and(|w| bare(w) == "it");
    if !put_it && !speech::reporting_verbs().contains(&verb.as_str()) {
        return None;
    }
    let named = subject
        .iter()
        .any(|w| is_cap(w) && !matches!(*w, "The" | "It" | "He" | "She" | "They" | "We" | "I"));
    let later_verb = toks[k + 1..].iter().any(|w| speech::is_speech_verb(&bare(w)));
    (named && !later_verb).then(|| Found {
        raw: subject.join(" "),
        direct: true,
    })
}

/// "X: “...”": the speaker named before a colon that introduces the statement.
fn colon_speaker(pre_trim: &str, text: &str) -> Option<Found> {
    let head = pre_trim.strip_suffix(':')?;
    let head = without_time_tail(head.trim_end());
    // "Turnout fell in the north - Ana Ruiz: “...”": a headline, a dash, a name.
    let head = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| head.rfind(d).map(|i| i + d.len()))
        .max()
        .map_or(head, |i| head[i..].trim_start());
    if !PRE_VERB.is_match(head) && !ACCORDING.is_match(head) {
        // "... does not surprise pollster Ana Ruiz: “...”": a role noun or title,
        // then a full name, right before the colon.
        let ws: Vec<&str> = head.split_whitespace().collect();
        let run = ws.iter().rev().take_while(|w| is_cap(w)).count();
        if (2..=3).contains(&run)
            && run < ws.len()
            && let role = ws[ws.len() - run - 1].to_lowercase()
            && (crate::lexicon::roles::role_noun(&role) || crate::extract::names::is_title(&role))
        {
            return Some(Found {
                raw: ws[ws.len() - run..].join(" "),
                direct: true,
            });
        }
        // "... pollster Ana Ruiz:", not "... the crime scene in San Bernardino:": a
        // name that a preposition governs is a place or an object, not a speaker;
        // "from" and "by" name a source ("Quotes from Sheriff Ana Ruiz:").
        if let Some(np) = np_before_verb(head, head.len())
            && np.split_whitespace().count() <= 4
            && np.split_whitespace().all(is_cap)
            && !head[..head.len() - np.len()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "in" | "at" | "on" | "to" | "of" | "for" | "with" | "near" | "about" | "into" | "across"
                    )
                })
        {
            return Some(Found { raw: np, direct: true });
        }
        if let Some(np) = sentence_subject(head).or_else(|| surname_subject(head, text)) {
            return Some(Found { raw: np, direct: true });
        }
        if let Some(np) = clause_subject(head) {
            return Some(Found { raw: np, direct: true });
        }
    }
    None
}

/// The speaker of the last speech verb `m` before the statement: `Some(found)` when
/// the verb decides it (`Some(None)`: someone unnamed, as in "Ruiz was asked"), `None`
/// to search on.
fn verb_speaker(pre_trim: &str, m: regex::Match<'_>) -> Option<Option<Found>> {
    let verb = m.as_str();
    // "Ruiz was asked by host Dan Pryce, “...”": the one who asked; "Ruiz was
    // asked, “...”": someone unnamed, never Ruiz.
    let passive = pre_trim[..m.start()]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"));
    if passive {
        let rest = pre_trim[m.end()..].trim_start();
        return Some(rest.strip_prefix("by ").and_then(|r| {
            let np = trim_np(r.trim_end_matches([',', ':', ' ']));
            (!np.is_empty() && np.split_whitespace().count() <= 8).then(|| Found {
                raw: np.to_string(),
                direct: true,
            })
        }));
    }
    let adjacent = pre_trim[m.end()..]
        .trim()
        .trim_matches([',', ':'])
        .split_whitespace()
        .count()
        <= 3;
    let np = np_before_verb(pre_trim, m.start());
    if PARTICIPLE.is_match(verb) {
        // "X urged voters to back Ruiz, saying": a participle after a comma speaks
        // for the subject of the clause it hangs on; "footage of Ruiz saying" and
        // "with Ruiz reportedly saying": for the name right before it.
        let np = np.filter(|n| n.split_whitespace().next().is_some_and(is_cap) && !PRONOUN.is_match(n));
        let before = pre_trim[..m.start()].trim_end();
        // The capitalised run right before the participle (an "-ly" adverb may
        // stand between), and the word before that run.
        let words: Vec<&str> = before.split_whitespace().collect();
        let mut end = words.len();
        if end > 0 && words[end - 1].ends_with("ly") && !is_cap(words[end - 1]) {
            end -= 1;
        }
        let start = (0..end).rev().take_while(|&k| is_cap(words[k])).last();
        let own = start.filter(|&st| {
            !before.ends_with(',') && st > 0 && matches!(words[st - 1], "of" | "with" | "shows" | "showed" | "showing")
        });
        let np = own.map(|st| words[st..end].join(" ")).or(np);
        // "“...,” said Ruiz, explaining ...: “...”": an inverted attribution before
        // the participle.
        let inverted = || {
            POST_VERB_NP
                .captures(before.trim_end_matches(','))
                .map(|m| trim_np(&m["np"]).to_string())
                .filter(|np| np.split_whitespace().next().is_some_and(is_cap) && np_ok(np))
        };
        // "..., Nefzi said, adding, “...”": the participle continues the speech verb
        // right before it, whose subject spoke, not the sentence's first subject.
        let continued = || {
            let b = before.trim_end_matches(',').trim_end();
            let v = PRE_VERB
                .find_iter(b)
                .last()
                .filter(|v| v.end() == b.len() && !PARTICIPLE.is_match(v.as_str()))?;
            // "..., which the Courier first reported, telling": a relative clause's
            // subject is not the one the participle continues.
            let np = np_before_verb(b, v.start())?;
            let at = b[..v.start()].rfind(np.as_str())?;
            let relative = b[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(w, "which" | "that" | "who" | "whom"));
            (!relative && ((np.split_whitespace().next().is_some_and(is_cap) && np_ok(&np)) || PRONOUN.is_match(&np)))
                .then_some(np)
        };
        let subject = if own.is_some() {
            np
        } else {
            continued().or_else(|| speaking_subject(before)).or_else(inverted)
        };
        if let Some(np) = subject {
            return Some(Some(Found {
                raw: np,
                direct: adjacent,
            }));
        }
    } else if let Some(np) = np
        .or_else(|| coordinated_subject(pre_trim, m.start()))
        .or_else(|| speaking_subject(pre_trim))
    {
        return Some(Some(Found {
            raw: np,
            direct: adjacent,
        }));
    }
    None
}

/// "Ruiz said she welcomed the audit and added, “...”": a speech verb coordinated by
/// "and" with an earlier one of the same sentence shares its subject.
fn coordinated_subject(pre_trim: &str, verb_at: usize) -> Option<String> {
    let head = pre_trim[..verb_at].trim_end().strip_suffix(" and")?;
    let earlier = PRE_VERB
        .find_iter(head)
        .filter(|v| !PARTICIPLE.is_match(v.as_str()))
        .last()?;
    np_before_verb(head, earlier.start())
        .filter(|n| (n.split_whitespace().next().is_some_and(is_cap) && np_ok(n)) || PRONOUN.is_match(n))
}

/// A person's role that takes a complement naming whom they serve or speak for
/// ("a spokesman for", "an aide to", "a reporter at").
pub(super) fn is_role_noun(w: &str) -> bool {
    crate::lexicon::roles::takes_complement(w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()))
}
