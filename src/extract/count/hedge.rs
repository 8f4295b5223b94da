//! Hedges: the words before (or after) a figure that make it an interval ("about",
//! "at least", "up to", "or more"), and the tolerance of "about N".

use super::number::{self, Tok};

/// How a hedge shapes the interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hedge {
    Exact,
    About,
    Below,
    AtLeast,
    MoreThan,
    UpTo,
    FewerThan,
}

/// Hedge phrases, longest first within each kind; matched against the words just
/// before the number.
pub(super) const HEDGES: &[(&[&str], Hedge)] = &[
    (&["no", "fewer", "than"], Hedge::AtLeast),
    (&["no", "less", "than"], Hedge::AtLeast),
    (&["not", "less", "than"], Hedge::AtLeast),
    (&["a", "minimum", "of"], Hedge::AtLeast),
    (&["at", "least"], Hedge::AtLeast),
    (&["no", "more", "than"], Hedge::UpTo),
    (&["not", "more", "than"], Hedge::UpTo),
    (&["a", "maximum", "of"], Hedge::UpTo),
    (&["as", "many", "as"], Hedge::UpTo),
    (&["as", "much", "as"], Hedge::UpTo),
    (&["at", "most"], Hedge::UpTo),
    (&["up", "to"], Hedge::UpTo),
    (&["more", "than"], Hedge::MoreThan),
    (&["greater", "than"], Hedge::MoreThan),
    (&["in", "excess", "of"], Hedge::MoreThan),
    (&["upwards", "of"], Hedge::MoreThan),
    (&["upward", "of"], Hedge::MoreThan),
    (&["north", "of"], Hedge::MoreThan),
    (&["just", "over"], Hedge::MoreThan),
    (&["over"], Hedge::MoreThan),
    (&["above"], Hedge::MoreThan),
    (&["exceeding"], Hedge::MoreThan),
    (&["fewer", "than"], Hedge::FewerThan),
    (&["less", "than"], Hedge::FewerThan),
    (&["just", "under"], Hedge::Below),
    (&["under"], Hedge::FewerThan),
    (&["below"], Hedge::FewerThan),
    (&["close", "to"], Hedge::Below),
    (&["nearly"], Hedge::Below),
    (&["almost"], Hedge::Below),
    (&["more", "or", "less"], Hedge::About),
    (&["an", "estimated"], Hedge::About),
    (&["estimated"], Hedge::About),
    (&["approximately"], Hedge::About),
    (&["approx"], Hedge::About),
    (&["roughly"], Hedge::About),
    (&["around"], Hedge::About),
    (&["about"], Hedge::About),
    (&["some"], Hedge::About),
    (&["circa"], Hedge::About),
    (&["a", "total", "of"], Hedge::Exact),
    (&["total", "of"], Hedge::Exact),
    (&["exactly"], Hedge::Exact),
    (&["precisely"], Hedge::Exact),
];

/// The hedge ending just before token `i` (skipping an opening quotation mark):
/// (kind, first token of the hedge).
pub(super) fn hedge_before(toks: &[Tok], i: usize) -> (Hedge, usize) {
    let mut end = i;
    if end > 0 && toks[end - 1].is_quote() {
        end -= 1;
    }
    if end > 0 && toks[end - 1].is("~") {
        return (Hedge::About, end - 1);
    }
    for (words, kind) in HEDGES {
        let n = words.len();
        if end < n {
            continue;
        }
        let start = end - n;
        if toks[start..end].iter().zip(words.iter()).all(|(t, w)| t.word(w)) {
            // "some" and "over" are hedges only right before a number.
            return (*kind, start);
        }
    }
    (Hedge::Exact, i)
}

/// Round away binary noise: 41.205000000000005 -> 41.205.
pub(super) fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// The tolerance of "about N": half the place value of N's last significant digit,
/// kept between 2% and 15% of N, and at least 1 for whole counts.
pub(super) fn band(v: f64, digits: &str, scaled: bool) -> f64 {
    let place = if scaled || digits.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        number::precision_of(digits)
            * if scaled {
                v / number::parse_digits(digits).unwrap_or(v).max(f64::MIN_POSITIVE)
            } else {
                1.0
            }
    } else {
        // Number words: "about twelve thousand" is as round as its last word.
        let mut p = 1.0;
        while p * 10.0 <= v && (v / (p * 10.0)).fract() == 0.0 {
            p *= 10.0;
        }
        p
    };
    let mut b = (place / 2.0).min(v * 0.15).max(v * 0.02);
    if v >= 2.0 && v.fract() == 0.0 && !scaled {
        b = b.max(1.0);
    }
    b
}
