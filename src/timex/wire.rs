//! Serde helpers for expressions written by `claimcheck extract` and read back by
//! `claimcheck reconcile`: jiff weekdays by name, and the `&'static str` codes the
//! grammar keeps (seasons, holidays, TIMEX3 references and mods).

use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex};

use jiff::civil::Weekday;
use serde::{Deserialize, Deserializer, Serializer};

/// The codes read back so far. Each distinct code is allocated once for the life of
/// the process (a handful in practice: the grammar has a few dozen), so that the
/// grammar's `&'static str` fields need no lifetime of their own.
static CODES: LazyLock<Mutex<BTreeSet<&'static str>>> = LazyLock::new(Mutex::default);

fn intern(s: String) -> &'static str {
    let mut codes = CODES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    match codes.get(s.as_str()) {
        Some(&c) => c,
        None => {
            let c: &'static str = Box::leak(s.into_boxed_str());
            codes.insert(c);
            c
        }
    }
}

/// A `&'static str` code.
pub(crate) fn interned<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    String::deserialize(d).map(intern)
}

/// An optional `&'static str` code.
pub(crate) fn opt_interned<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    Option::<String>::deserialize(d).map(|o| o.map(intern))
}

fn day_name(w: Weekday) -> &'static str {
    crate::lexicon::calendar::weekday_name(w)
}

fn day_of<E: serde::de::Error>(name: &str) -> Result<Weekday, E> {
    crate::lexicon::calendar::weekday(name)
        .filter(|d| !d.abbr)
        .map(|d| d.day)
        .ok_or_else(|| E::custom(format!("{name:?} is not a weekday")))
}

/// A weekday as its lowercase English name.
pub(crate) mod weekday {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(w: &Weekday, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(day_name(*w))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Weekday, D::Error> {
        day_of(&String::deserialize(d)?)
    }
}

/// An optional weekday as its lowercase English name, or null.
pub(crate) mod opt_weekday {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(w: &Option<Weekday>, s: S) -> Result<S::Ok, S::Error> {
        match w {
            Some(w) => s.serialize_some(day_name(*w)),
            None => s.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Weekday>, D::Error> {
        Option::<String>::deserialize(d)?.map(|n| day_of(&n)).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_allocated_once() {
        let a = intern("MID".to_string());
        let b = intern("MID".to_string());
        assert!(std::ptr::eq(a, b));
        for n in 1..=7 {
            let d = Weekday::from_monday_one_offset(n).unwrap();
            assert_eq!(day_of::<serde_json::Error>(day_name(d)).unwrap(), d);
        }
        assert_eq!(day_name(Weekday::Thursday), "thursday");
        assert!(day_of::<serde_json::Error>("thurs").is_err());
        assert!(day_of::<serde_json::Error>("someday").is_err());
    }
}
