//! Place extraction: where an event happened or a party is.
//!
//! Two sources of place claims:
//!
//! 1. Patterns, which also find places the gazetteer does not know: "Russia’s Kursk
//!    region" (a region within a country), "the X region", "X Oblast", "X province",
//!    "X County", "Russia’s Far East" (an area within a country), "near X", "the town
//!    of X", "in X, Ohio" (a town within a known region), and a datelines
//!    ("SPRINGFIELD, Ill. (AP) —").
//! 2. The bundled gazetteer ([`crate::gazetteer`]): countries, first-level regions and
//!    populated places, matched as whole, capitalised words.
//!
//! False places are avoided by rule: a name inside a longer capitalised run ("Charlotte
//! Smith", "Moscow Times") or followed by a speech verb ("Jackson said") is not a place;
//! small towns (under 15,000 people) need a locative cue ("in", "near", "from", a
//! following ", State") or their region or country mentioned in the document; common
//! words that are also town names are ignored at the start of a sentence.
//!
//! Demonyms ("Ukrainian forces", "North Korean troops") are **not** place claims: they
//! describe who, not where. They count as context for resolving ambiguous names, and
//! become a claim only in locative use ("on Ukrainian soil", "Russian territory").
//!
//! Ambiguous names are resolved by context: a candidate scores for its country and
//! region being mentioned elsewhere in the document, then by population. A bare name
//! that is both a city and a region ("Kursk") is the region when the document also
//! says "Kursk region", else the city (which lies within the region, so both agree).

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

mod find;

use find::{Context, areas, datelines, gazetteer_names, in_unknown, near, regions, towns_with_state};

use crate::gazetteer::{Entry, Gazetteer, Resolved};
use crate::lexicon::calendar;
use crate::model::{Claim, Document, Kind, PlaceValue, Span, Value};
use crate::segment::Segments;

const CAP: &str = r"\p{Lu}[\p{L}’'\-]+";

static REGION_PAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?P<owner>{CAP}(?:\s{CAP})?)['’]s\s+)?(?P<name>{CAP}(?:\s{CAP})?)\s+(?:border\s+)?(?P<kind>[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Gg]overnorate|[Pp]refecture|County|Parish|[Dd]istrict|state)(?-u:\b)"
    ))
    .expect("valid regex")
});
static AREA_PAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<owner>{CAP}(?:\s{CAP})?)['’]s\s+(?P<area>(?:Far\s+)?(?:East|West|North|South|Northeast|Northwest|Southeast|Southwest|Midwest)(?-u:\b)|(?:north|south|east|west)(?:ern|east|west|eastern|western)?\s+(?:regions?|border|coast|front|flank|provinces?)(?-u:\b))"
    ))
    .expect("valid regex")
});
static NEAR_PAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:near|outside(?:\sof)?|(?:the|a)\s(?P<town>town|city|village|suburb|settlement|hamlet)\sof)\s+(?P<name>{CAP}(?:\s{CAP}){{0,2}})"
    ))
    .expect("valid regex")
});
static TOWN_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:in|of|from|at|near|outside)\s+(?P<name>{CAP}(?:\s{CAP}){{0,2}}),\s+(?P<state>\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*)?)"
    ))
    .expect("valid regex")
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>\p{Lu}[\p{Lu} .'\-]{2,30}?),?\s+(?:(?P<state>\p{Lu}(?:\p{Ll}|\.)[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|[A-Z]{2}(?-u:\b))\s*)?(?:(?:\([^)\n]{1,40}\)\s*)?(?:[—–|>-]|\(AP\))|\([^)\n]{1,40}\)\s*\p{Lu})")
        .expect("valid regex")
});
static IN_UNKNOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:in|near)\s+(?P<name>{CAP}(?:\s{CAP}){{0,2}})(?:[.,;]|\s+(?:on|early|late|last|this|{DAYS}|where|when|after|before|around|about)(?-u:\b))",
        DAYS = crate::lexicon::calendar::weekday_alternation()
    ))
    .expect("valid regex")
});
static SPEECH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let verbs = crate::lexicon::speech::alternation(&crate::lexicon::speech::place_cue_verbs());
    let owned = crate::lexicon::speech::alternation(&crate::lexicon::person::possessions());
    Regex::new(&format!(
        r"^(?:['’]s\s+(?:{owned})\b|\s+(?:{verbs}|who|and\s+his|and\s+her)\b)"
    ))
    .expect("valid regex")
});

/// Words that make a capitalised phrase an organisation, event or thing, not a place.
fn is_non_place_word(w: &str) -> bool {
    let lw = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    crate::lexicon::organisations::is_place_org_word(&lw)
        || crate::lexicon::places::is_non_place_word(&lw)
        || w.ends_with("’s")
        || w.ends_with("'s")
}

/// "a Clifton man", "Bladensburg police": a town used as an adjective of residence.
fn adjectival_cue(prev: &str, next: &str) -> bool {
    let next = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let residence = crate::lexicon::person::of_residence(&next) || crate::lexicon::places::is_residence_thing(&next);
    residence
        && (matches!(prev.to_lowercase().as_str(), "a" | "an" | "the")
            || crate::lexicon::person::of_residence_bare(&next))
}

fn after_word(after: &str) -> &str {
    after
        .strip_prefix(' ')
        .and_then(|a| a.split_whitespace().next())
        .unwrap_or("")
}

pub(crate) use crate::lexicon::places::is_locative_prep;

struct Cand {
    span: Span,
    value: PlaceValue,
    /// Lower = stronger (pattern matches beat gazetteer matches on overlap).
    rank: u8,
}

/// Find every place claim in the document body.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Vec<Claim> {
    let names = crate::extract::names::NameIndex::build(&doc.text, doc.body_start.min(doc.text.len()));
    extract_with(doc_index, doc, seg, &names)
}

/// [`extract`] with the document's name index already built.
fn extract_with(
    doc_index: usize,
    doc: &Document,
    seg: &Segments,
    names: &crate::extract::names::NameIndex,
) -> Vec<Claim> {
    let text = doc.text.as_str();
    let mut cx = Context::new(text, text.floor_char_boundary(doc.body_start), names);
    let mut cands: Vec<Cand> = Vec::new();
    regions(&mut cx, &mut cands);
    areas(&cx, &mut cands);
    towns_with_state(&cx, &mut cands);
    datelines(&cx, seg, &mut cands);
    near(&cx, &mut cands);
    in_unknown(&cx, &mut cands);
    gazetteer_names(&cx, &mut cands);
    // Stronger candidates win overlaps.
    cands.sort_by_key(|c| (c.rank, c.span.start, std::cmp::Reverse(c.span.end)));
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        if kept.iter().any(|k| k.span.overlaps(&c.span)) {
            continue;
        }
        kept.push(c);
    }
    kept.sort_by_key(|c| (c.span.start, c.span.end));
    kept.into_iter()
        .map(|c| {
            let sentence = seg.sentence_span(c.span.start);
            Claim {
                doc: doc_index,
                kind: Kind::Place,
                span: c.span,
                sentence,
                subject: subject(text, sentence, c.span),
                attribution: None,
                value: Value::Place(c.value),
            }
        })
        .collect()
}

/// A capitalised month or weekday name ("May", "Friday").
fn is_month(w: &str) -> bool {
    let l = w.to_lowercase();
    capitalize(&l) == w
        && (calendar::month(&l).is_some_and(|m| !m.abbr) || calendar::weekday(&l).is_some_and(|d| !d.abbr))
}

/// Capitalised words that are also town names but rarely mean the town in news copy.
fn is_common_word(s: &str) -> bool {
    crate::lexicon::places::is_place_lookalike(s)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let lw = w.to_lowercase();
            capitalize(&lw)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A town named `name` inside the region or country `within`: from the gazetteer when
/// it knows it, else an unknown place within that region.
fn town_in(g: &Gazetteer, name: &str, within: Entry) -> Option<PlaceValue> {
    if name.split_whitespace().any(is_month) {
        return None;
    }
    let hit = g.get(name).iter().copied().find(|e| match (e, within) {
        (Entry::Place(_), Entry::Region(r)) => g.region_of(*e) == Some(r),
        (Entry::Place(_), Entry::Country(c)) => g.country_of(*e) == c,
        _ => false,
    });
    if let Some(h) = hit {
        return Some(to_value(g.resolve(h)));
    }
    // A known place of another kind (a country, a region) is not a town.
    if !g.get(name).is_empty() {
        return None;
    }
    let w = g.resolve(within);
    let mut within_names = vec![w.name];
    within_names.extend(w.within);
    Some(PlaceValue {
        name: name.to_string(),
        within: within_names,
        feature: "city".into(),
    })
}

fn to_value(r: Resolved) -> PlaceValue {
    PlaceValue {
        name: r.name,
        within: r.within,
        feature: r.feature.into(),
    }
}

/// The best reading of an ambiguous name, by context then size.
fn best(
    g: &Gazetteer,
    entries: &[Entry],
    countries: &HashSet<u32>,
    regions: &HashSet<u32>,
    region_named: &HashSet<String>,
    town: bool,
) -> Option<Resolved> {
    // A capital that stands for its country ("Washington" in the country-names list):
    // the largest place of that name in that country is what a bare mention means,
    // before a region or a town of the same name, unless the text names the region
    // ("Washington state").
    let capital = |e: &Entry| -> bool {
        let Entry::Place(i) = *e else { return false };
        let p = &g.places[i as usize];
        let country = &g.countries[p.country as usize].name;
        crate::lexicon::countries::stands_for(country, p.name)
            && !entries.iter().any(|o| {
                matches!(o, Entry::Place(j) if g.places[*j as usize].country == p.country
                    && g.places[*j as usize].population > p.population)
            })
    };
    let score = |e: &Entry| -> i64 {
        let c = g.country_of(*e);
        let mut s = 0i64;
        if capital(e) {
            s += 200;
        }
        if countries.contains(&c) {
            s += 100;
        }
        if g.region_of(*e).is_some_and(|r| regions.contains(&r)) && !matches!(e, Entry::Region(_)) {
            s += 60;
        }
        s += match e {
            Entry::Country(_) | Entry::Demonym(_) => 1000,
            Entry::Region(i) => {
                if region_named.contains(g.regions[*i as usize].name) && !town {
                    500
                } else {
                    55
                }
            }
            Entry::Place(_) => (g.population(*e).max(1) as f64).log10() as i64 * 10,
        };
        s
    };
    entries.iter().max_by_key(|e| score(e)).map(|e| g.resolve(*e))
}

/// Whether a gazetteer match reads as a place in its context.
#[allow(clippy::too_many_arguments)]
fn plausible(
    g: &Gazetteer,
    text: &str,
    s: usize,
    e: usize,
    name: &str,
    entries: &[Entry],
    countries: &HashSet<u32>,
    regions: &HashSet<u32>,
) -> bool {
    if crate::lexicon::places::is_direction(name) {
        return false;
    }
    if is_common_word(name) || is_month(name) {
        // Still a place with a strong cue right before ("in Warren").
        let prev = text[..s].split_whitespace().next_back().unwrap_or("");
        let next = after_word(&text[e..]);
        if !((matches!(prev, "in" | "near" | "outside") || adjectival_cue(prev, next)) && !is_month(name)) {
            return false;
        }
    }
    let before = &text[..s];
    let after = &text[e..];
    // Part of a longer capitalised run: "Charlotte Smith", "Moscow Times", "New York Knicks".
    let next_word = after
        .strip_prefix(' ')
        .and_then(|a| a.split_whitespace().next())
        .unwrap_or("");
    if next_word.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            next_word,
            "Oblast"
                | "Region"
                | "Province"
                | "County"
                | "Police"
                | "On"
                | "In"
                | "At"
                | "—"
                | "Mayor"
                | "Fire"
                | "City"
        )
        && !is_month(next_word.trim_end_matches([',', '.']))
    {
        return false;
    }
    let prev_word = before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().next_back())
        .unwrap_or("");
    let prev_cap = prev_word.chars().next().is_some_and(char::is_uppercase)
        && !prev_word.ends_with([',', '.', ':', ';'])
        && !matches!(
            prev_word,
            "In" | "At"
                | "From"
                | "Near"
                | "The"
                | "To"
                | "Outside"
                | "Across"
                | "Inside"
                | "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "Central"
                | "Downtown"
        );
    if prev_cap {
        return false;
    }
    if SPEECH_AFTER.is_match(after) {
        return false;
    }
    let only_places = entries.iter().all(|e| matches!(e, Entry::Place(_)));
    if only_places {
        let pop = entries.iter().map(|e| g.population(*e)).max().unwrap_or(0);
        let cue = is_locative_prep(prev_word) || after.starts_with(", ") || adjectival_cue(prev_word, next_word);
        let in_ctx = entries
            .iter()
            .any(|e| countries.contains(&g.country_of(*e)) || g.region_of(*e).is_some_and(|r| regions.contains(&r)));
        let sentence_start = before.trim_end().ends_with(['.', '!', '?', '\n', '"', '“']) || before.trim().is_empty();
        if pop < 15_000 && !(cue || in_ctx) {
            return false;
        }
        if sentence_start && pop < 100_000 && !in_ctx && !after.starts_with(',') {
            return false;
        }
    }
    true
}

/// What is located at the place: the words before it in its clause.
fn subject(text: &str, sentence: Span, place: Span) -> String {
    let start = sentence.start.min(place.start);
    let before = &text[start..place.start];
    let clause = before.rsplit([',', ';', '—', '(', ':']).next().unwrap_or(before);
    let mut words: Vec<&str> = clause.split_whitespace().collect();
    while words.last().is_some_and(|w| {
        is_locative_prep(w)
            || matches!(
                w.to_lowercase().as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "on"
                    | "for"
                    | "and"
                    | "town"
                    | "city"
                    | "village"
                    | "suburb"
                    | "settlement"
                    | "hamlet"
                    | "region"
                    | "province"
                    | "county"
            )
    }) {
        words.pop();
    }
    if words.len() > 6 {
        words.drain(..words.len() - 6);
    }
    // "at least 3,000 soldiers arrived in": the clause cut inside the figure leaves a
    // fragment of it first.
    while words
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.'))
    {
        words.remove(0);
    }
    let s = words.join(" ");
    let s = s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    if s.is_empty() {
        // Nothing before: the rest of the clause after the place.
        let rest = &text[place.end..sentence.end.max(place.end)];
        let rest = rest.split([',', ';', '.']).next().unwrap_or("");
        return rest.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    }
    s
}

/// The place extractor, as registered in [`super::extractor`].
pub struct Places;

impl super::Extractor for Places {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: extract_with(input.index, input.doc, input.seg, input.name_index()),
            dates: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String, Vec<String>, String)> {
        let doc = Document::new("t.txt", "t.txt", text);
        let seg = crate::segment::segment(text, 0);
        extract(0, &doc, &seg)
            .into_iter()
            .map(|c| {
                let surface = c.text(&doc).to_string();
                match c.value {
                    Value::Place(p) => (surface, p.name, p.within, c.subject),
                    _ => unreachable!(),
                }
            })
            .collect()
    }

    #[test]
    fn region_with_owner_and_bare_city() {
        let got =
            run("Troops arrived in Russia’s Kursk region on Wednesday. Fighting continued near Sudzha and in Kursk.");
        assert_eq!(got[0].0, "Russia’s Kursk region");
        assert_eq!(got[0].1, "Kursk Oblast");
        assert_eq!(got[0].2, ["Russia"]);
        assert_eq!(got[0].3, "Troops arrived");
        assert_eq!(got[1].1, "Sudzha");
        assert_eq!(got[1].2, ["Kursk Oblast", "Russia"]);
        // "Kursk" with "Kursk region" in the same document is the region.
        assert_eq!(got[2].1, "Kursk Oblast");
    }

    #[test]
    fn demonyms_people_and_months_are_not_places() {
        let got = run(
            "🎉 Ukrainian forces met Charlotte Smith in May. Jackson said the vote was fair. Police in Springfield, Ill., said two men were hurt.",
        );
        let names: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(names, ["Springfield"], "{got:?}");
        assert_eq!(got[0].2, ["Illinois", "United States"]);
    }

    #[test]
    fn far_east_datelines_and_unknown_towns() {
        let got =
            run("SEATTLE (AP) — Troops trained in Russia's Far East.\nA fire broke out in the village of Zzyzxville.");
        assert_eq!(got[0].1, "Seattle");
        assert_eq!(got[1].1, "Far East");
        assert_eq!(got[1].2, ["Russia"]);
        assert_eq!(got[2].1, "Zzyzxville");
        assert_eq!(got[2].3, "A fire broke out");
    }

    #[test]
    fn accents_and_locative_demonyms() {
        let got = run("Strikes hit São Paulo and landed on Ukrainian soil.");
        assert_eq!(got[0].1, "São Paulo");
        assert_eq!(got[1].1, "Ukraine");
    }

    /// A name followed by a person's possession ("Jackson's lawyer") is the person; a
    /// possession not in `person_possessions.tsv` ("Denver's mayor") leaves the place.
    #[test]
    fn a_name_with_a_persons_possession_is_not_a_place() {
        assert!(run("Jackson's lawyer spoke to reporters.").is_empty());
        let got: Vec<String> = run("Denver's mayor spoke to reporters.")
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(got, ["Denver"]);
    }

    /// A surname of a person named in the story is the person, not a small town of
    /// that name; a locative cue keeps the town, and a city people know stays a city.
    #[test]
    fn a_persons_surname_is_not_a_town() {
        let text = "Senator Dana Griffin spoke in Denver on Monday. Griffin said the bill would pass. \
                    Later, reporters found Griffin at a diner in Griffin.";
        let got: Vec<String> = run(text).into_iter().map(|p| p.0).collect();
        assert_eq!(got.iter().filter(|p| *p == "Griffin").count(), 1, "{got:?}");
        assert!(got.contains(&"Denver".to_string()), "{got:?}");
        // Before what a person leads, a name is the person.
        assert!(run("Aides said the Griffin administration would appeal.").is_empty());
    }

    /// A surname of a person named in the story is the person, not a small town of the
    /// story's own country that shares its name with a large city abroad; named as a
    /// place, the town is a place.
    #[test]
    fn a_persons_surname_is_not_a_town_named_like_a_city_abroad() {
        let text = "OMAHA, Neb. — Police said 31-year-old Luis Medina of Omaha was charged on Friday. \
                    Police said Medina fled to Des Moines before he was arrested.";
        let got: Vec<String> = run(text).into_iter().map(|p| p.0).collect();
        assert!(!got.iter().any(|p| p == "Medina"), "{got:?}");
        assert!(got.iter().any(|p| p == "Des Moines"), "{got:?}");
        let got: Vec<String> = run("Luis Medina, of Omaha, Neb., drove to a farm near Medina, Ohio, on Friday.")
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert!(got.iter().any(|p| p.starts_with("Medina")), "{got:?}");
    }

    /// A compass point or part of a city alone is no place, even after "in": "in
    /// Northeast" is a quarter of the story's city, not a region abroad that happens to
    /// bear the name. A place whose name starts with one keeps it.
    #[test]
    fn a_compass_point_alone_is_not_a_place() {
        let got = run("Shots were fired in Northeast on Friday. Officers who patrol Downtown said the East was quiet.");
        assert!(got.is_empty(), "{got:?}");
        let got: Vec<String> = run("Shots were fired in East Flatbush on Friday.")
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(got, ["East Flatbush"]);
    }

    /// "Washington" and a "WASHINGTON —" dateline mean the capital, even in a story
    /// that names other states; a story that places a town in the state ("Spokane,
    /// Wash.") or says "Washington state" means the state.
    #[test]
    fn washington_is_the_capital_unless_the_state_is_meant() {
        let got = run(
            "WASHINGTON (AP) — Senators from Illinois and Ohio met on Tuesday.\n\nThe talks in Washington ran late.",
        );
        let dc: Vec<&(String, String, Vec<String>, String)> =
            got.iter().filter(|g| g.0.eq_ignore_ascii_case("washington")).collect();
        assert_eq!(dc.len(), 2, "{got:?}");
        assert!(
            dc.iter()
                .all(|g| g.2.first().map(String::as_str) == Some("District of Columbia")),
            "{got:?}"
        );
        let got = run("The fire spread near Spokane, Wash., on Monday.\n\nCrews from Washington and Idaho fought it.");
        let state = got.iter().find(|g| g.0 == "Washington").expect("bare Washington");
        // The state: within the country only, not a city in a state.
        assert_eq!(state.2, ["United States"], "{got:?}");
    }
}
