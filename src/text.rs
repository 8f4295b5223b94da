//! Small text helpers shared by the stages: words, stop words, line and column.

/// 1-based line and column (in characters) of byte `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let pos = text.floor_char_boundary(pos);
    let before = &text[..pos];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Precomputed line starts for many `line_col` look-ups in one text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr_newlines(text));
        LineIndex { starts }
    }

    /// 1-based line and character column of byte `pos`.
    pub fn line_col(&self, text: &str, pos: usize) -> (usize, usize) {
        let pos = text.floor_char_boundary(pos);
        let line = self.starts.partition_point(|&s| s <= pos);
        let start = self.starts[line - 1];
        (line, text[start..pos].chars().count() + 1)
    }
}

/// Line and column look-ups for positions visited in increasing order: the column is
/// counted from the previous position on the same line, so a document that is one
/// enormous line costs linear time overall, not quadratic.
#[derive(Debug)]
pub struct Cursor<'a> {
    text: &'a str,
    index: &'a LineIndex,
    last: Option<(usize, usize, usize)>,
}

impl<'a> Cursor<'a> {
    /// A cursor over `text` with its line index.
    pub fn new(text: &'a str, index: &'a LineIndex) -> Cursor<'a> {
        Cursor {
            text,
            index,
            last: None,
        }
    }

    /// 1-based line and character column of byte `pos`.
    pub fn line_col(&mut self, pos: usize) -> (usize, usize) {
        let pos = self.text.floor_char_boundary(pos);
        let line = self.index.starts.partition_point(|&s| s <= pos);
        let col = match self.last {
            Some((l, p, c)) if l == line && p <= pos => c + self.text[p..pos].chars().count(),
            _ => self.text[self.index.starts[line - 1]..pos].chars().count() + 1,
        };
        self.last = Some((line, pos, col));
        (line, col)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i + 1)
}

/// Lowercased word tokens (letters, digits, apostrophes inside words).
pub fn words(s: &str) -> Vec<String> {
    word_slices(s).map(lower_word).collect()
}

/// The words of `s` as slices, from either end: the tokens of [`words`] before
/// lowercasing.
pub fn word_slices(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
}

/// A word slice as [`words`] gives it: lowercase, straight apostrophes.
pub fn lower_word(w: &str) -> String {
    // Most words are ASCII: lowercased in place, with no apostrophe to fold.
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    let mut out = w.to_lowercase();
    if out.contains('’') {
        out = out.replace('’', "'");
    }
    out
}

/// The content words of `s` ([`content_words`]), lazily and from either end.
pub fn content_word_iter(s: &str) -> impl DoubleEndedIterator<Item = String> {
    word_slices(s)
        .map(lower_word)
        .filter(|w| !is_stop(w))
        .map(|w| fold_plural(&w))
}

/// A short English stop-word list (`lexicon/en/stop_words.tsv`). Claim words ("about",
/// "least", "thousand") are not in it on purpose.
pub fn is_stop(w: &str) -> bool {
    crate::lexicon::numbers::is_stop_word(w)
}

/// Content words of `s`: lowercased, stop words removed, crude plural folding.
pub fn content_words(s: &str) -> Vec<String> {
    content_word_iter(s).collect()
}

/// "troops" -> "troop", "cities" -> "city"; leaves short words and "-ss" alone.
pub fn fold_plural(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", &w[..w.len() - 3])
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// The value of a cardinal word from "zero" to "nineteen" (lowercase).
pub fn cardinal_ones(w: &str) -> Option<f64> {
    crate::lexicon::numbers::cardinal(w).filter(|&n| n < 20.0)
}

/// The value of a tens word from "twenty" to "ninety" (lowercase).
pub fn cardinal_tens(w: &str) -> Option<f64> {
    crate::lexicon::numbers::cardinal(w).filter(|&n| n >= 20.0)
}

/// Collapse runs of whitespace to one space and trim.
pub fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// FNV-1a, 64 bits: a hash whose value is fixed by its definition, unlike std's
/// hashers, which may change between Rust releases.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// How many items two ascending, deduplicated lists share (word lists, id lists).
pub(crate) fn shared_sorted<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Words a per-thread memo ([`memo`]) keeps at most: a run's vocabulary is small beside
/// its words, so each word is worked out about once. Past this many, values are worked
/// out as asked.
const MEMO_WORDS: usize = 1 << 18;

/// A per-thread memo of a function of words, for [`memo`].
pub(crate) type Memo<V> = std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, V>>;

/// `f(w)`, kept in the thread's `cache` for the next time `w` is asked (stems, story
/// terms, event classes: a story's words are read again and again).
pub(crate) fn memo<V: Clone>(cache: &'static std::thread::LocalKey<Memo<V>>, w: &str, f: impl FnOnce(&str) -> V) -> V {
    cache.with(|cache| {
        if let Some(v) = cache.borrow().get(w) {
            return v.clone();
        }
        let v = f(w);
        let mut cache = cache.borrow_mut();
        if cache.len() < MEMO_WORDS {
            cache.insert(w.into(), v.clone());
        }
        v
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        // Test vectors of the FNV reference ("", "a", "foobar").
        assert_eq!(fnv1a(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "é🎉 a\nbc “d”";
        assert_eq!(line_col(text, 0), (1, 1));
        let d = text.find('d').unwrap();
        assert_eq!(line_col(text, d), (2, 5));
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, d), (2, 5));
        assert_eq!(idx.line_col(text, text.find('a').unwrap()), (1, 4));
        let mut cur = Cursor::new(text, &idx);
        assert_eq!(cur.line_col(text.find('a').unwrap()), (1, 4));
        assert_eq!(cur.line_col(d), (2, 5));
        assert_eq!(cur.line_col(0), (1, 1));
    }

    #[test]
    fn cardinal_words() {
        assert_eq!(cardinal_ones("zero"), Some(0.0));
        assert_eq!(cardinal_ones("nineteen"), Some(19.0));
        assert_eq!(cardinal_tens("twenty"), Some(20.0));
        assert_eq!(cardinal_tens("ninety"), Some(90.0));
        assert_eq!(cardinal_ones("twenty"), None);
    }

    #[test]
    fn content_words_drop_stop_words_and_fold_plurals() {
        assert_eq!(
            content_words("The troops’ cities were about 12,000"),
            ["troop", "city", "about", "12", "000"]
        );
    }
}
