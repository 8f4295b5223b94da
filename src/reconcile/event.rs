//! Events: the predicate a claim's clause reports ("shot", "ratified", "deployed"), read
//! as an event class from `lexicon/en/event_classes.tsv`, and the story's main event, the
//! class most of its documents date in their leads.

use super::Ctx;
use crate::model::{Kind, Value};

/// Words after a date searched for the predicate of its event.
const EVENT_WINDOW: usize = 8;

/// Words before a date searched for the predicate of its event: more than after, since
/// an English clause puts its verb first and its dates last ("the first units arrived
/// in the region, close to the combat zone, on Oct. 23").
const EVENT_WINDOW_BEFORE: usize = 12;

/// Words between a harm and a step of the law before it ("charged with first-degree
/// murder", "arrested for the shooting") across which the step still names the event
/// of the harm's date: the harm must be the step's object, not a phrase further on.
const PROCEDURE_REACH: usize = 5;

/// The event class of the predicate nearest a date in its sentence ("the shooting
/// happened Feb. 6" -> incident; "ratified on November 6" -> approve), if any.
pub(crate) fn event_class(ctx: &Ctx, i: usize) -> Option<&'static str> {
    event_class_told(ctx, i).map(|(c, _)| c)
}

/// [`event_class`], and whether the predicate is a harm told to its end ("shot to
/// death", "stabbed to death"): a death on the harm's day as well.
pub(crate) fn event_class_told(ctx: &Ctx, i: usize) -> Option<(&'static str, bool)> {
    let (left, right) = windows(ctx, i);
    // Outward from the date on each side: the nearest event word, or the nearest speech
    // verb (the distance it stands at). A speech verb nearer than every event word
    // means the date is the statement's ("stated today that the first units arrived",
    // "admitted Tuesday she went too far on a photo shoot").
    // The words before the date are read from `from` on, each with the words beyond it.
    let before = |from: usize, to: usize| outward(&left[from..to], |k, _| class_before(&left[from + k..]));
    let side = |ws: &[&str]| outward(ws, |_, w| class(w).map(|c| (c, false)));
    let near = &left[..reach(&left)];
    let (mut l, ls) = before(0, near.len());
    // "The shooting at the barber shop on Harvard Road took place on February 8": a verb
    // that says only that something happened takes its event from its subject, however
    // far back in the clause that stands.
    let occurrence = (0..near.len())
        .map(|k| (k, crate::lexicon::events::occurrence_before(&left[k..])))
        .find(|&(_, n)| n > 0)
        .filter(|&(k, _)| ls.is_none_or(|s| s > k));
    if l.is_none()
        && let Some((k, n)) = occurrence
        && let (Some((_, c)), _) = before(k + n, left.len())
    {
        l = Some((k, c));
    }
    // "The incident occurred on Nov. 13": a subject that only stands for an event told
    // before (`en/event_anaphors.tsv`) takes the class of the nearest event word before
    // its sentence.
    if l.is_none()
        && let Some((k, n)) = occurrence
        && is_anaphor_subject(&left[k + n..])
        && let Some(c) = antecedent(ctx, i)
    {
        l = Some((k, (c, false)));
    }
    // Before the date, a step of the law names the event and the harm its charge ("was
    // charged with murder last Thursday", "arrested for the shooting on Monday"); not
    // across a relative pronoun, which opens the harm's own clause ("arrested in the
    // death of a girl who was shot and killed June 4"), and only when the harm is the
    // step's near object: "arrested Kishawn Jackson, 16, of Garfield, in connection
    // with the downtown shooting on July 4" dates the shooting.
    if let Some((k, (c, _))) = l
        && !is_procedure(c)
        && let Some(p) = near[k + 1..]
            .iter()
            .take(PROCEDURE_REACH)
            .map(|w| (class(w), w))
            .take_while(|(c, w)| {
                let lower = w.to_lowercase();
                c.is_some() || !(crate::lexicon::speech::is_speech_verb(&lower) || is_relative_pronoun(&lower))
            })
            .find_map(|(c, _)| c.filter(|&p| is_procedure(p)))
    {
        l = Some((k, (p, false)));
    }
    let (r, rs) = side(&right);
    // A verb that says only that something happened dates its subject: the words after
    // the date belong to another predicate ("which occurred on Aug. 29 and ended with the
    // death of a man" dates the shooting, not the death).
    let told_by_occurrence = occurrence.is_some_and(|(k, _)| l.is_some_and(|(a, _)| a > k));
    let r = r.filter(|_| !told_by_occurrence);
    let event = match (l, r) {
        (Some((a, x)), Some((b, y))) => Some(if a <= b { (a, x) } else { (b, y) }),
        (x, y) => x.or(y),
    };
    let speech = ls.into_iter().chain(rs).min();
    match (event, speech) {
        (Some((k, _)), Some(s)) if s < k => None,
        (e, _) => e.map(|(_, c)| c),
    }
}

/// Sentences before a date's own searched for the event a subject like "the incident"
/// stands for ([`antecedent`]).
const ANTECEDENT_SENTENCES: usize = 2;

/// Whether the words before an occurrence verb, nearest first, up to their sentence's
/// start, are a noun that stands for a told event with function words only ("The
/// incident", "this episode").
fn is_anaphor_subject(ws: &[&str]) -> bool {
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    lower
        .first()
        .is_some_and(|w| crate::lexicon::events::is_event_anaphor(w))
        && lower.len() <= 3
        && lower[1..].iter().all(|w| crate::text::is_stop(w))
}

/// The event a subject like "the incident" in claim `i`'s sentence stands for: the class
/// of the first event word of the sentence before (its main clause: "A gas explosion
/// wrecked the bakery and sent two bakers to hospital" tells an explosion), else of the
/// one before that ([`ANTECEDENT_SENTENCES`]). A step of the law ("was charged with the
/// shooting") is read past: an incident is the harm it follows.
fn antecedent(ctx: &Ctx, i: usize) -> Option<&'static str> {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc].text.get(..c.sentence.start).unwrap_or("");
    let mut rest = text.trim_end();
    for _ in 0..ANTECEDENT_SENTENCES {
        // The previous sentence: back from its own closing mark to the one before it,
        // or to a line break.
        let body = rest.trim_end_matches(['.', '!', '?', '"', '\u{201d}', ' ']);
        let from = body.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let sentence = &body[from..];
        if let Some(class) = crate::text::word_slices(sentence)
            .filter_map(class)
            .find(|&c| !is_procedure(c))
        {
            return Some(class);
        }
        if from == 0 {
            return None;
        }
        rest = body[..from].trim_end();
    }
    None
}

/// How many of the words before a date (nearest first) the search for its predicate
/// reads: [`EVENT_WINDOW_BEFORE`], and beyond them the names, numbers, function words
/// and prepositions of a place or an address, with the one word past them ("were
/// firing shots inside the Boondocks Bar and Grill in the 2300 block of Washington
/// Street East, just after 2 a.m. on May 17"); never across a word that opens a clause
/// ("where", "who"), nor past a verb of another predicate within the first words
/// ("walked out of Avoyelles Parish Jail on Nov. 2" is not dated by a shooting named
/// before it), and at most twice as many words in all.
fn reach(left: &[&str]) -> usize {
    let mut k = left.len().min(EVENT_WINDOW_BEFORE);
    if left[..k].iter().any(|w| is_past_verb(w)) {
        return k;
    }
    while k < left.len().min(2 * EVENT_WINDOW_BEFORE) {
        let w = left[k];
        let lower = w.to_lowercase();
        if is_relative_pronoun(&lower) || matches!(lower.as_str(), "where" | "when" | "while") {
            break;
        }
        k += 1;
        let name_or_number = w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !(name_or_number || crate::text::is_stop(&lower) || crate::lexicon::places::is_locative_prep(&lower)) {
            break;
        }
    }
    k
}

/// Whether a word reads as a verb in the past ("walked", "left"): lowercase, and an
/// irregular past form or a regular one ending in "-ed" (not an exception like "bed").
fn is_past_verb(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && (crate::lexicon::tense::is_irregular_past(w) || crate::lexicon::tense::is_regular_past(w))
}

/// The words of a claim's sentence around it where its predicate is looked for: all
/// before it, nearest first (the search reads as many as [`reach`] says), and
/// [`EVENT_WINDOW`] after it. A speech verb after the first comma that ends its clause
/// is left out: a trailing ", the coastguard said" attributes the whole sentence, and
/// the date before it stays the clause's ("capsized on Sunday, the coastguard said").
fn windows<'a>(ctx: &Ctx<'a>, i: usize) -> (Vec<&'a str>, Vec<&'a str>) {
    let c = &ctx.claims[i];
    let text = &ctx.docs[c.doc].text;
    let (s0, s1) = (c.sentence.start.min(c.span.start), c.sentence.end.max(c.span.end));
    let left = crate::text::word_slices(text.get(s0..c.span.start).unwrap_or(""))
        .rev()
        .collect();
    let after = text.get(c.span.end..s1).unwrap_or("");
    let clause = after.find([',', ';']).unwrap_or(after.len());
    // The tail is the verb closing its clause (", the coastguard said." or "said, after
    // ..."); "On Wednesday, the agency said it had seen ..." dates the statement.
    let tail = |w: &str| {
        let end = w.as_ptr() as usize - after.as_ptr() as usize + w.len();
        let next = after[end..].trim_start();
        next.is_empty() || next.starts_with([',', '.', ';', '”', '"'])
    };
    let right = crate::text::word_slices(after)
        .take(EVENT_WINDOW)
        .filter(|w| {
            let at = w.as_ptr() as usize - after.as_ptr() as usize;
            at < clause || !tail(w) || !crate::lexicon::speech::is_speech_verb(&w.to_lowercase())
        })
        .collect();
    (left, right)
}

/// Outward through one side's words (nearest first): the first that `event` reads (given
/// its distance and the word), with its distance, or else the distance of the first
/// speech verb, whichever comes first.
fn outward<T>(ws: &[&str], event: impl Fn(usize, &str) -> Option<T>) -> (Option<(usize, T)>, Option<usize>) {
    for (k, w) in ws.iter().enumerate() {
        if let Some(e) = event(k, w) {
            return (Some((k, e)), None);
        }
        if crate::lexicon::speech::is_speech_verb(&w.to_lowercase()) && !claims_lives(ws, k) {
            return (None, Some(k));
        }
    }
    (None, None)
}

/// Whether the speech verb at `ws[k]` claims lives ("claimed three lives", "claimed the
/// lives of two"): a form of "claim" with "life" or "lives" within two words of it, on
/// either side (the words run outward from a date, forwards or backwards). That tells a
/// harm, not a statement.
fn claims_lives(ws: &[&str], k: usize) -> bool {
    if !ws[k].to_lowercase().starts_with("claim") {
        return false;
    }
    let near = ws.get(k.saturating_sub(2)..k).into_iter().flatten();
    let after = ws.get(k + 1..(k + 3).min(ws.len())).into_iter().flatten();
    near.chain(after)
        .any(|w| w.eq_ignore_ascii_case("lives") || w.eq_ignore_ascii_case("life"))
}

/// The event class of the first of words read backwards from a date (`ws[0]` nearest),
/// and whether it tells a harm to its end: a death told as the end of a harm ("shot to
/// death", "stabbed to death", "burned to death") is that harm, on the harm's day, and a
/// death on that day too, not a dying that may follow the harm by days.
fn class_before(ws: &[&str]) -> Option<(&'static str, bool)> {
    let c = class(ws.first()?)?;
    if c == "die"
        && let [_, to, harm, ..] = ws
        && to.eq_ignore_ascii_case("to")
        && let Some(h) = class(harm).filter(|&h| h == "incident")
    {
        return Some((h, true));
    }
    Some((c, false))
}

/// Whether a lowercase word is a relative pronoun, which opens a clause of its own.
fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "who" | "whom" | "whose" | "which" | "that")
}

/// Whether a word is of a step of the law that follows a harm ([`is_procedure`]).
pub(crate) fn is_procedure_word(w: &str) -> bool {
    class(w).is_some_and(is_procedure)
}

/// Classes of the steps of the law that follow a harm (arrest, charge, arraignment,
/// trial, verdict, sentence): their clause names the harm as its object.
fn is_procedure(class: &str) -> bool {
    matches!(
        class,
        "arrest" | "charge" | "arraign" | "trial" | "verdict" | "sentence"
    )
}

/// The story's main event class: the one that the most documents date to a day in their
/// leads (outside quotations), when one class leads and at least two documents date it.
pub(crate) fn main_class(ctx: &Ctx) -> Option<&'static str> {
    use std::collections::{BTreeMap, BTreeSet};
    let quoted = ctx.quoted();
    let mut lead_docs: BTreeMap<&'static str, BTreeSet<usize>> = BTreeMap::new();
    for i in ctx.of_kind(Kind::Date) {
        let Value::Date(v) = &ctx.claims[i].value else { continue };
        if quoted[i] || !ctx.in_lead(i) {
            continue;
        }
        if super::date::calendar_range(v).is_none_or(|(a, b)| a != b) {
            continue;
        }
        if let Some(c) = event_class(ctx, i) {
            lead_docs.entry(c).or_default().insert(ctx.claims[i].doc);
        }
    }
    let most = lead_docs.values().map(BTreeSet::len).max().unwrap_or(0);
    let mut tops = lead_docs.iter().filter(|(_, d)| d.len() == most).map(|(c, _)| *c);
    let first = tops.next()?;
    (most >= 2 && tops.next().is_none()).then_some(first)
}

/// Whether the sentence of claim `i` holds a word of event class `class`.
pub(crate) fn sentence_reports(ctx: &Ctx, i: usize, class: &str) -> bool {
    sentence_classes(ctx, i).any(|c| c == class)
}

/// Whether the sentence of claim `i` holds a word of any event class.
pub(crate) fn sentence_reports_any(ctx: &Ctx, i: usize) -> bool {
    sentence_classes(ctx, i).next().is_some()
}

fn sentence_classes<'a>(ctx: &Ctx<'a>, i: usize) -> impl Iterator<Item = &'static str> + 'a {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc].text.get(c.sentence.start..c.sentence.end).unwrap_or("");
    crate::text::word_slices(text).filter_map(class)
}

/// The class whose words the most documents of the story use in their leads (at least
/// two documents, one class ahead), dated or not: what the story reports when no class
/// is dated in the leads.
pub(crate) fn lead_class(ctx: &Ctx) -> Option<&'static str> {
    use std::collections::{BTreeMap, BTreeSet};
    let docs: BTreeSet<usize> = ctx.scope.iter().map(|&i| ctx.claims[i].doc).collect();
    let mut count: BTreeMap<&'static str, usize> = BTreeMap::new();
    for d in docs {
        let doc = &ctx.docs[d];
        let lead = doc.text.get(doc.body_start..ctx.lead_end(d)).unwrap_or("");
        let classes: BTreeSet<&'static str> = crate::text::word_slices(lead).filter_map(class).collect();
        for c in classes {
            *count.entry(c).or_default() += 1;
        }
    }
    let most = count.values().copied().max().unwrap_or(0);
    let mut tops = count.iter().filter(|&(_, &n)| n == most).map(|(c, _)| *c);
    let first = tops.next()?;
    (most >= 2 && tops.next().is_none()).then_some(first)
}

/// The story's main event: the class most leads use ([`lead_class`]), else the class the
/// most leads date ([`main_class`]). A lead may date background ("the incursion launched
/// on August 6") where every lead reports the event ("troops deployed", "were spotted").
pub(crate) fn main_event(ctx: &Ctx) -> Option<&'static str> {
    lead_class(ctx).or_else(|| main_class(ctx))
}

/// The share of a story's documents (and at least two) whose title or lead must use a
/// word for it to name the story's lead event.
const LEAD_TERM_SHARE: f64 = 0.4;

/// The words (by stem) that the titles and leads of a story's documents share: what the
/// story reports, in its own words ("checked", "rehab"; "sentenced", "life"), whether or
/// not the event-class lexicon knows them. Stop words, dating words, speech verbs and
/// numbers are left out. Empty for a story of one document.
pub(crate) fn lead_terms(ctx: &Ctx) -> rustc_hash::FxHashSet<String> {
    use std::collections::BTreeSet;
    let docs: BTreeSet<usize> = ctx.scope.iter().map(|&i| ctx.claims[i].doc).collect();
    let mut count: rustc_hash::FxHashMap<String, usize> = Default::default();
    for &d in &docs {
        let doc = &ctx.docs[d];
        let lead = doc.text.get(doc.body_start..ctx.lead_end(d)).unwrap_or("");
        let title = doc.meta.title.as_deref().unwrap_or("");
        let terms: BTreeSet<String> = crate::text::word_slices(title)
            .chain(crate::text::word_slices(lead))
            .filter_map(term)
            .collect();
        for t in terms {
            *count.entry(t).or_default() += 1;
        }
    }
    let need = (LEAD_TERM_SHARE * docs.len() as f64).max(2.0);
    count
        .into_iter()
        .filter(|&(_, n)| n as f64 >= need)
        .map(|(t, _)| t)
        .collect()
}

/// The event class of a word ([`crate::lexicon::events::class`]), kept per thread: a
/// story's sentences and leads are read for classes again and again.
fn class(w: &str) -> Option<&'static str> {
    crate::text::memo(&CLASSES, w, crate::lexicon::events::class)
}

thread_local! {
    static CLASSES: crate::text::Memo<Option<&'static str>> = Default::default();
}

/// The stem a word counts by among a story's lead terms: a story term
/// ([`super::story::term`]) that is not a speech verb.
fn term(w: &str) -> Option<String> {
    if crate::lexicon::speech::is_speech_verb(&crate::text::lower_word(w)) {
        return None;
    }
    super::story::term(w)
}

/// Whether a claim's clause reports the story's lead event: a lead term
/// ([`lead_terms`]) stands near it in its sentence, nearer than any speech verb ("was
/// sentenced Saturday", not "said Saturday that he had been sentenced").
pub(crate) fn reports_lead_event(ctx: &Ctx, i: usize, terms: &rustc_hash::FxHashSet<String>) -> bool {
    if terms.is_empty() {
        return false;
    }
    let (left, right) = windows(ctx, i);
    let lead = |_: usize, w: &str| term(w).filter(|t| terms.contains(t));
    let (l, ls) = outward(&left[..reach(&left)], lead);
    let (r, rs) = outward(&right, lead);
    let near_term = l.into_iter().chain(r).map(|(k, _)| k).min().unwrap_or(usize::MAX);
    let near_speech = ls.into_iter().chain(rs).min().unwrap_or(usize::MAX);
    near_term < near_speech
}

/// Whether a claim's sentence holds a word that tells of another event of its class than
/// the one the document reports ("another shooting", "the second fire") or relates two
/// times ("since"): [`crate::lexicon::events::is_other_event_word`].
pub(crate) fn tells_other_event(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc].text.get(c.sentence.start..c.sentence.end).unwrap_or("");
    crate::text::word_slices(text).any(|w| crate::lexicon::events::is_other_event_word(&w.to_lowercase()))
}

/// Whether a date stands right after an indefinite article ("began with a July 15
/// shooting"), which brings in an event not told before.
pub(crate) fn after_indefinite(ctx: &Ctx, i: usize) -> bool {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc]
        .text
        .get(c.sentence.start.min(c.span.start)..c.span.start)
        .unwrap_or("");
    crate::text::word_slices(text)
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}
