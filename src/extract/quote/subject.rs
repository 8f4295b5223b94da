//! Subjects: the noun phrase a clause is about ("Mayor Ana Ruiz", "the harbour
//! director, Tomas Ekberg"), after its opening adverbials, and the words that open
//! or end a clause around it.

use super::speaker::{PRE_VERB, PRONOUN};
use crate::extract::names::{is_cap, is_month_or_day};

/// The subject of a sentence: its first noun phrase after any leading adverbial.
pub(super) fn sentence_subject(s: &str) -> Option<String> {
    subject(s, false)
}

/// Whether the noun phrase `np`, found as the subject of `s` (the sentence up to a
/// quotation), can be the subject of a clause. It cannot when it is a label
/// ("Updated:"), when it stands right before the quotation it modifies ("Draft
/// “talking points”"), when "of" or "than" follows it ("Chants of", "More than
/// 650,000 people"), or when it is one opening participle or adverb with no verb after
/// it ("Telling the crowd", "Shortly after"); "Tresling called it" keeps its subject.
pub(super) fn can_be_subject(s: &str, np: &str) -> bool {
    fn bare(w: &str) -> &str {
        w.trim_end_matches([',', ';', ':'])
    }
    let toks: Vec<&str> = s.split_whitespace().collect();
    let words: Vec<&str> = np.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let Some(start) = toks.iter().position(|w| bare(w) == *first) else {
        return true;
    };
    let Some(k) = (start..toks.len()).find(|&k| bare(toks[k]) == *last) else {
        return true;
    };
    if toks[k].ends_with(':') {
        return false;
    }
    if toks[k].ends_with([',', ';']) {
        return true;
    }
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let ln = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if matches!(ln.as_str(), "of" | "than") {
        return false;
    }
    if words.len() == 1 && opens_time_phrase(next) {
        return false;
    }
    let lw = last.to_lowercase();
    let opener = words.len() == 1 && (lw.ends_with("ing") || lw.ends_with("ly"));
    !opener || !next.starts_with(char::is_lowercase) || is_verbish(&ln) || PRE_VERB.is_match(&ln)
}

/// The subject of a clause that goes on to a speech verb or participle ("Ruiz seemed
/// pleased, telling reporters"): a single capitalised word is taken even when a
/// place has that name, as many surnames are town names.
pub(super) fn speaking_subject(s: &str) -> Option<String> {
    subject(s, true)
}

/// The subject of a sentence that is one capitalised word which is also a place's
/// name ("Moore thanked him for “...”"), when the document writes it as a person's
/// surname ("Julianne Moore", "Sen. Moore") and never after "in" or "near".
pub(super) fn surname_subject(s: &str, text: &str) -> Option<String> {
    if subject(s, false).is_some() {
        return None;
    }
    let np = subject(s, true)?;
    let w = np.as_str();
    let single = !w.contains(char::is_whitespace) && w.chars().all(char::is_alphabetic);
    // The word must open its phrase in the text: after a capitalised word ("Gov. Jan
    // Brewer" cut at a title's dot) it is the end of a longer name.
    let at = text.find(s)? + s.find(w)?;
    let prev = text[..at].split_whitespace().next_back().unwrap_or("");
    let inside_name = prev.starts_with(char::is_uppercase) && !prev.ends_with([',', ';', ':']);
    (single
        && !inside_name
        && !PRONOUN.is_match(w)
        && crate::gazetteer::lookup_exact(w).is_some()
        && written_as_surname(text, w))
    .then_some(np)
}

/// Whether `text` writes `w` after a given name or a title and never as a place ("in
/// Moore", "near Moore").
fn written_as_surname(text: &str, w: &str) -> bool {
    let mut surname = false;
    for (i, _) in text.match_indices(w) {
        let after = text[i + w.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) || !text[..i].ends_with(' ') {
            continue;
        }
        let mut prev = text[..i].split_whitespace().rev();
        let p = prev.next().unwrap_or("");
        let pp = prev.next().unwrap_or("").to_lowercase();
        if matches!(p, "in" | "near" | "In" | "Near") {
            return false;
        }
        let given = p.len() >= 2
            && p.chars().next().is_some_and(char::is_uppercase)
            && p.chars().skip(1).all(char::is_lowercase)
            && crate::gazetteer::lookup_exact(p).is_none()
            && !is_month_or_day(p)
            && !is_lead_word(p)
            && names_someone(&[p])
            && !matches!(pp.as_str(), "in" | "near" | "at" | "of" | "from");
        surname |= given || crate::extract::names::is_title(p);
    }
    surname
}

fn subject(s: &str, speaks: bool) -> Option<String> {
    let s = after_openings(s)?;
    let mut words: Vec<&str> = Vec::new();
    let toks: Vec<&str> = s.split_whitespace().collect();
    if let Some(np) = role_in_apposition(&toks) {
        return Some(np);
    }
    for (k, w) in toks.iter().copied().enumerate() {
        let bare = w.trim_end_matches([',', ';', ':']);
        let lw = bare.to_lowercase();
        // "One Ruiz aide", "Band drummer Vex": capitalised words before a role noun
        // modify the role; a capitalised run after it is the role holder's name.
        if !words.is_empty()
            && !is_cap(bare)
            && words.iter().all(|w| is_cap(w) && !is_month_or_day(w))
            && crate::lexicon::roles::role_noun(&lw)
        {
            words.push(bare);
            if !w.ends_with([',', ';', ':']) {
                for n in &toks[k + 1..] {
                    let nb = n.trim_end_matches([',', ';', ':', '.']);
                    if !is_cap(nb) || nb.starts_with(|c: char| c.is_ascii_digit()) || is_month_or_day(nb) {
                        break;
                    }
                    words.push(nb);
                    if n.len() != nb.len() || words.len() >= 8 {
                        break;
                    }
                }
                let article = matches!(words[0], "A" | "An" | "The");
                if article && words.len() == 2 && super::speaker::is_role_noun(bare) {
                    role_complement(&toks[k + 1..], &mut words);
                }
            }
            return Some(words.join(" "));
        }
        // "Secretary of State Ana Ruiz": "of" between capitalised words.
        if lw == "of" && words.last().is_some_and(|p| is_cap(p)) && toks.get(k + 1).is_some_and(|n| is_cap(n)) {
            words.push(bare);
            continue;
        }
        if words.is_empty() && matches!(lw.as_str(), "the" | "a" | "an") {
            words.push(bare);
            continue;
        }
        if (is_cap(bare) && !bare.starts_with(|c: char| c.is_ascii_digit()))
            || (!words.is_empty() && is_cap(words[words.len() - 1]) && bare.ends_with("’s"))
        {
            words.push(bare);
        } else if !words.is_empty() && words.iter().any(|w| is_cap(w)) {
            // "An NBC News journalist": a lowercase head noun may end the phrase.
            // "Ruiz’s campaign said": a possessive and its head noun, when a verb follows.
            let owned = words.last().is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"))
                && toks.get(k + 1).is_some_and(|n| {
                    let ln = n.to_lowercase();
                    is_verbish(&ln) || PRE_VERB.is_match(&ln)
                });
            let det = matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an") || owned;
            // A last word right before the quotation is its verb ("the FBI lists “...”").
            let before_quote = k + 1 == toks.len() && bare.len() == w.len();
            if det
                && !before_quote
                && words.len() < 6
                && bare.chars().all(char::is_alphabetic)
                && !PRE_VERB.is_match(bare)
                && !is_verbish(&lw)
            {
                words.push(bare);
                if bare.len() == w.len() && super::speaker::is_role_noun(bare) {
                    role_complement(&toks[k + 1..], &mut words);
                }
            }
            break;
        } else if PRONOUN.is_match(bare) && words.is_empty() {
            words.push(bare);
            break;
        } else {
            break;
        }
        if w.ends_with([',', ';', ':']) {
            break;
        }
        if words.len() >= 8 {
            break;
        }
    }
    let np = words.join(" ");
    // "We’ve", "I’m", "They're": a pronoun with its verb, never a name.
    if words
        .first()
        .and_then(|w| w.split(['’', '\'']).next())
        .is_some_and(|p| p.len() < words[0].len() && PRONOUN.is_match(p))
    {
        return None;
    }
    if words.len() == 1 && !PRONOUN.is_match(&np) {
        let w = words[0];
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
        if all_caps && letters.len() > 4
            || is_month_or_day(w)
            || is_lead_word(w)
            || (!speaks && crate::gazetteer::lookup_exact(w).is_some())
            || matches!(
                w,
                "To" | "Wait" | "Adding" | "Hours" | "From" | "Transcript" | "President"
            )
        {
            return None;
        }
    }
    if words.iter().any(|w| is_month_or_day(w)) || words.first().is_some_and(|w| is_lead_word(w)) {
        return None;
    }
    let has_name = names_someone(&words);
    (has_name || PRONOUN.is_match(&np)).then_some(np)
}

/// "A spokeswoman for the Harbour Board emailed ...": a role keeps the complement that
/// says whose it is (a preposition, an optional article and a capitalised name).
fn role_complement<'a>(toks: &[&'a str], words: &mut Vec<&'a str>) {
    let Some(&prep) = toks.first() else {
        return;
    };
    if !matches!(prep, "for" | "to" | "of" | "at") {
        return;
    }
    let mut k = 1;
    if toks.get(k).is_some_and(|w| *w == "the") {
        k += 1;
    }
    let mut name: Vec<&str> = Vec::new();
    while let Some(&w) = toks.get(k) {
        let bare = w.trim_end_matches([',', ';', ':']);
        let connector = matches!(bare, "of" | "and") && toks.get(k + 1).is_some_and(|n| is_cap(n));
        if !(is_cap(bare) || (connector && !name.is_empty())) || is_month_or_day(bare) || name.len() >= 6 {
            break;
        }
        name.push(bare);
        k += 1;
        if bare.len() != w.len() {
            break;
        }
    }
    if name.is_empty() {
        return;
    }
    words.extend(toks[..k - name.len()].iter().copied());
    words.extend(name);
}

/// "The harbour master, Tomas Ekberg, wrote", "Ruiz’s campaign manager, Omar Haddad,
/// said": a role phrase (an article or a possessive, then lowercase words ending in a
/// role noun) with the holder's name in apposition. The role and the name, for the
/// name policy to keep apart.
fn role_in_apposition(toks: &[&str]) -> Option<String> {
    let first = *toks.first()?;
    let opener = matches!(first, "The" | "the" | "A" | "a" | "An" | "an")
        || (is_cap(first) && (first.ends_with("’s") || first.ends_with("'s")));
    if !opener {
        return None;
    }
    // The role ends at the first comma, within six words.
    let end = toks.iter().take(6).position(|w| w.ends_with(','))?;
    let role: Vec<&str> = toks[1..=end].iter().map(|w| w.trim_end_matches(',')).collect();
    let head = role.last()?.to_lowercase();
    if is_cap(role.last()?) || !crate::lexicon::roles::role_noun(&head) {
        return None;
    }
    // The name: two to four capitalised words closed by a comma.
    let mut name: Vec<&str> = Vec::new();
    for w in toks.iter().skip(end + 1).take(4) {
        let b = w.trim_end_matches(',');
        if !is_cap(b) || is_month_or_day(b) || b.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        name.push(b);
        if w.ends_with(',') {
            break;
        }
    }
    let closed = toks.get(end + name.len()).is_some_and(|w| w.ends_with(','));
    (closed && name.len() >= 2).then(|| format!("{} {}", role.join(" "), name.join(" ")))
}

/// Words that open an adverbial before a sentence's subject ("On Monday, ...").
pub(super) fn is_lead_word(w: &str) -> bool {
    matches!(
        w.trim_end_matches(','),
        "On" | "In"
            | "At"
            | "During"
            | "After"
            | "Before"
            | "Meanwhile"
            | "But"
            | "And"
            | "However"
            | "Still"
            | "Yet"
            | "Later"
            | "Earlier"
            | "Then"
            | "Also"
            | "Last"
            | "This"
            | "Speaking"
            | "Asked"
            | "When"
            | "While"
            | "Since"
            | "Despite"
            | "With"
            | "Amid"
            | "As"
            | "Among"
            | "Although"
            | "Though"
            | "For"
            | "Under"
            | "Over"
            | "From"
            | "Following"
            | "Worried"
            | "Like"
            | "Unlike"
            | "Without"
            | "By"
            | "If"
            | "Once"
            | "Now"
            | "So"
            | "Instead"
            | "Indeed"
            | "Yesterday"
            | "Today"
            | "Here"
            | "There"
            | "Even"
    )
}

pub(super) fn is_verbish(lw: &str) -> bool {
    lw.ends_with("ed")
        || lw.ends_with("es")
        || lw == "reports"
        || lw == "says"
        || matches!(
            lw,
            "is" | "was"
                | "has"
                | "had"
                | "have"
                | "are"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "did"
                | "does"
                | "do"
                | "may"
                | "might"
                | "must"
                | "should"
                | "appeared"
                | "went"
                | "made"
                | "took"
                | "got"
                | "gave"
        )
}

/// A lowercase word that opens a phrase of time after an adverb ("Shortly after",
/// "Minutes before", "Soon after").
fn opens_time_phrase(w: &str) -> bool {
    matches!(
        w,
        "after" | "before" | "when" | "while" | "since" | "following" | "upon"
    )
}

/// `s` after up to three opening adverbials ("Hours later, ", "On Monday, ", "But ").
fn after_openings(s: &str) -> Option<&str> {
    let mut s = s.trim_start();
    for i in 0..3 {
        let first = s.split_whitespace().next()?;
        // "In June, after the storm hit, Ruiz ...": a second opening may start in lowercase.
        let lower_lead = i > 0
            && matches!(
                first,
                "after" | "before" | "when" | "while" | "since" | "although" | "though" | "once" | "despite"
            );
        // "Shortly after the vote, X ...", "Minutes before noon, X ...": a word opening
        // a subordinate phrase of time.
        let subordinate = !first.ends_with(',') && s.split_whitespace().nth(1).is_some_and(opens_time_phrase);
        // "Hours later, X ...", "Two days ago, X ...": an opening phrase of time.
        let timed = s.find(", ").filter(|&c| c < 40).is_some_and(|c| {
            let chunk: Vec<&str> = s[..c].split_whitespace().collect();
            chunk.len() <= 4
                && chunk.last().is_some_and(|w| {
                    let lw = w.to_lowercase();
                    matches!(
                        lw.as_str(),
                        "later" | "ago" | "earlier" | "before" | "after" | "afterward"
                    ) || is_month_or_day(w)
                })
        });
        if !timed
            && !subordinate
            && !lower_lead
            && !is_lead_word(first)
            && !first.starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        if let Some(c) = s.find(", ").filter(|&c| c < 100) {
            s = &s[c + 2..];
        } else if matches!(first, "But" | "And" | "Yet" | "So") {
            s = s[first.len()..].trim_start();
        } else {
            break;
        }
    }
    Some(s)
}

/// Whether a subject's words name someone: a capitalised word that is not a
/// determiner or a clause opener.
fn names_someone(words: &[&str]) -> bool {
    words.iter().any(|w| {
        is_cap(w)
            && !matches!(
                *w,
                "The"
                    | "A"
                    | "An"
                    | "This"
                    | "That"
                    | "These"
                    | "Those"
                    | "There"
                    | "Here"
                    | "What"
                    | "It"
                    | "Its"
                    | "Such"
                    | "Some"
                    | "Many"
                    | "Most"
                    | "All"
                    | "Other"
                    | "Another"
                    | "One"
                    | "Both"
                    | "Each"
                    | "No"
                    | "If"
                    | "As"
            )
    })
}

/// The subject of the clause that introduces a quotation with a colon, when the
/// sentence's own subject is not a name ("That is, when the moderators pushed, Ruiz
/// called them on it:"): the first capitalised run right before a finite verb. The
/// clause must not name another source after the verb ("received a letter from Ruiz:").
pub(super) fn clause_subject(head: &str) -> Option<String> {
    let toks: Vec<&str> = head.split_whitespace().collect();
    let v = (1..toks.len()).find(|&k| {
        let lw = toks[k].to_lowercase();
        toks[k].chars().next().is_some_and(char::is_lowercase)
            && (lw.ends_with("ed") || lw.ends_with("es") || lw.ends_with('s'))
            && is_verbish(&lw)
            && is_cap(toks[k - 1].trim_start_matches(['—', '–']))
    })?;
    if toks[v + 1..].iter().any(|w| {
        matches!(w.to_lowercase().as_str(), "from" | "by" | "of")
            || crate::lexicon::speech::ends_name(&w.to_lowercase())
    }) || toks[v + 1..].len() > 6
    {
        return None;
    }
    let mut start = v;
    while start > 0 && is_cap(toks[start - 1].trim_start_matches(['—', '–'])) && v - start < 4 {
        start -= 1;
    }
    let run: Vec<&str> = toks[start..v]
        .iter()
        .map(|w| w.trim_start_matches(['—', '–']))
        .collect();
    let first = *run.first()?;
    if is_lead_word(first) || run.iter().any(|w| is_month_or_day(w)) || toks[start].ends_with(',') {
        return None;
    }
    Some(run.join(" "))
}

/// `head` without a closing phrase of time ("Here is Ruiz in May 2019" → "Here is
/// Ruiz"): a preposition followed only by month or weekday names, numbers and
/// their qualifiers.
pub(super) fn without_time_tail(head: &str) -> &str {
    let words: Vec<(usize, &str)> = head
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w))
        .collect();
    let Some(p) = words
        .iter()
        .rposition(|(_, w)| matches!(*w, "in" | "on" | "at" | "during" | "since" | "from" | "until" | "by"))
    else {
        return head;
    };
    let tail = &words[p + 1..];
    let timed = !tail.is_empty()
        && tail.iter().any(|(_, w)| is_month_or_day(w.trim_end_matches(',')))
        && tail.iter().all(|(_, w)| {
            let w = w.trim_end_matches(',');
            is_month_or_day(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(w, "early" | "late" | "mid" | "the" | "of" | "last" | "this" | "next")
        });
    if timed { head[..words[p].0].trim_end() } else { head }
}
