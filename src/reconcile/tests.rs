//! Reconciler tests on hand-built claims, independent of the extractors.

use super::*;
use crate::model::{CountValue, DateValue, QuoteValue, Span, Value};

pub(super) fn doc(id: &str, text: &str) -> Document {
    Document::new(id, format!("t/{id}"), text)
}

/// A claim over the first occurrence of `surface` in `docs[d]`.
pub(super) fn claim(
    docs: &[Document],
    d: usize,
    surface: &str,
    kind: Kind,
    attribution: Option<&str>,
    value: Value,
) -> Claim {
    let t = &docs[d].text;
    let start = t.find(surface).expect("surface in text");
    Claim {
        doc: d,
        kind,
        span: Span::new(start, start + surface.len()),
        sentence: Span::new(0, t.len()),
        subject: String::new(),
        attribution: attribution.map(str::to_string),
        value,
    }
}

fn count(point: f64, low: Option<f64>, high: Option<f64>, q: &str, unit: &str) -> Value {
    Value::Count(CountValue {
        point: Some(point),
        low,
        high,
        qualifier: q.into(),
        unit: unit.into(),
        ..CountValue::default()
    })
}

/// A date claim's value naming one day (`YYYY-MM-DD`).
pub(super) fn day(s: &str) -> Value {
    Value::Date(DateValue {
        timex: Some(s.into()),
        grain: "day".into(),
        ..DateValue::default()
    })
}

fn with_noun(mut v: Value, noun: &str, modifiers: &[&str]) -> Value {
    if let Value::Count(c) = &mut v {
        c.noun = noun.into();
        c.modifiers = modifiers.iter().map(|m| m.to_string()).collect();
    }
    v
}

#[test]
fn disjoint_counts_conflict_and_bounds_do_not() {
    let docs = vec![
        doc("a.txt", "Officials said 12,000 Ruritanian soldiers were sent."),
        doc(
            "b.txt",
            "The agency said 3,000 Ruritanian troops were sent, and at least 3,000 arrived.",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "12,000 Ruritanian soldiers",
            Kind::Count,
            Some("officials"),
            with_noun(
                count(12000.0, Some(11500.0), Some(12500.0), "exact", "troops"),
                "Ruritanian soldiers",
                &["ruritanian"],
            ),
        ),
        claim(
            &docs,
            1,
            "3,000 Ruritanian troops",
            Kind::Count,
            Some("the agency"),
            with_noun(
                count(3000.0, Some(2950.0), Some(3050.0), "exact", "troops"),
                "Ruritanian troops",
                &["ruritanian"],
            ),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].status, Status::Conflict);
    assert!(g[0].explanation.contains("t/a.txt:1:16"), "{}", g[0].explanation);

    let claims = vec![
        claim(
            &docs,
            0,
            "12,000",
            Kind::Count,
            None,
            count(12000.0, Some(12000.0), Some(12000.0), "exact", "troops"),
        ),
        claim(
            &docs,
            1,
            "at least 3,000",
            Kind::Count,
            None,
            count(3000.0, Some(3000.0), None, "at_least", "troops"),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g[0].status, Status::Resolved, "{}", g[0].explanation);
}

#[test]
fn generic_counts_in_unrelated_sentences_are_not_grouped() {
    let docs = vec![
        doc("a.txt", "Two men were arrested after the robbery on Main Street."),
        doc(
            "b.txt",
            "One man later testified before the city council about parking.",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "Two men",
            Kind::Count,
            None,
            count(2.0, Some(2.0), Some(2.0), "exact", "man"),
        ),
        claim(
            &docs,
            1,
            "One man",
            Kind::Count,
            None,
            count(1.0, Some(1.0), Some(1.0), "exact", "man"),
        ),
    ];
    assert!(reconcile(&docs, &claims).is_empty());
}

#[test]
fn a_part_of_the_total_is_not_a_rival_total() {
    let docs = vec![
        doc("a.txt", "Police said four people were shot outside the club on Friday."),
        doc(
            "b.txt",
            "Police said two of the people shot outside the club on Friday died.",
        ),
    ];
    let claims = vec![
        claim(
            &docs,
            0,
            "four people",
            Kind::Count,
            None,
            count(4.0, Some(4.0), Some(4.0), "exact", "shot"),
        ),
        claim(
            &docs,
            1,
            "two of the people",
            Kind::Count,
            None,
            count(2.0, Some(2.0), Some(2.0), "exact", "shot"),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].status, Status::Unresolved, "{}", g[0].explanation);
}

#[test]
fn same_day_in_two_forms_is_resolved() {
    let docs = vec![
        doc(
            "a.txt",
            "Troops were recorded in the border region on Wednesday, intelligence said.",
        ),
        doc(
            "b.txt",
            "Troops were recorded in the border region on Oct. 23, intelligence said.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Wednesday", Kind::Date, None, day("2024-10-23")),
        claim(&docs, 1, "Oct. 23", Kind::Date, None, day("2024-10-23")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].status, Status::Resolved, "{}", g[0].explanation);

    let claims = vec![
        claim(&docs, 0, "Wednesday", Kind::Date, None, day("2024-10-23")),
        claim(&docs, 1, "Oct. 23", Kind::Date, None, day("2024-10-25")),
    ];
    assert_eq!(reconcile(&docs, &claims)[0].status, Status::Conflict);
}

#[test]
fn quotes_of_one_speaker_are_variants_and_misattribution_conflicts() {
    let docs = vec![
        doc("a.txt", "\"What we will do is our business,\" the president said."),
        doc("b.txt", "\"How we choose to proceed is our business,\" he said."),
        doc("c.txt", "\"What we will do is our business,\" said the minister."),
    ];
    let q = |speaker: &str, s: &str| {
        Value::Quote(QuoteValue {
            speaker: Some(speaker.into()),
            quote: s.into(),
            term: false,
            role: None,
            speaker_basis: Some(crate::model::SpeakerBasis::Named),
        })
    };
    let claims = vec![
        claim(
            &docs,
            0,
            "\"What we will do is our business,\"",
            Kind::Quote,
            None,
            q("Ana Silva", "What we will do is our business,"),
        ),
        claim(
            &docs,
            1,
            "\"How we choose to proceed is our business,\"",
            Kind::Quote,
            None,
            q("Silva", "How we choose to proceed is our business,"),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].status, Status::Variant, "{}", g[0].explanation);
    assert_eq!(g[0].subject, "Ana Silva");

    let claims = vec![
        claim(
            &docs,
            0,
            "\"What we will do is our business,\"",
            Kind::Quote,
            None,
            q("Ana Silva", "What we will do is our business,"),
        ),
        claim(
            &docs,
            2,
            "\"What we will do is our business,\"",
            Kind::Quote,
            None,
            q("Rui Costa", "What we will do is our business,"),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
}

/// Issue #11: a misattribution needs two confident people. The same words given to a
/// named person in one outlet and, through "he said", to another person in a second
/// outlet are one group but not a conflict; neither is a quote given to a one-word
/// name or a short phrase anyone could say.
#[test]
fn misattribution_needs_two_named_people_and_a_whole_statement() {
    let docs = vec![
        doc(
            "a.txt",
            "\"The dam will hold through the whole of the spring floods,\" Ana Silva said.",
        ),
        doc(
            "b.txt",
            "\"The dam will hold through the whole of the spring floods,\" he said.",
        ),
    ];
    let q = |speaker: &str, basis: crate::model::SpeakerBasis, s: &str| {
        Value::Quote(QuoteValue {
            speaker: Some(speaker.into()),
            quote: s.into(),
            term: false,
            role: None,
            speaker_basis: Some(basis),
        })
    };
    let words = "The dam will hold through the whole of the spring floods,";
    let surface = "\"The dam will hold through the whole of the spring floods,\"";
    use crate::model::SpeakerBasis::{Named, Pronoun};
    for (other, basis) in [("Rui Costa", Pronoun), ("Costa", Named)] {
        let claims = vec![
            claim(&docs, 0, surface, Kind::Quote, None, q("Ana Silva", Named, words)),
            claim(&docs, 1, surface, Kind::Quote, None, q(other, basis, words)),
        ];
        let g = reconcile(&docs, &claims);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_ne!(g[0].status, Status::Conflict, "{other}: {}", g[0].explanation);
        assert!(
            g[0].explanation.contains("not a misattribution"),
            "{}",
            g[0].explanation
        );
    }
    // Both named in full: a misattribution.
    let claims = vec![
        claim(&docs, 0, surface, Kind::Quote, None, q("Ana Silva", Named, words)),
        claim(&docs, 1, surface, Kind::Quote, None, q("Rui Costa", Named, words)),
    ];
    assert_eq!(reconcile(&docs, &claims)[0].status, Status::Conflict);
}

/// Issue #12, events: a verb that says only that something happened ("took place",
/// "occurred") takes its event from its subject, however far back in the clause that
/// stands, so one outlet's day for the explosion is compared with another's.
#[test]
fn a_day_after_took_place_dates_the_subject_of_the_clause() {
    let docs = vec![
        doc(
            "a",
            "A gas explosion tore through a bakery in Marrow on Wednesday, injuring five people.",
        ),
        doc(
            "b",
            "The explosion at the family-run bakery on Linden Street, a narrow lane of shops and flats in \
             the old harbour district that was rebuilt after the war ended, took place on September 6.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Wednesday", Kind::Date, None, day("2021-09-08")),
        claim(&docs, 1, "September 6", Kind::Date, None, day("2021-09-06")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
}

/// Issue #12, sides: of the days one document gives an event class, the one compared
/// with another outlet's is the nearest ("the May 2 stabbing" against "the May 5
/// stabbing", not "an April 18 assault" told beside it), and two dates of one sentence
/// that date events of two classes ("charged Thursday over the May 2 stabbing") are not
/// one event's.
#[test]
fn a_conflict_compares_the_nearest_day_of_one_event_class() {
    let docs = vec![
        doc(
            "a",
            "Prosecutors charged three men on Thursday over the May 2 stabbing at the Kessel ferry terminal. \
             The men are also accused of an April 18 assault on the same victim near the terminal.",
        ),
        doc(
            "b",
            "Three men were charged Thursday in the May 5 stabbing at the Kessel ferry terminal, prosecutors said.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Thursday", Kind::Date, None, day("2022-05-19")),
        claim(&docs, 0, "May 2", Kind::Date, None, day("2022-05-02")),
        claim(&docs, 0, "April 18", Kind::Date, None, day("2022-04-18")),
        claim(&docs, 1, "Thursday", Kind::Date, None, day("2022-05-19")),
        claim(&docs, 1, "May 5", Kind::Date, None, day("2022-05-05")),
    ];
    let g = reconcile(&docs, &claims);
    let conflicts: Vec<&ClaimGroup> = g.iter().filter(|g| g.status == Status::Conflict).collect();
    assert_eq!(conflicts.len(), 1, "{g:?}");
    assert_eq!(conflicts[0].claims, [1, 4], "{}", conflicts[0].explanation);
}

/// A count group's subject shows a verb that narrows what is counted as the sentences
/// write it ("damaged homes"), not as the stem the key is made of ("damag homes").
#[test]
fn a_count_subject_shows_its_verb_as_written() {
    let docs = vec![
        doc("a.txt", "The storm damaged 1,500 homes along the coast."),
        doc("b.txt", "Officials said the storm damaged about 1,550 homes."),
    ];
    let mut v = with_noun(
        count(1500.0, Some(1500.0), Some(1500.0), "exact", "home"),
        "homes",
        &["damag"],
    );
    let mut w = with_noun(
        count(1550.0, Some(1500.0), Some(1600.0), "about", "home"),
        "homes",
        &["damag"],
    );
    for x in [&mut v, &mut w] {
        if let Value::Count(c) = x {
            c.unit = "home".into();
        }
    }
    let claims = vec![
        claim(&docs, 0, "1,500 homes", Kind::Count, None, v),
        claim(&docs, 1, "about 1,550 homes", Kind::Count, None, w),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].subject, "damaged home");
}

/// A date inside a relative clause dates that clause's event, not the step of the law
/// before it: "arrested in the death of a cyclist who was struck and killed March 9"
/// dates the killing, so another outlet's "the March 4 crash" contradicts it, and an
/// arrest dated by a third ("were arrested on March 9") does not join them.
#[test]
fn a_date_in_a_relative_clause_dates_its_own_event() {
    let docs = vec![
        doc(
            "a",
            "A second driver was arrested in the death of a cyclist who was struck and killed March 9 on the Orrin Road bridge.",
        ),
        doc(
            "b",
            "Police are still looking for the driver in the March 4 crash that killed a cyclist on the Orrin Road bridge.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "March 9", Kind::Date, None, day("2023-03-09")),
        claim(&docs, 1, "March 4", Kind::Date, None, day("2023-03-04")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
}

/// A step of the law names a date's event only when the harm is its near object: in
/// "arrested Dana Whitfield, 34, in connection with the riverside stabbing on May 2"
/// the date is the stabbing's, so another outlet's "stabbed on May 5" contradicts it.
#[test]
fn a_harm_far_after_an_arrest_keeps_its_own_date() {
    let docs = vec![
        doc(
            "a",
            "Officers arrested Dana Whitfield, 34, in connection with the riverside stabbing on May 2.",
        ),
        doc(
            "b",
            "A jogger was stabbed on May 5 on the riverside path in Millbrook, and Dana Whitfield was later arrested.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "May 2", Kind::Date, None, day("2023-05-02")),
        claim(&docs, 1, "May 5", Kind::Date, None, day("2023-05-05")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
}

/// The predicate of a date's clause is found across the names and numbers of an
/// address between them: "were stabbed outside the Riverside Diner in the 400 block of
/// Elm Street North, shortly after 1 a.m. on March 3" dates the stabbing, so another
/// outlet's "stabbed on March 6" contradicts it.
#[test]
fn an_address_between_the_event_and_its_date_is_read_across() {
    let docs = vec![
        doc(
            "a",
            "Two men were stabbed outside the Riverside Diner in the 400 block of Elm Street North, shortly after 1 a.m. on March 3.",
        ),
        doc(
            "b",
            "Two men were stabbed on March 6 outside the Riverside Diner on Elm Street North, police said.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "March 3", Kind::Date, None, day("2023-03-03")),
        claim(&docs, 1, "March 6", Kind::Date, None, day("2023-03-06")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
}

/// "more than two weeks ago" allows any day up to the one two weeks back; "about two
/// weeks ago" a few days either side: neither contradicts a day inside what it allows,
/// while the plain "two weeks ago" does.
#[test]
fn a_bounded_or_approximate_day_is_the_days_it_allows() {
    let ago = |phrase: &str, m: Option<&str>| {
        let back = if phrase.contains("four") {
            "2023-03-02"
        } else {
            "2023-03-16"
        };
        Value::Date(DateValue {
            timex: Some(back.into()),
            grain: "day".into(),
            modifier: m.map(str::to_string),
            anchor: Some("2023-03-30".into()),
            relative: true,
            timex_type: "DATE".into(),
            ..DateValue::default()
        })
    };
    let run = |on: &str, phrase: &str, m: Option<&str>| {
        let docs = vec![
            doc(
                "a",
                &format!(
                    "The two harbour guards were arrested on {on} after the chase along the quay, the port authority said."
                ),
            ),
            doc(
                "b",
                &format!(
                    "The two harbour guards were arrested {phrase} after the chase along the quay, the port authority said."
                ),
            ),
        ];
        let claims = vec![
            claim(
                &docs,
                0,
                on,
                Kind::Date,
                None,
                day(&format!("2023-03-{:02}", &on[6..].parse::<u8>().unwrap())),
            ),
            claim(&docs, 1, phrase, Kind::Date, None, ago(phrase, m)),
        ];
        reconcile(&docs, &claims)
            .iter()
            .filter(|g| g.status == Status::Conflict)
            .count()
    };
    assert_eq!(
        run("March 9", "two weeks ago", None),
        1,
        "an exact day a week off is a conflict"
    );
    assert_eq!(run("March 9", "more than two weeks ago", Some("MORE_THAN")), 0);
    assert_eq!(run("March 9", "less than four weeks ago", Some("LESS_THAN")), 0);
    assert_eq!(run("March 13", "two weeks ago", None), 1);
    assert_eq!(run("March 13", "about two weeks ago", Some("APPROX")), 0);
    assert_eq!(
        run("March 9", "about two weeks ago", Some("APPROX")),
        1,
        "three weeks is not about two"
    );
    assert_eq!(
        run("March 9", "less than two weeks ago", Some("LESS_THAN")),
        1,
        "March 9 is more than two weeks back"
    );
}

/// Issue #12: one speaker's statement told with its meaning reversed in another
/// outlet ("will" against "won't") is a conflict with a side for each reading; a
/// negation that both renderings carry in other words ("will not" and "will never"),
/// or one beside another change, leaves a variant.
#[test]
fn a_statement_reversed_by_a_negation_is_a_conflict() {
    let q = |s: &str| {
        Value::Quote(QuoteValue {
            speaker: Some("Ana Silva".into()),
            quote: s.into(),
            term: false,
            role: None,
            speaker_basis: Some(crate::model::SpeakerBasis::Named),
        })
    };
    // Two outlets quoting Ana Silva, one rendering each.
    let groups = |a: &str, b: &str| {
        let docs = vec![
            doc("a.txt", &format!("\"{a}\" Ana Silva said.")),
            doc("b.txt", &format!("\"{b}\" Ana Silva said.")),
        ];
        let claims = vec![
            claim(&docs, 0, a, Kind::Quote, None, q(a)),
            claim(&docs, 1, b, Kind::Quote, None, q(b)),
        ];
        reconcile(&docs, &claims)
    };
    let g = groups(
        "We will refund every rider who lost a ticket,",
        "We won't refund every rider who lost a ticket,",
    );
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
    assert!(g[0].explanation.contains("opposite things"), "{}", g[0].explanation);
    for (a, b) in [
        (
            "We will not refund every rider who lost a ticket,",
            "We will never refund every rider who lost a ticket,",
        ),
        (
            "We will refund every rider who lost a ticket,",
            "We will not refund every driver who lost a ticket,",
        ),
    ] {
        let g = groups(a, b);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].status, Status::Variant, "{a} / {b}: {}", g[0].explanation);
    }
}

/// A clock time that writes out its calendar day ("just after 4 a.m. March 9") is
/// compared by that day with other outlets' days of the event; a clock time beside a
/// weekday only ("7 p.m. Friday") stays out of the comparison, since which Friday
/// depends on the hour the article went out.
#[test]
fn a_clock_time_with_its_calendar_day_is_compared_by_that_day() {
    let time = |t: &str| {
        Value::Date(DateValue {
            timex: Some(t.into()),
            grain: "time".into(),
            timex_type: "TIME".into(),
            ..DateValue::default()
        })
    };
    let docs = vec![
        doc(
            "a",
            "The warehouse fire on the Tollbridge estate broke out just after 4 a.m. March 9, the brigade said.",
        ),
        doc(
            "b",
            "The warehouse fire on the Tollbridge estate broke out on March 6, the brigade said.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "4 a.m. March 9", Kind::Date, None, time("2023-03-09T04:00")),
        claim(&docs, 1, "March 6", Kind::Date, None, day("2023-03-06")),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);

    let docs = vec![
        doc(
            "a",
            "The warehouse fire on the Tollbridge estate broke out just after 4 a.m. Thursday, the brigade said.",
        ),
        doc(
            "b",
            "The warehouse fire on the Tollbridge estate broke out on March 6, the brigade said.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "4 a.m. Thursday", Kind::Date, None, time("2023-03-09T04:00")),
        claim(&docs, 1, "March 6", Kind::Date, None, day("2023-03-06")),
    ];
    assert!(reconcile(&docs, &claims).is_empty());
}

/// Issue #12: "two women were killed" counts part of the dead (there may be others), so
/// it fits "six people were killed"; but against another outlet's "five women were
/// killed" it numbers the same group differently, and that is a conflict whose sides
/// name both numbers. A hedged "at least two women" and a part ("two of the women")
/// stay compatible.
#[test]
fn two_numbers_of_one_group_of_people_conflict() {
    let partial = |n: f64, noun: &str| {
        Value::Count(CountValue {
            point: Some(n),
            low: Some(n),
            high: None,
            qualifier: "at_least".into(),
            unit: "killed".into(),
            noun: noun.into(),
            ..CountValue::default()
        })
    };
    let docs = vec![
        doc(
            "a",
            "Five women were killed when the ferry capsized off Brannock Point on Sunday.",
        ),
        doc(
            "b",
            "Two women were killed when the ferry capsized off Brannock Point on Sunday.",
        ),
        doc(
            "c",
            "Six people were killed when the ferry capsized off Brannock Point on Sunday.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Five women", Kind::Count, None, partial(5.0, "women")),
        claim(&docs, 1, "Two women", Kind::Count, None, partial(2.0, "women")),
        claim(
            &docs,
            2,
            "Six people",
            Kind::Count,
            None,
            count(6.0, Some(6.0), Some(6.0), "exact", "killed"),
        ),
    ];
    let g = reconcile(&docs, &claims);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0].status, Status::Conflict, "{}", g[0].explanation);
    assert!(g[0].explanation.contains("women"), "{}", g[0].explanation);
    let values: Vec<&str> = g[0].sides.iter().map(|s| s.value.as_str()).collect();
    assert!(
        values.contains(&"5 women killed") && values.contains(&"2 women killed"),
        "{values:?}"
    );

    // Without the rival number of women, "two women" fits the total.
    let g = reconcile(&docs, &claims[1..]);
    assert_eq!(g[0].status, Status::Resolved, "{}", g[0].explanation);

    // Hedged, or a part of a larger group: no conflict.
    for (surface, text) in [
        (
            "at least two women",
            "At least two women were killed when the ferry capsized off Brannock Point on Sunday.",
        ),
        (
            "two of the women",
            "Two of the women were killed when the ferry capsized off Brannock Point on Sunday.",
        ),
    ] {
        let docs = vec![docs[0].clone(), doc("b", text)];
        let surface = &text[..surface.len()];
        let claims = vec![
            claim(&docs, 0, "Five women", Kind::Count, None, partial(5.0, "women")),
            claim(&docs, 1, surface, Kind::Count, None, partial(2.0, "women")),
        ];
        let g = reconcile(&docs, &claims);
        assert_ne!(g[0].status, Status::Conflict, "{surface}: {}", g[0].explanation);
    }
}

/// Issue #12: in undated articles an unresolved "yesterday" may be any day, so it joins
/// the day whose sentences share the most words with its own ("sank ... Friday"), not
/// every day of the story at once: through it, the day of the sinking and the day the
/// search resumed would become one group.
#[test]
fn an_unresolved_yesterday_joins_the_day_it_reads_like() {
    let unresolved = || {
        Value::Date(DateValue {
            grain: "day".into(),
            ..DateValue::default()
        })
    };
    let docs = vec![
        doc(
            "a",
            "The ferry Marisol sank off Kell Island on Friday with nine crew aboard.\n\nDivers resumed the search for the missing crew on Saturday.",
        ),
        doc(
            "b",
            "The ferry Marisol sank off Kell Island yesterday with nine crew aboard.\n\nDivers will resume the search for the missing crew.",
        ),
        doc(
            "c",
            "The ferry Marisol sank off Kell Island on Friday with nine crew aboard.\n\nDivers resumed the search for the missing crew on Saturday.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Friday", Kind::Date, None, unresolved()),
        claim(&docs, 0, "Saturday", Kind::Date, None, unresolved()),
        claim(&docs, 1, "yesterday", Kind::Date, None, unresolved()),
        claim(&docs, 2, "Friday", Kind::Date, None, unresolved()),
        claim(&docs, 2, "Saturday", Kind::Date, None, unresolved()),
    ];
    let mut sets: Vec<Vec<usize>> = reconcile(&docs, &claims).into_iter().map(|g| g.claims).collect();
    sets.sort();
    assert_eq!(sets, vec![vec![0, 2, 3], vec![1, 4]]);
}

/// One page that tells the same sentence twice with two days (a live page's entries
/// repeating their background) contradicts itself; one sentence dating two things, or
/// two sentences alike only in part, does not.
#[test]
fn a_sentence_told_twice_with_two_days_is_a_conflict() {
    let text = "The levee gave way on the night of March 3, 2021, when the river crested above the town of Orly and its farms. Crews worked through the week. \
                The levee gave way on the night of March 5, 2021, when the river crested above the town of Orly, flooding it. \
                The inquiry is set for April 2 and the report is due April 20. \
                Rain fell on April 9 over the hills.";
    let docs = vec![doc("a", text)];
    let sentence_of = |surface: &str| {
        let at = text.find(surface).expect("surface in text");
        let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
        let end = text[at..].find('.').map_or(text.len(), |i| at + i + 1);
        Span::new(start, end)
    };
    let mut claims = Vec::new();
    for (surface, value) in [
        ("March 3, 2021", "2021-03-03"),
        ("March 5, 2021", "2021-03-05"),
        ("April 2", "2021-04-02"),
        ("April 20", "2021-04-20"),
        ("April 9", "2021-04-09"),
    ] {
        let mut c = claim(&docs, 0, surface, Kind::Date, None, day(value));
        c.sentence = sentence_of(surface);
        claims.push(c);
    }
    let g = reconcile(&docs, &claims);
    let conflicts: Vec<&ClaimGroup> = g.iter().filter(|g| g.status == Status::Conflict).collect();
    assert_eq!(conflicts.len(), 1, "{g:?}");
    assert_eq!(conflicts[0].claims, vec![0, 1], "{}", conflicts[0].explanation);
    assert!(conflicts[0].explanation.contains("the same sentence with two dates"));
}

fn with_grain(mut v: Value, grain: &str) -> Value {
    if let Value::Date(d) = &mut v {
        d.grain = grain.into();
    }
    v
}

/// The two ends of one period told by two outlets ("from March 3 to April 2") are not
/// rival days of one event: each outlet's sentence gives both.
#[test]
fn the_two_ends_of_a_period_do_not_conflict() {
    let docs = vec![
        doc(
            "a",
            "Nominations for the harbour board will be accepted from March 3 to April 2, the clerk said.",
        ),
        doc(
            "b",
            "The clerk said nominations for the harbour board will be accepted from March 3 to April 2.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "March 3", Kind::Date, None, day("2026-03-03")),
        claim(&docs, 0, "April 2", Kind::Date, None, day("2026-04-02")),
        claim(&docs, 1, "March 3", Kind::Date, None, day("2026-03-03")),
        claim(&docs, 1, "April 2", Kind::Date, None, day("2026-04-02")),
    ];
    let g = reconcile(&docs, &claims);
    assert!(g.iter().all(|g| g.status != Status::Conflict), "{g:?}");
}

/// A year and a day of another year in one sentence ("will host the 2027 awards,
/// the academy said on Friday") date two things; told by two outlets they are not
/// grouped as one event's date.
#[test]
fn a_year_and_a_day_of_another_year_are_not_one_date() {
    let docs = vec![
        doc(
            "a",
            "The film academy said on Friday that the comedian will host the 2027 awards.",
        ),
        doc(
            "b",
            "The comedian will host the 2027 awards, the film academy said on Friday.",
        ),
    ];
    let claims = vec![
        claim(&docs, 0, "Friday", Kind::Date, None, day("2026-08-07")),
        claim(&docs, 0, "2027", Kind::Date, None, with_grain(day("2027"), "year")),
        claim(&docs, 1, "2027", Kind::Date, None, with_grain(day("2027"), "year")),
        claim(&docs, 1, "Friday", Kind::Date, None, day("2026-08-07")),
    ];
    let g = reconcile(&docs, &claims);
    for g in &g {
        let years = g
            .claims
            .iter()
            .filter(|&&i| claims[i].span.end - claims[i].span.start == 4)
            .count();
        assert!(years == 0 || years == g.claims.len(), "{g:?}");
    }
}

/// A weekday counted from a publication date that is only a guess (a weekday of the
/// text fitting a date of another document) is itself a guess: it does not make a
/// conflict, though it is still shown beside the other day.
#[test]
fn a_day_counted_from_a_guessed_publication_date_does_not_conflict() {
    let docs = vec![
        doc(
            "a",
            "The footbridge over the Lark collapsed on Tuesday, the council said.",
        ),
        doc(
            "b",
            "The footbridge over the Lark collapsed on Friday, the council said.",
        ),
    ];
    let relative = |d: &str, anchor: &str| {
        let Value::Date(mut v) = day(d) else { unreachable!() };
        v.relative = true;
        v.anchor = Some(anchor.into());
        Value::Date(v)
    };
    let claims = vec![
        claim(
            &docs,
            0,
            "Tuesday",
            Kind::Date,
            None,
            relative("2026-03-03", "2026-03-04"),
        ),
        claim(
            &docs,
            1,
            "Friday",
            Kind::Date,
            None,
            relative("2026-03-06", "2026-03-09"),
        ),
    ];
    let one = story::Story {
        docs: vec![0, 1],
        title: String::new(),
    };
    let status = |guessed: &[bool]| {
        let g = reconcile_dated(&docs, &claims, &[], guessed, std::slice::from_ref(&one));
        assert_eq!(g.len(), 1, "{g:?}");
        g[0].status
    };
    assert_eq!(status(&[false, false]), Status::Conflict);
    assert_eq!(status(&[false, true]), Status::Unresolved);
}
