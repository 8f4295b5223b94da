//! Scheme 1, quote speakers: a speaker phrase reduced to a name ([`clean_name`]), the
//! fullest form of a name in the document, and an organisation by its acronym.

use super::{NameIndex, is_cap, is_org_word, is_person_name, is_title};

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
                && second.split_whitespace().all(is_cap) =>
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
        && (is_cap(ws[start - 1]) || (start < ws.len() && crate::lexicon::person::name_particle(ws[start - 1])))
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

/// The longest name in `all` whose words include all of `name`'s words, else `name`.
pub(crate) fn canonical_among(name: &str, all: &[String]) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() != 1 || !is_cap(words[0]) {
        return name.to_string();
    }
    let fuller: Vec<&String> = all
        .iter()
        // The surname compared first: few names end in it, and the name test is dear.
        .filter(|o| o.len() > name.len() && o.split_whitespace().last() == Some(words[0]) && is_person_name(o))
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

/// A person's surname: the last word of the name that is not a generational suffix
/// ("Ana Ruiz Jr." is a Ruiz).
pub(crate) fn surname(name: &str) -> &str {
    name.split_whitespace()
        .rev()
        .find(|w| !matches!(w.trim_end_matches([',', '.']), "Jr" | "Sr" | "II" | "III" | "IV"))
        .unwrap_or("")
}

pub(crate) fn canonical_full(m: &str, pos: usize, names: &NameIndex) -> String {
    // "Ana Ruiz Jr.": the surname, not the suffix, finds the full name.
    let last = surname(m);
    let last = if last.is_empty() { m } else { last };
    names.full(last, pos + 1).map_or_else(|| m.to_string(), str::to_string)
}
