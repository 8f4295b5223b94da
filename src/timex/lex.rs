//! Tokens and word lists for the date grammar.
//!
//! The text is cut into words, numbers and punctuation with byte offsets once (one
//! regex pass), so the grammar in `parse.rs` looks at a handful of tokens per position
//! and the whole scan stays linear.

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
    /// Lowercased, curly apostrophe folded, possessive `'s` removed.
    pub low: String,
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

/// Tokenize `text[from..to]`; offsets are into `text`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok<'_>> = Vec::new();
    let slice = &text[from..to];
    let mut last_end = 0usize;
    for m in TOKEN.find_iter(slice) {
        let name = branch(m.as_str());
        let gap = &slice[last_end..m.start()];
        let s = m.as_str();
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
        out.push(Tok {
            start: from + m.start(),
            end: from + m.end(),
            text: s,
            low,
            kind,
            nl_before: gap.contains('\n'),
            glued: gap.is_empty() && !out.is_empty(),
        });
        last_end = m.end();
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
}
