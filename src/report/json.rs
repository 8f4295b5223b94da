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
        let mut chunked = Chunked {
            buf: Vec::with_capacity(CHUNK + CHUNK / 8),
            out,
        };
        serde_json::to_writer_pretty(&mut chunked, report)?;
        chunked.buf.push(b'\n');
        chunked.out.write_all(&chunked.buf)
    }
}

/// How many bytes [`Chunked`] gathers before passing them on.
const CHUNK: usize = 1 << 16;

/// The serialiser writes a report in many small pieces (a quote, a key, an indent):
/// through `dyn Write` each is a call that cannot be inlined. This writer, of a type
/// the serialiser is compiled for, gathers them and passes them on a chunk at a time.
struct Chunked<'a> {
    buf: Vec<u8>,
    out: &'a mut dyn Write,
}

impl Write for Chunked<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_passes_on_every_byte_in_order() {
        let pieces: Vec<Vec<u8>> = (0..40_000u32).map(|i| i.to_string().into_bytes()).collect();
        let mut out = Vec::new();
        let mut chunked = Chunked {
            buf: Vec::new(),
            out: &mut out,
        };
        for p in &pieces {
            chunked.write_all(p).unwrap();
        }
        chunked.flush().unwrap();
        assert_eq!(out, pieces.concat());
        assert!(out.len() > 2 * CHUNK);
    }
}
