//! Bytes to text (UTF-8, UTF-16 with BOM, a guessed legacy encoding; binary files
//! refused), and the format that reads the text, by extension or by an HTML head.

use std::path::Path;

use super::Outcome;
use super::front_matter::{FrontMatter, parse_front_matter};
use super::jsonl::parse_jsonl;
use crate::model::{Document, Skipped};

/// Magic numbers of common binary formats found in article folders by mistake.
const BINARY_MAGIC: &[&[u8]] = &[
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"GIF8",
    b"\xFF\xD8\xFF",
    b"\x7FELF",
    b"\x1F\x8B",
    b"BZh",
    b"\xFD7zXZ",
];

/// Why bytes look binary, if they do.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    if BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Some("binary file (known binary format signature)".into());
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if !head.is_empty() && control * 10 > head.len() {
        return Some(format!(
            "binary file ({control} control bytes in the first {} bytes)",
            head.len()
        ));
    }
    None
}

/// Decode bytes to text: UTF-8 (BOM tolerated), UTF-16 with BOM, else a guessed legacy
/// encoding with a warning.
fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        let warning = had_errors.then(|| format!("invalid {} sequences replaced", enc.name()));
        return Ok((text.into_owned(), warning));
    }
    if let Some(r) = binary_reason(bytes) {
        return Err(r);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Allow);
            let (text, _, _) = enc.decode(bytes);
            Ok((
                text.into_owned(),
                Some(format!("not valid UTF-8; decoded as {}", enc.name())),
            ))
        }
    }
}

pub(super) fn decode_document(id: &str, display: &str, label: &str, bytes: Vec<u8>) -> Outcome {
    let (text, warning) = match decode(&bytes) {
        Ok(t) => t,
        Err(reason) => return Outcome::skip(label, reason),
    };
    let mut out = Outcome::default();
    if let Some(w) = warning {
        out.warnings.push(Skipped {
            path: label.to_string(),
            reason: w,
        });
    }
    if text.trim().is_empty() {
        out.warnings.push(Skipped {
            path: label.to_string(),
            reason: "empty file: no text to check".into(),
        });
    }
    let ext = Path::new(display)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let looks_html = {
        let head = text
            .trim_start()
            .get(..256.min(text.trim_start().len()))
            .unwrap_or("")
            .to_ascii_lowercase();
        head.starts_with("<!doctype html") || head.starts_with("<html")
    };
    match ext.as_str() {
        "html" | "htm" | "xhtml" => out.absorb_html(id, display, label, &text),
        _ if looks_html => out.absorb_html(id, display, label, &text),
        "jsonl" | "ndjson" => {
            let (docs, problems) = parse_jsonl(id, display, &text);
            out.documents.extend(docs);
            out.skipped.extend(problems);
        }
        _ => {
            let FrontMatter {
                meta,
                body_start,
                problem,
            } = parse_front_matter(&text);
            if let Some((line, message)) = problem {
                out.warnings.push(Skipped {
                    path: format!("{label}:{line}"),
                    reason: message,
                });
            }
            out.documents.push(Document {
                id: id.to_string(),
                path: display.to_string(),
                text,
                body_start,
                meta,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_boms_and_legacy_bytes() {
        let (t, w) = decode(b"\xEF\xBB\xBFcaf\xC3\xA9").unwrap();
        assert_eq!((t.as_str(), w), ("café", None));
        let (t, _) = decode(b"\xFF\xFEh\x00i\x00").unwrap();
        assert_eq!(t, "hi");
        let (t, w) = decode(b"The caf\xE9 said \x93yes\x94 to 3,000 guests.").unwrap();
        assert!(t.contains("café"), "{t}");
        assert!(w.unwrap().contains("not valid UTF-8"));
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0").is_err());
    }
}
