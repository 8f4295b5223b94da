//! Names: the crate's name policies in one place. A speaker or source phrase ("Mr.
//! Smith", "the spokesman, John Smith", "Ukrainian intelligence") becomes a comparable
//! name here. Three schemes live side by side, moved as they were; they are not yet
//! unified (that would change the reports), and this note says where they differ so
//! that a later change can unify them.
//!
//! # 1. Quote speakers: [`clean_name`] (used by the quote tracker)
//!
//! Cuts the phrase at its first comma and keeps the last run of capitalised words
//! (with the name particles of `lexicon/en/name_particles.tsv` inside), stopping
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
//!
//! The word shapes every scheme asks (titles, organisation words, capitals, sentence
//! ends) are here; each scheme is a file: `canonical.rs` (1), `index.rs` (2),
//! `source.rs` (3), and `speaker.rs` for the speaker policy that quotes and attribution
//! share.

mod canonical;
mod index;
mod source;
mod speaker;

pub(crate) use canonical::{canonical_among, canonical_full, clean_name, org_acronym, strip_parens, surname};
pub(crate) use index::NameIndex;
pub(crate) use source::{DocTables, clean, normalize};
pub(crate) use speaker::{role_phrase, speaker};

use crate::lexicon::sources::SourceWord;

/// Title and role words dropped from the front of a person's name.
pub(crate) fn is_title(w: &str) -> bool {
    let lw = w.trim_end_matches('.').to_lowercase();
    crate::lexicon::titles::name_title(&lw) || crate::gazetteer::demonym_country(w).is_some()
}

/// Whether a dot after `word` ends a sentence: the word is no title or initial ("him."
/// ends one, "Gov.", "U.S." and "J." do not). `word` may carry its dot.
pub(crate) fn dot_ends_sentence(word: &str) -> bool {
    !is_title(word) && word.chars().filter(|c| c.is_lowercase()).count() >= 2
}

/// Words that mark an organisation rather than a person.
pub(crate) fn is_org_word(w: &str) -> bool {
    let lw = w.to_lowercase();
    crate::lexicon::organisations::is_org_word(lw.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `s` looks like a person's name: 1-4 capitalised words, no organisation words.
pub(crate) fn is_person_name(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    !ws.is_empty()
        && ws.len() <= 4
        && ws.iter().all(|w| is_cap(w) || crate::lexicon::person::name_particle(w))
        && !ws.iter().any(|w| is_org_word(w))
        && crate::gazetteer::lookup_exact(s).is_none()
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

pub(crate) fn is_cap(w: &str) -> bool {
    w.trim_start_matches(['(', '“', '"', '‘'])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Common nouns that name sources ("Police said" at the start of a sentence).
fn common_source(w: &str) -> bool {
    crate::lexicon::roles::common_source(&w.to_lowercase())
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
    crate::lexicon::person::name_particle(w) || matches!(w, "of" | "for" | "and" | "the" | "&")
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
