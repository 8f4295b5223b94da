//! The library's layers: each module uses only modules of its own or a lower layer, and
//! no two modules use each other in a circle. ripgrep gets this from its crates; one
//! crate needs a test. The table below is the architecture (ARCHITECTURE.md explains
//! it); a new top-level module must be given a layer here, and a `use crate::` that
//! points to a higher layer fails the build's tests with the file and the path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::source::{blank, source_files};

/// Top-level library modules and their layers, lowest first.
const LAYERS: &[(&str, u8)] = &[
    // L0: the types every stage passes on.
    ("model", 0),
    ("error", 0),
    // Beside them: the time each stage takes, when the benchmark asks.
    ("timing", 0),
    // L1: text, word lists, the gazetteer, the pure date grammar.
    ("text", 1),
    ("lexicon", 1),
    ("gazetteer", 1),
    ("timex", 1),
    // L2: reading inputs; sentences, paragraphs and page furniture.
    ("load", 2),
    ("segment", 2),
    // L3: claims from one document.
    ("extract", 3),
    // L4: publication dates, cross-document alignment, date claims.
    ("anchor", 4),
    // L5: groups and statuses.
    ("reconcile", 5),
    // L6: the report model and its renderers.
    ("report", 6),
    // Beside lib.rs, which drives the pipeline: extract streams written and read back.
    ("split", 7),
];

/// `lib.rs` drives the pipeline: it may use every layer, and none may use it.
const ROOT_LAYER: u8 = 7;

fn layer_of(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|&(_, l)| l)
}

/// Every `.rs` file of the library (the binary's `main.rs`, `cli.rs`, `config.rs` and `progress.rs`
/// sit above all layers and are left out, and so are unit-test files `tests.rs`).
fn library_files() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = source_files();
    out.retain(|p| {
        let rel = p.strip_prefix(&src).unwrap();
        !matches!(
            rel.to_str().unwrap(),
            "main.rs" | "cli.rs" | "config.rs" | "progress.rs"
        ) && !rel.ends_with("tests.rs")
    });
    out
}

/// The module path of a file: `src/extract/quote/speaker.rs` -> `extract::quote::speaker`,
/// `src/extract/mod.rs` -> `extract`, `src/lib.rs` -> `` (the root).
fn module_of(file: &Path) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = file.strip_prefix(&src).unwrap();
    let mut parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// The library code of a file: unit tests (`#[cfg(test)] mod tests`, at the end of a
/// file by convention) may use any layer, as integration tests do, and are cut off.
fn library_code(file: &Path) -> String {
    let src = std::fs::read_to_string(file).unwrap();
    let cut = src.find("#[cfg(test)]\nmod tests").unwrap_or(src.len());
    blank(&src[..cut])
}

/// Every module of the library, as paths (`extract`, `extract::quote`, ...).
fn known_modules() -> BTreeSet<Vec<String>> {
    library_files()
        .iter()
        .map(|f| module_of(f))
        .filter(|m| !m.is_empty())
        .collect()
}

/// Every module path a file names through `crate::` (`use crate::a::b`, `crate::a::f()`,
/// `use crate::{a::x, b}`), as path segments.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `pub(crate)` is not followed by `::`; this is some `xcrate::`.
        }
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    if c == '{' {
                        depth += 1;
                    } else if c == '}' {
                        depth -= 1;
                    }
                    depth == 0
                })
                .map_or(group.len(), |(k, _)| k);
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(path_segments(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(c);
            }
            out.push(path_segments(&item));
        } else {
            out.push(path_segments(rest));
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

fn path_segments(s: &str) -> Vec<String> {
    let s = s.trim_start();
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(s.len());
    s[..end]
        .split("::")
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// The layer of a module path (its first segment), or `None` for an item of the root.
fn layer_of_path(path: &[String]) -> Option<u8> {
    layer_of(path.first()?)
}

#[test]
fn every_module_has_a_layer() {
    for file in library_files() {
        let m = module_of(&file);
        if let Some(top) = m.first() {
            assert!(
                layer_of(top).is_some(),
                "{}: module `{top}` has no layer; give it one in tests/layers.rs (and ARCHITECTURE.md)",
                file.display()
            );
        }
    }
}

#[test]
fn no_module_uses_a_higher_layer() {
    let mut bad = Vec::new();
    for file in library_files() {
        let m = module_of(&file);
        let own = m.first().map_or(ROOT_LAYER, |t| layer_of(t).unwrap_or(ROOT_LAYER));
        let code = library_code(&file);
        for p in crate_paths(&code) {
            // An item of lib.rs (`crate::Progress`, `crate::run`) is of the top layer.
            let target = layer_of_path(&p).unwrap_or(ROOT_LAYER);
            if target > own {
                bad.push(format!(
                    "{}: `crate::{}` (layer {target}) from layer {own}",
                    file.display(),
                    p.join("::")
                ));
            }
        }
    }
    assert!(bad.is_empty(), "upward imports:\n{}", bad.join("\n"));
}

/// Module-to-module uses (two levels deep: `extract::quote`, `reconcile::count`) form no
/// circle. A module and its own parent or child are one unit and do not count.
#[test]
fn no_circles_between_modules() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let node = |p: &[String]| -> String { p.iter().take(2).cloned().collect::<Vec<_>>().join("::") };
    let modules = known_modules();
    for file in library_files() {
        let m = module_of(&file);
        if m.is_empty() {
            continue;
        }
        let from = node(&m);
        let code = library_code(&file);
        for p in crate_paths(&code) {
            if layer_of_path(&p).is_none() {
                continue;
            }
            // Only the module part of the path: the longest prefix that is a module.
            let mut mp: Vec<String> = p.clone();
            while mp.len() > 1 && !modules.contains(&mp) {
                mp.pop();
            }
            let to = node(&mp);
            let related = to == from || from.starts_with(&format!("{to}::")) || to.starts_with(&format!("{from}::"));
            if !related {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    // Depth-first search for a back edge.
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for t in edges.get(n).into_iter().flatten() {
            match state.get(t.as_str()) {
                Some(1) => {
                    let at = stack.iter().position(|s| s == t).unwrap();
                    let mut circle = stack[at..].to_vec();
                    circle.push(t.clone());
                    return Some(circle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(t, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in edges.keys() {
        if !state.contains_key(n.as_str())
            && let Some(c) = visit(n, &edges, &mut state, &mut Vec::new())
        {
            panic!("modules in a circle: {}", c.join(" -> "));
        }
    }
}

/// The checker itself: it sees grouped imports and inline paths, and not paths inside
/// comments or strings.
#[test]
fn the_checker_reads_imports() {
    let code = blank(
        "use crate::model::Span;\nuse crate::{text::words, report::Report};\n// crate::anchor in a comment\nlet s = \"crate::reconcile\"; let x = crate::segment::segment(t, 0); pub(crate) fn f() {}\n",
    );
    let firsts: Vec<String> = crate_paths(&code).into_iter().map(|p| p[0].clone()).collect();
    assert_eq!(firsts, ["model", "text", "report", "segment"]);
}
