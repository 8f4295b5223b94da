//! Date reconciler tests: calendar ranges of TIMEX3 values, and date groups of hand-built
//! claims, independent of the extractors.

use super::*;
use crate::model::{Claim, DateValue, Document, Span};
use crate::reconcile::reconcile;
use crate::reconcile::tests::{claim, day, doc};

#[test]
fn timex_ranges() {
    let r = |t: &str| timex_range(t).map(|(a, b)| format!("{a}..{b}"));
    assert_eq!(r("2024-10-23").as_deref(), Some("2024-10-23..2024-10-23"));
    assert_eq!(r("2024-02").as_deref(), Some("2024-02-01..2024-02-29"));
    assert_eq!(r("2024-W43").as_deref(), Some("2024-10-21..2024-10-27"));
    assert_eq!(r("2024-Q3").as_deref(), Some("2024-07-01..2024-09-30"));
    assert_eq!(r("199").as_deref(), Some("1990-01-01..1999-12-31"));
    assert_eq!(r("2024-WI").as_deref(), Some("2024-12-01..2025-02-28"));
    assert_eq!(r("2024-10-23T14:00").as_deref(), Some("2024-10-23..2024-10-23"));
    assert_eq!(r("PAST_REF"), None);
    assert_eq!(r("2024-13"), None);
}

#[test]
fn parts_and_durations() {
    let mid = DateValue {
        timex: Some("2024-10".into()),
        modifier: Some("MID".into()),
        ..Default::default()
    };
    let day = |d: &str| DateValue {
        timex: Some(d.into()),
        ..Default::default()
    };
    assert_eq!(compatible(extent(&mid), extent(&day("2024-10-15"))), Some(true));
    assert_eq!(compatible(extent(&mid), extent(&day("2024-10-02"))), Some(false));
    let over2 = DateValue {
        timex: Some("P2Y".into()),
        modifier: Some("MORE_THAN".into()),
        ..Default::default()
    };
    assert_eq!(compatible(extent(&over2), extent(&day("P3Y"))), Some(true));
    assert_eq!(compatible(extent(&over2), extent(&day("P1Y"))), Some(false));
    assert_eq!(compatible(extent(&over2), extent(&day("2024"))), None);
}

/// Date claims over every occurrence of each surface in `docs[d]`, each with its own
/// sentence (split at ". ").
fn dated(docs: &[Document], d: usize, days: &[(&str, &str)]) -> Vec<Claim> {
    let text = &docs[d].text;
    let mut out = Vec::new();
    for &(surface, value) in days {
        for (at, _) in text.match_indices(surface) {
            let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
            let end = text[at..].find(". ").map_or(text.len(), |i| at + i + 1);
            out.push(Claim {
                doc: d,
                kind: Kind::Date,
                span: Span::new(at, at + surface.len()),
                sentence: Span::new(start, end),
                subject: String::new(),
                attribution: None,
                value: day(value),
            });
        }
    }
    out
}

/// Checks the rule of a document that dates its story's main event two ways in two
/// sentences: where the other documents give one of its two days and never the other,
/// the day it alone gives is a conflict with theirs; a sentence that tells of another
/// event of the class ("another fire") or brings one in ("a March 11 fire") is no such
/// day.
#[test]
fn a_document_dating_the_main_event_two_ways_conflicts_on_its_lone_day() {
    let run = |second: &str| {
        let docs = vec![
            doc(
                "a",
                &format!(
                    "Fire destroyed the Halvor grain warehouse in Tessby on March 14. \
                     {second} Investigators have not said how it started."
                ),
            ),
            doc(
                "b",
                "A fire tore through the Halvor grain warehouse in Tessby on March 14. No one was hurt.",
            ),
            doc(
                "c",
                "Crews fought the fire at the Halvor warehouse in Tessby for nine hours on March 14. The roof fell in.",
            ),
        ];
        let days = [("March 14", "2023-03-14"), ("March 11", "2023-03-11")];
        let claims: Vec<Claim> = (0..3).flat_map(|d| dated(&docs, d, &days)).collect();
        let g = reconcile(&docs, &claims);
        let lone = claims
            .iter()
            .position(|c| &docs[0].text[c.span.start..c.span.end] == "March 11");
        let conflicts: Vec<ClaimGroup> = g.into_iter().filter(|g| g.status == Status::Conflict).collect();
        (lone.expect("the lone day is a claim"), conflicts)
    };
    let (lone, conflicts) = run("The fire at the warehouse broke out on March 11 in a drying room.");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(conflicts[0].claims.contains(&lone), "{}", conflicts[0].explanation);
    assert!(
        conflicts[0].explanation.contains("March 11") && conflicts[0].explanation.contains("both days"),
        "{}",
        conflicts[0].explanation
    );
    for other in [
        "Another fire at the warehouse broke out on March 11 in a drying room.",
        "The owners had reported a March 11 fire in a drying room.",
        "Fires at the warehouse broke out between March 11 and March 14.",
    ] {
        let (_, conflicts) = run(other);
        assert!(conflicts.is_empty(), "{other}: {conflicts:?}");
    }
}

/// A date claim's value naming a length (`P8Y`).
fn length(s: &str) -> Value {
    Value::Date(DateValue {
        timex: Some(s.into()),
        grain: "duration".into(),
        timex_type: "DURATION".into(),
        ..DateValue::default()
    })
}

/// Checks that one length told in two documents beside two words their sentences share
/// ("an eight-year contract" for the striker, "an 8-year contract" agreed by her agents)
/// is one thing told twice, and that the same length of something else ("a lease of
/// eight years" on the stadium) stays apart.
#[test]
fn one_length_told_twice_beside_shared_words_is_one_group() {
    let docs = vec![
        doc(
            "a",
            "Negotiators for Rovena, the league's leading scorer, accepted an eight-year contract from the harbour club late on Friday after a month of talks.",
        ),
        doc(
            "b",
            "The midfielder's agents signed what newspapers in three countries called a record eight-year contract with the club, ending speculation about a move abroad.",
        ),
        doc(
            "c",
            "The council renewed the stadium lease for eight years at a reduced rent.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "eight-year", Kind::Date, None, length("P8Y")),
        claim(&docs, 1, "eight-year", Kind::Date, None, length("P8Y")),
        claim(&docs, 2, "eight years", Kind::Date, None, length("P8Y")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].claims, [0, 1], "{}", g[0].explanation);
    assert_eq!(g[0].status, Status::Agree);
}

/// Checks that undated documents' "yesterday" (days no publication date resolves) are
/// not one day among themselves: each stands beside the weekday its sentences resemble,
/// so "Friday" and "Saturday" of one story do not become one group through them.
#[test]
fn unresolved_yesterdays_do_not_join_two_weekdays() {
    let text = [
        "A dismissed clerk opened fire at the depot party on Friday, killing the manager.",
        "Staff at the depot were mourning their manager on Saturday after the party shooting.",
        "The clerk who opened fire at the depot party yesterday killed the manager, police said.",
        "Staff at the depot were mourning yesterday after the party shooting that killed their manager.",
    ];
    let docs: Vec<Document> = text.iter().enumerate().map(|(k, t)| doc(&format!("d{k}"), t)).collect();
    let unresolved = || {
        Value::Date(DateValue {
            grain: "day".into(),
            ..DateValue::default()
        })
    };
    let claims = vec![
        claim(&docs, 0, "Friday", Kind::Date, None, unresolved()),
        claim(&docs, 1, "Saturday", Kind::Date, None, unresolved()),
        claim(&docs, 2, "yesterday", Kind::Date, None, unresolved()),
        claim(&docs, 3, "yesterday", Kind::Date, None, unresolved()),
    ];
    let g = reconcile(&docs, &claims);
    assert!(
        g.iter().all(|g| !(g.claims.contains(&0) && g.claims.contains(&1))),
        "{g:?}"
    );
}
