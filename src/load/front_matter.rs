//! Front matter fenced by `---` (YAML) or `+++` (TOML) at the start of a text (md, txt).

use crate::model::Meta;

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
}
