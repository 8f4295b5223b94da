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
/// or bottom of the body (rank 0 published, 1 date, 2 updated) and a dateline ("KYIV,
/// Oct 24 (Reuters) -", rank 3). Spans cover the date text. The date extractor skips
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
