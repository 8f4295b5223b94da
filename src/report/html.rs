//! `--format html`: one self-contained page for people who would rather look than read.
//!
//! Everything is inline (CSS and a few lines of script; nothing is fetched when it
//! opens): the summary; the stories, most severe first, each with its groups from
//! conflicts down, each group with its status, explanation and claims, a conflict's
//! sides side by side (stacked on a narrow screen), every claim shown in its sentence
//! with the claim highlighted, its source and `path:line:column`, linked to the claim
//! marked in its document; then every document's full text with its claims marked;
//! filters by status and kind. Every piece of text from an article or its metadata is
//! HTML-escaped, so an article cannot inject markup or script into the page.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::findings::Index;
use super::{ClaimOut, FormatInfo, GroupOut, Render, RenderOptions, Report};
use crate::model::Kind;

/// `--format html`.
#[derive(Debug, Clone, Copy)]
pub struct Html;

impl FormatInfo for Html {
    const NAME: &'static str = "html";
    const HELP: &'static str =
        "One self-contained HTML page: conflicts side by side, every claim linked to its article";

    fn new(_: &RenderOptions) -> Self {
        Html
    }
}

/// Most severe first: the findings, then what is shown only with `--all`.
use super::BY_SEVERITY as ORDER;

const STYLE: &str = r#"
:root { --fg: #1d2433; --muted: #5b6478; --bg: #ffffff; --panel: #f5f6f9; --line: #dde1ea;
  --conflict: #b42318; --variant: #a15c07; --unresolved: #6941c6; --resolved: #0e7490; --agree: #067647;
  --mark: #fff1a8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e9f0; --muted: #a3abbd; --bg: #14171f; --panel: #1d212c; --line: #323846;
    --conflict: #f97066; --variant: #fdb022; --unresolved: #b692f6; --resolved: #22ccee; --agree: #47cd89;
    --mark: #5c4a00; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); }
header, main { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
.summary { color: var(--muted); margin: 0 0 .75rem; }
.filters { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .5rem .75rem; background: var(--panel);
  border-radius: .5rem; position: sticky; top: 0; z-index: 1; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
.filters legend { float: left; font-weight: 600; margin-right: .5rem; }
.filters label { white-space: nowrap; }
.group { border: 1px solid var(--line); border-left: .35rem solid var(--line); border-radius: .5rem;
  padding: .75rem 1rem; margin: .75rem 0; background: var(--bg); }
.group.conflict { border-left-color: var(--conflict); }
.group.variant { border-left-color: var(--variant); }
.group.unresolved { border-left-color: var(--unresolved); }
.group.resolved { border-left-color: var(--resolved); }
.group.agree { border-left-color: var(--agree); }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; padding: .05rem .45rem; border-radius: .25rem; color: #fff; vertical-align: .1em; }
.badge.conflict { background: var(--conflict); } .badge.variant { background: var(--variant); }
.badge.unresolved { background: var(--unresolved); } .badge.resolved { background: var(--resolved); }
.badge.agree { background: var(--agree); }
.kind { color: var(--muted); font-weight: 400; }
.explanation { color: var(--muted); margin: .25rem 0 .5rem; overflow-wrap: anywhere; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: .75rem; }
.side { background: var(--panel); border-radius: .5rem; padding: .5rem .75rem; }
.side h4 { margin: 0; font-size: 1.1rem; }
.sources { color: var(--muted); font-size: .9rem; margin: 0 0 .25rem; }
ul.claims { list-style: none; margin: 0; padding: 0; }
ul.claims li { padding: .4rem 0; border-top: 1px solid var(--line); }
ul.claims li:first-child { border-top: 0; }
.sentence { margin: 0; overflow-wrap: anywhere; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
.meta { font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.meta a { color: inherit; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.doc { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: .75rem 0; }
.doc .text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; margin: .5rem 0 0; }
.doc mark:target, .doc mark.target { outline: 2px solid var(--conflict); }
.inferred { font-style: italic; }
.hidden { display: none; }
@media (max-width: 40rem) { body { font-size: 15px; } .group, .doc { padding: .5rem .6rem; } }
"#;

const SCRIPT: &str = r#"
(function () {
  var boxes = document.querySelectorAll('.filters input[type=checkbox]');
  function apply() {
    var on = { status: {}, kind: {} };
    boxes.forEach(function (b) { on[b.name][b.value] = b.checked; });
    document.querySelectorAll('.group').forEach(function (g) {
      var show = on.status[g.dataset.status] !== false && on.kind[g.dataset.kind] !== false;
      g.classList.toggle('hidden', !show);
    });
    document.querySelectorAll('.story').forEach(function (s) {
      s.classList.toggle('hidden', !s.querySelector('.group:not(.hidden)'));
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
"#;

/// `s` with `&`, `<`, `>`, `"` and `'` escaped: safe in text and in quoted attributes.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Render for Html {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let index = Index::new(report);
        let doc_index: BTreeMap<&str, usize> = report
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let mut page = String::new();
        page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.push_str("<title>claimcheck report</title>\n<style>");
        page.push_str(STYLE);
        page.push_str("</style>\n</head>\n<body>\n<header>\n<h1>claimcheck report</h1>\n");
        summary(&mut page, report);
        filters(&mut page, report);
        page.push_str("</header>\n<main>\n");
        // The documents marked in their texts: which element each claim links to.
        let (texts, targets) = documents(report, &doc_index);
        let mut stories: Vec<&super::StoryOut> = report.stories.iter().collect();
        let worst = |s: &super::StoryOut| report.groups.iter().filter(|g| g.story == s.id).map(|g| g.status).max();
        // Stories with the most severe findings first; the order is otherwise the report's.
        stories.sort_by_key(|s| std::cmp::Reverse(worst(s)));
        for story in stories {
            let groups: Vec<&GroupOut> = report.groups.iter().filter(|g| g.story == story.id).collect();
            if groups.is_empty() {
                continue;
            }
            let _ = writeln!(
                page,
                "<section class=\"story\" id=\"story-{}\">\n<h2>{} <span class=\"kind\">({})</span></h2>",
                escape(&story.id),
                escape(&story.title),
                plural(story.documents.len(), "document", "documents")
            );
            for st in ORDER {
                for g in groups.iter().filter(|g| g.status == st) {
                    group(&mut page, g, &index, &targets);
                }
            }
            page.push_str("</section>\n");
        }
        if !report.skipped.is_empty() {
            page.push_str("<section>\n<h2>Skipped</h2>\n<ul>\n");
            for s in &report.skipped {
                let _ = writeln!(page, "<li><code>{}</code>: {}</li>", escape(&s.path), escape(&s.reason));
            }
            page.push_str("</ul>\n</section>\n");
        }
        page.push_str("<section id=\"documents\">\n<h2>Documents</h2>\n");
        page.push_str(&texts);
        page.push_str("</section>\n</main>\n<script>");
        page.push_str(SCRIPT);
        page.push_str("</script>\n</body>\n</html>\n");
        out.write_all(page.as_bytes())
    }
}

fn summary(page: &mut String, report: &Report) {
    let s = &report.summary;
    let mut parts = vec![
        plural(s.documents, "document", "documents"),
        plural(s.stories, "story", "stories"),
        plural(s.claims, "claim", "claims"),
        plural(s.groups, "group", "groups"),
    ];
    if s.skipped > 0 {
        parts.push(format!("{} skipped", s.skipped));
    }
    let statuses: Vec<String> = ORDER
        .iter()
        .filter_map(|st| {
            let n = *s.by_status.get(st.as_str()).unwrap_or(&0);
            (n > 0).then(|| format!("<span class=\"badge {0}\">{n} {0}</span>", st.as_str()))
        })
        .collect();
    let _ = writeln!(
        page,
        "<p class=\"summary\">{}{}{}</p>",
        parts.join(", "),
        if statuses.is_empty() { "" } else { ": " },
        statuses.join(" ")
    );
}

fn filters(page: &mut String, report: &Report) {
    page.push_str("<form class=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Status</legend>");
    for st in ORDER {
        let n = *report.summary.by_status.get(st.as_str()).unwrap_or(&0);
        let _ = write!(
            page,
            "<label><input type=\"checkbox\" name=\"status\" value=\"{0}\" checked> {0} ({n})</label>",
            st.as_str()
        );
    }
    page.push_str("</fieldset>\n<fieldset><legend>Kind</legend>");
    for k in Kind::ALL {
        let _ = write!(
            page,
            "<label><input type=\"checkbox\" name=\"kind\" value=\"{0}\" checked> {0}</label>",
            k.as_str()
        );
    }
    page.push_str("</fieldset>\n</form>\n");
}

fn group(page: &mut String, g: &GroupOut, index: &Index<'_>, targets: &BTreeMap<&str, String>) {
    let st = g.status.as_str();
    let _ = writeln!(
        page,
        "<article class=\"group {st}\" id=\"{id}\" data-status=\"{st}\" data-kind=\"{kind}\">\n\
         <h3><span class=\"badge {st}\">{st}</span> <span class=\"kind\">{kind}</span> {subject} \
         <span class=\"kind\">{id}</span></h3>\n<p class=\"explanation\">{expl}</p>",
        id = escape(&g.id),
        kind = g.kind.as_str(),
        subject = escape(&g.subject),
        expl = escape(&g.explanation),
    );
    if g.sides.is_empty() {
        claim_list(page, &g.claims, index, targets);
    } else {
        page.push_str("<div class=\"sides\">\n");
        for s in &g.sides {
            let _ = writeln!(
                page,
                "<div class=\"side\">\n<h4>{}</h4>\n<p class=\"sources\">{}</p>",
                escape(&s.value),
                escape(&s.sources.join(", "))
            );
            claim_list(page, &s.claims, index, targets);
            page.push_str("</div>\n");
        }
        if !g.compatible.is_empty() {
            page.push_str("<div class=\"side\">\n<h4>Compatible with every side</h4>\n");
            claim_list(page, &g.compatible, index, targets);
            page.push_str("</div>\n");
        }
        page.push_str("</div>\n");
    }
    page.push_str("</article>\n");
}

fn claim_list(page: &mut String, ids: &[String], index: &Index<'_>, targets: &BTreeMap<&str, String>) {
    page.push_str("<ul class=\"claims\">\n");
    for id in ids {
        if let Some(c) = index.claims.get(id.as_str()) {
            claim(page, c, index, targets);
        }
    }
    page.push_str("</ul>\n");
}

fn claim(page: &mut String, c: &ClaimOut, index: &Index<'_>, targets: &BTreeMap<&str, String>) {
    let doc = index.documents.get(c.document.as_str());
    let source = c
        .attribution
        .as_deref()
        .or_else(|| doc.and_then(|d| d.source.as_deref()))
        .map(|s| format!(" · {}", escape(s)))
        .unwrap_or_default();
    let outlet = doc
        .and_then(|d| d.source.as_deref().or(d.title.as_deref()))
        .filter(|o| Some(*o) != c.attribution.as_deref())
        .map(|o| format!(" · in {}", escape(o)))
        .unwrap_or_default();
    let target = targets.get(c.id.as_str()).cloned().unwrap_or_else(|| c.id.clone());
    let _ = writeln!(
        page,
        "<li><p class=\"sentence\">{}</p>\n<div class=\"meta\"><a href=\"#{}\"><code>{}:{}:{}</code></a> · {}{source}{outlet}</div></li>",
        highlighted(&c.sentence, &c.text),
        escape(&target),
        escape(index.path(c)),
        c.line,
        c.column,
        escape(&c.value.to_string()),
    );
}

/// The sentence, escaped, with the claim's text marked where it first occurs (the
/// sentence is shown with its whitespace squashed, so the claim is squashed too).
fn highlighted(sentence: &str, text: &str) -> String {
    let claim = crate::text::squash(text);
    match sentence.find(&claim).filter(|_| !claim.is_empty()) {
        Some(at) => format!(
            "{}<mark>{}</mark>{}",
            escape(&sentence[..at]),
            escape(&claim),
            escape(&sentence[at + claim.len()..])
        ),
        None => format!("{} <mark>{}</mark>", escape(sentence), escape(&claim)),
    }
}

/// Every document's full text with its claims marked, and for each claim the id of the
/// element that marks it (a claim inside another claim's mark links to that mark).
fn documents<'a>(report: &'a Report, doc_index: &BTreeMap<&str, usize>) -> (String, BTreeMap<&'a str, String>) {
    let mut by_doc: Vec<Vec<&ClaimOut>> = vec![Vec::new(); report.documents.len()];
    for c in &report.claims {
        if let Some(&i) = doc_index.get(c.document.as_str()) {
            by_doc[i].push(c);
        }
    }
    let mut targets = BTreeMap::new();
    let mut page = String::new();
    for (i, d) in report.documents.iter().enumerate() {
        let text = report.texts.get(i).map(String::as_str).unwrap_or("");
        let published = match &d.published.value {
            Some(v) if d.published.provenance == "text" || d.published.provenance == "aligned" => {
                format!(
                    " · published <span class=\"inferred\">{} (inferred from the {})</span>",
                    escape(v),
                    escape(&d.published.provenance)
                )
            }
            Some(v) => format!(" · published {} ({})", escape(v), escape(&d.published.provenance)),
            None => " · no publication date".into(),
        };
        let _ = writeln!(
            page,
            "<article class=\"doc\" id=\"doc-{}\">\n<h3>{}</h3>\n<div class=\"meta\"><code>{}</code>{}{}</div>",
            i + 1,
            escape(d.title.as_deref().unwrap_or(&d.id)),
            escape(&d.path),
            d.source
                .as_deref()
                .map(|s| format!(" · {}", escape(s)))
                .unwrap_or_default(),
            published
        );
        page.push_str("<pre class=\"text\">");
        let mut claims = by_doc[i].clone();
        claims.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut at = 0;
        let mut open: Option<(&str, usize)> = None;
        for c in claims {
            if let Some((outer, end)) = open
                && c.start < end
            {
                targets.insert(c.id.as_str(), outer.to_string());
                continue;
            }
            let (Some(before), Some(inner)) = (text.get(at..c.start), text.get(c.start..c.end)) else {
                continue;
            };
            page.push_str(&escape(before));
            let _ = write!(
                page,
                "<mark id=\"{0}\" title=\"{0}: {1}\">{2}</mark>",
                escape(&c.id),
                escape(&c.value.to_string()),
                escape(inner)
            );
            targets.insert(c.id.as_str(), c.id.clone());
            open = Some((c.id.as_str(), c.end));
            at = c.end;
        }
        page.push_str(&escape(text.get(at..).unwrap_or("")));
        page.push_str("</pre>\n</article>\n");
    }
    (page, targets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x' & \"y\")</script>"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"
        );
    }

    #[test]
    fn the_claim_is_marked_in_its_sentence() {
        assert_eq!(
            highlighted("They sent <b>3,000</b> troops.", "3,000</b>\n troops"),
            "They sent &lt;b&gt;<mark>3,000&lt;/b&gt; troops</mark>."
        );
        assert_eq!(highlighted("… cut", "gone"), "… cut <mark>gone</mark>");
    }
}
