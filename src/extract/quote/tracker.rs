//! The tracker: resolves raw speaker phrases to canonical names as the document is
//! read (pronouns, role nouns, short forms of names seen before).

use super::speaker::PRONOUN;
use crate::extract::names::{
    NameIndex, after_sentence_break, canonical_full, clean_name, is_cap, is_person_name, org_acronym, strip_parens,
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
        let caps = words.iter().filter(|w| is_cap(w)).count();
        // "the president", "the agency", "the former senator": a role noun.
        if determiner && caps == 0 {
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

    /// "he said": the nearest person, preferring the last named speaker when it is at
    /// least as recent as the last person mentioned.
    fn pronoun(&self, p: &str, pos: usize, text: &str, seg: &Segments, names: &NameIndex) -> Option<String> {
        let _ = (text, seg);
        let lp = p.to_lowercase();
        let person_ok = |n: &str| is_person_name(n);
        let last = self
            .last
            .as_ref()
            .filter(|(n, _, _)| lp == "it" || lp == "they" || lp == "we" || person_ok(n));
        let mention = if matches!(lp.as_str(), "he" | "she" | "i") {
            names.last_person_before(pos)
        } else {
            None
        };
        match (last, mention) {
            (Some((n, lpos, _)), Some((mpos, m))) => {
                // A person mentioned after the last quotation's speaker, as a subject,
                // takes over; but the same surname is the same person.
                if mpos > *lpos
                    && !n.ends_with(m.split_whitespace().last().unwrap_or(""))
                    && sentence_starts_with(text, seg, mpos)
                {
                    Some(canonical_full(m, mpos, names))
                } else {
                    Some(n.clone())
                }
            }
            (Some((n, _, _)), None) => Some(n.clone()),
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
