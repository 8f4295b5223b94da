//! The words a count is read with: counted nouns and their synonym classes, person
//! nouns, measurement units, predicates ("killed", "injured"), auxiliaries skipped before
//! them, currency words and the words that end a counted noun phrase.

use crate::lexicon::person;
use crate::text::{fold_plural, is_stop};

use super::number::{Tok, TokKind};

/// The normalized class of a counted noun, when it is one of the synonym classes.
pub(super) fn counted_class(w: &str) -> Option<&'static str> {
    crate::lexicon::counts::counted_class(w)
}

/// Nouns for people, so "three people were killed" counts the killed.
pub(super) fn is_person(w: &str) -> bool {
    counted_class(w).is_some_and(|c| c == "people" || c == "troops") || person::is_person_noun(w)
}

/// Predicate words after a count that say what happened to it.
pub(super) fn predicate_class(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "dead" | "died" | "die" | "dies" | "slain" | "murdered" | "perished" | "fatally" | "executed" => {
            "killed"
        }
        "wounded" | "injured" | "hurt" | "grazed" => "injured",
        "arrested" | "detained" => "arrested",
        "shot" => "shot",
        _ => return None,
    })
}

/// Verbs whose past tense does not end in "-ed" (the tense lexicon's irregular forms),
/// forms that are past or present alike ("set", "cut"), modals and "do": they end a noun
/// phrase.
pub(super) fn irregular_past(w: &str) -> bool {
    crate::lexicon::tense::is_irregular_past(w)
        || matches!(
            w,
            "set"
                | "cut"
                | "let"
                | "face"
                | "faced"
                | "could"
                | "would"
                | "will"
                | "may"
                | "might"
                | "must"
                | "should"
                | "can"
                | "did"
                | "do"
                | "does"
        )
}

/// Words that cannot be part of the counted noun phrase.
pub(super) fn ends_noun_phrase(t: &Tok) -> bool {
    if t.kind != TokKind::Word {
        return !t.is("-") || t.space_before;
    }
    let w = t.lower.as_str();
    if is_stop(w) || predicate_class(w).is_some() || is_weekday(w) {
        return true;
    }
    if matches!(
        w,
        "each"
            | "apiece"
            | "per"
            | "including"
            | "among"
            | "more"
            | "less"
            | "fewer"
            | "were"
            | "arrived"
            | "remain"
            | "remained"
            | "remains"
            | "live"
            | "lived"
            | "according"
            | "since"
            | "after"
            | "before"
            | "during"
            | "while"
            | "because"
            | "near"
            | "outside"
            | "inside"
            | "across"
            | "against"
            | "toward"
            | "towards"
            | "under"
            | "over"
            | "about"
            | "around"
            | "between"
            | "through"
            | "up"
            | "down"
            | "out"
            | "off"
            | "again"
            | "still"
            | "now"
            | "then"
            | "here"
            | "there"
            | "ago"
            | "last"
            | "next"
            | "later"
            | "earlier"
            | "today"
            | "yesterday"
            | "tonight"
            | "tomorrow"
            | "or"
            | "nor"
            | "yet"
            | "like"
            | "go"
            | "went"
            | "came"
            | "come"
            | "took"
            | "take"
            | "get"
            | "got"
            | "make"
            | "made"
            | "need"
            | "needed"
            | "want"
            | "wanted"
            | "plus"
    ) {
        return true;
    }
    // A scale from a hundred up ends the phrase; "dozen" stays in it ("several dozen
    // youths").
    if irregular_past(w) || crate::lexicon::numbers::scale_word(w).is_some_and(|v| v >= 100.0) {
        return true;
    }
    // Participles, gerunds and adverbs, minus nouns that happen to end that way.
    (w.len() > 4 && w.ends_with("ed") && !matches!(w, "hundred" | "bed" | "red" | "seed" | "shed" | "speed"))
        || (w.len() > 5
            && w.ends_with("ing")
            && !matches!(
                w,
                "building"
                    | "offspring"
                    | "sibling"
                    | "shooting"
                    | "ring"
                    | "thing"
                    | "king"
                    | "wing"
                    | "string"
                    | "evening"
                    | "morning"
            ))
        || (w.len() > 4
            && w.ends_with("ly")
            && !matches!(w, "family" | "ally" | "italy" | "supply" | "assembly" | "rally"))
}

pub(super) fn money_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollars" | "dollar" => "usd",
        "euros" | "euro" => "eur",
        "yen" => "jpy",
        "yuan" | "renminbi" => "cny",
        "rubles" | "roubles" | "ruble" | "rouble" => "rub",
        "hryvnias" | "hryvnia" | "hryvnas" => "uah",
        "rupees" => "inr",
        "francs" => "chf",
        "pesos" => "mxn",
        _ => return None,
    })
}

/// Words skipped between a count and its predicate ("were", "have been", "reportedly").
pub(super) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "were"
            | "was"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "being"
            | "be"
            | "got"
            | "get"
            | "reportedly"
            | "also"
            | "later"
            | "all"
            | "both"
            | "allegedly"
            | "subsequently"
            | "eventually"
            | "initially"
            | "confirmed"
            | "believed"
            | "thought"
            | "said"
            | "to"
            | "found"
            | "pronounced"
            | "declared"
            | "left"
            | "now"
            | "already"
            | "since"
            | "of"
            | "them"
            | "whom"
            | "who"
            | "more"
            | "others"
            | "people"
    )
}

/// The singular a count is keyed by: a person noun's own ("men" -> "man"), else the
/// plural folded ("victims" -> "victim"); shots are "shots fired".
pub(super) fn singular(w: &str) -> String {
    if let Some(one) = person::irregular_singular(w) {
        return one.to_string();
    }
    match w {
        "shots" | "gunshots" => "shots fired".into(),
        _ => fold_plural(w),
    }
}

pub(super) fn squash(s: &str) -> String {
    crate::text::squash(s)
}

/// A weekday's full name, lowercased.
pub(super) fn is_weekday(w: &str) -> bool {
    crate::lexicon::calendar::is_weekday_name(w)
}

#[cfg(test)]
mod tests {
    /// Every word the old match of `singular` named keeps its key.
    #[test]
    fn singular_keys() {
        for (w, want) in [
            ("men", "man"),
            ("women", "woman"),
            ("children", "child"),
            ("police", "police"),
            ("staff", "staff"),
            ("shots", "shots fired"),
            ("gunshots", "shots fired"),
            ("victims", "victim"),
        ] {
            assert_eq!(super::singular(w), want);
        }
    }
}
