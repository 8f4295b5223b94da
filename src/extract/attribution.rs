//! Attribution: who asserts a claim ("according to X", "X said", "X's intelligence").
//!
//! The source is looked for in the claim's sentence first (a reporting verb before the
//! claim, "according to X", then a reporting verb after it), then in the earlier
//! sentences of its paragraph, since reported speech runs on ("Police said ... The
//! victim later died"). Names are normalized so that sources compare: determiners and
//! time words go, demonyms become countries for institutions ("Ukrainian intelligence"
//! -> "Ukraine's intelligence"), an agency defined with an acronym in the document is
//! named by it ("Ukraine's Defense Intelligence Agency (GUR)" and "GUR" -> "Ukraine's
//! GUR"), and a bare surname takes the fullest form of the name in the document.
//! Every look-up reads a bounded window around the claim, so the cost per claim is
//! constant; per-document tables are built once and kept with the extractors' [`Input`].

use std::sync::LazyLock;

use regex::Regex;

use super::Input;
use super::names::{clean, normalize, starts_upper};
use crate::lexicon::speech;
use crate::model::Span;

/// How far around a claim (in bytes) its sentence is read.
const WINDOW: usize = 400;

/// The source asserting whatever is at `span`, from its sentence and paragraph, or
/// `None` when the outlet states it itself.
pub fn attribution(input: &Input, span: Span) -> Option<String> {
    let (doc, seg) = (input.doc, input.seg);
    let text = doc.text.as_str();
    if span.start > text.len() {
        return None;
    }
    let si = seg.sentence_at(span.start)?;
    let sent = seg.sentences[si];
    if let Some(raw) = in_sentence(text, sent, span) {
        return resolve(input, si, &raw);
    }
    // Reported speech carried from earlier sentences of the paragraph, when the
    // sentence reads as reported speech.
    if !REPORTED.is_match(text.get(sent.start..ceil_char_boundary(text, (sent.start + WINDOW).min(sent.end)))?) {
        return None;
    }
    let para = seg.paragraph_at(span.start).map(|p| seg.paragraphs[p])?;
    for k in (si.saturating_sub(3)..si).rev() {
        let s = seg.sentences[k];
        if s.start < para.start {
            break;
        }
        if let Some(raw) = in_sentence(text, s, Span::new(s.end, s.end)) {
            return resolve(input, k, &raw);
        }
    }
    None
}

fn resolve(input: &Input, si: usize, raw: &str) -> Option<String> {
    let (doc, seg) = (input.doc, input.seg);
    let name = clean(last_sentence(raw))?;
    // "turning the gun", "shooting": a clause, not a source.
    if name
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ing") && !starts_upper(w))
    {
        return None;
    }
    // "Even he", "then she": the pronoun decides.
    let name = match name.rsplit(' ').next() {
        Some(last) if is_pronoun(last) => last.to_string(),
        _ => name,
    };
    if is_pronoun(&name) {
        // "he said": the source of the nearest earlier attributed sentence.
        let text = doc.text.as_str();
        for k in (si.saturating_sub(4)..si).rev() {
            let s = seg.sentences[k];
            if let Some(r) = in_sentence(text, s, Span::new(s.end, s.end)).and_then(|r| clean(last_sentence(&r)))
                && !is_pronoun(&r)
            {
                return Some(last_sentence(&normalize(input, &r)).to_string());
            }
        }
        return None;
    }
    Some(last_sentence(&normalize(input, &name)).to_string())
}

/// The part of a source phrase after the last line break or sentence end inside it
/// ("Jim Talent.\n\nBut Mr. Akin" is "Mr. Akin"), without a conjunction that opens it
/// ("But", "While", "If"). A dot after an initial or a title ("Benjamin J. Rhodes",
/// "Sen. Ruiz") ends no sentence.
fn last_sentence(raw: &str) -> &str {
    let mut s = raw.rsplit('\n').next().unwrap_or(raw);
    let mut from = s.len();
    while let Some(i) = s[..from].rfind(". ") {
        if crate::extract::names::dot_ends_sentence(s[..i].rsplit(' ').next().unwrap_or("")) {
            s = &s[i + 2..];
            break;
        }
        from = i;
    }
    let s = s.trim_start();
    match s.split_once(' ') {
        Some(("But" | "And" | "So" | "Yet" | "While" | "If" | "Although" | "When", rest)) => rest,
        _ => s,
    }
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "this" | "that"
    )
}

/// Signs that a sentence continues someone's reported speech.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:he|she|it|they)(?-u:\b)|the\s+(?:\w+\s+)?(?:agency|ministry|official|officials|spokesman|spokeswoman|spokesperson|statement|report|department|service|office|police|authorities)(?-u:\b))|(?-u:\b)(?:reportedly|allegedly|would|also\s+said)(?-u:\b)")
        .expect("static regex")
});

static VERB: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = speech::alternation(&speech::reporting_verbs());
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{verbs}|according\s+to)(?-u:\b)")).expect("static regex")
});

/// Reporting verbs that are also nouns ("these reports", "the claims") count only
/// before "that", a comma or a quotation mark.
fn ambiguous(v: &str) -> bool {
    matches!(
        v,
        "reports" | "claims" | "claim" | "states" | "notes" | "estimates" | "reported" | "estimated" | "say"
    )
}

/// The raw source phrase for `span` inside sentence `sent`.
fn in_sentence(text: &str, sent: Span, span: Span) -> Option<String> {
    let ws = text.floor_char_boundary(sent.start.max(span.start.saturating_sub(WINDOW)));
    let we = ceil_char_boundary(text, sent.end.min(span.end + WINDOW).max(ws));
    let s = text.get(ws..we)?;
    let pos = span.start.saturating_sub(ws).min(s.len());
    let pend = span.end.saturating_sub(ws).min(s.len());
    // Only the nearest usable verb on each side matters: walk outwards from the claim
    // so that a long sentence costs each claim only a few subject look-ups.
    let verbs: Vec<regex::Match> = VERB
        .find_iter(s)
        .filter(|m| !(m.start() < pend && m.end() > pos))
        .collect();
    let split = verbs.partition_point(|m| m.end() <= pos);
    let source = |m: &regex::Match| -> Option<String> {
        let v = m.as_str().to_lowercase();
        if v.starts_with("according") {
            return None;
        }
        // A capital inside a sentence makes a name, not a verb ("the United States.").
        if m.as_str().starts_with(char::is_uppercase) && !s[..m.start()].trim().is_empty() {
            return None;
        }
        // "it was reported", "were added", "was confirmed": a passive verb's subject is
        // what is reported, not who reports it.
        if last_word(&s[..m.start()]).is_some_and(|w| is_be(&w)) {
            return None;
        }
        let prev_word = last_word(&s[..m.start()]);
        if matches!(
            prev_word.as_deref(),
            Some(
                "the"
                    | "a"
                    | "an"
                    | "these"
                    | "this"
                    | "those"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "such"
                    | "to"
                    | "would"
                    | "could"
                    | "will"
                    | "unconfirmed"
                    | "media"
            )
        ) {
            return None;
        }
        // "claimed three lives", "claimed the life of": a harm told, not a statement.
        if v.starts_with("claim")
            && s[m.end()..].split_whitespace().take(3).any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str(),
                    "life" | "lives"
                )
            })
        {
            return None;
        }
        if ambiguous(&v) {
            let rest = s[m.end()..].trim_start();
            let ok = rest.starts_with("that")
                || rest.starts_with(',')
                || rest.starts_with(['“', '"'])
                || rest.starts_with('.')
                || rest.is_empty();
            if !ok {
                return None;
            }
        }
        // The subject after the verb only where English inverts ("..., said Lt. Smith",
        // "” said Smith"): in "warned Obama not to" the name is the object.
        let inverted = s[..m.start()].trim_end().is_empty() || s[..m.start()].trim_end().ends_with([',', '”', '"']);
        subject_before(&s[..m.start()]).or_else(|| inverted.then(|| subject_after(&s[m.end()..])).flatten())
    };
    verbs[..split]
        .iter()
        .rev()
        .find_map(source)
        .or_else(|| {
            verbs
                .iter()
                .filter(|m| m.as_str().to_lowercase().starts_with("according"))
                .find_map(|m| np_after(&s[m.end()..]))
        })
        .or_else(|| verbs[split..].iter().find_map(source))
}

/// A form of "be": before a reporting verb it makes the verb passive.
fn is_be(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being")
}

fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn last_word(s: &str) -> Option<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Words that end a subject when walking back from a verb.
fn clause_word(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "and"
            | "but"
            | "while"
            | "when"
            | "as"
            | "after"
            | "before"
            | "because"
            | "if"
            | "since"
            | "though"
            | "although"
            | "where"
            | "so"
            | "than"
            | "or"
    )
}

/// Words dropped from the end of a subject: "Ukraine has earlier", "Putin on Thursday".
fn trailing_noise(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "has"
            | "have"
            | "had"
            | "also"
            | "previously"
            | "earlier"
            | "again"
            | "later"
            | "officially"
            | "publicly"
            | "reportedly"
            | "recently"
            | "today"
            | "yesterday"
            | "tonight"
            | "on"
            | "further"
            | "then"
            | "now"
            | "already"
            | "repeatedly"
            | "first"
            | "once"
            | "would"
            | "could"
            | "will"
            | "did"
            | "does"
            | "not"
            | "week"
            | "this"
            | "last"
            | "in"
            | "a"
            | "statement"
            | "separately"
            | "initially"
            | "originally"
            | "subsequently"
            | "himself"
            | "herself"
            | "itself"
            | "only"
    ) || crate::lexicon::calendar::is_weekday_name(&w.to_lowercase())
}

/// The noun phrase before a reporting verb, back to a clause boundary.
fn subject_before(s: &str) -> Option<String> {
    // A line break ends whatever came before it.
    let s = &s[s.rfind('\n').map_or(0, |i| i + 1)..];
    // "Santorum, who leads the polls, said": the subject stands before the clause the
    // commas set off; "the mayor, Dawn Zimmer, said": the apposition names her.
    if let Some(inner) = s.trim_end().strip_suffix(',')
        && let Some(open) = inner.rfind(',')
    {
        let between: Vec<&str> = inner[open + 1..].split_whitespace().collect();
        let relative = between
            .first()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "who" | "which" | "whose"));
        if relative {
            return subject_before(&inner[..open]);
        }
        // A name, perhaps with its office and where it is from ("Representative Adam
        // Schiff of California").
        let namelike = |w: &&str| starts_upper(w) || matches!(*w, "of" | "the" | "for" | "de");
        if between.len() >= 2 && starts_upper(between[0]) && between.iter().all(namelike) {
            return pick_subject(&between);
        }
    }
    // Cut at the last boundary character.
    let cut = s
        .rfind([',', ';', ':', '“', '”', '"', '(', ')', '—', '–', '.', '!', '?'])
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    // Keep "U.S." and "Mr." inside names: a '.' after a capital letter or a title is no
    // boundary ("Supporters of Mr. McCarthy said").
    let cut = if cut > 0 && s[..cut].ends_with('.') && abbreviation_dot(&s[..cut - 1]) {
        // Walk back past the abbreviation and try again from there.
        return subject_before_abbrev(s);
    } else {
        cut
    };
    let words: Vec<&str> = s[cut..].split_whitespace().collect();
    pick_subject(&words)
}

/// Whether a '.' right after `before` belongs to an abbreviation: after a capital
/// letter ("U.S.", "J.") or a title ("Mr.", "Gov.").
fn abbreviation_dot(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    before.chars().last().is_some_and(char::is_uppercase)
        || (word.starts_with(char::is_uppercase) && crate::extract::names::is_title(word))
}

fn subject_before_abbrev(s: &str) -> Option<String> {
    // Boundaries that are not abbreviation dots.
    let mut cut = 0;
    for (i, c) in s.char_indices() {
        let boundary = match c {
            ',' | ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' | '–' | '!' | '?' => true,
            '.' => !abbreviation_dot(&s[..i]),
            _ => false,
        };
        if boundary {
            cut = i + c.len_utf8();
        }
    }
    let words: Vec<&str> = s[cut..].split_whitespace().collect();
    pick_subject(&words)
}

fn pick_subject(words: &[&str]) -> Option<String> {
    let mut end = words.len();
    let bare = |k: usize| words[k].trim_matches(|c: char| !c.is_alphanumeric());
    // "Patrick has consistently said": an adverb after an auxiliary goes with the verb.
    let adverb = |k: usize| {
        let w = bare(k);
        k >= 1
            && w.len() > 4
            && w.ends_with("ly")
            && w.chars().all(|c| c.is_lowercase())
            && matches!(bare(k - 1), "has" | "have" | "had")
    };
    while end > 0 && (trailing_noise(bare(end - 1)) || adverb(end - 1)) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let w = words[start - 1].trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '\'' && c != '’');
        if clause_word(&w.to_lowercase())
            && !(w == "and"
                && start >= 2
                && starts_upper(words[start - 2])
                && end > start
                && starts_upper(words[start]))
        {
            break;
        }
        if end - start >= 10 {
            break;
        }
        start -= 1;
    }
    // "lawmakers who were briefed on the plan said": the relative clause describes the
    // source; its head noun names it.
    if start >= 2
        && start < end
        && matches!(words[start - 1].to_lowercase().as_str(), "who" | "that")
        && words
            .get(start)
            .is_some_and(|w| is_be(&w.to_lowercase()) || matches!(w.to_lowercase().as_str(), "has" | "have" | "had"))
    {
        return pick_subject(&words[..start - 1]);
    }
    let phrase = words[start..end].join(" ");
    let phrase = phrase
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')')
        .to_string();
    if phrase.is_empty() || !phrase.chars().any(char::is_alphabetic) {
        return None;
    }
    // A subject is a noun phrase: not a clause that happens to precede the verb.
    if words[start..end].len() > 8 {
        return None;
    }
    Some(phrase)
}

/// "..., said Lt. John Smith." The subject after an inverted reporting verb.
fn subject_after(s: &str) -> Option<String> {
    let s = s.trim_start();
    let end = s
        .find([',', ';', ':', '“', '”', '"', '(', '!', '?', '\n'])
        .unwrap_or(s.len());
    let mut chunk = &s[..end];
    // A sentence may end inside the chunk; the dot of a title ("Rep.", "Mr.") does not end it.
    let mut from = 0;
    while let Some(i) = chunk[from..].find(". ").map(|i| from + i) {
        let word = chunk[..i].rsplit(' ').next().unwrap_or("");
        if word.starts_with(char::is_uppercase) && crate::extract::names::is_title(word) {
            from = i + 2;
            continue;
        }
        chunk = &chunk[..i];
        break;
    }
    let words: Vec<&str> = chunk.split_whitespace().take(8).collect();
    let first = words.first()?;
    // "said Wednesday the event": a day is when, not who.
    if crate::lexicon::time::is_dating_word(&first.to_lowercase()) {
        return None;
    }
    // Only names, titled people and common sources: "said Lt. Smith", "said police".
    if !(starts_upper(first) || crate::lexicon::roles::source_after_verb(&first.to_lowercase())) {
        return None;
    }
    let mut n = 0;
    for w in &words {
        let lw = w.to_lowercase();
        // "said Mr. Flynn had declined": the name begins the clause said, not a source.
        if is_be(&lw)
            || matches!(
                lw.as_str(),
                "has" | "have" | "had" | "would" | "will" | "could" | "should"
            )
        {
            return None;
        }
        if clause_word(&lw)
            || matches!(lw.as_str(), "on" | "in" | "at" | "to" | "reporters" | "the")
            || speech::ends_name(&lw)
        {
            break;
        }
        n += 1;
    }
    // "Rep. Dana Ortiz of the committee": the name, without the word that led on.
    while n > 0
        && matches!(
            words[n - 1].to_lowercase().as_str(),
            "of" | "for" | "from" | "with" | "and"
        )
    {
        n -= 1;
    }
    let phrase = words[..n].join(" ");
    let mut phrase = phrase
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .to_string();
    // A sentence-final period is not part of the name ("Sheriff Ann Lee."), an initial's is.
    if phrase.ends_with('.')
        && phrase
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 2)
    {
        phrase.pop();
    }
    (!phrase.is_empty()).then_some(phrase)
}

/// The source after "according to", without "a report from" and the like.
fn np_after(s: &str) -> Option<String> {
    let s = s.trim_start();
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | '!' | '?') {
            end = i;
            break;
        }
        if c == '.' {
            let prev_upper = s[..i].chars().last().is_some_and(char::is_uppercase);
            if !prev_upper {
                end = i;
                break;
            }
        }
    }
    let mut phrase = s[..end].trim();
    for lead in [
        "a report from ",
        "a report by ",
        "reports from ",
        "reports by ",
        "reports in ",
        "a statement from ",
        "a statement by ",
        "statements by ",
        "data from ",
        "figures from ",
        "estimates from ",
        "estimates by ",
        "a spokesman for ",
        "a spokeswoman for ",
        "a spokesperson for ",
    ] {
        if phrase.len() >= lead.len()
            && phrase.is_char_boundary(lead.len())
            && phrase[..lead.len()].eq_ignore_ascii_case(lead)
        {
            phrase = &phrase[lead.len()..];
        }
    }
    let words: Vec<&str> = phrase.split_whitespace().take(10).collect();
    let mut n = words.len();
    for (k, w) in words.iter().enumerate() {
        if k > 0 && (clause_word(&w.to_lowercase()) && *w != "and") {
            n = k;
            break;
        }
    }
    let out = words[..n].join(" ");
    (!out.is_empty() && out.chars().any(char::is_alphabetic)).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::segment;

    fn attr(text: &str, needle: &str) -> Option<String> {
        let d = Document::new("t", "t", text);
        let seg = segment(&d.text, 0);
        let i = text.find(needle).expect("needle");
        attribution(&Input::new(0, &d, &seg), Span::new(i, i + needle.len()))
    }

    #[test]
    fn reporting_verbs_and_according_to() {
        assert_eq!(
            attr(
                "Ukraine claims that approximately 12,000 troops have been deployed.",
                "12,000"
            )
            .as_deref(),
            Some("Ukraine")
        );
        assert_eq!(
            attr("U.S. National Security Council spokesman John Kirby told reporters that at least 3,000 soldiers arrived.", "3,000").as_deref(),
            Some("U.S. National Security Council spokesman John Kirby")
        );
        assert_eq!(
            attr(
                "According to Ukrainian intelligence, 12,000 soldiers were sent.",
                "12,000"
            )
            .as_deref(),
            Some("Ukraine's intelligence")
        );
        assert_eq!(
            attr("Three people were killed, police said.", "Three").as_deref(),
            Some("police")
        );
        assert_eq!(
            attr("Two died, said Sheriff Ann Lee.", "Two").as_deref(),
            Some("Sheriff Ann Lee")
        );
        assert_eq!(attr("The storm destroyed 300 homes.", "300"), None);
        assert_eq!(
            attr("On Wednesday, the U.S. said it had seen 3,000 troops.", "3,000").as_deref(),
            Some("United States")
        );
    }

    #[test]
    fn agencies_by_acronym_and_country() {
        let text = "Ukraine's Main Directorate of Intelligence (HUR) said the units arrived. HUR estimated that the number is now around 12,000.\nSouth Korea’s National Intelligence Service said the North had shipped 3,000 troops.";
        assert_eq!(attr(text, "12,000").as_deref(), Some("Ukraine's HUR"));
        assert_eq!(
            attr(text, "3,000").as_deref(),
            Some("South Korea's National Intelligence Service")
        );
        assert_eq!(
            attr("Ukraine’s GUR military intelligence said 12,000 came.", "12,000").as_deref(),
            Some("Ukraine's GUR")
        );
        assert_eq!(
            attr("The Defense Intelligence of Ukraine announced that 200 arrived.", "200").as_deref(),
            Some("Ukraine's intelligence")
        );
    }

    #[test]
    fn carried_across_a_paragraph_and_pronouns() {
        let text = "Russian President Vladimir Putin spoke on Friday. Putin said the plan was fine. He said 40 people came.\nThe vote was held. Officials said turnout rose. They reportedly counted 9,000 ballots. Shares fell 3%.";
        assert_eq!(attr(text, "40").as_deref(), Some("Russian President Vladimir Putin"));
        assert_eq!(attr(text, "9,000").as_deref(), Some("officials"));
        assert_eq!(attr(text, "3%"), None);
    }

    /// What stands before a reporting verb is its source only when it can be: not the
    /// subject of a passive ("it was reported"), not a name the verb's object
    /// ("warned Ms. Ortega not to"), not a day ("said Friday the dam"), not a noun the
    /// list holds as a verb ("the United States"); a relative clause or an apposition
    /// between commas is stepped over to the source it describes.
    #[test]
    fn only_a_source_is_a_source() {
        assert_eq!(attr("It was reported that the dam held 40 million litres.", "40"), None);
        assert_eq!(attr("The fund owes 300 families, it was reported.", "300"), None);
        assert_eq!(
            attr(
                "The board met for 3 hours with ministers who have warned Ms. Ortega not to resign.",
                "3 hours"
            ),
            None
        );
        assert_eq!(
            attr("About 8 percent of it came from inside the United States.", "8 percent"),
            None
        );
        assert_eq!(
            attr(
                "The water board, which runs the Kessel dam, said Friday the dam held 40 million litres.",
                "40"
            )
            .as_deref(),
            Some("water board")
        );
        assert_eq!(
            attr("The harbour master, Tomas Reyes, said 12 boats sank.", "12").as_deref(),
            Some("Tomas Reyes")
        );
        assert_eq!(
            attr(
                "Engineers who were briefed on the survey said 14 pylons had cracked.",
                "14"
            )
            .as_deref(),
            Some("Engineers")
        );
        assert_eq!(
            attr(
                "“The tide rose 2 metres in an hour,” said Rep. Dana Ortiz of the coast committee.",
                "2 metres"
            )
            .as_deref(),
            Some("Rep. Dana Ortiz")
        );
        assert_eq!(
            attr("Reyes has consistently said that 12 boats sank.", "12").as_deref(),
            Some("Reyes")
        );
        assert_eq!(
            attr(
                "The chair, Senator Ana Ruiz of Oregon, said Mr. Reyes had lost 12 boats.",
                "12"
            )
            .as_deref(),
            Some("Senator Ana Ruiz of Oregon")
        );
        assert_eq!(attr("In 2019, said Mr. Reyes had lost 12 boats.", "12"), None);
        assert_eq!(
            attr(
                "Supporters of Mr. Reyes, who met at the quay, said 12 boats had sunk.",
                "12"
            )
            .as_deref(),
            Some("Supporters of Mr. Reyes")
        );
        // An honorific and a surname are the person the document names in full.
        assert_eq!(
            attr(
                "Harbour master Tomas Reyes spoke first. Mr. Reyes said 12 boats had sunk.",
                "12"
            )
            .as_deref(),
            Some("Tomas Reyes")
        );
    }

    /// A source phrase never runs across a sentence or a paragraph, nor starts with the
    /// conjunction that opens its clause; initials and titles keep their dots.
    #[test]
    fn a_source_is_read_within_its_sentence() {
        assert_eq!(last_sentence("Jim Talent.\n\nBut Mr. Akin"), "Mr. Akin");
        assert_eq!(last_sentence("in January. But Mr. Page"), "Mr. Page");
        assert_eq!(last_sentence("Benjamin J. Rhodes"), "Benjamin J. Rhodes");
        assert_eq!(last_sentence("Sen. Ana Ruiz"), "Sen. Ana Ruiz");
        assert_eq!(last_sentence("While Sen. Ana Ruiz"), "Sen. Ana Ruiz");
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_sources() {
        assert_eq!(
            attr("Putin has not denied these reports of 3,000 troops.", "3,000"),
            None
        );
        assert_eq!(
            attr("The café’s 🎉 owners said 5,000 people came.", "5,000").as_deref(),
            Some("café's 🎉 owners")
        );
    }
}
