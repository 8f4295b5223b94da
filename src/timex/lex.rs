//! Tokens and word lists for the date grammar.
//!
//! The text is cut into words, numbers and punctuation with byte offsets once (one
//! regex pass), so the grammar in `parse.rs` looks at a handful of tokens per position
//! and the whole scan stays linear.

use std::borrow::Cow;
use std::sync::LazyLock;

use jiff::civil::Weekday;
use regex::Regex;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Tk {
    /// Letters (with inner apostrophes).
    Word,
    /// A plain number: `23`, `2024`, `12,000`, `2.5`.
    Num(f64),
    /// An ordinal in digits: `23rd`.
    Ord(u32),
    /// A decade in digits: `1990s` (value 199).
    Decade(i32),
    /// `'90s` (two digits, century to be decided).
    ApDecade(i32),
    /// `2024-10-23`.
    Iso(i32, i32, i32),
    /// `10/23/2024` (month, day, year as written).
    Slash(i32, i32, i32),
    /// One punctuation character.
    Punct(char),
}

/// One token with its byte span.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// The surface text.
    pub text: &'a str,
    /// Lowercased, curly apostrophe folded, possessive `'s` removed: borrowed from the
    /// text when that is the surface itself (most words of news text).
    pub low: Cow<'a, str>,
    pub kind: Tk,
    /// A line break separates it from the previous token.
    #[allow(dead_code)]
    pub nl_before: bool,
    /// No space separates it from the previous token.
    pub glued: bool,
}

impl Tok<'_> {
    /// Whether the surface form starts with an uppercase letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

// No capture groups: `find_iter` runs on the lazy DFA, and the branch that matched is
// read back from the matched text (the branches start and end differently).
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \d{4}-\d{1,2}-\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b
      | \d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b
      | ['’]\d0s\b
      | \d{3}0s\b
      | \d{1,3}(?:st|nd|rd|th)\b
      | \d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+
      | [\p{L}][\p{L}\p{M}]*(?:['’][\p{L}]+)*
      | [^\s\p{L}\d]
    ",
    )
    .expect("token regex")
});

/// Which branch of [`TOKEN`] matched `s`.
fn branch(s: &str) -> &'static str {
    let b = s.as_bytes();
    let first = s.chars().next().unwrap_or(' ');
    if matches!(first, '\'' | '’') && s.len() > first.len_utf8() {
        return "ap";
    }
    if first.is_alphabetic() {
        return "word";
    }
    if !first.is_numeric() {
        return "punct";
    }
    if !b[0].is_ascii_digit() {
        // `\d` is Unicode: other scripts' digits are numbers without an ASCII value.
        return "num";
    }
    if b.len() >= 8 && b[4] == b'-' && b[..4].iter().all(u8::is_ascii_digit) {
        "iso"
    } else if b.contains(&b'/') {
        "slash"
    } else if s.ends_with("0s") && b.len() == 5 {
        "dec"
    } else if b.last().is_some_and(u8::is_ascii_alphabetic) {
        "ord"
    } else {
        "num"
    }
}

/// A character class of [`TOKEN`], read from the regex engine's own Unicode tables, so
/// that the hand-written scan below cuts exactly where the pattern would.
struct Class {
    /// Membership of each ASCII character.
    ascii: [bool; 128],
    /// Sorted, disjoint ranges of the whole class.
    ranges: Vec<(char, char)>,
}

impl Class {
    fn new(pattern: &str) -> Class {
        let hir = regex_syntax::Parser::new().parse(pattern).expect("class pattern");
        let regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class)) = hir.kind() else {
            panic!("{pattern} is not a Unicode class");
        };
        let ranges: Vec<(char, char)> = class.ranges().iter().map(|r| (r.start(), r.end())).collect();
        let mut ascii = [false; 128];
        for (b, slot) in ascii.iter_mut().enumerate() {
            *slot = Class::search(&ranges, char::from(b as u8));
        }
        Class { ascii, ranges }
    }

    fn search(ranges: &[(char, char)], c: char) -> bool {
        let i = ranges.partition_point(|&(_, hi)| hi < c);
        ranges.get(i).is_some_and(|&(lo, _)| lo <= c)
    }

    fn has(&self, c: char) -> bool {
        if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            Class::search(&self.ranges, c)
        }
    }
}

/// `\p{L}`, `\p{M}`, `\d` and `\s` as [`TOKEN`] reads them.
struct Classes {
    letter: Class,
    mark: Class,
    digit: Class,
    space: Class,
}

static CLASSES: LazyLock<Classes> = LazyLock::new(|| Classes {
    letter: Class::new(r"\p{L}"),
    mark: Class::new(r"\p{M}"),
    digit: Class::new(r"\d"),
    space: Class::new(r"\s"),
});

/// The end of the word branch of [`TOKEN`] (`[\p{L}][\p{L}\p{M}]*(?:['’][\p{L}]+)*`)
/// matched at `start`, where `slice` has a letter.
fn word_end(cl: &Classes, slice: &str, start: usize) -> usize {
    let mut chars = slice[start..].chars();
    let mut end = start + chars.next().map_or(0, char::len_utf8);
    for c in chars {
        if !(cl.letter.has(c) || cl.mark.has(c)) {
            break;
        }
        end += c.len_utf8();
    }
    loop {
        let mut chars = slice[end..].chars();
        let Some(apostrophe @ ('\'' | '’')) = chars.next() else {
            return end;
        };
        let mut to = end + apostrophe.len_utf8();
        for c in chars {
            if !cl.letter.has(c) {
                break;
            }
            to += c.len_utf8();
        }
        if to == end + apostrophe.len_utf8() {
            return end;
        }
        end = to;
    }
}

/// The matches of [`TOKEN`] in `slice`, as `find_iter` gives them. Every character but
/// white space starts a match, and its first character decides the branch: a letter
/// can only start a word and any other character but a digit or an apostrophe stands
/// alone, so only those two ask the pattern.
fn token_spans(slice: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let cl = &*CLASSES;
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let c = slice[at..].chars().next()?;
            if cl.space.has(c) {
                at += c.len_utf8();
                continue;
            }
            let start = at;
            at = if cl.letter.has(c) {
                word_end(cl, slice, start)
            } else if c == '\'' || c == '’' || cl.digit.has(c) {
                TOKEN.find_at(slice, start).map_or(start + c.len_utf8(), |m| m.end())
            } else {
                start + c.len_utf8()
            };
            return Some((start, at));
        }
    })
}

/// `s` lowercased with the curly apostrophe folded to `'`, without a copy when that
/// changes nothing (ASCII with no capital).
fn lowered(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(s.to_lowercase().replace('’', "'"))
    }
}

/// Cuts `s` to its first `n` bytes.
fn truncate(s: &mut Cow<'_, str>, n: usize) {
    match s {
        Cow::Borrowed(b) => *b = &b[..n],
        Cow::Owned(o) => o.truncate(n),
    }
}

/// Tokenize `text[from..to]`; offsets are into `text`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    let slice = &text[from..to];
    // About one token in five bytes of news text.
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(slice.len() / 5);
    let mut last_end = 0usize;
    for (m_start, m_end) in token_spans(slice) {
        let s = &slice[m_start..m_end];
        let name = branch(s);
        let gap = &slice[last_end..m_start];
        let kind = match name {
            "iso" => {
                let d = s.split('T').next().unwrap_or(s);
                let p: Vec<i32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
                Tk::Iso(p[0], p[1], p[2])
            }
            "slash" => {
                let p: Vec<i32> = s.split('/').filter_map(|x| x.parse().ok()).collect();
                Tk::Slash(p[0], p[1], p[2])
            }
            "ap" => Tk::ApDecade(s[s.len() - 3..s.len() - 2].parse::<i32>().unwrap_or(0)),
            "dec" => Tk::Decade(s[..3].parse().unwrap_or(0)),
            "ord" => Tk::Ord(s[..s.len() - 2].parse().unwrap_or(0)),
            "num" => Tk::Num(if s.contains(',') {
                s.replace(',', "").parse().unwrap_or(f64::NAN)
            } else {
                s.parse().unwrap_or(f64::NAN)
            }),
            "word" => Tk::Word,
            _ => Tk::Punct(s.chars().next().unwrap_or(' ')),
        };
        let mut low = lowered(s);
        if kind == Tk::Word {
            if let Some(stem) = low.strip_suffix("'s") {
                let n = stem.len();
                truncate(&mut low, n);
            } else if low.ends_with("s'") {
                let n = low.len() - 1;
                truncate(&mut low, n);
            }
        }
        out.push(Tok {
            start: from + m_start,
            end: from + m_end,
            text: s,
            low,
            kind,
            nl_before: gap.contains('\n'),
            glued: gap.is_empty() && !out.is_empty(),
        });
        last_end = m_end;
    }
    out
}

/// Month number from a month word (full or abbreviated), lowercased, no dot, with
/// whether it was an abbreviation.
pub(crate) fn month(w: &str) -> Option<(i32, bool)> {
    crate::lexicon::calendar::month(w).map(|m| (m.number, m.abbr))
}

/// Weekday from a weekday word (full or abbreviated, lowercased, no dot).
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    crate::lexicon::calendar::weekday(w).map(|d| d.day)
}

/// Small cardinal number words.
pub(crate) use crate::text::cardinal_ones as small_number;

/// Tens words.
pub(crate) use crate::text::cardinal_tens as tens;

/// Ordinal words up to "thirty-first" are built from these.
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    crate::lexicon::time::ordinal(w)
}

/// Decade words: "the nineties" -> 9.
pub(crate) fn decade_word(w: &str) -> Option<i32> {
    crate::lexicon::time::decade(w)
}

/// A unit of time, singular or plural, with whether it was plural.
pub(crate) fn unit(w: &str) -> Option<(super::Unit, bool)> {
    use super::Unit::*;
    let u = crate::lexicon::time::unit(w)?;
    // The list's unit names.
    let unit = match u.unit {
        "second" => Second,
        "minute" => Minute,
        "hour" => Hour,
        "day" => Day,
        "week" => Week,
        "fortnight" => Fortnight,
        "month" => Month,
        "quarter" => Quarter,
        "year" => Year,
        "decade" => Decade,
        "century" => Century,
        other => panic!("lexicon time_units.tsv: unknown unit {other:?}"),
    };
    Some((unit, u.plural))
}

/// Season words: their TIMEX3 season code.
pub(crate) fn season(w: &str) -> Option<&'static str> {
    crate::lexicon::time::season(w)
}

/// Words that mark future reference in a clause.
pub(crate) use crate::lexicon::tense::is_future_marker;

/// Words that mark past reference in a clause (besides `-ed` forms).
pub(crate) use crate::lexicon::tense::{is_irregular_past, is_past_marker};

/// `-ed` words that mark the past ("walked"), not the exceptions ("expected").
pub(crate) use crate::lexicon::tense::is_regular_past;

#[cfg(test)]
mod tests {
    use super::*;

    /// The lowercase form as it was made before it could be borrowed: always a new
    /// string.
    fn owned_low(s: &str, kind: Tk) -> String {
        let mut low = if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase().replace('’', "'")
        };
        if kind == Tk::Word {
            if let Some(stem) = low.strip_suffix("'s") {
                low.truncate(stem.len());
            } else if low.ends_with("s'") {
                low.pop();
            }
        }
        low
    }

    #[test]
    fn borrowed_lowercase_equals_the_owned_one() {
        let t = "On Monday the Police's car, the officers' report, O'NEIL’S dog, Zoë’s \
                 ÉCOLE, it's 12,000 and 2.5 — the '90s, JAN. 23rd, a boys’ club; x's s' ’s 's";
        let toks = tokenize(t, 0, t.len());
        assert!(toks.iter().any(|k| matches!(k.low, Cow::Borrowed(_))));
        assert!(toks.iter().any(|k| matches!(k.low, Cow::Owned(_))));
        for k in &toks {
            assert_eq!(k.low, owned_low(k.text, k.kind), "{:?}", k.text);
        }
    }

    proptest::proptest! {
        #[test]
        fn borrowed_lowercase_equals_the_owned_one_on_any_text(t in "[a-zA-Z'’sÉé0-9 ,.]{0,40}") {
            for k in tokenize(&t, 0, t.len()) {
                let owned = owned_low(k.text, k.kind);
                proptest::prop_assert_eq!(&*k.low, owned.as_str());
            }
        }
    }

    #[test]
    fn tokens_read_back_their_branch() {
        let t = "On 2024-10-23, 10/23/2024, the '90s, 1990s, 23rd, 12,000 and 2.5 — Zoë’s ٣٣ Ⅻ ’";
        let toks = tokenize(t, 0, t.len());
        let kinds: Vec<String> = toks
            .iter()
            .filter(|k| k.kind != Tk::Punct(','))
            .map(|k| format!("{}={:?}", k.text, k.kind))
            .collect();
        assert_eq!(
            kinds.join(" "),
            "On=Word 2024-10-23=Iso(2024, 10, 23) 10/23/2024=Slash(10, 23, 2024) the=Word '90s=ApDecade(9) \
             1990s=Decade(199) 23rd=Ord(23) 12,000=Num(12000.0) and=Word 2.5=Num(2.5) —=Punct('—') \
             Zoë’s=Word ٣٣=Num(NaN) Ⅻ=Word ’=Punct('’')"
        );
    }

    /// The hand-written scan cuts where the pattern's `find_iter` does.
    fn assert_same_spans(t: &str) {
        let by_pattern: Vec<(usize, usize)> = TOKEN.find_iter(t).map(|m| (m.start(), m.end())).collect();
        assert_eq!(token_spans(t).collect::<Vec<_>>(), by_pattern, "{t:?}");
    }

    #[test]
    fn token_spans_are_the_pattern_matches() {
        for t in [
            "On 2024-10-23, 10/23/2024, the '90s, 1990s, 23rd, 12,000 and 2.5 — Zoë’s ٣٣ Ⅻ ’",
            "don’t rock'n'roll o'' ’tis ’90s ’٣0s '90sé '90s_ 2024-10-234 1,2345 3.x 12th-century",
            "e\u{301}t\u{301}e\u{301} cafe\u{301}’s a\u{301}’\u{301}b \u{a0}x\u{2003}y\u{85}z \u{b}\u{1c}w",
            "2024-01-05T10:30:00Z 2024-1-5T1:30+0530 1/2/33 11/22/3333é 1990s's 23rdé 7thx ٣rd ᧐",
            "“Quoted,” he said—and left… (maybe) [1] #tag @user 50% $3.50 €4 ½ ² ⅓ Ⅻ 🎉🎉 x🎉y",
            "",
            "   ",
            "'",
            "’s",
        ] {
            assert_same_spans(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn token_spans_match_the_pattern_on_any_text(t in "[a-zA-Z0-9 ,.'’/\\-:+TZs\u{301}\u{a0}\n\t\u{b}é٣Ⅻ½🎉—“”_]{0,60}") {
            let by_pattern: Vec<(usize, usize)> = TOKEN.find_iter(&t).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(token_spans(&t).collect::<Vec<_>>(), by_pattern);
        }
    }
}
