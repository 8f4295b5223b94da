//! Page furniture: the lines where a page states its own date ("Published:",
//! "Updated:", "Date:" near the top or bottom of the body, and a wire dateline such as
//! "KYIV, Oct 24 (Reuters) -"). They belong to the page, not to its story: the date
//! extractor skips them and the anchor stage dates the document by them.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Span;
use crate::timex::calendar_day_expr;

static PUBLISHED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?im)^[ \t]*(?:\*\*|_)?(published|posted|updated|last updated|date|first published)(?-u:\b)(?:\*\*|_)?(?:[ \t]+on)?(?:[ \t]*[:\-–—|][ \t]*|[ \t]+)((?:\d|{days}).{{0,80}})$",
        days = crate::lexicon::calendar::month_and_weekday_prefixes()
    ))
    .expect("published line regex")
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*([A-Z][A-Za-z.'’\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.'’ ]{{1,30}})?),[ \t]*((?:{months})[a-z]*\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)[ \t]*(?:\(([^)\n]{{1,40}})\))?[ \t]*(?:-{{1,2}}|–|—|_|:)",
        months = crate::lexicon::calendar::month_short_alternation()
    ))
    .expect("dateline regex")
});

/// Where a document states its own date: "Published:"/"Updated:" lines near the top
/// or bottom of the body (rank 0 published, 1 date, 2 updated), a line near the top
/// that is nothing but a dated stamp (rank 1) and a dateline ("KYIV, Oct 24 (Reuters)
/// -", rank 3). Spans cover the date text. The date extractor skips
/// these: they date the article, not an event.
pub(crate) fn own_date_lines(text: &str, body_start: usize) -> Vec<(u8, Span, String)> {
    let start = text.floor_char_boundary(body_start);
    let body = &text[start..];
    let head_end = body.floor_char_boundary(2000);
    let tail_start = body.floor_char_boundary(body.len().saturating_sub(2000)).max(head_end);
    let mut out = Vec::new();
    for (zone_off, zone) in [(0, &body[..head_end]), (tail_start, &body[tail_start..])] {
        for c in PUBLISHED_LINE.captures_iter(zone) {
            let (Some(kw), Some(rest), Some(all)) = (c.get(1), c.get(2), c.get(0)) else {
                continue;
            };
            let rank = match kw.as_str().to_lowercase().as_str() {
                "published" | "first published" | "posted" => 0,
                "date" => 1,
                _ => 2,
            };
            if calendar_day_expr(rest.as_str()).is_none_or(|e| e.absolute_day().is_none()) {
                continue;
            }
            let abs = start + zone_off + rest.start();
            out.push((
                rank,
                Span::new(abs, abs + rest.as_str().len()),
                all.as_str().trim().to_string(),
            ));
        }
    }
    // A line near the top holding nothing but a whole date, perhaps with its weekday and
    // time ("Fri Aug 2, 2013 6:50pm EDT"): the page's own stamp, as "Date:" would be.
    let mut at = 0;
    for line in body[..head_end].split_inclusive('\n').take(STAMP_LINES) {
        let t = line.trim();
        if t.len() <= 60 && is_bare_stamp(t) && calendar_day_expr(t).is_some_and(|e| e.absolute_day().is_some()) {
            let lead = line.len() - line.trim_start().len();
            let abs = start + at + lead;
            out.push((1, Span::new(abs, abs + t.len()), t.to_string()));
        }
        at += line.len();
    }
    if let Some(c) = DATELINE.captures(&body[..head_end])
        && let (Some(all), Some(d)) = (c.get(0), c.get(2))
    {
        out.push((
            3,
            Span::new(start + d.start(), start + d.end()),
            all.as_str().trim().to_string(),
        ));
    }
    out
}

/// An update stamp opening a line: "UPDATE (9:20 p.m. 5/21/16)", "Update, 8:40 a.m.
/// Sunday: Police said ...", "UPDATE @ 4:15 p.m. (Oct. 9):", "(Published Friday, Jan.
/// 8, 2016)". The stamp (group 1) holds nothing but a time and a date.
static UPDATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^[ \t]*\(?[ \t]*(?:updated?|published|posted)(?-u:\b)[ \t]*(?:@|at(?-u:\b)|on(?-u:\b)|,)?[ \t]*\(?((?:[^:()\n]|:[0-9]){1,40})\)?[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?::|\)|--|–|—|$)",
    )
    .expect("update stamp regex")
});

/// A word a stamp may hold beside numbers, months and weekdays.
fn stamp_word(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    matches!(
        w.as_str(),
        "a.m" | "p.m" | "am" | "pm" | "noon" | "midnight" | "at" | "on"
    ) || crate::lexicon::time::is_time_zone(&w)
        || crate::lexicon::calendar::month(&w).is_some()
        || crate::lexicon::calendar::weekday(&w).is_some()
}

/// Whether a piece of text holds nothing but a time and a date: numbers ("9:20",
/// "5/21/16", "9:20PM"), months, weekdays, "a.m.", time zones; at least one number.
fn is_stamp(s: &str) -> bool {
    stamp_words(s.split(|c: char| c.is_whitespace() || c == ','))
}

/// Whether every non-empty word is one a stamp holds ([`stamp_token`]), at least one
/// of them with a digit.
fn stamp_words<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut digit = false;
    for w in words.filter(|w| !w.is_empty()) {
        if !stamp_token(w) {
            return false;
        }
        digit |= w.chars().any(|c| c.is_ascii_digit());
    }
    digit
}

/// "9:20", "5/21/16", "9:20PM", a month, a weekday, "a.m.", a time zone.
fn stamp_token(w: &str) -> bool {
    let n = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let clock = n.len() == w.len() || stamp_word(&w[n.len()..]);
    (n.starts_with(|c: char| c.is_ascii_digit())
        && clock
        && n.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '.' | '-')))
        || stamp_word(w)
}

/// Whether a line holds nothing but a time and a date in the looser forms a page's own
/// stamp takes: separators ("AUGUST 2, 2013 | 08:06AM PT", "8 / 2 / 2013"), ordinals
/// ("December 15th, 2008"), a zone in parentheses ("10:00 (GMT+05:00)"), "hrs".
fn is_bare_stamp(t: &str) -> bool {
    stamp_words(
        t.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')'))
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| !matches!(*w, "/" | "-" | "–" | "—" | "hrs"))
            .filter(|w| !is_zone_offset(w))
            .map(strip_ordinal),
    )
}

/// "GMT+05:", "UTC-4": a zone with its offset.
fn is_zone_offset(w: &str) -> bool {
    w.split_once(['+', '-']).is_some_and(|(z, off)| {
        crate::lexicon::time::is_time_zone(&z.to_ascii_lowercase())
            && off.chars().all(|c| c.is_ascii_digit() || c == ':')
    })
}

/// "15th" -> "15"; other words as they are.
fn strip_ordinal(w: &str) -> &str {
    let n = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = w[n.len()..].to_ascii_lowercase();
    if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th") {
        n
    } else {
        w
    }
}

/// Lines of the top of a body read for a bare date stamp ([`own_date_lines`]): the
/// headline, a byline and the stamp come first.
const STAMP_LINES: usize = 5;

/// Update stamps anywhere in the body ([`UPDATE_STAMP`]): where they stand (the stamp's
/// time and date) and the day each names when it names one in full. They date the page
/// as it was revised, not an event: an article published May 14 and updated "5/21/16"
/// may tell of an arrest on May 21.
pub(crate) fn update_stamps(text: &str, body_start: usize) -> Vec<(Span, Option<crate::timex::Expr>)> {
    let start = text.floor_char_boundary(body_start);
    let mut out = Vec::new();
    for c in UPDATE_STAMP.captures_iter(&text[start..]) {
        let Some(g) = c.get(1) else { continue };
        let s = g.as_str();
        if !is_stamp(s) {
            continue;
        }
        let at = start + g.start();
        let day = calendar_day_expr(s).filter(|e| e.absolute_day().is_some());
        // The date in parentheses after a time: "UPDATE @ 4:15 p.m. (Oct. 9):".
        let end = c.get(0).map_or(at + s.len(), |m| start + m.end());
        out.push((Span::new(at, end), day));
    }
    out
}

/// A line that opens with the label of links to other articles: "RELATED: Two hurt in
/// bus crash", "Related Coverage Man shot in Newton", "See also: ...", "READ MORE: ...".
static RELATED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^[ \t]*(?:(?:related|read[ \t]+more|see[ \t]+also|also[ \t]+read|more)[ \t]*:|related[ \t]+(?:coverage|stories|story|content|links?|articles?|headlines)(?-u:\b)).*$",
    )
    .expect("related line regex")
});

/// Lines of links to other articles ([`RELATED_LINE`]): their headlines tell other
/// stories (often other events of the same kind), not the page's. No claim is read
/// from them.
pub(crate) fn related_lines(text: &str, body_start: usize) -> Vec<Span> {
    let start = text.floor_char_boundary(body_start);
    RELATED_LINE
        .find_iter(&text[start..])
        .map(|m| Span::new(start + m.start(), start + m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{related_lines, update_stamps};

    /// Each labelled line of links is found whole; a sentence that merely opens with
    /// "Related" is prose.
    #[test]
    fn lines_of_related_links_are_found() {
        let text = "Two people died in the fire.\nRELATED: Three hurt in bus crash on Route 9\nRelated Coverage Man shot in Newton\nRelated to the fire, the mayor closed two roads.\nSee also: Flood kills 4\nREAD MORE: Storm cuts power\n";
        let got: Vec<&str> = related_lines(text, 0)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            got,
            [
                "RELATED: Three hurt in bus crash on Route 9",
                "Related Coverage Man shot in Newton",
                "See also: Flood kills 4",
                "READ MORE: Storm cuts power",
            ]
        );
    }

    /// Each line opens with a stamp of the page's revision; the text after it is
    /// the story's and stays out of the stamp.
    #[test]
    fn update_stamps_are_found_with_their_day() {
        let text = "Flood waters rose on the river.\nUPDATE (9:20 p.m. 3/8/19)\nThe dam held.\nUpdate, 8:40 a.m. Sunday: Crews reopened the bridge.\nUPDATE @ 4:15 p.m. (Mar. 9):\n(Published Friday, March 8, 2019)\nUpdate (March 10, 2019) -- The mayor spoke.\nUpdated at the scene: the crews left.\n";
        let got: Vec<(String, Option<String>)> = update_stamps(text, 0)
            .into_iter()
            .map(|(s, d)| {
                (
                    text[s.start..s.end].trim().to_string(),
                    d.and_then(|e| e.absolute_day()).map(|d| d.to_string()),
                )
            })
            .collect();
        let want: Vec<(String, Option<String>)> = [
            ("9:20 p.m. 3/8/19)", Some("2019-03-08")),
            ("8:40 a.m. Sunday:", None),
            ("4:15 p.m. (Mar. 9):", None),
            ("Friday, March 8, 2019)", Some("2019-03-08")),
            ("March 10, 2019) --", Some("2019-03-10")),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.map(str::to_string)))
        .collect();
        assert_eq!(got, want);
    }
}
