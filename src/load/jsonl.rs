//! JSON Lines: one article per line.

use crate::model::{Document, Meta, Skipped};

/// One JSON Lines file: each line an article with `text` (or `content`/`body`) and
/// optional `title`, `source`, `url`, `published`/`date`.
pub(super) fn parse_jsonl(id: &str, display: &str, text: &str) -> (Vec<Document>, Vec<Skipped>) {
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
