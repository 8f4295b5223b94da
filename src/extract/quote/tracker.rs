//! The tracker: resolves raw speaker phrases to canonical names as the document is
//! read (pronouns, role nouns, short forms of names seen before).

use super::speaker::PRONOUN;
use crate::extract::names::{
    NameIndex, after_sentence_break, canonical_full, clean_name, is_cap, is_person_name, is_title, org_acronym,
    strip_parens,
};
use crate::model::SpeakerBasis;
use crate::segment::Segments;

/// Resolves raw speaker phrases to canonical names as the document is read.
#[derive(Default)]
pub(super) struct Tracker {
    /// Canonical names with the role words seen with them, most recent last.
    pub(super) known: Vec<(String, Vec<String>)>,
    /// The last speaker, where, and in which paragraph.
    pub(super) last: Option<(String, usize, Option<usize>)>,
}

impl Tracker {
    pub(super) fn resolve(
        &mut self,
        raw: &str,
        pos: usize,
        text: &str,
        seg: &Segments,
        names: &NameIndex,
    ) -> Option<(String, SpeakerBasis)> {
        let raw = after_sentence_break(raw.trim());
        if let Some(acr) = org_acronym(raw) {
            return Some((acr, SpeakerBasis::Named));
        }
        let raw = strip_parens(raw);
        let bare = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            return None;
        }
        if PRONOUN.is_match(bare) {
            return self
                .pronoun(bare, pos, text, seg, names)
                .map(|n| (n, SpeakerBasis::Pronoun));
        }
        let words: Vec<&str> = bare.split_whitespace().collect();
        let lower_head = words.last().is_some_and(|w| !is_cap(w));
        let determiner = matches!(words[0].to_lowercase().as_str(), "the" | "a" | "an");
        let caps = words.iter().skip(usize::from(determiner)).filter(|w| is_cap(w)).count();
        // "the president", "the agency", "the former senator", "the Senator": a role
        // noun.
        let titled = words.len() == 2 && is_title(words[1]);
        if determiner && (caps == 0 || titled) {
            let head = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
            if let Some(name) = self.by_role(&head) {
                return Some((name, SpeakerBasis::Role));
            }
            let role = head.trim_end_matches('s');
            if let Some((_, _, n)) = names
                .roles
                .iter()
                .rev()
                .find(|(p, r, _)| *p < pos && r.trim_end_matches('s') == role)
            {
                return Some((canonical_full(n, pos, names), SpeakerBasis::Role));
            }
            return Some((bare.to_string(), SpeakerBasis::Role));
        }
        // "the Times", "the Kremlin": an institution keeps its article for the policy.
        if determiner && caps == 1 && words.len() == 2 && !titled {
            return Some((bare.to_string(), SpeakerBasis::Named));
        }
        // "a longtime adviser to Mayor Ana Ruiz": a role whose complement names someone
        // else is still a role, not that person.
        if crate::extract::names::role_phrase(&words).is_some() {
            return Some((bare.to_string(), SpeakerBasis::Role));
        }
        let name = clean_name(bare);
        if name.is_empty() {
            return None;
        }
        let roles: Vec<String> = words
            .iter()
            .filter(|w| !name.contains(**w))
            .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
            .collect();
        let canonical = if lower_head {
            name
        } else {
            let nw: Vec<&str> = name.split_whitespace().collect();
            if nw.len() == 1 {
                names
                    .full(nw[0], pos)
                    .map(str::to_string)
                    .or_else(|| {
                        self.known
                            .iter()
                            .rev()
                            .find(|(k, _)| k.split_whitespace().last() == Some(nw[0]))
                            .map(|(k, _)| k.clone())
                    })
                    .unwrap_or(name)
            } else {
                name
            }
        };
        if let Some(k) = self.known.iter_mut().find(|(k, _)| *k == canonical) {
            k.1.extend(roles);
        } else {
            self.known.push((canonical.clone(), roles));
        }
        Some((canonical, SpeakerBasis::Named))
    }

    fn by_role(&self, head: &str) -> Option<String> {
        let head = head.trim_end_matches('s');
        self.known
            .iter()
            .rev()
            .find(|(k, roles)| {
                roles.iter().any(|r| r.trim_end_matches('s') == head)
                    || k.to_lowercase().split_whitespace().any(|w| w == head)
            })
            .map(|(k, _)| k.clone())
    }

    /// The pronoun rules, one line each:
    /// - "it", "they", "we": the last speaker, if an organisation (never two people).
    /// - "he", "she", "I": the one named person the paragraph mentions before the
    ///   quotation, outside a prepositional phrase ("by Rep. Lee"); nobody when it
    ///   mentions two; else the last speaker, if a person; else the last person
    ///   mentioned as a subject.
    fn pronoun(&self, p: &str, pos: usize, text: &str, seg: &Segments, names: &NameIndex) -> Option<String> {
        let lp = p.to_lowercase();
        let last = self.last.as_ref().map(|(n, lpos, _)| (n, *lpos));
        if !matches!(lp.as_str(), "he" | "she" | "i") {
            return last.filter(|(n, _)| !is_person_name(n)).map(|(n, _)| n.clone());
        }
        let person = |m: &str| is_person_name(m) && crate::extract::names::speaker(m, "").name.is_some();
        let para_start = seg.paragraph_at(pos).map_or(0, |i| seg.paragraphs[i].start);
        // Persons the paragraph names as subjects, whether their verb is a speech verb,
        // and where the sentence of their last mention starts.
        let mut in_para: Vec<(String, bool, usize)> = Vec::new();
        // At most the 1,500 bytes before the quotation, so a huge paragraph stays linear.
        let para_start = para_start.max(pos.saturating_sub(1500));
        let from = names.mentions.partition_point(|(mp, _)| *mp < para_start);
        let to = names.mentions.partition_point(|(mp, _)| *mp < pos).max(from);
        for (mpos, m) in &names.mentions[from..to] {
            // A quoted title ("“Atlas Rising” made him") is nobody.
            if text[..*mpos].ends_with(['“', '"', '‘']) {
                continue;
            }
            let prev = text[..*mpos].split_whitespace().next_back().unwrap_or("");
            let governed = matches!(
                prev.to_lowercase().as_str(),
                "by" | "to" | "with" | "of" | "for" | "from" | "about" | "against" | "at" | "on" | "and"
            );
            // The mention as written: its capitalised words from `mpos`.
            let mut written: Vec<&str> = Vec::new();
            for w in text[*mpos..].split_whitespace().take(6) {
                if !w.starts_with(char::is_uppercase) {
                    break;
                }
                written.push(w);
                if w.ends_with([',', ';', ':']) {
                    break;
                }
            }
            let after = written.last().copied().unwrap_or("");
            // "Ruiz’s plan": a possessive is what the paragraph is about, not its speaker.
            let possessive = after.ends_with("’s") || after.ends_with("'s") || after.ends_with("’s,");
            // The subject of its clause: a verb comes next ("Ruiz said", "Ruiz, the
            // mayor, offered", "Ruiz didn’t"), not an object ("praised Ruiz for").
            let rest = text[*mpos..]
                .splitn(written.len() + 1, char::is_whitespace)
                .last()
                .unwrap_or("");
            let mut rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix('(') {
                rest = r.split_once(')').map_or(r, |(_, b)| b).trim_start();
            }
            // An apposition set off by commas: "Ruiz, the mayor, offered" (the first
            // comma may end the name as written), not a clause after the name ("Ruiz,
            // saying ...").
            if after.ends_with(',')
                && !possessive
                && let Some((apposition, b)) = rest.split_once(',')
                && apposition.split_whitespace().count() <= 12
                && !apposition.split_whitespace().any(|w| {
                    w.ends_with(['!', '?']) || (w.ends_with('.') && !crate::extract::names::dot_is_not_an_end(w))
                })
                && !super::speaker::PRE_VERB.is_match(apposition)
            {
                rest = b.trim_start();
            } else if let Some(r) = rest.strip_prefix(',') {
                rest = r.split_once(',').map_or(r, |(_, b)| b).trim_start();
            }
            // The verb after the subject, past an adverb ("Ruiz also said").
            let next = rest
                .split_whitespace()
                .map(|w| w.to_lowercase())
                .find(|w| !(super::np::between_subject_and_verb(w) || (w.ends_with("ly") && w.len() > 4)))
                .unwrap_or_default();
            let next = next.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
            // A participle after a comma ("Ruiz, saying") hangs on another subject.
            let participle = super::speaker::PARTICIPLE.is_match(next);
            let speaks = super::speaker::PRE_VERB.is_match(next) && !participle;
            let verb = if participle {
                !after.ends_with(',')
            } else {
                speaks || super::subject::is_verbish(next) || next.ends_with("n’t") || next.ends_with("n't")
            };
            // "Reyes and Haddad spoke": two subjects, and "he" could be either.
            let coordinated = next == "and" && rest.split_whitespace().nth(1).is_some_and(is_cap);
            let sentence = seg.sentence_span(*mpos).start;
            if person(m) && !governed && !possessive && coordinated {
                in_para.push((m.clone(), true, sentence));
                in_para.push((String::new(), true, sentence));
            }
            if person(m) && !governed && !possessive && verb {
                let full = canonical_full(m, *mpos, names);
                let surname = crate::extract::names::surname(&full).to_string();
                match in_para
                    .iter_mut()
                    .find(|(n, _, _)| crate::extract::names::surname(n) == surname)
                {
                    Some(seen) => {
                        seen.1 |= speaks;
                        seen.2 = sentence;
                    }
                    None => in_para.push((full, speaks, sentence)),
                }
            }
        }
        // The subjects of speech verbs first ("Ruiz said Vance is not ready, and he
        // said ...": Ruiz, Vance's clause being what Ruiz said); but a subject of a
        // later sentence that does not speak may be "he" as well. Two candidates
        // leave "he" to no one.
        let speakers = in_para.iter().filter(|e| e.1).count();
        let last_speech = in_para.iter().filter(|e| e.1).map(|e| e.2).max().unwrap_or(0);
        let fit: Vec<String> = in_para
            .into_iter()
            .filter(|(_, s, at)| *s || speakers == 0 || *at > last_speech)
            .map(|(n, _, _)| n)
            .collect();
        match fit.len() {
            1 => return fit.into_iter().next(),
            0 => {}
            _ => return None,
        }
        // "he" is a person named in full (a bare surname may be anyone's).
        let last = last.filter(|(n, _)| is_person_name(n) && n.split_whitespace().count() >= 2);
        let mention = names.last_person_before(pos).filter(|(_, m)| person(m));
        match (last, mention) {
            (Some((n, lpos)), Some((mpos, m))) => {
                // A person mentioned after the last quotation's speaker, as a subject,
                // takes over; but the same surname is the same person.
                if mpos > lpos
                    && !n.ends_with(m.split_whitespace().last().unwrap_or(""))
                    && sentence_starts_with(text, seg, mpos)
                {
                    Some(canonical_full(m, mpos, names))
                } else {
                    Some(n.clone())
                }
            }
            (Some((n, _)), None) => Some(n.clone()),
            (None, Some((mpos, m))) => Some(canonical_full(m, mpos, names)),
            (None, None) => None,
        }
    }
}

/// Whether the mention at `pos` is in subject position: early in its sentence.
pub(super) fn sentence_starts_with(text: &str, seg: &Segments, pos: usize) -> bool {
    let s = seg.sentence_span(pos);
    let before = text.get(s.start..pos).unwrap_or("");
    before.split_whitespace().count() <= 6 && !before.contains(" by ") && !before.contains(" to ")
}
