//! The subject of a speech verb read backwards from it: the noun phrase before the
//! verb, past auxiliaries, adverbs, a time ("Ruiz on Tuesday said") and an aside set
//! off by commas, stopping at clause words.

use super::speaker::is_role_noun;
use super::subject::{is_lead_word, is_verbish};
use crate::extract::names::{dot_is_not_an_end, is_cap, is_month_or_day, is_org_word, is_person_name, is_title};
use crate::lexicon::speech;

/// The noun phrase that ends right before byte `verb_at` of `s` (the speech verb's
/// subject): up to eight words back, stopping at punctuation and clause words.
pub(super) fn np_before_verb(s: &str, verb_at: usize) -> Option<String> {
    // "Mayor Ana Ruiz, at a later briefing, said": the subject stands before a short
    // aside set off by commas.
    let mut head = s[..verb_at].trim_end();
    // "Ruiz, who ran the port, once said": an adverb between the aside and the verb.
    if let Some((h, w)) = head.rsplit_once(' ')
        && matches!(
            w,
            "once" | "also" | "later" | "then" | "famously" | "previously" | "recently"
        )
        && h.ends_with(',')
    {
        head = h;
    }
    if let Some(inner) = head.strip_suffix(',')
        && let Some(open) = inner.rfind(',')
        && inner[open + 1..].split_whitespace().count() <= 8
        && !inner[open + 1..].contains(['“', '”', '"'])
    {
        if let Some(np) = np_words_before(s, open)
            && np.split_whitespace().next().is_some_and(is_cap)
        {
            return Some(np);
        }
        // "After the vote, Gov. Ana Ruiz (D-Ore.), said": the subject itself set off
        // by commas after an opening phrase.
        let chunk = inner[open + 1..].trim();
        let ws: Vec<&str> = chunk.split_whitespace().collect();
        if (2..=6).contains(&ws.len())
            && is_cap(ws[0])
            && ws.iter().all(|w| is_cap(w) || w.starts_with('('))
            && !is_lead_word(ws[0])
        {
            return Some(chunk.to_string());
        }
    }
    np_words_before(s, verb_at)
}

/// Auxiliaries and adverbs that stand between a subject and its verb ("Ruiz has also
/// said").
pub(super) fn between_subject_and_verb(lw: &str) -> bool {
    matches!(
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
    )
}

/// Whether `toks[k]` (words read backwards from a speech verb) belongs to a time
/// standing between the subject and the verb: a weekday ("Ruiz Tuesday said"), a part
/// of the day after one ("Tuesday night"), a month or its day after "in" or "on" ("in
/// May", "on May 3"), and the preposition that opens such a time ("on Tuesday").
fn time_between(toks: &[&str], k: usize) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let weekday = |w: &str| is_cap(w) && crate::lexicon::calendar::is_weekday_name(&bare(w).to_lowercase());
    let month_after_prep = |i: usize| {
        toks.get(i).is_some_and(|w| is_month_or_day(&bare(w)))
            && toks
                .get(i + 1)
                .is_some_and(|p| matches!(*p, "in" | "on" | "early" | "late" | "mid"))
    };
    let timed = |i: usize| toks.get(i).is_some_and(|w| weekday(w)) || month_after_prep(i);
    let w = toks[k];
    let lw = bare(w).to_lowercase();
    match lw.as_str() {
        part if crate::lexicon::time::is_day_part(part) => {
            !is_cap(w)
                && (timed(k + 1)
                    || toks
                        .get(k + 1)
                        .is_some_and(|p| matches!(*p, "last" | "this" | "late" | "early")))
        }
        "on" | "in" | "late" | "early" | "last" | "this" => {
            k > 0 && (timed(k - 1) || (k > 1 && timed(k - 2) && toks[k - 1].chars().all(|c| c.is_ascii_digit())))
        }
        _ if w.chars().all(|c| c.is_ascii_digit()) => w.len() <= 2 && month_after_prep(k + 1),
        _ => weekday(w) || month_after_prep(k),
    }
}

/// Words that end a subject read backwards from its verb: conjunctions, relatives and
/// prepositions ("but Ruiz said", "who Ruiz said").
fn ends_subject(lw: &str) -> bool {
    matches!(
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
            | "of"
            | "what"
    )
}

fn np_words_before(s: &str, verb_at: usize) -> Option<String> {
    let head = s[..verb_at].trim_end();
    let mut words: Vec<&str> = Vec::new();
    let toks: Vec<&str> = head.rsplit(char::is_whitespace).filter(|w| !w.is_empty()).collect();
    for (k, &w) in toks.iter().enumerate() {
        let lw = w.to_lowercase();
        let lw = lw.trim_matches(|c: char| !c.is_alphanumeric());
        // "Ruiz on Tuesday told", "Ruiz later Tuesday night said": a time between
        // subject and verb.
        if words.is_empty() && !w.ends_with([',', ';', ':']) && time_between(&toks, k) {
            continue;
        }
        // Auxiliaries and adverbs between subject and verb.
        if words.is_empty()
            && (between_subject_and_verb(lw)
                || (lw.ends_with("ly") && lw.len() > 4 && w.chars().next().is_some_and(char::is_lowercase)))
        {
            continue;
        }
        if w.ends_with([',', ';', ':', '!', '?', '—', '–']) || (w.ends_with('.') && !dot_is_not_an_end(w)) {
            break;
        }
        // "Bishop Ana Lind of the Harbour Guild told": the person before "of the", not
        // the body they belong to.
        if lw == "of"
            && words.last().is_some_and(|l| *l == "the")
            && let (Some(p1), Some(p2)) = (toks.get(k + 1), toks.get(k + 2))
            && is_cap(p1)
            && is_cap(p2)
            && !is_title(p1)
            && !is_org_word(p1)
            && is_person_name(&format!("{p2} {p1}"))
        {
            words.clear();
            continue;
        }
        if ends_subject(lw) || speech::ends_name(lw) {
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
            // "A source speaking to Fox News said", "an aide close to Ruiz said": the
            // name is the object of a phrase modifying the subject, not the subject.
            // ("Representatives of the Bar said", "a letter from Ruiz states",
            // "a statement by Ruiz said": the name is the source.)
            if matches!(lw, "to" | "with" | "for" | "at" | "in" | "on" | "about")
                && !words.is_empty()
                // One phrase: no determiner inside it ("the only Amendment the
                // Founding Fathers wrote" is two).
                && !words[..words.len() - 1]
                    .iter()
                    .any(|w| ["the", "a", "an"].iter().any(|d| w.eq_ignore_ascii_case(d)))
                && toks
                    .get(k + 1)
                    .is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase) && !p.ends_with(','))
            {
                return None;
            }
            break;
        }
        if w.chars().next().is_some_and(char::is_lowercase) && is_verbish(lw) && lw != "press" {
            break;
        }
        words.push(w);
        // "(Ana Ruiz, who ...": an opening parenthesis starts the phrase.
        if w.starts_with('(') && !w.ends_with(')') {
            break;
        }
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
    // "(Ana Ruiz, who ...": an opening parenthesis is not part of the name.
    let np = np.trim_start_matches('(');
    // Drop leading lowercase filler before a name ("reporters Putin" never happens;
    // "but Putin" is cut above).
    (!np.is_empty()).then(|| np.to_string())
}
