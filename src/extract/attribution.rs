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
    let name = clean(raw)?;
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
            if let Some(r) = in_sentence(text, s, Span::new(s.end, s.end)).and_then(|r| clean(&r))
                && !is_pronoun(&r)
            {
                return Some(normalize(input, &r));
            }
        }
        return None;
    }
    Some(normalize(input, &name))
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
    Regex::new(
        r"(?i)(?-u:\b)(?:said|says|say|told|tells|stated|states|estimated|estimates|claimed|claims|claim|reported|reports|announced|announces|indicated|indicates|noted|notes|added|adds|warned|warns|confirmed|confirms|alleged|alleges|believes|believe|wrote|writes|testified|insisted|insists|acknowledged|acknowledges|revealed|reveals|disclosed|assessed|assesses|according\s+to)(?-u:\b)",
    )
    .expect("static regex")
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
        subject_before(&s[..m.start()]).or_else(|| subject_after(&s[m.end()..]))
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
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
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
    )
}

/// The noun phrase before a reporting verb, back to a clause boundary.
fn subject_before(s: &str) -> Option<String> {
    // Cut at the last boundary character.
    let cut = s
        .rfind([',', ';', ':', '“', '”', '"', '(', ')', '—', '–', '.', '!', '?'])
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    // Keep "U.S." and "Gen." inside names: a '.' directly after a capital letter is no boundary.
    let cut = if cut > 0 && s[..cut].ends_with('.') && s[..cut - 1].chars().last().is_some_and(char::is_uppercase) {
        // Walk back past the abbreviation and try again from there.
        return subject_before_abbrev(s);
    } else {
        cut
    };
    let words: Vec<&str> = s[cut..].split_whitespace().collect();
    pick_subject(&words)
}

fn subject_before_abbrev(s: &str) -> Option<String> {
    // Boundaries that are not abbreviation dots.
    let mut cut = 0;
    for (i, c) in s.char_indices() {
        let boundary = match c {
            ',' | ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' | '–' | '!' | '?' => true,
            '.' => {
                let prev_upper = s[..i].chars().last().is_some_and(char::is_uppercase);
                !prev_upper
            }
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
    while end > 0 && trailing_noise(words[end - 1].trim_matches(|c: char| !c.is_alphanumeric())) {
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

/// Common nouns that name sources ("Police said" at the start of a sentence).
fn common_source(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "police"
            | "officials"
            | "authorities"
            | "prosecutors"
            | "investigators"
            | "witnesses"
            | "sources"
            | "experts"
            | "analysts"
            | "residents"
            | "doctors"
            | "officers"
            | "deputies"
            | "researchers"
            | "scientists"
            | "organizers"
            | "organisers"
            | "lawmakers"
            | "firefighters"
            | "rescuers"
            | "medics"
            | "paramedics"
            | "neighbors"
            | "neighbours"
            | "relatives"
            | "family"
            | "troopers"
    )
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// "..., said Lt. John Smith." The subject after an inverted reporting verb.
fn subject_after(s: &str) -> Option<String> {
    let s = s.trim_start();
    let end = s.find([',', ';', ':', '“', '”', '"', '(', '!', '?']).unwrap_or(s.len());
    let mut chunk = &s[..end];
    if let Some(i) = chunk.find(". ") {
        chunk = &chunk[..i];
    }
    let words: Vec<&str> = chunk.split_whitespace().take(8).collect();
    let first = words.first()?;
    // Only names and titled people: "said police", "said Lt. Smith".
    if !(starts_upper(first)
        || matches!(
            first.to_lowercase().as_str(),
            "police" | "officials" | "authorities" | "investigators" | "prosecutors" | "witnesses"
        ))
    {
        return None;
    }
    let mut n = 0;
    for w in &words {
        let lw = w.to_lowercase();
        if clause_word(&lw) || matches!(lw.as_str(), "on" | "in" | "at" | "to" | "reporters" | "the" | "told") {
            break;
        }
        n += 1;
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

/// Strip determiners and punctuation; `None` when nothing nameable is left.
fn clean(raw: &str) -> Option<String> {
    let s = crate::text::squash(&raw.replace('’', "'"));
    let mut s = s
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')')
        .to_string();
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            s = rest.to_string();
        }
    }
    (!s.is_empty() && s.chars().any(char::is_alphabetic)).then_some(s)
}

/// Countries by name, demonym and capital (for metonyms such as "Kyiv said").
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "United States",
        &[
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "United States",
            "America",
            "American",
            "Washington",
        ],
    ),
    (
        "United Kingdom",
        &[
            "U.K.",
            "UK",
            "Britain",
            "Great Britain",
            "United Kingdom",
            "British",
            "London",
        ],
    ),
    ("Ukraine", &["Ukraine", "Ukrainian", "Kyiv", "Kiev"]),
    ("Russia", &["Russia", "Russian", "Moscow", "Kremlin"]),
    (
        "South Korea",
        &["South Korea", "South Korean", "Seoul", "Republic of Korea"],
    ),
    ("North Korea", &["North Korea", "North Korean", "Pyongyang", "DPRK"]),
    ("China", &["China", "Chinese", "Beijing"]),
    ("Japan", &["Japan", "Japanese", "Tokyo"]),
    ("Israel", &["Israel", "Israeli"]),
    ("Iran", &["Iran", "Iranian", "Tehran"]),
    ("France", &["France", "French", "Paris"]),
    ("Germany", &["Germany", "German", "Berlin"]),
    ("Poland", &["Poland", "Polish", "Warsaw"]),
    ("Turkey", &["Turkey", "Turkish", "Ankara"]),
    ("India", &["India", "Indian", "New Delhi"]),
    ("Pakistan", &["Pakistan", "Pakistani", "Islamabad"]),
    ("Syria", &["Syria", "Syrian", "Damascus"]),
    ("Iraq", &["Iraq", "Iraqi", "Baghdad"]),
    ("Afghanistan", &["Afghanistan", "Afghan", "Kabul"]),
    ("Lebanon", &["Lebanon", "Lebanese", "Beirut"]),
    ("Canada", &["Canada", "Canadian", "Ottawa"]),
    ("Mexico", &["Mexico", "Mexican"]),
    ("Brazil", &["Brazil", "Brazilian"]),
    ("Italy", &["Italy", "Italian", "Rome"]),
    ("Spain", &["Spain", "Spanish", "Madrid"]),
    ("Belarus", &["Belarus", "Belarusian", "Minsk"]),
    ("Lithuania", &["Lithuania", "Lithuanian", "Vilnius"]),
    ("Taiwan", &["Taiwan", "Taiwanese", "Taipei"]),
    ("Saudi Arabia", &["Saudi Arabia", "Saudi", "Riyadh"]),
    ("Egypt", &["Egypt", "Egyptian", "Cairo"]),
    ("Nigeria", &["Nigeria", "Nigerian", "Abuja"]),
    ("Australia", &["Australia", "Australian", "Canberra"]),
];

/// Institutions: a demonym before one of these names a country's body.
fn institution(rest: &str) -> bool {
    let l = rest.to_lowercase();
    [
        "intelligence",
        "agency",
        "service",
        "directorate",
        "ministry",
        "military",
        "army",
        "government",
        "defense",
        "defence",
        "office",
        "council",
        "command",
        "police",
        "authorities",
        "officials",
        "media",
    ]
    .iter()
    .any(|k| l.contains(k))
}

/// (country, the rest of the phrase) when the phrase names a country first or last.
fn split_country(s: &str) -> Option<(&'static str, String)> {
    for (country, names) in COUNTRIES {
        for n in *names {
            // "Ukraine's X", "Ukrainian X", "X of Ukraine", "Ukraine"
            if s == *n {
                return Some((country, String::new()));
            }
            for sep in ["'s ", " "] {
                let p = format!("{n}{sep}");
                if let Some(rest) = s.strip_prefix(p.as_str()) {
                    return Some((country, rest.to_string()));
                }
            }
            let suffix = format!(" of {n}");
            if let Some(rest) = s.strip_suffix(suffix.as_str()) {
                return Some((country, rest.to_string()));
            }
        }
    }
    None
}

/// An acronym in the phrase: "GUR", "NIS" (2-6 capitals, not a country code).
fn acronym_in(s: &str) -> Option<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .find(|w| {
            (2..=6).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !matches!(*w, "US" | "UK" | "USA" | "DPRK" | "EU" | "UN")
        })
        .map(str::to_string)
}

/// Per-document tables: acronym definitions and multi-word names.
#[derive(Debug, Clone, Default)]
pub struct DocTables {
    /// (acronym, country, long name without the country, lowercased)
    acronyms: Vec<(String, Option<&'static str>, String)>,
    /// Capitalized name runs ("Russian President Vladimir Putin").
    names: Vec<String>,
}

static ACRONYM_DEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:[A-Z][\w'’.-]*|of|for|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and)){0,8})\s*\(([A-Z]{2,6})\)")
        .expect("static regex")
});

static NAME_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\b").expect("static regex"));

/// The document's tables, built on first use and kept with the extractors' input (so
/// every extractor of the document shares them, whichever thread it runs on).
fn with_tables<R>(input: &Input, f: impl FnOnce(&DocTables) -> R) -> R {
    let doc = input.doc;
    f(input.attribution_tables.get_or_init(|| {
        let text = doc
            .text
            .get(doc.text.floor_char_boundary(doc.body_start)..)
            .unwrap_or("");
        let mut acronyms = Vec::new();
        for c in ACRONYM_DEF.captures_iter(text) {
            let long = c.get(1).map_or("", |m| m.as_str()).replace('’', "'");
            let acr = c.get(2).map_or("", |m| m.as_str()).to_string();
            let long = long.trim_start_matches("the ").trim_start_matches("The ").to_string();
            let (country, rest) = match split_country(&long) {
                Some((c, r)) => (Some(c), r),
                None => (None, long.clone()),
            };
            acronyms.push((acr, country, rest.to_lowercase()));
            if acronyms.len() > 200 {
                break;
            }
        }
        let mut names: Vec<String> = Vec::new();
        for m in NAME_RUN.find_iter(text).take(5000) {
            names.push(m.as_str().trim_end_matches('.').replace('’', "'"));
        }
        DocTables { acronyms, names }
    }))
}

/// A comparable source name.
fn normalize(input: &Input, name: &str) -> String {
    let mut s = name.replace('’', "'");
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.iter().skip(1).all(|w| !starts_upper(w)) && words.first().is_some_and(|w| common_source(w)) {
        return s.to_lowercase();
    }
    if words.iter().all(|w| !starts_upper(w)) {
        return s.to_lowercase();
    }
    // A titled person: "U.S. National Security Council spokesman John Kirby" stays whole.
    if let Some(l) = words
        .iter()
        .rposition(|w| !starts_upper(w) && !matches!(*w, "of" | "for" | "the" | "and"))
        && l + 1 < words.len()
        && l > 0
    {
        return s;
    }
    let acr_here = acronym_in(&s);
    let split = split_country(&s);
    with_tables(input, |t| {
        if let Some(a) = acr_here.as_ref() {
            // Known from a definition elsewhere in the document?
            let country = split
                .as_ref()
                .map(|x| x.0)
                .or_else(|| t.acronyms.iter().find(|x| &x.0 == a).and_then(|x| x.1));
            s = match country {
                Some(c) => format!("{c}'s {a}"),
                None => a.clone(),
            };
            return;
        }
        if let Some((country, rest)) = split.as_ref() {
            // "U.S. and South Korean intelligence": several countries stay as written.
            if rest.starts_with("and ") || rest.starts_with("or ") {
                return;
            }
            if rest.is_empty() {
                s = (*country).to_string();
                return;
            }
            if institution(rest) {
                let rl = rest.to_lowercase();
                // The same body under its long name: "Defense Intelligence Agency" -> "GUR".
                if let Some(a) = t.acronyms.iter().find(|x| {
                    x.1 == Some(*country)
                        && (x.2 == rl || (rl.contains("intelligence") && x.2.contains("intelligence")))
                }) {
                    s = format!("{country}'s {}", a.0);
                } else if rl.contains("intelligence") && !rl.contains("service") {
                    s = format!("{country}'s intelligence");
                } else {
                    s = format!("{country}'s {rest}");
                }
            }
            return;
        }
        // A bare surname: the fullest run in the document ending with it.
        if !s.contains(' ') && s.chars().next().is_some_and(char::is_uppercase) {
            let suffix = format!(" {s}");
            if let Some(full) = t.names.iter().filter(|n| n.ends_with(&suffix)).max_by_key(|n| n.len()) {
                s = full.clone();
            }
        }
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::segment;

    fn attr(text: &str, needle: &str) -> Option<String> {
        let d = Document {
            id: "t".into(),
            path: "t".into(),
            text: text.into(),
            body_start: 0,
            meta: Default::default(),
        };
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
