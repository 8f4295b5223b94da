//! The crate's own source as the structure tests read it: every file under `src/`,
//! and its code with comments, strings and char literals blanked (line breaks kept), so
//! that a path, a brace or a `fn` inside them is not read as code.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, the binary's included.
pub fn source_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("read src")
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The source with comments, strings and char literals turned into spaces, line breaks
/// kept, so that braces and `fn` inside them are not read as code.
pub fn blank(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = vec![b' '; b.len()];
    let keep_breaks = |out: &mut Vec<u8>, from: usize, to: usize| {
        for k in from..to.min(b.len()) {
            if b[k] == b'\n' {
                out[k] = b'\n';
            }
        }
    };
    let ident = |k: usize| k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_');
    let mut i = 0;
    while i < b.len() {
        let start = i;
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if b[i] == b'r'
            && matches!(b.get(i + 1), Some(b'"' | b'#'))
            && (!ident(i) || (b[i - 1] == b'b' && !ident(i - 1)))
        {
            // A raw string, r"..." or r#"..."# (or br"...").
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&b'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&b'"') {
                out[i] = b[i];
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            j += 1;
            while j < b.len() && !b[j..].starts_with(&close) {
                j += 1;
            }
            i = j + close.len();
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if b[i] == b'\'' && is_char_literal(b, i) {
            i += 1;
            while i < b.len() && b[i] != b'\'' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else {
            out[i] = b[i];
            i += 1;
            continue;
        }
        keep_breaks(&mut out, start, i);
    }
    // Multi-byte characters outside literals are copied byte by byte, so this is UTF-8.
    String::from_utf8_lossy(&out).into_owned()
}

/// `'x'`, `'\n'`, `'’'` are char literals; `'a` in `&'a str` is a lifetime.
fn is_char_literal(b: &[u8], i: usize) -> bool {
    match b.get(i + 1) {
        Some(b'\\') => true,
        Some(&c) => {
            let len = match c {
                x if x < 0x80 => 1,
                x if x >= 0xF0 => 4,
                x if x >= 0xE0 => 3,
                _ => 2,
            };
            b.get(i + 1 + len) == Some(&b'\'')
        }
        None => false,
    }
}
