//! `--format text`: the report for people at a terminal.
//!
//! What needs attention comes first and last: a header line; the findings, conflicts
//! first, then variants, then unresolved groups (story by story inside each status);
//! a one-line count of the agreements and resolutions left out (`--all` shows them in
//! full); and at the end a summary line naming the findings, plus, when they fail the
//! run, the exit code and the flag that sets it. A conflict lists its sides aligned,
//! then each side's claims as `path:line:column` with the claim's sentence, wrapped at
//! word boundaries within the width and the claim highlighted. `--explain GROUP` shows
//! one group with every claim in its sentence.
//!
//! Colour (from `anstyle`) marks statuses, paths and the claim in its sentence; the
//! binary strips it off a terminal, for `--color never` and `NO_COLOR`, so the text is
//! the same with or without it.

use std::fmt::Write as _;
use std::io;

use anstyle::{AnsiColor, Style};

use super::findings::Index;
use super::{ClaimOut, FormatInfo, GroupOut, Render, RenderOptions, Report};
use crate::model::{Status, Value};

/// `--format text`.
#[derive(Debug, Clone)]
pub struct Text {
    opts: RenderOptions,
}

impl FormatInfo for Text {
    const NAME: &'static str = "text";
    const ALIASES: &'static [&'static str] = &["human"];
    const HELP: &'static str = "A report for people: findings first, a summary at the end";
    const COLORED: bool = true;

    fn new(opts: &RenderOptions) -> Self {
        Text { opts: opts.clone() }
    }
}

impl Render for Text {
    fn render(&self, report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
        let mut page = String::new();
        let r = Renderer {
            report,
            index: Index::new(report),
            opts: &self.opts,
            width: self.opts.width.max(40),
        };
        match &self.opts.explain {
            Some(id) => r.explain(&mut page, id),
            None => r.full(&mut page),
        }
        out.write_all(page.as_bytes())
    }
}

/// Most severe first: the findings, then what is shown only with `--all`.
use super::BY_SEVERITY as ORDER;

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

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const CLAIM: Style = Style::new().bold().underline();

/// `n thing` or `n things`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A status counted: "1 conflict", "4 variants", "2 unresolved", "9 agreeing groups".
fn status_count(s: Status, n: usize) -> String {
    match s {
        Status::Conflict => count(n, "conflict", "conflicts"),
        Status::Variant => count(n, "variant", "variants"),
        Status::Unresolved => format!("{n} unresolved"),
        Status::Resolved => count(n, "resolved group", "resolved groups"),
        Status::Agree => count(n, "agreeing group", "agreeing groups"),
    }
}

/// Whether a group is a finding (shown without `--all`).
fn finding(s: Status) -> bool {
    super::findings::is_finding(s)
}

struct Renderer<'a> {
    report: &'a Report,
    index: Index<'a>,
    opts: &'a RenderOptions,
    width: usize,
}

impl<'a> Renderer<'a> {
    fn full(&self, out: &mut String) {
        self.header(out);
        let r = self.report;
        let several = r.stories.len() > 1;
        for st in ORDER {
            if !finding(st) && !self.opts.all {
                continue;
            }
            for story in &r.stories {
                for g in r.groups.iter().filter(|g| g.story == story.id && g.status == st) {
                    self.group(out, g, several, false);
                }
            }
        }
        let left_out: Vec<String> = [Status::Resolved, Status::Agree]
            .iter()
            .filter(|_| !self.opts.all)
            .map(|&s| (s, self.n(s)))
            .filter(|&(_, n)| n > 0)
            .map(|(s, n)| status_count(s, n))
            .collect();
        if !left_out.is_empty() {
            let _ = writeln!(out, "\n{} not shown (--all shows them)", left_out.join(" and "));
        }
        if !r.skipped.is_empty() {
            let _ = writeln!(out, "\n{BOLD}skipped{BOLD:#}");
            for sk in &r.skipped {
                let _ = writeln!(out, "  {}: {}", self.short(&sk.path), sk.reason);
            }
        }
        self.footer(out);
    }

    /// Groups of a status.
    fn n(&self, s: Status) -> usize {
        *self.report.summary.by_status.get(s.as_str()).unwrap_or(&0)
    }

    fn header(&self, out: &mut String) {
        let s = &self.report.summary;
        let mut parts = vec![count(s.documents, "document", "documents")];
        if s.stories > 1 {
            parts.push(count(s.stories, "story", "stories"));
        }
        parts.push(count(s.claims, "claim", "claims"));
        parts.push(count(s.groups, "group", "groups"));
        if s.skipped > 0 {
            parts.push(format!("{} skipped", s.skipped));
        }
        let _ = writeln!(out, "{BOLD}claimcheck{BOLD:#}: {}", parts.join(", "));
        let inferred: Vec<String> = self
            .report
            .documents
            .iter()
            .filter(|d| inferred(&d.published.provenance))
            .map(|d| format!("{} {}", self.short(&d.path), d.published.value.as_deref().unwrap_or("")))
            .collect();
        if !inferred.is_empty() {
            let line = format!(
                "publication dates inferred from the text, not stated: {}",
                inferred.join(", ")
            );
            out.push_str(&wrap(&[(line.as_str(), false)], 0, 2, self.width));
        }
    }

    /// The summary line naming the findings, then the exit hint.
    fn footer(&self, out: &mut String) {
        let r = self.report;
        let mut named = Vec::new();
        for st in ORDER.into_iter().filter(|s| finding(*s)) {
            let groups: Vec<&GroupOut> = r.groups.iter().filter(|g| g.status == st).collect();
            if groups.is_empty() {
                continue;
            }
            let mut names: Vec<String> = groups
                .iter()
                .take(3)
                .map(|g| format!("{} {} {}", g.id, g.kind.as_str(), g.subject))
                .collect();
            if groups.len() > 3 {
                names.push(format!("{} more", groups.len() - 3));
            }
            named.push(format!(
                "{}{}{:#} ({})",
                style(st),
                status_count(st, groups.len()),
                style(st),
                names.join("; ")
            ));
        }
        let mut line = if named.is_empty() {
            "no conflicts, variants or unresolved groups".to_string()
        } else {
            named.join(", ")
        };
        if let Some(n) = r.summary.hidden_by_baseline.filter(|&n| n > 0) {
            line.push_str(&format!(
                "; {} known from the baseline not shown",
                count(n, "finding", "findings")
            ));
        }
        out.push('\n');
        out.push_str(&wrap(&[(line.as_str(), false)], 0, 2, self.width));
        if let Some(level) = self.opts.fail_on
            && !r.documents.is_empty()
            && r.skipped.is_empty()
        {
            let failing: Vec<String> = ORDER
                .iter()
                .filter(|&&s| s >= level)
                .map(|&s| (s, self.n(s)))
                .filter(|&(_, n)| n > 0)
                .map(|(s, n)| status_count(s, n))
                .collect();
            if !failing.is_empty() {
                let _ = writeln!(out, "exit 1: {}; see --fail-on", failing.join(", "));
            }
        }
    }

    /// `--explain GROUP`: one group, every claim in its sentence.
    fn explain(&self, out: &mut String, id: &str) {
        match self.report.groups.iter().find(|g| g.id == id) {
            Some(g) => {
                let story = self.report.stories.iter().find(|s| s.id == g.story);
                if let Some(s) = story {
                    let _ = writeln!(
                        out,
                        "{BOLD}story {}{BOLD:#}: {} ({})",
                        s.id,
                        s.title,
                        count(s.documents.len(), "document", "documents")
                    );
                }
                self.group(out, g, false, true);
            }
            None => {
                let _ = writeln!(
                    out,
                    "no group {id}: this run has {}",
                    match self.report.groups.len() {
                        0 => "no groups".to_string(),
                        1 => "one group, g1".to_string(),
                        n => format!("groups g1 to g{n}"),
                    }
                );
            }
        }
    }

    fn group(&self, out: &mut String, g: &GroupOut, several: bool, full: bool) {
        let st = g.status;
        let _ = writeln!(
            out,
            "\n{}{}{:#} {} {BOLD}{}{BOLD:#}  {DIM}{}{DIM:#}",
            style(st),
            st.as_str().to_uppercase(),
            style(st),
            g.kind.as_str(),
            g.subject,
            g.id
        );
        if several && let Some(s) = self.report.stories.iter().find(|s| s.id == g.story) {
            let line = format!("story {}: {}", s.id, s.title);
            out.push_str(&wrap(&[(line.as_str(), false)], 2, 2, self.width));
        }
        let explanation = match &self.opts.base {
            // Paths in the explanation are shown short too.
            Some(base) => g.explanation.replace(&format!("{base}/"), ""),
            None => g.explanation.clone(),
        };
        out.push_str(&wrap(&[(explanation.as_str(), false)], 2, 4, self.width));
        if g.sides.is_empty() {
            // A conflict always shows its sentences: they are the evidence to read.
            let sentences = full || st == Status::Conflict;
            for id in &g.claims {
                if let Some(c) = self.index.claims.get(id.as_str()) {
                    self.claim(out, c, sentences);
                }
            }
            return;
        }
        // The sides aligned: value, then who gives it.
        let wide = g.sides.iter().map(|s| s.value.chars().count()).max().unwrap_or(0);
        for (i, s) in g.sides.iter().enumerate() {
            let pad = wide - s.value.chars().count();
            let lead = format!(
                "  {}{}{}{:#}{}  ",
                if i == 0 { "   " } else { "vs " },
                style(st),
                s.value,
                style(st),
                " ".repeat(pad)
            );
            let sources = s.sources.join(", ");
            out.push_str(&wrap_after(&lead, &[(sources.as_str(), false)], 7 + wide, self.width));
        }
        for s in &g.sides {
            let _ = writeln!(out, "\n  {}{}{:#}", style(st), s.value, style(st));
            for id in &s.claims {
                if let Some(c) = self.index.claims.get(id.as_str()) {
                    self.claim(out, c, true);
                }
            }
        }
        if !g.compatible.is_empty() {
            let _ = writeln!(out, "\n  compatible with every side");
            for id in &g.compatible {
                if let Some(c) = self.index.claims.get(id.as_str()) {
                    self.claim(out, c, full);
                }
            }
        }
    }

    /// One claim: where, what, who; with `sentence`, its sentence below, wrapped, the
    /// claim highlighted.
    fn claim(&self, out: &mut String, c: &ClaimOut, sentence: bool) {
        let mut text = crate::text::squash(&c.text);
        if text.chars().count() > 60 {
            text = text.chars().take(59).collect::<String>() + "…";
        }
        let who = c.attribution.as_deref().map(|a| format!("  ({a})")).unwrap_or_default();
        let lead = format!(
            "    {DIM}{}:{}:{}{DIM:#}  ",
            self.short(self.index.path(c)),
            c.line,
            c.column
        );
        let line = format!("\"{text}\" -> {}{}{who}", c.value, self.anchor_note(c));
        out.push_str(&wrap_after(&lead, &[(line.as_str(), false)], 8, self.width));
        if sentence {
            out.push_str(&wrap(&highlight(&c.sentence, &c.text), 6, 6, self.width));
        }
    }

    /// For a relative date, the publication date it counts from, marked when inferred.
    fn anchor_note(&self, c: &ClaimOut) -> String {
        let Value::Date(d) = &c.value else {
            return String::new();
        };
        if !d.relative {
            return String::new();
        }
        let Some(doc) = self.index.documents.get(c.document.as_str()) else {
            return String::new();
        };
        match &doc.published.value {
            Some(p) if inferred(&doc.published.provenance) => format!(" (from {p}, inferred)"),
            _ => String::new(),
        }
    }

    /// A path as shown: relative to the working folder when it lies under it.
    fn short<'p>(&self, path: &'p str) -> &'p str {
        match &self.opts.base {
            Some(base) => path
                .strip_prefix(base.as_str())
                .and_then(|p| p.strip_prefix('/').or_else(|| p.strip_prefix('\\')))
                .filter(|p| !p.is_empty())
                .unwrap_or(path),
            None => path,
        }
    }
}

/// A publication date found by inference rather than stated.
fn inferred(provenance: &str) -> bool {
    matches!(provenance, "text" | "aligned")
}

/// The sentence in pieces, the claim's marked (squashed, as the sentence is).
fn highlight<'s>(sentence: &'s str, text: &str) -> Vec<(&'s str, bool)> {
    let claim = crate::text::squash(text);
    match sentence.find(&claim).filter(|_| !claim.is_empty()) {
        Some(at) => vec![
            (&sentence[..at], false),
            (&sentence[at..at + claim.len()], true),
            (&sentence[at + claim.len()..], false),
        ],
        None => vec![(sentence, false)],
    }
}

/// Pieces of text (highlighted or not) wrapped at word boundaries within `width`
/// columns: the first line indented by `first`, the others by `rest`. A word longer
/// than a line stays whole. Escape sequences in the text do not count as columns.
fn wrap(pieces: &[(&str, bool)], first: usize, rest: usize, width: usize) -> String {
    // Words, each with whether it is highlighted and whether a space comes before it.
    let mut words: Vec<(String, bool, bool)> = Vec::new();
    let mut space = true;
    for &(piece, hl) in pieces {
        for (i, part) in piece.split(char::is_whitespace).enumerate() {
            if i > 0 {
                space = true;
            }
            if part.is_empty() {
                continue;
            }
            match words.last_mut() {
                Some(last) if !space && last.1 == hl => last.0.push_str(part),
                _ => words.push((part.to_string(), hl, space)),
            }
            space = false;
        }
    }
    let mut out = String::new();
    let mut col = 0;
    let mut line_start = true;
    for (w, hl, space_before) in words {
        let len = visible_len(&w);
        let indent = if out.is_empty() { first } else { rest };
        if line_start {
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if space_before && col + 1 + len > width {
            out.push('\n');
            out.push_str(&" ".repeat(rest));
            col = rest;
        } else if space_before {
            out.push(' ');
            col += 1;
        }
        if hl {
            let _ = write!(out, "{CLAIM}{w}{CLAIM:#}");
        } else {
            out.push_str(&w);
        }
        col += len;
        line_start = false;
    }
    out.push('\n');
    out
}

/// `lead` as it is (spaces kept: alignment), then `pieces` wrapped after it, further
/// lines indented by `rest`.
fn wrap_after(lead: &str, pieces: &[(&str, bool)], rest: usize, width: usize) -> String {
    let first = visible_len(lead);
    let wrapped = wrap(pieces, first, rest, width);
    // Nothing to wrap gives a bare newline, without the first line's indent.
    let body = wrapped.get(first..).filter(|_| wrapped.len() > first).unwrap_or("\n");
    format!("{lead}{body}")
}

/// Columns a string takes: characters, less ANSI escape sequences.
fn visible_len(s: &str) -> usize {
    let mut n = 0;
    let mut esc = false;
    for ch in s.chars() {
        match (esc, ch) {
            (false, '\u{1b}') => esc = true,
            (true, 'm') => esc = false,
            (true, _) => {}
            (false, _) => n += 1,
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        let mut out = Vec::new();
        let mut w = anstream::StripStream::new(&mut out);
        let _ = io::Write::write_all(&mut w, s.as_bytes());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn wraps_at_word_boundaries_within_the_width() {
        let text = "The ministry said that approximately 12,000 North Korean troops had arrived in the region.";
        let out = plain(&wrap(
            &highlight(text, "approximately 12,000\nNorth Korean troops"),
            4,
            6,
            40,
        ));
        assert_eq!(
            out,
            "    The ministry said that approximately\n      12,000 North Korean troops had\n      arrived in the region.\n"
        );
        assert!(out.lines().all(|l| l.chars().count() <= 40));
        // The claim is highlighted, and a highlight glued to a quote mark stays one word.
        let coloured = wrap(&highlight("about “12,000” troops", "12,000"), 0, 0, 80);
        assert!(coloured.contains(&format!("“{CLAIM}12,000{CLAIM:#}”")), "{coloured:?}");
        // What comes before the text keeps its spaces.
        assert_eq!(
            plain(&wrap_after(
                "  12,000    ",
                &[("Ukraine, the United States", false)],
                12,
                30
            )),
            "  12,000    Ukraine, the\n            United States\n"
        );
        // A word longer than the line is not cut.
        let long = "x".repeat(50);
        assert_eq!(plain(&wrap(&[(long.as_str(), false)], 2, 2, 20)), format!("  {long}\n"));
    }

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(1, "document", "documents"), "1 document");
        assert_eq!(count(2, "document", "documents"), "2 documents");
        assert_eq!(status_count(Status::Conflict, 1), "1 conflict");
        assert_eq!(status_count(Status::Variant, 4), "4 variants");
        assert_eq!(status_count(Status::Agree, 1), "1 agreeing group");
        assert_eq!(visible_len(&format!("{CLAIM}ab{CLAIM:#}")), 2);
    }
}
