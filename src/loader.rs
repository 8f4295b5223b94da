//! Loading: the paths a user gives in, documents and skipped entries out.
//!
//! Folders are walked recursively in sorted order (following symbolic links, with loop
//! detection); every file is sniffed, decoded and split from its metadata. Anything that
//! cannot be read lands in `skipped` with a one-line reason and the run goes on. FIFOs,
//! sockets and devices are never opened. Inputs are opened read-only.

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::{Document, Meta, Skipped};

/// Default `--max-file-size`: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Documents read, entries skipped, and notes about what was read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Documents read, in input order.
    pub documents: Vec<Document>,
    /// Entries that could not be read.
    pub skipped: Vec<Skipped>,
    /// Non-fatal notes: a legacy encoding guessed, an empty file.
    pub warnings: Vec<Skipped>,
}

/// One file found under the inputs, before reading.
struct Entry {
    /// Path to open.
    path: PathBuf,
    /// Path for people and for `path:line:column`.
    display: String,
    /// Document id: the path relative to the root it was found under.
    id: String,
}

/// Load every path. `stdin` is read for a `-` argument.
pub fn load(paths: &[String], stdin: Option<&mut dyn Read>, max_file_size: u64) -> Result<Corpus, crate::error::Error> {
    if paths.is_empty() {
        return Err(crate::error::Error::NoInput);
    }
    let mut corpus = Corpus::default();
    let mut entries = Vec::new();
    let mut stdin = stdin;
    for p in paths {
        if p == "-" {
            let mut bytes = Vec::new();
            match stdin.as_mut() {
                Some(r) => r.read_to_end(&mut bytes).map_err(crate::error::Error::Stdin)?,
                None => std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(crate::error::Error::Stdin)?,
            };
            let outcome = decode_document("-", "-", "<stdin>", bytes);
            corpus.absorb(outcome);
            continue;
        }
        collect(p, &mut entries, &mut corpus.skipped);
    }
    let outcomes: Vec<Outcome> = entries.par_iter().map(|e| read_entry(e, max_file_size)).collect();
    for o in outcomes {
        corpus.absorb(o);
    }
    let mut seen = std::collections::BTreeMap::new();
    for d in &mut corpus.documents {
        let n = seen.entry(d.id.clone()).or_insert(0usize);
        *n += 1;
        if *n > 1 {
            d.id = format!("{}~{}", d.id, n);
        }
    }
    Ok(corpus)
}

impl Corpus {
    fn absorb(&mut self, o: Outcome) {
        self.documents.extend(o.documents);
        self.skipped.extend(o.skipped);
        self.warnings.extend(o.warnings);
    }
}

/// What reading one file produced.
#[derive(Default)]
struct Outcome {
    documents: Vec<Document>,
    skipped: Vec<Skipped>,
    warnings: Vec<Skipped>,
}

impl Outcome {
    fn skip(path: &str, reason: impl Into<String>) -> Outcome {
        Outcome {
            skipped: vec![Skipped {
                path: path.to_string(),
                reason: reason.into(),
            }],
            ..Outcome::default()
        }
    }
}

fn slash(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

/// Expand one argument into file entries (sorted), recording what cannot be walked.
fn collect(arg: &str, entries: &mut Vec<Entry>, skipped: &mut Vec<Skipped>) {
    let root = Path::new(arg);
    let meta = match std::fs::metadata(root) {
        Ok(m) => m,
        Err(e) => {
            let reason = match std::fs::symlink_metadata(root) {
                Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {e}"),
                _ => io_reason(&e),
            };
            skipped.push(Skipped {
                path: arg.to_string(),
                reason,
            });
            return;
        }
    };
    if !meta.is_dir() {
        let id = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| arg.to_string());
        entries.push(Entry {
            path: root.to_path_buf(),
            display: arg.to_string(),
            id,
        });
        return;
    }
    let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
    for item in walker {
        match item {
            Ok(e) => {
                if e.file_type().is_dir() {
                    continue;
                }
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                entries.push(Entry {
                    path: e.path().to_path_buf(),
                    display: slash(e.path()),
                    id: slash(rel),
                });
            }
            Err(err) => {
                let path = err.path().map(slash).unwrap_or_else(|| arg.to_string());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop (directory links back to an ancestor)".to_string()
                } else if let Some(io) = err.io_error() {
                    match std::fs::symlink_metadata(err.path().unwrap_or(root)) {
                        Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {io}"),
                        _ => io_reason(io),
                    }
                } else {
                    err.to_string()
                };
                skipped.push(Skipped { path, reason });
            }
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn read_entry(e: &Entry, max_file_size: u64) -> Outcome {
    let meta = match std::fs::metadata(&e.path) {
        Ok(m) => m,
        Err(err) => {
            let reason = match std::fs::symlink_metadata(&e.path) {
                Ok(l) if l.file_type().is_symlink() => format!("broken or looping symbolic link: {err}"),
                _ => io_reason(&err),
            };
            return Outcome::skip(&e.display, reason);
        }
    };
    if !meta.is_file() {
        return Outcome::skip(
            &e.display,
            format!("not a regular file ({}); not opened", file_kind(&meta)),
        );
    }
    if meta.len() > max_file_size {
        return Outcome::skip(
            &e.display,
            format!(
                "file is {} bytes, over the --max-file-size limit of {max_file_size}",
                meta.len()
            ),
        );
    }
    let bytes = match std::fs::File::open(&e.path).and_then(|f| {
        let mut buf = Vec::with_capacity(meta.len() as usize);
        f.take(max_file_size + 1).read_to_end(&mut buf)?;
        Ok(buf)
    }) {
        Ok(b) => b,
        Err(err) => return Outcome::skip(&e.display, io_reason(&err)),
    };
    decode_document(&e.id, &e.display, &e.display, bytes)
}

#[cfg(unix)]
fn file_kind(m: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn file_kind(_: &std::fs::Metadata) -> &'static str {
    "not a file"
}

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

fn decode_document(id: &str, display: &str, label: &str, bytes: Vec<u8>) -> Outcome {
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

impl Outcome {
    fn absorb_html(&mut self, id: &str, display: &str, label: &str, html: &str) {
        match html_article(html) {
            Some((text, meta)) => self.documents.push(Document {
                id: id.to_string(),
                path: display.to_string(),
                text,
                body_start: 0,
                meta,
            }),
            None => self.skipped.push(Skipped {
                path: label.to_string(),
                reason: "HTML page holds no readable article text".into(),
            }),
        }
    }
}

/// The main article of an HTML page (readability-style: navigation, scripts, ads and
/// comments dropped) as text, title first, one paragraph per line; plus the page's
/// metadata (`article:published_time`, JSON-LD `datePublished`, site name, byline).
pub fn html_article(html: &str) -> Option<(String, Meta)> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    let article = r.parse().ok()?;
    let body: String = article.text_content.to_string();
    let mut text = String::new();
    let title = crate::text::squash(&article.title);
    if !title.is_empty() {
        text.push_str(&title);
        text.push_str("\n\n");
    }
    for line in body.lines() {
        let l = line.trim();
        if !l.is_empty() {
            text.push_str(l);
            text.push('\n');
        }
    }
    if text.trim().is_empty() {
        return None;
    }
    let meta = Meta {
        title: (!title.is_empty()).then_some(title),
        source: article.site_name.clone(),
        url: article.url.clone(),
        published: article.published_time.clone(),
        author: article.byline.clone(),
    };
    Some((text, meta))
}

/// Front matter read from the start of a text.
#[derive(Debug, Default)]
pub struct FrontMatter {
    /// The metadata found (empty when there is none or it could not be parsed).
    pub meta: Meta,
    /// Byte offset where the body starts (after the closing fence), 0 without front
    /// matter.
    pub body_start: usize,
    /// A problem with it: 1-based line in the file and a one-line message.
    pub problem: Option<(usize, String)>,
}

/// Parse front matter fenced by `---` (YAML) or `+++` (TOML) at the very start of the
/// text. Returns the metadata and where the body starts; `(default, 0)` when there is
/// none. Malformed front matter yields no metadata; see [`parse_front_matter`] for the
/// problem.
pub fn front_matter(text: &str) -> (Meta, usize) {
    let fm = parse_front_matter(text);
    (fm.meta, fm.body_start)
}

/// Parse front matter and say what is wrong with it, if anything. The body still
/// starts after a closing fence when the block between the fences is malformed, so the
/// article itself is read.
pub fn parse_front_matter(text: &str) -> FrontMatter {
    let mut out = FrontMatter::default();
    let fence = if text.starts_with("---") {
        "---"
    } else if text.starts_with("+++") {
        "+++"
    } else {
        return out;
    };
    let first_nl = match text.find('\n') {
        Some(i) if text[..i].trim_end() == fence => i + 1,
        _ => return out,
    };
    let mut pos = first_nl;
    let mut close = None;
    for line in text[first_nl..].split_inclusive('\n') {
        let l = line.trim_end();
        if l == fence || (fence == "---" && l == "...") {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let Some((block_end, body_start)) = close else {
        // An unclosed fence is not front matter: the whole file is the article.
        out.problem = Some((
            1,
            format!("front matter opened with `{fence}` is never closed; read as text"),
        ));
        return out;
    };
    out.body_start = body_start;
    let block = &text[first_nl..block_end];
    // Line of the block's first line in the file (the fence is line 1).
    let line_of = |offset: usize| 2 + block[..offset.min(block.len())].matches('\n').count();
    let fields: Result<Vec<(String, String)>, (usize, String)> = if fence == "+++" {
        match block.parse::<toml::Table>() {
            Ok(table) => Ok(table
                .into_iter()
                .filter_map(|(k, v)| {
                    let v = match v {
                        toml::Value::String(s) => s,
                        toml::Value::Datetime(d) => d.to_string(),
                        toml::Value::Integer(i) => i.to_string(),
                        toml::Value::Float(f) => f.to_string(),
                        _ => return None,
                    };
                    Some((k, v))
                })
                .collect()),
            Err(e) => {
                let line = e.span().map_or(2, |r| line_of(r.start));
                Err((
                    line,
                    format!("malformed TOML front matter: {}", first_line(e.message())),
                ))
            }
        }
    } else if block.trim().is_empty() {
        Ok(Vec::new())
    } else {
        match serde_saphyr::from_str::<serde_json::Value>(block) {
            Ok(serde_json::Value::Object(map)) => Ok(map
                .into_iter()
                .filter_map(|(k, v)| {
                    let v = match v {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Number(n) => n.to_string(),
                        serde_json::Value::Bool(b) => b.to_string(),
                        _ => return None,
                    };
                    Some((k, v))
                })
                .collect()),
            Ok(serde_json::Value::Null) => Ok(Vec::new()),
            Ok(_) => Err((2, "front matter is not a mapping of keys to values".to_string())),
            Err(e) => {
                let line = e
                    .location()
                    .map_or(2, |l| 1 + usize::try_from(l.line()).unwrap_or(1).max(1));
                let message = e.to_string();
                let message = first_line(&message).trim_start_matches("error: ");
                // The line is given in front of the message; drop the block-relative one.
                let message = message
                    .split_once(": ")
                    .filter(|(head, _)| head.starts_with("line "))
                    .map_or(message, |(_, m)| m);
                Err((line, format!("malformed YAML front matter: {message}")))
            }
        }
    };
    match fields {
        Ok(fields) => {
            for (k, v) in fields {
                let v = v.trim().to_string();
                if v.is_empty() {
                    continue;
                }
                set_meta(&mut out.meta, &k, v);
            }
        }
        Err((line, message)) => {
            // Salvage the plain `key: value` lines, so that one stray quote does not
            // cost the article its date.
            let sep = if fence == "---" { ':' } else { '=' };
            for l in block.lines() {
                let Some((k, v)) = l.split_once(sep) else { continue };
                let v = v.trim().trim_matches(['"', '\'']).trim().to_string();
                if v.is_empty() {
                    continue;
                }
                set_meta(&mut out.meta, k, v);
            }
            out.problem = Some((
                line,
                format!("{message}; plain `key{sep} value` lines read as they are"),
            ));
        }
    }
    out
}

/// Store a front-matter field under the metadata key it names, if any.
fn set_meta(meta: &mut Meta, key: &str, v: String) {
    match key.trim().to_lowercase().as_str() {
        "title" | "headline" => meta.title = Some(v),
        "source" | "outlet" | "publisher" | "site" => meta.source = Some(v),
        "url" | "link" => meta.url = Some(v),
        "published" | "date" | "published_at" | "pubdate" | "datepublished" => meta.published = Some(v),
        "author" | "byline" => meta.author = Some(v),
        _ => {}
    }
}

/// The first line of a possibly multi-line message.
fn first_line(s: &str) -> &str {
    s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(s.trim())
}

/// One JSON Lines file: each line an article with `text` (or `content`/`body`) and
/// optional `title`, `source`, `url`, `published`/`date`.
fn parse_jsonl(id: &str, display: &str, text: &str) -> (Vec<Document>, Vec<Skipped>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let lineno = n + 1;
        let where_ = format!("{display}:{lineno}");
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                problems.push(Skipped {
                    path: where_,
                    reason: format!("malformed JSON line: {e}"),
                });
                continue;
            }
        };
        let field = |names: &[&str]| {
            names
                .iter()
                .find_map(|k| v.get(*k).and_then(|x| x.as_str()).map(str::to_string))
        };
        let Some(body) = field(&["text", "content", "body"]) else {
            problems.push(Skipped {
                path: where_,
                reason: "JSON line has no \"text\", \"content\" or \"body\" string".into(),
            });
            continue;
        };
        let meta = Meta {
            title: field(&["title", "headline"]),
            source: field(&["source", "outlet", "publisher"]),
            url: field(&["url", "link"]),
            published: field(&["published", "date", "datePublished", "published_at"]),
            author: field(&["author", "byline"]),
        };
        docs.push(Document {
            id: format!("{id}#{lineno}"),
            path: format!("{display}#{lineno}"),
            text: body,
            body_start: 0,
            meta,
        });
    }
    (docs, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_yaml_and_toml() {
        let (m, b) = front_matter("---\ntitle: \"Quake\"\nsource: Daily\npublished: 2024-10-24\n---\nBody.");
        assert_eq!(m.title.as_deref(), Some("Quake"));
        assert_eq!(m.source.as_deref(), Some("Daily"));
        assert_eq!(m.published.as_deref(), Some("2024-10-24"));
        assert_eq!(
            b,
            "---\ntitle: \"Quake\"\nsource: Daily\npublished: 2024-10-24\n---\n".len()
        );
        let (m, _) = front_matter("+++\ntitle = \"Vote\"\ndate = \"2023-03-04\"\n+++\nBody");
        assert_eq!(m.published.as_deref(), Some("2023-03-04"));
        assert_eq!(front_matter("--- not a fence\nx").1, 0);
        assert_eq!(front_matter("---\ntitle: open fence").1, 0);
        // Real YAML: lists, nested maps and colons inside quoted values.
        let (m, _) =
            front_matter("---\ntitle: \"Flood: the toll\"\ntags: [a, b]\nextra:\n  k: v\ndate: 2025-06-02\n---\nBody");
        assert_eq!(m.title.as_deref(), Some("Flood: the toll"));
        assert_eq!(m.published.as_deref(), Some("2025-06-02"));
        let (m, _) = front_matter("+++\ntitle = \"Vote\"\ndate = 2023-03-04T10:00:00Z\n+++\nBody");
        assert_eq!(m.published.as_deref(), Some("2023-03-04T10:00:00Z"));
    }

    #[test]
    fn malformed_front_matter_names_its_line_and_keeps_the_article() {
        let text = "---\ntitle: Fine\npublished: 2024-10-24\nsource: \"unclosed\n---\nAbout 3,000 people marched.\n";
        let fm = parse_front_matter(text);
        let (line, message) = fm.problem.expect("a problem");
        assert!(message.starts_with("malformed YAML front matter"), "{message}");
        assert!((2..=5).contains(&line), "line {line}: {message}");
        assert!(!message.contains('\n'));
        // The body still starts after the fence, and plain lines are salvaged.
        assert!(text[fm.body_start..].starts_with("About"));
        assert_eq!(fm.meta.published.as_deref(), Some("2024-10-24"));

        let fm = parse_front_matter("+++\ntitle = \"ok\"\ndate = \n+++\nBody\n");
        let (line, message) = fm.problem.expect("a problem");
        assert_eq!(line, 3, "{message}");
        assert!(message.starts_with("malformed TOML front matter"), "{message}");

        let fm = parse_front_matter("---\n- a list\n- not a map\n---\nBody\n");
        assert!(fm.problem.unwrap().1.contains("not a mapping"));

        let fm = parse_front_matter("---\ntitle: never closed\nBody\n");
        assert_eq!(fm.body_start, 0);
        assert_eq!(fm.problem.unwrap().0, 1);
    }

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

    #[test]
    fn html_pages_yield_article_text_and_dates() {
        let html = r#"<!DOCTYPE html><html><head><title>Dam breach floods valley</title>
<meta property="article:published_time" content="2025-06-02T08:00:00Z">
<meta property="og:site_name" content="River Post"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dam breach floods valley</h1>
<p>At least 14 people died when the Kovač dam gave way on Sunday, officials said, and about 2,000 residents were evacuated from three villages downstream.</p>
<p>“The water came in minutes,” said Ana Horvat, a farmer whose house was swept away. Rescue teams searched the river banks through the night.</p>
<p>The regional government said it would open an inquiry into the dam's maintenance record, which engineers had criticised in a 2019 report.</p>
</article><div class="ad">Buy now! Subscribe today!</div><footer>© River Post</footer></body></html>"#;
        let (text, meta) = html_article(html).expect("article found");
        assert!(text.starts_with("Dam breach floods valley\n\n"), "{text}");
        assert!(text.contains("At least 14 people died"), "{text}");
        assert!(text.contains("“The water came in minutes,” said Ana Horvat"), "{text}");
        assert!(!text.contains("Subscribe") && !text.contains("Home"), "{text}");
        assert_eq!(meta.published.as_deref(), Some("2025-06-02T08:00:00Z"));
        assert_eq!(meta.source.as_deref(), Some("River Post"));
    }

    #[test]
    fn jsonl_lines_become_documents() {
        let text = "{\"text\":\"A.\",\"title\":\"T\",\"published\":\"2024-01-02\"}\n\nnot json\n{\"x\":1}\n";
        let (docs, problems) = parse_jsonl("a.jsonl", "dir/a.jsonl", text);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "a.jsonl#1");
        assert_eq!(docs[0].meta.published.as_deref(), Some("2024-01-02"));
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].path, "dir/a.jsonl:3");
    }
}
