//! Source words (`en/source_words.tsv`): what tells a speaker's name from a fragment of
//! the sentence, a document or a building ("As Mr. Lee", "the statement", "the Harbour
//! Bridge").

use std::sync::LazyLock;

use super::{WordMap, field, rows};

const SOURCE_WORDS: &str = include_str!("en/source_words.tsv");

/// The source lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("source_words.tsv", SOURCE_WORDS)];

/// What a word says about a phrase that holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceWord {
    /// A clause word: a phrase starting with it is a fragment, not a name.
    Lead,
    /// A word joining clauses, dropped from the front of a phrase ("and").
    Link,
    /// A document or utterance ("statement", "letter").
    Document,
    /// A built place ("bridge", "mall").
    Facility,
    /// What a person leads, named after them ("the Lee administration").
    Led,
}

static WORDS: LazyLock<WordMap<SourceWord>> = LazyLock::new(|| {
    rows(SOURCE_WORDS)
        .map(|r| {
            let kind = match field(&r, 1, "source_words.tsv") {
                "lead" => SourceWord::Lead,
                "link" => SourceWord::Link,
                "document" => SourceWord::Document,
                "facility" => SourceWord::Facility,
                "led" => SourceWord::Led,
                other => panic!("lexicon source_words.tsv: unknown kind {other:?}"),
            };
            (r[0], kind)
        })
        .collect()
});

/// What a lowercased word is, if it is one of the source words.
pub(crate) fn source_word(lw: &str) -> Option<SourceWord> {
    WORDS.get(lw).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(source_word("when"), Some(SourceWord::Lead));
        assert_eq!(source_word("statement"), Some(SourceWord::Document));
        assert_eq!(source_word("bridge"), Some(SourceWord::Facility));
        assert_eq!(source_word("mayor"), None);
    }
}
