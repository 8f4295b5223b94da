//! The speaker policy: a speaker phrase read as a name with its role apart, a role with
//! no name, or nothing.

use super::{
    SourceWord, bare_lower, common_source, is_acronym, is_cap, is_connector, is_month_or_day, is_org_word,
    is_person_name, is_possessive, is_title,
};

/// A speaker phrase as the name policy reads it: the name of a person or organisation
/// (without its titles), the role written with it, or neither.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// "Jacob Lew", "Red Cross", "GUR"; `None` when the phrase names no one surely.
    pub(crate) name: Option<String>,
    /// "Treasury Secretary", "senior administration official".
    pub(crate) role: Option<String>,
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
        return lowercase_words(&ws, article, last, &head, role_head, phrase);
    }
    if ws.len() == 1 {
        return one_word(last, article, text);
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

/// A phrase with lowercase words (a step of [`speaker`]): a role phrase ("senior
/// administration official", "spokeswoman for the port"), an organisation named with a
/// lowercase head ("Obama campaign"), or a fragment.
fn lowercase_words(ws: &[&str], article: bool, last: &str, head: &str, role_head: bool, phrase: String) -> Speaker {
    let none = Speaker::default();
    let second = ws.get(1).map(|w| bare_lower(w)).unwrap_or_default();
    // "the Harbour City businessman": an article, names as modifiers, a lowercase
    // head noun that is not a document or a building.
    let described = article
        && !is_cap(last)
        && !is_org_word(last)
        && ws[..ws.len() - 1].iter().all(|w| is_cap(w))
        && crate::lexicon::sources::source_word(head).is_none();
    if role_head || described || (is_title(ws[0]) && matches!(second.as_str(), "for" | "of" | "to" | "at" | "with")) {
        return Speaker {
            name: None,
            role: Some(phrase),
        };
    }
    let org_head = ws.len() >= 2 && !is_cap(last) && is_org_word(last) && ws[..ws.len() - 1].iter().all(|w| is_cap(w));
    if !org_head && ws.len() == 1 && is_org_word(last) {
        // "the agency", "the hospital": an institution named elsewhere.
        return Speaker {
            name: None,
            role: Some(phrase),
        };
    }
    if org_head {
        Speaker {
            name: Some(phrase),
            role: None,
        }
    } else {
        none
    }
}

/// One capitalised word (a step of [`speaker`]): an acronym, a common source, an
/// institution with its article, or a name unless the document shows it is none.
fn one_word(last: &str, article: bool, text: &str) -> Speaker {
    let none = Speaker::default();
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
    if common || w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        none
    } else {
        Speaker {
            name: Some(w.to_string()),
            role: None,
        }
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
    // The occurrences `str::match_indices` gives, found faster; a match of a whole
    // string starts and ends on character boundaries.
    memchr::memmem::find_iter(text.as_bytes(), lw.as_bytes()).any(|i| {
        let before = text[..i].chars().next_back();
        let after = text[i + lw.len()..].chars().next();
        before.is_none_or(|c| !joins(c)) && after.is_none_or(|c| !joins(c))
    })
}
