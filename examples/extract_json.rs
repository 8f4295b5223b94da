//! Development helper: run segmentation and the quote and place extractors over files
//! and print claims as JSON in the shape of `claimcheck --format json`, so the
//! evaluation scripts can run before the full CLI exists.
//!
//! usage: cargo run --release --example extract_json -- PATH... [--published D] [--format json] [--fail-on L]

use claimcheck::model::{Document, Meta, Value};
use serde_json::json;

fn main() {
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a.starts_with("--") {
            args.next();
        } else {
            paths.push(a);
        }
    }
    let mut files = Vec::new();
    for p in paths {
        let path = std::path::Path::new(&p);
        if path.is_dir() {
            let mut v: Vec<_> = std::fs::read_dir(path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            v.sort();
            files.extend(v);
        } else {
            files.push(path.to_path_buf());
        }
    }
    let mut docs = Vec::new();
    let mut claims = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let mut body_start = 0;
        if let Some(e) = text.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n")) {
            body_start = 4 + e + 5;
        }
        let id = f
            .file_name()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let doc = Document {
            id: id.clone(),
            path: f.to_string_lossy().to_string(),
            text,
            body_start,
            meta: Meta::default(),
        };
        let seg = claimcheck::segment::segment(&doc.text, doc.body_start);
        let mut cs = claimcheck::extract::quote::extract(i, &doc, &seg);
        cs.extend(claimcheck::extract::place::extract(i, &doc, &seg));
        for c in cs {
            let value = match &c.value {
                Value::Quote(q) => serde_json::to_value(q).unwrap_or_default(),
                Value::Place(p) => serde_json::to_value(p).unwrap_or_default(),
                _ => json!(null),
            };
            claims.push(json!({
                "id": format!("c{}", claims.len()),
                "document": id,
                "kind": c.kind.as_str(),
                "text": c.text(&doc),
                "start": c.span.start,
                "end": c.span.end,
                "sentence": doc.text.get(c.sentence.start..c.sentence.end).unwrap_or(""),
                "subject": c.subject,
                "attribution": c.attribution,
                "value": value,
            }));
        }
        docs.push(json!({"id": id, "path": doc.path}));
    }
    let out = json!({"version": 1, "documents": docs, "claims": claims, "groups": []});
    println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
}
