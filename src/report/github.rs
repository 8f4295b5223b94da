//! `--format github`: GitHub Actions workflow commands, one annotation per finding, so
//! that findings show on the files of a pull request and in the run's summary.
//!
//! `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=TITLE::MESSAGE` at the
//! finding's first claim (a conflict's first side first); the message is the
//! explanation followed by every claim of the group as `path:line:column "text"`, one
//! a line. Levels: a conflict is an `error`, a variant a `warning`, an unresolved group
//! a `notice`. As GitHub documents for workflow commands, `%`, `\r` and `\n` are
//! escaped in the message, and also `:` and `,` in property values.

use std::io::{self, Write};

use super::findings::{self, Finding, Index};
use super::{FormatInfo, Render, RenderOptions, Report};
use crate::model::Status;

/// `--format github`.
#[derive(Debug, Clone, Copy)]
pub struct Github;

impl FormatInfo for Github {
    const NAME: &'static str = "github";
    const HELP: &'static str = "GitHub Actions annotations (::error file=...::), one per finding";

    fn new(_: &RenderOptions) -> Self {
        Github
    }
}

impl Render for Github {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let index = Index::new(report);
        for f in findings::findings(report, &index) {
            annotation(&f, &index, out)?;
        }
        Ok(())
    }
}

fn annotation(f: &Finding<'_>, index: &Index<'_>, out: &mut dyn Write) -> io::Result<()> {
    let g = f.group;
    let level = match g.status {
        Status::Conflict => "error",
        Status::Variant => "warning",
        _ => "notice",
    };
    // The first side's first claim leads: it is where the contradiction is best seen.
    let lead = g
        .sides
        .first()
        .and_then(|s| s.claims.first())
        .and_then(|id| index.claims.get(id.as_str()).copied())
        .or_else(|| f.claims.first().copied());
    let mut props = Vec::new();
    if let Some(c) = lead {
        let (end_line, end_column) = findings::end_line_column(c);
        props.push(format!("file={}", property(index.path(c))));
        props.push(format!("line={}", c.line));
        props.push(format!("col={}", c.column));
        props.push(format!("endLine={end_line}"));
        props.push(format!("endColumn={end_column}"));
    }
    props.push(format!("title={}", property(&findings::title(g))));
    let mut message = g.explanation.clone();
    for c in &f.claims {
        message.push_str(&format!(
            "\n{}:{}:{} \"{}\"",
            index.path(c),
            c.line,
            c.column,
            crate::text::squash(&c.text)
        ));
    }
    writeln!(out, "::{level} {}::{}", props.join(","), data(&message))
}

/// A message (the data after `::`): `%`, `\r` and `\n` escaped.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value: as [`data`], and `:` and `,` escaped too.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(data("50% of\r\nvoters: yes, no"), "50%25 of%0D%0Avoters: yes, no");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
