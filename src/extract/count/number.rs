//! Tokens and number grammar for count extraction.
//!
//! A sentence is cut into word, number and punctuation tokens with byte offsets, then
//! [`parse_quantity`] reads one quantity starting at a token: digits with separators
//! and decimals, scale words ("1.64-billion", "12k"), number words ("one hundred and
//! five", "a dozen"), vague quantities ("tens of thousands", "a few hundred") and
//! ranges ("between 2,000 and 3,000", "2,000-3,000", "two or three"). Hedges and the
//! counted noun are the caller's business: this module only knows numbers.

use crate::lexicon::numbers::{self, ScaleForm};
use crate::text::{cardinal_ones as ones, cardinal_tens as tens};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (with apostrophes inside).
    Word,
    /// ASCII digits with `,` or `.` between digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Byte offset of the first byte in the document.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokKind,
    /// Lowercased text with `’` folded to `'`.
    pub lower: String,
    /// Whether whitespace precedes the token (or it starts the sentence).
    pub space_before: bool,
    /// Whether the token starts with an uppercase letter.
    pub cap: bool,
}

impl Tok {
    /// Whether the token is the punctuation character `c`.
    pub fn is(&self, c: &str) -> bool {
        self.lower == c
    }

    /// Whether the token is a word equal to `w` (lowercase).
    pub fn word(&self, w: &str) -> bool {
        self.kind == TokKind::Word && self.lower == w
    }

    /// Whether the token is one of the quotation marks.
    pub fn is_quote(&self) -> bool {
        self.kind == TokKind::Punct && matches!(self.lower.as_str(), "\"" | "“" | "”" | "'" | "‘" | "’" | "«" | "»")
    }
}

/// Tokenize `text[start..end]`; offsets stay relative to `text`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(s) = text.get(start..end) else {
        return out;
    };
    let bytes = s.as_bytes();
    let mut iter = s.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let (kind, j) = if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < bytes.len() {
                let b = bytes[j];
                if b.is_ascii_digit() {
                    j += 1;
                } else if (b == b',' || b == b'.') && j + 1 < bytes.len() && bytes[j + 1].is_ascii_digit() {
                    j += 2;
                } else {
                    break;
                }
            }
            (TokKind::Num, j)
        } else if c.is_alphabetic() {
            let mut j = i + c.len_utf8();
            let rest = &s[j..];
            let mut chars = rest.char_indices().peekable();
            while let Some((k, d)) = chars.next() {
                if d.is_alphabetic()
                    || ((d == '\'' || d == '’') && chars.peek().is_some_and(|&(_, e)| e.is_alphabetic()))
                {
                    j = i + c.len_utf8() + k + d.len_utf8();
                } else {
                    break;
                }
            }
            (TokKind::Word, j)
        } else {
            (TokKind::Punct, i + c.len_utf8())
        };
        while iter.peek().is_some_and(|&(k, _)| k < j) {
            iter.next();
        }
        let raw = &s[i..j];
        out.push(Tok {
            start: start + i,
            end: start + j,
            kind,
            lower: crate::text::lower_word(raw),
            space_before: space,
            cap: c.is_uppercase(),
        });
        space = false;
    }
    out
}

/// A quantity as read from the tokens, before hedges and units.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Quantity {
    /// First token index.
    pub first: usize,
    /// One past the last token index.
    pub next: usize,
    /// The stated number (for a range, the midpoint; `None` for vague quantities).
    pub point: Option<f64>,
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
    /// A range ("between 2,000 and 3,000").
    pub range: bool,
    /// A vague quantity ("thousands").
    pub vague: bool,
    /// Written with a decimal or scale word ("1.64 billion"): the interval carries the
    /// stated precision.
    pub scaled: bool,
    /// Digits were used (not number words).
    pub digits: bool,
    /// A currency code from a prefix symbol ("usd").
    pub currency: Option<&'static str>,
    /// Written as a bare four-digit integer (maybe a year).
    pub year_like: bool,
    /// Followed by "of" that belongs to the quantity ("thousands of", "a dozen of").
    pub takes_of: bool,
}

impl Quantity {
    /// Whether a scale word multiplies the digits ("1.5 million", "12k").
    pub fn scaled_by_word(&self) -> bool {
        self.scaled && self.point.is_some_and(|v| v >= 1000.0)
    }
}

/// Scales of thousands after a number: "thousand", "million", "12k", and after money
/// "bn" ("dozen" and "hundred" are read by the number grammar's own rules).
pub(crate) fn scale(w: &str, money: bool) -> Option<f64> {
    let (value, form) = numbers::scale(w)?;
    match form {
        ScaleForm::Word => (value >= 1e3).then_some(value),
        ScaleForm::Suffix => Some(value),
        ScaleForm::Money => money.then_some(value),
    }
}

fn is_number_word(w: &str) -> bool {
    ones(w).is_some() || tens(w).is_some() || numbers::scale_word(w).is_some()
}

/// Currency symbol tokens.
fn currency_symbol(t: &Tok) -> Option<&'static str> {
    match t.lower.as_str() {
        "$" => Some("usd"),
        "€" => Some("eur"),
        "£" => Some("gbp"),
        "¥" => Some("jpy"),
        "₹" => Some("inr"),
        "₽" => Some("rub"),
        "₴" => Some("uah"),
        "₩" => Some("krw"),
        _ => None,
    }
}

/// Parse "1,234.5" into a number; `None` when the separators are not thousands groups.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let (int, frac) = match s.find('.') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if frac.is_some_and(|f| f.contains('.') || f.contains(',')) {
        return None;
    }
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() > 1 && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let joined: String = groups.concat();
    let full = match frac {
        Some(f) => format!("{joined}.{f}"),
        None => joined,
    };
    full.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The place value of the last significant digit as written ("1.64" -> 0.01, "12,000" -> 1000).
pub(crate) fn precision_of(s: &str) -> f64 {
    if let Some(i) = s.find('.') {
        let decimals = s.len() - i - 1;
        return 10f64.powi(-(decimals as i32));
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    if digits.trim_end_matches('0').is_empty() {
        return 1.0;
    }
    10f64.powi(zeros as i32)
}

struct Base {
    next: usize,
    value: f64,
    low: f64,
    high: f64,
    vague: bool,
    scaled: bool,
    digits: bool,
    precision: f64,
    has_scale: bool,
    year_like: bool,
    takes_of: bool,
}

/// Vague quantity words: multiples of `base` (a quantity in the "dozens" of `base`).
fn vague_of(w: &str) -> Option<(f64, f64)> {
    // (low, high) in units of the word's base.
    Some(match w {
        "dozens" => (24.0, 199.0),
        "scores" => (40.0, 199.0),
        "hundreds" => (200.0, 1999.0),
        "thousands" => (2000.0, 19999.0),
        "millions" => (2e6, 19_999_999.0),
        "billions" => (2e9, 19_999_999_999.0),
        _ => return None,
    })
}

fn word_at(toks: &[Tok], i: usize) -> Option<&str> {
    toks.get(i)
        .filter(|t| t.kind == TokKind::Word)
        .map(|t| t.lower.as_str())
}

/// Read a number word sequence ("one hundred and five", "twenty-five thousand").
fn parse_words(toks: &[Tok], i: usize) -> Option<(f64, usize, bool)> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut any = false;
    let mut has_scale = false;
    while let Some(w) = word_at(toks, j) {
        if let Some(v) = ones(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += v;
        } else if let Some(v) = tens(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += v;
            // "twenty-five"
            if toks.get(j + 1).is_some_and(|t| t.is("-") && !t.space_before)
                && let Some(o) = word_at(toks, j + 2).and_then(ones)
                && o < 10.0
                && o > 0.0
            {
                current += o;
                j += 2;
            }
        } else if w == "hundred" && any {
            current = if current == 0.0 { 100.0 } else { current * 100.0 };
            has_scale = true;
        } else if w == "dozen" && any {
            current = if current == 0.0 { 12.0 } else { current * 12.0 };
        } else if let Some(s) = scale(w, false).filter(|_| any && w != "k") {
            total += if current == 0.0 { s } else { current * s };
            current = 0.0;
            has_scale = true;
        } else if w == "and"
            && any
            && has_scale
            && word_at(toks, j + 1).is_some_and(|n| ones(n).is_some() || tens(n).is_some())
        {
            // "one hundred and five"
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    any.then_some((total + current, j, has_scale))
}

fn base_at(toks: &[Tok], i: usize, money: bool) -> Option<Base> {
    let t = toks.get(i)?;
    let plain = |value: f64, next: usize, digits: bool, precision: f64, has_scale: bool| Base {
        next,
        value,
        low: value,
        high: value,
        vague: false,
        scaled: false,
        digits,
        precision,
        has_scale,
        year_like: false,
        takes_of: false,
    };
    match t.kind {
        TokKind::Num => {
            let v = parse_digits(&t.lower)?;
            let mut b = plain(v, i + 1, true, precision_of(&t.lower), false);
            b.scaled = t.lower.contains('.');
            b.year_like = t.lower.len() == 4 && !t.lower.contains([',', '.']);
            // Attached suffix: "12k", "1.5bn"; ordinals and other letters make it no count.
            if let Some(n) = toks.get(i + 1).filter(|n| !n.space_before && n.kind == TokKind::Word) {
                let s = scale(&n.lower, money).filter(|_| n.lower != "m" || money)?;
                b.value *= s;
                b.precision *= s;
                b.next = i + 2;
                b.scaled = true;
                b.has_scale = true;
                b.year_like = false;
            } else if let Some(s) = scale_after(toks, i + 1, money) {
                b.value *= s.0;
                b.precision *= s.0;
                b.next = s.1;
                b.scaled = true;
                b.has_scale = true;
                b.year_like = false;
            }
            b.low = b.value;
            b.high = b.value;
            Some(b)
        }
        TokKind::Word => {
            let w = t.lower.as_str();
            // "tens of thousands", "hundreds of thousands"
            if matches!(w, "tens" | "hundreds")
                && word_at(toks, i + 1) == Some("of")
                && let Some(s @ ("thousands" | "millions" | "billions")) = word_at(toks, i + 2)
            {
                let unit = match s {
                    "thousands" => 1e3,
                    "millions" => 1e6,
                    _ => 1e9,
                };
                let m = if w == "tens" { 10.0 } else { 100.0 };
                let mut b = plain(0.0, i + 3, false, 1.0, true);
                b.low = 2.0 * m * unit;
                b.high = 20.0 * m * unit - 1.0;
                b.vague = true;
                b.takes_of = true;
                return Some(b);
            }
            if let Some((lo, hi)) = vague_of(w) {
                let mut b = plain(0.0, i + 1, false, 1.0, true);
                b.low = lo;
                b.high = hi;
                b.vague = true;
                b.takes_of = true;
                return Some(b);
            }
            // "a few", "several", "a handful", "a couple" (+ optional scale)
            let (lo, hi, next) = match w {
                "several" => (3.0, 9.0, i + 1),
                "few" if i > 0 && toks[i - 1].word("a") => (2.0, 6.0, i + 1),
                "handful" if i > 0 && toks[i - 1].word("a") => (2.0, 6.0, i + 1),
                "couple" if i > 0 && toks[i - 1].word("a") => (2.0, 3.0, i + 1),
                _ => (0.0, 0.0, 0),
            };
            if next > 0 {
                let mut b = plain(0.0, next, false, 1.0, false);
                b.vague = true;
                b.low = lo;
                b.high = hi;
                let mut k = next;
                if word_at(toks, k) == Some("of")
                    && word_at(toks, k + 1)
                        .and_then(numbers::scale_word)
                        .is_some_and(|v| v >= 100.0)
                {
                    k += 1;
                }
                if let Some(s) = word_at(toks, k).and_then(|x| {
                    if x == "hundred" {
                        Some(100.0)
                    } else {
                        scale(x, false).filter(|_| x != "k")
                    }
                }) {
                    b.low *= s;
                    b.high = (hi + 1.0) * s - 1.0;
                    b.next = k + 1;
                    b.has_scale = true;
                } else {
                    b.takes_of = true;
                }
                return Some(b);
            }
            // "a dozen", "a hundred", "a thousand", "half a million"
            if matches!(w, "a" | "an") {
                let n = word_at(toks, i + 1)?;
                if matches!(n, "few" | "handful" | "couple") {
                    return base_at(toks, i + 1, money);
                }
                let v = match n {
                    "dozen" => 12.0,
                    "hundred" => 100.0,
                    _ => scale(n, false).filter(|_| n != "k")?,
                };
                let mut b = plain(v, i + 2, false, v, true);
                b.takes_of = n == "dozen";
                // "a hundred and five"
                if let Some((rest, next, _)) = parse_words(toks, i + 1).filter(|r| r.1 > i + 2) {
                    b = plain(rest, next, false, 1.0, true);
                }
                return Some(b);
            }
            if w == "half" && word_at(toks, i + 1) == Some("a") {
                let s = word_at(toks, i + 2).and_then(|x| scale(x, false).filter(|_| x != "k"))?;
                return Some(plain(s / 2.0, i + 3, false, s / 2.0, true));
            }
            if !is_number_word(w) || numbers::scale_word(w).is_some() {
                return None;
            }
            let (v, next, has_scale) = parse_words(toks, i)?;
            let mut b = plain(v, next, false, 1.0, has_scale);
            if let Some(s) = scale_after(toks, next, money).filter(|_| !has_scale) {
                b.value *= s.0;
                b.low = b.value;
                b.high = b.value;
                b.next = s.1;
                b.has_scale = true;
            }
            Some(b)
        }
        TokKind::Punct => None,
    }
}

/// "thousand", "-billion", " dozen" after a number: (multiplier, next token).
fn scale_after(toks: &[Tok], j: usize, money: bool) -> Option<(f64, usize)> {
    let (k, hyphen) = match toks.get(j) {
        Some(t) if t.is("-") && !t.space_before => (j + 1, true),
        _ => (j, false),
    };
    let t = toks.get(k).filter(|t| t.kind == TokKind::Word)?;
    if hyphen && t.space_before {
        return None;
    }
    if t.lower == "dozen" {
        return Some((12.0, k + 1));
    }
    if t.lower == "hundred" {
        return Some((100.0, k + 1));
    }
    let s = scale(&t.lower, money).filter(|_| t.lower.len() > 1 || money)?;
    Some((s, k + 1))
}

/// Read a quantity starting at token `i` (a currency symbol, a number or a number word).
pub(crate) fn parse_quantity(toks: &[Tok], i: usize) -> Option<Quantity> {
    let mut j = i;
    let mut currency = None;
    if let Some(c) = toks.get(j).and_then(currency_symbol) {
        currency = Some(c);
        j += 1;
    } else if toks
        .get(j)
        .is_some_and(|t| t.kind == TokKind::Word && matches!(t.lower.as_str(), "us" | "c" | "a" | "au" | "hk" | "nz"))
        && toks.get(j + 1).is_some_and(|t| t.is("$") && !t.space_before)
    {
        currency = Some(match toks[j].lower.as_str() {
            "us" => "usd",
            "c" => "cad",
            "a" | "au" => "aud",
            "hk" => "hkd",
            _ => "nzd",
        });
        j += 2;
    }
    if currency.is_some() && toks.get(j).is_none_or(|t| t.kind != TokKind::Num) {
        return None;
    }
    let money = currency.is_some();
    let first = base_at(toks, j, money)?;
    let mut q = Quantity {
        first: i,
        next: first.next,
        point: (!first.vague).then_some(first.value),
        low: first.low,
        high: first.high,
        range: false,
        vague: first.vague,
        scaled: first.scaled,
        digits: first.digits,
        currency,
        year_like: first.year_like,
        takes_of: first.takes_of,
    };
    if first.scaled && !first.vague {
        q.low = first.value - first.precision / 2.0;
        q.high = first.value + first.precision / 2.0;
    }
    if first.vague {
        return Some(q);
    }
    // Ranges: "2,000 to 3,000", "2,000-3,000", "two or three", "between 2,000 and 3,000".
    let between = i > 0 && toks[i - 1].word("between");
    let from = i > 0 && toks[i - 1].word("from");
    let Some(sep) = toks.get(first.next) else {
        return Some(q);
    };
    let dash = matches!(sep.lower.as_str(), "-" | "–" | "—");
    let ok_sep = (sep.word("to") && !from)
        || (sep.word("and") && between)
        || (sep.word("or") && !first.has_scale)
        || (dash && (sep.lower != "-" || !sep.space_before));
    if !ok_sep {
        return Some(q);
    }
    let mut k = first.next + 1;
    if money && toks.get(k).and_then(currency_symbol).is_some() {
        k += 1;
    }
    let Some(second) = base_at(toks, k, money).filter(|b| !b.vague && b.digits == first.digits) else {
        return Some(q);
    };
    if dash && sep.lower == "-" && toks.get(k).is_some_and(|t| t.space_before) {
        return Some(q);
    }
    let mut lo = first.value;
    // "2 to 3 million": the scale is shared.
    if second.has_scale && !first.has_scale && lo < second.value {
        let s = second.value / base_value(toks, k, money).unwrap_or(second.value);
        if s > 1.0 && lo * s <= second.value {
            lo *= s;
        }
    }
    if second.value <= lo {
        if dash && first.digits && !first.scaled && toks.get(k).is_some_and(|t| t.kind == TokKind::Num) {
            // "3-2", "555-1234"-like: a score or an identifier, not a quantity.
            return None;
        }
        return Some(q);
    }
    if dash
        && first.digits
        && toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Num && !t.lower.contains([',', '.']))
        && toks[j].lower.len() == 3
        && toks[k].lower.len() == 4
    {
        return None; // a phone number
    }
    q.next = second.next;
    q.low = lo;
    q.high = second.value;
    q.point = Some((lo + second.value) / 2.0);
    q.range = true;
    q.year_like = false;
    Some(q)
}

fn base_value(toks: &[Tok], i: usize, money: bool) -> Option<f64> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Num => parse_digits(&t.lower),
        TokKind::Word => parse_words(toks, i).map(|r| r.0).filter(|_| !money),
        TokKind::Punct => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Option<(Option<f64>, f64, f64, usize)> {
        let toks = tokenize(s, 0, s.len());
        parse_quantity(&toks, 0).map(|q| (q.point, q.low, q.high, q.next))
    }

    #[test]
    fn tokens_keep_offsets_and_spacing() {
        let s = "é “12,000” 1.64-billion K2";
        let toks = tokenize(s, 0, s.len());
        let texts: Vec<&str> = toks.iter().map(|t| &s[t.start..t.end]).collect();
        assert_eq!(texts, ["é", "“", "12,000", "”", "1.64", "-", "billion", "K", "2"]);
        assert!(!toks[8].space_before);
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(q("12,000 troops").unwrap().0, Some(12000.0));
        assert_eq!(q("1.64-billion deal").unwrap().0, Some(1.64e9));
        assert_eq!(q("$1.64 billion").unwrap().0, Some(1.64e9));
        assert_eq!(q("12k people").unwrap().0, Some(12000.0));
        assert_eq!(q("3 dozen eggs").unwrap().0, Some(36.0));
        assert!(q("11th Army").is_none());
        assert!(q("1,2").is_none());
        let (_, lo, hi, _) = q("1.6 million").unwrap();
        assert!(lo < 1.6e6 && hi > 1.6e6 && hi - lo < 1.1e5);
    }

    #[test]
    fn number_words() {
        assert_eq!(q("twelve thousand soldiers").unwrap().0, Some(12000.0));
        assert_eq!(q("one hundred and five votes").unwrap().0, Some(105.0));
        assert_eq!(q("twenty-five people").unwrap().0, Some(25.0));
        assert_eq!(q("a dozen people").unwrap().0, Some(12.0));
        assert_eq!(q("half a million").unwrap().0, Some(500_000.0));
        assert_eq!(q("two dozen").unwrap().0, Some(24.0));
        assert!(q("hundred").is_none());
    }

    #[test]
    fn vague_and_ranges() {
        assert_eq!(q("thousands of soldiers").unwrap().1, 2000.0);
        assert_eq!(q("tens of thousands of people").unwrap().1, 20000.0);
        assert_eq!(q("a few hundred"), Some((None, 200.0, 699.0, 3)));
        assert_eq!(q("several people"), Some((None, 3.0, 9.0, 1)));
        assert_eq!(q("2,000-3,000 people").unwrap().1, 2000.0);
        assert_eq!(q("2,000 to 3,000").unwrap().2, 3000.0);
        assert_eq!(q("two or three").unwrap().2, 3.0);
        assert_eq!(q("2 to 3 million").unwrap().1, 2e6);
        assert!(q("555-1234").is_none());
        assert!(q("3-2 win").is_none());
    }

    /// The scales of the lexicon's list read as the old match did, with and without money.
    #[test]
    fn scales() {
        let table: &[(&str, Option<f64>, Option<f64>)] = &[
            ("thousand", Some(1e3), Some(1e3)),
            ("million", Some(1e6), Some(1e6)),
            ("billion", Some(1e9), Some(1e9)),
            ("trillion", Some(1e12), Some(1e12)),
            ("k", Some(1e3), Some(1e3)),
            ("mn", None, Some(1e6)),
            ("mln", None, Some(1e6)),
            ("m", None, Some(1e6)),
            ("bn", None, Some(1e9)),
            ("bln", None, Some(1e9)),
            ("b", None, Some(1e9)),
            ("tn", None, Some(1e12)),
            ("trn", None, Some(1e12)),
            ("hundred", None, None),
            ("dozen", None, None),
            ("million's", None, None),
        ];
        for &(w, plain, money) in table {
            assert_eq!((scale(w, false), scale(w, true)), (plain, money), "{w}");
        }
        for w in ["dozen", "hundred", "thousand", "million", "billion", "trillion"] {
            assert!(is_number_word(w), "{w}");
        }
        assert!(!is_number_word("k") && !is_number_word("bn"));
    }
}
