//! Names that stand for a country in a source's name (`en/country_names.tsv`): names,
//! short forms, demonyms and capitals, in the order they are tried.

use std::sync::LazyLock;

use super::{field, rows};

const COUNTRY_NAMES: &str = include_str!("en/country_names.tsv");

/// The lists, for the lexicon's own tests.
#[cfg(test)]
pub(crate) const FILES: &[(&str, &str)] = &[("country_names.tsv", COUNTRY_NAMES)];

static NAMES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(COUNTRY_NAMES)
        .map(|r| (r[0], field(&r, 1, "country_names.tsv")))
        .collect()
});

/// (country, name) pairs in the list's order.
pub(crate) fn country_names() -> &'static [(&'static str, &'static str)] {
    &NAMES
}

/// Whether `name` stands for `country` in the list ("Washington" for the United
/// States, "Moscow" for Russia): for a capital, the city that news means by the bare
/// name.
pub(crate) fn stands_for(country: &str, name: &str) -> bool {
    NAMES.iter().any(|&(c, n)| c == country && n == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_loads() {
        assert!(country_names().len() > 100);
        assert!(country_names().contains(&("United States", "U.S.")));
        assert!(stands_for("Russia", "Moscow") && stands_for("United States", "Washington"));
        assert!(!stands_for("Russia", "Washington"));
    }
}
