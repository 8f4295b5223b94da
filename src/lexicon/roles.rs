//! Role nouns (`en/role_nouns.tsv`): words for a person by what they do or are to
//! someone. A speaker phrase headed by one, with no name, is a role ("a senior
//! official"); some take a complement ("a spokesman for"); some bare plurals are common
//! sources ("Police said").

use std::sync::LazyLock;

use super::{WordSet, words, words_where};

const ROLE_NOUNS: &str = include_str!("en/role_nouns.tsv");

/// The role-noun list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("role_nouns.tsv", ROLE_NOUNS)];

static ROLE: LazyLock<WordSet> = LazyLock::new(|| words(ROLE_NOUNS));
static COMPLEMENT: LazyLock<WordSet> = LazyLock::new(|| words_where(ROLE_NOUNS, 1, "yes"));
static COMMON: LazyLock<WordSet> = LazyLock::new(|| words_where(ROLE_NOUNS, 2, "yes"));
static AFTER_VERB: LazyLock<WordSet> = LazyLock::new(|| words_where(ROLE_NOUNS, 3, "yes"));

/// Whether a lowercased word names a person by role, as written or as the singular of
/// a plural ("supporters", "witnesses", "spokeswomen"); titles are in `titles`.
pub(crate) fn role_noun(lw: &str) -> bool {
    ROLE.contains(lw)
        || lw.strip_suffix('s').is_some_and(|s| ROLE.contains(s))
        || lw.strip_suffix("es").is_some_and(|s| ROLE.contains(s))
        || lw
            .strip_suffix("men")
            .is_some_and(|s| ROLE.contains(format!("{s}man").as_str()))
}

/// Whether a lowercased word is a role taking a complement ("a spokesman for").
pub(crate) fn takes_complement(lw: &str) -> bool {
    COMPLEMENT.contains(lw)
}

/// Whether a lowercased word, as a bare plural, is a common source ("Police said").
pub(crate) fn common_source(lw: &str) -> bool {
    COMMON.contains(lw)
}

/// Whether a lowercased word, as a bare plural right after a speech verb, is who spoke
/// ("..., said police"), not the start of a new clause ("said relatives would").
pub(crate) fn source_after_verb(lw: &str) -> bool {
    AFTER_VERB.contains(lw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_yes_or_no_and_plurals_are_found() {
        for r in super::super::rows(ROLE_NOUNS) {
            for c in [1, 2, 3] {
                assert!(
                    matches!(super::super::field(&r, c, "role_nouns.tsv"), "yes" | "no"),
                    "{r:?}"
                );
            }
        }
        assert!(role_noun("supporters") && role_noun("witnesses") && role_noun("fishermen"));
        assert!(takes_complement("spokesman") && !takes_complement("supporter"));
        assert!(common_source("police") && !common_source("police officer"));
        assert!(source_after_verb("police") && common_source("relatives") && !source_after_verb("relatives"));
        assert!(!role_noun("statement") && !role_noun("bridge"));
    }
}
