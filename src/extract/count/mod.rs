//! Count extraction: "approximately 12,000 North Korean troops", "at least 3,000
//! soldiers", "$1.64-billion", "two people died", "a man was shot and killed".
//!
//! Each sentence is tokenized once ([`number::tokenize`]); every token that can start a
//! quantity is read by the number grammar ([`number::parse_quantity`]), then this module
//! adds what makes the figure checkable: the hedge before it ("about", "at least", "up
//! to") turned into an interval, the counted noun and its synonym class ("soldiers" ->
//! `troops`, "died" -> `killed`), whether it is per unit ("each consisting of 6,000"),
//! the part it sizes ("the battalion is expected to include up to 3,000"), its scope
//! ("to Russia", "this month") and who asserts it ([`attribution`]). Numbers that are
//! not counts (years, dates, ages, times, addresses, phone numbers, names such as "K2"
//! or "11th Army") are rejected here. A last pass adds counts English states without a
//! numeral ("a man was shot and killed" is at least one killed).

mod context;
mod hedge;
mod implied;
mod number;
mod read;
mod reject;
mod words;

use crate::model::{Claim, CountValue, Kind, Span, Value};
pub(crate) use context::verb_stem;
use implied::{add_derived, add_implicit};
use number::tokenize;
use read::read_count;
use reject::starts_quantity;

/// Find every count claim in the document body.
pub fn extract(input: &super::Input) -> Vec<Claim> {
    let (doc_index, doc, seg) = (input.index, input.doc, input.seg);
    let text = doc.text.as_str();
    let body = text.floor_char_boundary(doc.body_start);
    let mut out: Vec<Claim> = Vec::new();
    for &sent in &seg.sentences {
        if sent.end <= body
            || sent.end > text.len()
            || !text.is_char_boundary(sent.start)
            || !text.is_char_boundary(sent.end)
        {
            continue;
        }
        let sent = Span::new(sent.start.max(body), sent.end);
        let found = sentence_counts(text, sent);
        let first_new = out.len();
        for f in found {
            out.push(Claim {
                doc: doc_index,
                kind: Kind::Count,
                span: f.span,
                sentence: sent,
                subject: f.subject,
                attribution: None,
                value: Value::Count(f.value),
            });
        }
        for c in &mut out[first_new..] {
            c.attribution = input.attribution(c.span);
        }
    }
    out
}

/// A count found in one sentence, before attribution.
#[derive(Debug, Clone, PartialEq)]
struct Found {
    span: Span,
    subject: String,
    value: CountValue,
}

/// Every count in one sentence, in order of position.
fn sentence_counts(text: &str, sent: Span) -> Vec<Found> {
    let toks = tokenize(text, sent.start, sent.end);
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if starts_quantity(&toks, i)
            && let Some((f, next)) = read_count(text, &toks, i)
        {
            found.push(f);
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    add_derived(text, &mut found);
    add_implicit(text, sent, &mut found);
    found.sort_by_key(|f| (f.span.start, f.span.end));
    found
}

/// The count extractor, as registered in [`super::extractor`].
pub struct Counts;

impl super::Extractor for Counts {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: extract(input),
            dates: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use crate::segment::segment;

    fn doc(text: &str) -> Document {
        Document::new("t.txt", "t.txt", text)
    }

    /// One line per claim: surface | point [low, high] qualifier unit | noun | flags | attribution.
    fn show(text: &str) -> String {
        let d = doc(text);
        let seg = segment(&d.text, 0);
        let claims = extract(&crate::extract::Input::new(0, &d, &seg));
        let mut out = Vec::new();
        for c in &claims {
            assert_eq!(&d.text[c.span.start..c.span.end], c.text(&d));
            let Value::Count(v) = &c.value else { panic!() };
            let f = |x: Option<f64>| x.map_or("inf".to_string(), |x| format!("{x}"));
            let mut flags = Vec::new();
            if v.per_unit {
                flags.push("per_unit".to_string());
            }
            if v.derived {
                flags.push("derived".to_string());
            }
            if let Some(s) = &v.scope {
                flags.push(format!("scope={s}"));
            }
            out.push(format!(
                "{} | {} [{}, {}] {} {} | {} | {} | {}",
                c.text(&d),
                f(v.point),
                f(v.low),
                f(v.high),
                v.qualifier,
                v.unit,
                c.subject,
                flags.join(" "),
                c.attribution.as_deref().unwrap_or("-")
            ));
        }
        out.join("\n")
    }

    #[test]
    fn war_counts_with_hedges_and_sources() {
        insta::assert_snapshot!(show("Ukraine claims that approximately 12,000 North Korean troops have been deployed to Russia. U.S. National Security Council spokesman John Kirby told reporters that at least 3,000 North Korean soldiers had arrived in Russia this month."), @r#"
        approximately 12,000 North Korean troops | 12000 [11500, 12500] about troops | North Korean troops | scope=to Russia | Ukraine
        at least 3,000 North Korean soldiers | 3000 [3000, inf] at_least troops | North Korean soldiers | scope=in Russia, this month | U.S. National Security Council spokesman John Kirby
        "#);
    }

    #[test]
    fn curly_quotes_money_and_parts() {
        insta::assert_snapshot!(show("Ukraine said the number was about “12,000” troops. Hanwha has signed a $1.64-billion deal. HUR estimated the number is around 12,000, including 500 officers, among them three generals."), @r#"
        about “12,000” troops | 12000 [11500, 12500] about troops | troops |  | Ukraine
        $1.64-billion deal | 1640000000 [1635000000, 1645000000] exact usd | deal |  | -
        500 officers | 500 [500, inf] at_least officer | officers |  | -
        three generals | 3 [3, 3] exact general | generals |  | -
        "#);
    }

    #[test]
    fn per_unit_derived_and_container() {
        insta::assert_snapshot!(show("Russia is training two military units, each consisting of approximately 6,000 soldiers.\nThe battalion is expected to include up to 3,000 troops."), @r#"
        two military units | 2 [2, 2] exact unit | military units |  | -
        two military units, each consisting of approximately 6,000 soldiers | 12000 [11000, 13000] about troops | soldiers | derived | -
        approximately 6,000 soldiers | 6000 [5500, 6500] about troops | soldiers | per_unit | -
        up to 3,000 troops | 3000 [0, 3000] up_to troops per battalion | troops | scope=in the battalion | -
        "#);
    }

    #[test]
    fn disasters_implicit_and_vague() {
        insta::assert_snapshot!(show("Dozens of homes were destroyed and two people died when the river flooded. A woman was swept away and killed. Hundreds of residents fled; at least 14 were injured. The death toll rose to 12 on Sunday."), @r#"
        Dozens of homes | inf [24, 199] vague home | homes |  | -
        two people | 2 [2, 2] exact killed | people killed |  | -
        Hundreds of residents | inf [200, 1999] vague people | residents |  | -
        at least 14 were injured | 14 [14, inf] at_least injured | injured |  | -
        12 | 12 [12, 12] exact killed | killed |  | -
        "#);
    }

    #[test]
    fn elections_percent_and_votes() {
        insta::assert_snapshot!(show("Ms. Díaz won 52.3% of the vote, or 1,204,311 votes, the commission said. Turnout was up 4 percentage points. Between 2,000 and 3,000 ballots were spoiled."), @r#"
        52.3% of the vote | 52.3 [52.25, 52.35] exact percent | percent of vote |  | commission
        1,204,311 votes | 1204311 [1204311, 1204311] exact votes | votes |  | commission
        4 percentage points | 4 [4, 4] exact percentage points | percentage points |  | -
        Between 2,000 and 3,000 ballots | 2500 [2000, 3000] range votes | ballots |  | -
        "#);
    }

    #[test]
    fn courts_and_markets() {
        insta::assert_snapshot!(show("The jury of twelve deliberated for two days. Prosecutors said 3 people were arrested. Shares fell 5 percent to $41.20 as the firm cut 1,200 jobs and sold a 12k-unit stake for €3bn."), @r#"
        3 people | 3 [3, 3] exact arrested | people arrested |  | prosecutors
        5 percent | 5 [5, 5] exact percent | percent |  | -
        $41.20 | 41.2 [41.195, 41.205] exact usd | usd |  | -
        1,200 jobs | 1200 [1200, 1200] exact job | jobs |  | -
        €3bn | 3000000000 [2500000000, 3500000000] exact eur | eur |  | -
        "#);
    }

    #[test]
    fn not_counts() {
        insta::assert_snapshot!(show("On October 23, 2024, the 13-year-old boy was shot at the 500 block of 11th Street around 11:30 p.m. Call 555-1234. The 11th Army used K2 tanks in 2014. Smith, 45, was arrested at 2220 Broadway Street."), @"");
    }

    #[test]
    fn non_ascii_before_claims() {
        insta::assert_snapshot!(show("Жители 🎉 — «Über» said: at least 3,000 people fled. Café owners said twelve thousand tourists came."), @r#"
        at least 3,000 people | 3000 [3000, inf] at_least people | people |  | Über
        twelve thousand tourists | 12000 [12000, 12000] exact tourist | tourists |  | Café owners
        "#);
    }

    #[test]
    fn shootings_implicit_and_coordinated() {
        insta::assert_snapshot!(show("A 17-year-old was shot and killed Sunday. Two 16-year-old boys were fatally shot, police said. Two women and an infant are dead. Four people were shot, one fatally. Police are investigating the death of a 34-year-old man. Garcia, 19, of Las Vegas, died at the hospital. No one was injured."), @r#"
        A 17-year-old was shot and killed | 1 [1, inf] at_least killed | 17-year-old killed |  | -
        Two 16-year-old boys | 2 [2, inf] at_least killed | 16-year-old boys killed |  | police
        Two women and an infant | 3 [3, inf] at_least killed | women and an infant killed |  | -
        Four people | 4 [4, 4] exact shot | people shot |  | -
        one fatally | 1 [1, inf] at_least killed | killed |  | -
        death of a 34-year-old | 1 [1, inf] at_least killed | 34-year-old killed |  | -
        Garcia, 19, of Las Vegas, died | 1 [1, inf] at_least killed | person killed |  | -
        No one was injured | 0 [0, 0] exact injured | person injured |  | -
        "#);
    }

    #[test]
    fn partial_counts_and_object_verbs() {
        insta::assert_snapshot!(show("The gunman killed three people and wounded at least two others before police arrested five men. Seven more people were hurt. The two men fled. Officers fired five shots."), @r#"
        three people | 3 [3, 3] exact killed | people killed |  | -
        at least two others | 2 [2, inf] at_least injured | others injured |  | -
        five men | 5 [5, inf] at_least arrested | men arrested |  | -
        Seven more people were hurt | 7 [7, inf] at_least injured | injured |  | -
        five shots | 5 [5, 5] exact shots fired | shots |  | -
        "#);
    }

    /// Irregular past tenses from the tense lexicon end the counted noun phrase, as
    /// "-ed" forms do: the hikers were found dead, the bullets are what struck.
    #[test]
    fn irregular_past_tenses_end_the_noun_phrase() {
        insta::assert_snapshot!(show("Three hikers found dead near the ridge were identified. Two bullets struck the bus. Four cars drove off."), @r#"
        Three hikers | 3 [3, 3] exact hiker | hikers |  | -
        Two bullets | 2 [2, 2] exact bullet | bullets |  | -
        Four cars | 4 [4, 4] exact car | cars |  | -
        "#);
    }

    /// A tally counts each class in full: the one killed beside the injured is the
    /// whole toll, where "one man was killed" alone may be one of several, and the
    /// "others" injured after it are all the injured, unless the killed are themselves
    /// "other" ones (a tally of a part).
    #[test]
    fn a_tally_counts_the_killed_in_full() {
        insta::assert_snapshot!(show("The blast left one dead and four others injured. One woman was killed and two were hurt in the crash. One man was killed in the fire. Another man died and three others were hurt."), @r#"
        one dead | 1 [1, 1] exact killed | killed |  | -
        four others | 4 [4, 4] exact injured | others injured |  | -
        One woman | 1 [1, 1] exact killed | woman killed |  | -
        two were hurt | 2 [2, 2] exact injured | injured |  | -
        One man | 1 [1, inf] at_least killed | man killed |  | -
        Another man died | 1 [1, inf] at_least killed | man killed |  | -
        three others | 3 [3, inf] at_least injured | others injured |  | -
        "#);
    }

    #[test]
    fn pairs_of_victims_named_or_left_dead() {
        insta::assert_snapshot!(show("The shooting left a man and woman dead. Reyna Gonzalez, 42, and Julian Gonzalez, 45, were killed. Both Stover and Gilliam died from their wounds. The victim was taken to a hospital but died after arrival."), @r#"
        left a man and woman dead | 2 [2, inf] at_least killed | people killed |  | -
        Reyna Gonzalez, 42, and Julian Gonzalez, 45, were killed | 2 [2, inf] at_least killed | people killed |  | -
        Both Stover and Gilliam died | 2 [2, inf] at_least killed | people killed |  | -
        The victim was taken to a hospital but died | 1 [1, inf] at_least killed | victim killed |  | -
        "#);
    }

    /// A victim noun with an accent ("fiancé") is a whole word like any other.
    #[test]
    fn accented_victim_nouns() {
        let got = show("Police said the bride’s fiancé was killed in the crash on Route 9.");
        assert!(got.contains("killed"), "{got}");
    }

    #[test]
    fn magnitudes_and_turnout() {
        insta::assert_snapshot!(show("An earthquake of magnitude 6.8 killed 38 people and injured 212, according to Peru's civil defense institute. Turnout reached about 2.1 million voters."), @r#"
        6.8 | 6.8 [6.75, 6.85] exact magnitude | magnitude |  | Peru's civil defense institute
        38 people | 38 [38, 38] exact killed | people killed |  | Peru's civil defense institute
        212 | 212 [212, 212] exact injured | injured |  | Peru's civil defense institute
        about 2.1 million voters | 2100000 [2050000, 2150000] about votes | voters |  | -
        "#);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "",
            "$",
            "12,",
            "1.",
            "a",
            "a dozen",
            "between 3 and",
            "3-",
            "—5",
            "“12,000",
            "1e308 troops",
            "99999999999999999999999999999999 troops",
            "$.5",
            "k2 12k 5m",
        ] {
            let _ = show(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn spans_are_on_boundaries_and_match_surfaces(s in "[a-zA-Z0-9 ,.$%“”é🎉\\-]{0,80}") {
            let text = format!("Police said {s} about 12,000 people, at least 3 were killed.");
            let d = doc(&text);
            let seg = segment(&d.text, 0);
            for c in extract(&crate::extract::Input::new(0, &d, &seg)) {
                proptest::prop_assert!(d.text.is_char_boundary(c.span.start) && d.text.is_char_boundary(c.span.end));
                proptest::prop_assert!(c.span.start < c.span.end && c.span.end <= d.text.len());
            }
        }
    }
}
