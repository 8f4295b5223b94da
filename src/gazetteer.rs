//! The bundled gazetteer: countries (with alternate names and demonyms), first-level
//! regions and populated places, with containment (place ⊂ region ⊂ country).
//!
//! Data: GeoNames (<https://www.geonames.org/>), CC BY 4.0, built into
//! `data/gazetteer.tsv` by `scripts/build_gazetteer.py` (see its header for the exact
//! sources and the line format), compiled into static tables by `build.rs`. Matching
//! looks up each capitalised word of the text in a table of first words, then tries
//! the few longer spans that start there: no automaton to build, linear in the text.

use std::sync::LazyLock;

// COUNTRIES, REGIONS, PLACES, INDEX and FIRST_WORDS, made by build.rs from
// data/gazetteer.tsv.
include!(concat!(env!("OUT_DIR"), "/gazetteer_table.rs"));

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
    pub iso: &'static str,
    /// English name.
    pub name: &'static str,
}

/// A first-level administrative region.
#[derive(Debug, Clone)]
pub struct Region {
    /// Index of its country.
    pub country: u32,
    /// GeoNames admin1 code.
    pub code: &'static str,
    /// Name as GeoNames gives it ("Kursk").
    pub name: &'static str,
    /// Name for display ("Kursk Oblast").
    pub display: &'static str,
}

/// A populated place.
#[derive(Debug, Clone)]
pub struct Place {
    /// Name.
    pub name: &'static str,
    /// Index of its country.
    pub country: u32,
    /// Index of its region, when known.
    pub region: Option<u32>,
    /// Population.
    pub population: u64,
}

/// The tables and their matcher.
pub struct Gazetteer {
    /// Countries.
    pub countries: &'static [Country],
    /// Regions.
    pub regions: &'static [Region],
    /// Populated places.
    pub places: &'static [Place],
    /// Surface form -> entries (exact case).
    index: &'static phf::Map<&'static str, &'static [Entry]>,
    /// First word of a surface form -> the byte lengths of the surface forms starting
    /// with it, longest first: the only spans worth looking up after that word.
    first_words: &'static phf::Map<&'static str, &'static [usize]>,
}

/// The gazetteer: static tables compiled in by build.rs, nothing parsed at run time.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer {
    countries: COUNTRIES,
    regions: REGIONS,
    places: PLACES,
    index: &INDEX,
    first_words: &FIRST_WORDS,
});

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
    /// Entries named exactly `s`.
    pub fn get(&self, s: &str) -> &[Entry] {
        self.index.get(s).copied().unwrap_or(&[])
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
                let Some(&lengths) = self.first_words.get(&rest[..word]) else {
                    continue;
                };
                // Candidate ends, longest first: the end of each surface length starting
                // with this word, at a char boundary followed by a word boundary.
                for &len in lengths {
                    let end = start + len;
                    if end <= text.len()
                        && text.is_char_boundary(end)
                        && text[end..].chars().next().is_none_or(is_boundary)
                        && let Some((surface, _)) = self.index.get_entry(&text[start..end])
                    {
                        at = end;
                        return Some((start, end, *surface));
                    }
                }
            }
            None
        })
    }

    /// Country name of an index.
    pub fn country_name(&self, i: u32) -> &'static str {
        self.countries[i as usize].name
    }

    /// The resolved form of an entry.
    pub fn resolve(&self, e: Entry) -> Resolved {
        match e {
            Entry::Country(i) | Entry::Demonym(i) => {
                let c = &self.countries[i as usize];
                Resolved {
                    name: c.name.to_string(),
                    within: Vec::new(),
                    feature: "country",
                    iso: c.iso.to_string(),
                }
            }
            Entry::Region(i) => {
                let r = &self.regions[i as usize];
                let c = &self.countries[r.country as usize];
                Resolved {
                    name: r.display.to_string(),
                    within: vec![c.name.to_string()],
                    feature: "region",
                    iso: c.iso.to_string(),
                }
            }
            Entry::Place(i) => {
                let p = &self.places[i as usize];
                let c = &self.countries[p.country as usize];
                let mut within = Vec::new();
                if let Some(r) = p.region {
                    within.push(self.regions[r as usize].display.to_string());
                }
                within.push(c.name.to_string());
                Resolved {
                    name: p.name.to_string(),
                    within,
                    feature: "city",
                    iso: c.iso.to_string(),
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

/// Byte length of the leading run of alphanumeric characters of `s` (build.rs splits
/// the table's names the same way).
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
