//! Dates and places of a story's lead event, told in other words by each outlet.
//!
//! Each test writes its own short articles (invented events, written for these tests)
//! into a temporary folder and reads the JSON report:
//!
//! - an undated dam breach: two outlets give "Saturday" and "Saturday morning" in
//!   different sentences; a third gives "Friday night". With no publication date, none
//!   resolves, but the two Saturdays date the event the leads report, so they are one
//!   group; Friday, an unresolved weekday of another name, is not in it (it is only
//!   pointed at its nearest statement, unresolved, as any undated day is).
//! - a museum reopening told by outlets published on different days: "Thursday" in one,
//!   "March 13" in the other, in sentences that share only the event's word ("reopened",
//!   which no event list holds). One day, one group, and not a conflict.
//! - two towns of one region: a fire in Fresno and another in Modesto are two place
//!   groups, not one "all in California" group; "Fresno, Calif." and "Fresno" are one.
//! - a homonym: "Portland, Maine" in one outlet and a bare "Portland" in another are
//!   one place, the one the story states.
//! - a fire dated "May 9" in Monday's paper and "May 10" in Tuesday's: each two days
//!   before its article, but written with their month, so they contradict.
//! - two states that vote a week apart ("Oregon, which votes May 19"; "Kentucky, when it
//!   votes May 26"): one class of event in two places, not one vote dated twice.
//! - a harm told with its end: "found shot to death ... on Thursday" dates the shooting,
//!   as "fatally shot ... March 14" does in a later outlet, so the two days conflict; and
//!   it dates the death too, so "shot to death ... on Tuesday" and "died on Feb. 13"
//!   conflict as well.
//! - "The incident occurred on March 4" after a sentence telling an explosion dates the
//!   explosion, against another outlet's explosion "on March 7".
//! - "the fire ..., which occurred on May 3 and ended with the death of a night
//!   watchman" dates the fire, against another outlet's fire "on May 5".

use claimcheck::{Options, run};

use super::stories::claims_by_id;

fn report(articles: &[(&str, &str)]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in articles {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let opts = Options {
        paths: vec![dir.path().to_string_lossy().into_owned()],
        ..Options::default()
    };
    serde_json::from_str(&run(&opts, None).expect("corpus runs").to_json()).expect("JSON report")
}

/// A group: its status and its claims' (document file name, text).
type Group = (String, Vec<(String, String)>);

/// Each group of `kind`.
fn groups(v: &serde_json::Value, kind: &str) -> Vec<Group> {
    let claims = claims_by_id(v);
    v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["kind"] == kind)
        .map(|g| {
            let members = g["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| {
                    let c = &claims[id.as_str().unwrap()];
                    let doc = c["document"].as_str().unwrap();
                    let file = doc.rsplit(['/', '\\']).next().unwrap_or(doc).to_string();
                    (file, c["text"].as_str().unwrap().to_string())
                })
                .collect();
            (g["status"].as_str().unwrap().to_string(), members)
        })
        .collect()
}

/// Whether a group holds the claim `text` of document `doc`.
fn holds(g: &Group, doc: &str, text: &str) -> bool {
    g.1.iter().any(|(d, t)| d == doc && t == text)
}

/// The group holding the claim `text` of document `doc`; the test fails without one.
fn holding<'a>(gs: &'a [Group], doc: &str, text: &str) -> &'a Group {
    gs.iter()
        .find(|g| holds(g, doc, text))
        .unwrap_or_else(|| panic!("no group holds {text:?} of {doc}: {gs:?}"))
}

const DAM: &[(&str, &str)] = &[
    (
        "valley-courier.txt",
        "Harwell Dam gives way, flooding the Tesk valley\n\n\
         The Harwell Dam gave way on Saturday, flooding farms along the Tesk valley and \
         forcing hundreds of families from their homes.\n\n\
         Rescue boats worked through the night to reach people stranded on rooftops, and \
         the regional council opened three schools as shelters.\n",
    ),
    (
        "river-post.txt",
        "Floodwater sweeps Tesk valley after dam failure\n\n\
         Floodwater poured through the Tesk valley after the Harwell Dam gave way, leaving \
         farms under water and families on their roofs.\n\n\
         The wall of the dam gave way Saturday morning after a week of heavy rain, a \
         council engineer told reporters at a shelter.\n",
    ),
    (
        "hill-gazette.txt",
        "Engineers had warned the Harwell Dam could give way\n\n\
         The Harwell Dam gave way on Friday night, engineers who had inspected it said, \
         sending floodwater across the farms of the Tesk valley.\n\n\
         Families were taken to schools the council opened as shelters.\n",
    ),
];

/// Two undated outlets' "Saturday" and "Saturday morning" date the dam breach their leads
/// report: one group, though neither resolves. The third outlet's "Friday night" is another
/// weekday and joins no group with them.
#[test]
fn undated_weekdays_of_the_lead_event_are_one_group() {
    let v = report(DAM);
    let dates = groups(&v, "date");
    let saturday = holding(&dates, "river-post.txt", "Saturday morning");
    assert!(holds(saturday, "valley-courier.txt", "Saturday"), "{saturday:?}");
    assert!(
        saturday.1.iter().all(|(_, t)| !t.contains("Friday")),
        "an unresolved Friday is not the Saturday: {saturday:?}"
    );
    assert_ne!(saturday.0, "conflict");
    assert!(dates.iter().all(|(s, _)| s != "conflict"), "{dates:?}");
}

const MUSEUM: &[(&str, &str)] = &[
    (
        "city-herald.md",
        "---\ntitle: Corvin Museum opens again after restoration\npublished: 2025-03-14\n---\n\n\
         The Corvin Museum reopened its doors on Thursday after a two-year restoration of its \
         painted halls, and the first visitors lined up before dawn.\n\n\
         The city paid for most of the work, its culture office said.\n",
    ),
    (
        "river-times.md",
        "---\ntitle: Visitors return as the Corvin Museum reopens\npublished: 2025-03-16\n---\n\n\
         Crowds waited along the river for hours at the gallery, which reopened on March 13 \
         with its ceiling restored.\n\n\
         Tickets for the coming weeks are sold out, a museum guide said.\n",
    ),
];

/// "Thursday" in Friday's paper and "March 13" two days later are one day of the
/// reopening both leads report ("reopened", a word no event list holds, in sentences that
/// share no other): one group, not a conflict.
#[test]
fn one_day_of_the_lead_event_in_two_forms_is_one_group() {
    let v = report(MUSEUM);
    let dates = groups(&v, "date");
    let g = dates
        .iter()
        .find(|(_, m)| m.iter().any(|(_, t)| t == "Thursday") && m.iter().any(|(_, t)| t == "March 13"))
        .unwrap_or_else(|| panic!("Thursday and March 13 share a group: {dates:?}"));
    assert!(g.0 == "resolved" || g.0 == "agree", "{g:?}");
}

const FIRES: &[(&str, &str)] = &[
    (
        "valley-daily.md",
        "---\ntitle: Warehouse fires in the Central Valley\npublished: 2025-07-08\n---\n\n\
         Firefighters battled a warehouse fire in Fresno, Calif., on Monday, while a second \
         warehouse fire burned in Modesto.\n\n\
         No one was hurt in the Fresno blaze, fire officials said.\n",
    ),
    (
        "central-news.md",
        "---\ntitle: Two warehouse fires keep crews busy\npublished: 2025-07-08\n---\n\n\
         A warehouse fire in Fresno sent smoke over the city on Monday, and crews in Modesto \
         fought a warehouse fire of their own.\n\n\
         Investigators in Modesto said the cause was not yet known.\n",
    ),
];

/// Two towns of one region are two places: no group holds both Fresno and Modesto, and
/// "Fresno, Calif." joins "Fresno".
#[test]
fn towns_of_one_region_are_separate_places() {
    let v = report(FIRES);
    let places = groups(&v, "place");
    for (_, m) in &places {
        let fresno = m.iter().any(|(_, t)| t.starts_with("Fresno"));
        let modesto = m.iter().any(|(_, t)| t.starts_with("Modesto"));
        assert!(!(fresno && modesto), "one group holds both towns: {m:?}");
    }
    let fresno = holding(&places, "central-news.md", "Fresno");
    assert!(fresno.1.iter().any(|(d, _)| d == "valley-daily.md"), "{fresno:?}");
    assert!(
        places.iter().any(|(_, m)| m.iter().any(|(_, t)| t == "Modesto")),
        "Modesto forms its own group: {places:?}"
    );
}

const BAKERY: &[(&str, &str)] = &[
    (
        "maine-ledger.md",
        "---\ntitle: Bakery fire\npublished: 2025-02-04\n---\n\n\
         A fire destroyed a family bakery in Portland, Maine, on Monday night, and \
         firefighters kept it from spreading to the shops next door.\n\n\
         No one was hurt, the fire chief said.\n",
    ),
    (
        "harbor-news.md",
        "---\ntitle: Family bakery lost to fire\npublished: 2025-02-04\n---\n\n\
         The bakery fire in Portland left the old building a shell on Monday night, and the \
         owners said they would rebuild.\n\nThe cause is not known.\n",
    ),
];

/// One name in one story is one place: the outlet that writes only "Portland" means the
/// Portland the other outlet names with its state, whatever a bare "Portland" would be
/// read as alone. The two mentions are one group, placed in Maine.
#[test]
fn a_bare_homonym_takes_the_place_its_story_states() {
    let v = report(BAKERY);
    let places = groups(&v, "place");
    let portland = holding(&places, "harbor-news.md", "Portland");
    assert!(holds(portland, "maine-ledger.md", "Portland, Maine"), "{portland:?}");
    let explanation = v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["kind"] == "place" && g["subject"] == "Portland")
        .and_then(|g| g["explanation"].as_str())
        .unwrap_or_default();
    assert!(explanation.contains("Maine"), "{explanation}");
}

const VAN: &[(&str, &str)] = &[
    (
        "quarry-courier.md",
        "---\ntitle: Three found dead in van near quarry road\npublished: 2026-03-12\n---\n\n\
         Three people were found shot to death in a parked van near the quarry road outside \
         Dunmore on Thursday.\n\n\
         Deputies answered a call from a passing driver shortly after noon, the sheriff's \
         office said.\n",
    ),
    (
        "dunmore-ledger.md",
        "---\ntitle: Sheriff names three found dead in van\npublished: 2026-03-19\n---\n\n\
         The three people found dead in a van outside Dunmore last week were a man and his two \
         brothers, the sheriff's office said.\n\n\
         Detectives believe the driver fatally shot his two brothers March 14 inside the van \
         before turning the gun on himself.\n",
    ),
];

/// "Shot to death ... on Thursday" dates the shooting, not a death that could follow it
/// by days: a later outlet's "fatally shot ... March 14" dates the same harm two days
/// later, and the two cannot both be true.
#[test]
fn a_harm_told_to_its_end_dates_the_harm() {
    let v = report(VAN);
    let dates = groups(&v, "date");
    let thursday = holding(&dates, "quarry-courier.md", "Thursday");
    assert!(holds(thursday, "dunmore-ledger.md", "March 14"), "{thursday:?}");
    assert_eq!(thursday.0, "conflict");
}

/// Two days written with their month are placed by the calendar: that each lies two days
/// before its own article (the pattern of a running story's "Saturday" in Monday's paper
/// and "Sunday" in Tuesday's) does not make them two events.
#[test]
fn days_written_with_their_month_contradict_whatever_their_articles_dates() {
    let v = report(&[
        (
            "marlow-post.md",
            "---\ntitle: Fire destroys Kestrel grain warehouse\npublished: 2026-05-11\n---\n\n\
             Fire destroyed the Kestrel grain warehouse in Marlow on May 9, the county fire \
             service said.\n",
        ),
        (
            "county-wire.md",
            "---\ntitle: Drying shed blamed for warehouse fire\npublished: 2026-05-12\n---\n\n\
             The fire that destroyed the Kestrel grain warehouse in Marlow on May 10 began in a \
             drying shed, the county fire service said.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    let g = holding(&dates, "marlow-post.md", "May 9");
    assert!(holds(g, "county-wire.md", "May 10"), "{g:?}");
    assert_eq!(g.0, "conflict");
}

/// One class of event in two places is two events: a state that votes May 19 and another
/// that votes May 26 are neither a conflict nor a group.
#[test]
fn one_kind_of_event_in_two_places_is_two_events() {
    let v = report(&[
        (
            "campaign-desk.md",
            "---\ntitle: Campaign turns to the spring primaries\npublished: 2026-04-20\n---\n\n\
             The campaign is already running television ads in Oregon, which votes May 19.\n",
        ),
        (
            "capitol-notes.md",
            "---\ntitle: Campaign turns to the spring primaries\npublished: 2026-04-27\n---\n\n\
             The candidate spoke in Kentucky, predicting he would win the state when it votes \
             May 26.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    assert!(
        !dates
            .iter()
            .any(|g| holds(g, "campaign-desk.md", "May 19") && holds(g, "capitol-notes.md", "May 26")),
        "{dates:?}"
    );
}

/// A harm told to its end dates a death on the harm's day as well: "shot to death ... on
/// Tuesday" and another outlet's "died on Feb. 13" (three days later) cannot both be true.
#[test]
fn a_harm_told_to_its_end_dates_the_death_too() {
    let v = report(&[
        (
            "kelby-daily.md",
            "---\ntitle: Baker killed outside his Kelby shop\npublished: 2026-02-12\n---\n\n\
             A baker was shot to death outside his shop in Kelby on Tuesday, police said.\n",
        ),
        (
            "harbour-times.md",
            "---\ntitle: Kelby baker's death ruled a homicide\npublished: 2026-02-16\n---\n\n\
             The Kelby baker, who was shot outside his shop, died on Feb. 13, the county \
             coroner said.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    let g = holding(&dates, "kelby-daily.md", "Tuesday");
    assert!(holds(g, "harbour-times.md", "Feb. 13"), "{g:?}");
    assert_eq!(g.0, "conflict");
}

/// "The incident occurred on March 4" dates the event the sentence before it told (an
/// explosion): another outlet's explosion on March 7 cannot be the same day, so the two
/// conflict, though the first date's own sentence names no event.
#[test]
fn a_date_of_the_incident_dates_the_event_told_before_it() {
    let v = report(&[
        (
            "harlow-news.md",
            "---\ntitle: Gas explosion wrecks Harlow bakery\npublished: 2026-03-09\n---\n\n\
             A gas explosion wrecked the Tillman bakery on Crane Street in Harlow and sent two \
             bakers to hospital.\n\n\
             The incident occurred on March 4, the town's fire chief said.\n",
        ),
        (
            "valley-herald.md",
            "---\ntitle: Bakery blast blamed on a faulty oven\npublished: 2026-03-10\n---\n\n\
             Investigators blamed a faulty oven for the explosion that wrecked the Tillman \
             bakery in Harlow on March 7.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    let g = holding(&dates, "harlow-news.md", "March 4");
    assert!(holds(g, "valley-herald.md", "March 7"), "{g:?}");
    assert_eq!(g.0, "conflict");
}

/// A verb that says only that something happened dates its subject: "the fire ..., which
/// occurred on May 3 and ended with the death of a night watchman" dates the fire (not
/// the death the words after the date tell), against another outlet's fire "on May 5".
#[test]
fn a_date_of_an_occurrence_dates_its_subject_not_the_words_after_it() {
    let v = report(&[
        (
            "perrin-courier.md",
            "---\ntitle: Arson suspected in Perrin mill fire\npublished: 2026-05-08\n---\n\n\
             The fire at the Perrin paper mill, which occurred on May 3 and ended with the \
             death of a night watchman, was set on purpose, investigators said.\n",
        ),
        (
            "county-bulletin.md",
            "---\ntitle: Perrin mill destroyed by fire\npublished: 2026-05-06\n---\n\n\
             A fire destroyed the Perrin paper mill on May 5, the county fire marshal said.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    let g = holding(&dates, "perrin-courier.md", "May 3");
    assert!(holds(g, "county-bulletin.md", "May 5"), "{g:?}");
    assert_eq!(g.0, "conflict");
}

/// "claimed three lives" tells a harm, not a statement: the date before it dates the
/// crash (it is not the date of someone's claim), against another outlet's crash "on
/// March 6"; and the claim's source is not "A bus crash ... on March 3".
#[test]
fn a_date_before_claimed_lives_dates_the_harm() {
    let v = report(&[
        (
            "fjord-post.md",
            "---\ntitle: Bus leaves the road near Kolbotn\npublished: 2026-03-07\n---\n\n\
             A bus crash near Kolbotn on March 3 claimed three lives, the county said.\n",
        ),
        (
            "north-wire.md",
            "---\ntitle: Kolbotn bus crash leaves three dead\npublished: 2026-03-07\n---\n\n\
             Three people were killed when a bus crashed into a ravine near Kolbotn on \
             March 6, the county said.\n",
        ),
    ]);
    let dates = groups(&v, "date");
    let g = holding(&dates, "fjord-post.md", "March 3");
    assert!(holds(g, "north-wire.md", "March 6"), "{g:?}");
    assert_eq!(g.0, "conflict");
    let claims = claims_by_id(&v);
    let march_3 = claims.values().find(|c| c["text"] == "March 3").expect("the date");
    assert_eq!(march_3["attribution"], "county", "{march_3}");
}
