//! The name index: titles, organisation words, person-name shapes, and the names of
//! people mentioned in a document.

use std::sync::LazyLock;

use regex::Regex;

use super::speaker::{is_abbrev, is_cap};

/// Title and role words dropped from the front of a person's name.
pub(super) fn is_title(w: &str) -> bool {
    let lw = w.trim_end_matches('.').to_lowercase();
    matches!(
        lw.as_str(),
        "president"
            | "vice"
            | "prime"
            | "minister"
            | "secretary"
            | "sen"
            | "senator"
            | "sens"
            | "reps"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "gen"
            | "general"
            | "lt"
            | "col"
            | "colonel"
            | "maj"
            | "major"
            | "capt"
            | "captain"
            | "sgt"
            | "sergeant"
            | "officer"
            | "detective"
            | "chief"
            | "deputy"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "prof"
            | "professor"
            | "rev"
            | "reverend"
            | "judge"
            | "justice"
            | "attorney"
            | "sheriff"
            | "commissioner"
            | "prosecutor"
            | "district"
            | "county"
            | "city"
            | "councilman"
            | "councilwoman"
            | "councilor"
            | "alderman"
            | "officer’s"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "leader"
            | "speaker"
            | "foreign"
            | "defense"
            | "defence"
            | "state"
            | "interior"
            | "finance"
            | "house"
            | "senate"
            | "majority"
            | "minority"
            | "former"
            | "u.s"
            | "us"
            | "democratic"
            | "republican"
            | "gop"
            | "democrat"
            | "independent"
            | "sir"
            | "lord"
            | "lady"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "father"
            | "sister"
            | "brother"
            | "ambassador"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "press"
            | "first"
            | "nominee"
            | "candidate"
            | "presidential"
            | "acting"
            | "assistant"
            | "associate"
            | "executive"
            | "director"
            | "ceo"
            | "chancellor"
            | "premier"
            | "mp"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "superintendent"
            | "coach"
            | "inspector"
            | "pastor"
            | "bishop"
            | "cardinal"
            | "imam"
            | "rabbi"
            | "st"
            | "dept"
            | "department"
            | "national"
            | "security"
            | "council"
            | "adviser"
            | "advisor"
            | "homeland"
            | "health"
            | "justice’s"
            | "lieutenant"
            | "trooper"
            | "corporal"
            | "cpl"
            | "pvt"
            | "admiral"
            | "adm"
            | "agent"
            | "special"
    ) || crate::gazetteer::demonym_country(w).is_some()
}

/// Words that mark an organisation rather than a person.
pub(super) fn is_org_word(w: &str) -> bool {
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
pub(super) fn is_person_name(s: &str) -> bool {
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
pub(super) fn clean_name(raw: &str) -> String {
    let raw = raw.split(',').next().unwrap_or(raw).trim();
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
pub(super) struct NameIndex {
    /// (byte position, full name) of every person-like mention, in order.
    pub(super) mentions: Vec<(usize, String)>,
    /// (byte position, lowercased title word, name): "Prosecutor Mark Lindquist".
    pub(super) roles: Vec<(usize, String, String)>,
}

pub(super) static SURNAME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Lu}[\p{L}-]+\b").expect("valid regex"));
pub(super) static CAP_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|bin|al|da|del)\s+)?\p{Lu}[\p{L}’'.-]*){0,6}")
        .expect("valid regex")
});

impl NameIndex {
    pub(super) fn build(text: &str, from: usize) -> NameIndex {
        let from = text.floor_char_boundary(from);
        let mut mentions = Vec::new();
        let mut roles = Vec::new();
        for m in CAP_RUN.find_iter(&text[from..]) {
            // A run may cross a sentence end ("in Kursk. U.S. officials"): cut there.
            let mut run = m.as_str();
            if let Some(cut) = run
                .split_inclusive(char::is_whitespace)
                .scan(0, |off, w| {
                    let here = *off;
                    *off += w.len();
                    Some((here, w))
                })
                .find(|(o, w)| *o + w.len() < run.len() && w.trim_end().ends_with('.') && !is_abbrev(w.trim_end()))
                .map(|(o, w)| o + w.trim_end().len())
            {
                run = &run[..cut];
            }
            let s = run.trim_end_matches(['.', '’', '\'']);
            let s = s.strip_suffix("’s").or_else(|| s.strip_suffix("'s")).unwrap_or(s);
            let ws: Vec<&str> = s.split_whitespace().collect();
            let mut i = 0;
            let mut titles = 0;
            while i < ws.len()
                && (is_title(ws[i]) || matches!(ws[i], "The" | "A" | "An" | "But" | "And" | "In" | "On" | "At"))
            {
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
    pub(super) fn full(&self, surname: &str, pos: usize) -> Option<&str> {
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
    pub(super) fn last_person_before(&self, pos: usize) -> Option<(usize, &str)> {
        let i = self.mentions.partition_point(|(p, _)| *p < pos);
        self.mentions[..i]
            .iter()
            .rev()
            .find(|(_, n)| n.split_whitespace().count() >= 1)
            .map(|(p, n)| (*p, n.as_str()))
    }
}

pub(super) fn is_month_or_day(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}
