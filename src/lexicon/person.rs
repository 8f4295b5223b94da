//! Person nouns (`en/person_nouns.tsv`): words for people, with the facets the count
//! reader asks about (generic, singular, demographic, victim, dead).

use std::sync::LazyLock;

use super::{WordMap, WordSet, field, rows, words_where};

const PERSON_NOUNS: &str = include_str!("en/person_nouns.tsv");
const NAME_PARTICLES: &str = include_str!("en/name_particles.tsv");
const PERSON_POSSESSIONS: &str = include_str!("en/person_possessions.tsv");

/// The person lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[
    ("person_nouns.tsv", PERSON_NOUNS),
    ("name_particles.tsv", NAME_PARTICLES),
    ("person_possessions.tsv", PERSON_POSSESSIONS),
];

static PERSON: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 1, "y"));
static GENERIC: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 2, "y"));
static SINGULAR: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 3, "y"));
static DEMOGRAPHIC: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 4, "y"));
static COUNTED: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 7, "y"));
static RESIDENCE: LazyLock<WordSet> = LazyLock::new(|| {
    let mut s = words_where(PERSON_NOUNS, 9, "y");
    s.extend(RESIDENCE_BARE.iter().copied());
    s
});
static RESIDENCE_BARE: LazyLock<WordSet> = LazyLock::new(|| words_where(PERSON_NOUNS, 9, "bare"));
static LEMMA: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    rows(PERSON_NOUNS)
        .map(|r| (r[0], field(&r, 8, "person_nouns.tsv")))
        .filter(|(_, l)| *l != "-")
        .collect()
});
static PARTICLE: LazyLock<WordSet> = LazyLock::new(|| super::words(NAME_PARTICLES));

/// The nouns that, after a name's possessive, show the name is a person ("Jackson's
/// wife"), in list order.
pub(crate) fn possessions() -> Vec<&'static str> {
    rows(PERSON_POSSESSIONS).map(|r| r[0]).collect()
}

/// A lowercase particle inside a person's name ("de", "van", "bin").
pub(crate) fn name_particle(w: &str) -> bool {
    PARTICLE.contains(w)
}

/// A lowercased person noun of the list ("men", "victim", "police"). The count classes
/// people and troops ("people", "soldiers") are person nouns too; the caller adds them.
pub(crate) fn is_person_noun(w: &str) -> bool {
    PERSON.contains(w)
}

/// A person noun that says nothing about which population is counted ("people",
/// "victims", "women").
pub(crate) fn is_generic(w: &str) -> bool {
    GENERIC.contains(w)
}

/// A singular person noun: a number above one cannot count it ("girl").
pub(crate) fn is_singular(w: &str) -> bool {
    SINGULAR.contains(w)
}

/// A person noun that picks out part of the victims by age or sex ("women", "boys").
pub(crate) fn is_demographic(w: &str) -> bool {
    DEMOGRAPHIC.contains(w)
}

/// A plural person noun that, after a number, shows the number counts people, not a
/// year ("2000 troops", "1999 residents").
pub(crate) fn counts_people(w: &str) -> bool {
    COUNTED.contains(w)
}

/// A lowercased person noun that makes a town before it an adjective of residence ("a
/// Clifton man", "Bladensburg police").
pub(crate) fn of_residence(w: &str) -> bool {
    RESIDENCE.contains(w)
}

/// A lowercased person noun of residence before which a town needs no determiner
/// ("Bladensburg police", "Clifton mayor"; against "a Clifton man").
pub(crate) fn of_residence_bare(w: &str) -> bool {
    RESIDENCE_BARE.contains(w)
}

/// The singular of a person noun whose plural does not end in -s ("men" -> "man").
pub(crate) fn irregular_singular(w: &str) -> Option<&'static str> {
    LEMMA.get(w).copied()
}

/// The words of flag column `col` as a regex alternation, in list order, each escaped,
/// the words of a phrase joined by `\s+`.
fn alternation(col: usize) -> String {
    rows(PERSON_NOUNS)
        .filter(|r| r.get(col).is_some_and(|v| *v == "y"))
        .map(|r| r[0].split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The person nouns that name a victim ("a man was shot and killed") as a regex
/// alternation, in list order, each escaped, the words of a phrase joined by `\s+`:
/// `man|woman|...|teenage\s+boy|...`.
pub(crate) fn victim_alternation() -> String {
    alternation(5)
}

/// The person nouns of "the dead man" as a regex alternation, in list order:
/// `man|woman|child|boy|girl|teen|teenager|person`.
pub(crate) fn dead_alternation() -> String {
    alternation(6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facets() {
        assert!(is_person_noun("men") && is_demographic("men") && is_generic("men"));
        assert!(is_singular("girl") && !is_singular("girls"));
        assert!(is_generic("people") && !is_person_noun("people"));
        assert!(!is_person_noun("table"));
        let v = victim_alternation();
        assert!(v.starts_with("man|woman|") && v.contains(r"|teenage\s+boy|"));
        assert!(!v.contains("|men|"));
        assert_eq!(dead_alternation(), "man|woman|child|boy|girl|teen|teenager|person");
        assert!(counts_people("troops") && counts_people("residents") && !counts_people("man"));
        assert!(!is_person_noun("troops") && !is_generic("civilians"));
        assert_eq!(irregular_singular("children"), Some("child"));
        assert_eq!(irregular_singular("girls"), None);
        assert_eq!(LEMMA.len(), 3);
        assert!(of_residence("man") && of_residence("sheriff") && !of_residence("men"));
        assert!(
            of_residence("police")
                && of_residence_bare("police")
                && of_residence_bare("mayor")
                && !of_residence_bare("man")
        );
        assert!(!is_person_noun("sheriff"));
    }
}
