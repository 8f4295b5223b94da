//! Quote groups: one statement reported by several outlets. Quotes are compared
//! sentence by sentence, so a long quote can join the groups of each sentence it holds.
//! Identical words are `agree`, reworded ones `variant`, the same words given to
//! different people a `conflict` (misattribution).

use std::collections::BTreeSet;

use super::{Ctx, UnionFind, candidate_pairs, group};
use crate::model::{ClaimGroup, Kind, QuoteValue, SpeakerBasis, Status, Value};

fn value<'a>(ctx: &Ctx<'a>, i: usize) -> &'a QuoteValue {
    match &ctx.claims[i].value {
        Value::Quote(v) => v,
        _ => unreachable!("quote reconciler only sees quotes"),
    }
}

/// One sentence of a quote.
struct Unit {
    claim: usize,
    text: String,
    /// The words of `text`, lowercased, as one string: equal for word-for-word quotes.
    normalized: String,
    tokens: Vec<String>,
    content: Vec<String>,
    /// [`speaker_words`] of the claim's speaker, if it has one.
    speaker: Option<Vec<String>>,
}

fn split_units(q: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = q.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        cur.push(c);
        let end = matches!(c, '.' | '!' | '?')
            && chars.get(k + 1).is_none_or(|n| n.is_whitespace())
            && chars[k + 1..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_none_or(|n| n.is_uppercase() || !n.is_alphanumeric());
        if end {
            out.push(std::mem::take(&mut cur));
        }
    }
    out.push(cur);
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| crate::text::words(s).len() >= 3)
        .collect()
}

fn sorted_set(v: Vec<String>) -> Vec<String> {
    let s: BTreeSet<String> = v.into_iter().collect();
    s.into_iter().collect()
}

/// Cosine similarity of two token sets.
fn cosine(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    super::intersection(a, b) as f64 / ((a.len() * b.len()) as f64).sqrt()
}

/// Name words of a speaker, for telling whether two speakers are one person.
fn speaker_words(s: &str) -> Vec<String> {
    crate::text::words(s)
        .into_iter()
        .map(|w| w.trim_end_matches("'s").to_string())
        .filter(|w| !crate::lexicon::titles::speaker_filler(w) && w.len() > 1)
        .collect()
}

fn same_speaker(a: &str, b: &str) -> bool {
    share_a_word(&speaker_words(a), &speaker_words(b))
}

/// Whether two speakers' [`speaker_words`] have a word in common.
fn share_a_word(a: &[String], b: &[String]) -> bool {
    a.iter().any(|w| b.contains(w))
}

fn normalized(q: &str) -> String {
    crate::text::words(q).join(" ")
}

pub(crate) fn groups(ctx: &Ctx) -> Vec<ClaimGroup> {
    let mut units = Vec::new();
    for i in ctx.of_kind(Kind::Quote) {
        let v = value(ctx, i);
        if v.term {
            continue;
        }
        let speaker = v.speaker.as_deref().map(speaker_words);
        for text in split_units(&v.quote) {
            let tokens = sorted_set(crate::text::words(&text));
            let content = sorted_set(crate::text::content_words(&text));
            units.push(Unit {
                claim: i,
                normalized: normalized(&text),
                text,
                tokens,
                content,
                speaker: speaker.clone(),
            });
        }
    }
    let content: Vec<Vec<String>> = units.iter().map(|u| u.content.clone()).collect();
    let mut uf = UnionFind::new(units.len());
    for (p, q) in candidate_pairs(&content) {
        let (a, b) = (&units[p], &units[q]);
        if ctx.claims[a.claim].doc == ctx.claims[b.claim].doc {
            continue;
        }
        let sim = cosine(&a.tokens, &b.tokens);
        let speakers_fit = match (&a.speaker, &b.speaker) {
            (Some(x), Some(y)) => share_a_word(x, y),
            _ => true,
        };
        let shared_content = super::intersection(&a.content, &b.content);
        if sim >= 0.8 || (speakers_fit && sim >= 0.4 && shared_content >= 1) {
            uf.union(p, q);
        }
    }
    let mut out = Vec::new();
    for set in uf.sets() {
        if set.len() < 2 {
            continue;
        }
        let mut claims: Vec<usize> = set.iter().map(|&k| units[k].claim).collect();
        claims.sort_unstable();
        claims.dedup();
        let (status, explanation, subject) = decide(ctx, &set, &units);
        out.push(group(Kind::Quote, subject, claims, status, explanation));
    }
    out
}

/// A speaker sure enough to be one side of a misattribution: a person (not an
/// organisation, not a bare surname) named in the attribution itself, not inferred
/// from a pronoun, a role noun or the previous quotation.
fn confident_person(v: &QuoteValue) -> Option<&str> {
    let name = v.speaker.as_deref()?;
    (v.speaker_basis == Some(SpeakerBasis::Named)
        && name.split_whitespace().count() >= 2
        && crate::extract::names::is_person_name(name))
    .then_some(name)
}

/// Least cosine similarity for two renderings to be the same statement word for word
/// (near enough that giving them to two people is a misattribution, not two remarks).
const SAME_STATEMENT: f64 = 0.8;
/// Least words in each rendering: a short phrase can be said by anyone.
const SAME_STATEMENT_WORDS: usize = 6;

/// The first pair of renderings that makes a misattribution: the same statement, near
/// word for word, given in two documents to two confident people the name policy does
/// not link.
fn misattribution(ctx: &Ctx, set: &[usize], units: &[Unit]) -> Option<(usize, usize)> {
    for (x, &p) in set.iter().enumerate() {
        let (a, va) = (&units[p], value(ctx, units[p].claim));
        let Some(sa) = confident_person(va) else { continue };
        for &q in &set[x + 1..] {
            let (b, vb) = (&units[q], value(ctx, units[q].claim));
            let Some(sb) = confident_person(vb) else { continue };
            if ctx.claims[a.claim].doc == ctx.claims[b.claim].doc || same_speaker(sa, sb) {
                continue;
            }
            let long = a.tokens.len().min(b.tokens.len()) >= SAME_STATEMENT_WORDS;
            if long && cosine(&a.tokens, &b.tokens) >= SAME_STATEMENT {
                return Some((a.claim, b.claim));
            }
        }
    }
    None
}

fn decide(ctx: &Ctx, set: &[usize], units: &[Unit]) -> (Status, String, String) {
    // Distinct people among the known speakers.
    let mut people: Vec<(String, usize)> = Vec::new();
    for &k in set {
        let c = units[k].claim;
        if let Some(s) = &value(ctx, c).speaker {
            match people.iter_mut().find(|(p, _)| same_speaker(p, s)) {
                // Keep the longest form of the name as the label.
                Some(entry) => {
                    if s.len() > entry.0.len() {
                        entry.0 = s.clone();
                    }
                }
                None => people.push((s.clone(), c)),
            }
        }
    }
    let subject = match people.len() {
        0 => "unknown speaker".to_string(),
        1 => people[0].0.clone(),
        _ => people.iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(" / "),
    };
    let docs = {
        let mut d: Vec<usize> = set.iter().map(|&k| ctx.claims[units[k].claim].doc).collect();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    if let Some((ca, cb)) = misattribution(ctx, set, units) {
        let name = |c: usize| value(ctx, c).speaker.clone().unwrap_or_default();
        return (
            Status::Conflict,
            format!(
                "the same words are attributed to {} ({}) and to {} ({})",
                name(ca),
                ctx.loc(ca),
                name(cb),
                ctx.loc(cb)
            ),
            subject,
        );
    }
    // Two speakers, but not surely two people for one statement: say so, decide by the
    // wording alone.
    let unsure = if people.len() > 1 {
        format!(
            " (also given to {}, not a misattribution: a speaker inferred from a pronoun, a role or the previous quotation, not a person's full name, in the same document, or different words)",
            people[1..].iter().map(|p| p.0.as_str()).collect::<Vec<_>>().join(", ")
        )
    } else {
        String::new()
    };
    let subject_one = people
        .first()
        .map_or_else(|| "unknown speaker".to_string(), |p| p.0.clone());
    let first = &units[set[0]].normalized;
    if set.iter().all(|&k| units[k].normalized == *first) {
        return (
            Status::Agree,
            format!(
                "{docs} documents quote {subject_one} word for word ({}){unsure}",
                ctx.loc(units[set[0]].claim)
            ),
            subject,
        );
    }
    // The closest differing pair, shown as a word diff. Word-for-word repetitions are
    // compared once, through their first occurrence.
    // At most 64 renderings take part, so a huge group stays cheap.
    let mut distinct: Vec<usize> = Vec::new();
    for &k in set {
        if distinct.len() < 64 && !distinct.iter().any(|&d| units[d].normalized == units[k].normalized) {
            distinct.push(k);
        }
    }
    let mut best: Option<(f64, usize, usize)> = None;
    for (x, &p) in distinct.iter().enumerate() {
        for &q in &distinct[x + 1..] {
            let s = cosine(&units[p].tokens, &units[q].tokens);
            if best.is_none_or(|b| s > b.0) {
                best = Some((s, p, q));
            }
        }
    }
    // "We will compensate" against "we will not compensate": one person's statement
    // told with its meaning reversed in another document.
    if let Some((_, p, q)) = best
        && let (a, b) = (units[p].claim, units[q].claim)
        && ctx.claims[a].doc != ctx.claims[b].doc
        && let (Some(sa), Some(sb)) = (&value(ctx, a).speaker, &value(ctx, b).speaker)
        && same_speaker(sa, sb)
        && flips(&units[p].text, &units[q].text)
    {
        return (
            Status::Conflict,
            format!(
                "{subject_one} is quoted saying opposite things ({}, {}): {}",
                ctx.loc(a),
                ctx.loc(b),
                word_diff(&units[p].text, &units[q].text)
            ),
            subject,
        );
    }
    let diff = best
        .map(|(s, p, q)| {
            format!(
                "; closest pair ({}, {}) similarity {:.3}: {}",
                ctx.loc(units[p].claim),
                ctx.loc(units[q].claim),
                s,
                word_diff(&units[p].text, &units[q].text)
            )
        })
        .unwrap_or_default();
    (
        Status::Variant,
        format!("{docs} documents quote {subject_one} in different words{diff}{unsure}"),
        subject,
    )
}

/// The words of a quotation with each negation spelled out ("won't": "will not").
fn polarity_words(q: &str) -> Vec<String> {
    crate::text::words(q)
        .iter()
        .flat_map(|w| crate::lexicon::polarity::spelled_out(w))
        .collect()
}

/// How many negations a quotation holds ("not", "never", "won't").
fn negations(q: &str) -> usize {
    polarity_words(q)
        .iter()
        .filter(|w| crate::lexicon::polarity::is_negation(w))
        .count()
}

/// Whether two renderings of a statement differ only by negations that one of them
/// adds: "we will compensate" and "we won't compensate" do; "will not" and "will
/// never" (a negation each way), or a negation beside any other change, do not.
fn flips(a: &str, b: &str) -> bool {
    let (wa, wb) = (polarity_words(a), polarity_words(b));
    let (n, m) = (wa.len(), wb.len());
    let common = usize::from(lcs_table(&wa, &wb)[0][0]);
    let (only_a, only_b) = (n - common, m - common);
    // The words outside the common part, on the one side that has any.
    let extra = |w: &[String], other: &[String]| {
        let mut rest: Vec<&String> = w.iter().collect();
        for o in other {
            if let Some(k) = rest.iter().position(|x| *x == o) {
                rest.remove(k);
            }
        }
        rest.iter().all(|x| crate::lexicon::polarity::is_negation(x))
    };
    match (only_a, only_b) {
        (0, k) if k > 0 => extra(&wb, &wa),
        (k, 0) if k > 0 => extra(&wa, &wb),
        _ => false,
    }
}

/// The longest-common-subsequence table of two word lists: `[i][j]` is the length of
/// the longest common subsequence of `wa[i..]` and `wb[j..]`. Quotes are short.
fn lcs_table(wa: &[String], wb: &[String]) -> Vec<Vec<u16>> {
    let (n, m) = (wa.len(), wb.len());
    let mut lcs = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if wa[i] == wb[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    lcs
}

/// A word-level diff: `[-removed-]` and `{+added+}` around the changed runs.
pub(crate) fn word_diff(a: &str, b: &str) -> String {
    let wa = crate::text::words(a);
    let wb = crate::text::words(b);
    let (n, m) = (wa.len(), wb.len());
    let lcs = lcs_table(&wa, &wb);
    let (mut i, mut j) = (0, 0);
    let mut out: Vec<String> = Vec::new();
    let (mut del, mut add): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let flush = |out: &mut Vec<String>, del: &mut Vec<&str>, add: &mut Vec<&str>| {
        if !del.is_empty() {
            out.push(format!("[-{}-]", del.join(" ")));
            del.clear();
        }
        if !add.is_empty() {
            out.push(format!("{{+{}+}}", add.join(" ")));
            add.clear();
        }
    };
    while i < n || j < m {
        if i < n && j < m && wa[i] == wb[j] {
            flush(&mut out, &mut del, &mut add);
            out.push(wa[i].clone());
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            add.push(&wb[j]);
            j += 1;
        } else {
            del.push(&wa[i]);
            i += 1;
        }
    }
    flush(&mut out, &mut del, &mut add);
    out.join(" ")
}

/// The quote reconciler, as registered in [`super::reconciler`].
pub(crate) struct Quotes;

impl super::Reconciler for Quotes {
    fn groups(&self, ctx: &Ctx) -> Vec<ClaimGroup> {
        groups(ctx)
    }

    /// A misattribution's sides: the speakers the same words are given to; a
    /// reversed statement's (one speaker): the renderings with a negation and those
    /// without.
    fn sides(&self, ctx: &Ctx, members: &[usize]) -> (Vec<crate::model::Side>, Vec<usize>) {
        let one_person = members.iter().all(|&i| {
            value(ctx, i)
                .speaker
                .as_deref()
                .zip(value(ctx, members[0]).speaker.as_deref())
                .is_some_and(|(a, b)| same_speaker(a, b))
        });
        if one_person {
            let negated = |i: usize| negations(&value(ctx, i).quote) % 2 == 1;
            let label = |i: usize| {
                if negated(i) {
                    "with a negation"
                } else {
                    "without a negation"
                }
                .to_string()
            };
            return super::sides(ctx, members, |a, b| negated(a) == negated(b), |_| true, label);
        }
        let who = |i: usize| value(ctx, i).speaker.clone();
        let agree = |a: usize, b: usize| who(a) == who(b);
        let precise = |i: usize| who(i).is_some();
        let label = |i: usize| who(i).unwrap_or_else(|| "no speaker".into());
        super::sides(ctx, members, agree, precise, label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes() {
        assert_eq!(
            word_diff(
                "How we choose to proceed is our business.",
                "What we will do is our business"
            ),
            "[-how-] {+what+} we [-choose to proceed-] {+will do+} is our business"
        );
    }

    #[test]
    fn units_split_on_sentence_ends_only() {
        assert_eq!(
            split_units("Images are a serious thing. If there are images, they must show something... right?"),
            [
                "Images are a serious thing.",
                "If there are images, they must show something... right?"
            ]
        );
    }

    #[test]
    fn speakers_match_on_name_words() {
        assert!(same_speaker("Russian President Vladimir Putin", "Putin"));
        assert!(same_speaker("Ukraine's GUR military intelligence", "the GUR"));
        assert!(!same_speaker("Joe Biden", "Vladimir Putin"));
    }
}
