//! `--format json`: the whole report as one pretty-printed JSON object, the public wire
//! format documented in the module above.

use std::io::{self, Write};

use super::{FormatInfo, Render, RenderOptions, Report};

/// `--format json`: the [`Report`] serialised as it is, newline-terminated.
#[derive(Debug, Clone, Copy)]
pub struct Json;

impl FormatInfo for Json {
    const NAME: &'static str = "json";
    const HELP: &'static str = "The whole report as one JSON object (see the README for the schema)";

    fn new(_: &RenderOptions) -> Self {
        Json
    }
}

impl Render for Json {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report)?;
        out.write_all(b"\n")
    }
}
