//! Tolls: the figure a story's main event counts, compared across outlets wherever an
//! outlet states it, and kept apart from figures that only look like it.
//!
//! `fixtures/tolls` holds two stories written for this test. A footbridge collapse told by
//! three outlets: two give four dead in their first paragraph; the third gives seven far
//! down, in a sentence about the collapse and in other words ("the collapse, which killed
//! seven people"). One outlet also recalls an earlier collapse that killed nine (dated
//! 2019) and the names of two victims. A depot shooting told by two outlets: three killed
//! "before turning the gun on himself" against four dead that include the shooter. And a
//! market fire whose two leads date it June 10 and June 13, where the second outlet also
//! mentions, further down, a small fire on June 10. A ferry capsizing told by two outlets
//! as tallies ("two dead and nine others injured" against "two died and 14 others were
//! hurt"), one of which also gives a province's injured "in recent weeks".

use claimcheck::{Options, run};

use super::stories::claims_by_id;

fn report() -> serde_json::Value {
    report_of_path("fixtures/tolls")
}

fn report_of_path(path: &str) -> serde_json::Value {
    let opts = Options {
        paths: vec![path.into()],
        ..Options::default()
    };
    serde_json::from_str(&run(&opts, None).expect("corpus runs").to_json()).expect("JSON report")
}

/// The JSON report of articles written to a scratch folder, each as (file name, text).
fn report_of(files: &[(&str, String)]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    report_of_path(dir.path().to_str().unwrap())
}

/// Each count group's status and its claims' texts.
fn count_groups(v: &serde_json::Value) -> Vec<Group<'_>> {
    let claims = claims_by_id(v);
    v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["kind"] == "count")
        .map(|g| {
            let texts = g["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|id| claims[id.as_str().unwrap()]["text"].as_str().unwrap().to_lowercase())
                .collect();
            (g["status"].as_str().unwrap().to_string(), texts, g)
        })
        .collect()
}

type Group<'a> = (String, Vec<String>, &'a serde_json::Value);

/// The conflict group holding the claim whose text is `a`, checked to hold `b` too.
fn conflict_holding<'a, 'b>(groups: &'b [Group<'a>], a: &str, b: &str) -> &'b Group<'a> {
    let conflict = groups
        .iter()
        .find(|(s, texts, _)| s == "conflict" && texts.iter().any(|t| t == a))
        .unwrap_or_else(|| panic!("{a:?} is in no conflict"));
    assert!(conflict.1.iter().any(|t| t == b), "{:?}", conflict.1);
    conflict
}

/// The values of a group's sides, most supported first.
fn side_values(g: &serde_json::Value) -> Vec<&str> {
    g["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["value"].as_str().unwrap())
        .collect()
}

/// Asserts that no conflict holds both claims `a` and `b`.
fn assert_no_conflict_holding(groups: &[Group<'_>], a: &str, b: &str) {
    for (status, texts, _) in groups {
        let both = texts.iter().any(|t| t == a) && texts.iter().any(|t| t == b);
        assert!(!(both && status == "conflict"), "{texts:?}");
    }
}

/// A toll stated far down an article, in other words than the leads' ("the collapse,
/// which killed seven people"), contradicts the four dead of the other outlets' leads.
#[test]
fn a_toll_stated_anywhere_is_compared_with_the_leads() {
    let v = report();
    let groups = count_groups(&v);
    let conflict = conflict_holding(&groups, "seven people", "four people");
    let sides = side_values(conflict.2);
    assert_eq!(sides.len(), 2, "{sides:?}");
    assert!(sides.iter().any(|s| s.starts_with('4')) && sides.iter().any(|s| s.starts_with('7')));
}

/// The nine dead of a collapse dated 2019 and "the names of two victims" are not the
/// story's toll: neither joins a conflict.
#[test]
fn earlier_events_and_named_victims_are_not_the_toll() {
    let v = report();
    for (status, texts, _) in count_groups(&v) {
        if status == "conflict" {
            assert!(
                !texts.iter().any(|t| t == "nine people" || t == "two victims"),
                "{texts:?}"
            );
        }
    }
}

/// Three killed "before turning the gun on himself" and four dead with the shooter among
/// them may count the same victims: unresolved, not a conflict.
#[test]
fn a_toll_one_apart_where_the_perpetrator_died_is_not_a_conflict() {
    let v = report();
    let groups = count_groups(&v);
    let depot = groups
        .iter()
        .find(|(_, texts, _)| texts.iter().any(|t| t == "three people"))
        .expect("the two depot tolls are compared");
    assert_eq!(depot.0, "unresolved", "{:?}", depot.1);
    assert!(depot.2["explanation"].as_str().unwrap().contains("perpetrator"));
}

/// Two leads dating the main event differently conflict, even when one article mentions
/// the other's day further down for something else ("a small fire ... on June 10, three
/// days before the blaze"): the leads tell the main event.
#[test]
fn two_leads_dating_the_main_event_differently_conflict() {
    let v = report();
    let found = v["groups"].as_array().unwrap().iter().any(|g| {
        let sides = side_values(g);
        g["kind"] == "date"
            && g["status"] == "conflict"
            && sides.contains(&"2025-06-10")
            && sides.contains(&"2025-06-13")
    });
    assert!(found, "{:#}", v["groups"]);
}

/// A tally class by class counts its "others" in full: "nine others injured" after the
/// two dead are all the injured, so 14 injured elsewhere contradicts them, where a bare
/// "nine others" would only be a part. The 40 hurt "in recent weeks" across a province,
/// a running tally in the second outlet's lead, is no side of it.
#[test]
fn the_others_of_a_tally_are_all_of_their_class() {
    let v = report();
    let groups = count_groups(&v);
    conflict_holding(&groups, "nine others", "14 others");
    for (_, texts, _) in &groups {
        if texts.iter().any(|t| t == "40 people") {
            assert!(!texts.iter().any(|t| t.ends_with("others")), "{texts:?}");
        }
    }
}

/// In undated articles, a sentence set "earlier this year" tells an earlier event: its
/// tally of injured is not compared with the story's own.
#[test]
fn an_earlier_period_in_an_undated_article_is_another_event() {
    let a = "A bus carrying a school choir slid off the Harlow Pass road on Tuesday, \
             leaving one dead and two others injured, police said.\n\n\
             Earlier this year, a truck crash on the same pass left three dead and six others injured.\n";
    let b = "One person was killed and two others were injured when a school choir bus \
             left the Harlow Pass road on Tuesday, police said.\n";
    let v = report_of(&[("pass-one.txt", a.to_string()), ("pass-two.txt", b.to_string())]);
    for (status, texts, _) in count_groups(&v) {
        assert!(status != "conflict", "{texts:?}");
    }
}

/// A count that names who it counts ("61 per cent of Corvanians") makes its key specific,
/// and a bare count of the unit joins that key; but only the counts carrying the name are
/// one body by the name alone. "48 percent of respondents" to another question, in a
/// sentence sharing nothing with it, is no rival.
#[test]
fn a_bare_count_moved_into_a_named_key_is_not_compared_by_the_name() {
    let front = |title: &str| format!("---\ntitle: {title}\npublished: 2025-03-09\n---\n\n");
    let a = "HARBIN — A survey by the Meridian Institute found that 61 per cent of Corvanians oppose the \
             planned Harbin toll road, the institute said on Sunday.\n\n\
             The toll road would replace the ageing Harbin river bridge, which the transport ministry says \
             needs repairs.\n";
    let b = "HARBIN — The Meridian Institute released its survey on the Harbin toll road on Sunday, ahead \
             of a vote in parliament on the transport ministry's plan.\n\n\
             Asked about the ageing river bridge, 48 percent of respondents admitted they had never crossed it.\n";
    let v = report_of(&[
        ("a.md", front("Corvanians split over Harbin toll road") + a),
        ("b.md", front("Meridian Institute survey on the Harbin toll road") + b),
    ]);
    assert_eq!(v["stories"].as_array().unwrap().len(), 1, "one story");
    for (status, texts, _) in count_groups(&v) {
        assert!(status != "conflict", "{texts:?}");
    }
}

/// A perpetrator named beside an arrest is alive, so a toll of the dead cannot count
/// them: three killed ("the suspect was arrested at the scene") against four dead is a
/// conflict, not the pair one apart that a dead gunman would make.
#[test]
fn a_toll_beside_an_arrested_suspect_does_not_count_the_suspect() {
    let a = "Three people were killed in a shooting at a Brenton warehouse on Friday, and the \
             suspect was arrested at the scene, police said.\n";
    let b = "Four people died when a former employee opened fire at a Brenton warehouse on \
             Friday, police said.\n";
    let v = report_of(&[("brenton-one.txt", a.to_string()), ("brenton-two.txt", b.to_string())]);
    conflict_holding(&count_groups(&v), "three people", "four people");
}

/// A perpetrator facing the law may still be among the hurt: "injured five people,
/// including the gunman, ... according to the charges" against four wounded is the pair
/// one apart that the gunman makes, not a conflict.
#[test]
fn a_hurt_toll_beside_a_charge_may_count_the_suspect() {
    let a = "The shooting at a Brenton warehouse injured five people, including the gunman, \
             according to the charges filed on Monday.\n";
    let b = "Four people were wounded when a former employee opened fire at a Brenton \
             warehouse, police said.\n";
    let v = report_of(&[("brenton-one.txt", a.to_string()), ("brenton-two.txt", b.to_string())]);
    for (status, texts, _) in count_groups(&v) {
        assert!(status != "conflict", "{texts:?}");
    }
}

/// Two outlets that count the hurt as "others" beside the same toll (one dead in each)
/// count the same people: "three others" against "six others" is a conflict, though each
/// alone reads as "at least" (a count of others leaves out those counted before it).
#[test]
fn counts_of_others_beside_one_toll_compare_as_they_stand() {
    let a = "A gas explosion at a bakery in Harlow killed one worker on Tuesday, fire officials \
             said.\n\nThree others were injured and taken to hospital.\n";
    let b = "One person died in a gas explosion at a bakery in Harlow on Tuesday, fire officials \
             said.\n\nSix others were injured in the blast.\n";
    let v = report_of(&[("harlow-one.txt", a.to_string()), ("harlow-two.txt", b.to_string())]);
    let groups = count_groups(&v);
    let g = conflict_holding(&groups, "three others", "six others");
    let sides = side_values(g.2);
    assert!(
        sides.contains(&"3 others injured") && sides.contains(&"6 others injured"),
        "{sides:?}"
    );
}

/// Others counted beside different tolls are different people: one dead and three others
/// hurt against two dead and six others hurt disagree on the dead, not on the others.
#[test]
fn counts_of_others_beside_different_tolls_are_not_compared() {
    let a = "A gas explosion at a bakery in Harlow killed one worker on Tuesday, fire officials \
             said.\n\nThree others were injured and taken to hospital.\n";
    let b = "Two people died in a gas explosion at a bakery in Harlow on Tuesday, fire officials \
             said.\n\nSix others were injured in the blast.\n";
    let v = report_of(&[("harlow-one.txt", a.to_string()), ("harlow-two.txt", b.to_string())]);
    assert_no_conflict_holding(&count_groups(&v), "three others", "six others");
}

/// A bare count of women read as the whole tally ("Four women died and two others were
/// hurt") numbers the same group as another outlet's "two women": the numbers are
/// compared as they stand, not as "at least two".
#[test]
fn a_tally_of_one_group_against_a_bare_count_of_it_conflicts() {
    let a = "Four women died and two others were hurt when a balcony collapsed at a wedding \
             hall in Ostrava on Saturday, police said.\n";
    let b = "A balcony collapse at a wedding hall in Ostrava on Saturday left two women dead, \
             police said.\n";
    let v = report_of(&[("ostrava-one.txt", a.to_string()), ("ostrava-two.txt", b.to_string())]);
    conflict_holding(&count_groups(&v), "four women", "two women");
}

/// A count scoped by a time within the event's days ("last week") and one scoped by a
/// place ("near Corbin") qualify the toll in two ways: three dead against five dead is a
/// conflict, not "different scopes".
#[test]
fn a_toll_of_last_week_and_a_toll_near_a_town_are_compared() {
    let a = "Three people were killed in a shooting at a sawmill near Corbin, the county sheriff \
             said.\n";
    let b = "Deputies arrested a former worker in connection with a shooting at a sawmill that \
             left five people dead last week, the county sheriff said.\n";
    let v = report_of(&[("corbin-one.txt", a.to_string()), ("corbin-two.txt", b.to_string())]);
    conflict_holding(&count_groups(&v), "three people", "five people");
}

/// Others of one group of people ("six other men") are only part of the others: against
/// "seven others" beside the same toll they may both be true (a woman among the seven).
#[test]
fn others_of_one_group_of_people_are_not_all_the_others() {
    let a = "A gas explosion at a bakery in Harlow killed one worker on Tuesday, fire officials \
             said.\n\nSeven others were injured and taken to hospital.\n";
    let b = "One person died in a gas explosion at a bakery in Harlow on Tuesday, fire officials \
             said.\n\nSix other men were injured in the blast.\n";
    let v = report_of(&[("harlow-one.txt", a.to_string()), ("harlow-two.txt", b.to_string())]);
    assert_no_conflict_holding(&count_groups(&v), "seven others", "six other men");
}

/// Others told in the sentence after the dead ("Two people died ... Five others were
/// injured.") are all the injured of an article that counted none before them: against
/// another outlet's "two dead and three injured" the numbers are compared as they stand,
/// and the short sentence of others goes on from the words of the one before it.
#[test]
fn others_after_the_dead_are_all_the_hurt_of_their_article() {
    let a = "Two people died when a grain silo exploded at a farm cooperative in Varnsdorf on \
             Monday, the fire service said. Five others were injured.\n";
    let b = "A grain silo explosion at a farm cooperative in Varnsdorf on Monday left two people \
             dead and three injured, the fire service said.\n";
    let v = report_of(&[
        ("varnsdorf-one.txt", a.to_string()),
        ("varnsdorf-two.txt", b.to_string()),
    ]);
    let groups = count_groups(&v);
    let g = conflict_holding(&groups, "five others", "three injured");
    let sides = side_values(g.2);
    assert!(sides.contains(&"5 others injured"), "{sides:?}");
}

/// The shot take in the dead: "two others who were shot" beside two dead are not all the
/// shot, so against "four people were shot" beside the same two dead they are no conflict.
#[test]
fn others_of_the_shot_are_not_all_the_shot() {
    let a = "Two people were killed in a shooting at a car wash in Elmridge on Sunday, police \
             said.\n\nTwo others who were shot are recovering at a hospital.\n";
    let b = "Four people were shot at a car wash in Elmridge on Sunday, police said. Two people \
             were killed.\n";
    let v = report_of(&[("elmridge-one.txt", a.to_string()), ("elmridge-two.txt", b.to_string())]);
    assert_no_conflict_holding(&count_groups(&v), "two others", "four people");
}

/// People taken to hospital with injuries are hurt: "four others were taken to hospital
/// with injuries" counts the injured, and conflicts with another outlet's "six injured".
#[test]
fn people_taken_to_hospital_with_injuries_are_the_hurt() {
    let a = "Two workers were killed in a boiler blast at a paper mill in Kettering on Friday, and \
             four others were taken to hospital with injuries, the company said.\n";
    let b = "A boiler blast at a paper mill in Kettering on Friday killed two workers and injured \
             six, the company said.\n";
    let v = report_of(&[
        ("kettering-one.txt", a.to_string()),
        ("kettering-two.txt", b.to_string()),
    ]);
    conflict_holding(&count_groups(&v), "four others", "six");
}
