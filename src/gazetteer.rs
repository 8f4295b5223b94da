//! The bundled gazetteer: countries (with alternate names and demonyms), first-level
//! regions and populated places, with containment (place ⊂ region ⊂ country).
//!
//! Data: GeoNames (<https://www.geonames.org/>), CC BY 4.0, built into
//! `data/gazetteer.tsv` by `scripts/build_gazetteer.py` (see its header for the exact
//! sources and the line format). The table is parsed once, on first use. Matching
//! looks up each capitalised word of the text in a table of first words, then tries
//! the few longer spans that start there: no automaton to build, linear in the text.

use std::collections::HashMap;
use std::sync::LazyLock;

static DATA: &str = include_str!("../data/gazetteer.tsv");

/// What a surface form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry {
    /// A country, by index into [`Gazetteer::countries`].
    Country(u32),
    /// A demonym of a country ("Ukrainian").
    Demonym(u32),
    /// A first-level region, by index into [`Gazetteer::regions`].
    Region(u32),
    /// A populated place, by index into [`Gazetteer::places`].
    Place(u32),
}

/// A country.
#[derive(Debug, Clone)]
pub struct Country {
    /// ISO 3166 alpha-2 code.
    pub iso: String,
    /// English name.
    pub name: String,
}

/// A first-level administrative region.
#[derive(Debug, Clone)]
pub struct Region {
    /// Index of its country.
    pub country: u32,
    /// GeoNames admin1 code.
    pub code: String,
    /// Name as GeoNames gives it ("Kursk").
    pub name: String,
    /// Name for display ("Kursk Oblast").
    pub display: String,
}

/// A populated place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Name.
    pub name: String,
    /// Index of its country.
    pub country: u32,
    /// Index of its region, when known.
    pub region: Option<u32>,
    /// Population.
    pub population: u64,
}

/// The parsed table and its matcher.
pub struct Gazetteer {
    /// Countries.
    pub countries: Vec<Country>,
    /// Regions.
    pub regions: Vec<Region>,
    /// Populated places.
    pub places: Vec<Place>,
    /// Surface form -> entries (exact case).
    index: HashMap<String, Vec<Entry>>,
    /// First word of a surface form -> the byte length of the longest surface form
    /// starting with it.
    first_words: HashMap<String, usize>,
}

/// The gazetteer, parsed on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// A resolved place: canonical name, containment chain (nearest first) and feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Canonical name.
    pub name: String,
    /// Enclosing places, nearest first.
    pub within: Vec<String>,
    /// country, region or city.
    pub feature: &'static str,
    /// ISO code of the country.
    pub iso: String,
}

impl Gazetteer {
    fn load() -> Gazetteer {
        let mut countries = Vec::new();
        let mut regions = Vec::new();
        let mut places = Vec::new();
        let mut index: HashMap<String, Vec<Entry>> = HashMap::new();
        let mut by_iso: HashMap<String, u32> = HashMap::new();
        let mut region_by_code: HashMap<(u32, String), u32> = HashMap::new();
        let add = |index: &mut HashMap<String, Vec<Entry>>, s: &str, e: Entry| {
            let s = s.trim();
            if s.chars().count() >= 3 && s.chars().next().is_some_and(char::is_uppercase) {
                let v = index.entry(s.to_string()).or_default();
                if !v.contains(&e) {
                    v.push(e);
                }
            }
        };
        // Countries, then regions, then places: each refers to the ones before.
        let lines = ["C\t", "R\t", "P\t"]
            .into_iter()
            .flat_map(|k| DATA.lines().filter(move |l| l.starts_with(k)));
        for line in lines {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["C", iso, name, alts, dems] => {
                    let i = countries.len() as u32;
                    countries.push(Country {
                        iso: iso.to_string(),
                        name: name.to_string(),
                    });
                    by_iso.insert(iso.to_string(), i);
                    add(&mut index, name, Entry::Country(i));
                    for a in alts.split('|').filter(|a| !a.is_empty()) {
                        add(&mut index, a, Entry::Country(i));
                    }
                    for d in dems.split('|').filter(|d| !d.is_empty()) {
                        add(&mut index, d, Entry::Demonym(i));
                    }
                }
                ["R", iso, code, name, display] => {
                    let Some(&c) = by_iso.get(*iso) else { continue };
                    let i = regions.len() as u32;
                    regions.push(Region {
                        country: c,
                        code: code.to_string(),
                        name: name.to_string(),
                        display: display.to_string(),
                    });
                    region_by_code.insert((c, code.to_string()), i);
                    add(&mut index, name, Entry::Region(i));
                    add(&mut index, display, Entry::Region(i));
                }
                ["P", name, iso, code, pop, alts] => {
                    let Some(&c) = by_iso.get(*iso) else { continue };
                    let i = places.len() as u32;
                    places.push(Place {
                        name: name.to_string(),
                        country: c,
                        region: region_by_code.get(&(c, code.to_string())).copied(),
                        population: pop.parse().unwrap_or(0),
                    });
                    add(&mut index, name, Entry::Place(i));
                    for a in alts.split('|').filter(|a| !a.is_empty()) {
                        add(&mut index, a, Entry::Place(i));
                    }
                }
                _ => {}
            }
        }
        let mut first_words: HashMap<String, usize> = HashMap::new();
        for surface in index.keys() {
            let first = &surface[..first_word_len(surface)];
            let longest = first_words.entry(first.to_string()).or_default();
            *longest = (*longest).max(surface.len());
        }
        Gazetteer {
            countries,
            regions,
            places,
            index,
            first_words,
        }
    }

    /// Entries named exactly `s`.
    pub fn get(&self, s: &str) -> &[Entry] {
        self.index.get(s).map_or(&[], Vec::as_slice)
    }

    /// Every gazetteer name in `text` at word boundaries, leftmost-longest and not
    /// overlapping: (start, end, surface).
    pub fn find_all<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a str)> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < text.len() {
                let rest = &text[at..];
                let Some(c) = rest.chars().next() else { break };
                let start = at;
                let word = first_word_len(rest);
                at += word.max(c.len_utf8());
                let after_boundary = text[..start].chars().next_back().is_none_or(is_boundary);
                if word == 0 || !c.is_uppercase() || !after_boundary {
                    continue;
                }
                let Some(&longest) = self.first_words.get(&rest[..word]) else {
                    continue;
                };
                // Candidate ends, longest first: each char boundary followed by a
                // word boundary, within the longest surface starting with this word.
                let limit = text.floor_char_boundary(start + longest);
                let mut end = limit;
                while end >= start + word {
                    if text.is_char_boundary(end)
                        && text[end..].chars().next().is_none_or(is_boundary)
                        && let Some((surface, _)) = self.index.get_key_value(&text[start..end])
                    {
                        at = end;
                        return Some((start, end, surface.as_str()));
                    }
                    end -= 1;
                }
            }
            None
        })
    }

    /// Country name of an index.
    pub fn country_name(&self, i: u32) -> &str {
        &self.countries[i as usize].name
    }

    /// The resolved form of an entry.
    pub fn resolve(&self, e: Entry) -> Resolved {
        match e {
            Entry::Country(i) | Entry::Demonym(i) => {
                let c = &self.countries[i as usize];
                Resolved {
                    name: c.name.clone(),
                    within: Vec::new(),
                    feature: "country",
                    iso: c.iso.clone(),
                }
            }
            Entry::Region(i) => {
                let r = &self.regions[i as usize];
                let c = &self.countries[r.country as usize];
                Resolved {
                    name: r.display.clone(),
                    within: vec![c.name.clone()],
                    feature: "region",
                    iso: c.iso.clone(),
                }
            }
            Entry::Place(i) => {
                let p = &self.places[i as usize];
                let c = &self.countries[p.country as usize];
                let mut within = Vec::new();
                if let Some(r) = p.region {
                    within.push(self.regions[r as usize].display.clone());
                }
                within.push(c.name.clone());
                Resolved {
                    name: p.name.clone(),
                    within,
                    feature: "city",
                    iso: c.iso.clone(),
                }
            }
        }
    }

    /// Country index of an entry.
    pub fn country_of(&self, e: Entry) -> u32 {
        match e {
            Entry::Country(i) | Entry::Demonym(i) => i,
            Entry::Region(i) => self.regions[i as usize].country,
            Entry::Place(i) => self.places[i as usize].country,
        }
    }

    /// Region index of an entry, if it is a region or lies in one.
    pub fn region_of(&self, e: Entry) -> Option<u32> {
        match e {
            Entry::Region(i) => Some(i),
            Entry::Place(i) => self.places[i as usize].region,
            _ => None,
        }
    }

    /// Population of a place entry (0 for others).
    pub fn population(&self, e: Entry) -> u64 {
        match e {
            Entry::Place(i) => self.places[i as usize].population,
            _ => 0,
        }
    }
}

/// Whether `c` separates words for gazetteer matching.
fn is_boundary(c: char) -> bool {
    !(c.is_alphanumeric() || c == '-' || c == '_')
}

/// Byte length of the leading run of alphanumeric characters of `s`.
fn first_word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i)
}

/// The country a demonym names ("Ukrainian" -> "Ukraine"), if `w` is one.
pub fn demonym_country(w: &str) -> Option<&'static str> {
    let g = &*GAZETTEER;
    g.get(w).iter().find_map(|e| match e {
        Entry::Demonym(i) => Some(g.country_name(*i)),
        _ => None,
    })
}

/// The entries named exactly `s`, if any (countries, regions, places, demonyms).
pub fn lookup_exact(s: &str) -> Option<&'static [Entry]> {
    let v = GAZETTEER.get(s);
    (!v.is_empty()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containment_and_demonyms() {
        let g = &*GAZETTEER;
        let sudzha = g
            .get("Sudzha")
            .iter()
            .copied()
            .find(|e| matches!(e, Entry::Place(_)))
            .unwrap();
        let r = g.resolve(sudzha);
        assert_eq!(r.within, ["Kursk Oblast", "Russia"]);
        assert_eq!(demonym_country("Ukrainian"), Some("Ukraine"));
        assert_eq!(demonym_country("North Korean"), Some("North Korea"));
        assert!(g.get("Kazan").len() >= 2, "Kazan is ambiguous (Russia, Turkey)");
    }

    #[test]
    fn matches_only_whole_words() {
        let g = &*GAZETTEER;
        let text = "Parisian cafés; Paris, Texas, and São Paulo.";
        let found: Vec<&str> = g.find_all(text).map(|(_, _, s)| s).collect();
        assert!(found.contains(&"Paris") && found.contains(&"Texas") && found.contains(&"São Paulo"));
        assert!(!found.contains(&"Parisian"));
        // Longest first, whole words only, and safe on any text.
        let found: Vec<&str> = g
            .find_all("New York's Guinea-Bissau; Newcastle upon Tyne")
            .map(|(_, _, s)| s)
            .collect();
        assert!(
            found.contains(&"New York") && found.contains(&"Guinea-Bissau"),
            "{found:?}"
        );
        assert_eq!(g.find_all("Parisé ÉÉÉ \u{0}P").count(), 0);
    }
}
