//! Development tool: print the date claims of one file as claimcheck's JSON would,
//! with only the fields `scripts/eval_timeml.sh` needs. Usage:
//! `date_claims FILE [--published YYYY-MM-DD]`.
#![allow(clippy::print_stdout)]

use claimcheck::anchor;
use claimcheck::extract::date;
use claimcheck::model::{Document, Meta};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut published = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--published" => {
                published = args.get(i + 1).and_then(|s| anchor::parse_iso_prefix(s));
                i += 1;
            }
            "--format" | "--fail-on" => i += 1,
            a => path = Some(a.to_string()),
        }
        i += 1;
    }
    let path = path.expect("a file");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8");
    let doc = Document {
        id: path.clone(),
        path: path.clone(),
        text,
        body_start: 0,
        meta: Meta::default(),
    };
    let seg = claimcheck::segment::segment(&doc.text, 0);
    let ms = date::find(&doc, &seg);
    let a = anchor::own_anchor(&doc, &ms, published);
    let claims: Vec<serde_json::Value> = ms
        .iter()
        .map(|m| {
            let v = date::resolve(m, a.as_ref().map(|a| a.date));
            serde_json::json!({
                "kind": "date",
                "text": &doc.text[m.span.start..m.span.end],
                "start": m.span.start,
                "end": m.span.end,
                "subject": m.subject,
                "value": v,
            })
        })
        .collect();
    println!("{}", serde_json::json!({ "claims": claims }));
}
