//! Date extraction: finds temporal expressions and normalizes them to TIMEX3 values.
//!
//! Two steps, so that the anchor stage can sit between them: [`find`] returns
//! [`Mention`]s holding a structured, still-relative [`Expr`]; [`resolve`] turns one into
//! a [`DateValue`] given the document's anchor date (or leaves it unresolved without one).
//!
//! The grammar and calendar arithmetic live in [`crate::timex`]; this module adds what
//! needs sentences and documents. News conventions decide what the grammar alone cannot: a bare weekday is in the past week unless the
//! clause is in the future tense, a month-day without a year takes the year nearest the
//! anchor in the direction of the tense.

use jiff::civil::Date;

use crate::model::{DateValue, Document, Span};
use crate::segment::Segments;
use crate::timex::{Expr, Shift, Tense, Unit};
use crate::timex::{calc, lex, parse};

/// One temporal expression found in a document. `claimcheck extract` writes mentions
/// out so that `claimcheck reconcile` can resolve them once every anchor is known.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The surface span.
    pub span: Span,
    /// The containing sentence.
    pub sentence: Span,
    /// What the expression says, before anchoring.
    pub expr: Expr,
    /// Who asserts the date, if the sentence says.
    pub attribution: Option<String>,
    /// What event it dates (a short phrase from the sentence).
    pub subject: String,
    /// TIMEX3 mod from the wording: START, MID, END, APPROX, MORE_THAN, LESS_THAN, ...
    #[serde(deserialize_with = "crate::timex::wire::opt_interned")]
    pub modifier: Option<crate::timex::Code>,
    /// The tense of the clause around the expression, for the direction of resolution.
    pub tense: Tense,
    /// An absolute day written in apposition to this relative one ("yesterday, October
    /// 23", "Friday (Oct. 14)"): resolved, the two must name the same day.
    pub apposition: Option<Expr>,
    /// Whether it dates a reported past event ("the attack on Oct. 30 killed"): a past
    /// clause, and not a bound or a schedule ("until", "by", "since", "for", "to").
    pub past_event: bool,
    /// The latest day the page's update stamps name ("UPDATE (9:20 p.m. 5/21/16)"), as
    /// written: a past event up to that day fits an article published before it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Expr>,
}

/// Find every temporal expression in the document body.
pub fn find(doc: &Document, seg: &Segments) -> Vec<Mention> {
    find_in(&super::Input::new(0, doc, seg))
}

/// [`find`] for the extractor registry, sharing the document's tables.
pub fn find_in(input: &super::Input) -> Vec<Mention> {
    let (doc, seg) = (input.doc, input.seg);
    let text = doc.text.as_str();
    let from = text.floor_char_boundary(doc.body_start);
    let toks = lex::tokenize(text, from, text.len());
    let hits = parse::Parser::new(&toks).all();
    // "Published:"/"Updated:" lines date the page, not an event: the anchor stage reads
    // them; they are not claims. A dateline's date stays a claim (it dates the story).
    let own_lines: Vec<Span> = crate::segment::furniture::own_date_lines(text, doc.body_start)
        .into_iter()
        .filter(|l| l.0 < 3)
        .map(|l| l.1)
        .collect();
    let stamps = crate::segment::furniture::update_stamps(text, doc.body_start);
    let updated = stamps
        .iter()
        .filter_map(|s| s.1.as_ref())
        .max_by_key(|e| e.absolute_day())
        .cloned();
    let own_lines: Vec<Span> = own_lines.into_iter().chain(stamps.into_iter().map(|s| s.0)).collect();
    let mut out: Vec<Mention> = Vec::with_capacity(hits.len());
    // The latest mention able to stand for "that day" / "that month" / "that year".
    let mut last_base: [Option<usize>; 3] = [None; 3];
    // The last quarter named, for "a year earlier" in earnings reports.
    let mut last_quarter: Option<(usize, Expr)> = None;
    for mut h in hits {
        let span = Span::new(toks[h.start].start, toks[h.end - 1].end);
        if own_lines.iter().any(|l| l.overlaps(&span)) {
            continue;
        }
        let is_quarter = matches!(
            h.expr,
            Expr::Quarter { .. }
                | Expr::Relative {
                    unit: Unit::Quarter,
                    ..
                }
        );
        if is_quarter {
            last_quarter = Some((span.end, h.expr.clone()));
        } else if let Some((at, q)) = &last_quarter {
            let year_back = matches!(h.expr, Expr::Offset { unit: Unit::Year, n: Some(n), sign: -1 } if n == 1.0)
                || matches!(h.expr, Expr::Relative { unit: Unit::Year, offset: -1 } if text[span.start..span.end].to_lowercase().starts_with("year"));
            if year_back && span.start.saturating_sub(*at) < 800 {
                h.expr = Expr::YearBefore(Box::new(q.clone()));
            }
        }
        let sentence = seg.sentence_span(span.start);
        // A day ("May 17", "Tuesday") is an event's: its tense may be read from a verb
        // far back in its sentence. A longer period is more often a plan or a
        // relative clause's than the main verb's ("announced a deal to buy it in
        // January").
        let names_day = matches!(h.expr, Expr::Calendar { day: Some(_), .. } | Expr::Weekday { .. });
        let mut tense = tense_at(&toks, h.start, h.end, sentence, names_day);
        // "Wednesday's ruling" names something that has happened.
        let surface = &text[span.start..span.end];
        if matches!(h.expr, Expr::Weekday { shift: Shift::None, .. })
            && (surface.ends_with("'s") || surface.ends_with("’s"))
        {
            tense = Tense::Past;
        }
        // "that year", "the next day": the latest earlier date fine enough to name one.
        if let Expr::Anaphoric {
            base,
            base_tense,
            unit,
            offset,
        } = &mut h.expr
        {
            // Only a date close before can be meant: further back, "that night" is more
            // likely the night of an event the text has moved on from.
            let reach = if *unit == Unit::Day { 300 } else { 600 };
            let k = base_slot(*unit);
            if let Some(b) = last_base[k]
                .and_then(|j: usize| out.get(j))
                .filter(|b| span.start.saturating_sub(b.span.end) <= reach)
            {
                *base = Some(Box::new(b.expr.clone()));
                *base_tense = b.tense;
            } else if *offset == 0 || *unit == Unit::Day {
                // "trades made that day", "the next day" with no day named before:
                // generic, or about an event, not a date.
                continue;
            }
        }
        let subject = subject(text, sentence, span);
        let attribution = input.attribution(span);
        let before = h.start.checked_sub(1).map_or("", |i| toks[i].low.as_ref());
        // The clause's own verb decides: "the attack on Oct. 30 killed", not "Updated:
        // Oct. 30" or "when he sentences him on March 10, she said".
        let own_clause = clause(&toks, h.start, h.end, sentence);
        // A post's signature ("— Ann Lee (@annlee) May 5, 2016") dates a post the page
        // shows: one made before the page was.
        let past_event = signed_post(text, span.start)
            || tense == Tense::Past
                && tense_at(&toks, h.start, h.end, own_clause, false) == Tense::Past
                && !awaited(&toks, h.start, h.end, own_clause)
                && !matches!(
                    before,
                    "until"
                        | "till"
                        | "by"
                        | "before"
                        | "through"
                        | "from"
                        | "since"
                        | "after"
                        | "to"
                        | "for"
                        | "between"
                );
        out.push(Mention {
            span,
            sentence,
            expr: h.expr,
            attribution,
            subject,
            modifier: h.modifier,
            tense,
            apposition: None,
            past_event,
            updated: updated.clone(),
        });
        let j = out.len() - 1;
        for u in [Unit::Day, Unit::Month, Unit::Year] {
            if can_base(&out[j].expr, u) {
                last_base[base_slot(u)] = Some(j);
            }
        }
    }
    appositions(text, &mut out);
    time_days(&mut out);
    out
}

/// "yesterday, October 23", "Friday (Oct. 14)": a relative day and an absolute one
/// side by side name the same day; the relative one keeps the other as its apposition.
fn appositions(text: &str, out: &mut [Mention]) {
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let between = text.get(a.span.end..b.span.start).unwrap_or("x");
        if a.sentence != b.sentence
            || !between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '(' | '–' | '—'))
        {
            continue;
        }
        let (rel, abs) = match (relative_day(&a.expr), relative_day(&b.expr)) {
            (true, false) => (i - 1, i),
            (false, true) => (i, i - 1),
            _ => continue,
        };
        if matches!(
            out[abs].expr,
            Expr::Calendar {
                day: Some(_),
                weekday: None,
                ..
            }
        ) {
            out[rel].apposition = Some(out[abs].expr.clone());
        }
    }
}

/// A clock time without its day takes the nearest day its sentence names.
fn time_days(out: &mut [Mention]) {
    // A clock time without its day takes the nearest day its sentence names: "shot at
    // 12:30 a.m. on Saturday", "Saturday ... around 5 p.m.".
    for i in 0..out.len() {
        if !matches!(out[i].expr, Expr::Time { day: None, .. }) {
            continue;
        }
        let s = out[i].sentence;
        let same = |j: &usize| out[*j].sentence == s;
        // A bounded look either way keeps a hostile sentence of times linear.
        let before = (0..i)
            .rev()
            .take(16)
            .take_while(same)
            .find(|&j| can_base(&out[j].expr, Unit::Day));
        let after = (i + 1..out.len())
            .take(16)
            .take_while(same)
            .find(|&j| can_base(&out[j].expr, Unit::Day));
        let gap = |j: usize| {
            let (a, b) = (out[j].span, out[i].span);
            if a.end <= b.start {
                b.start - a.end
            } else {
                a.start.saturating_sub(b.end)
            }
        };
        let pick = match (before, after) {
            (Some(b), Some(a)) => Some(if gap(a) < gap(b) { a } else { b }),
            (b, a) => b.or(a),
        };
        if let Some(j) = pick {
            let (e, t) = (out[j].expr.clone(), out[j].tense);
            if let Expr::Time { day, day_tense, .. } = &mut out[i].expr {
                *day = Some(Box::new(e));
                *day_tense = Some(t);
            }
        }
    }
}

/// The clause around tokens `[s, e)`: the sentence cut at the nearest comma, colon,
/// semicolon, bracket, dash or quote mark on each side.
fn clause(toks: &[lex::Tok<'_>], s: usize, e: usize, sentence: Span) -> Span {
    let cut = |i: usize| {
        matches!(
            toks[i].kind,
            lex::Tk::Punct(',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”')
        )
    };
    let mut a = sentence.start;
    for i in (0..s).rev() {
        if toks[i].start < sentence.start {
            break;
        }
        if cut(i) {
            a = toks[i].end;
            break;
        }
    }
    let mut b = sentence.end;
    for (i, t) in toks.iter().enumerate().skip(e) {
        if t.end > sentence.end {
            break;
        }
        if cut(i) {
            b = t.start;
            break;
        }
    }
    Span::new(a, b.max(a))
}

/// Whether `e` is a day counted from the anchor: "yesterday", "Friday", "two days ago".
fn relative_day(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Relative { unit: Unit::Day, .. }
            | Expr::Weekday { .. }
            | Expr::Offset {
                unit: Unit::Day | Unit::Week,
                n: Some(_),
                ..
            }
    )
}

fn base_slot(u: Unit) -> usize {
    match u {
        Unit::Day => 0,
        Unit::Month => 1,
        _ => 2,
    }
}

/// Whether `e` names a period fine enough to stand for "that <unit>" or a time's day.
fn can_base(e: &Expr, unit: Unit) -> bool {
    match e {
        Expr::Calendar { day, month, .. } => match unit {
            Unit::Day => day.is_some(),
            Unit::Month => month.is_some(),
            _ => true,
        },
        Expr::Weekday { .. } | Expr::Holiday { .. } => true,
        Expr::Relative { unit: u, .. }
        | Expr::Offset {
            unit: u, n: Some(_), ..
        } => match unit {
            Unit::Day => matches!(u, Unit::Day),
            Unit::Month => matches!(u, Unit::Day | Unit::Week | Unit::Fortnight | Unit::Month),
            _ => !matches!(u, Unit::Decade | Unit::Century),
        },
        Expr::Year(_) | Expr::Season { .. } | Expr::Quarter { .. } | Expr::Half { .. } => unit == Unit::Year,
        Expr::Anaphoric {
            unit: u, base: Some(_), ..
        } => match unit {
            Unit::Day => *u == Unit::Day,
            Unit::Month => matches!(u, Unit::Day | Unit::Month),
            _ => true,
        },
        _ => false,
    }
}

/// Normalize a mention given the document's anchor (publication) date.
pub fn resolve(m: &Mention, anchor: Option<Date>) -> DateValue {
    let mut r = calc::resolve(&m.expr, m.tense, anchor);
    let inconsistency = r
        .inconsistency
        .take()
        .or_else(|| anchor.and_then(|a| anchor_misfit(m, r.timex.as_deref(), a)));
    // "Friday (Oct. 14)": the weekday is the day written with it, when that fits.
    if inconsistency.is_none()
        && let (Expr::Weekday { weekday, .. }, Some(ap)) = (&m.expr, &m.apposition)
        && let Some(d) = calc::resolve(ap, m.tense, anchor)
            .timex
            .and_then(|t| t.get(..10).and_then(|d| d.parse::<Date>().ok()))
        && d.weekday() == *weekday
    {
        r.timex = Some(d.to_string());
    }
    let relative = m.expr.is_relative();
    DateValue {
        timex: r.timex,
        grain: r.grain.to_string(),
        modifier: m.modifier.map(str::to_string),
        anchor: if relative { anchor.map(|a| a.to_string()) } else { None },
        relative,
        timex_type: match m.expr {
            Expr::Duration { .. } => "DURATION",
            Expr::Time { .. } => "TIME",
            _ => "DATE",
        }
        .to_string(),
        inconsistency,
    }
}

/// Why a resolved date cannot fit the document's anchor (publication date), if it
/// cannot: a relative day that lands elsewhere than the absolute day written beside it
/// ("yesterday, October 25" published October 24), or a reported past event dated
/// more than a day after publication ("the attack on Oct. 30 killed" published
/// October 24; a day of slack for time zones and late editions).
fn anchor_misfit(m: &Mention, timex: Option<&str>, anchor: Date) -> Option<String> {
    let day = timex.and_then(|t| t.get(..10)).and_then(|d| d.parse::<Date>().ok())?;
    if let Some(ap) = &m.apposition {
        let other = calc::resolve(ap, m.tense, Some(anchor))
            .timex
            .and_then(|t| t.get(..10).and_then(|d| d.parse::<Date>().ok()))?;
        return match m.expr {
            // "Thursday (May 19)" may be any Thursday: it must be one, and "last
            // Friday" / "next Friday" must lie on its side of the publication date.
            Expr::Weekday { weekday, shift } => {
                if other.weekday() != weekday {
                    Some(format!(
                        "{} does not fit {other}: that day is a {}",
                        crate::lexicon::calendar::weekday_title(weekday),
                        crate::lexicon::calendar::weekday_title(other.weekday())
                    ))
                } else if (shift == Shift::Last && other >= anchor) || (shift == Shift::Next && other <= anchor) {
                    let side = if shift == Shift::Last { "before" } else { "after" };
                    Some(format!(
                        "\"{} {}\" must fall {side} the publication date {anchor}, but the date written with it is {other}",
                        if shift == Shift::Last { "last" } else { "next" },
                        crate::lexicon::calendar::weekday_title(weekday)
                    ))
                } else {
                    None
                }
            }
            _ => (other != day).then(|| {
                format!(
                    "counted from the publication date {anchor} it is {day}, but the date written with it is {other}"
                )
            }),
        };
    }
    // Without its year, a date far ahead is as likely last year's: only the near
    // future is certain enough ("the attack on Oct. 30 killed", published Oct. 24).
    let limit = match m.expr {
        Expr::Calendar { year: Some(_), .. } => i64::MAX,
        Expr::Calendar { .. } => 31,
        _ => return None,
    };
    let ahead = i64::from(anchor.until(day).ok()?.get_days());
    // A page updated since it was published may tell of events up to its last update.
    let revised = m
        .updated
        .as_ref()
        .and_then(Expr::absolute_day)
        .is_some_and(|u| day <= u);
    if m.past_event && ahead > 1 && ahead <= limit && !revised {
        return Some(format!("a past event dated {day}, after the publication date {anchor}"));
    }
    None
}

/// Whether the date at byte `at` follows a social-media handle in parentheses, as an
/// embedded post's signature does ("— Ann Lee (@annlee) May 5, 2016").
fn signed_post(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let Some(inner) = before.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else { return false };
    let handle = &inner[open + 1..];
    handle.len() > 1 && handle.starts_with('@') && handle[1..].chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Whether the date of tokens `[s, e)` has no direction of its own in its clause:
/// something awaited is said before it ("before the governor delivers her address on
/// Jan. 28", "a deadline of May 1", "the postponement of the June 19 vote"), or it
/// names an event as the modifier of a noun ("the June 19 vote for leader") whose own
/// verb does not follow.
fn awaited(toks: &[lex::Tok<'_>], s: usize, e: usize, clause: Span) -> bool {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low.as_ref());
    let in_clause = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.start >= clause.start && t.end <= clause.end)
    };
    if (0..s)
        .rev()
        .take_while(|&i| in_clause(i))
        .any(|i| crate::lexicon::tense::is_schedule_word(low(i)) || lex::is_future_marker(low(i)))
    {
        return true;
    }
    let det = s.checked_sub(1).is_some_and(|i| {
        matches!(
            low(i),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
        ) || low(i).ends_with("'s")
            || low(i).ends_with("’s")
    });
    let noun = toks.get(e).is_some_and(|t| {
        t.kind == lex::Tk::Word && !t.cap() && !crate::text::is_stop(&t.low) && !lex::is_past_marker(&t.low)
    });
    let verb_after = toks
        .get(e + 1)
        .is_some_and(|t| t.kind == lex::Tk::Word && (lex::is_past_marker(&t.low) || t.low.ends_with("ed")));
    det && noun && !verb_after
}

/// The tense of the clause around tokens `[s, e)`: the nearest tense marker to the
/// left within the sentence, else the nearest a few words to the right; with `far`,
/// else the nearest anywhere before it in the sentence.
fn tense_at(toks: &[lex::Tok<'_>], s: usize, e: usize, sentence: Span, far: bool) -> Tense {
    if let Some(t) = deadline(toks, s, e, sentence) {
        return t;
    }
    for d in 1..=LEFT {
        let Some(i) = s.checked_sub(d) else { break };
        if toks[i].start < sentence.start {
            break;
        }
        if let Some(x) = classify(toks, i, s) {
            return x;
        }
    }
    for d in 0..RIGHT {
        let j = e + d;
        match toks.get(j) {
            Some(t) if t.end <= sentence.end => {
                if let Some(x) = classify(toks, j, s) {
                    return x;
                }
            }
            _ => break,
        }
    }
    if !far {
        return Tense::Unknown;
    }
    // A long sentence whose verb lies beyond both reaches ("Several people were firing
    // shots inside the bar on Main Street East, just after 2 a.m. on May 17, the
    // assistant county prosecutor said"): the nearest marker before it.
    (0..s.saturating_sub(LEFT))
        .rev()
        .take_while(|&i| toks[i].start >= sentence.start)
        .find_map(|i| classify(toks, i, s))
        .unwrap_or(Tense::Unknown)
}

/// Words looked at to the left of an expression for its tense.
const LEFT: usize = 14;
/// Words looked at to the right of an expression for its tense.
const RIGHT: usize = 6;

/// A deadline: "until Tuesday", "as early as Friday", "as soon as Monday" is ahead,
/// unless the clause is plainly past: "until Thursday, they had not called him".
fn deadline(toks: &[lex::Tok<'_>], s: usize, e: usize, sentence: Span) -> Option<Tense> {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low.as_ref());
    let in_sentence = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.start >= sentence.start && t.end <= sentence.end)
    };
    for d in 1..=4 {
        let Some(i) = s.checked_sub(d) else { break };
        if toks[i].start < sentence.start {
            break;
        }
        let w = low(i);
        let until = matches!(w, "until" | "till");
        if until || (matches!(w, "early" | "soon") && i >= 1 && low(i - 1) == "as" && low(i + 1) == "as") {
            let strong_past = |j: usize| {
                matches!(
                    low(j),
                    "had" | "hadn't" | "was" | "were" | "wasn't" | "weren't" | "did" | "didn't"
                )
            };
            // Within the clause only: stop at punctuation (after a comma right behind
            // the date, as in "Until Thursday, they had ...").
            let is_punct = |j: usize| toks.get(j).is_some_and(|t| matches!(t.kind, lex::Tk::Punct(_)));
            let left = (1..=LEFT)
                .map_while(|d| i.checked_sub(d).filter(|&j| in_sentence(j) && !is_punct(j)))
                .any(strong_past);
            let r0 = if is_punct(e) && low(e) == "," { e + 1 } else { e };
            let right = (0..RIGHT)
                .map(|d| r0 + d)
                .take_while(|&j| in_sentence(j) && !is_punct(j))
                .any(strong_past);
            let past = until && (left || right);
            return Some(if past { Tense::Past } else { Tense::Future });
        }
    }
    None
}

/// The tense token `i` marks, if any (`s`: where the expression starts).
fn classify(toks: &[lex::Tok<'_>], i: usize, s: usize) -> Option<Tense> {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low.as_ref());
    // "to" + a verb: "agreed to buy", "plans to visit" (not "to the", "to Paris", "to 5%").
    let to_verb = |i: usize| {
        low(i) == "to"
            && toks.get(i + 1).is_some_and(|t| {
                t.kind == lex::Tk::Word && !t.cap() && !crate::text::is_stop(&t.low) && !lex::is_past_marker(&t.low)
            })
    };
    let t = &toks[i];
    if t.kind != lex::Tk::Word {
        return None;
    }
    let w = t.low.as_ref();
    let next = low(i + 1);
    let prev = if i > 0 { low(i - 1) } else { "" };
    if matches!(
        w,
        "set" | "due" | "is" | "are" | "going" | "about" | "poised" | "slated" | "likely"
    ) && next == "to"
    {
        return Some(Tense::Future);
    }
    if w == "soon" && i > 1 && low(i - 1) == "as" {
        return Some(Tense::Future);
    }
    // "next to the embassy", "coming from Kyiv": places and motion, not time.
    if (w == "next" && next == "to")
        || (w == "coming"
            && matches!(
                next,
                "to" | "from" | "back" | "in" | "out" | "up" | "home" | "down" | "under" | "into" | "off"
            ))
    {
        return None;
    }
    // An intention reaches past the verb's own time: "agreed to buy it in February",
    // "were planning to drive there on Monday" (but "In June, X agreed to buy it"
    // dates the agreeing).
    if i < s
        && to_verb(i + 1)
        && matches!(
            w,
            "planning"
                | "preparing"
                | "hoping"
                | "intending"
                | "expecting"
                | "agreed"
                | "decided"
                | "promised"
                | "pledged"
                | "vowed"
                | "voted"
                | "threatened"
                | "aims"
                | "hopes"
                | "wants"
                | "agrees"
                | "promises"
        )
    {
        return Some(Tense::Future);
    }
    // News present for scheduled events: "Arafat and Netanyahu meet Monday", "the
    // trial begins Tuesday" (not after "to": "flew to Paris to meet him Monday").
    if matches!(
        w,
        "meet" | "meets" | "visits" | "travels" | "resumes" | "reconvenes" | "convenes" | "begins" | "starts" | "opens"
    ) && !matches!(prev, "to" | "did" | "didn't" | "would" | "could" | "the" | "a")
    {
        return Some(Tense::Future);
    }
    // "the plan", "its plans" are nouns.
    if matches!(w, "plan" | "plans")
        && matches!(
            prev,
            "the" | "a" | "its" | "his" | "her" | "their" | "our" | "this" | "that"
        )
    {
        return None;
    }
    if lex::is_future_marker(w) || w.ends_with("'ll") {
        return Some(Tense::Future);
    }
    let ed = lex::is_regular_past(w);
    // A capitalised irregular form is a name or an abbreviation more often than a verb:
    // "Sat Nov 12", "Rose Gomez", "Sang Lee".
    let name = lex::is_irregular_past(w) && toks[i].cap();
    if (lex::is_past_marker(w) && !name) || ed {
        return past_marker(toks, i, ed);
    }
    None
}

/// Token `i` is a past marker or an `-ed` word (`ed`): past, unless it is an adjective
/// ("a still unspecified date") or a participle after an auxiliary ("will be paid").
fn past_marker(toks: &[lex::Tok<'_>], i: usize, ed: bool) -> Option<Tense> {
    let low = |i: usize| toks.get(i).map_or("", |t| t.low.as_ref());
    let w = low(i);
    let prev = if i > 0 { low(i - 1) } else { "" };
    // An -ed word after a determiner is an adjective: "a still unspecified date".
    let det = |j: Option<usize>| {
        j.is_some_and(|j| {
            matches!(
                low(j),
                "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her" | "our" | "your" | "no"
            )
        })
    };
    let adverb = |j: usize| {
        let a = low(j);
        a.ends_with("ly") || matches!(a, "still" | "yet" | "already" | "long" | "well")
    };
    if ed && (det(i.checked_sub(1)) || (i >= 1 && adverb(i - 1) && det(i.checked_sub(2)))) {
        return None;
    }
    // "to be published", "to be completed": a future passive.
    if i >= 2 && prev == "be" && low(i - 2) == "to" {
        return Some(Tense::Future);
    }
    // A participle after "be", "will", "to" is not a past tense: "will be paid".
    let aux = |j: Option<usize>| {
        j.is_some_and(|j| {
            matches!(
                low(j),
                "be" | "being"
                    | "is"
                    | "are"
                    | "am"
                    | "to"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "shall"
            )
        })
    };
    if !matches!(
        w,
        "was" | "were" | "had" | "did" | "said" | "ago" | "yesterday" | "last"
    ) && (aux(i.checked_sub(1)) || aux(i.checked_sub(2)))
    {
        return None;
    }
    Some(Tense::Past)
}

/// Words that carry no subject: temporal words and function words.
fn is_temporal_word(w: &str) -> bool {
    lex::month(w).is_some()
        || lex::weekday(w).is_some()
        || lex::unit(w).is_some()
        || lex::small_number(w).is_some()
        || crate::lexicon::time::is_label_time_word(w)
        || crate::lexicon::numbers::is_label_stop_word(w)
}

/// A short label of what the date is about: the content words of its clause nearest to
/// it ("troops recorded in Kursk" style), in text order.
fn subject(text: &str, sentence: Span, span: Span) -> String {
    let Some(sent) = text.get(sentence.start..sentence.end) else {
        return String::new();
    };
    let rel = |p: usize| p.saturating_sub(sentence.start);
    let (ds, de) = (rel(span.start).min(sent.len()), rel(span.end).min(sent.len()));
    // The clause: cut at , ; : ( ) — – around the date.
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”');
    // A comma between digits ("12,000") cuts no clause.
    let cut_at = |i: usize| {
        !(sent[i..].starts_with(',')
            && sent[..i].ends_with(|c: char| c.is_ascii_digit())
            && sent[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut cs = sent[..ds]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_cut(c) && cut_at(i))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut ce = sent[de..]
        .char_indices()
        .find(|&(i, c)| is_cut(c) && cut_at(de + i))
        .map_or(sent.len(), |(i, _)| de + i);
    let words_in = |a: usize, b: usize| -> Vec<(usize, &str)> {
        let mut v = Vec::new();
        let is_w = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
        let mut start: Option<usize> = None;
        let mut spans = Vec::new();
        for (i, c) in sent[a..b].char_indices().chain(std::iter::once((b - a, ' '))) {
            match (is_w(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s0)) => {
                    spans.push((a + s0, a + i));
                    start = None;
                }
                _ => {}
            }
        }
        for (at, end) in spans {
            let w = &sent[at..end];
            let w = w.trim_matches(|c: char| c == '\'' || c == '’' || c == '-');
            if w.len() < 2 || (at >= ds && at < de) {
                continue;
            }
            let low = w.to_lowercase().replace('’', "'");
            if crate::text::is_stop(&low) || is_temporal_word(&low) || w.chars().all(|c| c.is_ascii_digit() || c == ',')
            {
                continue;
            }
            v.push((at, w));
        }
        v
    };
    if let Some(phrase) = clause_phrase(sent, cs, ce, ds, de) {
        return phrase;
    }
    let mut ws = words_in(cs, ce);
    if ws.len() < 2 {
        // The sentence around the date, within a bounded window.
        cs = sent.floor_char_boundary(ds.saturating_sub(300));
        ce = sent.floor_char_boundary((de + 300).min(sent.len())).max(de);
        ws = words_in(cs, ce);
    }
    let dist = |at: usize| if at < ds { ds - at } else { at.saturating_sub(de) };
    let mut idx: Vec<usize> = (0..ws.len()).collect();
    idx.sort_by_key(|&i| (dist(ws[i].0), ws[i].0));
    idx.truncate(4);
    idx.sort_unstable();
    idx.iter().map(|&i| ws[i].1).collect::<Vec<_>>().join(" ")
}

/// Words of the clause kept before a date for its subject, and after it.
const PHRASE_BEFORE: usize = 6;
const PHRASE_AFTER: usize = 4;

/// A subject that reads like a headline: the words of the date's clause around it, in
/// their order, the date and the words that attach it ("on", "late", "morning") left
/// out, a name cut in two made whole, and no function word at either end ("North Korean
/// troops were recorded in Kursk", "Akin rebuffed calls to step aside"). `None` when
/// fewer than two content words remain.
fn clause_phrase(sent: &str, cs: usize, ce: usize, ds: usize, de: usize) -> Option<String> {
    let words = |a: usize, b: usize| -> Vec<&str> {
        sent.get(a..b)
            .unwrap_or("")
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' || c == '.')))
            .map(|w| w.trim_start_matches('.'))
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect()
    };
    // A word that ends a sentence inside the clause: a dot after a word that is no title
    // or initial ("him." but not "Gov." or "U.S.").
    let ends = |w: &str| w.ends_with('.') && crate::extract::names::dot_ends_sentence(w);
    let low = |w: &str| w.trim_end_matches('.').to_lowercase().replace('’', "'");
    let glue = |w: &str| {
        let l = low(w);
        crate::text::is_stop(&l) || is_temporal_word(&l)
    };
    let mut before = words(cs, ds.max(cs));
    if let Some(k) = before.iter().rposition(|w| ends(w)) {
        before.drain(..=k);
    }
    while before.last().is_some_and(|w| glue(w)) {
        before.pop();
    }
    let mut after = words(de.min(ce), ce);
    if let Some(k) = after.iter().position(|w| ends(w)) {
        after.truncate(k + 1);
    }
    // "Monday morning", "Tuesday night": the part of the day goes with the date.
    let attached = |w: &str| {
        let l = low(w);
        lex::weekday(&l).is_some() || lex::month(&l).is_some() || crate::lexicon::time::is_label_time_word(&l)
    };
    while after.first().is_some_and(|w| attached(w)) {
        after.remove(0);
    }
    // A name the window would cut in two ("[North] Korean troops", "mocking Sen.
    // [Ana Ruiz]") is taken whole, up to three more words.
    let upper = |w: &str| w.starts_with(char::is_uppercase);
    let mut from = before.len().saturating_sub(PHRASE_BEFORE);
    for _ in 0..3 {
        if from > 0 && upper(before[from]) && upper(before[from - 1]) && !glue(before[from - 1]) {
            from -= 1;
        }
    }
    let mut to = after.len().min(PHRASE_AFTER);
    for _ in 0..3 {
        if to > 0 && to < after.len() && upper(after[to - 1]) && upper(after[to]) {
            to += 1;
        }
    }
    let mut phrase: Vec<&str> = before[from..].to_vec();
    phrase.extend(&after[..to]);
    // A figure at either end is a fragment of another claim ("at least 3,000").
    let edge = |w: &str| glue(w) || w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    while phrase.first().is_some_and(|w| edge(w)) {
        phrase.remove(0);
    }
    while phrase.last().is_some_and(|w| edge(w)) {
        phrase.pop();
    }
    let content = phrase.iter().filter(|w| !edge(w)).count();
    if content < 2 {
        return None;
    }
    let mut out = phrase.join(" ");
    if phrase.last().is_some_and(|w| ends(w)) {
        out.pop();
    }
    Some(out)
}

/// The date extractor, as registered in [`super::extractor`].
pub struct Dates;

impl super::Extractor for Dates {
    fn extract(&self, input: &super::Input) -> super::Extracted {
        super::Extracted {
            claims: Vec::new(),
            dates: find_in(input),
        }
    }
}

#[cfg(test)]
mod tests;
