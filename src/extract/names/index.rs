//! Scheme 2, the quote name index: the people a document mentions, for canonical full
//! names and pronouns.

use std::sync::LazyLock;

use regex::Regex;

use super::{
    dot_is_not_an_end, is_lead_or_article, is_month_or_day, is_org_word, is_person_name, is_title, starts_upper,
};

/// Names of people mentioned in the document, for canonical full names and pronouns.
#[derive(Debug)]
pub(crate) struct NameIndex {
    /// (byte position, full name) of every person-like mention, in order.
    pub(crate) mentions: Vec<(usize, String)>,
    /// (byte position, lowercased title word, name): "Prosecutor Mark Lindquist".
    pub(crate) roles: Vec<(usize, String, String)>,
}

/// A surname, matched from where it starts ([`surname_mentions`]): `\b\p{Lu}[\p{L}-]+\b`
/// with the first `\b` checked before the pattern is run.
static SURNAME_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L}-]+\b").expect("valid regex"));
/// A capitalised run of words. A run never crosses a line break: a paragraph may end
/// in a name ("... and Jim Lee") and the next begin with one ("Ruiz said"). It starts at
/// a word boundary, which `cap_runs` checks: a Unicode `\b` in the pattern would send
/// the search to the slow engines on every curly quote.
const CAP_RUN: &str = r"\p{Lu}[\p{L}’'.-]*(?:[^\S\n]+(?:(?:de|van|von|bin|al|da|del)[^\S\n]+)?\p{Lu}[\p{L}’'.-]*){0,6}";
/// An uppercase letter (`\p{Lu}`), for the letters outside ASCII.
static UPPER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}$").expect("valid regex"));

/// Whether `c` is an uppercase letter as the pattern syntax has it (`\p{Lu}`, which is
/// not `char::is_uppercase`: that takes in "Ⅻ" and "Ⓐ").
fn is_upper_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        UPPER.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

/// Whether `c` is a word character as the pattern syntax has it (Unicode `\w`).
pub(super) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::is_word_character(c)
    }
}

/// The first position from `at` where an uppercase letter starts a word (`\b\p{Lu}`):
/// where a capitalised run or a surname can start. Finding it with a character scan
/// and matching the rest of the pattern from there spares the regex engine its reverse
/// pass (to find where a match starts), whose states over the long Unicode classes
/// cost more to build than the rest of the name index, and spares a `\b` pattern the
/// slow engines it falls back to on the first character outside ASCII.
fn next_upper_word_start(text: &str, at: usize) -> Option<usize> {
    let mut prev_word = text[..at].chars().next_back().is_some_and(is_word);
    let bytes = text.as_bytes();
    let mut i = at;
    while let Some(&b) = bytes.get(i) {
        // ASCII bytes are read as they are; other characters are decoded.
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = text[i..].chars().next()?;
            (c, c.len_utf8())
        };
        if !prev_word && is_upper_letter(c) {
            return Some(i);
        }
        prev_word = is_word(c);
        i += len;
    }
    None
}

/// [`CAP_RUN`] anchored at the start of the text searched. Searched from a known start,
/// the pattern needs only the forward pass; unanchored, every match also ran a reverse
/// pass to find its start, whose states over the pattern's long Unicode classes cost
/// more to build than the rest of the name index.
static CAP_RUN_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!("^(?:{CAP_RUN})")).expect("valid regex"));

/// One capitalised run: where it starts in the text searched, and its words.
struct Run<'a> {
    start: usize,
    run: &'a str,
}

impl<'a> Run<'a> {
    fn start(&self) -> usize {
        self.start
    }

    fn as_str(&self) -> &'a str {
        self.run
    }
}

/// The capitalised runs of `text` ([`CAP_RUN`]) that start at a word boundary, as
/// `\b` before the pattern would find them: leftmost first, without overlaps.
fn cap_runs(text: &str) -> impl Iterator<Item = Run<'_>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = next_upper_word_start(text, at)?;
        // The pattern has no look-around, so matching it on the text from `start` is
        // matching it at `start`; it always matches there.
        let end = start + CAP_RUN_AT.find(&text[start..]).map_or(0, |m| m.end());
        at = end.max(start + 1);
        Some(Run {
            start,
            run: &text[start..end],
        })
    })
}

/// The surnames of `text` (`\b\p{Lu}[\p{L}-]+\b`), leftmost first, without overlaps.
fn surname_mentions(text: &str) -> impl Iterator<Item = Run<'_>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let start = next_upper_word_start(text, at)?;
            // The text after `start` is all the final `\b` looks at.
            if let Some(m) = SURNAME_AT.find(&text[start..]) {
                at = start + m.end();
                return Some(Run { start, run: m.as_str() });
            }
            at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    })
}

impl NameIndex {
    pub(crate) fn build(text: &str, from: usize) -> NameIndex {
        let from = text.floor_char_boundary(from);
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        // The current line's extent and whether it is a headline, computed once per line.
        let mut line: (usize, usize, bool) = (0, 0, false);
        for m in cap_runs(&text[from..]) {
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
            while i < ws.len() {
                let title = is_title(ws[i]);
                if !(title || is_lead_or_article(ws[i])) {
                    break;
                }
                titles += usize::from(title && crate::gazetteer::demonym_country(ws[i]).is_none());
                i += 1;
            }
            let mut rest = &ws[i..];
            let mut at = from + m.start();
            // "Director of National Intelligence James Clapper", "White House Press
            // Secretary Sean Spicer": a name of two or three words after the title or
            // organisation word that ends a longer run.
            if (rest.len() > 4 || rest.iter().any(|w| is_org_word(w)))
                && let Some(j) = ws.iter().rposition(|w| is_title(w) || is_org_word(w))
                && (2..=3).contains(&(ws.len() - j - 1))
                && ws[j + 1..].iter().all(|w| !is_title(w) && !is_org_word(w))
            {
                rest = &ws[j + 1..];
                at += rest[0].as_ptr() as usize - s.as_ptr() as usize;
                titles += usize::from(is_title(ws[j]));
            }
            if rest.iter().any(|w| w.contains('’') || w.contains('\'')) {
                continue;
            }
            if rest.is_empty() || rest.len() > 4 {
                continue;
            }
            // A quoted title ("“Atlas Rising”") names a work, not a person.
            let end = s.as_ptr() as usize - text.as_ptr() as usize + s.len();
            if text[..from + m.start()].ends_with(['“', '"', '‘'])
                && text[end..].trim_start_matches([',', '.']).starts_with(['”', '"', '’'])
            {
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
            mentions.push((at, name));
        }
        // A bare surname ("Putin said") is a mention of the full name seen elsewhere.
        let surnames: std::collections::HashMap<&str, &str> = mentions
            .iter()
            .filter(|(_, n)| n.split_whitespace().count() >= 2)
            .filter_map(|(_, n)| n.split_whitespace().last().map(|l| (l, n.as_str())))
            .collect();
        let mut extra = Vec::new();
        // With no full name to extend, no surname is looked for.
        for m in surname_mentions(if surnames.is_empty() { "" } else { &text[from..] }) {
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
    let (mut words, mut long, mut long_capitalised) = (0usize, 0usize, true);
    for w in line.split_whitespace() {
        words += 1;
        if w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            long += 1;
            long_capitalised &= starts_upper(w);
        }
    }
    words >= 4 && long >= 3 && long_capitalised && !line.trim_end_matches(['.', '”', '"']).contains(". ") && words <= 20
}

#[cfg(test)]
mod tests {
    use super::cap_runs;

    /// A run starts at a word boundary, as `\b` before the pattern had it: not inside
    /// "eBay" or after a digit, but after a space, a curly quote or a dash.
    #[test]
    fn capitalised_runs_start_at_word_boundaries() {
        let runs = |t: &str| cap_runs(t).map(|m| m.as_str().to_string()).collect::<Vec<_>>();
        assert_eq!(runs("eBay Inc said"), ["Inc"]);
        assert_eq!(runs("3Com and McDonald Smith"), ["McDonald Smith"]);
        assert_eq!(runs("“Jim Lee,” said Ana de la Cruz"), ["Jim Lee", "Ana", "Cruz"]);
        assert_eq!(runs("naïveÉtienne —Émile Zola"), ["Émile Zola"]);
        // The same runs as the pattern with `\b` in front.
        let with_b = regex::Regex::new(&format!(r"\b(?:{})", super::CAP_RUN)).unwrap();
        for t in [
            "eBay Inc said",
            "O’Neil met Van der Berg_Jr at 3PM Monday",
            "x\u{301}Ab Cd",
            "Ⅻ Bc ²De",
        ] {
            let expected: Vec<&str> = with_b.find_iter(t).map(|m| m.as_str()).collect();
            assert_eq!(runs(t), expected, "{t}");
        }
    }

    /// Surnames are what `\b\p{Lu}[\p{L}-]+\b` finds, a hyphen or a letter outside ASCII
    /// beside them included.
    #[test]
    fn surnames_are_the_pattern_matches() {
        let pattern = regex::Regex::new(r"\b\p{Lu}[\p{L}-]+\b").unwrap();
        for t in [
            "Putin said Jean-Pierre Dupont-2 met Lee- and “Émile” O’Neil",
            "Abc-def2 Xy_z Ab-Cd- ÉtienneÉ naïveZola Ⅻab Ǆa Ab\u{301} ",
            "A B Cd’s de la Cruz, 3Com eBay Ab",
        ] {
            let expected: Vec<(usize, &str)> = pattern.find_iter(t).map(|m| (m.start(), m.as_str())).collect();
            let got: Vec<(usize, &str)> = super::surname_mentions(t).map(|r| (r.start(), r.as_str())).collect();
            assert_eq!(got, expected, "{t}");
        }
    }
}
