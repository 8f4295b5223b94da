//! HTML pages: the main article as text, with the page's metadata.

use super::Outcome;
use crate::model::{Document, Meta, Skipped};

impl Outcome {
    pub(super) fn absorb_html(&mut self, id: &str, display: &str, label: &str, html: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
