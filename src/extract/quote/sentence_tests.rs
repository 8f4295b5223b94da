//! Speaker rules that read across a sentence: a time between subject and verb, a
//! speech verb ending the sentence before a quotation, coordinated speech verbs, an
//! outlet relaying a statement, and "he said" in a paragraph naming several people.
//! Each example is written for the test; none comes from an evaluation corpus.

use super::tests::speakers;

fn one(name: &str) -> Vec<Option<String>> {
    vec![Some(name.to_string())]
}

/// "X later Tuesday told Y:" and "X on Monday said": a time between subject and verb
/// is not part of the subject.
#[test]
fn a_time_between_subject_and_verb_is_skipped() {
    let text = "The levy vote is near.\n\nMayor Lena Halvorsen later Tuesday night told Channel Nine: “We will publish every invoice by the end of the month.”";
    assert_eq!(speakers(text), one("Lena Halvorsen"));
    let text = "The levy vote is near.\n\nGov. Omar Dialo on March 3 said the books “will balance without any new borrowing this year.”";
    assert_eq!(speakers(text), one("Omar Dialo"));
    // A month after "in" is a time as well.
    let text = "The levy vote is near.\n\nMayor Ivo Sand in May told the meeting: “Nobody on this council has seen the audit yet.”";
    assert_eq!(speakers(text), one("Ivo Sand"));
}

/// "X agreed. “...”" and "X said in a statement. “...”": a sentence that ends in a
/// speech verb with no object introduces the quotation that opens the next one; a
/// verb with a clause of its own ("X said the levy passed.") does not.
#[test]
fn a_speech_verb_ending_the_sentence_before_introduces_the_quotation() {
    let text = "The levy vote is near.\n\nCouncillor Dana Whitfield agreed. “There is no reason to keep any of this secret from the voters.”";
    assert_eq!(speakers(text), one("Dana Whitfield"));
    let text = "The levy vote is near.\n\nMayor Pia Roux said in a statement on Friday. “The office has cooperated fully with us from the first day.”";
    assert_eq!(speakers(text), one("Pia Roux"));
    let text = "The levy vote is near.\n\nMayor Pia Roux said the office had cooperated. “The vote is on Thursday and the doors open at six.”";
    assert_eq!(speakers(text), [None]);
}

/// "X said ... and added, “...”": a speech verb joined by "and" to an earlier one
/// shares its subject, after an opening with commas of its own.
#[test]
fn a_coordinated_speech_verb_shares_its_subject() {
    let text = "The levy vote is near.\n\nIn a long, candid interview with reporter Sam Oduya last month, Kovacs said he welcomed the audit and added, “I will sign whatever they put in front of me.”";
    assert_eq!(speakers(text), one("Kovacs"));
}

/// "X said: “...,” the Courier reported": the outlet relays X's words; an outlet
/// reporting words of its own ("“...,” the Courier reported.") is their source; "the
/// reported bomber" is no verb, and "X is reported to have called" names X.
#[test]
fn an_outlet_that_reports_a_statement_relays_it() {
    let text = "The levy vote is near.\n\nAsked about the audit, Mayor Lena Halvorsen said: “There will always be questions,” the Riverside Courier reported.";
    assert_eq!(speakers(text), one("Lena Halvorsen"));
    let text = "The levy vote is near.\n\n“The council has run out of road on this one and the books must be closed this week,” the Riverside Courier reported.";
    assert_eq!(speakers(text), one("Riverside Courier"));
    let text = "The levy vote is near.\n\nMayor Lena Halvorsen said the reported shortfall was “a rounding error and nothing more.”";
    assert_eq!(speakers(text), one("Lena Halvorsen"));
    let text =
        "The levy vote is near.\n\nMayor Lena Halvorsen is also reported to have called the audit “a fishing trip.”";
    assert_eq!(speakers(text), one("Lena Halvorsen"));
}

/// "he said" in a paragraph naming two people: the subject of a speech verb, not a
/// name inside what that person said, nor a name set off as the first of an
/// apposition ("X, a welder, said"); a later sentence whose subject does not speak
/// leaves it open, and a quoted title is no one.
#[test]
fn he_said_goes_to_the_subject_of_a_speech_verb() {
    let text = "The levy vote is near.\n\nRamon Estevez, a retired welder in Dayton, said Gina Kessler will lose the vote. “She has never read a balance sheet,” he said.";
    assert_eq!(speakers(text), one("Ramon Estevez"));
    let text = "The levy vote is near.\n\nRamon Estevez, a retired welder in Dayton, said he would vote no. Gina Kessler conceded the point at the hall. “We have not explained it well,” he said.";
    assert_eq!(speakers(text), [None]);
    let text =
        "The levy vote is near.\n\nThe treasurer praised “Harbour Lights” warmly. “I read it every winter,” he said.";
    assert_eq!(speakers(text).last(), Some(&None));
}
