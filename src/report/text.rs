//! The terminal renderer: summary first, then story by story (a header per story when
//! the run holds several) the groups from the most to the least severe, each with its
//! explanation and its claims as `path:line:column  "surface" -> value`.
//! Colour comes from `anstyle` and is stripped by `anstream` when it should be.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use super::{ClaimOut, FormatInfo, Render, RenderOptions, Report};
use crate::model::Status;

/// `--format text`: the report for people, in colour (the binary strips it where colour
/// is off).
#[derive(Debug, Clone)]
pub struct Text {
    #[allow(dead_code)]
    opts: RenderOptions,
}

impl FormatInfo for Text {
    const NAME: &'static str = "text";
    const ALIASES: &'static [&'static str] = &["human"];
    const HELP: &'static str = "A report for people";
    const COLORED: bool = true;

    fn new(opts: &RenderOptions) -> Self {
        Text { opts: opts.clone() }
    }
}

impl Render for Text {
    fn render(&self, report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(render(report).as_bytes())
    }
}

const ORDER: [Status; 5] = [
    Status::Conflict,
    Status::Variant,
    Status::Unresolved,
    Status::Resolved,
    Status::Agree,
];

fn style(s: Status) -> Style {
    let c = match s {
        Status::Conflict => AnsiColor::Red,
        Status::Variant => AnsiColor::Yellow,
        Status::Unresolved => AnsiColor::Magenta,
        Status::Resolved => AnsiColor::Cyan,
        Status::Agree => AnsiColor::Green,
    };
    Style::new().fg_color(Some(c.into())).bold()
}

fn claim_line(out: &mut String, c: &ClaimOut, path: &str) {
    let dim = Style::new().dimmed();
    let mut text = crate::text::squash(&c.text);
    if text.chars().count() > 90 {
        text = text.chars().take(87).collect::<String>() + "...";
    }
    let who = c.attribution.as_deref().map(|a| format!("  ({a})")).unwrap_or_default();
    let _ = writeln!(
        out,
        "    {dim}{path}:{}:{}{dim:#}  \"{text}\" -> {}{who}",
        c.line, c.column, c.value
    );
}

/// Render the report for people.
fn render(r: &Report) -> String {
    let mut out = String::new();
    let bold = Style::new().bold();
    let s = &r.summary;
    let _ = write!(
        out,
        "{bold}claimcheck{bold:#}: {} documents, {}{} claims, {} groups",
        s.documents,
        if s.stories > 1 {
            format!("{} stories, ", s.stories)
        } else {
            String::new()
        },
        s.claims,
        s.groups
    );
    let parts: Vec<String> = ORDER
        .iter()
        .filter_map(|st| {
            let n = *s.by_status.get(st.as_str()).unwrap_or(&0);
            (n > 0).then(|| format!("{} {n} {}{:#}", style(*st), st.as_str(), style(*st)))
        })
        .collect();
    if !parts.is_empty() {
        let _ = write!(out, " ({})", parts.join(", "));
    }
    if s.skipped > 0 {
        let _ = write!(out, ", {} skipped", s.skipped);
    }
    out.push('\n');
    let claims: std::collections::BTreeMap<&str, &ClaimOut> = r.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let paths: std::collections::BTreeMap<&str, &str> =
        r.documents.iter().map(|d| (d.id.as_str(), d.path.as_str())).collect();
    for story in &r.stories {
        let mine: Vec<&super::GroupOut> = r.groups.iter().filter(|g| g.story == story.id).collect();
        if mine.is_empty() {
            continue;
        }
        if r.stories.len() > 1 {
            let n = story.documents.len();
            let _ = writeln!(
                out,
                "\n{bold}== story {}: {}{bold:#} ({n} document{})",
                story.id,
                story.title,
                if n == 1 { "" } else { "s" }
            );
        }
        render_groups(&mut out, &mine, &claims, &paths);
    }
    if !r.skipped.is_empty() {
        let _ = writeln!(out, "\n{bold}skipped{bold:#}");
        for sk in &r.skipped {
            let _ = writeln!(out, "    {}: {}", sk.path, sk.reason);
        }
    }
    out
}

/// One story's groups, most severe first.
fn render_groups(
    out: &mut String,
    groups: &[&super::GroupOut],
    claims: &std::collections::BTreeMap<&str, &ClaimOut>,
    paths: &std::collections::BTreeMap<&str, &str>,
) {
    let bold = Style::new().bold();
    for st in ORDER {
        for g in groups.iter().filter(|g| g.status == st) {
            let label = st.as_str().to_uppercase();
            let _ = writeln!(
                out,
                "\n{}{label}{:#} {} {bold}{}{bold:#}",
                style(st),
                style(st),
                g.kind.as_str(),
                g.subject
            );
            let _ = writeln!(out, "  {}", g.explanation);
            if !g.sides.is_empty() {
                let shown: Vec<String> = g
                    .sides
                    .iter()
                    .map(|s| format!("{} ({})", s.value, s.sources.join(", ")))
                    .collect();
                let _ = writeln!(out, "  sides: {}", shown.join(" vs "));
            }
            for id in &g.claims {
                if let Some(c) = claims.get(id.as_str()) {
                    claim_line(out, c, paths.get(c.document.as_str()).copied().unwrap_or(&c.document));
                }
            }
        }
    }
}
