//! Names: the crate's name policies in one place. A speaker or source phrase ("Mr.
//! Smith", "the spokesman, John Smith", "Ukrainian intelligence") becomes a comparable
//! name here. Three schemes live side by side, moved as they were; they are not yet
//! unified (that would change the reports), and this note says where they differ so
//! that a later change can unify them.
//!
//! # 1. Quote speakers: [`clean_name`] (used by the quote tracker)
//!
//! Cuts the phrase at its first comma and keeps the last run of capitalised words
//! (with the particles "de", "van", "von", "bin", "al", "da", "del" inside), stopping
//! after a possessive (`’s`, `'s`). Without an organisation word ([`is_org_word`]) in
//! the run, leading titles and roles ([`is_title`]: honorifics, offices, party words,
//! role nouns, and demonyms through the gazetteer) are dropped and at most the last
//! three words kept ("Russian President Vladimir Putin" -> "Vladimir Putin"). Otherwise
//! the whole phrase stays, without a leading article. Curly apostrophes are kept.
//! A bare surname becomes the fullest name in the document by [`canonical_full`] /
//! [`NameIndex::full`] and, after extraction, [`canonical_among`] (which keeps a
//! surname two people share bare); an organisation with an acronym is "Owner’s ACR"
//! ([`org_acronym`], curly apostrophe).
//!
//! # 2. Quote name index: [`NameIndex::build`]
//!
//! Person mentions in the body: capitalised runs cut at a sentence end, trailing `.`,
//! `’`, `'` and a possessive `’s`/`'s` stripped, leading titles ([`is_title`]) and "The",
//! "A", "An", "But", "And", "In", "On", "At" dropped; 1-4 words without an apostrophe,
//! month, weekday or organisation word, shaped as a person ([`is_person_name`]); a
//! single word only after a title. Unlike scheme 1 it keeps no titles at all and needs
//! no comma cut (the runs are capitalised words only); the particle list for runs is
//! the same as scheme 1's.
//!
//! # 3. Attribution sources: [`clean`] then [`normalize`]
//!
//! Straight apostrophes (`’` -> `'`), squashed spaces, one leading "the", "a" or "an"
//! stripped. All-lowercase phrases and common source nouns ("police", "officials")
//! become lowercase. A titled person keeps the whole phrase ("U.S. National Security
//! Council spokesman John Kirby" stays; scheme 1 would give "John Kirby"). Countries
//! come from the `lexicon/en/country_names.tsv` table (name, demonym, capital), not from the gazetteer
//! as in scheme 1: an acronym becomes "Country's ACR" (straight apostrophe, the country
//! from the phrase or the acronym's definition in the document), a demonym or country
//! before an institution word becomes "Country's rest". A bare surname becomes the
//! longest capitalised run in the document ending with it, titles included and with no
//! check for a surname two people share (scheme 1 drops titles and keeps shared
//! surnames bare).

use std::sync::LazyLock;

use regex::Regex;

use super::Input;
use crate::lexicon::sources::SourceWord;

/// Title and role words dropped from the front of a person's name.
pub(crate) fn is_title(w: &str) -> bool {
    let lw = w.trim_end_matches('.').to_lowercase();
    crate::lexicon::titles::name_title(&lw) || crate::gazetteer::demonym_country(w).is_some()
}

/// Words that mark an organisation rather than a person.
pub(crate) fn is_org_word(w: &str) -> bool {
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
pub(crate) fn is_person_name(s: &str) -> bool {
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
pub(crate) fn clean_name(raw: &str) -> String {
    // "Ana Ruiz for Harbour Weekly", "Ana Ruiz of the port authority": a person named
    // before whom they write or work for.
    // "Sen. Ana Ruiz of Oregon" likewise: the name before the place she is from.
    let ws: Vec<&str> = raw.split_whitespace().collect();
    if let Some(p) = ws
        .iter()
        .position(|w| matches!(*w, "for" | "of" | "at" | "with" | "from"))
        .filter(|&p| !ws[..p].iter().any(|w| w.ends_with(',')))
    {
        let untitled: Vec<&str> = ws[..p].iter().copied().skip_while(|w| is_title(w)).collect();
        if untitled.len() >= 2 && is_person_name(&untitled.join(" ")) {
            return clean_name(&ws[..p].join(" "));
        }
    }
    // "the spokesman, John Smith": an apposition names the person the role stands for.
    let mut parts = raw.split(',').map(str::trim);
    let first = parts.next().unwrap_or(raw);
    let raw = match parts.next() {
        Some(second)
            if !first.split_whitespace().skip(1).any(is_cap)
                && second.split_whitespace().count() >= 2
                && second.split_whitespace().all(|w| is_cap(w) || is_abbrev(w)) =>
        {
            second
        }
        _ => first,
    };
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
            // "Secretary of State Ana Ruiz", "Minister of Health Ana Ruiz": the run after
            // a title's "of" starts with the office's domain, then the name.
            let of_title = start >= 2 && ws[start - 1] == "of" && is_title(ws[start - 2]);
            if of_title && run.len() > 2 {
                let keep = if run[run.len() - 2].trim_end_matches('.').chars().count() == 1 {
                    3
                } else {
                    2
                };
                run.drain(..run.len().saturating_sub(keep));
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
#[derive(Debug)]
pub(crate) struct NameIndex {
    /// (byte position, full name) of every person-like mention, in order.
    pub(crate) mentions: Vec<(usize, String)>,
    /// (byte position, lowercased title word, name): "Prosecutor Mark Lindquist".
    pub(crate) roles: Vec<(usize, String, String)>,
}

static SURNAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{L}-]+\b").expect("valid regex"));
static CAP_RUN: LazyLock<Regex> = LazyLock::new(|| {
    // A run never crosses a line break: a paragraph may end in a name ("... and Jim
    // Lee") and the next begin with one ("Ruiz said").
    Regex::new(r"\b\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+(?:(?:de|van|von|bin|al|da|del)[^\S\n]+)?\p{Lu}[\p{L}’'.-]*){0,6}")
        .expect("valid regex")
});

impl NameIndex {
    pub(crate) fn build(text: &str, from: usize) -> NameIndex {
        let from = text.floor_char_boundary(from);
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        // The current line's extent and whether it is a headline, computed once per line.
        let mut line: (usize, usize, bool) = (0, 0, false);
        for m in CAP_RUN.find_iter(&text[from..]) {
            // A headline in title case ("Governor Appoints Ex-Aide to Fill Seat") names
            // no one by its capitals.
            let at = from + m.start();
            if !(line.0 <= at && at < line.1) {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                line = (start, end, title_case_line(&text[start..end]));
            }
            if line.2 {
                continue;
            }
            // A run may cross a sentence end ("in Kursk. U.S. officials"): cut there.
            let mut run = m.as_str();
            if let Some(cut) = run
                .split_inclusive(char::is_whitespace)
                .scan(0, |off, w| {
                    let here = *off;
                    *off += w.len();
                    Some((here, w))
                })
                .find(|(o, w)| {
                    *o + w.len() < run.len() && w.trim_end().ends_with('.') && !dot_is_not_an_end(w.trim_end())
                })
                .map(|(o, w)| o + w.trim_end().len())
            {
                run = &run[..cut];
            }
            let s = run.trim_end_matches(['.', '’', '\'']);
            let s = s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).unwrap_or(s);
            let ws: Vec<&str> = s.split_whitespace().collect();
            let mut i = 0;
            let mut titles = 0;
            while i < ws.len() && (is_title(ws[i]) || is_lead_or_article(ws[i])) {
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
    pub(crate) fn full(&self, surname: &str, pos: usize) -> Option<&str> {
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
    pub(crate) fn last_person_before(&self, pos: usize) -> Option<(usize, &str)> {
        let i = self.mentions.partition_point(|(p, _)| *p < pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|(_, n)| n.split_whitespace().count() >= 1)
            .map(|(p, n)| (*p, n.as_str()))
    }
}

/// Whether a line is a headline in title case: four words or
/// more, every word of four letters or more capitalised, no sentence end inside.
fn title_case_line(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 300 {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let long: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    words.len() >= 4
        && long.len() >= 3
        && long.iter().all(|w| starts_upper(w))
        && !line.trim_end_matches(['.', '”', '"']).contains(". ")
        && words.len() <= 20
}

/// A capitalised month name or abbreviation ("March", "Sept.") or full weekday name
/// ("Friday"): an initial capital and the rest lowercase, a trailing dot trimmed.
pub(crate) fn is_month_or_day(w: &str) -> bool {
    use crate::lexicon::calendar;
    let w = w.trim_end_matches('.');
    let mut cs = w.chars();
    let capitalised = cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.all(|c| c.is_ascii_lowercase());
    if !capitalised {
        return false;
    }
    let low = w.to_ascii_lowercase();
    calendar::month(&low).is_some() || calendar::is_weekday_name(&low)
}

/// The longest name in `all` whose words include all of `name`'s words, else `name`.
pub(crate) fn canonical_among(name: &str, all: &[String]) -> String {
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

/// An organisation named with its acronym is canonical as owner plus acronym, so that
/// "Ukraine’s Defense Intelligence Agency (GUR)" and "Ukraine’s GUR military
/// intelligence" are one speaker: "Ukraine’s GUR".
pub(crate) fn org_acronym(raw: &str) -> Option<String> {
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
pub(crate) fn strip_parens(s: &str) -> String {
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

pub(crate) fn canonical_full(m: &str, pos: usize, names: &NameIndex) -> String {
    let last = m.split_whitespace().last().unwrap_or(m);
    names.full(last, pos + 1).map_or_else(|| m.to_string(), str::to_string)
}

pub(crate) fn is_cap(w: &str) -> bool {
    w.trim_start_matches(['(', '“', '"', '‘'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

pub(crate) fn is_abbrev(w: &str) -> bool {
    let core = w.trim_end_matches([',', ';', ':']);
    core.ends_with('.') && core.len() <= 5 && core.chars().next().is_some_and(char::is_uppercase)
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Common nouns that name sources ("Police said" at the start of a sentence).
fn common_source(w: &str) -> bool {
    crate::lexicon::roles::common_source(&w.to_lowercase())
}

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

/// A speaker phrase as the name policy reads it: the name of a person or organisation
/// (without its titles), the role written with it, or neither.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// "Jacob Lew", "Red Cross", "GUR"; `None` when the phrase names no one surely.
    pub(crate) name: Option<String>,
    /// "Treasury Secretary", "senior administration official".
    pub(crate) role: Option<String>,
}

/// Lowercase, without surrounding punctuation ("“As" -> "as", "Sen." -> "sen").
fn bare_lower(w: &str) -> String {
    w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '’' || c == '\''))
        .trim_end_matches(['’', '\''])
        .to_lowercase()
}

fn is_possessive(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

fn is_acronym(w: &str) -> bool {
    let core: String = w.chars().filter(|c| *c != '.').collect();
    core.chars().count() >= 2 && core.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Words allowed in lowercase inside a name ("Fish and Wildlife Service", "Ben de Vries").
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "de" | "van" | "von" | "bin" | "al" | "da" | "del" | "la" | "le" | "of" | "for" | "and" | "the" | "&"
    )
}

/// A clause word or an article at the start of a capitalised run ("For Mr. Lee",
/// "The Senator"): not part of a name.
fn is_lead_or_article(w: &str) -> bool {
    let lw = bare_lower(w);
    matches!(lw.as_str(), "the" | "a" | "an")
        || matches!(
            crate::lexicon::sources::source_word(&lw),
            Some(SourceWord::Lead | SourceWord::Link)
        )
}

/// A word whose final dot does not end a sentence: a title ("Sen."), an initial
/// ("J."), a dotted abbreviation ("U.S."), a month ("Jan.").
pub(crate) fn dot_is_not_an_end(w: &str) -> bool {
    let core = w.trim_end_matches('.');
    core.chars().count() == 1
        || core.contains('.')
        || is_title(w)
        || matches!(core, "Jr" | "Sr" | "St" | "No" | "Mt" | "Ft")
        || crate::lexicon::calendar::month(&core.to_lowercase()).is_some()
}

/// The part of a speaker phrase after the last sentence end inside it: "Capitol Hill.
/// He" -> "He". A dot after an abbreviation or initial ("Mr.", "U.S.", "J.") is not an
/// end.
pub(crate) fn after_sentence_break(raw: &str) -> &str {
    let mut start = 0;
    let mut off = 0;
    for w in raw.split_inclusive(char::is_whitespace) {
        let t = w.trim_end();
        off += w.len();
        if t.ends_with(['.', '!', '?'])
            && !dot_is_not_an_end(t)
            && off < raw.len()
            && raw[off..].trim_start().chars().next().is_some_and(char::is_uppercase)
        {
            start = off;
        }
    }
    raw[start..].trim_start()
}

/// The crate's speaker policy: a quote's speaker is a person or an organisation as
/// named in the text, with its titles kept apart as the role, or a role phrase with no
/// name, or nothing. Never a fragment of the clause ("As Mr. Lee", "When Ruiz",
/// "Posting"), a possessive ("the mayor's"), a document ("the statement", "Harbour
/// Board letter"), a built place ("the Old Bridge") or a place; a single capitalised
/// word is a name only when the document never writes it in lowercase (so "Chants"
/// and "Armed" at a sentence start are not names).
pub(crate) fn speaker(phrase: &str, text: &str) -> Speaker {
    let s = phrase
        .trim()
        .trim_matches(|c: char| !(c.is_alphanumeric() || c == '.' || c == ')'));
    let mut ws: Vec<&str> = s.split_whitespace().collect();
    let none = Speaker::default();
    while ws
        .first()
        .is_some_and(|w| crate::lexicon::sources::source_word(&bare_lower(w)) == Some(SourceWord::Link))
    {
        ws.remove(0);
    }
    if ws.is_empty() {
        return none;
    }
    if let Some(role) = role_phrase(&ws) {
        return Speaker {
            name: None,
            role: Some(role),
        };
    }
    let first = bare_lower(ws[0]);
    // A clause word, or a number word not followed by a capitalised word ("Two of
    // the pilots", but "Zero Hedge"), starts a fragment, not a name.
    let counted = crate::lexicon::numbers::cardinal(&first).is_some() && !ws.get(1).is_some_and(|w| is_cap(w));
    if crate::lexicon::sources::source_word(&first) == Some(SourceWord::Lead) || counted {
        return none;
    }
    let article = matches!(first.as_str(), "the" | "a" | "an");
    if article {
        ws.remove(0);
        if ws.is_empty() {
            return none;
        }
    }
    let phrase = ws.join(" ");
    let last = *ws.last().unwrap_or(&"");
    let head = bare_lower(last);
    // "R-Ky.": a party-and-state tag cut from "(R-Ky.)".
    if ws.len() == 1
        && last.len() >= 3
        && last.as_bytes()[1] == b'-'
        && matches!(last.as_bytes()[0], b'R' | b'D' | b'I')
    {
        return none;
    }
    if is_possessive(last) {
        return none;
    }
    match crate::lexicon::sources::source_word(&head) {
        Some(SourceWord::Document) => return none,
        // "the Old Mill Bridge", "Capitol Hill" where the text says "on Capitol Hill":
        // a built place. A given name and a surname that is also a facility word ("Ana
        // Park", "Jonah Hill") stay a name.
        Some(SourceWord::Facility) if article || ws.len() != 2 || used_as_place(text, &phrase) => return none,
        _ => {}
    }
    let role_head = is_title(last) || common_source(&head) || crate::lexicon::roles::role_noun(&head);
    // A possessive inside: "the mayor’s chief of staff" (a role), "Ukraine’s GUR" (an
    // organisation named by its owner and acronym); anything else is not a name.
    if let Some(p) = ws[..ws.len() - 1].iter().rposition(|w| is_possessive(w)) {
        // "Harbour Daily’s Ana Ruiz": a person named after the owner's possessive.
        let after = ws[p + 1..].join(" ");
        if ws.len() - p > 2 && is_person_name(&after) {
            return Speaker {
                name: Some(after),
                role: Some(ws[..=p].join(" ")),
            };
        }
        // "Ruiz’s campaign", "Ukraine’s GUR": an organisation named by its owner.
        return if is_acronym(last) || (ws.len() - p == 2 && is_org_word(last) && !is_cap(last) && is_cap(ws[p])) {
            Speaker {
                name: Some(phrase),
                role: None,
            }
        } else if role_head {
            Speaker {
                name: None,
                role: Some(phrase),
            }
        } else {
            none
        };
    }
    // "an angry Ruiz": an article, lowercase words that are not a role, then a name.
    if article
        && ws.len() >= 2
        && is_cap(last)
        && !is_title(last)
        && ws[..ws.len() - 1]
            .iter()
            .all(|w| !is_cap(w) && !is_title(w) && !common_source(w))
        && !ws[..ws.len() - 1]
            .iter()
            .any(|w| crate::lexicon::roles::role_noun(&bare_lower(w)))
    {
        let w = last.trim_end_matches(['.', ',']);
        if !written_in_lowercase(text, &w.to_lowercase()) && !is_month_or_day(w) {
            return Speaker {
                name: Some(w.to_string()),
                role: None,
            };
        }
    }
    // "former Harbour Board Director Ana Ruiz", "campaign manager Felix Grant": a
    // lowercase role before a capitalised run of two or more words.
    let run = ws.iter().rev().take_while(|w| is_cap(w) || is_connector(w)).count();
    let mut prefix: Vec<&str> = Vec::new();
    if run >= 2 && run < ws.len() && ws[..ws.len() - run].iter().all(|w| !is_cap(w)) {
        prefix = ws.drain(..ws.len() - run).collect();
        while ws.first().is_some_and(|w| is_connector(w)) {
            prefix.push(ws.remove(0));
        }
    }
    if ws.is_empty() {
        return none;
    }
    let phrase = ws.join(" ");
    let all_cap = is_cap(ws[0]) && is_cap(last) && ws.iter().all(|w| is_cap(w) || is_connector(w));
    if !all_cap {
        // Lowercase words: a role phrase ("senior administration official",
        // "spokeswoman for the port"), an organisation named with a lowercase head
        // ("Obama campaign"), or a fragment.
        let second = ws.get(1).map(|w| bare_lower(w)).unwrap_or_default();
        // "the Harbour City businessman": an article, names as modifiers, a lowercase
        // head noun that is not a document or a building.
        let described = article
            && !is_cap(last)
            && !is_org_word(last)
            && ws[..ws.len() - 1].iter().all(|w| is_cap(w))
            && crate::lexicon::sources::source_word(&head).is_none();
        if role_head || described || (is_title(ws[0]) && matches!(second.as_str(), "for" | "of" | "to" | "at" | "with"))
        {
            return Speaker {
                name: None,
                role: Some(phrase),
            };
        }
        let org_head =
            ws.len() >= 2 && !is_cap(last) && is_org_word(last) && ws[..ws.len() - 1].iter().all(|w| is_cap(w));
        if !org_head && ws.len() == 1 && is_org_word(last) {
            // "the agency", "the hospital": an institution named elsewhere.
            return Speaker {
                name: None,
                role: Some(phrase),
            };
        }
        return if org_head {
            Speaker {
                name: Some(phrase),
                role: None,
            }
        } else {
            none
        };
    }
    if ws.len() == 1 {
        let w = last.trim_end_matches('.');
        if is_acronym(w) {
            return Speaker {
                name: Some(w.to_string()),
                role: None,
            };
        }
        // "Residents", "Police" at a sentence start: a common source, not a name.
        if common_source(w) {
            return Speaker {
                name: None,
                role: Some(w.to_lowercase()),
            };
        }
        // "the Times", "the Kremlin": an institution named with its article.
        if article && !is_title(w) {
            return Speaker {
                name: Some(w.to_string()),
                role: None,
            };
        }
        let lw = w.to_lowercase();
        // "Democratic-leaning": an adjective, not a name.
        let adjective = w
            .split_once('-')
            .is_some_and(|(_, b)| b.chars().next().is_some_and(char::is_lowercase));
        // A month, weekday or unit of time ("Thursday", "Hours") is not a speaker on
        // its own. (Places are not ruled out here: many surnames are town names.)
        // A state or province named alone ("Oklahoma complained") is a place, not a
        // speaker; a country may stand for its government and stays.
        let region = crate::gazetteer::lookup_exact(w)
            .is_some_and(|es| es.iter().any(|e| matches!(e, crate::gazetteer::Entry::Region(_))));
        let not_a_name = is_month_or_day(w) || crate::lexicon::time::unit(&lw).is_some() || region;
        let common = adjective || not_a_name || is_title(w) || written_in_lowercase(text, &lw);
        return if common || w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            none
        } else {
            Speaker {
                name: Some(w.to_string()),
                role: None,
            }
        };
    }
    if crate::gazetteer::lookup_exact(&phrase).is_some() {
        return none;
    }
    // Titles apart: "Treasury Secretary Jacob Lew" -> Jacob Lew (Treasury Secretary).
    let split = (0..ws.len().saturating_sub(2))
        .rev()
        .find(|&t| is_title(ws[t]) && ws[t + 1..].iter().all(|w| !is_title(w) && !is_org_word(w)));
    let role = |r: &[&str]| {
        let all: Vec<&str> = prefix.iter().chain(r).copied().collect();
        (!all.is_empty()).then(|| all.join(" "))
    };
    match split {
        Some(t) => Speaker {
            name: Some(ws[t + 1..].join(" ").trim_end_matches([',']).to_string()),
            role: role(&ws[..=t]),
        },
        None => Speaker {
            name: Some(phrase),
            role: role(&[]),
        },
    }
}

/// A role with no name: a determiner, up to five words ending in a role noun or title,
/// and an optional complement ("one senior official", "the former fisherman", "a
/// narrator in the harbour ad", "one Democratic source on the panel"). The phrase is
/// kept without "the", "a" or "an".
pub(crate) fn role_phrase(ws: &[&str]) -> Option<String> {
    let first = bare_lower(ws.first()?);
    let determiner = matches!(
        first.as_str(),
        "the" | "a" | "an" | "one" | "another" | "some" | "several" | "two" | "three"
    );
    // Without a determiner, only a lowercase role noun with its complement: "narrator
    // in the harbour ad", "spokeswoman for the port".
    let from = usize::from(determiner);
    if !determiner && (is_cap(ws[0]) || !crate::lexicon::roles::role_noun(&first)) {
        return None;
    }
    let core_end = ws
        .iter()
        .skip(from)
        .position(|w| {
            matches!(
                bare_lower(w).as_str(),
                "of" | "for" | "at" | "on" | "in" | "with" | "to" | "from" | "close" | "familiar" | "who"
            )
        })
        .map_or(ws.len(), |p| p + from);
    let core = &ws[from..core_end];
    let last = *core.last()?;
    // "the State Department": a named organisation, not a role; "a letter addressed
    // to": a document.
    if core.len() > 5
        || core.iter().any(|w| is_possessive(w))
        || (first == "the"
            && core.len() >= 2
            && core.iter().all(|w| is_cap(w))
            && (is_org_word(last) || !is_title(last)))
        || core.iter().any(|w| {
            matches!(
                crate::lexicon::sources::source_word(&bare_lower(w)),
                Some(SourceWord::Document | SourceWord::Facility | SourceWord::Lead)
            )
        })
    {
        return None;
    }
    let head = bare_lower(last);
    let article = matches!(first.as_str(), "the" | "a" | "an");
    // "the harbour master": an article and lowercase words that name no document or
    // building are a role too.
    let described = article
        && (2..=4).contains(&core.len())
        && core.iter().all(|w| !is_cap(w))
        && crate::lexicon::sources::source_word(&head).is_none();
    if !(crate::lexicon::roles::role_noun(&head) || is_title(last) || common_source(&head) || described) {
        return None;
    }
    let start = usize::from(matches!(first.as_str(), "the" | "a" | "an"));
    Some(ws[start..].join(" "))
}

/// Whether the document writes `phrase` as a place: after "the" or a locative
/// preposition ("on Capitol Hill", "at Union Station").
fn used_as_place(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| {
        let before = text[..i].trim_end();
        let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        before.len() < i
            && matches!(
                word.to_lowercase().as_str(),
                "the" | "in" | "at" | "on" | "near" | "from" | "to"
            )
    })
}

/// Whether the document writes `lw` in lowercase somewhere, as a word of its own.
fn written_in_lowercase(text: &str, lw: &str) -> bool {
    if lw.is_empty() || lw.chars().any(|c| !c.is_lowercase() && c.is_alphabetic()) {
        return false;
    }
    // A word in a web address or a slug ("/biden-takes-off-gloves") is not prose.
    let joins = |c: char| c.is_alphanumeric() || matches!(c, '-' | '/' | '_');
    text.match_indices(lw).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        before.is_none_or(|c| !joins(c)) && after.is_none_or(|c| !joins(c))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(phrase: &str, text: &str) -> Option<String> {
        speaker(phrase, text).name
    }

    /// A speaker is a name or nothing: fragments of the clause, possessives, documents,
    /// built places and common words capitalised at a sentence start are not names.
    #[test]
    fn fragments_documents_and_places_are_not_speakers() {
        let text = "Chants rose from the square. The crowd sang chants all night.";
        for phrase in [
            "As Mayor Ana Ruiz",
            "When Ruiz",
            "While Oregon",
            "According",
            "Posting",
            "His",
            "Moreover",
            "the statement",
            "Harbour Board letter",
            "the Old Mill Bridge",
            "Ruiz’s",
            "Chants",
            "Two of the pilots",
            "R-Ore",
            "reverse its",
        ] {
            assert_eq!(name(phrase, text), None, "{phrase}");
        }
    }

    #[test]
    fn names_keep_their_role_apart() {
        let sp = speaker("Port Authority Director Ana Ruiz", "");
        assert_eq!(sp.name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(sp.role.as_deref(), Some("Port Authority Director"));
        let sp = speaker("the Harbour City businessman", "");
        assert_eq!((sp.name, sp.role.as_deref()), (None, Some("Harbour City businessman")));
        let sp = speaker("a senior harbour official", "");
        assert_eq!((sp.name, sp.role.as_deref()), (None, Some("senior harbour official")));
        let sp = speaker("former Harbour Board Director Ana Ruiz", "");
        assert_eq!(sp.name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(sp.role.as_deref(), Some("former Harbour Board Director"));
        assert_eq!(name("campaign manager Felix Grant", ""), Some("Felix Grant".into()));
        assert_eq!(name("and\u{a0}Harbour News", ""), Some("Harbour News".into()));
        let sp = speaker("Harbour Daily’s Ana Ruiz", "");
        assert_eq!(
            (sp.name.as_deref(), sp.role.as_deref()),
            (Some("Ana Ruiz"), Some("Harbour Daily’s"))
        );
        assert_eq!(name("Thursday", ""), None);
        assert_eq!(name("Hillary Clinton", ""), Some("Hillary Clinton".into()));
        assert_eq!(name("Red Cross", ""), Some("Red Cross".into()));
        assert_eq!(name("Harbour campaign", ""), Some("Harbour campaign".into()));
        assert_eq!(name("UNICEF", ""), Some("UNICEF".into()));
        assert_eq!(name("Nine Rivers Trust", ""), Some("Nine Rivers Trust".into()));
        assert_eq!(name("Ukraine’s GUR", ""), Some("Ukraine’s GUR".into()));
        assert_eq!(name("Okafor", "Dr. Okafor spoke."), Some("Okafor".into()));
    }

    /// One person under a role and a name: the apposition names the person.
    #[test]
    fn an_apposition_names_the_role() {
        assert_eq!(clean_name("the spokesman, Ana Ruiz"), "Ana Ruiz");
        assert_eq!(clean_name("Ana Ruiz, the harbour spokeswoman"), "Ana Ruiz");
    }

    #[test]
    fn a_sentence_end_inside_a_phrase_cuts_it() {
        assert_eq!(after_sentence_break("the old harbour. He"), "He");
        assert_eq!(after_sentence_break("Riverside Law. Mayor Ana Ruiz"), "Mayor Ana Ruiz");
        assert_eq!(after_sentence_break("Sen. J. K. Ruiz"), "Sen. J. K. Ruiz");
        assert_eq!(after_sentence_break("U.S. Rep. Ruiz"), "U.S. Rep. Ruiz");
    }
}
