//! The place patterns and the gazetteer pass, one step each, over a [`Context`] of what
//! the whole document names. Each step adds candidates; `super::extract` keeps the
//! strongest of overlapping ones.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::{
    AREA_PAT, Cand, DATELINE, IN_UNKNOWN, NEAR_PAT, REGION_PAT, TOWN_STATE, best, capitalize, is_common_word,
    is_locative_prep, is_month, is_non_place_word, plausible, title_case, to_value, town_in,
};
use crate::gazetteer::{Entry, GAZETTEER, Gazetteer};
use crate::lexicon::places::{AP_STATES, ap_state_prefix, postal_state};
use crate::model::{PlaceValue, Span};
use crate::segment::Segments;

/// The AP abbreviations of the states, found in one pass: any of them in the body puts
/// the United States in the document's context.
static AP_ABBREVIATIONS: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(AP_STATES.iter().map(|(abbr, _)| abbr)).expect("abbreviation list"));

/// Towns below this population named like a person of the story are taken for the
/// person: a city people know ("Detroit") is not read as a surname.
const SMALL_TOWN: u64 = 100_000;

/// A person's full name as the name index found it: two or three words, none a
/// function word ("Man Shot In Dover" is a headline), the first not a sizeable place
/// ("Fresno Police").
fn looks_like_full_name(g: &Gazetteer, name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&ws.len())
        && ws.iter().all(|w| {
            let lw = w.to_lowercase();
            !crate::text::is_stop(&lw) && crate::lexicon::sources::source_word(&lw).is_none()
        })
        && !g
            .get(ws[0])
            .iter()
            .any(|e| !matches!(e, Entry::Place(_)) || g.population(*e) >= FIRST_WORD_PLACE)
}

/// A first word that names a place this large (or a country, region) starts a place's
/// name ("Fresno Police"), not a person's ("Roy Moore": there is a Roy, Utah).
const FIRST_WORD_PLACE: u64 = 50_000;

/// What the whole document names, for resolving ambiguous names: every gazetteer match,
/// the countries (demonyms included) and regions named anywhere, and (filled by
/// [`regions`]) the names used with a region word ("Kursk region").
pub(super) struct Context<'a> {
    g: &'a Gazetteer,
    text: &'a str,
    /// Where the body starts in `text`.
    from: usize,
    body: &'a str,
    matches: Vec<(usize, usize, &'a str)>,
    countries: HashSet<u32>,
    regions: HashSet<u32>,
    region_named: HashSet<String>,
    /// The surname of every person named in full or with a title in the document
    /// ("Roy Moore", "Mr. Moore" give "Moore"): the surname alone is the person, not a
    /// town of that name.
    person_words: HashSet<String>,
    /// "in Springfield, Ill.": each town-and-state match in the body, found once.
    town_states: Vec<TownState>,
}

/// A town-and-state match: byte ranges in the body.
struct TownState {
    name: std::ops::Range<usize>,
    state: std::ops::Range<usize>,
    /// The end of the whole match.
    end: usize,
}

impl<'a> Context<'a> {
    pub(super) fn new(text: &'a str, from: usize, names: &crate::extract::names::NameIndex) -> Context<'a> {
        let body = &text[from..];
        let g = &*GAZETTEER;
        let matches: Vec<(usize, usize, &str)> = g.find_all(body).map(|(s, e, n)| (s + from, e + from, n)).collect();
        let mut ctx_countries: HashSet<u32> = HashSet::new();
        let mut ctx_regions: HashSet<u32> = HashSet::new();
        // A compass point alone ("Northeast") names no region abroad.
        for &(_, _, name) in matches.iter().filter(|m| !crate::lexicon::places::is_direction(m.2)) {
            let es = g.get(name);
            for e in es {
                match e {
                    Entry::Country(i) | Entry::Demonym(i) => {
                        ctx_countries.insert(*i);
                    }
                    Entry::Region(i) if es.len() == 1 => {
                        ctx_regions.insert(*i);
                        ctx_countries.insert(g.regions[*i as usize].country);
                    }
                    _ => {}
                }
            }
        }
        if AP_ABBREVIATIONS.is_match(body)
            && let Some(&us) = g.get("United States").first()
        {
            ctx_countries.insert(g.country_of(us));
        }
        // A capitalised word right after a title ("President Obama", "Gov. Lee") is a
        // person's name, even when a town has it too. (The capital is looked at first:
        // most words have none, and the title lists need each word lowercased.)
        let titled = body
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .filter(|w| w[0].chars().next().is_some_and(char::is_uppercase) && crate::extract::names::is_title(w[0]))
            .filter(|w| !crate::extract::names::is_title(w[1]))
            .map(|w| w[1].trim_end_matches(|c: char| !c.is_alphanumeric()).to_string())
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect::<Vec<_>>();
        let person_words = titled
            .into_iter()
            .chain(
                names
                    .mentions
                    .iter()
                    // One word only after a title ("Mr. Lee"), as the name index keeps it.
                    .filter(|(_, n)| n.split_whitespace().count() == 1 || looks_like_full_name(g, n))
                    .filter_map(|(_, n)| n.split_whitespace().last().map(str::to_string)),
            )
            .collect();
        // "in Spokane, Wash.": a state named after a town is the state the text means
        // by its bare name, even when a capital that stands for its country has that
        // name too (the capital is otherwise preferred: see `best`).
        let town_states: Vec<TownState> = TOWN_STATE
            .captures_iter(body)
            .filter_map(|m| {
                Some(TownState {
                    name: m.name("name").map_or(0..0, |x| x.range()),
                    state: m.name("state")?.range(),
                    end: m.get(0)?.end(),
                })
            })
            .collect();
        let region_named = town_states
            .iter()
            .filter_map(|t| {
                let st = &body[t.state.clone()];
                let full = ap_state_prefix(st).or_else(|| postal_state(st))?;
                g.get(full)
                    .iter()
                    .any(|e| matches!(e, Entry::Region(_)))
                    .then(|| full.to_string())
            })
            .collect();
        Context {
            g,
            text,
            from,
            body,
            matches,
            countries: ctx_countries,
            regions: ctx_regions,
            region_named,
            person_words,
            town_states,
        }
    }
}

/// Step 1: "Russia's Kursk region", "the Donetsk Oblast", "Cook County".
pub(super) fn regions(cx: &mut Context, cands: &mut Vec<Cand>) {
    let (g, from, body) = (cx.g, cx.from, cx.body);
    let ctx_countries = &cx.countries;
    for m in REGION_PAT.captures_iter(body) {
        let all = m
            .get(0)
            .map_or(Span::default(), |x| Span::new(x.start(), x.end()))
            .shift(from);
        let name = &m["name"];
        let kind = &m["kind"];
        let owner = m.name("owner").map(|o| o.as_str());
        if kind == "state" && owner.is_none() && !g.get(name).iter().any(|e| matches!(e, Entry::Region(_))) {
            continue;
        }
        let owner_country = owner.and_then(|o| {
            g.get(o).iter().find_map(|e| match e {
                Entry::Country(i) => Some(*i),
                _ => None,
            })
        });
        if owner.is_some() && owner_country.is_none() {
            // "Putin's Kursk region" is not an owner; keep the region alone.
        }
        let regions: Vec<u32> = g
            .get(name)
            .iter()
            .chain(g.get(&format!("{name} Oblast")).iter())
            .filter_map(|e| match e {
                Entry::Region(i) => Some(*i),
                _ => None,
            })
            .collect();
        let pick = regions
            .iter()
            .copied()
            .max_by_key(|r| {
                let c = g.regions[*r as usize].country;
                (Some(c) == owner_country, ctx_countries.contains(&c))
            })
            .filter(|r| owner_country.is_none_or(|c| g.regions[*r as usize].country == c));
        cx.region_named.insert(name.to_string());
        let value = if let Some(r) = pick.filter(|_| !matches!(kind, "County" | "Parish" | "District" | "district")) {
            let res = g.resolve(Entry::Region(r));
            PlaceValue {
                name: res.name,
                within: res.within,
                feature: "region".into(),
            }
        } else {
            let kind_cap = capitalize(kind);
            let within = owner_country
                .map(|c| vec![g.country_name(c).to_string()])
                .unwrap_or_default();
            PlaceValue {
                name: format!("{name} {kind_cap}"),
                within,
                feature: if matches!(kind, "County" | "Parish" | "District" | "district") {
                    "area"
                } else {
                    "region"
                }
                .into(),
            }
        };
        let start = if owner_country.is_some() {
            all.start
        } else {
            m.name("name").map_or(all.start, |x| x.start() + from)
        };
        cands.push(Cand {
            span: Span::new(start, all.end),
            value,
            rank: 0,
        });
    }
}

/// Step 2: "Russia's Far East", "Ukraine's eastern regions".
pub(super) fn areas(cx: &Context, cands: &mut Vec<Cand>) {
    let (g, from, body) = (cx.g, cx.from, cx.body);
    for m in AREA_PAT.captures_iter(body) {
        let owner = &m["owner"];
        let Some(c) = g.get(owner).iter().find_map(|e| match e {
            Entry::Country(i) => Some(*i),
            _ => None,
        }) else {
            continue;
        };
        let all = m
            .get(0)
            .map_or(Span::default(), |x| Span::new(x.start(), x.end()))
            .shift(from);
        cands.push(Cand {
            span: all,
            value: PlaceValue {
                name: m["area"].to_string(),
                within: vec![g.country_name(c).to_string()],
                feature: "area".into(),
            },
            rank: 0,
        });
    }
}

/// Step 3: "in Springfield, Ill."
pub(super) fn towns_with_state(cx: &Context, cands: &mut Vec<Cand>) {
    let (g, text, from, body) = (cx.g, cx.text, cx.from, cx.body);
    for t in &cx.town_states {
        let name = Span::new(t.name.start, t.name.end).shift(from);
        let state = &body[t.state.clone()];
        let state_full = ap_state_prefix(state).or_else(|| postal_state(state)).unwrap_or(state);
        let state_entry = g
            .get(state_full)
            .iter()
            .copied()
            .find(|e| matches!(e, Entry::Region(_) | Entry::Country(_)));
        let Some(se) = state_entry else { continue };
        let after_state = &body[t.end..];
        if after_state.starts_with(['’', '\''])
            || (matches!(se, Entry::Country(_)) && g.get(&body[t.name.clone()]).is_empty())
        {
            continue;
        }
        let state_span_end = t.state.end + from;
        if let Some(c) = town_in(g, &text[name.start..name.end], se) {
            cands.push(Cand {
                span: Span::new(name.start, state_span_end),
                value: c,
                rank: 1,
            });
        }
    }
}

/// Datelines: "SPRINGFIELD, Ill. (AP) —", "SEATTLE (AP) —".
pub(super) fn datelines(cx: &Context, seg: &Segments, cands: &mut Vec<Cand>) {
    let (g, text) = (cx.g, cx.text);
    let (ctx_countries, ctx_regions, region_named) = (&cx.countries, &cx.regions, &cx.region_named);
    for para in &seg.paragraphs {
        let ptext = &text[para.start..para.end];
        let Some(m) = DATELINE.captures(ptext) else { continue };
        let raw = m["name"].trim();
        let name = title_case(raw);
        let st = m.name("state").map(|s| s.as_str());
        let state_full = st.map(|s| ap_state_prefix(s).or_else(|| postal_state(s)).unwrap_or(s));
        let value = match state_full.and_then(|s| {
            g.get(s)
                .iter()
                .copied()
                .find(|e| matches!(e, Entry::Region(_) | Entry::Country(_)))
        }) {
            Some(se) => town_in(g, &name, se),
            None => best(g, g.get(&name), ctx_countries, ctx_regions, region_named, true).map(to_value),
        };
        if let (Some(v), Some(n)) = (value, m.name("name")) {
            cands.push(Cand {
                span: Span::new(para.start + n.start(), para.start + n.start() + raw.len()),
                value: v,
                rank: 1,
            });
        }
    }
}

/// "near Sudzha", "the village of X", "outside X".
pub(super) fn near(cx: &Context, cands: &mut Vec<Cand>) {
    let (g, text, from, body) = (cx.g, cx.text, cx.from, cx.body);
    let (ctx_countries, ctx_regions, region_named) = (&cx.countries, &cx.regions, &cx.region_named);
    for m in NEAR_PAT.captures_iter(body) {
        let nm = m
            .name("name")
            .map_or(Span::default(), |x| Span::new(x.start(), x.end()))
            .shift(from);
        let name = &text[nm.start..nm.end];
        if is_common_word(name) || name.split_whitespace().any(is_month) {
            continue;
        }
        let town = m.name("town").is_some();
        let value = best(g, g.get(name), ctx_countries, ctx_regions, region_named, town)
            .map(to_value)
            .unwrap_or(PlaceValue {
                name: name.to_string(),
                within: Vec::new(),
                feature: "unknown".into(),
            });
        cands.push(Cand {
            span: nm,
            value,
            rank: 2,
        });
    }
}

/// "in Beaverdam." — a capitalised name after "in" that nothing else explains,
/// accepted only when followed by a clause boundary or a time word.
pub(super) fn in_unknown(cx: &Context, cands: &mut Vec<Cand>) {
    let (g, text, from, body) = (cx.g, cx.text, cx.from, cx.body);
    for m in IN_UNKNOWN.captures_iter(body) {
        let nm = m
            .name("name")
            .map_or(Span::default(), |x| Span::new(x.start(), x.end()))
            .shift(from);
        let name = &text[nm.start..nm.end];
        if !g.get(name).is_empty()
            || is_common_word(name)
            || name.split_whitespace().any(|w| is_month(w) || is_non_place_word(w))
        {
            continue;
        }
        cands.push(Cand {
            span: nm,
            value: PlaceValue {
                name: name.to_string(),
                within: Vec::new(),
                feature: "unknown".into(),
            },
            rank: 4,
        });
    }
}

/// Step 4: Gazetteer names: countries only in locative use, demonyms only before a
/// territory noun ("on Ukrainian soil"), towns only when [`plausible`].
pub(super) fn gazetteer_names(cx: &Context, cands: &mut Vec<Cand>) {
    let (g, text) = (cx.g, cx.text);
    let (ctx_countries, ctx_regions, region_named) = (&cx.countries, &cx.regions, &cx.region_named);
    for &(s, e, name) in &cx.matches {
        let entries = g.get(name);
        let is_demonym = entries.iter().all(|e| matches!(e, Entry::Demonym(_)));
        let after = &text[e..];
        if is_demonym {
            let next = after
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric());
            if !matches!(
                next,
                "soil"
                    | "territory"
                    | "territories"
                    | "airspace"
                    | "waters"
                    | "side"
                    | "capital"
                    | "coast"
                    | "mainland"
            ) {
                continue;
            }
        }
        let entries: Vec<Entry> = entries
            .iter()
            .copied()
            .filter(|e| !matches!(e, Entry::Demonym(_)) || is_demonym)
            .collect();
        // A country is a place claim only in locative use ("in Russia", "to Russia"),
        // not as an actor ("Russia said", "Russia’s army").
        let country = !is_demonym && entries.iter().any(|e| matches!(e, Entry::Country(_)));
        if country {
            let prev = text[..s].split_whitespace().next_back().unwrap_or("");
            if !is_locative_prep(prev) || prev == "of" || after.starts_with(['’', '\'']) {
                continue;
            }
        }
        if !plausible(g, text, s, e, name, &entries, ctx_countries, ctx_regions) {
            continue;
        }
        // "Moore said" in a story about Roy Moore: the person, unless a locative cue
        // comes right before ("in Moore"). Where the story's own countries have a place
        // of that name, the size that counts is theirs: "Michael Kennedy of Welch, W.Va."
        // makes a later "Kennedy" the man, whatever the size of a Kennedy abroad.
        let home = |e: &&Entry| ctx_countries.contains(&g.country_of(**e));
        let any_home = entries.iter().any(|e| home(&e));
        let small_town = entries
            .iter()
            .filter(|e| !any_home || home(e))
            .all(|e| matches!(e, Entry::Place(_)) && g.population(*e) < SMALL_TOWN);
        // "the Lee administration", "the Lee campaign": a small town's name before a
        // lowercase institution word is the person who leads it.
        let next = text[e..].split_whitespace().next().unwrap_or("");
        let leads = crate::lexicon::sources::source_word(next.trim_end_matches(|c: char| !c.is_alphanumeric()))
            == Some(crate::lexicon::sources::SourceWord::Led);
        if small_town && leads {
            continue;
        }
        if small_town && cx.person_words.contains(name) {
            let prev = text[..s].split_whitespace().next_back().unwrap_or("");
            if !matches!(prev, "in" | "near" | "outside" | "from") {
                continue;
            }
        }
        let Some(res) = best(g, &entries, ctx_countries, ctx_regions, region_named, false) else {
            continue;
        };
        let mut value = to_value(res);
        if is_demonym {
            value.feature = "country".into();
        }
        cands.push(Cand {
            span: Span::new(s, e),
            value,
            rank: 3,
        });
    }
}
