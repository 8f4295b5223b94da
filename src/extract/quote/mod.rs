//! Quote extraction: direct quotations and their speakers.
//!
//! # How quotes are found
//!
//! One linear scan per paragraph classifies each quotation mark as an opener or a
//! closer from its neighbours (a mark after a space and before a letter opens; a mark
//! after a letter or punctuation and before a space closes), keeping a small bounded
//! stack so that `‘...’` or `“...”` inside an outer quotation stays part of it.
//! Straight `"` and `'`, curly `“ ” ‘ ’`, guillemets `« »` and low `„` are all marks;
//! an apostrophe (`Russia’s`, `players' union`) is not, because a closer must not be
//! followed by a letter. A paragraph that ends inside a quotation continues it when the
//! next paragraph opens with a quotation mark (the newspaper convention), up to
//! [`MAX_PARAGRAPHS`] paragraphs; otherwise the unclosed quotation is dropped. Runs are
//! linear in the text and never panic on unbalanced marks.
//!
//! Two quotations in one paragraph separated only by an attribution ("'We never
//! doubted,' Putin said. 'But what ...'") are one statement: one claim whose span runs
//! from the first opening mark to the last closing mark, unless the second part carries
//! its own attribution ("..., he added"), in which case it is a statement of its own.
//!
//! # Terms
//!
//! A quotation is a *term* (scare quote, title, nickname, a quoted figure such as
//! “12,000”) when it has at most three words and no sentence punctuation at its end,
//! or when every word is capitalised (a title) and it is not directly attributed by a
//! speech verb. Terms are still claims (`term: true`) so that users can see them, but
//! reconciliation should not treat them as statements.
//!
//! # Speakers
//!
//! In order: an attribution right after the quotation (`," Putin said`, `," said
//! Caddell`, `," according to X`), one right before it (`He remarked, “`, `Caddell
//! continued:` ending the previous paragraph, `X: “`), a speech verb earlier in the
//! sentence (`GUR stated that the units have “...”`), a participle (`..., saying, “`)
//! whose subject is the sentence's subject, and finally the speaker of the previous
//! quotation for a quotation standing alone as a paragraph. Pronouns (`he added`) and
//! role nouns (`the president said`, `the agency said`) resolve to the last compatible
//! named speaker or person mentioned; names are canonical within a document (the
//! fullest form seen: "Putin" and "President Putin" become "Vladimir Putin"), with
//! titles, roles and nationality words removed.

mod merge;
mod np;
mod scan;
mod speaker;
mod subject;
mod tracker;

use std::sync::LazyLock;

use regex::Regex;

use super::names::{self, NameIndex, canonical_among, is_cap};
use crate::model::{Claim, Document, Kind, QuoteValue, Span, SpeakerBasis, Value};
use crate::segment::Segments;
use merge::merge_interrupted;
use scan::scan;
use speaker::find_speaker;
use tracker::Tracker;

/// A quotation may continue over at most this many paragraphs.
pub const MAX_PARAGRAPHS: usize = 4;
/// Quotations longer than this many bytes are dropped (unbalanced marks, not speech).
const MAX_QUOTE_BYTES: usize = 6000;
/// Nesting deeper than this is not tracked (inner marks are then ignored).
const MAX_DEPTH: usize = 6;

/// Find every quote claim in the document body.
pub fn extract(doc_index: usize, doc: &Document, seg: &Segments) -> Vec<Claim> {
    let names = NameIndex::build(&doc.text, doc.body_start.min(doc.text.len()));
    extract_with(doc_index, doc, seg, &names)
}

/// [`extract`] with the document's name index already built.
fn extract_with(doc_index: usize, doc: &Document, seg: &Segments, names: &NameIndex) -> Vec<Claim> {
    let text = doc.text.as_str();
    let raws = scan(text, &seg.paragraphs);
    let statements = merge_interrupted(text, seg, raws);
    let mut tracker = Tracker::default();
    let mut claims = Vec::with_capacity(statements.len());
    for st in statements {
        let quote = st
            .parts
            .iter()
            .map(|p| text[p.start..p.end].trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let quote = crate::text::squash(&quote);
        if quote.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
            continue;
        }
        let found = find_speaker(text, seg, &st);
        // Whether the quotation's sentence names someone else as a source without a
        // speech verb next to the quotation ("according to", a verb elsewhere).
        let direct_elsewhere = found.is_some();
        let term = is_term(&quote, found.as_ref().is_some_and(|f| f.direct));
        let resolved = found.and_then(|f| tracker.resolve(&f.raw, st.span.start, text, seg, names));
        // The name policy: a name, a role with no name, or nothing.
        let (mut speaker, mut role, mut basis) = (None, None, None);
        if let Some((phrase, b)) = resolved {
            let sp = names::speaker(&phrase, text);
            role = sp.role;
            if let Some(name) = sp.name {
                let last_para = seg.paragraph_at(st.span.end.saturating_sub(1));
                tracker.last = Some((name.clone(), st.span.start, last_para));
                speaker = Some(name);
                basis = Some(b);
            }
        }
        if speaker.is_none() && !direct_elsewhere && !term {
            // A quotation standing alone continues the previous speaker's remarks, and
            // so does an unattributed one in the same paragraph as an attributed one.
            // A quotation with an attribution the policy did not accept stays unnamed.
            let para = seg.paragraph_at(st.span.start);
            // "The agency issued a statement." and then a quotation alone: its words.
            let issued = para
                .filter(|_| st.standalone)
                .and_then(|p| statement_issuer(text, seg, p))
                .and_then(|raw| tracker.resolve(&raw, st.span.start, text, seg, names))
                .and_then(|(phrase, _)| names::speaker(&phrase, text).name);
            let continued = match (&tracker.last, para) {
                _ if issued.is_some() => issued,
                (Some((name, _, Some(p))), Some(para)) if st.standalone && para.saturating_sub(*p) <= 3 => {
                    Some(name.clone())
                }
                (Some((name, _, Some(p))), Some(para)) if para == *p => Some(name.clone()),
                _ => None,
            };
            if let Some(name) = continued {
                speaker = Some(name);
                basis = Some(SpeakerBasis::Continuation);
            }
        }
        let s0 = seg.sentence_span(st.span.start);
        let s1 = seg.sentence_span(st.span.end.saturating_sub(1));
        claims.push(Claim {
            doc: doc_index,
            kind: Kind::Quote,
            span: st.span,
            sentence: Span::new(s0.start.min(st.span.start), s1.end.max(st.span.end)),
            subject: speaker.clone().unwrap_or_default(),
            // The source as written: the name, else the role that stands for it.
            attribution: speaker.clone().or_else(|| role.clone()),
            value: Value::Quote(QuoteValue {
                speaker,
                quote,
                term,
                role,
                speaker_basis: basis,
            }),
        });
    }
    // One canonical name per speaker: a short form used before the full name appeared.
    let speaker_of = |c: &Claim| match &c.value {
        Value::Quote(q) => q.speaker.clone(),
        _ => None,
    };
    let finals: Vec<String> = claims.iter().filter_map(speaker_of).collect();
    for c in &mut claims {
        if let Some(sp) = speaker_of(c) {
            let best = canonical_among(&sp, &finals);
            if best != sp {
                c.attribution = Some(best.clone());
                c.subject = best.clone();
                if let Value::Quote(q) = &mut c.value {
                    q.speaker = Some(best);
                }
            }
        }
    }
    claims
}

/// "X issued a statement" in the paragraph before a quotation standing alone, with
/// no quotation of its own: the statement's issuer, as written.
fn statement_issuer(text: &str, seg: &Segments, para: usize) -> Option<String> {
    static ISSUED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:issued|released|put out)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?statement(?-u:\b)")
            .expect("valid regex")
    });
    let prev = seg.paragraphs.get(para.checked_sub(1)?)?;
    let ptext = &text[prev.start..prev.end];
    if ptext.contains(['“', '”', '"', '«', '»', '„']) {
        return None;
    }
    let m = ISSUED.find_iter(ptext).last()?;
    let np = np::np_before_verb(ptext, m.start())?;
    let first = np.split_whitespace().next()?;
    (speaker::np_ok(&np) && (is_cap(first) || first == "the")).then_some(np)
}

/// The term rule (see the module documentation).
fn is_term(quote: &str, direct: bool) -> bool {
    let ends_sentence = quote.trim_end().ends_with(['.', '!', '?', '…']);
    let quote = quote.trim_end_matches([',', ';', ':']);
    let words: Vec<&str> = quote.split_whitespace().collect();
    if direct && words.len() >= 2 {
        return false;
    }
    if words.len() <= 3 && !ends_sentence {
        return true;
    }
    let content: Vec<&&str> = words.iter().filter(|w| w.len() > 3).collect();
    !ends_sentence && !content.is_empty() && content.iter().all(|w| is_cap(w)) && words.len() <= 8
}

/// The quote extractor, as registered in [`super::extractor`].
pub struct Quotes;

impl super::Extractor for Quotes {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: extract_with(input.index, input.doc, input.seg, input.name_index()),
            dates: Vec::new(),
        }
    }
}

#[cfg(test)]
mod sentence_tests;
#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, Option<String>, String, bool)> {
        let doc = Document::new("t.txt", "t.txt", text);
        let seg = crate::segment::segment(text, 0);
        extract(0, &doc, &seg)
            .into_iter()
            .map(|c| {
                let surface = c.text(&doc).to_string();
                match c.value {
                    Value::Quote(q) => (surface, q.speaker, q.quote, q.term),
                    _ => unreachable!(),
                }
            })
            .collect()
    }

    /// Each quotation's speaker, in order.
    pub(super) fn speakers(text: &str) -> Vec<Option<String>> {
        run(text).into_iter().map(|q| q.1).collect()
    }

    /// Each quotation's speaker and role, in order.
    fn speakers_and_roles(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let doc = Document::new("t.txt", "t.txt", text);
        let seg = crate::segment::segment(text, 0);
        extract(0, &doc, &seg)
            .into_iter()
            .map(|c| match c.value {
                Value::Quote(q) => (q.speaker, q.role),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn interrupted_quote_is_one_statement() {
        let text = "Mayor Ana Ruiz spoke after the flood. 'We never doubted the levee,' Ruiz said. 'But what we build next is our business.'";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("'We never") && got[0].0.ends_with("business.'"));
        assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            got[0].2,
            "We never doubted the levee, But what we build next is our business."
        );
    }

    #[test]
    fn second_part_with_own_attribution_stays_apart() {
        let text = "\"We have never doubted the plan,\" Coach Dana Smith said. \"But what we will do is our business,\" she added.";
        let got = run(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Dana Smith"));
        assert_eq!(got[1].1.as_deref(), Some("Dana Smith"));
    }

    #[test]
    fn curly_quotes_titles_pronouns_and_terms() {
        let text = "🎉 Russian President Vladimir Putin spoke in Kazan. He remarked, “We coordinate with our friends.” \
                    Officials called the report “fake news” and cited “12,000” troops.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Vladimir Putin"));
        assert_eq!(got[0].2, "We coordinate with our friends.");
        assert!(!got[0].3);
        assert!(got[1].3 && got[1].2 == "fake news");
        assert!(got[2].3 && got[2].2 == "12,000");
    }

    #[test]
    fn lowercase_role_before_a_name_after_the_quote() {
        let text = "Voters elected Maria Ortega on Tuesday.\n\n\"This victory belongs to every family,\" campaign manager Felix Grant told the crowd.\n\n\"We won,\" spokeswoman Ana Ruiz said.";
        let got = speakers(text);
        assert_eq!(got, [Some("Felix Grant".to_string()), Some("Ana Ruiz".to_string())]);
    }

    /// Less common speech verbs, and a modal before the verb ("could only quip").
    #[test]
    fn uncommon_speech_verbs_and_modals() {
        let text = "The port reopened after the strike.\n\n“Nobody asked the dockworkers anything,” union leader Tomás Ruiz fumed on Friday.\n\nA spokeswoman for the harbour board could only quip: “Ships are patient.”\n\n“Who pays for the lost week?” trader Ines Costa questioned.";
        let got = speakers(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].as_deref(), Some("Tomás Ruiz"), "{got:?}");
        // An unnamed spokeswoman is a role, not a speaker: the name is null and the
        // claim's attribution keeps the role as written.
        assert_eq!(got[1], None, "{got:?}");
        let doc = Document::new("t.txt", "t.txt", text);
        let seg = crate::segment::segment(text, 0);
        let claims = extract(0, &doc, &seg);
        assert_eq!(
            claims[1].attribution.as_deref(),
            Some("spokeswoman for the harbour board")
        );
        assert!(
            matches!(&claims[1].value, Value::Quote(q) if q.role.as_deref() == Some("spokeswoman for the harbour board"))
        );
        assert_eq!(got[2].as_deref(), Some("Ines Costa"), "{got:?}");
    }

    #[test]
    fn speaker_after_quote_and_short_names_are_canonical() {
        let text = "Prosecutor Mark Lindquist filed charges on Monday.\n\n“The evidence is overwhelming,” Lindquist said.\n\n«Nous verrons», a déclaré le maire.\n\n“It was a long night for the whole city,” said the prosecutor.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Mark Lindquist"));
        assert_eq!(got[2].1.as_deref(), Some("Mark Lindquist"), "{got:?}");
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let text = "The senator, Maria Gómez, was blunt:\n\n“The budget is broken. We cannot fix it this year.\n\n“Next year we will try again, with new rules.”\n\nThe session ended.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.ends_with("rules.”"));
        assert!(got[0].2.contains("broken") && got[0].2.contains("Next year"));
    }

    #[test]
    fn nested_single_quotes_and_organisations() {
        let text = "“They told us ‘stay home’ and we did,” the Red Cross said in a statement. According to the agency, \"supplies will arrive by Friday.\"";
        let got = run(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].2.contains("‘stay home’"));
        assert_eq!(got[0].1.as_deref(), Some("Red Cross"));
    }

    #[test]
    fn apostrophes_and_unbalanced_marks_do_not_break() {
        let text = "The players' union said it's over. He said \"no and then left. “Open ‘never closed";
        let _ = run(text);
        let huge = "\"“«„‘'".repeat(2_000) + &"word ".repeat(1_000);
        let _ = run(&huge);
        let many = "“a” ".repeat(3_000);
        let got = run(&many);
        assert!(got.iter().all(|g| g.0.starts_with('“') && g.0.ends_with('”')));
    }

    /// A quotation with no speech verb belongs to its sentence's subject only when the
    /// capitalised word found there can be a subject: not a label, not a word right
    /// before the quotation it modifies, not a word before "of" or "than", not an
    /// opening participle or adverb; a subordinate opening of time is skipped.
    #[test]
    fn a_capitalised_word_that_cannot_be_a_subject_speaks_for_no_one() {
        for text in [
            "Revised: Governor Lena Okonkwo on Friday backed away from her “fiscal cliff” remark.",
            "Leaked “budget notes” described a shortfall at the port authority.",
            "Cries of “Bring back the ferry!” filled the harbour hall.",
            "Fewer than 2,000 riders “checked in” to the new tram line on its first day.",
            "Thanking the volunteers for “a summer of hard work,” Okonkwo closed the fair.",
            "Soon after a “Morning Tide” segment on the ferry, Okonkwo posted a reply.",
        ] {
            assert_eq!(speakers(text), [None], "{text}");
        }
        // A word right before the quotation is the verb, not the head of the subject.
        assert_eq!(
            speakers("On its website, the Harbour Board lists “safety first” among its aims."),
            [Some("Harbour Board".to_string())]
        );
        // "Shortly after ..., X": the subject follows the subordinate opening.
        assert_eq!(
            speakers("Minutes after the vote, Okonkwo called the result “a win for riders.”"),
            [Some("Okonkwo".to_string())]
        );
        // A surname ending in -ing or -ly with a verb after it is still a subject.
        assert_eq!(
            speakers("Tresling called the plan “a gift to speculators.”"),
            [Some("Tresling".to_string())]
        );
    }

    /// A name after the title or organisation word that ends a long capitalised run
    /// ("Director of the Harbour Board Mira Osei") is a person mentioned as a subject,
    /// so "she" in the next sentence is that person, not a capitalised word after.
    #[test]
    fn a_name_at_the_end_of_a_long_title_is_the_pronouns_person() {
        let text = "Director of the Harbour Board Mira Osei issued a statement on Friday. \
                    She called the leak of Harbour Board files “deeply damaging.”";
        assert_eq!(speakers(text), [Some("Mira Osei".to_string())]);
    }

    /// "..., X said, adding, “...”": the participle continues the speech verb right
    /// before it, so X spoke, not the person the sentence opens with.
    #[test]
    fn a_participle_after_said_keeps_the_one_who_said() {
        let text =
            "Brandt will not sign the dredging order until May, Okafor said, adding, “The hull needs work first.”";
        assert_eq!(speakers(text), [Some("Okafor".to_string())]);
    }

    /// A name after "close to", "speaking to" or "familiar with" is the object of a
    /// phrase modifying the speaker, who has no name here; a letter or statement
    /// "from" or "by" someone is theirs.
    #[test]
    fn a_name_inside_a_phrase_modifying_the_speaker_did_not_speak() {
        assert_eq!(
            speakers("An aide close to Mayor Ilse Brandt said, “The vote will slip.”"),
            [None]
        );
        assert_eq!(
            speakers("A source speaking to Harbour Radio said, “The vote will slip.”"),
            [None]
        );
        assert_eq!(
            speakers("A letter from Ilse Brandt said, “The vote will slip to June.”"),
            [Some("Ilse Brandt".to_string())]
        );
    }

    /// Two quotations around "X said. Y replied," are two statements by two people,
    /// not one interrupted statement; "Mr. X said" does not end a sentence at "Mr.".
    #[test]
    fn a_reply_in_the_gap_between_two_quotations_is_its_own_statement() {
        let text = "“Look at the queue,” Okafor said. Brandt replied, “The ferry is late again.”";
        assert_eq!(speakers(text), [Some("Okafor".to_string()), Some("Brandt".to_string())]);
        let text = "“The hull is sound,” Mr. Okafor said. “The engine is not.”";
        assert_eq!(speakers(text), [Some("Okafor".to_string())]);
    }

    /// "said Secretary of State Ana Ruiz": a title's complement ("of State") stays
    /// with it, so the name after it is the speaker, with the title as the role.
    #[test]
    fn a_title_with_its_complement_before_a_name_keeps_the_name() {
        let text = "“The port stays open,” said Minister of Transport Ilse Brandt, who toured the docks.";
        assert_eq!(speakers(text), [Some("Ilse Brandt".to_string())]);
        let text = "“The port stays open,” said Secretary of State Ilse Brandt, who toured the docks.";
        assert_eq!(
            speakers_and_roles(text),
            [(Some("Ilse Brandt".to_string()), Some("Secretary of State".to_string()))]
        );
    }

    #[test]
    fn participle_speaker_is_sentence_subject() {
        let text = "Putin, while addressing the summit, acknowledged the deployment, saying, “Russia has never doubted its partners.”";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Putin"));
    }

    #[test]
    fn attribution_at_the_end_of_the_sentence_and_paragraph_continuation() {
        let text = "Mayor Ana Lidén toured the dam on Monday.\n\n\
                    A pump that “runs dry every August” is no pump at all, Lidén said. \
                    “We will rebuild the spillway” before winter, she said on Tuesday. \
                    “Twenty engineers have signed up” for the work.";
        let got = run(text);
        assert_eq!(got.len(), 3, "{got:?}");
        for q in &got {
            assert_eq!(q.1.as_deref(), Some("Ana Lidén"), "{q:?}");
        }
    }

    #[test]
    fn a_surname_two_people_share_stays_bare() {
        // Named before either full name appears: no guess between the two.
        let text = "“We are ready,” Clinton said.\n\n“I agree,” Bill Clinton said.\n\n“So do I,” Hillary Clinton said.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Clinton"), "{got:?}");
        // With one full name in the document, the surname takes it.
        let text = "“We are ready,” Clinton said.\n\n“I agree,” Hillary Clinton said.";
        assert_eq!(run(text)[0].1.as_deref(), Some("Hillary Clinton"));
    }

    /// A role before a name and an aside before the verb: the name is the speaker.
    #[test]
    fn role_then_name_with_an_aside() {
        let text = "The council met on Monday.\n\nGreen nominee Ana Ruiz, at a later briefing, said, “The levy will pass by spring.”";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"), "{got:?}");
    }

    /// A speaker set off by two asides before the verb ("X, the ..., one of ..., said").
    #[test]
    fn speaker_before_two_asides() {
        let text = "The state sued the agency on Monday.\n\n“It’s an overreach, in our view, of the county’s domain,” Ana Ruiz, the Green attorney general of Oregon, one of the states suing the agency, said at a Salem event this month.";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"), "{got:?}");
    }

    /// An institution named by one word keeps its name ("The Kremlin has dismissed ...").
    #[test]
    fn one_word_institution_is_a_speaker() {
        let text = "The Vatican has previously dismissed the reports as “idle talk from people who were not there.”";
        let got = run(text);
        assert_eq!(got[0].1.as_deref(), Some("Vatican"), "{got:?}");
    }

    /// The name of a person whose surname is also a word for a built place ("Park",
    /// "Hill") is a name; "on Capitol Hill" in the same text makes that phrase a place.
    #[test]
    fn a_surname_that_names_a_facility_is_still_a_name() {
        let text = "The council met on Monday.\n\nGovernor Elena Park said, “We will pay for the repairs this year.”\n\n“Nobody asked us,” Jonah Hill said.";
        let got = speakers(text);
        assert_eq!(got, [Some("Elena Park".to_string()), Some("Jonah Hill".to_string())]);
        let text = "Talks went on at Union Station.\n\n“The trains will run,” Union Station said.";
        assert_eq!(run(text)[0].1, None);
    }

    /// A quotation carried into a new paragraph that ends with its own attribution
    /// belongs to that new speaker; the words before the break keep the earlier one.
    #[test]
    fn a_new_attribution_after_a_carried_paragraph_takes_it() {
        let text = "The council met about the bridge.\n\n“It is a disgrace,” Rep. Ana Morales said Friday. “If the bridge is unsafe, every commuter is at risk.\n\n“I have thought about this bridge for years,” added Rep. Tom Haldane, the chair of the transport panel. “We owe them a safe road.”";
        let got = run(text);
        let who: Vec<(&str, Option<&str>)> = got.iter().map(|q| (&q.2[..12], q.1.as_deref())).collect();
        assert!(who.contains(&("If the bridg", Some("Ana Morales"))), "{who:?}");
        assert!(who.contains(&("I have thoug", Some("Tom Haldane"))), "{who:?}");
        // The quotation in the same paragraph as Haldane's continues his remarks.
        assert!(who.contains(&("We owe them ", Some("Tom Haldane"))), "{who:?}");
    }

    /// A participle after a comma speaks for the clause's subject, even past an opening
    /// phrase of time; with no comma, for the name right before it.
    #[test]
    fn participles_take_the_subject_they_hang_on() {
        let text = "The vote was close.\n\nFormer Secretary of State Mara Lind urged voters to back Ana Ruiz, saying, “She has earned it.”\n\nHours later, Tom Reyes thanked the crowd, telling them, “We are not done.”\n\nThe clip shows Ana Ruiz asking, “Why are we not further ahead?”";
        let got = speakers(text);
        assert_eq!(
            got,
            [
                Some("Mara Lind".to_string()),
                Some("Tom Reyes".to_string()),
                Some("Ana Ruiz".to_string())
            ]
        );
    }

    /// "X said of Y" keeps X; a role with no name stays a role, never a name.
    #[test]
    fn said_of_keeps_the_speaker_and_roles_stay_roles() {
        let text = "Docks reopened on Monday.\n\nThe harbour master says of Ruiz, “She has never visited the pier.”\n\n“We are reviewing every contract,” said one senior official on the board.\n\n“The money is there,” the former fisherman said.";
        let roles = speakers_and_roles(text);
        assert_eq!(
            roles,
            [
                (None, Some("harbour master".to_string())),
                (None, Some("one senior official".to_string())),
                (None, Some("former fisherman".to_string())),
            ]
        );
    }

    /// A name before whom the person writes for is the name ("Lena Ortiz for Coastal
    /// Weekly"); a headline, a dash and a name before a colon name the speaker.
    #[test]
    fn writer_for_an_outlet_and_headline_dash_name() {
        let text = "Fares rose again.\n\n“The pier has been unsafe for years,” wrote Lena Ortiz for Coastal Weekly.\n\nRiders lose patience - Omar Haddad: “Every week the bus is later.”\n\nThe rise does not surprise economist Ines Costa: “Costs went up first.”";
        let got = speakers(text);
        assert_eq!(
            got,
            [
                Some("Lena Ortiz".to_string()),
                Some("Omar Haddad".to_string()),
                Some("Ines Costa".to_string())
            ]
        );
    }

    /// A quotation that ends its sentence after "X ... said," is X's, not the next
    /// sentence's subject's ("The star then recalled ...").
    #[test]
    fn a_speech_verb_before_a_closed_sentence_wins_over_the_next_sentence() {
        let text = "The actor spoke in August.\n\nMara Lind agreed and said, “The industry has a serious problem.” The star then recalled a night in a cinema.";
        assert_eq!(run(text)[0].1.as_deref(), Some("Mara Lind"));
    }

    /// "the Gazette wrote": an outlet named with its article is a speaker.
    #[test]
    fn an_outlet_with_its_article_is_a_speaker() {
        let text = "Costs rose in the 1990s, as the gazette of record noted at the time.\n\n“The company was left holding its debt,” the Gazette wrote.";
        assert_eq!(run(text)[0].1.as_deref(), Some("Gazette"));
    }

    /// "he said" goes to the one named person the paragraph makes the subject of a
    /// verb before the quotation; to nobody when it names two; a name in a phrase
    /// ("questioned by Rep. Lee") or a possessive ("Lee’s plan") is not a candidate.
    #[test]
    fn pronouns_take_the_one_subject_of_the_paragraph() {
        let text = "Rep. Tom Reyes questioned the former director, Ana Ruiz, for an hour.\n\n                    In later questioning by Rep. Omar Haddad, Ms. Ruiz offered another reason. “I was at a school fair,” she said.\n\n                    Mr. Reyes and Mr. Haddad spoke afterwards. “We are not satisfied,” he said.\n\n                    Critics attacked Ruiz’s plan. “It cost too much,” he said.";
        let got = speakers(text);
        assert_eq!(got[0].as_deref(), Some("Ana Ruiz"), "{got:?}");
        assert_eq!(got[1], None, "two people fit: {got:?}");
        // No subject in the paragraph: the last speaker is not a person mentioned as a
        // possessive; the last named speaker ("Ana Ruiz") is kept.
        assert_ne!(got[2].as_deref(), Some("Tom Reyes"), "{got:?}");
    }

    /// A name at the end of one paragraph and a name at the start of the next are two
    /// names ("... and Jim Lee\n\nRuiz said"), and a headline in title case names nobody.
    #[test]
    fn names_do_not_run_across_paragraphs_or_come_from_headlines() {
        let text = "Mayor Appoints Former Aide to Fill Council Seat\n\n                    The letter was signed by Ana Ruiz, Omar Haddad and Jim Lee\n\n                    Ruiz released a statement saying: “We stand by the letter.”\n\n                    Asked about it later, the mayor replied, “I’m not that interested.”";
        let got = speakers(text);
        assert_eq!(got[0].as_deref(), Some("Ana Ruiz"), "{got:?}");
        assert_eq!(got[1], None, "{got:?}");
    }

    /// A role keeps the complement that says whose it is ("a longtime adviser to the
    /// mayor"), and a campaign named by its candidate's possessive is an organisation.
    #[test]
    fn role_complements_and_possessive_organisations() {
        let text = "The race tightened.\n\n“The numbers are old,” said a longtime adviser to Mayor Ana Ruiz, who asked not to be named.\n\nRuiz’s campaign shrugged off the poll, telling reporters, “Nobody here reads it.”";
        let got = speakers_and_roles(text);
        assert_eq!(
            got[0],
            (None, Some("longtime adviser to Mayor Ana Ruiz".to_string())),
            "{got:?}"
        );
        assert_eq!(got[1].0.as_deref(), Some("Ruiz’s campaign"), "{got:?}");
    }

    /// A date is never a speaker: "Here is Lindqvist in May 2019:" names Lindqvist.
    #[test]
    fn a_date_before_the_colon_is_not_the_speaker() {
        let text = "The ferry plan returned.\n\nHere is Lindqvist in May 2019: “We will not borrow money for a terminal nobody asked for.”";
        let got = speakers(text);
        assert_eq!(got, [Some("Lindqvist".to_string())]);
    }

    /// "the harbour director, Tomas Ekberg, wrote ..., arguing": the role's apposition is
    /// the subject the participle hangs on.
    #[test]
    fn a_role_with_its_name_in_apposition_is_the_subject() {
        let text = "The ferry plan returned.\n\nThe harbour director, Tomas Ekberg, wrote to the council in March, arguing: “A second ferry would halve the wait at the north pier.”";
        let got = speakers_and_roles(text);
        assert_eq!(got[0].0.as_deref(), Some("Tomas Ekberg"), "{got:?}");
    }

    /// "X was asked by Y, “...”": Y asked it; "X was asked, “...”": not X.
    #[test]
    fn a_question_put_to_someone_is_not_theirs() {
        let text = "The ferry plan returned.\n\nCouncillor Ruth Okafor was asked by radio host Daniel Pryce, “Would you ride the ferry yourself every day?”\n\nLater, Okafor was asked, “Will the fares go up next year?”";
        let got = speakers(text);
        assert_eq!(got, [Some("Daniel Pryce".to_string()), None]);
    }

    /// An aside that opens with "who" may run up to the speech verb with no closing
    /// comma, and a long aside still ends at its comma.
    #[test]
    fn asides_after_the_name_before_the_verb() {
        let text = "The ferry plan returned.\n\n“The loan terms are fair and the interest is fixed,” Mira Santos, who chairs the finance committee said on Monday.\n\n“We have had calmer winters than this one,” Jonas Berg, the harbour pilot who has steered the night ferry across the bay for more than twenty years without a single missed crossing, said as the fog rolled in.";
        let got = speakers(text);
        assert_eq!(got, [Some("Mira Santos".to_string()), Some("Jonas Berg".to_string())]);
    }

    /// "X is quoted as saying" speaks for X.
    #[test]
    fn quoted_as_saying_speaks_for_the_subject() {
        let text = "The ferry plan returned.\n\n“Our ferries run on time because we count every minute,” Berg is quoted as saying.";
        let got = speakers(text);
        assert_eq!(got, [Some("Berg".to_string())]);
    }

    /// "X said “...,” she said": the name before the quotation, not a name inside it.
    #[test]
    fn a_pronoun_after_a_named_speaker_of_the_same_sentence_is_that_speaker() {
        let text = "The ferry plan returned.\n\nAsked on Tuesday about the contractor, Santos said “I have never met Paul Halvorsen and I never saw his bid,” she said.";
        let got = speakers(text);
        assert_eq!(got, [Some("Santos".to_string())]);
    }

    /// A short quoted title inside the sentence does not hide the clause's subject from
    /// a participle after it.
    #[test]
    fn a_quoted_title_does_not_cut_the_clause() {
        let text = "The ferry plan returned.\n\nOn Sunday, Lindqvist posted the study called “Crossings” on her website, writing “Anyone can now check the numbers against the minutes.”";
        let got = speakers(text);
        assert_eq!(got.last().cloned().flatten().as_deref(), Some("Lindqvist"), "{got:?}");
    }

    /// A lowercase role before a one-word name: "Choir member Vex shared ..., writing".
    #[test]
    fn a_role_before_a_one_word_name() {
        let text = "The tour was announced.\n\nChoir member Vex shared the news online, writing “We will play every town that has a hall.”";
        let got = speakers(text);
        assert_eq!(got, [Some("Vex".to_string())]);
    }

    /// "One Haddad aide", "Top Ruiz adviser": a role named by whom it serves is a role,
    /// never the name cut from it.
    #[test]
    fn a_name_modifying_a_role_is_not_a_speaker() {
        let text = "Top Ruiz adviser sent “urgent” memos to the board\n\nThe memos piled up.\n\nOne Haddad spokesman has called the affair “a storm in a teacup.”";
        let got = speakers(text);
        assert!(
            got.iter().all(|s| s
                .as_deref()
                .is_none_or(|s| !s.starts_with("Top") && !s.starts_with("One"))),
            "{got:?}"
        );
    }

    /// A colon after a clause whose subject is a name gives that name, even when the
    /// sentence opens with another clause; a name a preposition governs is not one.
    #[test]
    fn the_clause_before_a_colon_names_the_speaker() {
        let text = "The ferry plan returned.\n\nThat is, when the board stalled again, Okafor called them out:\n\n“Three years of studies have produced nothing a commuter can ride.”\n\nAs the harbour report noted after the storm flooded the pier in Vesterby:\n\n“The north pier needs a new wall before any second ferry can dock there.”";
        let got = speakers(text);
        assert_eq!(got, [Some("Okafor".to_string()), None]);
        let text = "The ferry plan returned.\n\nQuotes from Harbour Director Tomas Ekberg:\n\n“The north pier needs a new wall before winter.”";
        assert_eq!(speakers(text), [Some("Tomas Ekberg".to_string())]);
    }

    /// A quoted term inside the clause ("addressing her as “Chief”") does not end the
    /// search for the participle's subject; an inverted attribution ("said Ruiz,
    /// explaining") before the participle names the speaker; "Whip" is a title.
    #[test]
    fn quoted_terms_inverted_attributions_and_whips() {
        let text = "The ferry plan returned.\n\nEkberg wrote to the mayor, addressing her as “Chief” and telling her, “The north pier will not last the winter.”\n\n“Two ferries cost less than one bridge,” said Santos, explaining her vote to the board: “We counted every crossing for a year.”\n\n“The vote is final,” said House Majority Whip Ana Ruiz.";
        let got = speakers(text);
        assert_eq!(
            got,
            [
                Some("Ekberg".to_string()),
                Some("Ekberg".to_string()),
                Some("Santos".to_string()),
                Some("Santos".to_string()),
                Some("Ana Ruiz".to_string())
            ]
        );
    }

    /// "According to X:" names X before a colon; "We’ve" is a pronoun, not a name.
    #[test]
    fn according_before_a_colon_and_contracted_pronouns() {
        let text = "The ferry plan returned.\n\nAccording to Tidewater Courier: “The board has delayed the vote three times since spring.”\n\nWe’ve heard this kind of “plan for a plan” before.";
        let got = speakers(text);
        assert_eq!(got, [Some("Tidewater Courier".to_string()), None]);
    }

    /// "As X put it", "X responds to Y with", "X emailed": speech in other words.
    #[test]
    fn put_it_responds_and_emailed_are_speech() {
        let text = "The ferry plan returned.\n\nAs the Tidewater Courier put it, “The board has found a new way to say no.”\n\nOkafor responds to Ekberg with, “The study is paid for and it is finished.”\n\nSantos emailed reporters on Friday, “The loan closes next week.”";
        let got = speakers(text);
        assert_eq!(
            got,
            [
                Some("Tidewater Courier".to_string()),
                Some("Okafor".to_string()),
                Some("Santos".to_string())
            ]
        );
    }

    /// A sentence that ends between the attribution and the next quotation: the
    /// attribution is the first quotation's, not an introduction of the next one.
    #[test]
    fn an_attribution_that_ends_its_sentence_before_the_next_quotation() {
        let text = "The ferry board swapped notes all week.\n\n“Is the east ramp safe yet?” Pia Lund writes to the harbour master. He replies, “Mostly, but not in a storm.”";
        assert_eq!(speakers(text)[0].as_deref(), Some("Pia Lund"));
    }

    /// A short quoted term inside the attribution after a quotation is read through.
    #[test]
    fn a_quoted_term_inside_the_attribution_is_read_through() {
        let text = "The vote ended late.\n\n“We never lost faith in the harbour,” dock worker Pia Lund, wearing a jacket with “Port First” on the back, said after the count.";
        assert_eq!(speakers(text)[0].as_deref(), Some("Pia Lund"));
    }

    /// "“...,” a longtime friend, Ines Costa told the paper": the name after the role.
    #[test]
    fn a_name_after_a_role_and_a_comma() {
        let text = "The bakery closed in May.\n\n“She kept the ovens lit all winter,” a longtime friend, Ines Costa told the paper.";
        assert_eq!(speakers(text)[0].as_deref(), Some("Ines Costa"));
    }

    /// A possessive names the speaker of the quotation it opens: "X’s “...” promise"
    /// and "in X’s words, “...”".
    #[test]
    fn a_possessive_before_a_quotation_names_its_speaker() {
        let text = "The fare rose again, a blow to Tomas Ekberg’s \"no ferry will cost more next year\" promise.\n\nThe market cooled, and in Ines Costa’s words, “nobody wants to buy a boat in March.”";
        assert_eq!(
            speakers(text),
            [Some("Tomas Ekberg".to_string()), Some("Ines Costa".to_string())]
        );
    }

    /// "(X, who ..., once said, “...”)": an adverb between the aside and the verb.
    #[test]
    fn an_adverb_after_an_aside_before_the_verb() {
        let text = "The harbour has a long memory (Tomas Ekberg, who built the first pier, once said, “The sea always sends the bill in the end.”).";
        assert_eq!(speakers(text)[0].as_deref(), Some("Tomas Ekberg"));
    }

    /// A programme's title with its comma inside the closing mark does not end the
    /// search for the speaker of the participle after it.
    #[test]
    fn a_title_with_its_comma_inside_the_marks() {
        let text = "The ferries ran late.\n\n“We will keep the boats running,” Costa said on Harbour Radio’s \"Morning Tide,\" adding, “Nobody will be stranded on the island.”";
        let got = run(text);
        let last = got.last().map(|q| (q.1.as_deref(), q.3));
        assert_eq!(got[0].1.as_deref(), Some("Costa"), "{got:?}");
        assert_eq!(last, Some((Some("Costa"), false)), "{got:?}");
    }

    /// A second opening phrase may begin in lowercase ("In March, after ..., X ...").
    #[test]
    fn a_lowercase_second_opening_before_the_subject() {
        let text = "In March, after the storm flooded the quay, Ines Costa wrote to the council, thanking them and telling them, “The pumps failed twice before dawn.”";
        assert_eq!(speakers(text)[0].as_deref(), Some("Ines Costa"));
    }

    /// A one-word subject that is also a town's name speaks when the document writes
    /// it as a person's surname, and not when it only names the place.
    #[test]
    fn a_surname_that_is_also_a_town() {
        let text = "The actress Ingrid Denton joined the rally.\n\nDenton thanked the crowd for “standing up when nobody else would stand.”";
        assert_eq!(speakers(text)[0].as_deref(), Some("Ingrid Denton"));
        let text = "Flooding reached Denton on Monday.\n\nDenton thanked the volunteers for “working through the night without a single break.”";
        assert_eq!(speakers(text)[0], None);
    }

    /// Two double marks in a row never nest: in `"“...,” Berg replied ...."` the first
    /// wraps a quoted passage and the quotation inside has its own attribution.
    #[test]
    fn a_stray_wrapper_mark_before_a_quotation() {
        let text = "The ferry vote was close.\n\n\"“You do not win a vote by how many speeches you give,” Berg replied before adding that he would need the northern districts.\"";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with('“') && got[0].0.ends_with('”'), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Berg"), "{got:?}");
    }

    /// A closing mark after a comma with no space before the next word still closes.
    #[test]
    fn a_closing_mark_glued_to_the_next_word() {
        let text = "The ferry vote was close.\n\n\"The board can no longer be trusted with the ferry money,\"Ana Ruiz, who chairs the harbour group, said on Monday. \"The voters have noticed.\"";
        let got = run(text);
        assert_eq!(
            got[0].2, "The board can no longer be trusted with the ferry money,",
            "{got:?}"
        );
        assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"), "{got:?}");
    }

    /// "X of the Y told": the person, not the body they belong to (nor its town).
    #[test]
    fn a_person_of_an_organisation_is_the_speaker() {
        let text = "The ferry vote was close.\n\nHowever, as Bishop Anna Lind of the Northern Harbour Guild of Vesterby told the Tidewater Courier (TC), “We have waited for this bridge longer than anyone.”";
        assert_eq!(speakers(text), [Some("Anna Lind".to_string())]);
    }

    /// "As X reported ...:": an "as" clause with a reporting verb names the source of
    /// the quotation it introduces, however long it runs; "As X spoke" does not.
    #[test]
    fn an_as_clause_names_the_source_of_the_quotation() {
        let text = "The ferry vote was close.\n\nAs Jonas Berg reported after the council appeared to have given up on the ferry plan for Vesterby:\n\n\"For example, the council has done almost nothing with the money it set aside for the pier.\"";
        assert_eq!(speakers(text), [Some("Jonas Berg".to_string())]);
        let text = "The ferry vote was close.\n\nAs Ana Ruiz spoke, the crowd outside grew louder:\n\n“Build the pier now, not next year.”";
        assert_eq!(speakers(text), [None]);
    }

    /// A role that a participle hangs on keeps whose role it is: "A spokeswoman for the
    /// Harbour Board ..., arguing, “...”" has that role and no name.
    #[test]
    fn a_role_keeps_its_complement_before_a_participle() {
        let text = "The ferry vote was close.\n\nA spokeswoman for the Vesterby Harbour Board emailed reporters the text of the new ferry rule, arguing, “As you can see, the rule says nothing about fares.”";
        let got = speakers_and_roles(text);
        assert_eq!(
            got,
            [(None, Some("spokeswoman for the Vesterby Harbour Board".to_string()))]
        );
    }

    /// "X issued a statement." and then a quotation standing alone: X's words.
    #[test]
    fn a_quotation_after_an_issued_statement_is_the_issuers() {
        let text = "The ferry vote was close.\n\nAfter the count, the Harbour Board issued a statement thanking the voters of Vesterby.\n\n“We will start work on the pier in spring and finish it before winter.”";
        assert_eq!(speakers(text), [Some("Harbour Board".to_string())]);
    }
}
