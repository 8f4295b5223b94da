//! Count extraction: "approximately 12,000 North Korean troops", "at least 3,000
//! soldiers", "$1.64-billion", "two people died", "a man was shot and killed".
//!
//! Each sentence is tokenized once ([`number::tokenize`]); every token that can start a
//! quantity is read by the number grammar ([`number::parse_quantity`]), then this module
//! adds what makes the figure checkable: the hedge before it ("about", "at least", "up
//! to") turned into an interval, the counted noun and its synonym class ("soldiers" ->
//! `troops`, "died" -> `killed`), whether it is per unit ("each consisting of 6,000"),
//! the part it sizes ("the battalion is expected to include up to 3,000"), its scope
//! ("to Russia", "this month") and who asserts it ([`attribution`]). Numbers that are
//! not counts (years, dates, ages, times, addresses, phone numbers, names such as "K2"
//! or "11th Army") are rejected here. A last pass adds counts English states without a
//! numeral ("a man was shot and killed" is at least one killed).

mod number;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Claim, CountValue, Kind, Span, Value};
use crate::text::{fold_plural, is_stop};
use number::{Quantity, Tok, TokKind, parse_quantity, tokenize};

/// Find every count claim in the document body.
pub fn extract(input: &super::Input) -> Vec<Claim> {
    let (doc_index, doc, seg) = (input.index, input.doc, input.seg);
    let text = doc.text.as_str();
    let body = text.floor_char_boundary(doc.body_start);
    let mut out: Vec<Claim> = Vec::new();
    for &sent in &seg.sentences {
        if sent.end <= body
            || sent.end > text.len()
            || !text.is_char_boundary(sent.start)
            || !text.is_char_boundary(sent.end)
        {
            continue;
        }
        let sent = Span::new(sent.start.max(body), sent.end);
        let found = sentence_counts(text, sent);
        let first_new = out.len();
        for f in found {
            out.push(Claim {
                doc: doc_index,
                kind: Kind::Count,
                span: f.span,
                sentence: sent,
                subject: f.subject,
                attribution: None,
                value: Value::Count(f.value),
            });
        }
        for c in &mut out[first_new..] {
            c.attribution = input.attribution(c.span);
        }
    }
    out
}

/// A count found in one sentence, before attribution.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    span: Span,
    subject: String,
    value: CountValue,
}

/// Every count in one sentence, in order of position.
fn sentence_counts(text: &str, sent: Span) -> Vec<Found> {
    let toks = tokenize(text, sent.start, sent.end);
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if starts_quantity(&toks, i)
            && let Some((f, next)) = read_count(text, &toks, i)
        {
            found.push(f);
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    add_derived(text, &mut found);
    add_implicit(text, sent, &mut found);
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found
}

/// Whether token `i` can begin a quantity (cheap filter before the grammar).
fn starts_quantity(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        TokKind::Num => true,
        TokKind::Punct => matches!(t.lower.as_str(), "$" | "€" | "£" | "¥" | "₹" | "₽" | "₴" | "₩"),
        TokKind::Word => {
            let w = t.lower.as_str();
            if matches!(w, "us" | "c" | "au" | "hk" | "nz") {
                return toks.get(i + 1).is_some_and(|n| n.is("$") && !n.space_before);
            }
            if matches!(w, "a" | "an") {
                return toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.lower.as_str(),
                        "dozen" | "hundred" | "thousand" | "million" | "billion" | "few" | "handful" | "couple"
                    )
                }) || toks.get(i + 1).is_some_and(|n| n.is("$") && !n.space_before);
            }
            // "a few" and friends are read from "a".
            if matches!(w, "few" | "handful" | "couple") {
                return false;
            }
            matches!(
                w,
                "zero"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "eleven"
                    | "twelve"
                    | "thirteen"
                    | "fourteen"
                    | "fifteen"
                    | "sixteen"
                    | "seventeen"
                    | "eighteen"
                    | "nineteen"
                    | "twenty"
                    | "thirty"
                    | "forty"
                    | "fifty"
                    | "sixty"
                    | "seventy"
                    | "eighty"
                    | "ninety"
                    | "dozens"
                    | "scores"
                    | "hundreds"
                    | "thousands"
                    | "millions"
                    | "billions"
                    | "tens"
                    | "several"
                    | "half"
            )
        }
    }
}

/// How a hedge shapes the interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hedge {
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
const HEDGES: &[(&[&str], Hedge)] = &[
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
fn hedge_before(toks: &[Tok], i: usize) -> (Hedge, usize) {
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

fn is_month(t: &Tok) -> bool {
    t.kind == TokKind::Word && t.cap && crate::lexicon::calendar::month(&t.lower).is_some()
}

fn is_weekday(w: &str) -> bool {
    crate::lexicon::calendar::weekday(w).is_some_and(|d| !d.abbr)
}

fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "second"
            | "seconds"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "night"
            | "nights"
            | "times"
            | "o'clock"
            | "am"
            | "pm"
            | "weekend"
            | "weekends"
            | "term"
            | "terms"
    )
}

fn is_street_suffix(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "drive"
            | "dr"
            | "lane"
            | "ln"
            | "way"
            | "court"
            | "ct"
            | "place"
            | "pl"
            | "highway"
            | "hwy"
            | "parkway"
            | "pkwy"
            | "terrace"
            | "circle"
            | "square"
            | "pike"
            | "trail"
    )
}

/// Words that may precede a number inside a clause without making it a label
/// ("Article 5", "Route 66" are labels; "Killed 3", "About 3,000" are not).
fn allows_number_after(w: &str) -> bool {
    is_stop(w)
        || HEDGES.iter().any(|(ws, _)| ws.last() == Some(&w))
        || w.starts_with("kill")
        || w.starts_with("leav")
        || w.starts_with("left")
        || w.starts_with("injur")
        || w.starts_with("wound")
        || w.starts_with("shoot")
        || w.starts_with("shot")
        || w.starts_with("arrest")
        || w.starts_with("claim")
        || w.starts_with("sen")
        || w.starts_with("deploy")
        || w.starts_with("total")
        || w.starts_with("reach")
        || w.starts_with("top")
        || w.starts_with("hit")
        || w.starts_with("hurt")
        || w.starts_with("rais")
        || w.starts_with("los")
        || matches!(
            w,
            "nearly" | "almost" | "only" | "just" | "another" | "all" | "both" | "some" | "between"
        )
}

/// Why token `n` (the first number token) is not a count, if it is not.
fn not_a_count(toks: &[Tok], first: usize, n: usize, q: &Quantity) -> bool {
    let t = &toks[n];
    let prev = n.checked_sub(1).map(|p| &toks[p]);
    let next = toks.get(q.next);
    // Glued to a word: "K2", "F-16", "COVID-19", "MH17".
    if let Some(p) = prev.filter(|_| first == n) {
        if !t.space_before && p.kind == TokKind::Word {
            return true;
        }
        if !t.space_before && p.is("-") && n >= 2 && toks[n - 2].kind == TokKind::Word && !p.space_before {
            return true;
        }
        if !t.space_before && (p.is("/") || p.is(":") || p.is("#") || p.is(".") || p.is("+")) {
            return true;
        }
    }
    if toks.get(n + 1).is_some_and(|x| {
        !x.space_before && (x.is("/") || x.is(":")) && toks.get(n + 2).is_some_and(|y| y.kind == TokKind::Num)
    }) {
        return true;
    }
    // Dates: "October 23", "Oct. 23, 2024", "23 October".
    if let Some(p) = prev {
        if is_month(p) || (p.is(".") && n >= 2 && is_month(&toks[n - 2])) {
            return true;
        }
        if p.is(",")
            && n >= 3
            && toks[n - 2].kind == TokKind::Num
            && (is_month(&toks[n - 3]) || is_month_dot(toks, n - 3))
        {
            return true;
        }
    }
    if toks.get(n + 1).is_some_and(is_month) && q.next == n + 1 {
        return true;
    }
    // Years.
    if q.year_like && q.currency.is_none() && !q.range {
        let v = q.point.unwrap_or(0.0);
        if (1000.0..=2100.0).contains(&v) && next.is_none_or(|x| counted_class(&x.lower).is_none()) {
            return true;
        }
    }
    // Times: "11:30", "5 p.m.".
    if let Some(x) = next {
        let w = x.lower.as_str();
        if matches!(
            w,
            "am" | "pm" | "gmt" | "utc" | "est" | "edt" | "pst" | "pdt" | "cst" | "cdt" | "bst" | "cet" | "hrs"
        ) || (matches!(w, "a" | "p") && toks.get(q.next + 1).is_some_and(|y| y.is(".")))
        {
            return true;
        }
    }
    // Ages: "13-year-old", "65 years old", "aged 30", "Lay, 69, who".
    if let Some(x) = next {
        if x.is("-") && !x.space_before && toks.get(q.next + 1).is_some_and(|y| is_time_unit(&y.lower)) {
            return true;
        }
        if matches!(x.lower.as_str(), "year" | "years") && toks.get(q.next + 1).is_some_and(|y| y.word("old")) {
            return true;
        }
    }
    if prev.is_some_and(|p| matches!(p.lower.as_str(), "aged" | "age" | "ages")) {
        return true;
    }
    if q.digits
        && q.point.is_some_and(|v| v < 130.0)
        && !q.range
        && prev.is_some_and(|p| p.is(",") || p.is("("))
        && n >= 2
        && (toks[n - 2].cap || toks[n - 2].kind == TokKind::Punct)
        && next.is_none_or(|x| x.is(",") || x.is(")") || x.is("."))
    {
        return true;
    }
    // Addresses: "500 block of", "2220 Broadway Street".
    if let Some(x) = next {
        if x.word("block")
            || (x.cap
                && matches!(x.lower.as_str(), "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw")
                && toks.get(q.next + 1).is_some_and(|y| y.is(".") || y.cap))
        {
            return true;
        }
        if x.cap {
            for (k, t) in toks.iter().enumerate().skip(q.next).take(4) {
                if !t.cap && !t.is(".") {
                    break;
                }
                if is_street_suffix(&t.lower) && k > q.next {
                    return true;
                }
            }
        }
    }
    // Labels: "Article 5", "Route 66", "No. 10". Sentence-initial words are not labels.
    if let Some(p) = prev.filter(|_| first == n) {
        if p.kind == TokKind::Word && p.cap && n >= 1 && !allows_number_after(&p.lower) && !is_month(p) {
            let sentence_initial = n == 1 || toks[n - 2].is_quote() || toks[n - 2].is(":");
            if !sentence_initial {
                return true;
            }
        }
        if p.is(".") && n >= 2 && matches!(toks[n - 2].lower.as_str(), "no" | "nos" | "vol" | "p" | "pp") {
            return true;
        }
    }
    // "one" as a pronoun or determiner.
    if t.word("one") {
        if prev.is_some_and(|p| {
            matches!(
                p.lower.as_str(),
                "no" | "the" | "this" | "that" | "any" | "every" | "each" | "which" | "someone" | "anyone" | "only"
            )
        }) {
            return true;
        }
        if next.is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "another" | "way" | "thing" | "point" | "time" | "side" | "hand"
            )
        }) {
            return true;
        }
    }
    false
}

fn is_month_dot(toks: &[Tok], i: usize) -> bool {
    toks[i].is(".") && i >= 1 && is_month(&toks[i - 1])
}

/// The normalized class of a counted noun, when it is one of the synonym classes.
fn counted_class(w: &str) -> Option<&'static str> {
    Some(match w {
        "troops" | "troop" | "soldiers" | "soldier" | "servicemen" | "serviceman" | "servicemembers" | "personnel"
        | "forces" | "force" | "troopers" => "troops",
        "people" | "persons" | "person" | "residents" | "civilians" | "civilian" | "individuals" | "citizens" => {
            "people"
        }
        "dead" | "deaths" | "death" | "fatalities" | "fatality" | "killed" | "bodies" | "lives" => "killed",
        "injured" | "wounded" | "hurt" | "injuries" => "injured",
        "arrested" | "arrests" | "detained" | "detainees" | "detentions" => "arrested",
        "votes" | "vote" | "ballots" | "ballot" | "voters" => "votes",
        "percent" | "pct" => "percent",
        _ => return None,
    })
}

/// Nouns for people, so "three people were killed" counts the killed.
fn is_person(w: &str) -> bool {
    counted_class(w).is_some_and(|c| c == "people" || c == "troops")
        || matches!(
            w,
            "men"
                | "man"
                | "women"
                | "woman"
                | "children"
                | "child"
                | "kids"
                | "kid"
                | "boys"
                | "boy"
                | "girls"
                | "girl"
                | "teens"
                | "teen"
                | "teenagers"
                | "teenager"
                | "adults"
                | "adult"
                | "students"
                | "student"
                | "victims"
                | "victim"
                | "others"
                | "officers"
                | "officer"
                | "police"
                | "patrons"
                | "passengers"
                | "bystanders"
                | "workers"
                | "employees"
                | "members"
                | "relatives"
                | "suspects"
                | "gunmen"
                | "worshippers"
                | "worshipers"
                | "pilgrims"
                | "migrants"
                | "refugees"
                | "protesters"
                | "demonstrators"
                | "journalists"
                | "militants"
                | "fighters"
                | "rebels"
                | "hostages"
                | "prisoners"
                | "inmates"
                | "miners"
                | "firefighters"
                | "deputies"
                | "agents"
                | "generals"
                | "infants"
                | "infant"
                | "juveniles"
                | "juvenile"
                | "minors"
                | "male"
                | "males"
                | "female"
                | "females"
                | "father"
                | "mother"
                | "daughter"
                | "son"
                | "wife"
                | "husband"
                | "baby"
                | "toddler"
                | "babies"
                | "toddlers"
                | "youths"
                | "staff"
                | "americans"
                | "israelis"
                | "palestinians"
                | "ukrainians"
                | "russians"
        )
}

/// Person nouns that say nothing about which population is counted.
fn is_generic_person(w: &str) -> bool {
    is_demographic(w)
        || matches!(
            w,
            "people"
                | "persons"
                | "person"
                | "individuals"
                | "victims"
                | "victim"
                | "others"
                | "residents"
                | "patrons"
                | "bystanders"
                | "passengers"
                | "adults"
                | "adult"
        )
}

/// Singular person nouns: a number above one cannot count them.
fn is_singular_person(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "teen"
            | "teenager"
            | "child"
            | "kid"
            | "person"
            | "victim"
            | "student"
            | "baby"
            | "infant"
            | "toddler"
            | "adult"
            | "officer"
            | "father"
            | "mother"
            | "son"
            | "daughter"
    )
}

/// Person nouns that pick out part of the victims by age or sex.
fn is_demographic(w: &str) -> bool {
    matches!(
        w,
        "men"
            | "man"
            | "women"
            | "woman"
            | "boys"
            | "boy"
            | "girls"
            | "girl"
            | "teens"
            | "teen"
            | "teenagers"
            | "teenager"
            | "kids"
            | "kid"
            | "children"
            | "child"
            | "students"
            | "student"
            | "infants"
            | "babies"
            | "toddlers"
            | "youths"
    )
}

/// Measurement units: the count is a quantity of them.
fn is_measure(w: &str) -> bool {
    matches!(
        w,
        "mile"
            | "miles"
            | "km"
            | "kilometers"
            | "kilometres"
            | "feet"
            | "foot"
            | "ft"
            | "meters"
            | "metres"
            | "yards"
            | "inches"
            | "pounds"
            | "lbs"
            | "kilograms"
            | "kg"
            | "tons"
            | "tonnes"
            | "acres"
            | "mph"
            | "degrees"
            | "liters"
            | "litres"
            | "gallons"
            | "barrels"
    )
}

/// Predicate words after a count that say what happened to it.
fn predicate_class(w: &str) -> Option<&'static str> {
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

/// Verbs whose past tense does not end in "-ed" (and modals): they end a noun phrase.
fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "fled"
            | "ran"
            | "fell"
            | "rose"
            | "saw"
            | "met"
            | "won"
            | "lost"
            | "gave"
            | "held"
            | "kept"
            | "sent"
            | "spent"
            | "built"
            | "paid"
            | "began"
            | "became"
            | "knew"
            | "brought"
            | "bought"
            | "fought"
            | "caught"
            | "sold"
            | "stood"
            | "sat"
            | "led"
            | "heard"
            | "ate"
            | "flew"
            | "grew"
            | "drew"
            | "threw"
            | "wore"
            | "hid"
            | "rode"
            | "wrote"
            | "spoke"
            | "broke"
            | "chose"
            | "put"
            | "set"
            | "hit"
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
fn ends_noun_phrase(t: &Tok) -> bool {
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
    if irregular_past(w) || matches!(w, "hundred" | "thousand" | "million" | "billion") {
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

fn money_word(w: &str) -> Option<&'static str> {
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
fn is_aux(w: &str) -> bool {
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

/// A count read at token `i`, and the token after it.
fn read_count(text: &str, toks: &[Tok], i: usize) -> Option<(Found, usize)> {
    let q = parse_quantity(toks, i)?;
    // The first token that is a number (after a currency prefix).
    let n = (i..q.next).find(|&k| {
        toks[k].kind != TokKind::Punct && !matches!(toks[k].lower.as_str(), "us" | "c" | "au" | "hk" | "nz")
    })?;
    let n = if toks[n].word("a") || toks[n].word("an") { i } else { n };
    if not_a_count(toks, i, n, &q) {
        return None;
    }
    let (mut hedge, mut hedge_start) = hedge_before(toks, i);
    if q.range && hedge_start == i && i > 0 && toks[i - 1].word("between") {
        hedge_start = i - 1;
    }
    let mut end_tok = q.next; // one past the last token in the claim's span
    let mut j = q.next;
    // Compound adjectives: "1,200-strong force", "3,000-plus", "13-year-old".
    let mut strong = false;
    if let Some(x) = toks.get(j).filter(|x| x.is("-") && !x.space_before) {
        let _ = x;
        match toks.get(j + 1).map(|y| y.lower.as_str()) {
            Some("strong" | "man" | "member" | "person") => {
                strong = true;
                j += 2;
                end_tok = j;
            }
            Some("plus") => {
                hedge = Hedge::AtLeast;
                j += 2;
                end_tok = j;
            }
            Some("odd") => {
                hedge = Hedge::MoreThan;
                j += 2;
                end_tok = j;
            }
            _ => return None,
        }
    }
    // Trailing hedges: "3,000 or more", "50 or so", "3,000 plus", "3,000+".
    if let Some(x) = toks.get(j) {
        if x.is("+") && !x.space_before {
            hedge = Hedge::AtLeast;
            j += 1;
            end_tok = j;
        } else if x.word("or") && toks.get(j + 1).is_some_and(|y| y.word("more")) {
            hedge = Hedge::AtLeast;
            j += 2;
            end_tok = j;
        } else if x.word("or") && toks.get(j + 1).is_some_and(|y| y.word("so")) {
            hedge = Hedge::About;
            j += 2;
            end_tok = j;
        }
    }
    // A closing quotation mark: about “12,000” troops.
    if toks.get(j).is_some_and(|x| x.is_quote()) && toks.get(q.next.saturating_sub(1)).is_some() {
        let opened = i > 0 && toks[i - 1].is_quote();
        if opened {
            j += 1;
            end_tok = j;
        }
    }

    // Unit.
    let mut unit: Option<String> = None;
    // "fired one shot", "heard five shots": shots, not people shot.
    if hedge_start > 0
        && matches!(
            toks[hedge_start - 1].lower.as_str(),
            "fired" | "fire" | "firing" | "fires" | "heard" | "hear" | "hearing"
        )
        && toks
            .get(q.next)
            .is_some_and(|t| matches!(t.lower.as_str(), "shot" | "shots" | "rounds" | "round" | "gunshots"))
    {
        unit = Some("shots fired".into());
    }
    // "a magnitude 6.8 earthquake": a measurement, not a count of anything.
    if hedge_start > 0 && toks[hedge_start - 1].word("magnitude") {
        unit = Some("magnitude".into());
    }
    let mut currency = q.currency;
    let mut predicate: Option<&'static str> = None;
    if let Some(x) = toks.get(j) {
        if x.is("%") {
            unit = Some("percent".into());
            j += 1;
            end_tok = j;
        } else if x.word("percent")
            || x.word("pct")
            || (x.word("per") && toks.get(j + 1).is_some_and(|y| y.word("cent")))
        {
            unit = Some("percent".into());
            j += if x.word("per") { 2 } else { 1 };
            end_tok = j;
        } else if x.word("percentage") && toks.get(j + 1).is_some_and(|y| y.word("points") || y.word("point")) {
            unit = Some("percentage points".into());
            j += 2;
            end_tok = j;
        } else if let Some(c) = money_word(&x.lower) {
            currency = Some(c);
            j += 1;
            end_tok = j;
        } else if x.word("pounds") && toks.get(j + 1).is_some_and(|y| y.word("sterling")) {
            currency = Some("gbp");
            j += 2;
            end_tok = j;
        }
    }
    if currency.is_some() && unit.is_none() {
        unit = currency.map(str::to_string);
    }
    // "of" after "thousands", "a dozen"; partitive "of the", "of them".
    let mut partitive = false;
    if toks.get(j).is_some_and(|x| x.word("of")) {
        if unit.is_some() {
            // "52 percent of the vote": the noun after "of" is what the share is of.
            j += 1;
            if toks.get(j).is_some_and(|x| x.word("the")) {
                j += 1;
            }
        } else if q.takes_of {
            j += 1;
            if let Some(c) = toks.get(j).and_then(|x| money_word(&x.lower)) {
                currency = Some(c);
                unit = Some(c.to_string());
                j += 1;
                end_tok = j;
            }
        } else if toks.get(j + 1).is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "the" | "them" | "those" | "these" | "his" | "her" | "their" | "whom"
            )
        }) {
            partitive = true;
            j += 2;
        }
    }
    // Noun phrase.
    let mut k = j;
    let mut words = 0;
    while let Some(x) = toks.get(k) {
        // An age inside the phrase: "two 16-year-old boys".
        if x.kind == TokKind::Num
            && toks.get(k + 1).is_some_and(|y| y.is("-") && !y.space_before)
            && toks
                .get(k + 2)
                .is_some_and(|y| matches!(y.lower.as_str(), "year" | "month" | "week" | "day"))
            && toks.get(k + 4).is_some_and(|y| y.word("old"))
        {
            k += 5;
            words += 1;
            continue;
        }
        // Abbreviations: "five U.S. soldiers".
        if x.kind == TokKind::Word
            && x.cap
            && x.lower.chars().count() == 1
            && toks.get(k + 1).is_some_and(|y| y.is(".") && !y.space_before)
        {
            k += 2;
            while toks
                .get(k)
                .is_some_and(|y| y.kind == TokKind::Word && y.lower.chars().count() == 1 && !y.space_before)
                && toks.get(k + 1).is_some_and(|y| y.is("."))
            {
                k += 2;
            }
            words += 1;
            continue;
        }
        if words >= 5 || ends_noun_phrase(x) || (x.cap && words > 0 && !toks[k - 1].cap && !toks[k - 1].is("-")) {
            break;
        }
        if is_month(x) && words == 0 {
            break;
        }
        if x.kind == TokKind::Word {
            words += 1;
        }
        k += 1;
        if x.kind == TokKind::Word && is_measure(&x.lower) {
            break;
        }
    }
    // Do not end on a hyphen.
    while k > j && toks[k - 1].kind != TokKind::Word {
        k -= 1;
    }
    let np_first = j;
    let np_end = k;
    let head = (np_end > np_first).then(|| toks[np_end - 1].lower.clone());
    if head.as_deref().is_some_and(is_time_unit) {
        return None;
    }
    // Coordinated counts: "two women and an infant are dead" counts three.
    let mut q = q;
    let mut np_end = np_end;
    if hedge == Hedge::Exact
        && !q.vague
        && !q.range
        && head.as_deref().is_some_and(is_person)
        && toks.get(np_end).is_some_and(|x| x.word("and"))
        && let Some((add, end)) = conjunct(toks, np_end + 1)
    {
        let v = q.point.unwrap_or(0.0) + add;
        q.point = Some(v);
        q.low = v;
        q.high = v;
        np_end = end;
    }
    // Predicate: "were killed", "died", "dead", "were shot and killed".
    let mut p = np_end;
    if toks.get(p).is_some_and(|x| x.is(",")) && toks.get(p + 1).is_some_and(|x| x.word("all") || x.word("both")) {
        p += 1;
    }
    let mut steps = 0;
    let mut singular_verb = false;
    while let Some(x) = toks.get(p) {
        if steps >= 5 || x.kind != TokKind::Word || !is_aux(&x.lower) {
            break;
        }
        singular_verb |= steps == 0 && matches!(x.lower.as_str(), "was" | "is" | "has");
        p += 1;
        steps += 1;
    }
    // Agreement: "nine" does not count "girl", and "four was pronounced dead" is "one of
    // the four"; such numbers are not counts.
    let many = q.point.is_some_and(|v| v > 1.0) || q.vague;
    if many && (singular_verb || head.as_deref().is_some_and(is_singular_person)) {
        return None;
    }
    let mut pred_end = p;
    if let Some(x) = toks.get(p).filter(|x| x.kind == TokKind::Word) {
        if let Some(c) = predicate_class(&x.lower) {
            predicate = Some(c);
            pred_end = p + 1;
            if c == "shot"
                && toks.get(p + 1).is_some_and(|y| y.word("and"))
                && toks
                    .get(p + 2)
                    .is_some_and(|y| predicate_class(&y.lower) == Some("killed"))
            {
                predicate = Some("killed");
                pred_end = p + 3;
            } else if c == "shot"
                && (toks.get(p + 1).is_some_and(|y| y.word("dead"))
                    || (toks.get(p + 1).is_some_and(|y| y.word("to"))
                        && toks.get(p + 2).is_some_and(|y| y.word("death"))))
            {
                predicate = Some("killed");
            }
        } else if x.lower == "lost" && toks.get(p + 2).is_some_and(|y| y.word("lives") || y.word("life")) {
            predicate = Some("killed");
            pred_end = p + 3;
        }
    }
    let head_person = head.as_deref().is_none_or(is_person);
    // "Two teens who were shot on Wednesday have died": the predicate after a relative clause.
    if head_person
        && unit.is_none()
        && toks.get(np_end).is_some_and(|x| x.word("who"))
        && let Some(end) = died_after_clause(toks, np_end + 1)
    {
        predicate = Some("killed");
        pred_end = end;
    }
    // Context before the number: "killing 14 people", "the death toll rose to 12". In
    // object position the verb before governs ("killed three and wounded two").
    if head_person
        && unit.is_none()
        && let Some(v) = verb_before(toks, hedge_start)
    {
        predicate = Some(v);
        pred_end = p;
    }

    // Decide the unit.
    let mut noun = if np_end > np_first {
        squash(&text[toks[np_first].start..toks[np_end - 1].end])
    } else {
        String::new()
    };
    let mut modifiers: Vec<String> = if np_end > np_first + 1 {
        toks[np_first..np_end - 1]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.clone())
            .collect()
    } else {
        Vec::new()
    };
    let mut subject = noun.clone();
    let mut partial = false;
    if unit.is_none() {
        if let Some(pc) = predicate.filter(|_| head_person) {
            unit = Some(pc.to_string());
            subject = if noun.is_empty() {
                pc.to_string()
            } else {
                format!("{noun} {pc}")
            };
            // Who was counted, when it narrows the population: "two Israeli soldiers
            // killed" is not a rival of "30 people killed".
            let h = head.as_deref().unwrap_or("");
            let mut keep: Vec<String> = toks[np_first..np_end.saturating_sub(1).max(np_first)]
                .iter()
                .filter(|t| t.kind == TokKind::Word && t.cap)
                .map(|t| t.lower.clone())
                .collect();
            if !h.is_empty() && !is_generic_person(h) {
                keep.push(counted_class(h).map_or_else(|| singular(h), str::to_string));
            }
            // "two men were killed", "two others were hurt": part of the victims.
            partial = is_demographic(h)
                || h == "others"
                || modifiers
                    .iter()
                    .any(|m| matches!(m.as_str(), "other" | "additional" | "more" | "another"));
            modifiers = keep;
        } else if let Some(h) = head.as_deref() {
            let special = h.starts_with("force") && modifiers.iter().any(|m| m == "special" || m == "operations");
            unit = Some(if special {
                "special forces".to_string()
            } else if strong
                && matches!(
                    h,
                    "force" | "army" | "contingent" | "unit" | "brigade" | "battalion" | "corps"
                )
            {
                "troops".to_string()
            } else {
                counted_class(h).map(str::to_string).unwrap_or_else(|| singular(h))
            });
        } else if let Some((np, cls)) = number_of_before(text, toks, hedge_start) {
            unit = Some(cls);
            noun = np.clone();
            subject = np;
        }
    } else if noun.is_empty() {
        subject = unit.clone().unwrap_or_default();
    } else if unit.as_deref() == Some("percent") {
        subject = format!("percent of {noun}");
    }
    let unit = unit?;
    if unit.is_empty() {
        return None;
    }
    // People come whole: "6.8 killed" is a misread, "1.5 million people" is not.
    if q.point.is_some_and(|v| v.fract() != 0.0)
        && !q.scaled_by_word()
        && (head.as_deref().is_some_and(is_person)
            || matches!(
                unit.as_str(),
                "killed" | "injured" | "arrested" | "shot" | "troops" | "people"
            ))
    {
        return None;
    }
    // A handful of people named without saying what happened to them ("two men",
    // "the three victims") is a reference, not a checkable count.
    let described = predicate.is_some() && head_person;
    if !described && head.as_deref().is_some_and(is_generic_person) && q.point.is_some_and(|v| v < 20.0) && !q.vague {
        return None;
    }
    if !described
        && hedge_start == i
        && i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "the" | "these" | "those" | "both" | "all" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
        )
    {
        return None;
    }
    // Bare number words need a recognizable unit or a person noun: "one day", "two sides".
    if !q.digits
        && q.currency.is_none()
        && q.point.is_some_and(|v| v < 2.0)
        && head.is_some()
        && counted_class(&unit).is_none()
        && !head_person
        && predicate.is_none()
        && unit != "percent"
    {
        return None;
    }
    // "seven more people", "two other men", "four additional victims": part of a total.
    // "one person was shot" in a story of several victims is one of them.
    // "one was shot in the thigh", "including one who died": one of several.
    let one_person = q.point == Some(1.0) && !q.digits && head.as_deref().is_none_or(is_person);
    let including = hedge_start > 0 && toks[hedge_start - 1].word("including");
    let partial = partial
        || one_person
        || including
        || toks
            .get(end_tok)
            .is_some_and(|x| matches!(x.lower.as_str(), "more" | "other" | "others" | "additional" | "another"));
    modifiers.retain(|m| !matches!(m.as_str(), "more" | "other" | "additional"));
    // Figures outside the classes news compares (shots, bullets, miles, dollars of
    // bail) are only comparable when the same verb governs them: "fired five shots" and
    // "heard two shots" are different facts.
    let core = matches!(
        unit.as_str(),
        "troops"
            | "killed"
            | "injured"
            | "arrested"
            | "votes"
            | "shot"
            | "percent"
            | "percentage points"
            | "special forces"
    ) || described;
    if currency.is_some() && np_end > np_first {
        modifiers = toks[np_first..np_end]
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.clone())
            .collect();
    } else if currency.is_some() {
        // A bare amount takes the thing it prices: "bond was set at $25,000", "bought
        // the gun for $230".
        if let Some(w) = toks[hedge_start.saturating_sub(6)..hedge_start].iter().rev().find(|t| {
            t.kind == TokKind::Word
                && !t.cap
                && !is_stop(&t.lower)
                && !ends_noun_phrase(t)
                && HEDGES.iter().all(|(ws, _)| !ws.contains(&t.lower.as_str()))
        }) {
            modifiers.push(singular(&w.lower));
        }
    }
    // "four counts of attempted murder": the charge is part of what is counted.
    if matches!(head.as_deref(), Some("counts" | "count" | "charges" | "charge"))
        && toks.get(np_end).is_some_and(|t| t.word("of"))
    {
        modifiers.extend(
            toks[np_end + 1..(np_end + 4).min(toks.len())]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && !is_stop(&t.lower))
                .map(|t| t.lower.clone()),
        );
    }
    if !core && let Some(v) = governing_verb(toks, hedge_start, p) {
        modifiers.push(v);
    }

    // Interval.
    let point = q.point;
    let (mut low, mut high) = (Some(q.low), Some(q.high));
    let qualifier = if q.vague {
        "vague"
    } else if q.range {
        "range"
    } else {
        let v = point.unwrap_or(0.0);
        match hedge {
            Hedge::Exact => "exact",
            Hedge::About => {
                let b = band(v, &toks[n].lower, q.scaled);
                low = Some((v - b).max(0.0));
                high = Some(v + b);
                "about"
            }
            Hedge::Below => {
                let b = band(v, &toks[n].lower, q.scaled);
                low = Some((v - b).max(0.0));
                high = Some(v);
                "about"
            }
            Hedge::AtLeast => {
                low = Some(v);
                high = None;
                "at_least"
            }
            Hedge::MoreThan => {
                low = Some(v);
                high = None;
                "more_than"
            }
            Hedge::UpTo => {
                low = Some(0.0);
                high = Some(v);
                "up_to"
            }
            Hedge::FewerThan => {
                low = Some(0.0);
                high = Some(v);
                "fewer_than"
            }
        }
    };
    let partitive = partitive || partial;
    let qualifier = if partitive && qualifier == "exact" {
        "at_least"
    } else {
        qualifier
    };
    if partitive && qualifier == "at_least" {
        high = None;
    }

    // Per unit: "each consisting of approximately 6,000", "6,000 each", "$5 apiece".
    let after = np_end.max(end_tok);
    let per_unit = toks
        .get(after)
        .is_some_and(|x| matches!(x.lower.as_str(), "each" | "apiece"))
        || (toks.get(after).is_some_and(|x| x.word("per")) && unit != "percent")
        || toks[hedge_start.saturating_sub(4)..hedge_start]
            .iter()
            .any(|t| t.word("each"));

    // Scope: the part a count sizes, and where/when it applies.
    let mut scope_parts: Vec<String> = Vec::new();
    let mut unit = unit;
    if !per_unit && let Some(c) = container_before(toks, hedge_start) {
        // The size of a part ("the battalion ... up to 3,000 troops") is its own unit,
        // so it never rivals the total.
        unit = format!("{unit} per {}", c.trim_start_matches("in the "));
        scope_parts.push(c);
    }
    let scope_from = if predicate.is_some() && pred_end > p {
        pred_end
    } else {
        np_end.max(end_tok)
    };
    scope_parts.extend(scope_after(text, toks, scope_from));

    let span_end_tok = if unit == "magnitude" {
        end_tok
    } else if np_end > np_first {
        np_end
    } else if predicate.is_some() && pred_end > p {
        pred_end
    } else {
        end_tok
    };
    let span_end_tok = span_end_tok.max(end_tok);
    let start = toks[hedge_start].start;
    let end = toks[span_end_tok - 1].end;
    if subject.is_empty() {
        subject = unit.clone();
    }
    let value = CountValue {
        point,
        low: low.map(tidy),
        high: high.map(tidy),
        qualifier: qualifier.into(),
        unit,
        noun,
        modifiers,
        per_unit,
        scope: (!scope_parts.is_empty()).then(|| scope_parts.join(", ")),
        derived: false,
    };
    Some((
        Found {
            span: Span::new(start, end),
            subject,
            value,
        },
        q.next,
    ))
}

/// Round away binary noise: 41.205000000000005 -> 41.205.
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

fn singular(w: &str) -> String {
    match w {
        "men" => "man".into(),
        "women" => "woman".into(),
        "children" => "child".into(),
        "police" => "police".into(),
        "staff" => "staff".into(),
        "shots" | "gunshots" => "shots fired".into(),
        _ => fold_plural(w),
    }
}

fn squash(s: &str) -> String {
    crate::text::squash(s)
}

/// The tolerance of "about N": half the place value of N's last significant digit,
/// kept between 2% and 15% of N, and at least 1 for whole counts.
fn band(v: f64, digits: &str, scaled: bool) -> f64 {
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

/// The verb that governs a count: the one after it ("300 people gathered") or, failing
/// that, the one just before it ("fired five shots"), crudely stemmed.
fn governing_verb(toks: &[Tok], before: usize, after: usize) -> Option<String> {
    let verbish = |t: &Tok| {
        t.kind == TokKind::Word
            && !is_stop(&t.lower)
            && !t.cap
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing") || irregular_past(&t.lower))
            && !matches!(
                t.lower.as_str(),
                "each"
                    | "per"
                    | "including"
                    | "among"
                    | "more"
                    | "less"
                    | "fewer"
                    | "than"
                    | "plus"
                    | "or"
                    | "nor"
                    | "like"
            )
            && !is_aux(&t.lower)
    };
    let stem = |w: &str| {
        let w = w.strip_suffix("ing").or_else(|| w.strip_suffix("ed")).unwrap_or(w);
        w.trim_end_matches('e').to_string()
    };
    if let Some(t) = toks.get(after).filter(|t| verbish(t)) {
        return Some(stem(&t.lower));
    }
    let t = before.checked_sub(1).and_then(|b| toks.get(b))?;
    (t.kind == TokKind::Word
        && !is_stop(&t.lower)
        && !t.cap
        && !matches!(t.lower.as_str(), "between" | "from" | "about" | "than"))
    .then(|| stem(&t.lower))
}

/// The second member of "two women and an infant": (count, end token).
fn conjunct(toks: &[Tok], k: usize) -> Option<(f64, usize)> {
    let t = toks.get(k)?;
    let (v, mut e) =
        if matches!(t.lower.as_str(), "a" | "an" | "another" | "his" | "her" | "their") && t.kind == TokKind::Word {
            (1.0, k + 1)
        } else {
            let q = parse_quantity(toks, k).filter(|q| !q.vague && !q.range && q.currency.is_none())?;
            (q.point?, q.next)
        };
    let start = e;
    while e < toks.len() && e - start < 4 && !ends_noun_phrase(&toks[e]) {
        e += 1;
    }
    (e > start && is_person(&toks[e - 1].lower)).then_some((v, e))
}

/// After "who", the end of "... have died" / "... was later killed" within a short clause.
fn died_after_clause(toks: &[Tok], k: usize) -> Option<usize> {
    for e in k..(k + 16).min(toks.len()) {
        let t = &toks[e];
        if t.kind == TokKind::Punct {
            return None;
        }
        let prev = e.checked_sub(1).map(|p| toks[p].lower.as_str());
        if t.word("died") && e > k + 1 && matches!(prev, Some("have" | "has" | "had" | "later" | "since" | "both")) {
            return Some(e + 1);
        }
    }
    None
}

/// A verb just before the count that says what the count is: "killing 14", "injuring at
/// least 3", "the death toll rose to 12", "the deaths of two people".
fn verb_before(toks: &[Tok], start: usize) -> Option<&'static str> {
    let prev = |k: usize| -> Option<&str> {
        start
            .checked_sub(k)
            .and_then(|x| toks.get(x))
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    };
    if let Some(w) = prev(1) {
        if matches!(w, "shooting" | "shot" | "shoots" | "stabbing" | "stabbed") && prev(2) == Some("fatally") {
            return Some("killed");
        }
        if matches!(w, "killing" | "killed" | "kills" | "kill" | "murdering" | "murdered") {
            return Some("killed");
        }
        if matches!(
            w,
            "wounding" | "wounded" | "injuring" | "injured" | "injures" | "wounds" | "hurting"
        ) {
            return Some("injured");
        }
        if matches!(w, "arresting" | "arrested" | "detaining" | "detained") {
            return Some("arrested");
        }
        if w == "of"
            && (prev(2).is_some_and(|v| {
                matches!(
                    v,
                    "deaths"
                        | "death"
                        | "lives"
                        | "killing"
                        | "killings"
                        | "murder"
                        | "murders"
                        | "slaying"
                        | "slayings"
                )
            }) || (prev(2).is_some_and(|v| v.starts_with("shooting") || v.starts_with("stabbing"))
                && prev(3) == Some("fatal")))
        {
            return Some("killed");
        }
    }
    // "death toll (has) rose to 12", "death toll of 12", "death toll stands at 12"
    for k in 1..=12 {
        if prev(k) == Some("toll") && prev(k + 1).is_some_and(|v| v == "death") {
            return Some("killed");
        }
    }
    None
}

/// "the number of North Korean soldiers ... is around 12,000": the counted noun stated
/// before the number.
fn number_of_before(text: &str, toks: &[Tok], start: usize) -> Option<(String, String)> {
    let lo = start.saturating_sub(16);
    for k in (lo..start).rev() {
        if toks[k].word("number") && toks.get(k + 1).is_some_and(|t| t.word("of")) {
            let mut e = k + 2;
            let mut words = 0;
            while e < start && words < 4 && !ends_noun_phrase(&toks[e]) {
                words += 1;
                e += 1;
            }
            if e == k + 2 {
                return None;
            }
            let head = toks[e - 1].lower.as_str();
            let np = squash(&text[toks[k + 2].start..toks[e - 1].end]);
            let cls = counted_class(head).map(str::to_string).unwrap_or_else(|| {
                if toks[e - 1].cap {
                    // "North Koreans": a nationality counts people.
                    "people".to_string()
                } else {
                    singular(head)
                }
            });
            return Some((np, cls));
        }
    }
    None
}

/// "The battalion is expected to include up to 3,000": the part the count sizes.
fn container_before(toks: &[Tok], start: usize) -> Option<String> {
    let lo = start.saturating_sub(8);
    let window = &toks[lo..start];
    let verb = window.iter().position(|t| {
        matches!(
            t.lower.as_str(),
            "include"
                | "includes"
                | "included"
                | "consist"
                | "consists"
                | "consisted"
                | "comprise"
                | "comprises"
                | "comprised"
                | "numbers"
                | "numbered"
                | "numbering"
        )
    })?;
    window[..verb].iter().rev().find_map(|t| {
        matches!(
            t.lower.as_str(),
            "battalion"
                | "brigade"
                | "regiment"
                | "division"
                | "unit"
                | "company"
                | "platoon"
                | "squad"
                | "corps"
                | "contingent"
                | "group"
                | "team"
                | "delegation"
                | "convoy"
                | "crew"
                | "detachment"
                | "squadron"
                | "fleet"
                | "committee"
                | "panel"
                | "jury"
                | "board"
        )
        .then(|| format!("in the {}", t.lower))
    })
}

/// Where and when a count applies, from the words after it in its clause.
fn scope_after(text: &str, toks: &[Tok], from: usize) -> Vec<String> {
    let mut place: Option<String> = None;
    let mut time: Option<String> = None;
    let mut k = from;
    let stop = (from + 16).min(toks.len());
    while k < stop {
        let t = &toks[k];
        if t.kind == TokKind::Punct && matches!(t.lower.as_str(), "," | ";" | ":" | "(" | "—" | "–") {
            break;
        }
        let w = t.lower.as_str();
        if matches!(
            w,
            "which"
                | "who"
                | "that"
                | "while"
                | "but"
                | "though"
                | "although"
                | "whereas"
                | "because"
                | "and"
                | "with"
                | "for"
                | "as"
        ) && k > from
        {
            break;
        }
        if time.is_none() {
            if matches!(w, "this" | "last" | "past" | "next")
                && let Some(u) = toks.get(k + 1).filter(|u| {
                    matches!(
                        u.lower.as_str(),
                        "week"
                            | "month"
                            | "year"
                            | "weekend"
                            | "summer"
                            | "spring"
                            | "autumn"
                            | "fall"
                            | "winter"
                            | "quarter"
                    )
                })
            {
                time = Some(format!("{w} {}", u.lower));
                k += 2;
                continue;
            }
            if w == "so" && toks.get(k + 1).is_some_and(|u| u.word("far")) {
                time = Some("so far".into());
                k += 2;
                continue;
            }
            if w == "to" && toks.get(k + 1).is_some_and(|u| u.word("date")) {
                time = Some("to date".into());
                k += 2;
                continue;
            }
            if w == "since"
                && let Some(u) = toks.get(k + 1).filter(|u| u.cap || u.kind == TokKind::Num)
            {
                let mut e = k + 2;
                if toks.get(e).is_some_and(|x| x.kind == TokKind::Num) {
                    e += 1;
                }
                let _ = u;
                time = Some(squash(&text[t.start..toks[e - 1].end]));
                k = e;
                continue;
            }
            if w == "in" && toks.get(k + 1).is_some_and(is_month) {
                time = Some(format!("in {}", toks[k + 1].lower));
                k += 2;
                continue;
            }
        }
        if place.is_none()
            && matches!(
                w,
                "to" | "in" | "into" | "inside" | "across" | "throughout" | "near" | "from"
            )
            && toks
                .get(k + 1)
                .is_some_and(|u| u.cap && u.kind == TokKind::Word && !is_month(u) && !is_weekday(&u.lower))
        {
            let mut e = k + 1;
            while let Some(u) = toks.get(e) {
                let cont = (u.cap && u.kind == TokKind::Word)
                    || ((u.is("'") || u.is("’")) && toks.get(e + 1).is_some_and(|v| v.word("s")))
                    || (u.kind == TokKind::Word
                        && matches!(
                            u.lower.as_str(),
                            "s" | "region"
                                | "oblast"
                                | "province"
                                | "city"
                                | "county"
                                | "state"
                                | "district"
                                | "area"
                                | "border"
                        ))
                    || (u.is(".") && !u.space_before && toks.get(e + 1).is_some_and(|v| v.cap && !v.space_before));
                if !cont || e - k > 8 {
                    break;
                }
                e += 1;
            }
            if w != "from" {
                place = Some(squash(&text[t.start..toks[e - 1].end]));
            }
            k = e;
            continue;
        }
        k += 1;
    }
    place.into_iter().chain(time).collect()
}

/// "two units ..., each consisting of approximately 6,000 soldiers": the total the
/// sentence implies, marked derived.
fn add_derived(_text: &str, found: &mut Vec<Found>) {
    let mut extra = Vec::new();
    for (idx, f) in found.iter().enumerate() {
        if !f.value.per_unit {
            continue;
        }
        let Some(container) = found[..idx].iter().rev().find(|c| {
            !c.value.per_unit
                && c.value.unit != f.value.unit
                && c.value.qualifier == "exact"
                && c.value.point.is_some_and(|v| (2.0..=100.0).contains(&v))
        }) else {
            continue;
        };
        let k = container.value.point.unwrap_or(1.0);
        let mut v = f.value.clone();
        v.point = v.point.map(|p| p * k);
        v.low = v.low.map(|p| tidy(p * k));
        v.high = v.high.map(|p| tidy(p * k));
        v.per_unit = false;
        v.derived = true;
        extra.push(Found {
            span: Span::new(container.span.start, f.span.end),
            subject: f.subject.clone(),
            value: v,
        });
    }
    found.extend(extra);
}

const PERSON: &str = r"(?:(?:man|woman|boy|girl|teen|teenager|youth|person|child|toddler|infant|baby|student|officer|deputy|trooper|victim|driver|passenger|resident|bystander|mother|father|son|daughter|husband|wife|brother|sister|relative|worker|employee|clerk|cashier|customer|guard|soldier|pedestrian|motorist|suspect|gunman|shooter|friend|neighbor|neighbour|cousin|uncle|aunt|grandmother|grandfather|nephew|niece|girlfriend|boyfriend|fiance|fiancee|roommate|owner|manager|teacher|pastor|rapper|patron|male|female|juvenile|teenage\s+boy|security\s+guard|\d{1,3}-(?:year|month|week)-old)(?-u:\b)|fianc[éÉ]e?)";

/// "a man was shot and killed", "the victim died", "he was pronounced dead".
static IMPLICIT: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let pred = r"(?:(?:shot|stabbed|beaten)\s+and\s+(?P<k1>killed)|(?:shot|stabbed|beaten)\s+to\s+(?P<k2>death)|shot\s+(?P<k3>dead)|(?P<k4>killed|slain|murdered)|(?:found|pronounced|declared)\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+|(?P<i1>wounded|injured|hurt))";
    [
        format!(r"(?i)(?-u:\b)(?:a|an|the|another)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{PERSON})(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:(?:who|whose|that)\s+(?:[^,.;]{{0,40}}?\s+)?)?(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|also|\w+ly)\s+)?{pred}(?-u:\b)"),
        format!(r"(?i)(?-u:\b)(?:a|an|the|another)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{PERSON})(?:\s*,[^.;]{{1,80}}?,|\s+[^.;]{{1,80}}?)?\s+(?:(?:later|also|subsequently|eventually|has|had|but|and)\s+)?(?P<k7>died)(?-u:\b)"),
        format!(r"(?i)(?-u:\b)(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{PERSON})\s+(?P<k4>killed)\s+(?:in|by|on|at|during|after|early|late|last|when|while|overnight|just|near|outside|inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)"),
        r"(?i)(?-u:\b)found\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)(?P<k3>dead)(?-u:\b)".to_string(),
        r"(?i)(?-u:\b)(?:resulting\s+in|caused|causing|led\s+to|mourn(?:ed|ing)?)\s+(?P<who>his|her)\s+(?P<k4>death)(?-u:\b)".to_string(),
        r"(?-u:\b)(?P<who>[A-Z][a-z]+)(?:’s|'s)\s+(?:(?:early|untimely|sudden|tragic|violent|morning|recent)\s+){0,2}(?P<k4>death)(?-u:\b)".to_string(),
        format!(r"(?-u:\b)(?i:left|leaving|leaves|leave)\s+(?P<who>(?i:a|an|his|her|their|one|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{PERSON})|[A-Z][a-z]+)(?:\s+(?i:and)\s+(?P<two>(?:(?i:a|an|his|her|their|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:(?i:{PERSON})|[A-Z][a-z]+)))?\s+(?P<k3>(?i:dead))(?-u:\b)"),
        r"(?-u:\b)(?i:both)\s+(?P<who>[A-Z][a-z’'-]+)\s+and\s+(?P<two>[A-Z][a-z’'-]+)\s+(?:(?P<k7>died)|were\s+(?:(?:shot\s+and\s+)?(?P<k4>killed)|found\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(),
        r"(?-u:\b)(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){0,3}),\s*\d{1,3},\s+and\s+(?P<two>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){0,3}),\s*\d{1,3},\s+(?:(?:both|all|later)\s+)?(?:were\s+(?:(?:shot\s+and\s+)?(?P<k4>killed)|found\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+)|(?P<k7>died))(?-u:\b)".to_string(),
        format!(r"(?i)(?-u:\b)(?:(?P<k4>death|killing|murder|slaying)|(?P<k6>fatal)\s+(?:shooting|stabbing)|(?:claimed|took)\s+the\s+(?P<k5>life))\s+of\s+(?:a|an|his|her|their)?\s*(?:[\w’'-]+\s+){{0,3}}?(?P<who>{PERSON})"),
        format!(r"(?i)(?-u:\b)(?:a|an)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<who>{PERSON})\s+and\s+(?:a|an|his|her|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<two>{PERSON})\s+(?:were\s+(?:(?:found|pronounced)\s+(?P<k5>dead)|(?P<k4>killed)|shot\s+and\s+(?P<k1>killed)|(?P<k6>fatally)\s+\w+)|(?:have\s+)?(?P<k7>died)|(?:are|were)\s+(?P<k3>dead))(?-u:\b)"),
        r"(?i)(?-u:\b)the\s+(?P<k3>dead)\s+(?P<who>man|woman|boy|girl|teen|teenager|person|child)(?-u:\b)".to_string(),
        r"(?-u:\b)(?P<who>[A-Z][a-z’'-]+),\s*\d{1,3}\s*,\s+(?:[^.;,]{0,40},\s+)?(?:[^.;,]{0,60}?\s+and\s+)?(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:shot\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(),
        r"(?i)(?-u:\b)(?P<who>he|she)\s+(?:(?:later|also|subsequently|eventually)\s+)?(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?P<k4>killed)|(?:shot|stabbed)\s+and\s+(?P<k1>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(),
        format!(r"(?i)(?-u:\b)(?:(?:shot|shooting|striking)\s+and\s+(?P<k1>killed|killing)|(?P<k6>fatally)\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding)|(?P<k4>killed|killing|murdered|murdering))\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<who>{PERSON})"),
        r"(?-u:\b)(?P<who>[A-Z][a-z’'-]+)\s+(?:(?P<k7>died)\s+(?:at|of|from|in|on|after|early|late|last|shortly|hours|days|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:(?:shot|stabbed)\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+(?:shot|stabbed|wounded)))(?-u:\b)".to_string(),
        r"(?-u:\b)(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){1,2})(?:\s*,[^.;]{1,80}?,)?\s+(?:[^.;,]{0,60}?\s+and\s+)?(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:shot\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(),
        r"(?i)(?-u:\b)(?P<who>no\s+one|nobody)\s+(?:was|were)\s+(?:(?:seriously|critically|fatally)\s+)?(?:(?P<k4>killed)|(?P<i1>injured|hurt|wounded))(?-u:\b)".to_string(),
    ]
    .into_iter()
    .map(|p| Regex::new(&p).expect("static regex"))
    .collect()
});

/// Counts stated without a numeral, added where no numeric count covers the words.
fn add_implicit(text: &str, sent: Span, found: &mut Vec<Found>) {
    let s = &text[sent.start..sent.end];
    // Cheap gate: every pattern needs one of these stems.
    let ls = s.to_ascii_lowercase();
    if ![
        "kill", "dead", "died", "death", "slain", "murder", "fatal", "wound", "injur", "hurt",
    ]
    .iter()
    .any(|k| ls.contains(k))
    {
        return;
    }
    let mut extra: Vec<Found> = Vec::new();
    for re in IMPLICIT.iter() {
        for caps in re.captures_iter(s) {
            let Some(m) = caps.get(0) else { continue };
            let span = Span::new(sent.start + m.start(), sent.start + m.end());
            if found.iter().chain(extra.iter()).any(|f| f.span.overlaps(&span)) {
                continue;
            }
            let killed = ["k1", "k2", "k3", "k4", "k5", "k6", "k7"]
                .iter()
                .any(|g| caps.name(g).is_some());
            let unit = if killed { "killed" } else { "injured" };
            let who = caps.name("who").map(|w| w.as_str()).unwrap_or("");
            let wl = who.trim().to_lowercase();
            if text[span.end..].starts_with(" toll")
                || matches!(wl.as_str(), "none" | "everyone" | "someone" | "anyone" | "everybody")
            {
                continue;
            }
            if !matches!(wl.as_str(), "he" | "she")
                && (is_stop(&wl) || is_weekday(&wl) || counted_class(&wl).is_some() || wl == "police")
            {
                continue;
            }
            let none = matches!(who.to_lowercase().as_str(), "no one" | "nobody");
            let who_label = if caps.name("two").is_some() {
                "people".to_string()
            } else if none
                || matches!(wl.as_str(), "he" | "she" | "his" | "her")
                || who.chars().next().is_some_and(char::is_uppercase)
                || wl.split_whitespace().count() > 2
            {
                "person".to_string()
            } else {
                wl.clone()
            };
            let n = if caps.name("two").is_some() { 2.0 } else { 1.0 };
            let value = if none {
                CountValue {
                    point: Some(0.0),
                    low: Some(0.0),
                    high: Some(0.0),
                    qualifier: "exact".into(),
                    ..CountValue::default()
                }
            } else {
                CountValue {
                    point: Some(n),
                    low: Some(n),
                    high: None,
                    qualifier: "at_least".into(),
                    ..CountValue::default()
                }
            };
            extra.push(Found {
                span,
                subject: format!("{who_label} {unit}"),
                value: CountValue {
                    unit: unit.into(),
                    noun: who_label,
                    ..value
                },
            });
        }
    }
    found.extend(extra);
}

/// The count extractor, as registered in [`super::extractor`].
pub struct Counts;

impl super::Extractor for Counts {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: extract(input),
            dates: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::segment;

    fn doc(text: &str) -> Document {
        Document {
            id: "t.txt".into(),
            path: "t.txt".into(),
            text: text.into(),
            body_start: 0,
            meta: Default::default(),
        }
    }

    /// One line per claim: surface | point [low, high] qualifier unit | noun | flags | attribution.
    fn show(text: &str) -> String {
        let d = doc(text);
        let seg = segment(&d.text, 0);
        let claims = extract(&crate::extract::Input::new(0, &d, &seg));
        let mut out = Vec::new();
        for c in &claims {
            assert_eq!(&d.text[c.span.start..c.span.end], c.text(&d));
            let Value::Count(v) = &c.value else { panic!() };
            let f = |x: Option<f64>| x.map_or("inf".to_string(), |x| format!("{x}"));
            let mut flags = Vec::new();
            if v.per_unit {
                flags.push("per_unit".to_string());
            }
            if v.derived {
                flags.push("derived".to_string());
            }
            if let Some(s) = &v.scope {
                flags.push(format!("scope={s}"));
            }
            out.push(format!(
                "{} | {} [{}, {}] {} {} | {} | {} | {}",
                c.text(&d),
                f(v.point),
                f(v.low),
                f(v.high),
                v.qualifier,
                v.unit,
                c.subject,
                flags.join(" "),
                c.attribution.as_deref().unwrap_or("-")
            ));
        }
        out.join("\n")
    }

    #[test]
    fn war_counts_with_hedges_and_sources() {
        insta::assert_snapshot!(show("Ukraine claims that approximately 12,000 North Korean troops have been deployed to Russia. U.S. National Security Council spokesman John Kirby told reporters that at least 3,000 North Korean soldiers had arrived in Russia this month."), @r#"
        approximately 12,000 North Korean troops | 12000 [11500, 12500] about troops | North Korean troops | scope=to Russia | Ukraine
        at least 3,000 North Korean soldiers | 3000 [3000, inf] at_least troops | North Korean soldiers | scope=in Russia, this month | U.S. National Security Council spokesman John Kirby
        "#);
    }

    #[test]
    fn curly_quotes_money_and_parts() {
        insta::assert_snapshot!(show("Ukraine said the number was about “12,000” troops. Hanwha has signed a $1.64-billion deal. HUR estimated the number is around 12,000, including 500 officers, among them three generals."), @r#"
        about “12,000” troops | 12000 [11500, 12500] about troops | troops |  | Ukraine
        $1.64-billion deal | 1640000000 [1635000000, 1645000000] exact usd | deal |  | -
        500 officers | 500 [500, inf] at_least officer | officers |  | -
        three generals | 3 [3, 3] exact general | generals |  | -
        "#);
    }

    #[test]
    fn per_unit_derived_and_container() {
        insta::assert_snapshot!(show("Russia is training two military units, each consisting of approximately 6,000 soldiers.\nThe battalion is expected to include up to 3,000 troops."), @r#"
        two military units | 2 [2, 2] exact unit | military units |  | -
        two military units, each consisting of approximately 6,000 soldiers | 12000 [11000, 13000] about troops | soldiers | derived | -
        approximately 6,000 soldiers | 6000 [5500, 6500] about troops | soldiers | per_unit | -
        up to 3,000 troops | 3000 [0, 3000] up_to troops per battalion | troops | scope=in the battalion | -
        "#);
    }

    #[test]
    fn disasters_implicit_and_vague() {
        insta::assert_snapshot!(show("Dozens of homes were destroyed and two people died when the river flooded. A woman was swept away and killed. Hundreds of residents fled; at least 14 were injured. The death toll rose to 12 on Sunday."), @r#"
        Dozens of homes | inf [24, 199] vague home | homes |  | -
        two people | 2 [2, 2] exact killed | people killed |  | -
        Hundreds of residents | inf [200, 1999] vague people | residents |  | -
        at least 14 were injured | 14 [14, inf] at_least injured | injured |  | -
        12 | 12 [12, 12] exact killed | killed |  | -
        "#);
    }

    #[test]
    fn elections_percent_and_votes() {
        insta::assert_snapshot!(show("Ms. Díaz won 52.3% of the vote, or 1,204,311 votes, the commission said. Turnout was up 4 percentage points. Between 2,000 and 3,000 ballots were spoiled."), @r#"
        52.3% of the vote | 52.3 [52.25, 52.35] exact percent | percent of vote |  | commission
        1,204,311 votes | 1204311 [1204311, 1204311] exact votes | votes |  | commission
        4 percentage points | 4 [4, 4] exact percentage points | percentage points |  | -
        Between 2,000 and 3,000 ballots | 2500 [2000, 3000] range votes | ballots |  | -
        "#);
    }

    #[test]
    fn courts_and_markets() {
        insta::assert_snapshot!(show("The jury of twelve deliberated for two days. Prosecutors said 3 people were arrested. Shares fell 5 percent to $41.20 as the firm cut 1,200 jobs and sold a 12k-unit stake for €3bn."), @r#"
        3 people | 3 [3, 3] exact arrested | people arrested |  | prosecutors
        5 percent | 5 [5, 5] exact percent | percent |  | -
        $41.20 | 41.2 [41.195, 41.205] exact usd | usd |  | -
        1,200 jobs | 1200 [1200, 1200] exact job | jobs |  | -
        €3bn | 3000000000 [2500000000, 3500000000] exact eur | eur |  | -
        "#);
    }

    #[test]
    fn not_counts() {
        insta::assert_snapshot!(show("On October 23, 2024, the 13-year-old boy was shot at the 500 block of 11th Street around 11:30 p.m. Call 555-1234. The 11th Army used K2 tanks in 2014. Smith, 45, was arrested at 2220 Broadway Street."), @"");
    }

    #[test]
    fn non_ascii_before_claims() {
        insta::assert_snapshot!(show("Жители 🎉 — «Über» said: at least 3,000 people fled. Café owners said twelve thousand tourists came."), @r#"
        at least 3,000 people | 3000 [3000, inf] at_least people | people |  | Über
        twelve thousand tourists | 12000 [12000, 12000] exact tourist | tourists |  | Café owners
        "#);
    }

    #[test]
    fn shootings_implicit_and_coordinated() {
        insta::assert_snapshot!(show("A 17-year-old was shot and killed Sunday. Two 16-year-old boys were fatally shot, police said. Two women and an infant are dead. Four people were shot, one fatally. Police are investigating the death of a 34-year-old man. Garcia, 19, of Las Vegas, died at the hospital. No one was injured."), @r#"
        A 17-year-old was shot and killed | 1 [1, inf] at_least killed | 17-year-old killed |  | -
        Two 16-year-old boys | 2 [2, inf] at_least killed | 16-year-old boys killed |  | police
        Two women and an infant | 3 [3, inf] at_least killed | women and an infant killed |  | -
        Four people | 4 [4, 4] exact shot | people shot |  | -
        one fatally | 1 [1, inf] at_least killed | killed |  | -
        death of a 34-year-old | 1 [1, inf] at_least killed | 34-year-old killed |  | -
        Garcia, 19, of Las Vegas, died | 1 [1, inf] at_least killed | person killed |  | -
        No one was injured | 0 [0, 0] exact injured | person injured |  | -
        "#);
    }

    #[test]
    fn partial_counts_and_object_verbs() {
        insta::assert_snapshot!(show("The gunman killed three people and wounded at least two others before police arrested five men. Seven more people were hurt. The two men fled. Officers fired five shots."), @r#"
        three people | 3 [3, 3] exact killed | people killed |  | -
        at least two others | 2 [2, inf] at_least injured | others injured |  | -
        five men | 5 [5, inf] at_least arrested | men arrested |  | -
        Seven more people were hurt | 7 [7, inf] at_least injured | injured |  | -
        five shots | 5 [5, 5] exact shots fired | shots |  | -
        "#);
    }

    #[test]
    fn pairs_of_victims_named_or_left_dead() {
        insta::assert_snapshot!(show("The shooting left a man and woman dead. Reyna Gonzalez, 42, and Julian Gonzalez, 45, were killed. Both Stover and Gilliam died from their wounds. The victim was taken to a hospital but died after arrival."), @r#"
        left a man and woman dead | 2 [2, inf] at_least killed | people killed |  | -
        Reyna Gonzalez, 42, and Julian Gonzalez, 45, were killed | 2 [2, inf] at_least killed | people killed |  | -
        Both Stover and Gilliam died | 2 [2, inf] at_least killed | people killed |  | -
        The victim was taken to a hospital but died | 1 [1, inf] at_least killed | victim killed |  | -
        "#);
    }

    /// A victim noun with an accent ("fiancé") is a whole word like any other.
    #[test]
    fn accented_victim_nouns() {
        let got = show("Police said the bride’s fiancé was killed in the crash on Route 9.");
        assert!(got.contains("killed"), "{got}");
    }

    #[test]
    fn magnitudes_and_turnout() {
        insta::assert_snapshot!(show("An earthquake of magnitude 6.8 killed 38 people and injured 212, according to Peru's civil defense institute. Turnout reached about 2.1 million voters."), @r#"
        6.8 | 6.8 [6.75, 6.85] exact magnitude | magnitude |  | Peru's civil defense institute
        38 people | 38 [38, 38] exact killed | people killed |  | Peru's civil defense institute
        212 | 212 [212, 212] exact injured | injured |  | Peru's civil defense institute
        about 2.1 million voters | 2100000 [2050000, 2150000] about votes | voters |  | -
        "#);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "",
            "$",
            "12,",
            "1.",
            "a",
            "a dozen",
            "between 3 and",
            "3-",
            "—5",
            "“12,000",
            "1e308 troops",
            "99999999999999999999999999999999 troops",
            "$.5",
            "k2 12k 5m",
        ] {
            let _ = show(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_on_boundaries_and_match_surfaces(s in "[a-zA-Z0-9 ,.$%“”é🎉\\-]{0,80}") {
            let text = format!("Police said {s} about 12,000 people, at least 3 were killed.");
            let d = doc(&text);
            let seg = segment(&d.text, 0);
            for c in extract(&crate::extract::Input::new(0, &d, &seg)) {
                proptest::prop_assert!(d.text.is_char_boundary(c.span.start) && d.text.is_char_boundary(c.span.end));
                proptest::prop_assert!(c.span.start < c.span.end && c.span.end <= d.text.len());
            }
        }
    }
}
