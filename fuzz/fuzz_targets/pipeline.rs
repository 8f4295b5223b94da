//! Arbitrary text through segment, extract, anchor and reconcile: no panic, spans sound.
#![no_main]

use claimcheck::model::{Document, Meta};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Split into up to three documents so reconciliation sees cross-document pairs.
    let parts: Vec<&str> = text.splitn(3, '\u{1e}').collect();
    let docs: Vec<Document> = parts
        .iter()
        .enumerate()
        .map(|(i, t)| Document {
            id: format!("d{i}"),
            path: format!("d{i}"),
            text: t.to_string(),
            body_start: 0,
            meta: Meta::default(),
        })
        .collect();
    let a = claimcheck::analyze(docs, Vec::new(), "2024-10-24".parse().ok());
    for c in &a.claims {
        let t = &a.documents[c.doc].text;
        assert!(c.span.end <= t.len() && t.is_char_boundary(c.span.start) && t.is_char_boundary(c.span.end));
    }
    let _ = claimcheck::Report::new(&a).to_json();
});
