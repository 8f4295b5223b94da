//! Scheme 3, attribution sources: a source phrase cleaned ([`clean`]) and made
//! comparable ([`normalize`]) with the document's acronym and name tables.

use std::sync::LazyLock;

use regex::Regex;

use super::{common_source, starts_upper};
use crate::extract::Input;

/// Strip determiners and punctuation; `None` when nothing nameable is left.
pub(crate) fn clean(raw: &str) -> Option<String> {
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
    for &(country, n) in crate::lexicon::countries::country_names() {
        // "Ukraine's X", "Ukrainian X", "X of Ukraine", "Ukraine"
        if s == n {
            return Some((country, String::new()));
        }
        if let Some(rest) = s
            .strip_prefix(n)
            .and_then(|r| r.strip_prefix("'s ").or_else(|| r.strip_prefix(' ')))
        {
            return Some((country, rest.to_string()));
        }
        if let Some(rest) = s.strip_suffix(n).and_then(|r| r.strip_suffix(" of ")) {
            return Some((country, rest.to_string()));
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
pub(crate) struct DocTables {
    /// (acronym, country, long name without the country, lowercased)
    acronyms: Vec<(String, Option<&'static str>, String)>,
    /// Capitalized name runs ("Russian President Vladimir Putin").
    names: Vec<String>,
}

static ACRONYM_DEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:[A-Z][\w'’.-]*|of|for|the|and)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and)){0,8})\s*\(([A-Z]{2,6})\)")
        .expect("static regex")
});

/// A run of capitalised words, `\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\b`, matched
/// from a capital where a word starts ([`name_runs`]).
static NAME_RUN_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\b").expect("static regex"));

/// The runs of capitalised words of `text`, leftmost first, without overlaps: the first
/// `\b` is checked at each capital, and the rest of the pattern matched from there. An
/// unanchored search ran a reverse pass for every match to find its start, and its
/// Unicode `\b` sent it to the slow engines on the first character outside ASCII.
fn name_runs(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let bytes = text.as_bytes();
        while let Some(&b) = bytes.get(at) {
            // An ASCII byte is a character of its own, so `at` is on a boundary there.
            if b.is_ascii_uppercase()
                && !text[..at].chars().next_back().is_some_and(super::index::is_word)
                && let Some(m) = NAME_RUN_AT.find(&text[at..])
            {
                // The final `\b` looks only at the text from `at` on.
                let run = &text[at..at + m.end()];
                at += m.end();
                return Some(run);
            }
            at += 1;
        }
        None
    })
}

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
        for m in name_runs(text).take(5000) {
            names.push(m.trim_end_matches('.').replace('’', "'"));
        }
        DocTables { acronyms, names }
    }))
}

/// A comparable source name.
pub(crate) fn normalize(input: &Input, name: &str) -> String {
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
        // A bare surname, or one after an honorific ("Mr. Ryan"): the fullest run in the
        // document ending with it.
        let surname = match s.split_once(' ') {
            None => Some(s.as_str()),
            Some((title, rest)) if !rest.contains(' ') && crate::extract::names::is_title(title) => Some(rest),
            Some(_) => None,
        };
        if let Some(surname) = surname.filter(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            let suffix = format!(" {surname}");
            if let Some(full) = t.names.iter().filter(|n| n.ends_with(&suffix)).max_by_key(|n| n.len()) {
                s = full.clone();
            }
        }
    });
    s
}

#[cfg(test)]
mod tests {
    /// The runs are what `\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\b` finds, with
    /// letters outside ASCII, dots, apostrophes and digits beside them.
    #[test]
    fn name_runs_are_the_pattern_matches() {
        let pattern = regex::Regex::new(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\b").unwrap();
        for t in [
            "U.S. National Security Council spokesman John Kirby said",
            "éAb Cd “Jim O’Neil” met Ana De La Cruz Jr. Ed. and Al- Bo",
            "3Com Ab Cd. Ef Gh’ Ij_K Lm2 No Pq Rs Tu Vw Xy Zz Aa",
            "naïveAb Cd — Émile Zola Ab\u{301} Cd Ef  Gh\u{a0}Ij",
        ] {
            let expected: Vec<&str> = pattern.find_iter(t).map(|m| m.as_str()).collect();
            assert_eq!(super::name_runs(t).collect::<Vec<_>>(), expected, "{t}");
        }
    }
}
