//! Sizes a reader can hold in their head: no file in `src/` over 1,000 lines and no
//! function over 150 (STYLE.md). A long file is split along the seams it already has; a
//! long function, into the steps it already takes. The scan is simple: comments, strings
//! and char literals are blanked (keeping their line breaks), and a `fn` body runs from
//! its `fn` line to the brace that closes it.

use std::path::Path;

use super::source::{blank, source_files};

const MAX_FILE_LINES: usize = 1000;
const MAX_FN_LINES: usize = 150;

/// (name, first line, lines) of every function with a body in `code` (blanked source).
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let b = code.as_bytes();
    let line_at = |k: usize| code[..k].bytes().filter(|&c| c == b'\n').count() + 1;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = code[from..].find("fn ").map(|k| k + from) {
        from = k + 3;
        if k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_') {
            continue;
        }
        let name: String = code[from..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body opens at the first `{` before any `;` (a declaration has none).
        let Some(open) = code[from..].find(['{', ';']).map(|o| o + from) else {
            continue;
        };
        if b[open] == b';' {
            continue;
        }
        let mut depth = 0usize;
        let mut close = open;
        for (o, &c) in b[open..].iter().enumerate() {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + o;
                        break;
                    }
                }
                _ => {}
            }
        }
        let first = line_at(k);
        out.push((name, first, line_at(close) - first + 1));
    }
    out
}

/// What is too long in one file's source: its length, and each long function.
fn too_long(src: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let lines = src.lines().count();
    if lines > MAX_FILE_LINES {
        bad.push(format!("{lines} lines (at most {MAX_FILE_LINES})"));
    }
    for (name, line, n) in functions(&blank(src)) {
        if n > MAX_FN_LINES {
            bad.push(format!("line {line}: fn {name} is {n} lines (at most {MAX_FN_LINES})"));
        }
    }
    bad
}

#[test]
fn no_file_or_function_is_too_long() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bad = Vec::new();
    for file in source_files() {
        let src = std::fs::read_to_string(&file).unwrap();
        for b in too_long(&src) {
            bad.push(format!("{}: {b}", file.strip_prefix(root).unwrap().display()));
        }
    }
    assert!(bad.is_empty(), "split these along their seams:\n{}", bad.join("\n"));
}

/// The scan itself: a body is measured from `fn` to its closing brace, and braces in
/// strings, chars and comments do not count.
#[test]
fn the_scan_measures_bodies() {
    let src = "fn a() {\n    let s = \"}\n}\";\n    let c = '{';\n    // }\n}\ntrait T { fn d(&self); }\nfn b<'x>(s: &'x str) -> bool { s.is_empty() }\n";
    let fs = functions(&blank(src));
    let got: Vec<(&str, usize, usize)> = fs.iter().map(|(n, l, k)| (n.as_str(), *l, *k)).collect();
    assert_eq!(got, [("a", 1, 6), ("b", 8, 1)]);
    let long = format!("fn long() {{\n{}}}\n", "    x();\n".repeat(MAX_FN_LINES - 1));
    assert_eq!(too_long(&long).len(), 1);
    let fits = format!("fn fits() {{\n{}}}\n", "    x();\n".repeat(MAX_FN_LINES - 2));
    assert!(too_long(&fits).is_empty());
}
