//! Titles, offices, honorifics and role words (`en/titles.tsv`): what quote speakers
//! drop from the front of a person's name, and what the quote reconciler ignores when
//! it compares two speakers' names (the same titles plus articles and "said").

use std::sync::LazyLock;

use super::{WordSet, field, rows, words_where};

const TITLES: &str = include_str!("en/titles.tsv");

/// The title list, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("titles.tsv", TITLES)];

static NAME_TITLE: LazyLock<WordSet> = LazyLock::new(|| words_where(TITLES, 1, "yes"));
static SPEAKER_FILLER: LazyLock<WordSet> = LazyLock::new(|| words_where(TITLES, 2, "yes"));

/// Whether a lowercased word without its trailing dot is a title or role dropped from
/// the front of a person's name ("president", "sen", "spokesman").
pub(crate) fn name_title(lw: &str) -> bool {
    NAME_TITLE.contains(lw)
}

/// Whether a lowercased word is ignored when two speakers' names are compared.
pub(crate) fn speaker_filler(lw: &str) -> bool {
    SPEAKER_FILLER.contains(lw)
}

/// The abbreviations that open a speaker after an inverted speech verb ("said Sen.
/// Lee"), as written with their dot, as a regex alternation in list order, each
/// escaped: `Sen\.|Rep\.|...|U\.S\.|...`.
pub(crate) fn abbreviation_alternation() -> String {
    rows(TITLES)
        .map(|r| field(&r, 3, "titles.tsv"))
        .filter(|a| *a != "-")
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_yes_or_no() {
        for r in super::super::rows(TITLES) {
            for c in [1, 2] {
                assert!(
                    matches!(super::super::field(&r, c, "titles.tsv"), "yes" | "no"),
                    "{r:?}"
                );
            }
        }
        assert!(name_title("sen") && !name_title("the") && speaker_filler("the"));
        assert!(!name_title("jr") && !speaker_filler("jr"));
    }

    /// The abbreviations are the dotted titles of "said Sen. Lee", each once.
    #[test]
    fn abbreviations() {
        let a = abbreviation_alternation();
        let mut forms: Vec<&str> = a.split('|').collect();
        forms.sort_unstable();
        let want = [
            r"Col\.", r"Dr\.", r"Gen\.", r"Gov\.", r"Jr\.", r"Lt\.", r"Mr\.", r"Mrs\.", r"Ms\.", r"Rep\.", r"Rev\.",
            r"Sen\.", r"St\.", r"U\.S\.",
        ];
        assert_eq!(forms, want);
    }
}
