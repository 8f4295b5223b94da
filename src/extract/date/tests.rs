use super::*;

fn doc(text: &str) -> Document {
    Document::new("t.txt", "t.txt", text)
}

/// "surface => timex [mod]" for every mention, anchored at `anchor`.
fn tag(text: &str, anchor: Option<&str>) -> Vec<String> {
    let d = doc(text);
    let seg = crate::segment::segment(&d.text, 0);
    let a = anchor.map(|s| s.parse::<Date>().unwrap());
    find(&d, &seg)
        .iter()
        .map(|m| {
            let surface = text.get(m.span.start..m.span.end).expect("span on char boundaries");
            let v = resolve(m, a);
            let mut s = format!("{surface} => {}", v.timex.as_deref().unwrap_or("?"));
            if let Some(md) = v.modifier {
                s.push_str(&format!(" [{md}]"));
            }
            if let Some(i) = v.inconsistency {
                s.push_str(&format!(" !{i}"));
            }
            s
        })
        .collect()
}

const A: Option<&str> = Some("2024-10-24");

fn check(text: &str, anchor: Option<&str>, want: &[&str]) {
    assert_eq!(tag(text, anchor), want, "in {text:?}");
}

#[test]
fn absolute_forms() {
    check(
        "Talks opened Oct. 23 and closed on 23 October 2024; the deal was signed October 23rd, then 10/23/2024, 2024-10-23 and Oct 23, 2024.",
        A,
        &[
            "Oct. 23 => 2024-10-23",
            "23 October 2024 => 2024-10-23",
            "October 23rd => 2024-10-23",
            "10/23/2024 => 2024-10-23",
            "2024-10-23 => 2024-10-23",
            "Oct 23, 2024 => 2024-10-23",
        ],
    );
}

#[test]
fn weekdays_are_past_unless_the_verb_is_future() {
    check(
        "Troops were recorded in Kursk on Wednesday, officials said Thursday. The drill will end on Friday.",
        A,
        &[
            "Wednesday => 2024-10-23",
            "Thursday => 2024-10-24",
            "Friday => 2024-10-25",
        ],
    );
    check("On Friday, the minister will visit Kyiv.", A, &["Friday => 2024-10-25"]);
    check(
        "Last Friday the plant closed; next Monday it reopens.",
        A,
        &["Last Friday => 2024-10-18", "next Monday => 2024-10-28"],
    );
}

#[test]
fn irregular_past_forms_mark_the_past_but_names_do_not() {
    // "sank", "froze", "swore" are past tenses without "-ed": the month before the
    // publication date is meant, not the one after it.
    check(
        "A grain barge sank near the lock in December.",
        A,
        &["December => 2023-12"],
    );
    check(
        "The city council froze hiring in November.",
        A,
        &["November => 2023-11"],
    );
    // Without a past cue the coming month is meant.
    check("The council reviews hiring in November.", A, &["November => 2024-11"]);
    // A capitalised form is a weekday abbreviation or a name, not a verb: a dateline
    // two days after publication is not a past event dated in the future. (A line
    // holding nothing but it would be the page's own stamp, which is not a claim.)
    check(
        "The flyer read: Sat Oct 26 2024, 09:14 hrs",
        A,
        &["Oct 26 2024 => 2024-10-26"],
    );
}

#[test]
fn a_month_beside_a_capitalised_name_is_a_name() {
    // "June Carter" and "Rosa June" name people; "The June vote", "Every June" and "the
    // board's June vote" are months.
    check(
        "Signers included Rosa June, June Carter and Ken Oduya. The June vote and the board's April vote passed; Every October the fund reports.",
        A,
        &["June => 2024-06", "April => 2024-04", "October => 2024-10"],
    );
}

#[test]
fn tense_cues_beyond_the_nearest_verb() {
    // "next to" is a place; an intention reaches past its verb; news present schedules.
    check(
        "Dozens were killed in the blast next to the embassy on Friday.",
        A,
        &["Friday => 2024-10-18"],
    );
    check(
        "Families were planning to protest outside the court on Monday.",
        A,
        &["Monday => 2024-10-28"],
    );
    check(
        "The two leaders meet separately Monday in Vienna.",
        A,
        &["Monday => 2024-10-28"],
    );
    check("He flew to Vienna to meet them Monday.", A, &["Monday => 2024-10-21"]);
    check(
        "Until Tuesday, they had not named a suspect; the polls stay open until Sunday.",
        A,
        &["Tuesday => 2024-10-22", "Sunday => 2024-10-27"],
    );
    // A past verb of intention, a future passive, an -ed adjective.
    check(
        "The firm agreed to buy the plant in February. Rules to be published in early November will apply.",
        A,
        &["February => 2025-02", "early November => 2024-11 [START]"],
    );
    check("In June, the firm agreed to buy the plant.", A, &["June => 2024-06"]);
    check(
        "It would be paid on a still unspecified date in January.",
        A,
        &["January => 2025-01"],
    );
}

#[test]
fn clock_times_take_the_day_named_with_them() {
    check(
        "He was pronounced dead at 1:35 a.m., police said. Shots rang out around 12:30 a.m. Saturday.",
        A,
        &[
            "1:35 a.m. => 2024-10-24T01:35",
            "around 12:30 a.m. Saturday => 2024-10-19T00:30 [APPROX]",
        ],
    );
    check(
        "On Tuesday, the convoy left at 5 p.m. Talks will resume at 9 a.m. EST Friday; they end at noon.",
        A,
        &[
            "Tuesday => 2024-10-22",
            "5 p.m. => 2024-10-22T17:00",
            "9 a.m. EST Friday => 2024-10-25T09:00",
            "noon => 2024-10-24T12:00",
        ],
    );
    // Scores, ratios and bare numbers are not times.
    check("The vote was 5-4 and the ratio 3:1 at 5 points.", A, &[]);
}

#[test]
fn anaphoric_periods_refer_to_the_previous_date() {
    check(
        "He fled in June 1998 and returned later that year. The following month he left again; the next day he was caught.",
        A,
        &[
            "June 1998 => 1998-06",
            "later that year => 1998",
            "The following month => 1998-07",
        ],
    );
    check(
        "The raid came on Oct. 3. Earlier that day, a warning was sent; the next morning, troops withdrew.",
        A,
        &[
            "Oct. 3 => 2024-10-03",
            "Earlier that day => 2024-10-03",
            "the next morning => 2024-10-04",
        ],
    );
    // Nothing to refer back to: a generic "that day" is not a date.
    check("Traders can lose on trades made that day.", A, &[]);
}

#[test]
fn months_without_a_year_take_the_nearest_year_in_the_tense() {
    check(
        "The treaty was signed in June. Fighting resumed on June 18. Elections are due in March 2025 and voters may march on Sunday.",
        A,
        &[
            "June => 2024-06",
            "June 18 => 2024-06-18",
            "March 2025 => 2025-03",
            "Sunday => 2024-10-20",
        ],
    );
    check(
        "The dividend will be paid Jan. 14 to holders of record Dec. 2.",
        A,
        &["Jan. 14 => 2025-01-14", "Dec. 2 => 2024-12-02"],
    );
    check(
        "The company was founded in January.",
        Some("2024-12-20"),
        &["January => 2024-01"],
    );
    check(
        "The next launch is planned for January.",
        Some("2024-12-20"),
        &["January => 2025-01"],
    );
}

/// A day's tense may come from a verb farther back than the usual reach, when nothing
/// nearer says; a month's does not (it is as often a plan named in a later clause).
#[test]
fn a_day_takes_the_tense_of_a_verb_far_back_in_its_sentence() {
    check(
        "Two rival crews were racing their boats along the narrow canal that runs behind the old grain market of the harbour district, shortly before dawn on May 3, the coast guard officer in charge of the inquiry said.",
        Some("2024-01-10"),
        &["May 3 => 2023-05-03"],
    );
    check(
        "The regional water board signed a contract with the builders of the new pumping station beside the two old reservoirs above the town to finish the work in May.",
        Some("2024-01-10"),
        &["May => 2024-05"],
    );
}

#[test]
fn relative_units() {
    check(
        "Protests grew last week and this month; last year was calm, next year may not be. The mayor resigned two days ago.",
        A,
        &[
            "last week => 2024-W42",
            "this month => 2024-10",
            "last year => 2023",
            "next year => 2025",
            "two days ago => 2024-10-22",
        ],
    );
    check(
        "Yesterday the council met; tomorrow it votes. The report is due Jan. 14.",
        A,
        &[
            "Yesterday => 2024-10-23",
            "tomorrow => 2024-10-25",
            "Jan. 14 => 2025-01-14",
        ],
    );
    // ISO weeks: on Sunday 2024-10-27 (W43), "last week" is W42.
    check("Rates rose last week.", Some("2024-10-27"), &["last week => 2024-W42"]);
    check(
        "Shares fell $2 a year ago and rose $1.5 million a year earlier.",
        A,
        &["a year ago => 2023", "a year earlier => 2023"],
    );
}

#[test]
fn parts_and_modifiers() {
    check(
        "Prices rose in mid-October and early 2024, and fell late last year. Rains came earlier this week.",
        A,
        &[
            "mid-October => 2024-10 [MID]",
            "early 2024 => 2024 [START]",
            "late last year => 2023 [END]",
            "earlier this week => 2024-W43",
        ],
    );
    check(
        "The war has lasted over two years; the siege took nearly three months and about a decade of talks preceded it.",
        A,
        &[
            "over two years => P2Y [MORE_THAN]",
            "nearly three months => P3M [LESS_THAN]",
            "about a decade => P10Y [APPROX]",
        ],
    );
    check(
        "The deal should close by the end of the year, around Nov. 1 at the earliest.",
        A,
        &[
            "the end of the year => 2024 [END]",
            "around Nov. 1 => 2024-11-01 [APPROX]",
        ],
    );
}

#[test]
fn ordinary_words_are_not_dates() {
    check("We expect the 11th edition with five speakers. May we begin?", A, &[]);
    check(
        "Supporters march to the square; a 23-year-old man was shot three times.",
        A,
        &[],
    );
    check(
        "He said 2,000 people came and 1500 troops arrived. Flight 2024 landed. Prices fall in spring sales.",
        A,
        &[],
    );
    check("Theresa May met the team at the March on Washington.", A, &[]);
    check(
        "$1.64-billion was pledged, at $1.76 a year and 24 hours a day.",
        A,
        &["24 hours => PT24H"],
    );
}

#[test]
fn quarters_seasons_decades_holidays() {
    check(
        "Sales in the third quarter rose 5% from a year earlier. The 1990s were different, as was the summer of 1998.",
        A,
        &[
            "the third quarter => 2024-Q3",
            "a year earlier => 2023-Q3",
            "The 1990s => 199",
            "the summer of 1998 => 1998-SU",
        ],
    );
    check(
        "The first half of 2024 was strong, Q3 2024 weaker; Christmas 2024 and Thanksgiving Day were quiet.",
        A,
        &[
            "The first half of 2024 => 2024-H1",
            "Q3 2024 => 2024-Q3",
            "Christmas 2024 => 2024-12-25",
            "Thanksgiving Day => 2024-11-28",
        ],
    );
    // The day's other name: "the Fourth of July" is Independence Day, July 4. A bare
    // "following" is "after", not "the following (next) one".
    check(
        "A parade on the Fourth of July drew crowds; the fourth float was late. Two were hurt in a crush following Fourth of July fireworks. They met again the following Christmas.",
        A,
        &[
            "the Fourth of July => 2024-07-04",
            "Fourth of July => 2024-07-04",
            "the following Christmas => 2024-12-25",
        ],
    );
    check(
        "Flooding peaked last winter and in the late 1970s.",
        A,
        &["last winter => 2023-WI", "the late 1970s => 197 [END]"],
    );
}

#[test]
fn references() {
    check(
        "Now, officials said, the crisis is over; recently it looked worse and in the future it may return.",
        A,
        &["Now => PRESENT_REF", "recently => PAST_REF", "the future => FUTURE_REF"],
    );
}

#[test]
fn weekday_date_inconsistency_is_reported() {
    check(
        "The storm hit Tuesday, October 23 — no, Wednesday.",
        A,
        &[
            "Tuesday, October 23 => 2024-10-23 !Tuesday does not fit 2024-10-23: that day is a Wednesday",
            "Wednesday => 2024-10-23",
        ],
    );
    check(
        "Voting ends Tuesday, March 4, 2025.",
        A,
        &["Tuesday, March 4, 2025 => 2025-03-04"],
    );
}

#[test]
fn relative_dates_that_cannot_fit_the_anchor_are_reported() {
    // A relative day against the day written beside it.
    check(
        "Troops will arrive tomorrow, October 23. Officials said yesterday (Oct. 23) the deal held.",
        A,
        &[
            "tomorrow => 2024-10-25 !counted from the publication date 2024-10-24 it is 2024-10-25, but the date written with it is 2024-10-23",
            "October 23 => 2024-10-23",
            "yesterday => 2024-10-23",
            "Oct. 23 => 2024-10-23",
        ],
    );
    // "last Friday" after publication; a weekday that is not the date's; a weekday
    // that is, a week earlier, takes that date.
    check(
        "Last Friday, Oct. 25, rebels struck. Talks resumed Monday (Oct. 15). He was arrested Thursday (Oct. 10).",
        A,
        &[
            "Last Friday => 2024-10-18 !\"last Friday\" must fall before the publication date 2024-10-24, but the date written with it is 2024-10-25",
            "Oct. 25 => 2024-10-25",
            "Monday => 2024-10-21 !Monday does not fit 2024-10-15: that day is a Tuesday",
            "Oct. 15 => 2024-10-15",
            "Thursday => 2024-10-10",
            "Oct. 10 => 2024-10-10",
        ],
    );
    // A past event after publication; not a deadline, a schedule or a page's update line.
    check(
        "The attack on Oct. 30 killed nine. The hearing was postponed until Oct. 30. Updated: Nov. 2, 2024. When he sentences him on Nov. 10, she said.",
        A,
        &[
            "Oct. 30 => 2024-10-30 !a past event dated 2024-10-30, after the publication date 2024-10-24",
            "Oct. 30 => 2024-10-30",
            "Nov. 2, 2024 => 2024-11-02",
            "Nov. 10 => 2024-11-10",
        ],
    );
    // A page updated since it was published may tell of events up to its last update;
    // the update stamps are the page's dates, not claims. Without them the ferry's
    // sinking on Oct. 30 is inconsistent with publication on Oct. 24.
    check(
        "Ferry service was suspended.\nUPDATE (4:10 p.m. 11/2/24)\nThe storm on Oct. 30 wrecked the ferry.\nUpdate, 9:15 a.m. Oct. 29: Divers searched the bay.",
        A,
        &["Oct. 30 => 2024-10-30"],
    );
    check(
        "Ferry service was suspended.\nThe storm on Oct. 30 wrecked the ferry.",
        A,
        &["Oct. 30 => 2024-10-30 !a past event dated 2024-10-30, after the publication date 2024-10-24"],
    );
    // An embedded post's signature dates a post the page shows: one dated after the
    // page was published cannot be on it. A parenthesis that is no handle says nothing.
    check(
        "Crews cleared the road. — Ann Lee (@ann_lee) Oct. 27, 2024\n— Port Authority (@portauth) Oct. 23, 2024\nThe fair (Hall B) Oct. 27, 2024 opens.",
        A,
        &[
            "Oct. 27, 2024 => 2024-10-27 !a past event dated 2024-10-27, after the publication date 2024-10-24",
            "Oct. 23, 2024 => 2024-10-23",
            "Oct. 27, 2024 => 2024-10-27",
        ],
    );
    // Awaited dates have no direction: a scheduling word before the date in its clause,
    // or a date naming an event as a noun's modifier with no verb of its own after it.
    check(
        "Crews cleared the square before the mayor opens the fair on Oct. 30. Growers asked for a delay of the Oct. 29 auction by a week. The Oct. 28 blast shattered windows.",
        A,
        &[
            "Oct. 30 => 2024-10-30",
            "Oct. 29 => 2024-10-29",
            "a week => P1W",
            "Oct. 28 => 2024-10-28 !a past event dated 2024-10-28, after the publication date 2024-10-24",
        ],
    );
    // Non-ASCII around the expressions; spans stay on char boundaries.
    check(
        "Ça s’est passé « hier, 25 octobre » — non: the raid on Oct. 27, 2024 🙂 wounded Zoë.",
        A,
        &["Oct. 27, 2024 => 2024-10-27 !a past event dated 2024-10-27, after the publication date 2024-10-24"],
    );
    check(
        "Zoë’s convoy left yesterday, Oct. 25 — officials said.",
        A,
        &[
            "yesterday => 2024-10-23 !counted from the publication date 2024-10-24 it is 2024-10-23, but the date written with it is 2024-10-25",
            "Oct. 25 => 2024-10-25",
        ],
    );
}

#[test]
fn non_ascii_text_around_expressions() {
    check(
        "Café owners in Zürich 🎉 reopened on 3 March 2023, après la crise.",
        A,
        &["3 March 2023 => 2023-03-03"],
    );
    check(
        "«Le 5 mai» — “the ceasefire began on Monday” 🙏 in Kyiv.",
        A,
        &["Monday => 2024-10-21"],
    );
}

#[test]
fn no_anchor_leaves_relative_dates_unresolved() {
    check(
        "Yesterday, on Wednesday, in June and on Oct. 23, 2024 it rained for two weeks.",
        None,
        &[
            "Yesterday => ?",
            "Wednesday => ?",
            "June => ?",
            "Oct. 23, 2024 => 2024-10-23",
            "two weeks => P2W",
        ],
    );
}

#[test]
fn subject_names_the_event() {
    let text = "Ukraine said North Korean troops were recorded in Kursk on Wednesday, a day before talks.";
    let d = doc(text);
    let seg = crate::segment::segment(text, 0);
    let ms = find(&d, &seg);
    assert_eq!(ms[0].subject, "North Korean troops were recorded in Kursk");
    // The words that attach the date ("late", "on") and the function words at either
    // end of the window are left out; a clause reads as one.
    let text = "But the mayor rejected calls late Monday to step down and let a deputy take over.";
    let d = doc(text);
    let seg = crate::segment::segment(text, 0);
    let ms = find(&d, &seg);
    assert_eq!(ms[0].subject, "mayor rejected calls to step down");
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_slice_back(s in "\\PC{0,200}") {
        let d = doc(&s);
        let seg = crate::segment::segment(&s, 0);
        for m in find(&d, &seg) {
            proptest::prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= s.len());
            let _ = resolve(&m, Some(Date::constant(2024, 10, 24)));
            let _ = resolve(&m, None);
        }
    }

    #[test]
    fn dateish_text_never_panics(s in "(Oct\\. |the |last |mid-|[0-9]{1,4}|, |Tuesday|-|/|'|’|quarter|year|ago|early )*") {
        let d = doc(&s);
        let seg = crate::segment::segment(&s, 0);
        for m in find(&d, &seg) {
            proptest::prop_assert!(s.get(m.span.start..m.span.end).is_some());
            let _ = resolve(&m, Some(Date::constant(2024, 10, 24)));
        }
    }
}

#[test]
fn anchor_misfit_becomes_a_conflict_citing_its_place() {
    let mut d = doc("Convoy report.\nThe convoy left yesterday, Oct. 25, from the border.\n");
    d.id = "wire/convoy.txt".into();
    d.path = "wire/convoy.txt".into();
    let a = crate::analyze(vec![d], Vec::new(), "2024-10-24".parse().ok());
    let g: Vec<_> = a
        .groups
        .iter()
        .filter(|g| g.status == crate::model::Status::Conflict)
        .collect();
    assert_eq!(g.len(), 1, "{:#?}", a.groups);
    assert_eq!(g[0].subject, "inconsistent date \"yesterday\"");
    assert_eq!(
        g[0].explanation,
        "counted from the publication date 2024-10-24 it is 2024-10-23, but the date written with it is 2024-10-25 (wire/convoy.txt:2:17)"
    );
}
