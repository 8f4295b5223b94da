//! Counts a sentence implies without stating them as a number: the total of per-unit
//! figures ("two units, each of 6,000") and the victims English names without a numeral
//! ("a man was shot and killed" is at least one killed).

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::model::{CountValue, Span};
use crate::text::is_stop;

use super::Found;
use super::hedge::tidy;
use super::words::counted_class;
use super::words::is_weekday;

/// "two units ..., each consisting of approximately 6,000 soldiers": the total the
/// sentence implies, marked derived.
pub(super) fn add_derived(_text: &str, found: &mut Vec<Found>) {
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

/// A victim: a person noun of the list (`lexicon::person::victim_alternation`), an age
/// ("12-year-old") or "fiancé"/"fiancée", whose accented letter has no ASCII word
/// boundary after it.
fn person_pattern() -> String {
    format!(
        r"(?:(?:{nouns}|\d{{1,3}}-(?:year|month|week)-old)(?-u:\b)|fianc[éÉ]e?)",
        nouns = crate::lexicon::person::victim_alternation()
    )
}

/// Stems one of which every implied-count pattern needs: a sentence without them is
/// not searched.
const GATE: &[&str] = &[
    "kill", "dead", "died", "death", "slain", "murder", "fatal", "wound", "injur", "hurt",
];

/// One implied-count pattern with what a sentence needs before it is searched.
pub(super) struct Implicit {
    /// The pattern.
    pub(super) re: Regex,
    /// Lowercase stems one of which the pattern cannot match without.
    needs: &'static [&'static str],
    /// Factors of the pattern (runs of it that any match contains, with its flags),
    /// each of which must match before the whole pattern is run: a small pattern rules
    /// most sentences out at a fraction of the cost of the whole one, whose long
    /// alternations and counted repeats make the lazy DFA build many states.
    gates: Vec<Regex>,
}

/// "a man was shot and killed", "the victim died", "he was pronounced dead": each
/// pattern with the words (lowercase stems) one of which it cannot match without, and
/// the factors it cannot match without, so a sentence is searched only by the patterns
/// it could match.
pub(super) static IMPLICIT: LazyLock<Vec<Implicit>> = LazyLock::new(|| {
    let days = crate::lexicon::calendar::weekday_alternation();
    let person = person_pattern();
    // "the dead man": no noun is a word-prefix of another, so the list's order does not
    // change what matches.
    let dead = crate::lexicon::person::dead_alternation();
    let pred = r"(?:(?:shot|stabbed|beaten)\s+and\s+(?P<k1>killed)|(?:shot|stabbed|beaten)\s+to\s+(?P<k2>death)|shot\s+(?P<k3>dead)|(?P<k4>killed|slain|murdered)|(?:found|pronounced|declared)\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+|(?P<i1>wounded|injured|hurt))";
    // Factors shared by a pattern and its gates.
    let was_pred = format!(r"(?:was|is|has\s+been|had\s+been)\s+(?:(?:later|also|\w+ly)\s+)?{pred}(?-u:\b)");
    let killed_when = format!(
        r"\s+(?P<k4>killed)\s+(?:in|by|on|at|during|after|early|late|last|when|while|overnight|just|near|outside|inside|{days})(?-u:\b)"
    );
    let and_two = r",\s*\d{1,3},\s+and\s+";
    let death_of = r"(?-u:\b)(?:(?P<k4>death|killing|murder|slaying)|(?P<k6>fatal)\s+(?:shooting|stabbing)|(?:claimed|took)\s+the\s+(?P<k5>life))\s+of\s+";
    let and_another = r"\s+and\s+(?:a|an|his|her|their)\s+";
    let pair_dead = r"\s+(?:were\s+(?:(?:found|pronounced)\s+(?P<k5>dead)|(?P<k4>killed)|shot\s+and\s+(?P<k1>killed)|(?P<k6>fatally)\s+\w+)|(?:have\s+)?(?P<k7>died)|(?:are|were)\s+(?P<k3>dead))(?-u:\b)";
    let name_age = r"(?-u:\b)(?P<who>[A-Z][a-z’'-]+),\s*\d{1,3}\s*,\s+";
    let killing = r"(?-u:\b)(?:(?:shot|shooting|striking)\s+and\s+(?P<k1>killed|killing)|(?P<k6>fatally)\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding)|(?P<k4>killed|killing|murdered|murdering))\s+";
    let full_name = r"(?-u:\b)(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){1,2})";
    let name_died = r"(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:shot\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)";
    let all = &["died", "kill", "dead", "fatal"] as &[&str];
    let none = || Vec::<String>::new();
    [
        (format!(r"(?i)(?-u:\b)(?:a|an|the|another)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{person})(?:\s*,\s*\d{{1,3}}\s*,)?\s+(?:(?:who|whose|that)\s+(?:[^,.;]{{0,40}}?\s+)?)?{was_pred}"), GATE, vec![format!("(?i){was_pred}")]),
        (format!(r"(?i)(?-u:\b)(?:a|an|the|another)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{person})(?:\s*,[^.;]{{1,80}}?,|\s+[^.;]{{1,80}}?)?\s+(?:(?:later|also|subsequently|eventually|has|had|but|and)\s+)?(?P<k7>died)(?-u:\b)"), &["died"] as &[&str], none()),
        (format!(r"(?i)(?-u:\b)(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<who>{person}){killed_when}"), &["killed"] as &[&str], vec![format!("(?i){killed_when}")]),
        (r"(?i)(?-u:\b)found\s+(?P<who>(?:[\w’'-]+\s+){1,4}?)(?P<k3>dead)(?-u:\b)".to_string(), &["dead"] as &[&str], none()),
        (r"(?i)(?-u:\b)(?:resulting\s+in|caused|causing|led\s+to|mourn(?:ed|ing)?)\s+(?P<who>his|her)\s+(?P<k4>death)(?-u:\b)".to_string(), &["death"] as &[&str], none()),
        (r"(?-u:\b)(?P<who>[A-Z][a-z]+)(?:’s|'s)\s+(?:(?:early|untimely|sudden|tragic|violent|morning|recent)\s+){0,2}(?P<k4>death)(?-u:\b)".to_string(), &["death"] as &[&str], none()),
        (format!(r"(?-u:\b)(?i:left|leaving|leaves|leave)\s+(?P<who>(?i:a|an|his|her|their|one|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{person})|[A-Z][a-z]+)(?:\s+(?i:and)\s+(?P<two>(?:(?i:a|an|his|her|their|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:(?i:{person})|[A-Z][a-z]+)))?\s+(?P<k3>(?i:dead))(?-u:\b)"), &["dead"] as &[&str], none()),
        (r"(?-u:\b)(?i:both)\s+(?P<who>[A-Z][a-z’'-]+)\s+and\s+(?P<two>[A-Z][a-z’'-]+)\s+(?:(?P<k7>died)|were\s+(?:(?:shot\s+and\s+)?(?P<k4>killed)|found\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(), all, none()),
        (format!(r"(?-u:\b)(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){{0,3}}){and_two}(?P<two>[A-Z][a-z]+(?:\s+[A-Z][a-z’'-]+){{0,3}}),\s*\d{{1,3}},\s+(?:(?:both|all|later)\s+)?(?:were\s+(?:(?:shot\s+and\s+)?(?P<k4>killed)|found\s+(?P<k5>dead)|(?P<k6>fatally)\s+\w+)|(?P<k7>died))(?-u:\b)"), all, vec![and_two.to_string()]),
        (format!(r"(?i){death_of}(?:a|an|his|her|their)?\s*(?:[\w’'-]+\s+){{0,3}}?(?P<who>{person})"), &["death", "kill", "murder", "slay", "fatal", "life"] as &[&str], vec![format!("(?i){death_of}")]),
        (format!(r"(?i)(?-u:\b)(?:a|an)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<who>{person}){and_another}(?:[\w’'-]+\s+){{0,2}}?(?P<two>{person}){pair_dead}"), all, vec![format!("(?i){and_another}"), format!("(?i){pair_dead}")]),
        (format!(r"(?i)(?-u:\b)the\s+(?P<k3>dead)\s+(?P<who>{dead})(?-u:\b)"), &["dead"] as &[&str], none()),
        (format!(r"{name_age}(?:[^.;,]{{0,40}},\s+)?(?:[^.;,]{{0,60}}?\s+and\s+)?(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:shot\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)"), all, vec![name_age.to_string()]),
        (r"(?i)(?-u:\b)(?P<who>he|she)\s+(?:(?:later|also|subsequently|eventually)\s+)?(?:(?P<k7>died)|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?P<k4>killed)|(?:shot|stabbed)\s+and\s+(?P<k1>killed)|(?P<k6>fatally)\s+\w+))(?-u:\b)".to_string(), all, none()),
        (format!(r"(?i){killing}(?:(?:a|an|his|her|their)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<who>{person})"), &["kill", "fatal", "murder"] as &[&str], vec![format!("(?i){killing}")]),
        (format!(r"(?-u:\b)(?P<who>[A-Z][a-z’'-]+)\s+(?:(?P<k7>died)\s+(?:at|of|from|in|on|after|early|late|last|shortly|hours|days|{days})|was\s+(?:(?:found|pronounced|declared)\s+(?P<k5>dead)|(?:(?:shot|stabbed)\s+and\s+)?(?P<k4>killed)|(?P<k6>fatally)\s+(?:shot|stabbed|wounded)))(?-u:\b)"), all, none()),
        (format!(r"{full_name}(?:\s*,[^.;]{{1,80}}?,)?\s+(?:[^.;,]{{0,60}}?\s+and\s+)?{name_died}"), all, vec![full_name.to_string(), name_died.to_string()]),
        (r"(?i)(?-u:\b)(?P<who>no\s+one|nobody)\s+(?:was|were)\s+(?:(?:seriously|critically|fatally)\s+)?(?:(?P<k4>killed)|(?P<i1>injured|hurt|wounded))(?-u:\b)".to_string(), &["kill", "injur", "hurt", "wound"] as &[&str], none()),
    ]
    .into_iter()
    .map(|(p, needs, gates)| Implicit {
        re: Regex::new(&p).expect("static regex"),
        needs,
        gates: gates.iter().map(|g| Regex::new(g).expect("static regex")).collect(),
    })
    .collect()
});

/// Stems found in one pass over a sentence, whatever their case in ASCII (as in the
/// sentence lowercased in ASCII): which of them it contains, as bits of their index.
struct Stems {
    list: Vec<&'static str>,
    finder: AhoCorasick,
}

impl Stems {
    fn new(list: Vec<&'static str>) -> Stems {
        let finder = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&list)
            .expect("stem list");
        Stems { list, finder }
    }

    /// The stems `s` contains, each occurrence reported (overlapping ones too).
    fn present(&self, s: &str) -> u64 {
        self.finder
            .find_overlapping_iter(s)
            .fold(0, |bits, m| bits | 1 << m.pattern().as_usize())
    }

    /// The bits of `stems`, each of which is in the list.
    fn mask(&self, stems: &[&str]) -> u64 {
        stems
            .iter()
            .map(|k| 1 << self.list.iter().position(|l| l == k).expect("listed stem"))
            .fold(0, |bits, b| bits | b)
    }
}

/// The stems of [`GATE`].
static GATE_STEMS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(GATE)
        .expect("gate stems")
});

/// The stems the patterns need, and each pattern's as bits of that list.
static NEEDS: LazyLock<(Stems, Vec<u64>)> = LazyLock::new(|| {
    let mut list: Vec<&'static str> = Vec::new();
    for p in IMPLICIT.iter() {
        for &k in p.needs {
            if !list.contains(&k) {
                list.push(k);
            }
        }
    }
    assert!(list.len() <= 64, "one bit per stem");
    let stems = Stems::new(list);
    let masks = IMPLICIT.iter().map(|p| stems.mask(p.needs)).collect();
    (stems, masks)
});

/// Counts stated without a numeral, added where no numeric count covers the words.
pub(super) fn add_implicit(text: &str, sent: Span, found: &mut Vec<Found>) {
    let s = &text[sent.start..sent.end];
    // Cheap gate: every pattern needs one of these stems.
    if !GATE_STEMS.is_match(s) {
        return;
    }
    let (stems, masks) = &*NEEDS;
    let present = stems.present(s);
    let mut extra: Vec<Found> = Vec::new();
    for (Implicit { re, gates, .. }, &needs) in IMPLICIT.iter().zip(masks) {
        if present & needs == 0 || !gates.iter().all(|g| g.is_match(s)) {
            continue;
        }
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
