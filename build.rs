//! Compiles `data/gazetteer.tsv` into static tables (`$OUT_DIR/gazetteer_table.rs`,
//! included by `src/gazetteer.rs`): the countries, regions and places as arrays, and
//! the surface forms and their first words as perfect-hash maps, so that a run parses
//! nothing at start-up. The line format is `scripts/build_gazetteer.py`'s.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// An entry as written into the generated source.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    Country(u32),
    Demonym(u32),
    Region(u32),
    Place(u32),
}

impl Entry {
    fn code(self) -> String {
        match self {
            Entry::Country(i) => format!("Entry::Country({i})"),
            Entry::Demonym(i) => format!("Entry::Demonym({i})"),
            Entry::Region(i) => format!("Entry::Region({i})"),
            Entry::Place(i) => format!("Entry::Place({i})"),
        }
    }
}

/// Surface forms in the order they were first added, each with its entries in order.
#[derive(Default)]
struct Index {
    order: Vec<String>,
    entries: HashMap<String, Vec<Entry>>,
}

impl Index {
    /// The names the matcher can find: at least 3 characters, capitalised.
    fn add(&mut self, s: &str, e: Entry) {
        let s = s.trim();
        if s.chars().count() >= 3 && s.chars().next().is_some_and(char::is_uppercase) {
            let v = self.entries.entry(s.to_string()).or_insert_with(|| {
                self.order.push(s.to_string());
                Vec::new()
            });
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }
}

/// Byte length of the leading run of alphanumeric characters of `s` (as the matcher
/// splits words).
fn first_word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i)
}

fn main() {
    println!("cargo::rerun-if-changed=data/gazetteer.tsv");
    println!("cargo::rerun-if-changed=build.rs");
    let data = std::fs::read_to_string("data/gazetteer.tsv").expect("reading data/gazetteer.tsv");
    let mut countries = String::new();
    let mut regions = String::new();
    let mut places = String::new();
    let (mut n_countries, mut n_regions, mut n_places) = (0u32, 0u32, 0u32);
    let mut index = Index::default();
    let mut by_iso: HashMap<&str, u32> = HashMap::new();
    let mut region_by_code: HashMap<(u32, &str), u32> = HashMap::new();
    // Countries, then regions, then places: each refers to the ones before.
    let lines = ["C\t", "R\t", "P\t"]
        .into_iter()
        .flat_map(|k| data.lines().filter(move |l| l.starts_with(k)));
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["C", iso, name, alts, dems] => {
                let i = n_countries;
                n_countries += 1;
                writeln!(countries, "    Country {{ iso: {iso:?}, name: {name:?} }},").unwrap();
                by_iso.insert(iso, i);
                index.add(name, Entry::Country(i));
                for a in alts.split('|').filter(|a| !a.is_empty()) {
                    index.add(a, Entry::Country(i));
                }
                for d in dems.split('|').filter(|d| !d.is_empty()) {
                    index.add(d, Entry::Demonym(i));
                }
            }
            ["R", iso, code, name, display] => {
                let Some(&c) = by_iso.get(iso) else { continue };
                let i = n_regions;
                n_regions += 1;
                writeln!(
                    regions,
                    "    Region {{ country: {c}, code: {code:?}, name: {name:?}, display: {display:?} }},"
                )
                .unwrap();
                region_by_code.insert((c, code), i);
                index.add(name, Entry::Region(i));
                index.add(display, Entry::Region(i));
            }
            ["P", name, iso, code, pop, alts] => {
                let Some(&c) = by_iso.get(iso) else { continue };
                let i = n_places;
                n_places += 1;
                let region = region_by_code.get(&(c, *code)).copied();
                let population: u64 = pop.parse().unwrap_or(0);
                writeln!(
                    places,
                    "    Place {{ name: {name:?}, country: {c}, region: {region:?}, population: {population} }},"
                )
                .unwrap();
                index.add(name, Entry::Place(i));
                for a in alts.split('|').filter(|a| !a.is_empty()) {
                    index.add(a, Entry::Place(i));
                }
            }
            _ => {}
        }
    }
    let mut first_words: HashMap<&str, Vec<usize>> = HashMap::new();
    for surface in &index.order {
        first_words
            .entry(&surface[..first_word_len(surface)])
            .or_default()
            .push(surface.len());
    }

    let mut out = String::new();
    writeln!(
        out,
        "/// Countries, in table order.\nstatic COUNTRIES: &[Country] = &[\n{countries}];"
    )
    .unwrap();
    writeln!(
        out,
        "/// Regions, in table order.\nstatic REGIONS: &[Region] = &[\n{regions}];"
    )
    .unwrap();
    writeln!(
        out,
        "/// Places, in table order.\nstatic PLACES: &[Place] = &[\n{places}];"
    )
    .unwrap();
    let mut map = phf_codegen::Map::new();
    for surface in &index.order {
        let es: Vec<String> = index.entries[surface].iter().map(|e| e.code()).collect();
        map.entry(surface.as_str(), format!("&[{}]", es.join(", ")));
    }
    writeln!(
        out,
        "/// Surface form -> entries (exact case).\nstatic INDEX: phf::Map<&'static str, &'static [Entry]> = {};",
        map.build()
    )
    .unwrap();
    let mut words: Vec<(&str, Vec<usize>)> = first_words.into_iter().collect();
    words.sort();
    let mut map = phf_codegen::Map::new();
    for (w, lengths) in &mut words {
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        lengths.dedup();
        let list: Vec<String> = lengths.iter().map(usize::to_string).collect();
        map.entry(*w, format!("&[{}]", list.join(", ")));
    }
    writeln!(
        out,
        "/// First word of a surface form -> the byte lengths of the surface forms starting with it, longest first.\n\
         static FIRST_WORDS: phf::Map<&'static str, &'static [usize]> = {};",
        map.build()
    )
    .unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("gazetteer_table.rs");
    std::fs::write(dest, out).expect("writing the gazetteer table");
}
