//! Extractor examples as files, one snapshot each (as ruff's): every
//! `tests/fixtures/extract/<kind>/<name>.txt` is an invented article whose first line, a
//! `#` comment, says what it checks. The extractor of that kind runs over the rest of the
//! file and the snapshot `<kind>__<name>` lists what it found, one line each:
//! the text it covers, then the value as reports print it (dates resolved against a
//! fixed publication day, 2024-02-20) and who asserts it, if anyone.

use std::path::Path;

use claimcheck::extract::{Input, date, extractor};
use claimcheck::model::{Document, Kind, Value};

fn render(kind: Kind, text: &str) -> String {
    let doc = Document::new("example.txt", "example.txt", text);
    let seg = claimcheck::segment::segment(text, 0);
    let found = extractor(kind).extract(&Input::new(0, &doc, &seg));
    let anchor = jiff::civil::date(2024, 2, 20);
    let mut out = String::new();
    for c in &found.claims {
        let by = c
            .attribution
            .as_deref()
            .map(|a| format!(" (according to {a})"))
            .unwrap_or_default();
        out.push_str(&format!("{:?} => {}{by}\n", &text[c.span.start..c.span.end], c.value));
    }
    for m in &found.dates {
        let v = Value::Date(date::resolve(m, Some(anchor)));
        out.push_str(&format!("{:?} => {v}\n", &text[m.span.start..m.span.end]));
    }
    out
}

#[test]
fn extractor_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extract");
    let mut seen = 0;
    for kind in Kind::ALL {
        let name = format!("{kind:?}").to_lowercase();
        let Ok(dir) = std::fs::read_dir(root.join(&name)) else {
            continue;
        };
        let mut files: Vec<_> = dir.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let file = std::fs::read_to_string(f).expect("fixture");
            let (comment, text) = file.split_once('\n').expect("a comment line, then the article");
            assert!(
                comment.starts_with('#'),
                "{}: first line must say what it checks",
                f.display()
            );
            let stem = f.file_stem().expect("name").to_string_lossy();
            insta::with_settings!({ description => comment.trim_start_matches('#').trim() }, {
                insta::assert_snapshot!(format!("{name}__{stem}"), render(kind, text));
            });
            seen += 1;
        }
    }
    assert!(seen >= Kind::ALL.len(), "every kind has an example");
}
