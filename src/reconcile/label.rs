//! How a group is labelled for a reader: the words of a count's key as its sentences
//! write them.

use super::Ctx;

/// A modifier as claim `i`'s sentence writes it: a verb kept as its stem ("damag",
/// "runn") is shown as the word of the sentence it stems ("damaged", "running"); a
/// modifier the sentence holds as it is stays as it is.
pub(super) fn as_written(ctx: &Ctx, i: usize, m: &str) -> String {
    let c = &ctx.claims[i];
    let text = ctx.docs[c.doc].text.get(c.sentence.start..c.sentence.end).unwrap_or("");
    let words: Vec<String> = crate::text::word_slices(text).map(crate::text::lower_word).collect();
    if words.iter().any(|w| w == m) {
        return m.to_string();
    }
    words
        .into_iter()
        .find(|w| w.len() > m.len() && crate::extract::count::verb_stem(w) == m)
        .unwrap_or_else(|| m.to_string())
}
